"""Periods a document names and then refers to by name: "The period of investigation (POI) is 1 April
2023 to 31 March 2024" makes a later "in the POI" that span, as a plan's name stands for its years."""

from __future__ import annotations

import calendar
import re

from pipeline.periods import TimeExpression, time_expressions

# "The period of investigation (POI) is …", "the reference period (RP) ran from …", "the injury period (IP) covers …"
# (from the word "period" on: only where a definition ends and its name are read, and a pattern that opens with a
# word is found at once, where one that opens with the words before it is tried at every word of the document)
DEFINITION = re.compile(r"period(?<!\wperiod)(?:\s+of\s+[a-z]+)?\s*\((?P<abbr>[A-Z]{2,5})\)\s*,?\s*"
                        r"(?:is|was|runs|ran|covers|covered|spans|spanned|extends|extended)?\s*(?:from\s+)?")
SPAN_KINDS = frozenset({"date_span", "day_year_span", "month_year_span", "month_span", "span", "fiscal_span", "month_to_day", "year_to_month"})
REACH = 60  # how far after the name its span may start ends


# "The fiscal year 2081/82 runs from 16 July 2024 to 16 July 2025, and 2082/83 from 17 July 2025 to 16 July 2026": years
# of another calendar, or a fiscal calendar of odd days, named by their label
LABELLED_YEAR = re.compile(r"year(?<!\wyear)s?\s+(?P<abbr>\d{4}/\d{2,4})\s+(?:runs?|ran|is|was|covers|covered|spans|spanned|extends|extended)\s+from\s+")
NEXT_LABELLED_YEAR = re.compile(r",?\s+(?:and\s+)?(?P<abbr>\d{4}/\d{2,4})\s+(?:runs?\s+|ran\s+)?from\s+")


# 'Note: "the season" and "2024/25" run from 1 July 2024 to 31 January 2025, "last season" and "2023/24" from 1 July 2023 to
# 31 January 2024': names in quotes the text defines as spans of days (read as written, to the day)
QUOTED = r"[\"“](?P<{0}>[^\"“”\n]{{2,24}})[\"”]"
QUOTED_LABELS = QUOTED.format("first") + r"(?:\s+and\s+" + QUOTED.format("second") + ")?"
# (not "mean": '"2023" and "the 2023 crop" mean … from 1 August 2023 to 31 July 2024' defines a crop year, fiscal_years.py's)
DEFINED_LABELS = re.compile(QUOTED_LABELS + r"\s+(?:runs?|ran|is|are|was|were|covers?)\s+(?:(?:(?:the|a|an)\s+[^.;,\"“\n]{0,60}?\s+)?from\s+)?")
NEXT_DEFINED_LABELS = re.compile(r",?\s+(?:and\s+)?" + QUOTED_LABELS + r"\s+(?:runs?\s+|ran\s+|(?:is|are)\s+)?from\s+")


def find_named_periods(text: str) -> dict[str, tuple[str, str]]:
    """The periods the text defines under an abbreviation or a year's label, by that name ("POI" → ("2023-04-01",
    "2024-03-31"), "2081/82" → ("2024-07-16", "2025-07-16"))."""
    named: dict[str, tuple[str, str]] = {}
    for m in DEFINITION.finditer(text) if "period" in text else ():
        if span := _span_and_end(text, m.end()):
            named.setdefault(m.group("abbr"), span[0])
    for m in DEFINED_LABELS.finditer(text) if "from" in text else ():
        # (to the day only: '"the year" is 2023/24' leaves the year to the fiscal year's reading)
        while m and (span := _span_and_end(text, m.end())) and len(span[0][0]) == len(span[0][1]) == len("2024-07-01"):
            for label in filter(None, (m.group("first"), m.group("second"))):
                days = span[0]
                named.setdefault(label, days)
                if the := re.match(r"[Tt]he (?=\w)", label):  # ("The season" opening the note: "the season", "this season")
                    for article in ("the ", "The ", "this ", "This "):
                        named.setdefault(article + label[the.end():], days)
            m = NEXT_DEFINED_LABELS.match(text, span[1])
    for m in LABELLED_YEAR.finditer(text) if "year" in text else ():
        while m and (span := _span_and_end(text, m.end())):
            named.setdefault(m.group("abbr"), _whole_months(span[0]))
            m = NEXT_LABELLED_YEAR.match(text, span[1])
    return named


def _whole_months(span: tuple[str, str]) -> tuple[str, str]:
    """A span of days from a month's first to a month's last as its months ("2024-04-01", "2025-03-31" → "2024-04", "2025-03")."""
    start, end = span
    if len(start) == len(end) == 10 and start.endswith("-01"):
        year, month = int(end[:4]), int(end[5:7])
        if int(end[8:]) == calendar.monthrange(year, month)[1]:
            return start[:7], end[:7]
    return span


def _span_and_end(text: str, at: int) -> tuple[tuple[str, str], int] | None:
    """The span the text opens with at `at` (one time expression of a span, or two dates joined: "1 April 2023 to 31
    March 2024"), and where it ends; else None."""
    times = time_expressions(text[at : at + REACH])
    if times and times[0].start == 0 and times[0].kind in SPAN_KINDS:
        return times[0].periods[0], at + times[0].end
    if len(times) > 1 and times[0].start == 0 and times[0].kind == times[1].kind == "date" \
            and DATES_JOINED.fullmatch(text, at + times[0].end, at + times[1].start):
        return (times[0].periods[0][0], times[1].periods[0][1]), at + times[1].end
    return None


DATES_JOINED = re.compile(r"\s*(?:to|until|through|[-–—])\s*")


def named_period_times(sentence: str, named: dict[str, tuple[str, str]]) -> list[TimeExpression]:
    """The named periods a sentence refers to by name ("in the POI"), as time expressions of their spans."""
    if not named:
        return []
    return [TimeExpression(m.start(), m.end(), (named[m.group()],), "named_period")
            for m in re.finditer(r"(?<![\w/])(?:" + "|".join(map(re.escape, named)) + r")(?![\w/])", sentence)]
