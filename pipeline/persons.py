"""Whether a count is a count of people (unit `persons`): a person noun after it ("15,400 displaced
persons"), a noun of people before it ("its population was 12 million"), a verb whose object is
people ("killed more than 200"), a fact sheet's label ("People in need: 24.8 million") or a people
named by their country ("208,000 Cubans")."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.grammar import _Grammar
from pipeline.lexicon import load_lexicon
from pipeline.matching import led_by_first_characters


OF_PEOPLE = re.compile(r"\s+(?:of\s+(?:the|its|their)\b(?:[^.;,()]|[.,](?=\d)){0,40}|(?:were|are)\s+(?:\w+ly\s+)?[a-z]+\b)")


# "arrivals rose from about 490,000": the noun before the change names what it counts
FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|just\s+)?$")


PAIRED_ADJECTIVES = re.compile(r"[ \t]+([A-Za-z]+)[ \t]+(?:and|or)[ \t]+[A-Za-z-]+[ \t]+([A-Za-z]+)\b")


# "5.6 million and 4.9 million arrivals", "6.3 million, 6.2 million and 3.8 million": figures coordinated
# with the one whose noun (after the last) or subject (before the first) they share
FIGURE = r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|over\s+)?\d[\d.,]*(?:\s+(?:thousand|million|billion|lakh|crore))?"
CHAIN_AFTER = re.compile(rf"(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+){FIGURE})+")
CHAIN_BEFORE = led_by_first_characters(rf"(?:{FIGURE}\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))+$")


def counts_people(text: str, end: int, g: _Grammar, start: int | None = None) -> bool:
    """'15,400 displaced persons', '2 million workers': a person noun within the next two words
    (after the figures coordinated with it: '5.6 million and 4.9 million arrivals');
    'arrivals rose from 340,000': or as the subject just before."""
    if chain := CHAIN_AFTER.match(text, end):
        end = chain.end()
    # a hyphened compound is one word ("63,418 stay-over visitors", "233,600 cross-border workers")
    following = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", text[end : end + 60])
    # capitalised words before the noun are its adjectives ("2 million North Korean workers")
    while len(following) > 1 and following[0][0].isupper() and following[0].lower() not in g.person_nouns:
        following = following[1:]
    # … and between a first word and the noun ("2.16 million overseas Filipino workers")
    while len(following) > 2 and following[1][0].isupper() and following[1].lower() not in g.person_nouns:
        following = following[:1] + following[2:]
    words = [part.lower() for w in following[:2] if not _attribute_of_things(w, text[end : end + 60], g) for part in w.split("-")]
    if len(following) > 2 and following[0].endswith("ly"):  # "12.2 million economically active people"
        words.append(following[2].lower())
    if (paired := PAIRED_ADJECTIVES.match(text, end)) and not _names_things(paired.group(1).lower(), g):
        words.append(paired.group(2).lower())  # "1,400 field and factory workers" (not "7,000 firms and 38,000 employees")
    # "some 18,000 of the company’s roughly 40,000 employees", "7.2 million were internally displaced"
    of_people = OF_PEOPLE.match(text, end)
    if of_people:
        words += re.findall(r"[a-z]+", of_people.group().lower())
    if start is not None and FROM_BEFORE.search(text, max(0, start - 30), start):
        words += re.findall(r"[A-Za-z]+", text[max(0, start - 40) : start].lower())[-4:]
    return any(w in g.person_nouns for w in words)


def _attribute_of_things(word: str, following: str, g: _Grammar) -> bool:
    """Whether a word after a count qualifies a plural noun of things right after it, as a noun in the singular does:
    "300 three-bedroom worker houses" (not "a team of 86 people manages")."""
    if word.endswith("s") or word.lower() == "people":
        return False
    m = re.search(rf"\b{re.escape(word)}[ \t]+(?P<noun>[a-z]{{4,}})\b", following)
    return m is not None and _names_things(m.group("noun"), g)


# words ending in "s" that are no plural noun
NOT_PLURALS = frozenset({"was", "has", "is", "as", "this", "thus", "plus", "less", "across", "towards", "its", "us", "perhaps",
                         "unless", "always", "whereas", "besides", "respectively", "previous", "various"})


PLACED_AT = re.compile(r"\b(?:at|in|across)\s+(?:about\s+|some\s+|around\s+|nearly\s+|over\s+|roughly\s+)?$")


def of_whom(text: str, start: int, end: int, g: _Grammar) -> bool:
    """'58,900 wage earners in 2023, of whom about 46,100 lived in France': people, unless the number
    has a noun of its own ('…, of whom about 96,000 households', '…, of whom 12 are banks')."""
    if not OF_WHOM.search(text, max(0, start - 40), start):
        return False
    m = re.match(r"\s+(?:(?:are|were)\s+)?([a-z]{3,})\b", text[end : end + 30])  # (also "of whom 12 are banks")
    return not (m and _names_things(m.group(1), g))


# "Of the 40,480 people hospitalised in 2022-23, some 11,930 …", "Of the candidates who sat, 497,509 passed" (a clause
# that opens so: not "In the interest of the workers, 300 houses …")
OF_THE_SET = led_by_first_characters(r"(?:^|(?<=[.;:\n(])|(?<=[.;:\n(]\s))Of\s+(?:the|these|those|its|their|our|all)\s+(?P<set>(?:[^,;:()\n]|,(?=\d)){1,60}),\s*"
                                     r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|over\s+|roughly\s+|only\s+|just\s+)?$")
SET_QUALIFIED = re.compile(r"\s+(?:who|that|which|in|on|at|of|to|for|from|with|by|aged|under|over|between)\b.*")


def of_the_people(text: str, start: int, end: int, g: _Grammar) -> bool:
    """'Of the pilgrims, 12,640 were from …': a count of some of the people a clause before it opens with, unless
    it has a noun of its own ('Of the 2,100 applicants, 60 firms …')."""
    if not (opened := OF_THE_SET.search(text, max(0, start - 100), start)):
        return False
    words = re.findall(r"[a-z]+", SET_QUALIFIED.sub("", opened.group("set").lower()))
    while len(words) > 1 and words[-1].endswith("ed"):
        words.pop()  # "people hospitalised", "candidates registered"
    m = re.match(r"\s+(?:(?:are|were)\s+)?([a-z]{3,})\b", text[end : end + 30])
    return bool(words) and words[-1] in g.person_nouns and not (m and _names_things(m.group(1), g))


def counts_things(text: str, start: int, end: int, g: _Grammar) -> bool:
    """'employees at some 1,250 companies': a plural noun right after a number the people before it
    are placed at names what it counts, and it is no people."""
    if not PLACED_AT.search(text, max(0, start - 20), start):
        return False
    m = re.match(r"\s+([a-z]{4,})\b", text[end : end + 40])
    return bool(m) and _names_things(m.group(1), g) and m.group(1) not in g.lexicon["time_nouns"]


def _names_things(word: str, g: _Grammar) -> bool:
    """Whether a word after a number is a plural noun of things ("households", "banks"), not of people."""
    return word.endswith("s") and not word.endswith("ss") and word not in NOT_PLURALS and word not in g.person_nouns


def people_named_before(text: str, start: int, g: _Grammar) -> bool:
    """'its population was 12 million', 'a workforce of about 3 million': the count's noun comes
    first, joined to the number only by verbs, prepositions and hedges."""
    if chain := CHAIN_BEFORE.search(text, max(0, start - 120), start):
        start = chain.start()  # "visitors numbered 6.3 million, 6.2 million and 3.8 million": the first figure's subject
    label = LINE_LABEL.search(text, 0, start)
    if label and any(w in g.person_nouns for w in re.findall(r"[a-z]+", label.group("label").lower())):
        return True  # "Internally displaced people: 10.1 million", "Refugees (2023): 2.1 million"
    words = re.findall(r"[a-z]+", text[max(0, start - 80) : start].lower())
    if words and words[-1] in g.lexicon["people_verbs"] or words[-2:-1] and words[-2] in g.lexicon["people_verbs"] \
            and words[-1] in g.lexicon["people_count_links"]:
        return True  # "killed more than 200", "displaced about 300,000 from their homes"
    links, popped = g.lexicon["people_count_links"], []
    while words and words[-1] in links:
        popped.append(words.pop())
    joined = bool(popped)
    if words and words[-1] in g.lexicon["people_count_nouns"]:
        return True
    if words and words[-1] in g.person_nouns and LEVEL_VERBS.intersection(popped) and not set(words[-2:-1]) & {"to", "by"}:
        # "the number of unemployed persons was 1.91 million" (not "outnumber people by four to one", nor
        # "profit attributable to shareholders was 61.7 billion", "shares held by shareholders was 1.2 billion")
        return True
    if len(words) > 1 and words[-1].endswith("ed") and words[-2] in g.person_nouns and LEVEL_VERBS.intersection(popped):
        return True  # "Persons engaged numbered 10.53 million"
    # "The number of civil servants more than tripled from about 1.2 million in 2004 to 4.1 million": a number of
    # people its clause opened with
    counted = [m for m in NUMBER_OF.finditer(text, max(0, start - 160), start) if ";" not in text[m.end() : start]]
    if counted and (counted[-1].group("noun").lower() in g.person_nouns or is_demonym_plural(text, counted[-1].start("noun") - 1)):
        return True
    # "the population living in the country had fallen to 28.7 million": the clause's noun, a few
    # words before the verb that joins it to the number
    clause = re.split(r"[,;:]", text[max(0, start - 80) : start])[-1].lower()
    return joined and any(noun in re.findall(r"[a-z]+", clause)[-9:] for noun in ("population", "populations"))


OF_WHOM = re.compile(r"\bof\s+whom\s+(?:only\s+|just\s+)?(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|over\s+|roughly\s+|more\s+than\s+|fewer\s+than\s+)?$", re.IGNORECASE)
NUMBER_OF = re.compile(r"\b[Tt]he\s+number\s+of\s+(?:[a-z-]+\s+)?(?P<noun>[A-Za-z]+)\b")


# verbs that join a noun to its level: "workers numbered 54,000" (not "workers at 124 firms")
LEVEL_VERBS = frozenset({"was", "is", "were", "are", "stood", "reached", "numbered", "totalled", "totaled", "rose", "grew", "fell",
                         "increased", "declined", "dropped", "exceeded", "topped", "passed", "surpassed", "peaked", "hit"})


# a fact sheet's label right before the number: "People in need: 24.8 million"
LINE_LABEL = re.compile(r"^\s*[–•*·-]?\s*(?P<label>[A-Z][^:;.\d]{1,60}?)(?:\s*\([^)]{1,30}\))?:\s*(?:about|some|around|nearly|over)?\s*$")


def is_demonym_plural(text: str, end: int) -> bool:
    """'208,000 Cubans', '3 million South Africans', '1,500 young Nepalis', '10,000 Guyanese left': people
    of a country (a name that is its own plural only where no noun of its own follows: not "500 Chinese firms")."""
    m = DEMONYM_AFTER.match(text, end)
    if not m:
        return False
    name, whole = m.group("name"), m.group("name") + m.group("s")
    adjectives = _country_adjectives()
    # "2 million Koreans": the end of an adjective ("North Korean") names the people too
    if m.group("s") and any(a == name or a.endswith(" " + name) for a in adjectives):
        return True
    # (not in a list after a label: "Foreign-owned enterprises: 120 Chinese, 45 Turkish")
    # (nor the first of a list of them before a noun: "230 Chinese, 120 French and 80 Turkish firms")
    return not m.group("described") and not LISTED_AFTER_LABEL.search(text, max(0, end - 120), end) and whole.endswith(SELF_PLURAL_ENDINGS) \
        and not LISTED_BEFORE_NOUN.match(text, m.end()) and whole in adjectives \
        and NOT_A_NOUN_AFTER.match(text, m.end()) is not None  # (not "38 were Irish")


# a country's people after a count, perhaps after one word that describes them ("young", "ethnic")
DEMONYM_AFTER = re.compile(r"\s+(?P<described>[a-z]+\s+)?(?P<name>(?:[A-Z][a-z]+\s)?[A-Z][a-z]+?)(?P<s>s?)\b(?![-‑])")
LISTED_AFTER_LABEL = re.compile(r":\s*(?:[\d.,]+\s+[A-Z][a-z]+(?:,\s*|\s+and\s+))*[\d.,]+$")
LISTED_BEFORE_NOUN = re.compile(r"(?:(?:\s*,\s*|\s+and\s+|\s+or\s+)(?:[\d.,]+\s+)?[A-Z][a-z]+)+\s+(?!and\b|or\b)[a-z]{3,}(?<!ed)\b")
SELF_PLURAL_ENDINGS = ("ese", "ss", "ch", "sh")  # "Guyanese", "Swiss", "French", "Irish"
NOT_A_NOUN_AFTER = re.compile(r"\s*(?:$|[.;)]|,|(?:who|were|are|had|have|in|from|lived|live|left|fled|came|went|emigrated|arrived|settled|worked|died)\b)")


@lru_cache(maxsize=1)
def _country_adjectives() -> frozenset[str]:
    return frozenset(a for c in load_lexicon("places")["countries"] for a in c.get("adjectives", []))


# what may follow a bare count of people: a stop, a preposition, a clause ("6.7 million in 2020", "to about
# 428,000, when …"), not a noun of its own ("3.8 million units")
NO_NOUN_AFTER = re.compile(r"\s*(?:$|[^\w\s]|(?:in|on|at|by|for|of|to|from|and|or|a|an|the|per|last|this|that|when|while|as|were|was|are|is|had|have|has|"
                           r"with|since|during|over|under|than|each|every|people|persons|visitors|residents|inhabitants|arrivals|departures|"
                           r"migrants|immigrants|emigrants|refugees)\b)")


def people_counted(indicator: str, unit: str, sentence: str, end: int, heading: str = "") -> str:
    """The unit of a bare count: persons when what it measures counts people (lexicon/context.yaml
    people_indicators: "Arrivals collapsed to 6.7 million in 2020", "the population fell to 1.408
    billion") and no noun of its own follows it, nor its sentence or its table's `heading` says it counts nights; else the
    unit as read."""
    if unit == "count" and indicator in load_lexicon("context")["people_indicators"] and NO_NOUN_AFTER.match(sentence, end) \
            and not A_RATE_BEFORE.search(sentence, sentence.rfind("\n", 0, end) + 1, end) and not _counts_nights(sentence, end) \
            and not NIGHTS_COUNTED.search(heading):
        return "persons"
    return unit


# nights spent, not people: "Overnight stays rose to 2.9 million", a table's "Guest nights" (tourism's counts that are no
# persons)
NIGHTS_COUNTED = re.compile(r"\b(?:nights|overnight\s+stays|overnights|bed-nights)\b", re.IGNORECASE)
PEOPLE_NOUN = re.compile(r"\b(?:arrivals|visitors|guests|tourists|passengers|people|persons)\b", re.IGNORECASE)


def _counts_nights(sentence: str, end: int) -> bool:
    """Whether the sentence says its count is of nights: it names them, and no people between the count and them
    ("Foreign guests made nineteen million of those arrivals and 94.2 million of the nights": the arrivals are people)."""
    nights = NIGHTS_COUNTED.search(sentence)
    return nights is not None and (nights.start() < end or not PEOPLE_NOUN.search(sentence, end, nights.start()))


A_RATE_BEFORE = re.compile(r"\b(?:rate|ratio|share)\b(?:[ \t]+[-−–]?[\d.,]+)*[ \t]+[-−–]?[\d.,]+$")  # "Labour force participation rate 65.3": a table's rate
