"""The units a table's caption gives its columns by what each part of it measures: "(vehicles in thousands; passengers
in lakh; fare revenue in Tk crore)", "(number; availability in per cent)", "(performances; thousand spectators; occupancy
in per cent)", each read as a scale and a unit by table_units.caption_scale and given to the columns it names."""

from __future__ import annotations

import re

from pipeline.codebook import is_currency_code
from pipeline.number_labels import DAY_AFTER_UNIT, PRICES_AFTER_UNIT
from pipeline.table_units import COLUMN_UNIT_PART, COLUMNS_UNITS, PART_SEPARATOR, PERCENTAGES, caption_scale

MEASURES_UNIT = re.compile(r"(?P<measures>.*?)(?::|[ \t]in[ \t])(?P<unit>.*)")
LAST_UNIT = re.compile(r"(?P<measures>.*)[ \t]in[ \t](?P<unit>.*)")
# "(number; availability in per cent)", "(₹ crore; execution in per cent)": the unit of every column, then the columns
# whose measure has its own
LEAD_UNIT_PARTS = re.compile(rf"\((?P<lead>[^():;\n]+?);[ \t]*(?P<parts>{COLUMN_UNIT_PART}(?:;[ \t]*{COLUMN_UNIT_PART})*)\)[ \t:.]*$")


def lead_unit(caption: str) -> tuple[str, re.Match[str] | None]:
    """The unit a caption gives every column before the parts that give some columns their own, and the match."""
    m = LEAD_UNIT_PARTS.search(caption)
    # ("number of dwellings": a count, of what the rows count)
    lead = COUNT_OF.sub("number", PRICES_REMARK.sub("", DAY_REMARK.sub("", YEARLY_REMARK.sub("", m.group("lead").strip())))) if m else ""  # ("¥ billion at current prices")
    if lead and " in " not in lead and not caption_scale(lead) and (remarked := COMMA_REMARK.fullmatch(lead)) \
            and caption_scale(remarked.group("unit")):
        lead = remarked.group("unit")  # "(kilograms, dry weight; change in per cent)": kilograms
    if lead and not caption_scale(lead) and COUNTED_THINGS.fullmatch(lead):
        lead = "number"  # "(accessions at 31 March; change and share in per cent)": a count of what the rows count
    return (lead, m) if m and " in " not in lead and caption_scale(lead) else ("", None)


DAY_REMARK = re.compile(rf"\s+{DAY_AFTER_UNIT}$")  # "thousand items at 30 June"
YEARLY_REMARK = re.compile(r"(?:\s+(?:a|per)\s+(?:year|annum)|,\s+(?:yearly\s+|annual\s+)?averages?)+$")  # "thousand livres a year, averages"
COUNTED_THINGS = re.compile(r"[a-z]{3,}s")
COMMA_REMARK = re.compile(r"(?P<unit>[^,]+),\s+[a-z][a-z -]{1,30}")  # a unit and a remark in small letters: "kilograms, dry weight"


COUNT_OF = re.compile(r"^number\s+of\s+[a-z][a-z -]*$")


def units_by_column(caption: str, every_part: bool = False) -> dict[str, str]:
    """The units a caption gives columns by what they measure, by each measure's words: {"exports": "KShs million",
    "investment": "KShs million"} (only units it can read as a scale and unit; none unless it reads every part's,
    when `every_part`)."""
    found: dict[str, str] = {}
    modifiers: dict[str, str] = {}  # ("overdue" of "overdue loans": a column may be named by it, "Overdue")
    if m := COLUMNS_UNITS.search(caption) or lead_unit(caption)[1]:
        for part in (sub for part in PART_SEPARATOR.split(m.group("parts")) for sub in _own_units(part)):
            measures, unit = _part_measure(part)
            if every_part and not caption_scale(unit.strip()):
                return {}
            if caption_scale(unit.strip()):
                # ("share of quantity in per cent": a share's unit, not the quantity's; "value in US$ million": a
                # measure named only by a generic word)
                named = _named_measure(measures)
                words = _head_words(named)
                found = {word: unit.strip() for word in [w for w in words if w not in GENERIC_MEASURE_WORDS] or words} | found
                modifiers = {word: unit.strip() for word in _measure_words(named) if word not in GENERIC_MEASURE_WORDS} | modifiers
    # (a measure's head word before another's modifier: "exports" of "exports and imports" beside "export prices")
    return {word: unit for word, unit in modifiers.items() if word not in found} | found


