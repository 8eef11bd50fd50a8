"""What a matched time expression means as ISO 8601 partial dates: the periods of each kind of pattern
periods.py finds ("Q1-Q3 2025" → 2025-01/2025-09, "12/12/2022" → 2022-12-12, "the late 1980s" → 1987/1989)."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta
from functools import lru_cache

from pipeline.lexicon import load_lexicon

QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
            "1": 1, "2": 2, "3": 3, "4": 4, "last": 4, "final": 4,  # ("the last quarter of 2024": its fourth)
            "i": 1, "ii": 2, "iii": 3, "iv": 4,  # ("II quarter 2025": numbered in Roman figures)
            "one": 1, "two": 2, "three": 3, "four": 4}  # ("Quarter Two 2024")
SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11}


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    return {name.lower(): number for name, number in load_lexicon("context")["months"].items()}


def _decade(year: int, part: str | None) -> tuple[str, str]:
    part = (part or "").replace("the ", "").lower()
    if year < 1800 and year % 100 == 0 and not part:
        return str(year), str(year + 99)  # "the 1600s": a century (before 1800 it is never read as a decade)
    first, last = {"early": (0, 3), "mid": (4, 6), "late": (7, 9), "first": (0, 4), "second": (5, 9), "latter": (5, 9)}.get(part, (0, 9))
    return str(year + first), str(year + last)


# the part of a century a word names, as the conventions' parts of a decade scaled up ("the early 18th century" →
# 1700/1730, "the middle of the 18th century" → 1740/1760, "the late 18th century" → 1770/1799)
CENTURY_PARTS = {"early": (0, 30), "start": (0, 30), "beginning": (0, 30), "mid": (40, 60), "middle": (40, 60),
                 "late": (70, 99), "end": (70, 99), "close": (70, 99), "first": (0, 49), "second": (50, 99), "latter": (50, 99)}


# a century's ordinal in words, in order
CENTURY_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
                 "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first")


def century_years(ordinal: str, part: str | None = None) -> tuple[str, str]:
    """The years of a century ("14th", "fourteenth": 1300/1399) or of a part of it."""
    number = int(digits.group()) if (digits := re.match(r"\d+", ordinal)) else CENTURY_WORDS.index(ordinal.lower()) + 1
    first, last = CENTURY_PARTS.get((part or "").lower(), (0, 99))
    return f"{(number - 1) * 100 + first:04d}", f"{(number - 1) * 100 + last:04d}"


def _day(month: str, day: str, year: str) -> str:
    number = _months()[month.lower().rstrip(".")]
    return f"{year}-{number:02d}-{int(re.sub(r'[a-z]', '', day)):02d}"


def _numeric_day(a: str, b: str, year: str, month_first: bool = False) -> str:
    """A day written in figures, day first unless the first number cannot be a month's day and the second can;
    "" for no day of any calendar ("31-02-2025")."""
    day, month = (int(b), int(a)) if month_first or int(b) > 12 >= int(a) else (int(a), int(b))
    if not (1 <= month <= 12 and 1 <= day <= monthrange(int(year), month)[1]):
        return ""
    return f"{year}-{month:02d}-{day:02d}"


def _full_year(short: str, first: str) -> str:
    """The second year of a split year as written in two digits: "1999/00" ends in 2000."""
    if len(short) == 4:
        return short
    full = first[:2] + short
    return str(int(first) + 1) if int(full) < int(first) and int(short) == (int(first) + 1) % 100 else full


def _spoken_year(words: str) -> str:
    century, rest = words.lower().split(None, 1)
    cardinals = load_lexicon("quantities")["cardinals"]
    return str(int(cardinals[century]) * 100 + sum(int(cardinals[w]) for w in re.split(r"[ -]", rest) if w != "oh"))


def periods_of(kind: str, m: re.Match[str]) -> tuple[tuple[str, str], ...]:
    g = m.groupdict()
    if kind == "spoken_year":  # "twenty twenty-eight" → 2028; "between twenty seventeen and twenty twenty-three"
        first = _spoken_year(g["sy"] or f"twenty {g['short1']}")  # "twenty-six/twenty-seven": 2026/2027
        last = _spoken_year(g["sy2"]) if g["sy2"] else _spoken_year(f"twenty {g['short2']}") if g["short2"] else first
        return ((first, last),)
    if kind == "ad_year":  # "AD 14": the year 0014
        return ((f"{int(g['y']):04d}",) * 2,)
    if kind == "date_span":
        first, last = g["m1"] or g["m2"], g["m2"] or g["m1"]
        days = (_day(first, g["d1"], g["y"]), _day(last, g["d2"], g["y"]))
        # ("Financial year 1 January – 31 December 2023": the whole calendar year, 2023)
        return ((g["y"], g["y"]),) if days == (f"{g['y']}-01-01", f"{g['y']}-12-31") else (days,)
    if kind == "day_year_span":
        return ((_day(g["m1"], g["d1"], g["y1"]), _day(g["m2"], g["d2"], g["y2"])),)
    if kind == "week":
        day = _day(g["m1"] or g["m2"], g["d1"] or g["d2"], g["y"])
        try:
            last = date.fromisoformat(day)
        except ValueError:  # no such day: keep what was written
            return ((day, day),)
        return (((last - timedelta(days=6)).isoformat(), day),)
    if kind == "date":
        day = _day(g["m1"], g["d1"], g["y"])
        return ((day, day),)
    if kind == "numeric_month":
        return ((f"{g['y']}-{int(g['b']):02d}",) * 2,)
    if kind in ("numeric_date", "numeric_day_span"):
        month_first = kind == "numeric_day_span" and (int(g["b"]) > 12 >= int(g["a"]) or int(g["b2"]) > 12 >= int(g["a2"]))  # (one order for both days)
        days = [_numeric_day(g["a"], g["b"], g["y"], month_first)]
        days.append(_numeric_day(g["a2"], g["b2"], g["y2"], month_first) if kind == "numeric_day_span" else days[0])
        return (("9", "0"),) if "" in days else (tuple(days),)  # (no "31-02-2025": dropped below, its start after its end)
    if kind == "month_span":
        first, last = (_months()[g[k].lower().rstrip(".")] for k in ("m1", "m2"))
        if last < first and not re.search(r"\sand\s", m.group()):  # "Jul-Jun 2024-25": across the new year, from the split year's first; "July–June 2024": to that year
            start = int(g["y"]) - (0 if g.get("split") else 1)
            return ((f"{start}-{first:02d}", f"{start + 1}-{last:02d}"),)
        return ((f"{g['y']}-{first:02d}", f"{g['y']}-{last:02d}"),)
    if kind == "month_year_span":
        first, last = (_months()[g[k].lower().rstrip(".")] for k in ("m1", "m2"))
        return ((f"{g['y1']}-{first:02d}", f"{g['y2']}-{last:02d}"),)
    if kind == "quarter_ending":
        last = int(g["y"]) * 12 + _months()[g["m1"].lower().rstrip(".")] - 1
        first = last - {"quarter": 2, "year": 11}.get(g["span"].lower(), 5)  # (a half-year: six months)
        return ((f"{first // 12}-{first % 12 + 1:02d}", f"{last // 12}-{last % 12 + 1:02d}"),)
    if kind == "month_to_day":
        first = _months()[g["m1"].lower().rstrip(".")]
        return ((f"{g['y']}-{first:02d}", _day(g["m2"] or g["m3"], g["d2"] or g["d3"], g["y"])),)
    if kind == "year_to_month":
        return ((g["y1"], f"{g['y2']}-{_months()[g['m2'].lower().rstrip('.')]:02d}"),)
    if kind in ("years_to", "fiscal_years_to"):
        n = 10 if not g["n"] else (int(g["n"]) if g["n"].isdigit() else SMALL_NUMBERS[g["n"].lower()])
        last = _full_year(g["y2"], g["y"]) if kind == "fiscal_years_to" else g["y"]  # (2029-30: the split year ends in 2030)
        return ((str(int(g["y"]) - n + 1), last),)
    if kind == "months_to":
        n = int(g["n"]) if g["n"].isdigit() else SMALL_NUMBERS[g["n"].lower()]
        last = int(g["y"]) * 12 + _months()[g["m1"].lower().rstrip(".")] - 1
        first = last - n + 1
        return ((f"{first // 12}-{first % 12 + 1:02d}", f"{last // 12}-{last % 12 + 1:02d}"),)
    if kind == "year_ending":
        last = _months()[g["m1"].lower().rstrip(".")]
        if last == 12 and (g.get("d1") or g.get("d2")) and m.group().lower().startswith("year"):
            return ((g["y"], g["y"]),)  # "the year ended 31 December 2024": an account's calendar year ("the year to December": twelve months)
        first_index = int(g["y"]) * 12 + last - 12  # the month after the same month a year before
        return ((f"{first_index // 12}-{first_index % 12 + 1:02d}", f"{g['y']}-{last:02d}"),)
    if kind == "fiscal_quarter":  # the calendar months until dating.settle_times knows the fiscal year
        first, last = fiscal_months_of(kind, m)
        # ("Q2 2024-25", no fiscal word: the first year's, as "Q2 2024" reads, until a fiscal year is known)
        bare = g.get("y2") and not re.search(r"(?i:fy|fiscal|financial|budget)", m.group())
        year = g["y"] if bare else _full_year(g["y2"], g["y"]) if g.get("y2") else g["y"] or f"20{g['yy']}"
        return ((f"{year}-{first:02d}", f"{year}-{last:02d}"),)
    if kind == "fiscal_month_span":
        first, last = (_months()[g[k].lower().rstrip(".")] for k in ("m1", "m2"))
        begun = str(int(g["y"]) - 1) if first > last else g["y"]  # "July–April FY2024": from July 2023
        return ((f"{begun}-{first:02d}", f"{g['y']}-{last:02d}"),)
    if kind == "half":
        first = g["hn"] == "1" or g["nh"] == "1" or (g["half"] or "").lower() == "first" or bool(g.get("hy"))
        return ((f"{g['y']}-01", f"{g['y']}-06"),) if first else ((f"{g['y']}-07", f"{g['y']}-12"),)
    if kind == "quarter_span":
        first, last = QUARTERS[g["q"]], QUARTERS[g["q2"]]
        return ((f"{g['y']}-{3 * first - 2:02d}", f"{g['y2']}-{3 * last:02d}"),)
    if kind == "quarter":
        first, last = QUARTERS[g["q"].lower()], QUARTERS[(g.get("q2") or g["q"]).lower()]
        return ((f"{g['y']}-{3 * first - 2:02d}", f"{g['y']}-{3 * last:02d}"),)
    if kind == "first_months":
        n = (int(g["n"]) if g["n"].isdigit() else SMALL_NUMBERS[g["n"].lower()]) * (3 if g["span"].lower() == "quarters" else 1)
        return ((f"{g['y']}-01", f"{g['y']}-{n:02d}"),) if n <= 12 else (("9", "0"),)
    if kind == "month":
        month = f"{g['y']}-{_months()[g['m1'].lower().rstrip('.')]:02d}"
        return ((month, month),)
    if kind == "month_yy":
        month = f"{'19' if int(g['yy']) >= 70 else '20'}{g['yy']}-{_months()[g['m1'].lower()]:02d}"
        return ((month, month),)
    if kind == "decade":
        return (_decade(int(g["y"]), g.get("part") or g.get("half")),)
    if kind == "decade_pair":
        return ((_decade(int(g["y1"]), g.get("part") or g.get("half"))[0], _decade(int(g["y2"]), g.get("part2"))[1]),)
    if kind == "century":
        return (century_years(g["c"], g.get("part") or g.get("half") or g.get("stage")),)
    if kind == "decade_century":  # (the early years of a century after a decade read as the early part of its first decade)
        first_year = int(century_years(g["c2"], None)[0])
        return ((_decade(int(g["y1"]), g.get("part") or g.get("half"))[0], _decade(first_year, "early")[1]),)
    if kind == "century_pair":
        return ((century_years(g["c1"], g.get("part") or g.get("half") or g.get("stage"))[0], century_years(g["c2"], g.get("part2"))[1]),)
    if kind == "mid_year":
        return ((f"{g['y']}-06", f"{g['y']}-06"),) if g["part"].lower() == "mid" else ((g["y"], g["y"]),)
    if kind == "year_end":
        return ((f"{g['y']}-12", f"{g['y']}-12"),)
    if kind == "year_start":
        return ((f"{g['y']}-01", f"{g['y']}-01"),)
    if kind == "decade_span":
        return ((g["y1"], str(int(g["y2"]) + 9)),)
    if kind == "both":
        return ((g["y1"], g["y1"]), (g["y2"], g["y2"]))
    if kind == "split_years":
        return ((g["y1"], _full_year(g["y2"], g["y3"])),)
    if kind in ("span", "fiscal_span", "fiscal_years"):
        return ((g["y1"], _full_year(g["y2"], g["y1"])),)
    if g.get("yy"):  # "FY25": the fiscal year ending in 2025
        return ((f"20{g['yy']}", f"20{g['yy']}"),)
    return ((g["y"], g["y"]),)


def fiscal_months_of(kind: str, m: re.Match[str]) -> tuple[int, int]:
    if kind == "fiscal_quarter" and m.group("hn"):
        return (1, 6) if m.group("hn") == "1" else (7, 12)
    if kind == "fiscal_quarter":
        quarter = QUARTERS[(m.group("q") or m.group("qn")).lower()]
        return 3 * quarter - 2, 3 * quarter
    if kind == "fiscal_month_span":
        return tuple(_months()[m.group(k).lower().rstrip(".")] for k in ("m1", "m2"))  # type: ignore[return-value]
    return (0, 0)
