"""Numbers in the cells of a Markdown (pipe) table: each is read with its row's label and its
column's heading, as a sentence would state it ("Real GDP growth, % … 8.9" under "2022")."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

ROW = re.compile(r"^[ \t]*\|(?P<cells>.*)\|[ \t]*\r?$", re.MULTILINE)
SEPARATOR = re.compile(r"^\s*:?-{3,}:?\s*$")
MARKUP = re.compile(r"\*\*|__|`")


@dataclass(frozen=True)
class Cell:
    start: int  # the cell's text in the document, between its pipes
    end: int
    label: str  # the first cell of its row: what the row measures ("Real GDP growth, %")
    heading: str  # the cell heading its column ("2022")


def table_cells(text: str) -> list[Cell]:
    """The body cells (every column but the first) of the document's pipe tables, in order."""
    if "|" not in text:
        return []
    cells: list[Cell] = []
    rows = [(m.start("cells"), m.group("cells")) for m in ROW.finditer(text)]
    header: list[str] | None = None
    previous_end = -2
    for index, (start, body) in enumerate(rows):
        parts = _split(start, body)
        contiguous = index and text.count("\n", previous_end, start) == 1
        previous_end = start + len(body)
        if not contiguous:
            header = None
        if all(SEPARATOR.match(part) for _, part in parts):
            continue  # the line under the heading row
        if header is None:
            header = [_plain(part) for _, part in parts]  # the first row of a table heads its columns
            continue
        label = _plain(parts[0][1])
        for column, (at, part) in enumerate(parts[1:], start=1):
            heading = header[column] if column < len(header) else ""
            cells.append(Cell(at, at + len(part), label, heading))
    return cells


def _split(start: int, body: str) -> list[tuple[int, str]]:
    parts, at = [], start
    for part in body.split("|"):
        parts.append((at, part))
        at += len(part) + 1
    return parts


def _plain(cell: str) -> str:
    return MARKUP.sub("", cell).strip()


def cell_at(cells: list[Cell], position: int) -> Cell | None:
    """The table cell holding a position of the document, if any."""
    index = bisect_right([c.start for c in cells], position) - 1
    return cells[index] if index >= 0 and cells[index].start <= position < cells[index].end else None


PERCENT_LABEL = re.compile(r"%|\bper\s*cent\b|\bpercent\b", re.IGNORECASE)
YEAR_END_LABEL = re.compile(r"\b(?:end[- ]of[- ](?:the[- ])?year|end[- ]year|year[- ]end|end[- ]period)\b", re.IGNORECASE)


def label_unit(label: str) -> str:
    """'percent' when the row label says its numbers are percentages ("Real GDP growth, %")."""
    return "percent" if PERCENT_LABEL.search(label) else ""


def year_end(label: str) -> bool:
    """Whether the row's figures are of the end of each year ("Inflation, end of year, %")."""
    return YEAR_END_LABEL.search(label) is not None
