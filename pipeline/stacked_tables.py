"""Plain-text tables whose column headings run over several lines, as statistics offices print
them, with lines of units over the rows they apply to:

                       August    September   Standard   August to       September 2024
                         2025         2025   error(1)   September 2025  to September 2025
                      thousands                         change
    Employment           21,156.3     21,208.4       28.9        52.1           246.8
                          %                             percentage points
    Unemployment rate         7.1          7.0        0.1        -0.1             0.4

A column's heading is the words stacked over its figures; a unit ("thousands", "%", "(%)") stands
over the first column it applies to and holds for the columns to its right, down to the next line
of units. A heading naming two times ("August to September 2025") or a change heads changes, of its
latest time. A one-line heading is read the same way, for the tables the other readers of
text_tables leave ("Jul 2025  Aug 2025  Jun to Aug 2025"); extract reads theirs first."""

from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.periods import TimeExpression, time_expressions
from pipeline.quantities import TIME_UNITS
from pipeline.settling import year_not_from_january
from pipeline.pipe_tables import CHANGES_CAPTION, Cell, accounting_negative
from pipeline.caption_parts import columns_units, units_by_column
from pipeline.table_units import CHANGES_REMARKED, RULE_LINE, caption_line, caption_scale, caption_unit, inception_unit
from pipeline.text_table_layout import CAPTION_TOPIC, CELL, CHANGE_ABBREVIATION, ROW, caption_lines, changes_base, of_places, period_end

CHUNK = re.compile(r"\S+(?: \S+)*")  # words of one column: separated by single spaces only
SCALE_WORDS = {"thousands": "thousand", "millions": "million", "billions": "billion"}
CHANGE_ABBREVIATED = re.compile(rf"(?<![\w/-])(?:{CHANGE_ABBREVIATION})(?![\w/-])", re.IGNORECASE)  # "w/w (%)", "y-o-y"
SPAN_WORD = re.compile(r"\bto\b|[–-]")  # "August to September 2025", "Jan–Jun 2025"
COMPARED = re.compile(r"\b(?:on|over|versus|vs\.?|compared\s+with|against)\b", re.IGNORECASE)  # "Q3 2025 on Q2 2025"
BASE_BEFORE = re.compile(rf"(?:{COMPARED.pattern}|\b(?:from|since)\b)\s+$", re.IGNORECASE)  # "Change on 2024 (%)"
SPLIT_YEAR = re.compile(r"\b(?:19|20)\d\d[-–/]\d\d[a-z*]?\b")  # "Oct-May 2024-25": months of a split year, to date
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MAX_HEADING_LINES = 4
CLOSING_UNIT = re.compile(r"\([^()]{1,20}\)$")  # "land (000 ha)": a heading's words closing on their unit
OPEN_UNIT = re.compile(r"\(([^()]{1,12})$")  # "metre (HUF" over "thousand)": a unit's bracket closed on the next line
CLOSED_UNIT = re.compile(r"^([^()]{1,12})\)$")
MEASURE_HEADING = re.compile(r"\b(?:number|value|price|share|volume|tonnes|quantity|count)\b", re.IGNORECASE)
MEASURED = re.compile(r"\d[\d,]*\.\d|\d{1,3},\d{3}|\d%")  # "71,860", "252.7", "11.9%": a row's figures


class _Chunk(NamedTuple):
    text: str
    start: int  # columns from the line's start
    end: int


class _Line(NamedTuple):
    start: int
    end: int

    def text(self, document: str) -> str:
        return document[self.start : self.end]


def _lines(text: str) -> list[_Line]:
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append(_Line(at, at + len(line.rstrip("\r"))))
        at += len(line) + 1
    return lines


def _chunks(line: str) -> list[_Chunk]:
    return [_Chunk(m.group(), m.start(), m.end()) for m in CHUNK.finditer(line)]


