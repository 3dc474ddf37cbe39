#!/usr/bin/env python3
"""Independent reference for the ziggurat normals of src/uncertainty/rng.ts (fillStandardNormal), written in plain
Python from the published method, not from the TypeScript: xoshiro128** (Blackman and Vigna 2018, the reference C
file xoshiro128starstar.c) from a raw state, and the 256-layer ziggurat of Marsaglia and Tsang ("The Ziggurat Method
for Generating Random Variables", J. Stat. Software 5(8), 2000; R = 3.6541528853610088, V = 0.00492867323399, the
tail by Marsaglia 1964), with the draw layout tradepath documents: per attempt two 32-bit words hi, lo; layer = lo's
bits 0-7, sign = bit 8, position u = (hi * 2^21 + (lo >> 11)) / 2^53; a wedge takes one word for its height, the
tail two words per try. Writes test/fixtures/uncertainty/ziggurat.json.

Run: python3 scripts/gen-ziggurat-reference.py
"""
import json
import math
import os
import sys

# The same independent xoshiro128** as the generator's own reference (scripts/gen-rng-reference.py).
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from importlib import import_module

Xoshiro128ss = import_module("gen-rng-reference").Xoshiro128ss

M32 = 0xFFFFFFFF
R = 3.6541528853610088
V = 0.00492867323399


def f(x):
    return math.exp(-0.5 * x * x)


# x[i]: right edge of layer i; x[0] the base strip's width V / f(R); each layer's area is V.
X = [0.0] * 257
X[0] = V / f(R)
X[1] = R
for i in range(1, 255):
    X[i + 1] = math.sqrt(-2.0 * math.log(V / X[i] + f(X[i])))
X[256] = 0.0


def unit(word):
    return (word + 0.5) / 2**32


def normal(g):
    while True:
        hi, lo = g.next_uint32(), g.next_uint32()
        layer = lo & 255
        sign = -1.0 if lo & 256 else 1.0
        u = (hi * 2**21 + (lo >> 11)) / 2**53
        x = u * X[layer]
        if u < X[layer + 1] / X[layer]:
            return sign * x
        if layer == 0:
            while True:
                tx = -math.log(unit(g.next_uint32())) / R
                ty = -math.log(unit(g.next_uint32()))
                if 2 * ty > tx * tx:
                    return sign * (R + tx)
        height = f(X[layer]) + unit(g.next_uint32()) * (f(X[layer + 1]) - f(X[layer]))
        if height < f(x):
            return sign * x


cases = []
for state in ([1, 2, 3, 4], [0x9E3779B9, 0x7F4A7C15, 0xF39CC060, 0x5CEDC834]):
    g = Xoshiro128ss(state)
    values = [normal(g) for _ in range(2000)]
    cases.append({"state": state, "normals": values, "stateAfter": list(g.s)})

out = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "uncertainty", "ziggurat.json")
with open(out, "w") as fh:
    json.dump({"source": "scripts/gen-ziggurat-reference.py", "cases": cases}, fh)
    fh.write("\n")
print(out)
