"""The sign of a rate of change: a stated decline ("contracted by 4.3%", "a fall in output of about 5.5%", "…, or by
7%") is negative; a level ("fell to 3%", "27.5% below the indigence line") never is."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.grammar import Quantity
from pipeline.lexicon import load_lexicon
from pipeline.matching import Caseless, led_by_first_characters

RATE_UNITS = frozenset({"percent", "percentage_points", "ratio", "points"})  # (an index's points: "lost 43 points")


@lru_cache(maxsize=1)
def _decline_patterns() -> tuple[Caseless, Caseless]:
    cues = "|".join(sorted(load_lexicon("quantities")["decline_cues"], key=len, reverse=True))
    quals = "|".join(re.escape(w) for w in sorted(load_lexicon("quantities")["qualifiers"], key=len, reverse=True))
    fillers = "|".join(re.escape(w) for w in load_lexicon("quantities")["decline_fillers"])
    nouns = "|".join(re.escape(w) for w in load_lexicon("quantities")["decline_nouns"])
    before = Caseless(
        # "fell by 5%", "a decline of 5%", "put the fall at around 11 percent", "the contraction at between …"
        rf"\b(?:{cues})(?:\s+(?:economic\s+)?growth(?:\s+rate)?)?(?:\s+(?:in|during)\s+(?:[A-Z][a-z]+\s+)?\d{{4}})?,?\s+(?:by\s+|of\s+|at\s+)?"
        rf"(?:an?\s+)?(?:(?:{fillers})\s+)?(?:(?:{quals})\s+)?(?:between\s+|(?:anything|anywhere|somewhere)\s+from\s+)?$"
        # "cut its policy rate by 50 basis points", "cut the rate six times, by a cumulative 1,100 basis
        # points": what was cut, and how often, may stand between verb and "by"
        rf"|\b(?:{cues})(?:\s+[\w’'–()-]+){{1,10}},?\s+by\s+(?:an?\s+)?(?:(?:{fillers})\s+)?(?:(?:{quals})\s+)?$"
        # "a fall in output of about 5.5%": what fell between the noun and its "of"
        rf"|\b(?:{cues})\s+in\s+(?:[\w’'-]+\s+){{1,3}}?of\s+(?:an?\s+)?(?:(?:{quals})\s+)?$"
        # "the nominal haircut on principal is 37 per cent", "the cut in the rate was 50 basis points": a noun
        # of decline, what it is of, and a verb of being (the noun heading its phrase: not "the probability of a cut
        # in June is 60 percent", "the share of the decline in reserves was 40 percent", "the tax rate on cuts …")
        rf"|(?<!\bof\s)(?<!\bof\sa\s)(?<!\bof\sthe\s)(?<!\bto\sthe\s)(?<!\bon\sthe\s)(?<!\bfor\sthe\s)(?<!\bon\s)(?<!\bfor\s)"
        rf"\b(?:{nouns})\s+(?:on|in|of)\s+(?:[\w’'-]+\s+){{1,3}}?(?:is|was|are|were|will\s+be|would\s+be|came\s+to|amounted\s+to|stood\s+at)"
        rf"\s+(?:an?\s+)?(?:(?:{quals})\s+)?$"
    )
    after_only = "|".join(load_lexicon("quantities")["decline_cues_after"])
    # (not a share of people below a line: "27.5% below the indigence line")
    after = Caseless(rf"^[\s-]*(?:{cues}|{after_only})\b(?!\s+the\s+(?:[\w-]+\s+){{0,2}}(?:line|threshold)s?\b)")
    return before, after


def is_decline(sentence: str, q: Quantity) -> bool:
    if q.negative or MINUS_WORD.search(sentence, max(0, q.start - 12), q.start):
        return True  # "−2.5%", and "minus 2.5 per cent", "minus twenty" said in words
    if q.unit not in RATE_UNITS or q.joined_by:
        return False
    if LEVEL_REACHED.search(sentence, max(0, q.start - 40), q.start):
        return False  # "fell below 10%", "puts growth slightly lower, at 62.3%": the level it came to
    before, after = _decline_patterns()
    if before.search_in(sentence, max(0, q.start - 60), q.start) or after.match_in(sentence, q.end, q.end + 25):
        return True
    # "… fell from LVL 479 in 2008 to LVL 445 in 2010, or by 7%", "reduced the wage by 22%, …, and by 32% for …":
    # the same fall again, restated or continued
    again = AGAIN_BY.search(sentence, max(0, q.start - 60), q.start)
    if again is None or _change_words().search(again.group("gap").lower()):
        return False  # (not "…, and exports grew by 3%": a change of its own)
    start = max(0, again.start() - 90)
    start = max([start] + [m.end() for m in OTHER_CLAUSE.finditer(sentence, start, again.start())])
    changes = [m for m in _change_words().finditer(sentence.lower(), start, again.start())]
    return bool(changes) and changes[-1].group() not in load_lexicon("quantities")["rise_cues"]  # the nearest change before is a fall


# "minus" right before the number (not a band, "plus or minus 2", nor a difference, "10 minus 3")
MINUS_WORD = led_by_first_characters(r"(?<!\bor )(?<![\d%] )\b[Mm]inus\s+$")
# (or the fall of another thing, its verb left out: "the surplus fell by 1.1%, …, and the net result by 20.1%")
AGAIN_BY = re.compile(r",\s+(?:or|and)\s+(?P<gap>(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?)by\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$")
OTHER_CLAUSE = re.compile(r";|,\s+(?:but|while|whereas|although|though)\b")


@lru_cache(maxsize=1)
def _change_words() -> re.Pattern[str]:
    """Words of decline or of rise, the nearest of which gives a restated change ("…, or by 7%") its sign."""
    lexicon = load_lexicon("quantities")
    words = sorted(set(lexicon["decline_cues"]) | set(lexicon["rise_cues"]), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


LEVEL_REACHED = re.compile(r"\b(?:fell|dropped|declined|slipped|sank|slid|falling|dropping)\s+(?:to\s+)?(?:below|under)\s+(?:\w+\s+)?$"
                           r"|\b(?:lower|smaller|less),\s+at\s+(?:\w+\s+)?$", re.IGNORECASE)


# -- signs of a table's cells --

# a level that may fall below zero ("Consumer confidence  -8.4", a survey's balance of replies), unless
# it is a deficit ("Current account balance (% of GDP)  -2.3": a deficit of 2.3)
SIGNED_LEVEL_UNITS = ("percent", "percentage_points", "points", "count")
DEFICITS = ("budget_balance", "trade_balance")
DEFICIT_ROW = re.compile(r"\b(?:balance|deficit|surplus|current\s+account|position|(?:primary|fiscal|overall)\s+result"
                         r"|net\s+(?:lending|borrowing|exports|imports|trade|transfers|income|flows?))\b", re.IGNORECASE)


def signed_cell(value: str, mention: str, bracketed: bool, changes: bool, unit: str, deficit: bool, printed: bool = False) -> str:
    """A change's cell keeps its own sign ("(2.8)" as accountants write a fall); a level's only when
    written and no deficit: a deficit's "-0.8" or "(2.8)" is 0.8 and 2.8, as levels of money are, unless
    the document says it prints its outgoings negative ("Staff  −88,400" under "expenditure is printed negative")."""
    written = mention.lstrip()[:1] in "-−–"
    if changes:
        return f"-{value.removeprefix('-')}" if written or bracketed else value.removeprefix("-")
    if written and (unit in SIGNED_LEVEL_UNITS or printed) and not deficit:
        return f"-{value.removeprefix('-')}"
    return value.removeprefix("-")


def prints_outgoings_negative(text: str) -> bool:
    """Whether a document notes that it prints its costs negative: "Note: expenditure is printed negative", "costs are
    shown as negative figures"."""
    return PRINTED_NEGATIVE.search(text) is not None


PRINTED_NEGATIVE = re.compile(r"\b(?:costs?|expenditures?|expenses?|outgoings|outflows?|payments|deductions|losses)\s+(?:is|are)\s+"
                              r"(?:printed|shown|presented|given|written|entered)\s+(?:as\s+)?(?:negative|with\s+a\s+minus)", re.IGNORECASE)


def is_deficit(label: str, indicator: str) -> bool:
    """Whether a table's row is a balance whose negative levels are deficits, by its indicator or its label."""
    return indicator in DEFICITS or DEFICIT_ROW.search(label) is not None
