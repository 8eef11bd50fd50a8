"""What the plain-text tables of text_tables, period_tables and stacked_tables have in common: the
patterns of a column's year or period, a figure, a row and its cells, a line of years heading
columns and a caption's topic; what a table's caption lines say; the rows under a heading line; the
heading a right-aligned figure ends under; the last month or year a column heading names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from pipeline.grammar import NotFact, Recognised
from pipeline.lexicon import load_lexicon
from pipeline.number_labels import CLASS_LABEL
from pipeline.periods import time_expressions
from pipeline.yearless import yearless_times
from pipeline.pipe_tables import CHANGES_CAPTION
from pipeline.table_periods import PLAIN_YEAR
from pipeline.table_units import RULE_LINE, caption_line, caption_unit

# "2025f", "2024e", "2023p": forecast, estimate, preliminary; "2023/24", "2024-25", "FY2023-24": a split (fiscal) year
# also "2024(e)", "2025(p)"; a quarter: "Q3 2023", "2025 Q1", "1Q 2025"
YEAR_HEADING = (r"(?:FY[ \t]?|(?:Q[1-4]|[1-4]Q|H[12])[ \t]?(?=1[89]|20))?(?:1[89]|20)\d\d(?:[/–-](?:(?:1[89]|20)\d\d|\d\d)(?!\d))?"
                r"(?:[ \t]?Q[1-4]\b|\([a-zA-Z]{1,4}\)|[a-zA-Z*])?")  # also "2024/2025"
# also "1 230" and "2 059.3", thousands set off by a space; "+11.9%", a change with its sign and unit
FIGURE = r"\(?[-−–+]?(?:\d{1,3}(?:[ \u00a0]\d{3})+(?:\.\d+)?(?![\d,.])|\d[\d,.]*)(?:%|[ \t]?(?:pp|pts?|ppts|bps)\b)?\)?[*†‡]{0,3}"  # ("1.0 pp": points; "404.2*": a note's mark)

# a column's year, perhaps after its month ("Dec 2024", "Jun 2025": stocks at the month's end)
MONTH_ABBREVIATION = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:[a-z]*\.?)"  # "Apr", "Sept.", "April"
PERIOD_HEADING = rf"(?:{MONTH_WORD}[ \t])?{YEAR_HEADING}"
# a column of changes after the years' ("y-o-y", "% change", "Change (%)", "Change")
CHANGE_ABBREVIATION = r"[yqmw]-o-[yqmw]|[yqmw]/[yqmw]"  # "y-o-y", "w/w": a change on the year, quarter, month or week before
# (also "Change 2023", the change of that year, and "2023 vs 2019", a level against an earlier year's)
YEARS_CHANGE_COLUMN = rf"(?:{CHANGE_ABBREVIATION}|%[ \t]*change|change(?:[ \t]+(?:19|20)\d\d)?(?:[ \t]*\(%\))?|(?:19|20)\d\d[ \t]+vs\.?[ \t]+(?:19|20)\d\d)"
# a line of two or more years heading columns, perhaps after a label of its own ("Indicator"), perhaps
# followed by columns of changes ("y-o-y") or of shares ("Share (%)") of the last year's figure
YEARS_LINE = re.compile(rf"^(?P<label>[ \t]*(?:(?!{MONTH_WORD}[ \t])[A-Za-z(](?:[^\n\d]|(?<=[a-z] )\d{{1,2}}(?= [A-Z][a-z]))"
                        rf"{{0,60}}?)?)(?P<years>(?:[ \t]+|^){PERIOD_HEADING}(?:[ \t]{{2,}}|\t)"
                        rf"{PERIOD_HEADING}(?:(?:[ \t]{{2,}}|\t){PERIOD_HEADING})*)"
                        rf"(?P<changes>(?:(?:[ \t]{{2,}}|\t){YEARS_CHANGE_COLUMN})*)"
                        rf"(?P<shares>(?:(?:[ \t]{{2,}}|\t)(?:share(?:[ \t]+(?:19|20)\d\d)?[ \t]*\(%\)|%[ \t]+of[ \t]+total|share[ \t]+of[ \t]+total(?:[ \t]*\(%\))?"
                        rf"|share[ \t]+(?:19|20)\d\d|share)))?[ \t]*\r?$",  # (also "Share 2023": the share of that year's figure; "Share" alone)
                        re.MULTILINE | re.IGNORECASE)
# a row: its label, then its figures, each after two spaces or a tab
# (a label may hold figures in brackets: "Youth unemployment rate (15–24)")
# (a label that ends in its unit's bracket may stand one space before its first figure: "Net debt (% of GDP) 64.1   65.0")
# (a label may open with a tenor: "3M PRIBOR", "10Y yield")
# (a label may hold a number between words, "Customers at 31 December (thousand)", "vessels up to 10,000 GT", or before
# its bracket, "Region 5 (Mahaica-Berbice)",
# "full 20-ft container", or in a name, "SEM-10 (points)", "C1 cash cost", a numbered event of a year, "Spot auction 1/2024",
# or a brand's number closing it one space after a word or a letter, "Krong Thip 90     5,910", "Galaxy A 14     620",
# or a number inside a name in capitals, "ICEHOTEL 365 (cold suites)", or a grade's number after "No.", "No. 2   1,310",
# or a percentage before a word, "Production, 100% basis (tU)", or an amount of a class of values, "Under NZ$ 15,000",
# "NZ$ 15,000 – 500,000")
# a cell giving a range, its ends joined by an en dash: "64.1–66.0" under "(millions)"; a row may hold a span of years
# too ("First   1962–1966   7.1"), which is no cell of figures (two plain numbers of three or four digits: "270–300"
# under "Reign (approx.)")
# (or a name opening with a number: "6 Hours of Spa", not a day: "12 March")
NUMBERED_NAME = (r"\d{1,2}[ \t](?=(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
                 r"[A-Z][a-z]{2,}[ \t]+[a-zA-Z])")
RANGE_FIGURE = r"(?:\d[\d,.]*\d?–\d[\d,.]*|\d+\.\d+-\d+\.\d+)(?=\s|$)"  # ("64.1–66.0", "6.0-6.5": decimals about a hyphen too)
FIGURE_RANGE = r"(?!\d{3,4}–\d{3,4}(?=\s|$))" + RANGE_FIGURE
ROW_BODY = (rf"[ \t]*(?P<label>(?:\d{{1,2}}[MYQ][ \t](?=[A-Za-z])|{NUMBERED_NAME}|{CLASS_LABEL}|\d{{1,4}}(?:\.\d{{1,4}}){{1,3}}[ \t]+(?=[A-Z])|[^\s\d(]|\([^()\n]*\))(?:[^\n\d(]|\([^()\n]*\)|(?:(?<=[a-z] )|(?<=[A-Z]{{2}} )|(?<=[ \t]{{2}}))(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,4}})(?=[ -][A-Za-z]|[ ]\()|(?<=[A-Z]-)\d{{1,3}}(?=[ \t])|(?<=[A-Za-z][A-Za-z])\d{{1,3}}(?=[ \t(])|(?<=\b[A-Z])\d{{1,2}}(?=[ \t][a-z])|(?<=[a-z] )\d{{1,3}}/(?:19|20)\d\d(?=[ \t])|(?:(?<=[a-z] )|(?<=\b[A-Z] ))\d{{1,3}}(?=[ \t]{{2,}}\S|\t)|(?<=[a-z,] )\d{{1,3}}(?:\.\d{{1,2}})?%(?= [a-z])|(?<=\bNo\. )\d{{1,3}}(?=[ \t])|(?:(?<=[$€£¥] )|(?<=\d [–-] ))\d{{1,3}}(?:,\d{{3}})+(?=[ \t]))*?)"
                 rf"(?P<figures>(?:(?:[ \t]{{2,}}|\t|(?<=\)) )(?:{RANGE_FIGURE}|{FIGURE}|-{{2,3}}|[-–—]|n/?a|\.\.))(?:(?:[ \t]{{2,}}|\t)(?:{RANGE_FIGURE}|{FIGURE}|-{{2,3}}|[-–—]|n/?a|\.\.))*)")
ROW = re.compile(ROW_BODY + r"[ \t]*\r?$")
# a row that ends in a column of words ("… 1,150.0  Qualified" under "… Budget transfers  Opinion")
ROW_ENDING_IN_WORDS = re.compile(ROW_BODY + r"(?:(?:[ \t]{2,}|\t)[A-Za-z][A-Za-z -]{0,30}?)?[ \t]*\r?$")
CELL = re.compile(rf"(?<=\s)(?:{FIGURE_RANGE}|(?!\d{{3,4}}–\d{{3,4}}(?:\s|$)){FIGURE}|-{{2,3}}|[-–—]|n/?a|\.\.)(?=\s|$)")
# "Table III-2. Inter-Korean trade, 2015–2024 (unit: USD million)": what the table is of
CAPTION_TOPIC = re.compile(r"[ \t]*(?:(?:Table|Figure|Chart)[ \t]+[\w.-]*\d[\w.-]*(?:[.:][ \t]*|[ \t]+))?(?P<topic>[A-Za-z][^,(\d\n]{2,60}?)[ \t]*(?:[,(]|$)")
PAIR_TOPIC = re.compile(r"\btrade\b", re.IGNORECASE)  # a caption naming a pair's trade: its table is the pair's
# a column of changes ("y-o-y", "% change", "Change (%)")
CHANGE_COLUMN = rf"(?:{CHANGE_ABBREVIATION}|%[ \t]*change|change[ \t]*\(%\))"


SENTENCE_END = re.compile(r"[a-z]{2}\.[ \t]*$")


def caption_of(text: str, heading_start: int) -> tuple[str, bool, str, str]:
    """What a table's caption lines say: its figures' unit, whether they are rates of change, the
    pair whose trade it is of ("<Table 1> China-North Korea trade by quarter") and its title."""
    captions = caption_lines(text, heading_start)
    # (not a short sentence of prose above the caption: "The government relies on fees.")
    title = next((t for line in captions.splitlines() if not SENTENCE_END.search(line)
                  and (t := CAPTION_TOPIC.match(re.sub(r"^\s*<[^>]*>\s*", "", line)))), None)
    topic = title.group("topic") if title and PAIR_TOPIC.search(title.group("topic")) else ""
    return caption_unit(text, heading_start), bool(CHANGES_CAPTION.search(captions)), topic, title.group("topic") if title else ""


def caption_day(text: str, heading_start: int) -> str:
    """The day or month without its year at which a table's caption says its levels stand ("… at 31 December",
    "… at end-June"), as written; "" when it names none."""
    captions = caption_lines(text, heading_start)
    named = [t for t in yearless_times(captions) if t.kind in ("yearless_day", "yearless_month")] if AS_AT.search(captions) else []
    if not named and (listed := DAY_OF_LISTED_YEARS.search(captions)):
        return listed.group("day")  # "… at 31 December 2022 and 2023": the day of each column's year
    return captions[named[0].start : named[0].end] if len(named) == 1 else ""


DAY_OF_LISTED_YEARS = re.compile(rf"\b(?:at|as\s+(?:at|of))\s+(?P<day>\d{{1,2}}\s+{MONTH_WORD}|{MONTH_WORD}\s+\d{{1,2}})\s+(?:19|20)\d\d"
                                 rf"(?:\s*(?:,|and|&)\s*(?:19|20)\d\d)+\b")


# (or a day the caption ends with, before its unit: "Exposure by region, 31 December (CZK billion)")
AS_AT = re.compile(r"\b(?:at|as\s+(?:at|of)|end-)|,[ \t]+(?=\d{1,2}[ \t]+[A-Z][a-z]+[ \t]*\()", re.IGNORECASE)
FISCAL_CAPTION = re.compile(r"(?:\(|^)\s*(?:fiscal|financial)\s+years?\b", re.IGNORECASE | re.MULTILINE)


def of_fiscal_years(text: str, heading_start: int) -> bool:
    """Whether a table's caption says its years are fiscal years: "(Fiscal Years ended August 31; $ thousands)"."""
    return FISCAL_CAPTION.search(caption_lines(text, heading_start)) is not None


