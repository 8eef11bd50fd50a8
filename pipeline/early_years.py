"""Years of the first millennium written as bare numbers ("In 525 King Kaleb sent …"): in a history of those
times (document_times.early_history) they date what it tells, where a word of time leads them and no noun
follows; elsewhere a number of three digits is a count."""

from __future__ import annotations

import re

from pipeline.grammar import Quantity

# after "in", "after", "from", "c.", "AD" …, before no noun ("In 525 King Kaleb sent …", "in about 340, the
# standard …", "c. 270 – c. 630", "struck coins from about 825."; not "in 300 villages", "rose by 300", "up from 318,")
ANCIENT_YEAR = re.compile(r"[1-9]\d\d")
ANCIENT_YEAR_LEAD = re.compile(r"(?:\b(?:[Ii]n|[Aa]fter|[Bb]efore|[Ss]ince|[Uu]ntil)\s+(?:about\s+|c\.\s?|circa\s+)?|\bc\.\s?|\bcirca\s+|\bAD\s+"
                               r"|\b[Ff]rom\s+(?:about\s+|c\.\s?|circa\s+)?)$")
ANCIENT_YEAR_AFTER = re.compile(r"\s*(?:[,.;:)–-]|$)|\s+(?:AD|CE|BC|BCE|and|or|when|the|onwards?|under|during|after|before|by|until)\b|\s+[A-Z]")
# two such years as one stretch: "held the Danevirke from 974 to 983,", "Period c. 800 – 1066" (the later year
# may have four digits); not "rose from 300 to 450", a change, nor "from 225 to 300 denarii", an amount's range
ANCIENT_SPAN = re.compile(r"(?P<first>[1-9]\d\d)(?:\s+to\s+|\s*[–-]\s*)(?:c\.\s?)?(?P<last>1?\d\d\d)(?!\d)")
CHANGE_BEFORE = re.compile(r"\b(?:rose|rising|risen|fell|falling|fallen|grew|grown|increased|decreased|declined|dropped|cut|raised|"
                           r"reduced|lowered|went|moved|devalued|up|down)\s+(?:\w+\s+)?$", re.IGNORECASE)


def ancient_years(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """The quantities of a sentence of such a history that are its years, not counts."""
    years = [q for q in quantities if q.rule == "bare_number" and q.value_high is None and ANCIENT_YEAR.fullmatch(text, q.start, q.end)
             and _dated(text, q.start, q.end)]
    for q in quantities:
        span = ANCIENT_SPAN.match(text, q.start)
        if q in years or span is None or not _dated(text, q.start, span.end("last")) \
                or int(span.group("first")) >= int(span.group("last")) or span.end("last") < q.end:
            continue
        # the stretch is one quantity (a range) or two (its years read apart): each of them is a year
        years += [other for other in quantities if other not in years and span.start() <= other.start and other.end <= span.end()]
    return years


def _dated(text: str, start: int, end: int) -> bool:
    """Whether a word of time leads the number at start:end and no noun follows it; "from" after a verb of
    change leads a level ("rose from 300,"), not a year."""
    lead = ANCIENT_YEAR_LEAD.search(text, max(0, start - 20), start)
    return bool(lead and ANCIENT_YEAR_AFTER.match(text, end)
                and not (lead.group()[:1] in "Ff" and CHANGE_BEFORE.search(text, max(0, lead.start() - 30), lead.start())))
