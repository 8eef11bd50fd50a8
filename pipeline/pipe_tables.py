"""Numbers in the cells of a Markdown (pipe) table: each is read with its row's label and its
column's heading, as a sentence would state it ("Real GDP growth, % … 8.9" under "2022")."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from pipeline import context
from pipeline.countries import Country
from pipeline.grammar import Quantity
from pipeline.indicators import classify
from pipeline.periods import time_expressions
from pipeline.ranges import TO_THE_DOLLAR
from pipeline.records import Observation

ROW = re.compile(r"^[ \t]*\|(?P<cells>.*)\|[ \t]*\r?$", re.MULTILINE)
SEPARATOR = re.compile(r"^\s*:?-{3,}:?\s*$")
MARKUP = re.compile(r"\*\*|__|`")


@dataclass(frozen=True)
class Cell:
    start: int  # the cell's text in the document, between its pipes
    end: int
    label: str  # the first cell of its row: what the row measures ("Real GDP growth, %")
    heading: str  # the cell heading its column ("2022")
    bracketed: bool = False  # "(2.8)": a negative figure, as accountants write it
    source: str = ""  # the estimator a note under the table gives the cell ("Sources: …")


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
            cells.append(Cell(at, at + len(part), label, heading, accounting_negative(part)))
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


def read_in_table(rows: list[Observation], cell: Cell, q: Quantity, home: Country | None) -> list[Observation]:
    """A table cell's number as its row label and column heading state it: the unit and indicator
    the label gives ("Real GDP growth, %"), the period the heading names ("2022"; the year's end for
    an "end of year" row), the document's country as subject."""
    row = rows[0]
    stated = f"{cell.label} {row.mention}"  # the cell as a sentence would state it
    at = len(cell.label) + 1
    unit = row.unit
    if unit == "count":
        unit = label_unit(cell.label) or (context.local_currency(stated.lower(), replace(q, start=at, end=len(stated)),
                                                                 home.name if home else "", home)
                                          if TO_THE_DOLLAR.search(cell.label) else unit)
    heading = time_expressions(cell.heading)
    period_start, period_end = heading[0].periods[0] if heading else (row.period_start, row.period_end)
    if heading and year_end(cell.label) and len(period_end) == 4:
        period_start = period_end = f"{period_end}-12"
    value = row.value
    if not CHANGE_LABEL.search(cell.label):
        value = value.removeprefix("-")  # a level: a deficit's "-0.8" or "(2.8)" is 0.8 and 2.8 (levels are never negative)
    elif cell.bracketed and not value.startswith("-"):
        value = f"-{value}"  # a fall written as accountants write it
    return [replace(row, value=value, unit=unit, indicator=classify(stated, at, len(stated), unit),
                    period_start=period_start, period_end=period_end, subject=home.name if home else row.subject,
                    source=cell.source or row.source)]


ACCOUNTING_NEGATIVE = re.compile(r"\(\d[\d,.]*\)")


def accounting_negative(figure: str) -> bool:
    """'(2.8)': a figure in brackets, as accountants write a negative one."""
    return ACCOUNTING_NEGATIVE.fullmatch(figure.strip()) is not None
CHANGE_LABEL = re.compile(r"\b(?:growth|change|inflation|increase)\b", re.IGNORECASE)  # a row of rates of change

