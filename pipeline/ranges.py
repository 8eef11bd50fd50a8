"""Numbers joined to one another: ranges ("between X and Y", "X to Y"), the two levels of a change
("from X to Y"), lists that share a unit ("71, 12 and 5 percent") and prices of the dollar ("85 to
the dollar", "$1 to 141 won")."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.codebook import is_currency_code
from pipeline.grammar import Quantity, grammar, words_before

TO_ONE = re.compile(r"\s+to\s+(?:1|one)", re.IGNORECASE)
RANGE_JOINER = re.compile(r"\s*(?:-|–|—|to)\s*$|\s+and\s+$", re.IGNORECASE)
HEDGED_TO = re.compile(r"\s+to\s+(?:about|around|nearly|almost|some|roughly|approximately|over|under|just\s+over|"
                       r"just\s+under|more\s+than|less\s+than)\s+", re.IGNORECASE)
# ("from a record low of 1.5% to 3%", "from a peak of 1,247 kWh": the level described on the way)
CHANGE_LEAD = re.compile(r"\bfrom(?:\s+(?:an?|its|the)\s+(?:[\w-]+\s+)?(?:low|high|peak|level|trough|average)\s+of)?"
                         r"(?:\s+(?:about|around|nearly|almost|some|over|under|approximately|roughly|an\s+estimated|more\s+than|less\s+than))?$")
OR_JOINER = re.compile(r"\s+or\s+")
PLUS_MINUS = re.compile(r"[ \t]?(?:±|\+/[-−]|plus\s+or\s+minus)[ \t]?", re.IGNORECASE)  # "5 ± 2 percent": a band (not across a column's gap)
RANGE_LEAD = re.compile(r"\b(?:between|rang(?:e|es|ed|ing)\s+from|(?:run|runs|ran|running|var(?:y|ies|ied|ying))\s+from|from\s+between|"
                        r"(?:anything|anywhere|somewhere)\s+from)(?:\s+\w+)?$")  # (also "estimates … run from 5,000 to 12,000")


def join_numbers(text: str, amounts: list[Quantity]) -> list[Quantity]:
    """A sentence's amounts (in order) with ranges, changes, lists and dollar prices read."""
    return _elided_currency(text, _rates_to_the_dollar(text, _denied_units(text, _corrected_units(text, _listed_units(text, _merge_ranges(text, amounts))))))


# what may follow an amount whose unit is left out: punctuation, or a word that names no unit
NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:in|on|at|by|from|for|last|this|a|an|and|or|while|against|compared|up|down)\b")


def fraction_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """'between a quarter and a third': two fractions in words that bound one share, a range."""
    ordered, joined = sorted(found, key=lambda q: q.start), []
    for q in ordered:
        a = joined[-1] if joined else None
        if a is not None and a.rule == q.rule == "fraction" and a.value_high is None and a.value < q.value \
                and re.fullmatch(r"\s+(?:and|to)\s+", text[a.end : q.start]) \
                and RANGE_LEAD.search(" ".join(words_before(text, a.start, 3)).lower()):
            joined[-1] = replace(a, end=q.end, value_high=q.value, rule="range")
            continue
        joined.append(q)
    return joined


def is_money(q: Quantity) -> bool:
    """Whether the amount is money: a currency's code, or a currency word still to be resolved."""
    return bool(q.currency_word) or is_currency_code(q.unit or "")


def _elided_currency(text: str, found: list[Quantity]) -> list[Quantity]:
    """'Car exports fell to 24.9 billion dirhams, while phosphate sales rose to 14.8 billion': a scaled
    number without a noun, after an amount of money of the sentence, is in the same currency."""
    result, money = list(found), None
    for i, q in enumerate(result):
        if is_money(q):
            money = q
        elif money is not None and q.rule == "scaled_number" and q.unit == "count" and NO_NOUN_AFTER.match(text, q.end):
            result[i] = replace(q, unit=money.unit, currency_word=money.currency_word)
    return result


