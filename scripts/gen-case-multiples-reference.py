"""Reference values for caseMultiples (test/evidence/caseMultiples.test.ts), computed outside the library.

Reads the Correlates of War dyadic trade panel v4.0 as distributed in the project's shared data
(../shared/data/trade-history/cow-dyadic-trade-4.0.csv, million USD, NA for missing), applies the outside view's
case rule from DESIGN.md ("Evidence") directly on the CSV rows with plain Python and numpy, and writes
test/fixtures/evidence/case-multiples.json. Run from the repository root:

    python3 scripts/gen-case-multiples-reference.py ../shared/data/trade-history/cow-dyadic-trade-4.0.csv
"""
import csv
import json
import sys

import numpy as np


def load(path):
    rows = {}
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            key = (int(r["ccode1"]), int(r["ccode2"]))
            def val(name):
                v = r[name]
                return float("nan") if v in ("NA", "") else float(v) * 1e6
            rows.setdefault(key, {})[int(r["year"])] = (val("flow1") + val("flow2"), val("smoothflow1") + val("smoothflow2"))
    return rows


def cases(rows, start, years, lo, hi, first, last, smoothed):
    out = []
    k = 1 if smoothed else 0
    for pair in sorted(rows):
        by_year = rows[pair]
        for t in sorted(by_year):
            if t < first or t > last:
                continue
            v0 = by_year[t][k]
            if np.isnan(v0) or not (lo <= v0 < hi):
                continue
            if t + years not in by_year:
                continue
            v1 = by_year[t + years][k]
            if np.isnan(v1):
                continue
            out.append(v1 / v0)
    return np.array(out)


def summary(m, target):
    return {
        "cases": int(m.size),
        "hits": int((m >= target).sum()),
        "sum": float(m.sum()),
        # numpy's default quantile (linear, type 7)
        "quantiles": {str(p): float(np.quantile(m, p)) for p in (0.1, 0.5, 0.9, 0.99)},
        "max": float(m.max()),
    }


def main(path):
    rows = load(path)
    start, target = 580e6, 10e9
    multiple = target / start
    queries = {
        "seed": dict(start=start, years=5, lo=start / 2, hi=2 * start, first=-10**9, last=10**9, smoothed=False),
        "band300M-1B_1990-2009": dict(start=start, years=5, lo=300e6, hi=1e9, first=1990, last=2009, smoothed=False),
        "seed_smoothed": dict(start=start, years=5, lo=start / 2, hi=2 * start, first=-10**9, last=10**9, smoothed=True),
    }
    out = {"source": "COW Dyadic Trade v4.0 (cow-dyadic-trade-4.0.csv, sha256 0df04d0c...)", "multiple": multiple}
    for name, q in queries.items():
        m = cases(rows, q["start"], q["years"], q["lo"], q["hi"], q["first"], q["last"], q["smoothed"])
        out[name] = summary(m, multiple)
    json.dump(out, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
