"""Whom a transcript's participants answer for, as its header lists them under a body ("Lagoon Trust Bank Plc:  Adaeze
Okonkwo, …"), with their offices and institutions ("Witnesses:  Mr. E. Owusu-Sekyere, Director, …, Ministry of Finance")
and its labels' brackets name it ("MR. YUDHA PRASETYO (Director of Planning, Pertamina):"); and which labelled lines of
its header are fields, not turns ("Chairman:   Hon. Kwabena Asiedu-Mensah")."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.captions import BLANK_LINE
from pipeline.countries import country_mentions
from pipeline.estimators import body_heads, is_person, known_estimators
from pipeline.letterheads import shares_a_word
from pipeline.abbreviations import name_initials
from pipeline.lexicon import load_lexicon

BODY_NAME = re.compile(r"[A-Z][\w’'-]*(?:[ \t]+(?:of|for|and|the|on|de|du|des|del|la|le|da|do|di|y|et|[dl][’'][A-Z][\w’'-]*|[A-Z][\w’'-]*))+")  # "Bureau of the Treasury", not "DE LEON"


def listed_under(issuer: str, introduction: str) -> str:
    """The participants a list names under the issuer's own name ("Lagoon Trust Bank Plc:  Adaeze Okonkwo, …" and
    the indented lines under it): its officers; else ""."""
    m = re.search(rf"^[ \t]*{re.escape(issuer)}\b[^:\n]{{0,20}}:[^\n]*(?:\n[ \t]{{8,}}[^\n]*)*", introduction, re.MULTILINE) if issuer else None
    return m.group() if m else ""


def aside_body(aside: str, defined: dict[str, str], introduction: str) -> str:
    """The body a label's bracket says its speaker answers for, in its last part: an abbreviation the text defines
    ("(Auditorate VII, BPK)"), a body's name ("(Directorate General of Budget, Ministry of Finance)"), or a name the
    list of participants gives ("(Pertamina)" after "Invited: PT Pertamina (Persero)"); else ""."""
    last = aside.rsplit(",", 1)[-1].strip()
    if any(SPEAKS_FOR_HIMSELF.search(part) for part in aside.split(",") if part.strip()[:1].islower()):
        return ""  # "MR. GARCIA (worker, Valenzuela):" speaks for himself
    if last in defined:
        return defined[last] if BODY_NAME.fullmatch(defined[last]) else ""
    if _names_institution(last):
        return last  # "(Directorate General of Budget, Ministry of Finance)", "(Banco de Reservas)"
    return last if re.fullmatch(r"[A-Z][a-z]{3,}", last) and re.search(rf"\b{last}\b", introduction) and not is_person(last) else ""


def without_header_fields(matches: list[re.Match[str]], text: str) -> list[re.Match[str]]:
    """The labelled lines without a header's fields, whose values stand in a column after the colon ("Chairman:   Hon.
    Kwabena Asiedu-Mensah", "Members:    Hon. …"), before the first line a speaker says something on."""
    matches = [m for m in matches if not _title_in_capitals(m, text)]
    # (in the block of lines the document opens with, before its first blank line, a label not in capitals is a header's
    # field when the turns after the block are labelled in capitals: "Guest: the Governor of …", "Host: Chikondi Banda."
    # name who speaks and say nothing, before "GOVERNOR:" and "HOST:")
    header = BLANK_LINE.search(text)
    if header and any(m.group("label").isupper() for m in matches if m.start() > header.start()):
        matches = [m for m in matches if m.start() > header.start() or m.group("label").isupper()]
    said = next((i for i, m in enumerate(matches) if not _header_field(m, text)), len(matches))
    return matches[said:] if said >= 2 else matches


def _title_in_capitals(m: re.Match[str], text: str) -> bool:
    """A heading's title in capitals with a colon, "MONETARY POLICY STATEMENT: PRESS CONFERENCE": no one's turn."""
    line_end = text.find("\n", m.end())
    line = text[m.end() : line_end if line_end >= 0 else len(text)].strip()
    return len(re.findall(r"[A-Z]", line)) > 3 and not re.search(r"[a-z]", line) and not SAID_END.search(line)


