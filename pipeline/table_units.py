"""What a table's caption or a column's heading says its figures are in: "(US$ billion)", "(thousand
tonnes)", "(% in US dollars)", read as a scale and a unit ("US$ billion" → 1e9, USD)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from pipeline import context
from pipeline.codebook import is_currency_code
from pipeline.lexicon import load_lexicon
from pipeline.number_labels import CURRENCY_SYMBOL, DAY_AFTER_UNIT, PRICES_AFTER_UNIT, SCALE_CAPTION, TIME_REMARK
from pipeline.quantities import recognise

# what a table's figures are in, as its caption says at its end: "(US$ billion)", "(thousand tonnes)", "(%)"
CAPTION_UNIT = re.compile(r"\((?:(?:volumes?|values?|amounts?)\s+in\s+(?=[^;()\n]*;\s*(?:(?:percentage\s+)?changes?|growth|shares?)\b)|(?:[^(),;\n]*[,;]\s*)??(?:[Uu]nits?:\s*|in\s+)?)(?P<unit>[x×]\s?1[,.\s]?000(?:\s+[a-z]+)?|(?:thousands|millions|billions|trillions)\s+of\s+(?:[A-Z]{0,3}\$|" + CURRENCY_SYMBOL + r"|[A-Z]{3}|(?:[A-Z][a-z]+\s+)?[a-z]+)|(?:[A-Z]{0,3}\$|" + CURRENCY_SYMBOL + r"|[A-Z]{3}|[A-Z][A-Za-z]{0,3}[¢₵]?(?=\s(?:thousand|million|billion|lakh|crore)))?\s?(?:thousands?|millions?|billions?|trillions?|lakhs?|crores?|['’]000s?)?"
                          r"(?:\s+[a-z]+\s+per\s+(?:day|week|month|year|annum)|\s+(?:of\s+)?[a-z]+(?:\s+[a-z]+)?)?|(?:%|per\s?cent(?:ages?)?)(?:\s+of\s+(?:GDP|[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?))?|US\s+cents(?:/[a-z]+)?)"
                          r"(?:\s+(?:a|per)\s+(?:year|annum))?"  # "(thousand livres a year, averages; …)": a year's sums
                          r"(?:\s+at\s+(?:market|book|nominal|fair|face)\s+values?)?"  # "(SEK million at market value; share in per cent)"
                          # "(thousand items at 30 June; …)", "(¥ billion at current prices; …)"
                          r"(?:\s+" + DAY_AFTER_UNIT + r"|\s+" + PRICES_AFTER_UNIT + r")?"
                          r"(?:,\s*[a-z][a-z-]*(?:\s+(?:data|figures|estimates|prices))?)*(?:,?\s+unless\s+(?:otherwise\s+)?(?:stated|noted|indicated))?"
                          r"(?:\s+in\s+(?:US\s+dollars|dollars|euros?|local\s+currency|[A-Z]{3}|(?:current|constant|nominal|real)\s+(?:prices|terms)))?"  # "(% in US dollars)"
                          r"(?:,\s*(?:excluding|including|excl\.|incl\.|net\s+of|before|after)\s[^()\n]{1,40})?"  # "(BZ$, excluding General Sales Tax)"
                          r"(?:[,;]\s*(?:(?:percentage\s+)?changes?|growth|shares?)(?:\s+and\s+(?:shares?|levels?))?\s+(?:in\s+)?(?:%|per\s?cent))?"  # "(EUR million; change in per cent)"
                          r"(?:[,;]\s*" + TIME_REMARK + r")?\)(?:\([a-z]\))*[ \t:.]*$")  # (and a note's marks after it: "($m)(a)(b)")


# how tables abbreviate and qualify their units: "in bil. US$ PPP" is "US$ billion"
UNIT_ABBREVIATIONS = ((re.compile(r"\b(?=[a-z]+illions\b|thousands\b)([a-z]+)s\b", re.I), r"\1"),  # "($ thousands)": a scale
                      (re.compile(r"\bbil(?:\.|\b)|\bbn\b", re.I), "billion"), (re.compile(r"\bmil(?:\.|\b)|\bmln\b|\bmn\b", re.I), "million"),
                      (re.compile(r"\bthous(?:\.|\b)", re.I), "thousand"), (re.compile(r"\btrn?(?:\.|\b)", re.I), "trillion"),
                      (re.compile(r"^(?:[x×]\s?1[,.\s]?|1[,.]?|['’])?000s?\b"), "thousand"),  # "(1000 MT)", "('000 tonnes)", "(000s)", "(x 1,000)"
                      (re.compile(r"(?<=[$€£¥A-Z])\s?['’]?000s?\b"), " thousand"),  # "(US$ '000)", "(EUR 000)": the currency's thousands
                      (re.compile(r"^kt$|^TMT$"), "thousand tonnes"), (re.compile(r"^Mt$"), "million tonnes"),  # "(kt)": kilotonnes
                      (re.compile(r"^tU(?:3O8)?$"), "tonnes"),  # "(tU)": tonnes of uranium
                      (re.compile(r"^thousands$", re.I), "thousand"), (re.compile(r"^millions$", re.I), "million"),  # "(thousands)"
                      (re.compile(r"^(?P<currency>[A-Z][A-Za-z]{0,2}[$¢]?|\$|€|£|¥)\s?m$"), r"\g<currency> million"))  # "(US$m)", "(PLN m)", "(GH¢ m)": a currency's millions
UNIT_QUALIFIERS = re.compile(r"^\s*in\s+|,?\s+(?:PPP|current|constant|nominal|prices|gross|net)\b.*$|\s*/\s*(?:lb|kg|t|tonne|bbl|barrel)\b.*$"
                             r"|,\s*(?:excluding|including|excl\.|incl\.|net\s+of|before|after)\s.*$"  # "(N$, excluding VAT)", "(€ gross)"
                             r"|(?<=tonnes)\s+(?:a|per)\s+(?:day|week|month|year)$"  # "waste in tonnes a day": tonnes, as "bpd" is barrels
                             r"|(?<=barrels)\s*(?:/\s*|\s+(?:per|a)\s+)(?:day|d)\b.*$"  # "thousand barrels/day": barrels, as "bpd"
                             r"|\s+of\s+GDP\b.*$|(?:(?<=%)|(?<=cent))\s+of\s+[a-z].*$"  # "per cent of GDP", "% of employed": percentages
                             r"|,?\s+unless\s+(?:otherwise\s+)?(?:stated|noted|indicated)$", re.I)  # "(Frw billion unless stated)"
CURRENCY_AFTER_SCALE = re.compile(r"^(?P<scale>thousand|million|billion|trillion)\s+(?P<currency>[A-Z]{0,3}\$|" + CURRENCY_SYMBOL + r"|[A-Z]{3})$")


SCALE_OF = re.compile(r"^(thousand|million|billion|trillion)s\s+of\s+", re.IGNORECASE)  # "(in millions of US$)": US$ million


def as_unit(caption: str) -> str:
    """A caption's or label's unit as the text would state one: "in bil. US$ PPP" → "US$ billion",
    "US cents/lb" → "US cents", "in millions of US$" → "US$ million"."""
    unit = SCALE_OF.sub(r"\1 ", UNIT_QUALIFIERS.sub("", caption.strip()))
    for abbreviation, word in UNIT_ABBREVIATIONS:
        unit = abbreviation.sub(word, unit)
    swapped = CURRENCY_AFTER_SCALE.match(unit.strip())
    if swapped and swapped.group("currency").isalpha() and not is_currency_code(swapped.group("currency")):
        swapped = None  # "million TEU": a unit of measure's code, not a currency's
    return f"{swapped.group('currency')} {swapped.group('scale')}" if swapped else unit.strip()


WORD_BEFORE_SCALE = re.compile(r"(?P<word>[a-z]+)\s+(?P<scale>thousands?|millions?|billions?|trillions?)")


@lru_cache(maxsize=64)
def caption_scale(caption: str) -> tuple[Decimal, str] | None:
    """What one of a caption's units is, read as the text would state one: "US$ billion" → (1e9, USD),
    "thousand tonnes" → (1000, tonnes), "%" → (1, percent), "in bil. US$ PPP" → (1e9, USD); None when
    it reads as no unit."""
    caption = as_unit(caption)
    if (named := WORD_BEFORE_SCALE.fullmatch(caption.strip())) and named.group("word") in load_lexicon("quantities")["currency_names"]:
        caption = f"{named.group('scale')} {named.group('word')}"  # "kina million": a million kina
    if PERCENTAGES.fullmatch(caption.strip()):
        return Decimal(1), "percent"  # "(percentages)"
    if NUMBERS.fullmatch(caption.strip()):
        return Decimal(1), "count"  # "(projects in numbers; …)": things counted one by one
    m = re.fullmatch(r"(?P<currency>[A-Z]{0,3}\$|[A-Z]{1,3}[¥₩£€]|" + CURRENCY_SYMBOL + r"|[A-Z]{3})?\s?(?P<rest>.*)", caption)  # (also "CN¥", "KR₩")
    currency, rest = m.group("currency") or "", m.group("rest")
    if currency.isalpha() and not is_currency_code(currency):
        currency, rest = "", caption  # "TEUs": a unit of measure, not a currency's code
    if rest[:1].isdigit():
        return None  # "182-day": a name with its own number (a bill's term), no unit to scale by
    stated = f"{currency}1 {rest}" if currency else f"1{rest}" if rest in ("%",) else f"1 {rest}"
    stated = stated.strip()  # "US$" alone: "US$1"
    read = read_whole(stated)
    if read is None and (prefix := CURRENCY_WORD.fullmatch(caption.strip())):
        read = read_whole(f"{prefix.group('currency')}1 {prefix.group('rest')}")  # "R billion", "KSh million"
    if read is None and re.fullmatch(r"[A-Za-z]{1,3}", caption.strip()):
        read = read_whole(f"1{caption.strip()}")  # "(t)": a symbol written against its number ("500t")
    if read is None and (price := PRICE_PER.fullmatch(caption.strip())):
        money = caption_scale(price.group("money"))  # "AISC (US$/oz)": a price in dollars an ounce
        read = money if money and is_currency_code(money[1]) else None
    if (read is None or read[1] == "count") and (people := PEOPLE_COUNTED.fullmatch(caption.strip())) \
            and people.group("noun").lower() in load_lexicon("quantities")["person_nouns"]:
        # "(runners; …)", "(thousand spectators; …)": a count of persons
        return (caption_scale(people.group("scale"))[0] if people.group("scale") else Decimal(1)), "persons"
    if read is None and (counted := SCALED_COUNT.fullmatch(caption.strip())):
        read = caption_scale(counted.group("scale"))  # "(000 head)", "(thousand holdings)": a count of what it names
    return read


PEOPLE_COUNTED = re.compile(r"(?:(?P<scale>thousands?|millions?)\s+(?:of\s+)?)?(?:[a-z-]+\s+)?(?P<noun>[a-z]{3,})")
SCALED_COUNT = re.compile(r"(?P<scale>thousands?|millions?|billions?)\s+(?:of\s+)?[a-z]{3,}(?:\s*(?:/|\band\b|\bor\b)\s*[a-z]{3,})*(?:\s+[a-zà-ÿ]{3,})?")  # also "million head/birds"


PRICE_PER = re.compile(r"(?P<money>[^/]+?)\s*(?:/|\bper\s|\ban?\s(?!(?:year|month|week|day|quarter|head|person)\b))\s*[A-Za-z][A-Za-z0-9-]{0,11}\.?")  # (also "US$ per tCO2e", "US$ a tonne"; not "$ million a month", a sum over time)


# a caption's currency written as the text writes it before an amount ("R billion" as in "R254 billion")
CURRENCY_WORD = re.compile(r"(?P<currency>[A-Z][A-Za-z]{0,3}[$¢₵]?)\.?\s+(?P<rest>(?:thousands?|millions?|billions?|trillions?|lakhs?|crores?)\b.*)")


def read_whole(stated: str) -> tuple[Decimal, str] | None:
    """The scale and unit of "US$1 billion" when the recognizer reads all of it as one amount."""
    found = recognise(stated).quantities
    if not found or found[0].start != 0 or found[0].end != len(stated) or found[0].unit == "count" and found[0].value == 1:
        return None
    # ("(shillings; …)": a currency word several moneys share and the lexicon names by one where no country's does,
    # currency_word_fallbacks; others left for the document's country to settle, "")
    fallbacks = load_lexicon("quantities")["currency_word_fallbacks"]
    return found[0].value, found[0].unit or fallbacks.get(found[0].currency_word.lower(), "")


def caption_unit(text: str, header_start: int) -> str:
    """What the line above a table's heading row (across a blank line) says its figures are in, or ""."""
    # ("(€ million; since inception in € billion)": the unit of all columns but the one since inception, see inception_unit)
    line = OTHER_SCALE_FOR_A_COLUMN.sub("", caption_line(text, header_start))
    if first := FIRST_OF_UNITS.search(line):
        return first.group("unit").strip()  # "(Unit: US$ million, %)": the levels' unit (the changes' is "%")
    m = CAPTION_UNIT.search(line) or SCALE_CAPTION.match(line.lstrip(" \t")) or TRAILING_PERCENT.search(line)  # "Values in NZ$ million; …"
    if m and m.group("unit").strip() and not caption_scale(m.group("unit").strip()) and (bare := BARE_UNIT.search(line)) \
            and caption_scale(bare.group("unit")):
        return bare.group("unit")  # "(tonnes, provisional figures)": the unit, then a remark that is none
    if not (m and m.group("unit").strip()) and (bare := BARE_UNIT.search(line)) and caption_scale(bare.group("unit")) \
            and (not bare.group("unit").isupper() or bare.group("unit") in load_lexicon("quantities")["spaced_unit_symbols"]):
        return bare.group("unit")  # "Table 1: Purchases by region (tonnes)"
    if not (m and m.group("unit").strip()) and (price := CAPTION_PRICE.search(line)) \
            and (context.is_currency_prefix(price.group("money")) or is_currency_code(price.group("money"))):
        return price.group("unit")  # "PRICE BUILD-UP, MAY 2025 (K per litre, Lusaka)": a price in a written currency
    if not (m and m.group("unit").strip()) and (named := MEASURE_IN_UNIT.search(line)) and caption_scale(named.group("unit")):
        return named.group("unit")  # "Summary table (slide 4), volumes in million kilolitres"
    if not (m and m.group("unit").strip()) and (of := UNIT_OF_THING.search(line)) and caption_scale(of.group("unit")):
        return of.group("unit")  # "(tonnes of milled rice; change and share in per cent)": tonnes
    if not (m and m.group("unit").strip()) and (counted := PERSONS_THEN_CHANGES.search(line)) \
            and (caption_scale(counted.group("unit")) or (0, ""))[1] == "persons":
        return counted.group("unit")  # "(runners; change and share in per cent)": persons
    return m.group("unit").strip() if m and m.group("unit").strip() else ""


