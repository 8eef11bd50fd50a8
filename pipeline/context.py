"""Attaching context to quantities: qualifier, sign, period, subject, source and currency.

Works sentence by sentence through a document, carrying the period and the source of a report
to the sentences that continue it ("That year…", "These figures…").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from pipeline.grammar import Quantity
from pipeline.matching import Caseless, WordList, trie_pattern, words_at_starts
from pipeline.lexicon import load_lexicon

RATE_UNITS = frozenset({"percent", "percentage_points", "ratio"})
CAPWORD = r"[A-Z][\w’'.&-]*"


@dataclass(frozen=True)
class Country:
    name: str
    currency: str
    # names and adjectives; left out of equality and hash: a country is one by its name, and hashing
    # a compiled pattern hashes its code (a country is a key of per-sentence caches)
    pattern: re.Pattern[str] = field(compare=False)


def _names_pattern(words: list[str]) -> str:
    # "US" must not match "US$": a currency prefix is not a country mention
    return words_at_starts(words, r"[\w-]") + r"(?![\w$-])"


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    result = []
    for entry in load_lexicon("places")["countries"]:
        words = entry["aliases"] + entry.get("adjectives", [])
        result.append(Country(entry["name"], entry.get("currency", ""), re.compile(_names_pattern(words))))
    return tuple(result)


@lru_cache(maxsize=1)
def _any_country() -> tuple[re.Pattern[str], dict[str, Country]]:
    by_word: dict[str, Country] = {}
    for country, entry in zip(countries(), load_lexicon("places")["countries"]):
        for word in entry["aliases"] + entry.get("adjectives", []):
            by_word.setdefault(word, country)
    return re.compile(_names_pattern(list(by_word))), by_word


@lru_cache(maxsize=64)  # asked of one sentence for each of its numbers (not across documents)
def country_mentions(text: str) -> tuple[tuple[int, int, Country], ...]:
    """Country names and adjectives in text, longest name first at each place."""
    pattern, by_word = _any_country()
    return tuple((m.start(), m.end(), by_word[m.group()]) for m in pattern.finditer(text))


@lru_cache(maxsize=1)
def _adjectives() -> frozenset[str]:
    return frozenset(a for entry in load_lexicon("places")["countries"] for a in entry.get("adjectives", []))


def display_names(text: str) -> dict[str, str]:
    """How the document names each country it never calls by the codebook's name ("UAE",
    "Türkiye"): subjects are written as the document writes them."""
    written: dict[str, dict[str, int]] = {}
    adjectives = _adjectives()
    for start, end, country in country_mentions(text):
        word = text[start:end]
        if word not in adjectives:
            written.setdefault(country.name, {}).setdefault(word, 0)
            written[country.name][word] += 1
    # the codebook's name is kept when the document writes it, even inside a longer name ("Republic of
    # the Philippines"), and against initials of two letters ("US")
    return {name: max(words, key=words.__getitem__) for name, words in written.items()
            if not any(name in word for word in words) and len(max(words, key=words.__getitem__)) > 2}


def document_country(text: str) -> Country | None:
    """The country a document is about: the one its title names ("Economy of the People's Socialist
    Republic of Albania"), else the one with the most weight: one for each mention, more for a mention
    as the topic ("the economy of X", "X's gross domestic product") and for the first country of the
    first sentence (earliest on a tie). A history of one country may name its patron more often
    than itself, and a text about one Korea names the other's government and estimates."""
    weights: dict[str, int] = {}
    first: dict[str, int] = {}
    by_name = {c.name: c for c in countries()}
    mentions = country_mentions(text)
    if not mentions:
        return None
    lex = load_lexicon("context")
    topic_before, topic_after = _topic_patterns()
    opening_end = FIRST_SENTENCE_END.search(text)
    for start, end, country in mentions:
        weight = 1
        if topic_before.search(text, max(0, start - 30), start) or topic_after.match(text, end):
            weight += lex["topic_mention_weight"]
        weights[country.name] = weights.get(country.name, 0) + weight
        first.setdefault(country.name, start)
    opening = mentions[0]
    if opening_end is None or opening[0] < opening_end.start():
        weights[opening[2].name] += lex["opening_mention_weight"]
    titled = {country.name for _, _, country in country_mentions(_title(text))}
    best = max(weights, key=lambda name: (name in titled, weights[name], -first[name]))
    return by_name[best]


FIRST_SENTENCE_END = re.compile(r"[.!?](?=\s)")


@lru_cache(maxsize=1)
def _topic_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """'the economy of X' before a country's name; "X's economy", "X’s gross domestic product" after it."""
    lex = load_lexicon("context")
    before = re.compile(rf"\b(?i:{trie_pattern(lex['topic_leads'])})\s+(?:the\s+)?$")
    after = re.compile(rf"[’']s\s+(?i:{trie_pattern(lex['topic_nouns'])})\b")
    return before, after


TITLE_MAX = 160


def _title(text: str) -> str:
    """The document's first line when it is a heading: short and not ending a sentence."""
    line = text.lstrip().split("\n", 1)[0].strip()
    return line if len(line) <= TITLE_MAX and not line.endswith((".", "!", "?")) else ""


@lru_cache(maxsize=1)
def _qualifier_pattern() -> tuple[Caseless, dict[str, str]]:
    words = {w.lower(): code for w, code in load_lexicon("quantities")["qualifiers"].items()}
    ordered = sorted(words, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in ordered)
    connectors = r"(?:of|at|to|every|equivalent\s+to|equal\s+to|estimated\s+at)\s+"
    return Caseless(rf"(?:^|[^\w])(?P<q>{alternation})\s*(?:{connectors})?$"), words  # [^\w]: \W in lower case


AFTER_QUALIFIERS = ((re.compile(r"^\s+or\s+(?:more|above|higher)\b"), "at_least"),
                    (re.compile(r"^\s+or\s+(?:less|fewer|below|lower)\b"), "at_most"),
                    (re.compile(r"^\s+or\s+so\b"), "approximately"))


def qualifier(sentence: str, q: Quantity) -> str:
    if q.value_high is not None:
        return "range"
    if q.rule == "vague_plural":
        return "more_than"  # "thousands of" is more than a thousand
    pattern, words = _qualifier_pattern()
    m = pattern.search_in(sentence, max(0, q.start - 30), q.start)
    if m:
        return words[m.group("q").lower()]
    for pattern, code in AFTER_QUALIFIERS:
        if pattern.match(sentence[q.end : q.end + 20]):
            return code
    return "exact"


@lru_cache(maxsize=1)
def _decline_patterns() -> tuple[Caseless, Caseless]:
    cues = "|".join(sorted(load_lexicon("quantities")["decline_cues"], key=len, reverse=True))
    quals = "|".join(re.escape(w) for w in sorted(load_lexicon("quantities")["qualifiers"], key=len, reverse=True))
    fillers = "|".join(re.escape(w) for w in load_lexicon("quantities")["decline_fillers"])
    before = Caseless(
        # "fell by 5%", "a decline of 5%", "put the fall at around 11 percent", "the contraction at between …"
        rf"\b(?:{cues})(?:\s+(?:economic\s+)?growth(?:\s+rate)?)?(?:\s+(?:in|during)\s+\d{{4}})?\s+(?:by\s+|of\s+|at\s+)?"
        rf"(?:an?\s+)?(?:(?:{fillers})\s+)?(?:(?:{quals})\s+)?(?:between\s+)?$"
        # "cut its policy rate by 50 basis points": what was cut may stand between verb and "by"
        rf"|\b(?:{cues})(?:\s+[\w’'-]+){{1,3}}\s+by\s+(?:an?\s+)?(?:(?:{fillers})\s+)?(?:(?:{quals})\s+)?$"
    )
    after_only = "|".join(load_lexicon("quantities")["decline_cues_after"])
    after = Caseless(rf"^[\s-]*(?:{cues}|{after_only})\b")
    return before, after


def is_decline(sentence: str, q: Quantity) -> bool:
    if q.negative:
        return True
    if q.unit not in RATE_UNITS or q.joined_by:
        return False
    before, after = _decline_patterns()
    return bool(before.search_in(sentence, max(0, q.start - 60), q.start) or after.match_in(sentence, q.end, q.end + 25))


@lru_cache(maxsize=None)
def _phrases(lexicon_key: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + trie_pattern(load_lexicon("context")[lexicon_key]) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=None)
def _phrase_list(lexicon_key: str) -> WordList:
    return WordList(load_lexicon("context")[lexicon_key])


# The phrase lists continues_previous is asked about, for each sentence several of them: one search
# for the phrases of them all tells at once, for most sentences, that it has none of them.
CONTINUATION_LISTS = ("period_anaphora", "topic_anaphora", "source_anaphora", "unattributed_estimates")


@lru_cache(maxsize=1)
def _continuation_phrases() -> WordList:
    lex = load_lexicon("context")
    return WordList([phrase for key in CONTINUATION_LISTS for phrase in lex[key]])


@lru_cache(maxsize=64)
def _lowered(sentence: str) -> tuple[str, str | None, bool]:
    """The sentence lower-cased, and lower-cased without the years after "the" ("on the 2019
    index" → "on the index") when it has such years, else None: once for all the phrase lists;
    and whether either holds a phrase of the CONTINUATION_LISTS."""
    lowered = sentence.lower()
    without_years = YEAR_AFTER_THE.sub("the ", lowered) if "the " in lowered else lowered
    without_years = without_years if without_years != lowered else None
    phrases = _continuation_phrases()
    any_phrase = phrases.search_lowered(lowered) is not None or (
        without_years is not None and phrases.search_lowered(without_years) is not None)
    return lowered, without_years, any_phrase


@lru_cache(maxsize=64)  # asked several times of one sentence (period, then source continuation)
def continues_previous(sentence: str, lexicon_key: str) -> bool:
    # matching lower-cased text case-sensitively is much faster than an IGNORECASE alternation;
    # a year inside the phrase does not change what it refers to ("on the 2019 index"); text
    # without such a year is the same text again, which need not be searched twice
    lowered, without_years, any_phrase = _lowered(sentence)
    if lexicon_key in CONTINUATION_LISTS and not any_phrase:
        return False  # a sentence without a phrase of any of these lists has none of this one's
    phrases = _phrase_list(lexicon_key)
    return phrases.search_lowered(lowered) is not None or (
        without_years is not None and phrases.search_lowered(without_years) is not None)


YEAR_AFTER_THE = re.compile(r"\bthe (?:1[89]|20)\d\d(?:/\d\d)? ")


def opens_with(sentence: str, lexicon_key: str) -> bool:
    """Whether the sentence's first words are one of the lexicon's phrases."""
    m = _phrases(lexicon_key).search(sentence[:40])
    return bool(m) and not sentence[: m.start()].strip()


# -- subject and currency -----------------------------------------------------------------------

CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:while|whereas|but|compared|and|which)\b|\bwhile\b|\bwhereas\b")


