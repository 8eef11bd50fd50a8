"""The times a table gives its figures apart from its headings: the one its caption names ("… by main market,
2024 (thousands; …)"), and the base a change column compares its own period with ("2021/22  2022/23  Change")."""

from __future__ import annotations

import re

from pipeline.periods import time_expressions
from pipeline.yearless import yearless_times


def caption_period(caption: str, header: list[str]) -> tuple[str, str] | None:
    """The one time a table's caption names before its units' bracket ("… by main market, 2024 (thousands; …)",
    "… by county, 31 December 2024 (hives)", "Distribution of the 2024 net profit (…)"), which each figure is of when
    no column heading names a time; else None
    (not a base or a start: "… since 2010", "… at 2015 prices", "Firms founded in 1990")."""
    title = caption.split("(", 1)[0]
    times = time_expressions(title) if title.strip() else []
    if len(times) != 1 or times[0].kind not in CAPTION_TIMES or NOT_OF_FIGURES_BEFORE.search(title, 0, times[0].start) \
            or PRICES_AFTER.match(title, times[0].end) or any(time_expressions(heading) or yearless_times(heading) for heading in header[1:]):
        return None
    return times[0].periods[0]


NOT_OF_FIGURES_BEFORE = re.compile(r"(?:\b(?:since|from|after|before|until|at|base|(?:founded|established|created|opened|built|registered)\s+in)|=)\s*$",
                                   re.IGNORECASE)
PRICES_AFTER = re.compile(r"\s*(?:prices|constant|base)\b", re.IGNORECASE)


CAPTION_TIMES = frozenset({"year", "quarter", "month", "half", "date", "year_end"})  # (a day: the one levels stand at)


def change_column_span(header: list[str], column: int) -> tuple[str, str] | None:
    """The span of a change column right after the columns of two years in a row ("| 2023 | 2024 | Change |": the
    change from 2023 to 2024), as text_table_layout.change_span reads it in a plain-text table; else None."""
    if column < 2 or column >= len(header) or not CHANGE_HEADING.fullmatch(header[column].strip()):
        return None
    years = sorted(heading.strip() for heading in header[column - 2 : column])
    if all(PLAIN_YEAR.fullmatch(year) for year in years) and int(years[1]) - int(years[0]) == 1:
        return years[0], years[1]
    return None


CHANGE_HEADING = re.compile(r"(?:%\s*)?change(?:\s*\(%\)|,?\s*%)?|y-o-y|y/y", re.IGNORECASE)
PLAIN_YEAR = re.compile(r"(?:19|20)\d\d")


def previous_period(compared: str, start: str) -> str:
    """The start of the period a change is compared with, when it is the one right before the change's own
    (a year before a year, a fiscal year before the next: "2022" before "2023"); else "" (a month a year
    before: a year-on-year change of the month, its own month)."""
    times = time_expressions(compared)
    if len(times) != 1 or not times[0].periods or not start[:4].isdigit():
        return ""
    base_start, base_end = times[0].periods[0]
    if len(base_end) == 4 and len(start) == 4:
        return base_start if int(base_end) + 1 == int(start) else ""
    if len(base_start) == len(base_end) == 4 and len(start) == 7 and int(base_start) + 1 == int(base_end) == int(start[:4]):
        return f"{int(base_start):04d}{start[4:]}"  # "2021/22" before the fiscal year from 2022-04: from 2021-04
    if len(base_end) == 7 and len(start) == 7 and len(base_start) == 7 and base_start != base_end:  # (fiscal years, month to month)
        year, month = int(base_end[:4]), int(base_end[5:])
        following = f"{year + month // 12:04d}-{month % 12 + 1:02d}"
        return base_start if following == start else ""
    return ""
