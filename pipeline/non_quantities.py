"""Numbers in a sentence that are not quantities, and why (a `NotFact`'s reason): a date ("the week
ending 22 March", "two decades ago", "after two years of drought"), a name ("COVID-19", "Resolution
1695", "Vision 2030", "the government's 2034 bond") or an idiom ("one of the largest", "the two
Koreas"); and whether the word after a number that reads as a year measures it ("2000 yuan", not
"the 1995 peso crisis"). quantities.recognise asks these of the numbers it finds.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.grammar import WORD_AFTER, NotFact, Quantity, _Grammar, grammar, number_words
from pipeline.lexicon import load_lexicon
from pipeline.number_labels import house_number
from pipeline.countries import country_mentions
from pipeline.matching import led_by_first_characters

# a postcode before its town, after a comma or a letterhead's dot (", 10000 Zagreb", ", 4000-295 Porto", ", 185 38 Piraeus",
# "Dorfstraße 3 · 82487 Oberammergau"); not a year
POSTCODE = re.compile(r"(?:,|[ \t][·|])\s+(?!(?:19|20)\d\d\b)(?:[A-Z]{1,2}-)?(?:\d{4,5}(?:-\d{3,4})?|\d{3}\s\d{2}|\d{2}-\d{3})\s+[A-Z][^\W\d_]+"  # (also Poland's "00-175 Warszawa", "FI-00180 Helsinki")
                      r"|(?:,\s+|(?<=[a-z])[ \t])[A-Z]{1,2}\d[A-Z\d]?\s(?=[A-Z\d]*[A-Z])[A-Z\d]{3,4}(?=\s*(?:[·|,]|$))")  # (a postcode after the town: "Co. Kildare, R51 KX25", "London, SW1A 2HQ",
# "Oxfordshire RG9 2LY, United Kingdom"; not "Exports, Q1 2024")
FOOTNOTE_BEFORE = re.compile(r"[\w)\n]\($")  # a bracket glued to a word, or opening a line
NOTE_MARK_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:Notes?:[ \t]*)?\(?$")  # "Notes: (1) Export values …", "1) The estimates …"
ADDRESS_MAX = 120  # a line of a letterhead, not a sentence of prose


# a verb right after a word ("between the two rose", "… accelerated"): the word is the verb's subject, not a noun's count
VERB_AFTER = re.compile(r"\s+(?:[a-z]+ed(?=\s+(?:by|to|in|from|after|since|sharply|rapidly|steadily|\d)\b|\s*[.,;])"
                        r"|rose|fell|grew|was|were|has|had|is|are|stood|came|reached|rises|falls|grows)\b")  # (not "the two listed banks")


def is_address(text: str) -> bool:
    """Whether a short line is a street address: no full stop at its end (a heading's line, not a
    sentence), a comma or a letterhead's dot between its parts (not a thousands separator), and a postcode before its town or a
    street word among capitalised words."""
    line = text.rstrip()
    if len(line) > ADDRESS_MAX or not re.search(r", | · | \| ", line) or line.endswith((".", ";", ":")) \
            or re.search(r"[%$€£¥]|\b(?:million|billion|per\s?cent)\b", line):
        return False
    return POSTCODE.search(line) is not None or (  # (a web address beside it, "| nvrm.net.au", is no word of prose)
        _address_words().search(line) is not None and not re.search(r"\b[a-z]{3,}\b", WEB_ADDRESS.sub("", _address_words().sub("", line))))


WEB_ADDRESS = re.compile(r"\S+\.(?:[a-z]{2,3}|info)\b\S*")


@lru_cache(maxsize=1)
def _address_words() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in load_lexicon("quantities")["address_words"]) + r")\b")


IDENTIFIER_PART = re.compile(r"(?:^|\s)[A-Z][\w.]*:?\s+\d+(?:[-/]\d+)*[-/]$")
FILE_NUMBER_AFTER = re.compile(r"/\d{5,}(?:-\d+)?\b")
NAMED_PART = re.compile(r"\b(?P<noun>[A-Za-z]+)\s+\d+(?:[-/]\d+)*[-/]$")
PRONOUN_ONE_BEFORE = re.compile(r"\b(?:the|a|an|this|that)\s+(?:(?!(?:and|or|but)\s)[a-z]+\s+){0,3}$", re.IGNORECASE)
# after a pronoun "one": the end of its phrase, a preposition or a verb ("the old one at par", "This one balances")
PRONOUN_ONE_AFTER = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:at|for|in|on|with|from|by|as|is|was|has|had|will|would|[a-z]+s)\b(?![ \t]*-)")
DAY_RANGE_BEFORE = re.compile(r"(?P<month>[A-Z][a-z]+\.?)\s+[0-3]?\d\s*[-–]\s*$")
# a telephone number by its label before it, or by what it is after it
# (not "Mobile phone: 14 512 300", subscriptions counted: telephone lines are read as addresses are, house_number)
# (also "The Federation's hotline is 09611-677850", "Call our line, 8383— sorry, the toll-free line is 8100")
PHONE_LABEL = re.compile(r"\b(?:[Hh]otline|[Hh]elpline|[Tt]oll-free(?:\s+(?:line|number))?|[Ee]mergenc(?:y|ies)(?:\s+(?:line|number))?|"
                         r"WhatsApp|(?:[Cc]all|[Rr]ing|[Dd]ial)\s+(?:our|the|this)\s+(?:[\w-]+\s+)?(?:line|number))(?:\s+is)?\s*(?:[:.,]\s*|\s)$")
TRUNK_PREFIX_BEFORE = re.compile(r"(?<![\d.,])0\d{2,5}[-‑]$")
# "registration number 9012345", "Licence No. 4471": an identifier by its label
IDENTIFIER_LABEL = re.compile(r"\b(?:[Rr]egistration|[Ll]icen[cs]e|[Aa]ccount|[Rr]eference|[Ss]erial|[Cc]ompany|[Pp]ermit)\s+(?:number|[Nn]o\.?)\s*:?\s*$")
# a number a document gives a thing ("Order #56", "Interpellation number 1", "document number 7"; not a rank, "the number 1
# exporter", "the #2 producer", "ranks number 1", nor the verb, "Employees number 4,500")
NUMBER_SIGN = re.compile(r"\b(?:[A-Z][A-Za-z]*[A-Za-rt-z]|document|survey|identity|case|file|print|question|motion|bill|order|item|interpellation|"
                         r"petition|application|decision|resolution|ticket|account|contract)[ \t]+(?:#|[Nn]umber[ \t])$")
# "at month 9", "the month 9 report", '"month 9" is December' (not "Last month 5 banks failed", "In the same month 12 firms")
MONTH_OF_YEAR_BEFORE = re.compile(r"(?:\b(?i:at|to|by|until)\s+|^|[\"“'‘]\s*)[Mm]onth\s+$")
# "the month 9 finance report", "RCHT Finance, month 9 cost improvement tracker" (not "the month 8 new members", "the month 2 ships")
MONTH_OF_REPORT = re.compile(r"(?:\b[Tt]he|,)\s+month\s+$")
REPORT_NOUN_AFTER = re.compile(r"\s+(?!new\b)[a-z]+(?<!s)\b")
# "flat 1305", "apartment 402": a dwelling's number (not "flat 3 quarters in a row", "apartment 70 square metres")
DWELLING_BEFORE = re.compile(r"\b(?:[Ff]lat|[Aa]partment)\s+$")
THE_BEFORE = led_by_first_characters(r"(?<!\b[Aa]mong\s)(?<!\b[Oo]f\s)\b[Tt]he\s+$")  # (not a rank: "among the ten largest", "one of the three")
SUPERLATIVE_AFTER = re.compile(r"\s+(?:largest|biggest|leading|richest|poorest|highest|lowest|smallest|greatest|busiest)\b")
LEADING_ZERO = re.compile(r"0\d{2,}")  # (not "from 05 to 04 per cent")
LEADING_ZERO_RANGE_BEFORE = re.compile(r"(?<![\w.,–-])(?<!\d\s)0\d{2,}\s*(?:to|[-–])\s*$")  # (not "from 10 000 to 12 500")
NUMBER_IN_APPOSITION = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*,\s*(?:[Nn]umber|[Nn]o\.)[ \t]$|^\s*No\.[ \t]$")  # (closed by a comma after it: not "Cattle, number 4500")
# a heading's line after its number: a few capitalised or lower-case words, no figure and no full stop
NUMBERED_HEADING = re.compile(r"\.?[ \t]{1,2}[A-Z][A-Za-z’'&-]*(?:[ \t]+[A-Za-z’'&-]+){0,7}[ \t]*")
# (a headline in title case, "12 Countries Sign Trade Pact", or a key figure's noun, "14 Regional hubs", "7 Members Absent")
HEADLINE_OR_FIGURE = re.compile(r"[ \t]+(?!The\b)(?:[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)+|[A-Z][\w-]*[ \t]+[a-z]+s)[ \t]*")
CHAPTER_OF_ACT = re.compile(r"\bAct,?\s+(?:1[6-9]|20)\d\d\s*\(c\.\s*$")
COUNTED_AFTER = re.compile(r"\s+[a-z]+s\b")  # ("Telephone: 1 204 000 subscribers were counted": a count on the line)
PHONE_NOUN_AFTER = re.compile(r"\s+(?:emergency\s+(?:number|line)|hotline|helpline|toll-free\s+(?:number|line))\b", re.IGNORECASE)
COLUMN_GAP_END = re.compile(r"(?:[ \t]{3,}|\t)$")
NOUN_BEFORE = re.compile(r"(?P<noun>[A-Za-z]+)\.?\s*(?:\(|[IVX]{1,4}\.|[A-Z]\.?)?$")  # "Table 3", "equation (1)", "Table II.1", "Figure A3", "p. 144"
NAMES_LISTED_BEFORE = re.compile(r"\b(?P<noun>[A-Za-z]+s|[Ss]trata)[ \t]+(?P<n>\d+|[a-z]+)(?:,[ \t]*|[ \t]+(?:and|or|to)[ \t]+|[ \t]*[-–][ \t]*)$")
PAGE_RANGE_BEFORE = re.compile(r"\b(?:pp|[Pp]ages|[Ss]lides|[Pp]aragraphs|[Cc]lauses|[Ss]ections|[Ii]tems|[Nn]otes)\.?\s*\d+\s*(?:[-–]|to)\s*$")
# "on 16–17 September 2025": the first day of a span of days before its month
DAY_RANGE_AFTER = re.compile(r"\s*[-–]\s*[0-3]?\d\s+(?P<month>[A-Z][a-z]+\.?)")
# "Between 1 and 30 June", "from 16 to 28 March": the same span, written out
DAYS_BETWEEN = re.compile(r"(?:(?<=\b[Bb]etween\s)[0-3]?\d\s+and|(?<=\b[Ff]rom\s)[0-3]?\d\s+(?:to|until))\s+[0-3]?\d\s+(?P<month>[A-Z][a-z]+\.?)")
# "Boeing 767-300F freighters", "Airbus A321neo aircraft": a maker's model (not "seven NUTS 2 regions": a class)
MODEL_AFTER = re.compile(r"\s+[A-Z]?\d[\w-]*\s")
MODEL_NAME = re.compile(r"[A-Z][a-z]+-[A-Z]?\d[\w-]*")  # "ten Yak-7B fighters"
# A capitalised plural that ends its phrase after a number word written in lower case: things of a
# named class ("eight Capesizes, fourteen Kamsarmaxes and twelve Ultramaxes"), not a name.
CLASS_PLURAL = re.compile(r"[A-Z][a-z]+[^s\W]s(?=\s*[,;.)]|\s+(?:and|or|in|at|were|are|was|is)\b)")
POSSESSIVE = re.compile(r"[’']s?$")
CAPITALISED_BEFORE = re.compile(r"(?:^|[\s(])(?P<word>[A-Z][\w’'.-]*)\s$")
# "two years earlier", "three weeks later", "a decade ago": a time, counted back or on
RELATIVE_TIME = re.compile(r"\s+(?:earlier|before|previously|later|after|ago)\b", re.IGNORECASE)
SCALE_IN_MODIFIER = re.compile(r"(?:-(?:hundred|thousand|million|billion|trillion))+(?=-[A-Za-z])", re.IGNORECASE)


def not_a_quantity(text: str, m: re.Match[str], start: int, end: int, g: _Grammar) -> NotFact | None:
    """Why a bare number (no currency, scale or unit) is not a quantity, if it is not."""
    num = m.group("num")
    if is_address(text) or house_number().match(text, start):
        return NotFact(start, end, "name")  # a letterhead's house number or postcode
    if len(num) <= 2 and text.startswith(")", end) and (FOOTNOTE_BEFORE.search(text, max(0, start - 2), start)
                                                         or NOTE_MARK_BEFORE.search(text, max(0, start - 12), start)):
        return NotFact(start, end, "name")  # "household loans(2)", a note's "(1) Change in …", "Note: (1) …": a footnote's mark
    before, following = text[:start], text[end:]
    if LEADING_ZERO.fullmatch(num) or LEADING_ZERO_RANGE_BEFORE.search(before, max(0, start - 20)):
        return NotFact(start, end, "name")  # "flat 0603", "each number from 00000 to 99999": a code, as its zero says
    if num.isdigit() and len(num) >= 3 and NUMBER_IN_APPOSITION.search(before, max(0, start - 60)) and re.match(r"\s*(?:[,)]|$)", following):
        return NotFact(start, end, "name")  # "The Gordo, number 72480, came out …"
    if num.isdigit() and len(num) in (3, 4) and DWELLING_BEFORE.search(before, max(0, start - 12)) and re.match(r"\s*(?:[):,.;]|$|\s+(?:on|in|at|and|of|asks?|says?)\b)", following):
        return NotFact(start, end, "name")  # "the motion from flat 1305 on charging points"
    if THE_BEFORE.search(before, max(0, start - 16)) and SUPERLATIVE_AFTER.match(following):
        return NotFact(start, end, "name")  # "the ten largest held about 40%": the set a figure is given for
    if num.isdigit() and int(num) <= 20 and not before.strip() and NUMBERED_HEADING.fullmatch(following) \
            and (following.isupper() or not HEADLINE_OR_FIGURE.fullmatch(following)):
        return NotFact(start, end, "name")  # "2 Visitors and learning", "5 ECONOMIC BACKGROUND": a section's number before its heading
    if num.isdigit() and len(num) <= 3 and CHAPTER_OF_ACT.search(before, max(0, start - 40)) and following.startswith(")"):
        return NotFact(start, end, "name")  # "the National Heritage Act 1983 (c. 47)": the Act's chapter
    if (PHONE_LABEL.search(before[-40:]) and not COUNTED_AFTER.match(following)) or PHONE_NOUN_AFTER.match(following):
        return NotFact(start, end, "name")  # "Hotline: 515 (toll-free)", "Emergencies: 199", "the 112 emergency number"
    if IDENTIFIER_LABEL.search(before[-30:]) or num[0].isdigit() and NUMBER_SIGN.search(before[-40:]):
        return NotFact(start, end, "name")  # "registration number 9012345", "Order #56", "Interpellation number 2"
    if TRUNK_PREFIX_BEFORE.search(before[-12:]):
        return NotFact(start, end, "name")  # "09611-677850": the rest of a telephone number after its trunk prefix
    if re.match(r"-[A-Za-z]", following):
        # "Seven-Year Plan", "a 20-year lease": a modifier (with its scale: "a three-million-peso loan")
        scale = SCALE_IN_MODIFIER.match(following)
        return NotFact(start, end + (scale.end() if scale else 0), "name")
    if re.search(r"[A-Za-z]-(?:\d+-)?$", before):
        return NotFact(start, end, "name")  # "COVID-19", "J-189-2024"
    if FILE_NUMBER_AFTER.match(following):
        return NotFact(start, end, "name")  # "Case: 24/10317": a file's number, its year before its serial
    if IDENTIFIER_PART.search(before) or (part := NAMED_PART.search(before[-40:])) and (
            part.group("noun").lower() in g.lexicon["name_nouns"] or part.group("noun").lower() == "number"):
        return NotFact(start, end, "name")  # "No. 14-3/27", "Decree 21/2019", "section 26-510": parts of an identifier
    next_word = WORD_AFTER.match(text, end)
    if next_word and next_word.group("word").lower() in g.lexicon["time_nouns"] and RELATIVE_TIME.match(text, next_word.end()):
        return NotFact(start, end, "date")  # "Two decades ago", "three weeks later": a time, counted back or on
    if not num[0].isdigit():
        if num.lower() == "one" and re.match(r"\s+(?:of|that|which|who|another|dominated|where)\b", following):
            return NotFact(start, end, "idiom")  # "one of the largest", "from one dominated by"
        if num.lower() == "one" and _points_at_one(following, g):
            return NotFact(start, end, "idiom")  # "One notable example is …"
        if num.lower() == "one" and PRONOUN_ONE_BEFORE.search(before[-40:]) and PRONOUN_ONE_AFTER.match(following):
            return NotFact(start, end, "idiom")  # "5,000 old manat to the new one.", "a difficult one for the economy"
        if re.search(r"\b(?:these|those|the\s+top)\s+$", before[-30:], re.IGNORECASE) and not time_noun_follows(text, end, g):
            return NotFact(start, end, "name")  # "these two lines", "the top three": a set already known
        if next_word and next_word.group("word") in g.lexicon["reference_nouns"] and re.search(r"\b[Tt]he\s+$", before):
            return NotFact(start, end, "idiom")  # "the two Koreas"
        if re.search(r"\b(?:[Tt]he|[Bb]oth\s+of\s+the)\s+$", before) and (re.match(r"\s*[,.;:)]", following) or (
                re.search(r"\bbetween\s+the\s+$", before) and VERB_AFTER.match(following))):
            return NotFact(start, end, "idiom")  # "The gap between the two, which …", "trade between the two rose": a pronoun, not a count
        if next_word and next_word.group("word")[0].isupper() and not _is_country_word(next_word.group("word")) \
                and not (next_word.group("word")[1:].islower() and MODEL_AFTER.match(text, next_word.end())) \
                and not MODEL_NAME.fullmatch(next_word.group("word")) \
                and not (num.islower() and CLASS_PLURAL.match(text, next_word.start("word"))):
            return NotFact(start, end, "name")  # "Ten Long-Range Major Goals" (but "three Boeing 767 freighters" and
            # "eight Capesizes, fourteen Kamsarmaxes" are counted)
    if num[0].isdigit() and next_word and _leads_a_name(text, next_word):
        return NotFact(start, end, "name")  # "analysed by 38 North, a Washington-based website": a body named with a number
    if (num.isdigit() and 1 <= int(num) <= 31 and next_word
            and next_word.group("word").rstrip(".") in load_lexicon("context")["months"]):
        return NotFact(start, end, "date")  # "the week ending 22 March": a day of a month
    span = DAY_RANGE_AFTER.match(text, end) or DAYS_BETWEEN.match(text, start)
    if num.isdigit() and 1 <= int(num) <= 31 and span and span.group("month").rstrip(".") in load_lexicon("context")["months"]:
        return NotFact(start, end, "date")  # "on 16–17 September 2025": a span of days
    day_range = DAY_RANGE_BEFORE.search(before[-20:])
    if num.isdigit() and day_range and day_range.group("month").rstrip(".") in load_lexicon("context")["months"]:
        return NotFact(start, end, "date")  # "on March 25–26": the last day of a span of days
    if PAGE_RANGE_BEFORE.search(before[-30:]):
        return NotFact(start, end, "name")  # "pp. 21–40": the last page of a range of pages
    if (listed := NAMES_LISTED_BEFORE.search(before[-40:])) and listed.group("noun").lower() in g.lexicon["name_nouns"] \
            and (listed.group("n")[0].isdigit() or listed.group("n").lower() in number_words()):
        return NotFact(start, end, "name")  # "Strata one and two", "items 3 and 4": the last of the things a plural noun numbers
    noun = NOUN_BEFORE.search(before[-30:])
    if noun and noun.group("noun").lower() == "week" and before.endswith(noun.group()) and num.isdigit() and 1 <= int(num) <= 53 \
            and re.match(r"(?:,|\s+of)?\s+(?:1[89]|20)\d\d\b|:|\s*\(", following):
        return NotFact(start, end, "date")  # "week 27 of 2024", "Week 27: Monday 30 June …": a numbered week of a year
    if noun and noun.group("noun").lower() == "month" and before.endswith(noun.group()) and num.isdigit() and 1 <= int(num) <= 12 \
            and (MONTH_OF_YEAR_BEFORE.search(before, max(0, start - 20))
                 or MONTH_OF_REPORT.search(before, max(0, start - 20)) and REPORT_NOUN_AFTER.match(following)):
        return NotFact(start, end, "date")  # "at month 9", "the month 9 finance report": a month of the financial year
    # (across a column's gap no name: "Northern Region        196,400")
    if noun and (noun.group("noun").lower() in g.lexicon["name_nouns"] or noun.group("noun") in g.lexicon["capitalised_name_nouns"]) \
            and not COLUMN_GAP_END.search(before):
        return NotFact(start, end, "name")  # "Figure 3 shows", "Resolution 2371 banned", "equation (1)"
    cap = CAPITALISED_BEFORE.search(before)
    if cap and POSSESSIVE.search(cap.group("word")) and country_mentions(POSSESSIVE.sub("", cap.group("word"))):
        cap = None  # "of India's 2,49,987", "Kenya's 47 counties": a country's own count (not "Boeing's 737", a model)
    if cap and not _is_sentence_start(before, cap) and not (_opens_clause_after_colon(before, cap) and not (next_word and next_word.group("word")[0].isupper())):
        reason = "date" if cap.group("word").rstrip(".") in load_lexicon("context")["months"] else "name"
        return NotFact(start, end, reason)  # "Resolution 1695", "Chollima 90", "May 30"
    return None


# After a number and a capitalised word: what a body named with that number is ("38 North, a
# Washington-based website"). (Not a verb after them: "2,300 Hondurans found work", "120 Exporters
# reported" are counts.)
IS_A_BODY = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,2}(?:website|think\s+tank|group|firm|company|consultancy|institute|project|"
                       r"publication|newsletter|outlet|organi[sz]ation|agency)\b")


def _leads_a_name(text: str, next_word: re.Match[str]) -> bool:
    word = next_word.group("word")
    if not word[0].isupper() or word.isupper() or _is_country_word(word) or word.rstrip(".") in load_lexicon("context")["months"]:
        return False
    return IS_A_BODY.match(text, next_word.end()) is not None


def _points_at_one(following: str, g: _Grammar) -> bool:
    words = re.findall(r"[A-Za-z]+", following[:40].lower())[:2]
    nouns, adjectives = g.lexicon["one_pointing_nouns"], g.lexicon["one_pointing_adjectives"]
    if words and words[0] in adjectives:
        words = words[1:]
    return bool(words) and words[0].rstrip("s") in nouns


def _is_country_word(word: str) -> bool:
    return any(word in c["aliases"] or word in c.get("adjectives", []) for c in load_lexicon("places")["countries"])


def time_noun_follows(text: str, end: int, g: _Grammar) -> bool:
    """Whether one of the two words after a number is a time noun ("the three summer months", "the past
    three decades")."""
    words = re.findall(r"[A-Za-z]+", text[end : end + 30].lower())[:2]
    return any(w in g.lexicon["time_nouns"] for w in words)


def _is_sentence_start(before: str, cap: re.Match[str]) -> bool:
    """Whether the capitalised word opens its sentence (or a list item: "- Connected 38,000 households")."""
    return not before[: cap.start("word")].strip().strip("-•*–·▪").strip()


def _opens_clause_after_colon(before: str, cap: re.Match[str]) -> bool:
    """Whether the capitalised word is a preposition opening a clause after a speaker's or a label's colon
    ("GOVERNOR: In 2024 about …"; the caller keeps "Programme: Under 5 Clinics" a name by its capitalised next word)."""
    return before[: cap.start("word")].rstrip().endswith(":") and cap.group("word") in CLAUSE_OPENERS


CLAUSE_OPENERS = frozenset({"In", "On", "By", "At", "From", "During", "Since", "After", "Before", "Until", "For", "Over",
                            "Between", "Around", "About", "Some", "Nearly", "Almost", "Only", "Just", "Under", "Through", "Not"})


# "after three years of contraction", "lost value three years in a row": the stretch other facts are of,
# not a length stated (not "7.2 years of production", a reserve's cover, nor "three consecutive years of floods")
# (not years of a flow a stock is measured in: "debt equal to 4.6 years of gross operating surplus", "7 years of imports")
YEARS_OF = re.compile(r"\s+of\s+(?!age\b|(?:(?:the|its|their|gross|net|operating|annual|future|current|average)\s+){0,3}"
                      r"(?:imports?|exports?|payments|production|output|consumption|supply|surplus|revenues?|income|earnings|sales|spending|"
                      r"expenditures?|cash\s+flow|profits?|wages|salary|salaries|ebitda)\b|schooling\b|education\b|experience\b)[a-z]")
IN_A_ROW = re.compile(r"\s+in\s+a\s+row\b")
COUNTED_YEARS = re.compile(r"\b(?:consecutive|straight|successive)\b", re.IGNORECASE)


def names_a_stretch(text: str, q: Quantity) -> bool:
    """Whether a number of years names the stretch other figures are of, rather than stating a length."""
    if q.unit != "years" or q.rule == "duration_adjective" or q.value_high is not None or COUNTED_YEARS.search(text, q.start, q.end):
        return False
    return bool(YEARS_OF.match(text, q.end) or IN_A_ROW.match(text, q.end))


STATUTE_NUMBER_AFTER = re.compile(r":\d{1,4}\)")


def names_a_year(text: str, start: int) -> bool:
    """'Vision 2030', 'Expo 2020': a year after a capitalised word (not a month) is part of a name."""
    before = text[:start]
    if LAW_BEFORE.search(before, max(0, start - 20)):
        return True  # "the Public Finance Management Act, 2015": the year is the law's name
    if SECURITY_AFTER.match(text, start + 4):
        return True  # "the government's 2034 bond": a bond named by the year it matures
    if text.startswith("(", start - 1) and STATUTE_NUMBER_AFTER.match(text, start + 4):
        return True  # "the Act (2006:647)": a statute numbered within its year
    if NAMED_BODY_AFTER.match(text, start + 4) and text[:start].rstrip().endswith(("the", "The")) \
            or NUMBERED_BEFORE.search(text, max(0, start - 12), start):
        return True
    cap = CAPITALISED_BEFORE.search(before)
    edition = EDITION_AFTER.match(text, start + 4)
    if edition and _publication_heads() & {w.lower() for w in edition.group().split()}:
        return False  # "the Heritage Foundation’s 2025 Index", "the World Bank’s 2022 damage assessment": its year
    # "the Government's 2024 budget": its year, after a possessive or no name at all (not "the Vision 2030 budget line")
    if edition and _dated_heads() & {w.lower() for w in edition.group().split()} \
            and (not cap or POSSESSIVE.search(cap.group("word")) or cap.group("word").lower() in DETERMINERS
                 or cap.group("word") in _budget_holders()):  # ("the Nairobi County 2024 budget", "the Treasury 2025 budget")
        return False
    if cap and cap.group("word").lower() in _dated_heads():
        return False  # "the Federal Budget 2024 allocates …": the budget of that year
    return bool(cap) and not _is_sentence_start(before, cap) and not _opens_clause_after_colon(before, cap) and \
        cap.group("word").rstrip(".") not in load_lexicon("context")["months"]


# "Kwon (1977) reconstructs …", "Kim and Roemer (1979)", "Robinson et al. (1999)": an author's year of publication
# (a reporting verb after it, or another citation: not a label, "Trade (2022): exports …", nor a place or a
# treaty dated, "31% in Ghana (2022)", "The Treaty of Rome (1957) created …")
CITED_AFTER = re.compile(r"\)(?:,?\s+(?:argues|argued|finds|found|estimates|estimated|reconstructs|reconstructed|puts|put|notes|noted|"
                         r"shows|showed|reports|reported|suggests|suggested|describes|described|concludes|concluded|calculates|"
                         r"calculated|counts|counted|writes|wrote|claims|claimed|observes|observed|attributes?|working|using|drawing)\b"
                         r"|\s*[;,]\s*(?:and\s+)?[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+|\s+et\s+al\.)?\s+\((?:1[89]|20)\d\d)")
CITED_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+|\s+et\s+al\.)?\s+\($")


def cites_a_year(text: str, start: int, end: int) -> bool:
    """Whether a year in brackets after an author's name is when a work came out: the date of no figure."""
    cited = CITED_BEFORE.search(text, max(0, start - 40), start)
    return bool(cited) and CITED_AFTER.match(text, end) is not None and \
        cited.group().split()[0] not in load_lexicon("context")["months"]


SECURITY_AFTER = re.compile(r"\s+(?:bonds?|Eurobonds?|notes|sukuk|global\s+bonds?)\b", re.IGNORECASE)
# "the 1718 Committee", "the 2030 Agenda": a body or a pact named by a number in the shape of a year
NUMBERED_BEFORE = re.compile(r"\b(?:[Rr]esolutions?|[Nn]o\.|[Nn]umber)\s$")  # "resolution 1718 (2006)": a resolution's number
NAMED_BODY_AFTER = re.compile(r"\s+(?:Committee|Agenda)\b(?!\s+(?:reports?|meetings?|sessions?|hearings?)\b)")
LAW_BEFORE = re.compile(r"\b(?:Act|Law|Code|Decree|Ordinance|Proclamation|Regulations),\s$")
DETERMINERS = frozenset({"the", "this", "that", "its", "our", "their", "next", "last"})  # ("The 2025 budget assumes …")
EDITION_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}\s+[A-Za-z]\w+")  # up to three words: "damage assessment"


