"""Dating quantities: which time expression of its sentence a number refers to.

Tried in order: a year tied to the number by a preposition ("7.1% in 2007", "in 2009 by 0.9%",
"2023: 2.9%"); for a multiple, the span its clause compares; a `respectively` list (extract.py);
the nearest time before the number, else after it, that no other number has claimed and that is
not inside another number's brackets. Numbers left without a time take the period of their
paragraph (extract.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.context import clause_bounds
from pipeline.grammar import Quantity
from pipeline.lexicon import load_lexicon
from pipeline.periods import TimeExpression

Period = tuple[str, str]
LIST_GAP = re.compile(r"^\s*(?:,\s*)?(?:and\s+|or\s+)?(?:by\s+)?$")
# Words that may not stand between a number and "in YEAR": they start another clause or a comparison.
NOT_A_NOUN = r"(?:and|or|but|while|whereas|than|increase|decrease|rise|fall|growth|decline|drop|gain|compared)"
CHANGE_OR_SPAN_LEAD = re.compile(r"\b(?:from|between|since)\s+$")


@lru_cache(maxsize=1)
def _after_gap() -> re.Pattern[str]:
    """What may stand between a number and its year: "7.1% in 2007", "12% reported in 1989",
    "10 million people in 1960", "the $5.2 billion figure reported in 1988"."""
    binders = "|".join(sorted(load_lexicon("context")["period_binders"], key=len, reverse=True))
    return re.compile(
        rf"^[\s,(]*(?:(?:(?!{NOT_A_NOUN}\b)[a-z]+\s+)?(?:[a-z]+ed\s+)?(?:{binders})\s+(?:the\s+)?(?:(?:fiscal\s+|calendar\s+)?years?\s+|period\s+)?)?$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _before_gap() -> re.Pattern[str]:
    """What may stand between a year and its number: "in 2009 by 0.9%", "(2023: 2.9%)"."""
    binders = "|".join(re.escape(b) for b in sorted(load_lexicon("context")["preceding_binders"], key=len, reverse=True))
    return re.compile(rf"^\s*(?:{binders})?\s*(?:about|around|nearly|almost|some|approximately|roughly)?\s*$", re.IGNORECASE)


def _tied_after(sentence: str, q: Quantity, t: TimeExpression) -> bool:
    return t.start >= q.end and _after_gap().match(sentence[q.end : t.start]) is not None


def _tied_before(sentence: str, q: Quantity, t: TimeExpression) -> bool:
    return (
        t.end <= q.start
        and t.kind != "plan"
        and _before_gap().match(sentence[t.end : q.start]) is not None
        and not CHANGE_OR_SPAN_LEAD.search(sentence[max(0, t.start - 9) : t.start])
    )


def _brackets(sentence: str) -> list[tuple[int, int]]:
    spans, opened = [], []
    for i, char in enumerate(sentence):
        if char == "(":
            opened.append(i)
        elif char == ")" and opened:
            spans.append((opened.pop(), i + 1))
    return spans


def _in_other_brackets(
    brackets: list[tuple[int, int]], t: TimeExpression, q: Quantity, others: list[Quantity]
) -> bool:
    """A year in brackets with another number but not this one: "(2023: −27.8%)" dates only its own
    number; a bare "(2024)" dates its surroundings."""
    return any(
        a <= t.start and t.end <= b and not (a <= q.start and q.end <= b)
        and any(a <= o.start and o.end <= b for o in others if o is not q)
        for a, b in brackets
    )


def bind_periods(
    sentence: str, q: Quantity, times: list[TimeExpression], others: list[Quantity] = ()
) -> tuple[tuple[Period, ...], bool]:
    """The period(s) a quantity refers to, from the time expressions of its own sentence, and
    whether the binding is weak (only a time that another number has claimed): then a period the
    sentence continues from its paragraph is the better guess."""
    dated = [t for t in times if t.kind != "plan_list"]
    for t in dated:
        if _tied_before(sentence, q, t):
            return t.periods, False
    for t in dated:
        if _tied_after(sentence, q, t):
            return t.periods, False
    if q.rule in ("multiple", "fraction") or q.unit == "times":
        compared = _compared_span(sentence, q, dated)
        if compared:
            return (compared,), False
    brackets = _brackets(sentence) if "(" in sentence else []
    elaborated = _bracket_after_time(sentence, brackets, q, dated)
    if elaborated:
        return elaborated.periods, False
    unclaimed = [
        t for t in dated
        if not _in_other_brackets(brackets, t, q, others)
        and not any(o is not q and _tied_after(sentence, o, t) for o in others)
    ]
    before = [t for t in unclaimed if t.end <= q.start]
    if before:
        return before[-1].periods, False
    after = [t for t in unclaimed if t.start >= q.end]
    if after:
        return after[0].periods, False
    mine = [t for t in dated if not _in_other_brackets(brackets, t, q, others)]
    return (mine[0].periods, True) if mine else ((), False)


def _bracket_after_time(
    sentence: str, brackets: list[tuple[int, int]], q: Quantity, times: list[TimeExpression]
) -> TimeExpression | None:
    """'… 23.8% in December 2024 (food: 27.8%; non-food: 20.5%)': numbers in brackets right after a
    dated number elaborate it and share its time."""
    for a, b in brackets:
        if a <= q.start and q.end <= b:
            return next((t for t in times if t.end <= a and not sentence[t.end : a].strip()), None)
    return None


def _compared_span(sentence: str, q: Quantity, times: list[TimeExpression]) -> Period | None:
    """A multiple or a fraction of change compares two times: "nearly threefold the 2015 level"
    (in a sentence about 2025), "fell from … in 2021 to … in 2024, i.e. it halved" → 2021/2024."""
    start, end = clause_bounds(sentence, q)
    inside = [t for t in times if start <= t.start and t.end <= end]
    if len(inside) < 2:
        return None
    return min(t.period[0] for t in inside), max(t.period[1] for t in inside)


def respectively(sentence: str, quantities: list[Quantity], times: list[TimeExpression]) -> dict[int, Period]:
    """'81.1%, 82.6% and 80% during the A, B and C Plans, respectively': the n-th number takes the
    n-th period. Returns {index of quantity: period}."""
    cue = re.search(r"\brespectively\b", sentence)
    if not cue or len(quantities) < 2:
        return {}
    before = [i for i, q in enumerate(quantities) if q.end <= cue.start()]
    if not before:
        return {}
    group = [before[-1]]
    for i in reversed(before[:-1]):
        gap = sentence[quantities[i].end : quantities[group[0]].start]
        if quantities[i].unit != quantities[group[0]].unit or not LIST_GAP.match(gap):
            break
        group.insert(0, i)
    listed = [t for t in times if t.kind == "plan_list" and t.start < cue.start()]
    if listed:
        periods = list(listed[-1].periods)
    else:
        first = quantities[group[0]].start
        periods = [t.period for t in times if t.start < cue.start() and t.kind not in ("plan", "both")]
        if len(periods) > len(group):
            periods = [t.period for t in times if first < t.start < cue.start() and t.kind != "plan"]
    if len(periods) != len(group) or len(group) < 2:
        return {}
    return dict(zip(group, periods))