def _header_field(m: re.Match[str], text: str) -> bool:
    """A header's field: its value after a column's gap, on a line that ends no sentence, in a block of such lines (not
    "HOST:  Welcome to Business Hour." nor "GOVERNOR:     We project inflation …", turns of a transcript that aligns its labels)."""
    line_end = text.find("\n", m.end())
    line = text[m.end() : line_end if line_end >= 0 else len(text)].rstrip()
    start = text.rfind("\n", 0, m.start())
    in_block = (line_end >= 0 and text[line_end + 1 : line_end + 2] not in ("\n", "\r", "")) or (start > 0 and text[start - 1] not in "\n\r")
    return bool(FIELD_GAP.match(text, m.end() - 1)) and not SAID_END.search(line) and in_block


FIELD_GAP = re.compile(r"[ \t]{2,}|\t")
SAID_END = re.compile(r"(?:[a-z]{2}|[\d%)])[.!?][\"”’)]*$|[?!][\"”’)]*$")  # a sentence's end (not "1:05 p.m.", "Ltd.")
FIELD_GOES_ON = re.compile(r",[ \t]*\r?\n[ \t]{4,}(?=[A-Z])")


@lru_cache(maxsize=1)
def officer_roles() -> str:
    return "|".join(re.escape(r) for r in sorted(load_lexicon("context")["issuer_officer_roles"], key=len, reverse=True))


def office_in(speaker: str, introduction: str) -> re.Match[str] | None:
    """Where the introduction names the speaker's surname with an office after it ("Kari Lunde, leader; …",
    "Martin Dwane, president, Irish Family Farmers' Union"): what follows the office is the match's "rest"."""
    surname = speaker.split()[-1] if speaker.split() else ""
    # (the body perhaps before the office, "JANA KRUSE, ver.di negotiator for the German seaports")
    # (and a second surname after it: "Dr. Javier Quispe Mamani, Technical Director …" for "QUISPE")
    return re.search(rf"\b(?:[A-Z][\w’'.-]*\s+)*(?i:{re.escape(surname)})(?:[ \t]+[A-Z][\w’'-]+)?,\s+(?:the\s+)?(?:(?!(?i:{officer_roles()})\b)(?P<lead>[A-Z][\w.&’'-]*|[a-z]+\.[a-z]+)\s+)?"
                     rf"(?i:{officer_roles()})\b(?P<rest>[^;\n]*)", introduction) if surname else None


def guest_body(speaker: str, introduction: str) -> str:
    """The body an introduction's list names after the speaker's office ("Studio guest: Martin Dwane,
    president, Irish Family Farmers' Union (IFFU)"), else ""."""
    office = office_in(speaker, introduction)
    # ("Director, Treasury and Debt Management Division (TDMD), Ministry of Finance": the institution it is part of)
    parts = re.sub(r"\([^()]*\)", "", office.group("rest")).split(",") if office else []
    if institution := next((part.strip(" .") for part in reversed(parts[1:]) if _names_institution(part.strip(" ."))), ""):
        return institution
    # ("Ms. Soler, Director General of Healthcare (Conselleria de Sanitat)": the body its bracket names)
    if institution := next((inside for inside in re.findall(r"\(([^()]*)\)", office.group("rest")) if _names_institution(inside)), "") if office else "":
        return institution
    # (also "adviser at the …", though not an economist's, whose views are his own: "chief economist at Banco …")
    at = r"|\s+at" if office and "economist" not in office.group().lower() else ""
    m = re.match(rf"(?:,{at})\s+(?:the\s+)?(?P<body>{BODY_NAME.pattern})", office.group("rest")) if office else None
    if office and (minister := MINISTER_SERVED.match(office.group("rest"))) and minister.group("portfolio").split()[0] != "State":
        # "adviser to the Minister of Energy and Water": the ministry (not a "Minister of State for …", who has none)
        return f"Ministry of {minister.group('portfolio')}"
    lead = office.group("lead") or "" if office else ""
    if lead.upper() in introduction.lstrip().split("\n", 1)[0].upper().split() or lead in load_lexicon("context")["office_function_words"]:
        lead = ""  # "Municipal Finance Officer" under "… CENTRAL MUNICIPAL ASSEMBLY": the issuing body's office, not another body
    body = m.group("body") if m else lead
    # ("… Irish Family Farmers Union and Mary Byrne, economist at Teagasc": the next guest is no part of it)
    head, joined, tail = body.rpartition(" and ")
    return head if joined and is_person(tail) else body


