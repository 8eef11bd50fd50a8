"""What a written number stands for: the interval of true values its written precision and its
qualifier allow, and interval arithmetic over such intervals.

A stated "83%" means 82.5–83.5 and "$2.3 billion" 2.25–2.35 billion: half a unit of the last written
digit. A fraction in words ("one-third") is exact; a multiple in words ("doubled") is read within
10 % unless qualified. Qualifiers widen the interval or make it
one-sided; the widths are in lexicon/checks.yaml. Relationships are then evaluated by propagating
intervals through the arithmetic, so the tolerance follows the text's own precision instead of a flat
percentage.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction
from typing import Any

from pipeline.grammar import GROUPING, SPACED_THOUSANDS
from pipeline.lexicon import load_lexicon

Interval = tuple[float, float]
NUMBER = re.compile(rf"{SPACED_THOUSANDS}(?:\.\d+)?|\d[\d,]*(?:\.\d+)?")
INF = math.inf


def _written(mention: str, value: float) -> tuple[str, float] | None:
    """The digits in the mention that spell `value`, and the scale applied to them ("2.3 billion" → 1e9)."""
    for token in NUMBER.findall(mention):
        written = float(GROUPING.sub("", token))
        if written == 0:
            if value == 0:
                return token, 1.0
            continue
        scale = abs(value) / written
        power = round(math.log10(scale)) if scale > 0 else 0
        if power >= -2 and math.isclose(scale, 10.0**power, rel_tol=1e-9):
            return token, 10.0**power
    return None


def half_unit(mention: str, value: float, loose: bool = False) -> float | None:
    """Half a unit of the last written digit, in the value's units: "83%" → 0.5, "$2.3 billion" →
    0.05e9, "1.97" → 0.005. With `loose`, trailing zeros of a whole number are not significant
    ("approximately 400" → 50). None for a number written in words: it is exact."""
    found = _written(mention, value)
    if found is None:
        return None
    token, scale = found
    digits = GROUPING.sub("", token)
    if "." in digits:
        step = 10.0 ** -len(digits.split(".")[1])
    elif loose and digits.strip("0"):
        step = 10.0 ** (len(digits) - len(digits.rstrip("0")))
    else:
        step = 1.0
    return 0.5 * step * scale


def exact_word_value(value: float) -> float:
    """A fraction written in words is exact: 0.3333 recorded for "one-third" is 1/3."""
    fraction = Fraction(value).limit_denominator(20)
    return float(fraction) if abs(float(fraction) - value) < 1e-3 else value


def interval(o: dict[str, Any], one_sided: bool = True) -> Interval:
    """The true values a stated observation allows. `one_sided=False` reads "more than"/"less than"
    as approximately: two quantities joined as restatements of each other ("less than 4 million
    barrels (640,000 cubic metres)") share one bound, so the bound is compared, not the open side."""
    widths = load_lexicon("checks")["qualifiers"]
    value = float(o["value"])
    high = float(o["value_high"]) if o.get("value_high") not in (None, "") else value
    half = half_unit(o["mention"], value)
    if half is None:
        value, high, half = exact_word_value(value), exact_word_value(high), 0.0
        if o.get("extraction_rule") == "multiple" and o.get("qualifier", "exact") == "exact":
            # "doubled", "tripled" are round words for a change, not a measured factor
            half = widths["word_multiple_relative"] * abs(value)
    half_high = half_unit(o["mention"], high) if high != value else half
    half_high = half if half_high is None else half_high
    qualifier = o.get("qualifier", "exact")
    if not one_sided and qualifier in ("more_than", "less_than", "at_least", "at_most"):
        qualifier = "approximately"
    magnitude, sign = abs(value), (-1.0 if value < 0 else 1.0)
    if qualifier == "approximately":
        loose = half_unit(o["mention"], value, loose=True) or 0.0
        width = max(half, loose, widths["approximately_relative"] * magnitude)
        low, up = magnitude - width, magnitude + width
    elif qualifier == "nearly":
        low, up = magnitude * (1 - widths["nearly_relative"]), magnitude + half
    elif qualifier in ("more_than", "at_least"):
        low, up = magnitude - half, INF
    elif qualifier in ("less_than", "at_most"):
        low, up = 0.0, magnitude + half
    elif high != value:
        return (value - half, high + half_high)
    else:
        low, up = magnitude - half, magnitude + half
    return (low, up) if sign > 0 else (-up, -low)


def add(a: Interval, b: Interval) -> Interval:
    return (a[0] + b[0], a[1] + b[1])


def scale(a: Interval, factor: float) -> Interval:
    ends = (a[0] * factor, a[1] * factor)
    return (min(ends), max(ends))


def mul(a: Interval, b: Interval) -> Interval:
    ends = [x * y for x in a for y in b if not (math.isinf(x) and y == 0 or math.isinf(y) and x == 0)]
    return (min(ends), max(ends))


def div(a: Interval, b: Interval) -> Interval | None:
    """a / b, or None when b may be zero (no ratio can be asserted)."""
    if b[0] <= 0 <= b[1]:
        return None
    return mul(a, (1 / b[1], 1 / b[0]) if not math.isinf(b[1]) else (0.0, 1 / b[0]))


def power(a: Interval, n: int) -> Interval:
    """a ** n for a positive base (growth factors)."""
    return (max(a[0], 0.0) ** n, a[1] ** n)


def overlap(a: Interval, b: Interval) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def fmt(a: Interval, digits: int = 4) -> str:
    def one(x: float) -> str:
        return "inf" if math.isinf(x) else f"{x:.{digits}g}"

    return f"[{one(a[0])}, {one(a[1])}]"


def precision_note(o: dict[str, Any]) -> str:
    """How an operand was read, for the tolerance column: '"$2.3 billion" → [2.25e+09, 2.35e+09]'."""
    return f"\"{o['mention']}\" ({o.get('qualifier', 'exact')}) → {fmt(interval(o))}"
