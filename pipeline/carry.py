"""What a sentence passes on to the next one of its paragraph: its period, the times it named
last (for "that year", "during this period") and the plan it named; and the subject a number of the
next sentence takes from it ("It peaked at …", "… there", "The mine produced …")."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pipeline import context
from pipeline.codebook import refers_back
from pipeline.countries import Country, country_mentions, country_named_alone
from pipeline.dating import record_start
from pipeline.grammar import Quantity
from pipeline.places import OPENING_TIME, facility_referred
from pipeline.plans import leading_plan, lookup, plan_names
from pipeline.lexicon import load_lexicon
from pipeline.matching import WordList
from pipeline.periods import TimeExpression
from pipeline.records import Observation
from pipeline.timeless import founding_time


@dataclass
class Carry:
    """What a sentence passes to the next one of its paragraph: its period and the plan it names."""

    period: tuple[tuple[str, str], ...] = ()
    paragraph: int = 0
    plan: str = ""  # the plan last named in the paragraph
    last: tuple[tuple[str, str], ...] = ()  # the time named last, for "That year, …"
    # what "during this period" points at: the stretch the times named last cover when they run in
    # order ("the First (1951–1955) and the Second Plan (1956–1960)"), else the time named last
    stretch: tuple[tuple[str, str], ...] = ()
    # the period before a sentence without numbers broke the carry: a sentence that opens as a
    # continuation ("Similarly, …", "For instance, …") takes it up again
    held: tuple[tuple[str, str], ...] = ()
    text: str = ""  # the sentence itself: the topic a number without words of its own goes on about
    label: str = ""  # a fact sheet's label line ("Real GDP growth rate:"): what the lines under it measure
    place: str = ""  # the place the sentence's last number was about, for "there" in the next
    topic: str = ""  # the indicator of the paragraph's last number, for "It peaked at …"
    pair: str = ""  # the pair of countries the last flows were between ("North Korea-China")
    pair_topics: frozenset[str] = frozenset()  # the indicators of those flows
    # the facility the sentence is about: the one it opens with ("The Aswan High Dam, built …, was …"),
    # or the last sentence's when it opens with "It" ("It cost …")
    facility: str = ""
    company: str = ""  # the company or body a sentence with numbers opened with ("Mwenda Copper produced …")
    company_paragraph: int = -1  # (its paragraph)
    section: str = ""  # the country a run-in heading opening the paragraph names ("Jordan. Growth is …")
    money: str = ""  # the currency of the document's last sum of money, for one said later without it
    measure: str = ""  # the unit of the document's last figure that is no count, for a rate said later without it
    sums: dict = field(default_factory=dict)  # the document's sums of money by their value, for one said again without its currency


def stretch_of(times) -> tuple[tuple[str, str], ...]:
    """The stretch a sentence's times cover when they are named in order, else its last time."""
    periods = [t.periods[-1] for t in times if t.periods and t.periods[-1][0] and t.periods[-1][1]]
    if not periods:
        return ()
    if all(a[0] <= b[0] for a, b in zip(periods, periods[1:])):
        return ((periods[0][0], max(end for _, end in periods)),)
    return periods[-1:]


# "its share has fallen from 61% in 2005": the level a change started from, alone (no level it reached)
STARTED_FROM = r"(?:has|have|had)\s+(?:fallen|risen|dropped|declined|grown|climbed|slipped|shrunk|increased|decreased)\s+from"
STARTED_FROM_BEFORE = re.compile(rf"\b{STARTED_FROM}\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$")
# "36.2% more than in 2023", "against 41% in FY2022-23", "up from 2.1% in the same period of 2024":
# a time a figure is compared with
COMPARED_WITH = re.compile(rf"\b(?:than|against|versus|compared\s+(?:with|to)|relative\s+to|up\s+from|down\s+from|{STARTED_FROM})\s+"
                           r"(?:[^,;()]{0,30}?\s)?(?:in|of|during|for|at)?\s*(?:the\s+same\s+\w+\s+(?:of|in)\s+)?$")


def started_from(text: str, q) -> bool:
    """Whether a number is the level a change started from, with no level it reached after it ("its share has
    fallen from 61% in 2005."): its time is no time of the sentence's, which speaks of the present."""
    return not q.joined_by and STARTED_FROM_BEFORE.search(text, max(0, q.start - 40), q.start) is not None


def passed_on_time(text: str, times: list[TimeExpression]) -> TimeExpression | None:
    """The time a sentence with no dated figure passes on to the next: its first that is not a base it
    compares a figure with, nor a record's start ("its highest close since 7 March"); None when it
    names only such times."""
    return next((t for t in times if t.kind not in ("century", "century_pair") and not COMPARED_WITH.search(text, max(0, t.start - 60), t.start)
                 and not record_start(text, t) and not founding_time(text, t)), None)


