"""Sums in the shillings and pence of sterling before decimal money, as histories write them: "1s", "2s 6d", "6d"."""

from __future__ import annotations

import re
from decimal import Decimal

from pipeline.grammar import Quantity

# "2s 6d", "5s", "6d", "2½d" (not "the 1850s", "in their 30s", "1s and 0s": a decade, an age, digits)
SHILLINGS_AND_PENCE = re.compile(r"(?<![\w.,£$'’-])(?:(?P<s>\d{1,2})s(?:[ \t]+(?P<d>\d{1,2})d)?|(?P<pence>\d{1,2})(?P<part>[½¼¾])?d)\b(?![-’'])")
PARTS_OF_A_PENNY = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}
NOT_MONEY_BEFORE = re.compile(r"\b(?:the|their|his|her|its|our|early|mid|late)[ \t]+$", re.IGNORECASE)
# a sentence that writes sterling's money: a pound sign, "2s 6d", the coins by name, or a sum at a rate or over a
# range that only money takes ("paid 10s a year", "2d a day", "10s to 12s each")
STERLING_CONTEXT = re.compile(r"£|\b\d{1,2}s[ \t]+\d{1,2}d\b|\b(?:shillings?|pence|penny|guineas?)\b"
                              r"|(?<![\w.,'’-])\d{1,2}[½¼¾]?[sd][ \t]+(?:a|an|per|each)[ \t]+(?:day|week|month|year|quarter|head|acre)\b"
                              r"|(?<![\w.,'’-])\d{1,2}s[ \t]+to[ \t]+\d{1,2}s\b")
PENCE_IN_A_SHILLING = Decimal(12)


def sterling_sums(text: str) -> list[Quantity]:
    """The sums of a sentence written in shillings and pence: "2s 6d" is 2.5 shillings, "6d" six pence; none in a
    sentence that writes no sterling."""
    if not STERLING_CONTEXT.search(text):
        return []
    found = []
    for m in SHILLINGS_AND_PENCE.finditer(text):
        if NOT_MONEY_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        if m.group("pence"):
            pence = Decimal(m.group("pence")) + PARTS_OF_A_PENNY.get(m.group("part") or "", Decimal(0))
            found.append(Quantity(m.start(), m.end(), pence, "pence", "sterling"))
            continue
        pence = Decimal(m.group("d") or 0) / PENCE_IN_A_SHILLING
        value = (Decimal(m.group("s")) + pence).quantize(Decimal("0.0001")) if pence else Decimal(m.group("s"))
        found.append(Quantity(m.start(), m.end(), value, "shillings", "sterling"))
    return found
