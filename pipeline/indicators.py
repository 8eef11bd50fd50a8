"""Classifying a quantity into an indicator of the codebook (lexicon/indicators.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.lexicon import load_lexicon

CURRENCY_CODE = re.compile(r"^[A-Z]{3}$")
# How far around the number the classifier reads, in characters, and how fast a cue's weight fades.
WINDOW_BEFORE, WINDOW_AFTER, FADE = 160, 80, 60.0
WINDOW_BREAK = re.compile(r"[;:]|\.\s")


@dataclass(frozen=True)
class Indicator:
    code: str
    label: str
    category: str
    units: tuple[str, ...]
    cues: tuple[tuple[str, re.Pattern[str]], ...]


@lru_cache(maxsize=1)
def codebook() -> tuple[Indicator, ...]:
    return tuple(
        Indicator(
            code=entry["code"],
            label=entry["label"],
            category=entry["category"],
            units=tuple(entry.get("units", ())),
            cues=tuple((cue, re.compile(r"\b" + re.escape(cue) + r"\b")) for cue in entry.get("cues", ())),
        )
        for entry in load_lexicon("indicators")["indicators"]
    )


def unit_kind(unit: str) -> str:
    return "money" if CURRENCY_CODE.match(unit) else unit


def admits(indicator: Indicator, unit: str) -> bool:
    return unit in indicator.units or unit_kind(unit) in indicator.units


@lru_cache(maxsize=1)
def _cue_index() -> tuple[re.Pattern[str], dict[str, list[int]]]:
    """One pattern for every cue of the codebook, and which indicators each cue points to."""
    owners: dict[str, list[int]] = {}
    for position, indicator in enumerate(codebook()):
        for cue, _ in indicator.cues:
            owners.setdefault(cue, []).append(position)
    ordered = sorted(owners, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in ordered) + r")\b"), owners


def _cue_hits(before: str, after: str) -> list[tuple[str, float]]:
    """Each cue near the number with a weight: longer cues and nearer cues weigh more."""
    pattern, _ = _cue_index()
    hits = []
    for m in _overlapping(pattern, before):
        weight = len(m.group().split()) + 0.5
        hits.append((m.group(), weight / (1 + (len(before) - m.end()) / FADE)))
    for m in _overlapping(pattern, after):
        weight = len(m.group().split()) + 0.5
        hits.append((m.group(), weight / (1 + m.start() / FADE) * 0.9))
    return hits


def _overlapping(pattern: re.Pattern[str], text: str):
    """Every cue at every word start, shorter ones inside longer ones too ("gdp" in "gdp growth")."""
    for start in [0, *(m.end() for m in re.finditer(r"\W+", text))]:
        end = len(text)
        while (m := pattern.match(text, start, end)) is not None:
            yield m
            end = m.end() - 1


def classify(sentence: str, start: int, end: int, unit: str) -> str:
    """The indicator whose cues sit closest to the number, among those admitting its unit."""
    before = sentence[max(0, start - WINDOW_BEFORE) : start].lower()
    after = sentence[end : end + WINDOW_AFTER].lower()
    after = WINDOW_BREAK.split(after, maxsplit=1)[0]
    book = codebook()
    _, owners = _cue_index()
    scores: dict[int, float] = {}
    for cue, weight in _cue_hits(before, after):
        for position in owners[cue]:
            if weight > scores.get(position, 0.0) and admits(book[position], unit):
                scores[position] = weight
    if scores:
        best = max(scores.values())
        return book[min(p for p, s in scores.items() if s == best)].code
    fallback = next((i.code for i in book if not i.cues and admits(i, unit)), None)
    return fallback or "unclassified"
