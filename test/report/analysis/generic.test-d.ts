import { describe, expectTypeOf, it } from 'vitest';
import { azerbaijanIranAnalysis, type AnalysisOptions, type AnalysisPreset, type EvidenceForOptions } from '../../../src/index';

// A preset's two halves are the options of analysisReport and evidenceFor: passing one in needs no cast.
describe('AnalysisPreset', () => {
  it('gives analysisReport and evidenceFor their options', () => {
    expectTypeOf(azerbaijanIranAnalysis).toEqualTypeOf<AnalysisPreset>();
    expectTypeOf<AnalysisPreset['report']>().toExtend<AnalysisOptions>();
    expectTypeOf<AnalysisPreset['evidence']>().toExtend<EvidenceForOptions>();
  });

  it('takes statements as a list or a loader', () => {
    expectTypeOf<{ statements: [] }>().toExtend<EvidenceForOptions>();
    expectTypeOf<{ statements: () => Promise<[]> }>().toExtend<EvidenceForOptions>();
    expectTypeOf<{ statements: string }>().not.toExtend<EvidenceForOptions>();
  });
});
