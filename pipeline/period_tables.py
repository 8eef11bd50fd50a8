"""Plain-text tables whose columns are periods that a line of years (text_tables.aligned_table_cells)
does not read, each cell read with its row's label and its column's period (see text_tables): columns
of months, perhaps with a last column of the change over the last month, and columns of periods each
followed by a column of its share or of its change; and tables that give each row's value and its year.

                       Aug-25     Sep-25    % change
    ICO composite      262.63     271.03         3.2
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.countries import country_named_alone
from pipeline.pipe_tables import LABEL_TAIL, WORLD_ROW, Cell, accounting_negative
from pipeline.lexicon import load_lexicon
from pipeline.table_units import CHANGES_IN_PERCENT, caption_line, caption_unit
from pipeline.text_table_layout import (
    CAPTION_TOPIC, CELL, CHANGE_COLUMN, FIGURE, MONTH_WORD, PERIOD_HEADING, ROW, ROW_BODY, YEAR_HEADING, YEARS_LINE, caption_day, caption_lines,
    caption_of,
    ending_under, period_end, rows_under,
)


# a table whose columns are months, perhaps with a last column of the change over the last month:
#                        Aug-25     Sep-25    % change
#     ICO composite      262.63     271.03         3.2
MONTH_HEADING = r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[-\s'’]?(?P<year>(?:19|20)?\d\d)(?!\d)"
CHANGE_HEADING = r"(?:%\s*change|change\s*\(%\)|[ym]/[ym]\s*(?:\(?%\)?)?)"
MONTH_COLUMN = re.sub(r"\(\?P<\w+>", "(?:", MONTH_HEADING)  # (a line holds several: without named groups)
MONTHS_LINE = re.compile(rf"^[ \t]*(?:[A-Za-z][^\n\d]{{0,60}}?[ \t]{{2,}})?(?P<columns>{MONTH_COLUMN}(?:(?:[ \t]{{2,}}|\t){MONTH_COLUMN})+"
                         rf"(?P<change>(?:[ \t]{{2,}}|\t){CHANGE_HEADING})?)[ \t]*\r?$", re.MULTILINE | re.IGNORECASE)
HEADING_MONTH = re.compile(MONTH_HEADING, re.IGNORECASE)


def month_table_cells(text: str) -> list[Cell]:
    """The figures of tables whose columns are months ("Aug-25  Sep-25  % change"): each under its
    month, the last column's changes as percentages of the last month; the caption's unit scales
    the months' figures."""
    cells = []
    for heading in MONTHS_LINE.finditer(text):
        months = [_month_year(m) for m in HEADING_MONTH.finditer(heading.group("columns"))]
        unit = caption_unit(text, heading.start())
        caption = CAPTION_TOPIC.match(caption_line(text, heading.start()))
        topic = caption.group("topic") if caption else ""
        for row in rows_under(text, heading.end(), ROW):
            figures = list(CELL.finditer(text, row.start("figures"), row.end("figures")))
            label = row.group("label").strip()
            if len(figures) != len(months) + bool(heading.group("change")):
                break
            cells += [Cell(f.start(), f.end(), label, month, accounting_negative(f.group()), caption_unit=unit, topic=topic)
                      for f, month in zip(figures, months) if any(c.isdigit() for c in f.group())]
            if heading.group("change"):
                change = figures[-1]
                cells.append(Cell(change.start(), change.end(), f"{label} (% change)", months[-1],
                                  accounting_negative(change.group()), topic=topic))
    return cells


def _month_year(m: re.Match[str]) -> str:
    """'Aug-25' → 'Aug 2025', as a time is written."""
    year = m.group("year")
    return f"{m.group('month')} {year if len(year) == 4 else ('20' if int(year) < 50 else '19') + year}"


