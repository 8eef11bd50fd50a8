"""Times named without a year: months ("in February"), quarters ("the third quarter", "since Q1") and
back-references ("a year earlier", "last month"). Their year comes from the sentence, its paragraph
or the document's date (see settling.py); until then it is written YEARLESS."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicon import load_lexicon
from pipeline.matching import trie_pattern
from pipeline.pattern_syntax import required_words
from pipeline.period_values import QUARTERS, _months
from pipeline.periods import TimeExpression

YEARLESS = "YYYY"
NO_YEAR_AFTER = r"(?!\.?,?\s*(?:(?:1[89]|20)\d\d\b|[0-3]?\d\b(?![,.]\d)|of\s+\d))"  # (not "June, 3,870 more")


@lru_cache(maxsize=1)
def _yearless_patterns() -> tuple[list[tuple[str, re.Pattern[str], tuple[str, ...] | None]], tuple[re.Pattern[str], re.Pattern[str]]]:
    # Month names are matched capitalised only: "may" and "march" are also ordinary words.
    month = "(?:" + "|".join(sorted(load_lexicon("context")["months"], key=len, reverse=True)) + r")\b\.?"
    lex = load_lexicon("context")
    prepositions = "|".join(lex["yearless_month_prepositions"])
    anaphora = trie_pattern(lex["year_anaphora"])
    deictic = trie_pattern(lex["deictic_years"])
    weekday = "|".join(lex["weekdays"])
    specs = [
        # "over the 12 months to June": the year (or the months) up to a month of the year in context
        ("months_to", rf"\b(?i:(?P<n>\d{{1,2}}|{_small_numbers()})\s+months\s+(?:to|ending|ended|through)\s+(?:end-|the\s+end\s+of\s+)?)(?P<m1>{month}){NO_YEAR_AFTER}"),
        # (also "in the April–June quarter": the months of the quarter)
        ("month_span", rf"\b(?P<m1>{month})\s*(?:-|–|—|to|through)\s*(?P<m2>{month})(?:\s+quarter\b)?{NO_YEAR_AFTER}"),
        # "200 grams per day between May and September": "between" binds the span, like "between 2009 and 2013"
        ("month_span", rf"\b(?P<between>(?i:between))\s+(?P<m1>{month})\s+and\s+(?P<m2>{month}){NO_YEAR_AFTER}"),
        # "the deficit widened 7.1% in January and February": the two months together
        ("month_span", rf"\b(?i:in|during|for|over)\s+(?P<m1>{month})\s+and\s+(?P<m2>{month}){NO_YEAR_AFTER}"),
        ("month", rf"\b(?P<at>(?:(?:at|by)\s+)?(?:the\s+)?[Ee]nd[- ](?:of\s+)?(?P<m1>{month})){NO_YEAR_AFTER}"),
        # "The February issuance of a US$1.5 billion Eurobond", "the March cut": a month naming an event of it
        # ("the revised June rate of 1,393,000", "The June estimate of starts": a month's figure)
        ("month", rf"\b(?i:the)\s+(?:(?i:revised|preliminary|provisional|previous|final|initial)\s+)?(?P<m1>{month})(?=\s+(?:[a-z-]+\s+)?(?:issuance|issue|sale|auction|cut|hike|increase|reduction|"
                  rf"decision|meeting|review|devaluation|agreement|election|elections|float|default|reform|budget|rate|estimate|figure|reading|level|total)\b)"),
        # "in January last year": the month of the year counted from the document's date
        ("month", rf"\b(?i:{prepositions})\s+(?:(?i:early|mid|late)[- ])?(?P<m1>{month})\s+(?P<deixis>(?i:{deictic}))\b"),
        ("month", rf"\b(?i:{prepositions})\s+(?:(?i:early|mid|late)[- ])?(?P<m1>{month}){NO_YEAR_AFTER}"),
        # "paid 44 cent a litre for October", "palm olein for October shipment": the month a price or a levy is for
        ("month_for", rf"\b(?i:for)\s+(?P<m1>{month}){NO_YEAR_AFTER}"),
        # "by 7.0% in the June quarter": the quarter named by the month it ends in
        # (not the base of a change: "up 7% on the June quarter")
        ("quarter", rf"(?<!\bon\s)(?<!\bover\s)(?<!\bwith\s)(?<!\bfrom\s)\b(?i:the)\s+(?P<qm>{month})\s+(?i:quarter)\b(?!\s+(?:of\s+)?(?:1[89]|20)\d\d)"),
        # "in the first and second quarters": the two quarters together
        ("quarter_pair", r"\b(?i:the\s+(?P<q>first|second|third)\s+and\s+(?P<q2>second|third|fourth)\s+quarters)\b"),
        # "Main labour market indicators, third quarter": a caption's quarter after its comma
        ("quarter", r"(?<=,\s)(?i:(?P<q>first|second|third|fourth))\s+quarter\b(?!\s+(?:of\s+)?(?:1[89]|20)\d\d)"),
        ("quarter", rf"\b(?i:the\s+(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|I{{1,3}}|IV)\s+quarter)\b(?!\s+(?:of\s+)?(?:1[89]|20)\d\d)"
                    rf"(?:\s+(?:of\s+)?(?P<deixis>(?i:{deictic}))(?![’']s\b))?"),  # "the first quarter of this year", "the third quarter last year"
        # "revised third-quarter growth", "since Q1": a quarter named as an adjective or by its number
        ("quarter", r"\b(?i:(?P<q>first|second|third|fourth)-quarter)\b(?!\s+(?:of\s+)?(?:1[89]|20)\d\d)"),
        ("quarter", rf"\b(?i:Q(?P<qn>[1-4]))\b(?!\s*(?:FY|fiscal)?\s*\d)(?:\s+(?:of\s+)?(?P<deixis>(?i:{deictic}))(?![’']s\b))?"),  # "Q3 last year" (not "Q3 last year's gains")
        # "the week ending 22 March": seven days, of the year of the sentence, paragraph or dateline
        ("week", rf"\b(?i:the\s+week\s+(?:ending|ended|to))\s+(?:(?P<d1>[0-3]?\d)\s+(?P<m1>{month})|"
                 rf"(?P<m2>{month})\s+(?P<d2>[0-3]?\d)\b){NO_YEAR_AFTER}"),
        # "Between 1 and 30 June", "from 1 to 15 March": the days of one month
        ("day", rf"\b(?P<between>(?i:between|from))\s+(?P<d2>[0-3]?\d)\s+(?:and|to|until)\s+(?P<d3>[0-3]?\d)\s+(?P<m2>{month})(?!\.?,?\s*(?:\d{{4}}\b|of\s+\d))"),
        # "on February 27", "March 25–26", "27 February": days of the year of the sentence or dateline
        ("day", rf"\b(?P<m1>{month})\s+(?P<d1>[0-3]?\d)(?:\s*[-–]\s*(?P<d3>[0-3]?\d))?\b(?!\s*,?\s*\d|:)"),
        ("day", rf"\b(?P<d2>[0-3]?\d)(?:\s*[-–]\s*(?P<d3>[0-3]?\d))?\s+(?P<m2>{month}){NO_YEAR_AFTER}"),
        # "during the first two months of the year": January to February of the year in context
        # … and "in the first eight months" alone, of the year in context (not "of the programme")
        ("first_months", rf"\b(?i:the\s+first\s+(?P<n>\d{{1,2}}|{_small_numbers()})\s+months(?:\s+of\s+(?:the|(?P<this>this))\s+year)?)\b"
                         rf"(?!\s+of\b|\s+(?:after|since|following|before)\b)"),
        # "In the nine months, 175.6 thousand enterprises …": the first months named before, said again
        # (not "over the twelve months": a year-on-year change, up to the month in context)
        ("first_months", rf"\b(?i:(?:in|during|over|for)\s+the\s+(?!twelve\b|12\b)(?P<n>\d{{1,2}}|{_small_numbers()})\s+months)\b"
                         rf"(?!\s+(?:of|to|ending|ended|through|until|after|since|following|before)\b)"),
        # "in the first half of the year": January to June of the year in context
        ("first_months", r"\b(?i:the\s+first\s+(?P<half>half)\s+of\s+(?:the|(?P<this>this))\s+year)\b"),
        # "at the start of the year", "by the end of the year": a month of the year in context
        ("year_part", r"\b(?i:(?:at\s+|by\s+)?the\s+(?P<part>start|beginning|end|middle)\s+of\s+(?:the\s+year|(?P<this>this)\s+year|(?P<deixis>last\s+year|next\s+year)))\b"),
        # "at the year-end", "equities made up 31.4% at year end", "Inflation ended the year at 23.8%": its last month
        ("year_part", r"\b(?i:(?:at|by)\s+(?:the\s+)?(?P<part>year)[- ]end)\b(?!\s*(?:of\s+)?(?:1[89]|20)\d\d)"),
        ("year_part", r"\b(?i:(?P<part>closed|ended|finished)\s+the\s+year)\b(?=\s+at\s+(?:(?:about|around|some|nearly|roughly)\s+)?\S{0,4}\d)"),
        # "at the end of that year": a month of the year referred to
        ("anaphor", rf"\b(?i:(?:at\s+|by\s+)?the\s+(?P<part>start|beginning|end|middle)\s+of\s+(?P<anaphor>{anaphora}))\b"),
        ("anaphor", rf"\b(?i:{anaphora})\b"),
        # "fell from 188 to 255 tenge per dollar the same day": the day named last before
        ("same_day", r"\b(?i:(?:on\s+)?(?:the|that)\s+(?:same|very)\s+day|on\s+that\s+day)\b"),
        ("deictic", rf"\b(?i:{deictic})\b"),
        # "last month", "this month", "last September": months counted from the document's date
        ("deictic_month", rf"\b(?P<way>(?i:last|this|next))\s+(?P<m1>(?i:month)|{month})(?!\s*,?\s*\d)"),
        # "17 percent two years earlier", "three years ago": counted from the time named before
        ("relative", rf"\b(?i:(?P<n>\d{{1,2}}|an?|{_small_numbers()})\s+(?P<unit>years?|months?|quarters?|decades?|weeks?|days?)\s+(?P<way>{RELATIVE_WORDS}))\b"),
        # "this week", "last week": the calendar week (Monday to Sunday) of the dateline, or the one before
        ("weekday", r"\b(?P<lead>(?i:this|last|next))\s+(?P<wk>(?i:week))\b"),
        # "on Thursday", "last Friday": a day of the week of the dateline's
        ("weekday", rf"\b(?P<lead>(?i:on|last|this|next|by|since|until))\s+(?P<wd>{weekday})\b"),
        # "23.1% in February from 23.5% the previous month": one month before the time named before
        ("relative", r"\b(?i:the\s+(?:previous|prior|preceding)\s+(?P<unit>month|quarter))\b(?P<way>)"),
        ("relative", r"\b(?i:the\s+(?P<unit>month)\s+(?P<way>before|after))\b"),
        # "… in February 2012. The following month, holders of €206 billion …": one month after it
        ("relative", r"\b(?i:the\s+(?P<way>following|next|subsequent)\s+(?P<unit>month|quarter))\b"),
        # "fell from 30,000 to about 7,000 within two years": the end of a stretch from the time before
        ("relative", rf"\b(?i:(?P<way>within)\s+(?P<n>\d{{1,2}}|{_small_numbers()})\s+years?)\b"),
        # "around 4 percent of GDP in both years": the two years the sentence named before
        ("both_years", r"\b(?i:(?:both|each\s+of\s+the)\s+(?:two\s+)?years)\b"),
    ]
    # a cheap test whether any of them can match: a month name as written, or a word in lower case
    cheap_months = re.compile(trie_pattern([*lex["months"], *lex["weekdays"]]))
    cheap_words = re.compile(rf"quarter|q[1-4]|within|both|each of the|first|of the year|the \w+ months|previous|prior|preceding|following|subsequent|month before|month after|last |this |next |year[- ]end|same day|very day|that day|ed the year|(?:year|month|quarter|decade|week|day)s?\s+(?:{RELATIVE_WORDS})|"
                             rf"{trie_pattern(w.lower() for w in [*lex['year_anaphora'], *lex['deictic_years']])}")
    # (kind, pattern, the words one of which each of its matches holds: those naming a month)
    return [(kind, re.compile(pattern), required_words(pattern)) for kind, pattern in specs], (cheap_months, cheap_words)


RELATIVE_WORDS = "earlier|before|previously|later|after|ago"
YEAR_PARTS = {"start": 1, "beginning": 1, "middle": 6, "end": 12}
# the words that name the year's end without "end of": "the year-end", "closed/ended/finished the year at"
YEAR_PARTS |= dict.fromkeys(("year", "closed", "ended", "finished"), 12)


@lru_cache(maxsize=1)
def _small_numbers_values() -> dict[str, int]:
    cardinals = load_lexicon("quantities")["cardinals"]
    return {w.lower(): int(v) for w, v in cardinals.items() if 1 <= int(v) <= 20 and " " not in w}


def _small_numbers() -> str:
    return "|".join(sorted(_small_numbers_values(), key=len, reverse=True))


RATE_WORDS = re.compile(r"%|\bper\s?cent\b|\bpercent\b", re.IGNORECASE)
AFTER_AN_EVENT = re.compile(r"\s+[a-z]+ing\b")  # "after leaving work" (not "after the collapse", dated before it)
WITHIN_OF_EVENT = re.compile(r"\s+(?:of|after|from)\s+[a-z]+ing\b")  # "within one year of being drawn"
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# a date right before a comma that opens an apposition ("In June 1980, a month after …")
DATED_BEFORE_APPOSITION = re.compile(r"\b(?:1[89]|20)\d\d,\s*$")
EVENT_YEAR = re.compile(r"[^,;.]*?\b(?:1[89]|20)\d\d\b")


@lru_cache(maxsize=8)  # asked when a sentence's times are settled and again when its tokens are accounted for
def yearless_times(text: str) -> list[TimeExpression]:
    """Months, quarters and back-references that name no year; their start is the month or the
    quarter itself, after any preposition, so that "7.1% in February" ties like "7.1% in 2007"."""
    patterns, (cheap_months, cheap_words) = _yearless_patterns()
    if not (cheap_months.search(text) or cheap_words.search(text.lower())):
        return []
    found: list[TimeExpression] = []
    present: dict[tuple[str, ...], bool] = {}  # each set of needed words looked for once
    for kind, pattern, needs in patterns:
        if needs is not None:
            if needs not in present:
                present[needs] = any(word in text for word in needs)
            if not present[needs]:
                continue  # a sentence that names no month: the month patterns need not run
        for m in pattern.finditer(text):
            start = _yearless_start(kind, m)
            if any(start < t.end and t.start < m.end() for t in found):
                continue
            g = m.groupdict()
            if kind == "month_span":
                first, last = (_months()[g[k].lower().rstrip(".")] for k in ("m1", "m2"))
                periods = ((f"{YEARLESS}-{first:02d}", f"{YEARLESS}-{last:02d}"),)
            elif kind in ("month", "month_for"):
                number = _months()[g["m1"].lower().rstrip(".")]
                periods = ((f"{YEARLESS}-{number:02d}", f"{YEARLESS}-{number:02d}"),)
            elif kind == "day":
                number = _months()[(g.get("m1") or g["m2"]).lower().rstrip(".")]
                first = int(g.get("d1") or g["d2"])
                last = int(g["d3"] or first)
                if not 1 <= first <= last <= 31:
                    continue
                periods = ((f"{YEARLESS}-{number:02d}-{first:02d}", f"{YEARLESS}-{number:02d}-{last:02d}"),)
            elif kind == "week":
                number = _months()[(g["m1"] or g["m2"]).lower().rstrip(".")]
                day = f"{YEARLESS}-{number:02d}-{int(g['d1'] or g['d2']):02d}"
                periods = ((day, day),)  # the seven days are counted once the year is known
            elif kind == "first_months":
                n = 6 if g.get("half") else int(g["n"]) if g["n"].isdigit() else _small_numbers_values()[g["n"].lower()]
                periods = ((f"{YEARLESS}-01", f"{YEARLESS}-{n:02d}"),)
            elif kind == "months_to":
                if RATE_WORDS.search(text):
                    continue  # "rose 2.2% in the 12 months to October": a change over a year, dated by its month
                n = int(g["n"]) if g["n"].isdigit() else _small_numbers_values()[g["n"].lower()]
                last = _months()[g["m1"].lower().rstrip(".")]
                if not 2 <= n <= 12:
                    continue
                first = (last - n) % 12 + 1  # (a first month after the last is in the year before: settling)
                periods = ((f"{YEARLESS}-{first:02d}", f"{YEARLESS}-{last:02d}"),)
            elif kind == "year_part":
                month = YEAR_PARTS[g["part"].lower()]
                periods = ((f"{YEARLESS}-{month:02d}", f"{YEARLESS}-{month:02d}"),)
            elif kind == "quarter_pair":
                first, last = QUARTERS[g["q"].lower()], QUARTERS[g["q2"].lower()]
                periods = ((f"{YEARLESS}-{3 * first - 2:02d}", f"{YEARLESS}-{3 * last:02d}"),)
            elif kind == "quarter":
                if g.get("qm") and _months()[g["qm"].lower().rstrip(".")] % 3:
                    continue  # (a quarter ends in March, June, September or December)
                quarter = int(g["qn"]) if g.get("qn") else _months()[g["qm"].lower().rstrip(".")] // 3 if g.get("qm") else QUARTERS[g["q"].lower()]
                periods = ((f"{YEARLESS}-{3 * quarter - 2:02d}", f"{YEARLESS}-{3 * quarter:02d}"),)
            elif kind == "relative":
                if (g["way"].lower() == "after" and AFTER_AN_EVENT.match(text, m.end())  # (or "within one year of the draw")
                        or g["way"].lower() == "within" and WITHIN_OF_EVENT.match(text, m.end())) \
                        and not EVENT_YEAR.match(text, m.end()) and not YEAR.search(text, 0, m.start()):
                    # (not "Eleven years after the crisis began in March 2015", "joined in 2011; three years after joining")
                    continue  # "for up to two years after leaving work": a length from an undated event, no time of the sentence's
                if g["way"].lower() in ("after", "before") and DATED_BEFORE_APPOSITION.search(text, 0, m.start()) \
                        and not EVENT_YEAR.match(text, m.end()):
                    continue  # "In June 1980, a month after Tito's death, …": the date named again by an event, no new time
                n = int(g["n"]) if g.get("n") and g["n"].isdigit() else _small_numbers_values().get((g.get("n") or "").lower(), 1)  # "a year"
                sign = 1 if g["way"].lower() in ("later", "after", "within", "following", "next", "subsequent") else -1
                unit = (g.get("unit") or "year").lower()
                way = g["way"].lower()
                if unit.startswith(("day", "week")):  # "two days later", "a week earlier": counted in days
                    days = n * (7 if unit.startswith("week") else 1)
                    periods = (("", f"{sign * days:+d} days" + (" ago" if way == "ago" else "")),)
                else:
                    months = {"m": 1, "q": 3, "d": 120}.get(unit[0], 12)
                    periods = (("", f"{sign * n * months:+d} months" + (f" {way}" if way in ("ago", "within") else "")),)
            elif kind == "deictic_month":
                named = g["m1"].lower().rstrip(".")
                periods = (("", f"{g['way'].lower()} {_months().get(named, 0)}"),)
            elif kind == "weekday" and g.get("wk"):
                periods = (("", "week " + {"this": "0", "last": "-1", "next": "1"}[g["lead"].lower()]),)
            elif kind == "weekday":
                number = [d.lower() for d in load_lexicon("context")["weekdays"]].index(g["wd"].lower())
                periods = (("", f"weekday {number}" + (" next" if g["lead"].lower() == "next" else "")),)
            elif kind == "anaphor" and g.get("part"):  # the month, and the phrase for dating.settle_times
                periods = ((f"{YEAR_PARTS[g['part'].lower()]:02d}", " ".join(g["anaphor"].lower().split())),)
            else:
                periods = (("", " ".join(m.group(0).lower().split())),)  # the phrase, for dating.settle_times
            deictic = "_this" if g.get("this") else ""  # "of this year": the document's own year
            if g.get("deixis"):  # "in January last year": of the year so many from the document's own
                deictic = f"@{load_lexicon('context')['deictic_years'][' '.join(g['deixis'].lower().split())]:+d}"
            found.append(TimeExpression(start, m.end(), periods, "yearless_" + kind + deictic))
    return sorted(found, key=lambda t: t.start)


def _yearless_start(kind: str, m: re.Match[str]) -> int:
    """Where a yearless time starts for binding: at "at end-…" or "between …", which bind it to the
    number before; else at its month, after any preposition; a week at "the week"."""
    g = m.groupdict()
    if g.get("at") is not None:
        return m.start("at")
    if g.get("between") is None and "m1" in g and kind not in ("week", "deictic_month"):
        return m.start("m1")
    return m.start()