def _part_measure(part: str) -> tuple[str, str]:
    """A caption's part as what it measures and its unit: "value in US$ million" → ("value", "US$ million"); the unit
    without its remark ("€ billion at current prices"), after the last "in" when the first gives none ("change in
    volume on Q3 2023 in per cent")."""
    measures, unit = MEASURES_UNIT.match(part.strip()).group("measures", "unit")
    unit = PRICES_REMARK.sub("", UNIT_REMARK.sub("", unit))
    if not caption_scale(unit.strip()) and (last := LAST_UNIT.match(part.strip())):
        measures, unit = last.group("measures", "unit")
    return measures, unit


def _named_measure(measures: str) -> str:
    """The words of a part's measure that name it, before what it is of or in ("share of quantity": "share")."""
    return re.split(r"\bof\b|\s(?:in|on)\s", measures, maxsplit=1)[0]


def _naming_part(measured: list[tuple[str, str]], column: str) -> str | None:
    """The unit of the caption's part whose measure names a column by a word of three letters or more, before any "in"
    ("fat content in per cent" over "Fat", "share of renewables in per cent" over "Renewables"; not "change in
    arrivals …" over "Arrivals"): "" when that part's unit cannot be read ("stay in nights"); None when no part names it."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", column)}
    for measures, unit in measured:
        if words & {w.lower() for w in re.findall(r"[A-Za-z]{3,}", re.split(r"\s(?:in|on)\s", measures, maxsplit=1)[0])}:
            return unit.strip() if caption_scale(unit.strip()) else ""
    return None


PRICES_REMARK = re.compile(rf"\s+{PRICES_AFTER_UNIT}$")
# a remark after a unit: "GW at the end of the year", "thousand tonnes, for the harvest of the year shown"
UNIT_REMARK = re.compile(r"(?:,\s+|\s+)(?:(?:for|at|as\s+(?:at|of)|on)\s+the\s+(?:end|harvest|year|average|close)\b|in\s+the\s+(?:calendar|fiscal|financial|crop|marketing)\s+year\b|(?:by|to|at|as\s+(?:at|of))\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4}|\s+of\s+the\b)).*$")
# (also a day the figures run to: "PLN million by 31 December 2023", "thousands at 1 January of the following year"; or the
# year they are of: "million kg in the calendar year in which the fiscal year begins")
# two measures of one part, each with its unit: "soybeans in million tonnes and cocoa in thousand tonnes"
TWO_MEASURES = re.compile(r"(?<=[a-z])\s+and\s+(?=[a-z][a-z ]{2,30}\sin\s)")


def _own_units(part: str) -> list[str]:
    """A caption's part split where "and" joins two measures with a unit each ("soybeans in million tonnes and cocoa in
    thousand tonnes"; not "real growth and unemployment in per cent", one unit of both)."""
    pieces = TWO_MEASURES.split(part)
    return pieces if all(MEASURES_UNIT.match(piece.strip()) for piece in pieces) else [part]


def _head_words(measures: str) -> list[str]:
    """The words naming each measure a caption's part lists, its head word last ("crude steel at Taranto", "export prices",
    "growth and unemployment": steel, prices, growth, unemployment), initialisms too ("GDP")."""
    heads = []
    for measure in re.split(r",|\band\b|&", re.split(r"\s+(?:at|for|from|by|in|on)\s+", measures, maxsplit=1)[0]):
        words = _measure_words(measure)
        heads += [w for w in words[:-1] if re.search(rf"\b{w.upper()}\b", measure)] + words[-1:]  # ("GDP growth": both)
    return heads


