"""Tables written in plain text, read as cells with their row's label and their column's year (see
pipe_tables.read_in_table): a fact sheet's lines of figures by year ("Real GDP growth, %: 2023
−0.4; 2024 3.3; 2025f 3.0") and columns aligned with spaces under a line of years.

                                2022    2023    2024e
    Real GDP growth (%)          3.8     4.3     6.7

text_table_cells gathers these with the readers of period_tables (columns of months; periods
interleaved with their shares and changes) and category_tables (columns named by categories), whose
shared patterns are text_table_layout's.
"""

from __future__ import annotations

import re

from pipeline.category_tables import category_table_cells
from pipeline.document_times import early_history
from pipeline.column_units import COUNTS_AND_AMOUNTS, caption_row_unit, change_in_levels_unit
from pipeline.estimator_tables import estimator_table_cells
from pipeline.countries import country_named_alone
from pipeline.period_tables import captioned_list_cells, interleaved_table_cells, month_table_cells, value_year_cells
from pipeline.pipe_tables import Cell, accounting_negative
from pipeline.caption_parts import columns_units
from pipeline.table_units import STACKED_HEADING_LINE, caption_line, caption_scale, caption_unit, inception_unit, units_caption
from pipeline.text_table_layout import (
    CAPTION_TOPIC, CELL, COLUMN_NAME, FIGURE, MONTH_ABBREVIATION, PERIOD_HEADING, ROW, YEAR_COLUMNS_LINE, YEAR_HEADING,
    YEARS_CHANGE_COLUMN, YEARS_LINE, caption_day, caption_lines, caption_of, change_span, changes_base, ending_under, latest_year,
    nearest_column, of_fiscal_years, of_places, placed_in_line, rows_under,
)

# a fact sheet's line of figures by year
LABEL_LINE = re.compile(r"^[ \t]*(?P<label>[^\n:|]{2,80}):[ \t]*(?P<items>[^\n]+?)[ \t]*\r?$", re.MULTILINE)
YEAR_ITEM = rf"{YEAR_HEADING}[ \t]+{FIGURE}"
YEAR_ITEMS = re.compile(rf"{YEAR_ITEM}(?:[ \t]*[;,][ \t]*{YEAR_ITEM})+[ \t]*[.;]?")
ITEM = re.compile(rf"(?P<year>(?:1[89]|20)\d\d)[a-zA-Z*]?[ \t]+(?P<value>{FIGURE})")

# a second heading line may name each column's months ("Market Year Begins  Jan 2025  Jan 2026")
HEADING_TIMES = re.compile(r"\b(?:[A-Z][a-z]{2}\.?[ \t]+)?(?:1[89]|20)\d\d\b")
HEADING_YEAR = re.compile(rf"(?P<year>{PERIOD_HEADING})", re.IGNORECASE)  # with its mark: "2025f" is a forecast's


# "-- EUR million --" across the columns under their headings: the unit of the rows under it
UNITS_LINE = re.compile(r"[ \t]*-{2,}[ \t]*(?P<unit>[^-\s][^-\n]*?)[ \t]*-{2,}[ \t]*\r?")


def text_table_cells(text: str) -> list[Cell]:
    """The figures of the document's plain-text tables, as cells, in order."""
    cells = estimator_table_cells(text) + label_line_cells(text) + aligned_table_cells(text) + year_row_cells(text) + value_year_cells(text) + \
        month_table_cells(text) + category_table_cells(text) + interleaved_table_cells(text) + captioned_list_cells(text)
    first = {}  # a figure two readers take (a second heading line read as a table's own) is the first one's
    for cell in cells:
        first.setdefault(cell.start, cell)
    return sorted(first.values(), key=lambda cell: cell.start)


def label_line_cells(text: str) -> list[Cell]:
    """The figures of a fact sheet's lines that give one label's values year by year, each as a cell
    with its row's label and its year for heading."""
    if ":" not in text:
        return []
    cells = []
    for line in LABEL_LINE.finditer(text):
        if YEAR_ITEMS.fullmatch(line.group("items")):
            for item in ITEM.finditer(text, line.start("items"), line.end("items")):
                cells.append(Cell(item.start("value"), item.end("value"), line.group("label").strip(), item.group("year"),
                                  accounting_negative(item.group("value"))))
    return cells


