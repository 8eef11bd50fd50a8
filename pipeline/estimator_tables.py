"""Tables of scholars' estimates: a row for each estimator, the year each published, and the estimates.

    Estimates of the population of the Inca Empire or its core, c. 1520–1532 (millions)
    Estimator               Published   Territory            Estimate
    John Rowe               1946        Empire               6.0

Each figure is the row's estimator's (its source, as the text names the person), for the time the row's own
column of times gives ("Refers to  c. 1150"), the time its column's heading is ("AD 14"), or else the time the
caption names; never the year of publication. A column headed "Low" or "High" holds the ends of the
estimator's range: at least and at most. The words of the heading and the lexicon (context.yaml
estimator_tables) say which table is one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicon import load_lexicon
from pipeline.period_values import century_years
from pipeline.periods import time_expressions
from pipeline.pipe_tables import Cell, accounting_negative
from pipeline.references import longer_name
from pipeline.table_units import caption_line, caption_unit
from pipeline.text_table_layout import CAPTION_TOPIC, FIGURE

# a cell of a row: words or figures with single spaces between them
ROW_CELL = re.compile(r"\S+(?:[ \t]\S+)*")
# a cell holding an estimate: a figure or a range of two, perhaps approximate ("c. 95,000", "30.0–37.5", "4,400–6,700")
ESTIMATE = re.compile(rf"(?:c\.[ \t]?|ca\.[ \t]?|~)?{FIGURE}(?:[ \t]?[–-][ \t]?{FIGURE})?")
TABLE_END = re.compile(r"[ \t]*(?:Sources?|Notes?)\b")
DERIVED_COLUMN = re.compile(r"\b(?:[Pp]er(?![ \t]?cent)|[Dd]ensity)\b")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    lex = load_lexicon("context")["estimator_tables"]
    return {key: frozenset(word.lower() for word in words) for key, words in lex.items()}


def _columns(line: str) -> list[tuple[str, int, int]]:
    """The cells of a line: (words, start, end) within the line."""
    return [(m.group(), m.start(), m.end()) for m in ROW_CELL.finditer(line)]


def _column_of(start: int, end: int, headings: list[tuple[str, int, int]]) -> int:
    """The heading a cell stands under: the one it overlaps most, else the nearest by middle."""
    overlaps = [min(end, h_end) - max(start, h_start) for _, h_start, h_end in headings]
    if max(overlaps) > 0:
        return overlaps.index(max(overlaps))
    middle = (start + end) / 2
    return min(range(len(headings)), key=lambda i: abs((headings[i][1] + headings[i][2]) / 2 - middle))


def _is_heading(columns: list[tuple[str, int, int]]) -> bool:
    words = _words()
    names = [name.lower() for name, _, _ in columns]
    return len(names) >= 3 and names[0] in words["estimator_heads"] and any(n in words["published_heads"] for n in names[1:])


def estimator_table_cells(text: str) -> list[Cell]:
    """The estimates of every table of scholars' estimates in a document, as cells: each with the time it is of as
    its label, its column's heading (with the caption's topic), and its row's estimator as source."""
    if "Published" not in text and "published" not in text:
        return []
    cells: list[Cell] = []
    at = 0
    for line_match in re.finditer(r"[^\n]*", text):
        line = line_match.group()
        if not line.strip() or line_match.start() < at:
            continue
        headings = _columns(line)
        if not _is_heading(headings):
            continue
        cells += _table(text, line_match.start(), line_match.end(), headings)
        at = line_match.end()
    return cells


