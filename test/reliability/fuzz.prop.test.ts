import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cagr,
  Decimal,
  defineScenario,
  formatAmount,
  formatRate,
  futureValue,
  glidePath,
  growthPath,
  impliedCagr,
  parseAmount,
  parseRate,
  project,
  requiredCagr,
  ScenarioError,
  yearsToTarget,
} from '../../src/index';
import { nastyValue, nearValidDocument, validDocument } from './arbitraries';

// Fuzzing of every entry point that takes user input: the only outcomes are a valid result or the library's
// documented error, never another error class, never NaN or undefined, never a hang.

// No clock: a hang fails the test by vitest's timeout, and the work a call does is checked where it can be counted —
// the reads defineScenario makes of its input (at most READS_PER_NODE per value in it, so no walk is repeated or
// nested), and the length of the text the formatters write (a formatted amount once had 1e11 digits).
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function attempt(run: () => unknown): Outcome {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Reads of a JSON input by defineScenario, per value in it: measured at most 3 (an array's length is read once per
 * element), so 6 allows a second linear walk and nothing that grows faster than the input.
 */
const READS_PER_NODE = 6;

/** A JSON value whose objects and arrays count every read made of them (property gets and key listings). */
function counted(value: unknown): { value: unknown; nodes: number; reads: () => number } {
  let reads = 0;
  let nodes = 0;
  const wrap = (v: unknown): unknown => {
    nodes++;
    const proto = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    // Only plain objects and arrays are wrapped (a Decimal or a Date is passed as it is, and counted as one value).
    if (!(Array.isArray(v) || proto === Object.prototype || proto === null)) return v;
    const copy: Record<PropertyKey, unknown> | unknown[] = Array.isArray(v) ? [] : Object.getPrototypeOf(v) === null ? Object.create(null) : {};
    for (const key of Object.keys(v as object)) {
      Object.defineProperty(copy, key, { value: wrap((v as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
    }
    return new Proxy(copy, {
      get(target, key, receiver) {
        reads++;
        return Reflect.get(target, key, receiver);
      },
      ownKeys(target) {
        reads++;
        return Reflect.ownKeys(target);
      },
    });
  };
  const root = wrap(value);
  return { value: root, nodes, reads: () => reads };
}

/** defineScenario on a JSON value: as expectScenarioOrError, reading each value of the input a bounded number of times. */
function expectScenarioOrErrorReadingLittle(input: unknown): void {
  const watched = counted(input);
  expectScenarioOrError(watched.value);
  expect(watched.reads()).toBeLessThanOrEqual(READS_PER_NODE * watched.nodes);
}

/** defineScenario gives a frozen scenario or a ScenarioError whose issues all have a path and a message. */
function expectScenarioOrError(input: unknown): void {
  const outcome = attempt(() => defineScenario(input as never));
  if (outcome.ok) {
    expect(Object.isFrozen(outcome.value)).toBe(true);
    return;
  }
  expect(outcome.error).toBeInstanceOf(ScenarioError);
  const issues = (outcome.error as ScenarioError).issues;
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(typeof issue.path).toBe('string');
    expect(issue.message).not.toBe('');
  }
}

/** A money or growth function: its result passes `check`, or it throws a TypeError/RangeError that names it. */
function expectResultOrNamedError(fn: string, run: () => unknown, check: (value: unknown) => void): void {
  const outcome = attempt(run);
  if (outcome.ok) {
    check(outcome.value);
    return;
  }
  const error = outcome.error as Error;
  if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
  expect(error.message.startsWith(`${fn}: `), error.message).toBe(true);
}

const finiteDecimal = (value: unknown) => {
  expect(Decimal.isDecimal(value)).toBe(true);
  expect((value as Decimal).isFinite()).toBe(true);
};
/**
 * The longest text a formatter may write, the caller's currency aside: an amount past 1,000T is written in exponent
 * form ('-$1.00e+99999999999', 19 characters), so 40 leaves room and a run of digits as long as the exponent fails.
 */
const MAX_TEXT = 40;
const nonEmptyText = (value: unknown) => {
  expect(typeof value).toBe('string');
  expect(value).not.toBe('');
  expect(value as string).not.toMatch(/NaN|Infinity|undefined/);
  expect((value as string).length).toBeLessThanOrEqual(MAX_TEXT);
};

/** Anything fast-check can make, including Maps, Dates, typed arrays, boxed values, null prototypes and sparse arrays. */
const anything = fc.anything({
  withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true,
  withBoxedValues: true, withNullPrototype: true, withObjectString: true, maxDepth: 4,
});

/** Strings that look like numbers, amounts or rates, and near misses. */
const numericish = fc.oneof(
  fc.double().map(String),
  fc.integer().map(String),
  fc.bigInt().map(String),
  fc.tuple(
    fc.constantFrom('', '+', '-', '--', ' '),
    fc.constantFrom('', '$', '€', 'USD ', 'usd'),
    fc.stringMatching(/^[0-9]{0,5}([.,][0-9]{0,4}){0,2}$/),
    fc.constantFrom('', 'e', 'e5', 'e-3', 'e400', 'E+2', 'e99999999999'),
    fc.constantFrom('', '%', 'bp', 'bps', 'M', 'bn', ' million', 'B', 'T', 'k', 'x', ' %', '%%'),
  ).map((parts) => parts.join('')),
  fc.constantFrom('0x10', '0b1', '0o7', 'NaN', 'Infinity', '-Infinity', '1e-400', '1e400', '.5', '5.', '1_000', '١٢٣', '１２'),
);

describe('defineScenario never throws anything but ScenarioError', () => {
  it('on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), expectScenarioOrErrorReadingLittle), { numRuns: 300 });
  });

  it('on any JavaScript value', () => {
    fc.assert(fc.property(anything, expectScenarioOrError), { numRuns: 300 });
  });

  it('on valid documents with one field broken, removed or an unknown key added', () => {
    fc.assert(fc.property(nearValidDocument(), ({ doc }) => expectScenarioOrErrorReadingLittle(doc)), { numRuns: 400 });
  });

  it('rejects an unknown key added anywhere, and names it', () => {
    const withKey = validDocument().chain((doc) => fc.tuple(fc.constant(doc), fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra')));
    fc.assert(
      fc.property(withKey, ([doc, key]) => {
        const copy = structuredClone(doc) as unknown as Record<string, unknown>;
        Object.defineProperty(copy, key, { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
        const error = attempt(() => defineScenario(copy as never));
        expect(error.ok).toBe(false);
        expect((error as { error: ScenarioError }).error.issues).toContainEqual({ path: key, message: `unknown field "${key}"` });
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 50 },
    );
  });

  it('reports a cycle as nesting, not a stack overflow', () => {
    const doc: Record<string, unknown> = { name: 'Cycle', baseline: { year: 2024, value: 1 }, horizon: { endYear: 2025 }, drivers: [] };
    doc.description = doc;
    expectScenarioOrError(doc);
    expect(() => defineScenario(doc as never)).toThrow(/nested more than 32 levels deep/);
  });
});

describe('the money functions accept what they document and name themselves in every error', () => {
  const money = [
    ['parseAmount', (v: unknown) => parseAmount(v as never), finiteDecimal],
    ['parseRate', (v: unknown) => parseRate(v as never), finiteDecimal],
    ['formatAmount', (v: unknown) => formatAmount(v as never), nonEmptyText],
    ['formatRate', (v: unknown) => formatRate(v as never), nonEmptyText],
  ] as const;

  it.each(money)('%s on anything', (fn, call, check) => {
    fc.assert(fc.property(anything, (v) => expectResultOrNamedError(fn, () => call(v), check)), { numRuns: 300 });
  });

  it.each(money)('%s on numeric-looking strings', (fn, call, check) => {
    fc.assert(fc.property(numericish, (v) => expectResultOrNamedError(fn, () => call(v), check)), { numRuns: 500 });
  });

  it('formatAmount and formatRate with any options', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), anything, anything, (v, digits, currency) => {
        // A currency is the caller's own text, printed as given: check the rest.
        const withoutCurrency = (text: unknown) => nonEmptyText(typeof currency === 'string' && currency !== '' ? (text as string).replace(currency, '') || '0' : text);
        expectResultOrNamedError('formatAmount', () => formatAmount(v, { digits, currency } as never), withoutCurrency);
        expectResultOrNamedError('formatRate', () => formatRate(v / 1e15, { digits, sign: currency } as never), nonEmptyText);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the growth maths give a Decimal or a TypeError/RangeError that names the function', () => {
  // Mostly plausible arguments, sometimes nasty ones, so both the maths and the checks are exercised. Extreme
  // magnitudes (years of 1e-400 or 2e20, rates of 1e-50) are left to the known-bug tests below: they give Infinity today.
  const nasty = nastyValue.filter((v) =>
    typeof v === 'number' ? Number.isNaN(v) || v === 0 || !Number.isFinite(v) || (Math.abs(v) >= 1e-3 && Math.abs(v) <= 1e6) : typeof v !== 'string' || !/e-?\d{3}/i.test(v),
  );
  const amountArg = fc.oneof({ weight: 3, arbitrary: fc.double({ min: 1e-6, max: 1e15, noNaN: true }) }, { weight: 1, arbitrary: nasty });
  const rateArg = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: -15_000, max: 100_000 }).map((bp) => bp / 10_000) }, { weight: 1, arbitrary: nasty });
  const yearsArg = fc.oneof({ weight: 3, arbitrary: fc.oneof(fc.double({ min: 1e-3, max: 1200, noNaN: true }), fc.integer({ min: -5, max: 1200 })) }, { weight: 1, arbitrary: nasty });
  const yearArg = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1950, max: 2100 }) }, { weight: 1, arbitrary: nasty });
  const point = fc.record({ year: yearArg, value: amountArg });

  const cases = [
    ['cagr', fc.record({ start: amountArg, end: amountArg, years: yearsArg }), (a: unknown) => cagr(a as never), finiteDecimal],
    ['requiredCagr', fc.record({ start: amountArg, target: amountArg, years: yearsArg }), (a: unknown) => requiredCagr(a as never), finiteDecimal],
    ['yearsToTarget', fc.record({ start: amountArg, target: amountArg, rate: rateArg }), (a: unknown) => yearsToTarget(a as never), finiteDecimal],
    ['futureValue', fc.record({ start: amountArg, rate: rateArg, years: yearsArg }), (a: unknown) => futureValue(a as never), finiteDecimal],
    ['futureValue', fc.record({ start: amountArg, rates: fc.array(rateArg, { maxLength: 8 }) }), (a: unknown) => futureValue(a as never), finiteDecimal],
    [
      'growthPath',
      fc.record({ start: amountArg, startYear: yearArg, rate: rateArg, years: yearsArg }),
      (a: unknown) => growthPath(a as never),
      (v: unknown) => (v as { value: Decimal }[]).forEach((p) => finiteDecimal(p.value)),
    ],
    ['impliedCagr', fc.array(point, { maxLength: 6 }), (a: unknown) => impliedCagr(a as never), finiteDecimal],
    [
      'glidePath',
      fc.record({ baseline: point, target: point, actuals: fc.array(point, { maxLength: 4 }) }),
      (a: unknown) => glidePath(a as never),
      (v: unknown) => finiteDecimal((v as { requiredCagr: Decimal }).requiredCagr),
    ],
    ['cagr', anything, (a: unknown) => cagr(a as never), finiteDecimal],
  ] as const;

  it.each(cases)('%s', (fn, args, call, check) => {
    fc.assert(fc.property(args, (a) => expectResultOrNamedError(fn, () => call(a), check as (v: unknown) => void)), { numRuns: 200 });
  });
});

// Found by the properties above: arguments that push a result beyond what decimal.js holds give a RangeError
// naming the function, not ±Infinity or a 0 standing in for a tiny positive value.
describe('growth results beyond the representable range are errors', () => {
  it.each([
    ['cagr over 1e-30 years (2 to the power 1e30)', () => cagr({ start: 1, end: 2, years: '1e-30' }), /^cagr: the rate is too large to represent/],
    ['requiredCagr over 5e-324 years', () => requiredCagr({ start: 1e-6, target: 0.0000010000000000000002, years: 5e-324 }), /^requiredCagr: /],
    ['yearsToTarget at a rate of 1e-50', () => yearsToTarget({ start: 1, target: 2, rate: '1e-50' }), /^yearsToTarget: rate 1e-50 is too close to 0/],
    ['futureValue over 1e20 years', () => futureValue({ start: 1, rate: 1, years: '1e20' }), /^futureValue: the value is too large to represent/],
    ['futureValue decaying to below the smallest number', () => futureValue({ start: 1, rate: '-0.999999', years: '1e20' }), /^futureValue: the value is too small to represent/],
  ] as const)('%s', (_name, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});

describe('project on valid scenarios', () => {
  it('gives finite positive Decimals for every year, or a RangeError for a rate at or below -100 %', () => {
    fc.assert(
      fc.property(validDocument({ maxYears: 40 }), (doc) => {
        const outcome = attempt(() => project(doc));
        if (!outcome.ok) {
          expect(outcome.error).toBeInstanceOf(RangeError);
          expect((outcome.error as Error).message).toMatch(/^project: the combined growth rate into \d{4} is .*, at or below -100%$/);
          return;
        }
        const p = outcome.value as ReturnType<typeof project>;
        expect(p.values).toHaveLength(p.years.length);
        for (const v of p.values) {
          expect(v.isFinite() && v.gt(0)).toBe(true);
        }
        for (const r of p.rates) expect(r.isFinite() && r.gt(-1)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

// Bugs the properties above found in src/money and src/scenario, fixed with them; each input kept as a regression.
describe('regressions found by fuzzing', () => {
  it('formatAmount writes an amount past 1,000T in exponent form instead of building a string of 1e11 digits', () => {
    expect(formatAmount('1e99999999999')).toBe('$1.00e+99999999999');
    expect(formatAmount('-2.5e18', { digits: 2 })).toBe('-$2.5e+18');
    expect(formatAmount('999e12')).toBe('$999T');
  });

  it('formatRate writes an astronomically large computed rate in exponent form', () => {
    expect(formatRate(new Decimal('1e99999999999'))).toBe('1.00e+100000000001%');
  });

  it('an exponent past the range of decimal.js is an error, not an infinite Decimal', () => {
    expect(() => parseAmount('1e99999999999999999')).toThrowErrorMatchingInlineSnapshot(`[RangeError: parseAmount: value must be finite, got "1e99999999999999999"]`);
    expect(() => parseRate('1e99999999999999999%')).toThrowErrorMatchingInlineSnapshot(`[RangeError: parseRate: value must be finite, got "1e99999999999999999%"]`);
  });

  it('formatAmount and formatRate check their options instead of failing inside', () => {
    expect(() => formatAmount(1, { currency: [] } as never)).toThrowErrorMatchingInlineSnapshot(`[TypeError: formatAmount: currency must be an ISO code like "USD" or "", got an array of 0]`);
    expect(() => formatAmount(1, null as never)).toThrowErrorMatchingInlineSnapshot(`[TypeError: formatAmount: options must be an object like { digits: 3 }, got null]`);
    expect(() => formatRate(1, null as never)).toThrowErrorMatchingInlineSnapshot(`[TypeError: formatRate: options must be an object like { digits: 2 }, got null]`);
  });

  it('defineScenario copies an array that has its own "constructor" key', () => {
    const drivers = Object.defineProperty([], 'constructor', { value: '', enumerable: true });
    expect(defineScenario({ name: 'x', baseline: { year: 2024, value: 1 }, horizon: { endYear: 2025 }, drivers }).drivers).toEqual([]);
  });
});