def aligned_table_cells(text: str) -> list[Cell]:
    """The figures of tables whose columns are aligned with spaces under a line of years: each row's
    figures, in order, under the years in order (a row with another number of figures is left to be
    read as text), or under the nearest year when a second heading line splits the years; figures
    under change columns ("y-o-y  q-o-q") are the changes of the last year's."""
    cells = []
    for heading in YEARS_LINE.finditer(text):
        if _months_over(text, heading.start()):
            continue  # "Q1 / 2025", "May / 2025": a heading over two lines (stacked_tables)
        years = placed_in_line(HEADING_YEAR, text, heading.start("years"), heading.end("years"))
        unit, of_changes, topic, title = caption_of(text, heading.start())
        counted_and_measured = COUNTS_AND_AMOUNTS.search(caption_line(text, heading.start()))  # "(number; amounts in € million)"
        if not unit and counted_and_measured and caption_scale(counted_and_measured.group("default")):
            unit = counted_and_measured.group("default")  # "(thousand tonnes; milk in million litres; …)": the other rows' unit
        as_of = caption_day(text, heading.start())
        places = of_places(text, heading.start(), heading.group("label"))
        fiscal = of_fiscal_years(text, heading.start())
        # "(US$ million)      2020     2021": the unit in the stub of the line of years
        unit = unit or ((stub := STUB_BRACKET.fullmatch(heading.group("label"))) and stub.group("unit")) or ""
        if not unit and (stub := LABEL_BRACKET_END.search(heading.group("label"))) and caption_scale(stub.group("unit")):
            unit = stub.group("unit")  # "Tariff item (N$, excluding VAT)   2024/25   2025/26": the unit of the stub's column
        # "% change / Q3 2025 on / Q2 2025": each column a change of the period on the line above over its own
        above_start = text.rfind("\n", 0, max(0, heading.start() - 1)) + 1
        compared = placed_in_line(COMPARED_PERIOD, text, above_start, max(above_start, heading.start() - 1))
        if compared and len(compared) == len(years):
            years = [(m.removesuffix("on").strip(), middle) for m, middle in compared]
            of_changes = True
        changes = re.findall(YEARS_CHANGE_COLUMN, heading.group("changes"), re.IGNORECASE)
        # "Accounts  Forecast  Budget  Change" over "2023  2024  2025  2024–25": the years' columns a line above names changes
        named_changes = {year for year, name in _names_over(text, heading.start(), years).items()
                         if re.fullmatch(YEARS_CHANGE_COLUMN, name, re.IGNORECASE)}
        share = (heading.group("shares") or "").strip()
        line_start = text.rfind("\n", 0, heading.start("years")) + 1
        right_edges = [(m.group().strip(), m.end() - line_start) for m in HEADING_YEAR.finditer(text, heading.start("years"), heading.end("years"))]
        right_edges += [(share, heading.end("shares") - line_start)] if share else []
        # (and the change columns between: "2022  2023  Change  Share 2023")
        change_edges = [(m.group().strip(), heading.start("changes") + m.end() - line_start)
                        for m in re.finditer(YEARS_CHANGE_COLUMN, heading.group("changes"), re.IGNORECASE)] if share else []
        right_edges += change_edges
        at = heading.end() + 1
        cells_here = False
        parts: list[tuple[str, float]] | None = None  # a second heading line's words ("Outturn  Estimate  Budget")
        column_units: list[tuple[str, float]] = []  # a second heading line's units, one per column
        parent: tuple[str, int] | None = None  # the last row's label and indentation that sub-rows belong to
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            row = ROW.match(text, at, end)
            if not text[at:end].strip():
                if cells and cells[-1].start > heading.end():
                    break  # the blank line after the rows ends the table
                at = end + 1
                continue
            if row is None and not cells_here and not any(c.isdigit() for c in HEADING_TIMES.sub("", text[at:end])):
                parts = placed_in_line(WORD, text, at, end)
                if len(parts) > 1 and all(COLUMN_UNIT.fullmatch(word) for word, _ in parts):
                    # "(K/litre)   (K/litre)   (K)   (%)" under the headings: each column's own unit
                    column_units, parts = [(word[1:-1], middle) for word, middle in parts], None
                    at = end + 1
                    continue
                if not unit and (stub := STUB_UNIT.match(text, at, end) or STUB_BRACKET.fullmatch(text, at, end)
                                 or UNITS_LINE.fullmatch(text, at, end)) \
                        and caption_scale(stub.group("unit")):
                    # "R billion    Revised    Medium-term estimates", "(Frw billion unless stated)": the rows' unit, in the stub column
                    unit = stub.group("unit")
                at = end + 1
                continue
            if row is None and cells_here and not any(c.isdigit() for c in text[at:end]) \
                    and ROW.match(text, end + 1, max(end + 1, text.find("\n", end + 1))):
                # "By currency", "External", then its rows
                parent = (text[at:end].strip(), len(text[at:end]) - len(text[at:end].lstrip()))
                at = end + 1
                continue
            if row is None:
                break
            label = row.group("label").strip()
            indent = row.start("label") - at
            if parent and indent > parent[1]:
                label = f"{parent[0]}, {label}"  # "Budget balance" then "  Percentage of GDP": a row of the row above
            else:
                parent = (label, indent)
            figures = list(CELL.finditer(text, row.start("figures"), row.end("figures")))
            if share:
                # "… 38,911.7  69.2" under "Jun 2025  Share (%)": each figure under the heading it ends under
                # (a row may leave the first columns empty: "US dollar   34,102.8   60.6"), the share of the last year's
                # (not a figure left of the first heading's column: "Since" in the stub, "Old Course  1552  38.9 …")
                first_left = min(edge - len(name) for name, edge in right_edges)
                placed = [(f, ending_under(right_edges, f.end() - at)) for f in figures
                          if any(c.isdigit() for c in f.group()) and f.end() - at > first_left]
                changed = {change for change, _ in change_edges}
                cells += [Cell(f.start(), f.end(), f"{label} ({share})", latest_year(years), caption_unit="%", topic=topic,
                               of_places=places, as_of=as_of, title=title) if column == share
                          else Cell(f.start(), f.end(), f"{label} ({column})", change_span(years), accounting_negative(f.group()),
                                    caption_unit=unit if change_in_levels_unit(column, unit, text, heading.start(), heading.end()) else "%",
                                    of_changes=True, topic=topic, of_places=places, compared=changes_base(years), title=title) if column in changed
                          else Cell(f.start(), f.end(), label, column, accounting_negative(f.group()), caption_unit=unit, topic=topic,
                                    of_places=places, as_of=as_of, title=title)
                          for f, column in placed]
                cells_here = True
                at = end + 1
                continue
            if changes and len(figures) == len(years) + len(changes):
                # "… 528.0  21.9  16.9" under "2025 Q2  y-o-y  q-o-q": the changes of the last column's figure
                # (a column headed "Change" alone under a caption of money or tonnes is the change in them: "-373" under
                # "(P million)", unless the caption says its changes are in per cent)
                cells += [Cell(f.start(), f.end(), f"{label} ({change})", change_span(years), accounting_negative(f.group()),
                               caption_unit=_unit_under(column_units, f, at, unit if change_in_levels_unit(change, unit, text, heading.start(), heading.end()) else "%"),
                               of_changes=True, topic=topic, of_places=places, compared=changes_base(years))
                          for f, change in zip(figures[len(years):], changes)]
                figures = figures[: len(years)]
            columns = _columns(figures, at, years, parts)
            if columns:
                # a row of a country ("Jordan  2.6  2.5") measures what the table's title names ("Real GDP growth")
                measured = topic or (title if country_named_alone(label) else "")
                cells += [Cell(f.start(), f.end(), label, column, accounting_negative(f.group()),
                               caption_unit=inception_unit(text, heading.start(), column) or _unit_under(column_units, f, at, caption_row_unit(counted_and_measured, label) or unit),
                               of_changes=of_changes, topic=measured, of_forecasts=FORECAST_CAPTION.search(title) is not None,
                               of_places=places, of_fiscal_years=fiscal, title=title, as_of=as_of)
                          if column not in named_changes
                          else Cell(f.start(), f.end(), label, column, accounting_negative(f.group()),
                                    caption_unit=unit if change_in_levels_unit("change", unit, text, heading.start(), heading.end()) else "%",
                                    of_changes=True, topic=measured, of_places=places, title=title)
                          for f, column in zip(figures, columns) if any(c.isdigit() for c in f.group())]
                cells_here = True
            at = end + 1
    return cells


