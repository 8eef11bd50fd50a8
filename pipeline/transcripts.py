"""Who is speaking in a transcript: an interview or hearing written as turns opened by the speaker's
name ("[00:02:14] FAHMY: Urban headline inflation was 28.1% in May"). The figures a person gives in
his or her own turn are that person's estimates; those of the one who asks the questions are the
document's own (or whoever the question names)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from pipeline.abbreviations import abbreviations
from pipeline.estimators import is_person, known_estimators
from pipeline.lexicon import load_lexicon
from pipeline.matching import Caseless
from pipeline.participants import (BODY_NAME, FIELD_GOES_ON, aside_body, body_of, bracketed_affiliation, guest_body, held_office_body,
                                   issuers_officer, listed_person_body, listed_under, listing_body, office_of_another, officer_roles,
                                   without_header_fields)

# A turn opens a line: an optional timestamp, then the speaker's name or office, in capitals ("MR K.
# BANDA", "THE MINISTER OF FINANCE", "HON. MEMBER FOR CONSTITUENCY 045") or as a name is written ("Carlos Mejía", "Host"), perhaps with a
# constituency or a name in brackets ("MR K. BANDA (Mzimba North):", "Host (Ana Reyes):"), and a colon.
TURN = re.compile(
    r"^[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*(?:[-–—][ \t]*)?)?"
    r"(?P<label>[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,7}(?:[ \t]+\d{1,4})?|[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
    # ("The Minister of Labour and Industrial Relations (Mr K. Ramdin):", a parliament's record of a minister)
    r"|The[ \t]+(?:Deputy[ \t]+|Prime[ \t]+)?Minister(?:[ \t]+(?:of|for|and|the|[A-Z][\w'’-]*)){0,8})"
    r"(?:[ \t]+\((?P<aside>[^()\n]{1,60})\))?(?:[ \t]+\[[a-z][^\[\]\n]{0,30}\])?:[ \t]",  # (and a transcriber's note: "MINISTER [translated]:")
    re.MULTILINE,
)
# a parliament's debate, whose members speak each for himself or herself though none asks: "Mr Speaker, Sir", "(… Member for …)"
DEBATE = re.compile(r"\b(?:Mr|Madam|Madame)[ \t]+(?:Deputy[ \t]+)?Speaker\b|\([^()\n]*\bMember[ \t]+for\b[^()\n]*\):")
# a turn that asks: a question mark, or a member's formal "I beg to ask the Minister …"
ASKS = re.compile(r"\?|\b[Bb]eg\s+to\s+ask\b")
MIN_TURNS = 3  # fewer labelled lines make a fact sheet's headings, not a conversation


@dataclass(frozen=True)
class Turn:
    start: int
    speaker: str  # as a name is written ("Tarek Fahmy"), the short label resolved to the full one;
    # "Government" for one who speaks from a government office ("THE MINISTER OF FINANCE:")
    asks: bool  # the speaker is the interviewer: what he or she says is the document's own
    # the body the introduction says the speaker heads or serves ("Governor of the Central Bank of
    # Egypt"): the source of what it sets itself ("we raised our policy rates", "our target")
    body: str = ""
    for_issuer: bool = False  # all it says is its body's: an officer of the issuer's, or one who answers for a body


def turns(text: str, issuer: str = "") -> list[Turn]:
    """The turns of a transcript in order; empty when the document is not one (fewer than
    MIN_TURNS labelled lines, a single speaker, or no one whose turns mostly ask questions).
    An interview has one asker, whose words are the document's own; in a hearing or a parliament's
    question time several members ask, each speaking for himself or herself."""
    labelled = list(TURN.finditer(text))
    matches = without_header_fields(labelled, text)
    # (what comes before the first speaker: "Present: …", "Appearing: G. Enkhtuvshin, Governor of …")
    # (nor the issuer's own name over its officers in a list of participants: "Lagoon Trust Bank Plc:  Adaeze Okonkwo, …")
    introduction = text[: next((m.start() for m in matches if m.group("label").lower() not in _lexicon()["not_speakers"]
                                and not (issuer and m.group("label").startswith(issuer))), 0)]
    # "Spokesperson Lü Daliang (General Administration of Customs):", later just "Lü Daliang:": the body still speaks
    bodies = dict(spoken for m in matches if (spoken := _spokesperson(m.group("label"), m.group("aside"))))
    # "GOVERNOR (Enkhtuvshin):", later just "GOVERNOR:": the office's holder still speaks
    # (not "Reporter (Xinhua News Agency):", "Reporter (Bloomberg):": one label for several)
    held: dict[str, set[str]] = {}
    for m in matches:
        if _office_holder(m.group("label"), m.group("aside"), introduction):
            held.setdefault(m.group("label"), set()).add(m.group("aside").strip())
    holders = {label: names.pop() for label, names in held.items() if len(names) == 1}
    found = [(m.start(), _initialled(m.group("label"), text[: m.start()]) or _named_by(m.group("label"), m.group("aside"), bodies, holders, introduction))
             for m in matches]
    # ("Governor Antonio V. de Leon (GOV. DE LEON)" in a central bank's record: an officer of the issuer)
    first_at = {}  # (where each label first opens a turn: the list of participants stands before it)
    for m in matches:
        first_at.setdefault(m.group("label"), m.start())
    titled_labels = {raw for raw, at in first_at.items() if _titled_officer(raw, text[:at])}
    titled = {label for (_, label), m in zip(found, matches) if m.group("label") in titled_labels}
    chaired = {label for (_, label), m in zip(found, matches) if m.group("label").lower() in _lexicon()["chair_labels"]}
    found = _same_minister(found, matches)
    found = [(start, label) for start, label in found if label.lower() not in _lexicon()["not_speakers"]]
    labels = {label for _, label in found}
    if len(found) + len(labelled) - len(matches) < MIN_TURNS or len(labels) < 2:  # (a header's fields count: a short interview)
        return []
    full = {label: _full_label(label, labels) for label in labels}
    ends = [start for start, _ in found[1:]] + [len(text)]
    asked: dict[str, list[bool]] = {}
    for (start, label), end in zip(found, ends):
        asked.setdefault(full[label], []).append(ASKS.search(text, start, end) is not None)
    askers = [name for name, asks in asked.items() if sum(asks) * 2 >= len(asks)]
    # (an anchor who also links and reads the news asks in fewer than half of her turns, but asks most)
    most = sorted(asked, key=lambda name: sum(asked[name]), reverse=True)
    if not askers and most and sum(asked[most[0]]) >= MIN_TURNS and all(sum(asked[name]) * 2 <= sum(asked[most[0]]) for name in most[1:]):
        askers = most[:1]
    # a hearing whose chair gives the floor without asking ("PRESIDING: … I give the floor to the applicant."): the
    # chair's words are the record's own
    chairs = [full[label] for label in chaired if label in full and full[label] in asked]
    askers = askers or ([max(chairs, key=lambda name: len(asked[name]))] if chairs and len(asked) >= 3 else [])
    if not askers and len(DEBATE.findall(text)) < 2:
        return []  # no one asks: labelled lines ("GDP: …", "NOTE: …"), not a conversation (nor a parliament's debate)
    interviewer = askers[0] if len(askers) == 1 else ""
    if answerer := _interviewee(introduction) if labels & set(_lexicon()["answer_labels"]) else "":
        full = {label: answerer if label in _lexicon()["answer_labels"] else name for label, name in full.items()}
    listed = {label: entry for label in labels if (entry := _listed_role(label, introduction))}  # "GOVERNOR - Lic. R. Estrada, Governor, Banco …"
    named = {label: _introduced(_speaker(full[label]), introduction) for label in labels}
    named |= {label: entry[0] for label, entry in listed.items() if named[label] != "Government"}  # (a minister still speaks for it)
    # (an issuer's own event: its host or moderator speaks for it, "MODERATOR:" at a central bank's briefing)
    officers = {label for label in labels if issuer and full[label] != interviewer and (
        issuers_officer(named[label], introduction, issuer) or (label in listed and issuer in listed[label][1]) or label in titled
        or named[label] in listed_under(issuer, introduction) or named[label].lower() in _lexicon()["programme_roles"]
        or named[label].lower() in _lexicon()["issuer_office_labels"] and not office_of_another(label, introduction, issuer)
        or body_of(named[label], introduction) == issuer.split(" of ")[0].split()[-1])}  # ("President of the Chamber" of the "… Chamber of Agriculture")
    # "USEC. VILLAREAL (DBM):", "Martin Dwane, president, Irish Family Farmers' Union": one who answers for a body
    # the label's bracket or the introduction names (not one who mostly asks: "TAYLOR (UBS):")
    defined = abbreviations(text) if matches else {}
    head = text[: (matches[0].start() if matches else 0) + HEAD_AFTER_FIRST_LABEL]  # ("Presenter: … Studio guest: …", a label's line)
    # (a field's value that goes on to an indented line: "Guest:  Dr. J. Quispe, Technical Director …," and "   Instituto …")
    head, introduction = FIELD_GOES_ON.sub(", ", head), FIELD_GOES_ON.sub(", ", introduction)
    served = {m.group("label"): body for m in matches if m.group("label") in labels
              and (body := aside_body((m.group("aside") or "").strip(), defined, introduction))}
    # (not one the list of those appearing shows to speak for himself: "Dr. Paolo Mendoza (economist, University of …)")
    served = {label: body for label, body in served.items() if bracketed_affiliation(named[label], introduction) != ""}
    # ("Appearing: Mr. Ramon Bautista (Pagkakaisa ng Manggagawa sa Maynila, petitioner); …": the body in his bracket)
    served |= {label: body for label in labels if label not in served
               and (body := bracketed_affiliation(named[label], introduction) or guest_body(named[label], head))}
    # ("NWA (Mr. Tsiklauri):" after "Speaking: … Mr. Tsiklauri (National Wine Agency)": the body the list brackets after
    # the titled person the label's bracket names)
    served |= {m.group("label"): body for m in matches if m.group("label") in labels and m.group("label") not in served
               and (titled := TITLED_PERSON.fullmatch((m.group("aside") or "").strip()))
               and (body := bracketed_affiliation(titled.group("surname"), introduction))}
    # ("CEO (Mr. Emmenegger):" after "Guests: the Chief Executive of Bergbahnen Sörenberg AG (Mr. Emmenegger)": an office
    # label whose holder the list gives as another body's officer speaks for that body)
    served |= {label: body for (_, label), m in zip(found, matches) if label in labels and label not in served
               and m.group("label").lower() in _lexicon()["office_labels"] and (titled := TITLED_PERSON.fullmatch((m.group("aside") or "").strip()))
               and (body := held_office_body(titled.group("surname"), introduction))}
    # ("IMR (Dr. Høines):", "HANSEN (Norges Fiskarlag):" after "Participants: …; Institute of Marine Research (Dr. Høines);
    # Norwegian Fishermen's Association, Norges Fiskarlag (Mr. Hansen); …": the body the list brackets the speaker under)
    served |= {m.group("label"): body for m in matches if m.group("label") in labels and m.group("label") not in served
               and (body := listing_body(titled.group("surname") if (titled := TITLED_PERSON.fullmatch((m.group("aside") or "").strip()))
                                         else named[m.group("label")], introduction))}
    # ("INSTITUTE (Dr. Hristova):" after "Guests: Dr. Maria Hristova, Institute for Roses and Aromatic Plants, …": the body the
    # list before the label's first turn names after the titled person the label's bracket names)
    label_at = dict(found)  # (found is no longer matches' twin: a minister's labels merged, the not-speakers left out)
    served |= {label: body for m in matches if (label := label_at.get(m.start())) in labels and label not in served
               and (titled := TITLED_PERSON.fullmatch((m.group("aside") or "").strip()))
               and (body := listed_person_body(titled.group("surname"), text[: first_at[m.group("label")]]))}
    # ("Chair of the Municipal Council" under the "KAZANLAK MUNICIPAL COUNCIL": the issuer, by its short name)
    served = {label: issuer if issuer and issuer.endswith(" " + body) else body for label, body in served.items()}
    # (the list of participants stands somewhere before the label's first turn)
    served |= {label: body for label in labels if label not in served and OFFICE_LABEL.search(label)
               and (body := _office_body(label, text[: min(start for start, raw in found if raw == label)], defined))}
    served = {label: body for label, body in served.items() if full[label] not in askers and label not in officers}
    return [Turn(start, named[label], full[label] == interviewer,
                 issuer if label in officers else served.get(label) or body_of(named[label], introduction),
                 label in officers or label in served) for start, label in found]


HEAD_AFTER_FIRST_LABEL = 300


# a list of speakers by the labels their turns take: "GOVERNOR - Lic. Rodrigo Estrada Monzón, Governor, Banco de Guatemala"
TITLE_WORD = re.compile(r"(?:[A-Z][a-z]{0,4}\.|Mr|Ms|Mrs|Dr|Hon)[ \t]+")
TITLED_PERSON = re.compile(rf"{TITLE_WORD.pattern}(?:[A-Z][\w’'-]*[ \t]+)?(?P<surname>[A-Z][\w’'-]+)")  # "Mr. Tsiklauri"


def _listed_role(label: str, introduction: str) -> tuple[str, str] | None:
    """(the person, what he or she is) a list of speakers gives after the label a turn takes, its title left
    out ("MINISTER - Hon. Tebogo Ramokate, Minister of Finance" → ("Tebogo Ramokate", "Minister of Finance")); None
    when the list names no person after it."""
    m = re.search(rf"^[ \t]*{re.escape(label)}[ \t]+[-–—][ \t]+(?P<who>[^,\n]+?)(?:,[ \t]*(?P<what>[^\n]*?))?[ \t]*$",
                  introduction, re.MULTILINE)
    if not m:
        return None
    who = m.group("who")
    while title := TITLE_WORD.match(who):
        who = who[title.end() :]
    words = who.split()
    # (a person may have two given names and two surnames: "Julio César Siles Montoya")
    four_words = len(words) == 4 and is_person(" ".join(words[:3])) and is_person(" ".join(words[1:]))
    return (who, m.group("what") or "") if is_person(who) or four_words else None


OFFICE_LABEL = re.compile(r"\b(?i:director|director-general|head|officer|secretary|commissioner|manager|chief|minister|governor)\b")


def _office_body(label: str, introduction: str, defined: dict[str, str]) -> str:
    """The body of an office a label names, where the list of participants writes its holder with it
    ("DIRECTOR-GENERAL:" after "Eng. A. Warsame, Director-General, Ministry of Agriculture (MoA)"; "HEAD OF
    PLANT PROTECTION:" after "…, Head of the Plant Protection Department, MoA"), or the body the label
    itself names by its abbreviation ("FAO LOCUST OFFICER:" after "…, locust officer, FAO Somalia"); else ""."""
    words = label.split()
    named = next((w for w in (words[0], words[-1]) if w in defined or known_estimators().fullmatch(w)), "") if len(words) > 1 else ""
    office = [w for w in words if w != named]
    pattern = r"\s+(?:the\s+)?".join(re.escape(w).replace(r"\-", "[-\\s]") for w in office)
    m = re.search(rf",\s+(?:the\s+)?(?i:{pattern})(?:\s+[A-Z][a-z]+)?,\s+(?:the\s+)?(?P<body>[A-Z][^,;()\n]*?)\s*(?:\(|[,;]|$)",
                  introduction, re.MULTILINE) if office else None
    if not m:
        return ""
    body = m.group("body")
    if body.split()[-1] in _lexicon()["body_parts"]:
        return ""  # "Director, Petroleum Division": a part of the body that holds the event, which speaks for it
    return named or defined.get(body.split()[0], "") or (body if BODY_NAME.fullmatch(body) else "")


def _same_minister(found: list[tuple[int, str]], matches: list[re.Match[str]]) -> list[tuple[int, str]]:
    """A parliament's record names a minister by office and name first ("THE MINISTER OF MINES (HON. F.
    CHIDZIKWE):"), then by name alone ("HON. CHIDZIKWE:"): the later turns are the minister's too."""
    offices = {aside.split()[-1].strip(".").upper(): (label, INITIAL.findall(aside)) for (_, label), m in zip(found, matches)
               if (aside := m.group("aside")) and _speaker(m.group("label")) == "Government"}
    # (not another member of the same surname: "HON. S. NCUBE" is not "HON. PROF. M. NCUBE")
    return [(start, office[0] if len(label.split()) <= 3 and _speaker(label) != "Government"
             and (office := offices.get(label.split()[-1].upper())) and set(INITIAL.findall(label)) <= set(office[1]) else label)
            for start, label in found]


