"""Recognising quantities in a sentence: number, scale, currency, unit, ranges, ranks and words.

Input is one sentence's text; output is `Quantity` spans (offsets relative to the sentence) and
`NotFact` spans that account for the numbers that are not quantities (dates, names, ordinals).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from pipeline.grammar import (
    DIGITS, NotFact, Quantity, Recognised, _Grammar, anchored, grammar, number_words, overlaps, parse_number, scan,
    word_after, words_before,
)
from pipeline.countries import currencies_by_word
from pipeline.matching import Caseless, led_by_first_characters
from pipeline.number_labels import (
    BASE_EQUALS, CONFIDENCE_LEVEL, CODE_LABEL, CODE_RANGE_END, GLUED_CODE_NAME, EU_ACT_NUMBER, ISSUE_NUMBER,
    years_naming_laws, HOUR_SAID, SPOKEN_CLOCK, DIGIT_FRACTION, GLUED_TO_WORD, INDEX_BASE, LETTER_BY_DIGIT, MIXED_CODE,
    CODE_SUFFIX, MODEL_SUFFIX, house_number, PRICE_BASE, PRICE_BASE_LEAD, PRICES_LEAD, QUARTER_CODE, REPORT_NUMBER, SECTION_NUMBER,
    SLASHED_REFERENCE, SCALE_IN_NAME, naming_spans,
)
from pipeline.label_rules import labelled_numbers
from pipeline.denominations import denominations, names_in_lists, new_units
from pipeline.hyphenated import hyphen_duration, hyphen_unit
from pipeline.persons import counts_people, counts_things, is_demonym_plural, of_the_people, of_whom, people_named_before
from pipeline.early_years import ancient_years
from pipeline.periods import time_expressions
from pipeline.sterling import sterling_sums
from pipeline.ranges import fraction_ranges, join_numbers
from pipeline.wordquantities import spoken_compounds, word_quantities
from pipeline.non_quantities import RELATIVE_TIME, is_measure, cites_a_year, names_a_stretch, names_a_year, not_a_quantity, parts_counted, time_noun_follows

TIME_UNITS = ("years", "months", "weeks", "days", "hours")  # lengths of time: a date when they count back or frame
# the second half of a British-style postcode after its district's letters and number ("LS21 3AF")
POSTCODE_INWARD = re.compile(r"[A-Z]?[ \t]\d[A-Z]{2}\b")
SCORE_OUT_OF = re.compile(rf"\s+out\s+of\s+(?P<num>{DIGITS})", re.IGNORECASE)


def _unit(cur: str | None, after: str | None, g: _Grammar) -> tuple[str, str]:
    """(unit code, currency word to resolve later) from what stands before and after the number."""
    unit = g.lexicon["currency_prefixes"][cur] if cur in g.lexicon["currency_prefixes"] else (cur or "count")
    if isinstance(unit, list):  # "Rs": rupees of India, Pakistan, Sri Lanka or Nepal, by country
        return "", cur.lower()
    if not after:
        return unit, ""
    if after in g.currency_codes or after in g.lexicon["currency_prefixes"]:
        code = g.lexicon["currency_prefixes"].get(after, after)
        return (code, "") if isinstance(code, str) else ("", after.lower())  # "… 1 Rs": rupees of the country
    words = re.sub(r"\s+", " ", after.lower()).removeprefix("of ").split()
    # the longest tail that is a unit or currency name: "Cuban pesos" → "pesos", "consecutive years" → "years"
    key = next((" ".join(words[i:]) for i in range(len(words)) if " ".join(words[i:]) in g.units
                or " ".join(words[i:]) in g.currency_names), after.lower())
    if key in g.units:
        return (unit if cur else g.units[key]), ""
    code = g.currency_names[key]
    if code == "USD" and key.startswith("dollar") and (named := _dollar_of(" ".join(words[: len(words) - len(key.split())]))):
        return named, ""  # "Fijian dollars", "Australian dollars"
    return (code, "") if isinstance(code, str) else ("", key)


def _dollar_of(words_before: str) -> str:
    """The currency called dollars of the country the words before "dollars" name ("fijian": FJD), else ""."""
    code = currencies_by_word().get(words_before.strip(), "")
    return code if code in grammar().lexicon["dollar_currencies"] else ""


PARTS_AFTER_AND = {"half": Decimal("0.5"), "quarter": Decimal("0.25"), "quarters": Decimal("0.75"),
                   "three-quarters": Decimal("0.75")}  # "two and a half", "two and a quarter", "two and three quarters"


def _amount(text: str, m: re.Match[str], g: _Grammar) -> Quantity | NotFact | None:
    """One number with its currency, scale and unit; or why it is not a quantity."""
    num, cur, scale, after = m.group("num", "cur", "scale", "after")
    start, end = m.start(), m.end()
    if m.group("sign") is None and cur is None:
        start = m.start("num")
    if not (cur or scale or after):
        hyphenated = hyphen_unit(text, end, g)
        if hyphenated:
            unit, length, scale_word = hyphenated
            rule = "number_words" if not num[0].isdigit() else "hyphen_unit"
            value = parse_number(num) * (g.scales[scale_word] if scale_word else 1)
            conversion = g.lexicon["unit_conversions"].get(unit)
            if conversion:  # "a 200-basis-point increase": 2 percentage points
                value, unit = value * Decimal(str(conversion["factor"])), conversion["unit"]
            return Quantity(start, end + length, value, unit, rule)
        duration = hyphen_duration(text, start, end, num, g)
        if isinstance(duration, NotFact):
            return duration
        if duration:
            unit, length = duration
            return Quantity(start, end + length, parse_number(num), unit, "duration_adjective")
        reason = not_a_quantity(text, m, start, end, g)
        if reason:
            return reason
    if cur and num[:1] == "0" and num[1:2].isdigit():
        return NotFact(start, end, "name")  # "release P0211": a code with a leading zero, not 211 pula
    if cur and len(cur) == 1 and cur.isalpha() and not (scale or re.search(r"\d{3}|[.,]\d", num)):
        return None  # "N95 masks", "the K2 expedition": a code, not naira or kwacha
    if cur and len(cur) == 2 and cur.isalpha() and cur.isupper() and m.end("cur") == m.start("num") and len(num) == 1 and not scale:
        return None  # "KM4, Mogadishu": a place's code (kilometre 4), not convertible marks
    if cur and cur.isalpha() and len(cur) <= 2 and len(num) <= 2 and text[m.start("num") - 1 : m.start("num")].isalpha() and not scale \
            and POSTCODE_INWARD.match(text, end):
        return NotFact(start, end, "name")  # "West Yorkshire LS21 3AF": a postcode, not Syrian pounds
    value = parse_number(num) + (PARTS_AFTER_AND[m.group("half").split()[-1].lower()] if m.group("half") else 0)
    if scale:
        value *= g.scales[scale.lower()]
    unit, currency_word = _unit(cur, after, g)
    factor = None
    if unit in g.lexicon["unit_conversions"]:
        conversion = g.lexicon["unit_conversions"][unit]
        factor = Decimal(str(conversion["factor"]))
        value, unit = value * factor, conversion["unit"]
        if conversion["unit"] == "USD" and (each := EACH_DOLLAR.search(text, max(0, start - 400))) and each.start() <= end + 60:
            unit = "ratio"  # "Of each dollar earned, 53 cents bought …", "eighteen centavos of every peso": a share of every unit, not an amount
    if unit in TIME_UNITS and RELATIVE_TIME.match(text, end):
        return NotFact(start, end, "date")  # "two years earlier", "three years ago": a time, counted back
    if unit in TIME_UNITS and AFTER_A_NUMBER_WITHIN.search_in(text, 0, start):
        return NotFact(start, end, "date")  # "fell … to about 7,000 within two years": when, not how long
    if unit in TIME_UNITS and TIME_SPAN_LEAD.search_in(text, max(0, start - 30), start):
        return NotFact(start, end, "date")  # "the first two months of 2024", "over the past ten years"
    if unit == "count" and TIME_SPAN_LEAD.search_in(text, max(0, start - 30), start) and time_noun_follows(text, end, g):
        return NotFact(start, end, "date")  # "over the past three decades", "the three summer months"
    noun = word_after(text, end)
    if unit == "count" and (counts_people(text, end, g, start) or is_demonym_plural(text, end) or of_whom(text, start, end, g)
                            or of_the_people(text, start, end, g)
                            or (people_named_before(text, start, g) and not counts_things(text, start, end, g))):
        unit = "persons"
    rule = "amount" if (cur or after) else ("scaled_number" if scale else "bare_number")
    if not num[0].isdigit():
        rule = "number_words"
    return Quantity(
        start, end, value, unit, rule,
        negative=m.group("sign") is not None,
        currency_word=currency_word,
        noun=noun if unit == "count" else "",
        factor=factor,
    )


# How far a quantity reaches before its first number token ("US$", "on the one") and after it
# ("million metric tons per hectare", "out of 180 countries").
WINDOW_BEFORE, WINDOW_AFTER = 10, 80
WORD_WINDOW_AFTER = 30
# "the past three decades", "within four years", "in at least 13 years": a stretch of time that
# says when (or since when) other facts happened, not how long something lasted
TIME_SPAN_LEAD = Caseless(r"\b(?:first|last|past|next|previous|final|coming|its|their|the|within|in|"
                          r"in\s+(?:at\s+least|more\s+than|over|under|less\s+than|nearly|almost)|"
                          # "the fastest pace in eight years", "the lowest in 12 years": since when a record holds
                          r"(?:[a-z]+est|worst|best|most|least|record)(?:\s+[a-z]+){0,2}\s+in)\s+$")
AFTER_A_NUMBER_WITHIN = Caseless(r"\d%?\s+within\s+$")


def _score(text: str, q: Quantity, g: _Grammar) -> Quantity:
    """'17 out of 100', 'a score of 2.9': a bare number that is a score."""
    out_of = SCORE_OUT_OF.match(text, q.end)
    if out_of:
        base = parse_number(out_of.group("num"))
        return replace(q, end=out_of.end(), unit="score", rule="score", out_of=base, noun="")
    cues = set(words_before(text, q.start, 4)) & (set(g.lexicon["score_cues"]) | INDEX_WORDS) if q.unit == "count" else set()
    if cues and cues <= INDEX_WORDS and index_in_points(text, q.start, q.end, g):
        return replace(q, unit="points", rule="index_level", noun="")
    if cues:
        return replace(q, unit="score", rule="score", noun="")
    return q


INDEX_WORDS = frozenset({"index", "indices", "pmi"})
# "(2015 = 100)", "(Base 2011-12=100)", "index points": what says a level is in points on an index's own scale
INDEX_BASE_AFTER = re.compile(r"\s*(?:index\s+)?points?\b|\s*\((?:base\s+)?[^()=\n]{2,12}=\s*100\)", re.IGNORECASE)
INDEX_NAME = re.compile(r"(?P<name>(?:[\w’'-]+\s+){0,5}(?:index|indices|pmi))\b(?:\(\d{1,2}\))?[^.;:\d]{0,40}$", re.IGNORECASE)


def index_in_points(text: str, start: int, end: int, g: _Grammar) -> bool:
    """'The export sales index climbed to 51.3', 'the index stood at 97.3 (2017=100)': the level of a
    market's, a price's or a business survey's index, in points; not a country's score in a ranking
    ('the Gini index of 48.2', 'its Corruption Perceptions Index score of 25')."""
    if INDEX_BASE_AFTER.match(text, end):
        return True
    name = INDEX_NAME.search(text, max(0, start - 100), start)
    if not name or TABLE_GAP.fullmatch(text, name.end("name"), start):
        return False  # (a table's row label: its caption, not the label, says what the cells are in)
    # the name's last word before "index" ("the export orders index", "the Jakarta Composite Index"): not any
    # word of it ("the Global Climate Risk Index", "the employment protection index" rank countries)
    words = re.findall(r"[a-z]+", name.group("name").lower())
    head = words[-2] if len(words) > 1 and words[-1] in INDEX_WORDS - {"pmi"} else words[-1] if words else ""
    return head in g.lexicon["index_points_words"]


TABLE_GAP = re.compile(r"(?:\(\d{1,2}\))?[^\w]*(?:\s{2,}|\t|\|)[^\w]*")


def _windows(text: str, tokens: list[tuple[int, int]] | None, before: int = WINDOW_BEFORE,
             after: int = WINDOW_AFTER) -> list[tuple[int, int]]:
    """Stretches of the sentence around its number tokens: every quantity holds one, so the
    patterns need not search the rest (the largest share of the extractor's time otherwise)."""
    if tokens is None:
        return [(0, len(text))]
    windows: list[tuple[int, int]] = []
    for start, end in tokens:
        lo, hi = max(0, start - before), min(len(text), end + after)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


@lru_cache(maxsize=1)
def _amount_lead() -> int:
    """How far before its number an amount may start: a sign, the longest currency prefix, a space,
    and the "a" of "a dozen" with its spaces, or "a couple of" before a scale word."""
    lex = grammar().lexicon
    return max(1 + max(len(p) for p in lex["currency_prefixes"]) + 1 + 4, 2 + max(map(len, lex["approximate_number_words"])))


# "in million cubic metres", "(in thousand tonnes)": the scale a text's figures are given in, no quantity of its own
BRACKETED_AMOUNT_SCALE = re.compile(r"[$€£¥]\(\d[\d.,]*\)[ \t]?(?P<word>thousand|million|billion)\b")
STATED_SCALE = led_by_first_characters(r"\b[Ii]n\s+(?P<word>(?:thousand|million|billion|trillion)(?:s(?=\s+unless\b))?)\b(?!\s+of\b)")  # (also "in millions unless stated")
# a scale word with no number that sets the size a figure is given for ("Each million passengers fewer adds 60 cents")
# or that an abbreviation is defined as ('"m" is million', "bn = billion"), and the abbreviation: they name, they count nothing
SCALE_AS_SIZE = re.compile(r"\b(?:[Ee]ach|[Ee]very)\s+(?P<word>thousand|million|billion)\s+(?=[a-z])"
                           r"|[\"'“‘]?\b(?P<abbreviation>[A-Za-z]{1,3})\b[\"'”’]?\s+(?:is|=|means|stands\s+for|denotes)\s+(?:a\s+|one\s+)?(?P<defined>thousand|million|billion|trillion)\b")
# … and the definitions listed after it, their verb understood ('"m" is million and "bn" billion', "bn = billion, m = million")
NEXT_SCALE_DEFINED = re.compile(r"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)[\"'“‘]?\b(?P<abbreviation>[A-Za-z]{1,3})\b[\"'”’]?\s+"
                                r"(?:(?:is|=|means|stands\s+for|denotes)\s+)?(?:a\s+|one\s+)?(?P<defined>thousand|million|billion|trillion)\b")
EACH_DOLLAR = re.compile(r"\b(?:of|out\s+of|from)\s+(?:each|every)\s+(?:US\s+)?(?:dollar|peso|euro|pound(?!\s+of\b)|rand|rupee|shilling|real|naira|cedi)\b", re.IGNORECASE)  # (not "every pound of lint")


def _scales_as_sizes(text: str) -> Iterator[re.Match[str]]:
    for m in SCALE_AS_SIZE.finditer(text):
        yield m
        while m.groupdict().get("defined") and (m := NEXT_SCALE_DEFINED.match(text, m.end())):
            yield m


MINUTES_AFTER = re.compile(r"[ \t-]*minutes?\b")


WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z]+)[ \t-]*$")
NEXT_WORD = re.compile(r"[ \t-]+(?P<word>[A-Za-z]+)")


