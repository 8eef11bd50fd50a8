"""A government letterhead that descends a state's bodies, one to a line: the body at its foot issues the
document ("Government of India" / "Ministry of Commerce & Industry" / "Department of Commerce" /
"Directorate General of Trade Remedies")."""

from __future__ import annotations

import re
import unicodedata

from pipeline.abbreviations import name_initials
from pipeline.document_times import heading_lines
from pipeline.countries import country_mentions
from pipeline.estimators import body_heads, estimator_type, is_person
from pipeline.legal_forms import describes_a_company, legal_forms_as_written, without_legal_form
from pipeline.lexicon import load_lexicon
from pipeline.non_quantities import is_address

# "Government of India" / "Ministry of Commerce & Industry" / "Department of Commerce" / "Directorate General of Trade
# Remedies": a letterhead that descends a state's bodies, one to a line
LETTERHEAD_BODY = re.compile(r"(?:[A-Z][\w’'-]*\s+){0,2}(?:Government|Ministry|Department|Directorate(?:[ -]General)?|Office|Bureau|Agency|Authority|"
                             r"Commission|Division|Secretariat|Board|Council|Service)\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w’'&,.-]*(?:\s+(?:[A-Z&][\w’'&,.-]*|of|for|and|the|on))*")


def letterhead_body(text: str) -> str:
    """The last body of a letterhead of three or more that opens with its government or ministry, when
    the text names that body again, by name or initials (it issues the document; a department that only
    signs for its ministry is not named again)."""
    run: list[str] = []
    for line in heading_lines(text):
        if LETTERHEAD_BODY.fullmatch(line.strip()):
            run.append(line.strip())
        elif len(run) >= 3:
            break
        else:
            run = []
    if len(run) < 3 or not run[0].startswith(("Government", "Ministry")):
        return ""
    body = run[-1]
    rest = text[text.find(body) + len(body):]
    initials = name_initials(body)
    # (named in a sentence, "The Directorate General of Trade Remedies (hereinafter …)", not on a contact line:
    # "Media enquiries: Department of Information, 3 Castille Place")
    return body if re.search(rf"\b[Tt]he\s+{re.escape(body)}\b", rest) or (len(initials) >= 3 and re.search(rf"\b{initials}\b", text)) else ""


# "NEW ZEALAND WINEGROWERS", "SCREEN IRELAND | FÍS ÉIREANN", "KĀINGA ORA – HOMES AND COMMUNITIES": a name in
# capitals, a few words, nothing else but its gloss
CAPITALS_NAME = re.compile(r"(?P<the>THE\s+)?(?P<name>[^\W\d_][^\W\d_&’'.-]*(?:\s+[^\W\d_&][^\W\d_&’'.-]*(?:S['’](?=\s))?|\s+&){0,5}"
                           r"(?:,\s+[^\W\d_][^\W\d_&’'.-]*)?)"  # (a place after a comma: "ROYAL BOTANIC GARDENS, KEW")
                           r"(?:\s+\([A-Z]{2,8}\))?\s*(?P<gloss>(?:\||[–—·]\s|-\s).*)?")  # (also "OLZIIT HERDERS' COOPERATIVE", "… LOKOHO (CVL) - …")


# a line that says what a body's communication is: "Press briefing - …", "Media release", "Transcript of the press conference"
# a report's title line under a letterhead: "Annual Report 2024–25", "ANNUAL REVIEW 2023"
REPORT_TITLE_LINE = re.compile(r"(?:[A-Z][a-z]+\s+|[A-Z]+\s+){0,2}(?:[Rr]eport|REPORT|[Rr]eview|REVIEW)(?:\s+(?:\d{4}(?:[–/-]\d{2,4})?|[Ff]or\s+.{1,30}))?")
PRESS_LINE = re.compile(r"(?:(?:Press|PRESS|Media|MEDIA|News|NEWS)\s+(?:[Bb]riefing|BRIEFING|[Rr]elease|RELEASE|[Cc]onference|CONFERENCE|[Ss]tatement|STATEMENT)"
                        r"|Transcript|TRANSCRIPT)\b")