def _names_over(text: str, line_start: int, years: list[tuple[str, float]]) -> dict[str, str]:
    """The names a heading line right over a line of years gives its columns, by year, when it names each one:
    "Accounts  Forecast  Budget  Change" over "2023  2024  2025  2024–25"; {} when the line above is no such line."""
    above_end = line_start - 1
    above_start = text.rfind("\n", 0, max(0, above_end)) + 1
    line = text[above_start:max(above_start, above_end)]
    if not STACKED_HEADING_LINE.match(line):
        return {}
    names = placed_in_line(COLUMN_NAME, text, above_start + len(line) - len(line.lstrip()), above_start + len(line.rstrip()))
    return {year: name for (year, _), (name, _) in zip(years, names)} if len(names) == len(years) else {}


WORD = re.compile(r"\S+")
COLUMN_UNIT = re.compile(r"\([^()\s]{1,12}\)")


def _unit_under(column_units: list[tuple[str, float]], figure: re.Match[str], line_start: int, default: str) -> str:
    """The unit of the column a figure stands under, when a heading line gives each column's, else `default`."""
    return nearest_column(column_units, (figure.start() + figure.end()) / 2 - line_start) if column_units else default


MONTH_OR_QUARTER = re.compile(rf"(?:{MONTH_ABBREVIATION}[a-z]*|Q[1-4]|H[12])(?![\w-])")


