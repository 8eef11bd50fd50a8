"""Who a number is attributed to: estimators named in a sentence, and official figures.

The patterns are in lexicon/context.yaml; {ORG} stands for a capitalised name. Which of the
estimators a sentence names each of its numbers takes is decided in pipeline/reports.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.context import CAPWORD
from pipeline.countries import Country, country_adjectives
from pipeline.estimators import estimator_type, is_person, known_estimators
from pipeline.grammar import grammar
from pipeline.lexicon import load_lexicon
from pipeline.informants import as_informant, informants
from pipeline.names import clean_name, is_country, names_body
from pipeline.matching import Caseless, Prefiltered, led_by_first_characters, possible_among, trie_pattern, words_at_starts
from pipeline.officials import is_official, with_official
from pipeline.period_values import _months
from pipeline.plans import names_a_body


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return load_lexicon("context")


# "Stats SA's Tourism and Migration", "the Bank of Ghana's Summary of Economic Data": a body's titled publication
# (not "People's Bank of China", "Women's Bureau": one word before the possessive is part of the name)
TITLE_OWNED = re.compile(r"(?P<owner>.+?)[’']s\s+[A-Z]")


def _titled_publication(owner: str, owned: str) -> bool:
    """Whether what a body owns is a publication's title, not a body of its own ("Seoul National University's
    Institute for Peace …", "the Council of Europe's CEPEJ") nor part of one name ("Supreme People's Assembly")."""
    heads = set(_lexicon()["institution_heads"])
    return (" " in owner or sum(c.isupper() for c in owner) > 1) and not owned.split()[0].isupper() \
        and not heads & set(owned.split()) and owner.split()[-1] not in _lexicon()["possessive_name_words"]


def org_pattern() -> str:
    """A capitalised name as a regular expression with the group `org`."""
    lex = _lexicon()
    joiners = "|".join(re.escape(w) for w in lex["name_joiners"].split())
    heads = "|".join(re.escape(w) for w in lex["source_head_nouns"])
    # a name's words, with "(FAO)", "(Cocobod)", "(AfDB)", "(Stats SA)", "(Badan Pusat Statistik, BPS)"
    # ("(ERÚ)", "(TÜİK)": an abbreviation in capitals of other Latin alphabets)
    word = rf"{CAPWORD}(?:\s+\((?:[A-Z][^(),;]{{1,40}},\s+)?[A-ZÀ-Þ\u0100-\u017F][A-Za-zÀ-ÿ\u0100-\u017F]{{1,11}}(?:\s[A-Z]{{2,4}})?\))?"
    # ("Institut de la statistique du Québec", "Union des aéroports français (…)": a French, Italian or Spanish body's
    # name goes on in lower case after its joiners, each lower-case word before more of the name, a bracket or a
    # comma; not "the Cour des comptes public debt", "the Ministère de l'économie la croissance")
    lower = "|".join(re.escape(w) for w in lex["lower_case_name_joiners"].split())
    lower_word = rf"(?!(?:{lower})\b)[a-zà-ÿ][\w’'-]+"
    verbs = "|".join(lex["lower_case_name_verbs"])
    goes_on = rf"(?=\s*[(),;:]|\s*$|\s+(?:{verbs})\b|\s+(?:{lower}|{joiners})\s+(?:[A-ZÀ-Þ]|(?:{lower})\s|[a-zà-ÿ][\w’'-]+(?:\s*[(),;:]|\s+(?:{lower})\s))|\s+{lower_word}\s*[(),;:])"
    in_lower_case = rf"(?:\s+(?:{lower}))+\s+{lower_word}{goes_on}(?:\s+(?!(?:{verbs})\b){lower_word}(?=\s*[(),;:]|\s*$))?"
    romance = "|".join(re.escape(w) for w in lex["lower_case_name_heads"])
    word = rf"(?:(?:{romance})(?:{in_lower_case})+|{word})"
    return rf"(?P<org>{word}(?:\s+(?:(?:{joiners})\s+)*{word})*(?:\s+(?:{heads}))?)"


