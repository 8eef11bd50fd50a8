"""Classifying a quantity into an indicator of the codebook (lexicon/indicators.yaml).

The number's unit decides which indicators are possible (a hard filter); the words around it decide
among them. A cue weighs more when it is longer (more specific) and nearer, and more again when it
is in the number's own clause, is the noun right after it ("2,000 enterprises") or names the whole
the number is a part of ("3.5% of GDP"). An indicator's score adds up its best few cues, so a
concept that needs two words ("GNP" + "per capita", "inflation" + "target") beats one that matches
only one of them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.codebook import Indicator, admits, after_works, codebook, cue_index, cues_in, fallback_for, of_counted_things, unit_kind, without_not_cues
from pipeline.countries import countries, country_mentions
from pipeline.matching import Caseless, caseless_sentence
from pipeline.lexicon import load_lexicon
from pipeline.persons import NO_NOUN_AFTER

# How far around the number the classifier reads, in characters, and how fast a cue's weight fades.
WINDOW_BEFORE, WINDOW_AFTER, FADE = 220, 80, 60.0
# Weights by place (a weak cue's own weight is codebook.WEAK_CUE): a cue one clause away (two: past ";"
# or ":"); after the number in its clause, or further; its head noun; the whole it is "of"; a whole of
# an earlier share; a target word in the number's own clause ("10 million tons, its goal").
OUTSIDE_BEFORE, AFTER, OUTSIDE_AFTER, HEAD, WHOLE, MASKED, BOUND = 0.5, 0.6, 0.2, 3.0, 1.0, 0.5, 1.5
# The previous sentence's cues, when the number's own words leave its concept open.
PREVIOUS = 0.4
RANK_DECAY = (1.0, 0.5, 0.25)  # an indicator's best cue counts fully, its second and third less
HEAD_WORDS, WHOLE_WORDS, I = 3, 5, re.IGNORECASE
# The text after the number is read up to the end of its sentence part, and up to the next number
# (not a year, nor a day of a month): that number, and the phrase introducing it ("against a target of 6%"), are another fact.
AFTER_END = re.compile(r"[;:]|\.\s")
BRACKETED_EQUIVALENT = re.compile(r"^\s*\)|^\s*\([^()]*\)")
# The patterns matched in any case are Caseless (written in lower case, matched in the lower-cased text).
NEXT_NUMBER = Caseless(
    r"(?:(?:\b(?:a|an|the|its|their)\s+)?(?:[\w’'-]+\s+){0,3}?(?:of|at|to|by)\s+)?"
    r"(?:(?:about|around|nearly|some|roughly|approximately|only|just|over|under)\s+)?"
    r"(?:[$₩€£¥]|\b[a-z]{0,2}\$|[−+-]?\b(?!1[89]\d\d\b|20\d\d\b|[0-3]?\d(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)\d|\b(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|twelve|half|a third|a quarter|a fifth|one-\w+|two-\w+|three-\w+)\b)")
# The number part of NEXT_NUMBER alone: found first, so that the costly phrase before it is only
# tried in the stretch just before the first number (the phrase is at most a few words long).
NUMBER_CORE = Caseless(NEXT_NUMBER.source[NEXT_NUMBER.source.index("(?:[$₩€£¥]"):])
PHRASE_REACH = 100
# A cue right before another number introduces it: "exceeded by 1.4%", "a target of about 7%".
LEADS = re.compile(r"\s+(?:(?:of|by|at|to|was|were|is|are)\s+)?(?:(?:about|around|nearly|some|roughly|approximately|"
                   r"only|just|over|under|more than|less than)\s+)?" + NUMBER_CORE.source, I)
# The rest of a list the number opens shares its words: ", 9% and 16% of exports" -> " of exports";
# "680 million Deutsche marks and 455 million Swiss francs by selling bonds" -> " by selling bonds".
LIST_REST = {
    # "9, 12 and 11 percent of GDP, respectively": the items after it, the unit written only on the last
    "percent": re.compile(r"^(?:\s*(?:,|,?\s*and|,?\s*or)\s*[−+-]?\d[\d.,]*(?:\s*(?:%|percent|per cent))?)+", I),
    "money": re.compile(r"^\s*,?\s*and\s+(?:[A-Z]{0,3}\$|[$€£¥₩]|[A-Z]{3}\s)?\d[\d.,]*"
                        r"(?:\s+(?:million|billion|trillion))?(?:\s+[A-Z][a-z]+){0,2}(?:\s+[a-z]+s\b)?"),
}
# A clause break: punctuation not merely separating the numbers of a list ("81.1%, 82.6% and 83%")
# nor a phrase that goes on about the same thing (", from 15 million tons to 10 million tons").
CLAUSE_BREAK = re.compile(r"[,;:—](?!\s*(?:and\s+|or\s+)?(?:[−+-]?\d|us\$|\$|(?:from|to|in|by|at)\b))", I)
# A clause restating the previous one's number ("KSh 1.2 trillion, or 40% of revenue") shares its subject.
# So does a clause drawing what the previous one implies ("…, implying growth of 12.2% a year").
RESTATEMENT = re.compile(r"\s*(?:or|which|amounting to|equivalent to|equal to|equalling|equaling|representing|constituting|i\.e\.|"
                         r"implying|which implies|which implied|meaning)\b", I)
# Words ending the noun phrase after a number (its head noun, or the whole in "N% of <whole>").
PHRASE_END = Caseless(r"[,;:()—.\d]|\b(?:in|to|from|by|at|for|with|on|that|which|who|was|were|is|are|and|or|"
                      r"had|has|have|during|between|while|but|over|than|compared|as|per|each|every)\b")
OF = re.compile(r"\s*of\s", I)
OTHER_WHOLE = Caseless(r"(?:%|percent|per cent|half|thirds?|quarters?|fifths?|portion)\s+of\s")
SHARE_WORD = Caseless(r"\b(?:share|proportion|portion|fraction)\b")
OF_EXPORTS = re.compile(r"\s*of\s+(?:its\s+|the\s+)?(?:exports|export\s+earnings|foreign[- ]exchange\s+earnings)\b", re.IGNORECASE)
SHARE_VERB = Caseless(r"\b(?:accounted for|constitut\w+|represent\w*)\b")
Hit = tuple[re.Match[str], str, float]  # a cue found, where it stands, its weight
NEAR = ("subject", "head", "whole", "after")  # places in the number's own clause
BOUND_PLACES = (*NEAR, "restated")  # where a target word is about the number
# A whole named before the number ("debt as a share of GDP was 60%"): what the number is a part of,
# not what it is about.
WHOLE_BEFORE = Caseless(r"\bas\s+(?:a\s+)?(?:share|percentage|proportion|percent|ratio)\s+of\s+(?:the\s+)?$")
# "X's share of <whole>", "their proportion of <whole>": the possessor is the part.
OWN_SHARE_OF = Caseless(r"(?:’s|'s|\btheir|\bits)\s+(?:\w+\s+)?(?:share|proportion|percentage)\s+of\s+(?:the\s+)?(?:total\s+)?(?:[\w-]+\s+){0,2}$")
WHOLE_CUE = re.compile(r"(?:shares?\s+)?of\s")
PARTNER_WORD = Caseless(r"\b(?:partners?|trading partners?)\b")
POSSESSIVE = re.compile(r"\s*(?:’s|'s|’|')(?!\w)")
SHARE_AFTER_POSSESSIVE = re.compile(r"\s*(?:’s|'s|’|')\s+share\b")


def _phrase_end(text: str, start: int, words: int) -> int:
    """Where the noun phrase starting at `start` ends: at a preposition, verb or mark, or after `words` words."""
    stop = m.start() if (m := PHRASE_END.search_at(text, start)) else len(text)
    found = list(re.finditer(r"\S+", text[start:stop]))
    return start + found[words - 1].end() if len(found) > words else stop


def _after_text(sentence: str, end: int, kind: str) -> str:
    """The words after the number that are about it: past a bracketed equivalent, up to the next number."""
    after = AFTER_END.split(sentence[end : end + WINDOW_AFTER], maxsplit=1)[0]
    after = BRACKETED_EQUIVALENT.sub("", after)  # "(US$2,260) per capita" -> " per capita"
    after = LIST_REST[kind].sub("", after) if kind in LIST_REST else after
    core = NUMBER_CORE.search_at(after)
    if core is None:
        return after
    nxt = NEXT_NUMBER.search_at(after, max(0, core.start() - PHRASE_REACH))
    return after[: nxt.start()] if nxt else after


@lru_cache(maxsize=8)  # asked twice of each number's words before it (its share, then its cues)
def _breaks(before: str) -> tuple[tuple[tuple[int, int], ...], int]:
    """The clause breaks before the number, nearest first, with how many clauses each is away (";"
    and ":" end a statement: two); and where a restated clause begins ("..., or 40% of revenue")."""
    found, restated, breaks, depth = list(CLAUSE_BREAK.finditer(before)), 0, [], 0
    if found and RESTATEMENT.match(before, found[-1].end()):
        restated = found.pop().start()
    for m in reversed(found):
        depth += 2 if m.group() in ";:" else 1
        breaks.append((m.end(), depth))
    return tuple(breaks), restated


def _hits(before: str, after: str, share: bool) -> list[Hit]:
    """Each cue near the number, its place ("subject": its own clause; "restated": the clause it restates;
    "head": the phrase right after it; "whole": what a share is "of"; "before", "after", "far") and weight."""
    (breaks, restated), hits = _breaks(before), []
    # the wholes of earlier shares are theirs ("3.7% [of total state spending], but ... 19%")
    masked = [(m.end(), _phrase_end(before, m.end(), WHOLE_WORDS)) for m in OTHER_WHOLE.finditer_at(before)]
    for m in cues_in(before):
        depth = next((d for at, d in reversed(breaks) if m.start() < at), 0)
        in_masked = any(a <= m.start() < b for a, b in masked)
        place = "before" if depth else _place_before(before, m, restated, in_masked)
        factor = OUTSIDE_BEFORE ** min(depth, 2) * (MASKED if in_masked else 1.0)
        hits.append((m, place, factor / (1 + (len(before) - m.end()) / FADE)))
    of, first_break = OF.match(after), next((m.start() for m in CLAUSE_BREAK.finditer(after)), len(after))
    phrase_end = _phrase_end(after, of.end() if of else 0, WHOLE_WORDS if of else HEAD_WORDS)
    for m in cues_in(after):
        if m.end() <= phrase_end:
            place, factor = ("whole" if share else "head", WHOLE) if of else ("head", HEAD)
        else:
            place, factor = ("after", AFTER) if m.start() < first_break else ("far", OUTSIDE_AFTER)
        hits.append((m, place, factor / (1 + m.start() / FADE)))
    return hits


def _leads(before: str, m: re.Match[str]) -> bool:
    """Whether a cue before the number introduces another number ("exceeded by 1.4%", "a target of 7%")."""
    return LEADS.match(before, m.end()) is not None


def _place_before(before: str, m: re.Match[str], restated: int, masked: bool) -> str:
    """Where a cue in the number's own clause, before it, stands: the whole of an earlier share
    ("masked"), the whole this number is a part of ("whole": "debt as a share of GDP was 60%",
    "its share of GDP"), in the clause it restates, or its subject."""
    if WHOLE_CUE.match(m.group()) or _whole_named_before(before, m.start()):
        return "whole"
    if masked:
        return "masked"
    return "restated" if m.start() < restated else "subject"


def _whole_named_before(before: str, at: int) -> bool:
    """Whether WHOLE_BEFORE or OWN_SHARE_OF ends at `at` ("as a share of", "its share of total").
    Each is searched through all the words before the cue, for most cues in vain: a test of the
    lower-cased text first says when it cannot end there (WHOLE_BEFORE ends with "of" or "the" and
    white space; OWN_SHARE_OF holds one of the words each of its matches holds)."""
    lowered = caseless_sentence(before)
    if lowered is None:  # text lower-casing cannot match (see caseless): search it as it is
        return bool(WHOLE_BEFORE.search_at(before, 0, at) or OWN_SHARE_OF.search_at(before, 0, at))
    head = lowered[:at]
    ends_in_of = head[-1:].isspace() and head.rstrip().endswith(("of", "the"))
    if ends_in_of and WHOLE_BEFORE.search_at(before, 0, at):
        return True
    return any(word in head for word in OWN_SHARE_OF_NEEDS) and OWN_SHARE_OF.search_at(before, 0, at) is not None


OWN_SHARE_OF_NEEDS = OWN_SHARE_OF.needs or ("",)  # ("" is in every text: no test, were there no such words)


def for_rule(rule: str) -> str:
    """The indicator a shape of quantity names by itself (lexicon: rule_indicators), else ""."""
    return load_lexicon("indicators").get("rule_indicators", {}).get(rule, "")


def classify(sentence: str, start: int, end: int, unit: str, previous: str = "") -> str:
    """The indicator whose cues best explain the words around the number, among those admitting its
    unit; `previous` is the sentence before it in its paragraph, read when the number's own words
    leave the concept open."""
    book = codebook()
    sentence, previous = without_not_cues(sentence), without_not_cues(previous)
    found, share = _candidates(sentence, start, end, unit)
    if previous and _open(found, sentence, end, unit, previous.endswith((":", "–", "—"))):
        borrowed = _previous_hits(previous, unit, share)
        # the previous sentence decides among the number's own candidates, or names its topic when
        # the number has none and its sentence refers back to it
        borrowed = {p: h for p, h in borrowed.items() if p in found} if found else borrowed
        found = _longest(_merge(found, borrowed))
    # "a sector's share of GDP" needs a sector: "… or 51.4% of GDP; … to peak at 53.2% of GDP" is not one
    found = {p: h for p, h in found.items() if book[p].needs is None
             or book[p].needs.search(sentence) or (previous and book[p].needs.search(previous))}
    if not found:
        # a unit that means one concept ("kWh per capita", "tonnes per hectare") names it, or a cue
        # in the mention itself ("100 to 150 basis points"); else a fallback
        mention = sentence[start:end].lower()
        return next((i.code for i in book if unit in i.default_units),
                    next((i.code for i in book if admits(i, unit) and not i.fallback
                          and any(cue in mention for cue, _ in i.cues if " " in cue)),
                         fallback_for("count") if of_counted_things(sentence, end, unit) else fallback_for(unit)))
    scores = {p: _score(hits) for p, hits in found.items()}  # an indicator's best cues, summed with decay
    top = max(scores.values())
    return book[min(p for p, s in scores.items() if s == top)].code  # on a tie the earlier entry


# "Public debt: about 164% of GDP (end-2023)", "– Budget deficit: 1.8% of GDP": a fact sheet's label
LABEL = re.compile(r"\s*[–•*·-]?\s*[A-Z][^:;.\d]{1,60}?(?=:\s)")


def _unlabelled(sentence: str, start: int) -> str:
    """The sentence with the colon after a line's label read as a space: the label names what the
    number after it is, as the subject of a sentence does."""
    m = LABEL.match(sentence)
    if m is None or m.end() >= start or CLAUSE_BREAK.search(sentence, m.end() + 1, start):
        return sentence  # only the label's own clause: not "…: GHS 1.02 trillion, or GHS 29,800 per capita"
    return sentence[: m.end()] + " " + sentence[m.end() + 1 :]


# a counted word that owns something else, which is what is counted: "12 pilots' unions"
OWNED_OR_PART_AFTER = re.compile(r"['’](?:s\b|\s)")
PER_AFTER = re.compile(r"\s+per\s")  # "20 mills per litre", "3 beds per 1,000": a rate, no things counted


def _candidates(sentence: str, start: int, end: int, unit: str) -> tuple[dict[int, list[Hit]], bool]:
    """The indicators the number's own sentence points to, each with its cues, places and weights."""
    before = _unlabelled(sentence, start)[max(0, start - WINDOW_BEFORE) : start]
    after = _after_text(sentence, end, unit_kind(unit))
    share = _is_share(before, after, unit)
    # the sentence is about shares when it says so anywhere ("... accounted for 50% of trade, but
    # by 2014 this figure was 90%")
    about_shares = share or SHARE_VERB.found_in(before) or SHARE_WORD.found_in(before)
    partner = _names_partner(before, after)
    book, (_, owners) = codebook(), cue_index()
    found: dict[int, list[Hit]] = {}
    hits = _hits(before, after, share)
    # a cue past a later clause break is about that clause, when the number's own has cues
    own_clause = any(place in BOUND_PLACES for _, place, _ in hits)
    for m, place, factor in hits:
        if place == "far" and own_clause or m.group().startswith("/") and (
                place in ("after", "far") or place != "head" and re.search(r"\d", before[max(0, m.start() - 8) : m.start()])):
            continue  # ("/kWh" prices only the figure it is written against: not "… R0.90/kWh, and … 21% of the power")
        for position, strength in owners[m.group()]:
            ind, weak = book[position], m.group() in book[position].weak
            if not _may_explain(ind, unit, share, about_shares, partner):
                continue
            # a generic word outside the number's own clause and phrase, a target word in another
            # clause or leading another number ("exceeded by 1.4%, a 4.6% increase"): about something else
            if (weak and place in ("after", "far")) or (
                ind.clause_bound and not weak and (place not in BOUND_PLACES or _leads(before, m))
            ):
                continue
            # a count's share is a share of the things counted ("78% of enterprises"), never of
            # something they make or own ("enterprises produced 91% of output")
            if ind.whole_only and share and place not in ("whole", "head"):
                continue
            if m.group() in ind.counted and (unit_kind(unit) not in ("count", "persons") or place != "head" and not NO_NOUN_AFTER.match(after)
                                             or OWNED_OR_PART_AFTER.match(m.string, m.end()) or PER_AFTER.match(m.string, m.end())):
                continue  # a word for things that names them only counted: not "Shops reported footfall down 4%", "Shops sold 42 million bottles",
                # "12 pilots' unions", "20 mills per litre"
            if m.group() in ind.percent_cues and (unit_kind(unit) not in ("percent", "ratio") or OF_EXPORTS.match(after)) or (
                    m.group() in ind.money_cues and unit_kind(unit) != "money" and not OF_EXPORTS.match(after)):
                continue  # (not "the debt equalled 182% of exports": a ratio of what is owed abroad)
            if m.group() in ind.works_cues and (unit_kind(unit) != "money" or place in ("head", "after", "far") or not after_works(before, m.start())):
                continue  # "the railway, opened in 2021 at a cost of $6 billion"; not "generators hired at a cost of A$180 million"
            weight = factor * strength * (BOUND if ind.clause_bound and not weak else 1.0)
            found.setdefault(position, []).append((m, "weak" if weak else place, weight))
    found = _longest(found)
    # "N% of <whole>" is the share of whatever its clause is about, when that is named ("defence
    # spending accounted for 3.7% of total spending"); the whole decides only when nothing is.
    if share:
        found = {p: h for p, h in found.items() if any(pl in ("subject", "restated") for _, pl, _ in h)} or found
    return found, share


