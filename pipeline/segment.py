"""Paragraphs and sentences as character spans of a document's text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import dropwhile, takewhile

from pipeline.lexicon import load_lexicon

BLANK_LINE = re.compile(r"(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)\s*")  # a CRLF is one line break, not two
LINE_BREAK = re.compile(r"\r\n|\r|\n")
# A sentence ends at . ! or ? (plus closing quotes/brackets) followed by space and a capital, digit,
# quote or bracket. Candidates are then vetoed when the word before the stop is an abbreviation.
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9À-ÖØ-Þ])")
WORD_BEFORE = re.compile(r"(\S+)$")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    paragraph: int  # 1-based index of the paragraph in the document
    index: int  # 1-based index of the sentence in the document
    start: int
    end: int


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(a.lower() for a in load_lexicon("segmentation")["abbreviations"].split())


@lru_cache(maxsize=1)
def _marks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lexicon = load_lexicon("segmentation")
    return re.compile(lexicon["citation_marker"]), re.compile(lexicon["enumerator"], re.MULTILINE)


def citation_markers(text: str) -> list[Span]:
    """Reference marks of an encyclopedia's text ("[12]", "[a]", "[note 3]", "[citation needed]", "^12"), the
    numbers of notes under a "Notes" heading, and the years of author–date citations ("(World Bank,
    2022)", "Hun and Pich (2023)")."""
    marks = [Span(*m.span()) for m in _marks()[0].finditer(text)] if "[" in text else []
    marks += [Span(*m.span()) for m in CARET_MARK.finditer(text)] if "^" in text else []
    marks += note_numbers(text)
    return sorted(marks + author_date_years(text), key=lambda span: span.start) if "(" in text else sorted(marks, key=lambda span: span.start)


@lru_cache(maxsize=1)
def _notes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lexicon = load_lexicon("segmentation")
    return (re.compile(lexicon["notes_heading"], re.MULTILINE), re.compile(lexicon["note_number"], re.MULTILINE),
            re.compile(lexicon["glued_note_number"], re.MULTILINE))


CARET_MARK = re.compile(r"\^\d{1,3}\b")  # a footnote's number written with a caret: "… 4 million barrels a year.^1"
NEXT_LINE = re.compile(r"(?<=\n)[^\n]*")  # a line after a line break, without it
NOTE_LINE = re.compile(r"[^\n]+")  # a line of a block of notes
NOTE_AFTER = re.compile(r"[a-z%)”’\"]")  # what a note's stop follows: a word's last letter, a per cent sign, a bracket, a quote


def note_numbers(text: str) -> list[Span]:
    """The numbers of notes: glued to the end of a sentence ("… tonnes.4"), and opening the notes of
    a block under a "Notes" heading, up to its first blank line."""
    heading, number, glued = _notes()
    # (the stop is matched first: a look-behind for what stands before it would be tried at every character)
    spans = [Span(*m.span("number")) for m in glued.finditer(text) if m.start() and NOTE_AFTER.match(text, m.start() - 1)]
    for block in note_blocks(text):
        for line in NOTE_LINE.finditer(text, block.start, block.end):
            if note := number.match(text, line.start(), line.end()):
                spans.append(Span(*note.span("number")))
    return spans


def note_blocks(text: str) -> list[Span]:
    """The blocks of notes under a "Notes" or "Footnotes" heading (past the blank lines right under
    it), up to the first blank line after them: references, whose numbers state no fact."""
    return list(_note_blocks(text))


@lru_cache(maxsize=2)  # (asked for by the segmenter and the extractor, of the same document)
def _note_blocks(text: str) -> tuple[Span, ...]:
    heading, number, _ = _notes()
    blocks = []
    for m in heading.finditer(text):
        lines = NEXT_LINE.finditer(text, m.end())
        start = end = -1
        for line in lines:
            if not line.group().strip():
                if start >= 0:
                    break  # the blank line after the notes ends them
                continue  # (the blank lines between the heading and its first note)
            start = line.start() if start < 0 else start
            end = line.end()
        if start >= 0 and number.match(text, start, end):
            blocks.append(Span(start, end))
    return tuple(sorted(blocks + _reference_lists(text)))


