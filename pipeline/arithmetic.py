"""Arithmetic the text states: relationships between the numbers of one sentence, evaluated with
rounding-aware intervals (pipeline/tolerance.py).

A relationship is checked only when the sentence's words assert it (cues in lexicon/checks.yaml):
a change "from X to Y" with a stated multiple, fraction or percentage; a percentage "of" a total
stated beside its part; shares presented as the parts of one whole; a quantity restated in another
unit or currency; an average annual rate "implying" a cumulative change; per capita × population =
total. Where the words do not say how numbers relate, nothing is asserted: a false alarm costs more
than a missed check. All functions are pure, over observation dicts as in observations.csv.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline import tolerance as tl
from pipeline.checks import check_id
from pipeline.codebook import is_currency_code
from pipeline.lexicon import load_lexicon

Obs = dict[str, Any]
NOT_LEVEL_UNITS = {"times", "ratio", "rank", "score", "percentage_points", "percent_per_year"}
NOT_LEVEL_RULES = {"multiple", "fraction", "exchange_rate", "rank", "score", "duration", "vague_plural"}


def cues(name: str) -> list[str]:
    return load_lexicon("checks")[name]


@lru_cache(maxsize=None)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    def bounded(word: str) -> str:  # word boundaries only where the cue has word characters (not ";")
        left = r"(?<!\w)" if word[:1].isalnum() else ""
        right = r"(?!\w)" if word[-1:].isalnum() else ""
        return left + re.escape(word) + right

    return re.compile("|".join(bounded(w) for w in words))


def has_cue(text: str, name: str) -> bool:
    """Whether `text` contains one of the cue phrases listed under `name`, on word boundaries."""
    return bool(_pattern(tuple(cues(name))).search(text.lower()))


def sentences(observations: list[Obs]) -> list[list[Obs]]:
    """Observations grouped by sentence (document and sentence start), each in text order."""
    groups: dict[tuple[str, int], list[Obs]] = {}
    for o in observations:
        if o["value"] != "":
            groups.setdefault((o["document_id"], int(o["sentence_start"])), []).append(o)
    return [sorted(g, key=lambda o: int(o["char_start"])) for _, g in sorted(groups.items())]


def _span(o: Obs) -> tuple[int, int]:
    start = int(o["char_start"]) - int(o["sentence_start"])
    return start, start + len(o["mention"])


def before(o: Obs, width: int) -> str:
    start = _span(o)[0]
    return o["sentence"][max(0, start - width) : start]


def after(o: Obs, width: int) -> str:
    end = _span(o)[1]
    return o["sentence"][end : end + width]


def between(a: Obs, b: Obs) -> str:
    return a["sentence"][_span(a)[1] : _span(b)[0]]


def is_level(o: Obs) -> bool:
    """A stated amount or level (not a multiple, fraction, rank or rate of change)."""
    return o["unit"] not in NOT_LEVEL_UNITS and o["extraction_rule"] not in NOT_LEVEL_RULES


def year_of(period: str) -> int | None:
    return int(period[:4]) if period[:4].isdigit() else None


def row(check_type: str, involved: list[Obs], ok: bool, expected: str, actual: str, message: str) -> dict[str, Any]:
    ids = [o["observation_id"] for o in involved]
    return {
        "check_id": check_id(check_type, ";".join(ids)),
        "check_type": check_type,
        "severity": "warning",  # an inconsistency of the text, not of the package: reported, not blocking
        "status": "pass" if ok else "fail",
        "observation_ids": ";".join(ids),
        "expected": expected,
        "actual": actual,
        "tolerance": "; ".join(tl.precision_note(o) for o in involved),
        "message": message,
    }


def magnitude(a: tl.Interval) -> tl.Interval:
    ends = sorted(abs(x) for x in a)
    return (0.0, ends[1]) if a[0] <= 0 <= a[1] else (ends[0], ends[1])


# --- part / total = stated share ---

def _share_value(p: Obs) -> tl.Interval | None:
    if p["unit"] == "percent":
        low, high = tl.interval(p)
        return (low / 100, high / 100)
    if p["unit"] == "ratio" and float(p["value"]) > 0:
        return tl.interval(p)
    return None


def stated_shares(group: list[Obs]) -> list[dict[str, Any]]:
    """A percentage stated between its part and its total ("$2.3 billion, constituting 83% of total
    exports, $2.83 billion"), or after "T, of which P (x%)"."""
    growth = set(cues("growth_indicators"))
    rows = []
    for p in group:
        share = _share_value(p)
        if share is None or p["indicator"] in growth or has_cue(before(p, 12), "change_by_words"):
            continue
        amounts = [o for o in group if is_level(o) and o["unit"] not in ("percent", "count")]
        ahead = [a for a in amounts if int(a["char_start"]) < int(p["char_start"])]
        behind = [a for a in amounts if int(a["char_start"]) > int(p["char_start"])]
        pair = None
        if ahead and behind and ahead[-1]["unit"] == behind[0]["unit"] and has_cue(between(ahead[-1], behind[0]), "share_cues"):
            pair = (ahead[-1], behind[0])
        elif len(ahead) >= 2 and ahead[-2]["unit"] == ahead[-1]["unit"] and has_cue(between(ahead[-2], ahead[-1]), "total_first_cues"):
            pair = (ahead[-1], ahead[-2])
        if pair is None:
            continue
        part, total = pair
        actual = tl.div(tl.interval(part), tl.interval(total))
        if actual is None:
            continue
        ok = tl.overlap(actual, share)
        message = (f"{part['mention']} of {total['mention']} is {tl.fmt((actual[0] * 100, actual[1] * 100))}%, "
                   f"{'consistent with' if ok else 'which does not match'} the stated {p['mention']}.")
        rows.append(row("stated_share", [p, part, total], ok, f"part / total in {tl.fmt(share)}", tl.fmt(actual), message))
    return rows


# --- shares presented as the parts of one whole ---

def share_sums(group: list[Obs]) -> list[dict[str, Any]]:
    """Percentages of one indicator and period that the words present as parts of one whole
    ("60% …, the remaining 40%") add to 100 %; listed with "respectively" they never exceed it."""
    if not group or not has_cue(group[0]["sentence"], "parts_cues"):
        return []
    complete = has_cue(group[0]["sentence"], "complete_cues")
    if not complete and not has_cue(group[0]["sentence"], "share_cues"):
        return []  # "respectively" alone also pairs rates with years
    growth = set(cues("growth_indicators"))
    parts: dict[tuple[str, str, str], list[Obs]] = {}
    last: tuple[str, str, str] | None = None
    for o in group:
        if o["unit"] == "percent" and o["indicator"] not in growth and not has_cue(before(o, 12), "change_by_words"):
            key = (o["indicator"], o["period_start"], o["period_end"])
            # "the remaining 38%" is the rest of the whole just named, whatever its own words are
            # classified as ("came from raw materials")
            if complete and last is not None and has_cue(before(o, 16), "complete_cues"):
                key = last
            parts.setdefault(key, []).append(o)
            last = key
    rows = []
    for (indicator, _, _), members in sorted(parts.items()):
        if len(members) < 2:
            continue
        total = (0.0, 0.0)
        for o in members:
            total = tl.add(total, tl.interval(o))
        expected = (100.0, 100.0) if complete else (0.0, 100.0)
        ok = tl.overlap(total, expected)
        listed = " + ".join(o["mention"] for o in members)
        message = (f"{listed} presented as {'all the' if complete else 'parts of one whole'} add to "
                   f"{tl.fmt(total)}%, {'consistent with' if ok else 'not'} {'100%' if complete else 'at most 100%'}.")
        rows.append(row("share_sum", members, ok, "= 100" if complete else "<= 100", tl.fmt(total), message))
    return rows


# --- the same quantity in two units or currencies ---

def _dimension(unit: str) -> tuple[str, float] | None:
    for name, factors in load_lexicon("checks")["conversions"].items():
        if unit in factors:
            return name, float(factors[unit])
    return None


def unit_conversions(group: list[Obs]) -> list[dict[str, Any]]:
    """Two adjacent quantities in convertible units, one in parentheses or "equivalent to" the other."""
    rows = []
    for a, b in zip(group, group[1:]):
        da, db = _dimension(a["unit"]), _dimension(b["unit"])
        if not da or not db or da[0] != db[0] or a["unit"] == b["unit"]:
            continue
        link = between(a, b)
        if len(link) > 40 or not ("(" in link or has_cue(link, "conversion_cues")):
            continue
        ia = tl.scale(tl.interval(a, one_sided=False), da[1])
        ib = tl.scale(tl.interval(b, one_sided=False), db[1])
        ok = tl.overlap(ia, ib)
        message = (f"{a['mention']} is {tl.fmt(ia)} and {b['mention']} is {tl.fmt(ib)} in {da[0]} base units: "
                   f"{'consistent' if ok else 'they do not match'}.")
        rows.append(row("unit_conversion", [a, b], ok, f"{b['mention']} in {tl.fmt(ib)}", tl.fmt(ia), message))
    return rows


def currency_conversions(group: list[Obs]) -> list[dict[str, Any]]:
    """An amount converted at an exchange rate stated in the same sentence ("1 unit to R")."""
    rows = []
    for rate in (o for o in group if o["extraction_rule"] == "exchange_rate"):
        local = [o for o in group if o is not rate and is_level(o) and o["unit"] == rate["unit"]]
        foreign = [o for o in group if o is not rate and is_level(o) and is_currency_code(o["unit"]) and o["unit"] != rate["unit"]]
        if len(local) != 1 or len(foreign) != 1:
            continue
        (a,), (b,) = local, foreign
        converted = tl.div(tl.interval(a), tl.interval(rate))
        if converted is None:
            continue
        ib = tl.interval(b)
        ok = tl.overlap(converted, ib)
        message = (f"{a['mention']} at {rate['mention']} is {tl.fmt(converted)} {b['unit']}, "
                   f"{'consistent with' if ok else 'not'} the stated {b['mention']}.")
        rows.append(row("currency_conversion", [rate, a, b], ok, f"{b['unit']} in {tl.fmt(ib)}", tl.fmt(converted), message))
    return rows


def arithmetic_checks(observations: list[Obs]) -> list[dict[str, Any]]:
    """Every relationship the text states, sentence by sentence, plus per capita × population."""
    from pipeline.changes import stated_changes  # these modules use this module's helpers
    from pipeline.growth import compound_growth, per_capita_totals

    by_document: dict[str, list[Obs]] = {}
    for o in observations:
        if o["value"] != "":
            by_document.setdefault(o["document_id"], []).append(o)
    rows = []
    for group in sentences(observations):
        rows += stated_changes(group, by_document[group[0]["document_id"]])
        rows += stated_shares(group)
        rows += share_sums(group)
        rows += unit_conversions(group)
        rows += currency_conversions(group)
        rows += compound_growth(group)
    for document in by_document.values():
        rows += per_capita_totals(document)
    unique = {r["check_id"]: r for r in rows}  # one relationship found by two routes is one check
    return list(unique.values())
