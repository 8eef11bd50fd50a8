"""The money a document's bare "$" and "£", and its spoken "dollars", stand for: the dollar it declares its figures
in, else its country's own dollar or pound (a Belize text's "seventy-two dollars a tonne" is in Belize dollars)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.context import prefix_codes
from pipeline.countries import Country, country_mentions
from pipeline.grammar import Quantity
from pipeline.lexicon import load_lexicon
from pipeline.persons import NO_NOUN_AFTER
from pipeline.segment import COLUMN_GAP


# "All values are in New Zealand dollars", "Values in NZ$ million": the dollar a document's bare "$" is
# (it opens with the letters a match can start with, then tests the word boundary: the regex engine skips to those
# letters at once, where a leading "\b" would be tried at every character of the document)
DECLARED_DOLLAR = re.compile(r"[AaVvFf](?<!\w.)(?:(?<=[Aa])ll\s+(?:[Vv]alues|[Ff]igures|[Aa]mounts)|(?<=[Vv])alues|(?<=[Ff])igures|(?<=[Aa])mounts)"
                             r"\s+(?:in\s+this\s+(?:report|document|release)\s+)?(?:are\s+|shown\s+)?(?:expressed\s+)?in\s+"
                             r"(?:(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|U\.?S\.?)\s+dollars\b|(?P<prefix>[A-Z]{1,3}\$))")


@lru_cache(maxsize=2)
def _declaration(text: str) -> re.Match[str] | None:
    """Where a document says what its figures are in (asked for several times of the same document)."""
    return DECLARED_DOLLAR.search(text)


def declared_dollar(text: str) -> str:
    """The currency code of the dollar a document says its figures are in; "" when it says none, or
    names the US dollar."""
    m = _declaration(text)
    if not m:
        return ""
    if m.group("prefix"):
        code = prefix_codes().get(m.group("prefix").lower(), "")
        return code if isinstance(code, str) and code != "USD" else ""
    named = country_mentions(m.group("country"))  # "New Zealand dollars", "Canadian dollars"
    country = named[0][2] if len(named) == 1 and named[0][1] - named[0][0] == len(m.group("country")) else None
    return country.currency if country and country.currency != "USD" else ""


def document_dollar(text: str, home: Country | None) -> str:
    """The code a bare "$" stands for in a document: the dollar it says its figures are in, none when it says US
    dollars ("All amounts in this report are in US dollars"), else its country's own dollar; "" for the US dollar."""
    if declares_us_dollars(text):
        return ""
    return declared_dollar(text) or home_dollar(home)


def declares_us_dollars(text: str) -> bool:
    """Whether a document says its figures are in US dollars ("All amounts in this report are in US dollars", "in US$")."""
    m = _declaration(text)
    return bool(m and ((m.group("prefix") or "").upper() in ("US$", "U$") or re.fullmatch(r"U\.?S\.?|United\s+States", m.group("country") or "")))


def own_currencies(text: str, home: Country | None) -> tuple[str, ...]:
    """The currencies a document's sums may be in when it leaves theirs unsaid: the one it declares its amounts in ("all
    amounts are in US dollars") and its country's own; none when neither is known."""
    return tuple(code for code in ("USD" if declares_us_dollars(text) else declared_dollar(text), home.currency if home else "") if code)


def home_dollar(home: Country | None) -> str:
    """The code of the home country's own dollar ("AUD" for Australia), "" when its currency is none:
    a bare "$" in a document about it is its own dollar, as its statistics office writes it."""
    dollars = {c for p, codes in prefix_codes().items() if p.endswith("$")
               for c in ([codes] if isinstance(codes, str) else codes) if c != "USD"} & set(load_lexicon("quantities")["dollar_currencies"])
    # (not a peso or a pataca its prefix writes with "$": "Ch$", "RD$", "MOP$")
    return home.currency if home and home.currency in dollars else ""


def home_pound(home: Country | None) -> str:
    """The code of the home country's own pound at par with sterling ("GIP" for Gibraltar; lexicon
    sterling_par_pounds): a bare "£" in a document about it is its own pound."""
    return home.currency if home and home.currency in load_lexicon("quantities")["sterling_par_pounds"] else ""