def _reference_lists(text: str) -> list[Span]:
    """The lines of numbered or bulleted items under a heading of references, up to the first line
    that is neither (a blank line, the next heading)."""
    lexicon = load_lexicon("segmentation")
    item = re.compile(lexicon["reference_item"])
    blocks = []
    for m in re.finditer(lexicon["references_heading"], text, re.MULTILINE):
        lines = dropwhile(lambda line: not line.group().strip(), NEXT_LINE.finditer(text, m.end()))
        items = list(takewhile(lambda line: item.match(line.group()) is not None, lines))
        if items:
            blocks.append(Span(items[0].start(), items[-1].end()))
    return blocks


BRACKET = re.compile(r"\(([^()]{3,300})\)")
# a capitalised word before the name continues a longer name ("the Investment Law (2019)"), unless it
# is a word that opens a sentence or clause ("As Jones (2020) shows")
INSIDE_LONGER_NAME = re.compile(r"(?:\b[Tt]he|(?!(?:As|But|And|While|Yet|Since|Following|Like|Unlike|After|Before)\s)[A-Z][\w’'-]*)\s+$")


@lru_cache(maxsize=1)
def _citations() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lexicon = load_lexicon("segmentation")
    return re.compile(lexicon["author_date_item"]), re.compile(lexicon["narrative_citation"])


def author_date_years(text: str) -> list[Span]:
    """The years of author–date citations: of the works cited, not of any fact."""
    item, narrative = _citations()
    years = []
    for bracket in BRACKET.finditer(text):
        start = bracket.start(1)
        for part in bracket.group(1).split(";"):
            if m := item.match(part):
                years.append(Span(start + m.start("year"), start + m.end("year")))
            start += len(part) + 1
    # a narrative citation ends in a bracketed year: looked for only before one ("Hun and Pich (2023)")
    for bracketed in BRACKETED_YEAR.finditer(text):
        if AFTER_FIGURE.search(text, max(0, bracketed.start() - 3), bracketed.start()):
            continue  # "4.1% (2024e)": a fact sheet's estimate year, of the figure before it
        if bracketed.group()[-2].isalpha():  # "World Bank (2025b)": a work's year with its letter, always cited
            years.append(Span(bracketed.start() + 1, bracketed.end() - 1))
            continue
        window = narrative.finditer(text, max(0, bracketed.start() - 60), bracketed.end() + 30)  # (the verb after it)
        m = next((m for m in window if m.end() == bracketed.end()), None)
        if m and not INSIDE_LONGER_NAME.search(text, max(0, m.start() - 40), m.start()):
            years.append(Span(*m.span("year")))
    return years


BRACKETED_YEAR = re.compile(r"\((?:1[6-9]|20)\d\d[a-z]?\)")
AFTER_FIGURE = re.compile(r"[\d%]\s?$")


def enumerators(text: str) -> list[Span]:
    """Numbers of sections and list items at the start of a line ("2. Growth", "3) Outlook")."""
    return [Span(*m.span("number")) for m in _marks()[1].finditer(text)]


# Markdown's strong emphasis ("**17 tonnes**", "__41.8%__"): marks around words, not part of them
EMPHASIS = re.compile(r"\*\*|__")


def without_marks(text: str) -> str:
    """The text with its reference marks, enumerators and Markdown emphasis blanked: they are neither
    quantities nor sentences, and blanking (not removing) keeps every offset that of the raw text."""
    emphasis = [Span(*m.span()) for m in EMPHASIS.finditer(text)] if "**" in text or "__" in text else []
    spans = sorted(citation_markers(text) + [Span(s.start, s.end + 1) for s in enumerators(text)] + emphasis,
                   key=lambda span: span.start)
    if not spans:
        return text
    parts, start = [], 0
    for span in spans:
        parts += [text[start : span.start], " " * (span.end - span.start)]
        start = span.end
    return "".join(parts + [text[start:]])


def paragraphs(text: str) -> list[Span]:
    """Blocks separated by blank lines; a text without blank lines has one paragraph per line."""
    separator = BLANK_LINE if BLANK_LINE.search(text) else LINE_BREAK
    spans, start = [], 0
    for match in separator.finditer(text):
        spans.append(Span(start, match.start()))
        start = match.end()
    spans.append(Span(start, len(text)))
    return [_strip(text, s) for s in spans if text[s.start : s.end].strip()]


