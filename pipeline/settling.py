"""Settling a sentence's times: completing those that name no year ("in March", "that year", "a
year earlier", "last month", "within two years") from the sentence, its paragraph and the document's
date, and reading fiscal years as months."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple
from functools import lru_cache

from pipeline.lexicon import load_lexicon
from pipeline.matching import WordList, trie_pattern
from pipeline.period_values import _months
from pipeline.periods import TimeExpression
from pipeline.yearless import YEARLESS, yearless_times
from pipeline.relative_times import (
    anaphor_referent, deictic_month, open_spans, record_base, shifted, shifted_days, week_before, weekday_date, year_by_document_date,
)
from pipeline.tense import speaks_of_future, tells_of_past

Period = tuple[str, str]


@lru_cache(maxsize=1)
def contrast_links() -> WordList:
    """'down from', 'compared with': a time after such words is what another is contrasted with."""
    return WordList(load_lexicon("context")["contrast_links"])


class FiscalYear(NamedTuple):
    """The months a document's fiscal years run from and to: (7, 6) from 1 July to 30 June; (7, 7) from
    mid-July to mid-July, whose years end in the month they begin in."""

    start: int = 1
    end: int = 12
    by_start: bool = False  # "FY2024" names the year it starts in (Japan's April 2024 to March 2025), not the one it ends in
    written_in_full: bool = False  # its years are written "2025-2026" ("the 2023-2024 financial year"), not only "2025-26"
    # the months of the season its split years name ("the 2023/24 season (October 2023 to June 2024)"); 0 when none
    season_start: int = 0
    season_end: int = 0
    seasons_by_default: bool = False  # its split years are seasons unless a sentence speaks of a fiscal year
    season_kind: str = ""  # the word the season is named by, lower-cased ("fishing" season), "" for "the season"
    quarters_fiscal: bool = False  # its quarters are counted from the fiscal year's start ("Q2 OF FINANCIAL YEAR 2024-25 (JULY - SEPTEMBER 2024)")
    years_fiscal: bool = False  # its plain years are its fiscal years, as it defines them ('"2023" means … 1 September 2023 to 31 August 2024')


CALENDAR_YEAR = FiscalYear()


MONTHS_PRICED_AHEAD = 3  # a month a price is "for", up to a quarter after the document's date, is the coming one


def settle_times(
    sentence: str, times: list[TimeExpression], carried: tuple[Period, ...] = (), fiscal: FiscalYear = CALENDAR_YEAR,
    last: tuple[Period, ...] = (), today: str = "",
) -> list[TimeExpression]:
    """The sentence's times with those that name no year completed: a month or quarter takes the
    year of the nearest dated time of its sentence, else of the period the sentence continues;
    "the same year", "that year" stand for the year named last before them, in the sentence or
    (`last`) in the one before; "this year", "last year" count from the document's date (`today`). Split fiscal years ("FY2022/23") run from the month the document's
    fiscal year starts in."""
    full = open_spans(sentence, [as_fiscal(t, sentence, fiscal) for t in times],
                      carried, today, last)
    dated = [t for t in full if t.kind not in ("plan", "plan_list")]
    settled = list(full)
    for t in yearless_times(sentence):
        if any(t.start < u.end and u.start < t.end for u in full):
            continue
        t = _fiscal_quarter(t, sentence, fiscal, (carried or last or ((today, today),))[-1][1])
        before = [u for u in dated if u.end <= t.start]
        if t.kind == "yearless_relative":  # "two years earlier": from the time named before; "ago": from today
            months, ago = int(t.period[1].split()[0]), t.period[1].endswith("ago")
            # counted from the time named last before it, a yearless one too ("on March 13 from … a month earlier")
            # (not a record's base: "its highest close since 7 March, … 22.8% below its level of a year earlier")
            named = [u for u in settled if u.end <= t.start and u.kind not in ("plan", "plan_list") and not record_base(sentence, u.start)]
            referent = ((today, today),) if ago and today else (named[-1].periods if named else carried or last)
            # "Eleven years after the conflict escalated in March 2015": from the event it names
            event = next((u for u in dated if u.start >= t.end and not CLAUSE_END.search(sentence, t.end, u.start)), None) \
                if AFTER_EVENT.search(sentence, t.start, t.end) else None
            referent = event.periods if event else referent
            roughly = t.period[1].endswith("within")
            if t.period[1].split()[1] == "days":  # "two days later": a day counted from a day, else its month
                periods = shifted_days(referent[-1][1], months) if referent and not (ago and not today) else ()
            else:
                periods = shifted(referent[-1][1], months, ago, roughly) if referent and not (ago and not today) else ()
            if periods and roughly:
                # "left within two years" of 1975: the stretch from then (1975/1977); the level a change
                # reached by its end takes the end (see extract._ends_of_a_change)
                periods = ((referent[-1][0], periods[0][1]),)
            if periods and referent and not ago and not roughly and referent[-1][0] != referent[-1][1]:
                # "five years earlier" than FY2025/26 (2025-07/2026-06): the same stretch, moved back
                opened = shifted(referent[-1][0], months)
                periods = ((opened[0][0], periods[0][1]),) if opened else periods
        elif t.kind == "yearless_weekday":  # "on Thursday": the dateline's week
            periods = weekday_date(t.period[1], today, sentence[: t.start])
        elif t.kind == "yearless_deictic_month":  # "last month", "last September": from the document's own date
            periods = deictic_month(t.period[1], today)
        elif t.kind == "yearless_deictic":  # "this year", "last year": from the document's own date
            offset = load_lexicon("context")["deictic_years"][t.period[1]]
            periods = ((str(int(today[:4]) + offset),) * 2,) if today else ()
        elif t.kind == "yearless_same_day":  # "the same day": the day the sentence named last before it
            days = [u.periods[-1] for u in settled if u.end <= t.start and len(u.periods[-1][1]) == 10]
            periods = (days[-1],) if days else ()
        elif t.kind == "yearless_both_years":  # "in both years": the last two years named before it
            named = [p for u in settled if u.end <= t.start and u.kind not in ("plan", "plan_list") for p in u.periods]
            distinct = list(dict.fromkeys(p for p in named if p[0] == p[1] and len(p[0]) == 4))
            periods = tuple(distinct[-2:]) if len(distinct) >= 2 else ()
        elif t.kind == "yearless_anaphor":
            candidates = anaphor_referent(sentence, before, t.start)
            referent = candidates[-1].periods if candidates else last or carried
            periods = _year_after(referent[-1], load_lexicon("context")["year_anaphora"][t.period[1]]) if referent else ()
            if periods and t.period[0]:  # "at the end of that year": its month
                periods = ((f"{periods[-1][1][:4]}-{t.period[0]}",) * 2,)
        else:
            # a time after it that the sentence contrasts it with ("in the week ending 22 March, down
            # from a peak of 28.2 per cent in November 2022") does not give it its year
            # nor does a record's base ("in September to 1.4%, its lowest since March 2018"), nor, in a
            # dated document, a time after it (the document's date places it better)
            anchor = before[-1] if before else None if today[:4].isdigit() else next(
                (u for u in dated if u.start >= t.end and not contrast_links().search(sentence, t.end, u.start)
                 and not record_base(sentence, u.start)), None)
            year = anchor.period[1][:4] if anchor else (carried[0][1][:4] if carried else "")
            reference = anchor.period[1] if anchor else (carried[-1][1] if carried else "")
            if year and len(reference) >= 7 and _turns_the_year(t.periods[0][0], reference, sentence, t.start):
                year = str(int(year) + 1)  # "passed on 27–28 December 1989 took effect on 1 January": January 1990
            if not anchor and year and today[:4].isdigit() and year < today[:4] \
                    and t.periods[0][1].replace(YEARLESS, today[:4])[: len(today)] <= today:  # (to the date's precision)
                year = today[:4]  # "in 2023 … Inflation declined to 5.0 percent in April" under a May 2024 dateline: this April
            if base := SAME_PERIOD_OF.search(sentence, t.end):
                year = str(int(base.group("year")) + 1)  # "in January to April …, up 17.6% from the same months of 2024"
            if t.kind.endswith("_this") and today[:4].isdigit():
                year = today[:4]  # "the first five months of this year"
            if "@" in t.kind and today[:4].isdigit():
                year = str(int(today[:4]) + int(t.kind.split("@")[1]))  # "in January last year"
            # (months across the new year, "the 12 months to June", are of the year their last month is in)
            opening = t.periods[0][0] if t.periods[0][0] <= t.periods[0][1] else t.periods[0][1]
            if year and not anchor and today[:4] == year and opening.replace(YEARLESS, year)[: len(today)] > today:
                year = ""  # "in October" after a paragraph about this year, in a March dateline: last October
            if year and not anchor and today and year > today[:4] and tells_of_past(sentence):
                year = ""  # "… by June 2027. Investors bought … in January": a past January, not a planned one
            if not year and today[:4].isdigit() and speaks_of_future(sentence):
                # "expects 5% by the end of the year", "will meet in December": the coming one
                first = opening.replace(YEARLESS, today[:4])
                year = today[:4] if first[:7] >= today[:7] else str(int(today[:4]) + 1)
            if t.kind == "yearless_month_for" and not year and today[:4].isdigit() and len(today) >= 7 and len(opening) >= 7 \
                    and 0 < int(opening[5:7]) - int(today[5:7]) <= MONTHS_PRICED_AHEAD:
                year = today[:4]  # "for October shipment" in a September report: the coming October
            year = year or year_by_document_date(t.periods, today)
            periods = tuple((a.replace(YEARLESS, year), b.replace(YEARLESS, year)) for a, b in t.periods) \
                if year or YEARLESS not in t.periods[0][0] else ()  # (a fiscal quarter placed already: _fiscal_quarter)
            # "the 2024/25 marketing year (November–October)": months that run across the new year
            # start in the year before the one they end in
            periods = tuple((_year_before(a) if a > b else a, b) for a, b in periods)
            periods = week_before(periods) if t.kind == "yearless_week" and periods else periods
            if t.kind == "yearless_year_part" and t.period[1].endswith("-12") and carried \
                    and carried[-1][1][5:7] == f"{fiscal.end:02d}" and not before:
                # "staff at the year-end" after "at 30 June 2025" in the accounts of a year to June: that month
                periods = ((carried[-1][1][:7],) * 2,)
        if periods:
            found = TimeExpression(t.start, t.end, tuple(periods), "within" if t.kind == "yearless_relative"
                                   and t.period[1].endswith("within") else t.kind)
            if t.kind.split("@")[0] in ("yearless_month", "yearless_day"):
                # "has risen by a third since January": from that month to the present, as "since 2021"
                opened = open_spans(sentence, [replace(found, kind="month")], carried, today)[0]
                found = replace(opened, kind=t.kind) if opened.kind == "since" and opened.period[1] else found
            settled.append(found)
    return _same_part_of(sentence, sorted(settled, key=lambda t: t.start), last or carried)


# "in the same month of 2023", "in the same period of the previous year": the months of the time named
# before, in that year
# (its own time: "8.44% in the same period of …"; not a base: "up 23.5% compared with the same quarter of …")
SAME_PART_OF = re.compile(r"\b(?:in|during|for)\s+the\s+(?:same|corresponding)\s+(?:month|months|period|quarter|week|weeks)\s+(?:of|in)\s+$",
                          re.IGNORECASE)


def _same_part_of(sentence: str, settled: list[TimeExpression], earlier: tuple[Period, ...]) -> list[TimeExpression]:
    """A year named as the same part of it as the time before ("… was 4.38% (January–October), compared
    with 8.44% in the same period of the previous year"): that part of the year."""
    result = []
    for t in settled:
        year = t.periods[0][0] if len(t.periods) == 1 else ""
        # a year, or a split year ("the corresponding period of 2024-25": the same months a year before)
        split = len(year) == 4 and t.periods[0][1].isdigit() and int(t.periods[0][1]) - int(year or 0) == 1
        if len(year) == 4 and year.isdigit() and (t.periods[0][1] == year or split) \
                and SAME_PART_OF.search(sentence, max(0, t.start - 40), t.start):
            named = [u.periods[-1] for u in settled if u.end <= t.start and u.periods and len(u.periods[-1][0]) > 4]
            referent = named[-1] if named else next((p for p in earlier[-1:] if len(p[0]) > 4), None)
            if referent and referent[0][:4] == referent[1][:4]:
                t = replace(t, periods=((year + referent[0][4:], year + referent[1][4:]),))
        elif len(t.periods) == 1 and year_not_from_january(t.periods[0]) and SAME_PART_OF.search(sentence, max(0, t.start - 40), t.start):
            # "during the corresponding period of 2024-25" (April to March): the referent's months in that year
            named = [u.periods[-1] for u in settled if u.end <= t.start and u.periods and len(u.periods[-1][0]) == 7]
            referent = named[-1] if named else None
            placed = [_month_within(month[5:], t.periods[0]) for month in referent] if referent else []
            if placed and all(placed) and placed[0] <= placed[1]:
                t = replace(t, periods=((placed[0], placed[1]),))
        result.append(t)
    return result


def _month_within(month: str, span: Period) -> str:
    """The month ("09") as it falls within a twelve-month span ("2024-04" to "2025-03"): "2024-09"."""
    return next((f"{year}-{month}" for year in (span[0][:4], span[1][:4]) if span[0] <= f"{year}-{month}" <= span[1]), "")


def refines(periods: tuple[Period, ...], times: list[TimeExpression]) -> bool:
    """Whether a sentence's period is a month or quarter it names without a year ("Growth in the
    fourth quarter alone was 8.2%"): a part of its paragraph's period, which the next sentence
    continues rather than the part."""
    return any(t.kind.startswith("yearless_") and t.kind != "yearless_anaphor" and t.periods == periods for t in times)


def _year_after(period: Period, offset: int) -> tuple[Period, ...]:
    """The (last) year of a period, moved on by `offset` years: "that year" after "in December 2023"
    is 2023; after a fiscal year (twelve months from 2023-04 to 2024-03, or a split year 2023/2024)
    it is that fiscal year, and "the year before" the twelve months before it."""
    year = (period[1] or period[0])[:4]  # (a span open to the future: "From 1999 …, of 3.2% of GDP that year")
    if not year.isdigit():
        return ()
    if year_not_from_january(period):
        first, last = (shifted(end, 12 * offset)[0][0] for end in period)
        return ((first, last),)
    if len(period[0]) == 4 and period[0].isdigit() and len(period[1]) == 4 and int(period[1]) - int(period[0]) == 1:
        # a split year ("FY2023/24" without a known calendar): the one before is "2022/23"
        return ((str(int(period[0]) + offset), str(int(period[1]) + offset)),)
    year = str(int(year) + offset)
    return ((year, year),)


def _year_before(date: str) -> str:
    return f"{int(date[:4]) - 1}{date[4:]}"


def year_not_from_january(period: Period) -> bool:
    """Whether a period is a year that does not start in January ("2023-04" to "2024-03"; "2023-07"
    to "2024-07" for a year from mid-July)."""
    first, last = period
    if len(first) != 7 or len(last) != 7 or first[5:] == "01":
        return False
    return (int(last[:4]) * 12 + int(last[5:])) - (int(first[:4]) * 12 + int(first[5:])) in (11, 12)


AFTER_EVENT = re.compile(r"\b(?:after|before)$")  # "two years after", not "two years later"
CLAUSE_END = re.compile(r"[,;:.—–]")


def as_fiscal(t: TimeExpression, text: str, fiscal_year: FiscalYear) -> TimeExpression:
    """A time read by the document's fiscal calendar: "2024-25", "FY2024" as the months of that fiscal
    year; "at the end of FY2024/25", "end-FY2027/28" as its last month."""
    if t.kind == "fiscal_quarter" and not FISCAL_NAMED.search(text, t.start, t.end):
        # "Q2 2024-25": where no fiscal year is known, the calendar quarter of its first year, as "Q2 2024" reads;
        # else that quarter of the fiscal year that ends in its second year
        if fiscal_year.start == 1:
            return replace(t, kind="quarter")
        (first, last), = t.periods
        t = replace(t, periods=((f"{int(first[:4]) + 1}{first[4:]}", f"{int(last[:4]) + 1}{last[4:]}"),))
    if t.kind == "year" and fiscal_year.years_fiscal:
        t = replace(t, kind="fiscal")  # "the 2023 crop", "in 2022" where "2023" means the crop year from September 2023
    fiscal = _fiscal(_split_year(t, text, fiscal_year), fiscal_year)
    if fiscal is not t and fiscal.kind in ("fiscal_span", "fiscal") and END_OF.search(text, max(0, t.start - 16), t.start):
        last = fiscal.periods[0][1]
        return replace(fiscal, periods=((last, last),))
    return fiscal


END_OF = re.compile(r"\bend(?:\s+of(?:\s+the)?\s+|-)$", re.IGNORECASE)
FISCAL_NAMED = re.compile(r"\b(?:FY|fiscal|financial|budget)", re.IGNORECASE)  # (also "FY2025-26")


SPLIT_YEAR = re.compile(r"(?:FY\s?)?(?:1[89]|20)\d\d\s*[/–-]\s*\d\d[a-z*]?")  # "2024-25", "2025/26", "FY2024/25", "2024-25p"
CALENDAR_WORD = re.compile(r"\bcalendar\b", re.IGNORECASE)  # "in the 2021-2022 calendar years": not a fiscal year
FULL_SPLIT_YEAR = re.compile(r"(?:FY\s?)?(?:1[89]|20)\d\d[–-](?:1[89]|20)\d\d")  # "2025-2026"


def _split_year(t: TimeExpression, sentence: str, fiscal_year: FiscalYear) -> TimeExpression:
    """"2020/21", "2024-25" in a document whose fiscal year runs from April: that fiscal year, not two
    calendar years ("2015–2019", with the second year in full, stays a span of years; "2025-2026" is a
    fiscal year where the document writes its fiscal years so)."""
    written = sentence[t.start : t.end]
    split = "/" in written or SPLIT_YEAR.fullmatch(written) or (fiscal_year.written_in_full and FULL_SPLIT_YEAR.fullmatch(written)
                                                                  and not CALENDAR_WORD.search(sentence))
    if t.kind != "span" or not split:
        return t
    first, last = t.period
    if not (last.isdigit() and first.isdigit() and int(last) - int(first) == 1):
        return t
    season = (fiscal_year.season_start, fiscal_year.season_end)
    named = SEASON_AFTER.match(sentence, t.end)
    if named and named.group("kind") and fiscal_year.season_kind and named.group("kind").lower() not in (fiscal_year.season_kind, "the"):
        return t if fiscal_year.start == 1 else replace(t, kind="fiscal_span")  # "the 2023/24 tourist season" where a rainy season is defined
    if season[0] and season != (fiscal_year.start, fiscal_year.end) and (
            named or fiscal_year.seasons_by_default and not FISCAL_WORD.search(sentence)):
        # a season's year ("the 2023/24 season, which runs from May to April"), or any split year in a document whose
        # split years are seasons, unless its sentence speaks of a fiscal year ("The 2024/25 budget allocated MWK 131.0 billion")
        return replace(t, kind="season_span", periods=((f"{first}-{fiscal_year.season_start:02d}", f"{last}-{fiscal_year.season_end:02d}"),))
    return t if fiscal_year.start == 1 else replace(t, kind="fiscal_span")


SEASON_WORDS = r"\s+(?:(?P<kind>[^\W\d_]+)\s+)?(?:seasons?|campaigns?)\b"  # " season", " fishing season", " campaign" after a split year
SEASON_AFTER = re.compile(SEASON_WORDS, re.IGNORECASE)
FISCAL_WORD = re.compile(r"\b(?:[Ff]iscal|FISCAL|[Ff]inancial|FINANCIAL|[Bb]udget(?:ary|s)?|BUDGET|FY)\b")


# the same months a year before, named to compare with: the months named without a year are the next year's
SAME_PERIOD_OF = re.compile(r"\b(?:from|than|on|over|against|compared\s+with)\s+the\s+same\s+(?:months?|period|quarter|weeks?)\s+"
                            r"(?:of|in|a\s+year\s+earlier\s+in)\s+(?P<year>(?:1[89]|20)\d\d)\b")


def _fiscal_quarter(t: TimeExpression, sentence: str, fiscal: FiscalYear, reference: str) -> TimeExpression:
    """"In the second quarter" in a report whose quarters count from its fiscal year's start: that
    quarter's months (July to September from April), in the fiscal year of the time the sentence goes on
    from (`reference`), else still without their year; other times as they are (and not "the June quarter",
    named by its months)."""
    if not fiscal.quarters_fiscal or not t.kind.startswith("yearless_quarter") or re.search(rf"(?i:{_month_names()})", sentence[t.start : t.end]):
        return t
    # (the fiscal year the reference falls in, named by the calendar year it ends in)
    ends = int(reference[:4]) + (int(reference[5:7]) >= fiscal.start) if re.match(r"\d{4}-\d\d", reference) else 0
    def moved(month: str) -> str:
        m = (int(month[5:7]) + fiscal.start - 2) % 12 + 1
        return f"{ends - (m >= fiscal.start) if ends else month[:4]}-{m:02d}"
    return replace(t, periods=tuple((moved(a), moved(b)) for a, b in t.periods))


@lru_cache(maxsize=1)
def _month_names() -> str:
    return trie_pattern(_months())  # (as the other month patterns are built)


def _fiscal(t: TimeExpression, fiscal_year: FiscalYear) -> TimeExpression:
    """A fiscal year of a document whose years do not start in January, as months: "FY2022/23" with
    years from October → 2022-10/2023-09; "FY2024" names the year it ends in → 2023-07/2024-06;
    its quarters count from its first month ("Q3 FY2024" → 2024-01/2024-03), its months fall in the
    year before when they come at or after that month ("July–April FY2024" → 2023-07/2024-04)."""
    start_month = fiscal_year.start
    if start_month == 1 or t.kind not in ("fiscal_span", "split_years", "fiscal", "fiscal_years", "fiscal_quarter", "fiscal_month_span",
                                          "fiscal_years_to"):
        return t
    (first, last), = t.periods
    later = int(fiscal_year.by_start)  # a year named by its start ends in the next calendar year
    if t.kind == "fiscal_quarter":
        ends = int(last[:4]) + later
        months = [start_month - 2 + m for m in t.fiscal_months]  # 0-based, from January of the year before
        first, last = (f"{ends - 1 + m // 12}-{m % 12 + 1:02d}" for m in months)
        return replace(t, periods=((first, last),))
    if t.kind == "fiscal_month_span":
        ends = int(last[:4]) + later
        first, last = (f"{ends - 1 if m >= start_month else ends}-{m:02d}" for m in t.fiscal_months)
        return replace(t, periods=((first, last),))
    if t.kind in ("fiscal", "fiscal_years"):
        first, last = (first, str(int(last) + 1)) if fiscal_year.by_start else (str(int(first) - 1), last)
    end_month = fiscal_year.end
    return TimeExpression(t.start, t.end, ((f"{first}-{start_month:02d}", f"{last}-{end_month:02d}"),), t.kind)


LOOKS_BACK_BEFORE = re.compile(r"\b(?:after|since|from|than|against|with|earlier|before|previous)\s+(?:the\s+)?(?:\S+\s+){0,3}$", re.IGNORECASE)


def _turns_the_year(month: str, reference: str, sentence: str, at: int) -> bool:
    """Whether a yearless month told after a late month of a year is of the next year: three months or fewer
    after it across the new year ("… on 27–28 December 1989. … took effect on 1 January"), not one looked back to
    ("12% in December, after 9% in January")."""
    if not month[5:7].isdigit() or not reference[5:7].isdigit():
        return False
    return int(reference[5:7]) - int(month[5:7]) >= 9 and not LOOKS_BACK_BEFORE.search(sentence, max(0, at - 40), at)