def bracketed_affiliation(speaker: str, introduction: str) -> str | None:
    """The body a list of those appearing brackets after the speaker's name, before or without a role ("Mr. Ramon
    Bautista (Pagkakaisa ng Manggagawa sa Maynila, petitioner)", "Atty. Luisa Reyes (Employers Confederation of the
    Philippines, ECOP)"); "" for one who speaks for himself ("(economist, University of the Philippines)", "(worker,
    Valenzuela City)"); None when no bracket follows the name."""
    surname = speaker.split()[-1] if speaker.split() else ""
    m = re.search(rf"\b{re.escape(surname)}[ \t]*\((?P<inside>[^()\n]{{3,120}})\)", introduction) if surname else None
    if not m:
        return None
    parts = [part.strip() for part in re.split(r"[,;]", m.group("inside"))]  # ("(Director, Toyosu Market; chair)")
    if any(SPEAKS_FOR_HIMSELF.search(part) for part in parts if part[:1].islower()):
        return ""
    # (not a place numbered among others, which is no body: "Ward Chair Sabina Tamang (Ward 32)")
    # (or a body known by its initials: "Mr. Jesús Huerta (President, SELAE)"; not a title, "(Chair, MP)")
    bodies = [part for part in parts if (len(part.split()) > 1 and part[:1].isupper() and not is_person(part)
                                         or _initials_of_employer(part, parts))
              and not any(c.isdigit() for c in part) and not _office_or_seat(part)]
    # (a unit of the body named after it: "(General Manager, Tuna Department, Shiomi Suisan Co., a wholesaler …)")
    return next((part for part in bodies if not (UNIT_OF_BODY.search(part) and part != bodies[-1])), None)


def _initials_of_employer(part: str, parts: list[str]) -> bool:
    """Whether a bracket's part is a body known by its initials whom an office the bracket also names is held in
    ("Mr. Jesús Huerta (President, SELAE)"; not the office's own initials, "(Chief Administrative Officer, CAO)", nor
    a member's party, "(councillor, EKRE)")."""
    return INITIALS_BODY.fullmatch(part) is not None and part not in TITLE_INITIALS and any(
        other != part and _office_or_seat(other) and not re.match(r"(?i:member|councillor|deputy|senator|representative)\b", other)
        and name_initials(other) != part for other in parts)


INITIALS_BODY = re.compile(r"[A-Z][A-Z&]{1,9}")
UNIT_OF_BODY = re.compile(r"\s(?:Department|Division|Section|Unit|Desk|Team)$")
TITLE_INITIALS = frozenset({"CEO", "CFO", "COO", "CTO", "MP", "MEP", "MLA", "MPP", "MD", "QC", "KC", "SC", "JP", "OBE", "MBE", "CBE", "PHD"})


def _office_or_seat(part: str) -> bool:
    """Whether a bracket's part is an office or a seat, no body: "(Head of Research)", "(Member for Kibra)"."""
    return re.match(rf"(?i:{officer_roles()}|member|deputy|senior|minister|senator|representative)\b", part) is not None


# what one who appears as himself is ("economist", "worker", "resident of …")
SPEAKS_FOR_HIMSELF = re.compile(r"\b(?:economist|analyst|academic|professor|lecturer|researcher|worker|resident|consumer|farmer|"
                                r"trader|caller|student|pensioner|citizen|former|retired)\b")