def _merge_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """Join 'between X and Y' / 'X to Y' into ranges; mark 'from X to Y' as two levels of a change;
    read '$1 to 141 won' as an exchange rate."""
    merged: list[Quantity] = []
    i = 0
    while i < len(found):
        a, b = found[i], (found[i + 1] if i + 1 < len(found) else None)
        if b is not None and b.start == a.end and b.negative and text[b.start] in "-–—":
            # "4.75%-5.00%": a dash glued between two numbers joins them; it is no minus sign
            b = found[i + 1] = replace(b, start=b.start + 1, negative=False)
        joiner = RANGE_JOINER.match(text[a.end : b.start]) if b and b.start - a.end <= 6 else None
        if b is not None and b.start - a.end <= 20 and PLUS_MINUS.fullmatch(text, a.end, b.start):
            centre = _inherit(text, a, b) if a.unit == "count" else a
            merged.append(replace(centre, end=b.end, value=centre.value - b.value, value_high=centre.value + b.value,
                                  rule="range"))
            i += 2
            continue
        if b is not None and joiner is None and b.start - a.end <= 24 and HEDGED_TO.fullmatch(text, a.end, b.start) \
                and CHANGE_LEAD.search(" ".join(words_before(text, a.start, 3))):
            # "went from 30.9 to about 47 pounds per dollar": the two levels of a change, the second hedged
            merged += [replace(_inherit(text, a, b), joined_by="from"), replace(_inherit(text, b, a), joined_by="to")]
            i += 2
            continue
        low = _inherit(text, a, b) if b is not None and a.rule in ("bare_number", "number_words") else a
        if b is not None and joiner is None and b.start - a.end <= 6 and OR_JOINER.fullmatch(text, a.end, b.start) \
                and low.unit == b.unit != "count" and low.currency_word == b.currency_word and low.value < b.value:
            # "US$300 or US$400 a month", "1 or 2 percent", "two or three times": the ends of a guess
            merged.append(replace(low, end=b.end, value_high=b.value, rule="range"))
            i += 2
            continue
        if b is not None and a.rule == b.rule == "number_words" and a.unit == "count" and b.unit != "count" and b.value == a.value + 1 \
                and SAID_NEXT.fullmatch(text, a.end, b.start) and not (merged and SAID_NEXT.fullmatch(text, merged[-1].end, a.start)):
            # "seven, eight per cent", "forty-two, forty-three per cent": a speaker's range, two neighbours said in one breath
            merged.append(replace(_inherit(text, a, b), end=b.end, value_high=b.value, rule="range"))
            i += 2
            continue
        if b is None or joiner is None or _subtracted(text, a, b, joiner.group()):
            merged.append(a)
            i += 1
            continue
        lead = " ".join(words_before(text, a.start, 3))
        if b.value == 1 and a.value > 1 and TO_ONE.fullmatch(text, a.end, b.end) and a.unit == b.unit == "count":
            # "at 50 to 1", "cattle outnumber people by nearly four to one": a ratio, not a range (which never
            # descends to one)
            merged.append(replace(a, end=b.end, unit="times", rule="ratio_to_one"))
        elif _is_exchange_rate(a, b) and "and" not in joiner.group():
            merged.append(replace(b, start=a.start, rule="exchange_rate"))
        elif not _compatible(a, b):
            merged.append(a)
            i += 1
            continue
        elif TALLY_LEAD.search(text, max(0, a.start - 10), a.start) and a.value > b.value and "and" not in joiner.group():
            merged += [a, _inherit(text, b, a)]  # "rejected by 53.2% to 46.8%", "by 312 votes to 95": a tally, not a range
        elif _change_then_level(text, a, b, joiner.group()):
            merged += [a, _inherit(text, b, a)]  # "added $287 to $13,382 a day", "lost 43 points to 1,018": the move, then the level
        elif CHANGE_LEAD.search(" ".join(words_before(text, a.start, 6))) and not RANGE_LEAD.search(lead):
            merged += [replace(_inherit(text, a, b), joined_by="from"), replace(_inherit(text, b, a), joined_by="to")]
        elif "and" not in joiner.group().lower() or RANGE_LEAD.search(lead):
            low = _scaled_low(text, _inherit(text, a, b), b)
            merged.append(replace(low, end=b.end, value_high=b.value, rule="range"))
        else:
            merged.append(a)  # "3% and 4%" without "between": two numbers
            i += 1
            continue
        i += 2
    return merged