# the record of a body's own event: "Webinar transcript: …", "Conference call transcript"
# a body's meeting of its members (not "Annual general meeting of the Khovd Chamber of Commerce …" under a newspaper's masthead)
MEMBERS_MEETING_LINE = re.compile(r"(?i:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,3}(?:st|nd|rd|th)|[a-z]+-(?:first|second|third|[a-z]+th))\s+)?"  # ("TWELFTH ANNUAL GENERAL MEETING")
                                  r"(?:(?i:annual|extraordinary|special|ordinary)\s+(?:(?i:general)\s+(?i:meeting|assembly)|(?i:assembly)(?=\s+(?i:of)\s+(?i:delegates|members)\b))|AGM)\b"
                                  r"(?!\s+(?i:of|at)\s+(?:(?i:the)\s+)?(?!(?i:delegates|members)\b)[A-Z])")  # (also "Extraordinary Assembly of Delegates")
# a briefing given by someone the line names (not the body's own: "Press conference of the finance minister: transcript")
BRIEFING_BY = re.compile(r"^\S+\s+\S+\s+(?:of|by|with)\s+(?:the\s+)?(?:[A-Z]|(?:[a-z]+\s+)?(?:minister|president|governor|secretary|chair|mayor))")
EVENT_TRANSCRIPT_LINE = re.compile(r"(?:[A-Z][a-z]+\s+){1,2}transcript\b")


