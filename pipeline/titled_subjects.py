"""Whose a number is in an article titled by a region's or a state's economy ("Economy of Bavaria"): the titled
economy's by default, though the text's country is Germany, unless the number's clause names the country itself."""

from __future__ import annotations

import re

from pipeline.countries import Country
from pipeline.lexicon import load_lexicon
from pipeline.settling import contrast_links
from pipeline.subjects import subject_mentions


def titled_economys_own(subject: str, sentence: str, home: Country | None, economy: str, at: int = -1) -> str:
    """The economy a title names (document_country.titled_economy: "Svalbard") for a number the text gives the country by
    default (its pair with a partner too), unless the number's clause (between semicolons; `at` the number's place) names
    that country ("Norway's block grant …"; not as the whole of a share, "2.3% of Portugal's") or what only a country has."""
    if economy and home is None and not subject:
        return economy  # a text that names no country: "Economy of the Republic of Ragusa"
    if economy and home and subject.startswith(f"{home.name}-") and titled_economys_own(home.name, sentence, home, economy, at) == economy:
        return f"{economy}-{subject[len(home.name) + 1 :]}"  # "Bavaria's exports to China" read as Germany's: Bavaria's
    clause = _clause_at(sentence, at) if at >= 0 else sentence
    at_in_clause = at - (sentence.rfind(";", 0, at) + 1) if at >= 0 else -1
    if economy and home and subject == home.name \
            and not any(country.name == home.name and not (SHARE_OF_WHOLE.search(clause, 0, start) and not OWN_FIGURE_AFTER.fullmatch(clause, end, max(end, at_in_clause))) and not _compared_after(clause, at_in_clause, start)
                        and not (start > at_in_clause >= 0 and WHOLE_AFTER.match(clause, end) and not OWN_SCOPE.fullmatch(clause, at_in_clause, start))
                        and not any(m.start() <= start < m.end() for m in re.finditer(re.escape(economy), clause))  # "the Ghana Empire"
                        and not _not_the_figures_country(clause, start, end)
                        for start, end, country in subject_mentions(clause)) \
            and not (any(not (m.group()[0].isupper() and BODY_OF_A_COUNTRY.match(clause, m.end()))
                         and not ((COMPARED_WITH_BEFORE.search(clause, max(0, m.start() - 30), m.start())
                                   or SHARE_OF_BEFORE.search(clause, max(0, m.start() - 30), m.start()))
                                  and not m.end() <= at_in_clause <= m.end() + 12)  # (but "the national average of ₹345" is its)
                         for m in re.finditer(load_lexicon("context")["national_only_words"], clause, re.IGNORECASE))
                     and economy not in clause):
        # (not "Consumer prices rose 9.1% nationally", "The Federal Reserve raised its policy rate"; but "The Reserve Bank's
        # surveys …: Kerala's share fell to 10.2%", and a national body named as the estimator, "the Reserve Bank of India
        # (RBI) put the ratio at 16.4%", names no national measure)
        return economy
    return subject


# "21% above the national average", "84% of the national average": the country's figure a region's is compared with, no
# national measure of its own
COMPARED_WITH_BEFORE = re.compile(r"\b(?:above|below|than|against|over|under|compared\s+(?:with|to)|relative\s+to|versus)\s+(?:the\s+)?$")
SHARE_OF_BEFORE = re.compile(r"(?:%|\bper\s?cent|\bpercent|\bthirds?|\bquarters?|\bhalf)\s+(?:share\s+)?of\s+(?:the\s+)?$")  # "84% of the national average", "a 17% share of the federal budget"
# "Reserve Bank of India": a national body's name, with its country after it
BODY_OF_A_COUNTRY = re.compile(r"(?:[ \t]+[A-Z][a-z]+)*[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")
# "Australia's smallest state": the country the titled region is part of
PART_OF_COUNTRY = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}(?:state|province|region|territory|island|county|canton|department|prefecture)\b")
# "a landlocked state of south-eastern Brazil": the country the region is part of, in apposition
REGION_OF_BEFORE = re.compile(r"\b(?:state|province|region|territory|island|county|department|prefecture)\s+(?:of|in)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$")
# "the Brazilian Institute of Geography and Statistics": the country's adjective opening a body's name
BODY_NAME_AFTER = re.compile(r"(?:[ \t]+[A-Z][a-z]+)+[ \t]+(?:of|for)[ \t]+[A-Z]")
# "the oldest population in Australia": the country a superlative ranks within
SUPERLATIVE_WITHIN = re.compile(r"\b(?:[a-z]{2,}est|most\s+[a-z]+|least\s+[a-z]+)\s+(?:[a-z]+\s+){0,3}(?:in|of)\s+(?:the\s+)?$")
# "Tourism Research Australia": a capitalised word before the country's name makes it part of another name
# (two such words: a sentence's opening word is none, "Meanwhile Australia's GDP", "Mainland Tanzania's")
# "against 2.5% for the UK as a whole": the number, then the country it is of
OWN_SCOPE = re.compile(r"(?![^,;]*\b(?:its|their)\b)[^,;]{1,40}?\s(?:for|in|across|throughout)\s+(?:the\s+)?")  # (not "… its share in")
# "the Statistics Agency under the President of Uzbekistan": the country as the holder of an office a body serves
OFFICE_OF_BEFORE = re.compile(r"\bunder[ \t]+the[ \t]+(?:President|Prime[ \t]+Minister|Cabinet|Council[ \t]+of[ \t]+Ministers|Government)[ \t]+of[ \t]+(?:the[ \t]+)?$")
NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]+[A-Z][a-z]+[ \t]+$")