BARE_SYMBOL = {"USD": re.compile(r"[-−–~]?\$"), "GBP": re.compile(r"[-−–~]?£(?![A-Z])")}


def in_local_currency(q: Quantity, text: str, local: dict[str, str], before: list[Quantity] | None = None) -> Quantity:
    """An amount written with a bare "$" or "£" in a document that declares its dollars or is about a
    country with its own dollar or pound (`local`: the code each of "USD" and "GBP" stands for), in those;
    also one that writes no currency and took its dollar from the amount before it (`before`: "one hundred
    dollars a tonne, up from eighty-five"), when that one's is the local dollar."""
    code = local.get(q.unit)
    if code and (BARE_SYMBOL[q.unit].match(text, q.start)
                 or q.unit == "USD" and BARE_DOLLAR_WORD.search(text, q.start, q.end) and not SAID_US_AFTER.match(text, q.end)):
        return replace(q, unit=code)
    if code and before and before[-1].unit == q.unit and not CURRENCY_MARK.search(text, q.start, q.end) \
            and in_local_currency(before[-1], text, local).unit == code:
        return replace(q, unit=code)
    return q


CURRENCY_MARK = re.compile(r"[$£]|\b(?:US|U\.S\.|USD|GBP)\b|\b(?i:dollars?|pounds?|sterling)\b")


# "seventy-two dollars a tonne" said in Belize: dollars that no word makes the United States' (not "sixty US dollars")
# (not "55 cents on the dollar", nor "a dollar seventy-two a pound of copper, US, …")
BARE_DOLLAR_WORD = re.compile(r"(?<![Ss]\s)(?<![Ss]\.\s)(?<!American\s)(?<!US)(?<!on\sthe\s)\bdollars?\b")
# (nor a world market's price, "eighty dollars a barrel", "two thousand dollars an ounce", nor dollars named after:
# "seven dollars eighty, New Zealand dollars that is")
SAID_US_AFTER = re.compile(r"[^.;]{0,40}?,\s*(?:US|U\.S\.)\s*,|\s+(?:a|an|per)\s+(?:barrel|ounce|troy\s+ounce|pound)\b"
                           r"|[^.;]{0,30}?\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+dollars\b")


def as_money_reads(q: Quantity, text: str, local: dict[str, str], last_money: str, before: list[Quantity], own_currencies: tuple[str, ...],
                   spoken: bool = False, sums: dict | None = None) -> Quantity:
    """An amount in the currency the document means by its bare "$", "£" or "dollars" (in_local_currency), or by a
    scaled sum it says without its currency (unstated_currency; `spoken`: in a transcript's turn), or a sum said
    again without it (`sums`: the document's sums of money by their value)."""
    q = unstated_currency(in_local_currency(q, text, local, before) if local else q, text, last_money, before, own_currencies, spoken)
    return said_again(q, text, sums) if spoken and sums else q


def said_again(q: Quantity, text: str, sums: dict) -> Quantity:
    """"I earn six hundred and forty-five a day" after "the minimum wage is six hundred and forty-five pesos": a
    number said without its unit that a speaker said before as a sum of money (not a count: "645 members"; nor a number
    under a hundred, which a share or a count of a few may equal by chance)."""
    if q.unit != "count" or q.value < 100 or q.value not in sums or not NO_NOUN_AFTER.match(text, q.end) \
            or COUNTED_BEFORE.search(text, max(0, q.start - 60), q.start) or COLUMN_GAP.search(text) or "=" in text:
        # (not a figure in a table's row, which its heading or caption scales, nor one a note's sum works with)
        return q
    return replace(q, unit=sums[q.value])


# a sum said with its scale and no currency ("one hundred and eighteen point four billion", "41.2 billion")
COORDINATED_AFTER = re.compile(r"\s*(?:and|or|to)\s+(?:about\s+|some\s+)?(?:\d|(?:[a-z-]+\s+){0,4}(?:million|billion|trillion)\b)")
SCALED_SUM = re.compile(r"\b(?:million|billion|trillion|bn|mn|crores?|lakhs?)$", re.IGNORECASE)