# The attribution patterns are Prefiltered: most of them start with a capitalised name, tried at
# every capital letter, and far more sentences lack the words they need than have them.
@lru_cache(maxsize=1)
def _source_patterns() -> tuple[Prefiltered, ...]:
    lex = _lexicon()
    joiners = "|".join(re.escape(w) for w in lex["name_joiners"].split())
    org = org_pattern()
    institutions = "|".join(re.escape(w) for w in lex["institution_heads"])
    patterns = [p.replace("{ORG}", org) for p in lex["source_patterns"]]
    # "(provisional; Ghana Statistical Service)": an institution named in brackets
    named = rf"{CAPWORD}(?:\s+(?:(?:{joiners})\s+)*{CAPWORD})*"
    institution = rf"{named}\s+(?:{institutions})|(?:{institutions})\s+(?:of|for)\s+{named}"
    patterns.append(rf"\((?:[^()]*;\s*)?(?:the\s+)?(?P<org>{institution})\)")
    # "“…,” said the Kenya Bankers Association.": a body quoted, named after its verb (a person is
    # named so too, among person_patterns)
    # (also one whose name goes on after its head: "…,” said the Central Bank of Kenya)
    patterns.append(rf"[,”\"]\s+said\s+(?:the\s+)?(?P<org>{named}\s+(?:{institutions})\s+(?:of|for)\s+{named}|{institution})"
                    rf"(?=[,.;]|$|\s+(?:on|in|last|this)\b)")
    return tuple(Prefiltered(p) for p in patterns)


OUTPUT_NOUN_AFTER = re.compile(r"\s+(statistics|data|figures|estimates)\b")
# a study named with the body that made it: "Second Round Crop and Livestock Assessment of the Ministry of …"
MADE_BY = re.compile(r"^.*\b(?:Assessments?|Surveys?|Reports?|Census(?:es)?|Reviews?|Study|Studies)\s+(?:of|by)\s+the\s+(?P<body>[A-Z].*)$")
# "the Ministry of Trade, Industry and Energy": a ministry of several portfolios, listed with commas
PORTFOLIO_HEAD = re.compile(r"\b(?:Ministry|Department|Secretariat|Commission)\s+(?:of|for)\s+[A-Z][a-z]+$")
PORTFOLIOS = re.compile(r"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)+,?\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b(?!\s+(?:of|for)\b)")


def _names_a_group(org: str) -> bool:
    """'Chinese', 'Western': an adjective that names the estimators only with the noun after it."""
    return org in country_adjectives() or org in _lexicon()["estimator_adjectives"]


# "Nineteenth-century statistics show …": what a century left, no one's estimate
OF_A_CENTURY = re.compile(r"[A-Z][\w-]*-century\b", re.IGNORECASE)
# "Using customs records …, we find": a sentence opening with a participle, not a name
PARTICIPLE_LED = re.compile(r"[A-Z][a-z]+ing(?:\s+[a-z][\w-]*)+$")


def is_unit_word(word: str) -> bool:
    """Whether a word names a unit of measure ("TEU", "GT", "kWh"), which a price is quoted per."""
    g = grammar()
    return word.lower() in g.units or word in g.lexicon["glued_units"] or word in g.lexicon["hyphen_units"]