def _counted(text: str, start: int, end: int) -> bool:
    """Whether a number word stands next to the scale word at start:end ("Two Hundred Thousand People",
    "Hundred Thousand Teachers"): a count written in capitals, not a name."""
    before, after = WORD_BEFORE.search(text, max(0, start - 20), start), NEXT_WORD.match(text, end)
    return any(m and m.group("word").lower() in number_words() for m in (before, after))


def recognise(text: str, tokens: list[tuple[int, int]] | None = None, early: bool = False) -> Recognised:
    """Quantities and accounted-for non-quantities in one sentence (offsets relative to it).
    `tokens`, the sentence's number tokens when the caller has them, limit where to look; `early`: the
    sentence is part of a history of times before 1800 (document_times.early_history)."""
    g = grammar()
    result = Recognised()
    windows = _windows(text, tokens)
    # quantities in words end a few words after their number word ("one way or another", "two
    # years and four months"); amounts reach further, to their units ("… million metric tons per hectare")
    if "/" in text:  # "about 1/59th of South Korea's": a fraction in figures
        result.quantities += [Quantity(m.start(), m.end(), (Decimal(m.group("n")) / Decimal(m.group("d"))).quantize(Decimal("0.0001")),
                                       "ratio", "fraction") for m in DIGIT_FRACTION.finditer(text) if int(m.group("d"))]
    if "s" in text or "d" in text:  # "2s 6d", "5s": sterling's shillings and pence
        result.quantities += sterling_sums(text)
    word_quantities(text, g, result, _windows(text, tokens, WINDOW_BEFORE, WORD_WINDOW_AFTER))
    quantities = result.quantities = fraction_ranges(text, result.quantities) if " and " in text or " to " in text else result.quantities
    times = time_expressions(text, early)
    if "quarters" in text:  # "the first three quarters of 2025": a time, no fraction
        result.quantities = quantities = [q for q in quantities if not any(
            t.kind == "first_months" and t.start <= q.start and q.end <= t.end for t in times)]
    # "Consumer Price Index (2021=100)": an index's base names the index; it is neither a time nor a score
    # ("(2024-25 dollars)": a span of years is no amount, whatever comes before it)
    price_bases = (m for m in PRICE_BASE.finditer(text) if PRICE_BASE_LEAD.search(text, max(0, m.start() - 40), m.start())
                   or not m.group().isdigit()
                   or (text.startswith(" prices", m.end()) and PRICES_LEAD.search(text, max(0, m.start() - 4), m.start())))
    # "Consumer Price Index (2021=100)", "Report Number: VM2025-0021": an index's base and a report's number name them
    index_bases = BASE_EQUALS.finditer(text) if "ase" in text else ()  # "Base December 2018 = 100."
    for m in (*INDEX_BASE.finditer(text), *price_bases, *REPORT_NUMBER.finditer(text), *index_bases, *CONFIDENCE_LEVEL.finditer(text)):
        result.not_facts.append(NotFact(m.start(), m.end(), "name"))
        times = [t for t in times if not (m.start() <= t.start and t.end <= m.end())]
    result.not_facts += labelled_numbers(text)
    if "/" in text:  # "Law 58/1991": an act's number in its year
        issues = list(ISSUE_NUMBER.finditer(text))
        result.not_facts += [NotFact(m.start(), m.end(), "name") for m in issues]
        laws_years = years_naming_laws(text, issues, times)
        times = [t for t in times if (t.start, t.end) not in laws_years]
        result.not_facts += [NotFact(a, b, "name") for a, b in laws_years]
        result.not_facts += [NotFact(m.start(g), m.end(g), "name") for m in EU_ACT_NUMBER.finditer(text) for g in ("a", "b")]
    if any(word in text for word in (" past ", " to ", "clock", "thirty", "fifteen", "forty-five", "this morning", "this afternoon",
                                     "this evening", "tonight", "sharp", "t being", "now being", "close at", "adjourn at", "resume at",
                                     "reconvene at", "break at", "adjourned at", "closed at", "closes at", "in the morning", "in the afternoon",
                                     "in the evening", "at night")) and HOUR_SAID.search(text):  # "half past twelve", "until two thirty": a time of day
        clocks = [NotFact(m.start(), m.end(), "date") for m in SPOKEN_CLOCK.finditer(text)]
        result.quantities = quantities = [q for q in quantities if not overlaps(q.start, q.end, clocks)]
        result.not_facts += clocks
    if names := naming_spans(text):
        result.not_facts += [NotFact(start, end, "name") for start, end in names]
        result.quantities = quantities = [q for q in quantities if not any(a <= q.start and q.end <= b for a, b in names)]
    if "/" in text:  # "Ref: NCC/SMD/PN/04/2025": a reference names a document
        references = [m.span() for m in SLASHED_REFERENCE.finditer(text) if any(c.isdigit() for c in m.group())]
        result.not_facts += [NotFact(a, b, "name") for a, b in references]
        times = [t for t in times if not any(a <= t.start and t.end <= b for a, b in references)]  # (its year dates nothing)
    if "Q" in text or "H1" in text or "H2" in text:  # "in 2Q24": a quarter written as a code; "Q1" opening a row
        result.not_facts += [NotFact(m.start(), m.end(), "date") for m in QUARTER_CODE.finditer(text) if not overlaps(m.start(), m.end(), times)]
    if "illion" in text or "ousand" in text or "undred" in text:  # "The Million-Acre Scheme": a name
        result.not_facts += [NotFact(m.start(g), m.end(g), "name") for m in SCALE_IN_NAME.finditer(text)
                             for g in ("word", "quoted") if m.group(g) and not _counted(text, m.start(g), m.end(g))]
    amounts: list[Quantity] = []
    amount_matches = scan(g.amount, text, windows) if tokens is None else anchored(g.amount, text, tokens, _amount_lead())
    for m in amount_matches:
        if overlaps(m.start("num"), m.end("num"), quantities + amounts + result.not_facts):
            continue
        in_time = [t for t in times if t.start < m.end("num") and m.start("num") < t.end]
        if in_time and not (m.group("cur") or m.group("scale") or is_measure(m)):
            continue
        times = [t for t in times if t not in in_time]
        found = _amount(text, m, g)
        if isinstance(found, Quantity):
            amounts.append(_score(text, found, g))
        elif found is not None:
            result.not_facts.append(found)
    if "(" in text:  # "€(14.2) million": the scale of an amount in accounting brackets (its figure is read alone, as a count)
        result.not_facts += [NotFact(m.start("word"), m.end("word"), "part_of_mention") for m in BRACKETED_AMOUNT_SCALE.finditer(text)]
    result.not_facts += [NotFact(m.start("word"), m.end("word"), "idiom") for m in STATED_SCALE.finditer(text)
                         if not overlaps(m.start("word"), m.end("word"), amounts + quantities + result.not_facts)]
    result.not_facts += [NotFact(a, b, "part_of_mention") for a, b in parts_counted(text) if not overlaps(a, b, amounts + quantities + result.not_facts)]
    if "illion" in text or "ousand" in text:
        result.not_facts += [NotFact(m.start(g), m.end(g), "name") for m in _scales_as_sizes(text) for g in ("word", "abbreviation", "defined")
                             if m.groupdict().get(g) and not overlaps(m.start(g), m.end(g), amounts + quantities)]
    for m in scan(g.vague, text, windows):
        if not overlaps(m.start(), m.end(), amounts + quantities):
            word = m.group("word").lower()
            if re.search(r"\bin\s+$", text[: m.start()]):
                result.not_facts.append(NotFact(m.start(), m.start() + len(word), "idiom"))  # "in billions of won"
                continue
            unit = "persons" if counts_people(text, m.end(), g) else "count"
            value = Decimal(1)
            for plural in re.split(r"\s+of\s+", word):  # "tens of thousands" → 10 × 1,000
                value *= Decimal(g.lexicon["vague_plurals"][plural])
            amounts.append(Quantity(m.start(), m.start() + len(word), value, unit, "vague_plural"))
    amounts = denominations(text, sorted(amounts, key=lambda q: q.start), result.not_facts, g)
    amounts = names_in_lists(text, amounts, result.not_facts)
    amounts = new_units(text, amounts, result.not_facts)
    quantities += join_numbers(text, spoken_compounds(text, amounts))
    if early:  # "In 525 King Kaleb sent …": a year of the first millennium in a history of it
        ancient = ancient_years(text, quantities)
        quantities[:] = [q for q in quantities if q not in ancient]
        result.not_facts += [NotFact(q.start, q.end, "date") for q in ancient]
    if "minute" in text:  # "speak for ten minutes", "a break of fifteen minutes", "within 14 minutes of the call": a stretch of time
        spans = [q for q in quantities if q.unit in ("", "count") and MINUTES_AFTER.match(text, q.end)]
        quantities[:] = [q for q in quantities if q not in spans]
        result.not_facts += [NotFact(q.start, q.end, "date") for q in spans]
    if "year" in text:  # "after two years of drought", "three years in a row": when, not how long
        stretches = [q for q in quantities if names_a_stretch(text, q)]
        quantities[:] = [q for q in quantities if q not in stretches]
        result.not_facts += [NotFact(q.start, q.end, "date") for q in stretches]
    if glued := [q for q in quantities if q.rule == "amount" and (m := GLUED_CODE_NAME.match(text, q.start)) and m.end() == q.end]:
        # "COP14": a meeting's name, not 14 Colombian pesos
        quantities[:] = [q for q in quantities if q not in glued]
        result.not_facts += [NotFact(q.start + 3, q.end, "name") for q in glued]
    quantities.sort(key=lambda q: q.start)
    # "Table A3", "rated 'Baa1'", "the G20": a code of letters and digits written together names something
    result.not_facts += [NotFact(m.start(), m.end(), "name") for m in (*CODE_LABEL.finditer(text), *GLUED_TO_WORD.finditer(text),
                                                                      *CODE_RANGE_END.finditer(text), *SECTION_NUMBER.finditer(text),
                                                                      *(MIXED_CODE.finditer(text) if LETTER_BY_DIGIT.search(text) else ()), *MODEL_SUFFIX.finditer(text),
                                                                      *CODE_SUFFIX.finditer(text), *house_number().finditer(text))
                         if not overlaps(m.start(), m.end(), quantities + result.not_facts)
                         and not (m.re is SECTION_NUMBER and overlaps(m.start(), m.end(), times))]  # ("01.07.2024–30.06.2025": days)
    named_years = [t for t in times if t.kind == "year" and names_a_year(text, t.start)]
    cited_years = [t for t in times if t.kind == "year" and "(" in text and cites_a_year(text, t.start, t.end)]
    times = [t for t in times if t not in named_years and t not in cited_years]
    result.not_facts += [NotFact(t.start, t.end, "date") for t in (*times, *cited_years)]
    result.not_facts += [NotFact(t.start, t.end, "name") for t in named_years]
    result.times = times
    result.not_facts.sort(key=lambda n: n.start)
    return result
