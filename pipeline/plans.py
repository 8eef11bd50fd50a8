"""Named plans ("the Second Seven-Year Plan") and the years a document gives for them.

A plan named in a sentence dates the numbers of that sentence the way a year does, when the document
states the plan's years somewhere ("… Plan (1978–1984)", "… Plan, spanning 1987 to 1993").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.estimators import known_estimators
from pipeline.matching import words_at_starts
from pipeline.lexicon import load_lexicon
from pipeline.periods import TimeExpression, time_expressions

# How far after a plan's name its years may stand ("…, covering the period from 1978 to 1984").
YEARS_WINDOW = 90
# "initially spanning 1961 to 1967 and later extended to 1970": the plan ran to the extended year.
EXTENDED = re.compile(r"[^.;]{0,30}?\bextended\s+(?:to|until|through|into)\s+(?P<year>\d{4})\b")


@dataclass(frozen=True)
class Plan:
    name: str
    period: tuple[str, str]  # to the extended end, when the document says the plan was extended
    planned_end: str = ""


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    lex = load_lexicon("context")
    heads = "|".join(re.escape(h) for h in lex["plan_heads"])
    word = r"(?:[A-Z][\w’'-]*|\d+(?:st|nd|rd|th))"
    # "the Growth and Transformation Plan", "the Plan for Reconstruction" is not named by its head alone
    gap = r"(?:[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)"  # white space within a paragraph: a name does not run on from a heading
    # (with what follows the head when it belongs to the name: "the Development Strategy of New Uzbekistan",
    # "the Second National Strategy for Transformation", "National Development Strategy 1")
    months = "|".join(m.capitalize() for m in lex["months"])
    tail = rf"(?:\s+(?:of|for)\s+(?:the\s+)?(?!(?:{months})\b)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}}|\s+[1-9](?![\d.,%–-]))?"
    # ("The" only opens a name: "Plans" over "The First Five-Year Plan" is a heading, not the name's first word)
    inner = rf"(?!The\b){word}"
    single = re.compile(rf"\b(?P<name>(?:{word}{gap}(?:(?:and|for|of){gap})?)?(?:{inner}{gap}(?:(?:and|for|of){gap})?){{0,3}}"
                        rf"(?:{inner}|The){gap}(?:{heads})(?!s)\b{tail})(?!s)")
    listed = re.compile(
        rf"\b(?P<items>{word}(?:{gap}{word})*(?:(?:,{gap}(?:and{gap})?|{gap}and{gap}){word}(?:{gap}{word})*)+){gap}(?P<head>{heads})s\b"
    )
    ordinals = frozenset(w.lower() for w in load_lexicon("quantities")["ordinals"])
    return single, listed, ordinals


@lru_cache(maxsize=1)
def _plan_heads() -> tuple[str, ...]:
    return tuple(load_lexicon("context")["plan_heads"])


def _mentions_a_plan(sentence: str) -> bool:
    return any(head in sentence for head in _plan_heads())  # a cheap test before the patterns


def _key(name: str) -> tuple[str, str]:
    """(ordinal, duration): "Second Seven-Year Plan" → ("second", "seven-year")."""
    _, _, ordinals = _patterns()
    words = name.lower().replace("’", "'").split()
    ordinal = next((w for w in words if w in ordinals), "")
    duration = next((w for w in words if re.fullmatch(r"[a-z]+-(?:year|month)", w)), " ".join(words[:-1]))
    return ordinal, duration


TITLE_YEARS = re.compile(r"[^\S\n]+(?P<years>(?:1[89]|20)\d\d[–-](?:(?:1[89]|20)\d\d|\d\d))\b(?![–-]?\d)")


def find_plans(text: str) -> dict[tuple[str, str], Plan]:
    """Plans whose years the document states, keyed by (ordinal, duration)."""
    plans: dict[tuple[str, str], Plan] = {}
    for m in _named_plans(text):
        window = text[m.end() : m.end() + YEARS_WINDOW]
        window = re.split(r"[.;]\s|\b(?:Plan|Program|Programme)\b", window, maxsplit=1)[0]
        spans = [t for t in time_expressions(window) if t.kind in ("span", "decade_span", "split_years")]
        name = _strip_article(m.group("name"))
        if spans and _key(name) not in plans:
            start, end = spans[0].period
            extended = EXTENDED.match(window, spans[0].end)
            # "the National Development Plan 2021–2025": years written straight after the name are its title's
            titled = TITLE_YEARS.match(window)
            plans[_key(name)] = Plan(f"{name} {titled.group('years')}" if titled else name,
                                     (start, extended.group("year") if extended else end), end)
    return plans


@lru_cache(maxsize=1)
def _head_words() -> re.Pattern[str]:
    # starting with the heads' first letters, not "\b": the regex engine skips through the document to them
    return re.compile(words_at_starts(_plan_heads()) + r"\b")


def _named_plans(text: str):
    """The `single` pattern's matches, tried only just before each head word ("Plan"): running the
    pattern over the whole document costs a try at every character."""
    single, _, _ = _patterns()
    heads = _head_words()
    last_end = 0
    for head in heads.finditer(text):
        window = max(last_end, text.rfind(" ", 0, max(0, head.start() - 100)) + 1)
        for m in single.finditer(text, window, head.end() + 1):
            if m.end() == head.end():
                last_end = m.end()
                if not names_a_body(m.group("name")):
                    yield m
                break


def _strip_article(name: str) -> str:
    return re.sub(r"^(?:The|During|Under|In|By|After|Before|Following|From)\s+", "", name)


def lookup(plans: dict[tuple[str, str], Plan], name: str) -> Plan | None:
    ordinal, duration = _key(name)
    if (ordinal, duration) in plans:
        return plans[(ordinal, duration)]
    # "the Seven-Year Plan" is the one plan of seven years the document dates; "the First Seven-Year
    # Plan" may be the one it dated without an ordinal, never the Second
    candidates = [p for (o, d), p in plans.items() if d == duration and (not ordinal or (ordinal == "first" and not o))]
    return candidates[0] if len(candidates) == 1 else None


def _distribute(items: list[str]) -> list[str]:
    """'First and Second Five-Year' → 'First Five-Year', 'Second Five-Year': the shared words of
    the last item complete the items that lack a duration."""
    last = items[-1].split()
    shared = [w for w in last if re.fullmatch(r"[\w’'-]+-(?:Year|Month)", w)]
    return [i if re.search(r"-(?:Year|Month)\b", i) or not shared else f"{i} {' '.join(shared)}" for i in items]


def plan_times(sentence: str, plans: dict[tuple[str, str], Plan]) -> list[TimeExpression]:
    """Plans named in a sentence, as time expressions carrying the plans' years."""
    if not plans or not _mentions_a_plan(sentence):
        return []
    single, listed, _ = _patterns()
    found: list[TimeExpression] = []
    for m in listed.finditer(sentence):
        items = [i.strip() for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("items")) if i.strip()]
        items = _distribute(items)
        periods = [lookup(plans, f"{_strip_article(i)} {m.group('head')}") for i in items]
        if all(periods):
            found.append(TimeExpression(m.start(), m.end(), tuple(p.period for p in periods), "plan_list"))
    for m in single.finditer(sentence):
        if any(t.start <= m.start() < t.end for t in found):
            continue
        plan = lookup(plans, _strip_article(m.group("name")))
        if plan:
            found.append(TimeExpression(m.start(), m.end(), (plan.period,), "plan"))
    return sorted(found, key=lambda t: t.start)


