"""A body's name in two languages on a letterhead: the English one, which readers cite, and whether two heading
lines name one body ("FONDO NACIONAL DE FINANCIAMIENTO FORESTAL (FONAFIFO)" over "National Forestry Financing Fund")."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from pipeline.legal_forms import without_legal_form
from pipeline.letterheads import english_head
from pipeline.lexicon import load_lexicon


NOT_ENGLISH = re.compile(r"[^\x00-\x7f]|\b[a-z]+[A-Z]")  # "AN tSEIRBHÍS CHÚIRTEANNA" (not "ACME MINING / MINISTRY OF MINES")
BILINGUAL_LINE = re.compile(r"^\s*(?P<native>[^/|\n]+?)\s+[/|]\s+(?P<english>[^/|\n]+?)\s*$")  # (or "… | DATA PROTECTION COMMISSION")


def english_side(line: str) -> str:
    """A letterhead line naming its body in two languages, "AN tSEIRBHÍS CHÚIRTEANNA / THE COURTS SERVICE":
    the English name, the one readers cite; other lines as they are."""
    m = BILINGUAL_LINE.match(line) if "/" in line or "|" in line else None
    if m and m.group("english").isupper() and english_head(m.group("english")) and not english_head(m.group("native")) \
            and NOT_ENGLISH.search(m.group("native")) and same_body(m.group("native"), m.group("english")):
        return m.group("english")
    return line


MIDDLE_DOT_PARTS = re.compile(r"[ \t]+[·•][ \t]+")


def name_in_use(line: str, text: str) -> str:
    """A letterhead line naming a company in capitals in several languages, the first with its legal form ("SCHWEIZER SALINEN AG ·
    SALINES SUISSES SA · SALINE SVIZZERE SA"): the name the text goes on to write most (the first on a tie); other
    lines as they are."""
    parts = MIDDLE_DOT_PARTS.split(line) if "·" in line or "•" in line else []
    if len(parts) < 2 or without_legal_form(parts[0]) == parts[0] or not all(part.isupper() and len(part.split()) <= 6 for part in parts):
        return line
    rest = text.lower()
    return max(parts, key=lambda part: (rest.count(without_legal_form(part).lower()), -parts.index(part)))


def cognates(native: str, english: str) -> bool:
    """Whether two names share a word but for a few letters, as a name and its translation do ("Nacional", "National";
    "Forestal", "Forestry"; not "BANGKO SENTRAL NG PILIPINAS" and "Corporate Affairs Office", its office)."""
    words = [word.lower() for word in native.split() if len(word) >= 4]
    return any(SequenceMatcher(None, word.lower(), other).ratio() >= 0.75 for word in english.split() if len(word) >= 4 for other in words)


def same_body(native: str, english: str) -> bool:
    """Whether two heading lines may name one body in two languages: no legal form on the first (a company's
    letterhead over one of its offices: "ACME RESOURCES LIMITED" / "OFFICE OF THE COMPANY SECRETARY"), no part of a
    body nor a title on the second ("… OF THE …", "REPORT TO THE BOARD"), about as many words."""
    if without_legal_form(native) != native or re.search(r"\b(?:OF|TO)\s+THE\b", english, re.IGNORECASE) \
            or {w.capitalize() for w in english.split()} & set(load_lexicon("context")["title_words"]):
        return False
    return abs(len(native.split()) - len(english.split())) <= 2


# a line that is a body's name alone in English title case, under its name in another language ("FONDO NACIONAL DE
# FINANCIAMIENTO FORESTAL (FONAFIFO)" over "National Forestry Financing Fund")
# (its words may be listed with commas, "… of Petroleum, Natural Gas and Biofuels", and a description may follow
# a middle dot: "· federal regulatory agency created by Law No. 9,478")
ENGLISH_NAME_LINE = re.compile(r"^(?P<org>[A-Z][a-z]+(?:,?[ \t]+(?:of|for|and|the|[A-Z][a-z]+)){1,9})[ \t]*(?:[·•][ \t].*)?$")
