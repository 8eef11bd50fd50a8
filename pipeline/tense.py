"""How a sentence places itself in time by its verbs and time words: it states how things are (the
present), tells of the past, speaks of what is to come, or of "now"."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicon import load_lexicon
from pipeline.matching import WordList


def in_present_tense(sentence: str) -> bool:
    """Whether a sentence (or clause) states how things are ("The sector employs about 290,000
    people"), with no verb that tells of the past: it does not go on in its paragraph's time."""
    words = LOWER_WORD.findall(sentence.lower())
    present_verbs, past_markers = _tense_words()
    if present_verbs.isdisjoint(words) and present_verbs.isdisjoint(map(" ".join, zip(words, words[1:]))):
        return False  # no verb of the present: whether one tells of the past does not matter
    # an "-ed" word tells of the past, unless it is part of a compound ("state-owned") or follows
    # a present "is"/"are" or an article ("is estimated at", "an estimated US$400 million")
    return not tells_of_past(sentence)


def tells_of_past(sentence: str) -> bool:
    """Whether a sentence has a verb of the past ("bought", "went", "rose", "was cut")."""
    words = LOWER_WORD.findall(sentence.lower())
    _, past_markers = _tense_words()
    return not past_markers.isdisjoint(words) or any(
        w.endswith("ed") and "-" not in w and (i == 0 or words[i - 1] not in _NOT_PAST_BEFORE) for i, w in enumerate(words))


LOWER_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_NOT_PAST_BEFORE = frozenset(("is", "are", "be", "being", "a", "an", "the", "value"))  # ("gross value added")


@lru_cache(maxsize=1)  # asked of most sentences: built once
def _tense_words() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs that state how things are, and words that tell of the past (lexicon/context.yaml)."""
    lex = load_lexicon("context")
    return frozenset(lex["present_tense_verbs"]), frozenset(lex["past_tense_markers"])


def takes_paragraph_period(sentence: str) -> bool:
    """A sentence about the present ("now", "currently", "the latest survey") does not continue the
    period of its paragraph: its numbers have no stated time."""
    return _cues("present_time_cues").search(sentence) is None


def reports_market_day(sentence: str) -> bool:
    """Whether a sentence reports a market's move of the day it is written ("closed at", "on the day"), or
    what a notice did that day ("The Bank today conducted an auction")."""
    return _cues("market_day_cues").search(sentence) is not None or _notice_day().search(sentence) is not None


@lru_cache(maxsize=1)
def _notice_day() -> re.Pattern[str]:
    return re.compile(load_lexicon("context")["notice_day_pattern"], re.IGNORECASE)


def speaks_of_future(sentence: str) -> bool:
    """Whether a sentence speaks of what is to come ("will", "expects", "is due")."""
    return _cues("future_cues").search(sentence) is not None


@lru_cache(maxsize=None)
def _cues(key: str) -> WordList:
    return WordList(load_lexicon("context")[key])


OTHER_SPAN = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+months\s+(?:to|ended|ending|through)\b"
                        r"|\bfull[- ]year\b|\byear[- ]to[- ]date\b", re.IGNORECASE)
NEXT_PERIOD = re.compile(r"\b(?:quarter|year|month|half|period)\s+ahead\b|\b(?:next|coming)\s+(?:quarter|year|month|half|period)\b", re.IGNORECASE)


def names_next_period(sentence: str) -> bool:
    """Whether a sentence speaks of the period after the one a report covers ("in the quarter ahead",
    "next year") or of a longer one ("for the nine months to September", "full-year guidance"): its figures
    are not of the report's period."""
    return NEXT_PERIOD.search(sentence) is not None or OTHER_SPAN.search(sentence) is not None