# "Detailed reports … will be published": an adjective in -ed opening the sentence, not a name (not "Fed")
PARTICIPLE_ALONE = re.compile(r"[A-Z][a-z]{3,}ed$")
OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
IN_BEFORE = re.compile(r"\b(?:in|within|across)\s+(?:the\s+|its\s+|their\s+)?$")
# "Statistics Korea, drawing on International Energy Agency data, records …": the data another body
# works from, not who gives the figures
DRAWN_ON_BEFORE = re.compile(r",\s+(?:(?:drawing|relying|building|based)\s+on|using|citing|working\s+from)\s+(?:the\s+)?$")
# "An ILO mission led by Dudley Seers had counted …": the mission counted, not the person leading it
LED_BY_BEFORE = re.compile(r"\b(?:led|headed|chaired)\s+by\s+$")
BODY_LED_BY = re.compile(r"\b(?P<body>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|on|and)\s+)?[A-Z][\w’'-]*)+)\s+(?:under|led\s+by|headed\s+by|chaired\s+by)\s+$")


@lru_cache(maxsize=1)
def _triggers() -> re.Pattern[str]:
    """Words without which no attribution pattern can match: a cheap test before the costly ones.
    Matched in lower-cased text as a prefix tree: an IGNORECASE list is ~15× slower."""
    words = {w.lower() for w in _lexicon()["attribution_triggers"]}
    at_starts = {w for w in words if w[0].isalnum()}
    # at a word's start only: "output", "claimed" and "operating" hold no "put", "aimed" or "rating"
    return re.compile(words_at_starts(at_starts) + "|" + trie_pattern(words - at_starts))


# Parts of a sentence that may each name their own estimator: "…; for this year the ADB expects …",
# "The World Bank’s assessment put … , while UN ESCWA estimated …"
PART_BREAK = re.compile(r";|,\s+(?:while|whereas|and|but)\b")


def part_of(sentence: str, at: int) -> int:
    """Which part of the sentence a position is in (parts may each name their own estimator)."""
    return len(PART_BREAK.findall(sentence, 0, at))


# "$2,883 per FEU": an abbreviation after "per" right after an amount is its unit (not "in 2024, per NBS data")
AMOUNT_PER = re.compile(r"\d(?:[\d.,]*\d)?%?\s+(?:[a-z]+\s+)?per\s+$")

# (a column gap: before a figure two spaces or more, between words three or more or a tab; prose typed with two
# spaces between words is no table: "the Bank of Ghana said  reserves …", "…,  Cocobod said")
CELL_GAP = re.compile(r"(?:[ \t]{2,}|\t)[-−–(+]?\d|(?:[ \t]{3,}|\t)\S")
CELL_BEFORE = re.compile(r"\w(?:[ \t]{3,}|\t)$")
GLOSSED_LABEL = re.compile(r"\s*[A-Z][\w&.’'-]{0,12}\s*")