INITIAL = re.compile(r"\b[A-Z](?=\.)")


def _initialled(label: str, before: str) -> str:
    """The person a list of participants names with the label as his or her initials or short name ("GUEST:
    Paninnguaq Olsen, Minister for Fisheries and Hunting (MIN)", then "MIN: Good morning"; "Governor Antonio V. de
    Leon (GOV. DE LEON)"), without the office before the name; else ""."""
    if not label.isupper() or len(label) > 25 or len(label.split()) > 3:
        return ""
    m = re.search(rf"(?P<name>{LISTED_NAME})(?:,[^()\n]{{1,80}})?[ \t]*\({re.escape(label)}\)", before)
    if not m:
        return ""
    name = re.sub(rf"^(?:(?:Deputy|Assistant|Vice)[ \t]+)?(?i:{officer_roles()})[ \t]+", "", m.group("name"))
    return name if is_person(re.sub(r"[ \t]+(?:[A-Z]\.|de|da|del|van|von|ng|bin|al)(?=[ \t])", "", name)) else ""


# a person's name as a list of participants writes it, perhaps after an office, with initials and particles
# ("Governor Antonio V. de Leon", "Maria Cristina Y. Soriano")
LISTED_NAME = r"[A-Z][\w’'-]+(?:[ \t]+(?:[A-Z][\w’'-]+|[A-Z]\.|de|da|del|van|von|ng|bin|al)){1,5}"


