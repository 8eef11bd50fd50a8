"""Recognising quantities in a sentence: number, scale, currency, unit, ranges, ranks and words.

Input is one sentence's text; output is `Quantity` spans (offsets relative to the sentence) and
`NotFact` spans that account for the numbers that are not quantities (dates, names, ordinals).
All vocabulary comes from lexicon/quantities.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache

from pipeline.lexicon import load_lexicon
from pipeline.periods import time_expressions


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


def _alternation(words, flags_escape=True) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w) if flags_escape else w for w in ordered)


@dataclass(frozen=True)
class _Grammar:
    lexicon: dict
    amount: re.Pattern[str]
    ordinal: re.Pattern[str]
    fraction: re.Pattern[str]
    multiple: re.Pattern[str]
    units: dict[str, str]
    currency_names: dict[str, str]
    scales: dict[str, int]
    person_nouns: frozenset[str]


DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


@lru_cache(maxsize=1)
def grammar() -> _Grammar:
    lex = load_lexicon("quantities")
    cardinals = {k.lower(): v for k, v in lex["cardinals"].items()}
    card_words = _alternation([w for w in cardinals if " " not in w])
    word_number = rf"(?:a\s+dozen|(?:{card_words})(?:[- ](?:{card_words}))*)"
    scales = {k.lower(): v for k, v in lex["scales"].items()}
    units = {k.lower(): v for k, v in lex["units"].items()}
    currency_names = {k.lower(): v for k, v in lex["currency_names"].items()}
    prefixes = lex["currency_prefixes"]
    after_words = _alternation(list(units) + list(currency_names))
    adjectives = _alternation([a for c in load_lexicon("places")["countries"] for a in c.get("adjectives", [])])
    amount = re.compile(
        rf"(?P<sign>(?<![\w.,])[-−–](?=[\d$₩€£¥]|US\$|KR₩))?"
        rf"(?P<cur>{_alternation(prefixes)})?\s?"
        rf"(?P<num>(?<![\w.,])(?:{DIGITS})(?![\w]|[.,]\d)|\b{word_number}\b)"
        rf"(?:\s?(?P<scale>\b(?:{_alternation(scales)})\b))?"
        rf"(?:\s?(?P<after>%|(?:of\s+)?(?<![\w])(?:(?:{adjectives})\s+)?(?:{after_words})(?![\w²³])))?",
        re.IGNORECASE,
    )
    ordinal_words = _alternation(lex["ordinals"])
    ordinal = re.compile(rf"\b(?:(?P<digits>\d+)(?:st|nd|rd|th)|(?P<word>{ordinal_words}))\b", re.IGNORECASE)
    denominators = _alternation(lex["fraction_denominators"])
    fraction = re.compile(
        rf"\b(?P<numerator>a|an|{card_words})[- ](?P<denominator>{denominators})\b"
        rf"|(?P<half>(?<=\bby )half|(?<=\bin )half)\b",
        re.IGNORECASE,
    )
    multiple = re.compile(rf"\b(?P<word>{_alternation(lex['multiples'])})\b", re.IGNORECASE)
    return _Grammar(
        lexicon=lex,
        amount=amount,
        ordinal=ordinal,
        fraction=fraction,
        multiple=multiple,
        units=units,
        currency_names=currency_names,
        scales=scales,
        person_nouns=frozenset(w.lower() for w in lex["person_nouns"]),
    )


TOKEN_CANDIDATE = re.compile(r"\d+(?:[.,]\d+)*|[A-Za-z]+")


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    lex = grammar().lexicon
    words = [*lex["cardinals"], *lex["ordinals"], *lex["multiples"], *lex["scales"], *lex["fraction_denominators"]]
    return frozenset(w.lower() for w in words if " " not in w and "-" not in w)


def number_tokens(text: str) -> list[tuple[int, int]]:
    """Every number in digits or words, as spans: the inventory that must all be accounted for."""
    words = _number_words()
    return [
        m.span() for m in TOKEN_CANDIDATE.finditer(text) if m.group()[0].isdigit() or m.group().lower() in words
    ]


def word_value(words: str) -> Decimal:
    """'twenty-five' → 25, 'one hundred' → 100, 'a dozen' → 12."""
    cardinals = {k.lower(): v for k, v in grammar().lexicon["cardinals"].items()}
    total, current = 0, 0
    for word in re.split(r"[- ]+", words.lower().replace("a dozen", "dozen")):
        value = cardinals[word]
        if value == 100:
            current = max(current, 1) * 100
        else:
            current += value
    return Decimal(total + current)


def parse_number(text: str) -> Decimal:
    if text[0].isdigit():
        return Decimal(text.replace(",", ""))
    return word_value(text)


CAPITALISED_BEFORE = re.compile(r"(?:^|[\s(])(?P<word>[A-Z][\w’'.-]*)\s$")
WORD_AFTER = re.compile(r"\s*(?P<word>[A-Za-z][\w’'-]*)")
OUT_OF = re.compile(rf"\s*(?:out\s+of|of)\s+(?P<num>{DIGITS}|[a-z]+)(?:\s+(?:countries|economies|nations|territories))?", re.IGNORECASE)
SCORE_OUT_OF = re.compile(rf"\s+out\s+of\s+(?P<num>{DIGITS})", re.IGNORECASE)
VAGUE_PLURAL = re.compile(r"\b(?P<word>hundreds|thousands|millions|billions|dozens|tens)\s+of\b", re.IGNORECASE)
RANGE_JOINER = re.compile(r"\s*(?:-|–|—|to)\s*$|\s+and\s+$", re.IGNORECASE)


def _overlaps(start: int, end: int, spans) -> bool:
    return any(start < s.end and s.start < end for s in spans)


def _word_after(text: str, end: int) -> str:
    m = WORD_AFTER.match(text, end)
    return m.group("word").lower() if m else ""


def _words_before(text: str, start: int, n: int) -> list[str]:
    return re.findall(r"[\w’'-]+", text[max(0, start - 60) : start].lower())[-n:]


def _amount(text: str, m: re.Match[str], g: _Grammar) -> Quantity | NotFact | None:
    """One number with its currency, scale and unit; or why it is not a quantity."""
    num, cur, scale, after = m.group("num", "cur", "scale", "after")
    start, end = m.start(), m.end()
    if m.group("sign") is None and cur is None:
        start = m.start("num")
    before, following = text[:start], text[end:]
    bare = not (cur or scale or after)
    if bare and re.match(r"-[A-Za-z]", following):
        return NotFact(start, end, "name")  # "Seven-Year Plan", "a 20-year lease": a modifier
    if re.search(r"[A-Za-z]-$", before):
        return NotFact(start, end, "name")  # "COVID-19"
    if bare and not num[0].isdigit() and re.match(r"\s+of\s+(?:the|its|their|his|her|our|those|these)\b", following):
        if num.lower() == "one":
            return NotFact(start, end, "idiom")  # "one of the largest"
    if bare:
        cap = CAPITALISED_BEFORE.search(before)
        if cap and cap.group("word") not in g.lexicon.get("not_name_words", ()) and not _is_sentence_start(before, cap):
            months = load_lexicon("context")["months"]
            reason = "date" if cap.group("word").rstrip(".") in months else "name"
            return NotFact(start, end, reason)  # "Resolution 1695", "Chollima 90", "May 30"
    value = parse_number(num)
    if scale:
        value *= g.scales[scale.lower()]
    unit, currency_word = "count", ""
    if cur:
        unit = g.lexicon["currency_prefixes"][cur]
    if after:
        key = re.sub(r"\s+", " ", after.lower())
        key = next((k for k in (key, key.split(" ", 1)[-1], " ".join(key.split()[-2:]), key.split()[-1]) if k in g.units or k in g.currency_names), key)
        if key in g.units:
            if not cur:
                unit = g.units[key]
        else:
            code = g.currency_names[key]
            unit, currency_word = (code, "") if isinstance(code, str) else ("", key)
    if unit == "count" and _word_after(text, end) in g.person_nouns:
        unit = "persons"
    rule = "amount" if (cur or after) else ("scaled_number" if scale else "bare_number")
    if not num[0].isdigit():
        rule = "number_words"
    return Quantity(
        start, end, value, unit, rule,
        negative=m.group("sign") is not None,
        currency_word=currency_word,
        noun=_word_after(text, end) if unit == "count" else "",
    )


def _is_sentence_start(before: str, cap: re.Match[str]) -> bool:
    return not before[: cap.start("word")].strip()


def _merge_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """Join 'between X and Y' / 'X to Y' into ranges; mark 'from X to Y' as two levels of a change."""
    merged: list[Quantity] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        gap = text[a.end : b.start] if b else ""
        joiner = RANGE_JOINER.match(gap) if b and len(gap) <= 6 else None
        if b and joiner and _compatible(a, b):
            lead = " ".join(_words_before(text, a.start, 3))
            a = _inherit(a, b)
            is_and = "and" in joiner.group().lower()
            if re.search(r"\bfrom$", lead) or re.search(r"\bfrom\s+(?:about|around|nearly|some|over|under|approximately|roughly)$", lead):
                merged += [replace(a, joined_by="from"), replace(b, joined_by="to")]
                i += 2
                continue
            if not is_and or re.search(r"\bbetween(?:\s+\w+)?$", lead):
                merged.append(replace(a, end=b.end, value_high=b.value, rule="range"))
                i += 2
                continue
        if b and re.fullmatch(r"\s+to\s+", gap or "x") and _compatible(a, b):
            merged.append(a)
            i += 1
            continue
        merged.append(a)
        i += 1
    return merged


def _compatible(a: Quantity, b: Quantity) -> bool:
    if a.rule in ("rank", "score", "fraction", "multiple") or b.rule in ("rank", "score", "fraction", "multiple"):
        return False
    units_agree = a.unit == b.unit or a.unit == "count" or (not a.unit and a.currency_word == b.currency_word)
    return units_agree and a.value <= b.value * 1000 or a.unit == "count"


def _inherit(a: Quantity, b: Quantity) -> Quantity:
    """'15 to 10 million tons', 'US$10 and 12 billion': the first end takes the second's scale and unit."""
    if a.unit != "count" or b.unit == "count":
        return a
    value = a.value
    if a.rule == "bare_number" and b.rule in ("scaled_number", "amount") and b.value >= 1000 * a.value:
        scale = _scale_of(b)
        value = a.value * scale
    return replace(a, value=value, unit=b.unit, currency_word=b.currency_word)