def _months_over(text: str, line_start: int) -> bool:
    """Whether the line above a line of years names months or quarters alone over most of its columns
    ("Q1  Q2" over "2025  2025"; not "Q3 2025 on", the period each column compares)."""
    above_end = line_start - 1
    chunks = re.findall(r"\S+(?: \S+)*", text[text.rfind("\n", 0, max(0, above_end)) + 1 : max(0, above_end)])
    return len(chunks) >= 2 and 2 * sum(MONTH_OR_QUARTER.fullmatch(chunk) is not None for chunk in chunks) >= len(chunks)


STUB_BRACKET = re.compile(r"[ \t]*\((?P<unit>[^()\n]{1,30})\)[ \t]*")
LABEL_BRACKET_END = re.compile(r"\((?P<unit>[^()\n]{1,30})\)[ \t]*$")
COMPARED_PERIOD = re.compile(rf"{PERIOD_HEADING}[ \t]+on\b", re.IGNORECASE)
FORECAST_CAPTION = re.compile(r"\b(?:forecasts?|projections?|outlook)\b", re.IGNORECASE)
STUB_UNIT = re.compile(r"[ \t]*(?P<unit>\S+(?: \S+)*)(?:[ \t]{2,}|\t)")  # a second heading line's first column


def _columns(figures: list[re.Match[str]], line_start: int, years: list[tuple[str, float]],
             parts: list[tuple[str, float]] | None) -> list[str]:
    """The heading each figure of a row stands under: the years in order; under a second heading line
    that splits the years ("2025" over "Previous  Current"), the nearest year, with the nearest of that
    line's words when each figure has one ("2025 Current"); [] when the row fits neither."""
    middles = [(f.start() + f.end()) / 2 - line_start for f in figures]
    if len(figures) == len(years):
        columns = [year for year, _ in years]
    elif parts is not None and len(figures) > len(years):
        columns = [nearest_column(years, middle) for middle in middles]
    else:
        return []
    if parts and len(parts) == len(figures):
        columns = [f"{year} {nearest_column(parts, middle)}" for year, middle in zip(columns, middles)]
    return columns


# a table whose rows are years, aligned with spaces under a line that names its columns:
#     Year     Inbound   Outbound      Total
#     2015     1,452.4    1,262.2    2,714.6
# (also a day: "9-Oct-25   129.24   172.35", rows of daily rates)
DAY_ROW_LABEL = r"[0-3]?\d-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d\d"
QUARTER_ROW_LABEL = r"Q[1-4]|H[12]"  # "Q1" under "Quarterly revenue collections, 2024": a quarter of the caption's year
# "January" under "Passengers by month, 2024": a month of the caption's year
MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_ROW_LABEL = rf"{MONTH_NAME}(?=[ \t]{{2,}}|\t)"
YEAR_ROW = re.compile(rf"[ \t]*(?P<year>{YEAR_HEADING}|{DAY_ROW_LABEL}|{QUARTER_ROW_LABEL}|{MONTH_ROW_LABEL})(?P<figures>(?:(?:[ \t]{{2,}}|\t)(?:{FIGURE}|[-–—]|n/?a|\.\.))+)[ \t]*\r?$")
# (in a history of early times, also a year before 1800, perhaps an approximate one: "1080      16.57    33.30",
# "c. 1300      110")
APPROXIMATE_MARK = r"(?:(?:c|ca)\.[ \t]?|circa[ \t])"  # "c. 1300", "ca. 1300", "circa 1300"
EARLY_YEAR_ROW = re.compile(YEAR_ROW.pattern.replace("(?P<year>", rf"(?P<year>{APPROXIMATE_MARK}?(?:1[0-7]\d\d|[1-9]\d\d)(?=[ \t])|", 1))