# periods with the shares and changes of each between them, perhaps after a column of ranks:
#     Market               Mar 2025   Share (%)   Mar 2024   Change (%)
#     China                  28,916       13.1      24,307       19.0
#     Rank  Country        May 2025   % change   Jan-May 2025   % change
#      1    China            86,550      -6.9       431,620        -1.7
SHARE_HEADING = r"(?:share[ \t]*\(%\)|%[ \t]+of[ \t]+total|share[ \t]+of[ \t]+total(?:[ \t]*\(%\))?|share[ \t]+(?:19|20)\d\d(?:[/–-](?:(?:19|20)?\d\d))?(?![\d/–-]))"  # (and "Share 2023", "Share 2023/24")
MONTH_SPAN_HEADING = rf"{MONTH_WORD}[-–]{MONTH_WORD}[ \t]{YEAR_HEADING}"  # "Jan-May 2025": the months to date
# (a column headed "Change" alone only under a caption that says its changes are in per cent: "(€ million; change and
# share in per cent)"; elsewhere it may be the change in the levels' unit)
INTERLEAVED_COLUMN = re.compile(rf"(?P<period>{MONTH_SPAN_HEADING}|{PERIOD_HEADING})|(?P<share>{SHARE_HEADING})|(?P<change>{CHANGE_COLUMN})"
                                r"|(?P<bare_change>change)(?![ \t]*\()", re.IGNORECASE)
INTERLEAVED_LINE = re.compile(rf"^[ \t]*(?:[A-Za-z][^\n\d]{{0,60}}?)?(?P<columns>(?:(?:[ \t]{{2,}}|\t)(?:{INTERLEAVED_COLUMN.pattern})){{3,}})[ \t]*\r?$",
                              re.MULTILINE | re.IGNORECASE)
RANKED_ROW = re.compile(rf"[ \t]*(?P<rank>\d{{1,3}})\.?(?=[ \t]){ROW_BODY}[ \t]*\r?$")  # " 1    China   86,550 …"
LABEL_ONLY = re.compile(r"[ \t]*(?P<label>[A-Za-z][^\n]*?)[ \t]*\r?$")  # "World (70 countries)", its figures on the next line
FIGURES_ONLY = re.compile(rf"[ \t]*(?P<figures>{FIGURE}(?:(?:[ \t]{{2,}}|\t)(?:{FIGURE}|[-–—]|n/?a|\.\.))*)[ \t]*\r?$")


