"""How a document refers back to the estimators it names: a short name for a longer one ("Zijin
said"), joint names ("the FAO and the WFP"), and references such as "the Bank", "the same agency", "he"
or "staff". The abbreviations it defines are read in `pipeline.abbreviations`."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.countries import countries, country_named_alone
from pipeline.matching import led_by
from pipeline.names import clean_name
from pipeline.estimators import estimator_type, is_person
from pipeline.lexicon import load_lexicon


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return load_lexicon("context")


def longer_name(name: str, text: str, end: int) -> str:
    """'Zijin said' after '… owned by China’s Zijin Mining': a one-word name stands for the longer
    name the document (`text`) gave it before `end` (its first words), whether or not that one was
    an estimator. The text before `end` is read in place: a slice of it would copy the document up
    to each name."""
    lex = _lexicon()
    if " " in name and name.split()[-1] in lex["institution_heads"] and name[:1].isupper():
        return _with_its_qualifier(name, text, end)
    if " " in name or not name[:1].isupper() or name.lower() in lex["author_references"] \
            or name in lex["person_pronouns"] or name.lower() in {h.lower() for h in lex["institution_heads"]}:
        return name
    if text.find(name, 0, end) < 0:
        return _from_reference_list(name, text)  # ("Reid reckoned …", first named so, in a text whose references list "Reid, Anthony (1993).")
    longer = re.compile(rf"\b{re.escape(name)}(?:[ ](?:&[ ])?[A-Z][\w&’'-]+)+")  # on one line and within one column: not into a heading or the next column
    # every match starts with the name: tried only where it stands (str.find), not at every character
    at = text.find(name, 0, end)
    while at >= 0:
        if m := longer.match(text, at, end):
            return clean_name(m.group())
        at = text.find(name, at + 1, end)
    return _with_first_name(name, text, end)


# "the Statistics Agency under the President of Uzbekistan", "the National Bureau of Statistics of the Republic of
# Moldova": the words that finish a body's name, which the text then leaves out
QUALIFIER_AFTER = re.compile(r"[ ](?:under|of)[ ]the[ ](?:[A-Z][\w’'-]+[ ]){0,2}(?:President|Prime[ ]Minister|Cabinet|Government|"
                             r"Council[ ]of[ ]Ministers|Ministry[ ]of[ ][A-Z][\w’'-]+|Republic|Kingdom|Federation|State)"
                             r"(?:[ ]of[ ](?:the[ ])?[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,2})?")


PLACED_AFTER = re.compile(r"[ ](?:in|of|at)[ ](?:the[ ])?[A-Z]")


def _with_its_qualifier(name: str, text: str, end: int) -> str:
    """A body's name as the document first wrote it before `end`, with the words that finished it ("Statistics
    Agency" for "the Statistics Agency under the President of Uzbekistan"); else the name."""
    at = text.find(name, 0, end)
    m = QUALIFIER_AFTER.match(text, at + len(name)) if at >= 0 else None
    # (not one the sentence places elsewhere: "the Statistics Committee in Bishkek" after Tajikistan's)
    return name + m.group() if m and not PLACED_AFTER.match(text, end + len(name)) else name


OFFICE_JOINER_BEFORE = re.compile(r"\b(?:of|and|for|the|on)[ ]$")
FIRST_NAME = re.compile(r"(?<![\w’'-])(?:[A-ZÀ-Ö][a-zà-ÿ’'-]+(?:-[A-ZÀ-Ö][a-zà-ÿ’']+)?[ ]){1,2}$")  # ("Bernard-Philippe Groslier")  # ("Ömer Lütfi Barkan": two first names)


@lru_cache(maxsize=1)
def _not_first_names() -> frozenset[str]:
    """Capitalised words before a surname that are no first name: titles, sentence openers, months."""
    lex = _lexicon()
    # (and the articles of other languages: "Stichting Het Rijksmuseum" names no person Het Rijksmuseum)
    return frozenset({*lex["person_titles"], *lex["not_names"], *lex["months"], *lex["name_articles"], "The", "the"})


