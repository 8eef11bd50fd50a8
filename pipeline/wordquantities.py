"""Quantities written in words: ordinals and ranks, fractions, halves, multiples and durations.

Each function returns a Quantity, or a NotFact saying why the words are not a quantity.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from decimal import Decimal

from pipeline.grammar import (
    DIGIT_WORDS, DIGITS, ONES, TENS, WORD_AFTER, NotFact, Quantity, Recognised, _Grammar, grammar, overlaps, parse_number, scan,
    word_after, word_value, words_before,
)
from pipeline.lexicon import load_lexicon
from pipeline.matching import Caseless, trie_pattern

OUT_OF = re.compile(rf"\s*(?:out\s+of|of)\s+(?P<num>{DIGITS}|[a-z]+)(?:\s+(?:countries|economies|nations|territories))?", re.IGNORECASE)


RANKED_OBJECT = re.compile(r"\b(?:ranked|ranks|ranking|placed|places|rated)\s+(?:[\w’'-]+\s+){1,3}$")
IN_THE_WORLD = re.compile(r"\s+(?:in\s+the\s+world|worldwide|globally)\b")
WORLDS = re.compile(r"\bworld['’]s\s+$", re.IGNORECASE)  # "the world's 18th producer of iron"


def _ordinal(text: str, m: re.Match[str], g: _Grammar, found: list[Quantity] = ()) -> Quantity | NotFact:
    """An ordinal is a rank ("172nd out of 180", "the 18th largest"), a date, a name or an order.
    `m` may be a match in the lower-cased text (grammar.Caseless): its case is read from `text`."""
    value = Decimal(m.group("digits")) if m.group("digits") else Decimal(g.lexicon["ordinals"][m.group("word").lower()])
    before = words_before(text, m.start(), 3)
    out_of = OUT_OF.match(text, m.end())
    if out_of and out_of.group("num")[0].isdigit():
        base = parse_number(out_of.group("num"))
        return Quantity(m.start(), out_of.end("num"), value, "rank", "rank", out_of=base)
    after = word_after(text, m.end())
    hyphenated = re.match(r"-([a-z]+)", text[m.end() :])  # "the third-largest"
    if hyphenated:
        after = hyphenated.group(1)
    rank_cues = set(g.lexicon["rank_cues"])
    if before[-3:-1] == ["at", "least"] or before[-2:] == ["at", "least"]:
        before = before[:-2]  # "at least a third higher": a qualifier, not "the least"
    if after in rank_cues or after.split("-")[0] in rank_cues or (set(before[-2:]) & rank_cues):
        return Quantity(m.start(), m.end(), value, "rank", "rank")
    if before and before[-1] in ("from", "to", "and") and any(q.unit == "rank" for q in found):
        return Quantity(m.start(), m.end(), value, "rank", "rank")  # "ranked 56th, up from 129th", "… and nineteenth for apples"
    if RANKED_OBJECT.search(text, max(0, m.start() - 40), m.start()) or IN_THE_WORLD.match(text, m.end()) \
            or WORLDS.search(text, max(0, m.start() - 12), m.start()):
        return Quantity(m.start(), m.end(), value, "rank", "rank")  # "ranked the country tenth in the world"
    months = {k.lower() for k in load_lexicon("context")["months"]}
    if before and before[-1].rstrip(".") in months or after in ("century", "centuries"):
        return NotFact(m.start(), m.end(), "date")
    next_word = WORD_AFTER.match(text, m.end())
    if next_word and next_word.group("word")[0].isupper() or after == "anniversary":
        return NotFact(m.start(), m.end(), "name")  # "8th Congress", "Second Seven-Year Plan"
    if m.group("word") and text[m.start("word")].isupper() and m.start() > 0 and text[: m.start()].strip():
        return NotFact(m.start(), m.end(), "name")
    return NotFact(m.start(), m.end(), "ordinal")


SAID_DECIMAL_AFTER = re.compile(rf"\s+(?:{DIGIT_WORDS})(?:[ -](?:{DIGIT_WORDS}))*\s+(?:per\s?cent|percent|billion|million|trillion|basis)\b",
                                re.IGNORECASE)
QUALIFIED_BEFORE = re.compile(r"\b(?:by|than|nearly|about|almost|roughly|some|approximately|around|over|under|one|a"
                             r"|(?:up|down)\s+from|closer\s+to)\s+$", re.IGNORECASE)  # (also a level left or neared: "up from a third")
# "Not half.", "Not a third, but …": a denial that repeats another speaker's fraction, the fraction again
DENIED_BEFORE = re.compile(r"(?:^|[.!?:;]\s+)Not\s+$")
DENIAL_END = re.compile(r"\s*[.,;!?]")
HALF_NOT_A_FRACTION = re.compile(r"\b(?:first|second|latter|former|other|and\s+a)\s+$", re.IGNORECASE)


# "a decade and a quarter", "two and a quarter": a fraction that adds to the amount before "and" (not
# "…, and a quarter of the proceeds went to …")
# ("thirteen and a half per cent", "twenty-five and a half")
AND_A_PART_OF = re.compile(r"\b(?:\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-‑](?:" + ONES + r"))?|" + ONES + r"|ten|eleven|"
                           r"twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|dozen|hundred|thousand|million|billion|"
                           r"years?|decades?|months?|weeks?|days?|hours?|century|centuries|miles?|kilometres?)\s+and\s+$",
                           re.IGNORECASE)
DATED_AFTER = re.compile(r"\s+(?:in|by|for)\s+(?:1[89]|20)\d\d\b")
COMPARATIVE_AFTER = re.compile(r"\s+(?:smaller|larger|bigger|lower|higher|less|more|fewer|greater|cheaper|dearer)\b")


def _fraction(text: str, m: re.Match[str], g: _Grammar) -> Quantity | NotFact | None:
    """'one-third', 'three quarters of', 'one seventeenth'; not 'a third sector', 'a decade and a half'."""
    numerator_word, denominator_word = m.group("numerator").lower(), m.group("denominator").lower()
    spaced = text[m.start("numerator") : m.start("denominator")].endswith(" ")
    if numerator_word in TENS and not spaced and denominator_word in g.lexicon["ordinals"]:
        return NotFact(m.start(), m.end(), "ordinal")  # "the sixty-seventh month": one ordinal, not sixty sevenths
    followed_by_of = re.match(r"\s+of\b", text[m.end() :]) is not None
    if (numerator_word in ("a", "an") or numerator_word == "three" and denominator_word.startswith("quarter")) \
            and AND_A_PART_OF.search(text[: m.start()]) and not OF_A_POINT.match(text, m.end()):
        # "a decade and a half" (a half is read on its own), "two and a quarter": part of the amount before
        # (not a point's fraction: "the same two-year and a quarter point less")
        return None if denominator_word == "half" else NotFact(m.start(), m.end(), "part_of_mention")
    # "a third sector" is an ordinal; "a third of", "fell by a third", "nearly a third smaller" are
    # fractions; a denominator that is no ordinal ("a quarter come from France") is a fraction always
    ordinal = denominator_word in g.lexicon["ordinals"]
    # "3.7% in 1959, a fifth in 1960": a share dated in a series (not "a second in 2019")
    dated = numerator_word in ("a", "an") and denominator_word not in ("first", "second") and DATED_AFTER.match(text, m.end())
    if ordinal and numerator_word in ("a", "an") and not (
        followed_by_of or QUALIFIED_BEFORE.search(text[: m.start()]) or re.search(r"\bby\s+$", text[: m.start()])
        or COMPARATIVE_AFTER.match(text, m.end()) or dated or _denied(text, m.start(), m.end())
    ):
        return None
    if ordinal and spaced and not followed_by_of and not QUALIFIED_BEFORE.search(text[: m.start()]) \
            and not COMPARATIVE_AFTER.match(text, m.end()) and not dated and not _denied(text, m.start(), m.end()):
        return None
    numerator = Decimal(1) if numerator_word in ("a", "an") else word_value(numerator_word)
    tens, _, unit_word = denominator_word.rpartition("-")
    units = {"first": 1, "second": 2, **g.lexicon["fraction_denominators"]}  # "twenty-first" only after tens
    denominator = Decimal(units[unit_word]) + (word_value(tens) if tens else 0)
    value = (numerator / denominator).quantize(Decimal("0.0001"))
    return Quantity(m.start(), m.end(), value, "ratio", "fraction")


def _denied(text: str, start: int, end: int) -> bool:
    return DENIED_BEFORE.search(text, max(0, start - 40), start) is not None and DENIAL_END.match(text, end) is not None


# "half a million", "a quarter of a billion": a fraction of a scale, one amount (grammar's fractional_number_words)
OF_A_SCALE = re.compile(r"\s+(?:of\s+)?a\s+(?:hundred|thousand|million|billion|trillion)\b", re.IGNORECASE)


def _of_a_scale(text: str, m: re.Match[str]) -> bool:
    """Whether a fraction is one of a scale the amounts read whole ("a fifth of a million": lexicon fractional_number_words)."""
    end = m.end() - 3 if m.group().endswith(" of") else m.end()
    said = " ".join(text[m.start() : end].lower().split())
    return OF_A_SCALE.match(text, end) is not None and f"{said} of a" in load_lexicon("quantities")["fractional_number_words"]


def _half(text: str, m: re.Match[str]) -> Quantity | NotFact | None:
    """'more than half of', 'cut by half' are ratios; 'the second half of 2019' is a date; 'half a
    million' is an amount, read with its scale (None)."""
    if OF_A_SCALE.match(text, m.end()):
        return None
    before = text[: m.start()]
    if HALF_NOT_A_FRACTION.search(before):
        return NotFact(m.start(), m.end(), "date")
    if re.match(r"\s+of\b", text[m.end() :]) or QUALIFIED_BEFORE.search(before) or re.search(r"\bin\s+$", before) \
            or _denied(text, m.start(), m.end()):
        return Quantity(m.start(), m.end(), Decimal("0.5"), "ratio", "fraction")
    return NotFact(m.start(), m.end(), "idiom")


