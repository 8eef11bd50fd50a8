"""Numbers in the cells of a Markdown (pipe) table: each is read with its row's label and its
column's heading, as a sentence would state it ("Real GDP growth, % … 8.9" under "2022")."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from pipeline import context
from pipeline.codebook import is_fallback
from pipeline.countries import Country, country_mentions, country_named_alone
from pipeline.grammar import Quantity, grammar
from pipeline.indicators import classify
from pipeline.persons import people_counted
from pipeline.lexicon import load_lexicon
from pipeline.qualifiers import names_a_multiple
from pipeline.periods import TimeExpression, time_expressions
from pipeline.yearless import yearless_times
from pipeline.ranges import TO_THE_DOLLAR
from pipeline.records import Observation, format_decimal
from pipeline.settling import CALENDAR_YEAR, FiscalYear, as_fiscal
from pipeline.signs import is_deficit, signed_cell
from pipeline.table_periods import caption_period, change_column_span, previous_period
from pipeline.subjects import flow_pair, world_aggregate
from pipeline.caption_parts import columns_units, parts_as_headings
from pipeline.table_units import (
    CURRENCY_WORD, PERCENTAGES, PRICE_PER, SPEAKER_LABEL, WORD_BEFORE_SCALE, as_unit, caption_line, caption_scale, caption_unit, currency_name,
    units_caption,
)

ROW = re.compile(r"^[ \t]*\|(?P<cells>.*)\|[ \t]*\r?$", re.MULTILINE)
# a row written without the outer pipes ("1981 | 10.2 | −0.8"): read only in a block of three or more
# such lines with as many cells each, so that a title line "Site | Analysis" is no table
BARE_ROW = re.compile(r"^(?P<cells>[ \t]*[^|\s][^|\n]*(?:\|[^|\n]*)+?)[ \t]*\r?$", re.MULTILINE)
MIN_BARE_ROWS = 3
SEPARATOR = re.compile(r"^\s*:?-{3,}:?\s*$")
GRID_BORDER = re.compile(r"^[ \t]*\+(?:[-=:]{3,}\+)+[ \t]*\r?$", re.MULTILINE)
MARKUP = re.compile(r"\*\*|__|`")
# a transcript's speaker who reads a table's row into the record: "DIRECTORATE (Ms. Nygård): Trawl | 44,100 | −28.3"
READ_INTO_RECORD = re.compile("^" + SPEAKER_LABEL)
FIGURE_CELL = re.compile(r"[-−–+]?[\d.,]+%?|\.\.|[-–—]")


@dataclass(frozen=True)
class Cell:
    start: int  # the cell's text in the document, between its pipes
    end: int
    label: str  # the first cell of its row: what the row measures ("Real GDP growth, %")
    heading: str  # the cell heading its column ("2022")
    bracketed: bool = False  # "(2.8)": a negative figure, as accountants write it
    source: str = ""  # the estimator a note under the table gives the cell ("Sources: …")
    caption_unit: str = ""  # what the table's caption says its figures are in: "(US$ billion)"
    topic: str = ""  # what the caption says the table is of, when its columns name only parts: "Inter-Korean trade"
    of_changes: bool = False  # the caption says the figures are rates of change: "(year-on-year, %)", "growth rates"
    of_forecasts: bool = False  # the caption says the table gives forecasts: "Key forecast indicators"
    of_places: bool = False  # its rows are places of the country: "Region", "Purchases by region"
    of_fiscal_years: bool = False  # the caption says its years are fiscal years: "(Fiscal Years ended August 31)"
    of_ranks: bool = False  # the cell is its row's place in a column of ranks ("Rank  Country …")
    title: str = ""  # the caption's words, what the table is of when its rows name only parts: "Government revenue by source"
    as_of: str = ""  # the day of each year the caption says its levels stand at: "Portfolio by asset class at 31 December"
    period: tuple[str, str] | None = None  # the time the table gives the cell where no heading or label is one (estimator_tables)
    bound: str = ""  # the qualifier of an end of a range the columns split: "at_least" under "Low" (estimator_tables)
    compared: str = ""  # the period a change column compares its own with: "2022" for "Change" after "2022  2023"
    signs_printed: bool = False  # the document says it prints its outgoings negative: "Note: expenditure is printed negative"


def table_cells(text: str) -> list[Cell]:
    """The body cells (every column but the first) of the document's pipe tables, in order."""
    if "|" not in text:
        return []
    cells: list[Cell] = []
    rows = sorted([(m.start("cells"), m.group("cells")) for m in ROW.finditer(text)] + _bare_rows(text)
                  + [(m.start(), "---") for m in GRID_BORDER.finditer(text)])  # "+-----+----+": a grid table's rule
    header: list[str] | None = None
    in_body, table_start = False, 0
    caption = ""
    previous_end = -2
    for index, (start, body) in enumerate(rows):
        parts = _split(start, body)
        contiguous = index and text.count("\n", previous_end, start) == 1
        previous_end = start + len(body)
        if not contiguous:
            header, table_start = None, start  # (a grid table's top rule stands between its caption and its heading)
        if all(SEPARATOR.match(part) for _, part in parts):
            continue  # the line under the heading row
        if header is None:
            header = [_plain(part) for _, part in parts]  # the first row of a table heads its columns
            caption = caption_unit(text, table_start)
            # "DIRECTORATE (Ms. Nygård): Trawl | 44,100 | −28.3": a table read aloud, rows only
            read_aloud = READ_INTO_RECORD.match(header[0]) is not None and all(FIGURE_CELL.fullmatch(cell) for cell in header[1:])
            header = [""] * len(parts) if read_aloud else header
            # "(tonnes; value in GH₵ million; change … in per cent)": each column's own unit
            # (also beside the caption's one unit, "(PLN thousand; share in per cent)": the share's)
            units = units_caption(text, table_start)
            if not any(header) and (named := parts_as_headings(units, len(header) - 1)):
                header = ["", *named]  # (the caption's parts name the columns of a table read aloud)
            by_column = columns_units(units, header[1:]) if not caption or ";" in units else []
            if PERCENTAGES.fullmatch(caption.strip()) and any(PERCENTAGES.match(unit.strip()) for unit in by_column if unit):
                caption = ""  # the per cent of a part is its column's ("Registered, %" under "(houses; registered houses in per cent)")
            # (a read table's column named by its unit's part is of the caption's time: "change on 2024")
            titled = caption_period(READ_INTO_RECORD.sub("", caption_line(text, table_start)), [""] * len(header) if read_aloud else header)
            in_body = False
            if not read_aloud:
                continue
        if not in_body and not _plain(parts[0][1]) and len(parts) == len(header) and not any(c.isdigit() for c in body):
            # "|  |  | (%) |" under "| Tax head | Target | Performance |": the heading's second line
            header = [f"{above} {_plain(part)}".strip() for above, (_, part) in zip(header, parts)]
            continue
        in_body = True
        label = READ_INTO_RECORD.sub("", _plain(parts[0][1]))
        for column, (at, part) in enumerate(parts[1:], start=1):
            heading = header[column] if column < len(header) else ""
            unit = (by_column[column - 1] if column - 1 < len(by_column) else "") or caption
            cells.append(Cell(at, at + len(part), label, heading, accounting_negative(part), caption_unit=unit,
                              period=change_column_span(header, column)
                              or (titled if titled and not (time_expressions(label) or yearless_times(label)) else None)))
    return cells


