"""Letterheads that give the issuer's name in capitals with a bracket after it: its abbreviation ("ERDÖLBEVORRATUNGSVERBAND
(EBV)"), its name in English ("LEMBAGA ZAKAT SELANGOR (SELANGOR ZAKAT BOARD)"), perhaps on the line below ("(AGENCY FOR
RESTRUCTURING AND MODERNISATION OF AGRICULTURE, ARiMR)"), and the other names by which the text may credit it."""

from __future__ import annotations

import re

from pipeline.legal_forms import without_legal_form
from pipeline.letterheads import BRIEFING_BY, MEMBERS_MEETING_LINE, PRESS_LINE, _titles, english_head, from_heading_capitals, written_as_name
from pipeline.non_quantities import is_address

# "ERDÖLBEVORRATUNGSVERBAND (EBV)", "LEMBAGA TABUNG HAJI (TH)", "ALKO INC. (ALKO OY)": a name in capitals with its
# abbreviation or its name in another form in brackets
BRACKETED_CAPITALS = re.compile(r"(?P<name>[^\W\d_][^\W\d_’'-]*(?:\s+[^\W\d_][^\W\d_’'-]*(?:\.|S['’])?){0,5})\s+\((?P<bracket>[^()\d]{2,80})\)")


def bracketed_capitals_letterhead(text: str) -> str:
    """The body whose name in capitals, with its abbreviation or its other name in brackets, heads the document over
    its street address (within the next lines: a gloss, a statute or a supervisor may come between), as the text
    goes on to write it: its name ("Lembaga Tabung Haji", "Alko" for "ALKO INC."), else its abbreviation when the
    text writes that ("the EBV held …"); "" otherwise."""
    lines = _bracket_joined([line.strip() for line in text[:800].splitlines() if line.strip()][:6])[:5]
    if len(lines) < 2 or not (m := BRACKETED_CAPITALS.fullmatch(lines[0])) or not m.group("name").isupper() or _titles(m.group("name")):
        return ""
    if (PRESS_LINE.match(lines[1]) and not BRIEFING_BY.match(lines[1]) or MEMBERS_MEETING_LINE.match(lines[1])) and " " in m.group("name"):
        # "NATIONAL APPAREL WORKERS' FEDERATION (JATIYA POSHAK SRAMIK FEDERATION)" over "Press briefing on …": its own briefing
        return from_heading_capitals(without_legal_form(m.group("name")))
    if not any(is_address(line) for line in lines[1:]):
        return ""
    address = next(line for line in lines[1:] if is_address(line))
    below = text[text.find(address) + len(address):]
    name = without_legal_form(m.group("name"))
    # "LEMBAGA ZAKAT SELANGOR (SELANGOR ZAKAT BOARD)", "ARBEITSMARKTSERVICE ÖSTERREICH (PUBLIC EMPLOYMENT SERVICE AUSTRIA,
    # AMS)": a name in its own language glossed in English, the name readers cite (though the text writes the other too:
    # "LANDBRUKSDIREKTORATET (NORWEGIAN AGRICULTURE AGENCY)" over "Source: …; Landbruksdirektoratet.")
    gloss, *_ = [part.strip() for part in m.group("bracket").split(",")]
    if " " in gloss and _english_body(gloss) and not _english_body(name) and not _written_in_prose(name, below):
        return from_heading_capitals(gloss)
    if written := written_as_name(name, below):
        return written
    abbreviation = m.group("bracket").strip()
    # (an abbreviation of the name the text goes on to use: not "ANNUAL FINANCIAL STATEMENTS (UNAUDITED)")
    if not (abbreviation.isupper() and " " not in abbreviation and abbreviation[0] == name[0]
            and len(re.findall(rf"\b{re.escape(abbreviation)}\b", below)) >= 2):
        return ""
    # "SEGURIDAD ALIMENTARIA MEXICANA (SEGALMEX)": the name spelled out; "ERDÖLBEVORRATUNGSVERBAND (EBV)": a word the
    # text abbreviates
    return from_heading_capitals(name) if " " in name else abbreviation


def _written_in_prose(name: str, text: str) -> bool:
    """Whether a text writes a name in its sentences (not only in its sources lines and page footers): "Sveriges
    Riksbank decided …" (not "Source: …; Landbruksdirektoratet.", "Landbruksdirektoratet | page 7")."""
    return any(not re.match(r"[ \t]*(?:Sources?|Notes?)\b", line) and "|" not in line
               for line in text.splitlines() if re.search(rf"\b{re.escape(name)}\b", line, re.IGNORECASE) and not line.isupper())


def _bracket_joined(lines: list[str]) -> list[str]:
    """A letterhead's name with its bracket on the line below it, as one line ("AGENCJA RESTRUKTURYZACJI …" over
    "(AGENCY FOR RESTRUCTURING AND MODERNISATION OF AGRICULTURE, ARiMR)")."""
    if len(lines) > 1 and lines[0].isupper() and lines[1].startswith("(") and lines[1].endswith(")") and "(" not in lines[0]:
        return [f"{lines[0]} {lines[1]}", *lines[2:]]
    return lines


def _first_line(text: str) -> str:
    """The heading's first line, with its bracket from the line below it."""
    return next(iter(_bracket_joined([line.strip() for line in text[:400].splitlines() if line.strip()][:2])), "")


def glossed_name(text: str, author: str) -> str:
    """The name in its own language, in capitals, of an issuer its letterhead glosses in English in brackets
    ("LEMBAGA ZAKAT SELANGOR" of "LEMBAGA ZAKAT SELANGOR (SELANGOR ZAKAT BOARD)"); "" when there is none."""
    m = BRACKETED_CAPITALS.fullmatch(_first_line(text))
    if not author or not m or not m.group("name").isupper():
        return ""
    gloss = m.group("bracket").split(",")[0].strip()
    return m.group("name") if " " in gloss and from_heading_capitals(gloss) == author else ""


def letterhead_aliases(text: str, author: str) -> list[str]:
    """The other names a letterhead gives its issuer beside the English one: its name in its own language and the
    initials in its bracket ("AGENCJA RESTRUKTURYZACJI … (AGENCY FOR RESTRUCTURING …, ARiMR)": "Agencja
    Restrukturyzacji …", "ARiMR"), as a text's source lines may credit it."""
    native = glossed_name(text, author)
    if not native:
        return []
    bracket = BRACKETED_CAPITALS.fullmatch(_first_line(text)).group("bracket")
    initials = [part.strip() for part in bracket.split(",")[1:] if re.fullmatch(r"[A-Z][A-Za-z]{1,9}", part.strip())]
    return [from_heading_capitals(native), *initials]


def _english_body(name: str) -> bool:
    """Whether a name in capitals has an English head, perhaps before its country ("… ZAKAT BOARD", "… SERVICE AUSTRIA")."""
    return english_head(name) or english_head(" ".join(name.split()[:-1]))
