"""Stated changes between two levels: "reduced by one-third, from 15 million tons to 10 million
tons", "nearly tripling … to $5.6 billion", "rose by 25% from X to Y", evaluated with rounding-aware
intervals (pipeline/tolerance.py)."""

from __future__ import annotations

from typing import Any

from pipeline import tolerance as tl
from pipeline.arithmetic import Obs, before, between, has_cue, is_level, magnitude, row, year_of

# --- stated changes: "reduced by one-third, from 15 to 10", "nearly tripling … to $5.6 billion" ---

def _change_kind(m: Obs) -> str | None:
    by = has_cue(before(m, 12), "change_by_words")
    if m["unit"] == "times":
        return "times"
    if m["unit"] == "ratio" and m["extraction_rule"] in ("fraction", "multiple"):
        return "change" if (float(m["value"]) < 0 or by) else "ratio"
    if m["unit"] == "percent" and by:
        return "percent"
    if m["unit"] == "percentage_points" and by:
        return "points"
    return None


def _from_to_pairs(group: list[Obs], m: Obs) -> list[tuple[Obs, Obs]]:
    """Consecutive levels of one unit written "from X … to Y"."""
    levels = [o for o in group if o is not m and is_level(o)]
    pairs = []
    for a, b in zip(levels, levels[1:]):
        inside = [o for o in group if int(a["char_start"]) < int(o["char_start"]) < int(b["char_start"])]
        if (a["unit"] == b["unit"] and not inside and has_cue(before(a, 30), "change_from_words")
                and has_cue(between(a, b), "change_to_words")):
            pairs.append((a, b))
    return pairs


def _same_clause(m: Obs, x: Obs, y: Obs) -> bool:
    """The multiple belongs to the change it sits next to ("reduced by one-third, from X to Y";
    "from X to Y, a fall of a third"), not to another clause of the sentence ("output shrank by 35%
    …, imports fell from X to Y")."""
    link = between(m, x) if int(m["char_start"]) < int(x["char_start"]) else between(y, m)
    return len(link) <= 25 and not has_cue(link, "clause_breaks")


def _expected_change(m: Obs, kind: str, x: Obs, y: Obs) -> tl.Interval:
    """What Y/X (or Y − X for points) must be, given the stated multiple, fraction or percentage.
    A change "by" a fraction or percentage takes its direction from the sign recorded for it, else
    from the levels themselves (a sign the extractor missed must not raise an alarm)."""
    stated = tl.interval(m)
    size = magnitude(stated)
    falling = float(m["value"]) < 0 or float(y["value"]) < float(x["value"])
    if kind in ("times", "ratio"):
        return size
    if kind == "percent":
        size = (size[0] / 100, size[1] / 100)
    if kind == "points":
        return (-size[1], -size[0]) if falling else size
    return (1 - size[1], 1 - size[0]) if falling else (1 + size[0], 1 + size[1])


def _change_row(m: Obs, kind: str, x: Obs, y: Obs) -> dict[str, Any] | None:
    ix, iy = tl.interval(x), tl.interval(y)
    if kind == "points":
        actual: tl.Interval | None = tl.add(iy, (-ix[1], -ix[0]))
        what = f"{y['mention']} − {x['mention']}"
    else:
        if kind == "times" and float(y["value"]) < float(x["value"]):
            x, y, ix, iy = y, x, iy, ix  # "fell threefold": the larger is the multiple of the smaller
        actual = tl.div(iy, ix)
        what = f"{y['mention']} / {x['mention']}"
    if actual is None:
        return None
    expected = _expected_change(m, kind, x, y)
    ok = tl.overlap(actual, expected)
    message = (f"The text states a change of {m['mention']} ({m['qualifier']}) between {x['mention']} and "
               f"{y['mention']}: {what} is {tl.fmt(actual)}, {'consistent with' if ok else 'outside'} the stated "
               f"{tl.fmt(expected)}.")
    return row("stated_change", [m, x, y], ok, f"{what} in {tl.fmt(expected)}", tl.fmt(actual), message)