# "three-tenths of a point", "half a percentage point": a fraction of a percentage point
# the points of an index, a grade or a game ("the purchasing managers' index rose half a point", "taking half a point")
NOT_RATE_POINTS = re.compile(r"\b(?:index|indices|PMI|grade|games?|match|tournament|judges|scored?|drew|champion)\b", re.IGNORECASE)
# (not "half a point in the match", "a third of a point of the gain")
# (or the point it sizes: "a quarter point less", "a half-point cut")
OF_A_POINT = re.compile(r"\s+(?:of\s+)?an?\s+(?:percentage\s+point\b|point\b(?!\s+(?:of|in|on|at|where|when)\b))"
                        r"|[ \t-]+(?:percentage[ \t]+)?point\b(?!\s+(?:of|on|at|where|when|in\s+(?:the|a|an|this|that|his|her|its))\b)", re.IGNORECASE)
# "the quarter point matters": a fraction of a point named with the article, as one said before
THE_FRACTION_POINT = re.compile(r"(?<=\b[Tt]he[ \t])(?P<f>quarter|half)[ \t-]+(?:percentage[ \t]+)?point\b(?!s|[ \t]+of\b)")  # (not "the half-point of the year")


def _of_a_point(text: str, read: Quantity | NotFact | None) -> Quantity | NotFact | None:
    """A fraction read with the percentage point it is a part of, when one follows it (a bare "point" not in a
    sentence of an index's or a game's points: a chess player's "half a point", an index's "a tenth of a point")."""
    if read is None or (isinstance(read, NotFact) and read.reason != "idiom") or not (point := OF_A_POINT.match(text, read.end)) or (
            "percentage" not in point.group().lower() and NOT_RATE_POINTS.search(text)):
        return read  # (a date, an ordinal or a part of an amount stays what it is)
    value = read.value if isinstance(read, Quantity) else Decimal("0.5")  # (a half read as an idiom alone: "rose half a percentage point")
    return Quantity(read.start, point.end(), value, "percentage_points", "fraction")


