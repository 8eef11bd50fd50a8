"""Times a number is compared against: the base year of a change or a multiple ("the 1977 target",
"twice the amount recorded in April–June 2024", "by 15% over 1998"), and the link words that say so.
A base is no number's own time (dating.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.context import clause_bounds
from pipeline.grammar import Quantity
from pipeline.lexicon import load_lexicon
from pipeline.matching import Caseless, WordList
from pipeline.periods import TimeExpression

CHANGE_REACH = 80


@lru_cache(maxsize=1)
def link_patterns() -> dict[str, Caseless | re.Pattern[str] | WordList]:
    lex = load_lexicon("context")
    alt = lambda key: "|".join(re.escape(w) for w in sorted(lex[key], key=len, reverse=True))  # noqa: E731
    article = r"(?:the|its|their|his|her|this|that)\s+(?:[\w’'-]+\s+)?"
    return {
        "noun": Caseless(rf"\s+(?:{alt('base_year_nouns')})\b"),
        # "… of the 1977 target", "… compared to its 1989 level", "threefold the 2015 level"
        "base_gap": re.compile(rf"^(?:\s+[\w-]+){{0,3}}?\s+(?:{alt('base_year_links')}|of)\s+{article}$", re.IGNORECASE),
        "multiple_gap": re.compile(rf"^\s+{article}$", re.IGNORECASE),
        "change": Caseless(rf"\b(?:{alt('change_words')})\s+(?:(?:of|by)\s+)?(?:[a-z]+\s+)?$"),
        "relative_level": re.compile(rf"\s+(?:{alt('relative_level_words')})\s", re.IGNORECASE),
        # "7% more than in the record year of 2019", "9% fewer than were counted in 2011"
        # "3.6 times as many as in August 2024"
        "than_earlier": re.compile(rf"\s+(?:(?:{alt('comparative_words')})\s+than|as\s+(?:many|much)\s+as)\s+(?:(?:in|during|(?:was|were)\s+[a-z]+\s+in)\s+)?"
                                   r"(?:the\s+)?(?:record\s+(?:year\s+)?(?:of\s+)?)?$"),
        "contrast": WordList(lex["contrast_links"]),
        "parallel": WordList(lex["parallel_links"]),
    }


def measured_against(sentence: str, q: Quantity, o: Quantity, others: list[Quantity]) -> bool:
    """'0.62 million tonnes, barely a third of the 1.8 million tonnes collected in 2019', 'VND 1,310 billion, more than
    double the VND 610 billion we made in Q2 last year': a fraction or multiple between the two makes the later number
    the base the first is measured against; so does a change between them ('3.80 million tonnes, up 7.0% on the 3.55
    million tonnes of Q3 2024')."""
    return any(q.end <= f.start and f.end <= o.start and (
        (f.rule in ("multiple", "fraction") or f.unit == "times") and re.fullmatch(r"\s+(?:of\s+)?(?:the|its|their)\s+", sentence[f.end : o.start])
        or f.unit == "percent" and CHANGE_BETWEEN.search(sentence, q.end, f.start) and ";" not in sentence[q.end : f.start]
        and CHANGE_BASE.fullmatch(sentence, f.end, o.start))
        for f in others)


CHANGE_BETWEEN = re.compile(r"\b(?:up|down|an?\s+(?:increase|decrease|rise|fall|drop)\s+of)\s+")
CHANGE_BASE = re.compile(r",?\s+(?:on|over|against|compared\s+with|from)\s+(?:the\s+|its\s+|their\s+)?")


def contrast() -> WordList:
    return link_patterns()["contrast"]


# "twice the level of 2015", "almost twice the amount recorded in April–June 2024"
LEVEL_OF = re.compile(r"\b(?:level|levels|figure|total|peak|value|size|amount|volume|sum)\s+"
                      r"(?:(?:recorded|registered|reported|posted|seen|reached)\s+)?(?:of|in|during)\s+(?:the\s+)?$")


def is_base(sentence: str, q: Quantity, t: TimeExpression) -> bool:
    """A year after the number, named as the base it is compared with ("the 2015 level")."""
    if t.start < q.end or t.kind == "plan":
        return False
    gap = sentence[q.end : t.start]
    multiple = q.rule in ("multiple", "fraction") or q.unit == "times"
    if multiple and LEVEL_OF.search(gap) and ";" not in gap:
        return True  # "more than twice the level of 2015"
    if not link_patterns()["noun"].match_at(sentence, t.end):
        return False
    return bool(link_patterns()["base_gap"].match(gap) or (multiple and link_patterns()["multiple_gap"].match(gap)))


OVER_GAP = re.compile(r"\s+(?:over|on)\s+(?:the\s+)?$")


BY_BEFORE = re.compile(r"\bby\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$")
OTHER_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def change_over(sentence: str, q: Quantity, t: TimeExpression) -> bool:
    """'The 1999 budget raised farm spending by 15% over 1998', 'arrivals in 2024, up 5.6% on 2023': the
    single time a change is measured over, right after it, is its base when the sentence names another
    time for its own (alone, 'prices rose 4% over 2023' is during 2023; not a span: '5% a year over 2020–2024')."""
    if t.kind not in ("year", "month", "quarter") or t.start < q.end or q.unit != "percent" \
            or OVER_GAP.fullmatch(sentence, q.end, t.start) is None:
        return False
    changed = BY_BEFORE.search(sentence, max(0, q.start - 20), q.start) \
        or link_patterns()["change"].search_at(sentence, max(0, q.start - CHANGE_REACH), q.start)
    return bool(changed) and OTHER_YEAR.search(sentence[: t.start] + " " + sentence[t.end :]) is not None


# "12.1% above 2019", "up 16.8% from 2015": a change right before the year it is measured from
YEAR_LINK = re.compile(r"\s+(?:(?P<level>above|below)|over|from|against|compared\s+(?:with|to)|relative\s+to)\s+(?:(?:in|during)\s+)?$")
# "16.8% from 9.02 million in 2015", "7% below the 469 million tonnes handled in 2021", "up 7.0% on the 3.55 million tonnes of Q3 2024", "77% of the 54,000
# recorded in 2019", "3.5% fewer than the 159,358 of 2010": a change, or a share, of a base level that has its own earlier year
@lru_cache(maxsize=1)
def _level_link() -> re.Pattern[str]:
    comparatives = "|".join(load_lexicon("context")["comparative_words"])
    return re.compile(rf",?\s+(?:(?P<level>above|below|(?:{comparatives})\s+than)|from|on|over|against|compared\s+(?:with|to)|relative\s+to|(?P<share>of))"
                      r"\s+(?:the\s+|its\s+|their\s+)?(?:(?:about|some|around|roughly|nearly|almost)\s+)?$")


LEVEL_TIME = re.compile(r"\s+(?:[a-z]+\s+){0,3}?(?:in|during|of)\s+$")
# (a share "of" a level is of an earlier one only when that level was recorded apart: "77% of the 54,000
# recorded in 2019", not "two-fifths of its 6.3 million tonnes of crude in 1966")
RECORDED_LEVEL = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:recorded|registered|counted|reported|posted|seen|reached|achieved)\s+(?:in|during)\s+$")
CHANGE_UNITS = ("percent", "percentage_points", "times", "ratio")
# the times a change is measured against as a base ("up 7% on 2023", "up 7.0% on the 3.55 million tonnes of Q3 2024")
BASE_KINDS = ("year", "quarter", "yearless_quarter")


