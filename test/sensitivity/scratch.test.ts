import { describe, expect, it } from 'vitest';
import { sobol } from '../../src/index';
import { giveBackScratch, takeScratch } from '../../src/sensitivity/internal/scratch';

describe('scratch arrays kept between calls', () => {
  it('hands an array back to a later request of the same length, and a new one otherwise', () => {
    const first = takeScratch(1000);
    giveBackScratch(first);
    expect(takeScratch(999) === first).toBe(false);
    const again = takeScratch(1000);
    expect(again === first).toBe(true);
    expect(takeScratch(1000) === first).toBe(false); // taken: not handed out twice
    giveBackScratch(again);
  });

  it('keeps at most 8 MiB: an array larger than that is never kept', () => {
    const huge = takeScratch(2 ** 20 + 1); // 8 MiB + 8 bytes
    giveBackScratch(huge);
    expect(takeScratch(2 ** 20 + 1) === huge).toBe(false);
  });

  it("leaves nothing of one sobol call in the next: the same call gives the same indices after another one's", () => {
    const problem = { model: (x: Record<string, number>) => x.a! + 2 * x.b!, params: { a: [0, 1] as [number, number], b: [0, 1] as [number, number] } };
    const first = sobol(problem, { n: 512, seed: 3 });
    sobol({ model: (x: Record<string, number>) => 1e9 * x.a! * x.b!, params: problem.params }, { n: 512, seed: 9 });
    expect(sobol(problem, { n: 512, seed: 3 })).toEqual(first);
    // By hand: Var(a + 2b) = 1/12 + 4/12, so S_a = 1/5 and S_b = 4/5.
    expect(first.first.a).toBeCloseTo(0.2, 1);
    expect(first.first.b).toBeCloseTo(0.8, 1);
  });
});