def _duration(m: re.Match[str]) -> Quantity:
    """'one year and four months' → 16 months."""
    months = parse_number(m.group("years")) * 12 + parse_number(m.group("months"))
    return Quantity(m.start(), m.end(), months, "months", "duration")


def _multiple(text: str, m: re.Match[str], g: _Grammar) -> Quantity | None:
    if re.match(r"-\w", text[m.end() :]):
        return None  # "double-digit"
    if m.group("digits"):  # "2.5-fold"
        return Quantity(m.start(), m.end(), parse_number(m.group("digits")), "times", "multiple")
    spec = g.lexicon["multiples"][m.group("word").lower()]
    return Quantity(m.start(), m.end(), Decimal(str(spec["value"])), spec["unit"], "multiple",
                    negative=bool(spec.get("decline")))


@lru_cache(maxsize=1)
def _proportion_pattern() -> Caseless:
    """'three in four households', 'one in five adults', '1 in 10', 'two out of every three', 'one in
    fifteen inhabitants', 'one household in five'."""
    cardinals = load_lexicon("quantities")["cardinals"]
    small = "|".join(w.lower() for w, v in cardinals.items() if 1 <= int(v) <= 10 and " " not in w and "-" not in w)
    words = "|".join(sorted((w.lower() for w, v in cardinals.items() if 2 <= int(v) <= 20 and " " not in w and "-" not in w),
                            key=len, reverse=True))
    tens = "|".join(w.lower() for w, v in cardinals.items() if int(v) in range(20, 100, 10))
    units = "|".join(w.lower() for w, v in cardinals.items() if 1 <= int(v) <= 9 and " " not in w)
    words = rf"(?:{tens})-(?:{units})|{words}|{tens}"  # "one worker in twenty-four"
    # (not the last digit of a number said aloud, "thirty-eight in twenty nineteen", "six point five in twenty twenty-six",
    # nor before the rest of a year said aloud; but "one in five ten-year-olds", "one in four twenty-somethings")
    said_on = "|".join(["oh", *(w.lower() for w, v in cardinals.items() if (1 <= int(v) <= 19 or int(v) in range(20, 100, 10))
                                 and " " not in w and "-" not in w)])
    # ("one in every 80", "one classroom for every 160 children")
    # ("one peso in five thousand", "one in a hundred thousand": a denominator with its scale, said with its number; not
    # "population in thousand", a caption's scale)
    scaled = rf"(?:{words}|a|one)\s+(?:hundred(?:\s+thousand)?|thousand)"
    return Caseless(rf"(?<![-‑])(?<!\bpoint\s)(?<![\d.,])\b(?P<n>{small}|\d{{1,2}})\s+(?:(?:in|in\s+every|out\s+of\s+every)\s+(?P<d>{scaled}|{words}|hundred|\d{{1,3}})"
                    rf"|(?!(?:hundred|thousand|million|billion|trillion)\b)[a-z]+\s+(?:in|for\s+every)\s+(?P<dw>{scaled}|{words}|\d{{1,3}}))\b"
                    rf"(?![.,/]\d|[/-]\w|\s*%|\s+(?:years?|months?|weeks?|days?|decades?)\b|\s+(?:{said_on})(?:[-‑](?:{ONES}))?\b(?![-‑]\w))")  # (not "eight billion in twenty-five/twenty-six")