def _bare_rows(text: str) -> list[tuple[int, str]]:
    """The rows of tables written without outer pipes: blocks of MIN_BARE_ROWS or more lines in a row,
    each with the same number of cells."""
    blocks: list[list[re.Match[str]]] = []
    for m in BARE_ROW.finditer(text):
        previous = blocks[-1][-1] if blocks else None
        if previous and text.count("\n", previous.end(), m.start()) == 1 and \
                m.group("cells").count("|") == previous.group("cells").count("|"):
            blocks[-1].append(m)
        else:
            blocks.append([m])
    return [(m.start("cells"), m.group("cells")) for block in blocks if len(block) >= MIN_BARE_ROWS for m in block]


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


PERCENT_LABEL = re.compile(r"(?<![\d.])%|\bper\s*cent(?:age)?\b|\bpercent(?:age)?\b|/\s*GDP\b", re.IGNORECASE)  # "Gen. gov. debt/GDP", "Percentage of GDP" (not "VAT (16%)": a rate the row is of)
YEAR_END_LABEL = re.compile(r"\b(?:end[- ]of[- ](?:the[- ])?(?:year|period)|end[- ]year|year[- ]end|end[- ]period|dec\w*\s*/\s*dec\w*)\b",
                            re.IGNORECASE)
RATIO_TO_GDP = re.compile(r"\s*/\s*GDP\b")  # "Current account balance/GDP": each figure a share of GDP
# "Oil production (million bpd)": what the row's figures are in, in brackets at the label's end
DAY_AS_BASE = re.compile(r"\b(?:since|from|until|base|=)\s*$|\($", re.IGNORECASE)  # "Debt since 1 March 2025": no day of the row's
ANY_BRACKET = re.compile(r"\((?P<unit>[^()]{1,40})\)")
ROW_RATE_UNITS = frozenset({"percentage_points"})  # a row's own unit of its figures' differences ("(pp)", "(bp)")
LABEL_BRACKET = re.compile(r"\((?P<unit>[^()]{1,40})\)\s*(?:,[^(),]*)?$")  # also "Ore milled (kt), Boroko": a category's column
# "Number of poor …, millions": the scale of the row's figures, after a comma at the label's end
COUNTED = re.compile(r"number|no\.|count", re.IGNORECASE)
MILLIONS_COUNTED = re.compile(r"[a-z]{3}s\s*\(m\)\s*$")  # a plural noun over "(m)": "Passengers (m)", "Foreign tourists (m)"
LABEL_SCALE = re.compile(r",\s*(?P<unit>(?:thousand|million|billion)s|(?:(?:[A-Z]{0,3}\$|[€£¥])\s?)?(?:thousand|million|billion)(?:\s+[A-Za-z]{1,6})?)\s*$",
                         re.IGNORECASE)  # also ", million TEU", ", US$ billion"
