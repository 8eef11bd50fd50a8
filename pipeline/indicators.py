"""Classifying a quantity into an indicator of the codebook (lexicon/indicators.yaml).

The number's unit decides which indicators are possible (a hard filter); the words around it decide
among them. A cue weighs more when it is longer (more specific) and nearer, and more again when it
is in the number's own clause, is the noun right after it ("2,000 enterprises") or names the whole
the number is a part of ("3.5% of GDP"). An indicator's score adds up its best few cues, so a
concept that needs two words ("GNP" + "per capita", "inflation" + "target") beats one that matches
only one of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.grammar import trie_pattern
from pipeline.lexicon import load_lexicon

CURRENCY_CODE = re.compile(r"^[A-Z]{3}$")
# How far around the number the classifier reads, in characters, and how fast a cue's weight fades.
WINDOW_BEFORE, WINDOW_AFTER, FADE = 220, 80, 60.0
# Weights by place: a weak (generic) cue; a cue one clause away (two: past ";" or ":"); after the
# number in its clause, or further; its head noun; the whole it is "of"; a whole of an earlier share;
# a target word in the number's own clause ("10 million tons, its goal").
WEAK, OUTSIDE_BEFORE, AFTER, OUTSIDE_AFTER, HEAD, WHOLE, MASKED, BOUND = 0.35, 0.5, 0.6, 0.2, 3.0, 1.0, 0.5, 1.5
RANK_DECAY = (1.0, 0.5, 0.25)  # an indicator's best cue counts fully, its second and third less
HEAD_WORDS, WHOLE_WORDS, I = 3, 5, re.IGNORECASE
# The text after the number is read up to the end of its sentence part, and up to the next number
# (not a year): that number, and the phrase introducing it ("against a target of 6%"), are another fact.
AFTER_END = re.compile(r"[;:]|\.\s")
NEXT_NUMBER = re.compile(
    r"(?:(?:\b(?:a|an|the|its|their)\s+)?(?:[\w’'-]+\s+){0,3}?(?:of|at|to|by)\s+)?"
    r"(?:(?:about|around|nearly|some|roughly|approximately|only|just|over|under)\s+)?"
    r"(?:[$₩€£¥]|\b[A-Z]{0,2}\$|[−+-]?\b(?!1[89]\d\d\b|20\d\d\b)\d|\b(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|twelve|half|a third|a quarter|a fifth|one-\w+|two-\w+|three-\w+)\b)", I)
# The number part of NEXT_NUMBER alone: found first, so that the costly phrase before it is only
# tried in the stretch just before the first number (the phrase is at most a few words long).
NUMBER_CORE = re.compile(NEXT_NUMBER.pattern[NEXT_NUMBER.pattern.index("(?:[$₩€£¥]"):], I)
PHRASE_REACH = 100
# The rest of a list the number opens shares its words: ", 9% and 16% of exports" -> " of exports";
# "680 million Deutsche marks and 455 million Swiss francs by selling bonds" -> " by selling bonds".
LIST_REST = {
    "percent": re.compile(r"^(?:\s*(?:,|,?\s*and|,?\s*or)\s*[−+-]?\d[\d.,]*\s*(?:%|percent|per cent))+", I),
    "money": re.compile(r"^\s*,?\s*and\s+(?:[A-Z]{0,3}\$|[$€£¥₩]|[A-Z]{3}\s)?\d[\d.,]*"
                        r"(?:\s+(?:million|billion|trillion))?(?:\s+[A-Z][a-z]+){0,2}(?:\s+[a-z]+s\b)?"),
}
# A clause break: punctuation not merely separating the numbers of a list ("81.1%, 82.6% and 83%")
# nor a phrase that goes on about the same thing (", from 15 million tons to 10 million tons").
CLAUSE_BREAK = re.compile(r"[,;:—](?!\s*(?:and\s+|or\s+)?(?:[−+-]?\d|us\$|\$|(?:from|to|in|by|at)\b))", I)
# A clause restating the previous one's number ("KSh 1.2 trillion, or 40% of revenue") shares its subject.
RESTATEMENT = re.compile(r"\s*(?:or|which|amounting to|equivalent to|representing|constituting|i\.e\.)\b", I)
# Words ending the noun phrase after a number (its head noun, or the whole in "N% of <whole>").
PHRASE_END = re.compile(r"[,;:()—.\d]|\b(?:in|to|from|by|at|for|with|on|that|which|who|was|were|is|are|and|or|"
                        r"had|has|have|during|between|while|but|over|than|compared|as|per|each|every)\b", I)
OF = re.compile(r"\s*of\s", I)
OTHER_WHOLE = re.compile(r"(?:%|percent|per cent|half|thirds?|quarters?|fifths?|portion)\s+of\s", I)
SHARE_WORD = re.compile(r"\b(?:share|proportion|portion|fraction)\b", I)
SHARE_VERB = re.compile(r"\b(?:accounted for|constitut\w+|represent\w*)\b", I)
# A name of two or more capitalised words: its single words are not cues ("World Food Program").
NON_WORD = re.compile(r"\W+")
NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:of |and |for |the )?[A-Z][a-z]+)+")
Hit = tuple[re.Match[str], str, float]  # a cue found, where it stands, its weight
NEAR = ("subject", "head", "whole", "after")  # places in the number's own clause


@dataclass(frozen=True)
class Indicator:
    code: str
    label: str
    category: str
    units: tuple[str, ...]
    cues: tuple[tuple[str, re.Pattern[str]], ...]  # strong and weak cues
    description: str = ""
    weak: tuple[str, ...] = ()
    clause_bound: bool = False  # targets: a target word in another clause is about another number
    not_share: bool = False  # its percentages are changes, never "N% of" a whole
    share_only: bool = False  # its percentages are shares: only in a sentence about shares
    fallback: bool = False  # takes a number no cue explains


@lru_cache(maxsize=1)
def codebook() -> tuple[Indicator, ...]:
    flags = ("clause_bound", "not_share", "share_only", "fallback")
    return tuple(
        Indicator(
            code=e["code"], label=e["label"], category=e["category"], units=tuple(e.get("units", ())),
            cues=tuple((c, re.compile(rf"\b{re.escape(c)}\b")) for c in [*e.get("cues", ()), *e.get("weak", ())]),
            description=e.get("description", ""), weak=tuple(e.get("weak", ())),
            **{flag: bool(e.get(flag, False)) for flag in flags},
        )
        for e in load_lexicon("indicators")["indicators"]
    )


def unit_kind(unit: str) -> str:
    return "money" if CURRENCY_CODE.match(unit) else unit


def admits(indicator: Indicator, unit: str) -> bool:
    return unit in indicator.units or unit_kind(unit) in indicator.units


@lru_cache(maxsize=1)
def _cue_index() -> tuple[re.Pattern[str], dict[str, list[tuple[int, float]]]]:
    """One pattern for every cue of the codebook, and which indicators each cue points to, how strongly."""
    owners: dict[str, list[tuple[int, float]]] = {}
    for position, indicator in enumerate(codebook()):
        for cue, _ in indicator.cues:
            strength = (len(cue.split()) + 0.5) * (WEAK if cue in indicator.weak else 1.0)
            owners.setdefault(cue, []).append((position, strength))
    return re.compile(r"\b(?:" + trie_pattern(owners) + r")\b"), owners


def _cues(text: str) -> list[re.Match[str]]:
    """Every cue at every word start, shorter ones inside longer ones too ("gdp" in "gdp growth"),
    but not a one-word cue inside a name ("Council for Mutual Economic Assistance")."""
    pattern, _ = _cue_index()
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


def _phrase_end(text: str, start: int, words: int) -> int:
    """Where the noun phrase starting at `start` ends: at a preposition, verb or mark, or after `words` words."""
    stop = m.start() if (m := PHRASE_END.search(text, start)) else len(text)
    found = list(re.finditer(r"\S+", text[start:stop]))
    return start + found[words - 1].end() if len(found) > words else stop


def _after_text(sentence: str, end: int, kind: str) -> str:
    """The words after the number that are about it: past a bracketed equivalent, up to the next number."""
    after = AFTER_END.split(sentence[end : end + WINDOW_AFTER], maxsplit=1)[0]
    after = re.sub(r"^\s*\)|^\s*\([^()]*\)", "", after)  # "(US$2,260) per capita" -> " per capita"
    after = LIST_REST[kind].sub("", after) if kind in LIST_REST else after
    core = NUMBER_CORE.search(after)
    if core is None:
        return after
    nxt = NEXT_NUMBER.search(after, max(0, core.start() - PHRASE_REACH))
    return after[: nxt.start()] if nxt else after


def _breaks(before: str) -> tuple[list[tuple[int, int]], int]:
    """The clause breaks before the number, nearest first, with how many clauses each is away (";"
    and ":" end a statement: two); and where a restated clause begins ("..., or 40% of revenue")."""
    found, restated, breaks, depth = list(CLAUSE_BREAK.finditer(before)), 0, [], 0
    if found and RESTATEMENT.match(before, found[-1].end()):
        restated = found.pop().start()
    for m in reversed(found):
        depth += 2 if m.group() in ";:" else 1
        breaks.append((m.end(), depth))
    return breaks, restated


def _hits(before: str, after: str, share: bool) -> list[Hit]:
    """Each cue near the number, its place ("subject": its own clause; "restated": the clause it restates;
    "head": the phrase right after it; "whole": what a share is "of"; "before", "after", "far") and weight."""
    (breaks, restated), hits = _breaks(before), []
    # the wholes of earlier shares are theirs ("3.7% [of total state spending], but ... 19%")
    masked = [(m.end(), _phrase_end(before, m.end(), WHOLE_WORDS)) for m in OTHER_WHOLE.finditer(before)]
    for m in _cues(before):
        depth = next((d for at, d in reversed(breaks) if m.start() < at), 0)
        place = "before" if depth else "restated" if m.start() < restated else "subject"
        factor = OUTSIDE_BEFORE ** min(depth, 2) * (MASKED if any(a <= m.start() < b for a, b in masked) else 1.0)
        hits.append((m, place, factor / (1 + (len(before) - m.end()) / FADE)))
    of, first_break = OF.match(after), next((m.start() for m in CLAUSE_BREAK.finditer(after)), len(after))
    phrase_end = _phrase_end(after, of.end() if of else 0, WHOLE_WORDS if of else HEAD_WORDS)
    for m in _cues(after):
        if m.end() <= phrase_end:
            place, factor = ("whole" if share else "head", WHOLE) if of else ("head", HEAD)
        else:
            place, factor = ("after", AFTER) if m.start() < first_break else ("far", OUTSIDE_AFTER)
        hits.append((m, place, factor / (1 + m.start() / FADE)))
    return hits


def classify(sentence: str, start: int, end: int, unit: str) -> str:
    """The indicator whose cues best explain the words around the number, among those admitting its unit."""
    before = sentence[max(0, start - WINDOW_BEFORE) : start]
    after = _after_text(sentence, end, unit_kind(unit))
    # "N% of <whole>", or "this share ... N%": a share, not a change; the sentence is about shares
    # when it says so anywhere ("... accounted for 50% of trade, but by 2014 this figure was 90%")
    clause = next((at for at, _ in _breaks(before)[0]), 0)
    share = unit_kind(unit) in ("percent", "ratio") and bool(OF.match(after) or SHARE_WORD.search(before, clause))
    about_shares = share or bool(SHARE_VERB.search(before) or SHARE_WORD.search(before))
    book, (_, owners) = codebook(), _cue_index()
    found: dict[int, list[Hit]] = {}
    for m, place, factor in _hits(before, after, share):
        for position, strength in owners[m.group()]:
            ind, weak = book[position], m.group() in book[position].weak
            if not admits(ind, unit) or (ind.not_share and share) or (ind.share_only and not about_shares):
                continue
            # a generic word past the number's phrase, a target word in another clause: about something else
            if (weak and place in ("after", "far")) or (ind.clause_bound and not weak and place not in NEAR):
                continue
            weight = factor * strength * (BOUND if ind.clause_bound and not weak else 1.0)
            found.setdefault(position, []).append((m, "weak" if weak else place, weight))
    found = _longest(found)
    # "N% of <whole>" is the share of whatever its clause is about, when that is named ("defence
    # spending accounted for 3.7% of total spending"); the whole decides only when nothing is.
    if share:
        found = {p: h for p, h in found.items() if any(pl in ("subject", "restated") for _, pl, _ in h)} or found
    if not found:
        return next((i.code for i in book if i.fallback and admits(i, unit)), "unclassified")
    scores = {p: _score(hits) for p, hits in found.items()}  # an indicator's best cues, summed with decay
    top = max(scores.values())
    return book[min(p for p, s in scores.items() if s == top)].code  # on a tie the earlier entry


def _longest(found: dict[int, list[Hit]]) -> dict[int, list[Hit]]:
    """Drop a cue inside a longer cue found for the same number: it is part of that one ("spending"
    in "defense spending" is not budget spending, "gdp" in "gdp growth" is not a share of GDP)."""
    def span(m: re.Match[str]) -> tuple[int, int, int]:
        return id(m.string), m.start(), m.end()

    spans = {span(m) for hits in found.values() for m, _, _ in hits}
    inner = {s for s in spans if any(t != s and t[0] == s[0] and t[1] <= s[1] and s[2] <= t[2] for t in spans)}
    kept = {p: [h for h in hits if span(h[0]) not in inner] for p, hits in found.items()}
    return {p: hits for p, hits in kept.items() if hits}


def _score(hits: list[Hit]) -> float:
    weights = {m.group(): max(w for n, _, w in hits if n.group() == m.group()) for m, _, _ in hits}  # each cue once
    return sum(w * d for w, d in zip(sorted(weights.values(), reverse=True), RANK_DECAY))
