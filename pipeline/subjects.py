"""What a number is about: the document's country, another country, a pair of countries trading
with each other, a plan whose target it states, or a named body or place it describes or belongs to."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.context import clause_bounds
from pipeline.countries import COMPASS, Country, countries, country_mentions
from pipeline.entities import acting_entity, described_entity, facility_of, held_company, limiting_instrument, owner_of
from pipeline.grammar import Quantity
from pipeline.lexicon import load_lexicon
from pipeline.matching import Caseless, WordList, trie_pattern
from pipeline.places import place_of


@lru_cache(maxsize=1)
def _subject_patterns() -> dict[str, Caseless | re.Pattern[str] | WordList]:
    lex = load_lexicon("context")
    currencies = load_lexicon("quantities")["currency_names"]
    not_subject = [*lex["source_head_nouns"], *lex["not_subject_heads"], *(w.lower() for w in lex["institution_heads"]), *currencies]
    return {
        # "the South Korean government", "the US dollar": a country word that names something else
        # "Seoul National University": a place word inside an institution's name (up to two more
        # capitalised words before its head) names no subject either; nor does one before a body or a
        # rule it describes ("a South Korean research body", "Under British rule")
        "not_subject": Caseless(r"^\s+(?:(?:(?-i:[A-Z][\w-]*)\s+){0,2}|(?-i:[a-z][\w-]*)\s+)(?:"
                                + trie_pattern({w.lower() for w in not_subject}) + r")\b"),
        "possessive": re.compile(r"^(?:’s|'s)"),
        "bilateral": WordList(lex["bilateral_cues"]),
        "pair_flow": WordList(lex["pair_flow_cues"]),
        "target": WordList(lex["target_cues"]),
        "named_target": WordList(lex["named_target_cues"]),
    }


def subject_mentions(text: str) -> list[tuple[int, int, Country]]:
    pattern, owned = _subject_patterns()["not_subject"], _owned_body()
    return [m for m in country_mentions(text) if not pattern.match_in(text, m[1]) and not owned.match(text, m[1])
            and not SANCTIONS_BY.search(text, max(0, m[0] - 40), m[0]) and not RANKED_AGAINST.search(text, max(0, m[0] - 60), m[0])
            and not (_body_named_for().search(text, max(0, m[0] - 60), m[0]) and not SETS_ITS_RATE.match(text, m[1]))]


# "the Central Bank of Brazil kept the Selic rate at 15.00%": the body's own setting is its country's
SETS_ITS_RATE = re.compile(r"\s+(?:has\s+|had\s+)?(?:kept|held|raised|cut|lowered|set|left|hiked|maintained|reduced)\b")


@lru_cache(maxsize=1)
def _body_named_for() -> re.Pattern[str]:
    """"the Bank of Yemen", "pledged gold to the Bank of England", "the Department of Statistics Malaysia", "Statistics
    Canada": a body's name, whose country is not what the number is about (nor a partner of a flow to the body)."""
    heads = "|".join(load_lexicon("context")["institution_heads"])
    return re.compile(rf"\b(?:{heads})(?:\s+of\s+(?:the\s+)?(?:(?:Republic|Kingdom|State|Federation)\s+of\s+(?:the\s+)?)?|[ \t]+)$")


# "shipped 8.8 million tonnes, second only to India": a country it is ranked against, no partner
RANKED_AGAINST = re.compile(r"\b(?:(?:second|third|only)\s+(?:only\s+)?to|behind|ahead\s+of|trailing)\s+(?:the\s+)?"
                            r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*(?:,\s*|\s+and\s+)(?:the\s+)?)*$")
