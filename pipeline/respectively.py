"""Numbers listed with as many times: "81.1%, 82.6% and 80% during the A, B and C Plans,
respectively", "growth of 5.9 and 6.2 percent in 2020 and 2021": the n-th number takes the n-th time."""

from __future__ import annotations

import re

from pipeline.grammar import Quantity
from pipeline.periods import TimeExpression

Period = tuple[str, str]
# (also "81.1%, 82.6% and 80% in turn.", closing the list; not "5% in turn lifting prices")
RESPECTIVELY = re.compile(r"\brespectively\b|(?<=\d%|\d\s)\s*in\s+turn\b(?=\s*(?:[.;,)]|$))")
LIST_GAP = re.compile(r"^\s*(?:,\s*)?(?:and\s+|or\s+)?(?:by\s+)?$")


def respectively(sentence: str, quantities: list[Quantity], times: list[TimeExpression]) -> dict[int, Period]:
    """'81.1%, 82.6% and 80% during the A, B and C Plans, respectively': the n-th number takes the
    n-th period. Returns {index of quantity: period}."""
    if len(quantities) < 2:
        return {}
    cue = RESPECTIVELY.search(sentence) if "respectively" in sentence or "in turn" in sentence else None  # (rare: a cheap test first)
    if not cue:
        return _listed_with_times(sentence, quantities, times)
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


TIMES_AFTER_LIST = re.compile(r"\s+(?:in|during|for)\s+")


def _listed_with_times(sentence: str, quantities: list[Quantity], times: list[TimeExpression]) -> dict[int, Period]:
    """'growth of 5.9 and 6.2 percent in 2020 and 2021': a list of numbers followed by as many
    times, listed the same way, pairs them in order, as "respectively" would."""
    for i in range(len(quantities) - 1):
        group = [i]
        while group[-1] + 1 < len(quantities) and LIST_GAP.fullmatch(
                sentence[quantities[group[-1]].end : quantities[group[-1] + 1].start]):
            group.append(group[-1] + 1)
        if len(group) < 2:
            continue
        last = quantities[group[-1]]
        listed = [t for t in times if t.start >= last.end and t.kind not in ("plan", "both")]
        if not listed or not TIMES_AFTER_LIST.fullmatch(sentence[last.end : listed[0].start]):
            return {}
        run = [listed[0]]
        for t in listed[1:]:
            if len(run) == len(group) or not LIST_GAP.fullmatch(sentence[run[-1].end : t.start]):
                break
            run.append(t)
        if len(run) == len(group) and len({q.unit for q in (quantities[k] for k in group)}) == 1:
            return dict(zip(group, (t.period for t in run)))
        return {}
    return {}
