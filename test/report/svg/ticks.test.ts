import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/report/svg/internal/escape';
import { tickLabel } from '../../../src/report/svg/internal/format';
import { logTicks, niceTicks, yearTicks } from '../../../src/report/svg/internal/ticks';

// Reference for all expected ticks: hand-computed with the 1-2-5 rule (raw step = span / count, mantissa 1, 2 or 5
// switching at √2, √10, √50 as in Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990).
describe('niceTicks', () => {
  it('[0, 10e9] in about 5 steps → 0, 2B, …, 10B', () => {
    const axis = niceTicks(0, 10e9, 5);
    expect(axis.ticks).toEqual([0, 2e9, 4e9, 6e9, 8e9, 10e9]);
    expect(axis.ticks.map((t) => tickLabel(t, 'amount', 'USD'))).toEqual(['$0', '$2B', '$4B', '$6B', '$8B', '$10B']);
  });

  it('[580M, 1.44B] → 400M … 1.6B in steps of 200M (raw step 172M → 2·10^8), domain widened to ticks', () => {
    const axis = niceTicks(580e6, 1.44e9, 5);
    expect(axis.ticks).toEqual([4e8, 6e8, 8e8, 1e9, 1.2e9, 1.4e9, 1.6e9]);
    expect([axis.lo, axis.hi]).toEqual([4e8, 1.6e9]);
    expect(axis.ticks.map((t) => tickLabel(t, 'amount', 'USD'))).toEqual(['$400M', '$600M', '$800M', '$1B', '$1.2B', '$1.4B', '$1.6B']);
  });

  it('[0, 25e8] → steps of 500M, labelled with just the digits they need', () => {
    const axis = niceTicks(0, 2.5e9, 5);
    expect(axis.ticks.map((t) => tickLabel(t, 'amount', 'USD'))).toEqual(['$0', '$500M', '$1B', '$1.5B', '$2B', '$2.5B']);
  });

  it('gives exact decimals (0.6, not 0.6000000000000001) across zero', () => {
    expect(niceTicks(0, 1, 5).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(-0.3, 0.7, 5).ticks).toEqual([-0.4, -0.2, 0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks(0, 0.3, 5).ticks.map((t) => tickLabel(t, 'rate', ''))).toEqual(['0%', '5%', '10%', '15%', '20%', '25%', '30%']);
  });

  it('widens an empty span instead of dividing by zero', () => {
    expect(niceTicks(0, 0, 5).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    const flat = niceTicks(580e6, 580e6, 5);
    expect(flat.ticks.every(Number.isFinite)).toBe(true);
    expect(flat.lo).toBeLessThan(580e6);
    expect(flat.hi).toBeGreaterThan(580e6);
  });
});

describe('logTicks', () => {
  it('[580M, 10B] → 500M, 1B, 2B, 5B, 10B', () => {
    expect(logTicks(580e6, 10e9).ticks).toEqual([5e8, 1e9, 2e9, 5e9, 1e10]);
  });
  it('many decades → whole powers of ten, every second one past 8 decades', () => {
    expect(logTicks(1, 1e5).ticks).toEqual([1, 10, 100, 1000, 1e4, 1e5]);
    expect(logTicks(1, 1e12).ticks).toEqual([1, 1e2, 1e4, 1e6, 1e8, 1e10, 1e12]);
  });
  it('widens a single value', () => {
    expect(logTicks(1e9, 1e9).ticks).toEqual([5e8, 1e9, 2e9]);
  });
});

describe('yearTicks', () => {
  it('keeps whole years inside the data', () => {
    expect(yearTicks(2024, 2029, 8).ticks).toEqual([2024, 2025, 2026, 2027, 2028, 2029]);
    expect(yearTicks(2024, 2050, 5).ticks).toEqual([2025, 2030, 2035, 2040, 2045, 2050]);
    expect(yearTicks(2024, 2026, 10).ticks).toEqual([2024, 2025, 2026]);
  });
  it('gives a single year a year on each side', () => {
    expect(yearTicks(2029, 2029, 5)).toEqual({ lo: 2028, hi: 2030, ticks: [2028, 2029, 2030] });
  });
});

describe('escapeXml', () => {
  it('escapes markup characters and drops characters XML forbids', () => {
    // Reference: XML 1.0 §2.4 (& and < must be escaped in text; quotes in attribute values) and §2.2 (Char).
    expect(escapeXml(`<script>alert("x" & 'y')</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;');
    expect(escapeXml('a\u0000b\u001Fc\uD800d\uE000')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFD');
    expect(escapeXml('Bakı – Tehran 😀')).toBe('Bakı – Tehran 😀');
  });
});