# "Sanctions imposed by the United States … cut exports": who imposed them is no partner of the flow
SANCTIONS_BY = re.compile(r"\b(?:sanctions|embargo)\s+(?:\w+\s+)?by\s+(?:the\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _owned_body() -> re.Pattern[str]:
    """"KOTRA, South Korea’s trade-promotion agency, put …": the country whose body it is, named to
    say who the estimator is, not what the number is about."""
    lex = load_lexicon("context")
    heads = trie_pattern({w.lower() for w in [*lex["institution_heads"], "central bank"]})
    return re.compile(rf"(?:’s|'s)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{heads})\b")


SHARE_OF_IT = re.compile(r"\b(?:(?:all|most|much|part|the\s+bulk|half|a\s+(?:third|quarter|fifth|tenth)|(?:one|two|three|four)[- ]"
                         r"(?:thirds?|quarters?|fifths?|tenths?)|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))\s+of\s+(?:it|them|which)\b"
                         r"|\b(?:mostly|mainly|chiefly|largely|primarily)\s+(?:to|from|in)\b)", re.IGNORECASE)
BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
AND = re.compile(r"^\s+and\s+(?:the\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _country_pairs() -> tuple[Caseless | None, dict[str, list[str]]]:
    pairs = {p["phrase"].lower(): p["countries"] for p in load_lexicon("places").get("country_pairs", [])}
    if not pairs:
        return None, {}
    return Caseless(r"\b(?:" + trie_pattern(pairs) + r")\b"), pairs


def flow_pair(text: str, home: Country | None, mentions: list[tuple[int, int, Country]] | None = None) -> str:
    """The home country's pair with the other country of two the text names together, when it
    speaks of a flow between them ("Inter-Korean trade" → "South Korea-North Korea"), else ""."""
    mentions = subject_mentions(text) if mentions is None else mentions
    pair = named_pair(text, mentions) or _joined_pair(text, mentions)
    if home and home.name in pair and _subject_patterns()["pair_flow"].search(text):
        return f"{home.name}-{next(c for c in pair if c != home.name)}"
    return ""


def _joined_pair(text: str, mentions: list[tuple[int, int, Country]]) -> list[str]:
    """"China–North Korea trade", "China-North Korea trade": two countries, and only two, joined by a dash."""
    if len(mentions) < 2 and HYPHEN_BETWEEN_NAMES.search(text):  # a hyphen hides the first name ("China-based" is no pair)
        mentions = subject_mentions(HYPHEN_BETWEEN_NAMES.sub("–", text))
    countries_named = {c.name for _, _, c in mentions}
    if len(mentions) != 2 or len(countries_named) != 2 or not DASH.fullmatch(text, mentions[0][1], mentions[1][0]):
        return []
    return [mentions[0][2].name, mentions[1][2].name]


DASH = re.compile(r"\s*[-–—]\s*")
HYPHEN_BETWEEN_NAMES = re.compile(r"(?<=[a-z])-(?=[A-Z])")


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


FLOW_BEFORE = re.compile(
    r"\b(?:from|to|with|than|against|towards?|into)\s+(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*(?:,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?)*$"
)
# "China 62%", "China: 62%", "followed by South Africa with 17%": a partner named right before its number
LISTED_PARTNER = re.compile(r"(?:[\s:–-]{1,3}|\s+with\s+)(?:about\s+|some\s+|nearly\s+)?")


SET_UP = re.compile(r"\s+up\b")


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
    if plan and plan in sentence[start : q.start] and (aim := patterns["named_target"].search(sentence[start : min(end, q.end + 20)])) \
            and not SET_UP.match(sentence, start + aim.end()):
        return plan  # "The First Development Plan (1983-1986) was to invest some 15 billion pesos" (not "set up by")
    # a country word inside the number's own mention is its currency's ("271.03 US cents"), not a subject
    mentions = [m for m in subject_mentions(sentence[start:end]) if not q.start <= start + m[0] < q.end]
    # "128 million bottles, about 40% of them to Russia": the partner is the share's, the total stays the country's
    if share := SHARE_OF_IT.search(sentence, q.end, end):
        mentions = [m for m in mentions if start + m[0] < share.start()]
    # "inter-Korean trade, which began in 1989, grew to …": a clause naming no country continues the
    # subject the sentence opened with
    pair = flow_pair(sentence[start:end], home, mentions) or (flow_pair(sentence[: q.start], home) if not mentions else "")
    if pair:
        return pair
    if home_name and (partner := _share_partner(sentence, q, mentions, start)) and partner != home_name \
            and TRADE_HINT.found_in(sentence):
        return f"{home_name}-{partner}"  # "of which 98.3% was with China", "with China accounting for 96% of it"
    listed = [m for m in mentions if m[1] <= len(before) and LISTED_PARTNER.fullmatch(before[m[1] :])]
    if home_name and listed and listed[-1][2].name != home_name and patterns["bilateral"].search(sentence[: q.start]):
        return f"{home_name}-{listed[-1][2].name}"  # "Exports – partners: China 62%, UAE 17%": each its own
    foreign = list(dict.fromkeys(c.name for _, _, c in mentions if c.name != home_name))
    # one partner makes a pair; "sales to Brazil and Argentina" are the home country's, not a pair's
    if home_name and len(foreign) == 1 and patterns["bilateral"].search(sentence[start:end]):
        return f"{home_name}-{foreign[0]}"
    if home_name and (recorder := _partner_customs(sentence, home_name)) and set(foreign) <= {recorder} \
            and TRADE_WORD.search(sentence, start, end):
        return f"{home_name}-{recorder}"  # "China's General Administration of Customs put two-way trade at …"
    if world_aggregate(before) and not mentions:
        return "world"  # "World exports of green coffee amounted to 11.2 million bags"
    owner = _foreign_bodies_owner(sentence, q, home_name)
    if owner:
        return f"{home_name}-{owner}"  # "four large Chinese banks", "some 350 Chinese-invested ventures"
    place = place_of(sentence, q, start, end)
    if place:
        return place
    if held := held_company(sentence, q):
        return held
    if instrument := limiting_instrument(sentence, q):
        return instrument
    described = described_entity(sentence[: q.start], home) or owner_of(before, home) or acting_entity(sentence[: q.start]) \
        or facility_of(before)
    if described:
        return compass_country(described, home) or described
    near = [m for m in mentions if m[1] <= len(before) and len(before) - m[1] <= 25
            and patterns["possessive"].match(before[m[1] :])]
    if near:
        return near[-1][2].name
    # a country the flow comes from or goes to ("Remittances, mostly from Russia, fell …") is not
    # what the number is about; one in whose place or name it is stated is
    earlier = [m for m in mentions if m[1] <= len(before) and not FLOW_BEFORE.search(before[: m[0]])]
    first = earlier[0][2].name if earlier else home_name
    if home_name and first != home_name and patterns["bilateral"].search(sentence[start:end]):
        return f"{home_name}-{first}"  # "India was the largest buyer, taking 21% of exports", "China's customs put trade at …"
    # (a country in the possessive before a body's name is the body's: "South Korea's Rural Development Administration put …")
    own = [m for m in earlier if not _bodys_country().match(before, m[1])]
    return own[0][2].name if own else home_name


# a partner tied to a share of the home country's trade: "98.3% was with China", "98.1 per cent of it with
# China", "60% went to Thailand" after it; "with China accounting for 96% of it" before it
PARTNER_AFTER_SHARE = re.compile(r"\s*(?:of\s+(?:it|them|which|this|that|the\s+total)\s+)?(?:(?:was|were|went|came|is|are)\s+)?"
                                 r"(?:with|to|from)\s+(?:the\s+)?", re.IGNORECASE)
PARTNER_BEFORE_SHARE = re.compile(r"\s+(?:accounting|accounted|accounts|account)\s+for\s+(?:[a-z]+\s+){0,2}")
OF_TRADE_AFTER = re.compile(r"\s+of\s+(?:it|them|the\s+total|total|(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+(?:trade|exports|imports|commerce))\b")
LIST_JOINER = re.compile(r"\s*(?:,|\band\b|\bor\b)\s*(?:the\s+)?")


def _share_partner(sentence: str, q: Quantity, mentions: list[tuple[int, int, Country]], start: int) -> str:
    """The country a percentage of trade is the share of, named right after or right before it."""
    if q.unit != "percent":
        return ""
    for index, (m_start, m_end, country) in enumerate(mentions):
        listed = index + 1 < len(mentions) and LIST_JOINER.fullmatch(sentence, start + m_end, start + mentions[index + 1][0])
        if start + m_start >= q.end and PARTNER_AFTER_SHARE.fullmatch(sentence, q.end, start + m_start) and not listed:
            return country.name  # (not "rose by 9% to Thailand, Vietnam and China": the rise's destinations)
        if start + m_end <= q.start and PARTNER_BEFORE_SHARE.fullmatch(sentence, start + m_end, q.start) \
                and OF_TRADE_AFTER.match(sentence, q.end):
            return country.name
    return ""


# "Chinese customs recorded …", "China's General Administration of Customs put …": a partner's customs,
# which record its trade with the document's country
CUSTOMS_AFTER = re.compile(r"^(?:’s|'s)?\s+(?:[A-Z][\w-]*\s+(?:of\s+)?){0,3}[Cc]ustoms\b")
TRADE_WORD = re.compile(r"\btrade\b", re.IGNORECASE)


def _partner_customs(sentence: str, home_name: str) -> str:
    """The one foreign country whose customs the sentence names, or ""."""
    owners = {c.name for _, end, c in country_mentions(sentence) if c.name != home_name and CUSTOMS_AFTER.match(sentence[end:])}
    return owners.pop() if len(owners) == 1 else ""


@lru_cache(maxsize=1)
def _bodys_country() -> re.Pattern[str]:
    """A country in the possessive before a body's name (its head one of the lexicon's institution_heads):
    the body's country, not what its figure is about."""
    heads = "|".join(sorted(set(load_lexicon("context")["institution_heads"])))
    return re.compile(rf"(?:’s|'s)\s+(?:[A-Z][\w-]*\s+){{0,5}}?(?:{heads})\b")


@lru_cache(maxsize=1)
def _world_aggregate() -> re.Pattern[str]:
    nouns = "|".join(load_lexicon("context")["world_aggregate_nouns"])
    # "world mine production", "global growth of", "a world average of": the world's total before the number
    return re.compile(rf"\b(?:[Ww]orld|[Gg]lobal)\s+(?:[a-z-]+\s+){{0,3}}?(?:{nouns})\b(?![^,;]*\b(?:of|in|by|from|to)\s+[A-Z])")


def world_aggregate(text: str) -> bool:
    """Whether the text before a number names a total of the whole world as what the number measures
    ("World exports of green coffee amounted to", "world mine production rose"): not as the base of
    a share ("40% of world production") nor as a place ("returns to global bond markets"), nor with
    another number after it."""
    return any(not OBJECT_OF.search(text, 0, m.start()) and not re.search(r"\d", text[m.end() :])
               for m in _world_aggregate().finditer(text))


OBJECT_OF = re.compile(r"\b(?:of|to|in|on|into|from|for|with|than)\s+(?:the\s+)?$")


def speaks_of_partners(text: str) -> bool:
    """Whether a text holds a word of trade or aid between countries (lexicon: bilateral_cues)."""
    return _subject_patterns()["bilateral"].search(text) is not None


# "bilateral trade rose sharply", "trade with China", "China replaced the Soviet Union as the North’s main
# partner": a sentence about the trade of the document's country with one partner
TRADE_WITH = re.compile(r"\b(?:trade|commerce|exports?|imports?)\s+(?:with|to|from)\s+(?:the\s+)?$")
BILATERAL_TRADE = re.compile(r"\bbilateral\s+trade\b|\b(?:main|chief|dominant|principal|largest|biggest|leading)\s+"
                             r"(?:trading\s+)?(?:partner|market\s+and\s+supplier|supplier\s+and\s+market)\b", re.IGNORECASE)
TRADE_HINT = Caseless(r"trade|partner|export|import|commerce|supplier")
TRADE_TOPICS = frozenset({"trade_total", "exports", "imports", "trade_partner_share", "trade_balance"})


def trade_partner_named(sentence: str, home: Country | None) -> str:
    """The pair "Home-Partner" a sentence about the home country's trade with one partner names, for
    "It stood at $1.97 billion that year" after it; "" when it names none or several."""
    if not home or not TRADE_HINT.found_in(sentence):
        return ""  # most sentences speak of no trade: spare the search for countries
    foreign = [(start, country) for start, _, country in subject_mentions(sentence) if country.name != home.name]
    partners = [c for start, c in foreign if TRADE_WITH.search(sentence, max(0, start - 30), start)]
    if not partners and (bilateral := BILATERAL_TRADE.search(sentence)) and foreign:
        # "China replaced the Soviet Union as the North’s main partner": the first named in the clause
        # ("When the Soviet Union disintegrated in 1991, China stepped into its role as … main market and supplier")
        clause_start = max(sentence.rfind(",", 0, bilateral.start()), sentence.rfind(";", 0, bilateral.start())) + 1
        in_clause = [c for start, c in foreign if clause_start <= start < bilateral.start()]
        partners = in_clause[:1] or [foreign[0][1]]
    if not partners and len({c.name for _, c in foreign}) == 1 and (home_named := TRADE_WITH_COMPASS.search(sentence)) \
            and compass_country(home_named.group("compass"), home) == home.name:
        partners = [foreign[0][1]]  # "Seoul first permitted trade with the North": the one other country, with the home
    return f"{home.name}-{partners[0].name}" if len({c.name for c in partners}) == 1 else ""


TRADE_WITH_COMPASS = re.compile(r"\b(?:trade|commerce)\s+with\s+the\s+(?P<compass>North|South|East|West)\b")


def operators_own(subject: str, sentence: str, home: Country | None, operated: str) -> str:
    """What an operator reports on (issuers.Issuer.operated) for a number the text gives the document's country by
    default ("Group revenue rose 38.0%" in a company's report), unless the sentence speaks of the country."""
    if operated and subject == (home.name if home else "") and not about_the_country(sentence, home, operated):
        return operated
    return subject


def about_the_country(sentence: str, home: Country | None, operated: str = "") -> bool:
    """Whether a number in an operator's report (a company's, a port authority's) is about the country
    rather than the operator: in a sentence on the country's own measures ("real GDP grew by 4.0%",
    "the kwacha depreciated"), or that names the country ("keeping Zambia the second-largest producer")
    other than in the operator's own name ("Electricidade de Angola sold …")."""
    if re.search(load_lexicon("context")["national_words"], sentence, re.IGNORECASE):
        return True
    own_names = [(m.start(), m.end()) for m in re.finditer(re.escape(operated), sentence)] if operated else []
    return home is not None and any(country.name == home.name and not any(a <= at < b for a, b in own_names)
                                    for at, _, country in subject_mentions(sentence))


def as_written(subject: str, names: dict[str, str] | None) -> str:
    """A subject with each country written as the document writes it ("Türkiye", "Côte d'Ivoire"; see
    countries.display_names)."""
    for name, written in (names or {}).items():
        if name in subject:  # the whole name, alone or as one of a pair: not "Republic of the Congo" inside another's
            subject = re.sub(rf"(?<![^-]){re.escape(name)}(?![^-])", lambda _: written, subject)
    return subject


def partner_pair(subject: str, home: Country | None) -> str:
    """The pair a partner's share of trade is about: "China's share of trade" in a text about Laos
    is Laos-China's, not China's."""
    if home and subject != home.name and "-" not in subject and any(c.name == subject for c in countries()):
        return f"{home.name}-{subject}"
    return subject


def compass_country(word: str, home: Country | None) -> str:
    """'the North’s population' in a text about North Korea: the country of a divided pair its
    compass word stands for ("South" → South Korea); "" when the word is not one."""
    first, _, rest = home.name.partition(" ") if home else ("", "", "")
    if word not in COMPASS or first not in COMPASS or not rest:
        return ""
    named = f"{word} {rest}"
    return named if any(c.name == named for c in countries()) else ""


# a count of another country's businesses: "four large Chinese banks", "350 Chinese-invested ventures"
FOREIGN_BODIES_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?P<adjective>[A-Z][\w’']+)(?:-(?:invested|owned|funded|backed|run))?\s+(?:[a-z-]+\s+)?"
    r"(?:banks|firms|companies|businesses|ventures|enterprises|investors|factories|joint\s+ventures|operations)\b")


def _foreign_bodies_owner(sentence: str, q: Quantity, home_name: str) -> str:
    m = FOREIGN_BODIES_AFTER.match(sentence, q.end) if home_name else None
    named = country_mentions(m.group("adjective")) if m else ()
    return named[0][2].name if named and named[0][2].name != home_name else ""


# "8,900 won in Pyongyang", "4,100 won a kilogram in Hyesan": a place named right after the number;