def _titled_officer(label: str, introduction: str) -> bool:
    """Whether a list of participants names the label's person after an office and with no body but a part of one
    ("Governor Antonio V. de Leon (GOV. DE LEON)", "Director Ramon P. Aquino, Department of Economic Research (DIR.
    AQUINO)"): an officer of the body that issues the record."""
    if (titled := OFFICE_AND_SURNAME.fullmatch(label)) and re.search(
            rf"(?:^|[\n:;])[ \t]*(?i:{re.escape(titled.group('office'))})[ \t]+(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?[ \t]+)?"
            rf"(?:[A-Z][\w’'.-]*[ \t]+){{0,3}}(?i:{re.escape(titled.group('surname'))})(?:[ \t]*\((?:for|on\s+behalf\s+of)[ \t]+[^()\n]{{1,40}}\))?[ \t]*(?:[;\n.]|$)",
            introduction):
        return True  # "GOVERNOR ELLINGTON-REID:" after "Speakers: Governor Marcia Ellington-Reid; …": an office, no other body
        # (perhaps standing in for another: "Deputy Governor Alda Nhantumbo (for the Governor);")
    m = re.search(rf"(?:^|[\n:;])[ \t]*(?:(?:Deputy|Assistant|Vice)[ \t]+)?(?i:{officer_roles()})[ \t]+{LISTED_NAME}"
                  rf"(?P<rest>,[^()\n]{{1,80}})?[ \t]*\({re.escape(label)}\)", introduction)
    parts = "|".join([*_lexicon()["body_parts"], "Sector", "Office", "Group"])
    return m is not None and (not m.group("rest") or re.fullmatch(rf",[ \t]+(?:[A-Z][\w’'-]*[ \t]+(?:(?:and|of|for)[ \t]+)?)*(?:{parts})"
                                                                      rf"(?:[ \t]+(?:of|for)[ \t]+(?:[A-Z][\w’'-]*[ \t]*)+)?", m.group("rest").rstrip()) is not None)


