"""Dating quantities: which time expression of its sentence a number refers to.

Tried in order: a year tied to the number by a preposition ("7.1% in 2007", "in 2009 by 0.9%",
"2023: 2.9%"); for a multiple, the span its clause compares; a `respectively` list (extract.py);
the nearest time before the number, else after it, that no other number has claimed and that is
not inside another number's brackets. Numbers left without a time take the period of their
paragraph (extract.py).
"""

from __future__ import annotations

import re

from pipeline.bases import BASE_KINDS, base_of_change, change_over, contrast, earlier_compared, is_base, link_patterns, measured_against
from pipeline.context import clause_bounds, opening_frame
from pipeline.change_spans import appended_change_span
from pipeline.grammar import Quantity
from pipeline.periods import TimeExpression
from pipeline.ranges import second_level
from pipeline.relative_times import in_since_event
from pipeline.tense import in_present_tense, takes_paragraph_period
from pipeline.ties import tied_after, tied_before
from pipeline.timeless import founding_time, maturity_time, standing
from pipeline.matching import led_by_first_characters

Period = tuple[str, str]
# "between 2007 and 2011 to reach $5.6 billion", "…, to about 390,000 tonnes": the level is the span's end.
REACHED = re.compile(r"^,?\s+(?:to\s+reach|reaching|to)\s+(?:[a-z]+\s+){0,4}$")
SPANS = ("span", "day_year_span", "decade_span", "decade_pair", "since", "within")


def _brackets(sentence: str) -> list[tuple[int, int]]:
    spans, opened = [], []
    for i, char in enumerate(sentence):
        if char == "(":
            opened.append(i)
        elif char == ")" and opened:
            spans.append((opened.pop(), i + 1))
    return spans


def _in_other_brackets(
    brackets: list[tuple[int, int]], t: TimeExpression, q: Quantity, others: list[Quantity]
) -> bool:
    """A year in brackets with another number but not this one: "(2023: −27.8%)" dates only its own
    number; a bare "(2024)" dates its surroundings."""
    return any(
        a <= t.start and t.end <= b and not (a <= q.start and q.end <= b)
        and any(a <= o.start and o.end <= b for o in others if o is not q)
        for a, b in brackets
    )


BASE_BEFORE = re.compile(r"\b(?:on|over|against|above|below|than)\s+(?:in\s+)?$")


def bind_periods(
    sentence: str, q: Quantity, times: list[TimeExpression], others: list[Quantity] = (),
    carried: tuple[Period, ...] = (), earlier: TimeExpression | None = None,
) -> tuple[tuple[Period, ...], bool]:
    """The period(s) a quantity refers to, from the time expressions of its own sentence, and
    whether the binding is weak (only a time that another number has claimed as the base it is
    compared with): then a period the sentence continues from its paragraph is the better guess.
    A change measured against a base year ("doubled from the 2022 harvest") spans from the base
    to its own time, or to the paragraph's (`carried`); so does one measured against an `earlier`
    time more than a year before its own ("4% more than in 2019", see earlier_compared)."""
    dated = [t for t in times if t.kind != "plan_list" and not maturity_time(sentence, t)]
    reached = _span_reached(sentence, q, dated, others)
    if reached:
        return ((reached.period[1], reached.period[1]),), False
    periods, weak = _own_time(sentence, q, dated, others)
    if q.joined_by == "from":  # the level a change started from held until the time the change opens ("cut from 5% to 3% with effect from …")
        periods = tuple((first, last or first) for first, last in periods)
    if earlier is not None:
        level = periods
        if periods and periods[0] == earlier.period:  # the base's own time: the level's is the one before
            # (not another change's base: "up 7.5% on 2023 and 12.1% above 2019")
            level = next((t.periods for t in reversed(dated) if t.end <= q.start
                          and not BASE_BEFORE.search(sentence, max(0, t.start - 12), t.start)), ())
        current = [p for p in (carried if weak or not level else level) if p[0][:4].isdigit() and p[1] > earlier.period[1]]
        if current and int(current[0][0][:4]) - int(earlier.period[1][:4]) > 1:
            return ((earlier.period[0], current[0][1]),), False
        if current and periods and periods[0] == earlier.period:
            return (current[0],), False  # "3.6 times as many as in August 2024" in August 2025: of its own time
    base = base_of_change(sentence, q, dated)
    if base is not None:
        current = carried if (weak or not periods) and carried else periods
        current = [p for p in current if p[1] > base.period[0]]
        if current:
            return ((base.period[0], current[0][1]),), False
    return periods, weak


