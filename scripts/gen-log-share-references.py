#!/usr/bin/python3
"""Reference values for the order-free attribution tests (issue #13): log shares worked out with Python's decimal
module at 50 significant digits, independently of the library. Writes test/fixtures/scenario/log-shares.json.

Run: /usr/bin/python3 scripts/gen-log-share-references.py   (standard library only)

Definition (DESIGN.md, "Accounts and trade-economics drivers"): within a year, driver k's share of the change
delta is delta * ln f_k / sum_j ln f_j, with f_j a level driver's step, a cap's capped / candidate, and
(1 + R)^(r_j / R) for a rate r_j when the rates add up to R (ln f_j = r_j when R = 0); in real terms the price
index's step P(y-1)/P(y) is one more factor.
"""
import json
import os
from decimal import Decimal as D, getcontext

getcontext().prec = 50
ln = lambda x: D(x).ln()


def shares(delta, terms):
    total = sum(terms.values(), D(0))
    return {k: delta * t / total for k, t in terms.items()}


ref = {}
# Growth 50 % with a hard cap at 200: 150 -> 225 -> 200 in 2026.
ref['hardCap2026'] = shares(D(50), {'g': ln('1.5'), 'c': ln(D(200) / D(225))})
# Growth 10 %, shock -10 % in 2025, cap 105: 100 -> 99 in 2025; 99 -> 108.9 -> 105 in 2026.
ref['mix2025'] = shares(D(-1), {'g': ln('1.1'), 'x': ln('0.9')})
ref['mix2026'] = shares(D(6), {'g': ln('1.1'), 'c': ln(D(105) / D('108.9'))})
# +10 % growth and a x1.21 level in one year: 100 -> 133.1.
ref['rateAndLevel'] = shares(D('33.1'), {'g': ln('1.1'), 'lvl': ln('1.21')})
# Growth 10 % and a -20 % shock in 2026: 110 -> 96.8.
ref['shockInGrowthYear'] = shares(D('-13.2'), {'g': ln('1.1'), 's': ln('0.8')})
# +5 % and -5 % (R = 0, ln f_j = r_j) with a x0.9 level: 100 -> 90.
ref['ratesCancel'] = shares(D(-10), {'up': D('0.05'), 'down': D('-0.05'), 's': ln('0.9')})
# Real terms: growth 10 %, inflation 5 %: 100 -> 110 / 1.05 in 2025.
delta = D(110) / D('1.05') - 100
ref['real2025'] = shares(delta, {'g': ln('1.1'), 'price': -ln('1.05')})
# Components 1 and 2 grow 10 % to 1.1 + 2.2 = 3.3; the total is capped at 3.1 pro rata, the last taking the rest.
exports = D('1.1') * D('3.1') / D('3.3')
imports = D('3.1') - exports
ref['totalCapExports'] = shares(exports - 1, {'g': ln('1.1'), 'cap': ln(exports / D('1.1'))})
ref['totalCapImports'] = shares(imports - 2, {'g': ln('1.1'), 'cap': ln(imports / D('2.2'))})

out = {case: {k: str(+v.quantize(D(1).scaleb(v.adjusted() - 29))) for k, v in values.items()} for case, values in ref.items()}
path = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'scenario', 'log-shares.json')
os.makedirs(os.path.dirname(path), exist_ok=True)
with open(path, 'w') as f:
    json.dump({'source': 'scripts/gen-log-share-references.py (Python decimal, 50 digits; 30 significant digits kept)', **out}, f, indent=2)
    f.write('\n')
print(json.dumps(out, indent=2))