# a unit of what the rows measure, before the parts in another unit: "(tonnes of milled rice; change and share in per cent)"
UNIT_OF_THING = re.compile(r"\((?!number\b)(?P<unit>[A-Za-z][a-z]+)\s+of\s+[a-z][a-z -]{1,30}?;\s*(?:(?:percentage\s+)?changes?|growth|shares?)\b")


PERSONS_THEN_CHANGES = re.compile(r"\((?P<unit>[a-z]+);\s*(?:(?:percentage\s+)?changes?|shares?)\b")


# a caption whose per cent is its change column's unit: "(head; change in per cent)"
# a caption saying its changes are in per cent: "(€ million; change and share in per cent)" (not "in percentage points")
CHANGES_IN_PERCENT = re.compile(r"\bchanges?\b[^()\n]{0,20}\bin[ \t]+(?:%|per[ \t]?cent)(?!age)", re.IGNORECASE)
# (or its changes and shares: "(pilotages and calls; change and share in per cent)")
CHANGES_REMARKED = re.compile(r";[ \t]*(?:percentage[ \t]+)?(?P<what>changes?(?:[ \t]+and[ \t]+shares?)?|shares?[ \t]+and[ \t]+changes?)[ \t]+in[ \t]+(?:%|per[ \t]?cent)[ \t]*\)")
OTHER_SCALE_FOR_A_COLUMN = re.compile(r";\s*since\s+inception\s+in\s+(?P<unit>[^();]+?)\s*(?=\))", re.IGNORECASE)
# the column of the totals since a body's inception: "Since inception", or a span from its first year ("2010–2023")
INCEPTION_COLUMN = re.compile(r"(?i:since\s+inception|inception)|^(?:19|20)\d\d\s*[–-]\s*(?:19|20)\d\d$")


