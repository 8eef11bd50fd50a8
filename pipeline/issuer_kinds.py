"""What kind of issuer a document has, as its heading and text tell: the tests by which
issuers.document_issuer decides that the figures a sentence gives without naming an estimator are
the issuer's own (a statistics office's, a survey's, a government's, a firm's report)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.captions import SOURCE_NOTE
from pipeline.countries import country_mentions
from pipeline.document_times import PARAGRAPH_LENGTH, heading_lines
from pipeline.estimators import estimator_type
from pipeline.bracketed_names import letterhead_aliases
from pipeline.lexicon import load_lexicon
from pipeline.non_quantities import is_address
from pipeline.abbreviations import abbreviations, name_initials
from pipeline.references import known_full_name


def releases_own_estimates(author: str, text: str) -> bool:
    """Whether the document is its issuer's release of its own estimates, as a heading line says
    ("Gross Domestic Product Estimates for North Korea in 2024")."""
    titles = set(load_lexicon("context")["own_estimates_titles"])
    return bool(author) and any(not line.rstrip().endswith(".") and titles & set(line.split()) for line in heading_lines(text))


def releases_periodic_statistics(author: str, text: str) -> bool:
    """Whether a heading line titles the document as its issuer's periodic statistical report ("RAIL TRAFFIC
    REPORT: MAY 2025", "WEEKLY GAS STORAGE REPORT"): the figures it gives are the ones the issuer compiles."""
    # (not a title taken for the issuer: "BANK LENDING SURVEY" read as the author under a name it did not read)
    return bool(author) and any(_periodic_title().search(line) and author.lower() not in line.lower() for line in heading_lines(text))


@lru_cache(maxsize=1)
def _periodic_title() -> re.Pattern[str]:
    return re.compile(load_lexicon("context")["periodic_report_title"])


def reports_own_survey(author: str, text: str) -> bool:
    """Whether an outlet's document reports its own survey, as the text says ("according to Daily NK’s
    regular survey of markets"), or an institute's, as its heading does ("Results of the ifo Business
    Survey"): its figures are the survey's."""
    if not author:
        return False
    nouns = "|".join(load_lexicon("context")["own_survey_nouns"])
    if estimator_type(author) in load_lexicon("context")["survey_titling_issuer_types"]:
        # "Results of the ifo Business Survey for April 2026": a heading naming the survey by the issuer's short name
        titled = re.compile(rf"\b{re.escape(author.split()[0])}\s+(?:[A-Z][\w-]*\s+){{0,2}}(?:{nouns})\b", re.IGNORECASE)
        if len(author.split()) > 1 and any(titled.search(line) for line in heading_lines(text)):
            return True
    if estimator_type(author) not in load_lexicon("context")["surveying_issuer_types"]:
        return False
    return re.search(rf"\b{re.escape(author)}(?:’s|'s)\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})\b", text) is not None


def speaks_for_government(author: str) -> bool:
    """Whether the document's issuer is a part of the government ("Ministry of Finance"): its figures
    are the country's official ones."""
    lexicon = load_lexicon("context")
    # (also a ministry's unit named head last: "Macroeconomic Policy Department")
    return bool(author) and (author.split()[0] in lexicon["government_issuer_heads"] or author.split()[-1] in lexicon["government_unit_heads"])


def publishes_own_statistics(author: str) -> bool:
    """Whether the document's issuer is a statistics office: its figures are its own statistics."""
    return bool(author) and estimator_type(author) in load_lexicon("context")["statistics_issuer_types"]


def credits_itself(author: str, text: str) -> bool:
    """Whether a national body's document names it as its tables' source ("Source: NBP, supervisory
    reporting data." in Narodowy Bank Polski's report): it compiles the data it reports."""
    if not author or "Source" not in text or estimator_type(author) not in (*load_lexicon("context")["national_issuer_types"], "other"):
        return False  # (an international body's report credits itself for the figures it gathers from others)
    names = (author, name_initials(author), known_full_name(author))
    defined = {abbr for abbr, full in abbreviations(text).items() if full.lower() == author.lower()}  # "(GDCE)" in its heading
    if any(m.group("source").strip() in names or m.group("source").strip() in defined for m in SOURCE_NOTE.finditer(text)):
        return True
    # (by the other names its letterhead gives it: "Source: …; Landbruksdirektoratet." under "LANDBRUKSDIREKTORATET
    # (NORWEGIAN AGRICULTURE AGENCY)")
    # (or by the abbreviation its letterhead defines, first in a note of its own: "Source: FOGASA benefits management system;
    # payments by date of transfer.")
    aliases = letterhead_aliases(text, author) + sorted(defined)
    return bool(aliases) and re.search(rf"^[ \t]*Sources?:[^\n]*\b(?:{'|'.join(map(re.escape, aliases))})\b", text, re.MULTILINE | re.IGNORECASE) is not None



