"""Who issued a document and in what voice it speaks: a statistics office's bulletin, a ministry's speech, a
paper's writers, an institution's projections, an operator's own report; its short names and the country it
is about. Which of a sentence's figures are the issuer's own, when the sentence names no estimator: issuer_figures."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.attribution import find_sources, org_pattern
from pipeline.names import clean_name
from pipeline.estimators import body_heads, estimator_country, estimator_type, is_person, known_estimators, known_names, one_word_country_names
from pipeline.captions import sole_note_source
from pipeline.note_sources import marked_columns
from pipeline.countries import Country, country_mentions, from_capitals
from pipeline.document_country import dateline_country, document_country
from pipeline.document_times import heading_lines
from pipeline.bilingual_names import ENGLISH_NAME_LINE, cognates, english_side, name_in_use, same_body
from pipeline.bracketed_names import bracketed_capitals_letterhead, glossed_name, letterhead_aliases
from pipeline.letterheads import country_qualifier, shares_a_word, abbreviated_letterhead, english_head, bilingual_capitals_letterhead, capitals_letterhead, glossed_native_letterhead, styled_abbreviation, from_heading_capitals, letterhead_body, titled_reporter
from pipeline.government_places import of_local_government
from pipeline.legal_forms import english_gloss, without_leading_form, without_legal_form
from pipeline.lexicon import load_lexicon
from pipeline.bylines import byline_names, document_writers
from pipeline.abbreviations import abbreviations, name_initials
from pipeline.references import known_full_name
from pipeline.operators import as_text_mostly_writes, facility_below, as_text_writes, company_as_its_text_names, operated_by, operates, runs_national_system, titled_operator
from pipeline.issuer_kinds import (
    title_lines, credits_itself, own_accounts, own_operations, preparing_firm, publishes_own_statistics, releases_own_estimates, releases_periodic_statistics, reports_own_survey,
    STATISTICS_UNIT, speaks_for_government, speaks_of_itself,
)


ABBREVIATION = re.compile(r"[A-Z]{2,8}")
SERVICE = re.compile(r"\b(?:Service|SERVICE)\s*$")  # "U.S." in "U.S. CENSUS BUREAU": initials keep their capitals


@dataclass(frozen=True)
class Issuer:
    """Who issued a document, as its heading tells."""

    author: str = ""  # the organisation: "World Bank", "Bank of Mongolia"
    writers: str = ""  # the persons of a byline: "Sokha Chea and Malin Lindqvist"
    statistics: bool = False  # a statistics office: every figure it gives is its own
    official: str = ""  # a part of the government: "Angola (official)"
    forecasts: bool = False  # an institution that makes its own projections: "World Bank", "Bank of X"
    reported: str = ""  # the body a news story's headline credits: "… grows 3.4 pct in 2025: BOK"
    speaking: str = ""  # the organisation whose "we" the document speaks with: "We forecast growth of 4.8%"
    operated: str = ""  # what an issuer that runs something reports on: "Panama Canal", "ZCCM Investments Holdings"


@lru_cache(maxsize=1)
def _author_patterns() -> tuple[tuple[re.Pattern[str], bool], ...]:
    """The letterhead patterns, each with whether it is tried on the first heading line only."""
    known = rf"(?P<org>{known_names()})"
    country = "(?:" + "|".join(map(re.escape, sorted(one_word_country_names(), key=len, reverse=True))) + ")"
    lexicon = load_lexicon("context")
    return tuple((re.compile(p.replace("{ORG}", org_pattern()).replace("{KNOWN}", known).replace("{COUNTRY}", country)
                             .replace("{GLOSS}", english_gloss()).replace("{EVENT}", lexicon["letterhead_event"]), re.MULTILINE), first)
                 for key, first in (("first_line_author_patterns", True), ("author_patterns", False)) for p in lexicon[key])


def _joint(name: str) -> str:
    """A letterhead line's name; two bodies side by side across a wide gap, each named by its institution head,
    as a joint one ("INTERNATIONAL MONETARY FUND      INTERNATIONAL DEVELOPMENT ASSOCIATION"); else its first part
    ("CENTRAL BANK OF KENYA      NAIROBI")."""
    parts = re.split(r"[ \t]{3,}", name)
    if len(parts) == 1:
        return name
    if len(parts) == 2 and all(english_head(part) for part in parts):
        return f"{parts[0]} {'AND' if name.isupper() else 'and'} {parts[1]}"
    return parts[0]


@lru_cache(maxsize=1)
def _body_part_after_dash() -> re.Pattern[str]:
    parts = "|".join(load_lexicon("context")["body_parts"])
    return re.compile(rf"(?P<body>.+?)\s+[–—-]+\s+(?:The\s+)?(?:[\w’'&]+\s+){{0,4}}(?:{parts})")


def _without_unit(line: str) -> str:
    """A letterhead line's body in capitals without the unit of it named after a middle dot ("DEPARTMENT OF TOURISM ·
    Mountaineering Section"): the body issues the document."""
    body, dot, unit = line.partition(" · ")
    return body if dot and body.isupper() and not unit.isupper() and unit[:1].isupper() and " " in body else line