def _own_time(
    sentence: str, q: Quantity, dated: list[TimeExpression], others: list[Quantity]
) -> tuple[tuple[Period, ...], bool]:
    for t in dated:
        if in_since_event(sentence, q.start, t):
            return ((t.period[0], t.period[0]),), False
    for t in dated:
        if tied_before(sentence, q, t) and not any(change_over(sentence, o, t) for o in others if o is not q):
            # "between 1954 and 1976: 47.6% under the Three-Year Plan, then …": the colon opens a
            # list of the stretch's parts, each of the plan named with it
            plan = next((p for p in dated if p.kind == "plan" and tied_after(sentence, q, p)), None)
            return (plan or t).periods if ":" in sentence[t.end : q.start] else t.periods, False
    for t in dated:
        if tied_after(sentence, q, t):
            return t.periods, False
    when = _when_clause_time(sentence, q, dated)
    if when:
        return when.periods, False
    # "about a tenth of the South Korean level": measured against another's level, not across times
    if (q.rule in ("multiple", "fraction") or q.unit == "times") and not OF_ANOTHER.match(sentence, q.end):
        compared = _compared_span(sentence, q, dated)
        if compared:
            return (compared,), False
    if "," in sentence and (compared := appended_change_span(sentence, q, dated, others)):
        return (compared,), False
    if standing(sentence, q):
        return (("", ""),), False
    brackets = _brackets(sentence) if "(" in sentence else []
    elaborated = _bracket_after_time(sentence, brackets, q, dated)
    if elaborated:
        return elaborated.periods, False
    parallel = _parallel_change(sentence, q, dated, others) or _parallel(sentence, q, dated, others)
    if parallel:
        return parallel.periods, False
    if framed := opening_frame(sentence, q, dated):
        return framed.periods, False
    # a base year ("120% of the 1977 target") is no number's own time
    asides = [m.span() for m in DATED_ASIDE.finditer(sentence)] if "," in sentence else []
    compared = {id(b) for o in (q, *others) if (b := earlier_compared(sentence, o, dated, others)) is not None
                and b.kind.split("@")[0] in BASE_KINDS} if any(t.kind.split("@")[0] in BASE_KINDS for t in dated) else set()
    bases = [t for t in dated if id(t) in compared or any(is_base(sentence, o, t) or change_over(sentence, o, t) for o in (q, *others))]
    if bases and len(bases) == len(dated):
        return (), True  # every time is a base a change is measured against: the paragraph's time is the number's
    mine = [t for t in dated if not _in_other_brackets(brackets, t, q, others) and t not in bases
            and not PUBLISHED_ON.search(sentence, max(0, t.start - 100), t.start)
            and not any(a <= t.start and t.end <= b and q.start >= b for a, b in asides)]
    relative = [m.span() for m in RELATIVE_ASIDE.finditer(sentence)] if "," in sentence else []
    outside = [t for t in mine if not any(a <= t.start and t.end <= b and q.start >= b for a, b in relative)]
    own_start, own_end = clause_bounds(sentence, q)
    if relative and any(t.kind != "yearless_anaphor" and own_start <= t.start and t.end <= own_end
                        and not any(a <= t.start < b for a, b in relative) for t in outside):
        mine = outside
    # the time of a base another number is compared with ("after 3.1% in 2023"), of a record ("its
    # fastest pace since 2016") or of the statement ("estimated in July 2025 that …") is no other number's
    mine = [t for t in mine if not _background_time(sentence, t, q, others)]
    if len(mine) > 1:  # "A 2021 study found that … 92% of the electricity in 1944": the study's year yields to its figures'
        mine = [t for t in mine if not (t.kind == "year" and STUDY_YEAR.match(sentence, t.end) and STUDY_YEAR_LEAD.search(sentence, max(0, t.start - 8), t.start)
                                        and any(u.start > t.end and u.kind not in ("yearless_anaphor", "since") and u.period[1] < t.period[0]
                                                and ";" not in sentence[t.end : u.start] and own_start <= u.start < own_end for u in mine))]
    unclaimed = [t for t in mine if not any(o is not q and tied_after(sentence, o, t) for o in others)]
    start, end = clause_bounds(sentence, q)
    clause = DATED_ASIDE.sub(",", sentence[start:end]) if asides else sentence[start:end]
    if not any(start <= t.start and t.end <= end for t in mine) and in_present_tense(clause) \
            and takes_paragraph_period(clause):  # "now covers …": the latest time the sentence names
        # a clause that states how things are, with no time of its own, takes none from another
        # clause ("The industry consumes about a third of the electricity, and X projects its
        # demand at 32.6 TWh by 2034")
        return (("", ""),), False
    # what stands across a semicolon is another statement ("… about half of it owed to China; …
    # over 2020–2023 …", "… accelerated after 2004; official figures put growth at 10.9 percent a
    # year between 2004 and 2014"): a time in the number's own part of the sentence comes first
    before = [t for t in unclaimed if t.end <= q.start]
    after = [t for t in unclaimed if t.start >= q.end and ";" not in sentence[q.end : t.start]]
    reached = None if q.joined_by == "from" or CHANGE_FROM.search(sentence, max(0, q.start - 30), q.start) else \
        next((t for t in mine for o in others if q.end < o.start and t.start >= o.end and (not after or t.end <= after[0].start)
                    and REACHED_LEVEL.fullmatch(sentence, q.end, o.start) and tied_after(sentence, o, t)), None)
    if reached is not None:
        # "rose 1.5% to 244.9 million kg in 2024 …, against … in 2023": a change has the time of the
        # level it reached, not a farther one no number claims
        return reached.periods, False
    if after and after[0].end <= end and not any(t.start >= start for t in before):
        return after[0].periods, False  # "…, while the surplus stays at 4 percent in both years": its own clause's
    if before and ";" not in sentence[before[-1].end : q.start]:
        return before[-1].periods, False
    if after and not any(start <= t.start and t.end <= q.start for t in mine):
        return after[0].periods, False  # (not across a clause's end when its own part names a time another number claimed)
    if before and not any(start <= t.start and t.end <= end for t in mine):
        return before[-1].periods, False  # else a time of its own part, though another number's, is nearer
    return _claimed_time(sentence, q, mine, others)