def unit_of(chunk: str) -> str | None:
    """The unit a heading's word states ("thousands", "%", "(%)", "US$ million"), or None."""
    bare = chunk.strip().strip("-–—").strip().removeprefix("(").removesuffix(")")  # ("-- 1,000 persons --" over two columns)
    bare = SCALE_WORDS.get(bare.lower(), bare)
    read = caption_scale(bare) if bare else None
    # ("(years)" is a column of lengths of time; "full year" under "Program" a column of a year's figures)
    return bare if read is not None and not (read[1] in TIME_UNITS and len(bare.split()) > 1) else None


def _figures(document: str, line: _Line) -> list[tuple[int, int]] | None:
    """The figures of a table row, as columns from its line's start; None for a line that is no row."""
    row = ROW.match(document, line.start, line.end)
    if row is None:
        return None
    figures = [(f.start() - line.start, f.end() - line.start) for f in CELL.finditer(document, row.start("figures"), row.end("figures"))]
    return figures if len(figures) >= 2 else None


def _column(columns: list[tuple[int, int]], chunk: _Chunk) -> int | None:
    """The column a heading's words stand over: the one they overlap or are nearest to; None over the
    rows' labels."""
    if chunk.end <= columns[0][0] - 1:
        return None
    def distance(column: tuple[int, int]) -> tuple[int, float]:
        gap = max(column[0] - chunk.end, chunk.start - column[1], 0)
        return gap, abs((column[0] + column[1]) / 2 - (chunk.start + chunk.end) / 2)
    return min(range(len(columns)), key=lambda index: distance(columns[index]))


def _spanned(columns: list[tuple[int, int]], chunk: _Chunk) -> list[int]:
    """The columns a heading's words stand over in part."""
    return [index for index, (start, end) in enumerate(columns) if start < chunk.end and chunk.start < end]


INDEX_BASE_AFTER = re.compile(r"\s*=")  # "(Base: 2011-12=100)": an index's base, no time of the table's


def _units_over(chunks: list[tuple[int, str]], count: int, units: list[str]) -> list[str]:
    """Each column's unit after a line whose units stand over some columns: a unit holds for its
    column and those to its right up to the next."""
    units = list(units)
    placed = sorted((column, unit) for column, unit in chunks)
    for index, (column, unit) in enumerate(placed):
        stop = placed[index + 1][0] if index + 1 < len(placed) else count
        units[column:stop] = [unit] * (stop - column)
    return units


def _as_heading(period: str, others: tuple[tuple[str, str], ...] = ()) -> str:
    """'2025-09' → 'Sep 2025': a period's end as a column heading names it; the quarter of another column that
    ends then as a quarter ('2025-06' after a column of 2025-04/2025-06 → 'Q2 2025')."""
    year, _, month = period.partition("-")
    quarter = next((start for start, end in others if end == period and len(start) == 7 and start[:4] == year
                    and int(start[5:]) == int(month) - 2 and int(month) % 3 == 0), None)
    if quarter:
        return f"Q{int(month) // 3} {year}"
    return f"{MONTHS[int(month) - 1]} {year}" if month and len(month) == 2 else year


def _read_heading(words: str, times: list[TimeExpression], others: tuple[tuple[str, str], ...] = ()) -> tuple[str, str, bool]:
    """A column's stacked heading as (its latest time, what else it says, whether it heads changes).
    A span heads changes when it runs from one other column's time to the next's ("May  June  May to June
    2025"); else it is a period to date or a rolling one ("May 2025  May 2024  Jan-May 2025", "Jan  Feb  Mar
    Jan-Mar 2025"). times: the heading's time expressions; others: the times of the other columns that name one."""
    rest = words
    for t in reversed(times):
        rest = rest[: t.start] + rest[t.end :]
    rest = re.sub(r"\s+", " ", re.sub(r"^\s*to\b|\bto\s*$", "", rest.strip())).strip()
    spans = [period for t in times for period in t.periods]
    between = len(spans) > 1 or bool(times) and SPAN_WORD.search(words, times[-1].start, times[-1].end) is not None \
        and not (year_not_from_january(spans[-1]) or SPLIT_YEAR.search(words)) \
        and times[-1].kind != "day_year_span" \
        and (len(spans) > 1 or _between_columns(spans[-1], others))
    # ("1 July 2023 – 30 June 2024": the days of a (fiscal) year, no change; "Jul-Jun / 2024-25": a fiscal year's total)
    changes = bool(CHANGE_WORD.search(rest) or CHANGE_ABBREVIATED.search(rest)) or between
    # the latest time as written ("Q2 2025"); of a span written as one ("August to September 2025"), its end;
    # of a comparison, the time compared ("Q3 2025 on Q2 2025")
    last = times[0] if len(times) > 1 and COMPARED.search(words, times[0].end, times[1].start) else times[-1] if times else None
    if len(times) == 1 and BASE_BEFORE.search(words, 0, times[0].start):
        last = None  # "Change on 2024 (%)": the time compared with, not the column's own
    latest = (_as_heading(spans[-1][1], others) if len(times) == 1 and between else words[last.start : last.end]) if last else ""
    if changes and not CHANGE_WORD.search(rest):
        rest = f"{rest} change".strip()
    return latest, rest, changes