def inception_unit(text: str, header_start: int, column: str) -> str:
    """The unit a caption gives the column of totals since inception ("(€ million; since inception in € billion)"
    over "2021  2022  2023  2010–2023": "€ billion" for the last), else ""."""
    m = OTHER_SCALE_FOR_A_COLUMN.search(caption_line(text, header_start))
    return m.group("unit") if m and INCEPTION_COLUMN.search(column.strip()) else ""
# a caption's last words naming what its figures measure and their unit: ", volumes in million kilolitres"
MEASURE_IN_UNIT = re.compile(r",[ \t]*(?:[a-z]+[ \t]+){1,3}in[ \t]+(?P<unit>[^,;()\n]{2,40}?)[ \t:.]*$")


# "(enterprises and employment: number at 30 June 2024; exports and cumulative investment: KShs million)", "(vehicles
# in thousands; passengers in lakh; fare revenue in Tk crore)": each column's unit, named by what the columns measure
COLUMN_UNIT_PART = r"(?:[a-z]|[A-Z]{2,}\b)[^():;\n]*?(?::|[ \t]in[ \t])[^():;\n]+"  # (also an initialism's: "GDP in € billion")
# (parts apart by semicolons, or by commas before a measure in its unit: "shares in million, amounts in RO million"; perhaps
# after a reference to where the table stands: "(slide 8; …)")
SEPARATOR = r";|,(?=[ \t]*[a-z][a-z ]{1,30}?[ \t]in[ \t])"
PART_SEPARATOR = re.compile(SEPARATOR)
COLUMNS_UNITS = re.compile(rf"\((?:[A-Za-z]+\.?[ \t]+\d[\w.]*;[ \t]*)?(?P<parts>{COLUMN_UNIT_PART}(?:(?:{SEPARATOR})[ \t]*{COLUMN_UNIT_PART})+)\)[ \t:.]*$")
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
    if lead and not caption_scale(lead) and COUNTED_THINGS.fullmatch(lead):
        lead = "number"  # "(accessions at 31 March; change and share in per cent)": a count of what the rows count
    return (lead, m) if m and " in " not in lead and caption_scale(lead) else ("", None)


