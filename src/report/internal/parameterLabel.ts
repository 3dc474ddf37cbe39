import type { Scenario } from '../../scenario/document';
import { parameterTable } from '../../scenario/parameters';

// Reports and charts name a parameter as people know it: by its driver's label ("Rasht–Astara railway (INSTC)"),
// not by its address ("railway.rate"), which stays for where it is typed (--set, overrides).

/** The field that is a driver type's one effect: its label alone names it. */
const MAIN: Readonly<Record<string, string>> = { growth: 'rate', shock: 'size', cap: 'capacity', tradeCost: 'change', event: 'size' };

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
  const main = driver.type === 'ramp' ? (driver.rate !== undefined && driver.level === undefined ? 'rate' : driver.level !== undefined && driver.rate === undefined ? 'level' : '') : MAIN[driver.type];
  if (field === main) return driver.label;
  const words = parameter.path.length > 1 ? `${FIELD_WORDS[parameter.path[0]!] ?? parameter.path[0]} ${parameter.path.slice(1).join(' ')}` : (FIELD_WORDS[field] ?? field);
  return `${driver.label}: ${words}`;
}