FOR_EVERY = re.compile(r"\bfor\s+every\b", re.IGNORECASE)


def _proportion(m: re.Match[str]) -> Quantity | None:
    d = m.group("d") or m.group("dw")
    numerator, denominator = (parse_number(t) if t[0].isdigit() else word_value(t) for t in (m.group("n"), d))
    if not 0 < numerator < denominator or (numerator != 1 and FOR_EVERY.search(m.group())):
        return None  # ("96 vacancies for every 100 unemployed": two counts set side by side, not one in so many)
    # (to four places, or eight for one in a thousand or fewer: "one in five thousand" is 0.0002)
    places = Decimal("0.0001") if denominator < 1000 else Decimal("0.00000001")
    return Quantity(m.start(), m.end(), (numerator / denominator).quantize(places), "ratio", "fraction")


@lru_cache(maxsize=1)
def _quarter_as_time() -> Caseless:
    """'a quarter earlier', 'two quarters later', 'the quarter before', 'each quarter': a quarter of a
    year, not a fraction."""
    return Caseless(load_lexicon("quantities")["quarter_as_time"])


FRACTION_IN_A_NAME = Caseless(r"(?<![\w-])(?:half|quarter)(?=-(?!(?:a|an|of|the|on)\b)[a-z])(?!-(?:year|years|way|time|hour|point|million|billion|thousand|dozen|century|again|percentage|mile|day|week|month|decade|term|season)\b)")  # "the quarter-dinar", a coin