MINISTER_SERVED = re.compile(r"\s+to\s+the\s+(?:[Mm]inister|[Mm]inistry)\s+(?:of|for)\s+(?:the\s+)?(?P<portfolio>[A-Z][\w’'-]*(?:[ \t]+(?:and[ \t]+|of[ \t]+)?[A-Z][\w’'-]*){0,5})")


@lru_cache(maxsize=1)
def _affiliation_heads() -> frozenset[str]:
    lexicon = load_lexicon("context")
    return frozenset((*lexicon["institution_heads"], *lexicon["affiliation_heads"]))


def _names_institution(part: str) -> bool:
    """'Ministry of Finance', 'Instituto Nacional de Estadística e Informática': an institution's whole name, by its head
    word at its end (before "of" or "for": 'Institute for Roses and Aromatic Plants') or, in a name in another language,
    at its start."""
    words = part.split()
    return bool(words) and (BODY_NAME.fullmatch(part) is not None and re.split(r" (?:of|for) ", part)[0].split()[-1] in _affiliation_heads()
                            or words[0] in load_lexicon("context")["foreign_body_heads"] and len(words) > 1 and words[-1][:1].isupper())


def listed_person_body(surname: str, introduction: str) -> str:
    """The body a list of guests gives after the speaker's titled name, or the body of the office it gives there ("Guests:
    Dr. Maria Hristova, Institute for Roses and Aromatic Plants, Kazanlak; Mr. Stefan Petkov, chair of the Kazanlak Rose
    Growers' Union"), for a turn labelled by the body or the group with the person in brackets ("INSTITUTE (Dr.
    Hristova):", "GROWERS (Mr. Petkov):"); else ""."""
    # (the name perhaps going on after the surname the label gives: "Mr. Huang Wei", "Dr. Nurul Aina binti Rahman")
    m = re.search(rf"\b{TITLE}[ \t]+(?:[A-Z][\w’'-]*[ \t]+){{0,3}}{re.escape(surname)}(?:[ \t]+[\w’'-]+){{0,3}},[ \t]+(?P<rest>[^;\n]+)",
                  introduction) if surname else None
    if not m:
        return ""
    rest = re.sub(r"\([^()]*\)", "", m.group("rest")).split(". ")[0].strip(" .")  # (not the list's next sentence)
    # (or of the body whose office it names: "head of the Liuyang office of Changsha Customs")
    if office := re.fullmatch(rf"(?:the[ \t]+)?(?:[a-z]+[ \t]+)?(?i:{officer_roles()})[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?"
                              rf"(?:[A-Z][\w’'-]*[ \t]+(?:office|branch|bureau|unit)[ \t]+of[ \t]+(?:the[ \t]+)?)?(?P<body>{BODY_NAME.pattern})", rest):
        return office.group("body")
    return next((part.strip(" .") for part in rest.split(",") if _names_institution(part.strip(" ."))), "")


OFFICE_WORD = r"(?:[Gg]overnor|[Mm]inister|[Cc]hair(?:man|woman)?|[Pp]resident|[Hh]ead|[Dd]irector|[Cc]hief)"
OFFICE = re.compile(OFFICE_WORD + r"(?:\s+[a-z]+)?\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w’'-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?|and[ \t]+)?[A-Z][\w’'-]*){0,6})")


# "the Chief Executive of Bergbahnen Sörenberg AG (Mr. Emmenegger)": an office of a body, its holder in brackets after it
OFFICE_BEFORE_HOLDER = re.compile(rf"\b{OFFICE_WORD}(?:[\s-][A-Za-z]+)?"
                                  rf"\s+of\s+(?:the\s+)?(?P<body>{BODY_NAME.pattern})\s*\((?:Mr|Ms|Mrs|Dr)\.?\s+(?P<surname>[A-Z][\w’'-]+)\)")