def capitals_letterhead(text: str) -> str:
    """The body whose name in capitals heads the document over its street address, as the text goes on to
    write it ("NEW ZEALAND WINEGROWERS" over "Level 4, 93 The Terrace, Wellington 6011": "New Zealand
    Winegrowers (NZW) is …"); "" when the text never writes the name again."""
    lines = [line.strip() for line in text[:600].splitlines() if line.strip()][:3]
    if len(lines) < 2 or not (m := CAPITALS_NAME.fullmatch(lines[0])) or not m.group("name").isupper() or _titles(m.group("name")):
        return ""  # (not "MONTHLY TRADE STATISTICS" over the statistician's address)
    name = m.group("name")
    if " " not in name and len(name) > 3 and PRESS_LINE.match(lines[1]):
        return from_heading_capitals(name)  # "FELLESFORBUNDET" over "Press briefing - Main settlement 2025": the body briefs
    if MEMBERS_MEETING_LINE.match(lines[1]) and " " in name:
        # "OLZIIT HERDERS' COOPERATIVE - …" over "Annual general meeting of members": its own meeting (by its English name
        # when it glosses one the text does not write: "KONYA ZİRAAT ODASI - KONYA CHAMBER OF AGRICULTURE")
        gloss = (m.group("gloss") or "").lstrip("|–—-· ").strip()
        if gloss.isupper() and english_head(gloss) and not english_head(name) and not written_as_name(name, text[len(lines[0]):]):
            return from_heading_capitals(gloss)
        return from_heading_capitals(name)
    if m.group("gloss") and EVENT_TRANSCRIPT_LINE.match(lines[1]) \
            and m.group("gloss").split()[-1].capitalize() in load_lexicon("context")["body_parts"]:
        return from_heading_capitals(name)  # "KESTREL RATINGS - SOVEREIGN RATINGS GROUP" over "Webinar transcript: …": its part hosts
    if len(lines) == 3 and _glossed(name, lines[1]) and is_address(lines[2]):
        return from_heading_capitals(name)  # "BUNDESNETZAGENTUR" over "Federal Network Agency for …" over its address
    # (perhaps with the office that runs it between: "ELECTIONS CANADA" over "Office of the Chief Electoral Officer
    # of Canada" over "30 Victoria Street, Gatineau")
    # (or the report's title between: "ROYAL AUSTRALIAN MINT" over "Annual Report 2024–25" over "Denison Street, Deakin")
    # (a company's line under the name: not under a country's, "KENYA" over "Kenya Airways PLC, a company …")
    company = describes_a_company(lines[1]) and not any(b - a == len(name) for a, b, _ in country_mentions(from_heading_capitals(name)))
    address = 1 if is_address(lines[1]) or company else 2 if len(lines) == 3 and (
        LETTERHEAD_BODY.fullmatch(lines[1]) or REPORT_TITLE_LINE.fullmatch(lines[1])) and is_address(lines[2]) else 0
    if not address and (later := _address_below_descriptions(text, name)):
        # "ROYAL NATIONAL LIFEBOAT INSTITUTION" over what it is ("The charity that saves lives at sea · Incorporated by
        # Royal Charter in 1860", its registration) over its address: the body, by its head even where the text never
        # writes its name again ("the Institution", "RNLI")
        # (or by its head first, as French or Spanish writes it, "CHAMBRE RÉGIONALE DES COMPTES OCCITANIE", or before "of" in
        # English, "SECRETARIAT OF THE CONVENTION ON WETLANDS")
        if body := written_as_name(name, text[text.find(later) + len(later):]) or (from_heading_capitals(name) if " " in name and COMPANY_OR_CHARITY.search(text, 0, text.find(later)) else "") or (
                from_heading_capitals(name) if " " in name and (name.split()[-1].capitalize() in body_heads()
                                                                or name.split()[0].capitalize() in load_lexicon("context")["foreign_body_heads"]
                                                                or name.split()[0].capitalize() in body_heads() and name.split()[1:2] == ["OF"]) else ""):
            return body
    if not address and (described := _address_after_statute(text)):
        # a body by its legal standing, as the text writes it or as its heading does ("ARD ZDF DEUTSCHLANDRADIO
        # BEITRAGSSERVICE" over "Joint public-law facility …": its initials as the text writes them, "ARD")
        below = text[text.find(described[-1]) + len(described[-1]):]
        return _as_written_in(name, below) if " " in name else ""
    if not address:
        return ""
    below = text.find(lines[address]) + len(lines[address])
    # written again as a name is, its words capitalised ("New Zealand Winegrowers (NZW) is …"; not "the annual report")
    written = written_as_name(name, text[below:])
    if m.group("gloss") and not m.group("the") and " " in name and (NOT_ASCII.search(name) or not is_person(from_heading_capitals(name))):
        # glossed ("KĀINGA ORA – HOMES AND COMMUNITIES"): a body's name in its own language, glossed in English, however
        # the text writes it (not a person's, "JAMES MACDONALD | DAIRY FARMER")
        return written or from_heading_capitals(name)
    # (not a person's name over a home address, a submission's: "JOHN MACDONALD"; "Screen Ireland" names a place)
    # (nor a group named by its members, "Ruritanian Vintners")
    # (a name ending in an institution's head is a body's: "Ruritanian Land Registry")
    return written if written and (not is_person(written) or country_mentions(written) or GROUP_WORD.search(written)
                                   or written.split()[-1] in body_heads()) else ""


# a description line saying the body is a company or a registered charity: the name over it is the body's, however the
# text goes on to call it ("the Eisteddfod")
COMPANY_OR_CHARITY = re.compile(r"\b(?:company\s+limited\s+by\s+guarantee|registered\s+charity)\b", re.IGNORECASE)


