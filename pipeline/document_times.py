"""What a document says about its own time: the date its heading or dateline gives it, the period
its title covers, and the month its fiscal years begin in."""

from __future__ import annotations

import datetime
import re
from functools import lru_cache
from itertools import chain
from dataclasses import replace

from pipeline.covered_period import months_spanned
from pipeline.fiscal_years import titled_season
from pipeline.lexicon import load_lexicon
from pipeline.period_values import _months
from pipeline.periods import ANCIENT, STRONG_EARLY, TimeExpression, time_expressions
from pipeline.settling import CALENDAR_YEAR, SPLIT_YEAR, FiscalYear, settle_times
from pipeline.tense import speaks_of_future, tells_of_past
from pipeline.timeless import founding_time
from pipeline.yearless import YEARLESS, yearless_times


HEADING_LINES = 6  # a country, an issuer, a reference, a date line, a title; blank lines do not count
PARAGRAPH_LENGTH = 160
TITLE_LINES = 8  # the heading lines read for the period a title covers
FIGURE_IN_LINE = re.compile(r"%|\d,\d{3}|\d\.\d|[$€£¥]\s?\d")


def heading_lines(text: str, limit: int = 0) -> list[str]:
    """The lines of a document's heading, and the first line of its body (which may open with a
    dateline: "LAGOS, March 15 (Wire) – …"); at most `limit` lines (HEADING_LINES by default)."""
    limit = limit or HEADING_LINES
    # split only as much of the document as its first lines take: splitting all of it costs more
    # than the rest of reading the heading
    size = 2048
    while True:
        lines = text[:size].splitlines()
        whole = size >= len(text)
        heading: list[str] = []
        for line in lines if whole else lines[:-1]:  # the last line may go on past the cut
            if line.strip():
                heading.append(line)
                if len(line.strip()) > PARAGRAPH_LENGTH and not LETTERHEAD_ITEMS.search(line) or len(heading) == limit:
                    return heading
        if whole:
            return heading
        size *= 4


# a letterhead's long line of items (what constitutes the body, its listing, its register) joined by middle dots, not a
# paragraph that ends the heading: "Cooking systems for … · listed in the Prime Standard … · Commercial Register …"
LETTERHEAD_ITEMS = re.compile(r"^(?=.*[^\s.]\s*$)[^\n]*\S[ \t]+·[ \t]+\S")
# "SANA’A/OXFORD, ", "Ulaanbaatar, Tuesday, "
DATELINE_PLACE = re.compile(r"(?:^|\s{4,}|\t)\s*[A-Z][\w .'’/-]{1,40},(?:\s*[A-Z][A-Za-z.]{1,4}\s*[–—-])?"
                            r"(?:\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),)?\s*$")
