"""Subjects a sentence lists with its numbers: "…, about 640,000 and 560,000 of them to Chad and South
Sudan respectively", "The main trading partners are China (25%), the US (15%) …", "The regions of
Arequipa, Cusco and Apurímac accounted for 21%, 14% and 12% … respectively"."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.countries import Country
from pipeline.grammar import Quantity
from pipeline.lexicon import load_lexicon
from pipeline.matching import WordList
from pipeline.places import estimator_names
from pipeline.subjects import _subject_patterns, subject_mentions


def partners_respectively(sentence: str, quantities: list[Quantity], home: Country | None) -> dict[int, str]:
    """"…, about 640,000 and 560,000 of them to Chad and South Sudan respectively": the pair each of the
    numbers listed before the partners is about, by where the number starts."""
    at = sentence.find("respectively")
    if at < 0 or not home or not _subject_patterns()["bilateral"].search(sentence):
        return {}
    before = [q for q in quantities if q.end <= at]
    if not before:
        return {}
    partners = [c.name for start, _, c in subject_mentions(sentence[before[-1].end : at]) if c.name != home.name]
    listed = before[-len(partners):] if partners and len(before) >= len(partners) else []
    return {q.start: f"{home.name}-{partner}" for q, partner in zip(listed, partners)} if len(partners) > 1 else {}


def bracketed_partners(sentence: str, quantities: list[Quantity], home: Country | None) -> dict[int, str]:
    """"The main trading partners are China (25%), the US (15%) and Japan (10%)": each bracketed number
    is the pair of the home country and the partner named right before its bracket, by where it starts."""
    if not home or "(" not in sentence or not _subject_patterns()["bilateral"].search(sentence):
        return {}
    pairs = {}
    for q in quantities:
        opening = sentence.rfind("(", max(0, q.start - 3), q.start)
        if opening < 0 or sentence[opening + 1 : q.start].strip():
            continue
        named = subject_mentions(sentence[max(0, opening - 40) : opening])
        if named and not sentence[max(0, opening - 40) + named[-1][1] : opening].strip() and named[-1][2].name != home.name:
            pairs[q.start] = f"{home.name}-{named[-1][2].name}"
    return pairs


# a name: capitalised words, with the lower-case joiners of names between them ("Jaguar Land Rover",
# "PSA Peugeot Citroën", "Bank of Korea")
NAME = r"[A-ZÀ-Þ][\w’'.&-]*(?:\s+(?:(?:of|de|del|la|and|the)\s+)?[A-ZÀ-Þ][\w’'.&-]*)*"
PLAN_WORD = re.compile(r"\s*(?:\w+-(?:Year|Month)\b|Plans?\b)|\b\w+-(?:Year|Month)\b|\bPlans\b")  # "the Three-Year and Five-Year Plans"
# (a name after the first may have its article: "Singapore, the United States and China took …")
NAME_LIST = re.compile(rf"(?P<names>(?:{NAME},\s+(?:the\s+)?)*{NAME},?\s+and\s+(?:the\s+)?{NAME})")


@lru_cache(maxsize=1)
def _not_listed_subjects() -> WordList:
    """Words that, heading a listed name, make it no subject: months, estimators, plans' durations."""
    lex = load_lexicon("context")
    return WordList([*lex["months"], *lex["weekdays"], *lex["plan_heads"], *lex["institution_heads"], *estimator_names()])


def named_respectively(sentence: str, quantities: list[Quantity], home: Country | None) -> dict[int, str]:
    """"PSA Peugeot Citroën and Kia Motors opened plants …, investing about €700 million and €1 billion
    respectively": the name each number listed before "respectively" is about, in the order of a list
    of as many names that comes before the numbers, by where the number starts. A country so listed
    is the home country's partner when the sentence speaks of flows between them ("Japan and India
    were owed about $2.7 billion and $1.7 billion respectively")."""
    at = sentence.find("respectively")
    if at < 0:
        return {}
    listed = [q for q in quantities if q.end <= at]
    if len(listed) < 2:
        return {}
    for m in NAME_LIST.finditer(sentence, 0, at):
        names = [re.sub(r"^[Tt]he\s+", "", n.strip()) for n in re.split(r",\s+(?:and\s+)?|\s+and\s+", m.group("names")) if n.strip()]
        numbers = [q for q in listed if q.start >= m.end()]
        if len(names) == len(numbers) and OWNERS_HOLD.fullmatch(sentence, m.end(), numbers[0].start):
            # "ExxonMobil, Hess and CNOOC hold 45%, 30% and 25% of the Stabroek block respectively": the
            # owners are listed; each share is about what they hold
            held = HELD_AFTER.match(sentence, numbers[-1].end) or HOLDING_BEFORE.search(sentence, 0, m.start())
            return {q.start: held.group("name") for q in numbers} if held else {}
        if len(names) == len(numbers) and not any(_not_listed_subjects().search(name) or PLAN_WORD.search(name) for name in names) \
                and not PLAN_WORD.match(sentence, m.end()):
            bilateral = home is not None and _subject_patterns()["bilateral"].search(sentence) is not None
            return {q.start: _as_partner(name, home) if bilateral else name for q, name in zip(numbers, names)}
    return {}


OWNERS_HOLD = re.compile(r"\s+(?:hold|holds|held|own|owns|owned|control|controls|controlled)\s+(?:stakes\s+of\s+)?")
HELD_AFTER = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?(?P<name>[A-Z][\w&’'-]*(?:\s+[A-Za-z0-9][\w&’'-]*){0,4}?)(?=,?\s+respectively\b)")
HOLDING_BEFORE = re.compile(r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w&’'-]*(?:\s+[A-Za-z][\w&’'-]*){0,4}),\s+in\s+which\s+$")


def _as_partner(name: str, home: Country) -> str:
    country = next((c for _, _, c in subject_mentions(name)), None)
    return f"{home.name}-{country.name}" if country and country.name != home.name and country.pattern.fullmatch(name) else name
