import { describe, expectTypeOf, it } from 'vitest';
import {
  Decimal,
  defineScenario,
  driverFields,
  project,
  registerDriver,
  simulate,
  Simulation,
  type Driver,
  type DriverDocument,
  type DriverType,
  type ExactFields,
  type FloatFields,
  type Probability,
  type Projection,
  type Scenario,
  type ScenarioDocument,
} from '../../src/index';
import { z } from 'zod';

// Type tests: checked by tsc (vitest typecheck), never run. Each `@ts-expect-error` must stay an error.

const bassFields = {
  launch: driverFields.year(),
  potential: driverFields.rate(),
  p: driverFields.number(0.001, 1),
  share: driverFields.amount().optional(),
  rates: z.record(z.string(), driverFields.rate()),
  mode: z.enum(['a', 'b']).default('a'),
};

describe('driver fields are typed from the zod shape', () => {
  it('gives Decimals to the exact engine and numbers to the float64 one', () => {
    type Exact = ExactFields<typeof bassFields>;
    expectTypeOf<Exact['launch']>().toEqualTypeOf<number>();
    expectTypeOf<Exact['potential']>().toEqualTypeOf<Decimal>();
    expectTypeOf<Exact['p']>().toEqualTypeOf<number>();
    expectTypeOf<Exact['share']>().toEqualTypeOf<Decimal | undefined>();
    expectTypeOf<Exact['rates']>().toEqualTypeOf<Record<string, Decimal>>();
    expectTypeOf<Exact['mode']>().toEqualTypeOf<'a' | 'b'>();
    type Float = FloatFields<typeof bassFields>;
    expectTypeOf<Float['potential']>().toEqualTypeOf<number>();
    expectTypeOf<Float['share']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Float['rates']>().toEqualTypeOf<{ readonly [key: string]: number }>();
    expectTypeOf<Float['mode']>().toEqualTypeOf<'a' | 'b'>();
    // Without a shape: any fields, as unknown.
    expectTypeOf<ExactFields['anything']>().toEqualTypeOf<unknown>();
  });
});

describe('registerDriver', () => {
  it('types each effect from the fields, with no casts', () => {
    registerDriver({
      type: 'typed-bass',
      description: 'test',
      fields: bassFields,
      parameters: { launch: 'year', potential: 'rate', 'rates.*': 'rate' },
      affine: ['potential'],
      main: ['potential'],
      check(d, report) {
        expectTypeOf(d.launch).toEqualTypeOf<number>();
        if (d.share !== undefined && d.share.gt(1)) report(['share'], 'too big');
      },
      exactLevel: (d, year) => {
        expectTypeOf(d.potential).toEqualTypeOf<Decimal>();
        return year < d.launch ? new Decimal(1) : d.potential.plus(1);
      },
      floatLevel: (d, year) => {
        expectTypeOf(d.potential).toEqualTypeOf<number>();
        return year < d.launch ? 1 : 1 + d.potential;
      },
    });
  });

  it('rejects effects that read fields the type does not have, or return the wrong number', () => {
    registerDriver({
      type: 'typed-wrong',
      description: 'test',
      fields: { rate: driverFields.rate() },
      // @ts-expect-error a float effect gets numbers, not Decimals
      exactRate: (d) => d.rate.toNumber() + 1,
      floatRate: (d) => d.rate,
    });
    registerDriver({
      type: 'typed-wrong-2',
      description: 'test',
      fields: { rate: driverFields.rate() },
      exactRate: (d) => d.rate,
      // @ts-expect-error no field "speed"
      floatRate: (d) => d.speed,
    });
    registerDriver({
      type: 'typed-wrong-3',
      description: 'test',
      fields: { rate: driverFields.rate() },
      // @ts-expect-error parameters are named after fields
      parameters: { speed: 'rate' },
      exactRate: (d) => d.rate,
      floatRate: (d) => d.rate,
    });
    registerDriver({
      type: 'typed-wrong-4',
      description: 'test',
      fields: { rate: driverFields.rate() },
      // @ts-expect-error affine names fields
      affine: ['speed'],
      exactRate: (d) => d.rate,
      floatRate: (d) => d.rate,
    });
  });

  it('keeps a specific type assignable to the general one', () => {
    const t: DriverType<{ rate: ReturnType<typeof driverFields.rate> }> = {
      type: 'x',
      description: 'x',
      fields: { rate: driverFields.rate() },
      exactRate: (d) => d.rate,
      floatRate: (d) => d.rate,
    };
    expectTypeOf(t).toExtend<DriverType>();
  });
});

