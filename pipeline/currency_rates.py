"""A sum of money that is the price of another currency, whatever the words around it: "Rp15,416 to the
US dollar", "7.14 shillings to the US dollar", "SEK 1.54 per krone", "US$1 = ¥140.49", "The euro averaged
US$ 1.0813"."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.codebook import is_currency_code
from pipeline.lexicon import load_lexicon


@lru_cache(maxsize=1)
def _currency_codes() -> dict[str, frozenset[str]]:
    """Each currency's name in lower case, with the codes it may stand for."""
    names = load_lexicon("quantities")["currency_names"]
    return {name.lower(): frozenset([codes] if isinstance(codes, str) else codes) for name, codes in names.items()}


def _alternation() -> str:
    return "|".join(re.escape(name) for name in sorted(_currency_codes(), key=len, reverse=True))


@lru_cache(maxsize=1)
def _priced_after() -> re.Pattern[str]:
    # the currency priced, after "to the", "per", "against one …" and its country's words ("to the French franc");
    # not a currency's area or zone ("exports to the euro area"), a sum per unit of money ("30 cents per dollar of
    # revenue"), nor a range's other end ("a dollar sixty-five to a dollar eighty-five")
    return re.compile(r"\s+(?:(?:to|per|against)\s+(?:the|one|a|each|1)\s+|per\s+)(?:(?:[A-Z][\w.]*|new|old)\s+){0,2}?"
                      rf"(?P<currency>(?i:{_alternation()}))\b(?!\s+(?:area|zone|bloc|region|countries|economies|of)\b)"
                      rf"(?!\s+(?:\d|(?i:{'|'.join(load_lexicon('quantities')['cardinals'])})\b))")


WEIGHED = re.compile(r"\s+(?:per|a)\s+(?:a\s+)?pounds?")

# "US$1 = ¥140.49", "£1 = €1.1497": the sum one unit of another currency is worth
ONE_UNIT_EQUALS = re.compile(r"(?:(?:[A-Z]{1,3})?[$£€¥₩]|[A-Z]{3}[ \t]?)[ \t]?1[ \t]*=[ \t]*$")


@lru_cache(maxsize=1)
def _currency_as_subject() -> re.Pattern[str]:
    # "The euro averaged US$ 1.0813", "the rupee ended the year at Rs 83.2": a currency its clause prices
    return re.compile(rf"(?:^|[,;:]\s+|\b[Tt]he\s+)(?:[A-Z][\w.]*\s+)?(?i:{_alternation()})\s+(?:averaged|traded\s+at|"
                      r"(?:ended|closed|finished)\s+(?:the\s+(?:year|month|quarter|day)\s+)?at|stood\s+at|was\s+worth|fetched)\s+"
                      r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$")


def prices_a_currency(sentence: str, start: int, end: int, unit: str) -> bool:
    """Whether the sum of money at sentence[start:end], in `unit`, is the price of another currency: the
    currency named after it, one unit of another before it, or a currency its clause's subject."""
    if not is_currency_code(unit):
        return False
    if (m := _priced_after().match(sentence, end)) is not None:
        if WEIGHED.fullmatch(m.group()) and not sentence.startswith(" sterling", m.end()):
            return False  # "US$4.43 per pound", "a dollar eighty a pound": a price by weight
        return unit not in _currency_codes().get(m.group("currency").lower(), ())  # ("40 cents to the dollar" is no rate)
    before = sentence[max(0, start - 60) : start]
    return bool(ONE_UNIT_EQUALS.search(before) or _currency_as_subject().search(before))