# "the 2011–2015 programme", "the 2016–2020 plan": a plan named by its years alone, in lower case
YEAR_NAMED = re.compile(r"\b(?:1[89]|20)\d\d\s*[–-]\s*(?:1[89]|20)\d\d\s+(?:plan|programme|program)\b")


def plan_names(sentence: str) -> list[tuple[int, str]]:
    """Plans named in a sentence, as (position, name without a leading article), in order."""
    named = [(m.start(), m.group()) for m in YEAR_NAMED.finditer(sentence)] if "rogram" in sentence or "plan" in sentence else []
    if not _mentions_a_plan(sentence):
        return named
    single, _, _ = _patterns()
    return sorted(named + [(m.start(), _strip_article(m.group("name"))) for m in single.finditer(sentence)
                           if not names_a_body(m.group("name"))])


# "the Fourth (1968–1973)", "The second (1968–1971)": a plan named by its ordinal alone, with its years
# (capitalised as a name is: "the first (1983–1986)" of any series is no plan)
ELLIPTICAL_ORDINAL = re.compile(r"\b[Tt]he\s+(?P<ordinal>First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)"
                                r"\s*(?=\(\s*(?:1[89]|20)\d\d\s*[–-])")


def ordinal_of(name: str) -> str:
    """A plan's ordinal word ("Third Plan" → "third"), or ""."""
    _, _, ordinals = _patterns()
    return next((w for w in name.lower().split() if w in ordinals), "")