WHEN_AFTER = re.compile(r",?\s+when\b")


def _when_clause_time(sentence: str, q: Quantity, dated: list[TimeExpression]) -> TimeExpression | None:
    """"… rose to 30.1% in 2020, when the economy contracted by 10.9%": a number in a clause that
    "when" opens after a time is of that time."""
    before = [t for t in dated if t.end <= q.start]
    if not before or not WHEN_AFTER.match(sentence, before[-1].end):
        return None
    return before[-1] if not re.search(r"[;:]", sentence[before[-1].end : q.start]) else None


COMPARED_BEFORE = re.compile(r"\b(?:after|against|compared\s+with|versus|vs\.?|up\s+from|down\s+from)\s+(?:growth\s+of\s+|a\s+|an\s+)?"
                             r"(?:about\s+|around\s+|some\s+|nearly\s+)?$")
# a change's base: "narrowed to 28.5 billion lek from 30.2", "higher than"
BASE_LEAD = re.compile(r"(?:\bto\s+[^,;]{0,40}?\d[^,;]{0,30}?\s+from|\bthan)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$")
RECORD_SINCE = re.compile(r"\b(?:fastest|slowest|highest|lowest|strongest|weakest|largest|biggest|smallest|best|worst|first)\b[^,;.]{0,25}\bsince\s+$")


