"""Figures a notes line restates: "Notes: 287,500 / 262,100 = 1.097", "Operating income 560.0 + 210.3 = 770.3"
under a table in "₦ billion". The line checks the document's sums with the bare figures the document stated
with their units, so each bare figure is the amount it restates (287,500 tonnes, ₦560.0 billion)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from pipeline.codebook import is_currency_code
from pipeline.grammar import parse_number
from pipeline.records import Observation

# a line of notes, or a line of sums ("770.3 - 322.0 - 45.7 = 402.6"), where a bare figure restates one
NOTES_OPENING = re.compile(r"[ \t]*(?:Notes?|Arithmetic|Checks?|Calculations?)\b[^:\n]{0,60}:")
SUM = re.compile(r"\d[ \t]*[-+/x×−*][ \t]*[\d(][^\n=]{0,80}=[ \t]*[−-]?\d")
# the figure as written, without its unit or sign: "287,500" in "287,500 tonnes", "560.0" in "₦560.0 billion"
FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
# an operand of the line's arithmetic: an operator after it or before it ("287,500 / 262,100 = 1.097"; not "1,250 households")
OPERATOR_AFTER = re.compile(r"[ \t]*[-+/x×*−÷=]\s*[\d(]")  # (the sum may go on on the next line)
OPERATOR_BEFORE = re.compile(r"[\w)%][ \t]*[-+/x×*−÷=][ \t]*$")
# a figure distinctive enough to be the same one said again: a decimal, or three digits or more ("2" is any two)
DISTINCTIVE = re.compile(r"\d[\d,]*\.\d+|\d{1,3}(?:,\d{3})+|\d{3,}")


def _line_at(text: str, position: int) -> str:
    return text[text.rfind("\n", 0, position) + 1 : (end if (end := text.find("\n", position)) >= 0 else len(text))]


def _in_notes(text: str, row: Observation) -> bool:
    line = _line_at(text, row.char_start)
    return bool(NOTES_OPENING.match(line) or ("=" in line and SUM.search(line)))  # (a sum needs its "=")


def _operand(text: str, row: Observation) -> bool:
    return bool(OPERATOR_AFTER.match(text, row.char_end) or OPERATOR_BEFORE.search(text, max(0, row.char_start - 12), row.char_start))


def _scaled(figure: str, value: str) -> bool:
    try:
        return parse_number(figure) != Decimal(value)
    except InvalidOperation:
        return False


def restated_in_notes(observations: list[Observation], text: str) -> list[Observation]:
    """Each bare figure a notes line calculates with, with the value and unit of the figure it restates: the nearest
    one stated before it with a unit (else the first after it), written with the same digits."""
    noted = [_in_notes(text, row) for row in observations]
    stated: dict[str, list[Observation]] = {}
    for row, in_notes in zip(observations, noted):
        # (a count too, when a scale made it more than its digits: "2,410.0" under "(thousand visits)")
        if not in_notes and not row.value_high and (figure := FIGURE.search(row.mention)) \
                and (row.unit != "count" or _scaled(figure.group(), row.value)):
            stated.setdefault(figure.group(), []).append(row)
    if not stated:
        return observations
    result = []
    for row, in_notes in zip(observations, noted):
        if in_notes and row.unit in ("count", "persons") and DISTINCTIVE.fullmatch(row.mention.strip()) and _operand(text, row) \
                and (same := stated.get(row.mention.strip())):
            earlier = [other for other in same if other.char_start < row.char_start]
            first = earlier[-1] if earlier else same[0]
            if row.unit == "persons" and is_currency_code(first.unit):
                result.append(row)
                continue  # "Notes: 1,250 + 3,400 = 4,650 beneficiaries": people, not the sum "KSh 1,250" said before
            row = replace(row, value=first.value.removeprefix("-"), unit=first.unit, indicator=first.indicator, subject=first.subject,
                          period_start=first.period_start, period_end=first.period_end, source=first.source)
        result.append(row)
    return result
