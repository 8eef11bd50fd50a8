"""One figure stated once for each of several things: "TotalEnergies holds 62%, the state companies of
Uganda and Tanzania 15% each", "Endiama and Alrosa each hold 41%", "Rs 1,000 million each of 91-day and
182-day bills", "the 18th largest producer of both iron and zinc". Each thing has its own fact, so the
mention gives as many observations as the list names."""

from __future__ import annotations

import re

from pipeline.countries import country_mentions

# (words that end a short name: "southern ones at 0.8 new dong each" names no list)
NOT_NAME = r"(?:and|or|of|at|in|on|by|to|for|from|with|as|were|was|is|are|be|been|each|per)\b"
# a list of short names: "Uganda and Tanzania", "beans, chia and amaranth", "91-day and 182-day bills"
ITEM = rf"(?<![\w’'-])(?:(?:the[ \t]+)?(?!{NOT_NAME})[^\W\d_][\w’'-]*(?:[ \t]+(?!{NOT_NAME})[^\W\d_][\w’'-]*){{0,3}}|\d{{1,3}}-[a-z]+(?:[ \t]+[a-z]+)?)"
# (a comma before "and" only after another: "on Monday, and displaced farmers" joins clauses)
LIST = rf"{ITEM}(?:(?:,[ \t]+{ITEM}){{1,4}},?|)[ \t]+and[ \t]+(?:of[ \t]+)?{ITEM}"
# "15% each of X and Y", "10.10% each by employers and employees", "the producer of both X and Y", "eighteenth
# among producers of iron and of zinc"
LIST_AFTER = re.compile(rf"[ \t]+each[ \t]+(?:of|by|for|to|in|from)[ \t]+(?:the[ \t]+)?(?P<list>{LIST})"
                        rf"|[ \t]+(?:(?!(?:because|due|in|on|at|for|by|since|after|before|during)\b)\w+[ \t]+){{0,3}}?of[ \t]+both[ \t]+(?P<both>{LIST})"
                        rf"|[ \t]+(?:among[ \t]+\w+[ \t]+)?of[ \t]+(?P<each_of>{ITEM}[ \t]+and[ \t]+of[ \t]+(?!(?:part|some|all|most|half)\b){ITEM})\b")
SHARE_MENTION = re.compile(r"%|\bper\s?cent\b|\bpercent\b|\b(?:half|thirds?|quarters?|fifths?|tenths?)\b|\d(?:st|nd|rd|th)\b|\b\w+(?:th|st|nd|rd)\Z")
TIME_NOUN = r"(?:year|month|quarter|week|day|time|season)s?\b"
EACH_AFTER = re.compile(rf"[ \t]+each\b(?![ \t]+(?:of|by|for|to|in|from)\b)(?![ \t]+{TIME_NOUN})")  # (not "rose 10% each year")
# "Endiama and Russia's Alrosa each hold 41%": the list, "each" and a verb or two before the figure (not "each year")
LIST_EACH_BEFORE = re.compile(rf"(?P<list>{LIST})[ \t]+(?:(?:are|were|is|was|will[ \t]+be)[ \t]+)?each[ \t]+(?!{TIME_NOUN})(?:[a-z]+[ \t]+){{1,2}}"
                              r"(?:about[ \t]+|some[ \t]+|around[ \t]+|roughly[ \t]+)?$")
# "Uganda and Tanzania 15% each", "power and cement by 78% each" (not "goats and sheep fetched KSh 8,500 each": a price a head)
LIST_RIGHT_BEFORE = re.compile(rf"(?P<list>{LIST})[ \t]+(?P<by>by[ \t]+)?$")


def shared_by(sentence: str, start: int, end: int) -> tuple[str, ...]:
    """The things the figure at sentence[start:end] is stated for, each once: the list it is given "each"
    of, or "both" of; () for a figure of one thing."""
    if "each" not in sentence and "both" not in sentence and "and of " not in sentence:
        return ()
    if (m := LIST_AFTER.match(sentence, end)) and not (m.group("each_of") and not SHARE_MENTION.search(sentence, start, end)):
        # (not "KSh 40 billion of pending bills and of court awards, together": one sum of both)
        listed = m.group("list") or m.group("both") or m.group("each_of")
        return tuple(re.split(r"[ \t]+and[ \t]+of[ \t]+", listed)) if m.group("each_of") else _items(listed)
    since = max(0, start - 120)
    if EACH_AFTER.match(sentence, end) and (m := LIST_RIGHT_BEFORE.search(sentence, since, start)) \
            and (m.group("by") or all(item[:1].isupper() for item in _items(m.group("list")))
                 or (" " not in _items(m.group("list"))[-1] and not any(CLAUSE_END.search(item) for item in _items(m.group("list"))))):
        return _items(m.group("list"))
    if (m := LIST_EACH_BEFORE.search(sentence, since, start)) and not any(CLAUSE_END.search(item) for item in _items(m.group("list"))):
        return _items(m.group("list"))
    return ()


CLAUSE_END = re.compile(r"(?<![A-Z])\b[a-z]+ed$")  # "Mining slowed and the miners each earned …": a clause, no list


def _items(listed: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in re.split(r",[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+(?:of[ \t]+)?", listed))


def item_subject(subject: str, item: str, items: tuple[str, ...]) -> str:
    """A row's subject for one of the listed things: the country it names in place of the one the
    figure's subject names ("the United Kingdom and Germany each supplied about a fifth of stays":
    "Portugal-United Kingdom", then "Portugal-Germany"); the subject itself for other things."""
    named = [country.name for _, _, country in country_mentions(item)]
    if len(named) != 1:
        return subject
    home, dash, partner = subject.rpartition("-")
    if dash and {home, partner} <= {country.name for other in items for _, _, country in country_mentions(other)}:
        return named[0]  # "Uganda and Tanzania … 15% each", read as the pair "Uganda-Tanzania": each alone
    if any(country.name == partner for _, _, country in country_mentions(partner)):
        return f"{home}{dash}{named[0]}"
    return subject
