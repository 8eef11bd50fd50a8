"""A unit an aligned plain-text table gives a column in its heading ("GNP growth target (%)   Actual (%)"):
the unit of a bare figure under it, which its row does not name (pipe_tables reads Markdown tables' own)."""

from __future__ import annotations

import re

from pipeline.text_table_layout import FIGURE

COLUMN_GAP = re.compile(r"\S+(?:[ \t]\S+)*")  # a heading's label: words with single spaces between them
# "Actual (%)", "(% a year)", "Change, per cent)", "%": a label's unit in brackets (not prose's "… at 27.50 per cent;")
PERCENT_LABEL = re.compile(r"\(\s*(?:%|per\s?cent\b|percent\b)|(?:%|\bper\s?cent|\bpercent)\s*\)|^%$", re.IGNORECASE)
OTHER_MEASURE = re.compile(r"\b(?:thousands?|millions?|billions?|'000|000s)\b|[$€£¥₩]", re.IGNORECASE)
FIGURE_CELL = re.compile(FIGURE)  # a table's figure, as text_table_layout reads one
HEADING_LINES = 2  # a heading and the line of sub-headings under it ("Target   Actual")


def column_unit(text: str, start: int, end: int) -> str:
    """'percent' for a figure at text[start:end] in an aligned table's row under a heading label that says so
    ("Actual (%)"); "" otherwise (not in a table's row, or a heading that names no unit)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if "  " not in line:
        return ""  # not a row of aligned columns
    column = (start - line_start, end - line_start)
    cell = next((m.group() for m in COLUMN_GAP.finditer(line) if m.start() <= column[0] and column[1] <= m.end()), "")
    if not cell or not all(FIGURE_CELL.fullmatch(token) for token in cell.split()):
        return ""  # among words, not figures: prose ("The count for 2020 was 2,450.  The bank …"), not a table's cells
    for heading in _heading_lines(text, line_start):
        # the label over the figure, which it lies within (left- or right-aligned), give or take a column;
        # not one it only reaches the tail of ("Growth target (%)  Jobs" over a wide "1,040,000")
        label = next((m.group() for m in COLUMN_GAP.finditer(heading) if _under(column, m.span())), "")
        if label:
            # (one bracket: "(thousands) (% of IE)" is two labels run together, whose columns the caller reads)
            return "percent" if PERCENT_LABEL.search(label) and label.count("(") <= 1 and not OTHER_MEASURE.search(label) else ""
    return ""


def _under(column: tuple[int, int], label: tuple[int, int]) -> bool:
    """Whether a cell's columns stand under a label's: within it, or aligned with its start or its end (a
    figure wider than a short label, "+18.8" under "(%)"), give or take a column."""
    (start, end), (first, last) = column, label
    return (first - 1 <= start and end <= last + 1) or abs(start - first) <= 1 or abs(end - last) <= 1


def _heading_lines(text: str, row_start: int) -> list[str]:
    """The lines of a table's heading over a row: up from the row past the rows of figures before it, the
    nearest lines that hold no figure cell, nearest first (at most HEADING_LINES; none past a blank line)."""
    found: list[str] = []
    end = row_start - 1
    while end > 0 and len(found) < HEADING_LINES:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip():
            break
        cells = [m.group() for m in COLUMN_GAP.finditer(line)]
        if not any(FIGURE_CELL.fullmatch(cell.split()[-1]) for cell in cells[1:]):
            found.append(line)
        elif found:
            break
        end = start - 1
    return found
