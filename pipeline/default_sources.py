"""A document's note on whose figures its unattributed ones are ("Figures are the FIU's unless stated", "Counts, costs and
fines are the Authority's data unless we say otherwise"): the body it names is the source of every figure that no words
attribute to another."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.records import Observation

# (a note on all figures, at a sentence's or a line's start: not "Export figures are those of …", scoped to some)
WORD = r"[\w.&-]*(?:[’'](?!s\b)\w+)?"  # (an apostrophe inside a name, "O'Brien", not a possessive's)
DEFAULT_SOURCE_NOTE = re.compile(
    r"(?:^|(?<=[.;] )|(?<=\n))[ \t]*(?:Notes?:[ \t]+)?(?:[Ff]igures|[Dd]ata|[Cc]ounts|[Aa]mounts|[Nn]umbers)(?:,[ \t]+[a-z]+)*(?:,?[ \t]+and[ \t]+[a-z]+)?[ \t]+are[ \t]+"
    rf"(?:those[ \t]+of[ \t]+|from[ \t]+)?(?:the[ \t]+)?(?P<name>[A-Z]{WORD}(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)*[A-Z]{WORD}){{0,6}}?)"
    r"(?:’s|'s)?(?:[ \t]+(?:own[ \t]+)?(?:data|figures|records))?(?:[ \t]*\([^()\n]{1,12}\))?[ \t]+unless\b", re.MULTILINE)
# '"The Authority" is the National Road Safety Authority (ANSR)': a short name the document defines
QUOTED_DEFINITION = r"[\"“]The[ \t]+{head}[\"”][ \t]+(?:is|means|refers[ \t]+to)[ \t]+the[ \t]+(?P<full>[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)*[A-Z][\w’'-]*)*)"


def default_source(text: str, author: str, defined: dict[str, str]) -> str:
    """The body a note names as the source of the document's figures, by the name the document gives it in full; ""."""
    m = DEFAULT_SOURCE_NOTE.search(text)
    if not m:
        return ""
    name = m.group("name")
    if name in defined:
        return defined[name]
    if " " not in name and (quoted := re.search(QUOTED_DEFINITION.format(head=re.escape(name)), text)):
        return quoted.group("full")  # "the Authority"
    if " " not in name and author and name in author.split():
        return author  # "the Survey" under its letterhead
    return name if " " in name or name.isupper() else ""


def with_default_source(observations: list[Observation], source: str) -> list[Observation]:
    """Every figure no words attribute takes the note's body as its source."""
    return [replace(o, source=source) if source and not o.source else o for o in observations] if source else observations
