import { describe, expect, it, vi } from 'vitest';

describe('presets are defined lazily (issue #17, start-up)', () => {
  it('validates no preset when the module is imported, and each one once, on first access', async () => {
    vi.resetModules();
    const define = await import('../../src/scenario/defineScenario');
    const spy = vi.spyOn(define, 'defineScenario');
    const { presets } = await import('../../src/presets/index');
    expect(spy).toHaveBeenCalledTimes(0);
    const first = presets.azerbaijanIran.combined;
    expect(spy).toHaveBeenCalledTimes(1);
    expect(presets.azerbaijanIran.combined).toBe(first);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });

  it('still looks like a frozen record of seven scenarios to a caller', async () => {
    const { presets } = await import('../../src/presets/index');
    const { azerbaijanIranDocuments } = await import('../../src/presets/azerbaijanIranDocuments');
    const { defineScenario } = await import('../../src/scenario/defineScenario');
    expect(Object.keys(presets.azerbaijanIran)).toEqual(Object.keys(azerbaijanIranDocuments));
    expect(Object.isFrozen(presets.azerbaijanIran)).toBe(true);
    expect(() => {
      (presets.azerbaijanIran as Record<string, unknown>).combined = 1;
    }).toThrow(TypeError);
    expect({ ...presets.azerbaijanIran }.statusQuo).toEqual(defineScenario(azerbaijanIranDocuments.statusQuo));
  });
});