def find_sources(sentence: str, home: Country | None, author: str = "") -> list[tuple[int, str]]:
    """(position, estimator) for every attribution in the sentence, in order. `author` is the
    organisation that issued the document (see document_author): its own decisions are its figures."""
    not_names, plan_heads, back_references = _word_sets()
    found: dict[int, str] = {}
    # the triggers hold the words of the author actions too: a sentence without them names no one
    # by either kind of pattern
    triggered = _triggers().search(sentence.lower()) is not None
    patterns = possible_among(_source_patterns(), sentence) if triggered else ()
    # the first pattern that names someone governs its part of the sentence ("According to data
    # compiled by X, utilizing Y statistics"); another part ("…; for this year the ADB expects …")
    # may name its own
    owners: set[int] = set()  # (a body owning one figure governs no part: "…, whose estimate is 4.7%, the IMF expects 5.0%")
    for pattern in patterns:
        governed = {part_of(sentence, at) for at in found if at not in owners}
        for m in pattern.pattern.finditer(sentence):
            if part_of(sentence, m.start("org")) in governed and "figure" not in pattern.pattern.groupindex:
                continue  # (a possessive right before a figure names that figure's own: "less than the IMF's 4.2%")
            made = MADE_BY.match(m.group("org"))  # "the Second Round Crop Assessment of the Ministry of Lands": the ministry's
            org = clean_name(made.group("body") if made and names_body(made.group("body")) else m.group("org"))
            if (owned := TITLE_OWNED.match(org)) and _titled_publication(owned.group("owner"), org[owned.end() - 1 :]):
                org = owned.group("owner")  # "Stats SA's Tourism and Migration release": the body whose publication it is
            if PORTFOLIO_HEAD.search(org) and (more := PORTFOLIOS.match(sentence, m.end("org"))) \
                    and not set(more.group().replace(",", " ").split()) & set(_lexicon()["institution_heads"]):
                org += more.group()  # (not "the Ministry of Finance, the Central Bank and …": other bodies)
            if (noun := OUTPUT_NOUN_AFTER.match(sentence, m.end("org"))) and _names_a_group(org):
                org = f"{org} {noun.group(1)}"  # "Chinese statistics show …", "Western estimates put …": as named
            words = org.split()
            if len(words) > 1 and org[1:] == org[1:].lower() and words[-1] in _lexicon()["loose_group_nouns"] \
                    and not sentence[: m.start("org")].strip(" “\"'"):
                org = org[0].lower() + org[1:]  # "Foreign demographers estimate …": a group, in lower case
            if not org or org in not_names or (len(words) == 1 and words[0] in not_names) or PARTICIPLE_LED.match(org) \
                    or OF_A_CENTURY.match(org) \
                    or "  " in org:  # "Revised     Medium-term estimates": a table's column headings, not a name
                continue
            if CELL_GAP.match(sentence, m.end()) or CELL_BEFORE.search(sentence, 0, m.start("org")):
                continue  # "Levies collected    0.0    42.4", "Charges billed   Charges collected   Collection": a table's cell
            if PARTICIPLE_ALONE.fullmatch(org) or (sentence[max(0, m.start("org") - 4) : m.start("org")] == "per "
                                                and (is_unit_word(org) or (org.isalpha() and org.isupper() and len(org) <= 5
                                                                           and AMOUNT_PER.search(sentence, 0, m.start("org"))))):
                continue  # "Detailed reports …"; "N$286 per TEU", "$2,883 per FEU": a unit, not a body one goes by
            if sentence.startswith("$", m.end("org")):
                continue  # "cut output by US$40 million": a currency's prefix, not a body
            if sentence[m.start()] == "(" and GLOSSED_LABEL.fullmatch(sentence, 0, m.start()):
                continue  # "FH (Danish Trade Union Confederation)  1,062.4": a row's label spelled out, no source
            if ("action" in pattern.pattern.groupindex or "compiled" in pattern.pattern.groupindex) \
                    and (is_country(org) or not names_body(org)):
                continue  # "China bought 5 million tonnes", "Nairobi's index of …": no body's operation or series
            last = re.sub(r"^(?:the\s+)?", "", org.split(" and ")[-1])
            if words[-1] in plan_heads and not known_estimators().fullmatch(last) and not names_a_body(org):
                continue  # "the Five-Year Programme", but not the "(FAO and the) World Food Programme"
            if words[0].lower() in back_references:
                continue  # "These figures put …": the figures of the estimator named before
            if any(abs(m.start("org") - p) < 3 for p in found):
                if "figure" not in pattern.pattern.groupindex:  # ("The Bank, whose target band is 6% to 10%, raised …": its act too)
                    owners.difference_update(p for p in found if abs(m.start("org") - p) < 3)
                continue
            if OF_BEFORE.search(sentence, 0, m.start("org")) and is_country(org):
                continue  # "estimates of North Korean output": the country is what is estimated
            if IN_BEFORE.search(sentence, 0, m.start()):
                continue  # "a survey of firms in the North found": where they are, not who found it
            if (led := BODY_LED_BY.search(sentence, max(0, m.start("org") - 120), m.start("org"))) and is_person(org) \
                    and names_body(body := clean_name(led.group("body"))):
                org = body  # "The Presidential Land Review Committee under Charles Utete reported": the committee's
            elif DRAWN_ON_BEFORE.search(sentence, max(0, m.start("org") - 30), m.start("org")) \
                    or (LED_BY_BEFORE.search(sentence, max(0, m.start("org") - 12), m.start("org")) and is_person(org)):
                continue
            known = known_estimators().match(org)
            longer_name = known and re.match(r"\s+[A-Z]", org[known.end() :]) and words[-1] not in _lexicon()["publication_heads"]
            group = known and org[known.end() :].strip().lower() in _lexicon()["group_nouns"]  # "UN agencies"
            if known and not re.match(r"\s+and\b", org[known.end() :]) and not longer_name and not group:  # not "UN Panel of Experts"
                org = known.group()
            elif words[-1] in _lexicon()["publication_heads"]:
                continue
            if "setter" in pattern.pattern.groupindex and m.group("setter"):
                org = _lexicon()["central_bank_references"][0]  # "the bank allowed it to float": the central bank
            at, org = _listed_before(sentence, m.start("org"), org)
            found[at] = f"{home.name} (official)" if home and is_official(org, home) else org
            if "figure" in pattern.pattern.groupindex:
                owners.add(at)
    if triggered:  # a body's own act; beside others named, only the act that opens the sentence ("Bank
        # Al-Maghrib raised its key rate …, while inflation, as measured by the HCP, …")
        governed = {part_of(sentence, at) for at in found}
        found.update({at: name for at, name in _author_actions(sentence, author).items()
                      if not found or (at < 5 and part_of(sentence, at) not in governed)})
    found.update({at: name for at, name in timed_bracket_sources(sentence).items() if not any(abs(at - p) < 3 for p in found)})
    if not triggered:  # no pattern below can match without a trigger word either: only official cues are left
        return with_official(sentence, home, found)
    if ESTIMATE_WORDS.found_in(sentence):  # "Estimates diverge: 3.9% from the ECCB, 3.6% from the IMF": each its body's
        for at in estimates_listed(sentence):
            if (name := _org().match(sentence, at)) and names_body(org := clean_name(name.group("org"))) \
                    and not is_country(org) and not any(abs(at - p) < 3 for p in found):
                found[at] = org
    for m in (m for pattern in possible_among(_institution_patterns(), sentence) for m in pattern.pattern.finditer(sentence)):
        org = m.group("org")
        if is_country(org) or org in _currency_codes() or org in not_names or CODE_BEFORE.search(sentence, 0, m.start("org")):
            continue  # "US$2 billion (USD)", "(DPRK)", "36-10-0222-01 (GDP)", "14-10-0327-01 (LFS)": not a body
        if not any(abs(m.start("org") - p) < 8 for p in found):
            found[m.start("org")] = f"{home.name} (official)" if home and is_official(org, home) else org
    for m in (m for pattern in possible_among(_elliptical_patterns(), sentence) for m in pattern.pattern.finditer(sentence)) if found else ():
        org = clean_name(m.group("org"))
        if names_body(org) and not any(abs(m.start("org") - p) < 8 for p in found):
            found[m.start("org")] = org
    for m in (m for pattern in possible_among(_person_patterns(), sentence) for m in pattern.pattern.finditer(sentence)):
        person = clean_name(m.group("org"))
        if is_person(person) and not is_country(person) and not any(abs(m.start("org") - p) < 3 for p in found):
            found[m.start("org")] = person
    found = {at: as_informant(sentence, at, name) for at, name in found.items()}
    found.update(informants(sentence, found))
    return with_official(sentence, home, found)


