"""The places a government's letterhead names ("CITY OF CAPE TOWN", "GOVERNMENT OF ODISHA", "Autonomous Community of
Galicia (Spain)", "the City of Johannesburg" … "the City"): what a document's figures are about by default."""

from __future__ import annotations

import re

from pipeline.countries import country_mentions
from pipeline.document_times import heading_lines
from pipeline.letterheads import from_heading_capitals


# "CITY OF CAPE TOWN | ISIXEKO SASEKAPA | STAD KAAPSTAD": a local government's letterhead line (and its other languages)
# (also its assembly's or council's: "COUNTY ASSEMBLY OF NAKURU")
# (the place up to a separator, a dash between spaces too: "CITY OF NEW ORLEANS - OFFICE OF THE MAYOR"; not "STOKE-ON-TRENT")
LOCAL_GOVERNMENT = re.compile(r"\s*(?P<kind>CITY|TOWN|MUNICIPALITY|COUNTY|BOROUGH)(?:\s+(?:ASSEMBLY|GOVERNMENT|COUNCIL))?\s+OF\s+(?P<place>[A-Z][A-Z’' .-]*?[A-Z])"
                              r"\s*(?:(?:[|,–—]|-\s).*)?")


def of_local_government(name: str, lines_above: list[str], text: str) -> str:
    """A body under a local government's letterhead named with its place ("CITY OF CAPE TOWN" over "FIRE AND
    RESCUE SERVICE": the Cape Town Fire and Rescue Service), as readers tell it from other towns' services; a
    committee of it is the local government itself ("COUNTY ASSEMBLY OF NAKURU" over "BUDGET AND APPROPRIATIONS
    COMMITTEE": Nakuru County, whose figures its record gives)."""
    m = next((m for line in lines_above if (m := LOCAL_GOVERNMENT.fullmatch(line))), None)
    if not m:
        return name
    if name.split()[-1] in ("Committee", "Panel"):
        return _as_text_names(m, text)  # (a department keeps its name: "Cape Town Water and Sanitation Department")
    place = from_heading_capitals(m.group("place"))
    return f"{place} {name}" if place.lower() not in name.lower() else name


# "TALLINN CITY COUNCIL (TALLINNA LINNAVOLIKOGU)", "AUCKLAND COUNCIL", "KAZANLAK MUNICIPAL COUNCIL": a council named
# after its place, first (or a city's government, perhaps with its office: "LIUYANG MUNICIPAL PEOPLE'S GOVERNMENT
# INFORMATION OFFICE")
PLACE_COUNCIL = re.compile(r"\s*(?:THE\s+)?(?P<place>[A-Z][A-Z’'-]*(?:\s+[A-Z][A-Z’'-]*){0,2}?)\s+(?:(?:CITY|MUNICIPAL|TOWN|COUNTY|DISTRICT|"
                           r"BOROUGH|REGIONAL|SHIRE)\s+)?(?:COUNCIL|PEOPLE['’]S\s+GOVERNMENT(?:\s+[A-Z]+){0,3})\s*(?:(?:[|,–—(]|-\s).*)?")


def local_government_place(text: str) -> str:
    """The place whose local government's letterhead opens the document ("CITY OF CAPE TOWN" → Cape Town), as the
    text names it with its kind ("COUNTY ASSEMBLY OF NAKURU", then "Nakuru County"), or whose council is named after it
    ("TALLINN CITY COUNCIL" → Tallinn: not a country's, "NATIONAL COUNCIL FOR …", nor a council of a trade or a
    profession's, which the text does not name as a place); else ""."""
    lines = heading_lines(text)[:3]
    if m := next((m for line in lines if (m := LOCAL_GOVERNMENT.fullmatch(line))), None):
        return _as_text_names(m, text)
    council = PLACE_COUNCIL.fullmatch(lines[0]) if lines else None
    place = from_heading_capitals(council.group("place")) if council else ""
    body = text[text.find("\n") + 1 :]  # (as the text below the letterhead writes the place, not only in its council's name)
    named_as_place = place and re.search(rf"\b{re.escape(place)}\b(?!\s+(?:City\s+|Municipal\s+|Town\s+|County\s+)?Council)", body)
    return place if named_as_place and not country_mentions(place) else ""