def clause_bounds(sentence: str, q: Quantity) -> tuple[int, int]:
    start, end = 0, len(sentence)
    for break_start, break_end in _clause_breaks(sentence):
        if break_end <= q.start:
            start = break_end
        elif break_start >= q.end:
            end = break_start
            break
    return start, end


@lru_cache(maxsize=64)  # asked of one sentence for each of its numbers
def _clause_breaks(sentence: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in CLAUSE_BREAK.finditer(sentence))


@lru_cache(maxsize=1)
def _subject_patterns() -> dict[str, Caseless | re.Pattern[str] | WordList]:
    lex = load_lexicon("context")
    currencies = load_lexicon("quantities")["currency_names"]
    not_subject = [*lex["source_head_nouns"], *(w.lower() for w in lex["institution_heads"]), *currencies]
    return {
        # "the South Korean government", "the US dollar": a country word that names something else
        # "Seoul National University": a place word inside an institution's name (up to two more
        # capitalised words before its head) names no subject either
        "not_subject": Caseless(r"^\s+(?:(?-i:[A-Z][\w-]*)\s+){0,2}(?:" + trie_pattern({w.lower() for w in not_subject}) + r")\b"),
        "possessive": re.compile(r"^(?:’s|'s)"),
        "bilateral": WordList(lex["bilateral_cues"]),
        "estimate_words": re.compile(r"\b(?:estimates?|figures?|data|projections?|forecasts?|calculations?|statistics|reports?|survey)\b", re.IGNORECASE),
        "pair_flow": WordList(lex["pair_flow_cues"]),
        "target": WordList(lex["target_cues"]),
    }


