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


def _score(indicator: Indicator, before: str, after: str) -> float:
    best = 0.0
    for cue, pattern in indicator.cues:
        weight = len(cue.split()) + 0.5
        for m in pattern.finditer(before):
            best = max(best, weight / (1 + (len(before) - m.end()) / FADE))
        for m in pattern.finditer(after):
            best = max(best, weight / (1 + m.start() / FADE) * 0.9)
    return best


def classify(sentence: str, start: int, end: int, unit: str) -> str:
    """The indicator whose cues sit closest to the number, among those admitting its unit."""
    before = sentence[max(0, start - WINDOW_BEFORE) : start].lower()
    after = sentence[end : end + WINDOW_AFTER].lower()
    after = WINDOW_BREAK.split(after, maxsplit=1)[0]
    best_code, best_score = "", 0.0
    fallback = "unclassified"
    for indicator in codebook():
        if not admits(indicator, unit):
            continue
        if not indicator.cues:
            if fallback == "unclassified":
                fallback = indicator.code
            continue
        score = _score(indicator, before, after)
        if score > best_score:
            best_code, best_score = indicator.code, score
    return best_code or fallback