def _between_columns(span: tuple[str, str], others: tuple[tuple[str, str], ...]) -> bool:
    """Whether a span runs from one column's time to the next column's, none between ("May" and "June"
    for "May to June 2025"; not "Jan", "Feb", "Mar" for "Jan-Mar 2025"), which a change column compares."""
    start, end = span
    others = tuple(other for other in others if other != span)  # (a column of the same span: "2024-25p", "2024-25p % of GDP")
    return start != end and any(s == start for s, _ in others) and any(e == end for _, e in others) \
        and not any(start < s and e < end for s, e in others)


# a stub naming its rows' scale after a comma ("Employment by industry, thousand", "Exports, US$ million")
STUB_SCALE_END = re.compile(r",[ \t]*(?P<unit>(?:[A-Z][A-Za-z]{0,3}[$]?\.?[ \t])?(?:thousands?|millions?|billions?|lakhs?|crores?))$")


UNSCALED_ROW = re.compile(r"\b(?:rates?|ratios?|shares?|per|average|index|hours|number|percent|per\s+cent)\b|%|\(", re.IGNORECASE)
CHANGE_WORD = re.compile(r"\b[Cc]hange\b|\bCHANGE\b")
SHARE_WORD = re.compile(r"\b[Ss]hare\b|\bSHARE\b")
CHANGE_HEADING = re.compile(r"%|\bper\s?cent\b", re.IGNORECASE)  # ("% change": percentages under a scaled stub)


