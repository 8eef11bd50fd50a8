"""Whom a transcript's participants answer for, as its header lists them under a body ("Lagoon Trust Bank Plc:  Adaeze
Okonkwo, …") and its labels' brackets name it ("MR. YUDHA PRASETYO (Director of Planning, Pertamina):")."""

from __future__ import annotations

import re

from pipeline.estimators import is_person
from pipeline.lexicon import load_lexicon

BODY_NAME = re.compile(r"[A-Z][\w’'-]*(?:[ \t]+(?:of|for|and|the|on|[A-Z][\w’'-]*))+")  # "Bureau of the Treasury", not "DE LEON"


def listed_under(issuer: str, introduction: str) -> str:
    """The participants a list names under the issuer's own name ("Lagoon Trust Bank Plc:  Adaeze Okonkwo, …" and
    the indented lines under it): its officers; else ""."""
    m = re.search(rf"^[ \t]*{re.escape(issuer)}\b[^:\n]{{0,20}}:[^\n]*(?:\n[ \t]{{8,}}[^\n]*)*", introduction, re.MULTILINE) if issuer else None
    return m.group() if m else ""


def aside_body(aside: str, defined: dict[str, str], introduction: str) -> str:
    """The body a label's bracket says its speaker answers for, in its last part: an abbreviation the text defines
    ("(Auditorate VII, BPK)"), a body's name ("(Directorate General of Budget, Ministry of Finance)"), or a name the
    list of participants gives ("(Pertamina)" after "Invited: PT Pertamina (Persero)"); else ""."""
    last = aside.rsplit(",", 1)[-1].strip()
    if last in defined:
        return defined[last] if BODY_NAME.fullmatch(defined[last]) else ""
    if BODY_NAME.fullmatch(last) and last.split(" of ")[0].split()[-1] in load_lexicon("context")["institution_heads"]:
        return last
    return last if re.fullmatch(r"[A-Z][a-z]{3,}", last) and re.search(rf"\b{last}\b", introduction) and not is_person(last) else ""