SAID_NEXT = re.compile(r",[ \t]+")  # (not after a third: "six, seven, eight per cent", a count)
SUM_AFTER = re.compile(r"[\d \t.,+\-−x×*/()a-z]{0,60}=")  # "… - 45.7 = 402.6", "- 8.1 paid = 9.6": the sum goes on to its result


def _subtracted(text: str, a: Quantity, b: Quantity, joiner: str) -> bool:
    """"845.2 - 611.9 = 233.3", "770.3 - 322.0 - 45.7 = 402.6": a spaced dash in a sum subtracts (not "120 - 150
    shillings (US$1 = 2,500 shillings)"; "$2024-25", a glued dash, is left to what reads it)."""
    return re.fullmatch(r"\s+[-–—−]\s+", joiner) is not None and SUM_AFTER.match(text, b.end) is not None


# "rose a more modest $441 to $11,124", "increased by EUR 118 million to EUR 7,836 million": a verb of change,
# then the move and the level it reached (a range of a move, "rose 5 to 10 percent", keeps its ends close)
CHANGE_VERB_LEAD = re.compile(r"\b(?:(?:rose|risen|rises|fell|fallen|falls|added|adds|lost|loses|gained|dropped|drops|"
                              r"slipped|slips|climbed|climbs|declined|grew|grows|increased|decreased|jumped|jumps|surged|"
                              r"shed|sheds|advanced|slid|slides|eased|shrank|shrinks|expanded|contracted|"
                              r"rising|falling|adding|losing|gaining|shedding|dropping|slipping|climbing|declining)"
                              r"(?:,?\s+(?!from\b|between\b|to\b)[a-z]+){0,6}"  # ("fell for a third straight week, by")
                              r"|(?:up|down)(?:\s+by)?)\s+$")  # ("the index down 0.7 points to 53.9", not "set up a fund worth …")
CHANGE_TO_LEVEL_RATIO = 4  # a move a quarter of the level it reached or less


def _change_then_level(text: str, a: Quantity, b: Quantity, joiner: str) -> bool:
    move = _scaled_low(text, _inherit(text, a, b), b)  # ("rose 5 to 10 million", "fell by $2 to $3 million": ranges)
    return joiner.strip().lower() == "to" and move.unit != "percent" and 0 < CHANGE_TO_LEVEL_RATIO * move.value <= b.value \
        and CHANGE_VERB_LEAD.search(text, max(0, a.start - 60), a.start) is not None


TALLY_LEAD = re.compile(r"\bby\s+$")  # (a range never descends: "by 53.2% to 46.8%" is the two sides' shares)


# a price of a reference currency: the dollar, the euro, the Deutsche Mark ("8 kroons per Deutsche Mark")
TO_THE_DOLLAR = re.compile(r"\s+(?:(?:to|per|against)\s+(?:the|one|a|each)\s+|per\s+)"
                           r"(?:(?:US\s+|U\.S\.\s+|American\s+)?dollar|euro|Deutsche\s+[Mm]ark|D-?[Mm]ark)\b")


def _rates_to_the_dollar(text: str, found: list[Quantity]) -> list[Quantity]:
    """'The taka, held at about 85 to the dollar': a bare number against the dollar is a price of the
    dollar in the local currency; its code is settled with the sentence's currency or country."""
    rates = [replace(q, unit="", rule="exchange_rate") if q.unit == "count" and q.rule in ("bare_number", "listed_number")
             and (TO_THE_DOLLAR.match(text, q.end) or RATE_BEFORE.search(text, max(0, q.start - 60), q.start)) else q
             for q in found]
    # "devalued the metical from 40 to 200 per US dollar": the level it started from is a rate too
    return [replace(q, unit="", rule="exchange_rate") if q.joined_by == "from" and q.unit == "count" and i + 1 < len(rates)
            and rates[i + 1].joined_by == "to" and rates[i + 1].rule == "exchange_rate" else q for i, q in enumerate(rates)]