def _with_first_name(surname: str, text: str, end: int) -> str:
    """'Arce said' after 'Economy Minister Federico Arce presented …': a surname stands for the full
    name the document wrote before (the capitalised word before it, not a title or a sentence opener)."""
    skip = _not_first_names()
    at = text.rfind(surname, 0, end)
    while at > 0:
        m = FIRST_NAME.search(text, max(0, at - 30), at)
        first = m.group().split() if m else []
        while any(word in skip or word.endswith(("'s", "’s")) for word in first):
            first = first[1:]  # ("Economist John Smith", "However Smith", "Stichting Het Rijksmuseum", "Chartered's David Mann")
        if len(first) == 2 and OFFICE_JOINER_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            first = first[1:]  # ("Minister of Natural Resources and Ecology Alexander Kozlov": the office's last word)
        if first and re.match(rf"{re.escape(surname)}\b", text[at:end]):
            return " ".join(first) + " " + surname
        at = text.rfind(surname, 0, at)
    return _from_reference_list(surname, text)


def _from_reference_list(surname: str, text: str) -> str:
    """'Pamuk's estimate' in a text whose references list 'Pamuk, Şevket (2018).': the surname with the
    one first name its reference entries give it (two different ones leave the surname alone)."""
    first_names = set(re.findall(rf"(?m)^[ \t]*(?:\d+\.|\[\d+\]|[*•-])?[ \t]*{re.escape(surname)},[ ]([^\W\d_][\w’'-]+)(?:[ ][A-Z]\.)*[ ]\(", text))
    first_names = {name for name in first_names if name[0].isupper()}
    # (an entry by initials alone is another person, unless its initial is the name's: "Smith, A. (1776)" beside "Smith, Vernon")
    initials = set(re.findall(rf"(?m)^[ \t]*(?:\d+\.|\[\d+\]|[*•-])?[ \t]*{re.escape(surname)},[ ]([A-Z])\.", text))
    return f"{first_names.pop()} {surname}" if len(first_names) == 1 and initials <= {next(iter(first_names))[0]} else surname


def _shortened_from(name: str, named_before: list[str]) -> str:
    """The longer name, named before, that a body's name without its place is short for ("Statistics
    Department" of "Anguilla Statistics Department"); not a bank's or a fund's ("Central Bank" may be
    another's), nor a person's; else ""."""
    words = name.split()
    if words[-1].lower() not in {h.lower() for h in _lexicon()["institution_heads"]} or words[-1] in ("Bank", "Fund") \
            or is_person(name):
        return ""
    return next((full for full in reversed(named_before) if " and " not in full and (
                 full.endswith(" " + name) and full[: -len(name) - 1].istitle()
                 or full.startswith(name + " ") and country_named_alone(full[len(name) + 1 :])  # "Statistics Department Montserrat"
                 )), "")


