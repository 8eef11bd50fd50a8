"""Tables whose columns are named categories, aligned with spaces under a line of the names, each row's
figures under the names in order:

    Port        Wheat    Corn    Barley    Total
    Rosario     12.4     20.1      1.2      33.7
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.caption_parts import columns_units
from pipeline.document_times import early_history
from pipeline.periods import time_expressions
from pipeline.pipe_tables import Cell, accounting_negative
from pipeline.table_units import CHANGES_IN_PERCENT, caption_line, caption_scale, caption_unit, inception_unit, levels_unit, units_caption
from pipeline.text_table_layout import (
    CAPTION_TOPIC, CELL, CHANGE_COLUMN, COLUMN_NAME, COLUMNS_LINE, ROW_ENDING_IN_WORDS, YEARS_LINE, caption_lines,
    nearest_column, of_bodies, of_places, placed_in_line, rows_under,
)


CHANGES_IN_POINTS = re.compile(r"\bchanges?\b[^()\n;]{0,30}\bin\s+percentage\s+points\b", re.IGNORECASE)


# a line of column names, some with a code's digits ("Penta-3", "MR-1"), none a figure
NAMES_WITH_CODES = re.compile(r"[ \t]*[A-Za-z][\w/.'’-]*(?:[ \t][A-Za-z][\w/.'’-]*)*(?:(?:[ \t]{2,}|\t)[A-Za-z][\w/.'’-]*(?:[ \t][A-Za-z][\w/.'’-]*)*){2,}[ \t]*")


def category_table_cells(text: str) -> list[Cell]:
    """The figures of tables whose columns are named categories, aligned under a line of the names
    ("Port  Wheat  Corn  Barley  Total"): each row's figures under the names in order (the first name
    heads the rows' labels when there is one name more than figures); a line of other figures ends
    the table. A line of names under a line of years is the years' second heading (aligned_table_cells)."""
    cells = []
    early = early_history(text)  # "Trade by goods, 1368–1369": a history's caption dates its table by an early year
    for heading in COLUMNS_LINE.finditer(text):
        above = text[: heading.start()].rstrip().rsplit("\n", 1)[-1]
        if YEARS_LINE.fullmatch(above) or ((COLUMNS_LINE.fullmatch(above) or NAMES_WITH_CODES.fullmatch(above))
                                           and text[heading.start() - 1 : heading.start()] == "\n"
                                           and len(COLUMN_NAME.findall(above.strip())) > 2):
            continue  # (names over two lines, "Containers" over "(TEUs)", "Penta-3" over "coverage": stacked_tables reads them)
        names = COLUMN_NAME.findall(heading.group("names"))
        placed_names = placed_in_line(COLUMN_NAME, text, heading.start("names"), heading.end("names"))
        unit = caption_unit(text, heading.start())
        line = caption_line(text, heading.start())
        two_units = "" if unit else levels_unit(line)  # "(€ million and %)": "Value" and "Share"
        unit = unit or two_units
        by_column = {} if unit else dict(zip(names, columns_units(units_caption(text, heading.start()), names)))
        in_points = CHANGES_IN_POINTS.search(line) is not None  # "(per cent; change on 2022 in percentage points)"
        places = of_places(text, heading.start(), names[0])
        caption = CAPTION_TOPIC.match(line)
        # "Shipments by port, 8–14 January 2025"; in a title over a line of units, the title's time, not the
        # base of the changes ("… partners, March 2025" over "Values in NZ$ million; change from March 2024")
        captions = caption_lines(text, heading.start())
        when = next((captions[t.start : t.end] for t in time_expressions(captions, early) if not BASE_BEFORE.search(captions, 0, t.start)), "")
        first_cell = len(cells)
        labels = []
        for row in rows_under(text, heading.end(), ROW_ENDING_IN_WORDS):
            figures = list(CELL.finditer(text, row.start("figures"), row.end("figures")))
            columns = names[1:] if len(figures) == len(names) - 1 else names if len(figures) == len(names) else []
            under = [nearest_column(placed_names, (f.start() + f.end()) / 2 - row.start()) for f in figures]
            if len(figures) < len(names) and len(set(under)) == len(under) and under == sorted(under, key=names.index) \
                    and under != columns:
                columns = under  # "Revenue  Net profit  Transfers  Opinion" over rows ending in words: the names above
            if not columns:
                break
            label = row.group("label").strip()
            labels.append(label)
            # (a "Change (%)" column after a column of levels: the changes of those levels, in percent)
            cells += [Cell(f.start(), f.end(), f"{label}, {_of_level(columns, index)}", when, accounting_negative(f.group()),
                           caption_unit="percentage points" if in_points and re.fullmatch(r"(?i)change", column)
                           else "%" if (changed := re.fullmatch(CHANGE_COLUMN, column, re.IGNORECASE) or _percent_change(column, captions))
                           or SHARE_COLUMN.fullmatch(column) or two_units and IN_PERCENT.search(f"{label} {column}")
                           else column if _names_unit(column) else inception_unit(text, heading.start(), column) or unit or by_column.get(column, ""),  # "Company  GNF billion  US$ million"
                           topic=caption.group("topic") if caption else "", of_changes=changed is not None,
                           of_places=places)
                      for index, (f, column) in enumerate(zip(figures, columns)) if any(c.isdigit() for c in f.group())]
        if not places and of_bodies(line, labels):  # "Selected state-owned enterprises": each row the body it names
            cells[first_cell:] = [replace(cell, of_places=True) for cell in cells[first_cell:]]
    return cells


def _percent_change(column: str, captions: str) -> re.Match[str] | None:
    """A column headed "Change" alone under a caption that says its changes are in per cent ("(€ thousand; change in
    per cent)"): not the levels' unit, as a bare "Change" under "(P million)" is."""
    return CHANGES_IN_PERCENT.search(captions) if column.strip().lower() == "change" else None


def _names_unit(column: str) -> bool:
    """A column named by its unit and scale ("GNF billion", "US$ million") rather than by a category."""
    read = caption_scale(column)
    return read is not None and read[1] not in ("count", "")


PERCENT_MARK = re.compile(r"[ \t]*\(%\)")
# "Value  Share" under "(€ million and %)": a column of shares is in percent, whatever the levels' unit
# (under two units, a column or row of shares, changes or ratios is the percent's: "Growth", "Payout ratio")
IN_PERCENT = re.compile(r"\b(?:shares?|change|growth|ratios?|rates?|margins?|yields?)\b|%", re.IGNORECASE)
SHARE_COLUMN = re.compile(r"(?:share|%)(?:[ \t]+of[ \t]+total)?(?:[ \t]+(?:19|20)\d\d)?(?:[ \t]*\(%\))?", re.IGNORECASE)  # (also "Share 2023")


def _of_level(columns: list[str], index: int) -> str:
    """A column's name; a change column's with the level it follows ("Exports Change (%)")."""
    column = columns[index]
    if index and re.fullmatch(CHANGE_COLUMN, column, re.IGNORECASE) and not re.fullmatch(CHANGE_COLUMN, columns[index - 1], re.IGNORECASE):
        return f"{columns[index - 1]} {PERCENT_MARK.sub('', column).lower()}"  # "Exports change": its unit is the cell's, "%"
    return column


BASE_BEFORE = re.compile(r"\b(?:from|since|on|against|compared\s+with|relative\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
