"""Numbers in a sentence that label something rather than state a quantity: codes and report
numbers ("Table A3", "R47839"), captions' units ("(thousand tonnes)"), times of day and time zones,
an index's base ("(2021=100)"), and fractions written in figures ("1/59th")."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicon import load_lexicon
from pipeline.matching import led_by, led_by_first_characters

# "At constant 2018 prices": the base year of a price series names the series; it is not a time
# (a pattern that starts with a digit lets the regex engine skip to the digits; the words before it
# are checked at each match)
# ("in 2024-25 dollars", "in 2020 euros": the year whose money the amounts are in)
PRICE_BASE = re.compile(r"(?:1[89]|20)\d\d(?:[-–/](?:\d\d){1,2})?(?= (?:prices|dollars|euros|pounds|rupees|francs|pesos|yen|yuan)\b)")
# (prices "at 2015 prices"; money only "in" or at "constant" ones, or after a caption's scale: "($ million, 2024-25
# dollars)"; not "traded at 1950 dollars an ounce", "fined 150,000 rupees (1800 dollars)")
PRICE_BASE_LEAD = re.compile(r"(?:\b(?:constant|in|real)\s|\(\s*[^()\d]{0,6}\b(?:thousands?|millions?|billions?|bn|m)\b[^()]*,\s)$", re.IGNORECASE)
PRICES_LEAD = re.compile(r"\bat\s$", re.IGNORECASE)
# "1.6 percent quarter-on-quarter", "0.6% quarter on quarter": the time a change is measured against
COMPARISON_BASIS = re.compile(r"\b(?:year|quarter|month|week)(?:-on-| on )(?:year|quarter|month|week)\b", re.IGNORECASE)
# "R47839", "VM2025-0021", "PAD5412", "DEI-17-2025", a case's "SA.57074" (not a currency's "UGX.50000"), and a bond's code "FXD1/2022/015" (its year names the
# issue, dates no figure)
REPORT_NUMBER = led_by_first_characters(r"(?<![\w$₩€£¥.,-])(?:[A-Z]\d{5,}|(?!FY|CY)[A-Z]{1,2}\.\d{4,}|(?!FY|CY|SFY)[A-Z]{2,4}\d{4,}-\d+|(?!FY|CY|SFY)[A-Z]{3,4}\d{4,}(?!-)"
                                        r"|[A-Z]{2,5}\d{0,2}/\d{4}/\d{2,4}|(?!FY|CY|SFY)[A-Z]{2,5}(?:-\d{1,5}){2,3})(?![\w%]|[.,]\d)")
# "Registered charity in England and Wales (209603) and in Scotland (SC037736)": a registration's number names the body
REGISTERED_NUMBER = led_by_first_characters(r"\b[Rr]egistered\s+(?:charity|company|society|association|cooperative|co-operative|trade\s+union)\b"
                                            r"[^.;()\n]{0,60}?\((?P<number>[A-Z]{0,3}\d{4,})\)(?:\s+and\s+[^.;()\n]{1,40}?\((?P<second>[A-Z]{0,3}\d{4,})\))?")
# "147/2025 - 31 October 2025", "Bulletin No. 9/2025", "Law 58/1991": a release's or an act's number in its
# year (the year stays a time: an act dates what it did)
# "Ref: NCC/SMD/PN/04/2025", "Circular BSD/2/2024", "Ref. No. EA.7/96/01/J/105": a reference of letters and numbers between slashes names a document
SLASHED_REFERENCE = re.compile(r"(?<![\w./])[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ]*(?:\.\d+)?(?:/[A-Z0-9À-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ0-9.-]*){2,}(?![\w/])"
                               r"|(?<![\w./-])[A-Z]{1,6}(?:-[A-Z]{1,6})+-(?:19|20)\d\d/\d{1,4}(?![\w/])"  # (also "FH-PK-2025/03")
                               r"|(?<![\w./-])[A-Z]{1,4}\d{1,4}/(?:19|20)\d\d(?![\w/])")  # (and "SR124/2024": a report's number in its year)
# "Commission Decision (EU) 2022/1414", "Regulation (EC) No 1083/2006": a European act's year and number name it
EU_ACT_NUMBER = re.compile(r"\((?:EU|EC|EEC)\)\s(?:No\.?\s)?(?P<a>\d{1,4})/(?P<b>\d{1,4})\b")
STATUTE_IN_YEAR = re.compile(r"(?<=\()[12]\d\d\d:\d{1,4}(?=\))")  # "the Act (2006:647)": a statute numbered within its year
ISSUE_NUMBER = re.compile(r"(?<![\w/.,$€£¥₩])\d{1,3}(?=/(?:19|20)\d\d(?![\w/%]|[.,]\d))")
LAW_NUMBER_LEAD = re.compile(r"\b(?:No\.?|Nos\.?|Number|Law|Act|Decree|Decision|Resolution|Order|Ordinance|Regulation|Circular|Directive|Proclamation)\s*$")


def years_naming_laws(text: str, issues: list[re.Match[str]], times: list) -> list[tuple[int, int]]:
    """The spans of the years of laws' numbers (ISSUE_NUMBER's matches) that name their law rather than date a figure:
    "The 2025 budget, enacted as Law No. 20/2024, projects …", beside another time of the clause; not "began under Law
    58/1991, which gave …" (alone, the law's year dates the act) nor "Law 12/2021, passed in December 2021" (its own date)."""
    years = [(m.end() + 1, m.end() + 5) for m in issues if LAW_NUMBER_LEAD.search(text, max(0, m.start() - 12), m.start())]
    return [(a, b) for a, b in years if any((t.start, t.end) != (a, b) and ";" not in text[min(a, t.start) : max(b, t.end)]
                                            and t.period[0][:4] != text[a:b] for t in times)]
CODE_LABEL = led_by_first_characters(r"(?<![\w$₩€£¥.,-])(?:(?!Q[1-4]\b|H[12]\b)(?:[A-Z][A-Za-z]{0,3}(?:\d{1,3}|(?!(?:19|20)\d\d\b)\d{4,6})(?:\.\d)?|[A-Z]{5,8}\d{1,2}|[A-Z]{5,12}0\d{2,})(?![\w%]|[.,]\d)"
                                     r"|(?<=[Tt]able )[A-Z]{1,2}\d{4,6}(?![\w%]|[.,]\d)"
                                     r"|\d{1,2}[A-Z][A-Za-z]*(?![\w%])|(?:(?<=Article )|(?<=Section )|(?<=section )|(?<=Clause )|(?<=clause )|(?<=Rule )|(?<=Regulation )|(?<=Chapter )|(?<=Part ))\d{3}[A-Z](?![\w%])"
                                     r"|(?:(?<=[Aa]rticle )|(?<=[Ss]ection )|(?<=[Cc]lause )|(?<=[Rr]egulation ))\d{1,3}(?:\.\d{1,3})+[a-z]{1,2}(?![\w%]))")
# "Table A3", "Baa1", "G20", "IALA Guideline G1035", a ticker "ANTAQC1", an ISIN "PLKPCGM00019", "table S1903"; "4G", "3D", "1MDB", "1Malaysia", "Article 112D", "article 8.25d" (not "138P", a provisional figure, "120V", "250K")


@lru_cache(maxsize=1)
def house_number() -> re.Pattern[str]:
    """"147B Argyle Street", "…, 12 Market Street, Otley": a house number before a street named by its
    address word (in a heading whose lines run together, the address line alone is no sentence)."""
    streets = "|".join(re.escape(w) for w in load_lexicon("quantities")["address_words"])
    return led_by(r"\d", rf"(?<![\w$₩€£¥.,-])\d{{1,4}}[A-Z](?=\s+(?:[A-Z][\w'’-]*\s+){{1,3}}(?:{streets})\b)"
                      rf"|(?<=,\s)\d{{1,4}}(?=\s+(?:[A-Z][\w'’-]*\s+){{1,3}}(?:{streets}),)")  # "…House, 12 Market Street, Otley"