def resolve_references(
    sources: list[tuple[int, str]], named_before: list[str], author: str = "", text: str = "", end: int = 0,
) -> list[tuple[int, str]]:
    """'the Bank', 'the office said': a bare institution word refers to the last estimator named
    earlier in the document whose name contains it ("Bank of Mongolia", "Statistics Office").
    'Staff estimate' refers to the document's author; 'He suggested' to the person last named, and
    'Adebayo said' to the person of that surname named before."""
    heads = {h.lower() for h in _lexicon()["institution_heads"]} | {"lender", "company"}
    resolved = []
    for position, name in sources:
        if name.lower() in _lexicon()["author_references"]:
            if not author:
                continue  # "staff" of a document whose issuer is not known names no one
            name = author
        elif name in _lexicon()["person_pronouns"]:
            person = next((full for full in reversed(named_before) if is_person(full)), None)
            if person is None:
                continue
            name = person
        elif len(name.split()) == 1 and any(is_person(full) and full.split()[-1] == name for full in named_before):
            name = next(full for full in reversed(named_before) if is_person(full) and full.split()[-1] == name)  # "Adebayo said"
        elif name.lower() == "it":  # "It expects …": the body its own sentence opens with, else the one named last
            opening = _opening_body(text, end, end + position)
            if text and CLOSING_PRONOUN.match(text, end + position - 2):  # "…, it reported.": a body of its own sentence
                name = opening or _body_before_pronoun(text, end, end + position)
            else:
                name = opening or next((full for full in reversed(named_before) if not is_person(full)), "")
            if not name:
                continue
        elif GENERIC_BANK.fullmatch(name) and (bank := central_bank_named(text, end)).startswith(name + " "):
            name = bank  # "the National Bank cut …" after the "National Bank of Tajikistan"
        elif name.lower() in _lexicon()["central_bank_references"]:
            # "Morocco's central bank cut its rate", "the Reserve Bank replaced it": the document's
            # central bank, by the name it gives it before, else after (a lead names it later)
            name = central_bank_named(text, end) or name
        elif name.lower().startswith("same "):  # "The same agency puts …": the estimator named last
            name = next((full for full in reversed(named_before) if not is_person(full)), "")
            if not name:
                continue
        elif 2 <= len(name.split()) <= 3 and (shortened := _shortened_from(name, named_before)):
            name = shortened  # "the Statistics Department's survey" after the "Anguilla Statistics Department"
        elif len(name.split()) == 1 and name[:1].isupper() and name.lower() not in heads and any(
                full.startswith(name + " ") and " and " not in full for full in named_before):
            name = next(full for full in reversed(named_before)
                        if full.startswith(name + " ") and " and " not in full)  # "Seatrace puts"
        elif len(name.split()) == 1 and name[:1].isupper() and name.lower() not in heads and any(
                name in full.split() and " and " not in full for full in named_before):
            name = next(full for full in reversed(named_before) if name in full.split() and " and " not in full)  # "the Panel"
        elif len(name.split()) == 1 and name.lower() in heads:
            # "The Bank now projects …" in the Bank of Namibia's own statement: the issuer, though it
            # named the European Central Bank since
            own = author if author and name[0].isupper() and name.lower() in author.lower().split() else None
            match = own or next((full for full in reversed(named_before) if name.lower() in full.lower().split()), None)
            if match is None and name.lower() == "lender":
                match = next((full for full in reversed(named_before) if "Bank" in full or "Fund" in full), None)
            if match is None and text:
                match = _known_named_before(name, text, end)  # "the IMF raised …" earlier: "the Fund"
            if match is None and author:
                match = author  # "The Board expects …" in the issuer's own release
            if match is None and text:
                match = _body_named_before(name, text, end)  # "The Ministry of Finance is more upbeat. … the ministry said"
            if match is None and name.lower() in ("firm", "company", "group") and text:
                match = _possessor_before(text, end, end + position)  # "Audi's engine plant …; according to the company"
            if match is None and name.lower() in ("agency", "firm", "company", "group"):
                # "Fitch Ratings … The agency expects …": the body named last
                earlier = [*named_before, *(resolved_name for _, resolved_name in resolved)]  # its own sentence's too
                match = next((full for full in reversed(earlier) if not is_person(full)), None)
            if match is None:
                continue  # an unresolved "the bank" names no one
            name = match
        if author and text and _authors_body(name, author, text):
            name = author  # "approved by the Executive Board" in the IMF's release that names the "IMF Executive Board"
        if name in _lexicon()["rate_setting_bodies"] and (bank := central_bank_named(text, end)):
            name = bank  # "The Monetary Policy Committee kept the repo rate at 6.50 per cent": the bank's committee
        resolved.append((position, name))
    return resolved


# "In 2023 the Gafsa Phosphate Company mined only 3.2 million tonnes, …, it reported": a body named in the
# sentence before a pronoun that closes it
BODY_NAME = r"(?P<name>[A-Z][\w’'&-]*(?:[ \t]+(?:(?:of|for|and|the|on)[ \t]+)*[A-Z][\w’'&-]*){1,6})"
BODY_IN_SENTENCE = re.compile(rf"\b(?:the[ \t]+)?{BODY_NAME}")


CLOSING_PRONOUN = re.compile(r",\s+it\s")  # "…, it reported.": an "it" that closes its sentence
COMMON_BODY = re.compile(r"\b[Tt]he\s+(company|firm|corporation|group)\b")