# "an official rate of 1,300", "the parallel rate had been around 570": a bare number as the rate itself
RATE_BEFORE = re.compile(r"\b(?:exchange|official|parallel|market|black[- ]market|unofficial|street|kerb|curb)\s+"
                         r"(?:exchange\s+)?rate\s+(?:of|was|is|at|stood\s+at|reached|hit|had\s+been|has\s+been)\s+"
                         r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|over\s+)?$", re.IGNORECASE)


# (not ", or": "numbered 1,203,978, or 98.2% of all": the same figure again, as a share)
LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+")
COMMA_ONLY = re.compile(r"\s*,\s*")
COMPARED_AFTER = re.compile(r"\s+(?:more|less|fewer|higher|lower|above|below|up|down|over|under|of\s+(?:them|the\s+total|all))\b")


# a speaker correcting the figure just said: "fifty-one point four— sorry, fifty-one point one million", "…, I mean, …"
CORRECTION_GAP = re.compile(r"\s*(?:[—–-]+|,)\s*(?:sorry|I\s+mean|rather|correction)\s*[,:]?\s*(?:(?:it\s+(?:was|is)|make\s+that)\s+)?", re.IGNORECASE)


def _corrected_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """'four point eight— sorry, four point five million francs': a figure said bare and corrected at once was
    said in the correction's scale and unit."""
    result = list(found)
    for i in range(len(result) - 1):
        a, b = result[i], result[i + 1]
        if a.unit == "count" and a.rule in ("bare_number", "number_words") and CORRECTION_GAP.fullmatch(text, a.end, b.start):
            result[i] = _inherit(text, _cut_before_hundreds(text, a, b), b)
    return result


def _cut_before_hundreds(text: str, a: Quantity, b: Quantity) -> Quantity:
    """'five thousand eight— sorry, five thousand seven hundred and twenty': a figure cut off before its "hundred", which
    the correction says where the two part, was 5,800 (not 5,008)."""
    cut, said = (re.findall(r"[a-z]+(?:-[a-z]+)?", text[q.start : q.end].lower()) for q in (a, b))
    common = next((k for k, (x, y) in enumerate(zip(cut, said)) if x != y), min(len(cut), len(said)))
    scales = grammar().lexicon["scales"]
    if a.rule != "number_words" or common == 0 or len(cut) != common + 1 or cut[common - 1] not in scales \
            or said[common + 1 : common + 2] != ["hundred"]:
        return a
    units = a.value % scales[cut[common - 1]]
    return replace(a, value=a.value + units * 99) if 0 < units < 10 else a


# "… nineteen point eight million arrivals for 2024, not twenty-one": a figure denied after one said in full
DENIAL_GAP = re.compile(r"[^.;:!?()]{0,60}?(?:,|[—–-]+)\s*not\s+$", re.IGNORECASE)
# "At nine per cent instead of six": the figure it replaces, said bare
INSTEAD_GAP = re.compile(r"\s+(?:instead\s+of|rather\s+than)\s+$", re.IGNORECASE)


def _denied_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """'nineteen point eight million arrivals for 2024, not twenty-one', 'nine per cent instead of six': a bare figure
    denied right after a scaled one is in its scale and unit."""
    result = list(found)
    for i in range(1, len(result)):
        a, b = result[i - 1], result[i]
        if b.unit == "count" and b.rule in ("bare_number", "number_words") and not _has_scale(text[b.start : b.end]) \
                and (DENIAL_GAP.fullmatch(text, a.end, b.start) or INSTEAD_GAP.fullmatch(text, a.end, b.start)):
            result[i] = _inherit(text, b, a)
    return result


