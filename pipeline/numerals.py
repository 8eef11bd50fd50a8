"""How a document writes its numbers. Most write "1,234.5"; many statistics offices write "1 234,5"
(a decimal comma, thousands grouped by spaces or points: Statistics South Africa, most of Europe and
Latin America). A document that writes decimal commas is read with its numbers rewritten in the
first style, character for character, so that every offset, and so every mention and sentence taken
from the raw text, stays as written."""

from __future__ import annotations

import re

from pipeline.number_labels import LABELLED_TELEPHONE, TELEPHONE

# "198,4", "2,7%", "R1 234,5": a comma before one or two digits that end the number (not "7,90,000",
# the Indian grouping of lakhs, nor "1,234", a thousands group); its first digit comes before the test of what stands
# before it, so that the regex engine skips to digits at once
DECIMAL_COMMA = re.compile(r"\d(?<![\d,.].)(?:\d{0,2}(?:[ \u00a0.]\d{3})+|\d*),\d{1,2}(?![\d,])")
# "12.5", "0.25": a decimal point; a section's number ("2.1 Growth") opens its line and is not counted
# ("2.500" is not counted: a thousands group as often as a decimal)
DECIMAL_POINT = re.compile(r"(?<![\d,.])(?<!^)(?!\d{1,3}\.\d{3}(?![\d.]))\d+\.\d+(?![\d.])", re.MULTILINE)
# "745 200", "1.234.567": thousands grouped by spaces or points, not opening with a 0 (a telephone
# number: "012 310 8600") nor run on by another group of digits
SPACE_GROUPED = re.compile(r"(?<![\d,.])[1-9]\d{0,2}(?:[ \u00a0]\d{3})+(?![\d]|[ \u00a0]\d)")
# (not one group before "%" or a scale word: "a 3.125% coupon", "1.125 billion" are decimals)
POINT_GROUPED = re.compile(r"(?<![\d,.])[1-9]\d{0,2}(?:\.\d{3}(?=\.\d{3}|,\d)|\.\d{3}(?![\d]|\.\d|\s?%|\s?(?:per\s?cent|thousand|million|billion|trillion|bn|m)\b))+"
                           r"(?:\.\d{3})*(?![\d]|\.\d)")


SIGNED_THOUSANDS = re.compile(r"\+[ \t]?\d{1,3}(?:[ \u00a0]\d{3})+")  # "+1 204 567": a signed change, not "+27 12 345 678"


def writes_decimal_commas(text: str, least: int = 3) -> bool:
    """Whether a document writes decimals with a comma: at least `least` numbers do, more than twice
    as many as write a decimal point."""
    commas = sum(1 for _ in DECIMAL_COMMA.finditer(text))
    return commas >= least and commas > 2 * sum(1 for _ in DECIMAL_POINT.finditer(text))


def with_decimal_points(text: str) -> str:
    """The text with numbers written "1 234,5" or "1.234,5" rewritten "1,234.5" (same length)."""
    chars = list(text)
    # (a telephone number's groups are no thousands: "Fax: +27 12 345 678")
    telephones = [m.span() for m in TELEPHONE.finditer(text) if not SIGNED_THOUSANDS.fullmatch(m.group())] \
        + [m.span("number") for m in LABELLED_TELEPHONE.finditer(text)]
    for pattern in (SPACE_GROUPED, POINT_GROUPED):
        for m in pattern.finditer(text):
            if any(start < m.end() and m.start() < end for start, end in telephones):
                continue
            for i in range(m.start(), m.end()):
                if not chars[i].isdigit():
                    chars[i] = ","
    for m in DECIMAL_COMMA.finditer(text):
        comma = text.rindex(",", m.start(), m.end())
        chars[comma] = "."
    return "".join(chars)


def as_read(text: str) -> str:
    """The text with its numbers in the style the extractor reads."""
    return with_decimal_points(text) if "," in text and writes_decimal_commas(text) else text