def _body_before_pronoun(text: str, start: int, before: int) -> str:
    """The last body the sentence that begins at `start` names before `before`, by a name whose head is
    an institution's or a company's ("… Phosphate Company"), for an "it" that closes the sentence."""
    if not text:
        return ""
    if common := COMMON_BODY.search(text, start, before):  # "the company mined only 3.2 million tonnes"
        return _body_named_before(common.group(1), text, start) or ""
    heads = _institution_heads() | frozenset(_lexicon()["company_heads"])
    names = [m.group("name") for m in BODY_IN_SENTENCE.finditer(text, start, before) if heads.intersection(m.group("name").split())]
    return names[-1] if names else ""


# "The Bank of Korea, South Korea’s central bank, measures in won instead: it put …": a body's name
# opening the sentence, set off by a comma
OPENING_BODY = re.compile(rf"(?:The[ \t]+)?{BODY_NAME},")


def _opening_body(text: str, start: int, before: int) -> str:
    """The body named at the start of the sentence that begins at `start`, if it is named before
    `before` (where the pronoun stands) and is an institution ("… Bank of …", "… Institute")."""
    m = OPENING_BODY.match(text, start, before) if text else None
    return m.group("name") if m and _institution_heads().intersection(m.group("name").split()) else ""


@lru_cache(maxsize=1)
def _institution_heads() -> frozenset[str]:
    return frozenset(_lexicon()["institution_heads"])


def is_institution_head(word: str) -> bool:
    """Whether a word is what an institution is ("Bank", "Fund", "ministry"), not a name of one."""
    return word.lower() in _lowered_institution_heads()


@lru_cache(maxsize=1)  # asked for each estimator a sentence names
def _lowered_institution_heads() -> frozenset[str]:
    return frozenset(h.lower() for h in _institution_heads())


# A bank's proper name: "Bank Al-Maghrib", "Banque du Liban", "Reserve Bank of Zimbabwe", "Central Bank of Kenya"
BANK_NAME = led_by("[A-Z]",  # on one line: not into a heading (led by its capital: searched for in whole documents)
    r"\b(?:[A-Z][\w’'-]*[ \t]+){0,3}(?:Bank|Banque|Banco)(?:[ \t]+(?:of|du|de|do|da|al|Al|of[ \t]+the))?(?:[ \t-]+[A-Z][\w’'-]*){1,3}"
    r"(?:[ \t]+(?:of|de|du|do|da)[ \t]+(?:[A-Z]\w*|the[ \t]+[A-Z]\w*))?"  # ("Central Bank of the Republic of Turkey")
    r"|\b(?:[A-Z][\w’'-]*[ \t]+){1,3}(?:Bank|Banque|Banco)\b"
    r"|\b[A-Z][a-z]{2,}bank\b")  # "Riksbank", "Bundesbank": a bank's name in one word


CENTRAL_BANK_LIKE = re.compile(r"\b(?:Central|Reserve|National|State|People’s|People's)\b|\bBank\s+(?:of|Al|al)\b|"
                               r"\bBanque\s+(?:du|de|d’|centrale)|\bBanco\s+(?:de|do|da|Central)\b")
GENERIC_BANK = re.compile(r"(?:(?:Central|Reserve|National|State)\s+)?(?:Bank|Banque|Banco)")


def central_bank_named(text: str, end: int) -> str:
    """The name of the central bank a document speaks of: the last bank it names before `end`, else the
    first after it, that is none of the international lenders (World Bank, regional development banks)."""
    if not text:
        return ""
    banks = _central_banks(text)
    # "Banco Atlántida, … the Central Bank of Honduras": a name that says it is a country's bank first
    banks = tuple(bank for bank in banks if CENTRAL_BANK_LIKE.search(bank[1])) or banks
    before = [name for at, name in banks if at < end]
    after = [name for at, name in banks if at >= end]
    return before[-1] if before else (after[0] if after else "")


@lru_cache(maxsize=4)  # asked for each reference to "the central bank" in one document: read it once
def _central_banks(text: str) -> tuple[tuple[int, str], ...]:
    banks = [(m.start(), re.sub(r"^(?:The|the)\s+", "", clean_name(m.group()))) for m in BANK_NAME.finditer(text)]
    return tuple((at, name) for at, name in banks if not GENERIC_BANK.fullmatch(name) and _is_central_bank(name))


def _is_central_bank(name: str) -> bool:
    if estimator_type(name) == "international_organisation":
        return False
    return not any(word in name.split() for word in _lexicon()["not_central_bank_words"])


