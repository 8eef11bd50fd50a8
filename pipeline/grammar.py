"""The vocabulary of quantities compiled into patterns, and the records recognition produces.

All words come from lexicon/quantities.yaml (and country adjectives and currencies from
lexicon/places.yaml); this module only turns them into regular expressions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from pipeline.lexicon import load_lexicon
from pipeline.matching import Caseless, trie_pattern, whole_words


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: Decimal
    unit: str
    rule: str
    value_high: Decimal | None = None
    negative: bool = False  # an explicit minus sign, or a multiple that states a decline
    currency_word: str = ""  # a currency name whose code depends on the country ("won")
    out_of: Decimal | None = None  # the base of a rank or score ("out of 180")
    joined_by: str = ""  # for the two levels of a change: "from"
    noun: str = ""  # the word after a bare count ("2,000 enterprises")
    factor: Decimal | None = None  # the conversion its unit word took ("basis points" → 0.01)


@dataclass(frozen=True)
class NotFact:
    start: int
    end: int
    reason: str  # date, name, ordinal, idiom, vague


@dataclass
class Recognised:
    quantities: list[Quantity] = field(default_factory=list)
    not_facts: list[NotFact] = field(default_factory=list)
    times: list = field(default_factory=list)  # the time expressions left after quantities took theirs


def _alternation(words) -> str:
    return trie_pattern(words)


def _lower(words) -> set[str]:
    return {w.lower() for w in words}


@dataclass(frozen=True)
class _Grammar:
    lexicon: dict
    amount: re.Pattern[str]
    duration: Caseless
    vague: Caseless
    idiom: Caseless
    half: Caseless
    ordinal: Caseless
    fraction: Caseless
    multiple: Caseless
    units: dict[str, str]
    currency_names: dict[str, str]
    scales: dict[str, int]
    currency_codes: frozenset[str]
    person_nouns: frozenset[str]


ONES = "one|two|three|four|five|six|seven|eight|nine"
DIGIT_WORDS = f"zero|nought|oh|{ONES}"  # the digits of a number said aloud ("one point oh five", "nought point three")
VULGAR_FRACTIONS = {"½": "0.5", "¼": "0.25", "¾": "0.75", "⅓": "0.3333", "⅔": "0.6667"}
# Thousands grouped by spaces, as the UN and SI style writes them ("250 000 tonnes"; also no-break and
# thin spaces): a group of one to three digits, then groups of exactly three
SPACED_THOUSANDS = r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d|,\d)"  # (a comma after it ends a clause: "some 9 500, less than …")
# a number in digits, perhaps with a vulgar fraction after it ("3½%")
# (South Asian grouping: "7,90,000", "12,50,00,000": pairs of digits above the thousands)
DIGITS = rf"(?:\d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?!\d|,\d)(?:\.\d+)?|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{SPACED_THOUSANDS}(?:\.\d+)?|\d+(?:\.\d+)?)[½¼¾⅓⅔]?"
GROUPING = re.compile(r"[, \u00a0\u202f\u2009]")


@lru_cache(maxsize=1)
def grammar() -> _Grammar:
    lex = load_lexicon("quantities")
    cardinals = {k.lower(): v for k, v in lex["cardinals"].items()}
    card_words = _alternation([w for w in cardinals if " " not in w])
    # "a dozen", "a hundred"; "a" before a scale word is one of it ("about a million people")
    rough = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in [*lex["approximate_number_words"], *lex["fractional_number_words"]])
    # words of one number, joined by a space or a hyphen ("forty-eight", "two hundred and forty", "four twenty-five":
    # a price said aloud, 4.25); not a word hyphen-joined to a noun ("nineteen twenty-tonne trucks": 19 of them)
    ones = ONES
    run = (rf"(?:{card_words})(?:-(?:{card_words})|[ ](?:{card_words})\b(?![-‑](?!(?:{ones})\b)[a-z])"
           rf"|(?:(?<=hundred)|(?<=thousand))\s+and\s+(?:{card_words})\b(?![ -]hundred\b))*")  # (not "two hundred and two hundred …")
    # "four thousand two hundred": the thousands and the rest said as one number (not "four thousand dollars")
    # (not "five thousand two-bedroom homes": a number joined to its noun is another number)
    # (nor "forty-four thousand and fifty-three thousand", "three thousand five hundred and five thousand": a second number
    # of thousands after it, whose words the rest does not take: "between 3,500 and 5,000", not 3,505,000)
    # (nor hundreds after "thousand and" that more thousands follow: "four hundred and thirty thousand and four hundred and
    # eighty thousand" is two; "two thousand and five hundred" is one)
    thousands = (rf"(?:\s+thousand\s+(?:and\s+(?!(?:{card_words})[ -]hundred(?:\s+and)?(?:[ -](?:{card_words})\b)*\s+thousand\b))?(?=(?:{card_words})\b)(?!(?:{card_words})(?:-(?:{card_words}))?\s+thousand\b)"
                 rf"{run}(?!\s+thousand\b)(?![-‑][a-z]))?")
    # "thirteen point three", "five point seven five": a decimal said aloud; not "at one point three banks
    # failed", unless a unit follows ("the cash rate is at one point five per cent")
    digit_words = DIGIT_WORDS
    unit_after = r"(?=\s+(?:per\s?cent|percent|billion|million|trillion|thousand|basis)\b)"
    # (its later digits not before a time counted: "three point one two years ago" is 3.1)
    said_decimal = rf"\s+point\s+(?:{digit_words})\b(?:(?:[ -](?:{digit_words})\b)+(?!\s+(?:years?|months?|weeks?|days?|hours?|decades?|quarters?)\b))?"
    decimals = rf"(?:(?:(?<!\bat\sone)|(?={said_decimal}{unit_after})){said_decimal})?"
    # ("a hundred and sixty", "a hundred and twenty-three point six": the British "and" after "a hundred")
    word_number = (rf"(?:a\s+(?:dozen|(?:hundred|thousand)(?:\s+and\s+(?!(?:{card_words})[ -]hundred\b){run})?{thousands}{decimals})|a(?=\s+(?:million|billion|trillion)\b)|(?:{rough})(?=\s+(?:hundred|thousand|million|billion|trillion)\b)"
                   rf"|{run}{thousands}{decimals})(?:[-‑](?:odd|something)\b)?")  # ("seventy-odd", "twenty-something": more than it)
    scales = {k.lower(): v for k, v in lex["scales"].items()}
    glued = {k.lower(): v for k, v in lex["glued_scales"].items()}
    money_glued = {k.lower(): v for k, v in lex["glued_money_scales"].items()}
    units = {k.lower(): v for k, v in lex["units"].items()}
    glued_units = {k.lower(): v for k, v in lex["glued_units"].items()}  # looked up as units, matched only against a number
    currency_names = {k.lower(): v for k, v in lex["currency_names"].items()}
    prefixes = lex["currency_prefixes"]
    codes = (
        frozenset(c["currency"] for c in load_lexicon("places")["countries"] if c.get("currency"))
        | frozenset(c for v in prefixes.values() for c in ([v] if isinstance(v, str) else v))
        | frozenset(c for country in load_lexicon("places")["countries"] for c in country.get("former_currencies", []))  # "LVL 479"
    ) - frozenset(lex["ambiguous_currency_codes"])
    # ISO codes are matched case-sensitively: "TRY 5" is lira, "try 5 times" is not
    code_pattern = rf"(?-i:{_alternation(codes)})"
    ambiguous_codes = rf"(?-i:{_alternation(lex['ambiguous_currency_codes'])})"
    symbols = _alternation([p for p in prefixes if not p.isalpha()])
    # written prefixes such as "KSh", "Rs", "RMB": case-sensitive, and only right before a number
    # (a one-letter prefix only before a number with three digits, a decimal or a scale: "K2,530",
    # "Q7.67", not "Q1 2025" nor "the K2 expedition")
    letter_prefixes = [p for p in prefixes if p.isalpha() and len(p) == 1]
    word_prefixes = (rf"(?-i:{_alternation([p for p in prefixes if p.isalpha() and p not in codes and len(p) > 1])}"
                     rf"|{_alternation(letter_prefixes)}(?=\s?(?:\d{{3}}|\d{{1,2}}[.,]\d|\d{{1,2}}\s?(?i:{_alternation(scales)}|[mbk]n?\b))))")
    after_words = _alternation(list(units) + list(currency_names))
    unit_adjectives = _alternation(lex["unit_adjectives"])
    currency_adjectives = _alternation(lex["currency_adjectives"])
    currency_words = _alternation(list(currency_names))
    adjectives = _alternation([a for c in load_lexicon("places")["countries"] for a in c.get("adjectives", [])])
    # "$3.4bn", "£500m": a scale written against the number (m and k only after a currency)
    framed = lex["framed_glued_units"]
    price_frame = (r"(?:(?<=\.\d)|(?<=\.\d\d)|(?<=[+−-]\d)|(?<=[+−-]\d\d))(?:" + _alternation(framed) + r")"
                   r"(?=[ \t]*(?:\r?\n|$)|[ \t]{2,}|\s+(?:a|an|per)\s+(?:litre|liter|kg|kilo|kilogram|share|unit|pound|gallon|kWh|dozen)\b)")
    # (a decimal's only: "128.4kt" of copper, not "18kt gold" or "gusts to 45kt")
    decimal_only = lex["decimal_glued_units"]
    after_decimal = r"(?:(?<=\.\d)|(?<=\.\d\d))(?:" + _alternation(decimal_only) + ")"
    glued_unit = rf"(?-i:{_alternation([u for u in lex['glued_units'] if u not in (*framed, *decimal_only)])}|{price_frame}|{after_decimal})"
    # "10.2 million t", "66 thousand t": a unit's symbol after a scale word (not "m", which a scale may be)
    scaled_unit = _alternation([u for u in lex["glued_units"] if u not in ("m", "x", *framed, *decimal_only)])
    spaced_unit = _alternation(lex["spaced_unit_symbols"])  # "7,600 TMT"
    # "2.2m Nepalis", "5.3m tonnes": millions before a count's noun, without a currency too
    million_nouns = rf"(?:{_alternation(lex['glued_million_before'])}|(?-i:[A-Z][a-z]+s))\b"
    glued_scale = rf"(?:{_alternation(glued)}|(?(cur)(?:{_alternation(money_glued)})|m(?=\s+{million_nouns})))"
    # (a scale of another language only in lower case: "fifteen arba", not "Road 7 Arba Minch")
    lower_only = [w.lower() for w in lex["lower_case_scales"]]
    scale_words = rf"{_alternation([w for w in scales if w not in lower_only])}|(?-i:{_alternation(lower_only)})"
    amount = re.compile(
        # an amount starts at a word's start or at a currency symbol: a cheap test that spares the
        # alternatives below at every position inside a word
        rf"(?:(?<!\w)|(?=[$₩€£¥]))"
        rf"(?P<sign>(?<![\w.,])[-−–](?=[\d$₩€£¥]|US\$|KR₩))?"
        rf"(?P<cur>{symbols}|(?:{code_pattern}|{word_prefixes})(?=\s?\d)(?!\d{{5,}}(?![\d,.]))"  # "R47839": a code, not rand
        # a code that is also a word ("TRY", "SAR") only before an amount with its scale: "SAR 101 billion"
        rf"|{ambiguous_codes}(?=\s?\d[\d,.]*(?:[-–]\d[\d,.]*)?\s?(?:{_alternation(scales)})\b"  # (also "AMD 5-10 million")
        rf"|\s?(?:\d{{1,3}}(?:,\d{{3}})+|\d+\.\d+)(?![\d,.]*\d)(?!\s?(?:%|kg|km|t|m|g|mm|cm|ha|l)\b)))?\s?"  # or one written with decimals or thousands: "TRY 30.77", "SOS 25,500"
        # after a written prefix the number follows at once ("K2,530", "Rs500"): no boundary then
        rf"(?P<num>(?(cur)|(?<![\w.,]))(?:{DIGITS})(?!(?!{glued_scale}\b|{glued_unit}\b)[\w]|[.,]\d)|\b{word_number}\b)"
        rf"(?P<half>\s+and\s+(?:a\s+half|a\s+quarter|three[\s-]quarters)\b)?"  # "five and a half months", "two and a quarter per cent"
        # "$1.5-billion loan": after a currency, a hyphen may join the scale
        # ("US$17.9 m", "R3.28 m": a money's million written apart)
        rf"(?:(?:\s?|-(?!\w+-(?!strong\b|plus\b|odd\b)\w))(?P<scale>(?<=\d){glued_scale}\b|(?<=\d\s)(?(cur)(?-i:m)|(?!))\b(?![²³/])|\b(?:{scale_words})\b))?"
        rf"(?:\s?(?P<after>(?<=\d)(?<!/\d\d){glued_unit}(?![\w²³])|(?:(?<=illion)|(?<=thousand))\s(?-i:{scaled_unit})(?![\w²³-])|(?<=\d)\s(?-i:{spaced_unit})(?![\w²³-])|%"
        # a sign or a code after the number, unless it opens the next amount ("By June 2018 ₹15.31 lakh crore")
        rf"|(?:{symbols}|{code_pattern}\b)(?!\s?\d)|(?:of\s+)?(?<![\w])(?:(?:{adjectives}|{unit_adjectives})\s+)?"
        rf"(?:{after_words})(?![\w²³]|(?-i:/[A-Z]))|(?:{currency_adjectives})\s+(?:{currency_words})(?![\w])))?",  # (not "PC/UMS tons")
        re.IGNORECASE,
    )
    # the patterns of quantities in words: their words in lower case (see Caseless)
    ordinal_words = _alternation(_lower(lex["ordinals"]))
    ordinal = Caseless(rf"\b(?:(?P<digits>\d+)(?:st|nd|rd|th)|(?P<word>{ordinal_words}))\b")
    denominators = _alternation(_lower(lex["fraction_denominators"]))
    # "one fifty-fifth": a compound denominator, tens and an ordinal
    tens = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-"
    fraction = Caseless(rf"\b(?P<numerator>a|an|{card_words})[- ](?P<denominator>(?:{tens})?(?:{denominators})|{tens}(?:first|second))\b")
    # "tens of thousands of workers": a vague plural of a vague plural, one quantity
    plurals = _alternation(_lower(lex["vague_plurals"]))
    vague = Caseless(rf"\b(?P<word>(?:{plurals})(?:\s+of\s+(?:{plurals}))?)\s+of\b")
    # whole_words, not "\b" before an alternation, where the words start with a few letters only: the
    # regex engine skips to where those stand (measured: 1.4–5× faster; for the idioms and the
    # cardinals, which start with most letters, slower)
    idiom = Caseless(rf"(?<![\w-])(?:{_alternation(_lower(lex['idioms']))})\b")  # (not "thirty-one of the forty-seven")
    half = Caseless(r"h(?<!\w.)alf\b(?!-)")  # "\bhalf", as whole_words writes it
    duration = Caseless(
        rf"\b(?P<years>{DIGITS}|{word_number})\s+years?\s+and\s+(?P<months>{DIGITS}|{word_number})\s+months?\b"
    )
    # "threefold", "two-fold"; "2.5-fold", "10-fold" in digits
    multiple = Caseless(rf"(?:(?P<word>{whole_words(_lower(lex['multiples']))})|(?<![\w.,])(?P<digits>\d+(?:\.\d+)?)-?fold)\b")
    return _Grammar(
        lexicon=lex,
        amount=amount,
        duration=duration,
        vague=vague,
        idiom=idiom,
        half=half,
        ordinal=ordinal,
        fraction=fraction,
        multiple=multiple,
        units={**units, **glued_units},
        currency_names=currency_names,
        scales={**scales, **glued, **money_glued},
        currency_codes=codes,
        person_nouns=frozenset(w.lower() for w in lex["person_nouns"]),
    )


@lru_cache(maxsize=1)
def number_words() -> frozenset[str]:
    """The words that count (cardinals, ordinals, multiples, scales, fractions' denominators), lower-cased."""
    lex = grammar().lexicon
    words = [*lex["cardinals"], *lex["ordinals"], *lex["multiples"], *lex["scales"], *lex["fraction_denominators"],
             *lex["vague_plurals"]]
    return frozenset(w.lower() for w in words if " " not in w and "-" not in w)


@lru_cache(maxsize=1)
def _number_token_pattern() -> re.Pattern[str]:
    return re.compile(rf"\d+(?:[.,]\d+)*[½¼¾⅓⅔]?|\b{trie_pattern(number_words())}\b")


# The two halves of the number-token pattern, matched apart: their matches never touch (digits
# against letters, and a number word starts a word), so together they are the matches of the whole
# pattern, and the regex engine can skip through the text to the digits.
# (SPACED_THOUSANDS or digits, with their first digit taken out before the choice: a pattern that opens with a digit is
# found at once, one that opens with a choice is tried at every character)
DIGIT_TOKEN = re.compile(r"\d(?:\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d|,\d)|\d*)(?:[.,]\d+)*[½¼¾⅓⅔]?")


@lru_cache(maxsize=1)
def _number_word_pattern() -> re.Pattern[str]:
    # a leading "\b", not words_at_starts: the number words start with a dozen common letters, where
    # the first-letter test costs more than it skips (measured: about 20% slower on the seed)
    return re.compile(r"\b(?:" + trie_pattern(number_words()) + r")\b")


def number_tokens(text: str) -> list[tuple[int, int]]:
    """Every number in digits or words, as spans: the inventory that must all be accounted for."""
    lowered = text.lower()  # case-sensitive matching of lower-cased text is faster than IGNORECASE
    if len(lowered) != len(text):  # a few characters lower-case to two ("İ"): keep the offsets right
        return [m.span() for m in re.compile(_number_token_pattern().pattern, re.IGNORECASE).finditer(text)]
    spans = [m.span() for m in DIGIT_TOKEN.finditer(lowered)]
    spans += [m.span() for m in _number_word_pattern().finditer(lowered)]
    return sorted(spans)


TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def word_value(words: str) -> Decimal:
    """'twenty-five' → 25, 'one hundred' → 100, 'a dozen' → 12, 'a' (of "a million") → 1."""
    cardinals = {k.lower(): v for k, v in grammar().lexicon["cardinals"].items()}
    if words.lower() == "a":
        return Decimal(1)  # "a million": one, scaled by the word after it
    said = re.sub(r"[-‑](?:odd|something)$", "", " ".join(words.lower().split()))  # ("seventy-odd": seventy, and more)
    words = said
    rough = grammar().lexicon["approximate_number_words"].get(said, grammar().lexicon["fractional_number_words"].get(said))
    if rough is not None:
        return Decimal(str(rough))  # "a couple of" (thousand): two, roughly; "half a" (million): a half
    whole, *spoken_decimals = re.split(r"\s+point\s+", words.lower())
    if spoken_decimals:  # "thirteen point three" → 13.3; "one point oh five" → 1.05
        digits = "".join(str(cardinals.get(word, 0)) for word in re.split(r"[- ]+", spoken_decimals[0]))
        return word_value(whole) + Decimal(f"0.{digits}")
    said = whole.split()
    if len(said) == 2 and not {"hundred", "thousand", "dozen", "and"} & set(re.split(r"[- ]", whole)) \
            and 10 <= (cents := word_value(said[1])) < 100 and not (said[0] in TENS and cents < 10):
        return word_value(said[0]) + cents / 100  # "four twenty-five", "twenty-six fifty": a price said aloud, 4.25 and 26.50
    total, current = 0, 0
    for word in re.split(r"[- ]+(?:and\s+)?", re.sub(r"^a\s+", "one ", whole)):  # "three hundred and forty"
        if word == "thousand":
            total, current = (total + max(current, 1)) * 1000, 0
            continue
        value = cardinals[word]
        if word in ("hundred", "dozen"):  # multipliers: "two hundred", "a dozen"
            current = max(current, 1) * value
        else:
            current += value
    return Decimal(total + current)


def parse_number(text: str) -> Decimal:
    if text[0].isdigit():
        if text[-1] in VULGAR_FRACTIONS:  # "3½" → 3.5
            return Decimal(GROUPING.sub("", text[:-1])) + Decimal(VULGAR_FRACTIONS[text[-1]])
        return Decimal(GROUPING.sub("", text))
    return word_value(text)




WORD_AFTER = re.compile(r"\s*(?P<word>[A-Za-z][\w’'-]*)")


def overlaps(start: int, end: int, spans) -> bool:
    return any(start < s.end and s.start < end for s in spans)


def word_after(text: str, end: int) -> str:
    m = WORD_AFTER.match(text, end)
    return m.group("word").lower() if m else ""


def words_before(text: str, start: int, n: int) -> list[str]:
    return re.findall(r"[\w’'-]+", text[max(0, start - 60) : start].lower())[-n:]


def scan(pattern: re.Pattern[str] | Caseless, text: str, windows: list[tuple[int, int]]):
    """Matches of a pattern inside the given stretches of text only. The matches of a Caseless pattern
    may be of the lower-cased text: read what they matched, when its case matters, from `text`."""
    if isinstance(pattern, Caseless):
        words, lowered = pattern.needs, pattern.lowered
        pattern, text = pattern.for_text(text)
        # (the lower-cased pattern, not the IGNORECASE one: an identity test, where testing the
        # flags would cost an enum operation per call)
        if words and pattern is lowered and not any(word in text for word in words):
            return  # the lower-cased text lacks the words every match holds
    for start, end in windows:
        yield from pattern.finditer(text, start, end)


def anchored(pattern: re.Pattern[str], text: str, tokens: list[tuple[int, int]], lead: int):
    """The matches `pattern.finditer(text)` gives, for a pattern whose every match holds a number
    token no further than `lead` characters from its start: tried only at those places."""
    resume = 0
    for start, _ in tokens:
        for at in range(max(resume, start - lead), start + 1):
            m = pattern.match(text, at)
            if m and m.end() > start:
                yield m
                resume = m.end()
                break