def _scale_of(q: Quantity) -> int:
    for factor in (10**12, 10**9, 10**6, 10**3):
        if q.value >= factor:
            return factor
    return 1


def _ordinal(text: str, m: re.Match[str], g: _Grammar) -> Quantity | NotFact:
    """An ordinal is a rank ("172nd out of 180", "the 18th largest"), a date, a name or an order."""
    value = Decimal(m.group("digits")) if m.group("digits") else Decimal(g.lexicon["ordinals"][m.group("word").lower()])
    before = _words_before(text, m.start(), 3)
    out_of = OUT_OF.match(text, m.end())
    if out_of and out_of.group("num")[0].isdigit():
        base = Decimal(out_of.group("num").replace(",", ""))
        return Quantity(m.start(), out_of.end("num"), value, "rank", "rank", out_of=base)
    after = _word_after(text, m.end())
    rank_cues = set(g.lexicon["rank_cues"])
    if after in rank_cues or after.split("-")[0] in rank_cues or (set(before[-2:]) & rank_cues):
        return Quantity(m.start(), m.end(), value, "rank", "rank")
    months = {k.lower() for k in load_lexicon("context")["months"]}
    if before and before[-1].rstrip(".") in months or after in ("century", "centuries"):
        return NotFact(m.start(), m.end(), "date")
    next_word = WORD_AFTER.match(text, m.end())
    if next_word and next_word.group("word")[0].isupper() or after == "anniversary":
        return NotFact(m.start(), m.end(), "name")  # "8th Congress", "Second Seven-Year Plan"
    if m.group("word") and m.group("word")[0].isupper() and m.start() > 0 and text[: m.start()].strip():
        return NotFact(m.start(), m.end(), "name")
    return NotFact(m.start(), m.end(), "ordinal")


