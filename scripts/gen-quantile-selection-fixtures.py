#!/usr/bin/env python3
"""numpy's type-7 percentiles (np.percentile, default method='linear') of a few samples, for the selection-based
quantiles of src/uncertainty/stats/quantilesBySelection.ts (Simulation.fan). Samples: lognormal values like
simulated trade, with ties and repeated values, of awkward lengths. Writes test/fixtures/uncertainty/quantiles.json.

Run: python3 scripts/gen-quantile-selection-fixtures.py
"""
import json
import os

import numpy as np

LEVELS = [5, 10, 25, 50, 75, 90, 95]
rng = np.random.default_rng(20261201)
cases = []
for n in (1, 2, 3, 7, 20, 101, 1000, 4099):
    values = 580e6 * np.exp(rng.normal(0.9, 0.3, n))
    if n >= 20:
        values[: n // 4] = np.round(values[: n // 4] / 1e8) * 1e8  # ties
    cases.append({"values": values.tolist(), "levels": [p / 100 for p in LEVELS], "quantiles": np.percentile(values, LEVELS).tolist()})

out = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "uncertainty", "quantiles.json")
with open(out, "w") as fh:
    json.dump({"source": "scripts/gen-quantile-selection-fixtures.py", "numpy": np.__version__, "cases": cases}, fh)
    fh.write("\n")
print(out)