def word_quantities(text: str, g: _Grammar, result: Recognised, windows: list[tuple[int, int]]) -> None:
    """Durations, multiples, fractions, halves and ordinals: the quantities written in words."""
    found = result.quantities
    if _spoken_currency_words().search(text):
        found += [price for m in _spoken_price().finditer(text) if (price := _said_price(m, g))]
    if "quarter" in text.lower() or "half" in text.lower():  # ("the half-year")
        result.not_facts += [NotFact(m.start(), m.end(), "date") for m in _quarter_as_time().finditer_at(text)]
        result.not_facts += [NotFact(m.start(), m.end(), "name") for m in FRACTION_IN_A_NAME.finditer_at(text)]
    for m in scan(_proportion_pattern(), text, windows):
        proportion = _proportion(m)
        if proportion and not overlaps(m.start(), m.end(), found):
            found.append(proportion)
    for m in scan(g.idiom, text, windows):
        if not (m.group().lower().endswith("point") and SAID_DECIMAL_AFTER.match(text, m.end())):
            result.not_facts.append(NotFact(m.start(), m.end(), "idiom"))  # (not "at one point five per cent": a decimal said aloud)
    for m in scan(g.duration, text, windows):
        found.append(_duration(m))
    for m in scan(g.multiple, text, windows):
        if not overlaps(m.start(), m.end(), found):
            multiple = _multiple(text, m, g)
            if multiple:
                found.append(multiple)
    for m in scan(g.fraction, text, windows):
        if not overlaps(m.start(), m.end(), found + result.not_facts) and not _of_a_scale(text, m):
            fraction = _of_a_point(text, _fraction(text, m, g))
            if fraction:
                (found if isinstance(fraction, Quantity) else result.not_facts).append(fraction)
    for m in THE_FRACTION_POINT.finditer(text) if "point" in text else ():
        if not overlaps(m.start(), m.end(), found):
            found.append(Quantity(m.start(), m.end(), Decimal("0.25") if m.group("f") == "quarter" else Decimal("0.5"), "percentage_points", "fraction"))
    for m in scan(g.half, text, windows):
        if not overlaps(m.start(), m.end(), found):
            if half := _of_a_point(text, _half(text, m)):
                (found if isinstance(half, Quantity) else result.not_facts).append(half)
    for m in scan(g.ordinal, text, windows):
        if not overlaps(m.start(), m.end(), found + result.not_facts) and not OF_A_SCALE.match(text, m.end()):
            ordinal = _ordinal(text, m, g, found)
            (found if isinstance(ordinal, Quantity) else result.not_facts).append(ordinal)


@lru_cache(maxsize=1)
def _spoken_currency_words() -> re.Pattern[str]:
    """The currencies' names a price may be said in, anywhere in a sentence, as a cheap test of it ("rand " with its space:
    not "grand"; one prefix tree, not a test of each name)."""
    return re.compile(trie_pattern({name.rstrip("s") + (" " if len(name) <= 4 else "") for name in load_lexicon("quantities")["spoken_price_currencies"]}))