COLUMN_DATELINE = re.compile(r"^\S.*\S\s{4,}[A-Z][\w .'’/-]{1,40},\s*$")  # a place and date in a column of its own, after a reference
SPAN_GAP = re.compile(r"\s*(?:[-–—]|to|through|until)\s*")
# "Friday 23 May 2025 | segment 7.35am", "Durban - Thursday, 1 May 2025": the day an event was held
# (not a deadline or an event the heading announces: "submissions close on Friday 30 January 2026")
WEEKDAY_BEFORE = re.compile(r"(?<!\bon )(?<!\bby )(?<!\buntil )(?<!\bbefore )(?<!\bclose )(?<!\bcloses )(?<!\bheld )(?<!\bdue )"
                            r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*$")


def document_date(text: str) -> str:
    """The date a document gives itself in its heading: a dateline ("TUNIS, 18 April 2024 —",
    "Colombo, 27 March 2024") or "Prepared by …, June 2024"; empty when it gives none."""
    words = "|".join(load_lexicon("context")["dateline_words"])
    for index, line in enumerate(heading_lines(text, TITLE_LINES)):
        times = [t for t in time_expressions(line) if t.kind in ("date", "month")]
        if index >= HEADING_LINES and not (times and COLUMN_DATELINE.search(line, 0, times[0].start)):
            continue  # (below a long letterhead only a reference's dateline: "No. SEGC/…/1187        Bhubaneswar, 25 October 2024")
        for t in times:
            if any(SPAN_GAP.fullmatch(line, a.end, b.start) for a, b in zip(times, times[1:]) if t in (a, b)):
                continue  # "Fiscal Year 2024 (October 1, 2023 - September 30, 2024)": the span a report covers
            before = line[: t.start]
            # "TUNIS, ", "Washington, DC – ": a place, perhaps with its state; in a column of its own
            # ("Ref: BBAL/PR/2024/117        Dhaka, ")
            dateline = DATELINE_PLACE.search(before)
            if dateline or len(line) <= 60 or re.search(rf"\b(?i:{words})\b", before) or WEEKDAY_BEFORE.search(before):
                return t.period[1]
    return _published_at_end(text, words) or _yearless_dateline(text)


def _published_at_end(text: str, words: str) -> str:
    """A story's date given in a line at its end ("Published Nov 20, 2025 4:12 PM UTC"), as wire
    stories under a yearless dateline are dated; else ""."""
    for line in [line for line in text[-600:].splitlines() if line.strip()][-4:]:
        if re.match(rf"\s*(?i:{words})\b", line):
            dates = [t for t in time_expressions(line) if t.kind == "date"]
            if dates:
                return dates[0].period[1]
    return ""


YEAR = re.compile(r"(?<![\d/.,-])(?:19|20)\d\d(?![\d/.,-])")
LAST_YEAR = re.compile(r"\blast\s+(?:year|yr)\b", re.IGNORECASE)
THIS_YEAR = re.compile(r"\b(?:so\s+far\s+this\s+year|this\s+year|year\s+to\s+date|year-to-date)\b", re.IGNORECASE)
IN_YEAR = re.compile(r"\bin\s+(?P<year>(?:19|20)\d\d)\b(?![/-])")
EARLIER_YEAR = re.compile(r"\b(?:after|than|from|since|against|compared\s+with|versus|last)\b[^,;]*$", re.IGNORECASE)


def _yearless_dateline(text: str) -> str:
    """A dateline without its year, as wire services write it ("SEOUL, July 28 (Yonhap) --"), in a
    story that speaks of "last year": the year after the latest one its accounts of the past name (a
    year's figures published the next year: "grew 3.4 percent last year", "… in 2025"). Without
    "last year" the story may be of the year it names or of the next: no date. A year the story names
    as this year's ("6.2% so far this year, making it one of Asia's worst-performing currencies in
    2024") is its year, whatever else it says."""
    for line in heading_lines(text):
        lead = DATELINE_LEAD.match(line)
        day = next((t for t in yearless_times(lead.group("date")) if t.kind == "yearless_day"), None) if lead else None
        if day is None:
            continue
        # (looked for only under such a dateline: searching a long document ignoring case is costly)
        this_year = THIS_YEAR.search(text)
        if not this_year and not LAST_YEAR.search(text):
            return ""
        named = {m.group("year") for sentence in re.split(r"(?<=[.!?])\s+", text) if THIS_YEAR.search(sentence)
                 for m in IN_YEAR.finditer(sentence) if not EARLIER_YEAR.search(sentence, max(0, m.start() - 30), m.start())}
        if this_year and len(named) == 1:
            return _on_its_weekday(day.period[0], int(named.pop()), text)
        if not LAST_YEAR.search(text):
            return ""
        # split at stops only, not with the segmenter: a headline has none, so it is read with the lead
        # whose past it tells in the present ("… grows 3.4 pct in 2025" then "… grew 3.4 percent last year")
        past = [int(y) for sentence in re.split(r"(?<=[.!?])\s+", text) if tells_of_past(sentence)
                and not speaks_of_future(sentence) for y in YEAR.findall(sentence)]
        if not past:
            return ""
        return _on_its_weekday(day.period[0], max(past) + 1, text)
    return ""


WEEKDAY = re.compile(r"\bon\s+(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _on_its_weekday(yearless_day: str, year: int, text: str) -> str:
    """The yearless day in the year the story points to, or in the year before or after when only that
    one puts it on the weekday the story's lead names ("HANOI, March 11 … sold $2 billion of bonds on
    Wednesday"): a wire's dateline and its lead agree."""
    lead = WEEKDAY.search(text, 0, 1500)
    month, day = (int(part) for part in yearless_day.split("-")[1:3])
    if lead:
        wanted = WEEKDAYS.index(lead.group("day"))
        for candidate in (year, year - 1, year + 1):
            try:
                if datetime.date(candidate, month, day).weekday() == wanted:
                    return f"{candidate}-{month:02d}-{day:02d}"
            except ValueError:  # 29 February
                continue
    return yearless_day.replace(YEARLESS, str(year))


# "ACCRA, March 14 (Reuters) – …", "NAIROBI, 29 October 2024 - …": the place and date a report was
# filed from, opening its first sentence; the place in capitalised words (not "In August, …")
DATELINE_LEAD = re.compile(
    r"\s*(?!(?:In|On|By|At|From|Between|During|Since|After|Before|Until|Over|Through|For)\b)"
    r"[A-Z][A-Za-z.'’-]*(?:[ /][A-Z][A-Za-z.'’-]*){0,3},\s+(?P<date>[^–—\n(]{3,30}?)\s*(?:\([^()\n]{1,30}\)\s*)?(?:[–—]|--?(?=\s))"
)


def headline_end(text: str) -> int:
    """Where a document's headline ends: its first line when that is short and ends no sentence
    ("Ghana targets deficit of 3.1% of GDP as IMF programme nears its end"); 0 when it has none."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    return end if line and len(line) <= PARAGRAPH_LENGTH and not line.endswith((".", "!", "?", ":")) else 0


def dateline_end(sentence: str) -> int:
    """Where a dateline opening the sentence ends (0 when there is none): its date is when the report
    was filed, not the time of the figures that follow."""
    m = DATELINE_LEAD.match(sentence)
    if not m:
        return 0
    date = m.group("date")
    times = time_expressions(date) or yearless_times(date)
    return m.end() if times and times[0].start == 0 and times[-1].end == len(date) else 0


def document_period(text: str, fiscal: FiscalYear = CALENDAR_YEAR) -> tuple[tuple[str, str], ...]:
    """The period a document's title covers ("Socio-economic development of X, January–December
    2023", "Accounts 2022–2023", "GDP Expands by 6.3 Percent in the Second Quarter of 2024"): a
    heading line (not a sentence) that ends with a span of months or years or a quarter (a lone
    year may be an edition: "Review No. 2 – 2024"); else empty."""
    year_title: tuple[tuple[str, str], ...] = ()
    # (the first line names the issuer or the title; a ministry's letterhead over an agency's, its address and
    # reference may stand above the title's period: "FINANCIAL YEAR 2023/24 (1 July 2023 to 30 June 2024)")
    lines = heading_lines(text, TITLE_LINES)[1:]
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or len(stripped) > 200 or stripped[-1] in ".!?" or index >= HEADING_LINES - 1 and FIGURE_IN_LINE.search(stripped):
            continue  # (past the usual heading, an infobox's "Real GDP growth   2.6% (2023/24)" is no title)
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", note.group())] if (note := TRAILING_NOTE.search(stripped)) else []
        if note and (not any(w in _months() for w in words) or all(w in _months() or w == "to" for w in words)):
            stripped = stripped[: note.start()]  # "Second quarter of 2025 (preliminary figures)", "… (April - June)": its months again
        # (not when the body was founded: "The charity that saves lives at sea · Incorporated by Royal Charter in 1860")
        times = [t for t in time_expressions(stripped) if not founding_time(stripped, t)]
        if reported := _report_year(stripped, times, fiscal) or titled_season(stripped, text):
            return reported
        # "Report on the budget execution report for FY2024/25 and …": the one fiscal year a title is for
        fiscal_times = [t for t in times if (t.kind in ("fiscal_span", "fiscal") or SPLIT_YEAR.fullmatch(stripped, t.start, t.end))
                        and (FOR_BEFORE.search(stripped, 0, t.start) or (t.start == 0 and BUDGET_AFTER.fullmatch(stripped, t.end)))]
        if len(times) == 1 and fiscal_times:
            return settle_times(stripped, fiscal_times, (), fiscal)[0].periods[:1]  # its months, by the fiscal calendar
        # "Public hearing on draft law no. 389 of 8 November 2024 on the State Budget for 2025": the year a budget is for
        if (budgeted := next((t for t in times if t.kind in ("year", "fiscal", "fiscal_span") and BUDGET_FOR.search(stripped, 0, t.start)), None)):
            return settle_times(stripped, [budgeted], (), fiscal)[0].periods[:1]
        # "Third Quarter 2025 Results - Analysts' Briefing", "H1 2025 Earnings Call": the period a company's results are of
        results = next((t for t in times if (t.kind in ("quarter", "half", "month_span", "months_to") or t.kind == "year" and FULL_YEAR_BEFORE.search(stripped, 0, t.start))
                        and RESULTS_AFTER.match(stripped, t.end)), None)  # (also "Full-year 2024 results conference call")
        if results:
            return settle_times(stripped, [results], (), fiscal)[0].periods[:1]
        if len(stripped) > 120:
            continue
        # (perhaps in a closing bracket that gives the months of the title's own period: "Second Quarter of FY 2024-25
        # (October-December 2024)")
        bracketed = len(times) >= 2 and stripped.endswith(")") and times[-1].end == len(stripped) - 1 \
            and stripped[: times[-1].start].rstrip().endswith("(") and times[-2].end <= times[-1].start
        if times and (times[-1].end == len(stripped) or bracketed) and times[-1].kind in (
                "span", "month_span", "fiscal_span", "quarter", "quarter_ending", "months_to", "date_span", "day_year_span", "week",
                "half", "year_ending") and (times[-1].kind not in ("half", "year_ending") or _past_period_of_title(stripped, times[-1])):
            # ("CLUB FINANCE REPORT 2023/24" where seasons run from July: that season's months)
            settled = settle_times(stripped, times[-1:], (), fiscal)  # (with any yearless time it finds: "Q2 OF … (JULY - SEPTEMBER 2024)")
            covered = next((t for t in settled if t.start == times[-1].start), settled[0]).periods[:1]
            return _closer_below(lines[index + 1 :], covered, fiscal) or covered
        # "Consumer Price Index (CPI) – October 2024", "Overseas merchandise trade: March 2025": a
        # monthly series' release is of its month (not an edition: "Policy Review No. 7 | March 2025")
        # ("The electricity market in May 2025": a title of what happened in its month)
        if times and times[-1].end == len(stripped) and times[-1].kind == "month" and (
                SERIES_MONTH.match(stripped, 0, times[-1].start) and not _edition_comma(stripped[: times[-1].start])
                or TITLE_IN_YEAR.search(stripped, 0, times[-1].start) and not TITLE_AHEAD.search(stripped)):
            return times[-1].periods[:1]
        if "|" in stripped and (month := _month_beside_issue(stripped)):
            return month  # "No. 8/2024 | August 2024 | Issued 16 September 2024": a bulletin's month among its heading's cells
        # "July 2025                 29 August 2025" under a release's title: the month it covers, then the day it came out
        # ("June 2025, published 27.6.2025 at 8.00": the same, in one phrase)
        if len(times) == 2 and times[0].start == 0 and times[0].kind in ("month", "quarter") and times[1].kind in ("date", "numeric_date") \
                and (WIDE_GAP.fullmatch(stripped, times[0].end, times[1].start) or PUBLISHED_GAP.fullmatch(stripped, times[0].end, times[1].start)):
            return times[0].periods[:1]
        # "Annual Survey of Hours and Earnings (ASHE), April 2025, provisional results": a survey taken in its month
        if times and times[-1].kind == "month" and SURVEY_MONTH.match(stripped, 0, times[-1].start) \
                and SURVEY_RESULTS.fullmatch(stripped, times[-1].end):
            return times[-1].periods[:1]
        # "REMITTANCES RECEIVED BY HOUSEHOLDS IN 2024": a title of what happened in its year (not an edition's year)
        if times and times[-1].end == len(stripped) and times[-1].kind == "year" and TITLE_IN_YEAR.search(stripped, 0, times[-1].start) \
                and not TITLE_AHEAD.search(stripped):  # (not "Inflation Expected to Reach Target in 2026")
            return times[-1].periods[:1]
        # "Labour disputes in the UK: 2024", "AIR TRAFFIC STATISTICS - CALENDAR YEAR 2024": a series' release of its year
        # (not an edition: "Review No. 2: 2024", "Policy Note: 2024"), unless a heading line below tells its time closer
        # ("Annual Survey of Hours and Earnings (ASHE), April 2025, provisional results")
        if not year_title and times and times[-1].end == len(stripped) and times[-1].kind == "year" and (
                SERIES_YEAR.match(stripped, 0, times[-1].start) and not EDITION_COLON.search(stripped, 0, times[-1].start)
                and not TITLE_AHEAD.search(stripped) or CALENDAR_YEAR_BEFORE.search(stripped, 0, times[-1].start)
                or RESULTS_OF.match(stripped, 0, times[-1].start)):
            year_title = times[-1].periods[:1]
            continue
        # "Situation as of 30 June 2024": a report's standing figures are of that day
        if times and times[-1].end == len(stripped) and times[-1].kind == "date" and AS_OF.search(stripped, 0, times[-1].start):
            return times[-1].periods[:1]
    return year_title or _census_reference_day(text)



def _closer_below(lines: list[str], covered: tuple[tuple[str, str], ...], fiscal: FiscalYear) -> tuple[tuple[str, str], ...]:
    """The months the next heading line ends with, when they fall within the year a title line covers ("QUARTERLY
    BULLETIN — Issue No. 3 of 2024/25" over "Third quarter of the financial year 2024/25: January–March 2025"); else ()."""
    below = lines[0].strip() if lines else ""
    times = time_expressions(below)
    # (a part of the year its line says it is; not "Fieldwork: June–August 2023" under a census of 2019–2023)
    if not covered or not times or times[-1].end != len(below) or times[-1].kind not in ("month_span", "quarter", "quarter_ending", "date_span") \
            or not PART_OF_YEAR.search(below) or months_spanned(covered[0]) > 12:
        return ()
    closer = settle_times(below, times[-1:], (), fiscal)[0].periods[:1]
    (start, end), (inner_start, inner_end) = covered[0], closer[0]
    return closer if start <= inner_start and inner_end[: len(end)] <= end and closer != covered else ()

PART_OF_YEAR = re.compile(r"\b(?:quarter|half|semester|trimester)\b|\b[QH][1-4]\b", re.IGNORECASE)
FULL_YEAR_BEFORE = re.compile(r"\b(?:[Ff]ull[- ][Yy]ear|FULL[- ]YEAR|[Aa]nnual|ANNUAL)\s+$")
RESULTS_AFTER = re.compile(r"\s*[:–—·-]?\s+(?:[Rr]esults|RESULTS|[Ee]arnings|EARNINGS|[Tt]rading\s+[Uu]pdate|TRADING\s+UPDATE)\b")  # (also "…: RESULTS CONFERENCE CALL")


# "Animals were counted as at the census reference date, 14 November 2021": the day a census's counts are of
REFERENCE_DAY = re.compile(r"\breference\s+(?:date|day|night)\b[,:]?\s+(?:of\s+|was\s+|is\s+)?", re.IGNORECASE)
CENSUS_TITLE = re.compile(r"\b(?:census|enumeration)\b", re.IGNORECASE)
REFERENCE_DAY_REACH = 3000  # the census's opening sections, where it says how it counted


def _census_reference_day(text: str) -> tuple[tuple[str, str], ...]:
    """The reference day a census's opening says its counts are of, when a heading line (not a sentence) names a census."""
    if not any(CENSUS_TITLE.search(line) and not line.rstrip().endswith(".") for line in heading_lines(text)):
        return ()
    for m in REFERENCE_DAY.finditer(text, 0, REFERENCE_DAY_REACH):
        times = time_expressions(text[m.end() : m.end() + 30])
        if times and times[0].start == 0 and times[0].kind == "date":
            return times[0].periods[:1]
    return ()


# "ANNUAL REPORT 2024: SUMMARY", "Annual Performance Report 2024/25", "Fiscal Year 2024 (…)", "For the
# financial year ended 30 September 2024": the year an annual report is of
REPORT_OF = re.compile(r"\b(?:annual\s+(?:[a-z]+\s+){0,2}(?:report|review|accounts)|(?:fiscal|financial)\s+year(?:\s+end(?:ed|ing))?)"
                       r"\s*:?\s*(?:for\s+(?:the\s+)?)?(?:FY\s*)?$", re.IGNORECASE)
FISCAL_LINE = re.compile(r"\s*(?:for\s+the\s+)?(?:fiscal\s+|financial\s+)?", re.IGNORECASE)  # "Fiscal Year 2024 (…)", "For the financial year ended …"
REPORT_AFTER = re.compile(r"\s+annual\s+(?:[a-z]+\s+){0,2}(?:report|review|accounts)\b", re.IGNORECASE)  # "2024 Annual Report"


def _report_year(line: str, times: list[TimeExpression], fiscal: FiscalYear) -> tuple[tuple[str, str], ...]:
    """The twelve months an annual report's title line says it is of, by the document's fiscal calendar
    (a year names the fiscal year it ends in); else ()."""
    for t in times:
        titled = REPORT_OF.search(line, 0, t.start) or REPORT_AFTER.match(line, t.end)
        if t.kind in ("date", "month") or not (titled or (t.kind in ("fiscal", "year_ending") and FISCAL_LINE.fullmatch(line, 0, t.start))):
            continue
        if t.kind == "span" and fiscal != CALENDAR_YEAR and _consecutive_years(t.periods[0]):
            t = replace(t, kind="fiscal", periods=((t.periods[0][1],) * 2,))  # "ANNUAL DEBT REPORT 2023-2024": the fiscal year ending in 2024
        settled = settle_times(line, [replace(t, kind="fiscal") if t.kind == "year" else t], (), fiscal)[0]
        return settled.periods[:1] if settled.periods[0][0][:4].isdigit() else ()
    return ()


def _consecutive_years(period: tuple[str, str]) -> bool:
    start, end = period
    return len(start) == len(end) == 4 and start.isdigit() and end.isdigit() and int(end) - int(start) == 1


# "… for FY2024/25", "Budget Statement 2025/26: …": the year a title's report or budget is for
BUDGET_FOR = re.compile(r"\b[Bb]udgets?\s+for\s+(?:the\s+)?(?:(?:fiscal|financial|budget)\s+)?(?:[Yy]ears?\s+)?$|\bBUDGETS?\s+FOR\s+(?:THE\s+)?(?:YEARS?\s+)?$")
FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$|\b[Bb]udget(?:\s+(?:[Ss]tatement|[Ss]peech|[Ee]stimates|[Hh]ighlights|[Pp]roposals|[Ss]ummary|[Ii]n\s+[Bb]rief))?"
                        r"(?:\s+|\s*[·:–—,]\s*)$", re.IGNORECASE)  # (also "BUDGET STATEMENT · FISCAL YEAR 2025")
# "2025-26 OPERATING AND CAPITAL BUDGET", "2024/25 Budget Estimates": a title that opens with the year its budget is for
BUDGET_AFTER = re.compile(r"(?:\s+(?:[A-Z][A-Za-z]*|and|AND)){0,4}\s+(?:BUDGET|Budget)(?:\s+(?:STATEMENT|ESTIMATES|Statement|Estimates))?\s*")
SERIES_MONTH = re.compile(r"[^\d|,\n]*[A-Za-z)][ \t]*(?:[-–—:,])[ \t]*$")  # (also "CRUDE STEEL PRODUCTION, MAY 2025")
# "Economic Review, October 2025", "Policy Note, May 2025": a publication's edition, not a series' month
# ("Loans of credit institutions to households, May 2025", "CRUDE STEEL PRODUCTION, MAY 2025": a release's)
EDITION_COMMA = re.compile(r"\b(?:review|report|outlook|update|brief|bulletin|newsletter|digest|monitor|issue|edition|magazine|journal|survey|"
                           r"note|paper|letter|statement|memo|commentary|insight|analysis|study|presentation|speech|minutes)s?"
                           r"(?:[ \t]+to[ \t]+[A-Z][\w ]{2,30})?[ \t]*,[ \t]*$", re.IGNORECASE)  # ("Letter to Shareholders, April 2025")


def _edition_comma(title: str) -> bool:
    """Whether a title before its month names a publication's edition ("Policy Note, May 2025")."""
    return EDITION_COMMA.search(title) is not None
ISSUE_NUMBER_CELL = re.compile(r"(?:No|Issue|Vol|Volume|Number)\b", re.IGNORECASE)  # "No. 8/2024": the issue's number


def _month_beside_issue(line: str) -> tuple[tuple[str, str], ...]:
    """The month a heading's cell names alone, when another cell gives the day the document was issued."""
    cells = [cell.strip() for cell in line.split("|")]
    if not any(PUBLISHED_GAP.match(cell) for cell in cells):
        return ()
    times = [(t, cell) for cell in cells if not PUBLISHED_GAP.match(cell) and not ISSUE_NUMBER_CELL.match(cell) for t in time_expressions(cell)]
    months = [t for t, cell in times if t.kind == "month" and (t.start, t.end) == (0, len(cell))]
    # (not under a title that names its own period: "Annual Borrowing Plan 2024/25 | March 2024 | Released …")
    return months[0].periods[:1] if len(months) == 1 and len(times) == 1 else ()


WIDE_GAP = re.compile(r"[ \t]{3,}|\t+")
PUBLISHED_GAP = re.compile(r",?[ \t]*(?:published|released|issued)(?:[ \t]+on)?[ \t]+", re.IGNORECASE)
SERIES_YEAR = re.compile(r"[^\d|,\n]*[A-Za-z)][ \t]*:[ \t]*$")
# ("Monetary Policy Committee Statement: 2025", "Last updated: 2025", "Review No. 2: 2024": an edition or a stamp)
EDITION_COLON = re.compile(r"\b(?:review|report|outlook|update|updated|brief|bulletin|newsletter|issue|edition|note|paper|letter|"
                           r"statement|minutes|published|released|revised|issued|date)\s*:\s*$", re.IGNORECASE)
CALENDAR_YEAR_BEFORE = re.compile(r"\bcalendar\s+year\s+$", re.IGNORECASE)
# "RESULTS OF THE CERTIFICATE OF SECONDARY EDUCATION EXAMINATION (CSEE) 2023": the results of that year's sitting
RESULTS_OF = re.compile(r"(?:RESULTS[ \t]+OF|[Rr]esults[ \t]+of)[ \t]+[^\d|\n]+$")
SURVEY_MONTH = re.compile(r"[^\d|\n]*\b(?:Survey|Census)\b[^\d|\n]*(?:,|\bfor)[ \t]*$")
SURVEY_RESULTS = re.compile(r"(?:,[ \t]*(?:provisional|preliminary|final|revised|first)(?:[ \t]+(?:results|estimates|data|release))?)?[ \t]*")
# a bracketed note without figures ending a heading line (a code may stand in it: "(Statistical release P0211)")
TRAILING_NOTE = re.compile(r"(?<=\S)\s*\((?=[^()]{3,40}\)$)(?:[^()\d]|(?<=[A-Za-z])\d+)+\)$")
# a time a title's figures start from, or run up to: "… SINCE THE FIRST HALF OF 2019" (not what the figures cover)
FROM_BEFORE_TITLE_TIME = re.compile(r"\b(?:since|after|before|until|till)\s+(?:the\s+)?$", re.IGNORECASE)
# a title that looks ahead to a half-year, or a budget's year ending ahead ("WHAT TO WATCH IN …", "BUDGET … FOR THE YEAR ENDING …")
HALF_AHEAD = re.compile(r"\b(?:watch|outlook|expect\w*|forecast\w*|prospects?|will)\b", re.IGNORECASE)
YEAR_AHEAD = re.compile(r"\b(?:budget|estimates|plan|programme|program|forecast\w*|appropriation)\b", re.IGNORECASE)


def _past_period_of_title(title: str, time: TimeExpression) -> bool:
    """Whether a half-year or a year ended that ends a title is the past period its figures cover ("… IN FIRST HALF
    OF 2025", "AUDITED RESULTS FOR THE YEAR ENDED 31 MARCH 2025"); not one they run from, one ahead ("… FOR THE YEAR
    ENDING 30 JUNE 2026" over a budget, "WHAT TO WATCH IN THE SECOND HALF OF 2025")."""
    if FROM_BEFORE_TITLE_TIME.search(title, 0, time.start):
        return False
    return not HALF_AHEAD.search(title) if time.kind == "half" else not YEAR_AHEAD.search(title)


TITLE_AHEAD = re.compile(r"\b(?:expect\w*|forecast\w*|project\w*|outlook|target\w*|to\s+(?:reach|hit|rise|fall|grow|slow)|will|seen|plans?|goals?)\b", re.IGNORECASE)
# (not a body's founding on its letterhead: "successor to the Thailand Tobacco Monopoly, founded in 1939")
TITLE_IN_YEAR = re.compile(r"[A-Za-z]{3,}(?<!\bfounded)(?<!\bestablished)(?<!\bcreated)(?<!\bincorporated)(?<!\bformed)(?<!\bchartered)"
                           r"(?<!\bopened)(?<!\bbuilt)(?<!\bset up)[ \t]+(?:in|during)[ \t]+$", re.IGNORECASE)
AS_OF = re.compile(r"\b(?:as\s+(?:of|at)|status\s+(?:on|at))\s+$", re.IGNORECASE)


EARLY_HISTORY_MENTIONS = 3


@lru_cache(maxsize=4)  # (asked of one document by the extractor and two table readers: counted once)
def early_history(text: str) -> bool:
    """Whether a document is a history of times before 1800 ("Economy of the Republic of Venice"): it names
    such times at least EARLY_HISTORY_MENTIONS times in words no count takes ("in 1423", "the 1630s",
    "the 15th century", "AD", "the 6th century"). Its bare numbers in the shape of such years are its years."""
    return sum(1 for _ in zip(range(EARLY_HISTORY_MENTIONS), chain(STRONG_EARLY.finditer(text), ANCIENT.finditer(text)))) >= EARLY_HISTORY_MENTIONS