def elliptical_plans(sentence: str, model: str) -> list[tuple[int, str]]:
    """'the Fourth (1968–1973)' after 'the Third Plan': the plan of a later ordinal, named like the one
    the text named last with an ordinal ("Fourth Plan"); none without such a plan."""
    ordinal, ranks = ordinal_of(model), load_lexicon("quantities")["ordinals"]
    if ordinal not in ranks or "(" not in sentence:
        return []
    words = model.split()
    at = next(i for i, w in enumerate(words) if w.lower() == ordinal)
    return [(m.start(), " ".join(words[:at] + [m.group("ordinal")] + words[at + 1 :]))
            for m in ELLIPTICAL_ORDINAL.finditer(sentence) if ranks[m.group("ordinal").lower()] > ranks[ordinal]]


def names_a_body(name: str) -> bool:
    """Whether a name with a plan's head names an institution ("the Institute for National Security Strategy",
    "the World Food Programme")."""
    return not _institution_heads().isdisjoint(name.split()) or known_estimators().fullmatch(_strip_article(name)) is not None


@lru_cache(maxsize=1)
def _institution_heads() -> frozenset[str]:
    lex = load_lexicon("context")
    return frozenset(lex["institution_heads"]) - set(lex["plan_heads"])  # (not "Programme": a plan's head too)


# a plan named after a preposition is the background of the sentence ("After the Three-Year Plan of
# Reconstruction (1947–1949) the government adopted the Six-Year Plan"), not what it goes on about
IN_BACKGROUND = re.compile(r"\b(?:after|before|during|under|following|than|since|of|from|unlike|like)\s+(?:the\s+)?$", re.IGNORECASE)


def leading_plan(sentence: str, named: list[tuple[int, str]]) -> str:
    """The plan a sentence is about, for "the plan" of the next: the first it names outside a
    prepositional phrase, else the first."""
    foreground = [name for at, name in named if not IN_BACKGROUND.search(sentence, max(0, at - 15), at)]
    return (foreground or [name for _, name in named] or [""])[0]


def target_years(plans: dict[tuple[str, str], Plan], plan: str, unit: str, start: str, end: str,
                 sentence: str = "") -> tuple[str, str] | None:
    """The years of the plan a target is for (see for_the_plans_years), or None."""
    planned = lookup(plans, plan) if plan else None
    if not (planned and for_the_plans_years(unit, start, end, planned.period, sentence)):
        return None
    first, last = planned.period
    if len(start) == len(end) == 7 and end[:4] == last and int(end[:4]) - int(start[:4]) == 1:
        return first + start[4:], end  # dated by its last fiscal year ("1977/78–1982/83"): its fiscal years' months
    return planned.period


def for_the_plans_years(unit: str, start: str, end: str, years: tuple[str, str], sentence: str = "") -> bool:
    """Whether a plan's target is for the plan's years: one dated by a year inside them ("a target
    raised to 190% in 1951", "output to reach 7 million tonnes by 1965") or by none; not one set for a
    year of its own, the last ("output in 1984 to 120% of the 1977 target"), nor a length of time
    ("a year and four months ahead")."""
    if unit in ("years", "months", "weeks", "days") or (start[:4], end[:4]) == years:
        return False  # (the plan's years already, or its fiscal years' months)
    if start and start == end == years[1] and re.search(rf"\b(?:in|for)\s+{years[1]}\b", sentence):
        return False
    return not start or years[0] <= start[:4] <= years[1]