def _measure_words(words: str) -> list[str]:
    """The words that may name a measure, in lower case: those of four letters or more, and initialisms ("GDP")."""
    return [w.lower() for w in re.findall(r"\b[A-Z]{2,}\b|[A-Za-z]{4,}", words) if len(w) >= 4 or w.isupper()]


# words any measure may take, which name none ("total employment", "cumulative investment")
GENERIC_MEASURE_WORDS = frozenset("with total cumulative gross average annual number value amount".split())


def column_unit(units: dict[str, str], column: str) -> str:
    """The unit `units_by_column` gives a column, by the first of its words that names a measure ("Total investment", "User fees"),
    in any of its forms ("Replanted" under "planting", "Subsidy paid" under "subsidies")."""
    head, _, rest = column.partition(" of ")
    words = _measure_words(head)[::-1] + _measure_words(rest)  # (the head word first: "Real GDP growth" is growth)
    words = [word for word in words if word not in GENERIC_MEASURE_WORDS] or words[:1]  # ("User fees": the fees')
    # (the word as written before another form of it: "Exports" beside "export prices")
    return next((units[word] for word in words if word in units), "") \
        or next((unit for word in words for measure, unit in units.items() if measure_stem(measure) == measure_stem(word)), "")


def columns_units(caption: str, columns: list[str]) -> list[str]:
    """Each column's unit by `column_unit` of the caption's `units_by_column`; when the caption reads every part's
    unit, the columns no measure names take the one unit no column took, if one is left ("waste in tonnes a day"
    over "Generated" and "Collected", beside "Population" and "Coverage")."""
    return _percent_where_marked(_columns_units(_counts_named(caption), columns), columns)


# "(performances; thousand spectators; occupancy in per cent)", "(number of bogs; planned and rehabilitated hectares; …)":
# parts naming columns by what they count or by the words before their unit
CAPTION_PARTS = re.compile(r"\((?P<parts>[^()\n]*;[^()\n]*)\)[ \t:.]*$")
SCALED_COUNT_PART = re.compile(r"(?P<scale>thousand|million|billion)[ \t]+(?P<noun>[a-z]{3,}s)")
NAMED_UNIT_PART = re.compile(r"(?P<named>[a-z]{3,}(?:,?[ \t]+[a-z]{3,})*?(?:[ \t]+and[ \t]+[a-z]{3,})?)[ \t]+(?P<unit>[a-z]{2,})")
NUMBER_OF_PART = re.compile(r"number[ \t]+of[ \t]+(?P<noun>[a-z]{3,}s)")


def _counts_named(caption: str) -> str:
    """The caption with each part that names columns without an "in" written as a measure in its unit ("thousand
    spectators" → "spectators in thousand spectators", "performances" → "performances in number", "planned and
    rehabilitated hectares" → "planned and rehabilitated in hectares", "number of bogs" → "bogs in number"), when a
    part gives a count its scale or columns their unit after their names (a bare first part otherwise is every column's
    unit: "(houses; registered houses in per cent)"; "(million litres; …)" a physical unit's scale)."""
    m = CAPTION_PARTS.search(caption)
    parts = [part.strip() for part in m.group("parts").split(";")] if m else []
    named = [_as_measure(part) for part in parts]
    if not any(new != part and not NUMBER_OF_PART.fullmatch(part) and not COUNTED_THINGS.fullmatch(part) for new, part in zip(named, parts)):
        return caption
    return caption[: m.start("parts")] + "; ".join(named) + caption[m.end("parts") :]