CODE_BEFORE = re.compile(r"\d+(?:-\d+){2,}\s*\($")  # a table's code, not a figure: what its bracket names is a topic


# an infobox's bracket after a figure that gives its time, then who estimated it: "(1700, Maddison)",
# "(c. 1337, al-Umari)", "(14th century, Mauny)", "(2022, INSEE)", "(1650s, Felloni)" (not "(2023, current prices)", "(1988, p. 238)")
BRACKET_TIME = (r"\((?:c\.\s?|ca\.\s?|circa\s+)?(?:\d{1,4}s?(?:\s?[–-]\s?\d{1,4}s?)?(?:\s+est\.?)?|(?:(?:early|mid|late)[- ])?\d{1,2}(?:st|nd|rd|th)\s+century"
                # ("(1 July 2024, Statistics Canada)": a day or a month of the year)
                r"|(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})"
                r"[,;]\s+")
# (the figure it is bracketed after: "about 4 tonnes a year (14th century, Mauny)", not the row's next figure)
TIMED_BRACKET_AFTER = re.compile(r"(?:\s+[a-z]+){0,3}\s*" + BRACKET_TIME)
TIMED_BRACKET_SOURCE = re.compile(
    BRACKET_TIME + r"(?P<org>(?:(?:al|el|ibn|de|van|von|da|di|du|le|la)[- ])?[A-ZÀ-Ö][\w’'.-]*(?:[ -](?:(?:de|van|von|der|den|la|le|du|of|the|for)\s+)*[A-ZÀ-Ö][\w’'.-]*){0,4})\)")
