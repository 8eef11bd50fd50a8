"""A number hyphen-joined to its unit or its length: "an 800-acre farm", "a 200-basis-point increase", "a
25-year agreement"; and when such a length names a kind of thing or dates others instead ("the Seven-Year Plan",
"over a four-year period", "benchmark 10-year bonds")."""

from __future__ import annotations

import re

from pipeline.grammar import NotFact, _Grammar


HYPHEN_UNIT = re.compile(r"-(?:(?P<scale>thousand|million|billion)-)?(?P<word>[A-Za-z]+(?:-[A-Za-z]+)?)\b(?!-)")


def hyphen_unit(text: str, end: int, g: _Grammar) -> tuple[str, int, str] | None:
    """(unit, length of "-acre", scale word) when the number is the first half of a unit adjective
    ("800-acre", "an 18-million-tonne plant", "a 200-basis-point increase")."""
    m = HYPHEN_UNIT.match(text[end : end + 32])
    if not m:
        return None
    units, word = g.lexicon["hyphen_units"], m.group("word")
    unit = units.get(word) or units.get(word.lower())
    scale = (m.group("scale") or "").lower()
    if unit is None or (scale and scale not in g.scales):
        return None
    following = re.findall(r"[a-z]+", text[end + m.end() : end + m.end() + 30].lower())[:2]
    if unit == "percentage_points" and set(following) & set(g.lexicon["plan_nouns"]):
        return None  # "a five-point programme": a kind of plan, not a measure
    return unit, m.end(), scale


HYPHEN_DURATION = re.compile(r"-(?P<unit>[a-z]+)\b(?!-)(?P<next>(?:\s+[\w’'-]+){0,3})")
SPAN_LEAD = re.compile(r"\b(?:over|during|within|throughout|across|in)\s+(?:a|an|the|that|this)\s+$", re.IGNORECASE)


BENCHMARK_BEFORE = re.compile(r"\bbenchmark\s+$", re.IGNORECASE)


def hyphen_duration(text: str, start: int, end: int, num: str, g: _Grammar) -> tuple[str, int] | NotFact | None:
    """'a two-month guidance period', 'a 25-year agreement', 'the nine-month Stand-By Arrangement':
    how long a real thing lasts is a duration. 'the Seven-Year Plan' (a capitalised name), 'a
    seven-year economic plan' (a kind of plan), 'a 28-year high' (a record's reach) and 'over a
    four-year period' (when other facts happened) are not."""
    m = HYPHEN_DURATION.match(text, end)
    unit = g.lexicon["hyphen_durations"].get(m.group("unit")) if m else None
    if unit is None:
        return None
    following = m.group("next").lower().split()
    if num[0].isupper() or set(following) & set(g.lexicon["plan_nouns"]):
        return NotFact(start, end, "name")  # "a seven-year economic plan" names a kind of plan
    if following[:1] and following[0] in g.lexicon["record_nouns"] or SPAN_LEAD.search(text[max(0, start - 20) : start]):
        return NotFact(start, end, "date")
    if set(following) & set(g.lexicon["series_nouns"]) or BENCHMARK_BEFORE.search(text, max(0, start - 12), start):
        return NotFact(start, end, "name")  # "the five-year yield", "benchmark 10-year bonds": a tenor naming a market series
    return unit, m.end("unit") - end