# "Exchange rate (AOA/US$, end of period)": units of a currency to the dollar
LABEL_CURRENCY = re.compile(r"\b(?P<code>[A-Z]{3})\s*(?:/|per)\s*(?:US\$|(?:USD|US\s+dollar|EUR|euro)\b)")  # "AOA/US$", "CZK/EUR"


def label_unit(label: str) -> str:
    """'percent' when the row label says its numbers are percentages ("Real GDP growth, %"), a
    currency's code when they are its units to the dollar ("AOA/US$")."""
    if PERCENT_LABEL.search(label):
        return "percent"
    currency = LABEL_CURRENCY.search(label)
    return currency.group("code") if currency else ""


def with_spelled_abbreviations(cells: list[Cell], spelled: dict[str, str]) -> list[Cell]:
    """Cells whose heading or label abbreviates a measure the text spells out ("IGR" over a column, after "internally
    generated revenue (IGR)"), with the spelled name beside it: the words that say what the figures measure."""
    if not spelled:
        return cells
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, spelled)) + r")\b")
    def spell(words: str) -> str:
        return pattern.sub(lambda m: f"{m.group()} ({spelled[m.group()]})", words)
    return [replace(cell, heading=spell(cell.heading), label=spell(cell.label)) for cell in cells]


def year_end(label: str) -> bool:
    """Whether the row's figures are of the end of each year ("Inflation, end of year, %")."""
    return YEAR_END_LABEL.search(label) is not None


def _day_in_column(label: str, start: str, end: str) -> str:
    """The day or month a row label names without its year ("at 31 December", "at end-June"), in the
    year of the column's period it falls in; "" when the label names none."""
    named = [t for t in yearless_times(label) if t.kind in ("yearless_day", "yearless_month")]
    if len(named) != 1 or not (start[:4].isdigit() and end[:4].isdigit()):
        return ""
    written = named[0].periods[0][0]
    for year in dict.fromkeys((end[:4], start[:4])):
        day = written.replace("YYYY", year)
        if start <= day[: len(start)] and day[: len(end)] <= end:
            return day
    return ""


def _fiscal_if(cell: Cell, t: TimeExpression) -> TimeExpression:
    """A plain year of a table whose caption says its years are fiscal years, as that fiscal year."""
    return replace(t, kind="fiscal") if cell.of_fiscal_years and t.kind == "year" else t


SCALE_THEN_CURRENCY = re.compile(r"(?:thousand|million|billion|trillion)s?\s+(?P<currency>[a-z]{2,10}),?")  # "trillion won"
# a row that counts things ("Number of taxpayers", "Mines in operation", "Population, million"), whatever its column's unit
COUNTED_ROW = re.compile(r"^(?:[Nn]umber|[Nn]o\.)\s+of\b|\bin\s+operation\b|,\s*(?:thousands?|millions?|number)\b")

