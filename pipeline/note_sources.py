"""Sources a table's note gives parts of its table: "Sources: National Statistical Committee (growth, inflation);
National Bank (remittances)" gives each body the rows its brackets name; "2025f" columns are the forecaster's a
note names ("F = Moody's Ratings forecast"). The note that names one source for a whole block: captions."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.captions import NAME, NOTE_SENTENCE_END, TABULATED_BY, block_above
from pipeline.lexicon import load_lexicon
from pipeline.pipe_tables import Cell
from pipeline.abbreviations import SHORT_NAME
from pipeline.references import known_full_name, longer_name


# a table's note naming several sources, each perhaps with the rows it gives ("Sources: National
# Statistical Committee (growth, inflation); National Bank (remittances, exchange rate)") or as the one
# that estimates and projects ("…; World Bank staff estimates and projections")
# (". 2024 figures preliminary.", ". Cloth includes Flemish cloth.": a note's next sentence, no source of a row)
# (the note's next sentences may hold semicolons of their own: ". Nominal GDP rose 10.7% (3,138.6 / 2,835.2); visitors …")
# (a sentence's end is none: not "U.S. Census Bureau", "(cat. 5220.0)")
# (perhaps after the note's own sentences: "Notes: the island was closed in 2020 and 2021. Sources: Sernatur (arrivals); …")
NOTE_CHAR = r"(?:[^\n.]|(?<![a-z\d)])\.(?![ \t]+\d)|\.(?![ \t]+[A-Z\d])|(?:(?<=\b[a-z])|(?<=\b[a-z]{2})|(?<=\b[a-z]{3}))\.(?=[ \t]+\d))"
NOTE_OPENING = r"^[ \t]*(?:Notes?:[^\n]*?(?<=[a-z\d)])\.[ \t]+)?Sources?:[ \t]*"
NOTE = re.compile(rf"{NOTE_OPENING}(?P<items>{NOTE_CHAR}*;{NOTE_CHAR}*?)(?:\.[ \t]+\d[^\n]*|(?<=[a-z\d)])\.[ \t]+[A-Z][^\n]*)?\.?[ \t]*\r?$",
                  re.MULTILINE)
# (a month is no body: "budget laws as passed, with the 2020 budget as revised in June 2020")
NOTE_ITEM = re.compile(rf"[ \t]*(?:the[ \t]+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
                       rf"(?P<name>{NAME})(?P<rest>[^;]*)")
TOPIC_ABBREVIATION = re.compile(r"(?<=[ \t]for[ \t])[A-Z]{2,6}(?=[ \t]+[a-z])")
TOPICS = re.compile(r"\((?P<topics>[^()]+)\)")
PROJECTIONS = re.compile(r"\b(?:estimates?|projections?|forecasts?)\b", re.IGNORECASE)
MARKED_YEAR = re.compile(r"(?:1[89]|20)\d\d(?:[a-z*]|\([a-z]{1,4}\))|\b(?:proj|est|forecast|f)\b", re.IGNORECASE)


def marked_columns(text: str) -> dict[str, str]:
    """The bodies a table's note names as making the figures of the columns a mark heads ("b Economist
    Intelligence Unit estimates.", "F = Moody's Ratings forecast"), by the mark: {"b": "Economist
    Intelligence Unit", "F": "Moody's"}."""
    return {m.group("mark"): known_full_name(m.group("org")) for m in _forecaster_note().finditer(text)}


@lru_cache(maxsize=1)
def _forecaster_note() -> re.Pattern[str]:
    return re.compile(load_lexicon("context")["forecaster_note"], re.MULTILINE)


COLUMN_MARK = re.compile(r"\d(?P<mark>[A-Za-z*]{1,2})\s*$")  # "2025F", "2025/26b"