# "CT10-CT17": the second code of a range of codes; "Table 1.1.2", "section 3.2.1", a tariff line's
# "0402.21.00": a number of three or more dotted parts, which no quantity is written as
CODE_RANGE_END = re.compile(r"(?<=\d[-–])(?!Q[1-4]\b|H[12]\b)[A-Z]{1,4}\d{1,3}(?![\w%]|[.,]\d)")
SECTION_NUMBER = led_by_first_characters(r"(?<![\w.])\d{1,4}(?:\.\d{1,4}){2,}(?![\w%]|[.,]\d)")
# "Page 2 of 64", "Slide 4/12": a page's number among all of them
PAGE_OF_TOTAL = led_by_first_characters(r"\b(?:[Pp]age|PAGE|[Ss]lide|SLIDE)[ \t]+\d{1,4}[ \t]*(?:of|/)[ \t]*(?P<n>\d{1,4})(?![\w%]|[.,]\d)")
# Numbers that name, each by the words around it ("n" the number, or the whole match):
# "Plot 1 Nyerere Road", "the Cotton Industry Act, Cap. 203": a plot's and a law chapter's number (not "a plot of 5 hectares",
# "Installed Cap. 450 MW");
# "Helpline (toll free) 1800 345 6770": a telephone number after its label (not "Telephone: 14 512 300 subscribers");
# "(2023/24 / 2022/23 - 1) x 100", "618.2 x (1 - 0.923)": a formula's constants (not "(1 - 2 per cent)", "(2022: -1)");
# "One lakh = 100,000; one crore = 10 million", "1 arba = Rs 1 billion", '"million" is a thousand thousand', "1 cubic metre = 6.2898
# barrels": a unit's definition;
# "- 3 -", "Annual Report 2023 | 9": a page's number in its footer; "NREGASoft, reports R1.1, R5.1 and R6.9": reports' codes (not "reports R1.1 billion")
NAMING_NUMBERS = (  # (each with words one of which its sentence must hold: a cheap test before the pattern)
    (("Plot", "PLOT"), re.compile(r"\b(?:Plot|PLOT)[ \t]?(?:No\.?[ \t]?)?(?P<n>\d{1,5}[A-Z]?)(?![\w%]|[.,]\d)(?![ \t]+(?:of|hectares?|ha|acres?)\b)")),
    (("Cap.", "CAP."), re.compile(r"(?:\b(?:Act|ACT|Ordinance|Laws?|LAWS?)\b[^.\n]{0,30}?\b|\()(?:Cap|CAP)\.[ \t]?(?P<n>\d{1,5}[A-Z]?(?::\d{1,3})?)(?![\w%]|[.,]\d)")),  # (also "Cap. 65:02")
    (("otline", "elpline", "oll"), re.compile(r"\b(?:[Hh]otline|[Hh]elpline|[Tt]oll[- ][Ff]ree(?:[ \t]+(?:line|number))?)[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?[:.]?[ \t]*"
               r"(?P<n>\+?\d{3,5}(?:[ \t-]\d{2,5}){1,3})(?![\w%]|[.,]\d|[ \t]+[a-z]+s\b)")),
    ((")",), re.compile(r"/[^()\n]{1,40}?[-−][ \t]*(?P<n>1)[ \t]?\)|[x×*][ \t]*\([ \t]?(?P<one>1)[ \t]*[-−][ \t]*0?\.\d+[ \t]*\)")),
    (("/",), re.compile(r"=[ \t]*[^()\n=\d][^()\n=]{0,30}?/[^()\n=]{1,30}?[-−][ \t]*(?P<n>1)(?=[ \t]*(?:[.;,](?:[ \t]|\n|$)|\n|$|\())")),  # "change = year / previous year - 1.",
    (("/",), re.compile(r"=[ \t]*(?:19|20)\d\d(?:[-–/]\d\d)?[ \t]*/[ \t]*(?:19|20)\d\d(?:[-–/]\d\d)?[ \t]*[-−][ \t]*(?P<n>1)(?![\d.,%])")),  # "= 2024-25 / 2023-24 - 1"
    ((")",), re.compile(r"\)[ \t]*[x×*][ \t]*(?P<n>100)\b(?![ \t]*(?:%|per|[a-z]))")),
    # "16,600 / 12 = 1,383", "19,230 × 365 = 7.02 million": a year's months or days, dividing or multiplying
    (("=",), re.compile(r"[×x*/][ \t]*(?P<n>365|366|12|52)(?![\w%]|[.,]\d)(?=[ \t]*(?:(?:days|months|weeks)[ \t]*)?[=×x*/)])")),
    # "1 − 31.8 / 74.0 = 0.57", "1 / (1.059 × 1.069) = 0.883": one less a ratio, or a ratio's inverse (not "1 - 2 per cent")
    (("=",), re.compile(r"(?:^|[;:(=]|\band)[ \t]*(?P<n>1)[ \t]*(?:[−-][ \t]+\d[\d,]*(?:\.\d+)?[ \t]*/|/[ \t]*\()")),
    # "passengers per month = weekday passengers x 30", "Sold (%) = carats sold / carats offered x 100": a formula in words'
    # constant
    (("=",), re.compile(r"=[ \t]*[a-z][a-z /]*?[ \t][x×*][ \t]*(?P<n>\d{1,3})(?![\w%]|[.,]\d)")),
    # (and "A$ 1 million = A$ 1,000 thousand", "₹ 1 crore = ₹ 100 lakh = ₹ 10 million": a chain of them)
    (("=",), re.compile(r"\b(?:[Oo]ne|1)[ \t]+(?:lakh|crore|arba|kharab|million|billion|trillion)(?:[ \t]*=[ \t]*(?:[A-Z][A-Za-z]{0,2}\.?[ \t]?|[A-Z]{0,3}[$€£¥₹][ \t]?)?"
               r"\d[\d,]*(?:[ \t]+(?:thousand|million|billion|lakh|crore))?)+")),
    # "1 cubic metre = 6.2898 barrels", "1 hectolitre = 100 litres": a unit of measure's definition (not money's: "1 mark =
    # 16 schillings" is a rate of exchange)
    (("=",), re.compile(r"\b(?:[Oo]ne|1)[ \t]+(?!per[ \t]?cent|percent|points?\b|(?:marks?|pounds?|dollars?|francs?|shillings?|rupees?|pesos?|crowns?|florins?|guilders?|ducats?|thalers?|livres?|reals?)\b)[a-z]{2,}(?:[ \t]+[a-z]{2,})?[ \t]*=[ \t]*\d[\d,]*(?:\.\d+)?[ \t]+[a-z]{2,}")),
    (("-", "–", "—"), re.compile(r"(?m)^[ \t]*[-–—][ \t]*(?P<n>\d{1,3})[ \t]*[-–—][ \t]*$")),
    # "press star and 1", "pressing star then one": a key of a telephone's keypad
    (("star", "*"), re.compile(r"\b[Pp]ress(?:ing)?[ \t]+(?:star|the[ \t]+star[ \t]+key|\*)[ \t]*(?:(?:and|then|followed[ \t]+by)[ \t]+)?"
                               r"(?P<n>\d|zero|one|two|three|four|five|six|seven|eight|nine)\b(?![.,]\d)")),
    # "LuxDev | Annual Report 2023 | 9": a running footer's page number, after the report's title
    (("|",), re.compile(r"(?m)\b(?:Report|Review|Bulletin|Statement|Accounts|REPORT)\b[^|\n]{0,20}\|[ \t]*(?P<n>\d{1,3})[ \t]*$")),
    # '"million" is the English million, a thousand thousand': a scale word in quotes, defined
    (('"', "“"), re.compile(r"[\"“](?:thousand|million|billion|trillion|milliard|lakh|crore)[\"”][ \t]+(?:is|means|denotes|stands[ \t]+for|refers[ \t]+to)\b"
               r"(?:(?![ \t]and[ \t])[^.;:,()\n]){1,40}(?:,[ \t]+(?:an?|the)[ \t]+(?:(?![ \t]and[ \t])[^.;:,()\n]){1,30})?")),
    # "tables 36-10-0402-01", "ISBN: 978-0-621-52104-3", "free line, 0800-10-111": three groups of digits or more joined by
    # hyphens, one of them opening on a zero or all of them short of a year's (not "2024-06-30", a date)
    (("-",), re.compile(r"(?<![\w.,/-])(?=0|[\d-]*-0|\d{1,3}-\d{1,3}-)\d{1,6}(?:-\d{1,6}){2,}(?![\w%-]|[.,]\d|[ \t]*(?:per[ \t]?cent|percent)\b)")),
    # "cat. no. 5220.0", "Catalogue No. 36-10-0402": a publication's catalogue number
    (("at. no", "at. No", "atalogue"), re.compile(r"\b(?:[Cc]at\.|[Cc]atalogue)[ \t]+(?:[Nn]o\.|[Nn]umber)[ \t]*(?P<n>\d[\d.-]*\d|\d)")),
    # "We recommend that the Authority: (1) notify …; (2) publish …": a list's item numbers in a sentence
    (("(",), re.compile(r"(?:[:;][ \t]*|,[ \t]+)(?:and[ \t]+|or[ \t]+)?\((?P<n>[1-9])\)[ \t]+(?=[a-z])")),
    # "Note: an animal kept by two households counts once", "a participant treated twice on the same day counts once": a
    # counting rule's case, no figure
    (("once",), re.compile(r"\b(?:[Aa]n?|[Ee]ach|[Aa]ny)[ \t]+(?:[\w’'-]+[ \t]+){1,8}?(?P<n>two|three|four|twice|thrice|[2-4])[ \t]+(?:[\w’'-]+[ \t]+){0,6}?"
               r"(?:counts|is[ \t]+counted|are[ \t]+counted)[ \t]+(?:only[ \t]+)?once\b")),
    # "H1 to H4", "M1 and M3": a range or a pair of codes of one letter (not "H1 to H2", halves of a year, nor quarters)
    (("1", "2", "3", "4", "5", "6", "7", "8", "9"), re.compile(r"\b(?P<l>[A-PR-Z])(?P<n>\d{1,2})[ \t]+(?:to|and|or|[-–])[ \t]+(?P=l)(?!(?<=H)[12]\b)(?P<m>\d{1,2})\b")),
    # "12 Ann. c. 15", "14 Geo. III c. 66", "6 & 7 Vict. c. 96": an English statute by its regnal year and chapter
    ((" c.",), re.compile(r"(?<![\w.,])(?P<year>\d{1,2}(?:[ \t]*&[ \t]*\d{1,2})?)[ \t]+(?:Ann|Geo|Will|Vict|Eliz|Edw|Hen|Car|Jac|Ric|Gul|Phil)\.?"
               r"(?:[ \t]+[IVX]{1,4})?[ \t]+c\.[ \t]?(?P<chapter>\d{1,3})(?![\w%]|[.,]\d)")),
    (("eport",), re.compile(r"\b[Rr]eports?[ \t]+(?P<n>[A-Z]\d{1,2}(?:\.\d{1,2})?(?:(?:,[ \t]*|,?[ \t]+and[ \t]+)[A-Z]\d{1,2}(?:\.\d{1,2})?)*)(?![\w%]|[.,]\d)"
               r"(?![ \t]+(?:thousand|million|billion|trillion|bn|mn|m|crore|lakh)\b)")),
)