def _listed_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """'71, 12 and 5 percent', '10.7 and 9.7 percent respectively': bare numbers listed before a
    number with a unit are in that unit (and scale)."""
    result = list(found)
    for i in range(len(result) - 2, -1, -1):
        a, b = result[i], result[i + 1]
        gap = text[a.end : b.start]
        if a.rule == "bare_number" and a.unit == "count" and b.unit != "count" and b.value_high is None \
                and LIST_GAP.fullmatch(gap) and not (COMMA_ONLY.fullmatch(gap) and COMPARED_AFTER.match(text, b.end)):
            # (not "the fleet grew to 1,250, 4% more than a year earlier": a level, then its change)
            result[i] = replace(_inherit(text, a, b), rule="listed_number")
    return result


def _is_exchange_rate(a: Quantity, b: Quantity) -> bool:
    money = re.compile(r"^[A-Z]{3}$")
    return a.value == 1 and bool(money.match(a.unit)) and (b.currency_word or (money.match(b.unit) and b.unit != a.unit))


def _compatible(a: Quantity, b: Quantity) -> bool:
    if {a.rule, b.rule} & {"rank", "score", "fraction", "multiple"}:
        return False
    if a.unit != "count" and b.unit == "count" and b.rule in ("bare_number", "number_words", "scaled_number") and len(b.noun) > 3 \
            and b.noun.isalpha() and b.noun.endswith("s"):
        # "allotted US$60 million to 17 banks", "paid GHS 412 million to 1.3 million households": the money, then a
        # count of something else
        return False
    if "count" in (a.unit, b.unit):
        bare = a if a.unit == "count" else b
        # "rose 12% to 14.8 billion", "revalued it by 2.1% to 8.11": a rate, then the level it took; not "5 to 6%"
        return not ("percent" in (a.unit, b.unit) and bare.rule == "scaled_number" or a.unit == "percent" and bare is b)
    same_unit = a.unit == b.unit and a.currency_word == b.currency_word
    return same_unit and a.value <= b.value * 1000


def _inherit(text: str, a: Quantity, b: Quantity) -> Quantity:
    """'15 to 10 million tons', 'from 24,000 dong to 25,100': a bare end takes the other's scale and unit."""
    said_bare = a.rule == "number_words" and not _has_scale(text[a.start : a.end])  # "twenty to twenty-three million"
    scaled = b.rule == "scaled_number" or (b.rule == "number_words" and _has_scale(text[b.start : b.end]))
    if a.unit == b.unit == "count" and (a.rule == "bare_number" or said_bare) and scaled and b.value >= 1000 * a.value:
        return replace(a, value=a.value * _scale_of(b))  # "between 17 and 23 million": people, millions of them
    if said_bare and not scaled and a.unit in (b.unit, "count") and _said_hundreds(text, a, b):
        return replace(a, value=a.value * 100, unit=b.unit, currency_word=b.currency_word, noun="")  # "six to seven hundred grams"
    if a.unit != "count" or b.unit == "count":
        return a
    value = a.value
    if (a.rule == "bare_number" or said_bare) and (b.rule in ("scaled_number", "amount") or scaled) and b.value >= 1000 * a.value:
        value = a.value * _scale_of(b)
    if b.factor is not None:  # "100 to 150 basis points": the bare end is in basis points too
        value *= b.factor
    return replace(a, value=value, unit=b.unit, currency_word=b.currency_word, noun="")


def _said_hundreds(text: str, a: Quantity, b: Quantity) -> bool:
    """"six to seven hundred", "three or four hundred": the low end said bare is in hundreds too."""
    return b.rule == "number_words" and b.value_high is None and b.value % 100 == 0 and a.value == int(a.value) \
        and 0 < a.value * 100 < b.value < 2000 and SAID_HUNDREDS.match(text, b.start, b.end) is not None


SAID_HUNDREDS = re.compile(r"[a-z]+[ \t]+hundred\b", re.IGNORECASE)


