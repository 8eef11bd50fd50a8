"""Abbreviations a document defines for the estimators it names ("the National Institute of Statistics
(INS)", a letterhead "DANE – National Administrative Department of Statistics", a name spelled out after
its abbreviation), and writing them out again where a name uses one ("the FAO and the WFP")."""

from __future__ import annotations

import re
import unicodedata

from pipeline.attribution import timed_bracket_sources
from pipeline.estimators import estimator_type, is_person, known_estimators
from pipeline.lexicon import load_lexicon
from pipeline.names import names_body
from pipeline.references import listed_estimators, longer_name
from pipeline.matching import led_by_first_characters


# a name's short form in brackets: "(INS)", "(Cochilco)", "(Stats SA)", "(FBoS)", "(BoG)" ("of" in lower case)
SHORT_NAME = r"[A-ZÀ-ÖØ-Þ\u0100-\u017F][A-ZÀ-ÖØ-Þ\u0100-\u017F&.]{1,9}|[A-Z][a-z]{2,11}(?:[ \t][A-Z]{2,4})?|[A-Z][a-z]+[A-Z][A-Za-z]{1,8}|[A-Z]{1,4}[a-z]{1,2}[A-Z]{1,4}|[A-Z]{2,4}[a-z](?![a-z])"  # (also "BTr", the Bureau of the Treasury)
# "(?<!\w.)" after the name's first letter: no word character before it, as "\b" before it would
# say; a pattern that starts with a capital lets the regex engine skip to the capitals (2× faster)
ABBREVIATION = re.compile(
    # the name's words, with lower-case joiners between them ("Bank of the Republic of Haiti", "Institut
    # Haïtien de Statistique et d’Informatique")
    r"(?P<name>[A-Z](?<!\w.)[\w’'&-]*(?:[ \t]+(?:(?:of|for|and|the|on|de|du|des|la|le|et|y|e|del|di|da|do|dos|das|au|aux|ng)[ \t]+)*"
    r"(?:[dl][’'])?[A-ZÀ-ÖØ-Þ][\w’'&-]*){1,7})[ \t]+"
    rf"\((?P<abbr>{SHORT_NAME})\)"
)


# "Statistics Indonesia (Badan Pusat Statistik, BPS)": the name, its name in the country's language and
# the abbreviation of that; the abbreviation stands for the name the text gives first
GLOSSED_ABBREVIATION = re.compile(ABBREVIATION.pattern.replace(r"\((?P<abbr>", r"\((?P<gloss>[A-ZÀ-Þ][^(),;]{1,60}),[ \t]+(?P<abbr>"))


# a letterhead of an abbreviation and the name it stands for: "DANE – National Administrative Department of Statistics"
LETTERHEAD_ABBREVIATION = re.compile(r"[ \t]*(?P<abbr>[A-Z][A-Za-z]{1,7})[ \t]+[—–-]+[ \t]+"
                                     r"(?P<name>[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|for|and|the|on)[ \t]+)*[A-Z][\w’'-]*)+)[ \t]*\r?$")


def _labels_a_speaker(text: str, m: re.Match[str]) -> bool:
    """"MR. YUDHA PRASETYO (Pertamina):", "DR. SITI NURHALIZA (Auditorate VII, BPK):": a speaker's label and the body
    he or she speaks for, no abbreviation of the name (unlike "Botswana Railways (BR): P189.5 million")."""
    return text.startswith(":", m.end()) and name_initials(m.group("name")) != m.group("abbr")


