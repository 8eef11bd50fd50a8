"""Periods a document names and then refers to by name: "The period of investigation (POI) is 1 April
2023 to 31 March 2024" makes a later "in the POI" that span, as a plan's name stands for its years."""

from __future__ import annotations

import re

from pipeline.periods import TimeExpression, time_expressions

# "The period of investigation (POI) is …", "the reference period (RP) ran from …", "the injury period (IP) covers …"
# (from the word "period" on: only where a definition ends and its name are read, and a pattern that opens with a
# word is found at once, where one that opens with the words before it is tried at every word of the document)
DEFINITION = re.compile(r"period(?<!\wperiod)(?:\s+of\s+[a-z]+)?\s*\((?P<abbr>[A-Z]{2,5})\)\s*,?\s*"
                        r"(?:is|was|runs|ran|covers|covered|spans|spanned|extends|extended)?\s*(?:from\s+)?")
SPAN_KINDS = frozenset({"date_span", "day_year_span", "month_year_span", "month_span", "span", "fiscal_span", "month_to_day", "year_to_month"})
REACH = 60  # how far after the name its span may start ends


def find_named_periods(text: str) -> dict[str, tuple[str, str]]:
    """The periods the text defines under an abbreviation, by abbreviation ("POI" → ("2023-04-01", "2024-03-31"))."""
    if "period" not in text:
        return {}
    named: dict[str, tuple[str, str]] = {}
    for m in DEFINITION.finditer(text):
        if period := _span_at_start(text[m.end() : m.end() + REACH]):
            named.setdefault(m.group("abbr"), period)
    return named


DATES_JOINED = re.compile(r"\s*(?:to|until|through|[-–—])\s*")


def _span_at_start(text: str) -> tuple[str, str] | None:
    """The span a text opens with: one time expression of a span, or two dates joined ("1 April 2023 to 31
    March 2024"); else None."""
    times = time_expressions(text)
    if not times or times[0].start != 0:
        return None
    if times[0].kind in SPAN_KINDS:
        return times[0].periods[0]
    if len(times) > 1 and times[0].kind == times[1].kind == "date" and DATES_JOINED.fullmatch(text, times[0].end, times[1].start):
        return times[0].periods[0][0], times[1].periods[0][1]
    return None


def named_period_times(sentence: str, named: dict[str, tuple[str, str]]) -> list[TimeExpression]:
    """The named periods a sentence refers to by name ("in the POI"), as time expressions of their spans."""
    if not named:
        return []
    return [TimeExpression(m.start(), m.end(), (named[m.group()],), "named_period")
            for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, named)) + r")\b", sentence)]