def _table(text: str, heading_start: int, heading_end: int, headings: list[tuple[str, int, int]]) -> list[Cell]:
    words = _words()
    kinds = [("published" if name.lower() in words["published_heads"] else
              "time" if name.lower() in words["time_heads"] else
              "low" if name.lower() in words["low_heads"] else
              "high" if name.lower() in words["high_heads"] else "") for name, _, _ in headings]
    caption = caption_line(text, heading_start)
    topic = (m.group("topic") if (m := CAPTION_TOPIC.match(caption)) else "").strip()
    # (a table of no time: "Area (km²)" of a site; a caption's early year after its comma: "…, 1492 (thousands)")
    caption_period = _period_named(caption) or _caption_years(caption) or ("", "")
    unit = caption_unit(text, heading_start)
    cells = []
    row_start = heading_end + 1
    while row_start < len(text):
        row_end = text.find("\n", row_start)
        row_end = len(text) if row_end < 0 else row_end
        line = text[row_start:row_end]
        if not line.strip() or TABLE_END.match(line):
            break
        row = _columns(line)
        if len(row) < 2 or _column_of(row[0][1], row[0][2], headings) != 0:
            break  # not a row under the heading: the table has ended
        estimator = longer_name(row[0][0], text, heading_start)
        placed = [(name, start, end, _column_of(start, end, headings)) for name, start, end in row[1:]]
        row_time = next((name for name, _, _, column in placed if kinds[column] == "time"), "")
        for name, start, end, column in placed:
            if kinds[column] in ("published", "time") or not ESTIMATE.fullmatch(name):
                continue  # the year of publication, the row's time, or words ("Empire", "model life tables")
            heading = headings[column][0]
            in_heading = _period_named(heading)
            period = in_heading or _period_named(row_time) or caption_period
            # what the figure measures: the caption's topic, with its column's heading unless that is a time or an end
            measure = ": ".join(words for words in (topic, "" if in_heading or kinds[column] else heading) if words) or heading
            # (a column of rates worked out from the estimates, "Persons per km²", "Per year", is no one's estimate)
            # (nor scaled by the caption's scale of the estimates: "750" under "Persons per km²" beside "(millions)")
            derived = DERIVED_COLUMN.search(heading) is not None
            cells.append(Cell(row_start + start, row_start + end, measure, "", accounting_negative(name),
                              source="" if derived else estimator, caption_unit="" if derived else unit, period=period,
                              bound={"low": "at_least", "high": "at_most"}.get(kinds[column], "")))
        row_start = row_end + 1
    return cells


# a century, or an early year written with its mark ("16th century", "13th-century", "c. 973", "AD 14")
CENTURY = re.compile(r"\b(?P<number>[1-9]|1\d|20)(?:st|nd|rd|th)[ -]centur(?:y|ies)\b")
MARKED_YEAR = re.compile(r"(?:\b(?:c|ca)\.[ \t]?|\bAD[ \t])(?P<year>[1-9]\d{0,3})\b")


def _period_named(words: str) -> tuple[str, str] | None:
    """The span of the times some words name (from the first one's start to the last one's end), a century
    and a marked early year among them; None when they name none."""
    found = [(t.start, t.end, *t.periods[0]) for t in time_expressions(words, True) if t.periods]
    found += [(m.start(), m.end(), *century_years(m.group("number"))) for m in CENTURY.finditer(words)]
    found += [(m.start(), m.end(), f"{int(m.group('year')):04d}", f"{int(m.group('year')):04d}") for m in MARKED_YEAR.finditer(words)
              if not any(start <= m.start("year") < end for start, end, _, _ in found)]  # (not again one read already)
    times = sorted((start, first, last) for start, _, first, last in found)
    return (times[0][1], max(end for _, _, end in times)) if times else None


# "Estimates of the population of Hispaniola, 1492 (thousands)": a caption's year (or years) after its comma, before its unit
CAPTION_YEARS = re.compile(r",[ \t]*(?P<first>[1-9]\d{2,3})(?:[ \t]*[–-][ \t]*(?P<last>[1-9]\d{2,3}))?[ \t]*(?:\(|$)")


def _caption_years(caption: str) -> tuple[str, str] | None:
    m = CAPTION_YEARS.search(caption)
    return (f"{int(m.group('first')):04d}", f"{int(m.group('last') or m.group('first')):04d}") if m else None