def stacked_table_cells(text: str) -> list[Cell]:
    """The figures of plain-text tables whose column headings stand over their figures, each as a
    cell with its row's label (and what its column's heading says besides a time) and its column's time."""
    if "  " not in text:
        return []
    lines = _lines(text)
    cells: list[Cell] = []
    index = 0
    while index < len(lines):
        first_row = _figures(text, lines[index])
        heading = _heading_lines(text, lines, index) if first_row else []
        if not first_row or not heading:
            index += 1
            continue
        read, units = _column_headings(text, heading, first_row)
        timed = sum(1 for time, _, _ in read if time)
        if 2 * timed < len(read):  # "… throughput by terminal, September 2025": the caption's time
            # (the title's, over a line of units: "Table 1: … by province, 2023" over "(… in thousands; coverage in per cent)")
            caption = caption_line(text, heading[0].start)
            caption = caption if time_expressions(caption) else caption_lines(text, heading[0].start)
            when = next((caption[t.start : t.end] for t in time_expressions(caption) if not INDEX_BASE_AFTER.match(caption, t.end)), "")
            # (of the columns without one of their own: "Incoming cases" beside the one "Pending at 31 Dec 2024")
            read = [(time or when, rest, changes) for time, rest, changes in read]
        if units_by_column(caption := caption_line(text, heading[0].start)):
            # "(growers in numbers; seed cotton in tonnes; change in per cent)": units by what the columns measure
            # (a scale alone, "carats in thousands", scales the unit a column's heading names, "Carats")
            units = [f"{named} {unit}" if unit and named and _scale_alone(named) and _unit_alone(unit) else unit or named
                     for unit, named in zip(units, columns_units(caption, [f"{unit} {rest}" if unit.isalpha() else rest
                                                                           for unit, (_, rest, _) in zip(units, read)]))]
        if remarked := CHANGES_REMARKED.search(caption_line(text, heading[0].start)):  # "(head; change in per cent)": its "Change" column's unit
            shares = "share" in remarked.group("what").lower()  # (and its "Share" column's: "(…; change and share in per cent)")
            units = [unit or ("%" if CHANGE_WORD.search(rest) or shares and SHARE_WORD.search(rest) else "") for unit, (_, rest, _) in zip(units, read)]
        if not all(units):  # "Euro area annual inflation and its main components (%)": the caption's unit
            # (of the columns without their own: "Perf. (%)" among columns in the caption's "(D million)")
            captions_unit = caption_unit(text, heading[0].start)
            # ("Since inception" under "(€ million; since inception in € billion)": that column's own scale)
            units = [unit or inception_unit(text, heading[0].start, rest) or captions_unit for unit, (_, rest, _) in zip(units, read)]
        caption_text = caption_line(text, heading[0].start)
        caption = CAPTION_TOPIC.match(caption_text)
        topic = caption.group("topic") if caption else ""  # "Urban CPI by major group": what the rows are parts of
        of_changes = CHANGES_CAPTION.search(caption_text) is not None  # "GDP and main sectors, growth rates (%)"
        stub = next(iter(_chunks(heading[0].text(text))), None)  # "Region" over the rows' labels
        # "Employment by industry, thousand": the rows' scale (not of a row of rates, hours or counts of its own)
        scale = (stub_scale.group("unit") if stub and (stub_scale := STUB_SCALE_END.search(stub.text)) else "")
        topic = topic or (stub.text[: stub_scale.start()].strip() if scale else "")  # (and its words the rows' measure)
        places = of_places(text, heading[0].start, stub.text if stub and stub.end <= first_row[0][0] else "")
        label_start = ""  # a label's first line, over the row that ends it ("Contributions to National Treasury")
        base = changes_base([(latest, 0.0) for latest, rest, _ in read if not rest])  # "2021/22  2022/23  Change": from 2021/22
        while index < len(lines):
            line = lines[index]
            figures = _figures(text, line)
            if figures is None:
                chunks = _chunks(line.text(text))
                placed = [(_column(first_row, c), unit_of(c.text)) for c in chunks]
                if chunks and all(column is not None and unit is not None for column, unit in placed):
                    units = _units_over(placed, len(first_row), units)  # a line of units for the rows under it
                elif len(chunks) == 1 and index + 1 < len(lines) and (after := ROW.match(text, lines[index + 1].start, lines[index + 1].end)) \
                        and (after.group("label").strip().startswith("(") or after.group("label")[:1].islower()):
                    label_start = chunks[0].text
                elif _group_label(chunks, first_row) and index + 1 < len(lines) and _figures(text, lines[index + 1]) is not None:
                    pass  # "Fixed charges (per month)" over the rows it groups
                else:
                    break  # a blank line or a line of words ends the table
                index += 1
                continue
            if len(figures) != len(first_row):
                break
            label = f"{label_start} {ROW.match(text, line.start, line.end).group('label').strip()}".strip()
            label_start = ""
            row_scale = scale if scale and not UNSCALED_ROW.search(label) else ""
            for (start, end), (latest, rest, _), unit in zip(figures, read, units):
                figure = text[line.start + start : line.start + end]
                unit = unit or (row_scale if not CHANGE_HEADING.search(rest) else "")
                if any(c.isdigit() for c in figure):
                    cells.append(Cell(line.start + start, line.start + end, f"{label} ({rest})" if rest else label, latest,
                                      accounting_negative(figure), caption_unit=unit, topic=topic, of_changes=of_changes,
                                      of_places=places, compared=base if CHANGE_WORD.search(rest) else ""))
            index += 1
    return cells


