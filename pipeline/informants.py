"""Informants an attribution names by description and place: "a source in North Pyongan Province
told …", "An official in Dandong said …", "according to a trader in Hyesan"."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicon import load_lexicon


@lru_cache(maxsize=1)
def _informant_lead() -> re.Pattern[str]:
    nouns = "|".join(sorted(load_lexicon("context")["informant_nouns"], key=len, reverse=True))
    return re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Ss]everal)\s+(?P<who>(?:[a-z-]+\s+)?(?:{nouns})\s+"
                      rf"(?:in|from|inside|close to|based in|familiar with)\s+(?:the\s+)?(?P<place>(?:[A-Z][\w’'-]*\s+){{0,3}}))")


def as_informant(sentence: str, at: int, name: str) -> str:
    """"a source in North Pyongan Province told …" names the informant, not the province."""
    lead = _informant_lead().search(sentence, max(0, at - 80), at)
    return lead.group("who") + name if lead and lead.end() == at and sentence.startswith(name, at) else name


def informants(sentence: str, found: dict[int, str]) -> dict[int, str]:
    """Informants no pattern found a name for ("An official in Dandong said …", "according to a trader
    in Hyesan"): the description with the place it names, when a reporting word follows."""
    named = {}
    for lead in _informant_lead().finditer(sentence):
        place = re.match(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}", sentence[lead.start("place") :])
        if not place or any(lead.start() <= at <= lead.end("place") + len(place.group()) for at in found):
            continue
        end = lead.start("place") + place.end()
        said = REPORTED_AFTER.match(sentence, end)
        if said or ACCORDING_BEFORE.search(sentence, max(0, lead.start() - 20), lead.start()):
            named[lead.start("who")] = sentence[lead.start("who") : end]
    return named


REPORTED_AFTER = re.compile(r"(?:,[^,;]{1,60},)?\s+(?:said|says|told|reported|added|estimated|explained)\b")
ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording to\s+$")
