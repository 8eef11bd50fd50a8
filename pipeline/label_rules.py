"""Numbers a sentence uses as labels, not quantities — names ("Route 37", "Tel. 021 555 0199"), dates ("9-Oct-25",
"AD 79") and parts of another mention ("Values in NZ$ million") — as one table of rules over the patterns of
`number_labels`: which pattern, which of its groups is the number, why it is no fact, and the characters a
sentence must hold for the rule to run (most sentences hold none, and skipping them keeps the table cheap; a
few cues also keep a pattern to the sentences it was written for)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from pipeline.grammar import NotFact
from pipeline.number_labels import (
    ABBREVIATED_CURRENCY_SCALE, ACCESS_CODE, ADDRESS_CUE, AGE_CLASS, AGGREGATE_MEMBERS, ALPHANUMERIC_CODE, BAND_NAME,
    BRACKETED_SCALE, CLASS_ROW_LABEL, CLOCK_TIME, COIN_NAMED_BY_PART, COMPARISON_BASIS, DAY_MONTH_YY, DOTTED_CODE, ECHOED_SCALE,
    ERA_DECADE, ERA_YEAR, EVENT_HOURS, FILE_CODE, GROUPED_TELEPHONE, HIJRI_YEAR, LABELLED_TELEPHONE, LATITUDE, LETTERED_SECTION,
    LOCAL_TELEPHONE, MAIL_BOX, MEASURE_BASE_NUMBER, MONEY_AGGREGATE, ORDINAL_INDICATOR, PAGE_OF_TOTAL, PROSE_POSTCODE, RATE_BASE,
    RATE_BASE_NUMBER, RATE_UNIT_ONE, REGISTERED_NUMBER, ROUNDING_NOTE, SCALE_CAPTION, SCALE_DEFINED, STATE_POSTCODE,
    STATION_FREQUENCY, STATUTE_IN_YEAR, STREET_HOUSE_NUMBER, STUB_SCALE, TELEPHONE, THOUSANDS_LABEL, TIME_ZONE, UNIT_CAPTION,
    UNIT_KEY, WEB_ADDRESS, YEARS_COMPARED, model_number,
)


@dataclass(frozen=True)
class LabelRule:
    pattern: re.Pattern[str] | Callable[[], re.Pattern[str]]  # (a callable: a pattern built from the lexicon when first used)
    reason: str  # the not-fact disposition: name, date, ordinal, part_of_mention
    groups: tuple[str, ...] = ()  # the groups that hold the number, each where it took part; () the whole match
    cues: tuple[str, ...] = ()  # the rule runs only on sentences holding one of these; () on every sentence
    also: re.Pattern[str] | None = None  # a pattern the sentence must hold too (an address's cue)
    short: int = 0  # … or run it on any sentence shorter than this ("R million" alone in a table's cell)

    def compiled(self) -> re.Pattern[str]:
        return self.pattern if isinstance(self.pattern, re.Pattern) else self.pattern()


LABEL_RULES: tuple[LabelRule, ...] = (
    LabelRule(REGISTERED_NUMBER, "name", ("number", "second"), ("egistered",)),  # "Registered Charity No. 1092"
    LabelRule(ROUNDING_NOTE, "name", ("n", "whole"), ("to",)),  # "figures rounded to 1 decimal place"
    LabelRule(model_number, "name", ("model", "variant"), ("-",)),  # "Boeing 787-8s": a model's number
    LabelRule(STATUTE_IN_YEAR, "name", cues=(":",)),  # "the Act (2006:647)"
    LabelRule(ALPHANUMERIC_CODE, "name", cues=("-",)),  # "Catalogue no. 98-316-X2021001": a publication's code
    LabelRule(DOTTED_CODE, "name"),  # "doc. C.253.M.110.1935"
    LabelRule(LETTERED_SECTION, "name"),
    LabelRule(DAY_MONTH_YY, "date", cues=("-",)),  # "9-Oct-25": a day in a table's first column
    LabelRule(YEARS_COMPARED, "date", cues=("/",)),  # "May 25/24": a change column's heading, its months in two years
    LabelRule(ERA_DECADE, "date", cues=("0s",)),  # "in the 70s AD": a decade of the era
    LabelRule(ERA_YEAR, "date", cues=("C", "AD", "ear ")),  # "(1279–1213 BC)", "AD 79", "year 29 of Ramesses III"
    LabelRule(LATITUDE, "name", ("n", "m"), ("°", "degrees")),  # "north of 62°N": a latitude
    LabelRule(AGGREGATE_MEMBERS, "name", ("n", "counted"), ("(",)),  # "World (70 countries)", "EU (27)": part of a name
    LabelRule(CLOCK_TIME, "date"),  # "… 09:42 GMT", "at 10.00am", "2.30 P.M.", "10.30 hrs": a time of day
    LabelRule(LOCAL_TELEPHONE, "name"),
    LabelRule(GROUPED_TELEPHONE, "name"),
    LabelRule(PAGE_OF_TOTAL, "name", ("n",)),  # "Page 3 of 12"
    LabelRule(HIJRI_YEAR, "date"),
    LabelRule(FILE_CODE, "name", ("n",)),
    LabelRule(ORDINAL_INDICATOR, "ordinal", cues=("º", "ª")),  # "1º", "3ª"
    LabelRule(MAIL_BOX, "name", ("number",), ("Bag", "Box", "PMB")),  # "P.O. Box 1234"
    LabelRule(TELEPHONE, "name", cues=("+", "Tel", "Fax", "hone", "otline", "call", "Call")),  # "Paris + 33 1 4420 6717"
    LabelRule(LABELLED_TELEPHONE, "name", ("number",), ("+", "Tel", "Fax", "hone", "otline", "call", "Call")),
    LabelRule(ACCESS_CODE, "name", ("number",), ("ode", "PIN", "ID")),
    LabelRule(STATE_POSTCODE, "name", ("code",), (", ",)),  # "Burlington, VT 05401": a ZIP code names a place
    LabelRule(PROSE_POSTCODE, "name", cues=(", ",), also=ADDRESS_CUE),
    LabelRule(STREET_HOUSE_NUMBER, "name", ("number",), (", ",), also=ADDRESS_CUE),
    LabelRule(EVENT_HOURS, "name", ("name",), ("Hours",)),
    LabelRule(AGE_CLASS, "name", ("label",), ("age", "Age", " over ", " under ")),  # "workers aged 18 and over": a class of people
    LabelRule(BAND_NAME, "name", cues=("Hz", "HZ")),  # "the 2.6 GHz band": a frequency naming a band of spectrum
    LabelRule(TIME_ZONE, "date", cues=("UTC", "GMT")),  # "(ART, UTC−3)", "GMT+2"
    LabelRule(WEB_ADDRESS, "name", cues=("www.", "://")),  # "Source: www.statbank.dk/LONMED3"
    LabelRule(CLASS_ROW_LABEL, "name", ("label",), ("  ", "\t")),  # "16-24      412    129": a class labelling a table's row
    # "Le 18.7 trillion! Yes, trillion.": a scale word said again alone, of the amount before
    LabelRule(ECHOED_SCALE, "part_of_mention", ("word",), ("illion",)),
    # "CAPITAL TALK 89.3FM", "SW 6.06 MHz", "half-dollars and quarter-dollars": names
    LabelRule(STATION_FREQUENCY, "name", cues=("FM", "Hz", "-")),
    LabelRule(COIN_NAMED_BY_PART, "name", cues=("FM", "Hz", "-")),
    LabelRule(COMPARISON_BASIS, "date", cues=("-on-", " on ")),  # "1.6 percent quarter-on-quarter": what a change is measured against
    # "broad money (M2)", "Output by region (thousand tonnes):", "Population, millions": names and captions
    LabelRule(MONEY_AGGREGATE, "name", cues=("(", ",", "--")),
    LabelRule(UNIT_CAPTION, "name", cues=("(", ",", "--")),
    LabelRule(ABBREVIATED_CURRENCY_SCALE, "name", ("word",), ("(", ",", "--")),
    LabelRule(THOUSANDS_LABEL, "part_of_mention", ("n", "line"), ("(", ",", "--")),  # "Exports (1000 MT)": part of each figure of the row
    LabelRule(SCALE_DEFINED, "name", ("first", "second", "third", "fourth"), ("lakh", "crore", "illion")),  # "one lakh is 100,000"
    LabelRule(RATE_BASE, "name", cues=(" per ",)),  # "expressed per thousand": the base rates are stated on
    LabelRule(RATE_BASE_NUMBER, "part_of_mention", cues=(" per ",)),
    LabelRule(MEASURE_BASE_NUMBER, "part_of_mention", cues=(" per ",)),
    LabelRule(UNIT_KEY, "part_of_mention", ("scale",), (":", "=")),  # "kt: thousand tonnes": a key's scale, part of each figure
    LabelRule(RATE_UNIT_ONE, "name", ("first", "second"), (":", "=")),  # "US$1 = R18.71"
    # "Values in NZ$ million": the scale of a table's cells, part of each of them
    LabelRule(SCALE_CAPTION, "part_of_mention", ("scale", "marked", "counted"), (" in ", ": ")),
    LabelRule(BRACKETED_SCALE, "part_of_mention", ("scale", "marked", "counted"), (" in ", ": ")),
    # "R billion    Revised", "R million" alone: a table's unit, part of each figure under it
    LabelRule(STUB_SCALE, "part_of_mention", cues=("  ", "--", "|"), short=20),
)


# a rule ready to run: its pattern's finditer, its reason, the groups its pattern has (() for the whole match), `also`
_Ready = tuple[Callable, str, tuple[str, ...], "re.Pattern[str] | None"]


@lru_cache(maxsize=1)
def _by_cues() -> list[tuple[tuple[str, ...], int, list[_Ready]]]:
    """The rules in their order, those next to each other with the same cues together, to test their cues once."""
    groups: list[tuple[tuple, list[_Ready]]] = []
    for rule in LABEL_RULES:
        pattern = rule.compiled()
        ready = (pattern.finditer, rule.reason, tuple(g for g in rule.groups if g in pattern.groupindex), rule.also)
        if groups and groups[-1][0] == (rule.cues, rule.short):
            groups[-1][1].append(ready)
        else:
            groups.append(((rule.cues, rule.short), [ready]))
    return [(cues, short, members) for (cues, short), members in groups]


def labelled_numbers(text: str) -> list[NotFact]:
    """The numbers of one sentence that the label rules account for, rule by rule in the table's order."""
    found: list[NotFact] = []
    for cues, short, rules in _by_cues():
        # (tested inline, cue by cue: this runs on every sentence, and a call per test would cost more than the patterns)
        for cue in cues:
            if cue in text:
                break
        else:
            if cues and len(text) >= short:
                continue
        for finditer, reason, groups, also in rules:
            if also is not None and also.search(text) is None:
                continue
            if groups:
                found += [NotFact(m.start(g), m.end(g), reason) for m in finditer(text) for g in groups if m.group(g)]
            else:
                found += [NotFact(m.start(), m.end(), reason) for m in finditer(text)]
    return found