def abbreviations(text: str) -> dict[str, str]:
    """Abbreviations a document defines ("the National Institute of Statistics (INS)", or a letterhead
    "DANE – National Administrative Department of Statistics"), so that a later "the INS said" or
    "Source: DANE" names the same estimator by its full name."""
    found: dict[str, str] = {}
    if letterhead := LETTERHEAD_ABBREVIATION.match(text.lstrip("\ufeff\r\n").split("\n", 1)[0]):
        found[letterhead.group("abbr")] = letterhead.group("name")
    if ", " in text:
        for m in GLOSSED_ABBREVIATION.finditer(text):
            if not _labels_a_speaker(text, m):
                found.setdefault(m.group("abbr"), re.sub(r"^(?:The|the)\s+", "", m.group("name")))
    for m in ABBREVIATION.finditer(text):
        if _labels_a_speaker(text, m):
            continue
        # ("the Central Bank of Kenya's (CBK) target band": the bank, not its possessive)
        name, abbr = re.sub(r"^(?:The|the|Its|Their)\s+|(?<=[a-z])(?:’s|'s)$", "", m.group("name")), m.group("abbr")
        # a short name written as a word ("the Chilean Copper Commission (Cochilco)") starts as the
        # name does; a word that does not ("the capital (Tirana)") is no abbreviation
        if not abbr.isupper() and (abbr[0] not in [word[0] for word in name.split()] or " " not in name) \
                and not (" " not in abbr and abbr[:1].isupper() and _names_institution(name)):
            continue  # (but "the Federal Statistical Office (Destatis)": an institution's short name)
        name = _from_initials(name, abbr)
        if abbr.isupper() and (wrapped := _wrapped_start(text, m.start("name"), name, abbr)):
            name = f"{wrapped} {name}"  # "… analysed by the Scotch" / "Whisky Association (SWA)": a name a line end broke
        # "the National Institute of Statistics, Economic and Demographic Studies (INSEED)": a name
        # whose parts a comma joins
        if " and " in name and (head := NAME_BEFORE_COMMA.search(text, max(0, m.start("name") - 80), m.start("name"))) \
                and (set(head.group("head").split()) & INSTITUTION_WORDS or name_initials(re.sub(r"^The\s+", "", f"{head.group('head')} {name}")) == abbr):
            name = re.sub(r"^(?:The|the)\s+", "", f"{head.group('head')}, {name}")
        found.setdefault(abbr, name)
    if "(" in text:  # "Institut de la statistique de la Polynésie française (ISPF)": a name with words in lower case
        for m in BARE_ABBREVIATION.finditer(text):
            if m.group("abbr") not in found and not text.startswith(":", m.end()) and (name := lower_case_name(text[max(0, m.start() - 120) : m.start()], m.group("abbr"))):
                found[m.group("abbr")] = name
    if "(" in text:  # "the statistics institute INE (Instituto Nacional de Estadísticas)": spelled out after it
        for m in SPELLED_AFTER.finditer(text):
            if name_initials(m.group("name")) == m.group("abbr"):
                found.setdefault(m.group("abbr"), m.group("name"))
    if (glossed := GLOSSED_LETTERHEAD.match(text.lstrip("\ufeff\r\n"))) and glossed.group("gloss").split()[-1] in GLOSS_HEADS \
            and not ENGLISH_CAPITALS.search(glossed.group("name")) and not REPORT_GLOSS.search(glossed.group("gloss")):
        found[glossed.group("abbr")] = glossed.group("gloss")  # "FONDO NACIONAL … (FONAFIFO)" over "National Forestry Financing Fund"
    if ", the " in text:  # "According to ISTAT, the Italian National Institute of Statistics, …": the name in apposition
        for m in APPOSED_NAME.finditer(text):
            if m.group("abbr") not in found and (_names_institution(m.group("name")) or name_initials(m.group("name")) == m.group("abbr")):
                found[m.group("abbr")] = m.group("name")
    return found


# a letterhead's name in capitals, in its own language, with its abbreviation, over the English name the text goes on
# to use: "BADAN PENGELOLA DANA PERKEBUNAN KELAPA SAWIT (BPDPKS)" / "Indonesian Oil Palm Plantation Fund Management Agency"
# (a name in another language: not "MINISTRY OF FINANCE … (MOFEP)" over its "Debt Management Department"; and a
# gloss, not a title: "BANCO CENTRAL DE ARCADIA (BCA)" over "Annual Report of the Board")
ENGLISH_CAPITALS = re.compile(r"\b(?:OF|AND|THE|FOR|MINISTRY|DEPARTMENT)\b")
REPORT_GLOSS = re.compile(r"\b(?:Report|Review|Bulletin|Statement|Accounts|Annual|Quarterly|Monthly)\b")
GLOSSED_LETTERHEAD = re.compile(r"(?P<name>[A-ZÀ-Ý][A-ZÀ-Ý&.,' -]{5,120})\((?P<abbr>[A-Z]{2,10})\)[ \t]*\r?\n"
                                r"(?P<gloss>[A-Z][\w’'-]+(?:[ \t]+(?:(?:of|for|and|the|on|de)[ \t]+)*[A-Z][\w’'-]+){1,9})[ \t]*\r?\n")