# "the Hajj of 1444H", "(1444H/1445H)": a year of the Islamic calendar, a date
HIJRI_YEAR = led_by_first_characters(r"(?<![\w.,])1[3-5]\d\d(?=[ \t]?(?:A\.H\.|AH\b|H\b))")


def naming_spans(text: str) -> list[tuple[int, int]]:
    """The spans of numbers NAMING_NUMBERS finds naming something: each group found, else the whole match."""
    spans = []
    for words, pattern in NAMING_NUMBERS:
        for m in (pattern.finditer(text) if any(word in text for word in words) else ()):
            groups = [g for g, v in m.groupdict().items() if v is not None]
            spans += [m.span(g) for g in groups] or [m.span()]
    return spans


# "1-833-555-0147", "(416) 555-0199": a telephone number written as North America writes them
GROUPED_TELEPHONE = led_by_first_characters(r"(?<![\w.,-])(?:1[-.])?(?:\(\d{3}\)[ \t]?|\d{3}[-.])\d{3}[-.]\d{4}(?![\w%-]|[.,]\d)")
# "Boeing 777-300ERs", "787-8s", "Dash 8-400s", "A350-900s": a model's number after its series', in the plural
# … or its lettered variant after a series of three digits or with a letter ("767-300F", "A330-200F"; not
# "5-10GW", "$10-15M", "100-150MW": ranges with a unit or a scale, the lexicon's glued units and scales)

# a currency's one-character symbol, every one the lexicon writes an amount with ("€", "₱", "₦")
CURRENCY_SYMBOL = "[" + re.escape("".join(sorted(p for p in load_lexicon("quantities")["currency_prefixes"]
                                                if len(p) == 1 and not p.isalnum() and p != "$"))) + "]"


@lru_cache(maxsize=1)
def model_number() -> re.Pattern[str]:
    lex = load_lexicon("quantities")
    glued = sorted({w.upper() for key in ("glued_units", "glued_scales", "glued_money_scales") for w in lex[key]},
                   key=lambda w: (-len(w), w))
    return re.compile(r"(?<![\w.,])(?:(?:[A-Z]{1,2})?\d{1,4}-(?P<model>\d{1,4})(?:[A-Z]{1,3})?s"
                      rf"|(?:[A-Z]{{1,2}}\d{{1,4}}|\d{{3,4}})-(?P<variant>\d{{1,4}})(?!(?:{'|'.join(glued)})\b)[A-Z]{{1,3}})\b")


# digits written against a word in lower case or a handle ("@bamako_data223", "covid19"): part of a name
# a latitude or a longitude names a place: "the fisheries north of 62°N", "north of 67 degrees", "at 18°S", "62 degrees north"
# (not a temperature, "41°C")
LATITUDE = re.compile(r"(?<![\d.,])(?P<n>\d{1,3}(?:\.\d+)?)(?:[ \t]?°[ \t]?(?:\d{1,2}[′'][ \t]?)?[NSEW]\b|[ \t]+degrees[ \t]+(?:north|south|east|west|latitude|longitude)\b)"
                      r"|\b(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)[ \t]+of[ \t]+(?P<m>\d{1,3})(?:[ \t]*°|[ \t]+degrees\b)(?![ \t]*(?:C|F|Celsius|Fahrenheit)\b)")
# a code of capitals glued to a number of one or two digits names something, though its letters spell a currency's
# code ("COP14", the 14th Conference of the Parties; "CET1", a capital tier): not a sum, which the code and its
# figures glued write with a scale, a decimal or a price's "a"/"per" ("USD100 million", "CHF4.5", "EUR50 a day"), nor
# one unit of a rate ("EUR1 = USD1.08")
GLUED_CODE_NAME = re.compile(r"(?<![\w$.,-])[A-Z]{3}(?!1\b)\d{1,2}(?![\w%]|[.,]\d|\s+(?:a|an|per|each|million|billion|m|bn|k)\b)")
GLUED_TO_WORD = led_by(r"\d", r"(?<=[a-z_])\d+(?![\d.,]\d|%)|(?:(?<=\b[A-Z][a-z]\.)|(?<=\b[A-Z][a-z]{2}\.)|(?<=\b[A-Z][a-z]{3}\.))\d{1,3}(?![\d.,]\d|%)|(?<=\b[A-Z])\d(?=[A-Z]\b)|(?<=\b[IVX]\.)\d+|(?<=\b[IVX]{2}\.)\d+|(?<=\b[IVX]{3}\.)\d+"
                           r"|(?:(?<=\b[A-Z]-)|(?<=\b[A-Z]{2}-)|(?<=\b[A-Z]{3}-)|(?<=\b\d-)|(?<=\b\d\d-)|(?<=\b[A-Z][a-z]-)|(?<=\b[A-Z][a-z]{2}-))\d{1,3}(?=[A-Z]{1,2}\b)"  # also "Table II.1", "H-2B workers" (a visa's class), "well MW-71A", "No. 3-01A", "Yak-7B fighters"
                           r"|(?:(?<=[a-z][A-Z])|(?<=[a-z][A-Z]{2})|(?<=[a-z][A-Z]{3})|(?<=[A-Z]{2}-[A-Z]))\d{1,3}(?![\d.,]\d|%)"  # "nOPV2" (a vaccine), "the IAN-R1 reactor"
                           r"|(?<=\b[A-Z]{2})\d{10}\b"  # "ISIN XS3001122334": a security's code, its twelve characters (not "RM2500000")
                           r"|(?:(?<=/[A-Z]{2}\.)|(?<=/[A-Z]{3}\.)|(?<=/[A-Z]{4}\.))\d+(?=/)")  # "Regulation No. 154/PMK.05/2022": a part of its number
