"""Reading a sentence's quantities: the period, qualifier, sign and estimator of each, before each
becomes its rows (rows.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline import context, signs
from pipeline.carry import stretch_of
from pipeline.bases import earlier_compared
from pipeline.dating import bind_periods
from pipeline.covered_period import months_spanned
from pipeline.grammar import Quantity
from pipeline.matching import Caseless
from pipeline.qualifiers import qualifier
from pipeline.ranges import is_money, second_level
from pipeline.references import listed_estimators, short_names
from pipeline.reports import source_for
from pipeline.relative_times import shifted
from pipeline.respectively import respectively


@dataclass(frozen=True)
class Reading:
    """One quantity with its context settled, before it becomes one row per period."""

    quantity: Quantity
    periods: tuple[tuple[str, str], ...]
    qualifier: str
    decline: bool
    source: str


def restated(text: str, readings: list[Reading], stated: dict, paragraph: int) -> list[Reading]:
    """"The $1.97 billion trade volume also …", "The score of 2.9 assigned to …": a number stated
    again in its paragraph without a time or an estimator of its own is of the time it was first
    stated with, and by the same estimator. Records each statement's time and estimator."""
    result = []
    for reading in readings:
        q = reading.quantity
        key = (paragraph, text[q.start : q.end])
        periods, source = stated.get(key, ((("", ""),), ""))
        if reading.periods == (("", ""),) and periods != (("", ""),):
            reading = replace(reading, periods=periods)
        if not reading.source and source:
            reading = replace(reading, source=source)
        stated[key] = (periods if periods != (("", ""),) else reading.periods, source or reading.source)
        result.append(reading)
    return result


# "15.5% more than in the fourth quarter of 2022", "its fastest growth since 2019": the time after a
# comparative, or a record's "since", is what the number is compared with, never the number's own
COMPARISON_BASE = Caseless(r"\b(?:than|as\s+(?:many|much|high|large|big|low|great)\s+as)\s+(?:(?:in|at|during|for|of)\s+)?(?:the\s+)?(?:same\s+\w+\s+(?:of|in)\s+)?$"
                           r"|\b(?:(?!(?:interest|harvest|forest)\b)\w+est|first)\s+(?:[\w-]+\s+){0,2}since\s+(?:the\s+)?"
                           r"(?:(?:[\w-]+\s+){1,3}(?:began|started)\s+in\s+)?$"  # ("the lowest since the series began in 1997")
                           r"|,\s+as\s+in\s+$")  # ("grew by 1.1%, as in 2023": the year it is likened to)
# "2.8 percent below the revised June rate", "4.7% below the February 2024 peak": the month a change is measured
# from (a year's base is often read as the span from it: "12.1% above 2019")
MONTH_ABOVE = re.compile(r"\b(?:above|below)\s+(?:the\s+)?(?:(?:revised|preliminary|provisional|previous|final|initial)\s+)?$")
OPENING_BRACKET = re.compile(r"\s*\(\s*")
BASE_LEVEL_OF = re.compile(r"\s+(?:rate|level|estimate|figure|reading|total|peak|average)\s+of\s+(?:about\s+|some\s+)?")
# "up 27% from a year earlier": the time a change is measured from, not the change's own
RELATIVE_BASE = re.compile(r"\b(?:from|on|over|against|compared\s+(?:with|to))\s+$")
# "In October the index fell 0.13% from September": the month a change is measured from, right after the change
# ("a 3.8% decrease on May 2024": the change's noun between; not "a 35 percent increase from July", which dates it)
CHANGE_WORD = r"(?:\s+(?:increase|decrease|rise|fall|drop|decline|gain|jump|growth|up|down|more|less|higher|lower))?"
MONTH_BASE = re.compile(r"(?:\d%|\bper\s*cent|\bpercent|\bpoints?)\s+(?:from|against|on|over|compared\s+(?:with|to))\s+$")
# "up 7.7% on April 2024": the month a change is measured against (not "grew 9% from March 2024 onwards")
MONTH_ON = re.compile(rf"(?:\d%|\bper\s*cent|\bpercent|\bpoints?){CHANGE_WORD}\s+(?:on|against|over|compared\s+(?:with|to))\s+$")
SPAN_GOES_ON = re.compile(r"\s*(?:to|through|until|till|and|[-–—])\s*(?=[A-Z][a-z]|(?:19|20)\d\d\b)")  # ("on August and 28.6% …": no span)
STATEMENT_DAY = re.compile(r"\b(?:(?:said|says|announced|reported|released|published|told|added|stated|confirmed|disclosed|showed|shows|revealed)"
                           r"(?:\s+\w+)?|in\s+an?\s+(?:report|statement|survey|review|note))\s+(?:on\s+|late\s+|early\s+)?$")