def _address_below_descriptions(text: str, name: str) -> str:
    """The address line of a letterhead block (the lines before the first blank one) whose name's line is followed by
    lines that say what the body is; "" when there is none within five lines."""
    block = text[:800].split("\n\n", 1)[0].splitlines()[:6]
    for index, line in enumerate(block[2:], start=2):
        # (its first part, or all of it: "Molsvej 34 · Kalø · 8410 Rønde · Denmark", its street before the postcode's part)
        if is_address(line.split(" · ")[0].strip()) or is_address(line.strip()):
            # (a description wrapped over lines, each but the last ending in a comma, is one: "Convention on Wetlands …,
            # signed at Ramsar, Iran," over "on 2 February 1971")
            described = re.sub(r",[ \t]*\n", ", ", "\n".join(block[1:index])).splitlines()
            # (a company's, its name ending in its legal form, "HARVIA OYJ": a line of what it makes may stand beside its
            # listing or registration, "Sauna heaters, saunas and steam rooms · listed on Nasdaq Helsinki · Business ID …")
            company = without_legal_form(name) != name
            return line if all(_describes_a_body(l, name, company) for l in described) else ""
    return ""


# what a letterhead line under a body's name says it is: its kind ("The charity that …", "a cooperative of growers …",
# "A members' association of …"), its registration, recognition or founding ("Incorporated by Royal Charter in 1860",
# "Registered charity no. …", "CVR No. 29 20 97 19", "recognised by Order No. 2014-117"), or its full name
DESCRIPTION_ITEM = re.compile(r"(?:(?:The|A|An|the|a|an)\s+(?:[\w'’-]+\s+){0,3}(?:charity|body|cooperative|co-operative|foundation|trust|"
                              r"organi[sz]ation|association|society|institution|company|corporation|agency|authority|fund|court|tribunal|chamber|council|"
                              r"institute|federation|union)\b"
                              r"|(?:[Rr]egistered|[Ii]ncorporated|[Ee]stablished|[Ff]ounded|[Cc]hartered|[Aa]dministered|[Gg]overned|[Rr]ecogni[sz]ed|[Aa]ccredited)\b"
                              r"|(?:[Cc]ompany|[Cc]harity)\s+(?:limited|registered|incorporated)\b"  # ("Company limited by guarantee No. …")
                              # its number in a register: "CVR No. 29 20 97 19", "Company No. 04321987", "ABN 51 824 753 556"
                              r"|(?:(?:[Cc]ommercial\s+|[Tt]rade\s+)?[Rr]egist(?:er|ry)\s+)?(?:[A-Z]{2,5}|[Cc]ompany|[Cc]harity|[Oo]rg\.|[Bb]usiness)(?:\s+(?:[Nn]o\.?|[Nn]umber|[Rr]eg\.|ID))?:?\s+\d[\d -]{4,}\d$"
                              r"|(?:[Nn]on-profit|[Nn]ot-for-profit|[Oo]wned\s+by)\b"  # ("non-profit, owned by a foundation")
                              r"|[Ll]isted\s+on\s+(?:the\s+)?[A-Z])")  # ("listed on Nasdaq Helsinki")


NATIVE_NAME_ITEM = re.compile(r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){1,6}")


def _describes_a_body(line: str, name: str, company: bool = False) -> bool:
    """Whether every item of a letterhead line ("… · …") says what the body is, or names it in full ("Coöperatie Royal
    FloraHolland U.A." under "ROYAL FLORAHOLLAND"); for a `company`, whether one does and none is in capitals."""
    items = [item.strip() for item in line.strip().split(" · ")]
    # (or, for a body named as part of another, "SECRETARIAT OF THE CONVENTION ON WETLANDS", what it is part of, opening the
    # line: "Convention on Wetlands of International Importance …")
    whole = name.lower().split(" of the ", 1)[1] if " of the " in name.lower() else ""
    says = [bool(item and not item.isupper()
                 and (DESCRIPTION_ITEM.match(item) or BODY_KIND_LINE.match(item) or english_head(item) or name.lower() in item.lower()
                      or (whole and item.lower().startswith(whole))
                      # (or its name in another language, opening the line: "Eisteddfod Gerddorol Ryngwladol Llangollen · a
                      # company limited by guarantee" under "LLANGOLLEN INTERNATIONAL MUSICAL EISTEDDFOD"; or with its legal form,
                      # "DRF Stiftung Luftrettung gemeinnützige AG · non-profit, owned by a foundation" under "DRF LUFTRETTUNG")
                      or (index == 0 and len(items) > 1 and (NATIVE_NAME_ITEM.fullmatch(item) or without_legal_form(item) != item)
                          and shares_a_word(item, name))))
            for index, item in enumerate(items)]
    return any(says) and all(item and not item.isupper() for item in items) if company else all(says)


