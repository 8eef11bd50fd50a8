"""What a number takes from the number before it in its sentence: the subject and measure of one
thing's two levels ("fell from 1.89 million tonnes in 2015 to 1.33 million"), of a level compared
with another ("9,800 won in Pyongyang, up from 7,200 won"), of the next item of a list of one measure
("6.5 percent in 2025 and 6.0 percent in 2026"), of the same figure named again ("this figure had
risen to 90%") or of a clause whose verb is left out ("…, and diesel around 21,500 won"); and what a
figure restated in its paragraph was first said to be about."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.bases import CHANGE_REACH, LEVEL_LINK_BEFORE, link_patterns
from pipeline.codebook import is_fallback, is_share_measure, names_listed_part, share_of, shared_indicator, unit_kind
from pipeline.countries import Country
from pipeline.grammar import Quantity
from pipeline.lexicon import load_lexicon
from pipeline.persons import NO_NOUN_AFTER
from pipeline.ranges import change_of_level, compared_level, second_level
from pipeline.records import Observation

# "(2022: 3.2%)", "(end-June 2023: 78.0 percent)": the value of the measure just given at another time
BRACKETED_COMPARISON = re.compile(r"\(\s*[^():;]{2,40}:\s*[-−–]?$")
# what stands between two items of a list of one measure: the first's time, then "and" ("6.5 percent in
# 2025 and 6.0 percent in 2026", "3.46% in the fourth quarter and 2.74% for the year")
LISTED_NEXT = re.compile(r"\s*(?:(?:year-on-year|a\s+year|per\s+year|annually)\s*)?(?:(?:in|for|during|over|by|at)\s+[^,;.()]{1,40}?)?\s*,?\s*(?:and|or)\s+(?:(?:about|around|nearly|some|roughly|almost|only|just)\s+)?")
# a clause whose verb is left out after "and": "…, and diesel around 21,500 won"
ELIDED_VERB = re.compile(r"[^;.()]*?,?\s+and\s+(?:the\s+)?[a-z]+\s+(?:at\s+|around\s+|about\s+|some\s+|nearly\s+|roughly\s+)?")
# a clause whose subject is left out: "Debswana's output peaked at 34.3 million carats in 2006, fell to
# 17.7 million in 2009 …, and stood at 24.7 million"
ELIDED_SUBJECT = re.compile(r"[^;.()]*?,\s+(?:and\s+|but\s+|then\s+)?(?:had\s+|has\s+)?(?:fell|rose|stood|reached|peaked|grew|"
                            r"dropped|declined|climbed|increased|decreased|recovered|slipped|surged|shrank|hit|averaged|"
                            r"fallen|risen|grown)\s+(?:[a-z]+\s+){0,3}")
# "…, but by 2014 this figure had risen to 90%": the same measure of the same thing, in the same part of the sentence
SAME_FIGURE = re.compile(r"[^;]*\b(?:this|that|the\s+same)\s+(?:figure|share|proportion|ratio)\b[^;]*", re.IGNORECASE)
# what ends a sum listed after money: its time or the clause ("…, and a hundred and twenty billion over four years"),
# not a verb or "of" ("$4 billion and 3 million were reached", "12 million of its phones")
# a speaker correcting the figure just said: "… per cent in October— sorry, five point two", "…, I mean, thirty"
CORRECTED = re.compile(r"(?:\s+(?:in|for|at)\s+[^,;.()—–\d]{1,25}?)?\s*(?:[—–-]+|,)\s*(?:sorry|I\s+mean|rather|correction)\s*[,:]?\s*"
                       r"(?:(?:it\s+(?:was|is)|make\s+that)\s+)?", re.IGNORECASE)
# a figure set against the one just said as what it is not: "twenty-six per cent of the cost in our model, not twenty-nine"
DENIED_AFTER = re.compile(r"(?:\s+(?:of|in|for|at|on)\s+[^,;.()—–\d]{1,40}?)?\s*(?:,|[—–-]+)\s*(?:and\s+|but\s+)?not\s+(?:the\s+)?", re.IGNORECASE)
# a figure that is the difference from another time of the one just given: "employed 1,240 people at 31 May 2025,
# 38 more than a year earlier", "127 fire deaths, 25 fewer than in 2022/23"
DIFFERENCE_GAP = re.compile(r"[^;.()—–]{0,60}?,\s*(?:or\s+|some\s+|about\s+|nearly\s+|almost\s+|roughly\s+)?")
DIFFERENCE_AFTER = re.compile(r"\s+(?:more|fewer|less)\s+than\b")
# the next part of a list of shares whose verb and whole are left out: "industry accounted for 46.3% of gross value
# added in 2022, trade for 11.2% and agriculture for 5.1%", "services 74%, industry 14%" (no word of change between)
ELIDED_SHARE_GAP = re.compile(r"(?=[^.;:()]{1,90}$)(?:(?!\b(?:rose|grew|growth|fell|increased|decreased|declined|expanded|contracted|"
                              r"shrank|up|down|by|from|to|real|year-on-year|than)\b)[^.;:()])*?(?:,|\band\b)\s*"
                              r"(?:and\s+)?(?:the\s+)?[a-z][\w'’-]*(?:[ \t]+[\w'’-]+){0,5}?(?:\s+alone)?\s+(?:for\s+)?"
                              r"(?:(?:about|around|nearly|some|roughly|almost|close\s+to|less\s+than|more\s+than|under|over|just)\s+)?")
MONEY_LISTED_AFTER = re.compile(r"\s*(?:$|[,.;:)]|(?:over|in|for|by|during|a|per|each|next|this|last)\b)")
# a mention distinctive enough that saying it again in a paragraph means the same figure
DISTINCTIVE = re.compile(r"\d[.,]\d|\d{4}|\d\s*(?:million|billion|trillion)")


def _with(rows: list[Observation], **fields: str) -> list[Observation]:
    return [replace(row, **fields) for row in rows]


def from_neighbour(
    text: str, previous: Quantity | None, q: Quantity, before: Observation | None, rows: list[Observation],
    home: Country | None,
) -> tuple[list[Observation], str]:
    """The number's rows with the subject and measure they share with the number before (`previous`,
    whose last row is `before`), and the measure the rows before are to take when the second level
    names it ("" when they keep theirs)."""
    if before and BRACKETED_COMPARISON.search(text, max(0, q.start - 50), q.start):
        rows = _with(rows, indicator=before.indicator)  # "74.8 percent of GDP at end-June 2024 (end-June 2023: 78.0 percent)"
    if previous is None or before is None or not rows:
        return rows, ""
    two_levels = second_level(text, previous, q)
    compared = compared_level(text, previous, q)
    if two_levels:
        rows = _with(rows, subject=before.subject)  # "Codelco's production fell from 1.89 million tonnes to 1.33 million"
    elif home and rows[0].subject == home.name and (compared or change_of_level(text, previous, q)):
        rows = _with(rows, subject=before.subject)  # "9,800 won in Pyongyang, up from 7,200 won": the same place's
    listed = LISTED_NEXT.fullmatch(text, previous.end, q.start) is not None \
        or CORRECTED.fullmatch(text, previous.end, q.start) is not None \
        or DENIED_AFTER.fullmatch(text, previous.end, q.start) is not None  # "four point seven per cent in October— sorry, five point two"
    money = unit_kind(before.unit) == "money" and (two_levels or compared or MONEY_LISTED_AFTER.match(text, q.end) is not None)
    if (two_levels or compared or listed) and (before.unit in ("persons", "percent") or money) \
            and rows[0].unit == "count" and NO_NOUN_AFTER.match(text, q.end):
        # "unemployed persons numbered 1.91 million, against 1.95 million a year earlier"; "an increase of seven point
        # four per cent, against the twenty-three point two requested"; "about sixty-four taka an hour, against about
        # thirty-nine now"
        rows = _with(rows, unit=before.unit)
    elif before.unit == "persons" and rows[0].unit == "count" and DIFFERENCE_AFTER.match(text, q.end) \
            and DIFFERENCE_GAP.fullmatch(text, previous.end, q.start):
        rows = _with(rows, unit=before.unit)
    if two_levels or compared:
        # "from about 6.0 to 8.8 kroner per US dollar": a bare first level takes its unit and its
        # measure from the words after the second
        bare_first = two_levels and previous.rule == "bare_number" and q.rule != "bare_number"
        shared = rows[0].indicator if bare_first else shared_indicator(before.indicator, rows[0].indicator)
        return _with(rows, indicator=shared), shared if shared != before.indicator else ""  # one measure's two levels
    if is_fallback(rows[0].indicator) and rows[0].unit == before.unit and listed:
        rows = _with(rows, indicator=before.indicator)  # "6.5 percent in 2025 and 6.0 percent in 2026"
    elif rows[0].unit == before.unit == "percent" and names_listed_part(rows[0].indicator) and is_share_measure(before.indicator) \
            and not is_fallback(before.indicator) and ELIDED_SHARE_GAP.fullmatch(text, previous.end, q.start):
        rows = _with(rows, indicator=before.indicator)  # "…, trade for 11.2% and agriculture for 5.1%": shares, not growth
    return rows, ""


def same_thing_as_neighbour(
    text: str, previous: Quantity | None, q: Quantity, before: Observation | None, rows: list[Observation],
    home: Country | None,
) -> list[Observation]:
    """The subject of the number before for the same figure named again ("trade with China accounted for
    50% of its trade, but by 2014 this figure had risen to 90%") and for a clause whose verb is left
    out ("petrol cost about 26,000 won in Pyongyang …, and diesel around 21,500 won") or whose subject
    is ("…, fell to 17.7 million carats in 2009")."""
    if previous is None or before is None or not rows or rows[0].subject != (home.name if home else ""):
        return rows
    if "-" in before.subject and SAME_FIGURE.fullmatch(text, previous.end, q.start):
        return _with(rows, subject=before.subject)
    if home and before.subject not in (home.name, "") and "-" not in before.subject \
            and (ELIDED_VERB.fullmatch(text, previous.end, q.start) or ELIDED_SUBJECT.fullmatch(text, previous.end, q.start)):
        return _with(rows, subject=before.subject)
    return rows


@lru_cache(maxsize=1)
def _restating() -> re.Pattern[str]:
    """"put it at", "estimated the figure to be about": a verb of estimating before a word standing for the measure
    just given (lexicon/context.yaml restating_verbs, restating_pronouns), right before the figure."""
    lex = load_lexicon("context")
    verbs, pronouns = ("|".join(re.escape(w) for w in lex[key]) for key in ("restating_verbs", "restating_pronouns"))
    return re.compile(rf"\b(?:{verbs})\s+(?:{pronouns})\s+(?:at|to\s+be)\s+(?:(?:about|around|some|roughly|just|nearly|only|almost|over|"
                      rf"under|close\s+to|more\s+than|less\s+than|below|above)\s+)?$", re.IGNORECASE)


def restated_by_pronoun(text: str, q: Quantity, sentence_rows: list[Observation], rows: list[Observation]) -> list[Observation]:
    """Another estimate of the measure the sentence gave before it ("the IMF put public debt at 79.7% of GDP, while the
    Ministry of Finance … put it at 74.6%"): the measure of the nearest earlier figure of its kind, and its time when the
    estimate states none (not its subject: "the Programme projected 3 per cent; the Ministry later put it at 5.7")."""
    if not rows or not sentence_rows or not _restating().search(text, max(0, q.start - 60), q.start):
        return rows
    kind = unit_kind(rows[0].unit)
    earlier = next((row for row in reversed(sentence_rows) if unit_kind(row.unit) == kind), None)
    if earlier is None:
        return rows
    undated = {} if rows[0].period_start or rows[0].period_end else {"period_start": earlier.period_start, "period_end": earlier.period_end}
    return _with(rows, indicator=earlier.indicator, **undated)


def same_subject_when_restated(rows: list[Observation], subjects: dict, paragraph: int, home: Country | None) -> list[Observation]:
    """"The $1.97 billion trade volume also …" after "trade between North Korea and China was $1.97
    billion": a figure stated again in its paragraph is about what it was about the first time,
    unless the restatement names another subject."""
    if not rows or not DISTINCTIVE.search(rows[0].mention):
        return rows  # "30%" said twice in a paragraph may be two things; "$1.97 billion" hardly
    key = (paragraph, rows[0].mention)
    first = subjects.setdefault(key, rows[0].subject)
    if first != rows[0].subject and rows[0].subject == (home.name if home else ""):
        return _with(rows, subject=first)
    return rows


# a change stated by its words ("fell 6.0% to", "4.2% fewer than"; not a table's signed cell, whose row's unit is often unstated)
CHANGE_AFTER = re.compile(r"\s+(?:more|fewer|less|higher|lower|above|below|up|down)\b")


def changes_of_counts(text: str, offset: int, rows: list[Observation]) -> list[Observation]:
    """A sentence whose only measure is a count of things ("Motor vehicles fell 6.0% to 14,980 carloads",
    "Vessel calls: 1,512, down 2.2%", "1,318 complaints, 37% of them about …", "7,106 complaints; 3,274
    (46.1%) were resolved"): its changes and the parts of it, which no words explain, measure that count
    (not a share of something else: "38% of the 1,146 recommendations were fully implemented"; nor a table's "Change" or
    "Share" cell beside a count, which most readers record as a share of its own, other_share)."""
    kinds = {row.indicator for row in rows}
    if "other_count" not in kinds or not kinds <= {"other_count", "other_share"}:
        return _changed_counts(text, offset, _glossed_counts(text, offset, rows))
    return [replace(row, indicator="other_count") if row.indicator == "other_share" and row.unit == "percent"
            and (_states_change(text, row.char_start - offset, row.char_end - offset)
                 or _share_of_the_count(text, row.char_start - offset, row.char_end - offset)) else row for row in rows]


# a part of the count just given: "3,274 (46.1%) were resolved", "6,412 registrations (10.5%)", "91,030 contracts, or
# 61.2% of the total", "1,318 complaints, 37% of them about …"
COUNT_SHARE_BEFORE = re.compile(r"\d[\d,.]*(?:\s+(?:thousand|million|billion))?(?:\s+[a-z][\w-]*){0,2}(?:\s+\(|,\s+(?:or\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?)$")
COUNT_SHARE_AFTER = re.compile(r"\s+of\s+(?:them|these|those|whom|which)\b")
# (the gloss ends on the percent or on "of the total": not "2,300 (9% of all cases filed nationally)", a share of another total)
COUNT_GLOSS_END = re.compile(r"(?:\s+of\s+(?:the\s+)?total\b)?\s*[),;.]")


def _glossed_counts(text: str, offset: int, rows: list[Observation]) -> list[Observation]:
    """In a sentence of several measures, a share no words explain that glosses the count just before it
    ("208 projects, 39.5% of the total", "1,148,300 agents, about two-thirds of them outside …"): a part of
    that count, recorded with the count's measure (a population's or a labour force's share of it)."""
    glossed, before = [], None
    for row in rows:
        if before is not None and row.indicator == "other_share" and row.unit in ("percent", "ratio") \
                and not row.value.startswith("-") and not row.mention.startswith(("+", "-", "−")) \
                and before.unit in ("count", "persons") and before.char_end <= row.char_start \
                and _share_of_the_count(text, row.char_start - offset, row.char_end - offset) \
                and COUNT_SHARE_BEFORE.search(text, max(0, before.char_start - offset), row.char_start - offset):
            row = replace(row, indicator=share_of(before.indicator))
        elif before is None or row.char_start != before.char_start:
            before = row
        glossed.append(row)
    return glossed


# what stands between a count and its change, in the count's clause: "148,736 contracts to the portal, 3.1% more than
# in 2023", "132,560 units (+10.8%)", "1,512 calls, down 2.2%"
CHANGE_AFTER_COUNT = re.compile(r"[^\d;:.()]{0,60}?(?:,\s+|\s*\()(?:(?P<dir>(?:up|down)\s+(?:by\s+)?)|an?\s+(?:increase|decrease|rise|fall|drop|decline)\s+of\s+)?"
                                r"(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?(?P<sign>[-+−])?")


def _changed_counts(text: str, offset: int, rows: list[Observation]) -> list[Observation]:
    """In a sentence of several measures, a percentage no words explain that states the change of the count just
    before it ("148,736 contracts to the portal, 3.1% more than in 2023, with a total value of EUR 14.82 billion"):
    the count's change, recorded with the count's measure (a level's change takes the level's code)."""
    changed, before = [], None
    for row in rows:
        gap = CHANGE_AFTER_COUNT.fullmatch(text, before.char_end - offset, row.char_start - offset) if before else None
        if gap and row.indicator == "other_share" and row.unit == "percent" and before.unit in ("count", "persons") \
                and (gap.group("dir") or gap.group("sign") or row.mention.startswith(("+", "-", "−"))
                     or CHANGE_AFTER.match(text, row.char_end - offset)):
            row = replace(row, indicator=before.indicator)
        before = row
        changed.append(row)
    return changed


def _share_of_the_count(text: str, start: int, end: int) -> bool:
    return bool(COUNT_SHARE_BEFORE.search(text, max(0, start - 40), start) and COUNT_GLOSS_END.match(text, end)
                or COUNT_SHARE_AFTER.match(text, end))


def _states_change(text: str, start: int, end: int) -> bool:
    if LEVEL_LINK_BEFORE.search(text, max(0, start - 20), start):  # "rose to 41%", "up from 30%": a level, no change
        return False
    return bool(link_patterns()["change"].search_at(text, max(0, start - CHANGE_REACH), start)
                or CHANGE_AFTER.match(text, end))


# what stands between a change and the level it is counted from: "107,620 trainees, 9.6% more than the 98,190 of
# 2022/23", "18.62 million members …, up 8.3% from 17.19 million"
BASE_AFTER_CHANGE = re.compile(r"\s+(?:(?:more|fewer|less|higher|lower|above|below)\s+than|from)\s+(?:the\s+)?"
                               r"(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+)?")
# … or between a level and the one it came down or up from: "350,000 Kyrgyz citizens worked in Russia in 2024, down from
# more than one million"
BASE_AFTER_LEVEL = re.compile(r"[^;:.()]{0,60}?,\s+(?:up|down)\s+from\s+(?:the\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+"
                              r"|more\s+than\s+|over\s+|fewer\s+than\s+|less\s+than\s+)?")
# … and between the level and its change: "142,310 people applied for admission in 2025, 3.2% fewer"
LEVEL_BEFORE_CHANGE = re.compile(r"[^;:.()]{0,60}?,\s+(?:(?:up|down)\s+(?:by\s+)?)?(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?[-+−]?")
BASE_ENDS = re.compile(r"\s+(?:before|earlier|ago|previously)\b")  # ("down from more than one million before the pandemic")


def bases_of_changes(text: str, offset: int, rows: list[Observation]) -> list[Observation]:
    """A bare number that a change is counted from measures what the level before the change measures ("142,310 people
    applied, 3.2% fewer than the 147,010 of 2024"; "… worked in Russia in 2024, down from more than one million"; "output
    of 3.1 million tonnes, 4% more than the 3.0 million of 2023"): the level it is compared with says its unit."""
    based = list(rows)
    for i, row in enumerate(based):
        if row.unit != "count" or not (NO_NOUN_AFTER.match(text, row.char_end - offset) or BASE_ENDS.match(text, row.char_end - offset)):
            continue
        start = row.char_start - offset
        earlier = [r for r in based[:i] if r.char_end <= row.char_start]
        if len(earlier) >= 2 and earlier[-1].unit == "percent" and earlier[-2].unit not in ("count", "percent", "percentage_points") \
                and BASE_AFTER_CHANGE.fullmatch(text, earlier[-1].char_end - offset, start) \
                and LEVEL_BEFORE_CHANGE.fullmatch(text, earlier[-2].char_end - offset, earlier[-1].char_start - offset):
            based[i] = replace(row, unit=earlier[-2].unit)
        elif earlier and earlier[-1].unit not in ("count", "percent", "percentage_points") and BASE_AFTER_LEVEL.fullmatch(text, earlier[-1].char_end - offset, start):
            based[i] = replace(row, unit=earlier[-1].unit)
    return based