# a label of an office and a surname: "GOVERNOR ELLINGTON-REID", "SENIOR DEPUTY GOVERNOR CAMPBELL"
OFFICE_AND_SURNAME = re.compile(r"(?P<office>(?:(?:SENIOR|FIRST|DEPUTY|ASSISTANT|VICE)[ \t]+)*(?:GOVERNOR|DIRECTOR|PRESIDENT|CHAIR|CHAIRMAN|"
                                r"CHAIRPERSON|COMMISSIONER|SECRETARY|CHIEF[ \t]+EXECUTIVE|MANAGING[ \t]+DIRECTOR|CHIEF[ \t]+ECONOMIST))"
                                r"[ \t]+(?P<surname>[A-Z][A-Z’'-]+(?:[ \t]+[A-Z][A-Z’'-]+){0,2})")


def _named_by(label: str, aside: str | None, bodies: dict[str, str], holders: dict[str, str], introduction: str) -> str:
    """Whom a turn's label names: the body a spokesperson speaks for, the holder of an office (in its bracket,
    or named in one earlier), else as _label reads it."""
    if label in bodies:
        return bodies[label]
    if _office_holder(label, aside, introduction):
        return aside.strip()
    return (holders.get(label, "") if not aside else "") or _listed_in_own_right(label, aside, introduction) or _label(label, aside)


