import { show } from '../../internal/show';
import { toAmount } from '../../money/parseAmount';
import type { Decimal } from '../../money/decimal';
import { MAX_AMOUNT } from '../../scenario/fields';

/**
 * A trade value in USD as people write it (`248e6`, `"$248M"`, `"1,200,000"`, a Decimal), ≥ 0 and at most 1e24;
 * or, when it is none of these, the reason as a message fragment ("must be ...").
 */
export function tradeAmount(input: unknown): Decimal | string {
  let amount: Decimal;
  try {
    amount = toAmount(input, 'trade', 'value');
  } catch (error) {
    return (error as Error).message.replace(/^trade: value /, '');
  }
  if (amount.isNegative() && !amount.isZero()) return `must be an amount >= 0, got ${show(input)}`;
  if (amount.gt(MAX_AMOUNT)) return `must be at most ${MAX_AMOUNT}, got ${show(input)}`;
  // -0 reads as 0.
  return amount.isZero() ? amount.abs() : amount;
}
