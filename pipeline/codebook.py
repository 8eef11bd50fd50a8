"""The indicator codebook as data (lexicon/indicators.yaml): its entries and the units each admits,
its cues as one pattern and where they stand in a text; and the topic a paragraph goes on about, for
numbers whose own words name no concept."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.lexicon import load_lexicon
from pipeline.matching import trie_pattern

I = re.IGNORECASE
CURRENCY_CODE = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Indicator:
    code: str
    label: str
    category: str
    units: tuple[str, ...]
    cues: tuple[tuple[str, re.Pattern[str]], ...]  # strong and weak cues
    description: str = ""
    weak: tuple[str, ...] = ()
    counted: tuple[str, ...] = ()  # weak cues that explain only a count of what they name ("2,300 farms"), never a percentage
    percent_cues: tuple[str, ...] = ()  # cues that explain only a percentage or a ratio
    money_cues: tuple[str, ...] = ()  # cues that explain only a sum of money
    works_cues: tuple[str, ...] = ()  # money cues that hold only after a word of building in their clause ("built at a cost of")
    clause_bound: bool = False  # targets: a target word in another clause is about another number
    not_share: bool = False  # its percentages are changes, never "N% of" a whole
    share_only: bool = False  # its percentages are shares: only in a sentence about shares
    whole_only: bool = False  # its shares are shares of it: its cue is the whole ("78% of enterprises")
    needs_partner: bool = False  # about a trading partner: one is named near the number
    fallback: bool = False  # takes a number no cue explains
    government_budget: bool = False  # a government's budget, not a company's or an authority's own accounts
    listed_part: bool = False  # its cues name a part only: a list of shares before makes its figures the list's measure
    default_units: tuple[str, ...] = ()  # a number of these units that no cue explains is of this indicator
    needs: re.Pattern[str] | None = None  # words one of which its sentence (or the one before) must hold


@lru_cache(maxsize=1)
def codebook() -> tuple[Indicator, ...]:
    flags = ("clause_bound", "not_share", "share_only", "whole_only", "needs_partner", "fallback", "government_budget", "listed_part")
    return tuple(
        Indicator(
            code=e["code"], label=e["label"], category=e["category"], units=tuple(e.get("units", ())),
            cues=tuple((c, re.compile(rf"\b{re.escape(c)}\b")) for c in [*e.get("cues", ()), *e.get("weak", ()), *e.get("counted", ()),
                                                                          *e.get("percent_cues", ()), *e.get("money_cues", ()),
                                                                          *e.get("works_cues", ())]),
            description=e.get("description", ""), weak=tuple([*e.get("weak", ()), *e.get("counted", ())]), counted=tuple(e.get("counted", ())),
            percent_cues=tuple(e.get("percent_cues", ())), money_cues=tuple(e.get("money_cues", ())),
            works_cues=tuple(e.get("works_cues", ())),
            default_units=tuple(e.get("default_units", ())),
            needs=re.compile(rf"\b(?:{'|'.join(map(re.escape, e['needs']))})\b", re.IGNORECASE) if e.get("needs") else None,
            **{flag: bool(e.get(flag, False)) for flag in flags},
        )
        for e in load_lexicon("indicators")["indicators"]
    )


@lru_cache(maxsize=None)  # asked for every cue of every number; units are few
@lru_cache(maxsize=1)
def _measure_units() -> frozenset[str]:
    return frozenset(load_lexicon("quantities")["units"].values())


def is_currency_code(unit: str) -> bool:
    """Whether a unit is a currency's code: three capitals that name no unit of measure ("USD", not "TEU")."""
    return CURRENCY_CODE.match(unit) is not None and unit not in _measure_units()


def unit_kind(unit: str) -> str:
    return "money" if is_currency_code(unit) or unit in load_lexicon("quantities")["money_without_codes"] else unit


def admits(indicator: Indicator, unit: str) -> bool:
    return unit in indicator.units or unit_kind(unit) in indicator.units


@lru_cache(maxsize=1)
def _by_code() -> dict[str, Indicator]:
    return {i.code: i for i in codebook()}