def interleaved_table_cells(text: str) -> list[Cell]:
    """The figures of tables whose period columns each have a column of shares or changes after them,
    which a line of years (aligned_table_cells) does not read: each figure under the heading it ends
    under; a share is of the period before it; a change is of the latest period, or of its own when
    every period has its change right after it ("May 2025  % change  Jan-May 2025  % change"). A
    first column headed "Rank" gives each row's rank, of the first period (the one the rows are ranked by)."""
    if "%" not in text and "hare" not in text:  # ("Share 2024" under a caption's "share in per cent")
        return []
    cells = []
    for heading in INTERLEAVED_LINE.finditer(text):
        line = text[heading.start() : heading.end()]
        if YEARS_LINE.fullmatch(line):
            continue
        columns = list(INTERLEAVED_COLUMN.finditer(text, heading.start("columns"), heading.end("columns")))
        periods = [c.group().strip() for c in columns if c.group("period")]
        if not periods or len(periods) == len(columns):
            continue
        if any(c.group("bare_change") for c in columns) and not CHANGES_IN_PERCENT.search(caption_lines(text, heading.start())):
            continue
        above = text[text.rfind("\n", 0, max(0, heading.start() - 1)) + 1 : max(0, heading.start() - 1)]
        if not line[: columns[0].start() - heading.start()].strip() and len(re.findall(r"\S(?:[ \t]{2,}|\t)\S", above)) >= 1:
            continue  # an unheaded stub under a heading's first line ("September   Annual" over "2024  2025  change (%)"): stacked_tables'
        line_start = heading.start()
        # a change is of the latest period since the last change column: of its own ("May 2025  % change  Jan-May 2025
        # % change"), of the first of two it compares ("Apr 2025  Apr 2024  Change (%)  Jan-Apr 2025  Jan-Apr 2024 …")
        # (and of two it is from the earlier: "2022  2023  Change" is the change from 2022 to 2023)
        edges, period, compared, base = [], "", [], ""
        for c in columns:
            if c.group("period"):
                period = c.group().strip()
                compared.append(period)
            elif not c.group("share"):
                base = min(compared, key=period_end) if len(compared) == 2 else ""
                period, compared = max(compared or [period], key=period_end), []
            edges.append(((c.group().strip(), period, c.group("share") is not None, base if not c.group("period") else ""),
                          c.end() - line_start))
        unit, _, pair_topic, title = caption_of(text, heading.start())
        as_of = caption_day(text, heading.start())
        stub = columns[0].start() - line_start
        ranked = _ranked(line) and any(rank is not None for _, rank, _, _ in _rows(text, heading.end(), stub, RANKED_ROW))
        for label, rank, figures, row_start in _rows(text, heading.end(), stub, RANKED_ROW if ranked else ROW):
            # "China" in "Tourist arrivals by top markets"; "Russia (e)", "World (70 countries)" in "Crude steel production"
            named = LABEL_TAIL.sub("", label)
            topic = pair_topic or (title if country_named_alone(named) or WORLD_ROW.fullmatch(named) else "")
            if rank:
                cells.append(Cell(*rank, label, periods[0], caption_unit=unit, topic=topic, of_ranks=True))
            for f in CELL.finditer(text, *figures):
                if not any(ch.isdigit() for ch in f.group()):
                    continue
                name, of_period, is_share, base = ending_under(edges, f.end() - row_start)
                if name == of_period:
                    cells.append(Cell(f.start(), f.end(), label, name, accounting_negative(f.group()), caption_unit=unit, topic=topic, as_of=as_of))
                elif is_share:
                    cells.append(Cell(f.start(), f.end(), f"{label} ({name})", of_period, caption_unit="%", topic=topic, as_of=as_of))
                else:
                    cells.append(Cell(f.start(), f.end(), f"{label} ({name})", of_period,
                                      accounting_negative(f.group()), caption_unit="%", of_changes=True, topic=topic, compared=base))
    return cells


def _ranked(heading_line: str) -> bool:
    """Whether a table's first column heads each row's rank ("Rank  Country  May 2025 …")."""
    first = heading_line.strip().split()[0].lower()
    return first in load_lexicon("context")["rank_column_headings"]


def _rows(text: str, heading_end: int, stub: int, row: re.Pattern[str]) -> Iterator[tuple[str, tuple[int, int] | None, tuple[int, int], int]]:
    """The rows under a table's heading line, each as its label, its rank (if the table has a column of
    ranks), the span of its figures and its line's start: lines that match the row pattern, up to the
    first that does not; before the first, a second heading line under the columns ("May 25/24"), with
    nothing in the stub, is passed over; a label alone on its line takes the figures of the next line
    when those stand under the columns ("World (70 countries)" over "  158,800  -3.8 …")."""
    at, first = heading_end + 1, True
    while at < len(text):
        end = _line_end(text, at)
        line = text[at:end]
        indent = len(line) - len(line.lstrip())
        # (a ranked table's rows without a rank, "Total", "Others", are plain rows)
        if m := row.match(text, at, end) or (row is RANKED_ROW and ROW.match(text, at, end)):
            rank = (m.start("rank"), m.end("rank")) if "rank" in m.re.groupindex else None
            yield m.group("label").strip(), rank, (m.start("figures"), m.end("figures")), at
        elif first and line.strip() and indent >= stub:
            pass  # a second heading line
        elif (label := LABEL_ONLY.fullmatch(line)) and end < len(text) and \
                (figures := FIGURES_ONLY.fullmatch(text, end + 1, next_end := _line_end(text, end + 1))) and \
                figures.start("figures") - (end + 1) >= stub:
            yield label.group("label"), None, (figures.start("figures"), figures.end("figures")), end + 1
            at = next_end + 1
            first = False
            continue
        else:
            return
        first = first and not m
        at = end + 1


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