def read_in_table(rows: list[Observation], cell: Cell, q: Quantity, home: Country | None, fiscal: FiscalYear = CALENDAR_YEAR,
                  local_dollar: str = "") -> list[Observation]:
    """A table cell's number as its row label and column heading state it: the unit and indicator
    the label gives ("Real GDP growth, %"), the period the heading names ("2022"; the year's end for
    an "end of year" row), the document's country as subject. In a table whose rows are years
    ("1981 | 10.2 | −0.8") the column heading names the measure and the row label the time."""
    row = rows[0]
    label_times = [as_fiscal(_fiscal_if(cell, t), cell.label, fiscal)  # (a label that is a year alone: even an early one)
                   for t in time_expressions(cell.label, YEARS_ALONE.fullmatch(cell.label) is not None)]
    heading_times = [as_fiscal(_fiscal_if(cell, t), cell.heading, fiscal)  # (a heading that is a year alone: even an early one)
                     for t in time_expressions(cell.heading, YEARS_ALONE.fullmatch(cell.heading) is not None)]
    measure, times = (cell.heading, label_times) if label_times and not heading_times else (cell.label, heading_times)
    # the cell as a sentence would state it: "Real GDP growth, % 8.9"; "Gen. gov. debt 83.4 of GDP"
    ratio = RATIO_TO_GDP.search(measure)
    words = measure[: ratio.start()] + measure[ratio.end() :] if ratio else measure
    words = f"{cell.topic}: {words}" if cell.topic else words  # "Inter-Korean trade: Inbound 1,452.4"
    # (a caption's "(% of adults)": each figure a share of what it names)
    share_of = re.match(r"\s*(?:%|per\s?cent)\s+(?P<whole>of\s+(?!(?:the\s+)?(?:total|amount|value)\b)\S.*)", cell.caption_unit, re.IGNORECASE)
    stated = f"{words} {row.mention}" + (" of GDP" if ratio else f" {share_of.group('whole')}" if share_of else "")
    at = len(words) + 1
    unit = "times" if row.unit == "count" and names_a_multiple(measure + " ", len(measure) + 1) else row.unit
    unit = "rank" if cell.of_ranks else unit  # (no scale or percent of the table's is the rank's)
    if unit == "count":
        unit = label_unit(measure) or (context.local_currency(stated.lower(), replace(q, start=at, end=at + len(row.mention)),
                                                              home.name if home else "", home)
                                       if TO_THE_DOLLAR.search(measure) or _priced_currency(cell) else unit)
    value, high = row.value, row.value_high
    bracket = LABEL_SCALE.search(measure) or LABEL_BRACKET.search(measure)
    if not (bracket and caption_scale(bracket.group("unit"))):
        # the row's unit before its column's name or a note's mark: "Excess (pp) (Quarter)", "Premiums (UGX bn) (a)";
        # not a level's scale before a column of its changes ("Transactions (thousands) (Annual change)")
        of_changes = cell.of_changes or CHANGE_LABEL.search(measure) is not None
        bracket = next((b for b in ANY_BRACKET.finditer(measure, 0, bracket.start() if bracket else len(measure))
                        if (read := caption_scale(b.group("unit"))) and (read[1] in ROW_RATE_UNITS or not of_changes)), bracket)
    if not (bracket and caption_scale(bracket.group("unit"))) and measure is cell.label and not heading_times \
            and not label_unit(cell.label) and not COUNTED_ROW.search(cell.label) \
            and (heading := LABEL_SCALE.search(cell.heading) or LABEL_BRACKET.search(cell.heading)) and caption_scale(heading.group("unit")):
        bracket = heading  # "| Collected (US$ million) | Change (%) |": a column's own unit, where its row names none
    # (a figure read as people at its line's end is still a bare figure the table scales)
    # ("Share price at 31 December (K)" where the kwacha is "K": not thousands)
    in_bracket = (_home_money(bracket.group("unit"), home) or caption_scale(bracket.group("unit"))) \
        if unit in ("count", "persons") and bracket else None
    counted = bracket and COUNTED.fullmatch(bracket.group("unit").strip())  # "Staff (number)": not the caption's money
    if unit in ("count", "persons") and not counted and (scaled := in_bracket or (
            _home_money(cell.caption_unit, home) or caption_scale(cell.caption_unit) if cell.caption_unit else None)):
        value, unit = format_decimal(Decimal(value) * scaled[0]), scaled[1]  # "10.2" under "(US$ billion)"
        high = format_decimal(Decimal(high) * scaled[0]) if high else high  # ("30.0–37.5" under "(millions)": both ends)
        scale_words = bracket.group("unit") if in_bracket else cell.caption_unit
        if not unit and (prefix := CURRENCY_WORD.fullmatch(as_unit(scale_words)) or SCALE_THEN_CURRENCY.fullmatch(as_unit(scale_words))):
            # "R billion", "(Rm)", "(trillion won)": the rand, the won where it is
            unit = context.resolve_currency(prefix.group("currency").lower(), "", replace(q, start=0, end=0), "", home)
        elif not unit and (named := WORD_BEFORE_SCALE.fullmatch(as_unit(scale_words))) and (name := currency_name(named.group("word"))):
            unit = context.resolve_currency(name, "", replace(q, start=0, end=0), "", home)  # "(kwacha million)": Zambia's or Malawi's
        elif unit == "USD" and scale_words.strip().startswith("$"):
            unit = local_dollar or unit  # "($ million)" in an Australian regulator's table: Australian dollars (extract.local_money)
    if unit == "m" and MILLIONS_COUNTED.search(measure):
        value, unit = format_decimal(Decimal(value) * 1000000), "count"  # "Foreign tourists (m)": millions of them, not metres
        high = format_decimal(Decimal(high) * 1000000) if high else high
    if PERCENTAGES.fullmatch(cell.caption_unit.strip()) and unit not in ("percent", "percentage_points", "rank") and not in_bracket \
            and label_unit(measure) in ("", "percent"):
        unit = "percent"  # "6.1" under "Change (%)" in a row "Residential (51-200 kWh)": the column's percent, not the block's kWh
    # (a caption's "annual percentage change" is not of the rows that state their own unit: "Unemployment rate (%)")
    own_unit = ratio or label_unit(measure) or (bracket and caption_scale(bracket.group("unit")))
    changes = CHANGE_LABEL.search(measure) is not None or (cell.of_changes and not own_unit) \
        or (unit == "percent" and PRICES_LABEL.search(measure) is not None)  # "Consumer prices, Dec.-Dec. (%)": a rate of change
    if unit == "count" and changes and (RATE_LABEL.search(measure) or cell.of_changes):
        unit = "percent"  # "Real GDP growth  4.6", "GDP" under "Annual percentage change": a rate of change, in percent
    if unit == "count" and RATE_ROW.search(measure) and not EXCHANGE_ROW.search(measure):
        unit = "percent"  # "Labour force participation rate  61.2", "Unemployment rate (ILO)  2.6": a rate, in percent
    period_start, period_end = times[0].periods[0] if times else (row.period_start, row.period_end)
    if times and year_end(measure) and len(period_end) == 4:
        period_start = period_end = f"{period_end}-12"
    elif times and (day := _day_in_column(measure, period_start, period_end) or _day_in_column(cell.as_of, period_start, period_end)):
        period_start = period_end = day  # "Customers at 31 December (thousand)" under "2023": that day of the year
    elif times is heading_times and len(label_times) == 1 and label_times[0].kind == "date" \
            and label_times[0].end == len(cell.label.rstrip()) and not DAY_AS_BASE.search(cell.label, 0, label_times[0].start) \
            and period_start <= label_times[0].periods[0][0][: len(period_start)] \
            and label_times[0].periods[0][1][: len(period_end)] <= period_end:
        period_start, period_end = label_times[0].periods[0]  # "Capital value, 1 April 2025" under "second quarter 2025": that day
    # (a change of an amount is unsigned, as levels are: only rates and index points carry a fall's sign)
    changes = changes and unit in SIGNED_CHANGE_UNITS
    indicator = classify(stated, at, at + len(row.mention), unit)
    if (broken_down := BREAKDOWN_TOPIC.match(cell.topic)) and indicator not in FLOWS:
        whole = f"{broken_down.group('whole')} {row.mention}"  # "Exports by product" over "Refined petroleum products  205": exports
        indicator = flow if (flow := classify(whole, len(whole) - len(row.mention), len(whole), unit)) in FLOWS else indicator
    if is_fallback(indicator) and cell.title and not cell.topic:
        titled = f"{cell.title}: {words} {row.mention}"  # "Fishing licences  41.6" under "Government revenue by source"
        indicator = classify(titled, len(titled) - len(row.mention), len(titled), unit)
    # ("France  24,100" under tourist arrivals: persons; under "Guest nights by accommodation": nights)
    unit = people_counted(indicator, unit, stated, len(stated), f"{cell.title} {cell.topic} {cell.caption_unit}")
    if unit == "count" and not changes and (_counts_people(measure) or _counts_people(_whole_counted(cell.title or cell.topic))):
        unit = "persons"  # "Staff (number)  418", "Passengers carried (thousand)  3,412.7"; under "Persons in custody by status"
    value = signed_cell(value, row.mention, cell.bracketed, changes, unit, is_deficit(measure, indicator), cell.signs_printed)
    period_start, period_end = cell.period or (period_start, period_end)
    if cell.compared and (base := previous_period(cell.compared, period_start)):
        period_start = base  # "2022  2023  Change": the change from the year before to the year, its span
    return [replace(row, value=value, value_high=high, unit=unit, indicator=indicator, qualifier=cell.bound or row.qualifier,
                    period_start=period_start, period_end=period_end,
                    subject=flow_pair(cell.topic, home) or _row_country(measure, indicator, home, cell.topic)
                    or (row_place(measure) if cell.of_places else "")  # "Western North  158,420" under "Region"
                    or ("world" if (world_aggregate(measure) or WORLD_ROW.fullmatch(LABEL_TAIL.sub("", measure)))
                        and not country_mentions(measure) else "")  # "World mine production (kt)", "World (70 countries)"
                    or (home.name if home else row.subject),
                    source=cell.source or row.source)]