def unstated_currency(q: Quantity, text: str, last_money: str, before: list[Quantity] | None = None, own_currencies: tuple[str, ...] = (),
                      spoken: bool = False) -> Quantity:
    """"EBITDA was one hundred and eighteen point four billion" after "… billion tenge": a scaled sum whose measure
    is money (lexicon money_measures) and whose currency goes unsaid, in the currency the document named last when that
    is its own (`own_currencies`: the one it declares its amounts in and its country's; not "the deficit was 900 billion" after a dollar bond in a Kenyan text), and not
    after a sum of the sentence (`before`) in another unit, "revenue at 297 million taels and spending at 339 million", nor
    before a figure that may name its unit, "reserves of about 300 billion and 600 billion cubic metres")."""
    if not last_money or own_currencies and last_money not in own_currencies \
            or q.unit != "count" or not (SCALED_SUM.search(text, q.start, q.end) or spoken and _paid(text, q)) or not NO_NOUN_AFTER.match(text, q.end) \
            or COORDINATED_AFTER.match(text, q.end) or any(b.unit not in ("count", "percent", last_money)
                                                           or b.unit == "count" and not NO_NOUN_AFTER.match(text, b.end) for b in before or ()):
        return q
    # (a speaker leaves the currency out of any sum once it is said: "That costs about nineteen million a year", unless
    # the sum counts what the words before it name, "a population of 5.3 million")
    said = spoken and not COUNTED_BEFORE.search(text, max(0, q.start - 60), q.start)
    return replace(q, unit=last_money) if said or _money_measure_before().search(text, max(0, q.start - 80), q.start) else q


# a price said without its currency: "the collectors paid forty thousand a kilo", "most paid twenty-five to thirty thousand"
PAID_BEFORE = re.compile(r"\b(?:paid|pays|pay|paying|cost|costs|costing|sold\s+(?:at|for)|sells\s+(?:at|for)|priced\s+at|fetched|fetches)"
                         r"\s+(?:about\s+|around\s+|only\s+|just\s+|some\s+|up\s+to\s+|between\s+)?$")


def _paid(text: str, q: Quantity) -> bool:
    """Whether a number said without a unit is what someone paid or was paid (not "paid 300 workers": a noun follows)."""
    return PAID_BEFORE.search(text, max(0, q.start - 30), q.start) is not None and not any(
        c.isdigit() for c in text[q.start : q.end][:1]) and len(text[q.start : q.end].split()) >= 2 \
        and not PAYEES_AFTER.match(text, q.end)


# "paid three hundred and twenty of the four hundred claims", "paid about two hundred thousand by March, out of six
# hundred thousand growers": how many were paid, not how much
PAYEES_AFTER = re.compile(r"\s+(?:of|out\s+of|by|among)\b|[^.;]{0,60}\b(?:growers|farmers|members|claims|workers|households|"
                          r"people|families|beneficiaries|pensioners|employees|staff|suppliers|customers)\b")


COUNTED_BEFORE = re.compile(r"\b(?:population|people|persons|inhabitants|voters|residents|workers|employees|staff|passengers|visitors|"
                            r"tourists|households|subscribers|customers|users|members|jobs|pupils|students|tonnes|tons|barrels|"
                            r"litres|doses|vehicles|cars|units|shares|hectares|acres|kilometres|square|cubic)\b[^.;]{0,40}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _money_measure_before() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(load_lexicon("quantities")["money_measures"], key=len, reverse=True))
    # (the measure right before its verb, perhaps with its year: "Revenue in 2024 was"; not "revenue passenger kilometres rose to")
    return re.compile(rf"\b(?i:{words})(?:\s+(?:for|in)\s+(?:the\s+)?[\w-]+)?(?:\s+(?:guidance|forecast|target|estimate))?"
                      rf"\s+(?:(?:is|are|was|were)\s+(?:[a-z]+ed|forecast|set|put)\s+(?:at|to)|was|were|is|are|of|at|to|reached|totalled|totaled|came\s+to|"
                      rf"amounted\s+to|fell\s+to|rose\s+to|grew\s+to|stood\s+at)\s+(?:about\s+|around\s+|some\s+|nearly\s+|"
                      rf"almost\s+|roughly\s+|just\s+(?:over|under)\s+)?$")