# what a letterhead says of its body's legal standing, between its name and its address: "Public administrative
# establishment under the supervision of …", "Joint public-law facility … under the Interstate Treaty …"
STATUTE_WORDS = re.compile(r"\b(?:under|Act|Treaty|Decree|Law|law|[Ss]tatute|[Oo]rdinance|established|supervision|public-law|legal)\b")
# (and what kind of body it is, first: "Public administrative establishment …", not a headline's standfirst "The levy was …")
# (perhaps after an article: "A national public entity listed in Schedule 3A …", "A designated activity company established …")
BODY_KIND_LINE = re.compile(r"(?:(?:A|An)[ \t]+[a-z][\w-]*|(?!The\b|A\b|An\b)[A-Z][\w-]*)(?:[ \t]+[\w-]+){0,4}?[ \t]+(?:body|facility|establishment|agency|authority|corporation|"
                            r"enterprise|institution|entity|person|company|fund|directorate|office|board|commission|undertaking|cooperative|co-operative)\b")


def written_as_name(name: str, text: str) -> str:
    """A heading's name in capitals as the text writes it again, as a name (its longer words capitalised: "New Zealand
    Winegrowers (NZW) is …", not "the annual report"); "" when it does not."""
    return next((w.group() for w in re.finditer(rf"\b{re.escape(name)}\b", text, re.IGNORECASE)
                 if not w.group().isupper() and all(word[0].isupper() for word in w.group().split() if len(word) > 3)), "")


def _as_written_in(name: str, text: str) -> str:
    """A name in capitals as a text writes it: the whole name when it does, else each word in capitals where the text
    writes that word so ("ARD"), capitalised where not."""
    if written := written_as_name(name, text):
        return written
    # (in capitals where prose writes it so, "ARD"; not where only another heading does, "1. THE STUD"; a legal form as it is, "DAC")
    forms = set(load_lexicon("context")["legal_forms"])
    return " ".join(word if word in forms or any(not line.isupper() for line in _lines_writing(word, text)) else from_heading_capitals(word)
                    for word in name.split())


def _lines_writing(word: str, text: str) -> list[str]:
    """The lines of a text that write a word as it is (in its case)."""
    return [text[text.rfind("\n", 0, m.start()) + 1 : (end if (end := text.find("\n", m.end())) >= 0 else len(text))]
            for m in re.finditer(rf"\b{re.escape(word)}\b", text)]


def _address_after_statute(text: str) -> list[str]:
    """The heading's lines down to its street address, when the line under the name opens a statement of the
    body's legal standing (of up to three lines); [] otherwise."""
    lines = [line.strip() for line in text[:800].splitlines() if line.strip()][:5]
    # (or its contact line: "Richmond, Surrey TW9 3AE, United Kingdom · Telephone +44 20 8332 5000 · …")
    at = next((i for i, line in enumerate(lines[2:], start=2) if is_address(line) or ", " in line and CONTACT_WORD.search(line)), 0)
    # (not a gloss: "Financial Intelligence Unit of Estonia")
    # (its statute perhaps on the next line: "Autonomous body attached to the Ministry of Labour" over "Governed by Article 33 …")
    # (or under a line that names it again, in its own script or by its board: "独立行政法人国際交流基金", "The Board of Trustees
    # of the Royal Botanic Gardens, Kew")
    # (not an English gloss of a name in another language: "RAHAPESU ANDMEBÜROO" over "Financial Intelligence Unit of Estonia")
    # (or one of the descriptions a line lists: "Operator of BottleDrop · The distributor cooperative under Oregon's Bottle Bill")
    kind = any(BODY_KIND_LINE.match(part) for part in _described_kinds(lines[1])) \
        or at > 2 and BODY_KIND_LINE.match(lines[2]) and NAME_LINE.fullmatch(lines[1]) \
        and (NOT_ASCII.search(lines[1]) and not NOT_ASCII.search(lines[0]) or _without_the(lines[0]).lower() in lines[1].lower())
    return lines[: at + 1] if at and STATUTE_WORDS.search(" ".join(lines[1:at])) and kind else []


