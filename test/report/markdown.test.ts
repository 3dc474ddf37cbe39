import { describe, expect, it } from 'vitest';
import { Decimal, toMarkdown, toText } from '../../src/index';

const paths = {
  title: 'Paths to $10B',
  columns: [
    { key: 'year', label: 'Year', kind: 'year' as const },
    { key: 'value', label: 'Turnover', kind: 'amount' as const },
    { key: 'rate', label: 'Growth', kind: 'rate' as const },
    { key: 'note', label: 'Note' },
  ],
  rows: [
    { year: 2024, value: 580e6, rate: null, note: 'baseline' },
    { year: 2025, value: new Decimal('1024939332.06'), rate: new Decimal('0.7671367794'), note: 'a | b <i>' },
    { year: 2029, value: '10B', rate: 0.7673167814, note: undefined },
  ],
};

describe('toMarkdown', () => {
  it('writes an aligned pipe table, numbers right-aligned, amounts and rates for people', () => {
    // Reference: formatAmount/formatRate of the money layer; GFM table syntax (`---:` right, `:---` left).
    expect(toMarkdown(paths)).toBe(
      [
        'Paths to $10B',
        '',
        '| Year | Turnover | Growth | Note         |',
        '| ---: | -------: | -----: | :----------- |',
        '| 2024 |    $580M |        | baseline     |',
        '| 2025 |   $1.02B | 76.71% | a \\| b \\<i\\> |',
        '| 2029 |   $10.0B | 76.73% |              |',
      ].join('\n'),
    );
  });

  it('guesses number columns and writes floats readably', () => {
    const table = { columns: [{ key: 'x' }, { key: 's' }], rows: [{ x: 0.1 + 0.2, s: 'a' }, { x: 1234567.891, s: 'b' }] };
    expect(toMarkdown(table)).toBe('|       x | s   |\n| ------: | :-- |\n|     0.3 | a   |\n| 1234568 | b   |');
  });

  it('uses a column format and names the column and row when a value does not fit its kind', () => {
    const table = { columns: [{ key: 'v', kind: 'amount' as const }], rows: [{ v: 1 }, { v: 'lots' }] };
    expect(() => toMarkdown(table)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: toMarkdown: column "v", rows[1]: formatAmount: value must be an amount like 580e6, "580000000", "$580M", "580 million" or "$10bn", got "lots"]`,
    );
    const formatted = { columns: [{ key: 'v', format: (v: unknown) => `<${String(v)}>` }], rows: [{ v: 1 }] };
    expect(toMarkdown(formatted)).toBe('|     v |\n| ----: |\n| \\<1\\> |');
  });
});

describe('toText', () => {
  it('writes an aligned plain-text table with a title line and no trailing spaces', () => {
    expect(toText(paths)).toBe(
      [
        'Paths to $10B',
        'Year  Turnover  Growth  Note',
        '----  --------  ------  ---------',
        '2024     $580M          baseline',
        '2025    $1.02B  76.71%  a | b <i>',
        '2029    $10.0B  76.73%',
      ].join('\n'),
    );
  });

  it('keeps each row on one line', () => {
    expect(toText({ columns: [{ key: 'a' }], rows: [{ a: 'two\nlines' }] })).toBe('a\n---------\ntwo lines');
  });
});