@lru_cache(maxsize=1)
def _spoken_price() -> re.Pattern[str]:
    """'a dollar seventy-two', 'two euro nineteen', 'four dollars forty', 'eleven dollars and fifty cents': a price said aloud, its cents
    after the currency's name, also before 'per kilo' or 'this year' (not 'two dollars five years ago', 'ten euros thirty per cent')."""
    lex = load_lexicon("quantities")
    small = "|".join(w for w in lex["cardinals"] if " " not in w and lex["cardinals"][w] < 100)
    currencies = "|".join(lex["spoken_price_currencies"])
    tens = "|".join(TENS)
    subunits = "|".join(lex["spoken_price_subunits"])
    # (its hundreds too: "three hundred and thirty-one rupees thirty-eight paisa")
    return re.compile(rf"\b(?P<whole>an?|(?:(?:{ONES})[ \t]+hundred(?:[ \t]+and)?[ \t]+)?(?:{small})(?:-(?:{ONES}))?|(?:{ONES})[ \t]+hundred)[ \t]+(?P<cur>{currencies})"
                      rf"(?:[ \t]+and(?=[ \t]+[a-z]+(?:[ -][a-z]+)?[ \t]+(?:{subunits})\b))?[ \t]+"  # ("eleven dollars and fifty cents")
                      rf"(?P<cents>(?:{tens})(?:-(?:{ONES}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                      rf"eighteen|nineteen|oh[ \t]+(?:{ONES})|(?:{ONES})(?=[ \t]+(?:{subunits})\b))\b(?:[ \t]+(?:{subunits})\b)?(?![ \t]*(?:[-‑%]|per[ \t]+cent\b|percent\b|years?\b|months?\b|days?\b|times\b|people\b|persons\b|[a-z]+s\b(?<!\bthis)(?<!\bwas)(?<!\bis)(?<!\bhas)(?<!\bas)(?<!\bits)(?<!\bplus)(?<!\bless)(?<!\bthus)(?![ \t]+(?:a|an|per)\b)))",
                      re.IGNORECASE)


def _said_price(m: re.Match[str], g: _Grammar) -> Quantity | None:
    whole = Decimal(1) if m.group("whole").lower() in ("a", "an") else word_value(m.group("whole"))
    cents = word_value(re.sub(r"^oh\s+", "", m.group("cents").lower()))
    code = g.currency_names.get(m.group("cur").lower())
    unit, word = (code, "") if isinstance(code, str) else ("", m.group("cur").lower())
    return Quantity(m.start(), m.end(), whole + cents / 100, unit, "number_words", currency_word=word)


# "two million three hundred thousand", "a million one hundred and eighty thousand", "ten crore fifty lakh": a number said with its millions
# and then the rest, one number
SAID_SCALE_END = re.compile(r"(?:million|billion|trillion|lakh|crore|arba|kharab)$", re.IGNORECASE)  # ("fifteen arba sixty-two crore")
SAID_REST_JOIN = re.compile(r"[ \t]+(?:and[ \t]+)?")
CRORES_AFTER = re.compile(r"\bthousand\s+crore\b", re.IGNORECASE)


def spoken_compounds(text: str, amounts: list[Quantity]) -> list[Quantity]:
    """Amounts in order, a number said in words up to its millions joined to the words of the rest that follow it."""
    joined: list[Quantity] = []
    for q in amounts:
        last = joined[-1] if joined else None
        scale = SAID_SCALE_END.search(text, last.start, last.end) if last and last.rule == "number_words" and last.unit == "count" else None
        if scale and q.rule == "number_words" and SAID_REST_JOIN.fullmatch(text, last.end, q.start) and text[q.start].isalpha() \
                and q.value_high is None and 0 < q.value < grammar().scales[scale.group().lower()]:
            joined[-1] = replace(q, start=last.start, value=last.value + q.value)
            continue
        if scale and scale.group().lower() == "lakh" and q.rule == "number_words" and SAID_REST_JOIN.fullmatch(text, last.end, q.start) \
                and CRORES_AFTER.search(text, q.start, q.end) and q.value_high is None:
            # "five lakh twenty thousand crore taka": lakhs and thousands of crores, one number
            joined[-1] = replace(q, start=last.start, value=last.value * grammar().scales["crore"] + q.value)
            continue
        joined.append(q)
    return joined
