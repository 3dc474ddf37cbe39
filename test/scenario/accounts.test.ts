/**
 * The exact engine with accounts (issue #13): components and their exact sum, the balance, scoped and total caps,
 * the price basis, order-free log-share contributions, attribution by component and withAndWithout. Reference
 * values are computed by hand in the comments, or by scripts/gen-log-share-references.py (Python's decimal module
 * at 50 digits; its output is test/fixtures/scenario/log-shares.json); log shares are compared at 20 significant digits, since their logarithms are taken to 25.
 */
import { describe, expect, it } from 'vitest';
import { attribution, compare, defineScenario, deflate, presets, project, toDocument, withAndWithout, type DriverDocument, type ScenarioDocument } from '../../src/index';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { D } from '../../src/money/decimal';
import type { Decimal } from '../../src/money/decimal';

/** Log shares worked out by scripts/gen-log-share-references.py (Python decimal, 50 digits), to `digits` digits. */
const REF = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'scenario', 'log-shares.json'), 'utf8')) as Record<string, Record<string, string>>;
const ref = (name: string, key: string, digits = 20) => new D(REF[name]![key]!).toSignificantDigits(digits).toString();

const sig = (xs: readonly Decimal[], digits = 20) => xs.map((x) => x.toSignificantDigits(digits).toString());
const strings = (xs: readonly Decimal[]) => xs.map(String);
const accounts = (drivers: DriverDocument[], over: Partial<ScenarioDocument> = {}): ScenarioDocument => ({
  name: 'accounts',
  baseline: { year: 2024 },
  horizon: { endYear: 2027 },
  components: [
    { id: 'exports', baseline: { value: '44.7' } },
    { id: 'imports', baseline: { value: '535.3' } },
  ],
  drivers,
  ...over,
});
/** Adds in the given order with the library's 40-digit Decimal, as a user would. */
const sum = (xs: readonly Decimal[]) => xs.reduce((a, x) => a.plus(x), new D(0));

