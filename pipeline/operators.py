"""What an issuer that runs something reports on: the company under its letterhead, what an authority runs
("Port Klang Authority" → "Port Klang"), the fund or company its title reviews ("ACTUARIAL REVIEW OF THE STATE
PENSION FUND"), the company whose prices a regulator reviews, the network its subtitle names."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.abbreviations import abbreviations
from pipeline.codebook import fallback_for, is_government_budget
from pipeline.countries import Country, country_mentions, from_capitals
from pipeline.document_times import heading_lines
from pipeline.estimators import body_heads, estimator_type, known_estimators
from pipeline.legal_forms import describes_a_company, english_gloss
from pipeline.lexicon import load_lexicon
from pipeline.records import Observation


def as_text_writes(name: str, text: str) -> str:
    """A name written in capitals in a heading as the text writes it elsewhere, in mixed case; else ""."""
    for m in re.finditer(re.escape(name), text, re.IGNORECASE):
        if not m.group().isupper():
            return m.group()
    return ""


def _without_last_word(name: str, words: list[str]) -> str:
    parts = name.split()
    return " ".join(parts[:-1]) if len(parts) > 1 and parts[-1] in words else name


def operates(author: str, text: str) -> bool:
    """Whether the document's issuer runs what it reports on, a company under its letterhead ("MERIDIAN
    CREST GOLD LIMITED") or an authority ("Panama Canal Authority"): its figures are its own."""
    below_name = next(iter(heading_lines(text)[1:2]), "")
    incorporated = _public_corporation(author, below_name)
    kinds = ("other", "international_organisation", "industry_statistics") if incorporated else ("other", "international_organisation")
    if not author or estimator_type(author) not in kinds or known_estimators().fullmatch(author):
        return False  # ("Heritage and Stabilisation Fund" is typed as an international body by its "fund"; a statutory
        # corporation named an association runs what it reports on, as an industry's association does not)
    lexicon = load_lexicon("context")
    if set(author.split()) & set(lexicon["analyst_firm_words"]):
        return False  # "BARRINGTON EQUITY RESEARCH PTY LTD (ASX: BER)": a firm that reports on others
    forms = "|".join(re.escape(form) for form in lexicon["legal_forms"])
    # ("PT BIO FARMA (PERSERO)"; "Coöperatie Royal FloraHolland U.A. · a cooperative of growers …" under "ROYAL FLORAHOLLAND")
    leading = "|".join(re.escape(form) for form in lexicon["leading_legal_forms"] + lexicon["operator_company_heads_first"])
    heads = lexicon["operator_issuer_heads"] + lexicon["operator_company_heads"]
    # its head noun, last ("Port of Tema Authority") or before "of" ("National Provident Trust of Zambia")
    # (a cooperative named head first: "Coopérative Vanille de la Lokoho"; not "Cooperative Bank of Oromia")
    cooperative = author.split()[0] in lexicon["operator_company_heads_first"] \
        and not set(author.split()[1:]) & set(lexicon["not_cooperative_words"])
    return author.split()[-1] in heads or author.split(" of ")[0].split()[-1] in heads or cooperative or any(
        re.fullmatch(rf"\s*(?:(?:{leading})\s+{re.escape(author)},?(?:\s+(?:{forms}))*|(?:The\s+)?{re.escape(author)},?(?:\s+(?:{forms}))+)"
                     rf"(?:\s+(?:{LISTING}|{english_gloss()}))?\s*(?:(?:\||[–—·]\s|-\s).*)?", line, re.IGNORECASE)
        for line in heading_lines(text)) or describes_a_company(below_name) or incorporated or re.search(  # "ELECTRICIDADE DE MOÇAMBIQUE, E.P.", "Development Bank of Rwanda Plc (BRD)"
        rf"\b{re.escape(author)}(?:\s*\([^()]*\))?\s+is\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}"
        rf"(?:{'|'.join([*lexicon['operator_company_heads'], *lexicon['operator_roles']]).lower()})\b"
        rf"(?!\s+of\s+(?:\w+\s+)?(?:{'|'.join(lexicon['not_operated_things'])})\b)", text[:3000]) is not None
    # ("The Kenya Wildlife Service (KWS, the Service) is a state corporation …", "NBSZ is the sole supplier of blood": it says it is one;
    # "SKYGUIDE" over "Swiss Air Navigation Services Ltd, a … company": its line under the name says so)


