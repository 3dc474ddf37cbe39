import type { Scenario } from '../scenario/document';
import { REACHED_TOLERANCE } from '../scenario/project';
import { floatDrivers, type FloatDriver, type KernelPlan, type PlannedParameter } from './plan';

/** Writes one parameter's value, from column `column` of a design, where a run reads it. */
export interface Setter {
  readonly column: number;
  readonly set: (value: number) => void;
}

/** The mutable side of a kernel: the fields a run's parameters are written into, and the setters that write them. */
export interface RunState {
  /** The drivers with their float fields, by document index: the setters write into these. */
  readonly drivers: readonly FloatDriver[];
  readonly holders: { readonly baseline: { value: number }; readonly target: { value: number } };
  /** The setters of the fields read during a run: not those of affine drivers, whose slopes the plan holds. */
  readonly setters: readonly Setter[];
  /** Checks again the drivers whose own rules tie a drawn year or count to other fields; undefined if none. */
  readonly recheck: (() => void) | undefined;
  /** A run reaches the target when its value is at least target × this (1 − the reached tolerance). */
  readonly threshold: number;
}

/** The parameters a run writes where its drivers read them, in the order of {@link RunState.setters}: all but the affine ones, whose slopes the plan holds. */
export function setParameters(plan: KernelPlan): PlannedParameter[] {
  return plan.parameters.filter((p) => p.feeds !== 'affine');
}

/** The error for an amount drawn at or below 0, naming the caller and the parameter. */
export function notPositive(caller: string, name: string, value: number): RangeError {
  return new RangeError(`${caller}: ${name} drew ${value}, but an amount must stay above 0; use a distribution that stays positive (lognormal, say)`);
}

/**
 * The state a plan's runs write their parameters into.
 * @throws RangeError (from a setter) for an amount drawn at or below 0, or (from `recheck`) a draw that breaks a
 * driver's own rules; both name the plan's caller.
 */
export function runState(scenario: Scenario, plan: KernelPlan): RunState {
  const caller = plan.caller;
  const drivers = floatDrivers(scenario);
  const holders = { baseline: { value: scenario.baseline.value.toNumber() }, target: { value: scenario.target?.value.toNumber() ?? Infinity } };
  const setters: Setter[] = setParameters(plan).map((p) => {
    const whole = p.kind === 'year' || p.kind === 'count';
    let node: Record<string, unknown> = p.driver < 0 ? (holders[p.feeds as 'baseline' | 'target'] as Record<string, unknown>) : drivers[p.driver]!.fields;
    for (const key of p.path.slice(0, -1)) node = node[key] as Record<string, unknown>;
    const last = p.path[p.path.length - 1]!;
    const holder = node;
    const positive = p.kind === 'amount';
    const name = p.name;
    return {
      column: p.column,
      set: (value: number) => {
        if (positive && !(value > 0)) throw notPositive(caller, name, value);
        holder[last] = whole ? Math.round(value) : value;
      },
    };
  });
  const rechecked = plan.rechecked.map((index) => drivers[index]!);
  const context = { baselineYear: scenario.baseline.year, endYear: scenario.horizon.endYear };
  const recheck =
    rechecked.length === 0
      ? undefined
      : (): void => {
          for (const d of rechecked) {
            d.type.check!(d.fields, (path, message) => {
              throw new RangeError(`${caller}: a draw makes driver "${d.id}" invalid: ${[...path].join('.') || 'driver'} ${message}; narrow its distributions`);
            }, context);
          }
        };
  return { drivers, holders, setters, recheck, threshold: 1 - REACHED_TOLERANCE };
}