def earlier_compared(sentence: str, q: Quantity, times: list[TimeExpression],
                     others: list[Quantity] = ()) -> TimeExpression | None:
    """The earlier time a change is measured against right after it: "4% more than in 2019", "12.1%
    above 2019", or the year of the base level it names ("16.8% from 9.02 million in 2015")."""
    after = next((t for t in times if t.start >= q.end), None)
    if after is None or not after.period[1][:4].isdigit():
        return None
    if link_patterns()["than_earlier"].fullmatch(sentence, q.end, after.start):
        return after
    level_at = LEVEL_LINK_BEFORE.search(sentence, max(0, q.start - 25), q.start)
    # (a year, or a quarter: "up 7.0% on the 3.55 million tonnes of Q3 last year")
    if q.unit not in CHANGE_UNITS or after.kind.split("@")[0] not in BASE_KINDS \
            or (level_at and level_at["link"] != "from"):
        return None
    if SPAN_ONWARD.match(sentence, after.end):
        return None
    # (a level is no change: "inflation averaged 7.6% over 2022", "unemployment was 5.6% against 4.9% in 2019")
    stated_change = bool(link_patterns()["change"].search_at(sentence, max(0, q.start - CHANGE_REACH), q.start))
    year_link = YEAR_LINK.fullmatch(sentence, q.end, after.start)
    # ("cut by 5% from 2020", alone: in force from then; "up 7.9% from 2023" beside the year of its own level)
    # (points of a share are always a change between two levels: "the share fell by 2.7 percentage points from 2021")
    if year_link and (year_link["level"] or stated_change and (q.unit == "percentage_points" or OTHER_YEAR.search(
            sentence[: after.start] + " " + sentence[after.end :]))):
        return after
    level = next((o for o in others if q.end < o.start and o.end <= after.start), None)
    link = _level_link().fullmatch(sentence, q.end, level.start) if level is not None else None
    if link and (link["level"] or link["share"] or stated_change) \
            and (RECORDED_LEVEL if link["share"] else LEVEL_TIME).fullmatch(sentence, level.end, after.start):
        return after
    return None


# a level a number is (reached "to", stood "at", left "from"), not a change: "climbed to nearly 90% from …", "up from 30%"
LEVEL_LINK_BEFORE = re.compile(r"\b(?P<link>to|at|from)\s+(?:(?:about|some|around|roughly|nearly|almost|just\s+over|over)\s+)?$")
SPAN_ONWARD = re.compile(r"\s*(?:to|through|until|till|and|[-–—]|onwards?)\b")  # "from 2015 to 2022", "from 2015 onwards"


def base_of_change(sentence: str, q: Quantity, times: list[TimeExpression]) -> TimeExpression | None:
    """The base year of a number that states a change: a multiple, a fraction, points, or a number
    after a change word ("a decline of 5.2% compared to its 1989 level")."""
    change = (
        q.rule in ("multiple", "fraction") or q.unit in ("times", "percentage_points")
        or bool(link_patterns()["change"].search_at(sentence, max(0, q.start - CHANGE_REACH), q.start))
        or bool(link_patterns()["relative_level"].match(sentence, q.end))  # "5.2% below its 1989 level"
    )
    if not change:
        return None
    start, end = clause_bounds(sentence, q)
    return next((t for t in times if t.end <= end and is_base(sentence, q, t)
                 and not sentence[q.end : t.start].rstrip().endswith(" of the")), None)
