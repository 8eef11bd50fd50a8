"""Known estimators and what kind of body a name is: the names of lexicon/estimators.yaml, their
countries and types, a publication's publisher, and whether a name is a person's."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicon import load_lexicon


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return load_lexicon("context")


@lru_cache(maxsize=1)
def known_estimators() -> re.Pattern[str]:
    """Names of known estimators (lexicon/estimators.yaml), to cut them out of longer names:
    "Transparency International Corruption Perceptions Index" → "Transparency International"."""
    return re.compile(rf"^(?:{known_names()})\b")


def publisher_of(name: str) -> str:
    """'OECD Economic Outlook' → 'OECD': a known estimator's publication names the estimator; other
    names as they are."""
    known = known_estimators().match(name)
    rest = name[known.end() :].split() if known else []
    return known.group() if rest and rest[-1].rstrip(".") in _lexicon()["publication_series_words"] else name


@lru_cache(maxsize=1)
def known_names() -> str:
    names = [n for e in load_lexicon("estimators")["estimators"] for n in [e["canonical"], *e.get("aliases", [])]]
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def _estimator_countries() -> dict[str, str]:
    return {n.lower(): e.get("country", "") for e in load_lexicon("estimators")["estimators"]
            for n in [e["canonical"], *e.get("aliases", [])]}


def estimator_country(name: str) -> str:
    """The country an estimator belongs to (lexicon/estimators.yaml; "X (official)" is X's), or ""."""
    if name.endswith(" (official)"):
        return name.removesuffix(" (official)")
    return _estimator_countries().get(name.lower(), "")


def estimator_type(name: str) -> str:
    """The kind of estimator (lexicon/estimators.yaml): a known one's type, else by the words of its
    name ("… Statistics Office" → official_statistics), else "other"."""
    lexicon = load_lexicon("estimators")
    for entry in lexicon["estimators"]:
        if name.lower() in {n.lower() for n in [entry["canonical"], *entry.get("aliases", [])]}:
            return entry["type"]
    lowered = name.lower()
    return next((c["type"] for c in lexicon["type_cues"] if _cued(lowered, c)), "other")


def _cued(name: str, cue: dict) -> bool:
    """Whether a lower-cased name holds a type cue: anywhere, or only at its end (`at_end`), or only
    after one of the words `after` lists ("" for the name's start)."""
    if cue.get("at_end"):
        return name.endswith(cue["cue"])
    if "after" not in cue:
        return cue["cue"] in name
    at = name.find(cue["cue"])
    return at >= 0 and (name[:at].split() or [""])[-1] in cue["after"]


@lru_cache(maxsize=1)
def body_heads() -> frozenset[str]:
    """The head words that end a body's name (lexicon/context.yaml institution_heads and the operators' heads):
    "… Land Registry", "… Railways Corporation", "… Ports Authority"."""
    lexicon = load_lexicon("context")
    return frozenset([*lexicon["institution_heads"], *lexicon["operator_company_heads"], *lexicon["operator_issuer_heads"]])


def is_person(name: str) -> bool:
    """'Andrei Lankov', not 'Bank of Korea' or 'South Korean government': two or three capitalised
    words, none of them an institution's or a group's."""
    words = name.split()
    lex = _lexicon()
    not_person = {w.lower() for w in [*lex["institution_heads"], *lex["source_head_nouns"], *lex["publication_heads"], *lex["not_person_words"]]} | {"(official)"}
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not any(w.lower() in not_person for w in words) \
        and known_estimators().match(name) is None \
        and not (words[-1] in one_word_country_names() and words[0].endswith(("ers", "ors", "ing", "ists")))


@lru_cache(maxsize=1)
def one_word_country_names() -> frozenset[str]:
    """Countries' one-word names, which end bodies' names after an agent's or an industry's noun ("Carers
    Australia", "Banking Ireland"), not persons' ("John Ireland")."""
    return frozenset(name for country in load_lexicon("places")["countries"] for name in [country["name"], *country["aliases"]]
                     if " " not in name)