describe('components', () => {
  it('step with the drivers that act on them, and add up to the total exactly, on awkward numbers', () => {
    const p = project(
      accounts(
        [
          { id: 'g', type: 'growth', rate: '3.3333333333333333333333333333333333333%' },
          { id: 'rail', type: 'ramp', startYear: 2025, fullYear: 2027, rate: '7%', level: '11%', shape: 's-curve', scope: 'exports' },
          { id: 'tc', type: 'tradeCost', change: '-7%', elasticity: 4.3, startYear: 2026, fullYear: 2027, scope: 'imports' },
          { id: 'x', type: 'shock', year: 2026, size: '-13%', recoveryYears: 3 },
        ],
        { components: [{ id: 'exports', baseline: { value: '0.1' } }, { id: 'imports', baseline: { value: '0.2' } }, { id: 'transit', baseline: { value: '1e-7' } }] },
      ),
    );
    const c = p.components!;
    expect(Object.keys(c)).toEqual(['exports', 'imports', 'transit']);
    for (let i = 0; i < p.years.length; i++) {
      expect(c.exports![i]!.plus(c.imports![i]!).plus(c.transit![i]!).toString()).toBe(p.values[i]!.toString());
    }
    // transit has only the unscoped drivers: 1e-7 · (1 + 1/30) in 2025, and the shock's ×0.87 in 2026.
    expect(c.transit![1]!.toString()).toBe(new D('1e-7').times(new D(1).plus(new D('0.033333333333333333333333333333333333333'))).toString());
    // Each component's contributions add up to its own change exactly, in document order; so do the total's.
    for (const [id, path] of Object.entries(c)) {
      const cc = p.componentContributions![id]!;
      for (let i = 0; i + 1 < path.length; i++) expect(sum(p.drivers.map((d) => cc[d.id]![i]!)).toString()).toBe(path[i + 1]!.minus(path[i]!).toString());
    }
    for (let i = 0; i + 1 < p.values.length; i++) {
      expect(sum(p.drivers.map((d) => p.contributions[d.id]![i]!)).toString()).toBe(p.values[i + 1]!.minus(p.values[i]!).toString());
    }
    // A driver scoped to exports adds nothing to imports.
    expect(p.componentContributions!.imports!.rail!.every((x) => x.isZero())).toBe(true);
  });

  it('give the balance, exports − imports', () => {
    const p = project(accounts([{ id: 'g', type: 'growth', rate: '10%' }, { id: 'ex', type: 'growth', rate: '20%', scope: 'exports' }]));
    // exports 44.7 · 1.3^t, imports 535.3 · 1.1^t: 58.11 − 588.83 = −530.72 in 2025.
    expect(strings(p.balance!.slice(0, 2))).toEqual(['-490.6', '-530.72']);
    expect(project(accounts([], { components: [{ id: 'a', baseline: { value: 1 } }, { id: 'imports', baseline: { value: 2 } }] })).balance).toBeUndefined();
  });

  it('a scoped cap caps its component; an unscoped cap caps the total pro rata, the last component taking the remainder', () => {
    const scoped = project(accounts([{ id: 'g', type: 'growth', rate: '10%' }, { id: 'cap', type: 'cap', capacity: 46, scope: 'exports' }]));
    expect(strings(scoped.components!.exports!)).toEqual(['44.7', '46', '46', '46']);
    expect(strings(scoped.components!.imports!.slice(0, 2))).toEqual(['535.3', '588.83']);
    // 1 and 2 grow 10 % to 1.1 + 2.2 = 3.3 and the total is capped at 3.1: exports 1.1 · 3.1 / 3.3 = 1.0333…
    // (40 digits), imports 3.1 less that, so they add up to 3.1 exactly.
    const total = project(
      accounts([{ id: 'g', type: 'growth', rate: '10%' }, { id: 'cap', type: 'cap', capacity: 3.1 }], {
        horizon: { endYear: 2025 },
        components: [{ id: 'exports', baseline: { value: 1 } }, { id: 'imports', baseline: { value: 2 } }],
      }),
    );
    expect(strings(total.components!.exports!)).toEqual(['1', '1.033333333333333333333333333333333333333']);
    expect(strings(total.components!.imports!)).toEqual(['2', '2.066666666666666666666666666666666666667']);
    expect(total.values[1]!.toString()).toBe('3.1');
    // The cap's factor in each component splits each change by log shares with the growth (Python decimal:
    // d = c1 − c0; d·ln(1.1)/(ln(1.1) + ln(c1/(1.1·c0)))): exports g 0.0968900018…, cap −0.0635566685…
    const cc = total.componentContributions!;
    expect(sig(cc.exports!.g!, 15)).toEqual([ref('totalCapExports', 'g', 15)]);
    expect(sig(cc.exports!.cap!, 15)).toEqual([ref('totalCapExports', 'cap', 15)]);
    expect(sig(cc.imports!.g!, 15)).toEqual([ref('totalCapImports', 'g', 15)]);
    expect(sig(cc.imports!.cap!, 15)).toEqual([ref('totalCapImports', 'cap', 15)]);
    // The total's: the sums, 0.29067000550396 and −0.19067000550396, adding up to 0.1.
    expect(total.contributions.g![0]!.plus(total.contributions.cap![0]!).toString()).toBe('0.1');
  });

  it('a scenario with one component gives the same values, to the digit, as the same scenario without components', () => {
    for (const s of Object.values(presets.azerbaijanIran)) {
      // The presets are split into exports and imports: folded into one lane (scopes dropped) they are checked as one.
      const { components: _split, ...doc } = toDocument(s);
      const drivers = doc.drivers.map(({ scope: _scope, ...d }) => d);
      const one = project(defineScenario({ ...doc, drivers, baseline: { year: doc.baseline.year }, components: [{ id: 'all', baseline: { value: doc.baseline.value! } }] }));
      const none = project(defineScenario({ ...doc, drivers }));
      expect(strings(one.values), s.name).toEqual(strings(none.values));
      expect(strings(one.components!.all!)).toEqual(strings(none.values));
    }
  });

  it('names the component whose combined rate falls to −100 %', () => {
    expect(() => project(accounts([{ id: 'g', type: 'growth', rate: '-60%' }, { id: 's', type: 'schedule', rates: { 2025: '-40%' }, scope: 'exports' }]))).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: project: the combined growth rate of component "exports" into 2025 is -100.00%, at or below -100%]`,
    );
  });
});

describe('price basis', () => {
  const doc = (over: Partial<ScenarioDocument> = {}): ScenarioDocument => ({
    name: 'real',
    baseline: { year: 2024, value: 100 },
    horizon: { endYear: 2026 },
    basis: 'real',
    deflator: { rate: '5%' },
    drivers: [{ id: 'g', type: 'growth', rate: '10%' }],
    ...over,
  });

  it('divides each nominal value by the price index, 1 in the baseline year', () => {
    const p = project(doc());
    expect(p.basis).toBe('real');
    // 110 / 1.05 and 121 / 1.1025
    expect(strings(p.values)).toEqual(['100', new D(110).div('1.05').toString(), new D(121).div('1.1025').toString()]);
    // The same index as a series (any scale): 80, 84, 88.2.
    expect(strings(project(doc({ deflator: { series: { 2024: 80, 2025: 84, 2026: 88.2 } } })).values)).toEqual(strings(p.values));
    expect(project({ ...doc(), basis: 'nominal' }).basis).toBe('nominal');
  });

  it('splits the real change between the drivers and the price index: contributions + priceEffect = Δ exactly', () => {
    const p = project(doc());
    // 2025: Δ = 100 · (1.1/1.05 − 1) = 4.7619…; growth ln 1.1, prices −ln 1.05 (Python decimal):
    // g = Δ·ln1.1/ln(1.1/1.05) = 9.75618758665662100808…, price −4.99428282475185910332…
    expect(sig([p.contributions.g![0]!, p.priceEffect![0]!])).toEqual([ref('real2025', 'g'), ref('real2025', 'price')]);
    for (let i = 0; i < 2; i++) expect(p.contributions.g![i]!.plus(p.priceEffect![i]!).toString()).toBe(p.values[i + 1]!.minus(p.values[i]!).toString());
    const a = attribution(p);
    expect(a.basis).toBe('real');
    expect(a.drivers[0]!.amount.plus(a.priceEffect!).toString()).toBe(a.change.toString());
  });

  it('with components: each is deflated, they add up to the total, and each has its price effect', () => {
    const p = project(
      accounts([{ id: 'g', type: 'growth', rate: '7%' }, { id: 'ex', type: 'tradeCost', change: '-10%', elasticity: 5, startYear: 2026, scope: 'exports' }], {
        basis: 'real',
        deflator: { series: { 2024: 97.1, 2025: 100, 2026: 103.3, 2027: 106.9 } },
      }),
    );
    const c = p.components!;
    // exports 44.7 · 1.07 / (100 / 97.1) in 2025
    expect(c.exports![1]!.toString()).toBe(new D('44.7').times('1.07').div(new D(100).div('97.1')).toString());
    for (let i = 0; i < p.years.length; i++) expect(c.exports![i]!.plus(c.imports![i]!).toString()).toBe(p.values[i]!.toString());
    for (const id of ['exports', 'imports']) {
      const path = c[id]!;
      const cc = p.componentContributions![id]!;
      for (let i = 0; i + 1 < path.length; i++) {
        expect(cc.g![i]!.plus(cc.ex![i]!).plus(p.componentPriceEffects![id]![i]!).toString()).toBe(path[i + 1]!.minus(path[i]!).toString());
      }
    }
    const a = attribution(p, { component: 'exports' });
    expect(a.drivers.map((d) => d.id)).toEqual(['g', 'ex']);
    expect(a.drivers[0]!.amount.plus(a.drivers[1]!.amount).plus(a.priceEffect!).toString()).toBe(a.change.toString());
    expect(a.priceEffect!.isNeg()).toBe(true); // prices rose: the price index takes part of the nominal growth
  });

  it('caps act on nominal values; the target is compared in real terms', () => {
    // Nominal 100 → 110 → capped at 105; real 100, 104.76…, 105 / 1.1025 = 95.238…
    const p = project(doc({ drivers: [{ id: 'g', type: 'growth', rate: '10%' }, { id: 'cap', type: 'cap', capacity: 105 }] }));
    expect(p.values[2]!.toString()).toBe(new D(105).div('1.1025').toString());
    // Nominal 121 in 2026 would reach 110; real 121 / 1.1025 = 109.75 does not.
    expect(project(doc({ target: { value: 110, year: 2026 } })).target!.reachedIn).toBeNull();
  });

  it('compare rows carry the basis, and compare a scenario with components by its total', () => {
    const rows = compare([doc(), accounts([{ id: 'g', type: 'growth', rate: '10%' }])]);
    expect(rows.map((r) => r.basis)).toEqual(['real', 'nominal']);
    expect(rows[1]!.value.toString()).toBe(new D(580).times('1.331').toString()); // 580 · 1.1³ in 2027
  });

  it('deflate converts nominal values the same way, and names bad input', () => {
    expect(strings(deflate([100, 110, 121], [2024, 2025, 2026], { rate: '5%' }))).toEqual(strings(project(doc()).values));
    expect(() => deflate([1, 2], [2024], { rate: 0.02 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: deflate: values and years must be non-empty lists of the same length, got an array of 2 and an array of 1]`,
    );
    expect(() => deflate([1, 2], [2024, 2025], { series: { 2024: 100 } })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: deflate: deflator.series must give an index for every year; missing: 2025]`,
    );
    expect(() => deflate([1, 2], [2024, 2025], { series: { 2024: 100, 2025: -1 } })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: deflate: deflator.series["2025"] must be a price index above 0, got -1]`,
    );
    expect(() => deflate([1], [2024.5], { rate: 0.02 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: deflate: years must be whole numbers, got 2024.5]`);
    expect(() => deflate([1], [2024], { rate: '-100%' })).toThrowErrorMatchingInlineSnapshot(`[RangeError: deflate: deflator.rate must be above -100%, got -1]`);
    expect(() => deflate([1], [2024], {} as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: deflate: deflator must be { rate } (annual inflation) or { series } (index values by year), got an object]`,
    );
  });
});