FISCAL_DEFINITION = re.compile(r"\b(?:fiscal|financial)\s+years?\s+(?:(?:that|which)\s+)?(?:begins?|starts?|ends?|runs?|opens?)\s+(?:on|from)\s+$",
                               re.IGNORECASE)
STATEMENT_TIME_KINDS = ("yearless_weekday", "yearless_deictic_month")
# "The budget adopted in January 2025 planned revenue growth of 2.5%": the month a budget or a law was
# adopted dates the act; its figures are of the year
ADOPTED_IN = re.compile(r"\b(?:budget|plan|law)\s+(?:adopted|approved|passed|presented|enacted|tabled)\s+(?:by\s+[^,;]{1,60}?\s+)?in\s+$",
                        re.IGNORECASE)
# "US$9.7 billion last year, which is roughly a quarter of GDP": a relative clause that puts the number
# before it another way, at its time
RESTATED_AS = re.compile(r"[^.;:()]{0,30}?,\s+(?:which|that)\s+(?:is|was|are|were)\s+(?:[a-z]+\s+){0,2}")


def read_quantities(text: str, quantities: list[Quantity], times, sources, carried_period, stretch=()) -> list[Reading]:
    """Settle period, qualifier, sign and estimator of each quantity of one sentence (`stretch`: the
    stretch of time the sentence before named, for its "over the same period")."""
    # a multiple or a fraction of change spans from its base ("three-quarters smaller than in 2019");
    # any other number is of its own time, not the base's
    # "…, the statistics office said on Wednesday": the day of a statement, not of its figures
    times = [t for t in times if not (t.kind in STATEMENT_TIME_KINDS and STATEMENT_DAY.search(text, max(0, t.start - 40), t.start))]
    # "(the fiscal year begins on 1 April)": the day a year is defined by, no time of the sentence's figures
    times = [t for t in times if not (t.kind.startswith("yearless") and FISCAL_DEFINITION.search(text, max(0, t.start - 50), t.start))]
    times = [replace(t, periods=tuple((a[:4], b[:4]) for a, b in t.periods)) if len(t.period[0]) > 4
             and ADOPTED_IN.search(text, max(0, t.start - 80), t.start) else t for t in times]
    # "up by nearly a third on a year earlier": a change of the sentence's time, from a base one year back
    relative_bases = [t for t in times if t.kind in ("yearless_relative", "yearless_anaphor")
                      and RELATIVE_BASE.search(text, max(0, t.start - 20), t.start)]
    own_times = [t for t in times if not COMPARISON_BASE.search_in(text, max(0, t.start - 40), t.start)
                 and t not in relative_bases
                 and not (t.kind == "yearless_month" and MONTH_BASE.search(text, max(0, t.start - 30), t.start)
                          and not SPAN_GOES_ON.match(text, t.end))
                 and not (t.kind == "month" and MONTH_ON.search(text, max(0, t.start - 30), t.start)
                          and not SPAN_GOES_ON.match(text, t.end))
                 and not (t.kind in ("month", "yearless_month") and MONTH_ABOVE.search(text, max(0, t.start - 40), t.start))]
    paired = respectively(text, quantities, times)
    qualifiers = [qualifier(text, q) for q in quantities]
    declines = [signs.is_decline(text, q) for q in quantities]
    settled = context.agree(text, quantities, qualifiers, declines)
    readings = []
    ends = tuple(q.end for q in quantities)
    starts = tuple(q.start for q in quantities)
    for index, q in enumerate(settled):
        spans_base = q.rule in ("multiple", "fraction") or q.unit in ("times", "ratio")
        # "the highest since 2019 (6.5%)": the number in brackets after the base is the base's value
        # (and the level a base's noun gives: "below the revised June rate of 1,393,000")
        of_base = any(OPENING_BRACKET.fullmatch(text, t.end, q.start) or BASE_LEVEL_OF.fullmatch(text, t.end, q.start)
                      for t in times if t.end <= q.start)
        candidates = [t for t in times if t not in relative_bases] if spans_base or of_base else own_times
        periods, weak = ((paired[index],), False) if index in paired else bind_periods(
            text, q, candidates, settled, carried_period, earlier_compared(text, q, times, settled))
        if weak and carried_period:
            periods = carried_period
        if (not periods or periods == (("", ""),)) and readings and RESTATED_AS.fullmatch(text, settled[index - 1].end, q.start):
            periods = readings[-1].periods  # "US$9.7 billion last year, which is roughly a quarter of GDP"
        readings.append(Reading(q, periods or carried_period or (("", ""),), qualifiers[index], declines[index],
                                 source_for(q, sources, text, quantities[-1].end, ends, starts)))
    readings = _change_with_its_level(text, _ends_of_a_change(text, _lengths_of_time(text, readings), times))
    readings = _over_the_same_stretch(text, readings, times, stretch) if "same" in text else readings
    readings = _level_left_the_period_before(text, readings, times) if "from" in text else readings
    return _estimators_respectively(text, _settings_in_force(text, readings))