def of_places(text: str, heading_start: int, first_column: str) -> bool:
    """Whether a table's rows are places or bodies, each the subject of its figures: its first column is
    headed "Region" or "Operator" (or another word of place_row_headings or body_row_headings), or its
    caption says it is "by region"."""
    lexicon = load_lexicon("context")
    words = lexicon["place_row_headings"] + lexicon["body_row_headings"]
    if first_column.strip().lower() in words:
        return True
    return re.search(rf"\bby\s+(?:\w+\s+){{0,2}}(?:{'|'.join(words)})\b", caption_line(text, heading_start), re.IGNORECASE) is not None


def of_bodies(caption: str, labels: list[str]) -> bool:
    """Whether a table's rows are bodies, each the subject of its figures: its caption says it lists
    them ("Selected state-owned enterprises") and most of its rows are names of two or more
    capitalised words ("Botswana Power Corporation", "Air Botswana")."""
    words = load_lexicon("context")["body_row_captions"]
    if not labels or not re.search(rf"\b(?:{'|'.join(words)})\b", caption, re.IGNORECASE):
        return False
    named = [label for label in labels if len(label.split()) > 1 and all(w[:1].isupper() for w in label.split())]
    return 2 * len(named) > len(labels)


PROSE_LINE = 150  # longer, a line above a table is a paragraph of prose, not its title or units …
SENTENCES = re.compile(r"[a-z]\.\s+[A-Z][^\n]*\.\s*$")  # two sentences or more, the last ending the line
NUMBERED_TITLE = re.compile(r"[ \t]*(?:Table|TABLE)[ \t]+[\w.-]*\d[\w.-]*[.:]?[ \t]+\S")
CAPTION_SHAPE = re.compile(r"\s*(?:Table|Figure|Chart|Exhibit)\b|[^\n]*\)[ \t:]*\r?$")  # … unless shaped as a caption