NOT_AN_ESTIMATOR = re.compile(r"(?:Q[1-4]|H[12]|FY\w*|est\.?)$")


def timed_bracket_sources(sentence: str) -> dict[int, str]:
    """The estimators an infobox's brackets name after a figure's time ("about 4 tonnes a year (14th century, Mauny)")."""
    if "(" not in sentence:
        return {}
    return {m.start("org"): m.group("org") for m in TIMED_BRACKET_SOURCE.finditer(sentence)
            if not NOT_AN_ESTIMATOR.match(m.group("org")) and m.group("org").lower() not in _months()}


ESTIMATE_WORDS = Caseless(r"\b(?:estimates?|forecasts?|projections?)\b")
# a list of estimates after a colon, each a rate and the body it is from: ": 3.9% from the ECCB, 3.6% from the IMF and …"
LISTED_ESTIMATE = led_by_first_characters(r"(?P<lead>:|,|\band)\s+[-−]?\d[\d.,]*(?:%|\s?per\s?cent|\s?percent)\s+from\s+(?:the\s+)?")


def estimates_listed(sentence: str) -> list[int]:
    """Where the bodies of a list of estimates opened by a colon are named (each after its rate's "from");
    not a rise "from" a lender ("loans rose 15% from the World Bank and 8% from the ADB")."""
    found = list(LISTED_ESTIMATE.finditer(sentence))
    if not found or found[0].group("lead") != ":":
        return []
    listed = [found[0]]
    for m in found[1:]:
        if m.group("lead") == ":" or ":" in sentence[listed[-1].end() : m.start()] or ";" in sentence[listed[-1].end() : m.start()]:
            break
        listed.append(m)
    return [m.end() for m in listed]


@lru_cache(maxsize=1)
def _org() -> re.Pattern[str]:
    return re.compile(org_pattern())


# "the World Bank, the IMF and the Central Administration of Statistics estimated …": the names
# listed before the one a pattern found ("IMF and the …"), each a capitalised name and a comma
LISTED_NAMES = re.compile(r"(?:(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of|for|and|on|the|de|du)?\s*[A-Z][\w’'.&-]*)*,\s+)+(?:the\s+)?$")


ADVERB = re.compile(r"[A-Z][a-z]+ly")
OBJECT_BEFORE = re.compile(r"\b(?:of|in|to|on|at|from|for)\s+$")


