"""The cities, regions and sites a number is stated for ("a dollar fetched 28,900 won in Pyongyang",
"on Nairobi’s markets", "At the four coal-loading piers of Nampho, …"): not a country, a month or a body."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from pipeline.countries import country_mentions
from pipeline.grammar import Quantity
from pipeline.lexicon import load_lexicon
from pipeline.matching import led_by_first_characters, trie_pattern


@lru_cache(maxsize=1)
def estimator_names() -> tuple[str, ...]:
    return tuple(n for e in load_lexicon("estimators")["estimators"] for n in [e["canonical"], *e.get("aliases", [])])


# "In Pyongyang’s markets a dollar fetched …": a place whose markets open the clause;
# "In North Darfur, a survey found … 24.3%": a place that opens the number's clause
PLACE = r"(?P<place>[A-Z][a-zŏŭ’'-]+(?:\s+(?:(?:de|del|la|el|al)\s+)?[A-Z][a-zŏŭ’'-]+)?)(?![\w’'-])"
PLACE_AFTER = re.compile(rf"(?:\s+(?:a|an|per)\s+[a-z]+)?\s+in\s+{PLACE}")
PLACE_OPENING = re.compile(rf"\s*(?:and\s+)?[Ii]n\s+{PLACE},")
PLACE_OWNING_OPENING = re.compile(r"\s*(?:and\s+)?[Ii]n\s+(?P<place>[A-Z][a-zŏŭ-]+(?:\s+[A-Z][a-zŏŭ-]+)?)(?:’s|'s)\s+[a-z]+(?:\s+[a-z]+)?[,\s]")


# "… and in Hyesan at 10,400 won": a place just before the number
PLACE_BEFORE = led_by_first_characters(rf"\b[Ii]n\s+{PLACE}\s+(?:[a-z]+\s+){{0,3}}$")


# "Haviland put Tikal at about 45,000 people": the place an estimate is put for
PLACE_PUT_AT = led_by_first_characters(rf"\b(?:put|puts|putting|placed|places|reckoned|reckons|estimated|estimates)\s+{PLACE}\s+at\s+[\"“]?(?:[a-z]+\s+){{0,2}}$")


# "the shopping malls in Pyongyang offered …", "Prices in Hyesan rose …": a place in the noun phrase
# that opens the clause, before its verb (not a currency's rate, the country's wherever it is quoted)
PLACE_IN_SUBJECT = re.compile(rf"\s*(?:(?:[Bb]y|[Ii]n)\s+\d{{4}},\s+)?(?:[Tt]he\s+)?(?:[A-Za-z-]+\s+){{0,2}}(?!rates?\s)[a-z-]+\s+in\s+{PLACE}"
                              rf"\s+(?:(?:had|have|has|were|was)\s+)?[a-z]+(?:ed|s)\b")


# "on Pyongyang’s markets", "at the Sinuiju customs yard": a market, port or crossing of a place
PLACE_SITE = led_by_first_characters(rf"\b(?:on|at|in)\s+(?:the\s+)?{PLACE}(?:(?:’s|')s?)?\s+(?:[a-z]+\s+)?(?:markets?|port|ports|piers?|quays?|yards?|"
                                     rf"crossings?|border\s+crossings?|harbou?r|docks?)\b")
# "sold for 11,200 won at a market in Pyongyang", "survey of markets in Pyongyang": a market and its place
SITE_IN_PLACE = led_by_first_characters(rf"\bmarkets?\s+in\s+{PLACE}")
# "At the four coal-loading piers of Nampho, we counted …": the site of a place opening the clause
PLACE_SITE_OPENING = re.compile(rf"\s*(?:and\s+)?[Aa]t\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}(?:markets?|port|ports|piers?|quays?|yards?|"
                                rf"crossings?|harbou?r|docks?)\s+(?:of|in)\s+{PLACE},")


def place_of(sentence: str, q: Quantity, start: int, end: int) -> str:
    """A city or region (not a country, a month or a body) the number is stated for."""
    found = [PLACE_AFTER.match(sentence, q.end), PLACE_BEFORE.search(sentence, start, q.start),
             PLACE_OPENING.match(sentence, start), PLACE_OPENING.match(sentence),  # "In Sinuiju, …, it put … at 9,500 won"
             PLACE_OWNING_OPENING.match(sentence, start), PLACE_SITE_OPENING.match(sentence, start),
             PLACE_SITE_OPENING.match(sentence), PLACE_SITE.search(sentence, start, end), SITE_IN_PLACE.search(sentence, start, end),
             PLACE_IN_SUBJECT.match(sentence, start, q.start), PLACE_PUT_AT.search(sentence, start, q.start)]
    places = (re.sub(r"(?:’s|'s|’|')$", "", m.group("place")) for m in found if m)  # "on Nairobi’s markets"
    return next((place for place in places if is_place(place)), "")


@lru_cache(maxsize=1)
def _not_places() -> tuple[frozenset[str], frozenset[str]]:
    lex, places = load_lexicon("context"), load_lexicon("places")
    words = [*lex["months"], *lex["weekdays"], *lex["not_names"], *lex["institution_heads"], *lex["plan_heads"]]
    return frozenset(words), frozenset(places.get("not_places", []))


def is_place(name: str) -> bool:
    """Whether a name is a city or region: not a country, a month, a body or a word that names none."""
    not_in_names, not_names = _not_places()
    if name in not_names or name.split()[0] in not_names or any(word in not_in_names for word in name.split()):
        return False
    if name in load_lexicon("places").get("cities_named_as_countries", []):
        return True
    return not country_mentions(name) and not any(name.startswith(e) for e in estimator_names())


@lru_cache(maxsize=1)
def _facility_names() -> tuple[re.Pattern[str], re.Pattern[str]]:
    heads = "|".join(sorted(load_lexicon("places")["facility_heads"], key=len, reverse=True))
    # "According to the Authority (ACP), the canal handled …", "The mine produced …": a clause that opens
    # with a facility named by its head noun alone
    # (after an opening phrase of time or place without its comma: "In the early 1970s the dam supplied …")
    referred = re.compile(rf"\s*(?:(?:and|but|while|when)\s+)?(?:[^,;]*,\s+|(?:In|By|During|Since|After|Until|From)\s+[^,;]{{1,30}}?\s+)?"
                          rf"[Tt]he\s+(?P<head>{heads})(?:’s|'s)?\s")
    # matched in lower-cased text as a prefix tree (IGNORECASE and plain alternations are slow)
    return re.compile(rf"\b(?:{trie_pattern(w.lower() for w in load_lexicon('places')['facility_heads'])})\b"), referred


@lru_cache(maxsize=1)
def _within() -> re.Pattern[str]:
    heads = "|".join(sorted(load_lexicon("places")["facility_heads"], key=len, reverse=True))
    # "Employment in the zone grew …", "Output at the mine fell to …": the thing the clause is about,
    # named by its head noun after a preposition
    return re.compile(rf"^[A-Z][a-z]+\s+(?:in|at|of|from|through)\s+the\s+(?P<head>{heads})(?:’s|'s)?\s")


def _referred_within(before: str) -> re.Match[str] | None:
    return _within().match(before.lstrip())


class _Span(NamedTuple):
    start: int
    end: int
    word: str


NOT_MODIFIERS = frozenset("the a an of and or to in on at by for with its their his her this that".split())
OPENING_WORDS = frozenset("The A An In At By From Under After Since It This That Its".split())  # (not "It works")


def _name_before(words: list[str]) -> list[str]:
    """The name a facility's head noun ends, read back from the words before it: perhaps one word of
    what it handles ("aluminium"), then one to four capitalised words ("the Cobre Panamá mine")."""
    name: list[str] = []
    if words and words[-1][:1].islower() and words[-1] not in NOT_MODIFIERS:
        name.insert(0, words.pop())
    while words and words[-1][:1].isupper() and len([w for w in name if w[:1].isupper()]) < 4:
        name.insert(0, words.pop())
    while name and name[0] in OPENING_WORDS:
        name.pop(0)
    if name and re.match(r"[A-Z][\w’']*-(?:owned|run|based|built)$", name[0]):
        name.pop(0)  # "Chinese-owned Husab mine"
    return name if any(w[:1].isupper() for w in name) else []


# a capitalised word right after a head noun: "Fund Institute", "Canal Authority" name something else
NAME_GOES_ON = re.compile(r" [A-Z][a-z]")
# "the State Oil Fund of the Republic of Azerbaijan": a name that goes on after its capitalised head noun
OF_NAME = re.compile(r" of (?:the )?[A-Z][\w’'-]*(?: of)?(?: (?:the )?[A-Z][\w’'-]*){0,3}")


def name_continued(text: str, head_end: int) -> str:
    """What follows a capitalised head noun at `head_end` as part of its name ("of the Republic of
    Azerbaijan"), or nothing: not a country alone ("the Petroleum Fund of Timor-Leste" is the fund)."""
    word_start = max(text.rfind(" ", 0, head_end), text.rfind("\n", 0, head_end)) + 1
    m = OF_NAME.match(text, head_end) if text[head_end - 1 : head_end].isalpha() and text[word_start : word_start + 1].isupper() else None
    return m.group() if m and (not country_mentions(m.group()[4:]) or "Republic" in m.group()) else ""


THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
HEAD_OF_NAME = re.compile(r"[ \t]+of[ \t]+(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2})\b(?![ \t]+(?:of|and)\b)")


# a time that may open a sentence before a facility's name: "In August the Stabroek Block averaged …", "In 2023, the
# Kariba Dam …"
OPENING_TIME = (r"(?:(?:In|During|Over|By|Since|Last|This)\s+(?:the\s+)?(?:first\s+half|second\s+half|(?:first|second|third|fourth)\s+quarter"
                r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:1[89]|20)\d\d)"
                r"(?:\s+(?:1[89]|20)\d\d)?,?\s+)")