APPOSED_NAME = led_by_first_characters(r"\b(?P<abbr>[A-Z]{2,8}),[ \t]+the[ \t]+(?P<name>[A-Z][\w’'-]+(?:[ \t]+(?:(?:of|for|and|the|on)[ \t]+)*[A-Z][\w’'-]+){1,8})(?=[,;.)])")
BARE_ABBREVIATION = re.compile(r"[ \t]+\((?P<abbr>[A-Z]{3,8}|[A-Z][a-z]{3,9})\)")  # ("ISPF", or a short name as a word: "Caistab")
NAME_JOINERS = frozenset({"de", "la", "le", "les", "du", "des", "del", "di", "da", "do", "of", "for", "and", "the", "et", "y", "e"})


# "internally generated revenue (IGR)", "pay-as-you-earn (PAYE)": a measure's name in lower case, abbreviated
# (found from the bracket back: a search for the name from every lower-case word costs the whole text's length)
CONCEPT_BRACKET = re.compile(r"[ \t]+\((?P<abbr>[A-Z]{2,6})\)")
CONCEPT_NAME_BEFORE = re.compile(r"(?<![\w-])(?P<name>[a-z][a-z-]+(?:[ \t]+[a-z][a-z-]+){0,5})$")
CONCEPT_NAME_REACH = 120  # characters back from the bracket: six words of a measure's name


def _concept_names(text: str):
    """(name, abbreviation) for each lower-case name right before a bracketed abbreviation."""
    for m in CONCEPT_BRACKET.finditer(text):
        name = CONCEPT_NAME_BEFORE.search(text, max(0, m.start() - CONCEPT_NAME_REACH), m.start())
        if name:
            yield name.group("name"), m.group("abbr")


def concept_abbreviations(text: str) -> dict[str, str]:
    """The abbreviations a text defines for measures written in lower case ("IGR": "internally generated revenue"),
    whose last words' initials, or their parts' when hyphenated, spell them; a table's "IGR" column is that measure."""
    found: dict[str, str] = {}
    for named, abbr in _concept_names(text) if "(" in text else ():
        words = named.split()
        for size in range(1, len(words) + 1):
            name = words[-size:]
            if "".join(part[0] for w in name for part in w.split("-") if part).upper() == abbr:
                found.setdefault(abbr, " ".join(name))
                break
    return found


def _unaccented(word: str) -> str:
    return unicodedata.normalize("NFD", word).encode("ascii", "ignore").decode() or word


def lower_case_name(before: str, abbr: str) -> str:
    """The name that ends `before` and whose words other than joiners begin, in any case, with the
    abbreviation's letters, its first word capitalised ("Institut de la statistique de la Polynésie
    française" for ISPF); else ""."""
    words = before.split()
    if not abbr.isupper():  # a short name as a word begins as the name's first word does ("Caistab": "Caisse de …")
        start = next((i for i in range(len(words) - 3, max(-1, len(words) - 13), -1) if words[i][:4] == abbr[:4]), None)
        # (no bracket or semicolon inside a name: "(1737–1773, Howse)" closes another figure's bracket before "… (Howse)")
        return " ".join(words[start:]) if start is not None and any(w[:1].islower() and w not in NAME_JOINERS for w in words[start:]) \
            and not re.search(r"[();]", " ".join(words[start:])) else ""
    for size in range(2, min(len(words), 3 * len(abbr)) + 1):
        name = words[-size:]
        # ("Nouvelle-Calédonie": two words; "d'émission": "émission", whose initial is an E)
        content = [_unaccented(part) for w in name if w.lower() not in NAME_JOINERS
                   for part in re.split(r"[-’']", w) if part and part.lower() not in NAME_JOINERS and part.lower() not in ("d", "l")]
        if name[0][:1].isupper() and name[0].lower() not in NAME_JOINERS and len(content) == len(abbr) \
                and "".join(w[0] for w in content).upper() == abbr and any(w[:1].islower() for w in content):
            return " ".join(name)
    return ""