def _scale_alone(unit: str) -> bool:
    """"thousands", "million": a scale without a unit."""
    return (read := caption_scale(unit)) is not None and read[0] != 1 and read[1] == "count"


def _unit_alone(unit: str) -> bool:
    """"Carats", "tonnes": a unit without a scale."""
    return (read := caption_scale(unit)) is not None and read[0] == 1 and read[1] not in ("count", "percent")


def _column_headings(text: str, heading: list[_Line], columns: list[tuple[int, int]]) -> tuple[list[tuple[str, str, bool]], list[str]]:
    """Each column's heading read (see _read_heading) and its unit, from the words and units stacked
    over it; a column of changes without a time of its own ("Change (%)") is of the latest other column's."""
    words = [""] * len(columns)
    units = [""] * len(columns)
    opened: list[tuple[int, _Chunk, str]] = []  # brackets left open at the end of a heading's words
    placed: list[tuple[int, _Chunk]] = []  # the heading's words so far, each with its column
    for line in heading:
        placed_units, own_columns = [], []
        bracketed = {}  # the columns a bracketed unit of this line heads, which a unit to their left does not reach
        still_open, opened = opened, []
        chunks = _chunks(line.text(text))
        for chunk in chunks:
            column = _column(columns, chunk)
            if column is None:
                continue
            if not _spanned(columns, chunk) and (over := [c for c, words_above in placed if words_above.start < chunk.end
                                                          and chunk.start < words_above.end]):
                column = over[-1]  # "(%)" under "annual change", nearer another column's figures: the words' column
            placed.append((column, chunk))
            if (closed := CLOSED_UNIT.match(chunk.text)) and (above := next(
                    (o for o in still_open if o[1].start <= chunk.end and chunk.start <= o[1].end), None)) \
                    and (unit := unit_of(f"({above[2]} {closed.group(1)})")) is not None:
                units[above[0]] = bracketed[above[0]] = unit  # "(HUF" over "thousand)": the column of the bracket's opening
                words[above[0]] = words[above[0]].removesuffix(f"({above[2]}").strip()
                continue
            if (opening := OPEN_UNIT.search(chunk.text)) and unit_of(chunk.text) is None:
                opened.append((column, chunk, opening.group(1)))
            if (unit := unit_of(chunk.text)) is not None and chunk.text.startswith("("):
                units[column] = bracketed[column] = unit  # "Containers" over "(TEUs)": a bracketed unit is its own column's
            elif unit is None and (closing := CLOSING_UNIT.search(chunk.text)) and (unit := unit_of(closing.group())) is not None:
                # "land (000 ha)" under "Agricultural": the words head it, the bracket is its unit; words spanning
                # several columns head them all ("Y-o-Y change (%)" over "Current" and "Constant")
                for spanned in _spanned(columns, chunk) or [column]:
                    units[spanned] = bracketed[spanned] = unit
                    words[spanned] = f"{words[spanned]} {chunk.text[: closing.start()].strip()}".strip()
            elif unit is not None:
                first = min(_spanned(columns, chunk) or [column])  # (from the first column it stands over)
                if len(chunks) == 1 and max(_spanned(columns, chunk) or [column]) < len(columns) - 1 \
                        and unit != "%" and not any(MEASURE_HEADING.search(w) for w in words):
                    # "R million" alone on its line, centred over the middle columns: the whole table's, unless
                    # the columns measure different things ("%" over "Share" beside "Revenue")
                    first = 0
                if unit.lower() in SCALE_WORDS.values() and units[first] and (read := caption_scale(units[first])) and read[0] == 1:
                    unit = f"{units[first]} {unit}"  # "US$" over "million": the column's currency, so scaled
                if (read := caption_scale(unit)) and read[0] == 1 and unit.isalpha():
                    # (over the columns up to the next heading words on its line: "Tonnes" over two years' columns)
                    after = [c for other in chunks if other.start > chunk.start and (c := _column(columns, other)) is not None and c > first]
                    own_columns += [(spanned, unit) for spanned in range(first, min(after, default=len(columns)))]
                else:
                    placed_units.append((first, unit))
            else:
                words[column] = f"{words[column]} {chunk.text}".strip()
        # (a unit named by a word, "Carats" beside "Sold" and "Revenue", is its own columns' only; a scale or a
        # currency, "thousands", "R million", holds for the columns to the right of each, up to the next)
        units = _units_over(placed_units, len(columns), units)
        units = [dict(own_columns).get(index, unit) for index, unit in enumerate(units)]
        units = [bracketed.get(column, unit) for column, unit in enumerate(units)]  # "£" over one column, "Change (%)" the next
    column_times = [time_expressions(w) for w in words]
    own = [times[0].periods[0] if len(times) == 1 and len(times[0].periods) == 1 else None for times in column_times]
    read = [_read_heading(w, times, tuple(p for other, p in enumerate(own) if p and other != index))
            for index, (w, times) in enumerate(zip(words, column_times))]
    times = [time for time, _, _ in read if time]
    latest = max(times, key=period_end) if times else ""
    # ("June 2025  June 2024  Change  Jul-Jun 2024-25  Jul-Jun 2023-24  Change": each change column is of the
    # latest of the columns it follows, since the change column before it)
    # (a change after columns without a time of their own, "Target  Actual  Perf. (%)  Jan-Jun 2024  Change (%)",
    # is of theirs, which the caption gives, not of the base period beside it)
    headed, group, untimed, recent, bare = [], [], False, "", False
    for time, rest, changes in read:
        share = not (time or changes) and SHARE_WORD.search(rest) is not None
        if time:
            group.append(time)
            recent = max(group, key=period_end)
        untimed = untimed or not (time or changes or share)
        bare = bare or not (time or changes or share)  # (a column of no time: the caption's time is the table's)
        recent = "" if bare else recent
        # (only beside one base column: "2023  2024  Share (%)  Change (%)" compares the two years)
        of_group = "" if untimed and len(group) < 2 else max(group, key=period_end) if group else latest
        # (a share column is of the latest time before it: "2021–22  2022–23  Change  Share")
        headed.append((time or (of_group if changes else recent if share else ""), rest, changes))
        if changes and not time:
            group, untimed = [], False
    return headed, units