def _public_corporation(author: str, below_name: str) -> bool:
    """Whether the line under the body's name says it is a public corporation by statute, and its name does not make it
    a regulator ("TEA BOARD OF KENYA" over "State corporation established under the Tea Act"), unless a utility that
    supplies ("Ceylon Electricity Board")."""
    lexicon = load_lexicon("context")
    regulator = set(author.split(" of ")[0].split()[-1:]) & set(lexicon["regulator_heads"]) \
        and not set(author.split()) & set(lexicon["utility_words"])
    return CORPORATE_STANDING.match(below_name) is not None and not regulator


# the line under a body's name saying it is a corporation by statute: "Special public corporation under the Japan
# Racing Association Act (Act No. 205 of 1954)", "State-owned enterprise established under …"
# (a public corporation's, not a non-profit company's, "Non-profit company incorporated under the Companies Act")
# (also "A statutory corporation established under the Copyright Act", "A corporate Commonwealth entity under …")
# (and "A national public entity listed in Schedule 3A of …", "A state-owned special-assignment company under …")
CORPORATE_STANDING = re.compile(r"(?:(?:A|An)[ \t]+(?:[a-z][\w-]*[ \t]+)?|(?!The\b|A\b|An\b)(?:[A-Z][\w-]*[ \t]+)?)(?:(?i:public|state|state-owned|government-owned|statutory)[ \t]+"
                                r"(?:[a-z][\w-]*-[\w-]+[ \t]+)?(?:corporation|enterprise|company|undertaking|entity)|(?i:corporate)[ \t]+[A-Z]\w*[ \t]+entity)\b[ \t,]+"
                                r"(?:under|established|incorporated|created|owned|wholly|listed)\b"
                                # ("Company limited by shares (Art. 620 ff. of the Swiss Code of Obligations), owned by the 26 cantons")
                                r"|(?i:company[ \t]+limited[ \t]+by[ \t]+shares|public[ \t]+limited[ \t]+company|joint[- ]stock[ \t]+company)\b")


# its abbreviation or its stock-exchange listings after the name: "(BRD)", "(ASX: TRR)", "(NYSE: LTM)", "(AIX: DALA; KASE: DALA)"
LISTING = r"\((?:(?:[A-Z][A-Z0-9]{1,7}|[A-Z][a-z]+(?:\s+(?:de|of|du|[A-Z][a-z]+)){1,4}|[A-Z]+(?:\s+(?:OF|DE|[A-Z]+)){1,4}):\s*)?[A-Z][A-Z0-9.]{1,11}(?:;\s*[A-Z][A-Za-z ]{1,40}:\s*[A-Z][A-Z0-9.]{1,11})*\)"


def facility_below(author: str, heading: list[str]) -> str:
    """The one facility of several an authority runs that the line under its letterhead names ("TANZANIA PORTS
    AUTHORITY" over "Port of Tanga"): what the document reports on; else ""."""
    lines = [line.strip() for line in heading]
    at = next((i for i, line in enumerate(lines) if line.lower() == author.lower()), -1)
    below = lines[at + 1] if 0 <= at < len(lines) - 1 else ""
    words = set(load_lexicon("context")["operated_facility_words"])
    named = FACILITY_NAME.fullmatch(below)
    after = lines[at + 2] if 0 <= at < len(lines) - 2 else ""
    if not named or (named.group("head") or named.group("last")) not in words - STREET_WORDS or ADDRESS_LINE.search(after):
        return ""  # (not "Airport North Road", nor a facility heading the authority's address: "Port of Mombasa" over "P.O. Box 95009")
    return below if operated_by(author) else ""


