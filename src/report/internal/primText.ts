import type { ParameterKind } from '../../scenario/driverType';
import { formatAmount } from '../../money/formatAmount';

/**
 * A share for people: `84%`, or with one decimal below 10 % where a rounded 0 % would mislead, and two significant
 * digits below 0.1 % (`0.012%`), so that a share above 0 never reads as 0 % (nor one below 1 as 100 %).
 */
export function percent(share: number): string {
  const p = share * 100;
  if (p > 0 && p < 0.1) return `${Number(p.toPrecision(2))}%`;
  if (p > 99.5 && p < 100) return `${Number(p.toPrecision(4))}%`;
  return p > 0 && p < 10 ? `${p.toFixed(1)}%` : `${Math.round(p)}%`;
}

/** A limit written as its parameter reads: a rate as a percentage, an amount as money, a year, or a number. */
export function limitText(value: number, kind: ParameterKind | undefined): string {
  switch (kind) {
    case 'rate': {
      const text = (value * 100).toFixed(1);
      // A sampled -0.0001 would read "-0.0%".
      return `${text === '-0.0' ? '0.0' : text}%`;
    }
    case 'amount':
      return value > 0 ? formatAmount(value) : String(value);
    case 'year':
    case 'count':
      return Number.isInteger(value) ? String(value) : value.toFixed(1);
    default:
      return String(Number(value.toPrecision(3)));
  }
}

/** `p < 1e-300`, `p = 2.3e-12`, `p = 0.041`. */
export function pValueText(p: number): string {
  if (p < 1e-300) return 'p < 1e-300';
  if (p < 0.001) return `p = ${p.toExponential(1)}`;
  return `p = ${p.toFixed(3)}`;
}

/** `base.rate ≥ 76.7%`, `drag.rate ≤ -2.0%` or `5.0% ≤ railway.rate ≤ 14.0%`: only the sides that exclude points. */
export function conditionText(
  param: string,
  box: { readonly min: number; readonly max: number },
  range: { readonly min: number; readonly max: number },
  kind: ParameterKind | undefined,
): string {
  const low = box.min > range.min;
  const high = box.max < range.max;
  if (low && high) return `${limitText(box.min, kind)} ≤ ${param} ≤ ${limitText(box.max, kind)}`;
  if (low) return `${param} ≥ ${limitText(box.min, kind)}`;
  if (high) return `${param} ≤ ${limitText(box.max, kind)}`;
  return `${param} anywhere`;
}
