"""A time tied to a number by the words between them: "7.1% in 2007", "in 2009 by 0.9%", "(2023: 2.9%)".

The binders ("in", "during", "reported in", "for the year") are in lexicon/context.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.bases import change_over, is_base
from pipeline.grammar import Quantity
from pipeline.lexicon import load_lexicon
from pipeline.periods import TimeExpression

# Words that may not stand between a number and "in YEAR": they start another clause or a comparison.
NOT_A_NOUN = r"(?:and|or|but|while|whereas|than|increase|decrease|rise|fall|growth|decline|drop|gain|compared)"
CHANGE_OR_SPAN_LEAD = re.compile(r"\b(?:from|between|since)\s+$")
LABEL = re.compile(r"\s*:(?!\s*[a-z])")  # (not "in April–June 2024: travel receipts rose …", a clause after)


@lru_cache(maxsize=1)
def _after_gap() -> re.Pattern[str]:
    """What may stand between a number and its year: "7.1% in 2007", "12% reported in 1989",
    "10 million people in 1960", "the $5.2 billion figure reported in 1988", "350,000 vehicles there
    in 2023", "94.8 million at the census of 2017"."""
    binders = "|".join(sorted(load_lexicon("context")["period_binders"], key=len, reverse=True))
    return re.compile(
        rf"^[\s,(]*(?:per\s+[a-z]+\s*|an?\s+(?:year|month|quarter|day)\s+|of\s+(?:GDP|GNP|GNI)\s+)?(?:\([A-Za-z]{{1,10}}\)\s*)?"
        # "R185.1 billion (2.6%) in 2023": a figure in brackets restating the number, of the same time
        rf"(?:\((?:about\s+|some\s+)?[\d.,]+\s?%\)\s*)?"
        rf"(?:(?:(?!{NOT_A_NOUN}\b)[a-z]+\s+)?(?:(?:there|here|abroad|alone|overall)\s+)?(?:[a-z]+(?:ed|ing)\s+)?(?:(?:{binders})\s+(?:the\s+)?"
        rf"(?:(?:fiscal\s+|calendar\s+)?years?\s+|period\s+)?|(?:at|in|by)\s+the\s+(?:census|survey|count|elections?)\s+of\s+"
        # "57.0% in the plan for 1961–1970": the time of the plan it was allotted in
        rf"|(?:in|under|during)\s+the\s+(?:[\w-]+\s+)?(?:plan|programme|program|budget)\s+(?:for|of)\s+))?$"
        # "the 5.8 percent growth in the first quarter": a change named in a time, not over a base
        rf"|^\s+(?:growth|increase|decrease|rise|fall|decline|drop|gain)\s+(?:in|during)\s+(?:the\s+)?$"
        # "3.4 percent in the same month of the previous year": the same part of that year (settling._same_part_of)
        rf"|^\s+(?:in|during|for)\s+the\s+(?:same|corresponding)\s+(?:month|months|period|quarter|week|weeks)\s+(?:of|in)\s+$"
        # "about 35% of export revenue in 2023": a share of a whole in its year
        rf"|^\s+of\s+(?:(?!{NOT_A_NOUN}\b|due\b|maturing\b|[a-z]+ed\b)[a-z][a-z-]*\s+){{1,3}}(?:in|during)\s+$"
        # a fact sheet's "2.6% of GDP (2022 est.)": the year in brackets after the number and its base
        rf"|^\s+of\s+(?:[\w-]+\s+){{0,3}}\($",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _before_gap() -> re.Pattern[str]:
    """What may stand between a year and its number: "in 2009 by 0.9%", "(2023: 2.9%)"."""
    lex = load_lexicon("context")
    binders = "|".join(re.escape(b) for b in sorted(lex["preceding_binders"], key=len, reverse=True))
    # "the 2023 peak of 30.0%": the level the base noun names is of that year
    nouns = "|".join(lex["base_year_nouns"])
    return re.compile(rf"^\s*(?:(?:{nouns})\s+of\s+)?(?:{binders})?\s*(?:about|around|nearly|almost|some|approximately|roughly)?\s*$", re.IGNORECASE)


def tied_after(sentence: str, q: Quantity, t: TimeExpression) -> bool:
    """… but not to a year that labels the number after it ("US$4.6 billion (2023: US$2.1 billion)")
    nor to a base year ("120% of the 1977 target")."""
    return (
        t.start >= q.end
        and _after_gap().match(sentence[q.end : t.start]) is not None
        and not LABEL.match(sentence, t.end)
        and not is_base(sentence, q, t)
        and not change_over(sentence, q, t)
    )


def tied_before(sentence: str, q: Quantity, t: TimeExpression) -> bool:
    return (
        t.end <= q.start
        and t.kind != "plan"
        and _before_gap().match(sentence[t.end : q.start]) is not None
        and not CHANGE_OR_SPAN_LEAD.search(sentence[max(0, t.start - 9) : t.start])
    )
