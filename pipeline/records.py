"""The records the extractor emits: an observation, a number token's disposition, their ids and
the plain decimal notation of their values."""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass
from decimal import Decimal

from pipeline.documents import Document

WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Observation:
    observation_id: str
    document_id: str
    line: int
    char_start: int
    char_end: int
    mention: str
    sentence: str
    value: str
    value_high: str
    unit: str
    qualifier: str
    period_start: str
    period_end: str
    indicator: str
    subject: str
    source: str
    out_of: str
    extraction_rule: str
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True)
class NumberToken:
    document_id: str
    line: int
    char_start: int
    char_end: int
    token: str
    disposition: str  # observation, date, name, ordinal, idiom, citation, part_of_mention, unexplained
    observation_id: str


def format_decimal(value: Decimal | None) -> str:
    """Plain decimal notation without trailing zeros: 28500000000, 3.5, 0.3333."""
    if value is None:
        return ""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def observation_id(document_id: str, sentence: str, mention: str, occurrence: int) -> str:
    """Content-derived: the same fact keeps its id when text elsewhere in the corpus changes."""
    return folded_observation_id(document_id, WHITESPACE.sub(" ", sentence), mention, occurrence)


def folded_observation_id(document_id: str, folded: str, mention: str, occurrence: int) -> str:
    """observation_id of a sentence whose white space is already folded (see _folded): folding it
    again would change nothing, at a regex substitution per observation."""
    key = "\x1f".join([document_id, folded, mention, str(occurrence)])
    return f"{document_id}:{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"


def dispositions(
    doc: Document, tokens: list[tuple[int, int]], accounted: list[tuple[int, int, str, str]]
) -> list[NumberToken]:
    """Every number token with what became of it; 'unexplained' marks a gap in the extractor.
    A token inside an observation's mention is that observation's, even where a wider span (a
    date, a name) also covers it."""
    spans = sorted(accounted)
    active: list[tuple[int, int, str, str]] = []
    next_span = 0
    result = []
    for start, end in tokens:
        while next_span < len(spans) and spans[next_span][0] <= start:
            active.append(spans[next_span])
            next_span += 1
        active = [span for span in active if span[1] > start]
        covering = [span for span in active if span[1] >= end]
        covering.sort(key=lambda span: span[2] != "observation")
        disposition, obs_id = (covering[0][2], covering[0][3]) if covering else ("unexplained", "")
        result.append(
            NumberToken(doc.document_id, doc.line_of(start), start, end, doc.text[start:end], disposition, obs_id)
        )
    return result


def as_rows(items) -> list[dict]:
    return [asdict(item) for item in items]