describe('order-free attribution (log shares)', () => {
  const run = (drivers: DriverDocument[], endYear = 2026) => project({ name: 't', baseline: { year: 2024, value: 100 }, horizon: { endYear }, drivers });

  it('two level effects in the same year, swapped in the document, give identical contributions', () => {
    const a: DriverDocument = { id: 'sanctions', type: 'shock', year: 2025, size: '-20%' };
    const b: DriverDocument = { id: 'bridge', type: 'ramp', startYear: 2025, fullYear: 2025, level: '10%' };
    const g: DriverDocument = { id: 'g', type: 'growth', rate: '17%' };
    const one = run([g, a, b]);
    const two = run([b, a, g]);
    expect(strings(two.values)).toEqual(strings(one.values));
    for (const id of ['g', 'sanctions', 'bridge']) expect(strings(two.contributions[id]!)).toEqual(strings(one.contributions[id]!));
    expect(strings(attribution(two).drivers.map((d) => d.amount).reverse())).toEqual(strings(attribution(one).drivers.map((d) => d.amount)));
  });

  it('on awkward numbers too, up to the 40th digit by which the path itself depends on the order of multiplication', () => {
    const tc: DriverDocument = { id: 'tc', type: 'tradeCost', change: '-7%', elasticity: 4.3, startYear: 2025, fullYear: 2027, shape: 's-curve' };
    const s: DriverDocument = { id: 's', type: 'shock', year: 2026, size: '-13.7%', recoveryYears: 3 };
    const r: DriverDocument = { id: 'r', type: 'ramp', startYear: 2025, fullYear: 2028, level: '7.3%', rate: '2.1%' };
    const g: DriverDocument = { id: 'g', type: 'growth', rate: '17.3%' };
    const one = run([g, tc, s, r], 2030);
    const two = run([r, s, tc, g], 2030);
    const close = (a: readonly Decimal[], b: readonly Decimal[], relative: string) =>
      a.forEach((x, i) => expect(x.minus(b[i]!).abs().lte(D.max(...one.values).times(relative)), `${x} vs ${b[i]}`).toBe(true));
    close(two.values, one.values, '1e-38');
    for (const id of ['g', 'tc', 's', 'r']) close(two.contributions[id]!, one.contributions[id]!, '1e-36');
  });

  it('gives a +10 % rate and a ×1.21 level in one year shares ln 1.1 : ln 1.21 = 1 : 2', () => {
    const p = run([{ id: 'g', type: 'growth', rate: '10%' }, { id: 'lvl', type: 'shock', year: 2025, size: '21%' }], 2025);
    // Δ = 100 · 1.1 · 1.21 − 100 = 33.1: 11.0333… and 22.0666…
    expect(sig(p.contributions.g!)).toEqual([ref('rateAndLevel', 'g')]);
    expect(sig(p.contributions.lvl!)).toEqual([ref('rateAndLevel', 'lvl')]);
  });

  it('splits a shock in a growth year by log shares', () => {
    // 2025: 100 → 110, all growth. 2026: 110 · 1.1 · 0.8 = 96.8, Δ = −13.2 split as ln 1.1 : ln 0.8 (Python decimal):
    // growth 9.84167403673464272976…, shock −23.04167403673464272976…
    const p = run([{ id: 'g', type: 'growth', rate: '10%' }, { id: 's', type: 'shock', year: 2026, size: '-20%' }]);
    expect(sig(p.contributions.g!)).toEqual(['10', ref('shockInGrowthYear', 'g')]);
    expect(sig(p.contributions.s!)).toEqual(['0', ref('shockInGrowthYear', 's')]);
  });

  it('takes ln f_j → r_j when the rates cancel (R = 0), and gives zeros to a year that does not move', () => {
    // +5 % and −5 % with a ×0.9 level: Δ = −10; terms 0.05, −0.05, ln 0.9: rates ±10·0.05/ln(10/9) = ±4.74561079…
    const p = run([{ id: 'up', type: 'growth', rate: '5%' }, { id: 'down', type: 'growth', rate: '-5%' }, { id: 's', type: 'shock', year: 2025, size: '-10%' }]);
    expect(sig(p.contributions.up!)).toEqual([ref('ratesCancel', 'up'), '0']);
    expect(sig(p.contributions.down!)).toEqual([ref('ratesCancel', 'down'), '0']);
    expect(strings(p.contributions.s!)).toEqual([ref('ratesCancel', 's', 40), '0']);
  });

  it('attributes a component among the drivers that act on it, and names a bad component', () => {
    const p = project(accounts([{ id: 'g', type: 'growth', rate: '10%' }, { id: 'ex', type: 'growth', rate: '20%', scope: 'exports' }, { id: 'im', type: 'shock', year: 2026, size: '-10%', scope: 'imports' }]));
    const ex = attribution(p, { component: 'exports', year: 2025 });
    expect(ex.component).toBe('exports');
    expect(ex.drivers.map((d) => [d.id, d.amount.toString()])).toEqual([['g', '4.47'], ['ex', '8.94']]); // 44.7 · 10 % and · 20 %
    expect(ex.target).toBeUndefined();
    const im = attribution(p, { component: 'imports' });
    expect(im.drivers.map((d) => d.id)).toEqual(['g', 'im']);
    expect(sum(im.drivers.map((d) => d.amount)).toString()).toBe(im.change.toString());
    expect(() => attribution(p, { component: 'transit' })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: attribution: component must be one of the projection's components, got "transit"; components: exports, imports]`,
    );
    const plain = { name: 'plain', baseline: { year: 2024, value: 100 }, horizon: { endYear: 2026 }, drivers: [{ id: 'g', type: 'growth', rate: '10%' }] } as const;
    expect(() => attribution(project(plain), { component: 'exports' })).toThrow(
      'attribution: component must be one of the projection\'s components, got "exports"; the projection has no components',
    );
  });
});