# "The export sales index climbed to 51.3 from 42.9" in a month's release: the level left was the month before's
TO_FROM = re.compile(r"\s*,?\s+from\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?")
UP_FROM = re.compile(r"\s*,\s+(?:up|down)\s+from\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?")  # "was 9.8%, down from 12.4%"
OWN_TIME_AFTER = re.compile(r"\s*(?:[a-z]+\s+){0,3}?(?:a|one|the|its|their)?\s*(?:month|quarter|year|week)s?\b|\s*(?:in|at|on|of|a|the)\b")
FROM_LEVEL_AT = re.compile(r"\bfrom\s+[-−]?\d[\d.,]*\s*(?:%|[a-z]+)?(?:\s+(?:at|in|as\s+of))?\s+$")
# a sentence comparing with a year before ("up 9.7% on July 2023", "year on year"): its level left is the year before's
YEAR_ON_YEAR = re.compile(r"\byear[- ]on[- ]year\b|\by-o-y\b|\byoy\b|\ba\s+year\s+(?:earlier|before|ago)\b|\bsame\s+(?:month|period|quarter)\b"
                          r"|\b(?:on|against|over)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b|\b(?:twelve|12)\s+months\b", re.IGNORECASE)
FORECAST_WORDS = re.compile(r"\b(?:forecasts?|projections?|projects?|projected|expects?|expected|outlook|targets?|revised|revisions?)\b", re.IGNORECASE)


def _level_left_the_period_before(text: str, readings: list[Reading], times) -> list[Reading]:
    """In "rose to X from Y" or "was X, up from Y", a Y that names no time of its own is of the month before X's, or of the
    year before X's year or quarter (a quarter's results compare with a year before; not of a revised forecast, which keeps
    its year: "cut its forecast for 2025 to 3.9% from 4.6%")."""
    if FORECAST_WORDS.search(text) or YEAR_ON_YEAR.search(text) or any(FROM_LEVEL_AT.search(text, max(0, t.start - 40), t.start) for t in times):
        return readings  # (nor beside a level left dated: "lengthened to 11.8 years, from 11.2 years at end-2024, while …")
    result = list(readings)
    for i in range(1, len(readings)):
        reached, left = readings[i - 1], readings[i]
        if not ((TO_FROM.fullmatch(text, reached.quantity.end, left.quantity.start)
                 and LEVEL_REACHED.search(text, max(0, reached.quantity.start - 30), reached.quantity.start)
                 or UP_FROM.fullmatch(text, reached.quantity.end, left.quantity.start))
                and reached.periods == left.periods and len(left.periods) == 1
                and not any(left.quantity.end <= t.start < left.quantity.end + 12 for t in times)
                and not OWN_TIME_AFTER.match(text, left.quantity.end)):
            continue
        (start, end), = left.periods
        if start == end and ONE_MONTH.fullmatch(start):
            result[i] = replace(left, periods=shifted(start, -1))
        elif months_spanned((start, end)) in (3, 12) and not any(t.start < left.quantity.start for t in times):
            # the level left in the year or the quarter a report covers is of the year before, or of the quarter before
            # "quarter on quarter" (not where the sentence names a time before it: "raised its 2025 guidance to $5.1
            # billion from $4.8 billion"; one after it is another figure's: "… on 1.46 million coins (2023–24: 1.31 million)")
            back = -3 if months_spanned((start, end)) == 3 and QUARTER_ON_QUARTER.search(text) else -12
            result[i] = replace(left, periods=((shifted(start, back)[0][0], shifted(end, back)[0][1]),))
    return result