def stated_changes(group: list[Obs], document: list[Obs]) -> list[dict[str, Any]]:
    """A multiple, fraction or percentage change with the two levels it relates. When the sentence
    gives only the level reached and the multiple spans years ("doubling between 2001 and 2005 to reach
    $4 billion"), the starting level is the document's one value of that indicator and unit for the
    first year, if it states exactly one. When the sentence states neither level ("The nearly threefold
    rise in trade between 2007 and 2011 …"), both are the paragraph's one value of the multiple's
    indicator and subject for the first and for the last year."""
    rows = []
    for m in group:
        kind = _change_kind(m)
        if kind is None:
            continue
        pairs = _from_to_pairs(group, m)
        if kind == "percent":
            pairs = [(a, b) for a, b in pairs if a["unit"] != "percent"]  # relative vs points: unclear
        if pairs:
            pairs = [(x, y) for x, y in pairs if _same_clause(m, x, y)][:1]
        elif kind in ("times", "change"):
            # levels from other sentences: no clause of this sentence can separate them from the multiple
            # (the paragraph's levels in each currency it states them in: each is a check of the multiple)
            pairs = _reached_from_elsewhere(group, m, document) or _levels_in_paragraph(group, m, document)
        for x, y in pairs:
            result = _change_row(m, kind, x, y)
            if result:
                rows.append(result)
    return rows


def _reached_from_elsewhere(group: list[Obs], m: Obs, document: list[Obs]) -> list[tuple[Obs, Obs]]:
    first, last = year_of(m["period_start"]), year_of(m["period_end"])
    reached = [o for o in group if is_level(o) and int(o["char_start"]) > int(m["char_start"])
               and has_cue(between(m, o), "change_to_words")]
    if first is None or last is None or first >= last or len(reached) != 1:
        return []
    y = reached[0]
    starts = [o for o in document if o["sentence_start"] != m["sentence_start"] and is_level(o)
              and o["unit"] == y["unit"] and o["indicator"] == y["indicator"]
              and year_of(o["period_start"]) == first and o["period_end"] == o["period_start"]]
    if len({o["subject"] for o in starts}) > 1:
        # levels of several subjects (trade with China, with South Korea): the series that starts here
        # is the one the document also states at the level reached, in the last year
        reaching = {o["subject"] for o in document if o["unit"] == y["unit"] and o["indicator"] == y["indicator"]
                    and o["value"] == y["value"] and year_of(o["period_start"]) == last}
        starts = [o for o in starts if o["subject"] in reaching]
    # the same level restated ("The $1.97 billion trade volume …") is still one starting level
    return [(starts[0], y)] if starts and len({(o["value"], o["value_high"]) for o in starts}) == 1 else []


def _one_level(candidates: list[Obs]) -> Obs | None:
    """The level a paragraph states for a year, if it states one value (restated or not)."""
    return candidates[0] if candidates and len({(o["value"], o["value_high"]) for o in candidates}) == 1 else None


def _levels_in_paragraph(group: list[Obs], m: Obs, document: list[Obs]) -> list[tuple[Obs, Obs]]:
    first, last = year_of(m["period_start"]), year_of(m["period_end"])
    if first is None or last is None or first >= last or m["indicator"].startswith(("other_", "unclassified")):
        return []
    if any(is_level(o) and o["indicator"] == m["indicator"] for o in group):
        return []  # the sentence states a level of its own: the change is about it, or unclear
    around = [o for o in document if o.get("line") == m.get("line") and o["sentence_start"] != m["sentence_start"]
              and is_level(o) and o["indicator"] == m["indicator"] and o["subject"] == m["subject"]
              and o["period_end"] == o["period_start"]]
    pairs = []
    for unit in sorted({o["unit"] for o in around}):
        x = _one_level([o for o in around if o["unit"] == unit and year_of(o["period_start"]) == first])
        y = _one_level([o for o in around if o["unit"] == unit and year_of(o["period_start"]) == last])
        if x and y:
            pairs.append((x, y))
    return pairs
