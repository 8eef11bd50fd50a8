"""Numbers and times that date nothing around them: a standing attribute ("a capacity of about
580,000 tonnes"), the year a body was founded, and which numbers of a news story are its events."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.context import clause_bounds
from pipeline.grammar import Quantity
from pipeline.lexicon import load_lexicon
from pipeline.periods import TimeExpression
from pipeline.tense import tells_of_past


# "the National Federation of Coffee Growers, which was founded in 1927": when a body began, no
# time of the figures around it
FOUNDED_BEFORE = re.compile(r"\b(?:founded|established|set\s+up|incorporated|chartered)(?:\s+(?:by|under)\s+[^.;,]{1,40}?)?\s+(?:in|on)\s+$",
                            re.IGNORECASE)  # (also "Incorporated by Royal Charter in 1860")
# "a new bond due 2037", "a US$500 million bond maturing in 2038": when a bond is repaid, no time of
# its own figures either
MATURING_BEFORE = re.compile(r"\b(?:due|(?:maturing|matures|maturity)(?:\s+(?:in|on))?)\s+$")  # also "maturing on 19 September 2030"


def founding_time(sentence: str, t: TimeExpression) -> bool:
    return FOUNDED_BEFORE.search(sentence, max(0, t.start - 60), t.start) is not None or maturity_time(sentence, t)


def maturity_time(sentence: str, t: TimeExpression) -> bool:
    return MATURING_BEFORE.search(sentence, max(0, t.start - 20), t.start) is not None


def standing(sentence: str, q: Quantity) -> bool:
    """'a capacity of about 580,000 tonnes', '2,075 MW of capacity': a standing attribute."""
    before, after = _standing_cues()
    return before.search(sentence, max(0, q.start - 40), q.start) is not None or after.match(sentence, q.end) is not None


@lru_cache(maxsize=1)
def _standing_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = load_lexicon("context")
    words = lambda key: "|".join(re.escape(w) for w in sorted(lex[key], key=len, reverse=True))  # noqa: E731
    return (re.compile(rf"\b(?:{words('standing_before')})\s+$", re.IGNORECASE),
            re.compile(rf"\s+(?:{words('standing_after')})(?![\w-])", re.IGNORECASE))  # (not "long-term")


QUOTED = re.compile(r"[“\"][^”\"]*$")  # an open quotation before a position


def tells_of_story(sentence: str, q: Quantity) -> bool:
    """Whether a number of a news story's later paragraph is an event of the story's period: told in
    the past in its own clause, neither a standing fact ("with more than 220 million people", "which
    makes up just over half of the basket") nor a quotation."""
    start, end = clause_bounds(sentence, q)
    return not standing(sentence, q) and tells_of_past(sentence[start:end]) and not QUOTED.search(sentence, 0, q.start)