# "CUSIP 534272WB8", "a PW127M engine", "the A320neo": letters between digits, or digits between letters,
# in one word make an identifier, which no quantity is written as
MIXED_CODE = led_by_first_characters(r"(?<![\w.,$€£¥₩/-])[A-Za-z\d]*(?:\d[A-Za-z]+\d|[A-Za-z]\d+[A-Za-z])[A-Za-z\d]*(?![\w%/]|-\d)"
                                     r"|(?<![\w.,$€£¥₩/-])[A-Z]{1,4}0\d{5,}(?![\w%/]|[.,]\d)")  # "registration No. BW00000881263": letters, then zeros padding a serial
# a statute's section with a letter in its chapter: "ORS 459A.700 to 459A.740" (a decimal has no letter before its point)
LETTERED_SECTION = led_by(r"\d", r"(?<![\w.,])\d{1,4}[A-Z]{1,2}\.\d{1,4}(?![\w%]|[.,]\d)")
# (every such code has a letter against a digit: a sentence with none is not searched)
LETTER_BY_DIGIT = re.compile(r"\d(?:(?<=[A-Za-z]\d)|(?=[A-Za-z]))")
# "the Fiat 126p": digits with letters written against them that read as no unit name a model
MODEL_SUFFIX = led_by(r"\d", r"(?<![\w.,$€£¥₩/-])(?!(?:1\d|20)?\d0s\b)\d+(?!st\b|nd\b|rd\b|th\b|am\b|pm\b)[a-z]{1,2}(?![\w%])")
# "Registered society no. 28211R", "Form 1040EZ": digits with capitals written against them that read as no unit or scale
# (which a quantity would have taken first) are a code, after "no." or with two capitals; not a figure's one-letter mark
# ("138P thousand tonnes": provisional), nor a year's ("2024E", "500 BC" is read as a time)
CODE_SUFFIX = led_by(r"\d", r"(?:(?<=\b[Nn]o\.[ \t])|(?<=\b[Nn]o[ \t])|(?<=\b[Nn]umber[ \t]))\d+[A-Z]{1,2}(?![\w%])"
                     r"|(?<![\w.,$€£¥₩/-])(?!(?:1[5-9]|20)\d\d[A-Z]{1,2}\b)\d{3,}(?!(?:BCE?|AD|CE)\b)[A-Z]{2}(?![\w%])")
# "in 2Q24": a quarter written as a code, a date
QUARTER_CODE = re.compile(r"\b[1-4]Q(?:\d{2}){1,2}\b|(?:^|(?<=\n))[ \t]*(?:Q[1-4]|H[12])(?=[ \t]{2,}[-+−(]?\d)"
                          r"|(?:(?<=\b[Ii]n )|(?<=\bfor )|(?<=\bthe )|(?<=\bduring )|(?<=\band )|(?<=\bto )|(?<=[\"“]))"
                          r"(?:Q[1-4]|H[12])\b(?![.,/-]?\w)")  # (and "Q1" opening a table's row, and "in H1" alone, not "green H2")
# "16-24", "1-9", "250 or more", "67 and over", "65+" (before a column gap): a class of ages or sizes labelling a table's
# row (text_table_layout.ROW_BODY), not a year span ("2019-20")
CLASS_LABEL = (r"(?!(?:1[89]|20)\d\d\b)\d{1,4}(?:[-–]\d{1,4}|\+)(?=[ \t]{2}|\t)"
               r"|\d{1,4}(?=[ \t]+(?:and|or)[ \t]+(?:over|above|more|older|under|below|less|fewer)\b)")
# such a label opening a row of figures: its numbers are a name
CLASS_ROW_LABEL = re.compile(rf"(?:^|(?<=\n))[ \t]*(?P<label>{CLASS_LABEL})"
                             r"(?=(?:[ \t]{2,}|\t)[-+−(]?\d|[ \t]+(?:and|or)\b[^\n\d]*?(?:[ \t]{2,}|\t)[-+−(]?\d)")
# "www.statbank.dk/LONMED3", "https://data.imf.org/2024": a web address names a page; its figures are part of the name
# "89.3FM": a radio station's frequency, its name; "half-dollars", "quarter-dollars": coins named by their part
STATION_FREQUENCY = led_by_first_characters(r"(?<![\w.])\d{2,3}(?:\.\d)?\s?FM\b|\b(?:FM|SW|MW|AM)[ \t]+\d{1,5}(?:\.\d{1,3})?(?:[ \t]?[kM]Hz)?\b")  # "98.7 FM", "SW 6.06 MHz"
COIN_NAMED_BY_PART = re.compile(r"\b(?:[Hh]alf|[Qq]uarter)(?=-(?:dollar|cent|crown|penny|pennies|rupee|anna|eagle|guinea|real|peso|franc|mark|riyal|rial)s?\b)")
# "(Rs. crore)", "(₹ lakh)": a scale word in a column's unit, after a currency's abbreviation
ABBREVIATED_CURRENCY_SCALE = re.compile(r"(?<=\()(?:[A-Z][A-Za-z]{0,3}\.?|US\$|[$€£¥₹])\s?(?P<word>thousand|million|billion|trillion|lakh|crore|bn|mn)s?(?=\)|,\s*[a-z])")  # (and "(€ bn, current)")
WEB_ADDRESS = re.compile(r"\b(?:https?://|www\.)[^\s<>()\"“”]+[^\s<>()\"“”.,;:!?]")
MONEY_AGGREGATE = re.compile(r"(?<=\()M[0-4](?=\))")
# "f: forecast; kt: thousand tonnes.": a table's key spelling out an abbreviated unit and its scale
UNIT_KEY = re.compile(r"(?:^|[;\s])[a-zA-Z$]{1,4}\s*[:=]\s+(?P<scale>thousands?|millions?|billions?)\s+(?:of\s+)?[a-z]+")
# a caption's remark on the time of its figures, after its unit: "(NZ$ million, fiscal years ending 30 June)", "($ million, 2024-25 dollars)"
# what may follow a caption's unit before its other parts: the day it is at ("thousand items at 30 June") or its prices
# ("¥ billion at current prices")
DAY_AFTER_UNIT = r"(?:at|as\s+(?:at|of)|on)\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?"
PRICES_AFTER_UNIT = r"at\s+(?:current|constant|market|nominal|\d{4})\s+prices"
TIME_REMARK = r"(?:fiscal|financial|calendar|years?|end\s+of|as\s+(?:of|at)|at\s+(?:end|current|constant)|(?:19|20)\d\d(?:[-–/]\d\d)?\s+(?:prices|dollars|euros|pounds)" \
              r"|(?:percentage\s+)?(?:changes?|shares?)(?:\s+and\s+(?:changes?|shares?))?\s+(?:in\s+)?(?:%|per\s?cent)|since\s+inception)\b[^()\n]{0,50}"  # (and its change column's unit: "(EUR million; change in per cent)")
