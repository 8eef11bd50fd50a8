"""How a sentence refers to the period its document's title covers: "in the quarter" under a quarter's title,
"during the year" under a year's, a month named without its year, the day the period ends."""

from __future__ import annotations

import calendar
import re

from pipeline.lexicon import load_lexicon
from pipeline.period_values import _months
from pipeline.periods import TimeExpression, time_expressions
from pipeline.tense import speaks_of_future
from pipeline.yearless import yearless_times


COVERED_PREPOSITIONS = r"(?:in|during|for|over|through|throughout|across)\s+the"


def names_covered_period(sentence: str, covered: tuple[tuple[str, str], ...], carried: tuple[tuple[str, str], ...] = ()) -> bool:
    """Whether a sentence points at the period a report's title covers: "in the quarter" under a
    quarter's title, "during the year" under a year's ("for the quarter ending …" names its own time
    and is read as that). Not when the paragraph has just named another period of that length ("In
    the first quarter the Fund returned -1.4%. In the quarter, equities lost 3.0%"), nor of what is
    to come ("in the quarter ahead")."""
    if not covered or speaks_of_future(sentence):
        return False
    if carried and carried[0] != covered[0] and months_spanned(carried[0]) == months_spanned(covered[0]) \
            and not _compared_with(sentence, carried[0]):
        return False  # (but "over the year, 22.7% more than in 2023" after "In 2023 …": not 2023's year)
    lengths = _covered_nouns(covered)
    return bool(lengths) and re.search(rf"\b{COVERED_PREPOSITIONS}\s+(?:{lengths})\b(?!\s+(?:end(?:ed|ing)|to|of|before|after|earlier|ahead|next|to\s+come)\b|[-–]end)",
                                       sentence, re.IGNORECASE) is not None


# a time a figure is set against: "22.7% more than in 2023", "up 5% on 2023" (not "on 6 February 2024", a day's
# date; nor "over 2024", during it)
COMPARED_BEFORE = re.compile(r"\b(?:than|against|from)\s+(?:in\s+)?$")
ON_BEFORE = re.compile(r"\bon\s+$")
# a time counted back from the figure's: "4.6%, up from 1.1% a year earlier" (not "down from a peak of 9.6% in 2022",
# a year of its own, which "that year" may point at)
UP_FROM_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+[^,;()]{1,30}$")
WRITTEN_YEAR = re.compile(r"\b\d{4}\b")


def _compared_with(sentence: str, period: tuple[str, str]) -> bool:
    """Whether the sentence names the period only as what its figures are compared with."""
    return any(t.periods[:1] == (period,) and compared_with(sentence, t) for t in time_expressions(sentence))


def compared_with(sentence: str, time: TimeExpression) -> bool:
    """Whether a time is named as what a figure is compared with ("22.7% more than in 2023")."""
    before = max(0, time.start - 12)
    return COMPARED_BEFORE.search(sentence, before, time.start) is not None \
        or time.kind not in ("date", "numeric_date", "date_span", "day_year_span") and ON_BEFORE.search(sentence, before, time.start) is not None \
        or not WRITTEN_YEAR.search(sentence, time.start, time.end) \
        and UP_FROM_BEFORE.search(sentence, max(0, time.start - 40), time.start) is not None


def _covered_nouns(covered: tuple[tuple[str, str], ...]) -> str:
    """The nouns that can name the covered period, by its length ("quarter" for three months), as a
    regex alternation; "" when none can."""
    months = months_spanned(covered[0])
    references = load_lexicon("context")["covered_period_references"]
    return "|".join(re.escape(noun) for noun, length in references.items() if length in (0, months))


def months_spanned(period: tuple[str, str]) -> int:
    """How many months a partial-date period spans: 12 for "2024"/"2024", 3 for "2025-04"/"2025-06";
    0 when it is not whole months or years."""
    start, end = period
    if len(start) == len(end) == 4 and start.isdigit() and end.isdigit():
        return 12 * (int(end) - int(start) + 1)
    if len(start) == len(end) == 7:
        return (int(end[:4]) - int(start[:4])) * 12 + int(end[5:]) - int(start[5:]) + 1
    return 0


# "Fiscal year 1 October 2022 – 30 September 2023", "FY2025 is the district's fiscal year from 1 July 2024 to …"
FISCAL_YEAR_FROM_DAY = re.compile(r"\b(?:fiscal|financial|budget|accounting)\s+year\b[^\n.;]{0,40}?\b(?:1\s+(?P<m1>[A-Z][a-z]+)|"
                                  r"(?P<m2>[A-Z][a-z]+)\s+1,?)\s+(?P<y>\d{4})\b", re.IGNORECASE)


def in_fiscal_months(covered: tuple[tuple[str, str], ...], text: str) -> tuple[tuple[str, str], ...]:
    """A covered period that the document calls its fiscal year, written by its first and last days,
    as its months: the days say where the fiscal year begins and ends, not that each figure is of days
    (a tariff year's or a season's days stay)."""
    firsts = {f"{m['y']}-{month:02d}-01" for m in FISCAL_YEAR_FROM_DAY.finditer(text, 0, FISCAL_YEAR_REACH)
              if (month := _months().get((m["m1"] or m["m2"]).lower(), 0))}
    return tuple(_whole_months(period) if period[0] in firsts else period for period in covered)


FISCAL_YEAR_REACH = 3000  # (a report defines its year at its head)


def _whole_months(period: tuple[str, str]) -> tuple[str, str]:
    start, end = period
    if not (len(end) == 10 and start[:7] != end[:7]):
        return period
    year, month = int(end[:4]), int(end[5:7])
    return (start[:7], end[:7]) if int(end[8:]) == calendar.monthrange(year, month)[1] else period


def covered_last_day(covered: tuple[tuple[str, str], ...]) -> str:
    """The last day or month of the one period of a month or less a document's title covers ("PALM OIL WEEKLY |
    9-13 September 2024": 2024-09-13); "" for a longer one or none."""
    return covered[0][1] if len(covered) == 1 and len(covered[0][1]) >= 7 and months_spanned(covered[0]) <= 1 else ""


# months and days named without a year ("in August", "end-July"), which the last day of an undated weekly's
# or monthly's period dates (not "last week", "a year earlier", which count from a document's own date)
CALENDAR_YEARLESS = frozenset({"yearless_month", "yearless_day", "yearless_month_span"})


def dates_named_months(sentence: str, reference_day: str) -> str:
    """The day that dates a sentence's months named without a year when all its yearless times are such
    months or days (covered_last_day); "" otherwise."""
    yearless = yearless_times(sentence) if reference_day else []
    return reference_day if yearless and all(t.kind in CALENDAR_YEARLESS for t in yearless) else ""


def covered_end_day(sentence: str, covered: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """The last day of the period a report's title covers, when a sentence speaks of its end ("Net assets
    stood at NOK 412 billion at the end of the quarter", "at year-end"): a stock on that day; else ()."""
    if not covered or len(end := covered[0][1]) not in (4, 7) or not end[:4].isdigit() or speaks_of_future(sentence):
        return ()
    lengths = _covered_nouns(covered)
    if not lengths or not re.search(rf"\b(?:at|by)\s+(?:the\s+)?(?:end\s+of\s+the\s+(?:{lengths})|(?:{lengths})[-\s]end)\b",
                                    sentence, re.IGNORECASE):
        return ()
    year, month = int(end[:4]), int(end[5:]) if len(end) == 7 else 12
    day = f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    return ((day, day),)


# a history of times before 1800 names them so this often (a modern text's history section a few times at most)