# a caption naming a flow broken down by its parts: the rows are parts of the flow, whatever each names
BREAKDOWN_TOPIC = re.compile(r"(?:Table[ \t]*[\w.-]*[.:]?[ \t]+)?(?P<whole>.+?)[ \t]+by[ \t]+(?:main[ \t]+)?(?:products?|commodit(?:y|ies)|"
                             r"destinations?|origins?|markets?|partners?|countr(?:y|ies)|regions?|sections?|chapters?|goods|items?)\b", re.IGNORECASE)
FLOWS = frozenset({"exports", "imports"})
SIGNED_CHANGE_UNITS = ("percent", "percentage_points", "points", "ratio", "count", "persons")  # (bare figures: perhaps points)
LABEL_TAIL = re.compile(r"\s*\(.*$")
YEARS_ALONE = re.compile(r"\s*1\d{3}(?:\s*[–-]\s*(?:1\d)?\d\d)?\s*")  # "1368–1369", the heading a caption gives its table
COLUMN_GAP = re.compile(r"[ \t]{2,}|\t")
WORLD_ROW = re.compile(r"\s*(?:World|Global|World\s+total)\s*", re.IGNORECASE)  # a row of a table of countries that totals them


def _home_money(words: str, home: Country | None) -> tuple[Decimal, str] | None:
    """The document's own currency, unscaled, where a unit writes it as the text writes it before an
    amount: "K", "K/litre", "K per litre" where the kwacha is "K" (not thousands)."""
    if home is None or not home.currency:
        return None
    words = words.split(",")[0].strip()  # "K per litre, Lusaka"
    price = PRICE_PER.fullmatch(words)
    money = (price.group("money") if price else words).strip()
    return (Decimal(1), home.currency) if context.writes_currency(money, home.currency) else None