def _described_kinds(line: str) -> list[str]:
    """A letterhead line and the descriptions it lists after the first, each without its article ("Distributor cooperative
    under …")."""
    return [line] + [(bare := re.sub(r"^(?:The|A|An)\s+", "", part))[:1].upper() + bare[1:] for part in line.split(" · ")[1:]]


def _without_the(line: str) -> str:
    return re.sub(r"^THE\s+", "", line.strip())


CONTACT_WORD = re.compile(r"[·|]\s*(?:Telephone|Tel\.?|Phone)\s+\+?\d")
NAME_LINE = re.compile(r"[^\W\d_][^\d.;:]{2,100}")


def english_head(name: str) -> bool:
    """Whether a body's name has an English institution head, last or before its "of" ("Croatian National
    Bank", "National Bank of Ruritania")."""
    words = re.split(r"\s+(?:of|for)\s+", without_legal_form(name), flags=re.IGNORECASE)[0].split()  # (or before "for": "Commission for …")
    return bool(words) and words[-1].capitalize() in load_lexicon("context")["institution_heads"]



GROUP_WORD = re.compile(r"(?:ers|ors|ists|ians)$")
NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _glossed(name: str, line: str) -> bool:
    """Whether a one-word name in capitals, in the body's own language, stands over its English name on the
    next line ("BUNDESNETZAGENTUR" over "Federal Network Agency for Electricity, Gas, …"): a line that names a
    body by its head word, with no figures in it."""
    heads = set(load_lexicon("context")["institution_heads"])
    return " " not in name and len(name) >= 6 and not re.search(r"\d", line) and line[:1].isupper() \
        and any(word in heads for word in re.findall(r"[A-Z][a-z]+", line))


def _titles(name: str) -> bool:
    """Whether a line in capitals holds a title's words ("REPORT", "STATISTICS", "INDEX"), not a body's name."""
    return bool({word.capitalize() for word in name.split()} & set(load_lexicon("context")["title_words"]))


INITIALS = re.compile(r"(?:[A-Z]\.){2,}")


def from_heading_capitals(name: str) -> str:
    """A name a heading writes in capitals as prose writes it: "BANK OF MONGOLIA" → "Bank of Mongolia",
    "HAUT-COMMISSARIAT AU PLAN" → "Haut-Commissariat au Plan" ("S.A." and initials as written)."""
    joiners = set(load_lexicon("context")["name_joiners"].split())
    forms = legal_forms_as_written()
    return " ".join(w.lower() if w.lower() in joiners else forms.get(w.lower()) or (
        w if "/" in w or INITIALS.fullmatch(w) else "-".join(p.capitalize() for p in w.split("-"))) for w in name.split())


# "DIRECTORIO DE TRANSPORTE PÚBLICO METROPOLITANO (DTPM)": a body's name in capitals with its abbreviation
ABBREVIATED_CAPITALS = re.compile(r"(?:THE\s+)?(?P<name>[^\W\d_a-z][^\W\da-z]*(?:\s+[^\W\d_a-z&][^\W\da-z]*){1,10})\s*\((?P<abbr>[A-Z]{2,8})\)")


