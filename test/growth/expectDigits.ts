import { expect } from 'vitest';
import { Decimal } from '../../src/index';

/** Asserts that `actual` agrees with a reference decimal string to `digits` significant digits (relative error). */
export function expectDigits(actual: Decimal, reference: string, digits: number): void {
  const ref = new Decimal(reference);
  const error = new Decimal(actual).minus(ref).abs().div(ref.abs());
  expect(
    error.lte(new Decimal(10).pow(-digits)),
    `${actual.toString()} vs ${reference}: relative error ${error.toExponential(2)}`,
  ).toBe(true);
}