def held_office_body(speaker: str, introduction: str) -> str:
    """The body whose office the list of participants gives with the speaker in brackets after it ("the Chief Executive
    of Bergbahnen Sörenberg AG (Mr. Emmenegger)"), else ""."""
    surname = speaker.split()[-1] if speaker.split() else ""
    return next((m.group("body") for m in OFFICE_BEFORE_HOLDER.finditer(introduction) if m.group("surname") == surname), "")


# a body the list of participants gives with its speakers in brackets after it: "Institute of Marine Research (Dr.
# Høines)", "Directorate of Fisheries (Mr. Aasen, section head; Ms. Nygård, analyst)", "the General Manager of the
# Bogotá Water and Sewerage Company, EAAB (Ms. Avendaño)"
LISTED_WITH_SPEAKERS = re.compile(r"(?:^|(?<=[;:])|(?<=[;:][ \t]))(?P<item>[^;:()\n]{2,120}?)[ \t]*\((?P<inside>[^()\n]{3,200})\)", re.MULTILINE)


def listing_body(surname: str, introduction: str) -> str:
    """The body whose bracket in the list of participants names the speaker ("Norwegian Fishermen's Association, Norges
    Fiskarlag (Mr. Hansen)": by its first name), else "" (also for one listed as himself, "journalists (Ms. Ospina, …)")."""
    for m in LISTED_WITH_SPEAKERS.finditer(introduction) if surname else ():
        if not re.search(rf"\b{TITLE}[ \t]+(?:[A-Z][\w’'-]*[ \t]+)?{re.escape(surname)}\b", m.group("inside")):
            continue
        # (its first name that is no role: "Auditors, Grant Thornton (Ms. Phiri)")
        if name := next((body for part in m.group("item").split(",") if (body := _listed_body(part.strip(), surname))), ""):
            return name
    return ""


def _listed_body(part: str, surname: str) -> str:
    """A body's name in a list of participants, after the office it gives first ("the General Manager of the Bogotá Water
    and Sewerage Company"); "" for a role ("Independent economist", "Finance Minister", "the Superintendent"), a
    portfolio ("the Secretary of Environment") or a label ("OPERATIONS")."""
    office = re.match(rf"(?:the[ \t]+)?(?:[A-Z][\w-]*[ \t]+)?(?i:{officer_roles()})[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?", part)
    name = part[office.end() :] if office else re.sub(r"^[Tt]he[ \t]+", "", part)
    # (nor an organ named by its head word alone: "Board (Mr. Moyo, chair; Mrs. Dube, treasurer)")
    one_office = not office and " " not in name and (name != part or name in _affiliation_heads())
    if name[:1].isupper() and not name.isupper() and not one_office and not LISTED_ROLE.search(name) and not any(c.isdigit() for c in name) \
            and surname not in name and (not office or _names_institution(name) or BODY_NAME.fullmatch(name) is not None):
        return name
    return ""


TITLE = r"(?:Mr|Ms|Mrs|Dr|Prof|Hon)\.?"
# what names a role, not a body, in such a list ("Independent economist", "Finance Minister", "Mayor of Bogotá",
# "Management Board", "Superintendent")
LISTED_ROLE = re.compile(r"\b(?i:economists?|analysts?|ministers?|mayor|governor|superintendent|spokesperson|spokesman|spokeswoman|"
                         r"auditors?|members?|councillors?|senator|deputy|guest|independent|opposition|chair(?:man|woman|person)?|"
                         r"(?:management|supervisory|executive)[ \t]+board|chief|senior|head|director|secretary|officer)\b")


def body_of(speaker: str, introduction: str) -> str:
    """The body the introduction says the speaker holds an office in, when it names one."""
    if held := held_office_body(speaker, introduction):
        return held
    at = introduction.find(speaker)
    if at < 0:
        return ""
    line_end = introduction.find("\n", at) if "\n" in introduction[at:] else len(introduction)
    m = OFFICE.search(introduction, at, line_end)  # (on the speaker's own line: not the next guest's office)
    if not m or m.start() > at + len(speaker) + 80:
        return ""
    # ("Technical Director of Demography and Social Indicators, Instituto Nacional de Estadística …": the institution)
    parts = re.sub(r"\([^()]*\)", "", introduction[m.end() : line_end]).split(",")[1:]
    institution = next((part.strip() for part in reversed(parts) if _names_institution(part.strip())), "")
    # ("adviser to the Minister of Energy and Water": the minister's ministry)
    return institution or (f"Ministry of {m.group('body')}" if m.group().lower().startswith("minister") else m.group("body"))


