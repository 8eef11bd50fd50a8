"""Named bodies, places and instruments as the subjects of numbers: a name a number describes ("the
Nampo Dam, a large project that cost …"), an organisation's own quantity ("COMIBOL's workforce"), a
company's ownership ("PDO, 60% owned by the state"), a rule's or a law's own limit ("The fiscal rule caps
public debt at 55%"), a body that owns or produces what the number counts, a facility that opens the
number's clause."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.countries import Country, countries, country_mentions
from pipeline.grammar import Quantity
from pipeline.lexicon import load_lexicon
from pipeline.matching import led_by_first_characters, trie_pattern
from pipeline.places import NAME_GOES_ON, OPENING_TIME, estimator_names, name_continued


# "the Nampo Dam, a large project that cost US$4 billion", "Rodong Sinmun, which published only
# one-third …": a number in an apposition or a relative clause is about the name it describes.
DESCRIBED = re.compile(
    r"(?:^|[\s(])(?:[Tt]he\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+(?:of\s+|and\s+|de\s+|del\s+|la\s+)?[A-Z][\w’'-]*){0,5}),\s+"
    r"(?:an?|which|that|whose)\s+[^,;]*$"
)


ESTIMATE_WORDS = re.compile(r"\b(?:estimates?|figures?|data|projections?|forecasts?|calculations?|statistics|reports?|survey)\b",
                            re.IGNORECASE)
# "COMIBOL's workforce fell from 30,000": an organisation's own quantity
# (a name with joiners is whole: "the Department of Health and Social Care's budget" is no "Social Care"'s)
OWNER = re.compile(r"(?:^|[\s(])(?P<name>[A-Z][\w&-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-Z][\w&-]*){0,6})(?:’s|'s)\s+(?:[a-z][\w-]*\s+){1,4}$")


def owner_of(before: str, home: Country | None) -> str:
    """An organisation named in the possessive just before the number's phrase (not a country, an
    estimator or an institution whose figures these are)."""
    m = OWNER.search(before[-80:])
    if not m:
        return ""
    name, lex = m.group("name"), load_lexicon("context")
    name = re.sub(r"^(?:[A-Z]\w*-[a-z]+\s+)+", "", name)  # "State-owned Codelco’s": the name, not its epithet
    words = name.split()
    if words[0] in lex["not_names"] or words[-1] in lex["institution_heads"] or words[-1] in lex["plan_heads"] \
            or (len(words) > 2 and words[0] in lex["institution_heads"]) \
            or words[0] in lex["months"] or words[0] in lex["weekdays"]:  # "July’s reading": a time's, not a body's
        return ""
    if country_mentions(name) or any(name.startswith(e) or e.startswith(name) for e in estimator_names()):
        return ""
    after = before[m.end("name"):]
    if ESTIMATE_WORDS.search(after):
        return ""  # "the Fund's estimate of 3%": an estimator's figure, about the country
    return name


# "PDO, 60% owned by the state and 34% by Shell", "Oman LNG, in which the government holds 51%", "a 49% stake in
# Kosmos Energy": a share of a company's ownership is about the company
COMPANY = r"(?P<name>[A-Z][\w&’'-]*(?:\s+(?:of\s+|and\s+|&\s+|et\s+|de\s+|y\s+)?[A-Z][\w&’'-]*){0,5})"
OWNED_BY_AFTER = re.compile(r"\s+(?:owned|held)\s+by\b")
NAMED_BEFORE_SHARE = re.compile(rf"(?:^|[\s(]){COMPANY}(?:\s+\([A-Z]{{2,8}}\))?,\s+(?:(?:in|of)\s+which\s+[^,;]{{1,40}}\s+(?:holds?|owns?|has|had|held|owned)\s+(?:a\s+|an\s+)?"
                                rf"|[^,;]{{1,12}}\s+(?:owned|held)\s+by\s+[^,;]{{1,40}}\s+and\s+)?$")
# "Olam bought 60% of the state ginning firm Cotontchad": a share bought or sold of a company
ACQUIRED_BEFORE = re.compile(r"\b(?:bought|buys|acquired|acquires|purchased|sold|sells|took|privatised|privatized)\s+(?:a\s+|an\s+)?"
                             r"(?:(?:further|additional|controlling|majority|minority)\s+)?$")
SHARE_OF_AFTER = re.compile(rf"\s+(?:stake\s+)?(?:of|in)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,4}}{COMPANY}")
STAKE_IN_AFTER = re.compile(rf"\s+(?:stake|shareholding|holding|interest)\s+in\s+(?:the\s+)?{COMPANY}")


# "The fiscal rule introduced in 2022 caps public debt at 55%", "The Fiscal Responsibility Act of 2006 limited public
# debt to 35%", "Oman Vision 2040 … aims to cut the share … to about 16%": a rule's, a law's or a vision's own limit or
# target is about it (a plan's, by plans.py)
INSTRUMENT = led_by_first_characters(
    r"(?:^|[\s(])(?:[Tt]he\s+)?(?P<name>fiscal\s+rule|(?:[A-Z][\w’'-]*\s+){1,4}(?:Act|Law)|(?:[A-Z][\w’'-]*\s+)?Vision\s+(?:19|20)\d\d"
    r"|(?:(?:19|20)\d\d[–-](?:19|20)\d\d\s+)?(?:[A-Z][\w’'-]*\s+){1,5}Strategy)\b(?:\s+of\s+(?:19|20)\d\d)?"
    r"(?P<between>[^.;]{0,90}?)\b(?:caps?|capped|limits?|limited|sets?|requires?|required|aims?|aimed|targets?|targeted)\b[^.;]*$")


def limiting_instrument(sentence: str, q: Quantity) -> str:
    """The rule, law or vision whose own limit or target the number is, named as the subject of the verb
    that sets it before the number in its sentence; else ""."""
    m = INSTRUMENT.search(sentence, 0, q.start)
    if not m or re.search(r"\b(?:expects?|projects?|forecasts?|estimated?)\b", m.group("between")):
        return ""
    return m.group("name")


def held_company(sentence: str, q: Quantity) -> str:
    """The company a share of ownership is of: named before the share, or after "stake in"."""
    if q.unit != "percent":
        return ""
    before = sentence[max(0, q.start - 120) : q.start]
    named = NAMED_BEFORE_SHARE.search(before) if OWNED_BY_AFTER.match(sentence, q.end) or " which " in before \
        or re.search(r"\s(?:owned|held)\s+by\s", before) else None
    named = named or STAKE_IN_AFTER.match(sentence, q.end) or (ACQUIRED_BEFORE.search(before) and SHARE_OF_AFTER.match(sentence, q.end))
    name = re.sub(r"^The\s+", "", named.group("name")) if named else ""  # ("The Société … (SNIM), 78% held by …")
    if not name or any(country.pattern.fullmatch(name) for country in countries()) or name.split()[0] in load_lexicon("context")["not_names"]:
        return ""  # ("Oman LNG" is a company, "Oman" a country)
    return name


def described_entity(before: str, home: Country | None) -> str:
    """The named thing (not a country, an estimator or an institution) whose description the number
    stands in, if it does."""
    m = DESCRIBED.search(before)
    if not m:
        return ""
    name, words = m.group("name"), m.group("name").split()
    lex = load_lexicon("context")
    if len(words) == 1 and not before[: m.start("name")].strip():
        return ""  # "Specifically, an average of …", "Inflation, which peaked at …": a sentence's first word
    if words[0] in lex["not_names"] or words[-1] in lex["institution_heads"] or words[-1] in lex["plan_heads"]:
        return ""  # plans are subjects by their own rule (targets), institutions are estimators
    if words[0] in lex["months"] or words[0] in lex["weekdays"]:
        return ""  # "in October, a 45% increase": a time, not a thing described
    if words[-1].lower() in lex["source_head_nouns"]:
        return ""
    if country_mentions(name) or any(name.startswith(e) for e in estimator_names()):
        return ""
    return name


@lru_cache(maxsize=1)
def _actor_pattern() -> re.Pattern[str]:
    verbs = trie_pattern(load_lexicon("context")["possession_verbs"])
    heads = trie_pattern(load_lexicon("places")["facility_heads"])
    # "The Pula Fund", "The Baku–Tbilisi–Ceyhan pipeline": capitalised words, perhaps with a facility's head
    # (one capitalised word before a head only when it joins names: "Trans-Kalahari", not "Coal mines")
    # (or initials alone: "JPMC mined 11.2 million tonnes")
    name = (rf"[A-Z][\w’'–-]*(?:\s+(?:of\s+(?:the\s+)?|de\s+|and\s+)?[A-Z][\w’'–-]*){{1,5}}|[A-Z]{{2,6}}(?![\w’'–-])"
            rf"|(?:[A-Z][\w’'–-]*(?:\s+[A-Z][\w’'–-]*){{1,4}}|[A-Z][\w’']*[–-][A-Z][\w’'–-]*)\s+(?:{heads})")
    return re.compile(rf"^(?:[A-Z][a-z]+,\s+)?(?:The\s+|the\s+)?+(?P<name>{name})(?:,[^,;]{{1,100}},|\s+\([^)]{{1,40}}\))?"
                      rf"\s+(?:[a-z]+\s+){{0,4}}?(?:{verbs})\b[^;]*$")


OPENING_PREPOSITIONS = frozenset({"By", "In", "At", "For", "From", "Under", "With", "Since", "After", "Before", "During", "On",
                                  "According", "Per", "Through", "Until", "As"})


def acting_entity(before: str) -> str:
    """'The Central Bank of North Korea … maintains … 227 branches', 'The Kaesŏng Industrial Region
    … employed tens of thousands': a named body or place that owns, employs or produces what the
    number counts, as the subject of its sentence (not a country, a plan or an estimator's report)."""
    m = _actor_pattern().match(before)
    if not m:
        return ""
    name, lex = m.group("name"), load_lexicon("context")
    if name.split()[0] in OPENING_PREPOSITIONS:
        return ""  # "By MEEI figures the country produced …": a phrase that opens the sentence, not its subject
    if any(country.pattern.fullmatch(name) for country in countries()) or name.split()[-1] in lex["plan_heads"] \
            or any(name.startswith(e) for e in estimator_names()):
        return ""  # a body whose figures these are reports them; it is not what they are about
    return name


@lru_cache(maxsize=1)
def _facility_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    heads = trie_pattern(load_lexicon("places")["facility_heads"])
    word = r"[A-Z][\w’'–-]*"
    name = rf"(?P<name>{word}(?:\s+{word}){{0,4}}(?:\s+[a-z]+){{0,2}}\s+(?i:{heads}))(?![\w-]|{NAME_GOES_ON.pattern})"
    # "The Mozal aluminium smelter …", "Output at the Debarwa copper mine …", "… and the Montepuez mine …"
    opening = re.compile(rf"\s*(?:(?:and|but)\s+)?{OPENING_TIME}?(?:[A-Za-z]+\s+(?:at|of|from)\s+)?(?P<the>[Tt]he\s+)?{name}")
    # "Escondida, the world’s biggest single copper mine, produced …"
    apposed = re.compile(rf"\s*(?P<name>{word}(?:\s+{word}){{0,3}}),\s+(?:the|an?)\s+[^,;]*?\b(?:{heads}),")
    return opening, apposed


OWNER_BEFORE = re.compile(r"^.*(?:’s|'s)\s+")


def facility_of(before: str) -> str:
    """A named facility or site (a smelter, a dam, a mine, a basin) that opens the number's clause:
    the number states its capacity, output or size, not the country's."""
    opening, apposed = _facility_patterns()
    m = opening.match(before)
    if m and not m.group("the") and sum(w[0].isupper() for w in m.group("name").split()) < 2:
        m = None  # "Coal mines produced …": a capital that only opens the sentence names nothing
    m = m or apposed.match(before)
    if not m:
        return ""
    name = OWNER_BEFORE.sub("", m.group("name") + name_continued(before, m.end("name")))  # "Noble Energy's Aphrodite field"
    capitalised = " ".join(w for w in name.split() if w[0].isupper() and w.lower() not in _facility_heads())
    lex = load_lexicon("context")
    countries_named = country_mentions(capitalised)
    proper = name.split()[-1][0].isupper()  # "The Bahrain Field": a proper name, though a country's
    if not capitalised or countries_named and countries_named[0][1] - countries_named[0][0] == len(capitalised) and not proper:
        return ""  # "the Ugandan oil fields": the country's, not a named site's
    if any(w in lex["months"] or w in lex["not_names"] for w in capitalised.split()):
        return ""
    if any(name.startswith(e) for e in estimator_names()):
        return ""  # "The International Monetary Fund estimated …": a body reporting figures, not what they are about
    return name


@lru_cache(maxsize=1)
def _facility_heads() -> frozenset[str]:
    return frozenset(load_lexicon("places")["facility_heads"])
