"""Sums in the shillings and pence of sterling before decimal money, as histories write them: "1s", "2s 6d", "6d"."""

from __future__ import annotations

import re
from dataclasses import replace
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
SHILLINGS_IN_A_POUND = Decimal(20)
# "£64 12s", "£3 2s 6d": pounds with their shillings and pence, one sum in pounds
POUNDS_SHILLINGS = re.compile(r"£(?P<pounds>\d{1,3}(?:,\d{3})*)[ \t]+(?P<s>\d{1,2})s(?:[ \t]+(?P<d>\d{1,2})d)?\b")
# "10s to 12s", "2d to 3d": a range of shillings or of pence
SUM_RANGE = re.compile(r"[ \t]+to[ \t]+")
FROM_BEFORE = re.compile(r"\bfrom[ \t]+$")


def sterling_sums(text: str) -> list[Quantity]:
    """The sums of a sentence written in shillings and pence: "2s 6d" is 2.5 shillings, "6d" six pence; none in a
    sentence that writes no sterling."""
    if not STERLING_CONTEXT.search(text):
        return []
    found = [Quantity(m.start(), m.end(), _in_pounds(m), "GBP", "sterling") for m in POUNDS_SHILLINGS.finditer(text)]
    for m in SHILLINGS_AND_PENCE.finditer(text):
        if NOT_MONEY_BEFORE.search(text, max(0, m.start() - 8), m.start()) or any(q.start <= m.start() < q.end for q in found):
            continue
        if m.group("pence"):
            pence = Decimal(m.group("pence")) + PARTS_OF_A_PENNY.get(m.group("part") or "", Decimal(0))
            found.append(Quantity(m.start(), m.end(), pence, "pence", "sterling"))
            continue
        pence = Decimal(m.group("d") or 0) / PENCE_IN_A_SHILLING
        value = (Decimal(m.group("s")) + pence).quantize(Decimal("0.0001")) if pence else Decimal(m.group("s"))
        found.append(Quantity(m.start(), m.end(), value, "shillings", "sterling"))
    return _ranges(text, found)


def _in_pounds(m: re.Match[str]) -> Decimal:
    shillings = Decimal(m.group("s")) + Decimal(m.group("d") or 0) / PENCE_IN_A_SHILLING
    return (Decimal(m.group("pounds").replace(",", "")) + shillings / SHILLINGS_IN_A_POUND).quantize(Decimal("0.0001")).normalize()


def _ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """Sums of one unit joined by "to" as one range ("oxen cost 10s to 12s each")."""
    joined: list[Quantity] = []
    for q in found:
        low = joined[-1] if joined else None
        if low and low.unit == q.unit and low.value_high is None and SUM_RANGE.fullmatch(text, low.end, q.start) and low.value < q.value \
                and not FROM_BEFORE.search(text, max(0, low.start - 6), low.start):  # (not a change: "rose from 5s to 8s")
            joined[-1] = replace(low, end=q.end, value_high=q.value, rule="range")
        else:
            joined.append(q)
    return joined