# "GOVERNMENT OF ODISHA", "PROVINCIAL GOVERNMENT OF BALOCHISTAN", "LEGISLATIVE ASSEMBLY OF SASKATCHEWAN": a letterhead of
# the government or the legislature of a part of a country
# (also a numbered legislature of a state, "LXI LEGISLATURE OF THE STATE OF QUERÉTARO - WATER … COMMITTEE": its place up to
# a separator, a dash between spaces too)
REGIONAL_GOVERNMENT = re.compile(r"\s*(?:THE\s+)?(?:(?:(?:STATE|PROVINCIAL|REGIONAL|TERRITORIAL)\s+)?GOVERNMENT|LEGISLATIVE\s+ASSEMBLY|"
                                 r"(?:PROVINCIAL|STATE|REGIONAL)\s+(?:LEGISLATURE|ASSEMBLY|PARLIAMENT)"
                                 r"|(?:[IVXLC]+\s+)?(?:LEGISLATURE|CONGRESS)\s+OF\s+THE\s+(?:FREE\s+AND\s+SOVEREIGN\s+)?STATE)\s+OF\s+(?:THE\s+)?"
                                 r"(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’' .-]*?[A-ZÀ-ÖØ-Þ])\s*(?:(?:[|,–—]|-\s).*)?")


def regional_government_place(text: str) -> str:
    """The part of a country whose government's letterhead opens the document ("GOVERNMENT OF ODISHA" → Odisha): what
    its figures are about by default; "" for a country's own government ("GOVERNMENT OF KENYA")."""
    m = next((m for line in heading_lines(text)[:3] if (m := REGIONAL_GOVERNMENT.fullmatch(line))), None)
    if m is None or country_mentions(place := from_heading_capitals(m.group("place"))) or re.search(r"\b(?:REPUBLIC|KINGDOM)\b", m.group("place")):
        return ""
    return place if re.search(rf"\b{re.escape(place)}\b", text) else ""


# "Autonomous Community of Galicia (Spain)", "Province of Buenos Aires (Argentina)": a heading naming a part of a
# country by its kind, with the country in brackets (a rating report on a region, a province's report)
PART_WITH_ITS_COUNTRY = re.compile(
    r"\s*(?:The\s+)?(?:Autonomous\s+)?(?:Community|Province|State|Region|City|Municipality|County|Prefecture|Canton|Oblast|Territory|District)"
    r"\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+(?:(?:de|del|do|da|di|of)\s+)?[A-Z][\w’'-]*){0,3})\s+\((?P<country>[^()]+)\)\s*")


def part_with_its_country(text: str) -> str:
    """The part of a country a heading line names with the country in brackets ("Autonomous Community of Galicia
    (Spain)" → Galicia): what the document's figures are about by default; else ""."""
    for line in heading_lines(text)[:8]:
        m = PART_WITH_ITS_COUNTRY.fullmatch(line)
        named = country_mentions(m.group("country")) if m else []
        if m and len(named) == 1 and named[0][1] - named[0][0] == len(m.group("country").strip()) and not country_mentions(m.group("place")):
            return m.group("place")
    return ""


def _as_text_names(letterhead: re.Match[str], text: str) -> str:
    place = from_heading_capitals(letterhead.group("place"))
    with_kind = f"{place} {letterhead.group('kind').capitalize()}"
    return with_kind if re.search(rf"\b{re.escape(with_kind)}\b(?![ \t]+[A-Z])", text) else place  # (not "Cape Town City Council")


# "the City of Johannesburg", then "the City's budget", "the City is owed": a city government the text calls "the City"
CITY_GOVERNMENT = re.compile(r"\b(?:City|Municipality|County|Borough)\s+of\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")


def referred_city_government(text: str) -> str:
    """The one city government a text names in full and then, at least twice, as "the City" ("the City of Johannesburg"
    … "the City's budget"): what a text that names no country is about by default; else ""."""
    governments = {m.group() for m in CITY_GOVERNMENT.finditer(text)}
    if len(governments) != 1:
        return ""
    head = next(iter(governments)).split()[0]
    return next(iter(governments)) if len(re.findall(rf"\b[Tt]he\s+{head}\b(?!\s+of\b)", text)) >= 2 else ""