def _strip(text: str, span: Span) -> Span:
    chunk = text[span.start : span.end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    return Span(span.start + lead, span.end - trail)


def _is_abbreviation(text_before: str) -> bool:
    match = WORD_BEFORE.search(text_before)
    if not match:
        return False
    word = match.group(1).lstrip("(\"'“‘").lower()
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "Kim J. Smith"
    return word in _abbreviations() or bool(re.fullmatch(r"(?:[a-z]\.){1,3}[a-z]", word))


@lru_cache(maxsize=1)
def _dotted_money_prefixes() -> re.Pattern[str]:
    prefixes = [p for p in load_lexicon("quantities")["currency_prefixes"] if p.endswith(".")]
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(p[:-1]) for p in prefixes) + r")$")


@lru_cache(maxsize=1)
def _numbered_abbreviations() -> re.Pattern[str]:
    words = load_lexicon("segmentation")["numbered_abbreviations"].split()
    return re.compile(r"(?:(?<=,[ \t])|(?<=\())(?:" + "|".join(re.escape(w) for w in words) + r")$")


def _numbered_stop(chunk: str, stop: int) -> bool:
    """"…, Cap. 203": the stop of an abbreviation (as written) after a comma, before the number it abbreviates the name of."""
    return bool(NUMBER_AFTER.match(chunk, stop + 1) and _numbered_abbreviations().search(chunk, max(0, stop - 6), stop))


@lru_cache(maxsize=1)
def _number_labels() -> re.Pattern[str]:
    words = load_lexicon("segmentation")["number_labels"].split()
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in words) + r")$")


def _number_label_stop(chunk: str, stop: int) -> bool:
    """"| Tel. 03-4252 5050", "tel. (012) 310 8600": the stop of a label before the number it labels."""
    return bool(LABELLED_NUMBER.match(chunk, stop + 1) and _number_labels().search(chunk, max(0, stop - 4), stop))


LABELLED_NUMBER = re.compile(r"[ \t\u00a0]?[+(]?\d")


def _money_prefix_stop(chunk: str, stop: int) -> bool:
    """"Afl. 6.72 billion", "NAf. 1.79": the stop of a currency's abbreviation (as written, case and all) before its amount."""
    return bool(NUMBER_AFTER.match(chunk, stop + 1) and _dotted_money_prefixes().search(chunk, max(0, stop - 8), stop))


NUMBER_AFTER = re.compile(r"[ \t\u00a0]?\d")


def sentence_spans(text: str, paragraph: Span) -> list[Span]:
    chunk = text[paragraph.start : paragraph.end]
    ends = {m.end() for m in SENTENCE_END.finditer(chunk)
            if not (m.group()[0] == "." and (_is_abbreviation(chunk[max(0, m.start() - 40) : m.start()])
                                             or _money_prefix_stop(chunk, m.start()) or _numbered_stop(chunk, m.start())
                                             or _number_label_stop(chunk, m.start())))}
    ends |= _line_ends(chunk)
    spans, start = [], 0
    for end in sorted(ends):
        spans.append(Span(start, end))
        start = end
    spans.append(Span(start, len(chunk)))
    return [
        _strip(text, Span(paragraph.start + s.start, paragraph.start + s.end))
        for s in spans
        if chunk[s.start : s.end].strip()
    ]


# A line of a list or fact sheet ("Inflation rate: 5.5% (2016 est.)") ends where a line break follows
# a closing mark or a figure and the next line opens a new item; hard-wrapped prose runs on.
# ("People in need: 24.8 million" ends with a figure's scale word)
ITEM_LINE_END = re.compile(r"(?:(?<=[.!?:;)\]%\d])|(?<=illion)|(?<=housand))[ \t]*(?=(?:\r\n|\r|\n)[ \t]*[A-Z0-9À-ÖØ-Þ$€£¥₩•*\-–—])")
# a line of a fact sheet opening with its label ("Population: 777,486 (2023)"): the line before it ends
LABEL_LINE_START = re.compile(r"[ \t]*(?=(?:\r\n|\r|\n)[ \t]*[A-Z][^\r\n:.]{0,40}:[ \t])")
# a line opening with a bullet ("» High government debt", "• Exports …", "- Growth …") starts a new item,
# whatever the line before it ends with
BULLET_LINE_START = re.compile(r"[ \t]*(?=(?:\r\n|\r|\n)[ \t]*[•»▪►‣◦○□■ㅇ·*–-][ \t])")  # (ㅇ, □, ○: Korean outlines)
# a row of an infobox: its label, one column's gap, its value ("  Population       about 26 million (540)"); a row
# before another ends however it ends ("  Currency         solidus …; from 1092 the hyperpyron")
INFOBOX_ROW = re.compile(r"[ \t]*[A-Z][\w’'()/,&-]*(?:[ \t][\w’'()/,&-]+){0,4}[ \t]{3,}\S(?:(?![ \t]{3,}).)*")
SHORT_LINE = 0.6  # a line this much shorter than the paragraph's longest is not hard-wrapped prose


