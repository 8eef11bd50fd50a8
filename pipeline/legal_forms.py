"""Companies' legal forms ("Limited", "Plc", "S.A."), which their names as sources and subjects leave out."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicon import load_lexicon


def without_legal_form(name: str) -> str:
    """A company's name without its legal form ("Kestrel Copper Limited" → "Kestrel Copper", "Fiji Airports Pte
    Limited" → "Fiji Airports", "Banco Comercial Português, S.A" → "Banco Comercial Português", "PT Bio Farma
    (Persero)" → "PT Bio Farma"), as sources and subjects name it."""
    words = name.split()
    # (a form of several words too: "Lotus Sky Airlines Joint Stock Company", "…, S.C. de R.L. de C.V.")
    while n := next((n for n in (5, 4, 3, 2, 1) if len(words) > n and " ".join(words[-n:]).rstrip(".").lower() in _legal_forms()
                     # ("Circuit de Spa-Francorchamps SA", "… Sa" from a heading in capitals; not "Stats SA")
                     or n == 1 and len(words) > 2 and words[-1] in ("SA", "Sa")), 0):
        del words[-n:]
        words[-1] = words[-1].rstrip(",")
    return " ".join(words) if len(words) < len(name.split()) else name


def without_leading_form(name: str, text: str) -> str:
    """A company's name of two words or more without a legal form written before it ("PT BIO FARMA" → "BIO FARMA") when
    its text writes it so too ("In 2023 Bio Farma delivered …"); else as it is (a text that only writes "PT Gadai Sejahtera")."""
    form, _, rest = name.partition(" ")
    if len(rest.split()) < 2 or form not in load_lexicon("context")["leading_legal_forms"]:
        return name  # (a one-word name keeps it: "PT Timah", not a word of prose, "Timah")
    return rest if re.search(rf"(?<!\b{re.escape(form)} )\b{re.escape(rest)}\b", text, re.IGNORECASE) else name


# a company's legal name and what it is: "Swiss Air Navigation Services Ltd, a non-profit public limited company …"
NAMED_AND_DESCRIBED = re.compile(r"(?P<name>[A-Z][\w’'&.-]*(?:\s+[\w’'&.()-]+){0,8}?),\s+an?\s")


def describes_a_company(line: str) -> bool:
    """Whether a heading line gives a company's legal name with its form and says what it is ("SKYGUIDE" over "Swiss
    Air Navigation Services Ltd, a non-profit public limited company …"): the name over it is the company's."""
    return bool(m := NAMED_AND_DESCRIBED.match(line)) and without_legal_form(m.group("name")) != m.group("name")


@lru_cache(maxsize=1)
def _legal_forms() -> frozenset[str]:
    """The lexicon's legal forms, compared without case or a closing full stop (a heading's "S.A." cut to "S.A")."""
    return frozenset(form.rstrip(".").lower() for form in load_lexicon("context")["legal_forms"])


@lru_cache(maxsize=1)
def legal_forms_as_written() -> dict[str, str]:
    """Each legal form by its lower case, as the lexicon first writes it ("limited" → "Limited")."""
    forms: dict[str, str] = {}
    for form in load_lexicon("context")["legal_forms"]:
        forms.setdefault(form.lower(), form)
    return forms


@lru_cache(maxsize=1)
def english_gloss() -> str:
    """A company's name in English in brackets after its own, ending in a body's head word: "(NATIONAL GUARANTEE FUND)"."""
    heads = "|".join(load_lexicon("context")["english_gloss_heads"])
    return rf"\((?:[A-Z]{{3,}}[ \t]+){{1,5}}(?:{heads})\)"
