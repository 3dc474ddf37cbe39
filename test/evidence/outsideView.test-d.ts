import { describe, expectTypeOf, it } from 'vitest';
import {
  outsideView,
  scaleCheck,
  targetsRecord,
  type OutsideViewResult,
  type ScaleCheckResult,
  type TargetRecordEntry,
} from '../../src/index';
import type { DyadicPanel, NationalPanel } from '../../src/history/types';

describe('evidence types', () => {
  it('are async and return the documented shapes', () => {
    expectTypeOf(outsideView).returns.resolves.toEqualTypeOf<OutsideViewResult>();
    expectTypeOf(scaleCheck).returns.resolves.toEqualTypeOf<ScaleCheckResult>();
    expectTypeOf(targetsRecord).returns.resolves.toEqualTypeOf<readonly TargetRecordEntry[]>();
  });

  it('take amounts in any form and an optional panel', () => {
    expectTypeOf(outsideView).toBeCallableWith({ start: '$580M', target: 10e9, years: 5 });
    expectTypeOf(outsideView).toBeCallableWith({ start: 580e6, target: '$10B', years: 5, band: { min: '300M', max: 1e9 }, from: 1990, to: 2009, smoothed: true, panel: {} as DyadicPanel });
    expectTypeOf(scaleCheck).toBeCallableWith({ target: '$10B', importer: 'AZE', exporter: 630, year: 2014, panel: {} as NationalPanel });
    expectTypeOf(targetsRecord).toBeCallableWith();
  });

  it('reject a missing required argument', () => {
    // @ts-expect-error years is required
    void outsideView({ start: '$580M', target: '$10B' });
    // @ts-expect-error exporter is required
    void scaleCheck({ target: '$10B', importer: 'AZE' });
  });

  it('give an outcome that may be unknown', () => {
    expectTypeOf<TargetRecordEntry['outcome']>().toEqualTypeOf<TargetRecordEntry['recordedWhenSet']>();
    expectTypeOf<TargetRecordEntry['reached']>().toEqualTypeOf<boolean | null>();
    expectTypeOf<OutsideViewResult['examples'][number]['pair']['aIso3']>().toEqualTypeOf<string | null>();
  });
});