def pass_on_without_numbers(carry: Carry, paragraph: int, text: str, plans) -> None:
    """What a sentence without numbers passes on: the paragraph's period ends here unless the
    sentence refers to it ("during this period"); the plan it names."""
    continues = paragraph == carry.paragraph or context.continues_previous(text, "period_anaphora")
    if paragraph != carry.paragraph:
        carry.plan = ""
        carry.section = country_named_alone(text)  # a run-in heading: "Jordan. Growth is projected …"
    if not continues:
        carry.period = carry.held = ()
    elif not (context.continues_previous(text, "period_anaphora") or context.continues_previous(text, "topic_anaphora")):
        carry.held, carry.period = carry.period or carry.held, ()
    elif context.continues_previous(text, "period_anaphora") and carry.stretch:
        carry.period = carry.stretch  # "During this period, …": the times named last go on
    carry.last = carry.last if continues else ()
    carry.stretch = carry.stretch if continues else ()
    carry.paragraph = paragraph
    named_plans = plan_names(text)
    leading = leading_plan(text, named_plans)
    carry.plan = full_plan_name(plans, leading) if leading else carry.plan


def full_plan_name(plans, name: str) -> str:
    """'the Four-Year Plan' → 'Short-Term Four-Year Plan' when the document names it so with its years."""
    plan = lookup(plans, name)
    return plan.name if plan else name


THERE = re.compile(r"\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|remains?|seems?|appears?)\b)")


IT_OPENS = re.compile(r"\s*(?:It|Its)\b(?!\s+(?:is|was|has\s+been|had\s+been)\s+(?:estimated|thought|believed|expected|likely|unlikely|"
                      r"possible|said|reported|clear|true|difficult|hard|not)\b)")
ITS_CLAUSE = re.compile(r"\s*(?:(?:and|but|while)\s+)?(?:its?|Its?)\b")


# what a sentence may say before a facility's name that opens it: a time (places.OPENING_TIME) and the article
OPENING_TIME_AND_ARTICLE = re.compile(rf"\s*{OPENING_TIME}?(?:[Tt]he\s+)?")


def facility_opening(text: str, facilities: list[tuple[int, str, str]], at: int, previous: str) -> str:
    """The facility a sentence is about when it opens with its name ("The Aswan High Dam, built …")
    or, right after such a sentence, with "It"/"Its"; else nothing. `at` is where it starts."""
    opening = OPENING_TIME_AND_ARTICLE.match(text).end()
    first = bisect_left(facilities, at, key=lambda facility: facility[0])  # (in order of position)
    last = bisect_left(facilities, at + len(text), lo=first, key=lambda facility: facility[0])
    named = next((name for _, _, name in facilities[first:last] if text.startswith(name, opening)), "")
    defined = _defined_facility().match(text)  # "Escondida, in the Antofagasta Region, is the largest copper mine"
    if defined and country_mentions(defined.group("name")):
        defined = None  # "Zambia is a major copper producer": a country, no facility
    company = _company_apposition().match(text)
    if company and any(end - start == len(company.group("name")) for start, end, _ in country_mentions(company.group("name"))):
        company = None  # "Zambia, a copper producer, …": a country
    return named or (defined.group("name") if defined else "") or (company.group("name") if company else "") \
        or (previous if previous and (IT_OPENS.match(text) or _company_reference().match(text)) else "")


def _short_name_opens(text: str, name: str) -> bool:
    """Whether a sentence opens with the first word of a name the sentence before opened with, as a short
    name of it ("Mwenda Copper produced …. Mwenda employs …")."""
    first = name.split()[0] if len(name.split()) > 1 else ""
    if len(first) <= 3 or not first[0].isupper() or first in COMMON_FIRST_WORDS or country_mentions(first):
        return False
    return re.match(rf"\s*{re.escape(first)}(?:['’]s)?\s+(?!{PLACE_OR_TIME_NOUNS})[a-z]", text) is not None


