#!/usr/bin/env python3
"""numpy's type-7 percentiles (np.percentile, default method='linear') of large columns, for the bucket-counting
quantiles of src/uncertainty/stats/quantilesOfColumn.ts (Simulation.fan and the first Simulation.quantile of a
year), which only count columns of 8,192 values or more. The columns are not stored: they are made from a formula
of exactly rounded operations (integer %, +, *, /, floor), which test/uncertainty/stats/quantilesOfColumn.test.ts
repeats in JavaScript to the same bits. Writes test/fixtures/uncertainty/quantilesColumn.json.

Run: python3 scripts/gen-quantile-column-fixtures.py
"""
import json
import math
import os

import numpy as np

LEVELS = [0, 0.1, 1, 5, 10, 25, 50, 75, 90, 95, 99, 99.9, 100]
SHAPES = ["spread", "ties", "heavy tail", "signed", "mostly one value"]


def value(shape, i):
    a = (i * 7919) % 10007
    v = 580e6 * (1 + a / 10007)
    if shape == "ties":
        return math.floor(v / 1e8) * 1e8
    if shape == "heavy tail":
        return v * 1e6 if i % 997 == 0 else v
    if shape == "signed":
        return v - 1e9
    if shape == "mostly one value":
        return v if i % 50 == 0 else 580e6
    return v


cases = []
for n in (8192, 50_000, 100_003):
    for shape in SHAPES:
        values = np.array([value(shape, i) for i in range(n)])
        cases.append({"n": n, "shape": shape, "levels": [p / 100 for p in LEVELS], "quantiles": np.percentile(values, LEVELS).tolist()})

out = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "uncertainty", "quantilesColumn.json")
with open(out, "w") as fh:
    json.dump({"source": "scripts/gen-quantile-column-fixtures.py", "numpy": np.__version__, "cases": cases}, fh)
    fh.write("\n")
print(out)