SPELLED_AFTER = led_by_first_characters(r"\b(?P<abbr>[A-Z]{2,8})\s+\((?P<name>[A-Z][\w’'-]+(?:\s+(?:[a-z]{1,4}\s+){0,2}[A-Z][\w’'-]+){1,8})\)")


def name_initials(name: str) -> str:
    """'NBP' of 'Narodowy Bank Polski': the capitals its words begin with."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


LINE_END_WORDS = re.compile(r"(?P<words>[A-Z][\w’'&-]*(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)*[A-Z][\w’'&-]*){0,3}(?:[ \t]+(?:of|for|and|the)){0,2})[ \t]*\r?\n[ \t]*$")


def _wrapped_start(text: str, at: int, name: str, abbr: str) -> str:
    """The words a line end cut from the start of a name before its abbreviation (the previous line's
    last capitalised words, when their initials make up what the abbreviation lacks); else ""."""
    initials = name_initials(name)
    if len(initials) >= len(abbr) or not abbr.endswith(initials):
        return ""
    missing = abbr[: len(abbr) - len(initials)]
    m = LINE_END_WORDS.search(text, max(0, at - 80), at)
    words = m.group("words").split() if m else []
    for start in range(len(words)):
        if words[start][0].isupper() and name_initials(" ".join(words[start:])) == missing:
            return " ".join(words[start:])
    return ""


def _from_initials(name: str, abbr: str) -> str:
    """'Kroll for the National Bank of Moldova' before '(NBM)', 'the World Bank and the International
    Monetary Fund' before '(IMF)': the name from the word the
    abbreviation's initials start at, when the name's capitalised words end with them."""
    capitals = [(i, w) for i, w in enumerate(name.split()) if w[0].isupper()]
    initials = name_initials(name)
    if abbr.isupper() and len(initials) > len(abbr) and initials.endswith(abbr):
        words = name.split()
        start = capitals[len(initials) - len(abbr)][0]
        joiner = [w for w in words[:start] if w != "the"][-2:]
        if joiner and joiner[-1] in ("for", "by", "to", "with", "from", "and"):  # (not "Office of the National … Council (NESDC)")
            return " ".join(words[start:])
        if joiner[-1:] == ["of"] and joiner[0] in load_lexicon("context")["titled_programme_heads"]:
            return " ".join(words[start:])  # "Wild Horse and Burro Program of the Bureau of Land Management (BLM)": the bureau's
    return name


_CAPITALISED_WORDS = r"[A-Z][\w’'&-]*(?:[ \t]+(?:(?:of|for|the|on)[ \t]+)*[A-Z][\w’'&-]*){0,5}"
# (several parts: "the Ministry of Development, Industry, Trade and Services (MDIC)")
NAME_BEFORE_COMMA = re.compile(rf"(?:(?<=\s)|^)(?P<head>{_CAPITALISED_WORDS}(?:,[ \t]+{_CAPITALISED_WORDS}){{0,3}}),[ \t]+$")
INSTITUTION_WORDS = {"Institute", "Bureau", "Office", "Ministry", "Department", "Agency", "Centre", "Center", "Commission",
                     "Directorate-General", "Directorate", "Administration", "Service", "Authority"}
GLOSS_HEADS = INSTITUTION_WORDS | {"Fund", "Association", "Board", "Corporation", "Council", "Bank", "Federation", "Union", "Cooperative",
                                   "Trust", "Registry", "Company", "Organisation", "Organization", "Programme", "Program"}


def _names_institution(name: str) -> bool:
    """Whether a name is an institution's, by its head words ("Federal State Statistics Service")."""
    return len(name.split()) >= 2 and bool(set(name.split()) & INSTITUTION_WORDS) and name[:1].isupper()


