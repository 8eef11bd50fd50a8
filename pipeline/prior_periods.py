"""The base of a change that names no time of its own is the level of the year before: "sales rose by 6.4% to €1,196.3
million in 2024, from €1,124.6 million" dates the €1,124.6 million 2023; in a fiscal year's report, "against" the
level of the fiscal year before."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.records import Observation

# what leads a base level after the level it is compared with: "… from", "…, against", "… compared with"
BASE_LEAD = re.compile(r"\b(?:from|against|compared\s+(?:with|to))\s+(?:(?:about|some|around|roughly|nearly|almost|just)\s+)?$")
# a time or a qualifier of the base's own after it ("from 9.02 million in 2015", "against 18 in spring 2023", "against 4.1% a
# year earlier", "against 2.4% in the Fund's estimate"): the base is dated, or is no earlier level
OWN_WORDS_AFTER = re.compile(r"\s*(?:,\s*)?(?:\(|in\b|at\b|during\b|by\b|for\b|of\b|on\b|a\s+year\b|the\s+year\b|last\b|previous\b|"
                             r"prior\b|same\b|before\b|earlier\b|(?:1[89]|20)\d\d)")
# a change between the two levels: "rose to Y from X", "Y, up 6.4% from X", "an increase of 3% on X"
CHANGE_BETWEEN = re.compile(r"\b(?:up|down|rose|fell|grew|declined|increased|decreased|higher|lower|more|less)\b|%|per\s?cent", re.IGNORECASE)
REVISED = re.compile(r"\b(?:revised|revision|corrected|restated)\b", re.IGNORECASE)
TO_BEFORE = re.compile(r"\bto\s+(?:(?:about|some|around|roughly|nearly|almost)\s+)?$")
YEAR = re.compile(r"(?:1[89]|20)\d\d")
REACH = 120  # characters from the compared level to the base


def _year_before(date: str) -> str:
    return f"{int(date[:4]) - 1:04d}{date[4:]}" if date[:4].isdigit() else date


def _a_year(start: str, end: str) -> bool:
    """A calendar year, or a fiscal year of twelve months across two (not a quarter, a month or a day, whose base may be
    the period just before)."""
    if len(start) == len(end) == 4:
        return start == end and start.isdigit()
    return len(start) == len(end) == 7 and start[:4].isdigit() and end[:4].isdigit() \
        and (int(end[:4]) - int(start[:4])) * 12 + int(end[5:7]) - int(start[5:7]) == 11


def prior_period_bases(observations: list[Observation], text: str) -> list[Observation]:
    """Each base level (see the module's doc) dated the period before its compared level's, where the base has the
    compared level's period and no time of its own, and no other time stands between the two."""
    result = list(observations)
    for i, base in enumerate(result):
        lead = BASE_LEAD.search(text, max(0, base.char_start - 30), base.char_start)
        if not lead or OWN_WORDS_AFTER.match(text, base.char_end) or not _a_year(base.period_start, base.period_end):
            continue
        compared = next((o for o in reversed(result[:i]) if o.char_end <= base.char_start and base.char_start - o.char_end <= REACH
                         and o.sentence == base.sentence and o.unit == base.unit and o.value != base.value), None)
        if compared is None or (compared.period_start, compared.period_end) != (base.period_start, base.period_end) \
                or YEAR.search(text, compared.char_end, base.char_start):
            continue
        if lead.group().startswith("from") and not (TO_BEFORE.search(text, max(0, compared.char_start - 20), compared.char_start)
                                                     or CHANGE_BETWEEN.search(text, compared.char_end, lead.start())):
            continue  # ("186 of our customers, from 24 countries": no change, no base)
        if REVISED.search(text, max(0, compared.char_start - 40), base.char_start):
            continue  # ("inflows for 2024 were revised to X from Y": the same year's earlier estimate)
        result[i] = replace(base, period_start=_year_before(base.period_start), period_end=_year_before(base.period_end))
    return result