def _listed_in_own_right(label: str, aside: str | None, introduction: str) -> str:
    """The person a role's label brackets by title and surname, named in full where the list of those present gives
    him or her a function of no body ("ADMINISTRATOR (Mr. Hartmann):" after "Present: …; Mr. Jens Hartmann, insolvency
    administrator; …" → "Jens Hartmann"); "" for the roles read elsewhere (offices, a programme's roles, a chair) and for
    one the list gives as another's ("…, managing director of the debtor", "… for the Finanzamt Bautzen")."""
    lex = _lexicon()
    if not aside or not (titled := TITLED_PERSON.fullmatch(aside.strip())) or label.lower() in {
            *lex["office_labels"], *lex["speaker_roles"], *lex["programme_roles"], *lex["chair_labels"], *lex["issuer_office_labels"]}:
        return ""
    m = re.search(rf"(?:^|[\n:;])[ \t]*(?:{TITLE_WORD.pattern})+(?P<name>(?:[A-Z][\w’'-]+[ \t]+){{1,3}}{re.escape(titled.group('surname'))}),"
                  rf"[ \t]+(?P<function>[a-z][^;\n]*?)[ \t]*(?:[;.]|$)", introduction, re.MULTILINE)
    return m.group("name") if m and not re.search(r"\b(?:of|for|to|at|with)\b", m.group("function")) and is_person(m.group("name")) else ""


