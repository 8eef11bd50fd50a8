"""A name as a sentence writes it, cleaned to the name of the body or person it stands for.

"As the State Bank's Monetary Policy Committee noted" → "State Bank"; "Finance Minister Kofi
Mensah" → "Kofi Mensah". Shared by the attribution of estimates and the reading of letterheads.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.countries import countries
from pipeline.estimators import is_person, known_estimators
from pipeline.lexicon import load_lexicon


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return load_lexicon("context")


ACRONYM = re.compile(r"[A-Z]{2,8}")
PERSON_OF = re.compile(r"(?P<person>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+(?:of|at|from)\s+(?:the\s+)?[A-Z]")
WEEKDAYS = "|".join(load_lexicon("context")["weekdays"])
OPENING_WORD = re.compile(r"^(?:As|But|And|While|Yet|Like|Unlike|Under|Later|Then|Meanwhile|Thereafter|Afterwards|Instead|However|"
                          r"So|Well|Now|That['’]s|It['’]s|"  # (a speaker's opening: "So the Treasury forecasts …", "That's Treasury's number")
                          # a clause's conjunction: "Because the National Bureau of Statistics reported …", "Although the World Bank …"
                          # (words that may begin a name only before "the": not "Still Waters Capital", "Indeed Hiring Lab", the insurer "If")
                          r"Because|Although|Though|Whereas|When|Unless|Until|Even\s+(?:though|if|so)|Moreover|Furthermore|Nevertheless|"
                          r"Nonetheless|Therefore|(?:If|Once|Before|After|Since|Thus|Hence|Indeed|Also|Still)(?=\s+the\s)|"
                          r"Subsequently|Eventually|Finally|Separately|Similarly|Initially|Originally|Previously|Recently|By|"
                          # "in July the National Bank of Slovakia devalued …", "In May 2024 the Bank …": a time, not the name
                          r"(?:(?:In|By|On|Since|Until|From)\s+)?(?:January|February|March|April|May|June|July|August|September|"
                          r"October|November|December)(?:\s+\d{4})?,?"
                          r"|(?:(?:In|For|By|From|Since)\s+)?(?:FY|CY)\s?\d{2,4}(?:[/–-]\d{2,4})?,?"  # "for FY2025 the IMF projects …": a fiscal year
                          # "On Monday the Board announced …", "In Q1 the CSO counted …": a day or a quarter, not the name
                          # (a bare one only before a comma: not "Monday Capital")
                          rf"|(?:On|By|Since|Until|Last|This|Next)\s+(?:{WEEKDAYS}),?"
                          rf"|(?:{WEEKDAYS}),"
                          r"|(?:In|For|By|From|Since)\s+(?:Q[1-4]|H[12])(?:\s+\d{4})?,?|(?:Q[1-4]|H[12])(?:\s+\d{4})?,"
                          # "In the South Korean government's estimate for 1991", "In IEDOM's estimates": a preposition before the name
                          # ("On George Coedès's reading …": the name whose reading it is)
                          r"|(?:On|At|For|From|With|Through)(?=\s+the\s)|In(?=\s+(?:the\s|[A-Z]))|On(?=\s+[A-Z][^\s’']*(?:\s+(?:(?:and|&|of)\s+)?[A-Z][^\s’']*){0,3}(?:’s|'s)?$))\s+(?=[A-Z]|the\s)")


BODY_PART = re.compile(r"(?P<owner>[A-Z][\w.&-]*(?:\s[A-Z]{2,4})?)(?:’s|'s)\s+(?:[A-Z][\w-]*\s+){0,4}(?P<head>[A-Z][a-z]+)")


def without_possessive(name: str) -> str:
    """"Indonesia's", "Reynolds Metals'" → the name; "Moody's" is a name, not a possessive."""
    return name if known_estimators().fullmatch(name) else POSSESSIVE_END.sub("", name)


POSSESSIVE_END = re.compile(r"(?:[’']s|(?<=s)[’'])$")


def clean_name(org: str) -> str:
    """A name as found, without its abbreviation in brackets, possessive, titles, article and epithets."""
    org = re.sub(r"\s+\((?:[A-Z][^(),;]{1,40},\s+)?[A-ZÀ-Þ\u0100-\u017F][A-Za-zÀ-ÿ\u0100-\u017F]{1,11}(?:\s[A-Z]{2,4})?\)", "", org.strip())
    org = OPENING_WORD.sub("", org)  # "As Jones (2020) shows", "Later the State Bank devalued …"
    org = without_possessive(org)
    titles = "|".join(re.escape(t) for t in _lexicon()["person_titles"])
    # "Finance Minister Kofi Mensah", "Deputy Governor Jane Doe": a title, with the office's words before it
    untitled = re.sub(rf"^(?:[A-Z][a-z]+\s+){{0,3}}?(?:{titles})\s+(?=[A-Z])", "", org)
    if untitled.split()[-1:] != org.split()[-1:] or untitled.split()[-1] not in _lexicon()["institution_heads"]:
        org = untitled  # "Analyst Jane Doe" → "Jane Doe", but "Economist Intelligence Unit" stays
    org = re.sub(r"^(?:By\s+)?(?:(?:The|the|A|An|Its|Their)\s+|(?:One|Another)\s+(?=[A-Z]))", "", org)  # "One Member State estimated", "Its Monetary Policy Committee"
    org = re.sub(r"^[\w’'.-]+-based\s+", "", org)  # "South Korea-based X" → "X"
    affiliated = PERSON_OF.match(org)
    heads = {*_lexicon()["institution_heads"], "University", "College", "School"}
    rest = org[affiliated.end() - 1 :].split() if affiliated else []
    if affiliated and is_person(affiliated.group("person")) and (heads & set(rest) or (len(rest) == 1 and ACRONYM.fullmatch(rest[0]))):
        org = affiliated.group("person")  # "Kim Byung-yeon of Seoul National University", "Ricardo Ffrench-Davis of CIEPLAN": the person
    owned = COUNTRY_OWNER.match(org)
    if owned and len(owned.group("rest").split()) > 1 and is_country(owned.group("owner")):
        org = owned.group("rest")  # "China’s General Administration of Customs" → its own name
    org = DATED_AFTER_NAME.sub("", org)  # "the National Statistics Office (NSO) on May 30": the office
    if (part := BODY_PART.fullmatch(org)) and part.group("owner").split()[-1].isupper() and not known_estimators().match(org) \
            and part.group("head") in {*_lexicon()["body_parts"], *_lexicon()["publication_series_words"]}:
        org = part.group("owner")  # "CBN's Monetary Policy Committee", "INDEC's Permanent Household Survey": the body's
    joined = org.split(" and the ")
    if len(joined) > 1 and all(names_body(part) for part in joined):
        org = " and ".join(joined)  # "the WFP and the FAO": two bodies, named without their articles
    if (aimed := FOR_COUNTRY.fullmatch(org)) and is_country(aimed.group("country")) and aimed.group("body").rstrip("+").isupper():
        org = aimed.group("body")  # "the quota set by OPEC+ for Kazakhstan": the body, not whom it set it for
    return _without_output_noun(org.strip().rstrip(".,"))


FOR_COUNTRY = re.compile(r"(?P<body>.+?)\s+for\s+(?:the\s+)?(?P<country>.+)")


def _without_output_noun(org: str) -> str:
    words = org.split()
    if len(words) < 2 or words[-1] not in _lexicon()["output_nouns"]:
        return org
    body = " ".join(words[:-1])
    if re.search(r"\w(?:’s|'s)$", body) and not known_estimators().fullmatch(body):
        return body[:-2]  # "the Bundesbank’s estimates": the body whose they are
    names_a_body = (body.isupper() and len(body) > 1) or words[-2] in _lexicon()["institution_heads"] \
        or known_estimators().fullmatch(body) is not None
    return body if names_a_body else org


DATED_AFTER_NAME = re.compile(r"\s+(?:on|in|of|for|since|by)\s+(?:January|February|March|April|May|June|July|August|"
                              r"September|October|November|December|Q[1-4]|H[12])\b.*$")
COUNTRY_OWNER = re.compile(r"(?P<owner>[A-Z][\w .-]*?)(?:’s|'s)\s+(?P<rest>[A-Z].*)$")


def is_country(name: str) -> bool:
    return any(country.pattern.fullmatch(name) for country in countries())


def names_body(org: str) -> bool:
    """Whether a name found by a loose pattern is an institution's: a known estimator, a name with
    "Bank", "Ministry", "Assembly", … ("Bank Indonesia") or initials ("ADMARC"), not a commodity or a
    word that opens a sentence ("Gasoline sold for …")."""
    heads = {*_lexicon()["institution_heads"], *_lexicon()["legislature_heads"]}
    return bool(org) and bool(known_estimators().match(org) or org.isupper() or not heads.isdisjoint(org.split()))