ONE_MONTH = re.compile(r"\d{4}-\d\d")
QUARTER_ON_QUARTER = re.compile(r"\bquarter[- ]on[- ]quarter\b|\bq/q\b|\bqoq\b|\bsequentially\b|\bon\s+the\s+(?:previous|preceding)\s+quarter\b", re.IGNORECASE)


# a rate a body sets, and its acts: "raised its policy rate from 11% to 25% in August 2023 and cut it to 17.5% …"
SET_RATE = Caseless(r"\b(?:policy|benchmark|key|repo|refinancing|discount|lending|base|interest|deposit|prime)\s+rates?\b"
                    r"|\bband\b|\bpeg(?:ged)?\b|\bvat\b|\btax\s+rate\b")
SETTING_ACT = re.compile(r"\b(?:raised|cut|lowered|increased|reduced|set|widened|narrowed|moved|hiked|lifted|trimmed)\b")
SET_TO = re.compile(r"\bto\s+(?:about\s+|around\s+|roughly\s+)?[±]?$")
AND_THEN = re.compile(r"[^.;]*?\b(?:and|then|before)\b[^.;]*$")
STEPWISE = re.compile(r"\b(?:steps|stages|gradually|progressively|repeatedly|several\s+times)\b")  # "cut it in steps to 13%"


def _settings_in_force(text: str, readings: list[Reading]) -> list[Reading]:
    """A rate set to one level at one time and to another at a later time the sentence gives ("raised
    its policy rate … to 25% in August 2023 and cut it to 17.5% in August 2024"): the first level
    was in force from its time until the next change's."""
    if not (SET_RATE.found_in(text) and SETTING_ACT.search(text)):
        return readings
    result = list(readings)
    for i, (a, b) in enumerate(zip(readings, readings[1:])):
        (a_start, a_end), (b_start, b_end) = a.periods[-1], b.periods[-1]
        if len(a.periods) == len(b.periods) == 1 and a_start and a_start == a_end and b_start == b_end \
                and len(a_start) == len(b_start) and a_start < b_start and a.quantity.unit == b.quantity.unit \
                and SET_TO.search(text, 0, a.quantity.start) and SET_TO.search(text, 0, b.quantity.start) \
                and AND_THEN.match(text, a.quantity.end, b.quantity.start) and not STEPWISE.search(text, a.quantity.end, b.quantity.start):
            result[i] = replace(a, periods=((a_start, b_start),))
    return result


def _estimators_respectively(text: str, readings: list[Reading]) -> list[Reading]:
    """"The World Bank, the IMF and the statistics office estimated contractions of 21.4%, 25% and
    25.9% respectively": each number is its own estimator's, in the order they are listed. So is each
    of a bare list of as many numbers after the names ("to which the IMF, the European Union and the
    World Bank contributed €12.3 billion, €6.5 billion and €1 billion"), "respectively" or not."""
    result = list(readings)
    for joint in {r.source for r in readings if ", " in r.source or " and " in r.source}:
        members, indices = listed_estimators(joint), [i for i, r in enumerate(readings) if r.source == joint]
        # each member as the sentence writes it: in full, or by its abbreviation ("the IMF and the ADB")
        written = [next((name for name in (member, *short_names(member)) if name in text), "") for member in members]
        if sum(bool(name) for name in written) < 2:
            continue  # one body's name in full ("ECLAC": the Economic Commission for Latin America and the Caribbean)
        named_at = text.find(written[-1]) if written[-1] else -1
        after = [i for i in indices if readings[i].quantity.start > named_at]  # not "a €20 billion package to which …"
        if "respectively" not in text and not _bare_list(text, [readings[i].quantity for i in after]):
            continue  # "The IMF and the World Bank put growth at 3% in 2023 and 4% in 2024": each estimated both
        if len(indices) != len(members) or "respectively" not in text:
            indices = after
        if len(members) == len(indices) > 1:
            for member, index in zip(members, indices):
                result[index] = replace(readings[index], source=member)
    return result


LIST_JOINER = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _bare_list(text: str, quantities: list[Quantity]) -> bool:
    """Whether the numbers follow one another as a list, "X, Y and Z", with nothing between them."""
    return len(quantities) > 1 and all(LIST_JOINER.fullmatch(text, a.end, b.start) for a, b in zip(quantities, quantities[1:]))


# "…, and the number of growers fell from about 22,000 to 11,800 over the same period": the stretch
# the sentence named before (not "in the same period of 2022", a part of another year)
SAME_STRETCH = re.compile(r"\b(?:over|in|during|across|for)\s+the\s+same\s+(?:[a-z]+\s+)?(?:period|years|decades?|stretch|span)\b"
                          r"(?!\s+(?:of|in|last|a\s+year|the\s+previous|as)\b)", re.IGNORECASE)