def _scaled_low(text: str, a: Quantity, b: Quantity) -> Quantity:
    """'US$1.2–1.5 billion', '$1.2-$1.5bn': the low end of a range of money takes the scale word only
    the high end writes."""
    if b.unit not in (a.unit, "count") or a.unit == "count" or b.value < 1000 * a.value or _has_scale(text[a.start : a.end]) \
            or not _has_scale(text[b.start : b.end]):
        return a
    return replace(a, value=a.value * _scale_of(b))


def _has_scale(mention: str) -> bool:
    return _scale_words().search(mention) is not None


@lru_cache(maxsize=1)
def _scale_words() -> re.Pattern[str]:
    lexicon = grammar().lexicon
    words = [*lexicon["scales"], *lexicon["glued_scales"], *lexicon["glued_money_scales"]]
    return re.compile(rf"(?:\b|(?<=\d))(?:{'|'.join(sorted(map(re.escape, words), key=len, reverse=True))})\b", re.IGNORECASE)


def _scale_of(q: Quantity) -> int:
    for factor in (10**12, 10**9, 10**6, 10**3):
        if q.value >= factor:
            return factor
    return 1


def second_level(text: str, a: Quantity, b: Quantity) -> bool:
    """Whether b is the level a change reaches from a: "from 15 to 10 million tons", "from 1.89
    million tonnes in 2015 to 1.33 million tonnes in 2023"."""
    if a.joined_by == "from" and b.joined_by == "to":
        return True
    return bool(re.search(r"\bfrom\s+(?:about\s+|around\s+)?$", text[max(0, a.start - 20) : a.start])
                and FROM_TO_GAP.fullmatch(text[a.end : b.start]))


# ("from 63.5 percent of output in 1945–46 to …": the level's base and time between them)
FROM_TO_GAP = re.compile(r"(?:\s+(?:of|in|by|at|during)\s+[^,;.]{1,25}?){0,2},?\s+to\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?")


# "61.8% of GDP at the end of 2024, down from 70.5% a year earlier", "23.1% in February from 23.5%":
# the later number is the level the earlier one is compared with
# "26,000 won in Pyongyang at the end of September, up 40% from a year earlier", "4,100 won a kilogram
# in Pyongyang, almost twice …": the change of the level just stated
CHANGE_GAP = re.compile(r"(?:\s+(?:a|an|per)\s+[a-z]+)?(?:\s+(?:in|at|on|by)\s+[^,;.]{1,40}?)?,\s+"
                        r"(?:(?:up|down)\s+|(?:almost|nearly|about|roughly|more\s+than|less\s+than)\s+)")


def change_of_level(text: str, a: Quantity, b: Quantity) -> bool:
    """Whether b states the change of the level a states, right after it."""
    return b.unit in ("percent", "times", "ratio") and a.unit not in ("percent", "times", "ratio") \
        and bool(CHANGE_GAP.fullmatch(text[a.end : b.start]))


# "9,800 won in Pyongyang, up from 7,200 won", "7,000 won a kilogram in Pyongyang markets in December
# 2024, against 5,500 won a year earlier": the level the first is compared with
BASE_GAP = re.compile(r"(?:\s+(?:a|an|per)\s+[a-z]+)?(?:\s+(?:of\s+[A-Z]{2,4}\s+)?(?:in|by|at|during|on)\s+[^,;.]{1,30}?){0,2},?\s+(?:up\s+|down\s+)?"
                      r"(?:from|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?")


# "The deficit was 3.5% of GDP last year, against a target of 2.8%": the measure's target or forecast
AGAINST_GAP = re.compile(r"(?:\s+of\s+(?:GDP|gross\s+domestic\s+product))?(?:\s+(?:in|by|at|during|on|last|this)\s+[^,;.]{1,30}?)?,?"
                         r"\s+against\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}(?:target|goal|forecast|projection|estimate|ceiling)"
                         r"\s+of\s+(?:about\s+|around\s+)?")


def compared_level(text: str, a: Quantity, b: Quantity) -> bool:
    """Whether b is the level a is compared with: the same measure at another time, or its target."""
    gap = text[a.end : b.start]
    return a.unit == b.unit and bool(BASE_GAP.fullmatch(gap) or AGAINST_GAP.fullmatch(gap))