def with_note_sources(text: str, cells: list[Cell]) -> list[Cell]:
    """Table cells with the source a note under their table gives them: the rows whose labels name an
    item's topics are that item's; the columns marked as estimates or forecasts ("2025f") are those of
    the item that estimates and projects, or of the body a note names for the column's mark ("F =
    Moody's Ratings forecast"). A cell the note does not assign keeps no source."""
    if not cells:
        return cells
    marks = marked_columns(text)
    assigned = {cell.start: marks[m.group("mark")] for cell in cells
                if (m := COLUMN_MARK.search(cell.heading)) and m.group("mark") in marks}
    for note_start, note_items in _notes(text) if "Source" in text else ():  # (a whole-document search only where a note can be)
        if TABULATED_BY.match(text, note_start):
            continue  # "…; compiled by Edward J. Lowell (1884)": the compiler's, for the whole block (captions)
        top, bottom = block_above(text, note_start)  # the table may stand a blank line above its note
        above = [cell for cell in cells if top <= cell.start < bottom]
        # ("Ministry of Finance for CBI revenue": rows named by an abbreviation, not a longer body's name)
        items_text = TOPIC_ABBREVIATION.sub(lambda m: m.group().lower(), note_items)
        items = [m for m in NOTE_ITEM.finditer(items_text) if m.group("name")]
        topics = _item_topics(items_text, items)
        ends = re.search(NOTE_SENTENCE_END, items_text)
        if ends and not any(named for item, named in zip(items, topics) if item.start() >= ends.end()):
            continue  # "… April 2024. Shares are of the Total; manufacturing is part of Production.": a note after one source
        # "Source: Croatian Bureau of Statistics (DZS); public debt: Croatian National Bank (HNB)": the item
        # that names no rows gives every row the others do not name
        general = [item.group("name") for item, named in zip(items, topics) if not named and not PROJECTIONS.search(item.group("rest"))]
        others = [item.group("name") for item, named in zip(items, topics) if named == [ALL_OTHERS]]
        default = others[0] if others else general[0] if len(general) == 1 and len(items) > 1 else ""
        for cell in above:
            if cell.source:
                continue  # a row of a scholar's own estimates (estimator_tables): the note lists where each is
            source = _note_source(cell, items, topics) or default
            if source:  # ("Ho Ping-ti  Maddison" over "Sources: …; Maddison (2007)": the Angus Maddison the text named)
                assigned[cell.start] = longer_name(source, text, cell.start)
    return [replace(cell, source=assigned[cell.start]) if cell.start in assigned else cell for cell in cells]


# a note that lists its sources by commas (or "and" before a name), each with what it gives in brackets, perhaps over two
# lines: "Sources: IBGE (GDP and growth), Conab (soybeans), ANEEL (wind)."
COMMA_NOTE = re.compile(rf"{NOTE_OPENING}(?P<items>[^;(\n]+\([^()\n]+\)(?:,[ \t]*(?:\r?\n[ \t]*)?[^;(\n,]+\([^()\n]+\)"
                        r"|[ \t]+and[ \t]+(?:the[ \t]+)?[A-Z][^;(\n,]+\([a-z][^()\n]*\))+)", re.MULTILINE)


# two items joined by "and", each with what it gives in brackets: "CONAF (park revenue, 2016) and Ma'u Henua (park revenue, from 2017)"
ITEMS_JOINED = re.compile(r"\)[ \t]+and[ \t]+(?=(?:the[ \t]+)?[A-Z][^();\n]{1,60}\()")


def _notes(text: str) -> list[tuple[int, str]]:
    """Where each sources note under a table starts and its items, separated by semicolons."""
    notes = [(m.start(), ITEMS_JOINED.sub("); ", m.group("items"))) for m in NOTE.finditer(text)]
    starts = {start for start, _ in notes}
    return notes + [(m.start(), re.sub(r"\),[ \t]*(?:\r?\n[ \t]*)?", "); ", ITEMS_JOINED.sub("); ", m.group("items")))) for m in COMMA_NOTE.finditer(text)
                    if m.start() not in starts]