def _may_explain(ind: Indicator, unit: str, share: bool, about_shares: bool, partner: bool) -> bool:
    """Whether the indicator can hold this number at all: its unit, and whether it is a share."""
    if not admits(ind, unit) or (ind.not_share and share) or (ind.share_only and not about_shares):
        return False
    return partner or not ind.needs_partner


def _is_share(before: str, after: str, unit: str) -> bool:
    """"N% of <whole>", "this share ... N%", or the second level of a share's change ("from 88% of
    GDP in 2021 to 108%"): a share, not a change."""
    if unit_kind(unit) not in ("percent", "ratio"):
        return False
    clause = next((at for at, _ in _breaks(before)[0]), 0)
    return bool(OF.match(after) or SHARE_WORD.search_at(before, clause) or OTHER_WHOLE.search_at(before, clause))


def _names_partner(before: str, after: str) -> bool:
    """Whether a trading partner is named near the number: a country not in the possessive (the
    reporter: "North Korea's exports") or the word partner."""
    text = before + after
    if PARTNER_WORD.found_in(text):
        return True
    # "China's share of trade": a country's share of another's trade names it as the partner
    return any(not POSSESSIVE.match(text, b) or SHARE_AFTER_POSSESSIVE.match(text, b) for _, b, _ in country_mentions(text))


