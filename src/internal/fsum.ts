/**
 * The sum of float64 values with Neumaier's compensation (Neumaier 1974, an improved Kahan summation; the idea of
 * d3-array's `fsum`): the rounding error of each addition is carried along and added back at the end, so long sums
 * of values of mixed size keep their digits.
 *
 * @param values - finite numbers (an empty list sums to 0).
 */
export function fsum(values: ArrayLike<number>): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    const t = sum + x;
    compensation += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return sum + compensation;
}
