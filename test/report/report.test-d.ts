import { describe, expectTypeOf, it } from 'vitest';
import {
  Decimal,
  fanChart,
  heatmap,
  pathsChart,
  toCsv,
  toJson,
  toMarkdown,
  tornadoChart,
  waterfallChart,
  type ChartOptions,
  type Table,
  type TableColumn,
  type ValueFormat,
} from '../../src/index';

describe('report types', () => {
  it('tables take typed columns and return strings', () => {
    const table: Table = { columns: [{ key: 'v', kind: 'amount' }], rows: [{ v: new Decimal(1) }] };
    expectTypeOf(toMarkdown(table)).toEqualTypeOf<string>();
    expectTypeOf(toCsv).parameter(1).toEqualTypeOf<{ readonly header?: 'label' | 'key' | 'none' } | undefined>();
    expectTypeOf(toJson).returns.toEqualTypeOf<string>();
    // @ts-expect-error a kind outside the list
    const bad: TableColumn = { key: 'v', kind: 'percent' };
    void bad;
  });

  it('charts accept numbers or Decimals and return SVG strings', () => {
    expectTypeOf(pathsChart({ series: [{ name: 'a', points: [{ year: 2024, value: new Decimal('580e6') }] }] })).toEqualTypeOf<string>();
    expectTypeOf(fanChart).parameter(0).toExtend<ChartOptions>();
    expectTypeOf(tornadoChart).parameter(1).toExtend<ChartOptions | undefined>();
    expectTypeOf(heatmap).parameter(1).toExtend<ChartOptions | undefined>();
    expectTypeOf(waterfallChart).returns.toEqualTypeOf<string>();
    expectTypeOf<'amount'>().toExtend<ValueFormat>();
    // @ts-expect-error a value must be a number or a Decimal, not a string
    pathsChart({ series: [{ name: 'a', points: [{ year: 2024, value: '580M' }] }] });
  });
});
