"""Who a number is attributed to: estimators named in a sentence, and official figures.

The patterns are in lexicon/context.yaml; {ORG} stands for a capitalised name. A sentence may name
several estimators ("A estimated 1.3%, while B estimated −3.5%"): each number takes the nearest one
named before it in the sentence, else the first one named after it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.context import CAPWORD, Country, clause_bounds
from pipeline.lexicon import load_lexicon
from pipeline.grammar import Quantity


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return load_lexicon("context")


@lru_cache(maxsize=1)
def _source_patterns() -> tuple[re.Pattern[str], ...]:
    lex = _lexicon()
    joiners = "|".join(re.escape(w) for w in lex["name_joiners"].split())
    heads = "|".join(re.escape(w) for w in lex["source_head_nouns"])
    word = rf"{CAPWORD}(?:\s+\([A-Z]{{2,}}\))?"  # a name's words, with "(FAO)"-style acronyms
    org = rf"(?P<org>{word}(?:\s+(?:(?:{joiners})\s+)*{word})*(?:\s+(?:{heads}))?)"
    institutions = "|".join(re.escape(w) for w in lex["institution_heads"])
    patterns = [p.replace("{ORG}", org) for p in lex["source_patterns"]]
    # "(provisional; Ghana Statistical Service)": an institution named in brackets
    named = rf"{CAPWORD}(?:\s+(?:(?:{joiners})\s+)*{CAPWORD})*"
    patterns.append(rf"\((?:[^()]*;\s*)?(?:the\s+)?(?P<org>{named}\s+(?:{institutions})|(?:{institutions})\s+(?:of|for)\s+{named})\)")
    return tuple(re.compile(p) for p in patterns)


def _clean(org: str) -> str:
    org = re.sub(r"\s+\([A-Z]{2,}\)", "", org.strip())
    org = re.sub(r"(?:’s|'s)$", "", org)
    titles = "|".join(re.escape(t) for t in _lexicon()["person_titles"])
    untitled = re.sub(rf"^(?:{titles})\s+", "", org)
    if untitled.split()[-1:] != org.split()[-1:] or untitled.split()[-1] not in _lexicon()["institution_heads"]:
        org = untitled  # "Analyst Jane Doe" → "Jane Doe", but "Economist Intelligence Unit" stays
    org = re.sub(r"^(?:The|the|A|An)\s+", "", org)
    org = re.sub(r"^[\w’'.-]+-based\s+", "", org)  # "South Korea-based X" → "X"
    return org.strip().rstrip(".,")


def _official(org: str, home: Country) -> bool:
    """'the Kenyan government', 'Kenya' (as the one estimating): the home country's official figures."""
    words = org.split()
    head = words[-1].lower()
    if words[0].lower() == "official" or (len(words) == 1 and head in _lexicon()["official_heads"]):
        return True  # "Official statistics", "the government reported"
    if head in _lexicon()["official_heads"]:
        return home.pattern.fullmatch(" ".join(words[:-1])) is not None
    return home.pattern.fullmatch(org) is not None


@lru_cache(maxsize=1)
def _triggers() -> re.Pattern[str]:
    """Words without which no attribution pattern can match: a cheap test before the costly ones."""
    return re.compile(r"(?:" + "|".join(_lexicon()["attribution_triggers"]) + r")", re.IGNORECASE)


@lru_cache(maxsize=1)
def _known_estimators() -> re.Pattern[str]:
    """Names of known estimators (lexicon/estimators.yaml), to cut them out of longer names:
    "Transparency International Corruption Perceptions Index" → "Transparency International"."""
    names = [n for e in load_lexicon("estimators")["estimators"] for n in [e["canonical"], *e.get("aliases", [])]]
    return re.compile(r"^(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")


@lru_cache(maxsize=None)
def _home_official(home: Country) -> re.Pattern[str]:
    """'Kenyan annual budget reports', 'Kenyan official sources': the home country's own figures."""
    words = "|".join(re.escape(w) for w in load_lexicon("context")["official_nouns"])
    return re.compile(rf"(?:{home.pattern.pattern})\s+(?:[a-z]+\s+){{0,3}}(?:{words})\b")


def find_sources(sentence: str, home: Country | None) -> list[tuple[int, str]]:
    """(position, estimator) for every attribution in the sentence, in order."""
    not_names = set(_lexicon()["not_names"])
    plan_heads = set(_lexicon()["plan_heads"])
    found: dict[int, str] = {}
    patterns = _source_patterns() if _triggers().search(sentence) else ()
    for pattern in patterns:
        if found:
            break  # the first pattern that names someone governs the sentence
        for m in pattern.finditer(sentence):
            org = _clean(m.group("org"))
            words = org.split()
            if not org or org in not_names or (len(words) == 1 and words[0] in not_names) or words[-1] in plan_heads:
                continue
            if any(abs(m.start("org") - p) < 3 for p in found):
                continue
            known = _known_estimators().match(org)
            if known and not re.match(r"\s+and\b", org[known.end() :]):
                org = known.group()
            elif words[-1] in _lexicon()["publication_heads"]:
                continue
            found[m.start("org")] = f"{home.name} (official)" if home and _official(org, home) else org
    if home and not found:
        official = _home_official(home).search(sentence) or _official_cue(sentence)
        if official:
            found[official.start()] = f"{home.name} (official)"
    return sorted(found.items())


def resolve_references(sources: list[tuple[int, str]], named_before: list[str]) -> list[tuple[int, str]]:
    """'the Bank', 'the office said': a bare institution word refers to the last estimator named
    earlier in the document whose name contains it ("Bank of Mongolia", "Statistics Office")."""
    heads = {h.lower() for h in _lexicon()["institution_heads"]} | {"lender"}
    resolved = []
    for position, name in sources:
        if len(name.split()) == 1 and name.lower() in heads:
            match = next((full for full in reversed(named_before) if name.lower() in full.lower().split()), None)
            if match is None and name.lower() == "lender":
                match = next((full for full in reversed(named_before) if "Bank" in full or "Fund" in full), None)
            if match is None:
                continue  # an unresolved "the bank" names no one
            name = match
        resolved.append((position, name))
    return resolved


@lru_cache(maxsize=1)
def _official_cues() -> re.Pattern[str]:
    words = sorted(_lexicon()["official_cues"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _official_cue(sentence: str) -> re.Match[str] | None:
    return _official_cues().search(sentence)


def source_for(q: Quantity, sources: list[tuple[int, str]], sentence: str = "", last_number_end: int = 0) -> str:
    """The estimator named nearest before the number; else one named after it in its clause
    ("…, the statistics office said"), or after every number of the sentence ("A rose 17%, while
    B climbed 16.5%, according to the customs office")."""
    before = [name for position, name in sources if position < q.start]
    if before:
        return before[-1]
    end = clause_bounds(sentence, q)[1] if sentence else 10**9
    after = [name for position, name in sources if q.end <= position and (position < end or position >= last_number_end)]
    return after[0] if after else ""
