"""The country whose own money a document counts in: a results call "in tenge unless stated", a budget in
kwacha. A currency of one country only, written by its name or code far more often than any other's, says
where the document's sums are from; money that many countries use (the dollar, the euro, the CFA franc)
says nothing."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from pipeline.lexicon import load_lexicon

MIN_MENTIONS = 3  # fewer is a price quoted abroad, not the document's own money


# a word, with a "$" right before it kept on it: "NZ$", "$US" hold no currency's word (every currency word is one word)
WORD = re.compile(r"\$?\w+")


def counted_in(text: str) -> str:
    """The name of the country whose currency the text writes most, at least MIN_MENTIONS times and more
    than twice as often as any other country's; "" when none does."""
    ranked = Counter(_money_countries(text, 0, len(text))).most_common(2)
    if not ranked or ranked[0][1] < MIN_MENTIONS or len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]:
        return ""
    return ranked[0][0]


def currency_written_near(text: str, start: int, end: int, country: str, reach: int = 100) -> bool:
    """Whether the money of `country` is written in the sentence of the span start:end, within `reach` characters of it
    ("worth UGX 1.2 trillion to Uganda", "migrants in India earn INR 18,000")."""
    low = max([max(0, start - reach), *(m.end() for m in SENTENCE_END.finditer(text, max(0, start - reach), start))])
    ends = SENTENCE_END.search(text, end, end + reach)
    return country in _money_countries(text, low, ends.start() if ends else min(len(text), end + reach))


def _money_countries(text: str, start: int, end: int) -> list[str]:
    """The country of each currency of one country only that text[start:end] writes, by its name or code ("tenge",
    "KZT") or by the sign before a figure that names its own dollar ("NT$18.4 bn")."""
    words = _currency_words()
    prefixes, prefixed = _currency_prefixes()
    return [words[m.group()] for m in WORD.finditer(text, start, end) if m.group() in words] \
        + ([prefixes[m.group()] for m in prefixed.finditer(text, start, end)] if prefixed.pattern else [])


SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])|\n")


@lru_cache(maxsize=1)
def _currency_prefixes() -> tuple[dict[str, str], re.Pattern[str]]:
    """Every currency sign before an amount that names one country's own money ("NT$", "R$", "KSh"), with its country,
    and a pattern finding them before a figure (not "$", "€" or "£": money many countries use)."""
    own = _own_currencies()
    prefixes = {sign: own[code] for sign, code in load_lexicon("quantities")["currency_prefixes"].items()
                if isinstance(code, str) and code in own and not re.fullmatch(r"[A-Z]{3}", sign)}  # (codes: _currency_words)
    signs = "|".join(re.escape(sign) for sign in sorted(prefixes, key=len, reverse=True))
    return prefixes, re.compile(rf"(?<![\w$])(?:{signs})(?=\s?\d)" if signs else "")


@lru_cache(maxsize=1)
def _own_currencies() -> dict[str, str]:
    """Each currency code used by one country only and not widely used abroad, with its country."""
    owners: dict[str, list[str]] = {}
    for entry in load_lexicon("places")["countries"]:
        if entry.get("currency"):
            owners.setdefault(entry["currency"], []).append(entry["name"])
    widely_used = set(load_lexicon("places").get("widely_used_currencies", []))
    return {code: names[0] for code, names in owners.items() if len(names) == 1 and code not in widely_used}


@lru_cache(maxsize=1)
def _currency_words() -> dict[str, str]:
    """Every name and code of a currency used by one country only (each a single word), with its country."""
    owners: dict[str, list[str]] = {}
    for entry in load_lexicon("places")["countries"]:
        if entry.get("currency"):
            owners.setdefault(entry["currency"], []).append(entry["name"])
    own = {code: names[0] for code, names in owners.items() if len(names) == 1}
    shared = set(load_lexicon("quantities")["dollar_currencies"]) | set(load_lexicon("places").get("widely_used_currencies", []))
    words: dict[str, str] = {}
    for word, codes in load_lexicon("quantities")["currency_names"].items():
        if isinstance(codes, str) and codes in own and codes not in shared and not word.lower().endswith(("dollar", "dollars")):
            words[word] = own[codes]
    ambiguous = set(load_lexicon("quantities")["ambiguous_currency_codes"])  # ("ALL", "TOP": words too)
    ambiguous |= set(load_lexicon("places")["currency_words_not_counted"])
    words = {word: country for word, country in words.items() if word not in ambiguous}
    words.update({code: country for code, country in own.items() if code not in shared and code not in ambiguous})
    return {word: country for word, country in words.items() if re.fullmatch(r"\w+", word)}  # (a name of two words is never read)