def expand_abbreviations(name: str, defined: dict[str, str], text: str = "", end: int = 0) -> str:
    """'Food and Agriculture Organization and the WFP' → '… and World Food Programme': abbreviations,
    alone or inside a joint name, written out as the document defined them, else as the name it
    wrote before `end` whose initials they are."""
    if " and " not in name:
        return defined.get(name) or _written_out(name, text, end) or name
    parts = [re.sub(r"^the\s+", "", part) for part in listed_estimators(name)]
    expanded = [defined.get(part) or _written_out(part, text, end) for part in parts]
    if not any(expanded):
        return name  # "… for Latin America and the Caribbean": one name
    names = [long or part for long, part in zip(expanded, parts)]
    return ", ".join(names[:-1]) + " and " + names[-1]


def noted_source(source: str, defined: dict[str, str], author: str) -> str:
    """A table's source note as the document defined its names: "NSO" by the name it abbreviates; "ECX Market Data
    and Information Department" by the author whose abbreviation opens it; "UBOS and BoU" by each one's name."""
    if source in defined:
        return defined[source]
    if author and defined.get(source.split(" ", 1)[0]) == author:
        return author
    return expand_abbreviations(source, defined) if " and " in source else source


def _written_out(abbreviation: str, text: str, end: int) -> str:
    """The last name before `end` whose capitalised words begin with the letters of the abbreviation
    ("World Food Programme" for "WFP"); "" when the document wrote none."""
    if not (2 <= len(abbreviation) <= 6 and abbreviation.isalpha() and abbreviation.isupper()) or not text:
        return ""
    joiner = r"(?:\s+(?:of|and|for|on|the|de|du|des)\s+|\s+)"
    pattern = re.compile(r"\b" + joiner.join(rf"{letter}[\w’'-]+" for letter in abbreviation) + r"\b")
    found = [m.group() for m in pattern.finditer(text, 0, end) if not m.group().isupper()]
    return found[-1] if found else ""


def completed_name(name: str, defined: dict[str, str], sentence: str, at: int, found: str) -> str:
    """A name cut at its comma ("Directorate-General of Budget") read whole, as the document defines it
    with its abbreviation ("Directorate-General of Budget, Accounting and Statistics (DGBAS)"), where the
    sentence goes on with the rest of it after the name as `found` at `at` (not "Department of Finance said").
    `name` is the name as the document wrote it before, which may be longer than `found`."""
    end = sentence.find(found, at)
    after = sentence[end + len(found):] if end >= 0 else ""
    whole = {full for full in defined.values() if full.startswith(name + ", ") and after.startswith(full[len(name):])}
    return whole.pop() if len(whole) == 1 else name


def as_written_out(name: str, at: int, sentence: str, text: str, start: int, defined: dict[str, str]) -> str:
    """An estimator found at `at` of the sentence starting at `start` of the document `text`, by the name the
    document writes out: its abbreviation's, else the longer name it gave before (a surname in an infobox's
    bracket, "(1700, Maddison)", by the full name the article gives anywhere: "Angus Maddison")."""
    bracketed = at in timed_bracket_sources(sentence)
    if name in defined or " and " in name or name.isupper():
        named_again = name.isupper() and len(name) > 2 and text.count(name) > 1 and name not in load_lexicon("context")["not_names"]
        return expand_abbreviations(name, defined, text, start) if not bracketed or name in defined or named_again \
            or known_estimators().fullmatch(name) else ""  # ("(2022, INSEE)" where the article names INSEE; not "(2023, PPP)")
    if bracketed:  # (only an estimator the article names: not "(2023, Nominal)", "(1990, Urban)", "(2020, Kinshasa)")
        written = longer_name(name, text, len(text))
        # (also a body its name shows to be one: "(1 July 2024, Statistics Canada)")
        # ("(2023, Tea Board of India)": an institution by its head word; "(2023, Sakhastat)" where the text says
        # "according to Sakhastat")
        return written if is_person(written) or known_estimators().fullmatch(name) or estimator_type(name) != "other" \
            or (name[:1].islower() and text.count(name) > 1) or " " in name and names_body(name) \
            or re.search(rf"\b(?:[Aa]ccording\s+to|[Ss]ource:)\s+(?:the\s+)?{re.escape(name)}\b", text) else ""
    return completed_name(longer_name(name, text, start + at), defined, sentence, at, name)