def _office_holder(label: str, aside: str | None, introduction: str) -> bool:
    """Whether a label names an office and its bracket the person holding it ("GOVERNOR (Enkhtuvshin)",
    "DIRECTOR GENERAL (Narantsetseg)"; not "MR K. BANDA (Mzimba North)", a member and his constituency)."""
    if not aside or not aside.strip()[:1].isupper() or len(aside.split()) > 3 or re.search(r"\d", aside):
        return False
    if label.lower() in _lexicon()["government_offices"]:
        return False  # "MINISTER (Carlos Mejía)": one who speaks for the government, its word the country's
    # a person ("Ana Reyes"), or a surname the introduction writes with initials; not a portfolio ("MINISTER (Finance)")
    named = is_person(aside.strip()) or _introduced(aside.strip(), introduction) != aside.strip()
    return named and (label.lower() in _lexicon()["office_labels"] or label.lower() in _lexicon()["speaker_roles"])


def _introduced(name: str, introduction: str) -> str:
    """A speaker's name as the introduction writes it in full: "Enkhtuvshin" → "G. Enkhtuvshin", "Batbayar" →
    "Ts. Batbayar" ("Present: … Members Ts. Batbayar, …"); the name itself when it is not written so."""
    if " " in name or not name[:1].isupper():
        return name
    # (initials, not a title: "Mr. E. Addo" → "E. Addo")
    m = re.search(rf"(?<![\w.])(?:(?!(?:Mr|Ms|Dr|St|Mt)\.)[A-Z][a-z]?\.[ \t]?){{1,3}}{re.escape(name)}\b", introduction)
    return m.group().replace("\t", " ") if m else name


# a person's name as prose writes it: "Ri Kwang-chol", "Ana María Reyes"
PERSON_NAME = re.compile(r"\b[A-Z][a-z’'-]+(?:[ \t]+[A-Z][a-z’'-]+){1,2}\b")


def _interviewee(introduction: str) -> str:
    """Who answers a "Q:"/"A:" interview: the first person its introduction names ("Ri Kwang-chol
    spent more than a decade at … He spoke to Hannah Choi …")."""
    return next((m.group() for m in PERSON_NAME.finditer(introduction) if is_person(m.group())), "")


def _lexicon() -> dict:
    return load_lexicon("context")


def _label(label: str, aside: str | None) -> str:
    """Whom a turn's label names: the person in brackets after a role ("Host (Ana Reyes)" → "Ana
    Reyes"), the body a spokesperson speaks for ("Spokesperson Lü Daliang (General Administration of
    Customs)"), else the label without its bracket ("MR K. BANDA (Mzimba North)")."""
    if aside and label.lower() in _lexicon()["speaker_roles"] and aside[:1].isupper():
        return aside.strip()
    if spoken := _spokesperson(label, aside):
        return spoken[1]  # "Spokesperson Lü Daliang (General Administration of Customs)": the body speaks
    return label


