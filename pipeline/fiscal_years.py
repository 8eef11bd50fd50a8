"""A document's fiscal year: the months its years run from and to, where it says so ("Fiscal years run
from October to September", "FY2024 (July 2023–June 2024)", "(the fiscal year begins on 1 April)")."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.countries import country_mentions
from pipeline.lexicon import load_lexicon
from pipeline.matching import caseless, trie_pattern
from pipeline.period_values import QUARTERS, _months
from pipeline.settling import CALENDAR_YEAR, SEASON_WORDS, FiscalYear

@lru_cache(maxsize=1)
def _fiscal_year_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    month = "(?:" + trie_pattern(_months()) + r")"
    verbs = "|".join(load_lexicon("context")["fiscal_year_verbs"])
    day = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+|mid-?\s*)"  # "1 July", "1st April", "mid-July"
    names = "|".join(load_lexicon("context")["fiscal_year_names"])
    # (also "The 2022/23 crop season opened on 1 October 2022 and closed on 30 September 2023")
    # ("kept by fiscal year, from October to September", '"FY2025" is the district's fiscal year from 1 July 2024 to …')
    stated = re.compile(rf"\b(?:{names})\s+(?:years?|seasons?)\b[^.;]{{0,60}}?(?:\b(?:{verbs})\s+(?:from\s+|on\s+)?|,\s+from\s+|(?<=year)\s+from\s+)(?:{day})?(?P<m1>{month})\b"
                        rf"[^.;]{{0,12}}?\b(?:to|through|until|till|(?:closed|ended|ending|closing|end|ends)\s+on|-|–)\s+(?:{day})?(?P<m2>{month})\b",
                        re.IGNORECASE)
    # a fiscal year defined by its months in brackets: "FY2024 (July 2023–June 2024)"
    # … or by its first and last days: "(Financial year 1 July 2023 to 30 June 2024)", "Financial year: 1 July 2022 to …"
    # (… or "FINANCIAL YEAR 2023/24 (1 July 2023 to 30 June 2024)")
    bracketed = re.compile(rf"\b(?:(?:FY\s?|(?:{names})\s+(?:year\s+)?)\d{{2,4}}(?:/\d{{2,4}})?\s*\(\s*(?:{day})?(?P<m1>{month})\s+\d{{4}}\s*"
                           rf"(?:-|–|—|to)\s*(?:{day})?(?P<m2>{month})\s+\d{{4}}\s*\)"
                           rf"|(?:{names})\s+year:?\s+{day}(?P<d1>{month})\s+\d{{4}}\s*(?:-|–|—|to)\s*{day}(?P<d2>{month})\s+\d{{4}}"
                           # … or by its months alone: "Fiscal Year (September 1 to August 31)", "fiscal year (July-June)"
                           rf"|(?:{names})\s+years?\s*\(\s*(?:{day})?(?P<b1>{month})(?:\s+\d{{1,2}})?\s*(?:-|–|—|to|through)\s*"
                           rf"(?:{day})?(?P<b2>{month})(?:\s+\d{{1,2}})?\s*\)"
                           # … or on a fact sheet's line: "Fiscal year         1 April – 31 March"
                           # (indented, and "October 1 - September 30")
                           rf"|(?:(?<![^\n])|(?<=\n[ \t])|(?<=\n[ \t]{{2}})|(?<=\n[ \t]{{3}})|(?<=\n[ \t]{{4}}))(?:{names})\s+year[ \t]*:?[ \t]+"
                           rf"(?:{day})?(?P<l1>{month})(?:[ \t]+\d{{1,2}})?[ \t]*(?:-|–|—|to)[ \t]*(?:{day})?"
                           rf"(?P<l2>{month})(?:[ \t]+\d{{1,2}})?[ \t]*(?=\r?\n|$))",
                           re.IGNORECASE)
    return stated, bracketed


def _search_at(pattern: re.Pattern[str], text: str, lowered: str | None, starts: tuple[str, ...]) -> re.Match[str] | None:
    """pattern.search(text) for a pattern whose every match begins with one of `starts` (lower-cased):
    tried only where they occur, found with str.find, instead of at every character of a document.
    `lowered` is caseless(text)."""
    if lowered is None:
        return pattern.search(text)
    places = sorted({at for start in starts for at in _occurrences(lowered, start)})
    return next((m for at in places if (m := pattern.match(text, at))), None)


def _occurrences(text: str, word: str):
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


@lru_cache(maxsize=64)
def fiscal_year(text: str, home: str = "") -> FiscalYear:
    """The months a document's fiscal years run from and to, when it says so ("Fiscal years (FY) run
    from October to September", "FY2024 (July 2023–June 2024)", "from mid-July to mid-July");
    calendar years otherwise. Its years are named by the year they start in when it says one ended in
    the next calendar year ("FY2024 ended on 31 March 2025"), or, when it does not say, if its country (`home`) names
    them so (Japan's "fiscal 2021" runs from April 2021)."""
    # (a report that states its own year as the calendar year keeps it, whatever another's accounts run by: "Reporting
    # year 1 January – 31 December 2023; EAGF accounts for the EU financial year 16 October 2022 – 15 October 2023")
    months = CALENDAR_YEAR if OWN_CALENDAR_YEAR.search(text[:1500]) else _fiscal_months(text)
    season_start, season_end, kind = _season_of_split_years(text)
    # (a document without a fiscal year of its own that defines "the season", or that calls its split years seasons
    # three times or more, means seasons by them; not "the 2023/24 flu season (November to March)" once)
    seasons = dict(season_start=season_start, season_end=season_end, season_kind=kind,
                   seasons_by_default=bool(season_start) and (months.start == 1 and not kind or len(SPLIT_YEAR_SEASON.findall(text)) > 2))
    if months.start == 1:
        return months._replace(**seasons)
    if (defined := _defined_year(text)) is not None and (defined.start, defined.end) == (months.start, months.end):
        return months._replace(by_start=defined.by_start, years_fiscal=True, **seasons)
    stated = _named_by_start(text)
    by_start = stated if stated is not None else home in load_lexicon("places")["fiscal_years_named_by_start"]
    return months._replace(by_start=by_start, written_in_full=_writes_fiscal_years_in_full(text), **seasons)


OWN_CALENDAR_YEAR = re.compile(r"^[ \t]*(?:Reporting|Financial|Business|Fiscal|Accounting)[ \t]+year[ \t]*:?[ \t]*(?:from[ \t]+)?1[ \t]+January"
                               r"[ \t]*(?:[–-]|to)[ \t]*31[ \t]+December\b", re.MULTILINE)


# "the 2023-2024 financial year", "Fiscal Year 2024-2025", "the 2025-2026 Budget", '"2023–2024" in this report
# means the year ended 31 July 2024' ('"2023–2024" in this report mean 1 August 2023 to 31 July 2024'), a cooperative's
# "harvest 2024-2025": both years in full
FISCAL_YEAR_IN_FULL = re.compile(r"(?:\b(?:fiscal|financial|budget)\s+years?\s+|\bFY\s?)(?P<first>(?:19|20)\d\d)[–-](?P<last>(?:19|20)\d\d)\b"
                                 r"|\b(?P<first2>(?:19|20)\d\d)[–-](?P<last2>(?:19|20)\d\d)\s+(?:fiscal|financial|budget)\b"
                                 r"|[\"“](?P<first3>(?:19|20)\d\d)[–-](?P<last3>(?:19|20)\d\d)[\"”][^.]{0,30}?\bmeans?\s+(?:the\s+(?:\w+\s+)?year\b|\d{1,2}\s+[A-Z][a-z]+\s+(?P=first3)\b)"
                                 r"|\b(?:harvest|crop\s+year|marketing\s+year)\s+(?P<first4>(?:19|20)\d\d)[–-](?P<last4>(?:19|20)\d\d)\b", re.IGNORECASE)


def _writes_fiscal_years_in_full(text: str) -> bool:
    """Whether the document names a fiscal year by two following years in full ("the 2023-2024 financial
    year"), so that its other "2025-2026" are fiscal years too (elsewhere "2018-2019" may be two calendar years)."""
    return any(int(m.group("last") or m.group("last2") or m.group("last3") or m.group("last4"))
               - int(m.group("first") or m.group("first2") or m.group("first3") or m.group("first4")) == 1
               for m in FISCAL_YEAR_IN_FULL.finditer(text))


def _named_by_start(text: str) -> bool | None:
    """Whether the text dates a fiscal year it names by a single year within the calendar year after it
    ("FY2024 ended on 31 March 2025", "fiscal year 2024 (April 2024 to March 2025)" does not: it starts in 2024);
    None when it does not say."""
    if "FY" not in text and "iscal " not in text:
        return None
    month, names = _month_and_year_names()
    # "fiscal 2021 (April 2021 to March 2022)": named by the year it starts in ("FY2024 (July 2023–June 2024)" is not)
    if bracketed := re.search(rf"\b(?:FY\s?|(?:{names})\s+(?:year\s+)?)(?P<year>(?:19|20)\d\d)\s*\(\s*(?:\d{{1,2}}\s+)?{month}\s+(?P<start>(?:19|20)\d\d)\b",
                              text, re.IGNORECASE):
        return bracketed.group("year") == bracketed.group("start")
    # ("FY2024, which ended in March 2025", "Fiscal 2024 ended on …"; not "extended in FY2022, closed on 31 March 2023")
    for m in re.finditer(rf"\b(?:FY\s?|(?:{names})\s+(?:year\s+)?)(?P<year>(?:19|20)\d\d)(?![/–-]\d)\b(?:\s+|,\s+(?:which|that)\s+)(?:ended|ends|closed|closes|will\s+end)\s+"
                         rf"(?:on\s+|in\s+)?(?:\d{{1,2}}\s+)?{month}\s+(?:\d{{1,2}},?\s+)?(?P<end>(?:19|20)\d\d)\b", text, re.IGNORECASE):
        return int(m.group("end")) == int(m.group("year")) + 1
    return None


def _fiscal_months(text: str) -> FiscalYear:
    split = _split_year_months(text) or _reporting_period_months(text) or _year_ended_months(text) or _quarter_months(text)
    if split:
        return split
    plain = text.lower()
    if "campaign" in plain and (campaign := _campaign_year(text)):
        return campaign  # "A shea campaign runs from 1 June to 31 May": a crop's marketing year, twelve months
    names = tuple(load_lexicon("context")["fiscal_year_names"])
    if "fy" not in plain and not any(name in plain for name in names) and "years end" not in plain and "season" not in plain:  # (cheap skip)
        return CALENDAR_YEAR
    stated, bracketed = _fiscal_year_patterns()
    lowered = caseless(text)  # (None where lower-casing moves offsets: plain stays for tests of words)
    # (a body's "accounting" or "reporting" year only where the text defines no fiscal year or season of its own: not
    # "The mining company's reporting year runs from January, while the government's financial year runs from 1 July")
    own = tuple(name for name in names if name not in load_lexicon("context")["secondary_fiscal_year_names"])
    m = _search_at(stated, text, lowered, own) or _search_at(bracketed, text, lowered, ("fy", *own)) \
        or _search_at(stated, text, lowered, names) or _search_at(bracketed, text, lowered, names)
    if not m and "when " in plain and (begun := _fiscal_year_begins_when().search(text)) and not _names_a_country_before(text, begun.start()):
        return _twelve_months_from(begun.group("m1"))  # "… from July 1, when the fiscal year begins"
    if not m and (begun := _search_at(_fiscal_year_start(), text, lowered, names)) and (lead := OWN_YEAR_LEAD.search(text, max(0, begun.start() - 20), begun.start())) \
            and not (lead.group("follows") and _names_a_country_before(text, lead.start())):
        return _twelve_months_from(begun.group("m1"))  # "(the fiscal year begins on 1 April)"
    if not m:
        # "the 2024 fiscal year, which ended on 31 March 2025": a year defined by its last month
        ended = _search_at(_fiscal_year_end(), text, lowered, (*names, "years"))
        if ended and ended.group().startswith("years") and not NOTE_LINE.match(text, text.rfind("\n", 0, ended.start()) + 1):
            ended = None  # "UK aid to Kenya (years ending 31 March) was …": one series' years (a note's are the document's)
        return _twelve_months(_months()[ended.group("m2").lower()] % 12 + 1, _months()[ended.group("m2").lower()]) if ended \
            else _season_of_twelve_months(text)
    first, last = next((m.group(a), m.group(b)) for a, b in (("m1", "m2"), ("d1", "d2"), ("b1", "b2"), ("l1", "l2")) if m.group(a))
    if ", from" in m.group() and (_months()[first.lower()] - _months()[last.lower()]) % 12 != 1:
        return CALENDAR_YEAR  # "the second quarter of the 2024/25 fiscal year, from October to December": a part of it
    return _twelve_months(_months()[first.lower()], _months()[last.lower()])


# "(the fiscal year begins on 1 April)", "Its fiscal year starts on …": the text's own fiscal year (not "Japanese
# public procurement, where the fiscal year begins on 1 April")
# ("Public accounts follow a fiscal year beginning on 1 October")
# (but not "Australia, its main rival, follows a fiscal year beginning on 1 July": another country's)
OWN_YEAR_LEAD = re.compile(r"(?:^|[(\n]|[.;:]\s)\s*(?:[Tt]he\s+|[Ii]ts\s+)?$|\b[Ii]ts\s+$|(?P<follows>\b(?:follows?|followed|uses?|used|keeps?|kept)\s+a\s+$)")
SENTENCE_START = re.compile(r"[.!?\n]\s")


def _names_a_country_before(text: str, at: int) -> bool:
    """Whether the sentence up to `at` names another country than the one the text's first line does ("The
    US Congress faces a shutdown from October 1, when …" in an article on Mexico)."""
    start = max((m.end() for m in SENTENCE_START.finditer(text, max(0, at - 300), at)), default=max(0, at - 300))
    titled = {country.name for _, _, country in country_mentions(text.lstrip("\ufeff").split("\n", 1)[0])}
    return any(country.name not in titled for _, _, country in country_mentions(text[start:at]))


@lru_cache(maxsize=1)
def _month_and_year_names() -> tuple[str, str]:
    """The patterns of a month's name and of the words that name a fiscal kind of year ("fiscal", "crop")."""
    return "(?:" + trie_pattern(_months()) + r")", "|".join(load_lexicon("context")["fiscal_year_names"])


@lru_cache(maxsize=1)
def _fiscal_year_start() -> re.Pattern[str]:
    month, names = _month_and_year_names()
    return re.compile(rf"(?:{names})\s+years?\s+(?:(?:that|which)\s+)?(?:begins|starts|begin|start|opens|beginning|starting)\s+on\s+(?:\d{{1,2}}\s+)?(?P<m1>{month})\b"
                      rf"(?!\s*\d{{0,2}}\s*(?:and|to|through|until|[-–]))", re.IGNORECASE)


@lru_cache(maxsize=1)
def _fiscal_year_begins_when() -> re.Pattern[str]:
    """"… tested from July 1, when the fiscal year begins": the day a sentence says the year begins on."""
    month, names = _month_and_year_names()
    return re.compile(rf"\b(?:from|on)\s+(?:\d{{1,2}}\s+)?(?P<m1>{month})(?:\s+\d{{1,2}})?,?\s+when\s+(?:the|its)\s+"
                      rf"(?:new\s+)?(?:{names})\s+year\s+(?:begins|starts|opens)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _fiscal_year_end() -> re.Pattern[str]:
    month, names = _month_and_year_names()
    # (also a note's "(years ending 30 June)": the years of all its figures)
    return re.compile(rf"(?:(?:{names})\s+years?,?|(?:(?<=\()|(?<=[;,]\s))years)\s+(?:which\s+|that\s+)?(?:ended|ends|ending|end)\s+(?:on\s+)?(?:\d{{1,2}}\s+)?(?P<m2>{month})\b",
                      re.IGNORECASE)


def _season_of_twelve_months(text: str) -> FiscalYear:
    """A season a document defines as twelve months when it defines no fiscal year ("the football
    season, which runs from 1 July to 30 June"; not "the rainy season runs from June to September")."""
    month, _ = _month_and_year_names()
    for m in SEASON_RUNS.finditer(text) if "season" in text else ():
        months = re.findall(month, m.group("months"), re.IGNORECASE)
        first, last = (_months()[name.lower()] for name in (months[0], months[-1])) if len(months) == 2 else (1, 1)
        if (first - last) % 12 in (0, 1) and first != 1:
            return _twelve_months(first, last)
    return CALENDAR_YEAR


# "the 2023/24 season", "THE 2025/26 FISHING SEASON", "the first season, 2020/21": a split year the text calls a season
# (a farming "campaign 2023/2024", "the 2023/24 cotton campaign", is its season)
SPLIT_YEAR_SEASON = re.compile(r"\b(?:19|20)\d\d\s*[/–-]\s*(?:19|20)?\d\d" + SEASON_WORDS + r"|\b(?:seasons?|campaigns?),?\s+(?:19|20)\d\d\s*[/–-]\s*\d\d", re.IGNORECASE)


def _season_of_split_years(text: str) -> tuple[int, int, str]:
    """The first and last months of the season a document names its split years by, when it calls them seasons
    ("the 2023/24 season") and says what months a season runs ("An AIP season runs from October, when sales open, to
    the end of the harvest in June", "the 2023/24 season (October 2023 to June 2024)"), and the word it names the season
    by ("fishing" season; "" for "the season"); (0, 0, "") otherwise."""
    if "eason" not in text and "EASON" not in text or not SPLIT_YEAR_SEASON.search(text):
        return 0, 0, ""
    month, _ = _month_and_year_names()
    for m in SEASON_MONTHS.finditer(text):
        months = re.findall(month, m.group("months") or m.group("months2") or m.group("months3"), re.IGNORECASE)
        years = re.findall(r"\b(?:19|20)\d\d\b", m.group("months3") or "")
        if len(months) >= 2 and ((first := _months()[months[0].lower()]) > (last := _months()[months[-1].lower()])  # (across the new year)
                                 or first == last and len(years) >= 2 and int(years[-1]) == int(years[0]) + 1):  # (June 2023 to June 2024)
            kind = (m.group("kind") or m.group("kind2") or "").lower()
            return first, last, "" if kind in ("the", "a", "an", "each", "every", "its", "this", "their") else kind
    return 0, 0, ""


# "the fishing season runs from 1 November to 31 October", "the 2023/24 season (October 2023 to June 2024)"
# (perhaps with who counts it so between: "The oyster season, as the Committee has always counted it, runs from …")
AS_COUNTED = r"(?:as\s+[^,.;()\n]{3,50},\s+)?"
SEASON_MONTHS = re.compile(r"(?:\b(?P<kind>[^\W\d_]+)\s+)?\bseasons?,?\s+" + AS_COUNTED + r"(?:(?:which|that)\s+)?(?:runs?|ran|lasts?|extends?)\s+from\s+(?P<months>[^.;()]{3,40}?\b(?:to|until|through)\s+"
                           r"(?:the\s+end\s+of\s+[^.;()]{0,30}?\bin\s+)?(?:\d{1,2}\s+)?[A-Z][a-z]+)"
                           r"|(?:\b(?P<kind2>[^\W\d_]+)\s+)?\bseasons?\s*\(\s*(?P<months2>[^()]{6,40}?)\)"
                           # "The 2023/2024 campaign comprises the wet season from June to December 2023 and the dry season from January to June 2024"
                           r"|\b(?:19|20)\d\d\s*[/–-]\s*(?:19|20)?\d\d\s+(?:season|campaign)\s+(?:comprises|comprised|covers|covered|consists\s+of|includes)\s+(?P<months3>[^.;]{10,200})")


NOTE_LINE = re.compile(r"[ \t]*(?:Sources?|Notes?|Table)\b")  # (a note's, a source's or a numbered table's line)
SEASON_RUNS = re.compile(r"\bseasons?,?\s+" + AS_COUNTED + r"(?:which|that)?\s*(?:runs?|ran|lasts?|extends?)\s+from\s+(?P<months>[^.;]{3,40}?\bto\s+(?:\d{1,2}\s+)?[A-Z][a-z]+)")


@lru_cache(maxsize=1)
def _month_word() -> str:
    return "(?:" + trie_pattern(_months()) + r")"  # a month's name, as a group of a pattern


def _defined_year(text: str) -> FiscalYear | None:
    """The twelve months a plain year means where a note defines it so ('"2023" and "the 2023 crop" mean the cranberries …
    marketed from 1 September 2023 to 31 August 2024'), named by its start when it starts in that year; None when no note
    does (or it defines the calendar year: '"2023" below means 1 January to 31 December 2023')."""
    if "mean" not in text and " is the " not in text:
        return None
    month = _month_word()
    # (or '"2025" in this statement is the year from 1 November 2024 to 31 October 2025')
    m = re.search(rf"[\"“](?P<year>(?:19|20)\d\d)[\"”][^.;]{{0,120}}?\b(?:means?|is\s+the\s+(?:financial\s+|fiscal\s+)?year)\b[^.;]{{0,80}}?\b(?:\d{{1,2}}\s+)?(?P<m1>{month})\s+(?P<y1>(?:19|20)\d\d)"
                  rf"\s*(?:to|through|until|[–-])\s*(?:\d{{1,2}}\s+)?(?P<m2>{month})\s+(?P<y2>(?:19|20)\d\d)\b", text, re.IGNORECASE)
    if not m or int(m.group("y2")) - int(m.group("y1")) != 1 or m.group("year") not in (m.group("y1"), m.group("y2")):
        return None
    first, last = _months()[m.group("m1").lower()], _months()[m.group("m2").lower()]
    if (first - last) % 12 != 1 or first == 1:
        return None
    return _twelve_months(first, last)._replace(by_start=m.group("year") == m.group("y1"))


def _campaign_year(text: str) -> FiscalYear | None:
    """The twelve months a crop's campaign runs, as a text about its marketing defines them ("A shea campaign runs from
    1 June to 31 May"); None for any other span (an election campaign from August to September)."""
    month = _month_word()
    day = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)"
    for m in re.finditer(rf"\bcampaigns?\s+(?:runs?|ran|lasts?|covers?|extends?)\s+from\s+{day}?(?P<m1>{month})\b[^.;]{{0,12}}?"
                         rf"\b(?:to|through|until)\s+{day}?(?P<m2>{month})\b", text, re.IGNORECASE):
        first, last = _months()[m.group("m1").lower()], _months()[m.group("m2").lower()]
        if (first - last) % 12 == 1:
            return _twelve_months(first, last)
    return None


def _twelve_months_from(month: str) -> FiscalYear:
    """The fiscal year of twelve months from the named month."""
    first = _months()[month.lower()]
    return _twelve_months(first, (first - 2) % 12 + 1)


def _twelve_months(first: int, last: int) -> FiscalYear:
    """The fiscal year from month `first` to month `last`: the month before (from the 1st), or the same
    month (from a day within it: "mid-July to mid-July"); any other pair is read as from the 1st."""
    if first == 1:
        return CALENDAR_YEAR
    return FiscalYear(first, last if (first - last) % 12 in (0, 1) else (first - 2) % 12 + 1)


def _split_year_months(text: str) -> FiscalYear | None:
    """"… in 2024-25 (April-March)": a split year whose twelve months a bracket names; its fiscal
    year, else None."""
    if "(" not in text:
        return None
    month = "(?:" + trie_pattern(_months()) + r")"
    for m in re.finditer(rf"\b(?:19|20)\d\d\s*[-–/]\s*\d\d(?:\s+(?:marketing|fiscal|financial|crop)\s+year)?\s*\(\s*(?P<m1>{month})\s*(?:-|–|—|/|to)\s*(?P<m2>{month})\s*\)",
                         text, re.IGNORECASE):
        first, last = _months()[m.group("m1").lower()], _months()[m.group("m2").lower()]
        if first != 1 and (first - last) % 12 == 1:  # April to March: twelve months
            return FiscalYear(first, last)
    return None


QUARTER_TITLE_REACH = 800


def _quarter_months(text: str) -> FiscalYear | None:
    """"Q2 OF FINANCIAL YEAR 2024-25 (JULY - SEPTEMBER 2024)": a numbered quarter of a split fiscal year
    that a bracket gives the months of; the twelve months it is a quarter of, else None."""
    if "(" not in text or "uarter" not in text and not re.search(r"\bQ[1-4]\b", text):
        return None
    month = "(?:" + trie_pattern(_months()) + r")"
    heading = text[:QUARTER_TITLE_REACH]  # (the report's own title: not another body's quarter named in the text)
    for m in re.finditer(rf"\b(?:Q(?P<q>[1-4])|(?:the\s+)?(?P<n>first|second|third|fourth)\s+quarter)\s+of\s+(?:the\s+)?"
                         rf"(?:FY\s?|(?:fiscal|financial|budget)\s+year\s+)(?:19|20)\d\d\s*[-–/]\s*\d\d(?:\d\d)?\s*"
                         rf"[(:]\s*(?P<m1>{month})\s*(?:-|–|—|to)\s*(?P<m2>{month})\b", heading, re.IGNORECASE):
        line = heading[heading.rfind("\n", 0, m.start()) + 1 : heading.find("\n", m.end()) % (len(heading) + 1)].strip()
        first, last = _months()[m.group("m1").lower()], _months()[m.group("m2").lower()]
        if (last - first) % 12 != 2 or len(line) > 140 or line.endswith("."):
            continue  # (not three months; a sentence, not a title: "Volumes for … were flat in the second quarter of …")
        start = (first - 1 - 3 * (QUARTERS[(m.group("q") or m.group("n")).lower()] - 1)) % 12 + 1
        if start != 1:
            return FiscalYear(start, (start - 2) % 12 + 1, quarters_fiscal=True)
    return None


def _reporting_period_months(text: str) -> FiscalYear | None:
    """"ANNUAL REPORT 2024/25" over "Reporting period: 1 July 2024 to 30 June 2025" (or "Reindeer husbandry year 1 April
    2022 – 31 March 2023"): a report of a split year that
    gives its twelve months, from a month other than January into the next year; its fiscal year, else None."""
    if not SPLIT_YEAR.search(text):
        return None
    month = "(?:" + trie_pattern(_months()) + r")"
    # (or a line that opens with the year a sector keeps: "Reindeer husbandry year 1 April 2022 – 31 March 2023")
    m = re.search(rf"(?:\b(?i:reporting|review|accounting|report|financial)\s+(?i:period)|^[ \t]*[A-Z][a-z]+(?:[ \t]+[a-z]+){{0,2}}[ \t]+year)\s*:?\s*"
                  rf"(?:from\s+)?(?:\d{{1,2}}(?:st)?\s+)?(?P<m1>(?i:{month}))\s+(?P<y1>(?:19|20)\d\d)"
                  rf"\s*(?:to|until|through|-|–|—)\s*(?:\d{{1,2}}(?:st|th)?\s+)?(?P<m2>(?i:{month}))\s+(?P<y2>(?:19|20)\d\d)\b", text[:3000], re.MULTILINE)
    if not m or int(m.group("y2")) != int(m.group("y1")) + 1:
        return None
    first, last = _months()[m.group("m1").lower()], _months()[m.group("m2").lower()]
    return FiscalYear(first, last) if first != 1 and (first - last) % 12 == 1 else None


SPLIT_YEAR = re.compile(r"\b(?:19|20)\d\d\s*[/–-]\s*\d\d\b")


def _year_ended_months(text: str) -> FiscalYear | None:
    """"ANNUAL REPORT 2024" over "For the year ended 30 June 2024", in a text that writes split years ("2023/24"):
    the report's year ends in a month other than December, and so do the years it splits; its fiscal year, else None."""
    if "nded" not in text[:1500] or not SPLIT_YEAR.search(text):
        return None
    month = "(?:" + trie_pattern(_months()) + r")"
    m = re.search(rf"^[ \t]*(?:[Ff]or\s+the\s+)?(?:[Ff]inancial\s+|[Ff]iscal\s+)?[Yy]ear\s+(?:ended|ending)\s+(?:on\s+)?(?:\d{{1,2}}\s+)?"
                  rf"(?P<m2>{month})\s+(?:\d{{1,2}},\s+)?(?:19|20)\d\d[ \t]*$", text[:1500], re.IGNORECASE | re.MULTILINE)  # (not another body's accounts after it)
    if not m or (last := _months()[m.group("m2").lower()]) == 12:
        return None
    return FiscalYear(last % 12 + 1, last)


# "FOREST FIRE SEASON 2023 - SEASON REPORT", "The 2024 Fishing Season": a title naming a season by one year
SEASON_TITLE = re.compile(r"\bseason\s+(?P<y1>(?:19|20)\d\d)\b(?![/–-]\d)|(?<![/–-])\b(?P<y2>(?:19|20)\d\d)\s+(?:[A-Za-z]+\s+){0,2}season\b", re.IGNORECASE)
DAY_MONTH = r"(?:(?P<d{n}>\d{{1,2}})\s+)?(?P<m{n}>[A-Z][a-z]+)"
SEASON_SPAN = re.compile(rf"{DAY_MONTH.format(n=1)}\s+(?:to|until|through)\s+{DAY_MONTH.format(n=2)}")  # "1 May to 31 October"


def titled_season(line: str, text: str) -> tuple[tuple[str, str], ...]:
    """The days or months of the season a title line names by its year, when the text says the season runs within
    one calendar year ("FOREST FIRE SEASON 2023" and "The fire season runs from 1 May to 31 October":
    2023-05-01 to 2023-10-31); () otherwise (a season across the new year is a split year's: _season_of_split_years)."""
    title = SEASON_TITLE.search(line)
    if not title:
        return ()
    year = title.group("y1") or title.group("y2")
    for m in SEASON_RUNS.finditer(text):
        parts = SEASON_SPAN.search(m.group("months"))
        if not parts or parts.group("m1").lower() not in _months() or parts.group("m2").lower() not in _months():
            continue
        first, last = _months()[parts.group("m1").lower()], _months()[parts.group("m2").lower()]
        if first > last:
            return ()
        if parts.group("d1") and parts.group("d2"):
            return ((f"{year}-{first:02d}-{int(parts.group('d1')):02d}", f"{year}-{last:02d}-{int(parts.group('d2')):02d}"),)
        return ((f"{year}-{first:02d}", f"{year}-{last:02d}"),)
    return ()