UNIT_CAPTION = re.compile(r"\((?:units?:\s*|in\s+)?(?:thousands?|millions?|billions?|trillions?|lakhs?|crores?|mn|bn)(?:\s+(?:of\s+)?[a-z][a-zà-ÿ.³²-]*(?:\s+[a-z][a-zà-ÿ.-]*)?(?:\s?/\s?[a-z]+)?(?:\s+[a-z]+)?)?"
                          r"(?:,\s*end\s+of\s+(?:the\s+)?(?:period|quarter|year|month)|,\s*(?:current|constant)\s+prices|;\s*(?:percentage\s+)?changes?\s+(?:[^()\n]{0,60}?\s)?(?:in\s+)?(?:%|per\s?cent))?"
                          r"\)"  # "(million, end of quarter)", "(trillion won, current prices)", "(thousands; change in nights on 2023 in per cent)"
                          r"|\((?:thousands?|millions?|billions?)(?:\s+[a-z]+(?:\s+[a-z]+){0,2}(?:\s+" + DAY_AFTER_UNIT + r")?(?:,\s*[a-z]+(?:\s+[a-z]+)?)?;[^()\n]{1,120}|;[^()\n]{0,60}?\sin\s[^()\n]{1,60})\)"  # "(thousand flights; change in per cent)", "(thousand barrels per day; …)", "(thousand items at 30 June; …)", "(thousands; spending in € million; …)"
                          r"|\((?:[^(),;\n]*;\s*)?(?:units?:\s*|in\s+)?(?:[A-Z]{0,3}[$¢₵]|" + CURRENCY_SYMBOL + r"|[A-Z]{1,4}|[A-Z][a-z]{1,9}),?\s?(?:thousands?|millions?|billions?|trillions?|bn|mn|crores?|lakhs?(?:\s+crores?)?)(?:(?:,|\s+and)\s*%)?(?:\s+at\s+(?:market|book|nominal|fair|face)\s+values?|\s+" + PRICES_AFTER_UNIT + r")?(?:\s+(?:a|per)\s+(?:day|week|month|quarter|year))?(?:\s+in\s+(?:the\s+)?(?:tables?|charts?))?"
                          r"(?:,?\s+unless\s+(?:otherwise\s+)?(?:stated|noted|indicated))?"
                          r"(?:,\s*(?:preliminary|provisional|revised|estimated|unaudited)(?:\s+(?:data|figures|estimates))?|,\s*(?:current|constant)\s+prices)?"
                          r"(?:[,;]\s*" + TIME_REMARK + r")?(?:;[^()\n]{1,60})?\)"  # "(US$ million, preliminary data)", "(EUR million; 2025 draft)"
                          r"|(?<=,)[ \t]*(?:thousands|millions|billions|(?:thousand|million|billion)[ \t]+[A-Za-z]{1,6})(?=[ \t]{2,}\S|\t)"  # "Number of poor, millions    42.1", "Throughput, million TEU    8.1"
                          r"|(?<=,[ \t])(?:[A-Z]{0,3}[$€£¥]|[A-Z]{1,3})[ \t]+(?:thousand|million|billion|trillion)(?=[ \t]+[-–—][ \t])"  # a slide's "Revenue, P billion - 2024/25 …"
                          # a column heading's bracket closed on its next line: "metre (HUF" over "thousand)"
                          r"|(?<=[ \t\n])(?<!\d[ \t])(?<![a-z][ \t])(?:thousands?|millions?|billions?)(?=\))",
                          re.IGNORECASE)
# "about 1/59th of South Korea's": a fraction in figures, a quantity (quantities.recognise)
DIGIT_FRACTION = re.compile(r"(?<![\d/.,])(?P<n>\d{1,3})/(?P<d>\d{1,4})(?:st|nd|rd|th)\b")
# "The Million-Acre Scheme", "the Thousand Islands": a scale word in a name, capitalised before its next
# capitalised word (not after an article or number that makes it a count: "A Million Women March" is read as one)
# (and a quoted nickname that opens with one: the "million-koku" domain)
SCALE_IN_NAME = led_by_first_characters(r"(?<![\w.,$€£¥])(?<![Aa] )(?<!\d )(?P<word>Hundred|Thousand|Million|Billion|Trillion)(?=-[A-Z][a-z]|[ \t]+[A-Z][a-z])"
                                        r"|(?<=[\"“‘])(?P<quoted>hundred|thousand|million|billion)(?=-[a-z]+[\"”’])")
# "Le 18.7 trillion! Yes, trillion.": a scale word said again alone
ECHOED_SCALE = re.compile(r"(?:^|[,;:]\s*)(?P<word>[Mm]illion|[Bb]illion|[Tt]rillion)(?=\s*[.!?](?:\s|$))")
# "Exports (1000 MT)": a row label's scale, part of each figure of the row
# a plain-text table's unit in the stub of a heading line, before a column gap: "R billion    Revised"
# (or a scale word alone in a line of units over the columns: "      thousands        change")
STUB_SCALE = led_by_first_characters(r"(?<!\S)(?:[A-Z][A-Za-z]{0,3}\$?|US\$|" + CURRENCY_SYMBOL + r")[ \t](?:thousand|million|billion|trillion|lakh[ \t]crore|lakh|crore)s?(?=[ \t]{2,}\S|\t|[ \t]*-{2,})"
                                     r"|(?<=[ \t]{2})(?:[Tt]housands|[Mm]illions|[Bb]illions)(?=[ \t]{2,}|[ \t]*$)"
                                     # ("Employment by industry, thousand    Q1 2025": a heading's stub naming its scale after a comma)
                                     r"|(?<=[a-z],[ \t])(?:thousands?|millions?|billions?|lakhs?|crores?)(?=[ \t]{2,}\S)"
                                     # ("R million" alone at the end of an indented line of units, or a line of its own)
                                     r"|(?:(?<=[ \t]{2})|^)(?:[A-Z][A-Za-z]{0,3}\$?|US\$|" + CURRENCY_SYMBOL + r")[ \t](?:thousand|million|billion|trillion)s?(?=[ \t]*(?:[\r\n]|$))"
                                     # ("million" alone under "US$" in a stacked heading, not after a figure)
                                     r"|(?<=[ \t]{2})(?<![\d.,][ \t]{2})(?<![\d.,][ \t]{3})(?<![\d.,][ \t]{4})(?:thousand|million|billion)(?=[ \t]{2,}\S|[ \t]*$)"
                                     # ("| Source | £ million | Share |": a pipe table's column headed by its unit alone)
                                     r"|(?<=\|[ \t])(?:(?:[A-Z][A-Za-z]{0,3}\$?|US\$|" + CURRENCY_SYMBOL + r")[ \t])?(?:thousand|million|billion|trillion|lakh|crore)s?(?=[ \t]*\|)")
# "Values in NZ$ million; change from March 2024": a table's caption giving the scale of its cells
# (its unit, currency and scale, is the unit of the table's cells: table_units.caption_unit; "Figures are in kina million")
# (or a document's note of the scale its tables are in: "Money is in pounds sterling, with £ thousand in the tables",
# "with thousand kg in Table 1", "with R million in Table 2 and thousand kg in Table 3", "with FCFA million in Table 2",
# "in ¥ billion in the text", "Table 1 is in million pounds and Table 2 in US$ million", "Tables 1 and 2 are in A$ million")
SCALE_CAPTION = led_by_first_characters(r"(?:\b(?:[Vv]alues|[Ff]igures|[Aa]mounts|[Dd]ata|(?<=the )text|[Tt]ables?(?:\s+\d{1,2}(?:\s*(?:and|to|[-–])\s*\d{1,2})?)?)\s+(?:are\s+|is\s+)?in\s+|(?P<tables>\b(?:with|in|and)\s+(?=(?:\S{1,4}\s?)?[a-z]+(?:\s+[a-z]{1,5})?\s+in\s+(?:(?:the\s+)?(?:tables|text)\b|Tables?\s+\d))))"
                                        r"(?P<unit>(?:[A-Z]{0,3}\$|" + CURRENCY_SYMBOL
                                        + r"|[A-Z]{1,4}|(?:" + "|".join(sorted((w for w in load_lexicon("quantities")["currency_names"] if w.isalpha() and w.islower()),
                                                                             key=len, reverse=True)) + r")(?=\s))?\s?"
                                        r"(?P<scale>thousands?|millions?|billions?|trillions?|crores?|lakhs?))\b(?(tables)(?:\s+[a-z]{1,5})?\s+in\s+(?:(?:the\s+)?(?:tables|text)\b|Tables?\s+\d))")  # ("The table is in crore of rupees")
