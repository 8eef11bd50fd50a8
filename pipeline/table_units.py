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


# a currency's name before the scale: "kina million", "Kwacha million", "US dollars million"
WORD_BEFORE_SCALE = re.compile(r"(?P<word>(?:[A-Z]{2}\s+)?[A-Za-z]+)\s+(?P<scale>thousands?|millions?|billions?|trillions?)")


def currency_name(word: str) -> str:
    """The lexicon's currency name a caption writes ("Kwacha" → "kwacha", "US dollars"), or "" when it names none."""
    names = load_lexicon("quantities")["currency_names"]
    return word if word in names else word.lower() if word.lower() in names else ""


@lru_cache(maxsize=64)
def caption_scale(caption: str) -> tuple[Decimal, str] | None:
    """What one of a caption's units is, read as the text would state one: "US$ billion" → (1e9, USD),
    "thousand tonnes" → (1000, tonnes), "%" → (1, percent), "in bil. US$ PPP" → (1e9, USD); None when
    it reads as no unit."""
    caption = as_unit(caption)
    if (named := WORD_BEFORE_SCALE.fullmatch(caption.strip())) and (name := currency_name(named.group("word"))):
        caption = f"{named.group('scale')} {name}"  # "kina million": a million kina
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
            and ((kind := (caption_scale(counted.group("unit")) or (0, ""))[1]) == "persons"
                 or kind not in ("", "count") and ";" not in line[counted.end():].split(")")[0]):
        # "(runners; change and share in per cent)": persons; "(tonnes; change and share in per cent)": tonnes (not
        # "(tonnes; change in per cent; value in ¥ billion)", whose parts give each column its own: caption_parts)
        return counted.group("unit")
    return m.group("unit").strip() if m and m.group("unit").strip() else ""


# a unit of what the rows measure, before the parts in another unit: "(tonnes of milled rice; change and share in per cent)"
UNIT_OF_THING = re.compile(r"\((?!number\b)(?P<unit>[A-Za-z][a-z]+)\s+of\s+[a-z][a-z -]{1,30}?;\s*(?:(?:percentage\s+)?changes?|growth|shares?)\b")


PERSONS_THEN_CHANGES = re.compile(r"\((?P<unit>[a-z]+|[A-Z]{1,3}[ \t]+[a-z]+);\s*(?:(?:percentage\s+)?changes?|shares?)\b")  # (also "(US dollars; …)")


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
        if not caption.strip() and line_end > 0:  # (across a blank line: "Table 1. … (DKK thousand)", "", "    Accounts  Budget", "    2023  2025")
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