LEVEL_LEFT = re.compile(r"\bfrom\s+(?:(?:about|around|roughly|some|nearly|almost|less\s+than|more\s+than|over|under)\s+)?$")
LEVEL_REACHED = re.compile(r"(?<!\bclose )(?<!\bcloser )(?<!\bequal )(?<!\bsimilar )\bto\s+(?:(?:about|around|roughly|some|nearly|almost|less\s+than|more\s+than|over|under)\s+)?$")


def _over_the_same_stretch(text: str, readings: list[Reading], times, stretch_before=()) -> list[Reading]:
    """Numbers of a clause that has no time of its own but "over the same period" (years, decade):
    a change spans the stretch the sentence's earlier times cover; of the two levels of a "from …
    to …" the first is of its first year, the second (or a level reached) of its last; a list of as
    many numbers as the sentence named years ("−3.4 percent and 4.6 percent for the same years") is
    of those years in turn. A sentence that names no time before it takes the stretch of the one before."""
    result = list(readings)
    for m in SAME_STRETCH.finditer(text):
        earlier = [t for t in times if t.end <= m.start()]
        stretch = stretch_of(earlier) if earlier else stretch_before
        if not stretch or stretch[0][0] == stretch[0][1]:
            continue
        (first, last), = stretch
        inside = [i for i, r in enumerate(readings) if _clause_without_time(text, r.quantity, m.start(), times)
                  and not m.start() <= r.quantity.start < m.end()]  # ("the same two years")
        years = sorted({p for t in earlier for p in t.periods if p[0] == p[1]})
        if len(inside) > 1 and len(years) == len(inside) and _bare_list(text, [readings[i].quantity for i in inside]):
            for i, period in zip(inside, years):
                result[i] = replace(readings[i], periods=(period,))
            continue
        for i in inside:
            q = readings[i].quantity
            reached = i > 0 and second_level(text, readings[i - 1].quantity, q)
            left = i + 1 < len(readings) and second_level(text, q, readings[i + 1].quantity)
            if reached or LEVEL_REACHED.search(text, max(0, q.start - 30), q.start):
                period = (last, last)
            elif left or LEVEL_LEFT.search(text, max(0, q.start - 30), q.start):
                period = (first, first)
            else:
                period = (first, last)
            result[i] = replace(readings[i], periods=(period,))
    return result


def _clause_without_time(text: str, q: Quantity, at: int, times) -> bool:
    start, end = context.clause_bounds(text, q)
    return start <= at < end and not any(start <= t.start < end for t in times)


# a length of time that ends at the time named before it ("resigned on 21 May 1998 after 31 years in power"), or
# that starts there ("began in July 1998 and lasted four years", "sealed in January 2020 and … closed for three years")
ENDS_AFTER = re.compile(r"\bafter\s+(?:(?:some|about|nearly|almost|more\s+than|over)\s+)?$")
STARTS_THEN = re.compile(r"\b(?:began|begun|started|opened|launched|broke\s+out|took\s+office|came\s+to\s+power|was\s+sealed|were\s+sealed)\b"
                         r"[^;.]*\b(?:lasted|lasting|for)\s+(?:(?:some|about|nearly|almost|more\s+than|over|another)\s+)?$")


def _lengths_of_time(text: str, readings: list[Reading]) -> list[Reading]:
    """A number of years tied to one point of time that the sentence says it ends or starts at: the
    stretch from the point counted back, or on, by the number (the other end a year, as the annotations write it)."""
    result = []
    for r in readings:
        q = r.quantity
        (start, end), = r.periods if len(r.periods) == 1 else ((("", ""),))
        year = start[:4]
        if q.unit == "years" and q.value_high is None and q.rule != "duration_adjective" and start and start == end \
                and year.isdigit() and q.value == int(q.value) and 0 < q.value < 100:
            n = int(q.value)
            if ENDS_AFTER.search(text, max(0, q.start - 30), q.start):
                r = replace(r, periods=((str(int(year) - n), end),))
            elif STARTS_THEN.search(text, 0, q.start):
                r = replace(r, periods=((start, str(int(year) + n)),))
        result.append(r)
    return result


# "devalued it by 25% to 36.57 in July": a change, then the level it reached
BY_CHANGE = re.compile(r"\bby\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|a\s+further\s+)?$")
TO_LEVEL = re.compile(r"\s+to\s+(?:about\s+|around\s+|roughly\s+|some\s+)?")


