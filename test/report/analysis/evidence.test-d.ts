import { describe, expectTypeOf, it } from 'vitest';
import {
  analysisReport,
  caseMultiples,
  evidenceChart,
  evidenceFor,
  multiplesChart,
  type AnalysisOptions,
  type Evidence,
  type EvidenceChartData,
  type MultiplesChartData,
  type Report,
} from '../../../src/index';

describe('evidence types', () => {
  it('evidenceFor is async and its result is what analysisReport takes', () => {
    expectTypeOf(evidenceFor).returns.resolves.toEqualTypeOf<Evidence>();
    expectTypeOf<AnalysisOptions['evidence']>().toEqualTypeOf<Evidence | undefined>();
    expectTypeOf(analysisReport({ evidence: {} as Evidence })).toEqualTypeOf<Report>();
    // @ts-expect-error the evidence is gathered first: a Promise is not the evidence
    analysisReport({ evidence: evidenceFor() });
  });

  it('the charts are pure functions of plain data that return strings', () => {
    expectTypeOf(evidenceChart).returns.toBeString();
    expectTypeOf(multiplesChart).returns.toBeString();
    expectTypeOf<EvidenceChartData['sources']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf(caseMultiples).returns.toEqualTypeOf<Float64Array>();
    expectTypeOf<ReturnType<typeof caseMultiples>>().toMatchTypeOf<MultiplesChartData['multiples']>();
  });
});
