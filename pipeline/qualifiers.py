"""How exactly a quantity is stated: "about", "more than", "at least", "or so", a range, and "No bank was
allotted more than …" (at most); and a ratio stated as a multiple ("a bid-to-cover ratio of 2.19")."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.context import clause_bounds
from pipeline.grammar import Quantity
from pipeline.lexicon import load_lexicon
from pipeline.matching import Caseless


@lru_cache(maxsize=1)
def _qualifier_pattern() -> tuple[Caseless, dict[str, str]]:
    words = {w.lower(): code for w, code in load_lexicon("quantities")["qualifiers"].items()}
    ordered = sorted(words, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in ordered)
    connectors = r"(?:of|at|to|every|(?:the\s+)?equivalent\s+(?:to|of)|equal\s+to|estimated\s+at)\s+"  # ("exceeding the equivalent of US$35")
    return Caseless(rf"(?:^|[^\w])(?P<q>{alternation})\s*(?P<connector>{connectors})?$"), words  # [^\w]: \W in lower case


@lru_cache(maxsize=1)
def _rough_words() -> frozenset[str]:
    return frozenset(load_lexicon("quantities")["approximate_number_words"])


PARTICLES = frozenset(("over", "under", "up", "down"))  # of a phrasal verb when a preposition follows them
AFTER_QUALIFIERS = ((re.compile(r"^\s+or\s+(?:more|above|higher)\b"), "at_least"),
                    (re.compile(r"^\s+or\s+(?:less|fewer|below|lower)\b"), "at_most"),
                    (re.compile(r"^\s+or\s+so\b"), "approximately"))


# a clause opening on "No …", "None of …", "Not one …": "more than" after it states a most, "fewer than" a least
NO_ONE_OPENS = re.compile(r"\s*(?:No|None\s+of|Not\s+one|Not\s+a\s+single)\s+(?!doubt\b|longer\b|sooner\b)", re.IGNORECASE)
NEGATED = {"more_than": "at_most", "less_than": "at_least"}
# a few words between "No" and the qualifier, none opening a clause of its own ("No wonder exports rose …",
# "None of this changes the fact that …")
NEGATED_SUBJECT = re.compile(r"(?:(?!(?:that|although|though|wonder|matter|doubt|this|it)\b)[\w-]+\s+){1,5}(?:[^\w\s]\s*)?\s*")
SPELL_UNITS = frozenset(("years", "months", "weeks", "days"))
# "for well over two years", "adults over 40 years (of age)": more than the time, not a spell across it
LONGER_THAN = re.compile(r"\b(?:for|lasted|lasting|took|after|in|within|of|aged?|adults|people|persons|children|those|workers)\s+(?:well\s+|just\s+)?$",
                         re.IGNORECASE)


@lru_cache(maxsize=1)
def _multiple_ratio() -> re.Pattern[str]:
    names = "|".join(re.escape(w) for w in sorted(load_lexicon("quantities")["multiple_ratios"], key=len, reverse=True))
    # "a bid-to-cover ratio of 2.19", "Bid-to-cover ratio(1)  2.19", "the cover ratio was 1.9"
    return re.compile(rf"\b(?:{names})(?:\(\d\))?(?:\s+(?:of|was|is|stood\s+at|at|rose\s+to|fell\s+to))?[\s:]+$", re.IGNORECASE)


def names_a_multiple(text: str, start: int) -> bool:
    """Whether a bare number is the value of a ratio stated as a multiple (lexicon: multiple_ratios), so
    many times over: "a bid-to-cover ratio of 2.19"."""
    return _multiple_ratio().search(text, max(0, start - 60), start) is not None


COLUMN_GAP = re.compile(r"\t| {4,}")  # (not the blanks of Markdown's "**": "about **9%**")


ODD_SUFFIX = re.compile(r"[a-z][-‑](?:odd|something)\b", re.IGNORECASE)


def qualifier(sentence: str, q: Quantity) -> str:
    if q.value_high is not None:
        return "range"
    if q.rule == "vague_plural" or ODD_SUFFIX.search(sentence, q.start, q.end):
        return "more_than"  # "thousands of" is more than a thousand; "seventy-odd", "twenty-something" more than it
    if sentence[q.start : q.start + 2].lower() == "a " and " ".join(sentence[q.start : q.end].lower().split()[:3]) in _rough_words():
        return "approximately"  # "a couple of billion dollars"
    pattern, words = _qualifier_pattern()
    window = max(0, q.start - 30)
    m = pattern.search_in(sentence, window, q.start)  # (a match of the window's slice)
    if m and COLUMN_GAP.search(sentence, window + m.end("q"), q.start):
        m = None  # "Standard grade   48 lbs and above      2,600": the row's class, across a column gap, not the figure's
    if m and not (m.group("connector") and m.group("q").lower() in PARTICLES):  # "the peg was carried over at 655.957"
        if m.group("q").lower() == "over" and q.unit in SPELL_UNITS and not LONGER_THAN.search(sentence, 0, window + m.start("q")):
            return "exact"  # "to be repaid over 20 years", "US$7 billion over 37 months": the time it is spread across
        code = words[m.group("q").lower()]
        if code in NEGATED and (no_one := NO_ONE_OPENS.match(sentence, clause_bounds(sentence, q)[0])) \
                and NEGATED_SUBJECT.fullmatch(sentence, no_one.end(), window + m.start("q")):
            return NEGATED[code]  # "No bank was allotted more than US$9 million": at most that
        return code
    for pattern, code in AFTER_QUALIFIERS:
        if pattern.match(sentence[q.end : q.end + 20]):
            return code
    if LIMIT_BEFORE.search(sentence, window, q.start):
        return "at_most"  # "a ceiling of 5%", "capped at US$2 billion": the most allowed
    return "exact"


# a limit's level: "the ceiling of 5%", "a price cap of US$60", "capped at KSh 72,000", "out of a maximum of ten",
# "bids, limited to Rs 2 million per bidder" (not a company's size, "a market cap of $5 billion"; nor what was reached:
# "inflation reached a maximum of 8.3%", "losses were limited to KSh 2 billion")
LIMIT_BEFORE = re.compile(r"(?:(?<!market )\b(?:ceiling|cap|limit)\s+of|\bcapped\s+at"
                          r"|(?<!\breached a )(?<!\bhit a )(?<!\btouched a )(?<!\brecorded a )\bmaximum\s+of"
                          r"|(?<!\bwas )(?<!\bwere )(?<!\bbeen )\blimited\s+to)\s+$", re.IGNORECASE)