def abbreviated_letterhead(heading: list[str]) -> str:
    """The body a first heading line names in capitals with its own abbreviation, the initials of its
    first words ("INDEPENDENT PRICING AND REGULATORY TRIBUNAL OF NEW SOUTH WALES (IPART)"), as prose
    would write it; "" otherwise (not "ANNUAL REPORT (DRAFT)")."""
    m = ABBREVIATED_CAPITALS.fullmatch(heading[0].strip()) if heading else None
    if not m:
        return ""
    words = m.group("name").split()
    lexicon = load_lexicon("context")
    heads = {*lexicon["institution_heads"], *lexicon["foreign_body_heads"]}
    if _titles(m.group("name")) or not {word.capitalize() for word in words} & heads:
        return ""  # a body's name has its head ("TRIBUNAL", "DIRECTORIO"): not "GROSS DOMESTIC PRODUCT (GDP)", "UNITED ARAB EMIRATES (UAE)"
    joiners = set(lexicon["name_joiners"].split())
    every = "".join(w[0] for w in words)
    content = "".join(w[0] for w in words if w.lower() not in joiners)
    abbr = m.group("abbr")
    return from_heading_capitals(m.group("name")) if every.startswith(abbr) or content.startswith(abbr) \
        or len(abbr) >= 4 and _word_starts(abbr, [w for w in words if w.lower() not in joiners]) else ""


def _word_starts(abbr: str, words: list[str]) -> bool:
    """Whether a short name is the starts of a name's words, in order from its first ("MEATCO": MEAT
    COrporation; "ZESCO": Zambia Electricity Supply COrporation)."""
    if not abbr:
        return True
    if not words or not words[0].startswith(abbr[0]):
        return False
    return any(_word_starts(abbr[n:], rest) for n in range(min(len(abbr), len(words[0])), 0, -1)
               if words[0].startswith(abbr[:n]) for rest in (words[i:] for i in range(1, len(words) + 1)))


NATIONAL_BODY_TYPES = ("official_statistics", "central_bank", "government")


def bilingual_capitals_letterhead(text: str) -> str:
    """A national body whose name in capitals opens the first line before its name in another language
    ("STATS NZ TATAURANGA AOTEAROA"), as the text goes on to write it ("Stats NZ"); else ""."""
    first = next((line.strip() for line in text[:300].splitlines() if line.strip()), "")
    words = first.split()
    if not first.isupper() or len(words) < 3 or re.search(r"[\d$€£¥]", first):
        return ""  # (not a headline: "GOVERNMENT DEBT SURGES PAST £2.7 TRILLION")
    below = text[len(first):]
    for k in range(len(words) - 1, 1, -1):
        written = next((m.group() for m in re.finditer(rf"\b{re.escape(' '.join(words[:k]))}\b", below, re.IGNORECASE)
                        if not m.group().isupper()), "")
        if written and all(word[:1].isupper() for word in written.split()) and estimator_type(written) in NATIONAL_BODY_TYPES:
            return written
    return ""


def shares_a_word(one: str, other: str) -> bool:
    """Whether two names share a word of four letters or more, accents aside ("AUTORIDAD DEL CANAL DE PANAMÁ" and
    "Panama Canal Authority")."""
    def words(name: str) -> set[str]:
        return {w for w in re.findall(r"\w{4,}", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower())}
    return bool(words(one) & words(other))


# "NATIONAL CARBON REGISTRY: ANNUAL REPORT 2024/25": a title that opens on the body whose report it is
TITLED_REPORTER = re.compile(r"^(?P<body>[A-Z][A-Z&’'-]+(?:[ \t]+(?:OF[ \t]+|AND[ \t]+|FOR[ \t]+)?[A-Z][A-Z&’'-]+){1,6})[ \t]*[:–—-][ \t]+"
                             r"(?:ANNUAL|QUARTERLY|MONTHLY|PROGRESS|PERFORMANCE|STATISTICAL)[ \t]+(?:REPORT|REVIEW|BULLETIN)\b")