describe('withAndWithout', () => {
  it('gives the effect of a −20 % shock in 2026 on 10 % growth: −0.2 · 100 · 1.1^t from 2026', () => {
    const rows = withAndWithout({
      name: 'x',
      baseline: { year: 2024, value: 100 },
      horizon: { endYear: 2029 },
      drivers: [{ id: 'g', type: 'growth', rate: '10%' }, { id: 'sanctions', type: 'shock', year: 2026, size: '-20%' }],
    });
    expect(rows.map((r) => r.driver)).toEqual(['g', 'sanctions']);
    const s = rows[1]!;
    expect(s.years).toEqual([2024, 2025, 2026, 2027, 2028, 2029]);
    const expected = [0, 1, 2, 3, 4, 5].map((t) => (t < 2 ? '0' : new D('-0.2').times(100).times(new D('1.1').pow(t)).toString()));
    expect(strings(s.effect)).toEqual(expected); // -24.2, -26.62, -29.282, -32.2102
    expect(strings(s.with.map((v, i) => v.minus(s.without[i]!)))).toEqual(strings(s.effect));
    // Without the growth: 100, 100, 80, …; its effect is 80 · (1.1^t − 1) from 2026.
    expect(strings(rows[0]!.without)).toEqual(['100', '100', '80', '80', '80', '80']);
  });

  it('follows a component, drops a removed driver\'s uncertainty, and names a bad component', () => {
    const doc = accounts([{ id: 'g', type: 'growth', rate: '10%' }, { id: 'ex', type: 'growth', rate: '20%', scope: 'exports' }], {
      uncertainty: { 'ex.rate': { type: 'normal', mean: 0.2, sd: 0.05 } },
    });
    const rows = withAndWithout(doc, { component: 'exports' });
    // Without `ex`, exports grow 10 %: 44.7 · (1.3 − 1.1) = 8.94 in 2025.
    expect(rows[1]!.effect[1]!.toString()).toBe('8.94');
    expect(rows[0]!.with[1]!.toString()).toBe('58.11');
    expect(() => withAndWithout(doc, { component: 'imprts' })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: withAndWithout: component must be one of the scenario's components, got "imprts"; components: exports, imports]`,
    );
  });
});
