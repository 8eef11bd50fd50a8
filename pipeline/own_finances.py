"""A body's own finances: the section of its report that gives its income and spending ("6. FINANCIAL
PERFORMANCE", "6. REGISTRY FINANCES") is about the body itself, not about its country."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.codebook import is_currency_code
from pipeline.countries import country_mentions
from pipeline.estimators import estimator_type
from pipeline.lexicon import load_lexicon
from pipeline.matching import trie_pattern
from pipeline.records import Observation

# a report's numbered heading in capitals ("6. FINANCIAL PERFORMANCE") or a wiki's ("== Finances ==")
SECTION_HEADING = re.compile(r"^[ \t]*(?:\d{1,2}\.?[ \t]+(?P<numbered>[A-Z][A-Z0-9 ,&’'/()-]{2,80})|==+[ \t]*(?P<wiki>[^=\n]{2,80}?)[ \t]*==+)[ \t]*\r?$",
                             re.MULTILINE)


@lru_cache(maxsize=1)
def _finance_heading() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{trie_pattern(load_lexicon('context')['own_finance_headings'])})\b", re.IGNORECASE)


TITLE_LINES = 10


@lru_cache(maxsize=1)
def _own_budget_title() -> re.Pattern[str]:
    return re.compile(rf"^[ \t]*(?:{trie_pattern(load_lexicon('context')['own_budget_titles'])})\b")


def finance_sections(text: str) -> list[tuple[int, int]]:
    """The spans of the sections whose heading names the body's finances, each up to the next heading; all of a
    document whose title is the body's own budget ("BUDGET STATEMENT 2025" under its letterhead)."""
    # (the title may stand under a letterhead's long line on what constitutes the body, where a heading ends)
    if any(_own_budget_title().match(line) for line in text[:2000].splitlines()[:TITLE_LINES]):
        return [(0, len(text))]
    headings = list(SECTION_HEADING.finditer(text))
    whole = set(load_lexicon("context")["own_finance_whole_headings"])
    return [(m.end(), nxt.start() if nxt else len(text)) for m, nxt in zip(headings, [*headings[1:], None])
            if _finance_heading().search(heading := (m.group("numbered") or m.group("wiki")).strip()) or heading.lower() in whole]


def own_finances(observations: list[Observation], text: str, author: str, defaults: tuple[str, ...]) -> list[Observation]:
    """The sums of money in a body's own finances section that no words gave another subject (those left with the
    country or the document's economy, `defaults`) are the body's ("The Board's own income was TSh 9.6 billion",
    "Expenditure was TSh 8.9 billion"); a national body's finances are its country's, and stay so."""
    if not author or estimator_type(author) in (*load_lexicon("context")["national_issuer_types"], "audit_office", "international_organisation"):
        return observations  # (an auditor's or a lender's sections on finances are of those it audits or lends to)
    sections = finance_sections(text)
    if not sections:
        return observations
    budget = sections == [(0, len(text))]  # (its budget's staff, members and shares are its own too)
    return [replace(o, subject=author) if o.subject in defaults and (budget or is_currency_code(o.unit)) and o.indicator not in NOT_OWN
            and not A_RATE.match(text, o.char_end) and any(a <= o.char_start < b for a, b in sections)
            and not _names_its_country(o.sentence.replace(author, "")) else o for o in observations]


def _names_its_country(sentence: str) -> bool:
    """Whether the sentence makes its figures a country's: "Kenya's GDP was …", "tax revenue for Uganda" (not "Promotion
    of Ceylon Tea abroad cost …", a country's name inside another)."""
    return any(sentence[b : b + 2] in ("'s", "’s") or sentence[max(0, a - 4) : a] in ("for ", "of ") and not sentence[b : b + 2].strip()[:1].isupper()
               for a, b, _ in country_mentions(sentence))


# "J$155.20 to the US dollar", "P13.38 (2023) and P13.58 (2024) per US$": a rate of exchange, the currency's
A_RATE = re.compile(r"\s*(?:\([^()\n]{1,12}\)\s*)?(?:(?:and|or)\s+\S+\s*(?:\([^()\n]{1,12}\)\s*)?)?"
                    r"(?:to|per|a)[ \t]+(?:the[ \t]+|one[ \t]+)?(?:US[ \t]?)?(?:\$|dollar|euro|pound|yuan|rand)", re.IGNORECASE)


NOT_OWN = frozenset({"exchange_rate"})  # a rate its sums were converted at is the currency's
