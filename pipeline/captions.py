"""Blocks of figures under a caption that names their source ("FACTBOX - Peru key figures (Fitch)",
"Key indicators (source: IMF)"), or over a note that does ("Source: World Bank staff estimates."). The
label lines and table rows of such a block ("Real GDP growth, %: 2023 −0.4; 2024 3.3") attribute
nothing themselves: the caption's or the note's source is theirs. A note naming several sources, each for its rows
or marked columns: note_sources."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from pipeline.estimators import is_person, known_estimators, publisher_of
from pipeline.lexicon import load_lexicon
from pipeline.abbreviations import SHORT_NAME, lower_case_name
from pipeline.references import is_institution_head, longer_name

# a body's name: capitalised words, with lower-case joiners between them ("Bank of the Republic of Haiti", "Banco de Guatemala")
# (perhaps after initials: "U.S. Bureau of Economic Analysis")
# (capitals of other Latin alphabets too: "Statistics and Research Åland")
NAME = r"(?:(?:[A-Z]\.){2,3}[ \t]+)?[A-ZÀ-ÖØ-Þ\u0100-\u017F][\w&’'-]*(?:[ \t]+(?:(?:of|for|and|the|&|de|del|da|do|du|des|la|di)[ \t]+)*(?:[dl][’'])?[A-ZÀ-ÖØ-Þ\u0100-\u017F][\w&’'-]*)*"  # (also "Acciaierie d'Italia")
# a short line that does not end a sentence, closing on a bracketed name: the caption of what follows
PERSON_LAST = re.compile(r"[^:;]*$")  # the caption's last part, after a label's colon or a list's semicolon
CAPTION = re.compile(
    rf"^[ \t]*(?P<title>[^\n.!?]{{3,100}}?)[ \t]+\((?:[Ss]ources?:[ \t]*)?(?P<source>{NAME})\)[ \t]*\r?$",
    re.MULTILINE,
)
INFOBOX_VALUE = re.compile(r"\S[ \t]{2,}[^\n]*\d")  # (a label, a column's gap, then a value with figures)
# a portfolio after a comma in a ministry's name, not another body ("…, Ministry of Finance") nor a publication's
# title ("Ministry of Finance, Budget in Brief 2026/27": words go on after it)
PORTFOLIO = rf"(?![^,;\n]*\b(?:Ministry|Department|Directorate|Bank|Office|Bureau|Agency|Institute|Service|Authority|Commission|staff|estimates?|Speech|Statement|Report|Review|Bulletin|Survey|Brief|Outlook|Yearbook|Estimates)\b)(?![A-Z]{{2,}}\b){NAME}(?=[ \t]*(?:[,;.()]|\r?$|(?:19|20)\d\d\b|based\b|from\b|data\b|figures\b|statistics\b|estimates\b))"
# a note under a table: one source ("Sources: IMF; World Bank" splits the table between them: see NOTE)
# (perhaps after a short note of its own: "f--Forecast. Source: S&P Global Ratings.", "Note: the cocoa year runs
# from October to September. Source: Ghana Cocoa Board.")
# (a ministry's portfolios after commas: "Ministry of Finance, Economic Affairs and Investment", "Directorate of the
# Territories, Food and Sea")
# ("Figures as reported by the EPU in the plans' reviews.": a note that names its source in a sentence; not "Outturns
# as reported by …", which are the source of one column, not of the targets beside them)
# a sentence's end in a note (not an abbreviation's full stop: "Govt. Statistician", "Dept. Estimates", "cat. 6202.0")
NOTE_SENTENCE_END = r"(?<=[a-z\d)])(?<!\b[A-Za-z][a-z]{2})(?<!\b[A-Za-z][a-z]{3})\.[ \t]+(?=[A-Z])"
SOURCE_NOTE = re.compile(rf"^[ \t]*(?:(?:Notes?:[ \t]*)?[^\n:.]{{1,80}}\.[ \t]+)?(?:Sources?:|(?:Figures|Data|Values|Amounts)"
                         rf"(?:[ \t]+are)?[ \t]+(?:as[ \t]+)?(?:reported|compiled|published|estimated)[ \t]+by(?:[ \t]+the)?)[ \t]*"
                         rf"(?:(?:[A-Z][\w&-]*[ \t]+){{1,4}}(?:Division|Unit|Section),[ \t]+(?=[A-Z]))?(?:(?:compiled|adapted|calculated|derived)[ \t]+from[ \t]+|based[ \t]+on[ \t]+)?"
                         rf"(?P<source>(?:the[ \t]+)?(?:Ministry|Department|Directorate)[ \t]+of[ \t]+(?:the[ \t]+)?{NAME}(?:,[ \t]+{PORTFOLIO}(?![ \t]*\((?:1[5-9]|20)\d\d\)))+|[A-Z][a-z]+(?:an|ese|ish|ic|i|ch)[ \t]+(?:customs|authorities|government)\b|{NAME})(?:[^;\n]*?" + NOTE_SENTENCE_END + r"[^\n]*|[^;\n]*"
                         # (a body named by its country's adjective: "Source: French customs.")
                         # (and a note of its own, in a sentence after it, "… April 2024. Shares are of the Total; …", or
                         # naming no other body: "Source: Ministry of Finance; 2024 provisional.")
                         r"(?:;(?![^\n]*(?:\b[A-Z]|\b(?:by|from|authorities|government|staff|customs|bank|office|bureau|ministry|agency|"
                         r"institute|data|survey|estimates?)\b))[^\n]*)?)\r?$",
                         re.MULTILINE)
# "Sources: Department of Statistics; Ministry of Finance for public debt.": one source for the block, another
# for its lines of what the note names
# (the other perhaps with its abbreviation: "…; Eastern Caribbean Central Bank (ECCB) for the exchange rate.")
SCOPED_SOURCE_NOTE = re.compile(rf"^[ \t]*Sources?:[ \t]*(?P<source>{NAME})[ \t]*;[ \t]*(?:the[ \t]+)?(?P<other>{NAME})(?:[ \t]+\((?:{SHORT_NAME})\))?[ \t]+for[ \t]+"
                                r"(?P<scope>[a-z][^;.\n]{2,40}?)\.?[ \t]*\r?$", re.MULTILINE)
BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")
TABLE_NOTE = re.compile(r"[ \t]*(?:Notes?|NOTES?)\b")
MAX_BLOCK_LINES = 30
MAX_LABEL_LINE = 150  # a block of label lines ("Debt, % of GDP: 2024 32.7"), not a paragraph of prose


@dataclass(frozen=True)
class CaptionedBlock:
    start: int  # the first line under the caption
    end: int  # where the block's lines end: the next blank line after them
    source: str  # as the caption names it
    at: int  # where the caption names it


def captioned_blocks(text: str) -> list[CaptionedBlock]:
    """The blocks of lines under captions that name a source, in order."""
    if "(" not in text and "Source" not in text:
        return []
    blocks = []
    for m in CAPTION.finditer(text):
        if _names_no_source(m.group("source")) or _abbreviates(m.group("source"), m.group("title")) \
                or not (last := PERSON_LAST.search(m.group("title")).group().strip()).isupper() and is_person(last):
            continue  # (nor a person with the body he works for: "Analysts: Ana Ruiz (Credicorp Capital); Pedro Lira (BTG Pactual)")
        if INFOBOX_VALUE.search(m.group("title")):
            # an infobox's row with its figures, the estimator its own ("Visitors   about 1.32 million (2023, Tourism
            # Tasmania)"), not the next rows' ("Population (AD 79)  about 12,000 (Fiorelli); 8,000–10,000 (Jongman)")
            if m.group().count("(") == 1 and not re.search(r"[\d\n;]", m.group("source")):  # (one bracket, one name)
                blocks.append(CaptionedBlock(m.start(), m.end(), m.group("source"), m.start("source")))
            continue
        start = m.end()
        while start < len(text) and text[start] in "\r\n \t":
            start += 1  # the blank lines between the caption and its first line
        if text[start : start + 1].islower():
            continue  # a sentence's line that wraps after "battery electric cars (BEV)": no caption
        gap = BLANK_LINE.search(text, start)
        end = gap.start() if gap else len(text)
        if _label_lines(text, start, end):
            blocks.append(CaptionedBlock(start, end, m.group("source"), m.start("source")))
    # ("Source: royal receipts of Champagne, as tabulated by Bautier (1953)": the scholar who tabulated the records)
    tabulated = {_line_start(text, m.start()): m for m in TABULATED_BY.finditer(text)} if " by " in text else {}
    for m in [*SOURCE_NOTE.finditer(text), *(t for at, t in tabulated.items() if not SOURCE_NOTE.match(text, at))]:
        by = m if m.re is TABULATED_BY else tabulated.get(_line_start(text, m.start()))
        if not by and m.group("source").strip() in load_lexicon("context")["not_names"]:
            continue  # "Source: Audited financial statements": a kind of document, no body's name
        start, end = block_above(text, m.start())
        if TABLE_NOTE.match(text, start):  # "Note: Inbound refers to …" between the table and its source
            start, end = block_above(text, start)
        start = _below_prose(text, start, end)
        if _label_lines(text, start, end):
            blocks.append(CaptionedBlock(start, end, longer_name(by.group("source"), text, m.start()) if by else publisher_of(_whole_name(text, m)),
                                         (by or m).start("source")))
    for m in SCOPED_SOURCE_NOTE.finditer(text):
        blocks += _scoped_blocks(text, m)
    blocks.sort(key=lambda block: block.start)
    return blocks


def _line_start(text: str, at: int) -> int:
    """Where the line that holds `at` starts (a note's match may start on it, or at the line break before it)."""
    return text.rfind("\n", 0, at + 1) + 1


NAME_TO_ABBREVIATION = re.compile(r"[^\n;()]{0,80}?(?=[ \t]+\((?P<abbr>[A-Z]{3,8})\)[ \t]*\.?[ \t]*\r?$)", re.MULTILINE)


def _whole_name(text: str, note: re.Match[str]) -> str:
    """A note's source, and the words in lower case that go on with its name up to its abbreviation
    ("Source: Institut de la statistique de la Polynésie française (ISPF)")."""
    rest = NAME_TO_ABBREVIATION.match(text, note.end("source"))
    if rest and (whole := lower_case_name(note.group("source") + rest.group(), rest.group("abbr"))):
        return whole
    return note.group("source")


# a note of records as a scholar or a body tabulated them, who stands behind the figures ("…, as tabulated by Paul Josephson
# (1997)", "… muster returns, 1776–1784; compiled by Edward J. Lowell (1884)") (not a note of several sources,
# "Sources: al-Jahshiyari (Harun); Qudama …, as tabulated by Kennedy (2004)": each column's)
TABULATED_BY = re.compile(r"^[ \t]*Sources?:[^\n;]*?(?:,?[ \t]+as[ \t]+(?:tabulated|compiled|reconstructed|summari[sz]ed|edited)[ \t]+by[ \t]+(?:the[ \t]+)?"
                          r"|[,;][ \t]+(?:tabulated|compiled)[ \t]+by[ \t]+(?!the\b))"
                          r"(?P<source>[A-Z](?:[^\n(;,.]|(?<=\b[A-Z])\.)*?)(?=[ \t]*\((?:1[5-9]|20)\d\d\)|[ \t]*[.,]?[ \t]*\r?$)", re.MULTILINE)
SCOPE_GENERIC = frozenset({"indicators", "figures", "data", "statistics", "series", "items", "rows", "lines"})


def _scoped_blocks(text: str, note: re.Match[str]) -> list[CaptionedBlock]:
    """The lines above a note that names one source for them and another for some ("…; Ministry of Finance
    for public debt"): each line its own block, of the other source when it names what the note does."""
    start, end = block_above(text, note.start())
    if not _label_lines(text, start, end):
        return []
    # ("for population and inflation": either; "for public debt": both words, each as a word of the line)
    # (or as a line names it: "the exchange rate" on a "Currency: …" line, by lexicon/context.yaml note_scope_aliases)
    aliases = load_lexicon("context")["note_scope_aliases"]
    scopes = [re.sub(r"^the\s+", "", item) for item in re.split(r",\s*|\s+and\s+", note.group("scope").lower())]
    items = [re.findall(r"[a-z]{4,}", phrase) for scope in scopes for phrase in (scope, *aliases.get(scope, ()))]
    if any(SCOPE_GENERIC.intersection(item) for item in items):
        return []  # a kind of line ("for fiscal indicators"), not the lines' words: which lines are whose is not said
    lines = text[start:end].splitlines(keepends=True)
    of_scope = [any(item and all(re.search(rf"\b{w}\b", line.lower()) for w in item) for item in items) for line in lines]
    if not any(of_scope):
        return []  # a scope no line names
    blocks, at = [], start
    for line, scoped in zip(lines, of_scope):
        named = "other" if scoped else "source"
        blocks.append(CaptionedBlock(at, at + len(line), publisher_of(note.group(named)), note.start(named)))
        at += len(line)
    return blocks


def sole_note_source(text: str) -> str:
    """The one body that every table note of the document names as its source ("Source: S&P Global
    Ratings."), or "": in an unsigned document its own tables' source is who the document is."""
    names = {publisher_of(m.group("source")) for m in SOURCE_NOTE.finditer(text)} if "Source" in text else set()
    return names.pop() if len(names) == 1 else ""


def block_above(text: str, at: int) -> tuple[int, int]:
    """The block of lines that ends above `at` (a table's note), across the blank lines between them."""
    end = at
    while end > 0 and text[end - 1] in "\r\n \t":
        end -= 1
    gap = max(text.rfind("\n\n", 0, end), text.rfind("\n\r\n", 0, end))  # (CRLF line ends too)
    return (text.index("\n", gap + 1) + 1 if gap >= 0 else 0), end


def _below_prose(text: str, start: int, end: int) -> int:
    """Where a block's last run of short lines starts: in a text whose paragraphs no blank line parts,
    a table's lines up to the prose above them."""
    lines = text[start:end].split("\n")
    prose = next((len(lines) - i for i, line in enumerate(reversed(lines)) if len(line.rstrip("\r")) > MAX_LABEL_LINE), 0)
    return end - len("\n".join(lines[prose:])) if prose else start


def _label_lines(text: str, start: int, end: int) -> bool:
    """Whether the stretch is a block of short lines (a table, a fact sheet), not a paragraph of prose."""
    lines = text[start:end].splitlines()
    return bool(lines) and len(lines) <= MAX_BLOCK_LINES and all(len(line) <= MAX_LABEL_LINE for line in lines)


def caption_source(blocks: list[CaptionedBlock], position: int) -> CaptionedBlock | None:
    """The captioned block a position of the document falls in, if any."""
    index = bisect_right([b.start for b in blocks], position) - 1
    return blocks[index] if index >= 0 and position < blocks[index].end else None


# a page's closing notes naming the one source of its data ("Notes: Trade values are in current US
# dollars. … Source: BACI (CEPII), derived from UN Comtrade.")
PAGE_NOTE = re.compile(rf"(?:^|\n)[ \t]*Notes?:[^\n]*?\bSource:[ \t]*(?:the[ \t]+)?(?P<source>{NAME})[^;\n]*\s*$")


def page_source(text: str) -> str:
    """The source a data page's closing notes name for all its figures, or "": the last paragraph,
    opening "Notes:", with one "Source:" in it (a note under a table is the table's: captioned_blocks)."""
    m = PAGE_NOTE.search(text, max(0, len(text) - 1500))
    if not m or BLANK_LINE.search(text[m.start() + 1 :].rstrip()):
        return ""
    start, end = block_above(text, m.start())
    rows = text[start:end].splitlines()
    return "" if sum(bool(TABLE_ROW.search(row)) for row in rows) * 2 >= len(rows) else m.group("source")


TABLE_ROW = re.compile(r"\S(?:[ \t]{2,}|\t|[ \t]*\|[ \t]*)\S.*\S(?:[ \t]{2,}|\t|[ \t]*\|[ \t]*)\S")  # two columns' gaps


def _names_no_source(name: str) -> bool:
    """'(Tonnes)', '(USD)', '(Thousand tonnes)', '(January)', '(Indicative Mean Rates)': a caption's unit,
    time or measure, not a source."""
    words = name.split()
    if name.isupper() and len(words) > 1 and not any(is_institution_head(word) for word in words) \
            and not known_estimators().fullmatch(name):
        return True  # "RESULTS FRAMEWORK (SELECTED INDICATORS)": a heading's words in capitals, no body's
    # (also months joined by a dash: "(April-March)", a fiscal year's months)
    return any(part.lower() in _unit_words() for word in words for part in re.split(r"[-–]", word)) or name.lower() in _country_names() \
        or name in load_lexicon("quantities")["spaced_unit_symbols"]  # "(MT)": metric tonnes, as written (not "Mt Kenya …")


def _abbreviates(name: str, title: str) -> bool:
    """'Gross domestic product (GDP)', 'International Cocoa Organization (ICCO)': the bracket
    abbreviates the words before it (its letters are their initials, or letters of them in order,
    the first an initial)."""
    words = [w for w in re.findall(r"[A-Za-z]+", title) if w.lower() not in ("of", "and", "the", "for")]
    initials = "".join(w[0] for w in words)
    letters = name.replace("&", "")
    if not name.isupper():
        return False
    if initials.upper().endswith(letters):
        return True
    for first in range(max(0, len(words) - len(letters)), len(words)):
        if words[first][0].upper() == letters[0] and _in_order(letters[1:], "".join(words[first:]).upper()[1:]):
            return True
    return False


def _in_order(letters: str, text: str) -> bool:
    remaining = iter(text)
    return all(letter in remaining for letter in letters)


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    lex = load_lexicon("quantities")
    words = {w.lower() for key in ("units", "scales", "currency_names") for name in lex[key] for w in str(name).split()}
    words |= {p.lower() for p in lex["currency_prefixes"]}
    words |= {c["currency"].lower() for c in load_lexicon("places")["countries"] if c.get("currency")}
    words |= {m.lower() for m in load_lexicon("context")["months"]}
    words |= {w.lower() for w in load_lexicon("context")["caption_measure_words"]}
    return frozenset(words)


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """'Economy of Myanmar (Burma)': a country's other name in brackets."""
    return frozenset(name.lower() for country in load_lexicon("places")["countries"]
                     for name in [*country["aliases"], *country.get("adjectives", [])])