def _open(found: dict[int, list[Hit]], sentence: str, end: int, unit: str, labelled: bool = False) -> bool:
    """Whether the number's own words leave its concept open: only generic cues, a tie ("a per
    capita income of $1,038": of GDP, GNP or GNI?), or no cue in a sentence that refers back to the
    previous one's topic ("this figure fell to 712 kWh") or in a line under a fact sheet's label
    ("Real GDP growth rate:" then "3% (2023 est.)"); a count with a head noun of its own ("three key
    sectors") is about that noun."""
    if not found:
        counted = unit_kind(unit) in ("count", "persons") and re.match(r"\s*[a-z]", sentence[end:])
        return not counted and (labelled or _topic_anaphora().search(sentence) is not None)
    by_indicator = {p: _score(h) for p, h in found.items()}
    scores = sorted(by_indicator.values(), reverse=True)
    best = max(found, key=by_indicator.__getitem__)
    return all(place == "weak" for _, place, _ in found[best]) or (len(scores) > 1 and scores[0] == scores[1])


@lru_cache(maxsize=1)
def _topic_anaphora() -> re.Pattern[str]:
    words = load_lexicon("indicators").get("topic_anaphora", [])
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", I)


def _previous_hits(previous: str, unit: str, share: bool) -> dict[int, list[Hit]]:
    """The previous sentence's cues, weighed down: it names the topic this sentence goes on about
    ("Coal production peaked in 1985. Production then fell to 18.6 million tons")."""
    book, (_, owners) = codebook(), cue_index()
    result: dict[int, list[Hit]] = {}
    # the wholes of its shares are not its topic ("defence spending was 12% of state expenditure")
    masked = [(w.end(), _phrase_end(previous, w.end(), WHOLE_WORDS)) for w in OTHER_WHOLE.finditer_at(previous)]
    for m in cues_in(previous):
        if any(a <= m.start() < b for a, b in masked):
            continue
        for position, strength in owners[m.group()]:
            ind = book[position]
            if ind.clause_bound or not _may_explain(ind, unit, share, True, True) or m.group() in ind.counted or m.group().startswith("/"):
                continue  # a target is stated in its own clause; a partner in the number's own sentence; a count's things with it
            weight = PREVIOUS * strength / (1 + (len(previous) - m.end()) / (4 * FADE))
            result.setdefault(position, []).append((m, "previous", weight))
    return result