def document_author(text: str) -> str:
    """The organisation that issued the document, as its heading names it ("BANK OF MONGOLIA —
    PRESS RELEASE", "Prepared by staff of the International Monetary Fund"); else ""."""
    # (a line of figures alone, a title page's "$48,750,000" over "CITY OF LINCOLN, NEBRASKA", is no line of it)
    # (a letterhead centred on the page is the same letterhead: its lines without their leading blanks)
    # (nor is a file number over the letterhead, an Indian office memorandum's "F. No. 19(1)/2025/Div.II/NPPA")
    heading = [name_in_use(english_side(_without_unit(line.strip())), text) for line in text[:800].splitlines()
               if re.search(r"[^\W\d_]", line) and not FILE_NUMBER_LINE.match(line)][:4]
    for pattern, first_only in _author_patterns():
        m = next((m for line in heading[: 1 if first_only else None] if (m := pattern.search(line))), None)  # a name within one line
        below = next((b for line in heading[heading.index(m.string) + 1 :][:1] for other, _ in _author_patterns()
                      if (b := other.search(line))), None) if m else None
        gloss = next((g for line in heading[heading.index(m.string) + 1 :][:1] if (g := ENGLISH_NAME_LINE.match(line))), None) if m else None
        # "MINISTRY OF PLANNING AND INVESTMENT" over "GENERAL STATISTICS OFFICE": the office issues it; so does a
        # department named with its own abbreviation ("GENERAL DEPARTMENT OF CUSTOMS AND EXCISE OF CAMBODIA (GDCE)"),
        # not one without ("BUDGET DEPARTMENT": the ministry's circular)
        if m and not below and MINISTRY.match(m.group("org")) and (unit := next(
                (UNIT_LINE.match(line) for line in heading[heading.index(m.string) + 1 :][:1]), None)) and _defines_itself(unit, text):
            m = unit  # "MINISTRY OF MINES …" over "Mining Cadastre Department", which the text names as "the Department"
        elif below and STATISTICS_UNIT.match(below.string) and not SERVICE.search(below.string):
            pass  # "CURAÇAO TOURIST BOARD" over "Research & Statistics Department": the board's own unit (a "… Statistical Service" is an office)
        elif below and (estimator_type(below.group("org")) == "official_statistics"
                      or (MINISTRY.match(m.group("org")) and (OWN_ABBREVIATION.search(below.string)
                                                             or SEPARATE_BODY.search(below.group("org"))))):
            m = below
        elif below and english_head(below.group("org")) and not english_head(m.group("org")) and same_body(m.group("org"), below.group("org")) \
                and (below.group("org").isupper() == m.group("org").isupper() or shares_a_word(m.group("org"), below.group("org"))):
            m = below  # "HRVATSKA NARODNA BANKA" over "CROATIAN NATIONAL BANK": the name in English, the one readers cite
        elif gloss and m.group("org").isupper() and english_head(gloss.group("org")) and not english_head(m.group("org")) \
                and same_body(m.group("org"), gloss.group("org")) and cognates(m.group("org"), gloss.group("org")):
            m = gloss  # "FONDO NACIONAL DE FINANCIAMIENTO FORESTAL (FONAFIFO)" over "National Forestry Financing Fund"
            # (not a unit of the body: "BANGKO SENTRAL NG PILIPINAS" over "Corporate Affairs Office")
        if m and pattern.pattern.startswith("^By") and _names_persons(m.group("org")):
            continue  # a byline of persons: the writers (references.document_writers), not an issuer
        if m:
            # "INTERNATIONAL MONETARY FUND      INTERNATIONAL DEVELOPMENT ASSOCIATION": two bodies' joint letterhead
            name = _joint(m.group("org").strip())
            if ABBREVIATION.fullmatch(bare := without_legal_form(name).rstrip(" ,")):
                # "OTE, a.s.": an abbreviation keeps its capitals; "IMPIC, I.P." over "Instituto dos Mercados Públicos,
                # do Imobiliário e da Construção": the line below spells it out
                spelled = next((line.strip() for line in heading[heading.index(m.string) + 1 :][:1]), "")
                return spelled if name_initials(spelled) == bare else bare
            capitals = bare.isupper()  # (also "HALDEN RATINGS GmbH")
            # "SHIP RECYCLING INDUSTRIES ASSOCIATION (INDIA)": the body of that country, named with it
            country = country_qualifier(m.string[m.end("org") :]) if capitals else ""
            if capitals and not country and not as_text_writes(bare, text) and (styled := styled_abbreviation(m.string[m.end("org") :], text)):
                return styled  # "LUX-DEVELOPMENT S.A. (LUXDEV)" over a text that writes "LuxDev": the name readers see
            if capitals and (led := without_leading_form(bare, text)) != bare and as_text_writes(led, text):
                bare = led  # "PT BIO FARMA (PERSERO)", which the text writes "Bio Farma"
            if capitals and bare != name and as_text_writes(bare, text):
                name = bare  # "ELECTRICIDADE DE MOÇAMBIQUE, E.P.", which the text writes without its form
            if capitals and (written := as_text_writes(name, text)):
                name = written  # "ZCCM INVESTMENTS HOLDINGS PLC": "ZCCM Investments Holdings Plc", as the text goes on to write it
            if name.isupper() and " " in name:  # a heading in capitals: "BANK OF MONGOLIA" → "Bank of Mongolia"
                name = from_heading_capitals(name)
            name = without_legal_form(clean_name(name)) + (f" ({country})" if country else "")
            # "Bureau of National Statistics of the Republic of Kazakhstan": a heading's formal
            # state qualifier is not part of how the body is named
            body = re.sub(r"\s+of\s+the\s+(?:Republic|Kingdom|Federation|State)\s+of\s+.+$", "", name)
            # ("Ministry of Health and Mass Media - Democratic Socialist Republic of Sri Lanka": the state after a dash)
            body = re.sub(r"\s+[–—-]+\s+(?:The\s+)?(?:(?:United|Democratic|Socialist|Federal|Islamic|People's|Plurinational|Bolivarian)\s+){0,3}"
                          r"(?:Republic|Kingdom|Federation|State|Sultanate|Emirate|Principality|Commonwealth)\s+of\s+.+$", "", body)
            name = body if len(body.split()) >= 3 else name  # "Central Bank of the Republic of X" stays whole
            # ("EJIDO LOS OYAMELES, MUNICIPALITY OF OCAMPO, MICHOACÁN": where the body is, after a comma, is no part of its name)
            name = LOCATED_IN.sub("", name)
            # ("CITY OF NEW ORLEANS - OFFICE OF THE MAYOR": the office of its head speaks for the government it heads)
            name = re.sub(r"\s+[–—-]+\s+(?:The\s+)?Office\s+of\s+the\s+(?:Mayor|Governor|Premier|President|(?:Chief|First|Prime)\s+Minister)$", "", name)
            # ("SHETLAND ISLANDS COUNCIL - DEVELOPMENT COMMITTEE": a body's committee, board or unit speaks for the body)
            if (part := _body_part_after_dash().fullmatch(name)) and english_head(part.group("body")):
                name = part.group("body")
            known = known_estimators().fullmatch(name) or known_estimators().fullmatch(re.sub(r"\s+Group$", "", name))
            return known.group() if known else of_local_government(name, heading[: heading.index(m.string)], text)  # ("World Bank Group": the World Bank)
    return letterhead_body(text) or next(iter(role_holders(text).values()), "") or abbreviated_letterhead(heading) \
        or capitals_letterhead(text) or bilingual_capitals_letterhead(text) or bracketed_capitals_letterhead(text) \
        or glossed_native_letterhead(text)