def year_row_cells(text: str) -> list[Cell]:
    """The figures of tables whose rows are years, under a line naming the columns: each cell with
    its column's name as what it measures and its row's year (a row with another number of figures
    ends the table)."""
    cells = []
    early = early_history(text)  # a history's table of early years ("Year  Households" over "1080   16.57")
    for heading in YEAR_COLUMNS_LINE.finditer(text):
        row_pattern = EARLY_YEAR_ROW if early else YEAR_ROW
        names, body_start = _names_with_second_line(text, heading, row_pattern)
        # the first names the years' column ("Year"), unless that column's heading is left blank
        names = names if heading.group().startswith((" ", "\t")) and len(heading.group()) - len(heading.group().lstrip()) >= 6 else names[1:]
        unit = caption_unit(text, heading.start())
        caption = caption_line(text, heading.start())
        # "(GDP in € billion; crude steel in million tonnes; growth in per cent)": each column's own unit
        by_column = {} if unit else dict(zip(names, columns_units(units_caption(text, heading.start()), names)))
        topic = CAPTION_TOPIC.match(caption)
        # (the title's above a second heading line: "… by month, 2024" over "Month  International" over "passengers")
        captions_year = CAPTION_YEAR.search(caption) or CAPTION_YEAR.search(caption_lines(text, heading.start()))
        for row in rows_under(text, body_start, row_pattern):
            figures = list(CELL.finditer(text, row.start("figures"), row.end("figures")))
            label = row.group("year")
            of_captions_year = re.fullmatch(rf"{QUARTER_ROW_LABEL}|{MONTH_NAME}", label)
            if len(figures) != len(names) or (of_captions_year and not captions_year):
                break
            label = f"{label} {captions_year.group()}" if of_captions_year else _as_day(APPROXIMATE.sub("", label))  # ("ca. 1300": 1300)
            cells += [Cell(f.start(), f.end(), label, name, accounting_negative(f.group()), caption_unit=unit or by_column.get(name, ""),
                           topic=topic.group("topic") if topic else "")
                      for f, name in zip(figures, names) if any(c.isdigit() for c in f.group())]
    return cells


APPROXIMATE = re.compile(rf"^{APPROXIMATE_MARK}")
CAPTION_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


# a part of a second heading line: a bracket, or words apart from it ("(thousands) 100 contributors": two columns')
SECOND_LINE_PART = re.compile(r"\([^()\n]*\)|[^\s()](?:[^\t\n()]*?[^\s()])?(?=[ \t]{2,}|\t|[ \t]*\(|[ \t]*\r?$)")


MORE_HEADING_LINES = 2  # "External debt," over "end of year" over "(US$ billion)"


def _names_with_second_line(text: str, heading: re.Match[str], row: re.Pattern[str] = YEAR_ROW) -> tuple[list[str], int]:
    """The column names of a heading line, each with the words of the heading lines under it
    ("Contributors" over "(thousands)", "Reserves in" over "years of benefits"), and where the rows
    begin. Lines are the heading's (up to MORE_HEADING_LINES) when they are no rows, none is blank,
    and the line under them is a row."""
    placed = placed_in_line(COLUMN_NAME, text, heading.start("names"), heading.end("names"))
    names = [name for name, _ in placed]
    lines = []  # (start, end) of each line under the heading, up to the first row
    at = heading.end() + 1
    while placed and len(lines) <= MORE_HEADING_LINES and at <= len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if row.fullmatch(text, at, end):
            break
        if not text[at:end].strip():
            return names, heading.end()
        lines.append((at, end))
        at = end + 1
    if not lines or len(lines) > MORE_HEADING_LINES or at > len(text):
        return names, heading.end()
    for line_start, line_end in lines:
        for words, middle in placed_in_line(SECOND_LINE_PART, text, line_start, line_end):
            column = min(range(len(placed)), key=lambda index: abs(placed[index][1] - middle))
            names[column] = f"{names[column]} {words}"
    return names, lines[-1][1]


def _as_day(label: str) -> str:
    """'9-Oct-25' → '9 Oct 2025', as a day is written; a year as it is."""
    day = re.fullmatch(r"(\d{1,2})-([A-Z][a-z]{2})-(\d\d)", label)
    return f"{day.group(1)} {day.group(2)} 20{day.group(3)}" if day else label
