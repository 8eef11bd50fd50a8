"""Amounts that name rather than count: the denominations of notes and coins ("the 25, 35 and 75 kyat
notes"), numbers listed after a number in a name ("Resolutions 1695, 1718 and 1874"), and the new
unit a redenomination counts the old ones against ("100 old won for one new won")."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.codebook import is_currency_code
from pipeline.grammar import NotFact, Quantity, _Grammar


def denominations(text: str, amounts: list[Quantity], not_facts: list[NotFact], g: _Grammar) -> list[Quantity]:
    """'the 25, 35 and 75 kyat notes': money followed by "notes"/"coins" names a denomination, and
    so do the bare numbers listed before it."""
    nouns = set(g.lexicon["denomination_nouns"])
    named = [i for i, q in enumerate(amounts) if _names_a_denomination(text, q, nouns) or _labels_a_row(text, q)]
    for i in named:
        j = i
        while j > 0 and amounts[j - 1].rule == "bare_number" and LIST_GAP_NAMES.fullmatch(text[amounts[j - 1].end : amounts[j].start]):
            j -= 1
        for q in amounts[j : i + 1]:
            not_facts.append(NotFact(q.start, q.end, "name"))
    drop = {id(n) for n in not_facts}
    return [q for q in amounts if not any(n.start == q.start and n.end == q.end for n in not_facts if id(n) in drop)]


def _names_a_denomination(text: str, q: Quantity, nouns: set[str]) -> bool:
    """'75 kyat notes', '100 inti notes' (a currency the lexicon does not know), '5-dollar bills'."""
    following = re.findall(r"[A-Za-z]+", text[q.end : q.end + 30].lower())[:2]
    if not following:
        return False
    # (a count with its scale word before "coins" counts them: "struck 310.4 million coins"; not "the 1 000 notes")
    counted = q.unit == "count" and SCALE_WORD.search(text, q.start, q.end) is not None
    return (following[0] in nouns and not counted) or (q.unit == "count" and len(following) == 2 and following[1] in nouns)


def _labels_a_row(text: str, q: Quantity) -> bool:
    """"CZK 100      104.2      10.4", "  5 cents     61.2     44.0": an amount of money opening a table's row, before
    its figures, is the row's label (a denomination, a band), not a fact."""
    return is_currency_code(q.unit) and ROW_START.search(text, 0, q.start) is not None \
        and FIGURES_AFTER.match(text, q.end) is not None and not SCALED.search(text, q.start, q.end)


ROW_START = re.compile(r"(?:^|\n)[ \t]*$")
FIGURES_AFTER = re.compile(r"[ \t]{2,}[-−(]?\d[\d,.]*(?:[ \t]{2,}[-−(]?\d[\d,.]*)+")  # two figures or more in columns
SCALED = re.compile(r"\b(?:thousand|million|billion|trillion|bn|m)\b", re.IGNORECASE)
SCALE_WORD = re.compile(r"[A-Za-z]{2,}")  # "million", "bn", "Two": a count written with words, which no face value is


LIST_GAP_NAMES = re.compile(r",?(?:[ \t]?\n?[ \t]?|\s*,\s*)(?:and\s+|or\s+)?")  # (not across a table's column gap: "16-24      412")
# "100 old won for one new won", "5,000 old manat to the new one": the new unit a redenomination
# counts the old ones against is its measure, not a second amount (nor the end of a range)
OLD_UNITS = re.compile(r"\S+\s+old\s+[\w’'-]+(?:\s+[\w’'-]+)?\s+(?:for|to|into|per)\s+")
NEW_UNIT = re.compile(r"(?:one|1|a)(?=\s+new\b)", re.IGNORECASE)


def new_units(text: str, amounts: list[Quantity], not_facts: list[NotFact]) -> list[Quantity]:
    kept: list[Quantity] = []
    for q in amounts:
        new_unit = NEW_UNIT.match(text, q.start) if kept and q.value == 1 else None
        if new_unit and OLD_UNITS.fullmatch(text, kept[-1].start, q.start):
            not_facts.append(NotFact(q.start, new_unit.end(), "part_of_mention"))
            kept[-1] = replace(kept[-1], rule="redenomination")
            continue
        kept.append(q)
    return kept


def names_in_lists(text: str, amounts: list[Quantity], not_facts: list[NotFact]) -> list[Quantity]:
    """'Resolutions 1695, 1718 and 1874': numbers listed after a number in a name are names too."""
    kept = []
    names = [n for n in not_facts if n.reason == "name" and text[n.start : n.end][:1].isdigit()]
    for q in amounts:
        previous = [n for n in names if n.end <= q.start and LIST_GAP_NAMES.fullmatch(text[n.end : q.start])]
        if previous and q.rule == "bare_number":
            names.append(NotFact(q.start, q.end, "name"))
            not_facts.append(names[-1])
        else:
            kept.append(q)
    return kept
