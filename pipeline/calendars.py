"""Years of calendars other than the Gregorian ("the 1403 budget" in an Iranian brief, "2081 BS" in a
Nepali one): read as dates, and converted to the Gregorian months they cover, when the document says
it counts in that calendar (lexicon/context.yaml: calendars)."""

from __future__ import annotations

import re
from dataclasses import dataclass
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

    def period(self, year: int) -> tuple[str, str]:
        start = year + self.offset
        if not self.mid_month:
            return str(start), str(start)
        return f"{start}-{self.start_month:02d}", f"{start + 1}-{self.start_month:02d}"


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


def document_calendar(text: str) -> Calendar | None:
    """The calendar other than the Gregorian a document says it counts years in, if any."""
    lowered = text.lower()
    return next((calendar for cues, calendar in _calendars() if any(cue in lowered for cue in cues)), None)


def calendar_years(sentence: str, calendar: Calendar) -> list[TimeExpression]:
    """The calendar's years in a sentence, as times with their Gregorian periods."""
    found = []
    for m in calendar.pattern.finditer(sentence):
        year = int(m.group("year"))
        if calendar.first <= year <= calendar.last:
            found.append(TimeExpression(m.start("year"), m.end("year"), (calendar.period(year),), "year"))
    return found


def with_calendar_years(found: Recognised, sentence: str, calendar: Calendar | None) -> Recognised:
    """What the recogniser found in a sentence, with the calendar's years taken as dates: out of the
    quantities (a bare "1403" is no count) and into the times."""
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