STREET_WORDS = frozenset({"Road", "Roads", "Highway", "Highways", "Street", "Avenue", "Drive", "Lane"})
ADDRESS_LINE = re.compile(r"\b(?:P\.?\s?O\.?\s+)?Box\b|\bPrivate\s+Bag\b|^\d+[A-Za-z]?\s+[A-Z]")  # ("P.O. Box 95009", "12 Harbour Road")
# "Port of Tanga", "Jomo Kenyatta Airport" (not a title: "Monthly Port Statistics")
FACILITY_NAME = re.compile(r"(?P<head>[A-Z][\w’'-]*)\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?|(?:[A-Z][\w’'-]*\s+){1,3}(?P<last>[A-Z][\w’'-]*)")


# a sentence that says whose budget it is: "Government revenue from energy fell 14%" in a fund's report
GOVERNMENTS_OWN = re.compile(r"\b(?:[Gg]overnment|[Ss]tate|[Pp]ublic|[Tt]ax)(?:[’']s)?\s+(?:revenues?|spending|expenditures?|income|receipts)\b")


def bodys_own_money(rows: list[Observation], operated: str) -> list[Observation]:
    """A company's or an authority's own revenue and spending ("Operating revenue rose 3.3% to NOK 27.9
    billion" in a postal operator's report) are its accounts, not a government's budget (codebook.fallback_for: other_amount, other_share); a city or a
    county that issues its report runs a government's budget."""
    governments = load_lexicon("context")["territorial_operator_heads"]
    if not operated or set(operated.split(" of ")[0].split()) & set(governments):
        return rows  # ("Hereford County", "City of Port Arden", "Canterbury Regional Council")
    return [replace(row, indicator=fallback_for(row.unit)) if is_government_budget(row.indicator) and row.subject == operated
            and not GOVERNMENTS_OWN.search(row.sentence) else row for row in rows]


def operated_by(author: str) -> str:
    """What an operator reports on: what an authority runs ("Port Klang Authority" → "Port Klang"), or
    the company itself; "" for an authority that collects or regulates ("Gambia Revenue Authority"),
    whose figures are the country's."""
    lexicon = load_lexicon("context")
    words = author.split()
    heads = lexicon["operator_issuer_heads"]
    if (words[-1] in heads or author.split(" of ")[0].split()[-1] in heads) and set(words).isdisjoint(lexicon["operated_facility_words"]):
        return ""  # (also "Insurance Regulatory Authority of Uganda")
    return _without_last_word(author, lexicon["operator_issuer_heads"])


# "ACTUARIAL REVIEW OF THE NATIONAL INSURANCE FUND": a title in capitals naming the fund or company it reviews
# ("REPORT OF THE AUDITOR-GENERAL ON THE SCHOOL FEEDING PROGRAMME": no name runs across "ON THE")
TITLED_OPERATOR = re.compile(r"\b(?P<title>REVIEW|E?VALUATION|REPORT|ACCOUNTS|STATEMENTS|AUDIT)\s+OF\s+THE\s+(?:(?:19|20)\d\d(?:[/-]\d\d)?\s+)?"
                             r"(?P<name>(?:(?!(?:OF|ON|THE|FOR|INTO)\s)[A-Z][A-Z’'&-]*\s+){1,6}?(?P<head>[A-Z]+))\s*$")
# "REVIEW OF PRICES FOR HUNTER WATER CORPORATION FROM 1 JULY 2025": a regulator's decision on a company's prices
TITLED_REGULATED = re.compile(r"\b(?:PRICES|TARIFFS|CHARGES|FARES|TOLLS)\s+(?:FOR|OF)\s+(?:THE\s+)?(?P<name>(?:[A-Z][A-Z’'&-]*\s+){1,5}?"
                              r"(?P<head>[A-Z]+))(?:\s+(?:FROM|FOR|IN|TO)\b.*)?\s*$")


# "PETROLEUM FUND OF TIMOR-LESTE" over "QUARTERLY REPORT": a title line in capitals that is the fund's name
REPORT_TITLE = re.compile(r"\b(?:REPORT|REVIEW|STATEMENTS?|ACCOUNTS)\b")
TITLED_NAME = re.compile(r"(?P<name>(?:[A-Z][A-Z’'&-]*\s+){1,5}(?P<head>[A-Z]+)(?:\s+OF\s+[A-Z][A-Z’'-]*(?:\s+[A-Z][A-Z’'-]*){0,2})?)"
                         r"(?:\s+\([A-Z]{2,8}\))?")  # (its abbreviation after it: "NATIONAL SCHOOL FEEDING PROGRAMME (NSFP)")