DAY_REMARK = re.compile(rf"\s+{DAY_AFTER_UNIT}$")  # "thousand items at 30 June"
YEARLY_REMARK = re.compile(r"(?:\s+(?:a|per)\s+(?:year|annum)|,\s+(?:yearly\s+|annual\s+)?averages?)+$")  # "thousand livres a year, averages"
COUNTED_THINGS = re.compile(r"[a-z]{3,}s")


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


TRAILING_PERCENT = re.compile(r",[ \t]*(?P<unit>%|per[ \t]?cent)(?:[ \t]+of[ \t]+[A-Za-z]{2,12})?[ \t:.]*$")  # "Storage by province, % of FSC"
CAPTION_PRICE = re.compile(r"\((?P<unit>(?P<money>[A-Z][A-Za-z]{0,3}[$]?)\s?(?:/|per\s)\s?[a-z]{1,12})(?:,[^()\n]*)?\)[ \t:.]*$")
BARE_UNIT = re.compile(r"\((?P<unit>[A-Za-z][a-z /]{1,30}[a-z]|[A-Z]{1,3}|(?:R|Rs|Shs?|KSh|Ksh|TSh|USh|[A-Z]{0,2}\$)\s?m)(?:,[ \t][^()\n]{1,60})?\)(?:\([a-z]\))*[ \t:.]*$")  # (also "(Maloti)", "(million head/birds)", "(MT)", "(Rm)"; not "(Km)")
# (perhaps with a remark after a comma: "Weights of coins by reign (grams, average of catalogued specimens)")