# "Weights are … expressed per thousand": the base a table's rates are stated on, a unit's name
# (so is a concentration's: "100 parts per million")
RATE_BASE = re.compile(r"\b(?:expressed|measured|given|shown|stated|quoted|parts)\s+per\s+(?:hundred|thousand|million|billion)\b", re.IGNORECASE)
# "12 per 1,000 live births", "pensioners per 100 contributors": the base a rate is stated on, part of the rate
# ("3.7 counterfeits per million genuine banknotes", "500 per million inhabitants": a base in words)
# "yen per 60 kg", "prices are per 60 kg (the trade unit)", "per 5-kg bag": the measure a price is stated on, part of the price
MEASURE_BASE_NUMBER = re.compile(r"(?<=\bper\s)\d{1,3}(?:\.\d+)?(?=[ \t-]?(?:kg|kilograms?|tonnes?|t|litres?|l|km|kilometres?|hectares?|ha|lb|pounds)\b)")
RATE_BASE_NUMBER = re.compile(r"(?<=\bper\s)(?:100|1,000|1000|10,000|100,000|(?:a\s+|one\s+)?(?:hundred|ten)\s+thousand|hundred|thousand|million)(?=\s+[A-Za-z]|[ \t]*[.;)]|$)")  # ("… of 200 per million.", "one per thousand Muslims")
# "(target population, doses and zero-dose children in thousands; coverage in per cent)": a caption's remark on
# the scale of some of its columns
# (also with the money it scales: "(number unless stated; fees in GH¢ million; change in per cent)")
# (or with a colon: "(employment: number; exports and investment: KShs million)")
# (each part of a bracket after a semicolon, or of a notes line: "(vehicles in thousands; passengers in lakh; fare
# revenue in Tk crore)", "…; in Tk crore, 312.45 / 398.70")
BRACKETED_SCALE = re.compile(r"(?<=[(;:])[^()\n;]*?(?:\bin|:)\s+(?:[^\s;,()]{1,6}\s?)?(?P<scale>(?:(?:thousand|lakh)\s+(?=crores?\b))?"
                             r"(?:thousands?|millions?|billions?|trillions?|lakhs?|crores?))"  # (also "₹ thousand crore")
                             # ("(carats, US$ and P in millions unless marked bn)": the scale of the figures marked otherwise, a unit's name)
                             r"(?:\s+unless\s+marked\s+(?P<marked>bn|mn|billions?|millions?|thousands?))?"
                             r"(?=(?:\s+at\s+(?:current|constant|market)\s+prices)?(?:\s+(?:by|at|per|as\s+(?:at|of)|until|to)\s+[^();]{1,40}?)?\s*[;,)])"
                             # ("(performances; thousand spectators; …)": the scale of a column's count)
                             r"|(?<=[(;])[ \t]*(?P<counted>thousands?|millions?)(?=[ \t]+[a-z]{3,}s[ \t]*;)")
# ("GDP in € billion at current prices;", "paid in PLN million by 31 December 2023)", "population in thousands at 1 January
# of the following year)", "captives in thousands per period;")
THOUSANDS_LABEL = re.compile(r"\((?:[x×]\s?|(?:[A-Z]{0,3}\$|[A-Z]{3})\s?(?=['’]))?['’]?(?P<n>(?:1[,.\s]?)?000)(?:\s+[A-Za-z]{1,6})?\)"  # also "('000 tonnes)", "(000 tonnes)", "(000)", "(x 1,000)"
                             r"|-{2,}[ \t]*(?P<line>1[,.\s]?000)(?=[ \t]+[A-Za-z]+[ \t]*-{2,})")  # "-- 1,000 persons --": a line of units
# "May 25/24", "Jan-May 25/24": a change column's heading, the months of one year on the same months of another
ERA_DECADE = re.compile(r"(?<![\w.,$€£¥₩])[1-9]0s(?=\s+(?:AD|BC|BCE|CE)\b)")  # "Pliny wrote in the 70s AD"
# "under Ramesses II (1279–1213 BC)", "AD 79": a year of an era, or a reign's years; "In year 29 of Ramesses III": a
# year of a reign
ERA_YEAR = re.compile(r"(?<![\w.,$€£¥₩])\d{1,4}(?:[ \t]*[–-][ \t]*\d{1,4})?(?=[ \t]+(?:BC|BCE|B\.C\.|CE)(?!\w))|(?<=\bAD[ \t])\d{1,4}\b"
                      r"|(?<=\b[Yy]ear[ \t])\d{1,2}(?=[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z])")
YEARS_COMPARED = re.compile(r"(?<=\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) )\d\d/\d\d(?![\w/%]|[.,]\d)")
# "World (70 countries)", "EU (27)": how many members an aggregate counts, part of its name
# (any group counted with its noun: "Sub-Saharan Africa (45 countries)")
AGGREGATE_MEMBERS = re.compile(r"\b(?:(?:World|EU|OECD|OPEC|ASEAN|G7|G20|[Ee]uro\s+area|[Ee]urozone)\s+\((?P<n>\d{1,3})"
                               r"(?:\s+(?:reporting\s+)?(?:countries|economies|members|member\s+states|states))?\)"
                               r"|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+\((?P<counted>\d{1,3})\s+(?:reporting\s+)?(?:countries|economies|members|member\s+states)\))")
# "9-Oct-25", "16-Oct-25": a day written with its month's abbreviation and a two-digit year
DAY_MONTH_YY = re.compile(r"(?<![\w-])[0-3]?\d-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d\d(?![\w-])")
TIME_ZONE = re.compile(r"(?<=UTC|GMT)\s?[+−–-]\s?\d{1,2}(?::\d\d)?\b")
# a time of day or a recording's timestamp: two-digit minutes after a colon ("09:42", "9:30 a.m.",
# "[00:12:40]"), not a ratio ("3:1")
# "09:42 GMT", "10.00am (AEDT)": a time of day
CLOCK_TIME = led_by(r"\d", r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])|(?<![\d.,])(?:[01]?\d)\.[0-5]\d[ \t]?(?i:am|pm|a\.m\.|p\.m\.|hrs)(?!\w)"
                        r"|(?<![\d.,:])(?:1[0-2]|0?[1-9])[ \t]?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)")  # (also "buses leave at 6 a.m.")
