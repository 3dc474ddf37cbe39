#!/usr/bin/env python3
"""numpy doing the work of bench/simulate.ts's end-to-end case once, for bench/README.md (issue #17): 1,000,000 runs
of $580M growing at Normal(20 %, 5 %) a year, floored at -99 %, for 5 years, in place per year (one array of values
by year), the first year at or above $10B per run, then np.percentile of the seven fan levels of every year and the
share of runs at the target. Prints the median of 7 timed repetitions, for the simulation alone and end to end.

Run: env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 bench/numpy_simulate.py
With --json it prints the seven times of each (in ms) as JSON instead, for bench/endToEnd.ts.
"""
import json
import sys
import time

import numpy as np

RUNS, YEARS = 1_000_000, 5
LEVELS = [5, 10, 25, 50, 75, 90, 95]


def simulate(rng):
    values = np.empty((YEARS + 1, RUNS))
    values[0] = 580e6
    first = np.full(RUNS, -1, dtype=np.int16)
    rate = np.empty(RUNS)
    for y in range(1, YEARS + 1):
        rng.standard_normal(out=rate)  # ziggurat normals (numpy's Generator)
        rate *= 0.05
        rate += 0.2
        np.maximum(rate, -0.99, out=rate)
        rate += 1
        np.multiply(values[y - 1], rate, out=values[y])
        first[(first < 0) & (values[y] >= 1e10 * (1 - 1e-12))] = y
    return values, first


def end_to_end(rng):
    values, first = simulate(rng)
    fan = np.percentile(values, LEVELS, axis=1)
    return fan, np.mean(first >= 0)


def times_ms(fn):
    times = []
    for seed in range(7):
        rng = np.random.default_rng(seed)
        t = time.perf_counter()
        fn(rng)
        times.append((time.perf_counter() - t) * 1e3)
    return times


if "--json" in sys.argv:
    print(json.dumps({"numpy": np.__version__, "simulate": times_ms(simulate), "endToEnd": times_ms(end_to_end)}))
else:
    sim, e2e = sorted(times_ms(simulate))[3], sorted(times_ms(end_to_end))[3]
    print(f"numpy {np.__version__}: simulate {sim:.0f} ms, simulate + np.percentile + share {e2e:.0f} ms (medians of 7)")