def levels_unit(caption: str) -> str:
    """The levels' unit of a caption line that gives two ("Exports by product, 2019 (€ million and %)"), or ""."""
    m = TWO_UNITS.search(caption)
    return m.group("unit").strip() if m and caption_scale(m.group("unit").strip()) else ""


PERCENTAGES = re.compile(r"%|per\s?cent(?:ages?)?", re.IGNORECASE)
NUMBERS = re.compile(r"(?:absolute\s+)?numbers?|units", re.IGNORECASE)
# "(Unit: US$ million, %)": the levels' unit, then the changes'
FIRST_OF_UNITS = re.compile(r"\([Uu]nits?:\s*(?P<unit>[^,()]+?),\s*%\s*\)")
# "(€ million and %)", "(US$ million, %)": two units, which a table of named columns gives each its own (text_tables)
TWO_UNITS = re.compile(r"\((?P<unit>[^,()]+?)(?:,|\s+and)\s*%\s*\)[ \t:.]*$")


def caption_line(text: str, header_start: int) -> str:
    """The line above a table's heading row, across a blank line."""
    line_end = text.rfind("\n", 0, header_start)
    caption = text[text.rfind("\n", 0, line_end) + 1 : line_end].rstrip("\r") if line_end > 0 else ""
    if (not caption.strip() or RULE_LINE.fullmatch(caption.strip())) and line_end > 0:  # a blank line or a rule between the caption and the table
        line_end = text.rfind("\n", 0, line_end)
        caption = text[text.rfind("\n", 0, line_end) + 1 : line_end].rstrip("\r") if line_end > 0 else ""
    if STACKED_HEADING_LINE.match(caption) and line_end > 0:  # the heading's first line of two, over the stub column: the caption is above it
        line_end = text.rfind("\n", 0, line_end)
        caption = text[text.rfind("\n", 0, line_end) + 1 : line_end].rstrip("\r") if line_end > 0 else ""
    return quoted.group("caption") if (quoted := QUOTED_CAPTION.match(caption)) else caption