def _as_measure(part: str) -> str:
    if (scaled := SCALED_COUNT_PART.fullmatch(part)) and (caption_scale(part) or (0, ""))[1] in ("count", "persons"):
        return f"{scaled.group('noun')} in {part}"
    if " in " not in part and (named := NAMED_UNIT_PART.fullmatch(part)) and (read := caption_scale(named.group("unit"))) \
            and read[1] not in ("count", "persons", "percent") and not caption_scale(part.split()[0]):  # (not "million litres")
        return f"{named.group('named')} in {named.group('unit')}"
    if counted := NUMBER_OF_PART.fullmatch(part):
        return f"{counted.group('noun')} in number"
    return f"{part} in number" if COUNTED_THINGS.fullmatch(part) else part


def _percent_where_marked(units: list[str], columns: list[str]) -> list[str]:
    """A part in per cent that names several columns is the one a "%" marks ("Registered, %" beside "Registered" and
    "Not registered" under "(houses; registered houses in per cent of the district's)")."""
    percent = [PERCENTAGES.match(unit.strip()) is not None for unit in units]
    marked = [bool(PERCENT_MARK.search(column)) for column in columns]
    if not any(p and m for p, m in zip(percent, marked)):
        return units
    return ["" if p and not m else unit for unit, p, m in zip(units, percent, marked)]


PERCENT_MARK = re.compile(r"%|\bper\s?cent\b", re.IGNORECASE)


def _columns_units(caption: str, columns: list[str]) -> list[str]:
    units = units_by_column(caption)
    found = [column_unit(units, column) for column in columns]
    lead, parts = lead_unit(caption)
    if lead:
        # (not a column of ranks or head counts, "Rank", "Employees"; nor one a part names only by a modifier, "Debt" of
        # "debt ratio in per cent")
        measured = [_part_measure(part) for part in PART_SEPARATOR.split(parts.group("parts"))]
        heads = {word for measures, _ in measured for word in _head_words(_named_measure(measures))}
        # (a column a part names otherwise takes that part's unit, or none it can read: not the lead's, "Fat" under
        # "(million litres; fat content in per cent)")
        return ["" if COUNTED_COLUMN.search(column) else unit if unit and heads & set(_measure_words(column))
                else named if (named := _naming_part(measured, column)) is not None else lead
                for column, unit in zip(columns, found)]
    # (a physical unit at any scale, "credits in thousand tCO2e" over "Issued" and "Retired"; money or a count left
    # over may be another column's, "Hotels" beside "Revenue", "Dealers" beside "Units sold" under "sales in thousands")
    left = {unit for unit in set(units_by_column(caption, every_part=True).values()) - set(found)
            if (read := caption_scale(unit)) and read[1] not in ("count", "percent") and not is_currency_code(read[1])}
    if len(left) != 1 or all(found) or not any(found):
        return found
    return [unit or next(iter(left)) for unit in found]


def parts_as_headings(caption: str, columns: int) -> list[str]:
    """The headings a caption's units give the columns of a table read without its heading row, in order: the lead
    unit's column unnamed, then each part's measure ("(tonnes; change on 2024 in per cent)" over two columns → ["",
    "change on 2024"]); [] when the parts are not as many as the columns."""
    lead, parts = lead_unit(caption)
    named = [_part_measure(part)[0].strip() for part in PART_SEPARATOR.split(parts.group("parts"))] if lead and parts else []
    return ["", *named] if 1 + len(named) == columns else []


COUNTED_COLUMN = re.compile(r"\b(?:rank|employees|staff|workers|members|number|persons|people|headcount)\b", re.IGNORECASE)


def measure_stem(word: str) -> str:
    """A word without the prefix and ending of its form: "planting", "replanted" → "plant", "subsidies", "subsidy" →
    "subsid" (not "importers", "welfare": other words than "imports", "fare")."""
    word = word[2:] if word.startswith("re") and len(word) > 7 else word
    return re.sub(r"(?:ing|ed|ies|y|es|s)$", "", word) if len(word) > 5 else word
