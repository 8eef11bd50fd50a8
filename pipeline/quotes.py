"""Quotations and who speaks them: '"Remittances will grow by around 3 percent again this year. That
is steady," said Maria Lourdes Tan.' A quotation may run over several sentences and name its speaker
only after it closes; every figure inside it is the speaker's."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from pipeline.estimators import is_person

QUOTATION = re.compile(r"“[^”\n]{1,2000}”|\"[^\"\n]{1,2000}\"")
NAME = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
SAID_AFTER = re.compile(rf"\s*,?\s*(?:(?:said|says|added|adds)\s+(?P<after>{NAME})|(?P<before>{NAME})\s+(?:said|says|added|adds))\b")


@dataclass(frozen=True)
class Quotation:
    start: int
    end: int
    speaker: str


def quotations(text: str) -> list[Quotation]:
    """The document's quotations whose speaker a person's name right after them gives ("…," said
    Jane Doe; "…," Doe said), each with that person's full name as the document first gave it."""
    found = []
    for m in QUOTATION.finditer(text) if ('"' in text or "“" in text) else ():
        said = SAID_AFTER.match(text, m.end())
        name = (said.group("after") or said.group("before")) if said else ""
        if not name:
            continue
        full = name if " " in name else _full_name(name, text, m.start())
        if is_person(full):
            found.append(Quotation(m.start(), m.end(), full))
    return found


def speaker_of(quotes: list[Quotation], position: int) -> str:
    """Who speaks the quotation a position of the document is in, or ""."""
    index = bisect_right([q.start for q in quotes], position) - 1
    return quotes[index].speaker if index >= 0 and position < quotes[index].end else ""


def _full_name(surname: str, text: str, end: int) -> str:
    """'Tan' → 'Maria Lourdes Tan': the last name before `end` that ends with the surname."""
    names = list(re.finditer(rf"\b(?:[A-Z][\w’'.-]*\s+){{1,3}}{re.escape(surname)}\b", text[:end]))
    return names[-1].group() if names else surname