STATEMENTS_OF = r"\b(?:[Ff]inancial\s+[Ss]tatements|[Aa]nnual\s+[Aa]ccounts|[Aa]nnual\s+[Rr]eport)\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,4})"


def titled_operator(heading: list[str], text: str) -> str:
    """The fund or company a title line in capitals says the document reviews ("ACTUARIAL REVIEW OF THE
    STATE PENSION FUND") or reports on (the line its name alone, below the issuer's), as the text writes
    its name ("State Pension Fund"); else ""."""
    lexicon = load_lexicon("context")
    heads = {head.upper() for head in lexicon["operator_company_heads"]}
    programmes = {head.upper() for head in lexicon["titled_programme_heads"]}
    for index, line in enumerate(heading):
        m = TITLED_OPERATOR.search(line.strip()) or TITLED_REGULATED.search(line.strip())
        if m and m.re is TITLED_OPERATOR and m.group("title") == "EVALUATION" and m.group("head") in programmes:
            # (an evaluation, not a lender's or an agency's review of its own programme with a country)
            return as_text_mostly_writes(as_text_writes(m.group("name"), text) or from_capitals(m.group("name")), text)
        if not m and index and index + 1 < len(heading) and REPORT_TITLE.search(heading[index + 1]) \
                and (named := TITLED_NAME.fullmatch(line.strip())) and not known_estimators().fullmatch(from_capitals(named.group("name"))):
            m = named  # (not "INTERNATIONAL MONETARY FUND" over its staff report: a body, not what it runs)
        if m and m.group("head") in heads and m.re is TITLED_REGULATED:
            # (the longest ending of the title's words that the text writes as a name: not "GAS SUPPLIED BY CITY GAS
            # COMPANY" but "City Gas Company")
            words = m.group("name").split()
            written = next((w for i in range(len(words) - 1) if (w := as_text_writes(" ".join(words[i:]), text))), "")
            if written:
                return as_text_mostly_writes(written, text)
        elif m and (m.group("head") in heads or m.re is TITLED_NAME and m.group("head") in programmes
                    and not known_estimators().search(m.group("name"))):  # (not a lender's: "IMF-SUPPORTED PROGRAMME")
            # (a programme's own annual report under its ministry's letterhead: its figures are the programme's)
            return as_text_mostly_writes(as_text_writes(m.group("name"), text) or from_capitals(m.group("name")), text)
    # "Public hearing on the Report of the Auditor-General on the financial statements of Air Namibia (Pty) Ltd": the
    # company whose accounts the document examines, named with its legal form
    forms = "|".join(re.escape(form) for form in lexicon["legal_forms"])
    for line in heading:
        if company := re.search(STATEMENTS_OF + rf",?\s+\(?(?:{forms})\b", line):
            return as_text_mostly_writes(company.group("name"), text)
    # "Red Metropolitana de Movilidad: ridership, service performance and finances" under "ANNUAL REPORT 2024", the
    # network the text goes on to define ("The Red Metropolitana de Movilidad (Red) integrates …"): what it reports on
    titles = set(load_lexicon("context")["title_words"])
    named = [m.group("name") for line in heading if (m := TITLED_TOPIC.match(line.strip()))
             and not {w.capitalize() for w in m.group("name").split()} & titles]  # (not "Labour Force Survey: …")
    defined = set(abbreviations(text).values()) if named else set()  # (the document's abbreviations read only then)
    return next((name for name in named if name in defined), "")