def _merge(*parts: dict[int, list[Hit]]) -> dict[int, list[Hit]]:
    merged: dict[int, list[Hit]] = {}
    for part in parts:
        for position, hits in part.items():
            merged.setdefault(position, []).extend(hits)
    return merged


def _longest(found: dict[int, list[Hit]]) -> dict[int, list[Hit]]:
    """Drop a cue inside a longer cue found for the same number: it is part of that one ("spending"
    in "defense spending" is not budget spending, "gdp" in "gdp growth" is not a share of GDP)."""
    def span(m: re.Match[str]) -> tuple[int, int, int]:
        return id(m.string), m.start(), m.end()

    spans = {span(m) for hits in found.values() for m, _, _ in hits}
    inner = {s for s in spans if any(t != s and t[0] == s[0] and t[1] <= s[1] and s[2] <= t[2] for t in spans)}
    kept = {p: [h for h in hits if span(h[0]) not in inner] for p, hits in found.items()}
    return {p: hits for p, hits in kept.items() if hits}


def _score(hits: list[Hit]) -> float:
    weights: dict[str, float] = {}  # each cue once, at its greatest weight
    for m, _, w in hits:
        cue = m.group()
        if cue not in weights or w > weights[cue]:
            weights[cue] = w
    return sum(w * d for w, d in zip(sorted(weights.values(), reverse=True), RANK_DECAY))