# a speaker's label before what is read into the record ("[10:42] DIRECTORATE (Ms. Nygård): ")
SPEAKER_LABEL = r"(?:\[[\d:]+\][ \t]*)?[A-ZÀ-Þ][A-ZÀ-Þ .'’-]*(?:[ \t]*\([^()]*\))?:[ \t]*"
# a caption a speaker reads into the record: 'DIRECTOR (Mr. Tulloch): "Table 1. Funding … (£ million; share in per cent)"'
QUOTED_CAPTION = re.compile(SPEAKER_LABEL + r"[\"“](?P<caption>[^\"“”]+)[\"”][ \t]*$")


def units_caption(text: str, header_start: int) -> str:
    """The caption that gives a table's columns their units: the line above its heading, or, when that line only
    ends a caption wrapped over lines ("… (GDP in R$ billion; real growth in per cent;" over "… unemployment in
    per cent)"), the caption's lines joined."""
    line = caption_line(text, header_start)
    if COLUMNS_UNITS.search(line) or not line.rstrip().endswith(")") or "(" in line:
        return line
    end = text.rfind(line, 0, header_start)
    lines = [line.strip()]
    while end > 0 and len(lines) < 4 and "(" not in lines[0]:
        start = text.rfind("\n", 0, end - 1) + 1
        above = text[start : end - 1].strip()
        if not above:
            break
        lines.insert(0, above)
        end = start
    return " ".join(lines) if "(" in lines[0] else line


# a heading line indented over a table's stub column, with its columns apart ("      2081/82     2081/82     2082/83")
STACKED_HEADING_LINE = re.compile(r"(?![^\n]*[()])[ \t]{8,}\S+(?:[ \t]\S+)?(?:[ \t]{2,}\S+(?:[ \t]\S+)?){1,}[ \t]*$")  # (not "    Table 4  (Rs crore)")
RULE_LINE = re.compile(r"[-=_+|~─━═ ]{10,}")  # a line drawn across a table, under its caption or its headings