# a time of day said aloud: "half past twelve", "five to one", "at three o'clock"
_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
SPOKEN_CLOCK = re.compile(rf"\b(?:(?:half|quarter|five|ten|twenty|twenty-five)[ \t]+past[ \t]+{_HOUR_WORD}\b"
                          # "at eight minutes to ten", "twenty-six minutes past two"
                          rf"|[a-z]+(?:-[a-z]+)?[ \t]+minutes?[ \t]+(?:past|to)[ \t]+{_HOUR_WORD}\b(?![ \t]*[-‑]?[ \t]*[a-z%])"
                          # ("twenty-five to eight.", not "five to eight years": a range)
                          rf"|(?:quarter|five|ten|twenty|twenty-five)[ \t]+to[ \t]+{_HOUR_WORD}\b(?![ \t]*[-‑]?[ \t]*[a-z%])"
                          rf"|(?:{_HOUR_WORD}|1[0-2]|[1-9])[ \t]+o['’]clock\b"
                          # "until two thirty", "before nine this morning": an hour after a preposition of time, with its
                          # minutes or the part of the day (not "until two of them"; not after "at" or "by": "closed at
                          # eleven fifteen" is a price, "stood at twelve tonight" a count)
                          rf"|(?:(?<=\buntil )|(?<=\btill )|(?<=\bbefore )|(?<=\bafter )){_HOUR_WORD}(?:[ \t]+(?:fifteen|thirty|forty-five)\b(?![ \t]*[-‑]?[ \t]*[a-z%])"
                          rf"|(?=[ \t]+(?:this[ \t]+(?:morning|afternoon|evening)|tonight|sharp)\b))"
                          # "cut from eight in the morning", "open until ten at night": an hour and the part of the day
                          rf"|(?:(?<=\bfrom )|(?<=\bat )|(?<=\buntil )|(?<=\bby )|(?<=\bto )){_HOUR_WORD}(?=[ \t]+(?:in[ \t]+the[ \t]+(?:morning|afternoon|evening)|at[ \t]+night)\b(?![ \t]+(?:sessions?|shifts?|markets?|trading|editions?|papers?|news)\b))"
                          # "It being four fifty-five, the committee …", "We close at one forty": the hour a sitting stands at
                          # (not "the rest being eleven million", "the rand will close at twelve fifty against the dollar")
                          rf"|(?:(?<=\b[Ii]t being )|(?<=\b[Ii]t now being )|(?<=\b[Ww]e close at )|(?<=\badjourn at )|(?<=\b[Ww]e resume at )"
                          rf"|(?<=\breconvene at )|(?<=\b[Ww]e break at )|(?<=\bis adjourned at )|(?<=\bwas adjourned at )"
                          rf"|(?<=\bis closed at )|(?<=\bwas closed at )|(?<=\bmeeting closes at )|(?<=\bsitting closes at )"
                          rf"|(?<=\bsession closed at )|(?<=\bmeeting closed at )|(?<=\bsitting closed at )|(?<=\bhearing closed at ))"  # (a sitting's close)
                          rf"{_HOUR_WORD}(?:[ \t]+(?:oh[ \t]+[a-z]+|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
                          rf"(?:twenty|thirty|forty|fifty)-[a-z]+))?\b"
                          rf"(?![ \t]*[-‑%]|[ \t]+(?:hundred|thousand|million|billion|per|times|of|people|members|points?|against|to[ \t]+the|"
                          rf"[a-z]+s|yen|rand|euro|baht|yuan)\b))", re.IGNORECASE)
# (every time said aloud names its hour in words or says "o'clock": a sentence with neither is not searched)
HOUR_SAID = re.compile(rf"\b{_HOUR_WORD}\b|clock", re.IGNORECASE)
# a private bag's or a post office box's number, perhaps with its letter: "Private Bag X9181", "PMB 18", "P.O. Box 533"
MAIL_BOX = re.compile(r"\b(?:Private[ \t]+Bag|P\.?[ \t]?O\.?[ \t]+Box|PO[ \t]+Box|PMB|Box)[ \t]+[A-Z]{0,2}(?P<number>\d[\d-]*)")
# a telephone number written the local way, its trunk prefix first: "021 480 7700", "0800 110 084", "087 555 0196",
# "(012) 310 8600", "03-4252 5050", "01 850 973" (not a group of digits spaced off from the one before: "ABN 96 002 618 073")
LOCAL_TELEPHONE = led_by_first_characters(r"(?:(?<![\w.,])(?<!\d[ \t])0\d{2,4}(?:[ \t]\d{3,4}){1,2}|(?<![\w.,])0\d{3,4}[ \t]\d{5,6}|(?<![\w.,])(?<!\d[ \t])0\d[ \t]\d{3}[ \t]\d{3}|(?<![\w.,])\(0\d{1,4}\)[ \t]\d{3,4}[ \t]\d{3,4}"
                                          r"|(?<![\w.,(-])0\d{1,3}-(?!(?:19|20)\d\d\b)\d{3,4}[ \t]\d{4})(?![\w%]|[.,]\d)")  # (not "01-2024 1043": a month's index)
# "Base December 2018 = 100", "base year 2015=100": an index's base period written out, naming the index
BASE_EQUALS = re.compile(r"\b[Bb]ase(?:\s+(?:year|period))?:?\s+(?:[A-Z][a-z]+\.?\s+)?(?:1[89]|20)\d\d\s*=\s*100\b")
# a telephone number: "Paris + 33 1 4420 6717", "+254 20 286 0000" (a country code, then groups of digits)
TELEPHONE = re.compile(r"(?<![\w.])\+[ \t]?\d{1,3}(?:[ \t.-]\(?\d{1,4}\)?){1,4}(?:[ \t.-]\d{2,6}|[ .-]\d{7,8})(?![\w%]|[.,]\d)")
# "the 2.6 GHz band", "the 2.3 GHz, 3.5 GHz and 26 GHz bands", "the 3.4-3.6 GHz range", "(a) 3.5 GHz:", "the 3.5 GHz
# spectrum", a table's row "2.3 GHz   10   6": a frequency that names a band of spectrum (not "880 MHz of the
# 1,600 MHz offered", "acquired 100 MHz spectrum", "Safaricom  140 MHz  2 088": amounts of it)
_FREQUENCY = r"\d+(?:\.\d+)?(?:[ \t]?[-–][ \t]?\d+(?:\.\d+)?)?[ \t]?(?:[MGk]Hz|MHZ|GHZ)"
BAND_NAME = re.compile(r"(?<![\w.,])" + _FREQUENCY + r"(?=(?:(?:,|,?[ \t]+(?:and|AND|or|to))[ \t]+" + _FREQUENCY + r")*"
                       r"(?:[ \t]+(?:bands?|BANDS?|lots?|licen[cs]es?|frequenc\w+|range)\b|:))"
                       r"|(?:(?<=\bthe[ \t])|(?<=\bof[ \t])|(?<=\bhold[ \t])|(?<=\bholds[ \t])|(?<=\bheld[ \t]))" + _FREQUENCY + r"(?=[ \t]+spectrum\b)"
                       r"|(?<![^\n])" + _FREQUENCY + r"(?=[ \t]{2,}\d)")
# "Burlington, VT 05401", "Boston, MA 02116-3924": a town's state and ZIP code (not "VT 05401" in vatu)
STATE_POSTCODE = led_by_first_characters(r"\b[A-Z][a-z]+,[ \t][A-Z]{2}[ \t](?P<code>\d{5}(?:-\d{4})?)(?=[ \t.]*(?:\r?\n|$)|,[ \t]*(?:USA|U\.S\.A?\.?|United[ \t]+States))")
# "workers aged 18 and over", "(ages 15–24)", "aged between 55 and 64", "those aged 65+": an age that names a class
# of people, not a count of them
_AGE = r"(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|(?:fif|six|seven|eigh)teen)"
AGE_CLASS = re.compile(r"\b(?:[Aa]ged?|[Aa]ges|[Aa]ge\s+group|(?i:people|persons|those|adults|pensioners|women|men|someone|anyone|everyone)(?=\s+(?:over|under)\s+(?!\S+\s+years?\b)))"
                       rf"\s+(?:between\s+|over\s+|under\s+)?(?P<label>{_AGE}(?:[ \t]?(?:[-–]|to|and)[ \t]?{_AGE}"
                       r"|[ \t]+(?:and|or)[ \t]+(?:over|above|older|under|younger|more|less)|\+)?)(?!\d|[.,]\d|-[a-z]|\s*(?:%|per\s?cent|percent)"
                       r"|[ \t]+(?:million|thousand|billion|hundred)\b)")  # (also "people over sixty-five", "someone aged sixty-two")