@lru_cache(maxsize=1)
def _dated_heads() -> frozenset[str]:
    """Nouns a year names the time of, not an edition or a name: "the Government's 2024 budget", "Budget 2024"."""
    return frozenset(load_lexicon("context")["dated_heads"])


@lru_cache(maxsize=1)
def _budget_holders() -> frozenset[str]:
    """Words naming who holds a budget, before its year: a body's head ("County", "Treasury", "Ministry")."""
    lex = load_lexicon("context")
    return frozenset((*lex["institution_heads"], *lex["affiliation_heads"], *lex["budget_holder_words"]))


@lru_cache(maxsize=1)
def _publication_heads() -> frozenset[str]:
    lex = load_lexicon("context")
    return frozenset(w.lower() for w in [*lex["publication_heads"], *lex["publication_nouns"]])


def is_measure(m: re.Match[str]) -> bool:
    """Whether what follows a number that reads as a year measures it: "2000 yuan", not "the 1995
    peso crisis", where a currency named in the singular says what kind of crisis."""
    after = (m.group("after") or "").lower()
    return bool(after) and after not in ("year", "years", "month", "months", "day", "days") and after not in _singular_currencies()


@lru_cache(maxsize=1)
def _singular_currencies() -> frozenset[str]:
    """Currency names whose plural differs ("peso", "dollar"): after a number other than one, an
    attribute of a noun."""
    names = {name.lower() for name in grammar().lexicon["currency_names"]}
    return frozenset(name for name in names if f"{name}s" in names)


@lru_cache(maxsize=1)
def _parts_counted() -> re.Pattern[str]:
    plurals = [w for w in load_lexicon("quantities")["fraction_denominators"] if w.endswith("s")]
    return re.compile(r"(?<=\d)[ \t]+(?P<word>" + "|".join(plurals) + r")\b")


def parts_counted(text: str) -> list[tuple[int, int]]:
    """The plural fraction words a number in digits counts ("5.2 quarters a year" of grain, "for 2 quarters"): the
    noun of that number's phrase, no fraction of their own."""
    return [m.span("word") for m in _parts_counted().finditer(text)] if "s" in text else []