def _group_label(chunks: list[_Chunk], columns: list[tuple[int, int]]) -> bool:
    """Whether a line's words are a label grouping the rows under it: one phrase, from the line's start,
    ending before the first column of figures."""
    return len(chunks) == 1 and chunks[0].start == 0 and chunks[0].end < columns[0][0] - 1


def _heading_lines(text: str, lines: list[_Line], first_row: int) -> list[_Line]:
    """The lines right above a table's first row that head its columns (no row among them, no blank
    line between), top first; a caption of one phrase ends them."""
    heading: list[_Line] = []
    index = first_row - 1
    figures = _figures(text, lines[first_row]) or [(0, 0)]
    if index > 0 and _group_label(_chunks(lines[index].text(text)), figures):
        index -= 1  # "Energy charges (per kWh)" between the headings and the rows it groups
    while index >= 0 and len(heading) < MAX_HEADING_LINES:
        line = lines[index]
        if RULE_LINE.fullmatch(line.text(text).strip()):
            index -= 1  # "-------" under the headings or over them: a rule, not a heading
            continue
        chunks = _chunks(line.text(text))
        # a lone word over one of the columns ("flash" under "Oct 2025") heads it with the lines above
        over_a_column = len(chunks) == 1 and chunks[0].start >= figures[0][0] - 1 \
            and index > 0 and len(_chunks(lines[index - 1].text(text))) >= 2
        # ("-- 1,000 persons --" over two columns is their unit, no figure)
        if _figures(text, line) is not None or (len(chunks) < 2 and not over_a_column) \
                or any(MEASURED.search(c.text) and unit_of(c.text) is None for c in chunks):
            break  # (a line with a figure that is no year's is a row, not a heading)
        heading.insert(0, line)
        index -= 1
    return heading
