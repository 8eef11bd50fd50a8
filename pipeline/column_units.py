"""A unit an aligned plain-text table gives a column in its heading ("GNP growth target (%)   Actual (%)",
"Gross loans" over "(TZS bn)"): the unit and scale of a bare figure under it, which its row does not name
(pipe_tables reads Markdown tables' own)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from pipeline.lexicon import load_lexicon
from pipeline.caption_parts import lead_unit, measure_stem
from pipeline.table_units import CHANGES_IN_PERCENT, CHANGES_REMARKED, COLUMNS_UNITS, UNIT_OF_THING, caption_scale
from pipeline.text_table_layout import FIGURE, caption_lines

COLUMN_GAP = re.compile(r"\S+(?:[ \t]\S+)*")  # a heading's label: words with single spaces between them
# "Actual (%)", "(% a year)", "Change, per cent)", "%": a label's unit in brackets (not prose's "… at 27.50 per cent;")
PERCENT_LABEL = re.compile(r"\(\s*(?:%|per\s?cent\b|percent\b)|(?:%|\bper\s?cent|\bpercent)\s*\)|^%$", re.IGNORECASE)
OTHER_MEASURE = re.compile(r"\b(?:thousands?|millions?|billions?|'000|000s)\b|[$€£¥₩]", re.IGNORECASE)
BRACKET = re.compile(r"\((?P<unit>[^()]+)\)")  # "Gross loans (TZS bn)", "('000)", "Average loan (KES)"
ROW_UNIT = re.compile(r"\((?:number|no\.?|count|units?)\)", re.IGNORECASE)  # "(number)": a row of counts
FIGURE_CELL = re.compile(FIGURE)  # a table's figure, as text_table_layout reads one
HEADING_LINES = 2  # a heading and the line of sub-headings under it ("Target   Actual")


def column_labels(text: str, start: int, end: int) -> str:
    """The heading labels over a figure at text[start:end] in an aligned table's row, the top one first
    ("Change" over "(%)": "Change (%)"); "" when the figure is no table's cell."""
    if not (row := _aligned_row(text, start, end)) or not _in_figure_cell(*row[1:]):
        return ""
    line_start, _, column = row
    return " ".join(reversed([label for heading in _heading_lines(text, line_start) if (label := _label_over(column, heading))]))