def defined_names(text: str, author: str) -> dict[str, str]:
    """What the document's abbreviations (abbreviations.abbreviations) and the roles its heading names
    ("Independent Administrator: …") stand for; one its letterhead defines in capitals ("ROYAL ESWATINI
    SUGAR CORPORATION LIMITED (RES)") stands for the issuer as it is named."""
    # (the letterhead's words before the abbreviation, perhaps cut short: "… PRICING AND REGULATORY TRIBUNAL OF X (IPART)")
    defined = {abbr: author if author and full.isupper() and _cut_short(without_legal_form(full), author, abbr) else full
               for abbr, full in abbreviations(text).items()}
    native = glossed_name(text, author)  # "LEMBAGA ZAKAT SELANGOR (SELANGOR ZAKAT BOARD)": its name in its own language
    defined = {abbr: author if native and full == native else full for abbr, full in defined.items()}
    # (also without the country or place after its last "of": "NFSA" for "National Film and Sound Archive of Australia")
    for name in (author, from_heading_capitals(native) if native else "", author.rsplit(" of ", 1)[0] if " of " in author else ""):
        initials = name_initials(name) if name else ""
        if len(initials) >= 3 and initials not in defined and re.search(rf"\b{initials}\b", text):
            defined[initials] = author  # "The CTB estimates …" under a "CURAÇAO TOURIST BOARD" letterhead, never spelled out
    if (head := _distinct_last_word(author)) and re.search(rf"\b[Tt]he {head}\b", text):
        defined.setdefault(head, author)  # "the Beitragsservice" for "ARD ZDF Deutschlandradio Beitragsservice"
    for initials in letterhead_aliases(text, author)[1:]:
        defined[initials] = author  # "(AGENCY FOR RESTRUCTURING …, ARiMR)" under its name in its own language: "Source: ARiMR …"
    if author and (at := text.find(author)) >= 0 and (short := SHORT_NAME_AFTER.match(text, at + len(author))):
        defined.setdefault(short.group("short"), author)  # "Deccan Plateau Tollways Limited (the Company)": "Source: Company data"
    return defined | role_holders(text)