def _change_with_its_level(text: str, readings: list[Reading]) -> list[Reading]:
    """A change and the level it reached ("by 25% to 36.57 in July") are of one time: the level's."""
    result = list(readings)
    for i, (a, b) in enumerate(zip(readings, readings[1:])):
        if a.periods != b.periods and b.periods != (("", ""),) and TO_LEVEL.fullmatch(text, a.quantity.end, b.quantity.start) \
                and BY_CHANGE.search(text, max(0, a.quantity.start - 30), a.quantity.start):
            result[i] = replace(a, periods=b.periods)
    return result


SPAN_KINDS = ("span", "within", "day_year_span", "month_span", "month_year_span", "year_to_month", "yearless_month_span")
# what leads to the level a change reached after the change itself: "…, by 75 basis points, to 5.75 percent"
REACHED = re.compile(r",\s+to\s+(?:about\s+|around\s+|roughly\s+|a\s+record\s+(?:low|high)\s+of\s+)?$")


def _ends_of_a_change(text: str, readings: list[Reading], times) -> list[Reading]:
    """"Between 2007 and 2013, trade fell from $1.8 billion to $1.1 billion": the first level is of
    the span's first year, the second of its last (a plan's or a decade's years are not such a span)."""
    spans = {p for t in times if t.kind in SPAN_KINDS for p in t.periods}
    within = {p for t in times if t.kind == "within" for p in t.periods}
    stretches = {p for t in times if t.kind in SPAN_KINDS and "/" not in text[t.start : t.end] for p in t.periods}  # not a season's "2022/23"
    # "… from 30,000 in August 1985 to about 7,000 within two years": the level reached, at the stretch's end;
    # so is "… cut the rate six times between June 2024 and May 2025, by 1,100 basis points, to 11%"
    result = [replace(r, periods=((r.periods[0][1],) * 2,)) if i and r.periods[:1] and (
              r.periods[0] in within and second_level(text, readings[i - 1].quantity, r.quantity)
              or r.periods[0] in stretches and r.periods[0][0] != r.periods[0][1] and REACHED.search(text, 0, r.quantity.start))
              else r for i, r in enumerate(readings)]
    for i, (a, b) in enumerate(zip(readings, readings[1:])):
        if a.quantity.joined_by == "from" and b.quantity.joined_by == "to" and a.periods == b.periods:
            ((start, end),) = a.periods if len(a.periods) == 1 else (("", ""),)
            if (start, end) in spans and start != end:
                result[i] = replace(a, periods=((start, start),))
                result[i + 1] = replace(b, periods=((end, end),))
    return result


# what joins an amount to its conversion into another currency: "R$10.9 trillion, equivalent to about
# US$2.17 trillion", "₩2,401 trillion (about US$1.84 trillion)", "Rs 84.7 trillion, roughly US$375 billion"
CONVERSION_JOINER = re.compile(r"^(?:\s+(?:in|for)\s+(?:[A-Z][a-z]+\s+)?\d{4}(?:/\d{2})?)?(?:\s*\(\s*|,\s+(?:(?:equivalent|equal)\s+to\s+|or\s+)?)"
                               r"(?:(?:about|approximately|roughly|some|around|nearly|almost|close\s+to)\s+)?$")
# "about $3.07 billion at the rate of $1 to 141 won": a conversion that states its rate is the estimate's own
RATE_STATED = re.compile(r"\s+(?:at\s+(?:the|an|a)\s+(?:\w+\s+)?(?:exchange\s+)?rate|based\s+on)\b")


def writers_conversions(text: str, readings: list[Reading], author: str = "") -> list[Reading]:
    """An amount converted into another currency in brackets or in apposition is the writer's own
    conversion: it takes no estimator from the sentence, as the amount it converts does. (One that
    states its rate — "about $3.07 billion at the rate of $1 to 141 won" — is part of the estimate,
    and keeps its estimator; so does one in the estimator's own document, the `author`'s.)"""
    result = []
    for before, reading in zip([None, *readings], readings):
        q = reading.quantity
        if before is not None and reading.source and reading.source != author and is_money(q) and is_money(before.quantity) \
                and (q.unit, q.currency_word) != (before.quantity.unit, before.quantity.currency_word) \
                and CONVERSION_JOINER.match(text[before.quantity.end : q.start]) and not RATE_STATED.match(text, q.end):
            reading = replace(reading, source="")
        result.append(reading)
    return result
