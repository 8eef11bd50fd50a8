"""The home country's own figures: a name that is its government or one of its organs ("the Kenyan
government", "Official statistics", "the Supreme People’s Assembly"), and the phrases that say a sentence
gives them ("official figures", "at the 2022 census", "The FY2025/26 budget … envisages")."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.countries import Country, country_mentions
from pipeline.lexicon import load_lexicon
from pipeline.matching import Caseless, WordList, caseless_sentence, led_by_first_characters


def _lexicon() -> dict:
    return load_lexicon("context")


def as_official(name: str, home: Country | None) -> str:
    """The name, or the home country's official figures when it names the government or its budget
    papers (an abbreviation is read in full first: "the NBFP projects …")."""
    return f"{home.name} (official)" if home and name and is_official(name, home) else name


def is_official(org: str, home: Country) -> bool:
    """'the Kenyan government', 'Kenya' (as the one estimating): the home country's official figures."""
    words = org.split()
    head = words[-1].lower()
    if words[0].lower() == "official" or (len(words) == 1 and head in _lexicon()["official_heads"]):
        return True  # "Official statistics", "the government reported"
    heads = set(_lexicon()["institution_heads"])
    if "Budget" in words and not any(w.rstrip(",") in heads or set(w.split("-")) & heads for w in words):
        return True  # "The National Budget Framework Paper proposes …": the government's budget papers (not a
        # body named for the budget: "Parliamentary Budget Office", "Directorate-General of Budget, Accounting and Statistics")
    if load_lexicon("places")["dateline_cities"].get(org) == home.name:
        return True  # "Libreville itself conceded …, reporting …": the capital for its government
    legislature = words[-1] in _lexicon()["legislature_heads"] or (words[0] in _lexicon()["legislature_heads"] and words[1:2] == ["of"])
    if legislature and not set(words) & set(_lexicon()["regional_adjectives"]) \
            and all(country.name == home.name for _, _, country in country_mentions(org)):
        return True  # "the budget approved by the Supreme People’s Assembly": the state's own organ
    if head in _lexicon()["official_heads"]:
        return home.pattern.fullmatch(" ".join(words[:-1])) is not None
    return home.pattern.fullmatch(org) is not None


@lru_cache(maxsize=None)
def _home_official(home: Country) -> re.Pattern[str]:
    """'Kenyan annual budget reports', 'Kenyan official sources': the home country's own figures."""
    words = "|".join(re.escape(w) for w in load_lexicon("context")["official_nouns"])
    return re.compile(rf"(?:{home.pattern.pattern})\s+(?:[a-z]+\s+){{0,3}}(?:{words})\b")


def with_official(sentence: str, home: Country | None, found: dict[int, str]) -> list[tuple[int, str]]:
    """The attributions found, with the home country's official figures beside named estimators:
    "staff estimate 3.7%; the authorities estimate 4.2%"."""
    if home:
        # a phrase of the patterns ("The Ministry's 2025 budget targets …") only where no one else is named
        decided = [] if found else official_decisions(sentence)
        official = _home_official(home).search(sentence) or _official_cue(sentence)
        if official and f"{home.name} (official)" not in found.values():
            found[official.start()] = f"{home.name} (official)"
        for m in decided:  # each a count's or a budget's own ("4.12 million at the 2021 census, and … 9.3 million")
            found.setdefault(m.start(), f"{home.name} (official)")
    return sorted(found.items())


@lru_cache(maxsize=1)
def _official_cues() -> WordList:
    return WordList(_lexicon()["official_cues"])


@lru_cache(maxsize=1)
def _official_cue_patterns() -> tuple[Caseless, ...]:
    return tuple(Caseless(p) for p in _lexicon()["official_cue_patterns"])


def _official_cue(sentence: str) -> re.Match[str] | None:
    """A phrase that says the sentence gives the country's own figures: "official statistics"."""
    return _official_cues().search(sentence)


def official_decisions(sentence: str) -> list[re.Match[str]]:
    """A phrase of the country's own counts and budgets, which give its figures without reporting on
    (a report's estimator may go on into the next sentences, a budget's or a census's does not): "at the 2022 census", "the FY2025/26 budget …
    envisages", "4.5% in the approved budget"."""
    if not DECISION_WORDS.search(caseless_sentence(sentence) or sentence.lower()):  # most sentences: spare the patterns
        return []
    return [m for pattern in _official_cue_patterns() if pattern.found_in(sentence) for m in pattern.finditer_at(sentence)]


DECISION_WORDS = led_by_first_characters(r"\b(?:census\w*|budget\w*|law|act|survey|government)\b")  # one of which every official_cue_patterns phrase holds


OWNED_BUDGET = re.compile(r"(?!(?:Group|Company|Corporation|University|College|Council|Board|Fund|Association|League|Society|Bank)\b)[A-Z][\w.-]*(?:’s|'s)\s+(?:(?:19|20)\d\d(?:[/-]\d\d)?\s+)?[Bb]udget")  # "Ontario's 2025 Budget assumes …"
GOVERNMENT_WORDS = re.compile(r"\b(?:government|ministry|minister|state|federal|provincial|national|public|parliament|congress)\b", re.IGNORECASE)


def issuers_own_budget(sources: list[tuple[int, str]], sentence: str, home: Country | None, body: str) -> list[tuple[int, str]]:
    """In the document of a body that reports on its own accounts (`body`: a university's budget
    statement, a company's report), "The budget assumes …" and "The Board of Governors has approved …"
    are the body's: its own budget and governing board, not the country's budget papers."""
    if not body:
        return sources
    boards = load_lexicon("context")["governing_boards"]
    budget_names = {"budget", "Budget", *([f"{home.name} (official)"] if home else [])}
    own_budget = not GOVERNMENT_WORDS.search(sentence) and not OWNED_BUDGET.search(sentence) \
        and all("udget" in m.group() for m in official_decisions(sentence))
    return [(at, body if (own_budget and name in budget_names) or name in boards else name) for at, name in sources]