def record_start(sentence: str, t: TimeExpression) -> bool:
    """Whether a time is where a record starts ("its highest close since 7 March", "the first fall
    since 1980"), dating no figure."""
    return RECORD_SINCE.search(sentence, max(0, t.start - 50), t.start) is not None


STUDY_YEAR_LEAD = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+$")
STUDY_YEAR = re.compile(r"\s+(?:[a-z]+\s+)?(?:study|report|survey|paper|analysis|assessment|review)\b[^.;]{0,80}?"
                        r"\b(?:found|finds|shows?|showed|estimated|estimates|concluded|suggests?|suggested|put|puts)\b")
STATEMENT_IN = re.compile(r"\b(?:estimated|reported|said|announced|stated|calculated|projected)\s+(?:in|on)\s+$")


def _background_time(sentence: str, t: TimeExpression, q: Quantity, others: list[Quantity]) -> bool:
    """A time that dates no figure but the one it belongs to: a base another number is compared with,
    a record's start, a body's founding, or the statement's own date."""
    if founding_time(sentence, t) or record_start(sentence, t) or (
            STATEMENT_IN.search(sentence, max(0, t.start - 30), t.start) and sentence.startswith(" that", t.end)
            and len(t.period[0]) > 4):  # (a statement's year may be that of its figures: "estimated in 2017 that …")
        return True
    return any(o is not q and tied_after(sentence, o, t) and COMPARED_BEFORE.search(sentence, max(0, o.start - 30), o.start)
               and sentence[o.end : q.start].strip() != "(" for o in others)  # (not of the base's own bracket: "R185.1 billion (2.6%)")


def _claimed_time(
    sentence: str, q: Quantity, mine: list[TimeExpression], others: list[Quantity]
) -> tuple[tuple[Period, ...], bool]:
    """Every time of the sentence is tied to another number: share the one of the number's own
    clause ("rose 23 percent to MNT 24.6 trillion in 2023"), else the nearest before it ("5.3% in
    2010, while the IMF put it at 5.1%"), else after it ("just under 16%, specifically 15.8%, as of
    2014"). Weak when the other number is the base q is contrasted with ("US$20 billion, down from
    US$24.8 billion in 2024")."""
    if not mine:
        return (), False
    # "rose from 50.5 in May to 51.4": the time of the level a change starts from is not the level it reaches
    mine = [t for t in mine if not (REACHED_LEVEL.fullmatch(sentence, t.end, q.start) and any(
        o is not q and o.end <= t.start and tied_after(sentence, o, t) and CHANGE_FROM.search(sentence, max(0, o.start - 30), o.start)
        for o in others))]
    if not mine:
        return (), True  # (the paragraph's time is the better guess)
    # "R185.1 billion (2.6%) in 2023": a figure in brackets after another shares its time
    host = next((o for o in others if o is not q and o.end <= q.start and sentence[o.end : q.start].strip() == "("), None)
    if host is not None and (shared := next((t for t in mine if tied_after(sentence, host, t)), None)):
        return shared.periods, False
    start, end = clause_bounds(sentence, q)
    pool = [t for t in mine if start <= t.start and t.end <= end] or mine
    if q.rule in ("multiple", "fraction") or q.unit == "times":
        # a change is over a stretch of time: "shrank by 35% between 1990 and 1993, …, and sugar
        # output roughly halved"
        pool = [t for t in pool if t.period[0] != t.period[1]] or pool
    before = [t for t in pool if t.end <= q.start]
    chosen = before[-1] if before else next((t for t in pool if t.start >= q.end), pool[0])
    if not start <= chosen.start < end and any(
            o is not q and tied_after(sentence, o, chosen) and BASE_LEAD.search(sentence, max(0, o.start - 90), o.start) for o in others):
        return chosen.periods, True  # "…from KM 756.2 million a year earlier, and exports covered 58.4%": a base's time, weakly
    claimants = [o for o in others if o is not q and o.start >= q.end and tied_after(sentence, o, chosen)]
    if any(measured_against(sentence, q, o, others) for o in claimants):
        return (), False  # the base's time is not the number's: the paragraph's, else none
    contrasted = any(contrast().search(sentence, q.end, o.start) for o in claimants)
    # a month or day after the number belongs to the number that claimed it ("4.5 percent growth
    # and inflation below 10 percent by December 2024"): only its year is shared; one before it
    # is shared whole ("US$10.5 billion at end-2023, about half of it owed to China")
    if chosen.start >= q.end and chosen.kind != "since" and not any(
            REACHED_LEVEL.fullmatch(sentence, q.end, o.start) or RATE_PAIR.fullmatch(sentence, q.end, o.start) for o in claimants):
        return tuple((a[:4], b[:4]) for a, b in chosen.periods), contrasted
    return chosen.periods, contrasted  # "widened 7.1% to 43.6 billion in January and February": the change's time too