def _fraction(text: str, m: re.Match[str], g: _Grammar) -> Quantity | None:
    if m.group("half"):
        return Quantity(m.start(), m.end(), Decimal("0.5"), "ratio", "fraction")
    numerator_word, denominator_word = m.group("numerator").lower(), m.group("denominator").lower()
    spaced = text[m.start("numerator") : m.start("denominator")].endswith(" ")
    followed_by_of = re.match(r"\s+of\b", text[m.end() :]) is not None
    if numerator_word in ("a", "an") and not followed_by_of:
        return None  # "a third sector"
    if spaced and not followed_by_of and not re.search(r"\b(?:by|than|nearly|about|almost|roughly|some|approximately|around|over|under)\s+$", text[: m.start()]):
        return None
    numerator = Decimal(1) if numerator_word in ("a", "an") else word_value(numerator_word)
    denominator = Decimal(g.lexicon["fraction_denominators"][denominator_word])
    value = (numerator / denominator).quantize(Decimal("0.0001"))
    return Quantity(m.start(), m.end(), value, "ratio", "fraction")


def _multiple(m: re.Match[str], g: _Grammar) -> Quantity:
    spec = g.lexicon["multiples"][m.group("word").lower()]
    return Quantity(m.start(), m.end(), Decimal(str(spec["value"])), spec["unit"], "multiple",
                    negative=bool(spec.get("decline")))