def own_operations(author: str, heading: list[str]) -> str:
    """The issuer itself, when it is a public body that runs a service ("Fiji Corrections Service", "Food Reserve
    Agency") and its heading titles the document as its annual report: its figures are its own operations."""
    lexicon = load_lexicon("context")
    # (or its English name glossing the letterhead's: "ERDÖLBEVORRATUNGSVERBAND (EBV)" over "German Oil Stockholding
    # Agency | Corporation under public law …")
    gloss = heading[1].split("|")[0].strip() if len(heading) > 1 and author and author.upper() in heading[0].upper() else ""
    if not author or estimator_type(author) in ("official_statistics", "central_bank", "regulator", "audit_office") \
            or not {_head(author), _head(gloss)} & set(lexicon["own_operations_heads"]) \
            and author.split()[0] not in lexicon["own_operations_first_heads"]:
        return ""
    # (not the words of a line naming who oversees it: "Supervised by the Federal Office for Economic Affairs and
    # Export Control")
    title = title_lines([line for line in heading if not re.match(lexicon["oversight_line_openers"], line.strip())])
    if not re.search(lexicon["own_operations_titles"], title) or re.search(lexicon["not_own_operations_words"], f"{author} {title}") \
            or re.search(lexicon["others_accounts_words"], title):
        return ""
    return author

def _head(name: str) -> str:
    """A body's head noun, the last word before any "of …": "Authority" for "Water Resources Authority of Kenya"."""
    words = name.split(" of ")[0].split()
    return words[-1] if words else ""


COMPILED_BY = re.compile(r"^\W*[Cc]ompiled\s+by\b")
# "Research & Statistics Department" under the issuer's name: its own statistics unit wrote the document
STATISTICS_UNIT = re.compile(r"^\W*(?:[A-Z][\w-]*\s+(?:(?:&|and)\s+)?){0,3}(?:Statistics|Statistical|STATISTICS|STATISTICAL)\s+"
                             r"(?:Department|Division|Unit|Section|Service|DEPARTMENT|DIVISION|UNIT|SECTION|SERVICE)\s*$")


def speaks_of_itself(author: str, text: str, heading: list[str]) -> bool:
    """Whether the document gives its issuer's own figures because it says so: a heading line "Compiled by
    S&P Global", or a text that names its issuer by its head noun, capitalised, as its actor ("the Centre
    registered 526 projects", "the Commission allows …"), a body that registers, licenses or decides
    (self_naming_heads; not an office that reviews others' figures)."""
    if not author:
        return False
    if any(COMPILED_BY.match(line) or STATISTICS_UNIT.match(line) for line in heading):
        return True
    if re.search(rf"\b{re.escape(author)}\s+(?:today\s+|has\s+)?{ANNOUNCES}", text):
        return True  # "The Northern Victoria Resource Manager today announced …"
    if estimator_type(author) == "other" and len(WE_REPORT.findall(text)) >= 3:
        return True  # an agency's "We completed 2,914 new homes" (not a rating agency's "We affirm …", a minister's "we expect")
    named, _, of = author.partition(" of ")
    # ("Cashewnut Board of Tanzania": "the Board"; not "Council of Economic Advisers")
    head = named.split()[-1] if of and country_mentions(of) else author.split()[-1]
    return head in load_lexicon("context")["self_naming_heads"] \
        and len(re.findall(rf"\b[Tt]he {re.escape(head)}(?:’s|'s)?\s+[a-z]", text)) >= 2


ANNOUNCES = r"(?:announced|announces|determined|determines)\b"  # (not "published its review of the budget")
# the issuer's own voice, outside quotation marks: a sentence that opens "We completed …", "Our portfolio grew …"
# (perhaps after its paragraph's number, or the blanks the reader leaves of it: "1.1 We budget income of …", "4.2 Our magazine …")
WE_REPORT = re.compile(r"(?:^[ \t]*|(?<=[.!?]\s))(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?[ \t]+)?(?:We|Our)\s+[a-z]+(?=[^“”\"]*?(?:[.!?]|$))",
                       re.MULTILINE)  # (no quote mark before its end)


# "Prepared for the Board of Directors by Coralstone Actuarial Consultants, June 2025": a firm that wrote the
# report for its issuer (not "Prepared by staff of the IMF", the issuer's own staff, nor persons)
PREPARED_BY_FIRM = re.compile(r"^\W*[Pp]repared\s+(?:for\s+[^,;]{1,80}?\s+)?by\s+(?:the\s+)?(?P<firm>(?:[A-Z][\w&’'.-]*\s+){0,4}"
                              r"(?:Consultants|Consulting|Advisors|Advisers|Associates|Partners|Actuaries|LLP|Ltd|Limited|Inc))\b")


def preparing_firm(heading: list[str]) -> str:
    """The firm a heading line says prepared the document ("Prepared … by X Consultants"); else ""."""
    return next((m.group("firm") for line in heading if (m := PREPARED_BY_FIRM.match(line))), "")


def title_lines(heading: list[str]) -> str:
    """A heading's short lines, without the first line of the body that heading_lines adds, nor its
    address ("12 Market Street" says nothing of what the document is)."""
    return " ".join(line for line in heading if len(line.strip()) <= PARAGRAPH_LENGTH and not is_address(line))


def own_accounts(author: str, heading: list[str]) -> str:
    """The issuer itself, when its heading titles the document as its own accounts ("Financial Statement
    for FY2024") and it is no national body (whose accounts are the state's)."""
    lexicon = load_lexicon("context")
    if not author or estimator_type(author) in lexicon["national_issuer_types"] + lexicon["others_accounts_issuer_types"]:
        return ""  # (a regulator's, an auditor's or an international body's statements are of others)
    title = title_lines(heading)
    titled = re.search(lexicon["own_accounts_titles"], title)
    return author if titled and not re.search(lexicon["others_accounts_words"], title) else ""