# "about 10.1 per US dollar and 10.5 per euro at the end of 2024": two prices of one currency, one time
RATE_PAIR = re.compile(r"\s+(?:per|to\s+the|against\s+the)\s+(?:US\s+|U\.S\.\s+)?[a-z]+\s+and\s+(?:about\s+|some\s+|around\s+)?")


# "The Mozal smelter, opened in 2000, has a capacity of …": when the thing named was made, set
# between commas, is not the time of the numbers after them (a number before it is of the thing so
# dated: "the US$4.6 billion loan, agreed in January, …")
# "according to the estimates released by the NSO on May 30, 2025": the day a report came out, not
# the time of its figures
PUBLISHED_ON = re.compile(r"\b(?:released|published|issued|posted|updated)\b[^.;,]{0,80}?\bon\s+$")
DATED_ASIDE = re.compile(r",\s+(?:as\s+)?(?:[a-z]+ed|built|begun|set\s+up|founded)\s+(?:in|on|by)\s+[^,;()]{1,50},")
# "Russia, which kept buying fish after it banned food imports in 2014, took 26% of exports in 2023":
# the time of an event inside a relative clause yields to a time of the number's own clause
RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\s+[^,;()\d]{1,40}\b(?:after|when|before|until|as)\s+[^,;()\d]{1,40}\b(?:in|on|since)\s+[^,;()]{1,30},")
CHANGE_FROM = led_by_first_characters(r"\bfrom\s+(?:an?\s+)?(?:[a-z-]+\s+){0,3}?(?:of\s+)?(?:about\s+|around\s+|some\s+|nearly\s+)?$")
REACHED_LEVEL = re.compile(r"\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?")


def _span_reached(
    sentence: str, q: Quantity, times: list[TimeExpression], others: list[Quantity] = ()
) -> TimeExpression | None:
    """'… rose 8% a year between 1996 and 2008 to 2.1 million': the level a change reached at the
    end of its span (not when the span is another number's own time: "from 45.5% in 1995/96 to …")."""
    before = [t for t in times if t.end <= q.start]
    if before and before[-1].kind in SPANS and before[-1].period[0] != before[-1].period[1]:
        span = before[-1]
        if any(o is not q and o.end <= span.start and second_level(sentence, o, q) for o in others):
            return None
        return span if REACHED.match(sentence[span.end : q.start]) else None
    return None