def _distinct_last_word(author: str) -> str:
    """The last word of an issuer's name of several when it is a word of its own, long and no institution's head
    ("Beitragsservice"; not "Board", "Authority"), by which a text may call it for short; else ""."""
    words = author.split()
    last = words[-1] if len(words) > 1 else ""
    return last if len(last) >= 8 and last[0].isupper() and last[1:].islower() and last not in body_heads() \
        and last.capitalize() not in load_lexicon("context")["institution_heads"] else ""


def _cut_short(full: str, author: str, abbr: str) -> bool:
    """Whether a letterhead's capitals before an abbreviation are the issuer's name, perhaps without its first
    words, whose initials the abbreviation spells ("PRICING AND REGULATORY TRIBUNAL OF …" under IPART's name; not
    "NEW SOUTH WALES (NSW)")."""
    words = author.split()
    every, content = "".join(w[0] for w in words).upper(), name_initials(author)
    return author.lower() == full.lower() or (author.lower().endswith(" " + full.lower()) and (every.startswith(abbr) or content.startswith(abbr)))


# the short name a document gives its issuer right after its name: "… Limited (the Company)", "(KWS, the Service)"
SHORT_NAME_AFTER = re.compile(r"(?:,?\s+[A-Z][\w.]*)?\s*\((?:[A-Z][\w.]{1,9},\s*)?the\s+(?P<short>[A-Z][a-z]{3,})\)")


def role_holders(text: str) -> dict[str, str]:
    """The firms a report's heading names in their roles: {"Independent Administrator": "Kaloum Audit & Conseil"}."""
    return {m.group("role"): clean_name(m.group("org")) for line in heading_lines(text) if (m := _role_line().fullmatch(line))}


@lru_cache(maxsize=1)
def _role_line() -> re.Pattern[str]:
    roles = "|".join(re.escape(r) for r in load_lexicon("context")["report_roles"])
    return re.compile(rf"\s*(?P<role>(?:[A-Z][a-z]+[ \t]+){{0,2}}(?:{roles}))[ \t]*:[ \t]*{org_pattern()}[ \t]*")


MINISTRY = re.compile(r"\s*(?:THE\s+|The\s+)?(?:MINISTRY|Ministry)\b")  # over one of its departments
OWN_ABBREVIATION = re.compile(r"\([A-Z]{2,10}\)\s*$")


UNIT_HEADS = "|".join(load_lexicon("context")["ministry_unit_heads"])
UNIT_LINE = re.compile(rf"^[ \t]*(?P<org>(?:[A-Z][\w’'-]*[ \t]+){{1,5}}(?:{UNIT_HEADS})"
                       rf"|(?:{UNIT_HEADS})[ \t]+of[ \t]+[A-Z][\w’' -]{{2,60}}?)(?:[ \t]+\((?P<abbr>[A-Z]{{2,10}})\))?[ \t]*$")