POSSESSOR = re.compile(r"\b(?P<name>[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){0,2})(?:’s|'s)[ \t]+[a-z]")


def _possessor_before(text: str, start: int, at: int) -> str | None:
    """A company named in the possessive earlier in the same sentence, not a country ("Audi's engine
    plant at Győr …; according to the company, …")."""
    names = [m.group("name") for m in POSSESSOR.finditer(text, start, at)
             if not any(c.pattern.fullmatch(m.group("name")) for c in countries())]
    return names[-1] if names else None


def _body_named_before(head: str, text: str, end: int) -> str | None:
    """The last capitalised name before `end` whose head is the word ("Ministry of Finance" for "the
    ministry"), whether or not the document named it as an estimator; None when it names none."""
    names = [name for at, name in _bodies(head[:1].upper() + head[1:].lower(), text) if at < end]
    return names[-1] if names else None


@lru_cache(maxsize=16)  # asked for each "the ministry" of one document: read it once per word
def _bodies(word: str, text: str) -> tuple[tuple[int, str], ...]:
    pattern = re.compile(rf"\b(?:[A-Z][\w’'-]*[ \t]+){{0,3}}{word}(?:[ \t]+(?:of|for)(?:[ \t]+the)?(?:[ \t]+[A-Z][\w’'-]*){{1,4}})?")
    found = ((m.start(), re.sub(r"^(?:The|the|Its|Their)\s+", "", m.group())) for m in pattern.finditer(text))
    return tuple((at, name) for at, name in found if len(name.split()) > 1)


def listed_estimators(name: str) -> list[str]:
    """The members of a joint name ('World Bank, IMF and Central Administration of Statistics')."""
    if " and " not in name:
        return [name]
    head, last = name.rsplit(" and ", 1)
    return [part.strip() for part in head.split(",")] + [last]


def short_names(name: str) -> tuple[str, ...]:
    """A known estimator's short names ("Asian Development Bank" → "ADB")."""
    return tuple(alias for alias, full in _full_names().items() if full == name)


@lru_cache(maxsize=1)
def _full_names() -> dict[str, str]:
    """Known estimators' short names (lexicon/estimators.yaml aliases in capitals: "IMF", "AfDB") → full names."""
    return {alias: entry["canonical"] for entry in load_lexicon("estimators")["estimators"]
            for alias in entry.get("aliases", []) if alias.isupper() or INITIALISM.fullmatch(alias)}


INITIALISM = re.compile(r"[A-Z][a-z]?[A-Z]{1,4}")  # "AfDB", "IsDB": initials with a small letter


def _authors_body(name: str, author: str, text: str) -> bool:
    """Whether a body named by its part alone ("Executive Board", "Board of Directors") is one of the
    document's issuer's: the document writes it with the issuer's name ("IMF Executive Board", "the
    Executive Board of the International Monetary Fund")."""
    words = name.split()
    if not words or words[-1] not in _lexicon()["body_parts"] or len(words) > 3 or not all(w[:1].isupper() for w in words):
        return False
    names = {author, known_full_name(author), *(alias for alias, full in _full_names().items() if full == known_full_name(author))}
    return any(f"{a} {name}" in text or f"{name} of the {a}" in text or f"{name} of {a}" in text for a in names if a)


def known_full_name(name: str) -> str:
    """'IMF' → 'International Monetary Fund'; any other name as it is."""
    return _full_names().get(name, name)


def _known_named_before(head: str, text: str, end: int) -> str | None:
    """The full name of the last known estimator the document names before `end` (by any of its names,
    "IMF" too) whose full name holds the word `head` ("Fund"), or that texts refer to by it
    (`referred_to_as` in lexicon/estimators.yaml: "the agency" for a rating agency)."""
    word = head.lower()
    last, found = -1, None
    for entry in load_lexicon("estimators")["estimators"]:
        if word not in entry["canonical"].lower().split() and word not in entry.get("referred_to_as", ()):
            continue
        for name in (entry["canonical"], *entry.get("aliases", [])):
            at = text.rfind(name, 0, end)
            if at > last and re.match(r"\W|$", text[at + len(name) : at + len(name) + 1]):
                last, found = at, entry["canonical"]
    return found