# ("Lusaka province", "First quarter output": a place or a time that shares the company's first word)
PLACE_OR_TIME_NOUNS = r"(?:province|city|region|county|district|port|town|municipality|area|state|quarter|half|year|month)\b"
COMMON_FIRST_WORDS = frozenset({"First", "Second", "Third", "New", "National", "Central", "General", "United", "Royal", "State",
                                "Great", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"})


def opening_subject(text: str, rows: list[Observation], home: Country | None) -> str:
    """The subject a sentence's figures take when the sentence opens with its name ("Mwenda Copper produced
    142,300 tonnes"): a company or body other than the country, which "It", "The company" or its short
    name in the sentences after stand for; else ""."""
    subject = rows[0].subject if rows else ""
    if not subject or (home and subject == home.name) or country_mentions(subject):
        return ""
    return subject if re.match(rf"\s*(?:The\s+)?{re.escape(subject)}\b", text) else ""


@lru_cache(maxsize=1)
def _company_apposition() -> re.Pattern[str]:
    """'Christmas Island Phosphates (CIP), a subsidiary of …': a company named at a sentence's opening."""
    heads = "|".join(load_lexicon("places")["company_apposition_heads"])
    openers = "|".join(load_lexicon("places")["company_apposition_not_names"])
    # (not "Meanwhile, the miner …", "In Kenya, …", "John Smith, the company's chief executive", "…, a company director")
    return re.compile(rf"\s*(?:The\s+)?(?!(?:{openers})\b)"
                      rf"(?P<name>[A-Z][\w’'&-]+(?:\s+[A-Z][\w’'&-]+){{0,4}})(?:\s+\([A-Z][A-Za-z]{{1,6}}\))?,\s+"
                      rf"(?:a|an)\s+(?:[\w-]+\s+){{0,3}}(?:{heads})(?=\s+of\b|\s*,|\s+(?:that|which|based|owned|controlled|listed)\b)")


@lru_cache(maxsize=1)
def _company_reference() -> re.Pattern[str]:
    """'The company employs …': the company the sentence before named."""
    return re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in load_lexicon("places")["company_references"]) + r")\b(?!\s+of\b)")


@lru_cache(maxsize=1)
def _defined_facility() -> re.Pattern[str]:
    heads = "|".join(load_lexicon("places")["facility_heads"])
    return re.compile(rf"\s*(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}})(?:,[^,;]{{1,60}},)?\s+(?:is|was|remains)\s+"
                      rf"(?:the|a|an|one\s+of\s+the)\s+(?:[\w-]+\s+){{0,4}}(?:{heads})\b")


@lru_cache(maxsize=1)
def _pair_trade() -> WordList:
    """Words naming the trade of a pair without naming the partner ("Two-way trade", "Trade between the two")."""
    return WordList(load_lexicon("context")["pair_trade_phrases"])


# "two-way trade with the world", "bilateral trade deals", "Total two-way trade": not the pair's own trade
PAIR_TRADE_NOT_AFTER = re.compile(r"\s+(?:with|to|from|deals?|agreements?|pacts?|treaty|treaties|talks|negotiations?|polic(?:y|ies))\b")
PAIR_TRADE_NOT_BEFORE = re.compile(r"\b(?:total|overall|global|all)\s+$", re.IGNORECASE)


def _names_pairs_trade(text: str, before: int) -> bool:
    """Whether the words before a number name the trade of a pair without naming the partner."""
    m = _pair_trade().search(text, 0, before)
    return bool(m) and not PAIR_TRADE_NOT_AFTER.match(text, m.end()) and not PAIR_TRADE_NOT_BEFORE.search(text, 0, m.start())


def subject_from_paragraph(rows: list[Observation], text: str, q: Quantity, home: Country | None, carry: Carry,
                           facilities: list[tuple[int, str, str]], at: int) -> list[Observation]:
    """The subject a number its own sentence gives no subject takes from the paragraph: the pair its
    flows were between ("It peaked at about $6.9 billion"), a facility named before by its head noun
    ("The mine produced about 350,000 tonnes"), the place "there" stands for ("… sold for roughly 9,200
    won there"). `at` is where the sentence starts in the document."""
    home_name = home.name if home else ""
    # (the country as the document writes it: "Congo" for the Republic of the Congo)
    if not rows or (rows[0].subject != home_name and not any(
            end - start == len(rows[0].subject) and country.name == home_name for start, end, country in country_mentions(rows[0].subject))):
        return rows
    if carry.pair and rows[0].indicator in carry.pair_topics and (refers_back(text) or _names_pairs_trade(text, q.start)):
        return [replace(row, subject=carry.pair) for row in rows]
    clause_start = context.clause_bounds(text, q)[0]
    # (named before the number, in this sentence too: "The port of Rotterdam, …, handled 436 million tonnes")
    if home and (site := facility_referred(text[clause_start : q.start], facilities, at + q.start)):
        return [replace(row, subject=site) for row in rows]
    if carry.facility and (IT_OPENS.match(text) or ITS_CLAUSE.match(text, clause_start) or _company_reference().match(text)):
        return [replace(row, subject=carry.facility) for row in rows]  # "It cost about US$1 billion"
    if carry.company and (_company_reference().match(text) or _short_name_opens(text, carry.company)):
        return [replace(row, subject=carry.company) for row in rows]  # "Mwenda employs about 4,800 people"
    if home and carry.place and THERE.search(text, q.end):
        return [replace(row, subject=carry.place) for row in rows]
    if carry.section:
        return [replace(row, subject=carry.section) for row in rows]  # under "Jordan.": Jordan's, as its own words do not say otherwise
    return rows