def _line_ends(chunk: str) -> set[int]:
    """Sentence ends at line breaks inside a paragraph: after an item of a list, or after a short
    line (a heading, a label) when the next line starts with a capital."""
    if "\n" not in chunk and "\r" not in chunk:
        return set()
    lines = [m for m in re.finditer(r"[^\r\n]+", chunk)]
    longest = max(len(line.group().strip()) for line in lines)
    # (hard-wrapped prose runs on after a figure: "… The Department's 2025-26⏎Portfolio Budget Statements project …")
    wrapped = _hard_wrapped(lines, longest)
    ends = {m.end() for m in ITEM_LINE_END.finditer(chunk) if not (wrapped and chunk[m.start() - 1] not in ".!?:;")}
    ends |= {m.start() for m in LABEL_LINE_START.finditer(chunk)}
    ends |= {m.start() for m in BULLET_LINE_START.finditer(chunk)}
    for line, following in zip(lines, lines[1:]):
        if INFOBOX_ROW.fullmatch(line.group()) and INFOBOX_ROW.fullmatch(following.group()):
            ends.add(line.end())  # "  Currency   solidus …; from 1092 the hyperpyron" over "  Population   about 26 million"
        if len(line.group().strip()) < SHORT_LINE * longest and re.match(r"[ \t]*[A-Z0-9À-ÖØ-Þ$€£¥₩•*\-–—]", following.group()):
            ends.add(line.end())
    return ends


WRAP_WIDTH = 0.8  # the lines of hard-wrapped prose, all but its last, are about as long as its longest
WRAP_MIN = 60  # … which is a page's width, not a short table's or a list's
COLUMN_GAP = re.compile(r"\S(?:[ \t]{2,}|\t|\|)\S")  # the gap between two columns of a table's line


def _hard_wrapped(lines: list[re.Match[str]], longest: int) -> bool:
    """Whether a paragraph's lines are prose hard-wrapped at a width: three or more, all but the last
    near the longest, none with a column's gap or a label's colon (not a table's rows or a fact sheet's)."""
    if len(lines) < 3 or longest < WRAP_MIN:
        return False
    return all(len(line.group().strip()) >= WRAP_WIDTH * longest for line in lines[:-1]) \
        and not any(COLUMN_GAP.search(line.group().strip()) or LABEL_LINE_START.match("\n" + line.group()) for line in lines)


def sentences(text: str) -> list[Sentence]:
    """Sentences of the text in order; a reference mark after a full stop belongs to neither."""
    text = without_marks(text)
    result: list[Sentence] = []
    for p_index, paragraph in enumerate(paragraphs(text), start=1):
        for span in sentence_spans(text, paragraph):
            result.append(Sentence(p_index, len(result) + 1, span.start, span.end))
    return result


BULLET = re.compile(r"\s*[-•»▪*–·○□■ㅇ]\s")  # a list item
LIST_MARKS = "-•*–·▪"


def opens_item(text: str, start: int, turn_starts: set[int]) -> bool:
    """Whether a sentence opens a line that starts an item of a list ("- Inflation eased …") or a
    transcript's turn; an indented sub-item does not."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    if start > line_start and text[start] in LIST_MARKS:
        return False  # an indented sub-item ("  - Fertilizer shipments rose …") goes on with the item above it
    return text[start] in LIST_MARKS or line_start in turn_starts


LIST_CAPTION = re.compile(r":\s*(?:\[\w+\]\s*)*$")


def introduces_list(sentence: str) -> bool:
    """A sentence that ends with a colon (before any reference marks), or a heading in capitals ("KEY
    FIGURES AT 30 JUNE 2025"): the caption of what follows."""
    return LIST_CAPTION.search(sentence) is not None or CAPITALS_CAPTION.fullmatch(sentence.strip()) is not None


CAPITALS_CAPTION = re.compile(r"[A-Z][A-Z0-9 ,'’()–-]{8,80}")  # no sentence's stop: a heading
