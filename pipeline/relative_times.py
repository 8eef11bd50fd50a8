"""Times whose extent depends on another time: "since 2021" (up to when?), a month or quarter
named without a year in a dated document, "the week ending 22 March", and "that year" at the end
of a change ("from 60 percent in 2006 to 39 percent that year").

Kept apart from dating.py, which decides which time a number refers to; these functions only
complete the times themselves (dating.settle_times calls them).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from pipeline.matching import Caseless, WordList
from pipeline.lexicon import load_lexicon
from pipeline.periods import TimeExpression
from pipeline.yearless import YEARLESS

Period = tuple[str, str]
# kinds of time a "since" may open: a single year, month or day (not a decade or a span)
OPENABLE = ("year", "month", "date")
# "remained near 30% until 1971", "stayed at 3% until June": a level that lasted up to that time
HELD_UNTIL = re.compile(r"\b(?:remained|stayed|held|kept|continued|persisted|lasted)\b[^.;:]{0,50}?\buntil\s+$")
PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:[a-z]+\s+){0,2}?(?:[a-z]+ed|been|held|kept|risen|fallen|grown|lost|"
                             r"won|stood|remained|become|made|paid|spent|traded|run|cut|set|put)\b")


@lru_cache(maxsize=1)
def _since_lead() -> Caseless:
    """'since 2021', 'ever since June 2023' right before the time; not 'the highest since 2019' or
    'the first fall since 1988', which compare a level with a record and do not open a span."""
    lex = load_lexicon("context")
    leads = "|".join(re.escape(w) for w in sorted(lex["open_span_leads"], key=len, reverse=True))
    # "since the 44 per cent devaluation of November 2023": the event the time dates
    event = r"(?:the\s+(?:[\w-]+\s+){0,5}?(?:of|in)\s+)?"
    return Caseless(rf"\b(?:{leads})\s+{event}$")


@lru_cache(maxsize=1)
def _in_force_lead() -> Caseless:
    """"From 1983 emigrants could keep deposits paying 9%", "…; from October 1991 it followed a crawling peg",
    "in force from 1 April 1991", "with effect from 1 July 2025": the time a rule, rate or price took effect,
    opening its sentence or a clause after ";", ":" or ", and", or after words of coming into force (not a change's base:
    "up 3% from 2023", "eased to 2.4%, from 2023's 5.4%")."""
    leads = "|".join(re.escape(w) for w in sorted(load_lexicon("context")["in_force_leads"], key=len, reverse=True))
    return Caseless(rf"(?:^|[;:]\s+|,\s+and\s+|\b(?:{leads})\s+)from\s+$")


# "From 2023's 5.4%", "from 2023 levels": the time of a base, no time a rule took effect
BASE_AFTER = re.compile(r"[’']s\b|\s+(?:levels?|figures?|base|peak|average)\b")
# "From 2010, exports grew 5% a year until 2015": the span closes at the time named after "until" in its clause
CLOSED_BY = re.compile(r"\b(?:until|till|to|through|up\s+to)\s+(?:(?:the\s+)?end\s+of\s+|mid-)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _record_before() -> Caseless:
    words = "|".join(re.escape(w) for w in load_lexicon("context")["record_words"])
    # ("the highest for any month since …"; not "in most years since 2010", a span's years)
    # (not "Interest payments have doubled since 2019", "The harvest has grown since 2015")
    return Caseless(rf"\b(?:(?!(?:interest|harvest|forest|protest|request|contest|honest|modest|earnest)\b)\w+est|{words})\s+"
                    rf"(?!(?:years|months|quarters|weeks|days|of)\b)(?:[\w-]+\s+){{0,2}}$")


def in_since_event(sentence: str, position: int, t: TimeExpression) -> bool:
    """Whether a position lies in the event a 'since' time dates ("since the 44 per cent devaluation
    of November 2023"): a number there is of the event's own time, not of the span it opens."""
    lead = _since_lead().search_at(sentence, 0, t.start) if t.kind == "since" and position < t.start else None
    return lead is not None and lead.start() < position


def record_base(sentence: str, start: int) -> bool:
    """Whether the time at `start` is a record's base ("its lowest since March 2018"): what a level is
    compared with, not a time of the figures around it."""
    lead = _since_lead().search_at(sentence, 0, start)
    return lead is not None and _record_before().search_at(sentence, 0, lead.start()) is not None


OTHER_STATEMENT = re.compile(r";|,\s+(?:although|though|but|while|whereas)\b")


def open_spans(
    sentence: str, times: list[TimeExpression], carried: tuple[Period, ...], today: str, last: tuple[Period, ...] = (),
) -> list[TimeExpression]:
    """'since 2021' → 2021 to the latest later time of its sentence ('… since 2021, and … in 2023'),
    else to the period the sentence continues ('The Board has reduced rates … since June 2023' after
    a meeting of 26 March 2024), else to the document's date. Without any of these the span stays
    open: its end is left empty ("in force since January 2024" → 2024-01 to …)."""
    result = []
    for t in times:
        held = HELD_UNTIL.search(sentence, max(0, t.start - 60), t.start) if t.kind in OPENABLE and "until" in sentence else None
        since = (last or carried)[-1][1] if held and (last or carried) else ""
        if since and since < t.period[0]:
            # "… peaking at 30.4% in 1967. … Defense spending remained near 30% until 1971": from the
            # time named last before to then
            result.append(TimeExpression(t.start, t.end, ((since, t.period[1]),), "span"))
            continue
        if t.kind in OPENABLE and "from" in sentence[max(0, t.start - 30) : t.start].lower() \
                and _in_force_lead().search_at(sentence, 0, t.start) is not None and not BASE_AFTER.match(sentence, t.end):
            # in force from then on: a span without an end ("From 1 January 2004 … a single rate of 19%"), unless
            # its clause names when it ended ("… until 2015")
            end = next((u.period[1] for u in times if u.start >= t.end and not OTHER_STATEMENT.search(sentence, t.end, u.start)
                        and CLOSED_BY.search(sentence, max(t.end, u.start - 20), u.start)), "")
            result.append(TimeExpression(t.start, t.end, ((t.period[0], end),), "since"))
            continue
        lead = _since_lead().search_at(sentence, 0, t.start)
        if t.kind not in OPENABLE or lead is None or record_base(sentence, t.start):
            result.append(t)
            continue
        begin = t.period[0]
        # (not a time of another statement: "…; the sol traded at 3.7 in 2024", "…, although it fell in 2019")
        later = [u.period[1] for u in times if u is not t and u.kind != "plan_list" and u.period[1][:4] > begin[:4]
                 and not OTHER_STATEMENT.search(sentence, min(t.end, u.start), max(t.start, u.end))]
        # "has held its rate at 22 percent since June 2023": the present perfect runs to the present,
        # the document's date, unless the sentence continues the day of an event ("at its meeting
        # held on 26 March 2024 … The Board has reduced rates … since June 2023")
        now = [today] if today > begin else []
        continued = [p[1] for p in carried if p[1] > begin]
        if PRESENT_PERFECT.search(sentence, 0, lead.start()) and not any(len(end) == 10 for end in continued):
            continued = []
        ends = later or continued or now
        # without an end the span stays open: "a royalty in force since January 2024" → 2024-01 to …
        result.append(TimeExpression(t.start, t.end, ((begin, max(ends) if ends else ""),), "since"))
    return result


def year_by_document_date(periods: tuple[Period, ...], today: str) -> str:
    """The year of a month or quarter named without one in a dated document ('Unemployment stood at
    16.4 percent in the fourth quarter' in an article of 18 April 2024): the latest such time that
    had begun by the document's date (2023-10/2023-12; 'in January' → 2024-01)."""
    if not today[:4].isdigit():
        return ""
    year = int(today[:4])
    first = periods[0][0].replace(YEARLESS, str(year))
    if first[: len(today)] <= today or _days_ahead(first, today) <= UPCOMING_DAYS:  # ("18 February" in a "February 2025" report)
        return str(year)  # a day just after the document's date is to come ("the meeting on March 25")
    return str(year - 1)


UPCOMING_DAYS = 31


def _days_ahead(day: str, today: str) -> int:
    """Days from the document's date to a day after it; a month or a year is never 'just after'."""
    try:
        return (date.fromisoformat(day) - date.fromisoformat(today)).days
    except ValueError:
        return 10**6


def shifted(end: str, months: int, from_today: bool = False, roughly: bool = False) -> tuple[Period, ...]:
    """The time `months` before or after a period's end, to the precision of the time counted from
    ("70.5% a year earlier" than 2024-12 → 2023-12; "$34.8 billion a month earlier" than 2024-03-13 →
    2024-02-13); whole years as a year when counted from today ("two years ago") or `roughly`
    ("within two years" of August 1985 → 1987); "three months ago" → the month. A month counted
    from a bare year is unknown."""
    if not end[:4].isdigit():
        return ()
    if months % 12 == 0 and (len(end) < 7 or from_today or roughly):
        year = str(int(end[:4]) + months // 12)
        return ((year, year),)
    if len(end) < 7:
        return ()
    index = int(end[:4]) * 12 + int(end[5:7]) - 1 + months
    month = f"{index // 12}-{index % 12 + 1:02d}"
    if len(end) == 10 and not from_today:
        day = f"{month}-{min(int(end[8:]), _month_days(index)):02d}"
        return ((day, day),)
    return ((month, month),)


def shifted_days(end: str, days: int) -> tuple[Period, ...]:
    """The day `days` before or after a period's end when that is a day ("two days later" than 10
    December 2023 → 2023-12-12); within a month or a year, that month or year."""
    if len(end) == 10 and end[:4].isdigit():
        day = (date.fromisoformat(end) + timedelta(days=days)).isoformat()
        return ((day, day),)
    return ((end, end),) if end[:4].isdigit() else ()


def _month_days(index: int) -> int:
    year, month = divmod(index, 12)
    following = date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    return (following - timedelta(days=1)).day


@lru_cache(maxsize=1)
def _future_markers() -> WordList:
    return WordList(load_lexicon("context")["future_markers"])


def weekday_date(spec: str, today: str, before: str) -> tuple[Period, ...]:
    """'on Thursday' in a story dated Friday 15 March 2024 → 2024-03-14: the latest such day up to
    the dateline; 'next Tuesday', or after 'will', 'is due', the first one after it."""
    try:
        dateline = date.fromisoformat(today)
    except ValueError:
        return ()
    if spec.startswith("week "):  # "this week", "last week": Monday to Sunday
        monday = dateline - timedelta(days=dateline.weekday()) + timedelta(weeks=int(spec.split()[1]))
        return ((monday.isoformat(), (monday + timedelta(days=6)).isoformat()),)
    weekday = int(spec.split()[1])
    if spec.endswith("next") or _future_markers().search(before) is not None:
        day = dateline + timedelta(days=(weekday - dateline.weekday()) % 7 or 7)
    else:
        day = dateline - timedelta(days=(dateline.weekday() - weekday) % 7)
    return ((day.isoformat(), day.isoformat()),)


def week_before(periods: tuple[Period, ...]) -> tuple[Period, ...]:
    """'the week ending 22 March 2024' → the seven days 2024-03-16/2024-03-22."""
    result = []
    for _, end in periods:
        try:
            last = date.fromisoformat(end)
        except ValueError:
            return periods
        result.append(((last - timedelta(days=6)).isoformat(), end))
    return tuple(result)


def anaphor_referent(sentence: str, before: list[TimeExpression], anaphor_start: int) -> list[TimeExpression]:
    """The times 'that year' may stand for, nearest last. At the end of a change ('fell from 60
    percent in 2006 to 39 percent that year') it is not the change's starting year, which would
    make the change no change: it is the year named before that ('… in 2014, and the share …')."""
    if not before:
        return before
    last = before[-1]
    starts_change = re.search(r"\bfrom\s+[^,;]{1,40}\s+(?:in|of)\s+$", sentence[: last.start])
    ends_change = re.match(r"\s+to\s+[^,;]{1,40}$", sentence[last.end : anaphor_start])
    return before[:-1] if starts_change and ends_change and len(before) > 1 else before


@lru_cache(maxsize=1)
def _outside_cues() -> WordList:
    return WordList(load_lexicon("context")["outside_period_cues"])


def outside_paragraph_period(sentence: str) -> bool:
    """'… its target of 5 per cent over the medium term', 'Prior to this transformation, farmers were
    more than 70% of …': the sentence says its numbers are of a time other than the one its
    paragraph speaks of (an undated horizon, a time before it), so it does not continue that period; nor does a
    line of notes under it ("Notes: production 41.6 + 12.9 = 54.5 million kg"), which checks the whole report's sums."""
    return _outside_cues().search(sentence) is not None or NOTES_LINE.match(sentence) is not None


NOTES_LINE = re.compile(r"\s*Notes?\s*:")


def deictic_month(phrase: str, today: str) -> tuple[Period, ...]:
    """'last month' (phrase "last 0"), 'this month', 'next month', 'last September' ("last 9"): a month
    counted from the document's date; () in an undated document."""
    if not today[:7].replace("-", "").isdigit() or len(today) < 7:
        return ()
    way, month = phrase.split()
    year, current = int(today[:4]), int(today[5:7])
    if int(month) == 0:
        shift = {"last": -1, "this": 0, "next": 1}[way]
        index = year * 12 + current - 1 + shift
    else:
        named = int(month)
        if way == "last":
            index = (year if named < current else year - 1) * 12 + named - 1
        elif way == "next":
            index = (year if named > current else year + 1) * 12 + named - 1
        else:
            index = year * 12 + named - 1
    month_of = f"{index // 12}-{index % 12 + 1:02d}"
    return ((month_of, month_of),)