def _listed_before(sentence: str, at: int, org: str) -> tuple[int, str]:
    """A joint name ("X and Y") with the names listed before it joined on: 'World Bank, United
    Nations and European Union'; else the name as found."""
    if " and " not in org or known_estimators().fullmatch(org) or not (m := LISTED_NAMES.search(sentence, max(0, at - 120), at)):
        return at, org  # "European Bank for Reconstruction and Development": one body's name
    if OBJECT_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
        return at, org  # "60% of GDP, the European Bank … estimated": what was measured, not a body
    listed = re.sub(r",\s+(?:the\s+)?$", "", m.group())
    names = [re.sub(r"^[Tt]he\s+", "", name.strip()) for name in listed.split(",")]
    if not all(names) or any(is_country(name) or ADVERB.fullmatch(name) for name in names):
        return at, org  # "Separately, the National Institute …": an adverb opening the sentence, not a name
    parts = [re.sub(r"^the\s+", "", part) for part in org.split(" and ")]
    return m.start() + len(m.group()) - len(m.group().lstrip()), ", ".join(names + parts[:-1]) + " and " + parts[-1]


@lru_cache(maxsize=1)  # asked for every sentence: built once
def _word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Words that name no estimator (pronouns of persons aside), heads of plans' names, and words
    that refer back to a report named before."""
    lex = _lexicon()
    # "a survey in May found"; pronouns are resolved to who was named before ("He said", "It expects")
    not_names = {*lex["not_names"], *lex["months"], *lex["weekdays"]} - set(lex["person_pronouns"]) - {"It", "it"}
    return frozenset(not_names), frozenset(lex["plan_heads"]), frozenset(lex["report_back_references"])


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    return frozenset(c["currency"] for c in load_lexicon("places")["countries"] if c.get("currency"))


@lru_cache(maxsize=1)
def _elliptical_patterns() -> tuple[Prefiltered, ...]:
    return tuple(Prefiltered(p.replace("{ORG}", org_pattern())) for p in _lexicon()["elliptical_source_patterns"])


@lru_cache(maxsize=1)
def _institution_patterns() -> tuple[Prefiltered, ...]:
    return tuple(Prefiltered(p) for p in _lexicon()["institution_patterns"])


@lru_cache(maxsize=1)
def _person_patterns() -> tuple[Prefiltered, ...]:
    return tuple(Prefiltered(p.replace("{ORG}", org_pattern())) for p in _lexicon()["person_patterns"])


@lru_cache(maxsize=1)
def _author_action_patterns() -> tuple[Prefiltered, ...]:
    return tuple(Prefiltered(p.replace("{ORG}", org_pattern())) for p in _lexicon()["author_actions"])


BANK_WORDS = {"Bank", "Banco", "Banque", "Banca", "Reserve"}  # a body named with these is a bank of its own


def _author_actions(sentence: str, author: str) -> dict[int, str]:
    """'The Monetary Policy Committee of the Bank of X … decided to lower the policy rate': a bank or
    its board acting is the source of the rates it sets; a body of the document's issuer is the issuer."""
    found = {}
    heads = set(_lexicon()["rate_setter_heads"])
    for pattern in _author_action_patterns():
        for m in pattern.finditer(sentence):
            org = clean_name(m.group("org"))
            if author and (author.lower() in org.lower() or (len(org.split()) == 1 and org.lower() in author.lower().split())):
                found[m.start("org")] = author
            elif author and estimator_type(author) == "central_bank" and heads & set(org.split()) \
                    and not BANK_WORDS & set(org.split()):
                found[m.start("org")] = author  # "the Monetary Policy Committee (Copom) decided …" in the bank's own statement
            elif len(org.split()) > 1 and heads & set(org.split()) or org.isupper():
                found[m.start("org")] = org  # "The Central Bank of Nigeria (CBN) raised its benchmark rate"
    for pattern in _pronoun_rate_actions():
        for m in pattern.finditer(sentence):
            found.setdefault(m.start("org"), _lexicon()["central_bank_references"][0])  # "It raised its base rate"
    return found


@lru_cache(maxsize=1)
def _pronoun_rate_actions() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in _lexicon()["pronoun_rate_actions"])
