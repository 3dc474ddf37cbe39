#!/usr/bin/env python3
"""Reference values for outsideView and scaleCheck, computed independently of tradepath.

Reads the Correlates of War Dyadic Trade 4.0 and National Trade 4.0 files (Barbieri & Keshk 2016; see
../shared/data/trade-history/README.md for provenance and citation) with the csv module only, and writes
test/fixtures/evidence/outside-view.json.

The outside view is recomputed here from DESIGN.md's definition, with exact rational arithmetic (fractions):
- a case is a pair and a start year t with both flows known in t and in t + years (that year exactly);
- its value is flow1 + flow2 in USD (COW's millions times 1e6), raw flows unless smoothed;
- it is in the band when min <= value(t) < max; a zero start value is never a case (its multiple is undefined);
- a hit is value(t + years) / value(t) >= target / start;
- the rate's interval is the 95 % Wilson score interval, z = 1.959963984540054 (Wilson 1927).

Run from the repository root:  python3 scripts/gen-outside-view-fixtures.py
"""
import csv
import json
import math
import os
from fractions import Fraction

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, '..', 'shared', 'data', 'trade-history')
OUT = os.path.join(ROOT, 'test', 'fixtures', 'evidence', 'outside-view.json')
Z = 1.959963984540054


def flow(text):
    return None if text in ('NA', '') else Fraction(text)


def load_dyadic():
    """{(c1, c2): {year: (flow1, flow2, smooth1, smooth2)}} in millions, None for missing."""
    pairs = {}
    with open(os.path.join(DATA, 'cow-dyadic-trade-4.0.csv'), newline='') as f:
        for row in csv.DictReader(f):
            key = (int(row['ccode1']), int(row['ccode2']))
            pairs.setdefault(key, {})[int(row['year'])] = (
                flow(row['flow1']), flow(row['flow2']), flow(row['smoothflow1']), flow(row['smoothflow2']))
    return pairs


def load_names():
    with open(os.path.join(DATA, 'country-codes.csv'), newline='') as f:
        return {int(r['cow']): (r['name'], r['iso3'] or None) for r in csv.DictReader(f)}


def value(flows, smoothed):
    a, b = (flows[2], flows[3]) if smoothed else (flows[0], flows[1])
    if a is None or b is None:
        return None
    return (a + b) * 1_000_000


def wilson(hits, n):
    p = hits / n
    denominator = 1 + Z * Z / n
    centre = (p + Z * Z / (2 * n)) / denominator
    half = Z / denominator * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n))
    low = 0.0 if hits == 0 else max(0.0, centre - half)
    high = 1.0 if hits == n else min(1.0, centre + half)
    return {'estimate': p, 'low': low, 'high': high}


def outside_view(pairs, names, name, start, target, years, band=None, first=None, last=None, smoothed=False, keep=None):
    start, target = Fraction(start), Fraction(target)
    lo, hi = (start / 2, start * 2) if band is None else (Fraction(band[0]), Fraction(band[1]))
    all_years = [y for p in pairs.values() for y in p]
    first = min(all_years) if first is None else first
    last = max(all_years) - years if last is None else last
    multiple = target / start
    cases = 0
    hits = []
    for (c1, c2), by_year in pairs.items():
        for t, flows in by_year.items():
            if t < first or t > last or (t + years) not in by_year:
                continue
            v0 = value(flows, smoothed)
            v1 = value(by_year[t + years], smoothed)
            if v0 is None or v1 is None or v0 == 0 or not (lo <= v0 < hi):
                continue
            cases += 1
            if v1 >= multiple * v0:
                hits.append({'a': names[c1][0], 'b': names[c2][0], 'aIso3': names[c1][1], 'bIso3': names[c2][1],
                             'aCow': c1, 'bCow': c2, 'startYear': t, 'start': float(v0), 'end': float(v1),
                             'multiple': float(v1 / v0)})
    # Largest multiple first; ties by start year, then by the pair's codes.
    hits.sort(key=lambda h: (-Fraction(h['end']) / Fraction(h['start']), h['startYear'], h['aCow'], h['bCow']))
    return {'name': name, 'start': float(start), 'target': float(target), 'years': years,
            'band': {'min': float(lo), 'max': float(hi)}, 'startYears': {'from': first, 'to': last},
            'smoothed': smoothed, 'multiple': float(multiple), 'cases': cases, 'hits': len(hits),
            'rate': wilson(len(hits), cases) if cases > 0 else None,
            'examples': hits if keep is None else hits[:keep]}


def scale_check():
    national = {}
    with open(os.path.join(DATA, 'cow-national-trade-4.0.csv'), newline='') as f:
        for row in csv.DictReader(f):
            national[(int(row['ccode']), int(row['year']))] = (flow(row['imports']), flow(row['exports']))
    aze_imports = national[(373, 2014)][0] * 1_000_000
    irn_exports = national[(630, 2014)][1] * 1_000_000
    target = Fraction(10_000_000_000)
    return {'target': float(target), 'year': 2014,
            'importer': {'cow': 373, 'totalImports': float(aze_imports), 'share': float(target / aze_imports)},
            'exporter': {'cow': 630, 'totalExports': float(irn_exports), 'share': float(target / irn_exports)}}


def pair_totals(pairs, key, years_wanted):
    return {str(y): float(value(pairs[key][y], False)) for y in years_wanted if y in pairs[key]}


def main():
    pairs = load_dyadic()
    names = load_names()
    seed = dict(start=580_000_000, target=10_000_000_000, years=5)
    band = (300_000_000, 1_000_000_000)
    cases = [
        outside_view(pairs, names, 'seed, band 300M-1B', band=band, **seed),
        outside_view(pairs, names, 'seed, default band', **seed),
        outside_view(pairs, names, 'seed, band 300M-1B, smoothed', band=band, smoothed=True, **seed),
        outside_view(pairs, names, 'seed, band 300M-1B, start years 1990-2009', band=band, first=1990, last=2009, **seed),
        # A common multiple, so that the counts are large: tripling in five years from about $100M.
        outside_view(pairs, names, 'triple from 100M in 5 years, default band', start=100_000_000,
                     target=300_000_000, years=5, keep=10),
    ]
    fixture = {
        'generatedBy': 'scripts/gen-outside-view-fixtures.py',
        'source': 'Correlates of War Dyadic Trade 4.0 and National Trade 4.0 (Barbieri & Keshk 2016)',
        'rows': sum(len(p) for p in pairs.values()),
        'pairs': len(pairs),
        'outsideView': cases,
        'scaleCheck': scale_check(),
        'pairTotals': {
            'AZE-IRN': pair_totals(pairs, (373, 630), range(1992, 2015)),
            'IRN-TUR': pair_totals(pairs, (630, 640), range(2005, 2015)),
        },
    }
    with open(OUT, 'w') as f:
        json.dump(fixture, f, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
