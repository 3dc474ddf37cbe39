import { z } from 'zod';
import type { DriverType } from './driverType';
import { amountField, idField, isoDateField, rateField, textField, yearField } from './fields';
import { driverTypes } from './registry';

/** The most annual steps a scenario may have; longer horizons are almost always a typo. */
export const MAX_HORIZON_YEARS = 200;
/** The most drivers a scenario may have. */
export const MAX_DRIVERS = 200;

const source = z.strictObject({ title: textField(500), url: textField(2000).optional(), note: textField().optional() });

/** Fields every driver may carry besides its type's own. */
export const commonDriverFields = {
  id: idField(),
  label: textField(200).optional(),
  note: textField().optional(),
  source: textField().optional(),
  assumption: textField().optional(),
  /** The component the driver acts on (`"exports"`); without it, every component (a cap: their total). */
  scope: idField().optional(),
  /** The years (inclusive) whose steps the driver acts on; a level change that has happened stays. */
  active: z.strictObject({ from: yearField().optional(), until: yearField().optional() }).optional(),
};

/** The most components a scenario may have. */
export const MAX_COMPONENTS = 50;

const component = z.strictObject({
  id: idField(),
  label: textField(200).optional(),
  baseline: z.strictObject({ value: amountField() }),
});

/** A price index: annual inflation (`{ rate: "3%" }`), or index values by year (`{ series: { "2024": 100, … } }`). */
const deflator = z.union(
  [
    z.strictObject({ rate: rateField() }),
    z.strictObject({ series: z.record(z.string().regex(/^\d{4}$/, { error: 'expected a year like "2025" as the key' }), z.number({ error: 'expected a price index (a number above 0)' }).gt(0, { error: (issue) => `expected a price index above 0, got ${String(issue.input)}` })) }),
  ],
  { error: 'expected { rate } (annual inflation) or { series } (index values by year)' },
);

/** The document without its drivers' own fields (each driver is checked against its type afterwards). */
export function documentShape(drivers: z.ZodType, uncertainty: z.ZodType) {
  return z.strictObject({
    $schema: z.string().optional(),
    name: textField(200).min(1, { error: 'expected a name' }),
    description: textField(5000).optional(),
    asOf: isoDateField().optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { error: (issue) => `expected an ISO currency code like "USD", got ${JSON.stringify(issue.input)}` })
      .default('USD'),
    sources: z.array(source).max(100).default([]),
    basis: z.enum(['nominal', 'real'], { error: 'expected "nominal" or "real"' }).default('nominal'),
    deflator: deflator.optional(),
    components: z.array(component).max(MAX_COMPONENTS, { error: `expected at most ${MAX_COMPONENTS} components` }).optional(),
    baseline: z.strictObject({ year: yearField(), value: amountField().optional() }),
    horizon: z.strictObject({ endYear: yearField() }),
    target: z.strictObject({ value: amountField(), year: yearField() }).optional(),
    drivers: drivers,
    uncertainty: uncertainty,
  });
}

const driverSchemas = new WeakMap<DriverType, z.ZodType>();

/** The zod schema of one driver of the given type, built once per type (zod compiles each schema it meets). */
export function driverSchema(type: DriverType): z.ZodType {
  let schema = driverSchemas.get(type);
  if (schema === undefined) {
    schema = z.strictObject({ ...commonDriverFields, type: z.literal(type.type), ...type.fields });
    driverSchemas.set(type, schema);
  }
  return schema;
}

/**
 * The JSON Schema (draft 2020-12) of scenario documents, for editors and `tradepath validate`, made from the driver
 * types registered now and the schema of distribution documents.
 */
export function scenarioJsonSchema(uncertainty: z.ZodType): Record<string, unknown> {
  const drivers = driverTypes().map((t) => driverSchema(t).describe(t.description));
  const union = drivers.length === 1 ? drivers[0]! : z.union(drivers as unknown as [z.ZodType, z.ZodType]);
  const schema = documentShape(z.array(union).max(MAX_DRIVERS), z.record(z.string(), uncertainty).optional());
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
