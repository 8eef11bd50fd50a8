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
    countries = _currency_words()
    counts = Counter(countries[word] for word in WORD.findall(text) if word in countries)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_MENTIONS or len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]:
        return ""
    return ranked[0][0]


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