# "Tel.: 012 310 8600", "Fax: (011) 555-0192": a number on a line named as a telephone's (not "Telephone: 1 204 000
# subscribers", a count the line's label names)
# "Catalogue no. 98-316-X2021001": a code of three parts or more, one of them letters and digits together, names a publication
ALPHANUMERIC_CODE = re.compile(r"(?<![\w.-])(?=(?:[A-Z0-9]+-)*(?:[A-Z]+\d|\d+[A-Z]))[A-Z0-9]+(?:-[A-Z0-9]+){2,}(?![\w-])")
# "doc. C.253.M.110.1935": a document's symbol, letters and numbers joined by full stops
DOTTED_CODE = led_by_first_characters(r"(?<![\w.])[A-Z]{1,4}\.\d+\.[A-Z]{1,4}\.\d+(?:\.\d+)*(?![\w]|\.\w)")
FILE_CODE = led_by_first_characters(r"(?<![\w.])[A-Z]\.(?P<n>\d{1,4})(?=(?:-\d+)*/\d)")  # "Ref. No. F.1-2/2024-FDI": a file's code (not a price range "P.120-150")
ORDINAL_INDICATOR = re.compile(r"(?<![\w.,])\d{1,3}(?=[ºª][ \t]+[a-záéíóúñ])")  # "4º trimestre", "1ª edición": an ordinal (not "44ºC")
# (also "for information, call 800-273-7371", "please call the Media Relations Unit at (02) 8708-7701")
LABELLED_TELEPHONE = re.compile(r"\b(?:(?:Tel|Fax|Phone|Telephone)\.?:|(?:[Tt]el|[Tt]elephone|[Pp]hone|[Ff]ax)\.?(?=[ \t]+\+?\d)|(?:[Tt]el|[Pp]hone|[Tt]elephone|[Hh]otline)\.?[ \t]+(?:on|at|number|no\.)"
                                r"|(?:[Aa]ccess|[Cc]onference|[Pp]articipant|[Mm]eeting)[ \t]+(?:code|ID|PIN)|[Pp]asscode|PIN"  # "access code 672 915"
                                r"|[Cc]all(?:[ \t]+(?:us|the[ \t]+[A-Z][\w’' ]{0,40}?)[ \t]+(?:at|on))?)[ \t]*(?P<number>\+?[ \t]?\(?\d[\d() .-]{5,18}\d)(?![\w%]|[.,]\d|[ \t]*[a-z\d])")
# "…, Plaza de Isabel II s/n, 28013 Madrid.", "Karyes, 630 86 Mount Athos; tel. …": a postcode before its town in a
# sentence that gives an address (postcodes in a letterhead's lines are non_quantities.is_address's)
PROSE_POSTCODE = re.compile(r"(?<=,\s)(?!(?:19|20)\d\d\b)(?:\d{4,5}|\d{3}\s\d{2})(?=\s+[A-Z][a-zà-ÿ]+(?<!ians)(?<!ans)(?:[\s/-]+[A-Z][a-zà-ÿ]+){0,2}\s*(?:[.;,]|$))")  # (also "2502 Biel/Bienne;")
# (what makes the sentence an address: "s/n", a house number on its street, a telephone number, an address's label)
ADDRESS_CUE = led_by_first_characters(r"\bs/n\b|\b\d{1,4}[A-Za-z]?\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Street|Road|Avenue|Calle|Rue|Via|Plaza|Piazza|Platz|Square|Lane)\b"
                                      r"|\b(?:Plaza|Piazza|Calle|Rue)\s+(?:d['’]|(?:de|del|du|des|della)\s+(?:la\s+|l['’])?)?[A-Z]|\bBox\s+\d|\b(?:[Tt]el\.?|[Tt]elephone|[Pp]hone):?\s+\+?\d|^\s*(?:Place|Address|Contact):")
# "the TotalEnergies 24 Hours of Spa", "The 6 Hours of Spa", "the Spa Six Hours": a race or an event named by its length
# (a capitalised "Hours" after a capitalised word), not a length of time
EVENT_HOURS = re.compile(r"\b[A-Z][\w'’-]{0,20}\s(?P<name>(?:\d{1,2}|Two|Three|Four|Five|Six|Eight|Ten|Twelve|Twenty-[Ff]our)\s+Hours)\b")
# "Rue d'Argent 6, 2502 Biel": a house number after its street's name, as continental addresses write it
STREET_HOUSE_NUMBER = re.compile(r"\b(?:Rue|Via|Calle|Strasse|Straße|Avenida|Ulica|Trg|Route|Chemin|Avenue|Boulevard)\s+(?:[\w'’-]+\s+){0,3}?"
                                 r"(?P<number>\d{1,4}[a-z]?)(?=,)")
# "access code 2212#", "PIN 4471": a short code a label names
ACCESS_CODE = re.compile(r"\b(?:(?:[Aa]ccess|[Cc]onference|[Pp]articipant|[Mm]eeting)[ \t]+(?:code|ID|PIN)|[Pp]asscode|PIN):?[ \t]*(?P<number>\d{3,12})#?(?![\w%]|[.,]\d)")
# "£1 = US$ 1.2039", "A$ 1 = US$ 0.6734", "US$1 = R18.71", "¥360 = US$1": the one unit of money a rate of exchange is stated for
RATE_UNIT_ONE = led_by_first_characters(r"(?<![\w.,])(?P<first>(?:(?:[A-Z]{1,3})?[$£€¥₩]|[A-Z]{3}[ \t]?)[ \t]?1)(?=[ \t]*=[ \t]*(?:[A-Z]{0,3}[$£€¥₩]|[A-Z]{3}\b|[A-Z][A-Za-z]{0,2}\.?)?[ \t]?\d)"
                                        r"|(?:(?:(?:[A-Z]{1,3})?[$£€¥₩]|[A-Z]{3}[ \t]?|[A-Z][a-z]{1,3}\.?[ \t]?)[ \t]?\d[\d.,]*|\d[\d.,]*[ \t]+[a-z]+)[ \t]*=[ \t]*(?P<second>(?:(?:[A-Z]{1,3})?[$£€¥₩]|[A-Z]{3}[ \t]?)[ \t]?1)"
                                        r"(?![\w%]|[.,]\d|[ \t]*(?:thousand|million|billion|trillion|bn|per|a|an)\b)")
# "one lakh is 100,000 and one crore 10,000,000", "a billion is a thousand million": a scale word defined, both sides names
SCALE_DEFINED = re.compile(r"\b(?P<first>(?:[Oo]ne|[Aa])[ \t]+(?:lakh|crore|arba|kharba|billion|trillion|milliard|myriad))"
                           r"[ \t]+(?:is|equals|=|means)?[ \t]*(?P<second>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?[ \t]+(?:thousand|million|billion)|a[ \t]+(?:hundred|thousand)[ \t]+(?:thousand|million|billion))\b"
                           r"(?:,?[ \t]+and[ \t]+(?P<third>(?:one|a)[ \t]+(?:lakh|crore|arba|kharba|billion|trillion|milliard))"
                           r"[ \t]+(?:is[ \t]+)?(?P<fourth>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?[ \t]+(?:thousand|million|billion)|a[ \t]+(?:hundred|thousand)[ \t]+(?:thousand|million|billion))\b)?")
# "95% CI (net)", "a 90% confidence interval": the confidence level names the interval
CONFIDENCE_LEVEL = led_by_first_characters(r"\b\d{2}(?:\.\d)?[ \t]?%(?=[ \t]*(?:CI\b|C\.I\.|[Cc]onfidence\b|[Cc]redible\b))")
# "rounded to the nearest 100", "Shares do not sum to exactly 100.0": a note on how figures were rounded names
# a precision or a whole, it states no fact
ROUNDING_NOTE = re.compile(r"\b(?:rounded|rounding)[ \t]+(?:off[ \t]+)?to[ \t]+the[ \t]+nearest[ \t]+(?P<n>\d[\d,]*(?:\.\d+)?|(?:ten|hundred)(?:[ \t]+(?:thousand|million))?|thousand|million)(?![\w.]\d)"
                           r"|\b(?:not|n't)[ \t]+(?:sum|add|add[ \t]+up)[ \t]+to(?:[ \t]+exactly)?[ \t]+(?P<whole>100(?:\.0+)?(?:[ \t]?%)?)(?![\w.]\d)")  # (a whole: not "did not add up to 5 percent of GDP")
# "Consumer Price Index (2021=100)": "(?<=\(.)" after the year's first digit checks the bracket before
# it (a pattern that starts with a digit lets the regex engine skip to the digits)
INDEX_BASE = re.compile(r"(?:1(?<=\(.)[89]|2(?<=\(.)0)\d\d(?:/\d\d)?\s*=\s*100(?=\))")
