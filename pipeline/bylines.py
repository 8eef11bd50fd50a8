"""The writers a document names in its heading ("By Ana Rusu", "Sokha Chea and Malin Lindqvist"),
and the sentences in which they speak of their own results ("we estimate")."""

from __future__ import annotations

import re

from pipeline.estimators import is_person


# A heading line that names the document's writers: "Sokha Chea and Malin Lindqvist", "By Ana Rusu"
PERSON = r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}"
# "Eun-ji Seo · Daniel Whitmore": a journal article's names, set off by middle dots
BYLINE = re.compile(rf"\s*(?:[Bb]y\s+)?(?P<names>{PERSON}(?:(?:,\s+|,?\s+and\s+|\s+·\s+){PERSON})*)\s*")
# "By A and B | February 12, 2026": after "By" and the names, set off by a bar or a dot, the date or outlet
DATED_BYLINE = re.compile(rf"\s*[Bb]y\s+(?P<names>{PERSON}(?:(?:,\s+|,?\s+and\s+){PERSON})*)\s*[|·•].*")
# "we find", "we estimate": the writers speaking of their own results
WRITERS_SAY = re.compile(r"\b[Ww]e\s+(?:also\s+)?(?:find|found|estimate|estimated|show|calculate|obtain|document|compute|project|report|"
                         r"count|counted|measure|measured|identify|identified|observe|observed|record|recorded|track|tracked)\b")


def byline_names(names: str) -> list[str]:
    """The names of a byline, one by one: "A, B and C", "A · B"."""
    return BYLINE_SEPARATOR.split(names.strip())


BYLINE_SEPARATOR = re.compile(r",\s+|,?\s+and\s+|\s+·\s+")


def document_writers(heading_lines: list[str]) -> str:
    """The persons a document's heading names as its writers ("Sokha Chea and Malin Lindqvist"), as
    one estimator; "" when no heading line is a byline of persons."""
    # a line that says "By" comes first: a title of two or three capitalised words reads as names too
    ordered = sorted(heading_lines, key=lambda line: not line.lstrip().lower().startswith("by "))
    for line in ordered:
        m = BYLINE.fullmatch(line) or DATED_BYLINE.fullmatch(line)
        names = byline_names(m.group("names")) if m else []
        if names and all(is_person(name) for name in names):
            return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    return ""