def named_facilities(text: str) -> list[tuple[int, str, str]]:
    """(position, head noun, name) of each facility a document names ("the Cobre Panamá mine",
    "the Panama Canal", "the Export Processing Zone"), in order."""
    head_words, _ = _facility_names()
    found = []
    lowered = text.lower()
    heads = head_words.finditer(lowered) if len(lowered) == len(text) else re.finditer(head_words.pattern, text, re.IGNORECASE)
    for found_head in heads:
        head = _Span(found_head.start(), found_head.end(), text[found_head.start() : found_head.end()])
        line_start = text.rfind("\n", 0, head.start) + 1
        words = re.findall(r"[\w’'–-]+|[^\w\s]", text[max(line_start, head.start - 80) : head.start])
        name_words = _name_before(words)
        if not name_words:
            # "the port of Rotterdam": the head, then the place it is of (not a country's: "the mines of Zambia")
            of = HEAD_OF_NAME.match(text, head.end)
            if of and not country_mentions(of.group("name")) and THE_BEFORE.search(text, max(0, head.start - 4), head.start):
                found.append((head.start, head.word.lower(), f"{head.word.lower()} of {of.group('name')}"))
            continue
        if NAME_GOES_ON.match(text, head.end):
            continue  # "the Sovereign Wealth Fund Institute": the head noun inside a longer name
        name = " ".join(name_words + [head.word]) + name_continued(text, head.end)
        # "the Ugandan oil fields" are the country's; "the Panama Canal" a proper name
        if any(name.startswith(e) or name.endswith(e) for e in estimator_names()):
            continue  # "the International Monetary Fund": a body that reports figures, not what they are about
        if not country_mentions(name) or len(name.split()) > 2 or head.word[0].isupper():
            found.append((head.start, head.word.lower(), name))
    return found


def facility_referred(before: str, facilities: list[tuple[int, str, str]], at: int) -> str:
    """The facility a clause opening with "the mine", "the canal" refers to: the last one the document
    named with that head noun before the sentence (at `at`)."""
    _, referred = _facility_names()
    m = referred.match(before) or _referred_within(before)
    if not m:
        return ""
    head = m.group("head").lower()
    earlier = [name for position, h, name in facilities if position < at and h == head]
    return earlier[-1] if earlier else ""