def _not_the_figures_country(clause: str, start: int, end: int) -> bool:
    """Whether a country named in a titled region's sentence is not the figure's: the whole the region is part of,
    the scope of a ranking, or a word of another name."""
    return bool(PART_OF_COUNTRY.match(clause, end) or SUPERLATIVE_WITHIN.search(clause, max(0, start - 50), start)
                or NAME_BEFORE.search(clause, max(0, start - 30), start) or REGION_OF_BEFORE.search(clause, max(0, start - 40), start)
                or BODY_NAME_AFTER.match(clause, end) or OFFICE_OF_BEFORE.search(clause, max(0, start - 40), start))


def _compared_after(clause: str, at: int, start: int) -> bool:
    """Whether a country named after the number comes after a word of comparison ("7.9% of GDP, against 4.5% for
    the UK as a whole"): the country of the figure compared with, not of the number."""
    return 0 <= at < start and contrast_links().search(clause, at, start) is not None


def _clause_at(sentence: str, at: int) -> str:
    """The part of a sentence between semicolons that holds position `at` (with the part before, when it opens
    by referring back to it: "Portugal's GDP grew 1.9% in 2024; it had grown 2.5% in 2023")."""
    end, start = sentence.find(";", at), sentence.rfind(";", 0, at) + 1
    if start and REFERS_BACK.match(sentence, start):
        start = sentence.rfind(";", 0, start - 1) + 1
    return sentence[start : len(sentence) if end < 0 else end]


REFERS_BACK = re.compile(r"\s*(?:it|its|they|their|this|that|these|those|the\s+same)\b", re.IGNORECASE)


# "of the Spanish average", "of Spain's 17 autonomous communities" after the number: the whole the region is part of
WHOLE_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:\d+|[a-z]+)\s+)?(?:average|(?:autonomous\s+)?communities|regions|provinces|prefectures|counties|cantons)\b"
                         r"|\s+as\s+a\s+whole\b")  # (also "… its share in Canada as a whole")
# "roughly 2.3% of Portugal's", "roughly a fifth of Canada's area": the whole
# "… under half of Spain's peak rate of 26%": the country's own figure after its possessive, though a share's whole before
OWN_FIGURE_AFTER = re.compile(r"[’']s\s+(?:[a-z-]+\s+){1,3}(?:of|at)\s+(?:about\s+|some\s+|around\s+|nearly\s+)?")
# (a fraction said with its count: not "the fourth quarter of Spain's budget year")
SHARE_OF_WHOLE = re.compile(r"(?:%|\bper\s?cent|\bpercent|\bhalf|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
                            r"(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|hundredth)s?)\s+of\s+(?:the\s+)?$")


# "the regional government", "the state government", "Sarawak's government": in an article titled by a region, its own
REGIONAL_GOVERNMENT = re.compile(r"(?:the\s+)?(?:regional|state|provincial|territorial|devolved|autonomous|cantonal|prefectural|island)\s+government",
                              re.IGNORECASE)


def titled_governments_own(source: str, economy: str, heading: str = "") -> str:
    """The source a region's own government is in an article titled by that region ("Economy of Madeira": "the regional
    government estimated …" → "Madeira (official)"; "Economy of Osaka": "Osaka City"), as a country's government is "<country> (official)"."""
    # (a city's own, cited by an article on it: "Source: Osaka City, General Affairs Bureau" in "Economy of Osaka"; not the
    # city's own notice under its letterhead, "CITY OF WINDHOEK", where it is the issuer as named)
    city = source in (f"{economy} City", f"City of {economy}", f"{economy} City Government") and source.lower() not in heading.lower()
    if economy and (REGIONAL_GOVERNMENT.fullmatch(source) or source in (f"{economy} government", f"Government of {economy}") or city):
        return f"{economy} (official)"
    return source
