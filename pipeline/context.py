"""Attaching context to quantities: sign, currency, clauses, and whether a sentence
continues the one before it.

Works sentence by sentence through a document, carrying the period and the source of a report
to the sentences that continue it ("That year…", "These figures…").
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from pipeline.codebook import is_currency_code, unit_kind
from pipeline.countries import Country, countries, country_mentions
from pipeline.grammar import Quantity
from pipeline.matching import WordList, led_by_first_characters, trie_pattern
from pipeline.periods import TimeExpression
from pipeline.lexicon import load_lexicon

CAPWORD = r"(?:[dlDL][’'])?[A-ZÀ-ÖØ-Þ][\w’'.&-]*\+?"  # ("OPEC+": a group named with its plus)


@lru_cache(maxsize=None)
def _phrases(lexicon_key: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + trie_pattern(load_lexicon("context")[lexicon_key]) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=None)
def _phrase_list(lexicon_key: str) -> WordList:
    return WordList(load_lexicon("context")[lexicon_key])


# The phrase lists continues_previous is asked about, for each sentence several of them: one search
# for the phrases of them all tells at once, for most sentences, that it has none of them.
CONTINUATION_LISTS = ("period_anaphora", "topic_anaphora", "source_anaphora", "unattributed_estimates")


@lru_cache(maxsize=1)
def _continuation_phrases() -> WordList:
    lex = load_lexicon("context")
    return WordList([phrase for key in CONTINUATION_LISTS for phrase in lex[key]])


@lru_cache(maxsize=64)
def _lowered(sentence: str) -> tuple[str, str | None, bool]:
    """The sentence lower-cased, and lower-cased without the years after "the" ("on the 2019
    index" → "on the index") when it has such years, else None: once for all the phrase lists;
    and whether either holds a phrase of the CONTINUATION_LISTS."""
    lowered = sentence.lower()
    without_years = YEAR_AFTER_THE.sub("the ", lowered) if "the " in lowered else lowered
    without_years = without_years if without_years != lowered else None
    phrases = _continuation_phrases()
    any_phrase = phrases.search_lowered(lowered) is not None or (
        without_years is not None and phrases.search_lowered(without_years) is not None)
    return lowered, without_years, any_phrase


@lru_cache(maxsize=64)  # asked several times of one sentence (period, then source continuation)
def continues_previous(sentence: str, lexicon_key: str) -> bool:
    # matching lower-cased text case-sensitively is much faster than an IGNORECASE alternation;
    # a year inside the phrase does not change what it refers to ("on the 2019 index"); text
    # without such a year is the same text again, which need not be searched twice
    lowered, without_years, any_phrase = _lowered(sentence)
    if lexicon_key in CONTINUATION_LISTS and not any_phrase:
        return False  # a sentence without a phrase of any of these lists has none of this one's
    phrases = _phrase_list(lexicon_key)
    return phrases.search_lowered(lowered) is not None or (
        without_years is not None and phrases.search_lowered(without_years) is not None)


# ("the " first, then the test that no letter stands before it: a pattern opening with a word is found at once)
YEAR_AFTER_THE = re.compile(r"the (?<!\wthe )(?:1[89]|20)\d\d(?:/\d\d)? ")


def opens_with(sentence: str, lexicon_key: str) -> bool:
    """Whether the sentence's first words are one of the lexicon's phrases."""
    m = _phrases(lexicon_key).search(sentence[:40])
    return bool(m) and not sentence[: m.start()].strip()


# -- subject and currency -----------------------------------------------------------------------

CLAUSE_BREAK = led_by_first_characters(r"[;:]|,\s+(?:while|whereas|but|compared|and|which)\b|\bwhile\b|\bwhereas\b")


def clause_bounds(sentence: str, q: Quantity) -> tuple[int, int]:
    start, end = 0, len(sentence)
    for break_start, break_end in _clause_breaks(sentence):
        if break_end <= q.start:
            start = break_end
        elif break_start >= q.end:
            end = break_start
            break
    return start, end


@lru_cache(maxsize=64)  # asked of one sentence for each of its numbers
def _clause_breaks(sentence: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in CLAUSE_BREAK.finditer(sentence))


def resolve_currency(word: str, sentence: str, q: Quantity, subject: str, home: Country | None, estimator: str = "") -> str:
    """'won', 'pesos': the currency of a country named just before the word, else that of the
    estimator's country (the Bank of Korea counts the North's income in South Korean won), else the
    subject's, else the home country's, when it is one the word can stand for; else the word's money without a code
    (sterling's "shillings"), else its first code."""
    # a written prefix standing for several currencies ("K": kwacha, kyat or kina) is read as a name is
    codes = _name_codes().get(word.lower()) or prefix_codes()[word.lower()]
    codes = [codes] if isinstance(codes, str) else codes  # "euro: EUR" names one currency
    by_name = {c.name: c for c in countries()}
    window = sentence[max(0, q.start - 40) : q.end]
    # (not a country the money goes to or comes from, nor one whose adjective names another currency:
    # "exported … to India, and earned about Rs 17 billion", "pegged to the Indian rupee at Rs 1.60")
    own_start = q.start - max(0, q.start - 40)  # (an adjective inside the mention is its own: "one Indian rupee")
    named = [m[2] for m in country_mentions(window) if not FLOW_TO.search(window, 0, m[0])
             and not (m[1] <= own_start and NAMES_CURRENCY.match(window, m[1]))]
    for country in [*reversed(named), by_name.get(estimator), by_name.get(subject), home]:
        own = [c for c in (country.currency, *country.former_currencies) if c in codes] if country else []
        if own:
            return own[0]
    weighed = load_lexicon("quantities")["currency_words_weighed"].get(word.lower())
    if weighed and home and not named and WEIGHED_AFTER.match(sentence, q.end) and not PRICED_MONEY.search(sentence):
        return weighed  # "688.4 million pounds of mushrooms" in an American bulletin: a weight (not a table's caption's)
    return load_lexicon("quantities")["currency_word_fallbacks"].get(word.lower(), codes[0])


# what a weight has after it: what was weighed ("pounds of mushrooms", not "pounds of funding") or whom it is for ("49 pounds
# a head")
WEIGHED_AFTER = re.compile(r"\s+(?:of\s+(?!(?:the\s+|its\s+|their\s+)?(?:money|funding|funds|investment|public|taxpayers|revenue|income|"
                           r"spending|debt|aid|capital|savings|subsid\w*|grants?|sales|profits?|losses|cash|reserves)\b)[A-Za-z]"
                           r"|(?:a|per)\s+(?:head|person|capita|acre|hectare|year|week)\b)")
# a sentence that prices money in a currency of that name: "at two dollars to one pound", "one pound sterling", "£"
PRICED_MONEY = re.compile(r"£|\bsterling\b|\b(?:to|per|=)\s+(?:one|a|the|1)\s+pound\b|\bpounds?\s+(?:to|per|=)\s+(?:(?:the|one|a|1)\s+)?(?:[a-z]+\s+)?(?:dollar|euro|franc)", re.IGNORECASE)


FLOW_TO = re.compile(r"\b(?:to|from)\s+(?:the\s+)?$")
NAMES_CURRENCY = re.compile(r"\s+(?:rupees?|pesos?|francs?|crowns?|korunas?|dollars?|pounds?|shillings?|dinars?|won|yen|yuan|rand|euros?)\b")


@lru_cache(maxsize=1)
def _name_codes() -> dict[str, str | list[str]]:
    return {name.lower(): c for name, c in load_lexicon("quantities")["currency_names"].items()}


@lru_cache(maxsize=1)
def prefix_codes() -> dict[str, str | list[str]]:
    return {p.lower(): c for p, c in load_lexicon("quantities")["currency_prefixes"].items()}


def is_currency_prefix(prefix: str) -> bool:
    """Whether the lexicon writes some currency with `prefix` ("K", "Rs", "US$")."""
    return prefix.lower() in prefix_codes()


def writes_currency(prefix: str, code: str) -> bool:
    """Whether the lexicon writes currency `code` with `prefix` ("K" for the kwacha, "Rs" for a rupee)."""
    codes = prefix_codes().get(prefix.lower())
    return codes == code or (isinstance(codes, list) and code in codes)


COUNTER_CURRENCY = re.compile(r"\s+(?:to|per|against)\s+(?:the\s+|one\s+|a\s+|each\s+)?(euro|mark|dollar)\b", re.IGNORECASE)


def local_currency(sentence: str, q: Quantity, subject: str, home: Country | None) -> str:
    """The currency a price of the dollar is in: the first the sentence names before the number ("The
    taka, held at about 85 to the dollar"; "The dirham, pegged to a basket of the euro and the dollar,
    traded at 9.69 per dollar"), else the subject's or the document's country's."""
    names = load_lexicon("quantities")["currency_names"]
    counter = COUNTER_CURRENCY.match(sentence, q.end)  # "140 per euro": the euro is what is priced, not the price's currency
    priced = {"dollar", "dollars"} | ({counter.group(1).lower(), counter.group(1).lower() + "s"} if counter else set())
    words = re.findall(r"[A-Za-zÀ-ÿ]+", sentence[: q.start])
    words[:1] = [w if w in names else w.lower() for w in words[:1]]  # "Kroons were converted at …"
    named = [w for w in words if w in names and w.lower() not in priced]
    if named:
        return resolve_currency(named[0], sentence, q, subject, home)
    by_name = {c.name: c for c in countries()}
    country = by_name.get(subject) or home
    return country.currency if country else ""


def signed(value: Decimal, negative: bool) -> Decimal:
    return -value if negative else value


# -- agreement between the numbers of one sentence ----------------------------------------------

PARENTHETICAL = re.compile(r"^\s*\(\s*$")
# between the declines of a list: "by 1.7% in 2019, 3.3% in FY2020 and again by 1.8% in 2021/22"
LISTED_YEAR = (r"(?:(?:in|during)\s+(?:[A-Z][a-z]+\s+)?(?:FY\s?)?\d{4}(?:/\d{2})?|that\s+year|the\s+same\s+year|"
               r"the\s+following\s+year|a\s+year\s+later)")  # "by 5.4% in November 2009", "by 12% that year"
DECLINE_LIST_GAP = re.compile(rf"^\s*(?:{LISTED_YEAR}\s*)?,?\s*(?:and\s+)?(?:again\s+)?(?:{LISTED_YEAR}\s+)?(?:by\s+)?"
                              r"(?:a\s+further\s+|another\s+)?$")
# a later clause that leaves the verb out: "cut the rate by 25 basis points in February and again in April,
# and by 50 basis points in June"; "arrivals fell by about 31% and phosphate output by more than half"
DECLINE_GOES_ON = re.compile(r"^[^;.]{0,60}?\band\s+(?:again\s+|then\s+|later\s+)?(?:[\w-]+\s+){0,3}?by\s+"
                             r"(?:(?:about|around|some|nearly|almost|more\s+than|a\s+further|another)\s+)*$")
RISE_BETWEEN = re.compile(r"\b(?:rose|raised|increased|grew|gained|climbed|up|higher|hiked|added)\b")
SHARE_UNITS = frozenset(("percent", "ratio"))
# (also a time after it: "185,100 tonnes of sugar, against 160,400 the year before", "… 41 last year")
# "Exports reached 3.2 billion dollars, and the number of trading partners rose to twenty-five": a count of its own
NUMBER_OF = re.compile(r"\bnumber\s+of\b", re.IGNORECASE)
ELLIPTICAL_NEXT = re.compile(r"^(?:\s*$|\s*[.,;:)?!]|\s+(?:in|by|for|during|at|to|and|or|than|a|per|against)\b"
                             r"|\s+(?:the|last|this|next)\s+(?:previous\s+|preceding\s+|same\s+)?(?:year|month|quarter|season|crop|week|day)\b)")
# "below the record 4.4 billion of 2022": a level of another year, in the unit of the figure it is compared with
OF_YEAR_NEXT = re.compile(r"\s+of\s+(?:1[6-9]|20)\d\d\b(?![-–/])")
# (a number with a scale word is elliptical before a verb too: "$35 billion, of which twenty-four billion was new cash")
SCALED = re.compile(r"\b(?:million|billion|trillion)$")
# (a singular verb, as an amount takes, or "of" a thing not counted: not "3 million were reached", "12 million of its phones")
SCALED_CLAUSE_NEXT = re.compile(r"\s+(?:was|is|has|had|of\s+(?:nineteen|twenty)\s|of(?=(?:\s+(?!(?:them|these|those|which|whom|were|are|was|is|have|had|has)\b)[a-z]+(?<!s)){1,3}"
                                r"(?:[,.;:]|\s+(?:and|in|to|for|from|was|is|over)\b|$)))\b")
SCALED_MANY_NEXT = re.compile(r"\s+(?:were|are|came|went|of\s+(?:them|these|those)\b)\b")
PER_CAPITA = re.compile(r"\bper\s+(?:capita|person|head|inhabitant)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _period_cues() -> dict[str, WordList]:
    cues = load_lexicon("quantities")["per_period_cues"]
    return {period: WordList(words) for period, words in cues.items()}


def _per_capita_unit(window: str, rates: dict[str, str]) -> str | None:
    """The rate unit of a per-person quantity, by the period its words name."""
    if not PER_CAPITA.search(window):
        return None
    if "any" in rates:
        return rates["any"]
    return next((unit for period, unit in rates.items() if _period_cues()[period].search(window)), None)



# "… per capita electricity consumption reached 1,247 kWh in 1990. By 2000 this figure had fallen to 712 kWh": the figure
# a sentence refers back to is the previous sentence's rate
THE_FIGURE_BEFORE = re.compile(r"\b(?:this|that|the\s+same)\s+(?:figure|level|rate|amount|consumption)\b", re.IGNORECASE)


def restated_rate_unit(sentence: str, q: Quantity, unit: str, previous: str) -> str:
    """The per-person unit of the previous sentence's figure, when the sentence refers back to it before the number
    and says nothing of persons itself; else `unit`."""
    rates = load_lexicon("quantities")["per_capita_units"].get(unit)
    if not rates or not previous or not THE_FIGURE_BEFORE.search(sentence, 0, q.start):
        return unit
    return _per_capita_unit(previous, rates) or unit

OF_THEM = re.compile(r"\s+of\s+(?:them|whom|these|those)\b")
LISTED_AFTER = re.compile(r"(?:\s+(?:in|by|for|at)\s+[^,;.\d]{0,12}\d{4})?,?\s+(?:and\s+|or\s+)?")
TO_LEVEL_AFTER = re.compile(r"(?:\s+(?:in|by|for|at)\s+[^,;.\d]{0,12}\d{4})?,?\s+to\s+(?:about\s+|around\s+|some\s+|roughly\s+)?")


POINTS = re.compile(r"[\s-]*points?\b")
LIST_JOINER = re.compile(r"\s*,\s*|,?\s+(?:and|or)\s+")


def _significant_digits(mention: str) -> int:
    digits = re.sub(r"\D", "", re.split(r"[^\d.,\s]", re.sub(r"^\D+", "", mention), maxsplit=1)[0])
    return len(digits.strip("0")) if "." not in mention else len(digits.lstrip("0"))


def _more_precise(q: Quantity, previous: Quantity, sentence: str) -> bool:
    """Whether a bracketed sum of money or percentage is written with more significant digits than the
    hedged number before it: the exact figure ("about US$976 million (SDR 735.5 million)", "a little
    over a quarter (26.4 percent)"), not a conversion of it (a measure's conversion is often the more
    precise: "less than 4 million barrels (640,000 cubic meters)")."""
    exact_kind = q.unit == "percent" or unit_kind(q.unit or "") == "money"
    return exact_kind and _significant_digits(sentence[q.start : q.end]) > _significant_digits(sentence[previous.start : previous.end])


def _same_rate(percent: Quantity, q: Quantity, sentence: str) -> bool:
    """Whether a decimal after a percentage is the same rate again, elliptically ("one point one per cent of the book,
    down from one point three at the peak", "3.4 against 3.2"): the term it is compared with, near it in size; a whole
    number counts things ("4% of firms, 120 in 2020"), one far from it is another measure's level ("fell 0.6% from
    6,726.92")."""
    value, rate = Decimal(q.value), Decimal(percent.value)
    if LISTED_RATE_GAP.fullmatch(sentence, percent.end, q.start) and value < 100:
        return True  # "the United States about eleven per cent and India around eight": the next item of a list of the rate
    if not _compared_before().search(sentence, max(0, q.start - 40), q.start):
        return False  # (only as the term a rate is compared with: not "trading at 11.9", "a multiplier of 8.7")
    return bool(value % 1) and rate != 0 and Decimal("0.6") <= abs(value / rate) <= Decimal("1.67")


# between the items of a list of one rate said aloud: a comma or "and", a place or a part named (not another measure:
# "growth was 2.3% and the fertility rate 2.1"), a hedge ("the United States about eleven per cent and India around
# eight", "property lost two point four per cent and the tech sector one point nine")
LISTED_RATE_GAP = re.compile(r"(?:\s*[,;]\s*(?:and\s+)?|\s+(?:and|or)\s+)(?:(?!(?:rate|ratio|index|level|price|yield|multiplier|score)\b)"
                             r"[A-Za-z’'-]+ ){0,4}(?:(?:about|around|some|nearly|almost|roughly|only|just|at)\s+)?")


@lru_cache(maxsize=1)
def _compared_before() -> re.Pattern[str]:
    """The words before a figure a rate is compared with: the lexicon's contrast_links ("down from one point three",
    "against 3.2", "compared with 2.9"), or "after" ("3.0% in October, after 2.9 in September")."""
    links = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in (*load_lexicon("context")["contrast_links"], "after"))
    return re.compile(rf"\b(?:{links})\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$")


SCALE_WORD = re.compile(r"\b(?:thousand|million|billion|trillion)\b", re.IGNORECASE)


def _same_scale_before(sentence: str, q: Quantity, settled: list[Quantity]) -> Quantity | None:
    """The nearest level before `q` written with the same scale word as it (a level of another year restates it)."""
    scale = (m.group().lower() if (m := SCALE_WORD.search(sentence, q.start, q.end)) else "")
    return next((p for p in reversed(settled) if p.unit not in ("percent", "ratio", "times", "rank", "score")
                 and (m.group().lower() if (m := SCALE_WORD.search(sentence, p.start, p.end)) else "") == scale), None)


def agree(sentence: str, quantities: list[Quantity], qualifiers: list[str], declines: list[bool]) -> list[Quantity]:
    """What one number of a sentence tells about the next: a parenthetical conversion keeps the
    qualifier ("approximately 23 million barrels (3.7 million cubic meters)"), a list keeps the
    decline ("contracted in 2006 by 1.0%, in 2007 by 1.2%"), an elliptical number keeps the unit
    ("10 million people … South Korea's 25 million"). Returns the quantities with units settled;
    `qualifiers` and `declines` are updated in place."""
    per_capita = load_lexicon("quantities")["per_capita_units"]
    settled: list[Quantity] = []
    for i, q in enumerate(quantities):
        if q.unit == "count" and OF_THEM.match(sentence, q.end) and any(p.unit == "persons" for p in settled):
            q = Quantity(**{**q.__dict__, "unit": "persons"})  # "6.4 million Syrians …, 3.1 million of them in Türkiye"
        unitless = q.unit == "count" and q.rule in ("bare_number", "scaled_number", "number_words")
        scaled = unitless and SCALED.search(sentence, q.start, q.end) is not None
        # (a verb of many, "1.82 million were paying", says people or things: never money's)
        of_many = scaled and SCALED_MANY_NEXT.match(sentence, q.end) is not None
        of_year = unitless and OF_YEAR_NEXT.match(sentence, q.end) is not None
        if unitless and (ELLIPTICAL_NEXT.match(sentence[q.end :]) or of_year
                         or scaled and SCALED_CLAUSE_NEXT.match(sentence, q.end) or of_many):
            earlier = next((p for p in reversed(settled) if p.unit not in ("count", "rank", "score", "ratio", "times")
                            and not (of_many and is_currency_code(p.unit))
                            and (p.unit != "percent" or _same_rate(p, q, sentence))
                            and (q.rule != "number_words" or p.unit == "percent" or Decimal(q.value) >= 10
                                 and not NUMBER_OF.search(sentence, p.end, q.start))), None)
            if earlier is not None and of_year and (_same_scale_before(sentence, q, settled) is not earlier or ";" in sentence[earlier.end : q.start]):
                earlier = None  # ("53.6 million cheques worth RM592.4 billion …, below the 205 million of 2014": the cheques')
            if earlier is not None:
                q = Quantity(**{**q.__dict__, "unit": earlier.unit, "currency_word": earlier.currency_word})
        # the words around the number up to its neighbours: "80 billion kWh, roughly 4,100 kWh per capita"
        # makes only the second a rate
        before = re.split(r"\d", sentence[max(0, q.start - 80) : q.start])[-1]
        after = sentence[q.end : q.end + 60] if q.joined_by == "from" else \
            re.split(r"\d", sentence[q.end : q.end + 40], maxsplit=1)[0]  # "from 167 to 107 kg per person"
        rate = per_capita.get(q.unit) and _per_capita_unit(before + sentence[q.start : q.end] + after, per_capita[q.unit])
        if not rate and settled and settled[-1].unit in per_capita.get(q.unit, {}).values() \
                and (LISTED_AFTER.fullmatch(sentence[settled[-1].end : q.start]) or TO_LEVEL_AFTER.fullmatch(sentence[settled[-1].end : q.start])):
            rate = settled[-1].unit  # "per capita consumption at 1,247 kWh in 1990, 712 kWh in 2000 and …", "… to 712 kWh"
        if rate:
            q = Quantity(**{**q.__dict__, "unit": rate})
        if (q.unit == "points" or q.unit == "count" and POINTS.match(sentence, q.end)) and any(p.unit == "percentage_points" for p in settled):
            # "industry contributed 3.2 percentage points, services 3.1 points": the same unit, abbreviated
            q = Quantity(**{**q.__dict__, "unit": "percentage_points"})
        if i:
            previous = settled[-1]
            gap = sentence[previous.end : q.start]
            if PARENTHETICAL.match(gap) and qualifiers[i] == "exact" and not _more_precise(q, previous, sentence):
                qualifiers[i] = qualifiers[i - 1]  # (not "about US$976 million (SDR 735.5 million)": the exact original)
            elif LIST_JOINER.fullmatch(gap) and qualifiers[i] == "exact" and qualifiers[i - 1] not in ("exact", "range") \
                    and not (q.rule == "fraction" and previous.rule != "fraction"):
                # "about 640,000 and 560,000": the hedge governs the list (not a share of the sum after it: "about 12.5
                # million livres, three-quarters of it from duties")
                qualifiers[i] = qualifiers[i - 1]
            # (a sign written on the first of a list is that number's own: "−3.4 percent and 4.6 percent")
            if declines[i - 1] and not declines[i] and q.unit == previous.unit and DECLINE_LIST_GAP.match(gap) \
                    and not (previous.negative and sentence[previous.start] in "−-–"):
                declines[i] = True
            elif declines[i - 1] and not declines[i] and (q.unit == previous.unit or {q.unit, previous.unit} <= SHARE_UNITS) \
                    and DECLINE_GOES_ON.match(gap) and not RISE_BETWEEN.search(gap):
                declines[i] = True
        settled.append(q)
    return settled


# "For 2023 STAT estimates growth of 4.1%, while the IMF puts it at 4.6%; …": a time opening the sentence frames
# every clause up to a semicolon
RELATIVE_OPENING = re.compile(r",\s+(?:which|who|whose)\b")
OPENING_FRAME = re.compile(r"\s*(?:For|In|During|Over|Throughout)\s+(?:the\s+)?(?:(?:fiscal|financial)\s+)?(?:year\s+)?")


def opening_frame(sentence: str, q: Quantity, dated: list[TimeExpression]) -> TimeExpression | None:
    """The time that opens the sentence, for a number in its part up to a semicolon with no other time
    before it or in its own clause."""
    frame = next((t for t in dated if OPENING_FRAME.fullmatch(sentence, 0, t.start)), None)
    if frame is None or frame.end > q.start or ";" in sentence[frame.end : q.start]:
        return None
    start, end = clause_bounds(sentence, q)
    if any(t is not frame and (frame.end <= t.start < q.start or start <= t.start < end) for t in dated) \
            or RELATIVE_OPENING.search(sentence, max(start - 10, 0), q.start):
        return None  # (not "…, which employs some 4,500 people": what a thing named is)
    return frame


# a decimal said aloud: "nine point six", "three point seven five" (not a number written in digits, a table's cell)
SPOKEN_WHOLE = re.compile(r"(?:minus\s+)?[a-z]+(?:-[a-z]+)?(?:\s+and\s+a\s+half)?", re.IGNORECASE)
# (a whole number said without its unit is a percentage too, "fire is twelve, marine four", but not a vote's count or an age)
VOTES_OR_AGES = re.compile(r"\b(?:against|in\s+favou?r|abstentions?|abstained|votes?|voting|age|aged)\b|\bfor\s*:", re.IGNORECASE)
SAID_DECIMAL = re.compile(r"[a-z-]+\s+point\s+[a-z]+(?:\s+[a-z]+)?$")


# what names a price, a count or a level after such a decimal ("twelve point four to the dollar", "one point eight nine a
# litre", "twenty-two point four per thousand") or before it ("The R number is one point two", "shares closed at …")
WORD_AFTER_FIGURE = re.compile(r"\s+(?:in|on|at|by|for|of|to|from|and|or|a|an|the|per|last|this|that|when|while|as|than|with|since|during)\b")
UNIT_NEXT = re.compile(r"\s+(?:to|a|an|per|at|each)\b")
NO_RATE_BEFORE = re.compile(r"\b(?:number|index|ratio|multiplier|score|price|prices|shares|stock|closed|how\s+many|barrel|litre|dollar)\b",
                            re.IGNORECASE)


def said_as_rate(q: Quantity, sentence: str, last_measure: str, before: list[Quantity]) -> Quantity:
    """"It's nine point six. Why should we believe six point eight?" after "the deficit would be five point seven per
    cent": a decimal a speaker says without its unit when the document's last figure was a percentage is one too
    (not one that names what it counts, "two point five million visitors", nor one after another figure of its sentence,
    which it goes on from: "two point one bath treatments per cycle, down from three point four")."""
    if last_measure != "percent" or q.unit != "count" or q.value >= 100 or not (SAID_DECIMAL.search(sentence, q.start, q.end)
                                                                           or SPOKEN_WHOLE.fullmatch(sentence, q.start, q.end) and not VOTES_OR_AGES.search(sentence)) \
            or not ELLIPTICAL_NEXT.match(sentence[q.end :]) or UNIT_NEXT.match(sentence, q.end) or SCALED.search(sentence, q.start, q.end) \
            or before and (before[-1].unit not in ("count", "percent") or before[-1].noun and not WORD_AFTER_FIGURE.match(" " + before[-1].noun)) \
            or NO_RATE_BEFORE.search(sentence, 0, q.start):
        return q
    return Quantity(**{**q.__dict__, "unit": "percent"})