def titled_reporter(heading: list[str], author: str) -> str:
    """The body a report's title opens on ("NATIONAL CARBON REGISTRY: ANNUAL REPORT 2024/25") when the letterhead
    names it under another, its parent ("MINISTRY OF ENVIRONMENT …" over "… - National Carbon Registry"): the
    report is the unit's own, as the text names it; else ""."""
    for line in heading:
        m = TITLED_REPORTER.match(line.strip())
        if not m or m.group("body").split()[-1].title() not in body_heads():
            continue
        body = m.group("body")
        written = next((w.group() for other in heading if other is not line
                        for w in re.finditer(re.escape(body), other, re.IGNORECASE) if not w.group().isupper()), "")
        if written and author and written.lower() != author.lower():
            return written
    return ""


# "RAHAPESU ANDMEBÜROO" over "Financial Intelligence Unit of Estonia": a body's name in its own language, in
# capitals, over its name in English
# (perhaps with its seat after a middle dot: "Black Sea Hazelnut and Products Exporters' Association · Giresun, Türkiye")
GLOSS_LINE = re.compile(r"(?P<name>[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|for|and|the|on)[ \t]+)*[A-Z][\w’'-]*){1,8})[ \t]*(?:[·•][ \t][^·•\n]{1,60})?")


def glossed_native_letterhead(text: str) -> str:
    """The English name under a first heading line in capitals in another language, when it names a body by an
    institution head ("Financial Intelligence Unit of Estonia"), without the country after "of" when the text writes
    it so ("the Financial Intelligence Unit (FIU) received …"); else ""."""
    lines = heading_lines(text)[:2]
    if len(lines) < 2 or not lines[0].isupper() or not NATIVE_LETTERS.search(lines[0]) or not (gloss := GLOSS_LINE.fullmatch(lines[1])):
        return ""
    name = gloss.group("name")
    head = re.split(r"\s+of\s+", name)[0].split()[-1]
    if head not in body_heads() or head in ("Department", "Division", "Directorate", "Section", "Desk", "Team"):
        return ""  # (a unit of the body the first line names: "ČESKÁ NÁRODNÍ BANKA" over "Financial Market Supervision Department")
    country = re.search(r"\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w’' -]+)$", name)
    if country and country_mentions(country.group("country")) and re.search(rf"\b{re.escape(name[: country.start()])}\b(?!\s+of\b)", text):
        return name[: country.start()]
    return name


NATIVE_LETTERS = re.compile(r"[^\x00-\x7f]")  # (a letter no English word is written with: "ANDMEBÜROO")


BRACKETED_ABBREVIATION = re.compile(r"\s*\((?P<abbreviation>[A-Z][A-Z0-9-]{2,9})\)")


def country_qualifier(after_name: str) -> str:
    """The country bracketed after a letterhead's name, which tells the body from others of its name
    ("SHIP RECYCLING INDUSTRIES ASSOCIATION (INDIA)"), by its name; else ""."""
    bracket = BRACKETED_ABBREVIATION.match(after_name)
    named = country_mentions(bracket.group("abbreviation").title()) if bracket else []
    return named[0][2].name if named and named[0][:2] == (0, len(bracket.group("abbreviation"))) else ""


def styled_abbreviation(after_name: str, text: str) -> str:
    """The abbreviation bracketed after a letterhead's name in capitals as the text writes it in mixed case, at least
    twice ("LuxDev" for "(LUXDEV)"); "" when it writes it only in capitals (an abbreviation, not a styled name)."""
    bracket = BRACKETED_ABBREVIATION.match(after_name)
    if not bracket:
        return ""
    written = [m.group() for m in re.finditer(rf"\b{re.escape(bracket.group('abbreviation'))}\b", text, re.IGNORECASE)
               if not m.group().isupper()]
    return max(sorted(set(written)), key=written.count) if len(written) >= 2 else ""
