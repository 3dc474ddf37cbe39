import { describe, expect, it } from 'vitest';
import { COMMON_DRIVER_KEYS } from '../../src/scenario/commonDriverKeys';
import { commonDriverFields } from '../../src/scenario/schema';

describe('COMMON_DRIVER_KEYS', () => {
  it('is exactly `type` and the common fields the schema lets every driver carry', () => {
    expect([...COMMON_DRIVER_KEYS].sort()).toEqual(['type', ...Object.keys(commonDriverFields)].sort());
  });
});