def _score(text: str, q: Quantity, g: _Grammar) -> Quantity:
    """'17 out of 100', 'a score of 2.9': a bare number that is a score."""
    out_of = SCORE_OUT_OF.match(text, q.end)
    if out_of:
        base = Decimal(out_of.group("num").replace(",", ""))
        return replace(q, end=out_of.end(), unit="score", rule="score", out_of=base, noun="")
    if set(_words_before(text, q.start, 3)) & set(g.lexicon["score_cues"]):
        return replace(q, unit="score", rule="score", noun="")
    return q


def recognise(text: str) -> Recognised:
    """Quantities and accounted-for non-quantities in one sentence (offsets relative to it)."""
    g = grammar()
    result = Recognised()
    quantities = result.quantities
    for m in g.multiple.finditer(text):
        quantities.append(_multiple(m, g))
    for m in g.fraction.finditer(text):
        if not _overlaps(m.start(), m.end(), quantities):
            fraction = _fraction(text, m, g)
            if fraction:
                quantities.append(fraction)
    for m in g.ordinal.finditer(text):
        if _overlaps(m.start(), m.end(), quantities):
            continue
        found = _ordinal(text, m, g)
        (quantities if isinstance(found, Quantity) else result.not_facts).append(found)
    times = time_expressions(text)
    amounts: list[Quantity] = []
    for m in g.amount.finditer(text):
        if _overlaps(m.start("num"), m.end("num"), quantities + amounts + result.not_facts):
            continue
        in_time = [t for t in times if t.start < m.end("num") and m.start("num") < t.end]
        if in_time and not (m.group("cur") or m.group("scale") or _is_measure(m, g)):
            continue
        times = [t for t in times if t not in in_time]
        found = _amount(text, m, g)
        if isinstance(found, Quantity):
            amounts.append(_score(text, found, g))
        elif found is not None:
            result.not_facts.append(found)
    for m in VAGUE_PLURAL.finditer(text):
        if not _overlaps(m.start(), m.end(), amounts + quantities):
            value = Decimal(12) if m.group("word").lower() == "dozens" else Decimal(g.scales.get(m.group("word").lower(), 0) or _vague_value(m.group("word")))
            unit = "persons" if _word_after(text, m.end()) in g.person_nouns else "count"
            amounts.append(Quantity(m.start(), m.start() + len(m.group("word")), value, unit, "vague_plural"))
    quantities += _merge_ranges(text, sorted(amounts, key=lambda q: q.start))
    quantities.sort(key=lambda q: q.start)
    result.not_facts += [NotFact(t.start, t.end, "date") for t in times]
    result.times = times
    result.not_facts.sort(key=lambda n: n.start)
    return result


def _vague_value(word: str) -> int:
    return {"hundreds": 100, "thousands": 1000, "tens": 10}.get(word.lower(), 0)


def _is_measure(m: re.Match[str], g: _Grammar) -> bool:
    after = m.group("after")
    return bool(after) and after.lower() not in ("year", "years", "month", "months", "day", "days")
