import type { Scenario } from '../../scenario/document';
import { parameterTable } from '../../scenario/parameters';
import { driverType } from '../../scenario/registry';

// Reports and charts name a parameter as people know it: by its driver's label ("Rasht–Astara railway (INSTC)"),
// not by its address ("railway.rate"), which stays for where it is typed (--set, overrides).


const FIELD_WORDS: Readonly<Record<string, string>> = {
  rate: 'growth',
  volatility: 'volatility',
  level: 'level',
  size: 'size',
  capacity: 'capacity',
  startYear: 'start year',
  fullYear: 'full year',
  year: 'year',
  recoveryYears: 'recovery years',
  steepness: 'steepness',
  change: 'change',
  elasticity: 'elasticity',
  probability: 'probability',
};

/**
 * The name people read for a parameter of `scenario`: its driver's label, with the field when the driver has more
 * than one (`"Momentum (2024 growth)"`, `"Momentum (2024 growth): volatility"`), `"Baseline"` and `"Target"`; the
 * address itself for a driver without a label or a name the scenario does not have.
 */
export function parameterLabel(scenario: Scenario, name: string): string {
  if (name === 'baseline.value') return 'Baseline';
  if (name === 'target.value') return 'Target';
  const parameter = parameterTable(scenario).get(name);
  const driver = parameter === undefined ? undefined : scenario.drivers[parameter.driver];
  if (parameter === undefined || driver === undefined || typeof driver.label !== 'string' || driver.label === '') return name;
  const field = parameter.path.join('.');
  // The field that is the driver's one effect (its type's `main` field it has, when it has only one) needs no word.
  const fields: Readonly<Record<string, unknown>> = driver;
  const mains = (driverType(driver.type)?.main ?? []).filter((key) => fields[key] !== undefined);
  if (mains.length === 1 && field === mains[0]) return driver.label;
  const words = parameter.path.length > 1 ? `${FIELD_WORDS[parameter.path[0]!] ?? parameter.path[0]} ${parameter.path.slice(1).join(' ')}` : (FIELD_WORDS[field] ?? field);
  return `${driver.label}: ${words}`;
}