# (not one of another body named by its initials: "(member of the IMF Executive Board Committee)")
OWN_COMMITTEE_ROLE = re.compile(r"\s*\((?:chair|chairman|chairwoman|chairperson|member|secretary)\s+(?:of|to)\s+the\s+(?:(?![A-Z]{2,}\b)[^()])*"
                                r"\b(?:Committee|Board|Council|Panel)\)")


def issuers_officer(speaker: str, introduction: str, issuer: str = "") -> bool:
    """Whether the introduction names the speaker with an office and no other body ("Hanne Solberg, leader;",
    "Arne Kvalheim, head of negotiations"; not "Adam Glapiński, President of NBP", "Kari Haugen (NTB)")."""
    m = office_in(speaker, introduction)
    # (not "Paolo Ignacio, Director, Congressional Policy and Budget Research Department": another body's; a team
    # named by what it covers is the issuer's own: "Senior Director, Middle East and Africa Sovereigns")
    # ("Deputy Governor (chair of the Monetary Policy Committee)": the chair of a committee of the issuer's own)
    rest = OWN_COMMITTEE_ROLE.sub("", m.group("rest")) if m else ""
    other = re.search(r"\b(?:of|at|for|to)\s+(?:the\s+)?[A-Z]|^,\s+(?:the\s+)?[A-Z]\w*\s+[A-Z][^,;()]*", rest) if m else None
    if other and not rest[: other.start()].strip() and not other.group().startswith(",") and _own_unit(rest[other.end() - 1 :]):
        other = None  # "Director of Economic Studies": a department of the issuer's, named by what it covers
    # (a word of the issuer's own name before the office is no other body: "Municipal Finance Officer" of the "… Municipal Assembly")
    lead = m.group("lead") if m else None
    return m is not None and (not lead or lead in issuer.split() or lead in load_lexicon("context")["office_function_words"]) \
        and (other is None or other.group().startswith(",")
                                                      and not set(re.findall(r"[A-Z]\w+", other.group())) & body_heads()
                                                      and bool(set(re.findall(r"[A-Z]\w+", other.group())) & _world_regions()))


def office_of_another(label: str, introduction: str, issuer: str) -> bool:
    """Whether the list of participants holds the label's office in another body than the issuer ("Mr. Lund (CEO,
    Meridian Lines)", "Dr. Jim Chalmers, Treasurer of Australia" at a council's briefing)."""
    m = re.search(rf"\b(?i:{re.escape(label)})(?:,[ \t]*|[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?)(?P<body>[A-Z][\w’'&.-]*(?:[ \t]+[A-Z][\w’'&.-]*)*)",
                  introduction)
    return m is not None and not shares_a_word(m.group("body"), issuer)


def _own_unit(named: str) -> bool:
    """Whether what an office is "of" names a field of work, not another body: "Economic Studies", "Research" (not
    "NBP", "the Central Bank of Kenya", "Kenya")."""
    if re.match(r"[^;]*?,[ \t]*(?:the[ \t]+)?[A-Z]", named):
        return False  # "Director of Finance, Kenya Airways": of another body, named after the comma
    words = re.split(r"[,;(.]", named, maxsplit=1)[0].split()
    return bool(words) and all(w[:1].isupper() and not w.isupper() or w in ("and", "&") for w in words) \
        and not set(words) & body_heads() and not country_mentions(" ".join(words)) and not known_estimators().fullmatch(" ".join(words))


@lru_cache(maxsize=1)
def _world_regions() -> frozenset[str]:
    return frozenset(word for region in load_lexicon("context")["world_regions"] for word in region.split())