def _parallel(
    sentence: str, q: Quantity, times: list[TimeExpression], others: list[Quantity]
) -> TimeExpression | None:
    """'10 million people in 1960 compared to South Korea's nearly 25 million': the number set
    beside a dated one shares its time."""
    earlier = [o for o in others if o is not q and o.end <= q.start]
    if not earlier:
        return None
    o = earlier[-1]
    tied = [t for t in times if o.end <= t.start and t.end <= q.start and tied_after(sentence, o, t)]
    if len(tied) != 1 or any(tied[0].end <= t.start and t.end <= q.start for t in times if t is not tied[0]):
        return None
    if any(q.end <= t.start and t.end <= clause_bounds(sentence, q)[1] for t in times):
        return None  # ("…, compared with 112,950 loans worth J$57.1 billion in 2023": its own clause's time)
    return tied[0] if link_patterns()["parallel"].search(sentence, tied[0].end, q.start) else None


LEVEL_REACHED = re.compile(r"(?:\s+[^;,]{0,60}?)?" + REACHED_LEVEL.pattern)  # (words of the first level's own between: "in 2022")


def _change_pair(sentence: str, q: Quantity, others: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """The two levels of the "from X to Y" that q is one of."""
    def joined(a: Quantity, b: Quantity) -> bool:
        return CHANGE_FROM.search(sentence, max(0, a.start - 30), a.start) is not None \
            and LEVEL_REACHED.fullmatch(sentence, a.end, b.start) is not None
    index = next((i for i, o in enumerate(others) if o is q), None)
    if index is None:
        return None
    # (others are the sentence's numbers in order: two neighbours have none between them)
    if index + 1 < len(others) and joined(q, others[index + 1]):
        return q, others[index + 1]
    if index > 0 and joined(others[index - 1], q):
        return others[index - 1], q
    return None


def _parallel_change(
    sentence: str, q: Quantity, times: list[TimeExpression], others: list[Quantity]
) -> TimeExpression | None:
    """"… fell from 36.6% in 2022 to 33.0% in 2023, and extreme poverty from 13.8% to 11.4%": the
    levels of an undated change set beside a dated one are of its two times, in order."""
    pair = _change_pair(sentence, q, others)
    if pair is None or any(t.start >= pair[0].start and ";" not in sentence[pair[0].start : t.start] for t in times):
        return None  # ("… from 14.5% to 27% in several steps during 2023": its own time)
    earlier = [o for o in others if o.end <= pair[0].start]
    for first in reversed(earlier):
        dated = _change_pair(sentence, first, others)
        if dated is None or dated[0] is not first:
            continue
        ends = [next((t for t in times if tied_after(sentence, level, t)), None) for level in dated]
        if None in ends or ";" in sentence[dated[1].end : pair[0].start]:
            return None
        return ends[0] if q is pair[0] else ends[1]
    return None


def _bracket_after_time(
    sentence: str, brackets: list[tuple[int, int]], q: Quantity, times: list[TimeExpression]
) -> TimeExpression | None:
    """'… 23.8% in December 2024 (food: 27.8%; non-food: 20.5%)': numbers in brackets right after a
    dated number elaborate it and share its time."""
    for a, b in brackets:
        if a <= q.start and q.end <= b:
            return next((t for t in times if t.end <= a and not sentence[t.end : a].strip()), None)
    return None


OF_ANOTHER = re.compile(r"\s+(?:that\s+)?of\s+(?:the\s+|its\s+)?[A-Z]")


def _compared_span(sentence: str, q: Quantity, times: list[TimeExpression]) -> Period | None:
    """A multiple or a fraction of change compares two times: "nearly threefold the 2015 level"
    (in a sentence about 2025), "fell from … in 2021 to … in 2024, i.e. it halved" → 2021/2024."""
    start, end = clause_bounds(sentence, q)
    inside = [t for t in times if start <= t.start and t.end <= end]
    if len(inside) < 2:
        return None
    return min(t.period[0] for t in inside), max(t.period[1] for t in inside)