def _defines_itself(unit: re.Match[str], text: str) -> bool:
    """Whether the text goes on to name a ministry's unit under its letterhead with the short name it
    will speak of itself by ("The Mining Cadastre Department (the Department) receives …"), or by the abbreviation
    its letterhead line gives it ("Directorate of Public Debt and Grants (DDPD)" … "on the DDPD website"): its own report."""
    if unit.group("abbr") and len(re.findall(rf"\b{unit.group('abbr')}\b", text)) > 1:
        return True
    return re.search(rf"\b{re.escape(unit.group('org').strip())}\s+\((?:the\s+)?(?:{UNIT_HEADS})\)", text) is not None


# "MINISTRY OF FINANCE" over "PUBLIC DEBT MANAGEMENT OFFICE": an office, agency or service of its own issues it
# (or a directorate general: "MINISTRY OF FINANCE" over "DIRECTORATE GENERAL OF TAXES")
SEPARATE_BODY = re.compile(r"\b(?:OFFICE|AGENCY|BUREAU|AUTHORITY|SERVICE|Office|Agency|Bureau|Authority|Service)\s*$|^\s*(?:DIRECTORATE|Directorate)[- ](?:GENERAL|General)\b")


def compiles_bank_statistics(author: str, text: str) -> bool:
    """Whether a central bank's document gives its own statistics (a weekly bulletin, a release of
    remittance figures, a financial stability report), its heading announcing no monetary-policy
    decision or report: a decision's statement restates others' figures."""
    if not author or estimator_type(author) != "central_bank":
        return False
    lexicon, lines = load_lexicon("context"), heading_lines(text)
    title = title_lines(lines)
    if re.search(lexicon["monetary_policy_heading"], title, re.IGNORECASE):
        return False
    return re.search(lexicon["bank_statistics_titles"], title, re.IGNORECASE) is not None or (
        re.search(lexicon["bank_release_titles"], title, re.IGNORECASE) is not None
        and re.search(lexicon["monetary_policy_heading"], " ".join(lines), re.IGNORECASE) is None)


def _names_persons(names: str) -> bool:
    return all(is_person(name) and estimator_type(name) == "other" for name in byline_names(names))


def home_country(text: str) -> Country | None:
    """The country a document is about (document_country.document_country), its issuer's country counting
    for it when a national body issued it ("MINISTRY OF UNIFICATION": South Korea's white paper)."""
    author = document_author(text)
    national = author and estimator_type(author) in load_lexicon("context")["national_issuer_types"]
    # ("Statistics Portugal", "Bank of Mongolia": a national body named after its country)
    named = next((country.name for _, _, country in country_mentions(author)), "") if national else ""
    if national and not (estimator_country(author) or named):
        # "HRVATSKA NARODNA BANKA" over "CROATIAN NATIONAL BANK": the body's name in the heading's other language
        named = next((country.name for line in heading_lines(text)[:4] if estimator_type(line) == estimator_type(author)
                      for _, _, country in country_mentions(from_capitals(line))), "")
        if not named and not set(author.split()) & set(load_lexicon("places")["supranational_name_words"]):
            # "BANKA SLOVENIJE" over "Ljubljana, 21 October 2025": the country of the city it writes from (not
            # a union's body, the European Central Bank's in Frankfurt)
            named = getattr(dateline_country(text), "name", "")
    elif author and not national and author.split()[-1] in load_lexicon("context")["national_body_heads"] and len(own := country_mentions(author)) == 1:
        named = own[0][2].name  # "Mexican Railway Association": a country's association (not "Turkish Airlines" abroad)
    return document_country(text, (estimator_country(author) or named) if national else named)