def _item_topics(items_text: str, items: list[re.Match[str]]) -> list[list[str]]:
    """The rows each item of a note names: in brackets after its name ("National Bank (remittances,
    exchange rate)"; not an abbreviation, "(DZS)"), before it with a colon ("public debt: Croatian
    National Bank") or after it with "for" ("Ministry of Finance for the fiscal balance")."""
    found = []
    for index, item in enumerate(items):
        bracket = TOPICS.search(item.group("rest"))
        words = bracket.group("topics") if bracket and not ABBREVIATION.fullmatch(bracket.group("topics").strip()) else ""
        lead = TOPIC_LEAD.search(items_text, items[index - 1].end() if index else 0, item.start("name"))
        after = TOPIC_AFTER.match(item.group("rest"))  # "Ministry of Finance for the fiscal balance"
        words = ", ".join(w for w in (words, lead.group("topics") if lead else "", after.group("topics") if after else "") if w)
        if OTHER_CELLS.fullmatch(words.strip()):
            found.append([ALL_OTHERS])  # "Bank of Uganda for all other cells": the rows and columns no other item names
            continue
        # "UBOS for the 2023/24 outturns of growth and inflation": the rows named, in that year's column only
        column = COLUMN_TOPIC.match(words)
        rows = words[column.end() :] if column else words
        found.append([f"{column.group('period')} {t}" if column else t
                      for t in (re.sub(r"^the\s+", "", t.strip().lower()) for t in re.split(r",|\band\b", rows)) if t])
    return found


ALL_OTHERS = "*"
OTHER_CELLS = re.compile(r"(?:all\s+)?(?:the\s+)?(?:other|remaining)\s+(?:cells|figures|rows|columns|data|series)|the\s+rest|everything\s+else")
# "2023/24 outturns of", "2024 figures for": a column's period before the rows an item names
COLUMN_TOPIC = re.compile(r"(?P<period>(?:19|20)\d\d(?:/\d\d)?)\s+(?:[a-z]+\s+){0,2}?(?:of|for|on)\s+")


ABBREVIATION = re.compile(SHORT_NAME)  # "(DZS)", "(HNB)", "(BoZ)": a name's short form, no rows
YEAR_TOPIC = re.compile(r"(?P<first>(?:1[89]|20)\d\d)(?:\s*[-–]\s*(?P<last>(?:1[89]|20)\d\d))?")
YEAR_CELL = re.compile(r"\b(?:1[89]|20)\d\d\b")
TOPIC_LEAD = re.compile(r"(?P<topics>[a-z][\w ,-]{1,60}):[ \t]*$")
TOPIC_AFTER = re.compile(r"[ \t]+for[ \t]+(?:the[ \t]+)?(?P<topics>(?:[a-z]|(?:19|20)\d\d)[\w /,-]{1,60}?)[ \t.]*$")


def _names_cell(topic: str, label: str, heading: str) -> bool:
    """Whether a note's topic names the cell: its row ("fiscal balance"), or its row in one column ("2023/24 growth")."""
    period, _, rows = topic.partition(" ") if COLUMN_PERIOD.fullmatch(topic.split(" ", 1)[0]) else ("", "", topic)
    return topic != ALL_OTHERS and rows in label and (not period or period in heading)


COLUMN_PERIOD = re.compile(r"(?:19|20)\d\d(?:/\d\d)?")


def _note_source(cell: Cell, items: list[re.Match[str]], topics: list[list[str]]) -> str:
    # what the cell measures: its row's label, and its column's heading in a table whose rows are years
    label = f"{cell.label} {cell.heading}".lower()
    # a column headed by the body the note names: "Year  SNBS  World Bank  IMF" over "Sources: SNBS; World Bank, …"
    headed = next((item.group("name") for item in items if item.group("name").strip() == cell.heading.strip()), "")
    if headed:
        return headed
    for item, named in zip(items, topics):
        if any(_names_cell(topic, label, cell.heading) for topic in named):
            return item.group("name")
    # "Sources: Deloitte, … reports (2019–2023); KRG Ministry of Natural Resources (2024)": the years each item covers
    year = YEAR_CELL.search(label)
    for item, named in zip(items, topics):
        if year and any((span := YEAR_TOPIC.fullmatch(topic)) and span["first"] <= year.group() <= (span["last"] or span["first"])
                        for topic in named):
            return item.group("name")
    if MARKED_YEAR.search(cell.heading):
        return next((item.group("name") for item in items if PROJECTIONS.search(item.group("rest"))), "")
    return ""