def caption_lines(text: str, heading_start: int) -> str:
    """The two lines above a table's heading line, across blank lines: its title and a line of units
    (not a paragraph of prose above the title: "…, opened in 2018, …" dates nothing in the table)."""
    above: list[str] = []
    end = heading_start
    crossed_blank = False
    while end > 0 and len(above) < 2:
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end].rstrip("\r\n")
        if (len(line) > PROSE_LINE or (crossed_blank and SENTENCES.search(line))) and not CAPTION_SHAPE.match(line):
            break  # (a short paragraph above a blank line too: "In 1352 the towns formed a league. In 1368 …")
        if line.strip() and not RULE_LINE.fullmatch(line.strip()):  # (a rule drawn under the caption is none of its lines)
            above.insert(0, line)
            if NUMBERED_TITLE.match(line):
                break  # ("Table 2. Works, 2019 to 2022 (…)": its title opens the caption, and prose above it dates nothing)
        crossed_blank = crossed_blank or not line.strip()
        end = start
    return "\n".join(above)


def ending_under(columns: list[tuple[str, int]], end: int) -> str:
    """The heading whose end is nearest the end of a right-aligned figure."""
    return min(columns, key=lambda column: abs(column[1] - end))[0]


def rows_under(text: str, heading_end: int, row: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The lines right under a table's heading line that match the row pattern, up to the first that does not."""
    at = heading_end + 1
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if RULE_LINE.fullmatch(text[at:end].strip()) and at == heading_end + 1:
            at = end + 1  # a rule drawn under the heading line ("-------"), then the rows
            continue
        m = row.match(text, at, end)
        if not m:
            return
        yield m
        at = end + 1


def period_end(heading: str) -> str:
    """The last month or year a column heading names ("Mar 2025" → "2025-03"), "" if none."""
    times = time_expressions(heading)
    return times[0].periods[0][1] if times else ""


DIGITS = re.compile(r"\d+")


def latest_year(years: list[tuple[str, float]]) -> str:
    """The latest of a table's year columns, whose figure the change and share columns follow:
    the last in "2023  2024" and "2025 Q1  2025 Q2", the first in "FY2023-24  FY2022-23"."""
    return max(reversed(years), key=lambda year: [int(d) for d in DIGITS.findall(year[0])])[0]


def changes_base(years: list[tuple[str, float]]) -> str:
    """The split year a change column compares the latest with, when it is the one right before it ("2021/22  2022/23
    Change": 2021/22, read as fiscal years by the table's reader); else ""."""
    if not years or not (m := SPLIT_YEAR_HEADING.fullmatch(latest_year(years))):
        return ""
    start = int(m.group("start"))
    return next((year for year, _ in years if (b := SPLIT_YEAR_HEADING.fullmatch(year)) and int(b.group("start")) == start - 1), "")


SPLIT_YEAR_HEADING = re.compile(r"(?:FY\s?)?(?P<start>(?:19|20)\d\d)[/–-]\d\d")


def change_span(years: list[tuple[str, float]]) -> str:
    """The span a change column covers: from the year before the latest to the latest ("2022  2023  Change": 2022–2023),
    else the latest column alone."""
    latest = latest_year(years)
    plain = sorted(year for year, _ in years if PLAIN_YEAR.fullmatch(year))
    if latest in plain and plain.index(latest) and int(latest) - int(plain[plain.index(latest) - 1]) == 1:
        return f"{plain[plain.index(latest) - 1]}–{latest}"
    return latest


def row_label_spans(text: str, cell_starts: list[int]) -> list[tuple[int, int]]:
    """The row labels of a document's tables that hold a figure ("Under NZ$ 15,000", "NZ$ 15,000 – 500,000" over
    rows of estates): each line's first words, up to a column's gap or pipe, when that line has cells."""
    spans, line_start = [], -1
    for start in cell_starts:
        first = text.rfind("\n", 0, start) + 1
        if first != line_start:
            line_start = first
            label = LABEL_WORDS.match(text, first, start)
            if label and any(c.isdigit() for c in label.group()):
                spans.append(label.span())
    return spans


LABEL_WORDS = re.compile(r"[ \t|]*[^\s|](?:[^\n|\t]*?[^\s|])?(?=[ \t]{2,}|\t|[ \t]*\||[ \t]*$)")


def named_in(found: Recognised, sentence: str, labels: list[tuple[int, int]]) -> Recognised:
    """What a sentence's recogniser found, with the quantities inside a table row's label (sentence offsets) as names
    (not in the label's bracket, which may state a fact of the row: "Income tax (22%)", "Other airports (28)")."""
    inside = [q for q in found.quantities if any(a <= q.start and q.end <= b for a, b in labels)
              and not any(m.start() <= q.start and q.end <= m.end() for a, b in labels for m in BRACKET.finditer(sentence, a, b))]
    if not inside:
        return found
    return replace(found, quantities=[q for q in found.quantities if q not in inside],
                   not_facts=found.not_facts + [NotFact(q.start, q.end, "name") for q in inside])


BRACKET = re.compile(r"\([^()\n]*\)")


# a line that names a table's columns, aligned with spaces over its rows:
#     Year     Inbound   Outbound      Total
# (a name may be a term: "91-day  182-day  364-day  Total", bills by tenor)
TERM_NAME = r"\d{1,3}-(?:day|week|month|year)s?\b"
COLUMNS_TEMPLATE = rf"^[ \t]*(?P<names>(?:[A-Za-z]|{TERM_NAME})[^\n\d]*?(?:(?:[ \t]{{2,}}|\t)(?:[A-Za-z(]|{TERM_NAME})[^\n\d]*?){{2,}})[ \t]*\r?$"
# (a name may hold a day written in figures: "Disbursed to 31.12.2023")
COLUMNS_LINE = re.compile(COLUMNS_TEMPLATE.replace(r"[^\n\d]*?", r"(?:[^\n\d]|(?<=[ \t])[0-3]?\d[./][01]?\d[./](?:19|20)?\d\d\b)*?"), re.MULTILINE)
# (over rows of years, a name may carry a thousands' mark: "Exports ('000 bpd)")
YEAR_COLUMNS_LINE = re.compile(COLUMNS_TEMPLATE.replace(r"[^\n\d]*?", r"(?:[^\n\d]|['’]000)*?"), re.MULTILINE)
COLUMN_NAME = re.compile(r"[^\s](?:[^\t\n]*?[^\s])?(?=[ \t]{2,}|\t|[ \t]*\r?$)")


def placed_in_line(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[str, float]]:
    """The matches of a pattern in a stretch of one line, each with the column its middle stands in."""
    line_start = text.rfind("\n", 0, start) + 1
    return [(m.group(), (m.start() + m.end()) / 2 - line_start) for m in pattern.finditer(text, start, end)]


def nearest_column(columns: list[tuple[str, float]], middle: float) -> str:
    """The name of the column whose middle is nearest a position in the line."""
    return min(columns, key=lambda column: abs(column[1] - middle))[0]