# a list of items each with one figure, under a caption that gives their unit (and perhaps their year):
#     Main exports, 2024 (US$ million)
#      Gold                          2,650
# (a caption, not a line of column headings: no gap of two spaces within it)
LIST_CAPTION = re.compile(r"^[ \t]*(?P<caption>[A-Z](?:(?![ \t]{2}|\t)[^\n|]){2,100}?\([^()\n]{1,40}\))[ \t:]*\r?$", re.MULTILINE)
# (a label may name a day: "Capital value, 1 April 2025   18,120.3"; never a gap of two spaces, which parts columns)
LIST_ITEM = re.compile(rf"[ \t]*(?P<label>[A-Za-z](?:(?![ \t]{{2}}|\t)[^\n|]){{0,60}}?)(?:[ \t]{{2,}}|\t)(?P<value>{FIGURE})[ \t]*\r?$")
CAPTION_YEAR = re.compile(rf"(?:,|\bin)[ \t]+(?P<year>(?:(?:first|second|third|fourth)[ \t]+quarter[ \t]+)?{YEAR_HEADING})[ \t]*\(",
                          re.IGNORECASE)  # "Main exports, 2024 (US$ million)", "…, second quarter 2025 (US$ million)"


def captioned_list_cells(text: str) -> list[Cell]:
    """The figures of a list of two or more items, each with one figure, under a caption that gives
    their unit ("Main exports, 2024 (US$ million)"): each with its item as label and the caption's
    year, if any, as heading."""
    cells = []
    for caption in LIST_CAPTION.finditer(text) if "(" in text else ():
        # (a blank line may part the caption from its list)
        rows = list(rows_under(text, caption.end() + (1 if text.startswith("\n\n", caption.end()) else 0), LIST_ITEM))
        unit = caption_unit(text, caption.end() + 1) if len(rows) >= 2 else ""
        if not unit:
            continue
        year = CAPTION_YEAR.search(caption.group("caption"))
        topic = CAPTION_TOPIC.match(caption.group("caption"))  # "Main exports": what the items are parts of
        cells += [Cell(row.start("value"), row.end("value"), row.group("label").strip(), year.group("year") if year else "",
                       accounting_negative(row.group("value")), caption_unit=unit, topic=topic.group("topic") if topic else "")
                  for row in rows]
    return cells


# a table of indicators each with its value and year, aligned with spaces under a line naming the columns:
#     Indicator                                   Value    Year
#     Poverty rate at $3.00 a day (2021 PPP), %    35.1    2021
VALUE_YEAR_HEADING = re.compile(r"^[ \t]*[A-Za-z][^\n\d]*?(?:[ \t]{2,}|\t)(?:Value|Latest)(?:[ \t]{2,}|\t)(?:Year|Date|Period)[ \t]*\r?$",
                                re.MULTILINE | re.IGNORECASE)
VALUE_YEAR_ROW = re.compile(rf"[ \t]*(?P<label>[^\n]*?\S)(?:[ \t]{{2,}}|\t)(?P<value>{FIGURE})(?:[ \t]{{2,}}|\t)"
                            rf"(?P<year>{YEAR_HEADING}(?:[-–](?:1[89]|20)?\d\d)?)[ \t]*\r?$")


def value_year_cells(text: str) -> list[Cell]:
    """The figures of a table that gives each row's value and its year: each cell with its row's
    label as what it measures and the row's year for heading (a line of another shape ends it)."""
    cells = []
    for heading in VALUE_YEAR_HEADING.finditer(text):
        cells += [Cell(row.start("value"), row.end("value"), row.group("label").strip(), row.group("year"),
                       accounting_negative(row.group("value"))) for row in rows_under(text, heading.end(), VALUE_YEAR_ROW)]
    return cells