def continued_topic(indicator: str, unit: str, sentence: str, topic: str) -> str:
    """A number no cue explains (a fallback indicator) in a sentence that refers back ("It peaked at
    about $6.9 billion", "it then fell … to roughly $0.54 billion") continues the indicator of the
    paragraph's topic, the one its previous sentence's number took, when its unit fits."""
    book = _by_code()
    if not topic or indicator not in book or not book[indicator].fallback or topic not in book:
        return indicator
    if not admits(book[topic], unit) or _topic_pronoun().search(sentence) is None:
        return indicator
    return topic


def shared_indicator(first: str, second: str) -> str:
    """The indicator two levels of one measure share ("went from 30.9 to about 47 pounds per dollar"):
    the first's, unless only the second's words name the measure (the first took a fallback)."""
    book = _by_code()
    if first in book and book[first].fallback and second in book and not book[second].fallback:
        return second
    return first


def fallback_for(unit: str) -> str:
    """The code of a number no cue explains, by its unit: "other_amount" for money, "other_share" for a percent."""
    return next((i.code for i in codebook() if i.fallback and admits(i, unit)), "unclassified")


def share_of(code: str) -> str:
    """The code a part of a count is recorded with: the codebook's share of that measure where it has one
    ("population" → "population_share"), else the count's own code ("42% of them" after 1,318 complaints)."""
    return f"{code}_share" if f"{code}_share" in _by_code() else code


# "99.4% of applications", "a third of all pieces", "27% of the tickets": a part of things counted
OF_PLURAL = re.compile(r"\s+of\s+(?:(?:the|all|its|their|our|these|those|total)\s+)*(?:(?!(?:them|it|which|what|whom)\b)[a-z-]+\s+){0,2}?"
                       r"(?!(?:its|this|was|has|does|is)\b)([a-z]+[^su\W]s)(?=\s*(?:[,;:.()—]|$)|\s+(?:in|to|from|by|at|for|with|on|that|"
                       r"which|who|were|are|and|or|had|have|during|between|while|but|over|than|against|compared|as|per)\b)")


def of_counted_things(sentence: str, end: int, unit: str) -> bool:
    """Whether a share no cue explains is one of a number of things ("99.4% of applications"), which
    the codebook records with the count (not "40% of its earnings": plurals of money or goods)."""
    if unit_kind(unit) not in ("percent", "ratio") or not (m := OF_PLURAL.match(sentence, end)):
        return False
    return m.group(1) not in load_lexicon("indicators").get("uncounted_plurals", ())


def is_government_budget(code: str) -> bool:
    """Whether the code is a government's budget (budget revenue, budget expenditure) in the codebook."""
    book = _by_code()
    return code in book and book[code].government_budget


def is_share_measure(code: str) -> bool:
    """Whether the code is a part of a whole by the codebook's naming ("labour_force_share", "sector_share_of_gdp")."""
    return code in _by_code() and (code.endswith("_share") or "_share_of_" in code)


def names_listed_part(code: str) -> bool:
    """Whether the code's cues name only a part ("agriculture"), which in a list of shares is the list's measure."""
    book = _by_code()
    return code in book and book[code].listed_part


def is_fallback(code: str) -> bool:
    """Whether the code is one the classifier falls back to when no words name the measure."""
    book = _by_code()
    return code in book and book[code].fallback


def refers_back(sentence: str) -> bool:
    """Whether the sentence's main clause opens on the previous one's topic with a pronoun ("It peaked
    at …", "According to X, it then fell …"); an "it" later in the sentence stands for what the
    sentence itself named first ("trade nearly tripled …, and by 2014 it was …")."""
    sentence = sentence.lstrip()
    return bool(_topic_pronoun().match(sentence) or _topic_pronoun().match(OPENING_PHRASE.sub("", sentence, count=1)))


OPENING_PHRASE = re.compile(r"^[^,;]{1,80},\s+(?=\w+\s)")  # "According to China's customs, " before the clause