describe('Driver and DriverDocument', () => {
  it('are unions told apart by type, with a member for registered types', () => {
    type Growth = Extract<Driver, { type: 'growth' }>;
    expectTypeOf<Growth['rate']>().toEqualTypeOf<Decimal>();
    expectTypeOf<Growth['volatility']>().toEqualTypeOf<Decimal | undefined>();
    type Ramp = Extract<Driver, { type: 'ramp' }>;
    expectTypeOf<Ramp['startYear']>().toEqualTypeOf<number>();
    expectTypeOf<Ramp['shape']>().toEqualTypeOf<'linear' | 's-curve'>();
    expectTypeOf<Extract<Driver, { type: 'schedule' }>['rates']>().toEqualTypeOf<Record<string, Decimal>>();
    expectTypeOf<Extract<Driver, { type: 'cap' }>['mode']>().toEqualTypeOf<'hard' | 'logistic'>();
    expectTypeOf<Extract<Driver, { type: 'shock' }>['recoveryYears']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Driver['type']>().toEqualTypeOf<string>();
    expectTypeOf<Driver['id']>().toEqualTypeOf<string>();
    type GrowthDoc = Extract<DriverDocument, { type: 'growth' }>;
    expectTypeOf<GrowthDoc['rate']>().toEqualTypeOf<string | number>();
  });

  it('accept documents of built-in and registered types', () => {
    const drivers: DriverDocument[] = [
      { id: 'base', type: 'growth', rate: '20%', volatility: 0.05 },
      { id: 'rail', type: 'ramp', startYear: 2026, fullYear: 2028, rate: 0.08, shape: 's-curve' },
      { id: 'route', type: 'typed-bass', launch: 2026, potential: '150%', p: 0.03, rates: {} },
    ];
    expectTypeOf(drivers).toExtend<ScenarioDocument['drivers']>();
  });

  it('narrow by type: a growth driver, or a registered type that could share its name', () => {
    const s = defineScenario({ name: 'x', baseline: { year: 2024, value: 1 }, horizon: { endYear: 2025 }, drivers: [] });
    const d = s.drivers[0]!;
    // @ts-expect-error not every driver has a rate
    void d.rate;
    if (d.type === 'growth') {
      expectTypeOf(d.label).toEqualTypeOf<string | undefined>();
      void d.rate; // a growth driver's or a registered one's field
    }
    const fields: Readonly<Record<string, unknown>> = d; // any driver reads as a record of its fields
    void fields;
  });
});

describe('defineScenario, project, simulate', () => {
  it('return a Scenario, a Projection and a Simulation', () => {
    const doc: ScenarioDocument = { name: 'x', baseline: { year: 2024, value: '$580M' }, horizon: { endYear: 2029 }, drivers: [{ id: 'base', type: 'growth', rate: '20%' }] };
    const s = defineScenario(doc);
    expectTypeOf(s).toEqualTypeOf<Scenario>();
    expectTypeOf(s.drivers).toEqualTypeOf<readonly Driver[]>();
    expectTypeOf(defineScenario(s)).toEqualTypeOf<Scenario>();
    const p = project(s);
    expectTypeOf(p).toEqualTypeOf<Projection>();
    expectTypeOf(p.values).toEqualTypeOf<readonly Decimal[]>();
    expectTypeOf(p.contributions).toEqualTypeOf<Readonly<Record<string, readonly Decimal[]>>>();
    const sim = simulate(doc, { runs: 100, seed: 1 });
    expectTypeOf(sim).toEqualTypeOf<Simulation>();
    expectTypeOf(sim.quantile(2029, 0.5)).toEqualTypeOf<number>();
    expectTypeOf(sim.valuesAt(2029)).toEqualTypeOf<Float64Array>();
    expectTypeOf(sim.probabilityOfTarget(2029)).toEqualTypeOf<Probability>();
    // @ts-expect-error a driver document needs an id
    defineScenario({ name: 'x', baseline: { year: 2024, value: 1 }, horizon: { endYear: 2025 }, drivers: [{ type: 'growth', rate: 0.1 }] });
  });
});