def _aligned_row(text: str, start: int, end: int) -> tuple[int, str, tuple[int, int]] | None:
    """The start and text of the line a figure at text[start:end] stands in, and its columns there; None when
    the line is no row of aligned columns."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return (line_start, line, (start - line_start, end - line_start)) if "  " in line else None


def column_measure(text: str, start: int, end: int) -> tuple[Decimal, str] | None:
    """The scale and unit of a figure at text[start:end] in an aligned table's row under a heading label that
    names them: (1, "percent") under "Actual (%)", (1e9, "TZS") under "(TZS bn)", (1000, "count") under
    "('000)"; None otherwise (not in a table's row, or a heading that names no unit)."""
    if not (row := _aligned_row(text, start, end)):
        return None  # not a row of aligned columns
    line_start, line, column = row
    if not _in_figure_cell(line, column):
        return None  # among words, not figures: prose ("The count for 2020 was 2,450.  The bank …"), not a table's cells
    if _row_names_its_unit(line):
        return None  # "Tier 2 loans (number)   81,450", "Average loan (KES)   67,500": the row's own unit
    labels = [label for heading in _heading_lines(text, line_start) if (label := _label_over(column, heading))]
    # (the nearest line's label, else the label the lines make together: "Metres" over "drilled")
    return (_label_measure(labels[0]) or _label_measure(" ".join(reversed(labels)))) if labels else None


def _in_figure_cell(line: str, column: tuple[int, int]) -> bool:
    """Whether the figure at `column` of a line stands in a cell of figures only, between column gaps."""
    cell = next((m.group() for m in COLUMN_GAP.finditer(line) if m.start() <= column[0] and column[1] <= m.end()), "")
    return bool(cell) and all(FIGURE_CELL.fullmatch(token) for token in cell.split())


def _row_names_its_unit(line: str) -> bool:
    """Whether a row's label, before its first column gap, names its figures' unit in a bracket."""
    label = re.split(r"[ \t]{2,}|\t", line.strip(), maxsplit=1)[0]
    return bool(ROW_UNIT.search(label)) or any(_label_measure(m.group()) for m in BRACKET.finditer(label))


def _label_measure(label: str) -> tuple[Decimal, str] | None:
    """What one column's label says its figures are in (one bracket: "(thousands) (% of IE)" is two labels run
    together, whose columns the caller reads)."""
    if label.count("(") > 1:
        return None
    if PERCENT_LABEL.search(label) and not OTHER_MEASURE.search(label):
        return Decimal(1), "percent"
    # (a label closing on its bracket: not "(MHz) offered", a unit run together with the next column's label)
    bracket = BRACKET.search(label) if label.endswith(")") else None
    read = caption_scale(bracket.group("unit").strip()) if bracket else None
    if bracket and not read and "," in bracket.group("unit"):
        read = caption_scale(bracket.group("unit").split(",")[0].strip())  # "(MW, 30 June)": its unit, then a remark
    if not bracket and (word := UNIT_WORD_LABEL.match(label)):
        read = caption_scale(word.group("unit"))  # "Metres drilled", "Steam, MW equivalent": a physical unit named first
        read = read if read and read[1] in _physical_units() else None
    # (not a scale alone, nor "(points)", which under a caption's "(%)" are percentage points)
    return read if read and read[1] not in ("", "points") and read != (Decimal(1), "count") else None


# a label that names its unit first, or first after a comma: "Metres drilled", "Steam, MW equivalent"
# (a unit alone, not one of a rate or of a thing: "Tonnes per hectare", "Km of pipeline")
UNIT_WORD_LABEL = re.compile(r"(?:[A-Z][a-z]+,[ \t]+)?(?P<unit>[A-Za-z]+)\b(?![ \t]+(?:per|of|a|an|each)\b)")


@lru_cache(maxsize=1)
def _physical_units() -> frozenset[str]:
    return frozenset(load_lexicon("quantities")["units"].values()) - {"percent", "percentage_points", "points", "basis_points", "times"}


BRACKETED_REMARK = re.compile(r"\([^()]*[A-Za-z][^()]*\)")


def _label_over(column: tuple[int, int], heading: str) -> str:
    """The label of a heading line a cell's columns stand under: the one sharing most columns with it (a right-
    aligned "9.1" reaching past "(%)", a wide "1,040,000" under "Jobs" more than under the tail of "target (%)"),
    or one aligned with its start or its end, give or take a column; "" when none is."""
    (start, end), best, label = column, 0, ""
    for m in LABEL_PART.finditer(heading):
        shared = min(end, m.end()) - max(start, m.start())
        aligned = abs(start - m.start()) <= 1 or abs(end - m.end()) <= 1
        if (shared > best) or (not label and aligned):
            best, label = max(shared, best), m.group()
    return label


# a heading line's label, and each of two brackets run together with one space, which are two columns' units
# ("($ million) ($ million)" under "Ministry    Mwenda")
LABEL_PART = re.compile(r"\([^()\n]*\)(?=[ \t]\()|\S+(?:[ \t]\S+)*")


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
        if len(cells) == 1 and (COLUMNS_UNITS.search(line) or CHANGES_REMARKED.search(line) or lead_unit(line)[1] or UNIT_OF_THING.search(line)):
            break  # a caption giving each measure its unit ("(maize in tonnes; change in per cent)"): caption_parts reads it
            # (as it reads one whose per cent is its change column's: "Table 1. Members' herds … (head; change in per cent)",
            # and one with a unit for every column before others' own: "(number; availability in per cent)")
        # (a heading's cell may hold a date among its words: "(t/h, 30.6.23)")
        # (nor is a label naming its year a figure: "Rooms 2021   Rooms 2022   Change   Occupancy 2022")
        if not any(FIGURE_CELL.fullmatch(cell.split()[-1]) and not BRACKETED_REMARK.search(cell) and not LABELLED_YEAR.fullmatch(cell)
                   for cell in cells[1:]):
            found.append(line)
        elif found:
            break
        end = start - 1
    return found


LABELLED_YEAR = re.compile(r"[A-Z][a-z]+(?:[ \t][a-z]+)*[ \t](?:FY)?(?:19|20)\d\d")


# "Menengai         8     19,600" under "Field   Wells …": a row naming one of the things the table is by
ROW_LABEL = re.compile(r"[ \t]*(?P<label>[A-Z][^\d\n]*?)(?:[ \t]+\([^()\n]*\))?(?=[ \t]{2,}|\t)")


def row_unit(text: str, start: int, end: int) -> str:
    """The unit or place a figure's row names, when the table's first column is headed by a kind of them
    (lexicon/context.yaml row_unit_headings: "Field", "Location", "Zone"), its bracket left out ("Athi River
    EPZ (public)"); "" otherwise, and for a total's or a remainder's row."""
    if not (row := _aligned_row(text, start, end)):
        return ""
    line_start, line, _ = row
    label = ROW_LABEL.match(line)
    if not label or label.end("label") >= start - line_start:
        return ""
    heading = next((over for line_above in _heading_lines(text, line_start)
                    if (over := _label_over((label.start("label"), label.end("label")), line_above))), "")
    kinds = load_lexicon("context")["row_unit_headings"]
    name = label.group("label").strip()
    if heading.lower() not in kinds or name.split()[0].lower() in NOT_UNIT_ROWS or name.lower() in NOT_UNIT_NAMES:
        return ""
    # (not a field of study: "Table 5: Graduates by field of study")
    above = text[max(0, line_start - 400) : line_start]
    return "" if re.search(rf"\bby\s+{re.escape(heading.lower())}\s+of\b", above.lower()) else name


NOT_UNIT_ROWS = frozenset("total sub-total subtotal other others all of sum average mean median".split())  # a total's, a remainder's or a mean's row
NOT_UNIT_NAMES = frozenset("national urban rural overall".split())  # a kind of area, or all of them


DATA_ROW = re.compile(r"^[ \t]*[A-Za-z][^\n]*?(?:[ \t]{2,}|\t)[-−+(]?\d", re.MULTILINE)  # a row: a label, then a figure


# "(number; amounts in € million)": rows of counts, but those of the measure it names in its unit
# a caption's unit for all rows but those of a measure it names: "(number; amounts in € million)", "(thousand tonnes; milk
# in million litres; change in per cent)" (not a column's per cent: "(MXN million; execution in per cent)")
COUNTS_AND_AMOUNTS = re.compile(r"\((?P<default>[^();\n]{2,30}?)(?:\s+unless\s+(?:otherwise\s+)?stated)?;\s*(?P<measure>[a-z][a-z ]{2,30}?)\s+in\s+"
                                r"(?P<unit>(?!%|per\s?cent)[^();\n]{2,30}?)(?:;\s*(?:percentage\s+)?changes?\s+in\s+(?:%|per\s?cent))?\)")


def caption_row_unit(counted_and_measured: re.Match[str] | None, label: str) -> str:
    """The unit a caption of counts gives the rows of the measure it names ("Amount suspended" under "(number; amounts
    in € million)"); "" for the other rows."""
    if not counted_and_measured:
        return ""
    stems = {measure_stem(word) for word in re.findall(r"[a-z]{4,}", counted_and_measured.group("measure"))}
    return counted_and_measured.group("unit") if stems & {measure_stem(word) for word in re.findall(r"[a-z]{4,}", label.lower())} else ""


def change_in_levels_unit(change: str, unit: str, text: str, heading_start: int, heading_end: int) -> bool:
    """Whether a change column is in its levels' unit: headed "Change" alone, under a caption that gives a unit not in
    per cent and says nothing of its changes being in per cent, with no "(%)" on a heading line under it."""
    rows = DATA_ROW.search(text, heading_end)  # (the heading's further lines stand between it and its first row)
    return change.strip().lower() == "change" and bool(unit) and (read := caption_scale(unit)) is not None \
        and read[1] not in ("percent", "percentage_points") and not CHANGES_IN_PERCENT.search(caption_lines(text, heading_start)) \
        and "%" not in text[heading_end : rows.start() if rows else heading_end]