def _spokesperson(label: str, aside: str | None) -> tuple[str, str] | None:
    """(the spokesperson's name, the body he or she speaks for) of a label such as "Spokesperson Lü
    Daliang (General Administration of Customs)"; None for any other label."""
    role = next((r for r in _lexicon()["spokesperson_roles"] if label.lower().startswith(r + " ")), None)
    if not aside or not aside[:1].isupper() or role is None:
        return None
    return label[len(role) :].strip(), aside.strip()


def _speaker(label: str) -> str:
    """Who a label names as a source: a person as the name is written, without a title ("MR K. BANDA"
    → "K. Banda"); "Government" for an office of government ("THE MINISTER OF FINANCE")."""
    lex = _lexicon()
    words = label.split()
    if words[0].upper() == "THE":
        words = words[1:]
    office = " ".join(words).lower()
    if any(office == o or office.startswith(o + " ") for o in lex["government_offices"]):
        return "Government"
    titles = {t.rstrip(".").lower() for t in lex["person_titles"]}
    while len(words) > 1 and words[0].rstrip(".").lower() in titles:
        words = words[1:]
    return _as_name(" ".join(words))


# "Tarek Fahmy has been Governor of the Central Bank of Egypt since 2022", "Ana Rusu, minister of finance"
# what a body sets itself, said by its head in the first person
OWN_SETTING = re.compile(r"\b(?:[Ww]e\s+(?:also\s+|have\s+|had\s+)?(?:raised|lowered|cut|kept|held|left|hiked|reduced|set)\b"
                         r"|\b[Oo]ur\s+(?:\w+\s+)?(?:target|policy\s+rates?|key\s+rate|deposit\s+rate|lending\s+rate|band)\b"
                         r"|\bthe\s+(?:overnight\s+)?(?:deposit|lending|policy)\s+rate\b)")


def sources_in_turn(sentence: str, turn: Turn) -> list[tuple[int, str]]:
    """The estimators of a sentence in an answering turn: the speaker for what he or she says, and
    the body he or she heads for the rates and targets it sets, from where the sentence names them."""
    if turn.for_issuer or turn.body and turn.speaker.lower() in _lexicon()["office_labels"]:
        return [(0, turn.body)]  # an officer of the issuer, or an office no person's name is given for ("GOVERNOR:"): the body speaks
    if turn.speaker.lower() in (*_lexicon()["programme_roles"], *_lexicon()["chair_labels"]):
        return []  # "HOST:", "CHAIR:" (of a body not read): a role, no one named
    own = [(0, turn.speaker)]  # the whole answer is the speaker's: named, as it were, before the sentence starts
    if turn.body:
        own += [(m.start(), turn.body) for m in OWN_SETTING.finditer(sentence)]
    return own


@lru_cache(maxsize=1)
def _first_person() -> Caseless:
    words = "|".join(re.escape(w).replace("'", "['’]") for w in load_lexicon("context")["first_person_estimates"])
    return Caseless(rf"\b(?:{words})\b")


def first_person_sources(sentence: str, turn: Turn) -> list[tuple[int, str]]:
    """'The bank projects 3.5%; my own number is 3.2%': the speaker (or the body he or she answers for),
    from where he or she speaks for himself or herself."""
    return [(m.start(), turn.body if turn.for_issuer and m.group()[:1].lower() in "ow" else turn.speaker)  # ("my own view": his)
            for m in _first_person().finditer_at(sentence)]


def _full_label(label: str, labels: set[str]) -> str:
    """'FAHMY' after 'TAREK FAHMY': a surname stands for the full name used first."""
    longer = [other for other in labels if other != label and other.split()[-1] == label]
    return max(longer, key=len) if longer else label


def _as_name(label: str) -> str:
    """'TAREK FAHMY' → 'Tarek Fahmy'; 'LEE JAE-WON' → 'Lee Jae-won'; 'Ana McLeod' as it is."""
    if not label.isupper():
        return label
    words = [word[:1] + word[1:].lower() for word in label.split()]
    return " ".join([words[0]] + [w.lower() if w.lower() in JOINERS else w for w in words[1:]])


JOINERS = {"of", "for", "and", "the", "on"}  # "MEMBER FOR CONSTITUENCY 045" → "Member for Constituency 045"


def speaker_at(transcript: list[Turn], position: int) -> Turn | None:
    """The turn a position of the document falls in."""
    index = bisect_right([turn.start for turn in transcript], position) - 1
    return transcript[index] if index >= 0 else None
