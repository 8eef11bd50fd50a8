"""Companies' legal forms ("Limited", "Plc", "S.A."), which their names as sources and subjects leave out."""

from __future__ import annotations

from functools import lru_cache

from pipeline.lexicon import load_lexicon


def without_legal_form(name: str) -> str:
    """A company's name without its legal form ("Kestrel Copper Limited" → "Kestrel Copper", "Fiji Airports Pte
    Limited" → "Fiji Airports", "Banco Comercial Português, S.A" → "Banco Comercial Português"), as sources and
    subjects name it."""
    words = name.split()
    # (a form of several words too: "Lotus Sky Airlines Joint Stock Company")
    while n := next((n for n in (3, 2, 1) if len(words) > n and " ".join(words[-n:]).rstrip(".").lower() in _legal_forms()), 0):
        del words[-n:]
        words[-1] = words[-1].rstrip(",")
    return " ".join(words) if len(words) < len(name.split()) else name


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