@lru_cache(maxsize=1)
def _topic_pronoun() -> re.Pattern[str]:
    words = load_lexicon("indicators")["topic_pronouns"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", I)


# A name of two or more capitalised words: its single words are not cues ("World Food Program").
NON_WORD = re.compile(r"\W+")
# ("(?<!\w.)" after the first capital is "\b" before it: a pattern that starts with a capital lets the
# regex engine skip to the capitals)
NAME = re.compile(r"[A-Z](?<!\w.)[a-z]+(?:\s+(?:of |and |for |the )?[A-Z][a-z]+)+")
WEAK_CUE = 0.35  # how much a weak (generic) cue weighs against a specific one


@lru_cache(maxsize=1)
def cue_index() -> tuple[re.Pattern[str], dict[str, list[tuple[int, float]]]]:
    """One pattern for every cue of the codebook, and which indicators each cue points to, how strongly."""
    owners: dict[str, list[tuple[int, float]]] = {}
    for position, indicator in enumerate(codebook()):
        for cue, _ in indicator.cues:
            strength = (len(cue.split()) + 0.5) * (WEAK_CUE if cue in indicator.weak else 1.0)
            owners.setdefault(cue, []).append((position, strength))
    # (a cue may open on a slash, "/litre" after "R$7.40", which no word boundary precedes)
    return re.compile(r"(?:\b|(?=/))(?:" + trie_pattern(owners) + r")\b"), owners


@lru_cache(maxsize=1)
def _not_cues() -> tuple[re.Pattern[str], frozenset[str], dict[str, tuple[str, ...]]]:
    phrases = sorted(load_lexicon("indicators")["not_cues"], key=len, reverse=True)
    # the codebook's longer cues that hold a not-cue ("household net income" holds "net income"): where one is written,
    # the not-cue is that cue's
    longer = {p: tuple(c for c in cue_index()[1] if p in c and c != p) for p in phrases}
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.IGNORECASE), \
        frozenset(p.split()[0] for p in phrases), {p: cues for p, cues in longer.items() if cues}


def without_not_cues(text: str) -> str:
    """The text with the phrases whose words are no cues ("trade union": no trade) blotted out, letter
    for letter, so that no window cut from it finds a cue inside one ("… fees for trade| mark renewals");
    not inside a longer cue ("household net income")."""
    pattern, first_words, longer = _not_cues()
    lower = text.lower()
    if not any(word in lower for word in first_words):
        return text

    def blot(m: re.Match[str]) -> str:
        start, end = m.span()
        held = any(lower.startswith(cue, at) for cue in longer.get(m.group().lower(), ())
                   for at in range(max(0, end - len(cue)), start + 1))
        return m.group() if held else "_" * len(m.group())

    return pattern.sub(blot, text)


def cues_in(text: str) -> list[re.Match[str]]:
    """Every cue at every word start, shorter ones inside longer ones too ("gdp" in "gdp growth"),
    but not a one-word cue inside a name ("Council for Mutual Economic Assistance")."""
    pattern, _ = cue_index()
    names = [m.span() for m in NAME.finditer(text)]
    lower, found = text.lower(), []
    # Only word starts where some cue begins: those of one pass of the pattern, and the word starts
    # inside what it matched (a cue may begin inside a longer one: "growth rate" in "gdp growth rate").
    starts: set[int] = set()
    for m in pattern.finditer(lower):
        starts.add(m.start())
        starts.update(w.end() for w in NON_WORD.finditer(lower, m.start(), m.end()))
    for start in sorted(starts):
        end = len(lower)
        while (m := pattern.match(lower, start, end)) is not None:
            whole_word = m.end() == len(lower) or not lower[m.end()].isalnum()  # "target" not in "targets"
            if whole_word and (" " in m.group() or not any(a <= start < b for a, b in names)):
                found.append(m)
            end = m.end() - 1
    return found


# How far before a works cue a word of building may stand, within its clause
WORKS_REACH = 120


@lru_cache(maxsize=1)
def _works_words() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, load_lexicon("indicators")["works_words"])) + r")\b", I)


def after_works(before: str, at: int) -> bool:
    """Whether a word of building or opening something stands before `at` in its clause ("the railway, opened in
    December 2021 at a cost of"): what the cost is paid for is works, an investment."""
    start = max(0, at - WORKS_REACH, *(m.end() for m in re.finditer(r"[;:]", before[:at])))
    return _works_words().search(before, start, at) is not None
