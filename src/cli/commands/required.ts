import type { Decimal } from '../../money/decimal';
import { formatAmount } from '../../money/formatAmount';
import { formatRate } from '../../money/formatRate';
import { requiredCagr } from '../../growth/requiredCagr';
import { growthPath } from '../../growth/growthPath';
import { format, parse } from '../args';
import type { Io } from '../io';
import { emit } from '../output';
import { UsageError } from '../UsageError';
import { checkAmountUnits } from '../unitSlips';

export const help = `tradepath required — the growth a year a target needs

Usage:
  tradepath required --from 580M --to 10B --years 5
  tradepath required --from 580M --from-year 2024 --to 10B --by 2029

Options:
  --from <amount>      the starting value, with its unit ($580M, 580M, "580 million", 580e6)
  --to <amount>        the target value (10B); a plain number is in dollars, so 580 is $580
  --years <n>          years to get there (may be fractional), or:
  --by <year>          the target year, with --from-year <year>, the year of the --from value
  --format md|csv|json the output (default md)
`;

export function run(argv: readonly string[], io: Io): void {
  const { values, positionals } = parse('required', argv, {
    from: { type: 'string' },
    to: { type: 'string' },
    years: { type: 'string' },
    by: { type: 'string' },
    'from-year': { type: 'string' },
    format: { type: 'string' },
  });
  if (values.help) return io.out(help);
  if (positionals.length > 0) throw new UsageError(`required: unexpected argument "${positionals[0]}"; see 'tradepath required --help'`);
  const fmt = format('required', values.format);
  if (values.from === undefined || values.to === undefined) throw new UsageError("required: give --from and --to, e.g. --from 580M --to 10B --years 5");
  checkAmountUnits('required', [{ name: '--from', text: values.from }, { name: '--to', text: values.to }]);
  let years: number | string;
  let startYear: number | undefined;
  if (values.by !== undefined) {
    if (values.years !== undefined) throw new UsageError('required: give --years or --by, not both');
    if (values['from-year'] === undefined) throw new UsageError('required: --by needs --from-year, the year of the --from value');
    startYear = year('from-year', values['from-year']);
    years = year('by', values.by) - startYear;
    if (years <= 0) throw new UsageError(`required: --by (${values.by}) must come after --from-year (${values['from-year']})`);
  } else {
    if (values.years === undefined) throw new UsageError('required: give --years (or --by with --from-year)');
    years = values.years;
    if (values['from-year'] !== undefined) startYear = year('from-year', values['from-year']);
  }
  const rate = requiredCagr({ start: values.from, target: values.to, years });
  const summary = { from: values.from, to: values.to, years: Number(years), requiredCagr: rate };
  const whole = Number.isInteger(Number(years)) && Number(years) <= 200;
  const path = whole ? growthPath({ start: values.from, startYear: startYear ?? 0, rate, years: Number(years) }) : [];
  const rows = path.map((p, i) => ({ year: startYear === undefined ? `+${i}` : p.year, value: p.value }));
  const lines = [`Required growth: ${formatRate(rate)} a year for ${String(years)} years, from ${formatAmount(values.from)} to ${formatAmount(values.to)}.`];
  emit(
    io,
    fmt,
    fmt === 'csv'
      ? [{ columns: [{ key: 'year', label: 'year' }, { key: 'value', label: 'value', kind: 'amount' }], rows }]
      : [{ title: lines[0]!, columns: [{ key: 'year', label: startYear === undefined ? 'Step' : 'Year', align: 'right' }, { key: 'value', label: 'Value', kind: 'amount' }], rows }],
    { ...summary, path: path.map((p) => ({ year: p.year, value: p.value as Decimal })) },
  );
}

function year(name: string, value: string): number {
  if (!/^\d{4}$/.test(value)) throw new UsageError(`required: --${name} must be a year like 2029, got "${value}"`);
  return Number(value);
}