def document_issuer(text: str, home: Country | None) -> Issuer:
    heading = heading_lines(text)
    if firm := preparing_firm(heading):  # an actuary's or a consultant's report gives the firm's own figures
        return Issuer(author=firm, statistics=True, speaking=firm, operated=titled_operator(heading, text))
    author = document_author(text)
    titled = titled_reporter(heading, author)  # a unit's own report under its ministry's letterhead: its own figures
    author = titled or author
    government = speaks_for_government(author)
    # a ministry's budget statement or speech is the government's own word; its bulletin or white paper
    # gives the ministry's own figures, as a statistics office's bulletin gives the office's
    policy = government and any(GOVERNMENT_WORD.search(line) for line in heading)
    operating = operates(author, text)
    accounts = own_accounts(author, heading)
    operated = (facility_below(author, heading) or as_text_mostly_writes(operated_by(author), text) if operating
                else titled_operator(heading, text)) or accounts or own_operations(author, heading)
    if operated.split()[-1:] and operated.split()[-1] in load_lexicon("context")["titled_programme_heads"] \
            and estimator_type(author) == "international_organisation":
        operated = ""  # a lender's or an agency's programme with the country: the figures stay the country's
    if operated and home and any(runs_national_system(line, home) for line in heading):
        operated = ""  # "Transmission system operator of Estonia": it reports on the country's system
    named = company_as_its_text_names(author, operated, text) if operating else author
    # (its own operations, by the same name; "Southern Phosphate" is "Southern Phosphate Company" when the text does not
    # name the company so, company_as_its_text_names)
    operated = named if operated == author or (named == author and operated == author.rsplit(" ", 1)[0]
                                               and author.endswith((" Corporation", " Company"))
                                               and operated.split()[-1] not in body_heads()) else operated
    author = named
    return Issuer(
        author=author,
        writers=document_writers(heading),
        statistics=publishes_own_statistics(author) or reports_own_survey(author, text) or releases_own_estimates(author, text)
        or releases_periodic_statistics(author, text)
        or (government and not policy) or credits_itself(author, text) or operating or speaks_of_itself(author, text, heading)
        or compiles_bank_statistics(author, text) or author in role_holders(text).values()  # a reconciler's own figures
        or bool(accounts) or bool(titled) or (bool(author) and operated == author),  # (its own operations: "Fiji Corrections Service")
        official=f"{home.name} (official)" if home and policy else "",
        # (a treasury or a department issuing its own review makes its own projections too: "NATIONAL TREASURY")
        forecasts=bool(author) and (estimator_type(author) in load_lexicon("context")["forecasting_issuer_types"]
                                    or author.split()[-1] in load_lexicon("context")["government_issuer_heads"]),
        reported=headline_source(text) or (opening_release_source(text, home) if not author else ""),
        # an unsigned opinion: its forecaster's "we", or the body its own tables cite
        speaking=author or next(iter(marked_columns(text).values()), "") or sole_note_source(text),
        operated=operated,
    )


LOCATED_IN = re.compile(r",\s+(?:Municipality|District|County|Province|Parish|Commune|Borough|Shire|Region)\s+of\s+.+$")
FILE_NUMBER_LINE = re.compile(r"\s*(?:F\.|File)\s*No\.\s*\S*\d\S*\s*$")
GOVERNMENT_WORD = re.compile(r"\b(?:[Bb]udget [Ss]tatement|BUDGET STATEMENT|[Ss]peech|SPEECH|[Aa]ddress|ADDRESS|[Pp]olicy [Ss]tatement|POLICY STATEMENT|[Mm]inisterial [Ss]tatement|MINISTERIAL STATEMENT|[Ff]iscal [Ss]trategy|GAZETTE|Gazette)\b")


def headline_source(text: str) -> str:
    """The body a story's headline credits for its news ("N. Korea's economy grows 3.4 pct in 2025:
    BOK"), by its full name when it is a known estimator; "" when the headline credits none."""
    first = next((line for line in text[:400].splitlines() if line.strip()), "")
    m = re.match(load_lexicon("context")["headline_source"], first)
    if not m:
        return ""
    name = m.group("org")
    heads = load_lexicon("context")["institution_heads"]
    if not (name.isupper() or name.split()[-1] in heads or known_full_name(name) != name or estimator_type(name) != "other"):
        return ""  # "…: analysis", "…: Smith": not a body
    return known_full_name(name)


def opening_release_source(text: str, home: Country | None) -> str:
    """The statistics office whose release a document is without a letterhead, as its heading names a
    release ("Flash estimate - October 2025") and its first sentence credits the office ("…, according
    to a flash estimate from Eurostat, the statistical office of the European Union"); else ""."""
    lines = heading_lines(text)
    if not lines or not re.search(load_lexicon("context")["release_heading"], title_lines(lines), re.IGNORECASE):
        return ""
    named = {name for _, name in find_sources(lines[-1], home)}
    office = next(iter(named)) if len(named) == 1 else ""
    return office if publishes_own_statistics(office) else ""
