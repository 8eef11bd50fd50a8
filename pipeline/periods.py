"""Time expressions in a sentence: years, dates, decades and spans, as ISO 8601 partial dates.

Years are the commonest number in economic prose and never a quantity themselves; finding them
first lets the quantity recogniser leave them alone and lets context.py date each quantity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.grammar import ONES
from pipeline.matching import Caseless, led_by, led_by_first_characters, trie_pattern
from pipeline.lexicon import load_lexicon
from pipeline.period_values import CENTURY_WORDS, _months, fiscal_months_of, periods_of
from pipeline.places import THE_BEFORE

YEAR = r"(?:1\d\d\d|20\d\d|2100)"  # (from 1000: economic histories date their figures by the 11th to 17th centuries too;
# years before 1500 only in a history of those times: _dates_early_year)
DECADE = r"(?:1[1-9]\d0|10[1-9]0|20\d0)"  # "the 1640s" too: with its "s" a decade is never a quantity (not "1000s": thousands)
# The longest reach of a pattern before and after its year ("between 29 September and 12 October 2019").
WINDOW_BEFORE, WINDOW_AFTER = 56, 12
# (?<!\d.) after the first digit: no digit before it; a pattern that starts with "1" or "2" lets the
# regex engine skip to those digits (3× faster than a leading look-behind, tried at every character)
# (a decade before 1800 counts only with its "s": "the 1640s")
FOUR_DIGITS = re.compile(r"(?:1(?<!\d.)[5-9]\d\d|2(?<!\d.)[01]\d\d|1(?<!\d.)(?:[1-7]\d|0[1-9])0(?=s))(?!\d)")
MEDIEVAL_FOUR_DIGITS = re.compile(r"1(?<!\d.)[0-4]\d\d(?!\d)")  # "in 1284": looked for in a history of times before 1500 only
# "By the end of 1986, …" opening a sentence frames what it tells (the state reached by then) and
# dates it by the year, as "by 2014" does; "debt stood at … at the end of 2023" is a month's figure.
MONTH_YY = led_by_first_characters(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)(?:-|\s?['’])\d\d\b")
SHORT_FISCAL_YEAR = led_by_first_characters(r"\b[Ff][Yy]\s?\d\d\b")  # "FY25": a window around it too
CENTURY_NAMED = re.compile(r"Centur(?:y|ies)\s+[A-Z]")  # a capitalised "Century" before a capitalised word: a name's
CENTURY_AT = re.compile(r"(?i:centur)")  # "the 14th century", "the late fifteenth century": a window around it too
# a century's ordinal, in figures or in words (lower case: the patterns match lower-cased text)
CENTURY_ORDINAL = r"(?:(?:[1-9]|1\d|2[01])(?:st|nd|rd|th)|" + trie_pattern(CENTURY_WORDS) + ")"
FRAME_AFTER = re.compile(r"\s*,")
DASH = r"\s*(?:-|–|—|to|through|until|till)\s*"
FISCAL = r"(?:fy\s?|fiscal\s+(?:year\s+)?)"
# The test for decades reads the text as written, not lower-cased: "1990S" is no decade.
DECADE_NEED = re.compile(r"\d0s")
# "twenty twenty-eight", "nineteen ninety", "twenty oh five": a year said aloud, as transcripts of speech write it
SPOKEN_YEAR = (rf"(?:nineteen|twenty)[ ](?:oh[ -](?:{ONES})|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
               rf"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:{ONES}))?)\b(?![-‑]\w)")
# (after a word of time only, lexicon/context.yaml spoken_year_leads)
# or opening a sentence as what the sentence is about: "Twenty twenty-four was a good year"
SPOKEN_YEAR_OPENING = (rf"(?:^|(?<=\n)|(?<=[.!?:;] )|(?<=[.!?:;]  ))(?={SPOKEN_YEAR}\s+(?:was|is|has|had|will|would|saw|brought|"
                       r"looks|looked|ended|started|began|proved)\b)")
SPOKEN_YEAR_LEAD = "(?:" + "|".join(rf"(?<=\b{re.escape(word)} )" for word in load_lexicon("context")["spoken_year_leads"]) \
    + rf"|(?<=\bfor )(?=twenty[ ])|{SPOKEN_YEAR_OPENING})"
# "twenty-six/twenty-seven": a split (fiscal) year said aloud, its century left out
SPLIT_HEAD, SPLIT_TAIL = rf"(?P<short1>(?:twenty|thirty|forty)-(?:{ONES}))", rf"/(?P<short2>(?:twenty|thirty|forty)(?:-(?:{ONES}))?)\b"
SPOKEN_SPLIT_YEAR = SPLIT_HEAD + SPLIT_TAIL
# (a window around a year said aloud reaches to the end of its split tail: "twenty twenty-six/twenty-seven")
SPOKEN_YEAR_AT = re.compile(rf"\b(?:{SPOKEN_YEAR}(?:/(?:twenty|thirty|forty)(?:-(?:{ONES}))?\b)?|{SPOKEN_SPLIT_YEAR})", re.IGNORECASE)


@dataclass(frozen=True)
class TimeExpression:
    start: int  # offsets relative to the text searched
    end: int
    periods: tuple[tuple[str, str], ...]  # one (start, end) pair per period the expression names
    kind: str  # year, date, month, decade, span, both
    # months of a fiscal year named by the year it ends in, before the document's fiscal calendar
    # places them: (first, last) quarter months counted from the year's start for "Q3 FY2024", or
    # calendar months for "July–April FY2024"
    fiscal_months: tuple[int, int] = (0, 0)

    @property
    def period(self) -> tuple[str, str]:
        return self.periods[0]


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, Caseless, Caseless | re.Pattern[str] | None]]:
    """(kind, pattern, a cheap test the text must pass before the pattern is worth trying), matched
    in any case. Caseless: written in lower case, they match case-sensitively in lower-cased text,
    5–20× faster than with IGNORECASE (a pattern written with capitals keeps IGNORECASE)."""
    month = "(?:" + trie_pattern(_months()) + r")\.?"
    day = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
    # "the early 1990s", "the first half of the 1990s"
    decade_part = r"(?:(?P<part>early|mid|late)[- ]|(?:the\s+)?(?P<half>first|second|latter)\s+half\s+of\s+the\s+)?"
    # "the early 18th century", "the middle of the 18th century", "the first half of the 17th century", "the end of the 13th century"
    century_part = (r"(?:(?P<part>early|mid|late)[- ]|(?:the\s+)?(?P<half>first|second|latter)\s+half\s+of\s+the\s+"
                    r"|(?:the\s+)?(?P<stage>start|beginning|middle|end|close)\s+of\s+the\s+)?")
    not_bc = r"(?!\s*(?:bc|bce|b\.c\.)\b)"  # (a century before the era is left undated)
    # (nor one a figure is measured from or up to: "grown tenfold since the 17th century", "until the 19th century")
    not_bound = "".join(rf"(?<!{word} the )" for word in ("turn of", "since", "until", "till", "before", "after", "from"))
    weekday = "(?:(?:" + "|".join(w.lower() for w in load_lexicon("context")["weekdays"]) + r"),?\s+)?"  # "Monday 30 June - Friday 4 July"
    # (joined by "and" only after "between": "the earthquakes of 4 September 2010 and 22 February 2011" are two days)
    to = r"(?:–|—|-|to|until|till|through|(?(between)and|(?!)))"
    specs = [
        # 29 March to 12 April 2019 / March 29 and April 12, 2019
        # … and, within one month, August 20 and 30, 1991 / 20–30 August 1991
        # "from 1 June 2025 to 31 May 2027", "1 July 2024 – 30 June 2025": from a day to a day of another year
        ("day_year_span", rf"(?:\b(?P<between>between\s+)|\bfrom\s+)?(?<![\d.,])(?P<d1>{day})\s+(?P<m1>{month}),?\s+(?P<y1>{YEAR})\s*{to}\s*"
                          rf"(?P<d2>{day})\s+(?P<m2>{month}),?\s+(?P<y2>{YEAR})\b"),
        ("day_year_span", rf"(?:\b(?P<between>between\s+)|\bfrom\s+)?(?P<m1>{month})\s+(?P<d1>{day}),\s+(?P<y1>{YEAR})\s*{to}\s*"
                          rf"(?P<m2>{month})\s+(?P<d2>{day}),?\s+(?P<y2>{YEAR})\b"),
        ("date_span", rf"(?:between\s+)?(?P<m1>{month})\s+(?P<d1>{day})\s*(?:-|–|to|and|until)\s*{weekday}"
                      rf"(?:(?P<m2>{month})\s+)?(?P<d2>{day}),?\s+(?P<y>{YEAR})\b"),
        ("date_span", rf"(?:between\s+)?(?<![\d.,])(?P<d1>{day})(?:\s+(?P<m1>{month}))?\s*(?:-|–|to|and|until)\s*{weekday}"
                      rf"(?P<d2>{day})\s+(?P<m2>{month}),?\s+(?P<y>{YEAR})\b"),
        # "the week ending 22 March 2024": the seven days up to that day
        ("week", rf"\bweek\s+(?:ending|ended|to)\s+(?:(?P<d1>{day})\s+(?P<m1>{month})|(?P<m2>{month})\s+(?P<d2>{day})),?\s+(?P<y>{YEAR})\b"),
        # "over the five years to 2029-30": the split (fiscal) years up to that one
        ("fiscal_years_to", rf"\b(?:decade|(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+years)\s+"
                            rf"(?:to|ending|ended|through|up\s+to)\s+(?P<y>{YEAR})[-–/](?P<y2>\d\d)\b(?![-–/.,]\d)"),
        # "in the decade to 2008", "the five years to 2019": the years up to that one
        ("years_to", rf"\b(?:decade|(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+years)\s+"
                     rf"(?:to|ending|ended|through|up\s+to)\s+(?P<y>{YEAR})\b"),
        # "the quarter ended 30 June 2025", "the half-year to December 2024": the quarter's or half's months
        ("quarter_ending", rf"\b(?P<span>quarter|half[\s-]year)\s+(?:ending|ended|to|through)\s+(?:(?P<d1>{day})\s+)?"
                           rf"(?P<m1>{month})(?:\s+(?P<d2>{day}))?,?\s+(?P<y>{YEAR})\b"),
        # "the (fiscal) year ending March 2024", "the 12 months to June 2024": twelve months up to that one
        ("year_ending", rf"\b(?:year|twelve\s+months|12\s+months)\s+(?:ending|ended|to|through)\s+(?:(?P<d1>{day})\s+)?"
                        rf"(?P<m1>{month})(?:\s+(?P<d2>{day}))?,?\s+(?P<y>{YEAR})\b"),
        # "the three months to August 2025": the months up to that one
        ("months_to", rf"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months\s+(?:ending|ended|to|through)\s+"
                      rf"(?:(?P<d1>{day})\s+)?(?P<m1>{month})(?:\s+(?P<d2>{day}))?,?\s+(?P<y>{YEAR})\b"),
        # "between August 2024 and February 2025", "from October 2024 to March 2025": months of two years
        ("month_year_span", rf"\b(?:between|from)\s+(?P<m1>{month})\s+(?P<y1>{YEAR})\s+(?:and|to|until|till|through)\s+"
                            rf"(?P<m2>{month})\s+(?P<y2>{YEAR})\b"),
        ("month_year_span", rf"(?P<m1>{month})\s+(?P<y1>{YEAR})\s*(?:-|–|—)\s*(?P<m2>{month})\s+(?P<y2>{YEAR})\b"),
        # "Between January and 15 September 2025": from a month to a day of a later month
        ("month_to_day", rf"\b(?:between|from)\s+(?P<m1>{month})\s+(?:and|to|until|till|through)\s+"
                         rf"(?:(?P<d2>{day})\s+(?P<m2>{month})|(?P<m3>{month})\s+(?P<d3>{day})),?\s+(?P<y>{YEAR})\b"),
        # "held at 8.60 per dollar from 1974 until December 1980": from a year to a month
        ("year_to_month", rf"\b(?:between|from)\s+(?P<y1>{YEAR})\s+(?:and|to|until|till|through)\s+(?P<m2>{month})\s+(?P<y2>{YEAR})\b"),
        # "over FY2019–FY2024", "between FY2019 and FY2023": from the first fiscal year to the last
        ("fiscal_years", rf"\bfy\s?(?P<y1>{YEAR})\s*(?:-|–|—|to|and|through)\s*fy\s?(?P<y2>{YEAR})\b"),
        # "12/12/2022", "05.03.2024", "2024-03-15": a day written in figures (day first, unless the
        # first number cannot be a month's day and the second can)
        # "From 10-12-2025 to 14-12-2025", "01.07.2024–30.06.2025": from a day to a day, both written in figures
        ("numeric_day_span", rf"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>{YEAR})\s*(?:-|–|—|to|until|till|through)\s*"
                             rf"(?P<a2>[0-3]?\d)(?P=sep)(?P<b2>[0-3]?\d)(?P=sep)(?P<y2>{YEAR})(?![\d/]|[.,]\d)"),
        ("numeric_date", rf"(?<![\d/.-])(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<y>{YEAR})(?![\d/]|[.,]\d)"),
        ("numeric_date", rf"(?<![\d/.-])(?P<y>{YEAR})(?P<ymd>[-.])(?P<b>[01]\d)(?P=ymd)(?P<a>[0-3]\d)(?![\d-]|\.\d)"),  # "2025-08-01", "2025.08.01"
        ("numeric_date", rf"(?<![\d/.-])(?P<a>[0-3]\d)-(?P<b>[01]\d)-(?P<y>{YEAR})(?![\d-])"),  # "08-09-2025" heading a column
        # "6/2024  5/2025  6/2025" heading a table's columns: a month and its year (see COLUMN_BEFORE)
        ("numeric_month", rf"(?<![\w/.,-])(?P<b>0?[1-9]|1[0-2])/(?P<y>{YEAR})(?![\d/])"),
        ("date", rf"(?P<m1>{month})\s+(?P<d1>{day}),?\s+(?P<y>{YEAR})\b"),
        # (not a decimal's last digit before a column gap: "(%)   2.1       Mar 2026" is a cell, then its month)
        ("date", rf"\b(?<![\d][.,])(?P<d1>{day})(?:[ \t\u00a0]{{1,3}}|[ \t]*\r?\n[ \t]*)(?P<m1>{month}),?\s+(?P<y>{YEAR})\b"),
        # "July–April FY2024", "Q3 FY2024", "the third quarter of fiscal year 2024": parts of a fiscal year
        ("fiscal_month_span", rf"(?P<m1>{month})\s*(?:-|–|—|to|through)\s*(?P<m2>{month}),?\s+(?:of\s+)?{FISCAL}(?P<y>{YEAR})\b"),
        # "Q1 FY2024/25", "H1 FY2024/25": a split fiscal year is named by both its years and ends in the second
        ("fiscal_quarter", rf"\b(?:(?:q(?P<qn>[1-4])|h(?P<hn>[12]))\s*(?:of\s+(?:the\s+)?)?|(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?:the\s+)?)"
                           rf"(?:{FISCAL}|(?:financial|budget)\s+year\s+|(?=(?:19|20)\d\d\s*[/–-]\s*\d\d(?![\d%.,])))(?:(?P<y>{YEAR})(?:\s*(?:/|[-–](?=(?:{YEAR}|\d\d)(?![\d%.,])))\s*(?P<y2>{YEAR}|\d\d))?|(?P<yy>\d\d))\b"),  # also "Q1 FY26"
        # (of a split year: "April-September 2025-26", the fiscal year's first months)
        ("month_span", rf"(?P<m1>{month})\s*(?:-|–|—|to|through)\s*(?P<m2>{month}),?\s+(?P<y>{YEAR})(?P<split>[-–/]\d\d(?![\d%]))?\b"),
        # "in January and February 2025": the two months together
        ("month_span", rf"\b(?:in|during|for|over|between)\s+(?P<m1>{month})\s+and\s+(?P<m2>{month}),?\s+(?P<y>{YEAR})\b"),
        # "the March 2025 quarter", "the June 2024 year": named by the month they end in
        ("quarter_ending", rf"(?P<m1>{month})\s+(?P<y>{YEAR})\s+(?P<span>quarter|year)\b"),
        ("quarter_ending", rf"\b(?:the\s+)?(?P<m1>{month})\s+(?P<span>quarter)\s+(?:of\s+)?(?P<y>{YEAR})\b"),  # "the September quarter (of) 2024"
        ("quarter", rf"\b(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|last|final|i{{1,3}}|iv)\s+quarter\s+(?:of\s+)?(?P<y>{YEAR})\b"),
        ("quarter_span", rf"\bq(?P<q>[1-4])[\s'’-]*(?P<y>{YEAR})\s*(?:-|–|—|to|through)\s*q(?P<q2>[1-4])[\s'’-]*(?P<y2>{YEAR})\b"),  # "Q4 2024-Q1 2025"
        ("quarter", rf"\bq(?P<q>[1-4])\s*(?:-|–|—|to|through)\s*q(?P<q2>[1-4])[\s'’-]*(?P<y>{YEAR})\b"),  # "Q1-Q3 2025": from the first to the last
        ("quarter", rf"\bq(?P<q>[1-4])[\s'’-]*(?P<y>{YEAR})(?:\b|[rpef](?!\w))"),  # "Q1 2025r": revised
        ("quarter", rf"\bquarter\s+(?P<q>[1-4]|one|two|three|four):?\s+(?P<y>{YEAR})\b"),  # "… Quarter 2 2025", "Quarter 2: 2025", "Quarter Two 2024"
        # "2024Q2", "2024-Q1", "4Q 2023": the quarter written after its year, or its number first
        ("quarter", rf"\b(?P<y>{YEAR})[\s-]?q(?P<q>[1-4])\b"),
        ("quarter", rf"\b(?P<y>{YEAR})\s+quarter\s+(?P<q>[1-4])\b"),  # "National Accounts: 2024 Quarter 3"
        ("quarter", rf"\b(?P<q>[1-4])q[\s-]*(?P<y>{YEAR})\b"),
        # "in H1 2025", "2H 2024", "the first half of 2024": six months of the year
        # (and "the first semester of 2024", "First-half 2024", a company's "Half-year 2024 results": its first half)
        ("half", rf"\b(?:h(?P<hn>[12])|(?P<nh>[12])h|(?:the\s+)?(?:(?P<half>first|second)[\s-]+(?:half|semester)(?:[\s-]+year)?|(?P<hy>half[\s-]year))\s+(?:of\s+)?)\s*(?P<y>{YEAR})\b"),
        # "at end-2023", "by the end of 2024", "year-end 2022": the last month of the year
        # (with its preposition: "at" is not a binder of its own, "at 2015 prices" is no period)
        ("year_end", rf"\b(?P<prep>(?:at|by|until|till)\s+)?(?:(?:the\s+)?end[- ](?:of\s+)?|year[- ]end\s+)(?P<y>{YEAR})\b"),
        # "Inflation ended 2023 at 23.8%": the year's last month
        ("year_end", rf"\b(?:ended|closed|finished)\s+(?P<prep>)(?P<y>{YEAR})(?=\s+(?:at|on)\b)"),
        # "at the start of 2023", "since the beginning of 2024": the first month of the year
        ("year_start", rf"\b(?:(?:at|from|since|in)\s+)?(?:the\s+)?(?:start|beginning|turn)\s+of\s+(?P<y>{YEAR})\b"),
        # "by mid-2021": the middle month of the year; "early-2021", "late-2021": the year
        ("mid_year", rf"\b(?P<part>mid|early|late)-(?P<y>{YEAR})\b"),
        ("first_months", rf"\b(?:the\s+)?first\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{{1,2}})\s+(?P<span>months|quarters)\s+of\s+(?P<y>{YEAR})\b"),
        ("month", rf"(?P<m1>{month}),?\s+(?:of\s+)?(?P<y>{YEAR})\b"),
        ("decade_span", rf"\b(?P<y1>{DECADE})s{DASH}(?P<y2>{DECADE})s\b"),
        # "the late 1990s and early 21st century": from the decade into the first years of the century after it
        ("decade_century", rf"\b{decade_part}(?P<y1>{DECADE})s\s+and\s+(?:the\s+)?early[- ](?P<c2>{CENTURY_ORDINAL})\s+century\b"),
        # "the late 1980s and early 1990s", "through the 1960s and 1970s": one stretch of time
        ("decade_pair", rf"\b{decade_part}(?P<y1>{DECADE})s\s+(?:and|into)\s+(?:the\s+)?"
                        rf"(?:(?P<part2>early|mid|late)[- ])?(?P<y2>{DECADE})s\b"),
        ("decade", rf"\b{decade_part}(?P<y>{DECADE})s\b"),
        # "the 13th and 14th centuries", "the 16th to 18th centuries": one stretch of time (not "the turn of the century")
        ("century_pair", rf"{not_bound}\b{century_part}(?P<c1>{CENTURY_ORDINAL})(?:\s+(?:and|to|or)\s+|\s*[-–]\s*)(?:the\s+)?"
                         rf"(?:(?P<part2>early|mid|late)[- ])?(?P<c2>{CENTURY_ORDINAL})\s+centur(?:y|ies)\b{not_bc}"),
        # "in the 14th century", "the late fifteenth century" (not "a 17th-century chronicle": what it is, not when)
        ("century", rf"{not_bound}\b{century_part}(?P<c>{CENTURY_ORDINAL})\s+century\b{not_bc}"),
        # "2019/20–2023/24", "FY1998/99 to FY2003/04": from the first split year's start to the last's end
        ("split_years", rf"\b(?:fy\s?)?(?P<y1>{YEAR})/\d\d{DASH}(?:fy\s?)?(?P<y3>{YEAR})/(?P<y2>\d\d)\b(?![.,]\d|\s*%)"),
        ("fiscal_span", rf"\b(?:fy\s?|fiscal years?\s+)(?P<y1>{YEAR})\s*[/–-]\s*(?P<y2>{YEAR}|\d\d)\b"),
        ("both", rf"\bboth\s+(?P<y1>{YEAR})\s+and\s+(?P<y2>{YEAR})\b"),
        # "12% for 1989 and again for 1990" (not "restructured in 2015 and again in 2018, when …": two events)
        ("both", rf"(?<=\bfor\s)(?P<y1>{YEAR})\s+and\s+again\s+for\s+(?P<y2>{YEAR})\b"),
        ("span", rf"\bbetween\s+(?P<y1>{YEAR})\s+and\s+(?P<y2>{YEAR})\b"),
        # "during 2013 and 2014": one stretch of time
        ("span", rf"\bduring\s+(?P<y1>{YEAR})\s+and\s+(?P<y2>{YEAR})\b"),
        ("span", rf"\b(?:from\s+)?(?P<y1>{YEAR}){DASH}(?P<y2>{YEAR})\b(?![.,]\d|\s*%)"),
        # "1999/2000": a split year written with both years in full (two years that do not follow each other
        # are passed over: "2010/2015" names two)
        ("span", rf"\b(?P<y1>{YEAR})/(?P<y2>{YEAR})\b(?![.,/]\d|\s*%)"),
        # "2024/25", and "2024/25a" heading a table's column with a note's letter (a column gap before "% of GDP"
        # is no percent of the span; nor, after the letter, a space: "2024-25p % of GDP" stacked; nor a reference's
        # last part after its slash: "Ref. ÆÍ/AM/2025-56")
        ("span", rf"(?<![A-Z]/)\b(?P<y1>{YEAR})[-–/](?P<y2>\d\d)(?:\b(?![.,]\d|[ \t]?%)|[a-z*](?!\w)(?![.,]\d|%))"),
        ("fiscal", rf"\b(?:fy\s?|(?:fiscal|financial) year\s+|fiscal\s+)(?P<y>{YEAR})\b"),
        ("fiscal", rf"\b(?P<y>{YEAR})\s+(?:fiscal|financial) year\b"),  # "the 2024 fiscal year"
        # "FY25", "FY 2025": a fiscal year named by its last two digits
        ("fiscal", r"\bfy\s?(?P<yy>\d\d)\b(?![/–-]\d)"),
        # "Jun-25", "Dec '24": a table's column of a month, its year in two digits (the month abbreviated)
        # (as a table's heading writes it, not after a preposition: "at Sep-30" is a day of the month)
        ("month_yy", r"(?<![\w-])" + "".join(rf"(?<!\b{p}\s)" for p in ("at", "on", "by", "to", "of", "until", "till", "since", "from",
                                                                     "before", "after", "through", "in", "end")) + r"(?P<m1>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:-|\s?['’])(?P<yy>\d\d)(?![\w%-]|[.,]\d)"),
        # "Season 2025B": a lettered farming season of the year
        ("season", rf"\bseason\s+(?P<y>{YEAR})[abc]\b"),
        # "2025f", "2024e", "2023p": a fact sheet's forecast, estimate or preliminary year
        ("year", rf"(?<![\w$₩€£¥.,-])(?P<y>{YEAR})(?:[fep]\b)?(?![\w%]|[.,]\d)"),
        # "(AD 14)", "from AD 84": a year of the era, written so (not "each ad 30 seconds", "the AD 3 rollout")
        ("ad_year", r"\b(?-i:AD)\s+(?P<y>[1-9]\d{0,2})\b(?![\d%]|[.,]\d)(?=\s*(?:[,.;:()\]–-]|$)|\s+(?:and|to|or|when|the|in|a|an|at|on|by|of|for|with|from|there|after|before|onwards?|[a-z]+ed)\b|(?-i:\s+[A-Z]))"),
        ("spoken_year", rf"(?:\b(?:between|from)\s+)?{SPOKEN_YEAR_LEAD}(?:(?P<sy>{SPOKEN_YEAR})|{SPLIT_HEAD}(?=/))"
                        rf"(?:\s+(?:and|to|until)\s+(?P<sy2>{SPOKEN_YEAR})|{SPLIT_TAIL})?"),
    ]
    month_word = Caseless(month)
    needs = {
        "date_span": month_word, "day_year_span": month_word, "date": month_word, "week": Caseless(r"week"), "month_span": month_word, "month": month_word,
        "quarter": Caseless(r"quarter|q[1-4]|[1-4]q"), "quarter_span": Caseless(r"q[1-4]"), "half": Caseless(r"h[12]|[12]h|half|semester"), "fiscal_quarter": Caseless(r"fy|fiscal|financial year|budget year|q[1-4]\s+\d|quarter of \d"),
        "fiscal_month_span": Caseless(r"fy|fiscal"), "year_ending": Caseless(r"year|months"),
        "years_to": Caseless(r"decade|years"), "fiscal_years_to": Caseless(r"decade|years"), "first_months": Caseless(r"first"), "months_to": Caseless(r"months"),
        "decade_span": DECADE_NEED, "decade": DECADE_NEED, "both": Caseless(r"both|again"),
        "fiscal": Caseless(r"fy|fiscal|financial"), "month_yy": MONTH_YY, "year_end": Caseless(r"end"), "year_start": Caseless(r"start|beginning|turn"), "mid_year": Caseless(r"mid-|early-|late-"),
        "decade_pair": DECADE_NEED, "fiscal_span": Caseless(r"fy|fiscal"), "month_year_span": month_word, "year_to_month": month_word,
        "fiscal_years": Caseless(r"fy"), "numeric_date": Caseless(r"\d[/.-]\d\d?[/.-]\d"), "numeric_day_span": Caseless(r"\d[/.-]\d\d?[/.-]\d"), "numeric_month": Caseless(r"\d/[12]\d\d\d"), "season": Caseless("season"),
        "spoken_year": Caseless(r"nineteen|twenty"), "ad_year": Caseless(r"\bAD\b"), "century": CENTURY_AT, "century_pair": CENTURY_AT, "decade_century": CENTURY_AT,
    }
    compiled = []
    for kind, pattern in specs:
        need = needs.get(kind)
        if kind == "span" and pattern.startswith(r"\bbetween"):
            need = Caseless(r"between")
        compiled.append((kind, Caseless(pattern), need))
    return compiled


def _windows(text: str, early: bool = False) -> list[tuple[int, int]]:
    """Stretches of text around each year, starting at a word boundary: every pattern needs a year,
    so only these are searched (much faster than searching whole sentences)."""
    windows: list[tuple[int, int]] = []
    medieval = MEDIEVAL_FOUR_DIGITS.finditer(text) if early else ()
    spoken = SPOKEN_YEAR_AT.finditer(text) if re.search(r"(?i:twenty|nineteen)", text) else ()
    era = AD_YEAR_AT.finditer(text) if "AD " in text else ()
    centuries = CENTURY_AT.finditer(text) if "entur" in text else ()
    for m in sorted((*FOUR_DIGITS.finditer(text), *medieval, *SHORT_FISCAL_YEAR.finditer(text), *MONTH_YY.finditer(text), *spoken, *era,
                     *centuries),
                    key=lambda m: m.start()):
        start = max(0, m.start() - WINDOW_BEFORE)
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = min(len(text), m.end() + WINDOW_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


SLASHED_YEARS = re.compile(r"\d{4}/\d{4}")
AD_YEAR_AT = re.compile(r"\bAD\s+[1-9]\d{0,2}\b")
COLUMN_BEFORE = re.compile(r"(?:^|\n|[ \t]{2}|\t|\|\s?)$")  # a column's heading: a line's start, a wide gap, a pipe
MOVED_BEFORE = re.compile(r"\b(?:deferred|postponed|moved|delayed|extended|rescheduled|brought\s+forward|pushed\s+back|put\s+back)\s+$", re.IGNORECASE)
MEETING_BEFORE = re.compile(r"\b(?:[Mm]eetings?|[Ss]essions?)\s+(?:on|of|held\s+on)\s+$")


def time_expressions(text: str, early: bool = False) -> list[TimeExpression]:
    """Non-overlapping time expressions, the most specific pattern winning at each place. `early`: the
    text is part of a history of times before 1800 (document_times.early_history), whose years in the shape of a count
    are read as years more readily, and whose years before 1500 are read at all."""
    taken: list[TimeExpression] = []
    for start, end in _windows(text, early):
        present: dict[int, bool] = {}  # each cheap test once per window
        for kind, pattern, need in _patterns():
            if need is not None:
                if id(need) not in present:
                    found = need.search(text, start, end) if need in (DECADE_NEED, MONTH_YY, CENTURY_AT) else need.search_at(text, start, end)
                    present[id(need)] = found is not None
                if not present[id(need)]:
                    continue
            for m in pattern.finditer_at(text, start, end):
                if any(m.start() < t.end and t.start < m.end() for t in taken):
                    continue
                periods = periods_of(kind, m)
                if kind == "spoken_year" and m.group("short1") and not m.group("short2"):
                    continue
                if kind == "span" and SLASHED_YEARS.fullmatch(m.group()) and int(m.group("y2")) != int(m.group("y1")) + 1:
                    continue
                if kind == "year_end" and m.group("prep") and not text[: m.start()].strip() and FRAME_AFTER.match(text, m.end()):
                    periods = ((m.group("y"), m.group("y")),)
                if kind == "numeric_month" and not COLUMN_BEFORE.search(text, max(0, m.start() - 3), m.start()):
                    continue  # "Bulletin No. 9/2025", "Regulation 5/2024": a number of its year, not a month
                if kind == "day_year_span" and MOVED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                    continue  # "deferred from 1 April 2025 to 1 April 2026": a day moved, two days
                if kind == "date_span" and MEETING_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                    periods = tuple((last, last) for _, last in periods)  # "the Meeting on 16–17 September … decided": its last day
                if kind in ("century", "century_pair") and CENTURY_NAMED.match(text, m.start() + m.group().lower().rfind("centur")):
                    continue  # "Twentieth Century Fox", "21st Century Insurance": a name
                if periods[0][0][:4] < "1800" and kind not in ("ad_year", "century", "century_pair") and not _dates_early_year(text, m, periods[0][0][:4], early):
                    continue  # "In 2020, 1500 Chinese firms …", "between 1500 and 1800 tonnes": an early year only where dated
                if all(a <= b for a, b in periods):
                    # ("twenty twenty-eight/twenty-nine": a split year, read as "2028/29" is)
                    read_as = "span" if kind == "spoken_year" and m.group("short2") else "year" if kind == "ad_year" else kind
                    taken.append(TimeExpression(m.start(), m.end(), periods, read_as, fiscal_months_of(kind, m)))
    return sorted(taken, key=lambda t: t.start)


# what dates a bare number in the shape of a year before 1800 (a count as often): a preposition of time, a bracket,
# a row's start ("in 1622", "(1675)", a table's row "1600  1,500"), or a span of two such years written with a dash
# and no noun after it ("1588–1795"; not "about 1650, from around 1520", "1,500 to 1800 tonnes")
# (also a sentence that opens on "By": "By 1700 navigators could find their latitude", no rise by 1,700 navigators)
EARLY_YEAR_LEAD = re.compile(r"(?:\b(?:in|since|until|till|during|circa|c\.|ca\.|mid|early|late)\s+|(?:^|[.;:]\s+)(?-i:By)\s+|[(]\s?|(?:^|\n)[ \t]{0,3})$", re.IGNORECASE)
DASHED_SPAN = re.compile(r"1[0-7]\d\d[-–—](?:1\d)?\d\d")  # "1588–1795", "1636–37", "1378–1381", "1750–1920"
# a text that dates things before 1800 in words no count takes: "in 1622", "the 1560s", "the 17th century"
# (led_by the characters a match starts with: searched for in whole documents; "ſ", which an ignored case reads as "s", too)
ANCIENT = led_by(r"[AB1-9FfSsſTtEeNn]", r"\b(?:AD|BC|BCE)\b|\b[1-9](?:st|nd|rd|th)[\s-]+centur"  # a history of the first millennium's times
                 r"|\b(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[\s-]+centur")
STRONG_EARLY = led_by(r"[IiSsſUuDd1EeTtFf]", r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Dd]uring)\s+1[0-7]\d\d\b|\b1[0-7]\d0s\b|\b1[0-8]th[\s-]+centur"
                      r"|\b(?i:eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth)"
                      r"(?=(?:\s+(?:and|to|or)\s+[a-z]+)?[\s-]+centur)")  # ("the twelfth and thirteenth centuries": two)
# what no year has after it: a percentage, a unit's word ("1500 tonnes" is NOUN_AFTER's), or an amount before it
NOT_A_YEAR_AFTER = re.compile(r"\s*(?:%|per\s?cent\b|percent\b)")
# a verb of the past after a year of a thing named ("the Black Death of 1348 killed perhaps …", "the census of 1563
# recorded 168,627", "from 1563 onward"; not "a levy of 1300 armed men", "employed 1200 skilled workers")
DONE_AFTER = re.compile(r"\s+(?:[a-z]{3,}ed(?=\s+(?:(?:the|a|an|its|their|his|her|it|them|this|that|most|much|many|about|some|perhaps|"
                        r"nearly|almost|over|one|two|three|four|five|six|seven|eight|nine|ten|every|each|all|both|no)\b|[A-Z\d])|\s*[,.;])"
                        # (a record's present verb with its object: "the stele of 1186 records 3,140 villages", "the Rolls of 1279
                        # list twelve holdings"; not "a roll of 1400 names.", a count of names)
                        r"|(?:records?|lists?|names|mentions?|reckons?|counts|gives?)(?=\s+(?:(?:the|a|an|its|some|about|nearly|over|"
                        r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|[A-Z\d]))|onwards?\b)")
DONE_LEAD = re.compile(r"\b(?:of|from|since|after|before|by)\s+$")
# what a history's year has before it: a preposition of time, or another year of a list ("counts of 1509, 1563 and 1601")
HISTORY_YEAR_LEAD = re.compile(r"(?:\b(?:by|from|to|after|before|about|around|of|circa|c\.|established|founded|abolished|dissolved|finished|completed|opened|closed|built|born|died)\s+|\b1[0-7]\d\d(?:,\s+|\s+and\s+|\s+or\s+))$",
                               re.IGNORECASE)
# … or a comma before it and the clause's end after it: "Census of the Batavian Republic, 1795."
COMMA_BEFORE = re.compile(r"[A-Za-z)],\s+$")
CLAUSE_END_AFTER = re.compile(r"\s*(?:[.;)\]]|$)|(?:\s+(?:and|or)\s+1[0-8]\d\d)?\s+\((?![\d.,]+\s*[a-z]+s\b)")  # (a caption's years: "by commodity, 1700 and 1740 (kanme …")
# … but not a count's verb before it ("grew to 1450.", "up from 1100.") nor a year after it ("from 1540 in 2023")
COUNT_VERB_BEFORE = re.compile(r"\b(?:rose|fell|grew|increased|decreased|climbed|dropped|declined|reached|numbered|totall?ed|up|down|"
                               r"risen|fallen|grown)\s+(?:to|by|from)\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
YEAR_AFTER = re.compile(r"\s+(?:in|by|for)\s+(?:1[5-9]|20)\d\d\b")
COUNTS_RANGE_AFTER = re.compile(r"\s*(?:to|and|or|[-–])\s*\d[\d,.]*\s+[a-z]+s\b")  # "from 1520 to 1790 tonnes": a range's low end
NAMED_COUNT_AFTER = re.compile(r"\s+[A-Z][a-z]+\s+[a-z]+s\b")  # "1500 Chinese firms", "1600 Dutch ships": counted things
PLURAL_AFTER = re.compile(r"\s+[a-z]+s\b")  # what a span of counts has after it ("1520 to 1790 tonnes"), a span of years seldom


def _dates_early_year(text: str, m: re.Match[str], year: str, early: bool = False) -> bool:
    """Whether the words around a number in the shape of a year before 1800 make it a time, not a count
    (before 1500, only in a history of those times: `early`)."""
    if year < "1500" and not early and not EARLY_DECADE.search(m.group()):
        return False  # "in 1200 villages" (not "the 1430s", a decade)
    if EARLY_YEAR_LEAD.search(text, max(0, m.start() - 12), m.start()) or EARLY_DECADE.search(m.group()) \
            or NAMED_BY_NUMBER.match(text, m.end()) or YEAR_NOUN_BEFORE.search(text, max(0, m.start() - 8), m.start()) and not NOUN_AFTER.match(text, m.end()):
        return True  # "in 1622", "(1675)", "the 1640s", "the 1718 Committee" (a name: non_quantities), "In its best year, 1661, it …"
    if MEASURE_OF_YEAR_AFTER.match(text, m.end()) and THE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
        return True  # "put the 1790 total nearer 1,600": a singular noun no count of more than one takes
    if early and (DASHED_SPAN.fullmatch(m.group()) or EARLY_SPAN.fullmatch(m.group())) and not PLURAL_AFTER.match(text, m.end()):
        return True  # "the famine of 1630–1632 struck", "between 1590 and 1640 some 80,000 hectares" (not "… 1790 tonnes")
    before = text[max(0, m.start() - 30) : m.start()]
    if NOUN_AFTER.match(text, m.end()) and not (early and DONE_AFTER.match(text, m.end()) and DONE_LEAD.search(before)):
        return False  # "from 1520 to 1790 tonnes" (not, in a history, "the census of 1563 recorded")
    if DASHED_SPAN.fullmatch(m.group()):
        return True  # "1588–1795"
    if early and (YEAR_CELL_BEFORE.search(text, max(0, m.start() - 40), m.start()) or YEAR_CELL_AFTER.match(text, m.end())):
        return True  # a table's row of dates: "Adam Olearius   1647   1637   20,000" (published, refers to)
    if early:  # "the census of 1563 recorded", "counts of 1509, 1563 and 1601", "around 1670,": a history's years
        closing = COMMA_BEFORE.search(before) and CLAUSE_END_AFTER.match(text, m.end())
        return bool(HISTORY_YEAR_LEAD.search(before) or closing) and not COUNT_VERB_BEFORE.search(before) \
            and not NOT_A_YEAR_AFTER.match(text, m.end()) and not YEAR_AFTER.match(text, m.end()) \
            and not COUNTS_RANGE_AFTER.match(text, m.end()) and not NAMED_COUNT_AFTER.match(text, m.end())
    # in a sentence that dates things before 1800 in words no count takes: "between 1540 and 1620", "by 1780, …"
    return STRONG_EARLY.search(text) is not None and (EARLY_SPAN.fullmatch(m.group()) is not None or (
        WEAK_YEAR_LEAD.search(text, max(0, m.start() - 8), m.start()) is not None and CLAUSE_AFTER.match(text, m.end()) is not None))


# a table cell beside another cell in the shape of a year or a decade, across column gaps on both sides
YEAR_CELL_BEFORE = re.compile(r"(?:^|[ \t])(?:c\.\s?)?1[0-9]\d\ds?[ \t]{2,}$")
YEAR_CELL_AFTER = re.compile(r"[ \t]{2,}(?:c\.\s?)?1[0-9]\d\ds?(?=[ \t]{2,}|[ \t]*$)")
EARLY_SPAN = re.compile(r".*?1[0-7]\d\d\D{1,7}(?:1[0-8])?\d\d")  # "1588–1795", "between 1540 and 1620", "1636–37"
NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|was|were|is|are|as|had|has|have|the|its|their|when|while|with|which|in|on|at|of|to|until|till|for|by|but|saw|brought|left"
                        # (prepositions and verbs of the past no counted noun is: "the treaty of 1156 between …", "writers of
                        # around 1600 gave …")
                        r"|between|against|among|under|during|into|through|that|who|whose|where|upon|gave|made|took|held|found|kept|all|every|each|"
                        r"paid|sent|sold|built|began|became|came|went|wrote|knew|told|thought"
                        # (nor a count of its own: "by 1355 eight of them were let")
                        r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                        # (nor a pronoun: "by 1685 it had four dry docks", "from 1562 they paid")
                        r"|it|they|he|she|we|there|this|these|those)\b)[a-z]")
# ("by 1780 its debt …", "after 1650, the …"; not "rose by 1700 jobs"), and "the 1718 Committee" (a name, non_quantities)
# a year's measure named after it: "the 1790 total", "the 1650 figure", "the 1587 census"
MEASURE_OF_YEAR_AFTER = re.compile(r"\s+(?:total|figure|estimate|count|census|level|harvest|crop|budget|peak|population|output|revenue|"
                                   r"survey|edition|assessment|valuation)\b")
WEAK_YEAR_LEAD = re.compile(r"\b(?:by|from|to|after|before|about|around|of)\s+$", re.IGNORECASE)
CLAUSE_AFTER = re.compile(r"\s*[,;.)]|\s+(?:its|the|their|it|they|this|these|there|when|as|in|and)\b")
YEAR_NOUN_BEFORE = re.compile(r"\b[Yy]ear,?\s+$")  # "in the year 1661", "In its best year, 1661, it shipped …"
EARLY_DECADE = re.compile(r"(?:1[1-7]\d0|10[1-9]0)s\b")  # "the 1640s": with its "s" never a count
NAMED_BY_NUMBER = re.compile(r"\s+(?:Committee|Agenda)\b")


# -- times without a year of their own ----------------------------------------------------------
# "in February", "at end-December", "the fourth quarter", "January–March", "that year": the year
# (or the whole time) comes from the sentence or its paragraph, so they are found apart from the
# patterns above and settled by dating.settle_times. Their periods carry YEARLESS in place of a year.
