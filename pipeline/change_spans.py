"""The span of a change appended to the two levels it is measured between ("The price averaged US$836 a tonne in 2023
against US$1,190 in 2022, a fall of 29.7%" → 2022/2023), one of the times a number's sentence may give it
(pipeline/dating.py)."""

from __future__ import annotations

import re

from pipeline.context import clause_bounds
from pipeline.covered_period import WRITTEN_YEAR
from pipeline.grammar import Quantity
from pipeline.periods import TimeExpression

Period = tuple[str, str]  # (as pipeline/dating.py writes a period)

# "…, a fall of 29.7%", "…, an increase of about 25%": a change appended to the two levels it is measured between
APPENDED_CHANGE = re.compile(r",\s+(?:or\s+)?an?\s+(?:[a-z]+\s+)?(?:fall|rise|increase|decrease|decline|drop|gain|jump|contraction|"
                            r"reduction|growth)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$")
# (the second level right after its link: not "wheat … in 2022 and maize 3.2 million tonnes in 2023", two series)
LEVELS_COMPARED = re.compile(r"\s*,?\s*(?:against|compared\s+(?:with|to)|versus|vs\.?|from|to|(?:up|down)\s+from|than|and(?:\s+of)?)"
                             r"(?:\s+(?:about|some|around|roughly|nearly|almost|over|just|the|a))?\s*")
CHANGE_BASE_AFTER = re.compile(r"\s+(?:on|over|from|against|compared|year-on-year|y/y)\b")


def appended_change_span(
    sentence: str, q: Quantity, times: list[TimeExpression], others: list[Quantity]
) -> Period | None:
    """"The price averaged US$836 in 2023 against US$1,190 in 2022, a fall of 29.7%": a change appended to two
    levels of two years spans them (2022/2023); None when the number is no such change."""
    if not APPENDED_CHANGE.search(sentence, max(0, q.start - 50), q.start):
        return None
    start = clause_bounds(sentence, q)[0]
    # (a level, its year, the other level, its year: "US$836 a tonne in 2023 against US$1,190 in 2022")
    marks = sorted([(t.start, "t", t) for t in times if start <= t.start and t.end <= q.start]
                   + [(o.start, "q", None) for o in others if o is not q and start <= o.start and o.end <= q.start])
    if "".join(kind for _, kind, _ in marks) != "qtqt" or marks[1][2].period == marks[3][2].period \
            or not LEVELS_COMPARED.fullmatch(sentence, marks[1][2].end, marks[2][0]) or CHANGE_BASE_AFTER.match(sentence, q.end):
        return None  # (not two measures listed: "employed 5,000 people in 2023 and sold 2 million cars in 2024, a rise of 4%")
    levels = [o for o in others if o.start in (marks[0][0], marks[2][0])]
    if len({o.unit for o in levels}) > 1:
        return None
    first, second = marks[1][2].period, marks[3][2].period
    if not all(WRITTEN_YEAR.search(sentence, t.start, t.end) for t in (marks[1][2], marks[3][2])):
        # "… at the end of December 2024 from 5.3 million a year earlier, an increase of 9.4%": a change on a
        # base counted back is of the later time
        return max(first, second, key=lambda p: p[1])
    return min(first[0], second[0]), max(first[1], second[1])
