"""Arithmetic over time and people: an average annual rate against the cumulative change the text
says it implies, and per capita × population against the stated total."""

from __future__ import annotations

import re
from typing import Any

from pipeline import tolerance as tl
from pipeline.arithmetic import Obs, after, before, between, cues, has_cue, is_level, row


def _year(period: str) -> int | None:
    return int(period[:4]) if period[:4].isdigit() else None


def _annual(o: Obs) -> bool:
    return has_cue(before(o, 50) + " " + after(o, 12), "annual_cues")


def _base_year(total: Obs) -> int | None:
    """The year a cumulative change is measured against, written right after it ("to 120% of the
    1977 level", "by 40% over 2010"): a base year is never the number's own period."""
    words = "|".join(re.escape(w) for w in cues("base_year_words"))
    found = re.match(rf"\s*(?:{words})\s+(?:the\s+|its\s+)?(\d{{4}})\b", after(total, 40).lower())
    return int(found.group(1)) if found else None


def _steps(total: Obs, start: int, end: int) -> int:
    """Years of growth in a span: "between 2010 and 2015", "from 2010 to 2015", "since 2010" name two
    points in time, five years apart; a span of calendar years ("the plan (1978–1984)") grows in each
    of its years, seven."""
    words = "|".join(re.escape(w) for w in cues("span_point_words"))
    points = re.search(rf"\b(?:{words})\s+{start}\b", total["sentence"].lower())
    return end - start if points else end - start + 1


def _years(rate: Obs, total: Obs) -> int | None:
    """Years of compounding: from a stated base year to the change's year; over a span, its steps
    (`_steps`); between two dated points, their distance ("in 1984 … of 1977": 7)."""
    start, end = _year(total["period_start"]), _year(total["period_end"])
    base = _base_year(total)
    if base is not None and end is not None and end > base:
        return end - base
    if start is not None and end is not None and end > start:
        return _steps(total, start, end)
    years = [_year(p) for o in (rate, total) for p in (o["period_start"], o["period_end"])]
    if None in years or max(years) == min(years):
        return None
    return max(years) - min(years)


def _cumulative_factor(c: Obs) -> tl.Interval | None:
    stated = tl.interval(c)
    if c["unit"] == "times":
        return stated
    if c["unit"] != "percent":
        return None
    if has_cue(before(c, 8), "cumulative_to_words"):
        return (stated[0] / 100, stated[1] / 100)  # "to 120% of" the base
    if has_cue(before(c, 8), "cumulative_by_words"):
        return (1 + stated[0] / 100, 1 + stated[1] / 100)  # "by 78%"
    return None


def compound_growth(group: list[Obs]) -> list[dict[str, Any]]:
    """An average annual rate and a cumulative change the words tie to it ("to 120% of the 1977
    level, implying an average annual growth rate of 12.2%"): (1 + g)^n against the cumulative factor."""
    rates = [o for o in group if o["unit"] == "percent" and _annual(o)]
    totals = [o for o in group if o not in rates and o["unit"] in ("percent", "times")]
    if len(rates) != 1 or len(totals) != 1:
        return []
    g, c = rates[0], totals[0]
    first, second = (c, g) if int(c["char_start"]) < int(g["char_start"]) else (g, c)
    factor, years = _cumulative_factor(c), _years(g, c)
    if factor is None or years is None or not has_cue(between(first, second), "compound_link_cues"):
        return []
    rate = tl.interval(g)
    actual = tl.power((1 + rate[0] / 100, 1 + rate[1] / 100), years)
    ok = tl.overlap(actual, factor)
    message = (f"{g['mention']} a year over {years} years compounds to ×{tl.fmt(actual)}, "
               f"{'consistent with' if ok else 'but the text states'} {c['mention']} (×{tl.fmt(factor)}).")
    return [row("compound_growth", [g, c], ok, f"factor in {tl.fmt(factor)}", tl.fmt(actual), message)]


def per_capita_totals(document: list[Obs]) -> list[dict[str, Any]]:
    """A per-capita figure × the population stated for the same subject and year = the total stated
    for them, when each of the three is stated exactly once."""
    totals_of = cues("per_capita")
    populations = set(cues("population_indicators"))

    def same(o: Obs, ref: Obs) -> bool:
        return (o["subject"] == ref["subject"] and o["period_start"] == ref["period_start"]
                and o["period_end"] == ref["period_end"] and is_level(o))

    rows = []
    for pc in document:
        if pc["indicator"] not in totals_of or not pc["period_start"]:
            continue
        totals = [o for o in document if o["indicator"] == totals_of[pc["indicator"]] and o["unit"] == pc["unit"] and same(o, pc)]
        people = [o for o in document if o["indicator"] in populations and same(o, pc)]
        if len(totals) != 1 or len(people) != 1:
            continue
        (total,), (population,) = totals, people
        implied = tl.mul(tl.interval(pc), tl.interval(population))
        stated = tl.interval(total)
        ok = tl.overlap(implied, stated)
        message = (f"{pc['mention']} per person × {population['mention']} people is {tl.fmt(implied)}, "
                   f"{'consistent with' if ok else 'not'} the stated total {total['mention']}.")
        rows.append(row("per_capita", [pc, population, total], ok, f"total in {tl.fmt(stated)}", tl.fmt(implied), message))
    return rows