def company_as_its_text_names(author: str, operated: str, text: str = "") -> str:
    """An operating company as its text names it below its letterhead ("Meridian Power's results" under "Meridian
    Power Corporation"), unless that shorter name is another body's, one the company runs ("Universal Service Fund");
    without the country its letterhead adds ("the Akagera Telecom half-year results" under "AKAGERA TELECOM RWANDA PLC")."""
    if author.endswith((" Corporation", " Company")) and operated == author.rsplit(" ", 1)[0] and operated.split()[-1] not in body_heads() \
            and (not text or len(re.findall(rf"\b{re.escape(operated)}\b(?![ \t]+(?:Corporation|Company))", text)) > 1
                 or re.search(rf"\b{re.escape(operated)}['’]s\b", text)):
        return operated  # (not "the Southern Phosphate full-year results call" alone: a name used once as a modifier)
    return without_country_suffix(author, text) if text else author


def without_country_suffix(name: str, text: str) -> str:
    """A company's name without the country it ends in, when the text below its letterhead writes it so and never
    whole ("Akagera Telecom" for "Akagera Telecom Rwanda"; not "Bank of Jamaica", where the country follows "of")."""
    words = name.split()
    if len(words) < 3 or words[-2] in ("of", "the", "for", "and"):
        return name
    ended = [m for m in country_mentions(name) if m[1] == len(name) and m[0] > 0]
    if not ended:
        return name
    short = name[: ended[0][0]].rstrip(" ,-")
    letterhead = re.search(re.escape(name), text, re.IGNORECASE)
    below = text[letterhead.end():] if letterhead else text
    if len(short.split()) < 2 or below.count(name) or not re.search(rf"\b{re.escape(short)}\b(?![ \t]+(?:[Gg]roup|plc|PLC|parent))", below):
        return name
    initials = "".join(word[0] for word in short.split() if word[0].isupper())
    if re.search(rf"\b{re.escape(initials)}[ \t]+{re.escape(name[ended[0][0]:])}\b", below):
        return name  # "BAT Kenya" under "BRITISH AMERICAN TOBACCO KENYA PLC": the text keeps the country in its name
    return short


TITLED_TOPIC = re.compile(r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:de|del|la|of|the|and|y|du|des)\s+)?[A-Z][\w’'-]*){1,5}):\s+[a-z]")


def as_text_mostly_writes(name: str, text: str) -> str:
    """A company's name without its head noun when the text, below its letterhead, mostly writes it so
    ("Hunter Water", against one "Hunter Water Corporation"; "Meridian Luzon Power's results" under "Meridian
    Luzon Power Corporation (PSE: MLPC)"; "The Universal Service Fund was created …" under "UNIVERSAL SERVICE
    FUND COMPANY (USF)")."""
    words = name.split()
    if len(words) < 3 or words[-1] not in ("Corporation", "Company"):
        return name
    short = " ".join(words[:-1])
    letterhead = re.search(re.escape(name), text, re.IGNORECASE)
    below = text[letterhead.end():] if letterhead else text
    # (not inside another name: "Jamaica Public Service Commission")
    shorts, fulls = len(re.findall(rf"\b{re.escape(short)}\b(?!\s+(?:{words[-1]}|[A-Z]))", below)), below.count(name)
    return short if shorts > 2 * fulls or (shorts and not fulls) else name


NATIONAL_OPERATOR = re.compile(r"\b(?:system|network|grid)\s+operator\s+(?:of|for)\s+(?:the\s+)?(?P<place>.+?)\s*$", re.IGNORECASE)


NATIONAL_MARKET_OPERATOR = re.compile(r"\s*(?:The\s+|the\s+)?(?P<place>[A-Z][\w-]+)\s+(?:[a-z]+\s+(?:and\s+)?){0,4}"
                                      r"(?:market|system|network|grid)\s+operator\b", re.IGNORECASE)


def runs_national_system(line: str, home: Country) -> bool:
    """Whether a heading line calls the issuer the operator of its country's system ("Transmission
    system operator of Estonia")."""
    m = NATIONAL_OPERATOR.search(line)
    if m:
        return home.pattern.fullmatch(m.group("place")) is not None
    # "Czech electricity and gas market operator": the country's adjective before what it runs
    named = NATIONAL_MARKET_OPERATOR.match(line)
    return bool(named) and home.pattern.fullmatch(named.group("place")) is not None
