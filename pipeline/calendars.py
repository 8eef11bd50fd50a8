"""Years of calendars other than the Gregorian ("the 1403 budget" in an Iranian brief, "2081 BS" in a
Nepali one): read as dates, and converted to the Gregorian months they cover, when the document says
it counts in that calendar (lexicon/context.yaml: calendars)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from pipeline.grammar import NotFact, Recognised
from pipeline.lexicon import load_lexicon
from pipeline.periods import TimeExpression


@dataclass(frozen=True)
class Calendar:
    name: str
    pattern: re.Pattern[str]  # a year of the calendar, with its marker when it needs one
    first: int
    last: int
    offset: int
    start_month: int
    mid_month: bool
    # the latest Gregorian year the document pairs with one of the calendar's ("FY2080/81 (2023/24)"):
    # its split years are then read in the calendar, without the marker, when nearer to its years
    paired: int = 0
    # the month the document's fiscal years start in, for a year of the calendar written as a fiscal
    # year ("2016 EFY", "fiscal year 2016 E.C."): from July, not from the calendar's new year
    fiscal_start: int = 1

    def reads_split_year(self, year: int) -> bool:
        """"FY2080/81" in a document that pairs 2080/81 with 2023/24: the calendar's, not the far future;
        "FY2028/29" or "FY2000/01" there: Gregorian, nearer to the years the document writes."""
        return bool(self.paired) and abs(year + self.offset - self.paired) < abs(year - self.paired)

    def period(self, year: int, fiscal: bool = False) -> tuple[str, str]:
        start = year + self.offset
        month = self.fiscal_start if fiscal and self.fiscal_start != 1 else self.start_month
        if not self.mid_month and not (fiscal and self.fiscal_start != 1):
            return str(start), str(start)
        return f"{start}-{month:02d}", f"{start + 1}-{month:02d}"


@lru_cache(maxsize=1)
def _calendars() -> tuple[tuple[tuple[str, ...], Calendar], ...]:
    result = []
    for entry in load_lexicon("context").get("calendars", []):
        marker = entry.get("marker")
        # a year not inside a longer number ("1,403", "1403.5") nor before a percent sign
        year = r"(?<![\d.,])(?P<year>\d{4})(?![\d%]|[.,]\d)"
        pattern = re.compile(year + rf"\s*{marker}(?!\w)" if marker else year)
        calendar = Calendar(entry["name"], pattern, entry["first"], entry["last"], entry["offset"], entry["start_month"],
                            bool(entry.get("mid_month")))
        result.append((tuple(entry["cues"]), calendar))
    return tuple(result)


# ("fiscal year 2082/83 (17 July 2025 - 16 July 2026)": the Gregorian days of a year of the calendar; what stands
# before the year is tested after its first digit, so that the regex engine skips to digits at once)
PAIRED_YEARS = re.compile(r"(?P<own>\d(?<![\d.,].)\d{3})(?:/\d{2,4})?\s*\(\s*(?:\d{1,2}\s+[A-Z][a-z]+\s+)?(?P<gregorian>\d{4})(?:/\d{2,4})?"
                          r"(?:\s*[-–]\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\s*\)")


def document_calendar(text: str, fiscal_start: int = 1) -> Calendar | None:
    """The calendar other than the Gregorian a document says it counts years in, if any, with the
    latest Gregorian year the document gives as the equivalent of one of its years, and the month
    its fiscal years start in."""
    lowered = text.lower()
    calendar = next((calendar for cues, calendar in _calendars() if any(cue in lowered for cue in cues)), None) \
        or _paired_calendar(text)
    if calendar is None:
        return None
    paired = [int(m["gregorian"]) for m in PAIRED_YEARS.finditer(text) if _pairs_in(m, calendar)]
    return replace(calendar, paired=max(paired) if paired else 0, fiscal_start=fiscal_start)


def _pairs_in(pair: re.Match[str], calendar: Calendar) -> bool:
    """Whether "2081/82 (2024/25)" pairs a year of the calendar with its Gregorian one (a year that starts
    within a Gregorian one is one or the other of two)."""
    return int(pair["gregorian"]) - int(pair["own"]) in (calendar.offset, calendar.offset + 1)


def _paired_calendar(text: str) -> Calendar | None:
    """The calendar whose years a document pairs with Gregorian ones without naming it ("Fiscal Year 2081/82
    (2024/25)"): the one its pairs are apart by, among those whose years Gregorian ones could not be
    mistaken for (or that are written as split years, as fiscal years are)."""
    if "(" not in text:
        return None
    return next((calendar for m in PAIRED_YEARS.finditer(text) if "/" in m.group() for _, calendar in _calendars()
                 if calendar.first <= int(m["own"]) <= calendar.last and _pairs_in(m, calendar)), None)


def calendar_years(sentence: str, calendar: Calendar) -> list[TimeExpression]:
    """The calendar's years in a sentence, as times with their Gregorian periods."""
    found = []
    for m in calendar.pattern.finditer(sentence):
        year = int(m.group("year"))
        if calendar.first <= year <= calendar.last:
            fiscal = "FY" in m.group() or FISCAL_BEFORE.search(sentence, max(0, m.start() - 16), m.start()) is not None
            found.append(TimeExpression(m.start("year"), m.end("year"), (calendar.period(year, fiscal),), "year"))
    return found


FISCAL_BEFORE = re.compile(r"\b(?:fiscal|financial|budget)\s+year\s+$|\bFY\s?$", re.IGNORECASE)
SPLIT_KINDS = ("fiscal_span", "span", "split_years")


def _in_calendar(t: TimeExpression, calendar: Calendar) -> TimeExpression:
    """A split year of the calendar ("FY2080/81") as the Gregorian years it covers."""
    # (its fiscal months too, "2082-07/2083-07": the year moves, the month stays)
    dated = [(YEAR_AND_MONTH.fullmatch(a), YEAR_AND_MONTH.fullmatch(b)) for a, b in t.periods]
    years = [(int(a["y"]), int(b["y"])) for a, b in dated if a and b]
    if t.kind not in SPLIT_KINDS or len(years) != len(t.periods) or not all(
            (b == a + 1 or t.kind == "split_years") and calendar.reads_split_year(a) for a, b in years):
        return t
    return replace(t, periods=tuple((f"{int(a['y']) + calendar.offset}{a['m'] or ''}", f"{int(b['y']) + calendar.offset}{b['m'] or ''}") for a, b in dated))


YEAR_AND_MONTH = re.compile(r"(?P<y>\d{4})(?P<m>-\d\d)?")


def gregorian_period(start: str, end: str, calendar: Calendar | None) -> tuple[str, str]:
    """A table's period read from a split year of the calendar ("Table 1 …, FY2081/82": 2081-07/2082-07)
    as the Gregorian one it is, as the text's own split years are read."""
    first, last = YEAR_AND_MONTH.fullmatch(start), YEAR_AND_MONTH.fullmatch(end)
    if not (calendar and calendar.paired and first and last and int(last["y"]) == int(first["y"]) + 1
            and calendar.reads_split_year(int(first["y"]))):
        return start, end
    return f"{int(first['y']) + calendar.offset}{first['m'] or ''}", f"{int(last['y']) + calendar.offset}{last['m'] or ''}"


def with_calendar_years(found: Recognised, sentence: str, calendar: Calendar | None) -> Recognised:
    """What the recogniser found in a sentence, with the calendar's years taken as dates: out of the
    quantities (a bare "1403" is no count) and into the times."""
    if calendar and calendar.paired:
        found = replace(found, times=[_in_calendar(t, calendar) for t in found.times])
    years = calendar_years(sentence, calendar) if calendar else []
    if not years:
        return found

    def free(item) -> bool:
        return not any(item.start < t.end and t.start < item.end for t in years)

    return Recognised(
        quantities=[q for q in found.quantities if free(q)],
        not_facts=[n for n in found.not_facts if free(n)] + [NotFact(t.start, t.end, "date") for t in years],
        times=sorted([t for t in found.times if free(t)] + years, key=lambda t: t.start),
    )