# A flow between the country and one partner, as a percentage that is not a change of it ("followed
# by South Africa with 17%", "of which 98.3% was with China"): the partner's share of that trade.
PARTNER_FLOWS = ("exports", "imports", "trade_total")


@lru_cache(maxsize=1)
def _change_before() -> Caseless:
    words = "|".join(re.escape(w) for w in load_lexicon("context")["change_words"])
    return Caseless(rf"\b(?:{words})\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$")


def partner_share(indicator: str, unit: str, subject: str, sentence: str, start: int, home: str = "") -> str:
    """The indicator of a percentage of a flow whose subject is a pair of countries, or a country other
    than the document's ("China accounted for 97% of it"): the partner's share, unless the words before
    it make it a change ("exports to China rose 12%")."""
    foreign = bool(home) and subject != home and any(c.name == subject for c in countries()) \
        and not re.search(rf"\b{re.escape(subject)}[’']s\b", sentence)  # "a levy on Iraq's oil export revenue": its own
    if indicator not in PARTNER_FLOWS or unit != "percent" or ("-" not in subject and not foreign):
        return indicator
    if any(FLOW_TO.search(sentence, max(0, at - 12), at) for at, _, _ in country_mentions(sentence)):
        return indicator  # "coal shipments to China constituted about 40% of exports": a good's share
    return indicator if _change_before().search_at(sentence, max(0, start - 40), start) else "trade_partner_share"


FLOW_TO = re.compile(r"\b(?:to|from)\s+(?:the\s+)?$")