EXCHANGE_TOPIC = re.compile(r"\bexchange\s+rates?\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _priced_currency_heading() -> re.Pattern[str]:
    """A column heading that names a currency (lexicon/quantities.yaml currency_names), perhaps after
    its country's adjective or "US", with a note's stars: "US Dollar", "Sterling Pound", "Japanese Yen*"."""
    names = "|".join(re.escape(n) for n in sorted(load_lexicon("quantities")["currency_names"], key=len, reverse=True))
    return re.compile(rf"^(?:[A-Z][a-z]+\s+)?(?:{names})\*?$", re.IGNORECASE)


def _priced_currency(cell: Cell) -> bool:
    """A column of an exchange-rate table headed by the currency priced ("US Dollar" under "Kenya
    Shilling Exchange Rates"): its figures are prices of it in the document's currency."""
    return bool(EXCHANGE_TOPIC.search(cell.topic)) and _priced_currency_heading().match(cell.heading.strip()) is not None


def _counts_people(label: str) -> bool:
    """A row label, or the column heading set in brackets after it ("January (International passengers)"),
    whose first or last word is a person noun ("Staff", "Passengers carried", "Tourist arrivals")."""
    person_nouns = grammar().person_nouns
    for part in (LABEL_TAIL.sub("", label), *re.findall(r"\(([^()]*)\)", label)):
        words = re.findall(r"[A-Za-z]+", part.lower())
        if words and (words[0] in person_nouns or words[-1] in person_nouns):
            return True
    return False


def _whole_counted(caption: str) -> str:
    """What a caption says its table counts, before the parts its rows break it into, by its head ("Persons" of "Persons
    in custody by status"); "" when it names no parts, several things ("Passengers and aircraft movements by month"),
    another's ("Members' herds by species") or a ratio ("Teachers per school by province")."""
    whole, *parts = re.split(r"\s+by\s+", caption, maxsplit=1)
    if not parts or re.search(r",|\band\b|['’]|\bper\b", whole):
        return ""  # (also a caption cut at its comma: "Applicants")
    return re.split(r"\s+(?:of|to|for|from|with|in|at|on)\s+", whole, maxsplit=1)[0]  # (not "Loans to farmers")


def _row_country(measure: str, indicator: str, home: Country | None, topic: str = "") -> str:
    """The country a row is of ("Tunisia", "China, Exports"); the home country's pair with it when
    the row measures a flow between them (exports to it, tourists from it, or any figure of a table of
    remittances by country of sender)."""
    # (its first part, without a bracket: "European Union (27)", "China (Share (%))")
    country = country_named_alone(measure) or country_named_alone(LABEL_TAIL.sub("", measure.split(",")[0]))
    if country and home and country != home.name and (indicator in load_lexicon("context")["pair_flow_indicators"]
                                                        or _partner_caption().search(topic)):
        return f"{home.name}-{country}"
    return country


@lru_cache(maxsize=1)
def _partner_caption() -> re.Pattern[str]:
    return re.compile(load_lexicon("context")["partner_table_caption"], re.IGNORECASE)


def row_place(measure: str) -> str:
    """The place a row of a table of places is of: its label's first part ("Norte" of "Norte, Index (2015=100)"),
    unless it names the whole ("Total", "National"); a label over two text columns ("Mtwara      TANECU, MAMCU")
    is the place of its first."""
    place = LABEL_TAIL.sub("", COLUMN_GAP.split(measure.strip())[0].split(",")[0]).strip()
    whole = set(load_lexicon("context")["whole_row_labels"])
    return "" if not place[:1].isupper() or whole & set(place.lower().split()) else place


ACCOUNTING_NEGATIVE = re.compile(r"\(\d[\d,.]*\)")


def accounting_negative(figure: str) -> bool:
    """'(2.8)': a figure in brackets, as accountants write a negative one."""
    return ACCOUNTING_NEGATIVE.fullmatch(figure.strip()) is not None
CHANGE_LABEL = re.compile(r"\b(?:growth|change|inflation|increase|variation|returns?)\b", re.IGNORECASE)  # a row of rates of change (a "First-day return (%)")
RATE_ROW = re.compile(r"\brate\b", re.IGNORECASE)
PRICES_LABEL = re.compile(r"\b(?:(?:consumer|producer|retail|wholesale|export|import)\s+prices|cpi|ppi|deflator)\b(?!\s*(?:level|index\s+level))", re.IGNORECASE)
EXCHANGE_ROW = re.compile(r"\b(?:exchange|conversion|parallel|official|market)\b", re.IGNORECASE)  # "Exchange rate": a price
RATE_LABEL = re.compile(r"\b(?:growth|inflation)\b", re.IGNORECASE)  # a rate of change given without its unit is a percentage
# a caption saying its figures are rates of change: "(year-on-year, %)", "Real GDP growth rates by industry"
CHANGES_CAPTION = re.compile(r"\b(?:growth|inflation|y-o-y|yoy|year-on-year|annual\s+(?:percentage\s+)?change|percentage\s+change|%\s+change"
                             r"|(?:investment\s+)?returns\s+(?:to|over|since))\b",  # "Returns to 30 June 2025 (%)" (not "Tax returns for 2023")
                             re.IGNORECASE)