def _subject_mentions(text: str) -> list[tuple[int, int, Country]]:
    pattern = _subject_patterns()["not_subject"]
    return [m for m in country_mentions(text) if not pattern.match_in(text, m[1])]


BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
AND = re.compile(r"^\s+and\s+(?:the\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _country_pairs() -> tuple[Caseless | None, dict[str, list[str]]]:
    pairs = {p["phrase"].lower(): p["countries"] for p in load_lexicon("places").get("country_pairs", [])}
    if not pairs:
        return None, {}
    return Caseless(r"\b(?:" + trie_pattern(pairs) + r")\b"), pairs


def named_pair(clause: str, mentions: list[tuple[int, int, Country]]) -> list[str]:
    """Two countries the clause names together: "between Chile and Peru", "the two Koreas"."""
    pattern, pairs = _country_pairs()
    m = pattern.search_in(clause) if pattern else None
    if m:
        return pairs[m.group().lower()]
    for (_, end_a, a), (start_b, _, b) in zip(mentions, mentions[1:]):
        start_a = next(s for s, e, c in mentions if e == end_a)
        if a.name != b.name and BETWEEN.search(clause[:start_a]) and AND.match(clause[end_a:start_b]):
            return [a.name, b.name]
    return []


# "the Nampo Dam, a large project that cost US$4 billion", "Rodong Sinmun, which published only
# one-third …": a number in an apposition or a relative clause is about the name it describes.
DESCRIBED = re.compile(
    r"(?:^|[\s(])(?:[Tt]he\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'-]*){0,5}),\s+"
    r"(?:an?|which|that|whose)\s+[^,;]*$"
)


FLOW_BEFORE = re.compile(
    r"\b(?:from|to|with|than|against|towards?|into)\s+(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*(?:,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?)*$"
)
# "COMIBOL's workforce fell from 30,000": an organisation's own quantity
OWNER = re.compile(r"(?:^|[\s(])(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4})(?:’s|'s)\s+(?:[a-z][\w-]*\s+){1,4}$")


def owner_of(before: str, home: Country | None) -> str:
    """An organisation named in the possessive just before the number's phrase (not a country, an
    estimator or an institution whose figures these are)."""
    m = OWNER.search(before[-80:])
    if not m:
        return ""
    name, lex = m.group("name"), load_lexicon("context")
    name = re.sub(r"^(?:[A-Z]\w*-[a-z]+\s+)+", "", name)  # "State-owned Codelco’s": the name, not its epithet
    words = name.split()
    if words[0] in lex["not_names"] or words[-1] in lex["institution_heads"] or words[-1] in lex["plan_heads"]:
        return ""
    if country_mentions(name) or any(name.startswith(e) or e.startswith(name) for e in _estimator_names()):
        return ""
    after = before[m.end("name"):]
    if _subject_patterns()["estimate_words"].search(after):
        return ""  # "the Fund's estimate of 3%": an estimator's figure, about the country
    return name


def described_entity(before: str, home: Country | None) -> str:
    """The named thing (not a country, an estimator or an institution) whose description the number
    stands in, if it does."""
    m = DESCRIBED.search(before)
    if not m:
        return ""
    name, words = m.group("name"), m.group("name").split()
    lex = load_lexicon("context")
    if len(words) == 1 and not before[: m.start("name")].strip():
        return ""  # "Specifically, an average of …", "Inflation, which peaked at …": a sentence's first word
    if words[0] in lex["not_names"] or words[-1] in lex["institution_heads"] or words[-1] in lex["plan_heads"]:
        return ""  # plans are subjects by their own rule (targets), institutions are estimators
    if words[-1].lower() in lex["source_head_nouns"]:
        return ""
    if country_mentions(name) or any(name.startswith(e) for e in _estimator_names()):
        return ""
    return name


@lru_cache(maxsize=1)
def _estimator_names() -> tuple[str, ...]:
    return tuple(n for e in load_lexicon("estimators")["estimators"] for n in [e["canonical"], *e.get("aliases", [])])


LISTED_PARTNER = re.compile(r"[\s:–-]{1,3}(?:about\s+|some\s+|nearly\s+)?")


@lru_cache(maxsize=1)
def _actor_pattern() -> re.Pattern[str]:
    verbs = trie_pattern(load_lexicon("context")["possession_verbs"])
    name = r"[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?|de\s+|and\s+)?[A-Z][\w’'-]*){1,5}"
    return re.compile(rf"^(?:[A-Z][a-z]+,\s+)?(?:The\s+|the\s+)?(?P<name>{name})(?:,[^,;]{{1,100}},|\s+\([^)]{{1,40}}\))?"
                      rf"\s+(?:[a-z]+\s+){{0,4}}?(?:{verbs})\b[^;]*$")


def acting_entity(before: str) -> str:
    """'The Central Bank of North Korea … maintains … 227 branches', 'The Kaesŏng Industrial Region
    … employed tens of thousands': a named body or place that owns, employs or produces what the
    number counts, as the subject of its sentence (not a country, a plan or an estimator's report)."""
    m = _actor_pattern().match(before)
    if not m:
        return ""
    name, lex = m.group("name"), load_lexicon("context")
    if any(country.pattern.fullmatch(name) for country in countries()) or name.split()[-1] in lex["plan_heads"]:
        return ""
    return name


def subject_of(sentence: str, q: Quantity, home: Country | None, plan: str = "") -> str:
    """What a number is about: a plan when it states the plan's target; a pair of countries when
    its clause speaks of trade or aid between them; a country named in the possessive right before
    it ("South Korea's 25 million"); else the first country its clause names; else the home country."""
    patterns = _subject_patterns()
    start, end = clause_bounds(sentence, q)
    before = sentence[start : q.start]
    home_name = home.name if home else ""
    if plan and patterns["target"].search(sentence[start : min(end, q.end + 20)]):
        return plan
    mentions = _subject_mentions(sentence[start:end])
    pair = named_pair(sentence[start:end], mentions)
    if home_name in pair and patterns["pair_flow"].search(sentence[start:end]):
        return f"{home_name}-{next(c for c in pair if c != home_name)}"
    listed = [m for m in mentions if m[1] <= len(before) and LISTED_PARTNER.fullmatch(before[m[1] :])]
    if home_name and listed and listed[-1][2].name != home_name and patterns["bilateral"].search(sentence[: q.start]):
        return f"{home_name}-{listed[-1][2].name}"  # "Exports – partners: China 62%, UAE 17%": each its own
    foreign = list(dict.fromkeys(c.name for _, _, c in mentions if c.name != home_name))
    # one partner makes a pair; "sales to Brazil and Argentina" are the home country's, not a pair's
    if home_name and len(foreign) == 1 and patterns["bilateral"].search(sentence[start:end]):
        return f"{home_name}-{foreign[0]}"
    described = described_entity(sentence[: q.start], home) or owner_of(before, home) or acting_entity(sentence[: q.start])
    if described:
        return described
    near = [m for m in mentions if m[1] <= len(before) and len(before) - m[1] <= 25
            and patterns["possessive"].match(before[m[1] :])]
    if near:
        return near[-1][2].name
    # a country the flow comes from or goes to ("Remittances, mostly from Russia, fell …") is not
    # what the number is about; one in whose place or name it is stated is
    earlier = [m for m in mentions if m[1] <= len(before) and not FLOW_BEFORE.search(before[: m[0]])]
    return earlier[0][2].name if earlier else home_name


def resolve_currency(word: str, sentence: str, q: Quantity, subject: str, home: Country | None) -> str:
    """'won', 'pesos': the currency of a country named just before the word, else the subject's,
    else the home country's, when it is one the word can stand for; else the word's first code."""
    codes = load_lexicon("quantities")["currency_names"][word]
    by_name = {c.name: c for c in countries()}
    named = [m[2] for m in country_mentions(sentence[max(0, q.start - 40) : q.end])]
    for country in [*reversed(named), by_name.get(subject), home]:
        if country and country.currency in codes:
            return country.currency
    return codes[0]


def local_currency(sentence: str, q: Quantity, subject: str, home: Country | None) -> str:
    """The currency a price of the dollar is in: one the sentence names before the number ("The
    taka, held at about 85 to the dollar"), else the subject's or the document's country's."""
    names = load_lexicon("quantities")["currency_names"]
    named = [w for w in re.findall(r"[A-Za-zÀ-ÿ]+", sentence[: q.start]) if w in names and w.lower() not in ("dollar", "dollars")]
    if named:
        return resolve_currency(named[-1], sentence, q, subject, home)
    by_name = {c.name: c for c in countries()}
    country = by_name.get(subject) or home
    return country.currency if country else ""


def signed(value: Decimal, negative: bool) -> Decimal:
    return -value if negative else value


# -- agreement between the numbers of one sentence ----------------------------------------------

PARENTHETICAL = re.compile(r"^\s*\(\s*$")
DECLINE_LIST_GAP = re.compile(r"^\s*(?:(?:in|during)\s+\d{4}\s*)?,?\s*(?:and\s+)?(?:again\s+)?(?:(?:in|during)\s+\d{4}\s+)?(?:by\s+)?"
                              r"(?:a\s+further\s+|another\s+)?$")
ELLIPTICAL_NEXT = re.compile(r"^(?:\s*$|\s*[.,;:)]|\s+(?:in|by|for|during|at|to|and|or|than|a|per)\b)")
PER_CAPITA = re.compile(r"\bper\s+(?:capita|person|head|inhabitant)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _period_cues() -> dict[str, WordList]:
    cues = load_lexicon("quantities")["per_period_cues"]
    return {period: WordList(words) for period, words in cues.items()}


def _per_capita_unit(window: str, rates: dict[str, str]) -> str | None:
    """The rate unit of a per-person quantity, by the period its words name."""
    if not PER_CAPITA.search(window):
        return None
    if "any" in rates:
        return rates["any"]
    return next((unit for period, unit in rates.items() if _period_cues()[period].search(window)), None)


LISTED_AFTER = re.compile(r"(?:\s+(?:in|by|for|at)\s+[^,;.\d]{0,12}\d{4})?,?\s+(?:and\s+|or\s+)?")


def agree(sentence: str, quantities: list[Quantity], qualifiers: list[str], declines: list[bool]) -> list[Quantity]:
    """What one number of a sentence tells about the next: a parenthetical conversion keeps the
    qualifier ("approximately 23 million barrels (3.7 million cubic meters)"), a list keeps the
    decline ("contracted in 2006 by 1.0%, in 2007 by 1.2%"), an elliptical number keeps the unit
    ("10 million people … South Korea's 25 million"). Returns the quantities with units settled;
    `qualifiers` and `declines` are updated in place."""
    per_capita = load_lexicon("quantities")["per_capita_units"]
    settled: list[Quantity] = []
    for i, q in enumerate(quantities):
        if q.unit == "count" and q.rule in ("bare_number", "scaled_number") and ELLIPTICAL_NEXT.match(sentence[q.end :]):
            earlier = next((p for p in reversed(settled) if p.unit not in ("count", "percent", "rank", "score")), None)
            if earlier is not None:
                q = Quantity(**{**q.__dict__, "unit": earlier.unit, "currency_word": earlier.currency_word})
        # the words around the number up to its neighbours: "80 billion kWh, roughly 4,100 kWh per capita"
        # makes only the second a rate
        before = re.split(r"\d", sentence[max(0, q.start - 80) : q.start])[-1]
        after = sentence[q.end : q.end + 60] if q.joined_by == "from" else \
            re.split(r"\d", sentence[q.end : q.end + 40], maxsplit=1)[0]  # "from 167 to 107 kg per person"
        rate = per_capita.get(q.unit) and _per_capita_unit(before + sentence[q.start : q.end] + after, per_capita[q.unit])
        if not rate and settled and settled[-1].unit in per_capita.get(q.unit, {}).values() \
                and LISTED_AFTER.fullmatch(sentence[settled[-1].end : q.start]):
            rate = settled[-1].unit  # "per capita consumption at 1,247 kWh in 1990, 712 kWh in 2000 and …"
        if rate:
            q = Quantity(**{**q.__dict__, "unit": rate})
        if i:
            previous = settled[-1]
            gap = sentence[previous.end : q.start]
            if PARENTHETICAL.match(gap) and qualifiers[i] == "exact":
                qualifiers[i] = qualifiers[i - 1]
            if declines[i - 1] and not declines[i] and q.unit == previous.unit and DECLINE_LIST_GAP.match(gap):
                declines[i] = True
        settled.append(q)
    return settled
