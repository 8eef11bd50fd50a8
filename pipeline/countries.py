"""Which countries a text names: the codebook of countries, their names, adjectives and currencies, each mention
of one in a text, and how a document writes each name (which one a document is about: document_country)."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.lexicon import load_lexicon
from pipeline.matching import words_at_starts


@dataclass(frozen=True)
class Country:
    name: str
    currency: str
    # names and adjectives; left out of equality and hash: a country is one by its name, and hashing
    # a compiled pattern hashes its code (a country is a key of per-sentence caches)
    pattern: re.Pattern[str] = field(compare=False)
    former_currencies: tuple[str, ...] = field(default=(), compare=False)  # Slovakia's koruna before the euro


def _names_pattern(words: list[str]) -> str:
    # "US" must not match "US$": a currency prefix is not a country mention
    return words_at_starts(words, r"[\w-]") + r"(?![\w$-])"


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    result = []
    for entry in load_lexicon("places")["countries"]:
        words = entry["aliases"] + entry.get("adjectives", [])
        result.append(Country(entry["name"], entry.get("currency", ""), re.compile(_names_pattern(words)),
                              tuple(entry.get("former_currencies", ()))))
    return tuple(result)


@lru_cache(maxsize=1)
def _any_country() -> tuple[re.Pattern[str], dict[str, Country]]:
    by_word: dict[str, Country] = {}
    for country, entry in zip(countries(), load_lexicon("places")["countries"]):
        for word in entry["aliases"] + entry.get("adjectives", []):
            by_word.setdefault(word, country)
    places = load_lexicon("places")
    others = [*places.get("names_holding_a_country", []),  # "New Jersey": matched, to be passed over
              *(f"{adjective} {feature}" for entry in places["countries"] for adjective in entry.get("adjectives", [])
                for feature in places["features_named_by_adjective"]),  # "Indian Ocean"
              *(phrase.format(adjective) for entry in places["countries"] for adjective in entry.get("adjectives", [])
                for phrase in places["language_phrases"])]  # "translated from Spanish"
    return re.compile(_names_pattern([*by_word, *others])), by_word


@lru_cache(maxsize=64)  # asked of one sentence for each of its numbers (not across documents)
def country_named_alone(text: str) -> str:
    """The country a text names and says nothing else of: a run-in heading ("Jordan." before "Growth
    is projected at 2.5 percent …" in a regional report), a table row's label ("Tunisia"); else ""."""
    mentions = country_mentions(text)
    if len(mentions) == 1 and text.strip().rstrip(".:") == text[mentions[0][0] : mentions[0][1]]:
        return mentions[0][2].name
    return ""


def country_mentions(text: str) -> tuple[tuple[int, int, Country], ...]:
    """Country names and adjectives in text, longest name first at each place."""
    pattern, by_word = _any_country()
    return tuple((m.start(), m.end(), by_word[m.group()]) for m in pattern.finditer(text) if m.group() in by_word)


@lru_cache(maxsize=1)
def _adjectives() -> frozenset[str]:
    return frozenset(a for entry in load_lexicon("places")["countries"] for a in entry.get("adjectives", []))


@lru_cache(maxsize=1)
def currencies_by_word() -> dict[str, str]:
    """'fijian', 'fiji' → 'FJD': each country's adjectives and name, in lower case, to its currency."""
    return {word.lower(): entry.get("currency", "") for entry in load_lexicon("places")["countries"]
            for word in (*entry.get("adjectives", []), entry["name"])}


def country_adjectives() -> frozenset[str]:
    """'Chinese', 'South Korean': the adjectives of the codebook's countries."""
    return _adjectives()


COMPASS = ("North", "South", "East", "West")


def compass_name(home: Country) -> str:
    """'North' for North Korea: the word by which a text about a divided country calls it ("the North")."""
    first, _, rest = home.name.partition(" ")
    return first if first in COMPASS and rest else ""


# a name in another language the country's name ends: "Banco de Moçambique", "Rádio Moçambique"
NAME_BEFORE = re.compile(r"(?:\b[A-Z][\w’'-]+\s+(?:de|do|da|del|di|du|des)|\b[A-Z]\w*[^\x00-\x7f]\w*)\s+$")
NAME_GOES_ON = re.compile(r" (?!(?:In|On|At|The|This|By|For|From|And|But|As|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                          r"|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]")


def display_names(text: str) -> dict[str, str]:
    """How the document names each country it never calls by the codebook's name ("Côte d'Ivoire",
    "Türkiye"): subjects are written as the document writes them."""
    written: dict[str, dict[str, int]] = {}
    adjectives = _adjectives()
    cities = set(load_lexicon("places").get("cities_named_as_countries", []))
    for start, end, country in country_mentions(text):
        word = text[start:end]
        if NAME_GOES_ON.match(text, end):
            continue  # "Siam Harbour Insurance", "Kenya Airways": the first word of another name, not the country's
        if word != country.name and NAME_BEFORE.search(text, max(0, start - 30), start):
            continue  # nor another spelling as the last word of a name in another language
        if word not in adjectives and word not in cities:  # a capital stands for its country, is not its name
            written.setdefault(country.name, {}).setdefault(word, 0)
            written[country.name][word] += 1
    # the codebook's name is kept when the document writes it as often as any other name, even inside a
    # longer name ("Republic of the Philippines", not "Russian Federation"; but "Ivory Coast" named
    # throughout, "Côte d'Ivoire" once), against initials of two letters ("US"), and for a state's formal
    # style ("Democratic People's Republic of Korea", "Kyrgyz Republic"): not how anyone names it most simply
    # (and the name the title writes: "Economy of the United States Virgin Islands", then "U.S. Virgin Islands" often)
    title = text.lstrip()[: text.lstrip().find("\n")] if "\n" in text.lstrip() else text.strip()
    result = {}
    for name, words in written.items():
        usual = max(words, key=lambda word: (word in title, words[word]))
        as_codebook = sum(n for word, n in words.items() if re.search(rf"\b{re.escape(name)}\b", word))
        if as_codebook < words[usual] and not re.search(rf"\b{re.escape(name)}\b", usual) \
                and not any(FORMAL_STYLE.search(word) for word in words) and not INITIALS.fullmatch(usual) \
                and _spelled(usual) != _spelled(name):  # ("Viet Nam" is Vietnam spelled apart)
            result[name] = usual
    return result


FORMAL_STYLE = re.compile(r"\bRepublic\b")
INITIALS = re.compile(r"[A-Z.]+")  # "US", "UAE", "DPRK": a short form, not a name to write a subject with


def _spelled(name: str) -> str:
    return re.sub(r"[\s-]+", "", name).lower()


SMALL_WORDS = re.compile(r"(?<=\s)(?:Of|The|And|For|In|On|To)\b")


def from_capitals(title: str) -> str:
    """A heading in capitals as names are written: "MISSION TO THE DEMOCRATIC PEOPLE'S REPUBLIC OF
    KOREA" → "Mission to the Democratic People's Republic of Korea"."""
    words = string.capwords(title, " ")
    words = re.sub(r"(?<=[A-Za-z]-)[a-z]", lambda m: m.group().upper(), words)  # "TIMOR-LESTE" → "Timor-Leste"
    return SMALL_WORDS.sub(lambda m: m.group().lower(), words)
