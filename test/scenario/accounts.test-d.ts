import { describe, expectTypeOf, it } from 'vitest';
import { attribution, deflate, project, withAndWithout, type Attribution, type Decimal, type PriceBasis, type Projection, type WithAndWithoutRow } from '../../src/index';

describe('accounts in the exact engine: result types', () => {
  const doc = {
    name: 'x',
    baseline: { year: 2024 },
    horizon: { endYear: 2026 },
    components: [{ id: 'exports', baseline: { value: 1 } }, { id: 'imports', baseline: { value: 9 } }],
    drivers: [{ id: 'g', type: 'growth', rate: '10%', scope: 'exports' }],
  } as const;

  it('a projection carries its basis, and components, balance and their contributions as optional records', () => {
    const p = project(doc);
    expectTypeOf(p.basis).toEqualTypeOf<PriceBasis>();
    expectTypeOf(p.components).toEqualTypeOf<Readonly<Record<string, readonly Decimal[]>> | undefined>();
    expectTypeOf(p.balance).toEqualTypeOf<readonly Decimal[] | undefined>();
    expectTypeOf(p.priceEffect).toEqualTypeOf<readonly Decimal[] | undefined>();
    expectTypeOf(p.componentContributions).toEqualTypeOf<Readonly<Record<string, Readonly<Record<string, readonly Decimal[]>>>> | undefined>();
    expectTypeOf(p.drivers[0]!.scope).toEqualTypeOf<string | undefined>();
    // @ts-expect-error a projection is read-only
    p.basis = 'real';
  });

  it('attribution takes a component; withAndWithout gives rows of Decimal lists; deflate gives Decimals', () => {
    const a = attribution({} as Projection, { component: 'exports', year: 2026 });
    expectTypeOf(a).toEqualTypeOf<Attribution>();
    expectTypeOf(a.priceEffect).toEqualTypeOf<Decimal | undefined>();
    // @ts-expect-error a component is named by its id
    attribution({} as Projection, { component: 1 });
    const rows = withAndWithout(doc, { component: 'exports' });
    expectTypeOf(rows).toEqualTypeOf<readonly WithAndWithoutRow[]>();
    expectTypeOf(rows[0]!.effect).toEqualTypeOf<readonly Decimal[]>();
    expectTypeOf(deflate([1, '2'], [2024, 2025], { rate: '3%' })).toEqualTypeOf<readonly Decimal[]>();
    // @ts-expect-error a deflator is { rate } or { series }
    deflate([1], [2024], { inflation: 0.03 });
  });
});
