"""Which country a document is about, its own country, read from the document and never assumed: the one
its title or heading names, else the one it weighs most (mentions as the topic, in the first sentence, in the
money its sums are in), else the one of the city it writes from."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.countries import Country, countries, country_mentions, from_capitals
from pipeline.home_currency import counted_in, currency_written_near
from pipeline.lexicon import load_lexicon
from pipeline.matching import trie_pattern


def document_country(text: str, issuer_country: str = "") -> Country | None:
    """The country a document is about: the one its title names ("Economy of the People's Socialist
    Republic of Albania"), else the one with the most weight: one for each mention, more for a mention
    as the topic ("the economy of X", "X's gross domestic product") and for the first country of the
    first sentence (earliest on a tie). A history of one country may name its patron more often
    than itself, and a text about one Korea names the other's government and estimates. A national
    body's own publication (`issuer_country`: a ministry's white paper) counts as naming its country
    as the topic, when the text names that country at all."""
    weights: dict[str, int] = {}
    first: dict[str, int] = {}
    by_name = {c.name: c for c in countries()}
    event = _event_after()  # ("US Open": an event's name)
    mentions = [m for m in country_mentions(text) if not event.match(text, m[1])]
    if not mentions:  # a country named only in a heading in capitals: "REPUBLIC OF MOLDOVA – MINISTRY OF FINANCE"
        # (in the title line, or in a letterhead's next lines: "MINISTRY OF FINANCE" over "REPUBLIC OF ZAMBIA")
        heads = [_letterhead_columns(line) for line in text.lstrip().split("\n", 3)[:3]]
        named = next((found for line in heads if line.isupper() and len(line) <= TITLE_MAX
                      and (found := country_mentions(from_capitals(line)))), ())
        return named[0][2] if named else dateline_country(text) or _cities_country(text)
    lex = load_lexicon("context")
    topic_before, topic_after = _topic_patterns()
    opening_start, opening_end = _opening(text)
    counted = [(start, end, country, _mention_weight(text, start, end)) for start, end, country in mentions]
    for start, end, country, weight in counted:
        if topic_before.search(text, max(0, start - 30), start) or topic_after.match(text, end):
            weight += lex["topic_mention_weight"]
        weights[country.name] = weights.get(country.name, 0) + weight
        first.setdefault(country.name, start)
    if issuer_country in weights:
        weights[issuer_country] += lex["topic_mention_weight"]
    # the money its sums are in ("in tenge unless stated"), unless it is a partner's, where goods go or workers earn
    # ("sold goods worth UGX 1.2 trillion to Uganda", "migrants in India earn INR 18,000": the money in the sentence that
    # names the place; not "sixty of them in Taiwan" in a text counting in NT$)
    if (money_country := counted_in(text)) in weights and not any(
            country.name == money_country and PLACE_BEFORE.search(text, max(0, start - 12), start)
            and currency_written_near(text, start, end, money_country) for start, end, country in mentions):
        weights[money_country] += lex["topic_mention_weight"]
    # a letterhead's address line that ends with its country ("Pancasán, Matiguás, Department of Matagalpa, Nicaragua"):
    # where the issuer works, as much a topic as its own publication names (not more: a broker in Piraeus reports on
    # the world's shipping)
    # (not a street address, a registered office abroad: "1 Canada Square, London, United Kingdom"; nor a byline)
    for line in text.lstrip().split("\n", 3)[1:3]:
        if not re.search(r"\d|^\s*By\s", line) and (last := ADDRESS_COUNTRY.search(line.strip())) and (named := country_mentions(last.group(1))) \
                and named[0][:2] == (0, len(last.group(1))) and named[0][2].name in weights:
            weights[named[0][2].name] += lex["topic_mention_weight"]
    opening = next((m for m in counted if m[3] > 0 and m[0] >= opening_start), None)
    if opening and (opening_end is None or opening[0] < opening_end.start()):
        weights[opening[2].name] += lex["opening_mention_weight"]
    title = _title(text)
    title = from_capitals(title) if title.isupper() else title  # "REPUBLIC OF ANGOLA – MINISTRY OF FINANCE"
    # "… as trade with China recovers": a partner the title names is not what it is about
    partner = re.compile(rf"(?<!\b{')(?<!'.join(h + ' ' for h in lex['title_topic_heads'])})"
                         rf"\b(?:{'|'.join(lex['title_partner_words'])})\s+(?:the\s+)?$", re.IGNORECASE)
    titled = {country.name for start, _, country in country_mentions(title) if not partner.search(title, 0, start)}
    # a letterhead's line naming the state alone, under its body's name: "HERITAGE AND STABILISATION FUND" over
    # "Republic of Trinidad and Tobago"
    titled |= {country.name for line in text.lstrip().split("\n", 3)[1:3] if STATE_LINE.fullmatch(line.strip())
               for _, _, country in country_mentions(from_capitals(line.strip()) if line.isupper() else line)}
    for name in titled - weights.keys():  # named in a heading in capitals, and in the text only otherwise
        weights[name], first[name] = 0, 0
    best = max(weights, key=lambda name: (name in titled, weights[name], -first[name]))
    unions = load_lexicon("places").get("currency_unions", [])
    if best in unions and issuer_country in by_name and issuer_country not in weights:
        return by_name[issuer_country]  # a national central bank's survey, compared with the euro area's: its own country's
    return by_name[best]


PLACE_BEFORE = re.compile(r"\b(?:to|in|into|from|via|across)\s+(?:the\s+)?$")
STATE_LINE = re.compile(r"(?:The\s+)?(?:[A-Z][\w’'-]+\s+){0,3}(?:Republic|Kingdom|State|Commonwealth|Principality|Sultanate|Federation)\s+of\s+"
                        r"(?:the\s+)?[A-Z][\w’' -]{2,50}", re.IGNORECASE)
ADDRESS_COUNTRY = re.compile(r"\S,[ \t]+([A-Z][\w’' -]{2,40}?)[ \t]*$")


FIRST_SENTENCE_END = re.compile(r"[.!?](?=\s)")
# the first line of prose, past heading lines and a paragraph's number ("27. Exports of coal by …")
FIRST_PROSE = re.compile(r"^[ \t]*(?:(?:\d+(?:\.\d+)*|[IVX]+)\.[ \t]+)?(?=[^\n]{80})(?=[^\n]*[.!?](?:\s|$))", re.MULTILINE)


def _opening(text: str) -> tuple[int, re.Match[str] | None]:
    """Where the document's first sentence of prose starts, and its end: headings and a report's
    header lines ("S/2024/215", "Distr.: General") before it are no sentence."""
    prose = FIRST_PROSE.search(text)
    start = prose.end() if prose else 0
    return start, FIRST_SENTENCE_END.search(text, start)


CURRENCY_AFTER = re.compile(r"\s*(?:\$|cents?\b|dollars?\b)")


def _mention_weight(text: str, start: int, end: int) -> int:
    """What a mention says of whether the document is about the country: nothing when it names who
    speaks ("South Korean officials estimated"), a government acting from outside ("permitted by
    Seoul", "when Seoul closed it") or the level the topic is compared with ("one-third of South
    Korea’s."); more when it names the country's own people ("North Korean workers were abroad")."""
    if _voice_after().match(text, end) or CURRENCY_AFTER.match(text, end):
        return 0  # "271.03 US cents/lb", "the US dollar": a currency's name, not the country
    outside, word = _outside_patterns(), text[start:end]
    capital = word in _capitals()
    if capital and (outside["actor_before"].search(text, max(0, start - 12), start) or outside["actor_after"].match(text, end)):
        return 0
    if outside["compared"].search(text, max(0, start - 30), start) and outside["elided"].match(text, end):
        return 0
    if outside["partner"].search(text, max(0, start - 30), start):
        return 0  # a partner of the document's country: named for its trade, not what the text is about
    return 2 if outside["own_people"].match(text, end) and not capital else 1


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    return frozenset(load_lexicon("places").get("cities_named_as_countries", []))


@lru_cache(maxsize=1)
def _outside_patterns() -> dict[str, re.Pattern[str]]:
    """Mentions by which a country is not what a document is about: its capital acting as its
    government, a level the topic is compared with; and one by which it is: its own people."""
    lex = load_lexicon("places")
    return {
        "actor_before": re.compile(r"\bby\s+$"),
        "actor_after": re.compile(rf"\s+(?:{trie_pattern(lex['capital_actions'])})\b"),
        "compared": re.compile(r"\b(?:half|third|quarter|fifth|tenth|times|percent|%|twice)\s+(?:of|that\s+of)\s+(?:the\s+)?$"),
        "elided": re.compile(r"(?:’s|'s)(?:\s*[.,;)]|\s+(?:level|levels|figure|figures|average))"),
        "own_people": re.compile(rf"\s+(?:{trie_pattern(lex['own_people_nouns'])})\b"),
        # "the surge in exports to the United States", "imports from China": a partner of the flows
        "partner": re.compile(rf"\b(?:{trie_pattern(lex['partner_flow_nouns'])})\s+(?:to|from|with)\s+(?:the\s+)?$"),
    }


@lru_cache(maxsize=1)
def _event_after() -> re.Pattern[str]:
    return re.compile(rf"[ \t]+(?:{trie_pattern(load_lexicon('places')['event_heads'])})\b")


@lru_cache(maxsize=1)
def _voice_after() -> re.Pattern[str]:
    """A country word naming who speaks ("South Korean officials", "the Chinese government")."""
    return re.compile(rf"\s+(?i:{trie_pattern(load_lexicon('context')['source_head_nouns'])})\b")


@lru_cache(maxsize=1)
def _topic_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """'the economy of X' before a country's name; "X's economy", "X’s gross domestic product" after it."""
    lex = load_lexicon("context")
    before = re.compile(rf"\b(?i:{trie_pattern(lex['topic_leads'])})\s+(?:the\s+)?$")
    after = re.compile(rf"[’']s\s+(?i:{trie_pattern(lex['topic_nouns'])})\b")
    return before, after


TITLE_MAX = 160


# "Bogotá, 7 November 2024", "NAIROBI, May 15 (Reuters) –": a place, then a day or a month, opening a line
DATELINE_PLACE = re.compile(r"^[ \t]*(?P<place>[A-ZÀ-Þ][\w .'’-]{1,30}?),[ \t]+(?=\d{1,2}\s+[A-Z]|[A-Z][a-z]{2,8}\.?\s+\d)", re.MULTILINE)
DATELINE_LINES = 12


def dateline_country(text: str) -> Country | None:
    """The country of the city a document's dateline names (lexicon/places.yaml dateline_cities): what
    a release that never names its country ("Bogotá, 7 November 2024") is about."""
    cities = {city.lower(): country for city, country in load_lexicon("places").get("dateline_cities", {}).items()}
    by_name = {c.name: c for c in countries()}
    head = "\n".join(text.lstrip().splitlines()[:DATELINE_LINES])
    for m in DATELINE_PLACE.finditer(head):
        if (country := cities.get(m.group("place").strip().lower())) in by_name:
            return by_name[country]
    return None


# a city named as a place: "in Wellington", "Porirua's" (not "the Washington-based lender", "London Metal Exchange")
CITY_IN_ADDRESS = r",[ \t]*(?P<city>{city})(?=\)|[ \t]*,|[ \t]*$|[ \t]+(?=[A-Z\d]*\d)[A-Z\d]{{2,4}}(?:[ \t][A-Z\d]{{3}})?[ \t]*[;.,\n])"  # (also "London SW19 5AE;")
CITY_AS_PLACE = r"(?:(?<=\bin )|(?<=\bfrom )|(?<=\bto )|(?<=\bat )){city}(?![-‑]\w|\s+[A-Z])|{city}(?=[’']s\b)"


def _cities_country(text: str) -> Country | None:
    """The country of the capital a text that never names its country names most as a place, at least
    twice ("in Wellington", a radio interview about Budget 2025): what it is about."""
    places = load_lexicon("places")
    cities = {city: country for city, country in places.get("dateline_cities", {}).items()
              if city not in places["capitals_naming_other_things"]}
    city = f"(?:{'|'.join(map(re.escape, cities))})"
    counts: dict[str, int] = {}
    for m in re.finditer(CITY_AS_PLACE.format(city=city), text):
        counts[cities[m.group()]] = counts.get(cities[m.group()], 0) + 1
    # ("REP. ONG (4th District, Manila):", "Private Bag X9, Windhoek, 9000": the last part of an address, of the one country
    # a text that names none places itself in; any city, in an address: "Church Road, Wimbledon, London SW19 5AE")
    every_city = places.get("dateline_cities", {})
    addressed = {every_city[m.group("city")] for m in re.finditer(CITY_IN_ADDRESS.format(city=f"(?:{'|'.join(map(re.escape, every_city))})"), text)}
    best = max(counts, key=counts.__getitem__, default="") or (next(iter(addressed)) if len(addressed) == 1 else "")
    found = counts.get(best, 0) >= 2 or (best in addressed and set(counts) <= {best})
    return next((c for c in countries() if c.name == best), None) if found else None


def _letterhead_columns(line: str) -> str:
    """A heading line's columns across wide gaps that a letterhead prints in capitals, joined ("MINISTRY OF FINANCE
    REPUBLIC OF GHANA" → "MINISTRY OF FINANCE | REPUBLIC OF GHANA"); a motto beside them left out ("REPUBLIC OF MALI
    One People – One Goal – One Faith" → "REPUBLIC OF MALI")."""
    first, *others = re.split(r"[ \t]{3,}", line.strip())
    return " | ".join([first, *(column for column in others if column.isupper())])

def _title(text: str) -> str:
    """The document's first line when it is a heading: short and not ending a sentence."""
    line = _letterhead_columns(text.lstrip().split("\n", 1)[0])
    return line if len(line) <= TITLE_MAX and not line.endswith((".", "!", "?")) else ""


# "Economy of Svalbard", "Economy of the Mughal Empire in the 17th century": the economy a title names
# ("Economy of the Maya civilization": a people's civilisation, its last word in lower case)
# (with a particle of its language between its words: "Economy of Tierra del Fuego Province")
TITLED_ECONOMY = re.compile(r"\s*Economy\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+|(?:del|de|da|do|dos|das|di|du|des|la|el)\s+)?[A-Z][\w’'-]*){0,3}?"
                            r"(?:\s+civili[sz]ation)?)"
                            # (its country after a comma, to tell it from a namesake: "Economy of Punjab, India")
                            r"(?:,\s+(?P<country>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})|\s+\((?P<bracketed>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\))?"
                            # (or in brackets: "Economy of the Federal District (Brazil)")
                            r"(?:\s+(?:under|during|after|before|since|in|from)\b.*)?\s*$")


def titled_economy(text: str) -> str:
    """The place or state a title names as its economy when it is no country of the codebook's and names
    none ("Economy of Svalbard", "Economy of the Mughal Empire"): what the text's figures are about by
    default; "" otherwise (a title naming a country, or a state by its country: "Economy of the Dutch Republic")."""
    m = TITLED_ECONOMY.fullmatch(text.lstrip("\ufeff").split("\n", 1)[0])
    country = m and (m.group("country") or m.group("bracketed"))
    if country and not any(b - a == len(country) for a, b, _ in country_mentions(country)):
        return ""  # ("Economy of Bonaire, Sint Eustatius and Saba": no country after the comma, a list)
    mentions = country_mentions(m.group("name")) if m else []
    # (a state named by a country's name or adjective and its kind is that state: "the Mali Empire", "the Dutch Republic";
    # not "the Czech Republic", a country's whole name)
    # (nor a country's region named by its compass point or its position: "Western Australia", "Northern Cape", "Inner Mongolia"; not "South Africa")
    partial = all(b - a < len(m.group("name")) for a, b, _ in mentions) if m else False
    if not m or mentions and not (partial and (m.group("name").split()[-1] in TITLED_STATE_HEADS or m.group("name").split()[0] in REGION_COMPASS)):
        return ""
    name = m.group("name")
    # a place the text goes on to name as one ("in Svalbard", "of the Mughal Empire", "Zanzibar's"), not a topic ("Economy of Tourism")
    # (a state by its seat too: "in Genoa" for "the Republic of Genoa")
    usual = _as_usually_named(name, text[m.end():])
    placed = any(re.search(rf"\b(?:in|of|to|from|across|throughout)\s+(?:the\s+)?{re.escape(place)}\b|\b{re.escape(place)}['’]s\b", text[m.end():])
                 for place in {name, usual})
    return usual if placed else ""


REGION_COMPASS = {"Western", "Eastern", "Northern", "Southern", "Central", "North", "South", "East", "West", "Inner", "Outer", "Upper", "Lower"}
TITLED_STATE_HEADS = {"Empire", "Republic", "Caliphate", "Sultanate", "Confederation", "Confederacy", "Khaganate", "Colony"}
# "the Republic of Venice", "the Duchy of Milan": a state named by its kind and its seat
# (not "the Duchy of Cornwall", an estate named for its county)
STATE_OF = re.compile(r"(?:(?:Most\s+)?(?:Serene\s+)?Republic|Kingdom|Grand\s+Duchy|Sultanate|Emirate|Principality|Khanate)\s+of\s+(?:the\s+)?(?P<seat>.+)")


def _as_usually_named(name: str, text: str) -> str:
    """A state named by its kind and its seat by its seat ("Venice" for "the Republic of Venice", "Two Sicilies" for
    "the Kingdom of the Two Sicilies"), as one cites it even where the text writes it in full; a province by its name
    alone when the text mostly writes it so ("Tierra del Fuego" for "Tierra del Fuego Province"); else the title's name."""
    state = STATE_OF.fullmatch(name)
    if state:
        return state.group("seat")
    bare, _, kind = name.rpartition(" ")
    # (not a province named after its city, which the bare name means: "Buenos Aires Province", "Gaza Governorate"
    # beside "Gaza City")
    if bare and kind in UNIT_KINDS and bare not in load_lexicon("places")["dateline_cities"] \
            and not re.search(rf"\b{re.escape(bare)}\s+City\b|\b[Cc]ity\s+of\s+{re.escape(bare)}\b", text):
        alone = len(re.findall(rf"\b{re.escape(bare)}\b(?!\s+{kind})", text))
        return bare if alone > len(re.findall(rf"\b{re.escape(name)}\b", text)) else name
    return name


UNIT_KINDS = {"Province", "Prefecture", "Oblast", "Governorate", "Voivodeship"}  # (not "Kurdistan Region", a name of its own)
