"""From one reading of a quantity to its observation rows: the unit and sign settled, the indicator
classified, the subject written in full, the provenance (offsets, line, sentence) recorded."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline import context
from pipeline.countries import Country
from pipeline.currency_rates import prices_a_currency
from pipeline.distributed import item_subject, shared_by
from pipeline.documents import Document
from pipeline.estimators import estimator_country
from pipeline.indicators import classify, for_rule, partner_share
from pipeline.persons import NO_NOUN_AFTER, people_counted
from pipeline.legal_forms import without_legal_form
from pipeline.government_places import local_government_place
from pipeline.lexicon import load_lexicon
from pipeline.names import without_possessive
from pipeline.qualifiers import names_a_multiple
from pipeline.readings import Reading
from pipeline.records import WHITESPACE, Observation, folded_observation_id, format_decimal
from pipeline.codebook import is_fallback
from pipeline.column_units import column_labels, column_measure, row_unit
from pipeline.subjects import as_written, operators_own, partner_pair, subject_of
from pipeline.titled_subjects import titled_economys_own, titled_governments_own


A_DAY_AFTER = re.compile(r"(?:\s+(?:of\s+)?[a-z-]+){0,3}?\s+(?:a|per|each)\s+day\b")
RATE_BEFORE_ZERO = re.compile(r"%|\bper\s?cent\b|\b(?:inflation|rates?|growth|returns?|duty|duties|tariffs?|yields?)\b", re.IGNORECASE)


OF_WHOLE_AFTER = re.compile(r"\s+(?:out\s+)?of\b")  # "the inflation rate at 14 of the 20 cities": so many of them


@lru_cache(maxsize=1)
def _percent_measure_before() -> re.Pattern[str]:
    lex = load_lexicon("quantities")
    measures = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in sorted(lex["percent_measures"], key=len, reverse=True))
    links = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lex["percent_measure_links"], key=len, reverse=True))
    return re.compile(rf"\b(?:{measures})\s+(?:(?:{links})\s+){{1,3}}$", re.IGNORECASE)


# a note's arithmetic, "a / b = ", before its result
DIVISION_RESULT = re.compile(r"[\d)]\s*[/÷]\s*\(?[\d.,]+\)?\s*=\s*$")


LETTERHEAD_REACH = 2000  # (a letterhead's block ends at its first blank line, near the top; not searched for through a whole text)


def observation_rows(
    doc: Document, offset: int, text: str, reading: Reading, home, seen: dict[str, int], plan: str,
    previous: str = "", names: dict[str, str] | None = None, defined: dict[str, str] | None = None, operated: str = "",
    economy: str = "", tabled: bool = False,
) -> list[Observation]:
    """The rows of one reading of a quantity, one per period it refers to: its unit, signed value,
    indicator and subject settled, its provenance recorded. `tabled`: a table's reader has read the
    quantity's cell, and scales it by its own heading."""
    q = reading.quantity
    subject = without_legal_form(as_written(_written_in_full(subject_of(text, q, home, plan), defined or {}, home), names))
    # "a bid-to-cover ratio of 2.19" (not "the cover ratio of 3 bonds")
    multiple = q.rule == "bare_number" and not q.noun and names_a_multiple(text, q.start)
    unit = "times" if multiple else q.unit or (
        context.resolve_currency(q.currency_word, text, q, subject, home, estimator_country(reading.source))
        if q.currency_word else context.local_currency(text, q, subject, home))
    if unit == "USD" and (cents := BARE_CENTS.search(text, q.start, q.end)) and home \
            and home.currency in _cent_currencies(cents.group().rstrip("s")) \
            and not (US_MARK if home.currency.endswith("D") else DOLLAR_WORDS).search(text) \
            and not US_CENTS.search(doc.text, max(0, offset + q.start - 300, doc.text.rfind("\n\n", 0, offset + q.start)), offset + q.start):
        # "forty-four cent a litre" in Ireland: euro cents (not "up 60 cents to $84.20" there, nor after "half a US cent …
        # to 65.8 cents" anywhere; a dollar country's "$" is its own)
        unit = home.currency
    scale = 1
    # under "Actual (%)" or "(TZS bn)" in an aligned table's heading (a figure a table's reader scales by its
    # heading, "1,402" under "(thousand)", only a percentage)
    if unit == "count" and q.rule == "bare_number" and \
            (measure := column_measure(doc.text, offset + q.start, offset + q.end)) and (measure[1] == "percent" or not tabled):
        scale, unit = measure
    if unit == "count" and text[q.start : q.end].lower() == "zero" and RATE_BEFORE_ZERO.search(text, max(0, q.start - 80), q.start):
        unit = "percent"  # "inflation fell to close to zero", "duties of 8% to 12%, against zero before": a rate of none
    if unit == "count" and q.rule in ("bare_number", "number_words") and q.value < 100 \
            and _percent_measure_before().search(text, max(0, q.start - 60), q.start) and NO_NOUN_AFTER.match(text, q.end) \
            and not OF_WHOLE_AFTER.match(text, q.end):
        unit = "percent"  # "with inflation at five point two", "the policy rate is eleven": a measure only ever in percent
    if unit == "count" and q.rule == "bare_number" and q.value < 100 and DIVISION_RESULT.search(text, max(0, q.start - 40), q.start):
        # "9,016.2 / 8,570.3 = 1.052", "5.72 / 7.18 = 0.797": a quotient, no count (not "5,100 / 2 = 2,550", people)
        unit = "ratio" if q.value < 1 else "times"
    value = context.signed(q.value * scale, reading.decline)
    high = context.signed(q.value_high * scale, reading.decline) if q.value_high is not None else None
    if high is not None and high < value:  # "shrank by 25 to 30 percent": low end −30, high end −25
        value, high = high, value
    mention = doc.text[offset + q.start : offset + q.end]  # as written ("R198,4 billion", read as 198.4)
    sentence = _folded(doc.text[offset : offset + len(text)])  # as written, reference marks and all
    indicator = "other_multiple" if multiple else for_rule("exchange_rate" if prices_a_currency(text, q.start, q.end, unit) else q.rule) or partner_share(
        classify(text, q.start, q.end, unit, previous), unit, subject, text, q.start, home.name if home else "")
    if is_fallback(indicator) and q.rule == "bare_number" and (labels := column_labels(doc.text, offset + q.start, offset + q.end)):
        # a table's cell its row leaves unexplained is what its column's heading names ("Net migration")
        headed = classify(f"{labels} {mention}", len(labels) + 1, len(labels) + 1 + len(mention), unit)
        indicator = indicator if is_fallback(headed) else headed
    if indicator == "trade_partner_share" or (indicator == "tourism" and unit in ("percent", "ratio")):
        subject = partner_pair(subject, home)  # "China's share of trade", "Canada made up a third of visitors": the pair's
    unit = people_counted(indicator, context.restated_rate_unit(text, q, unit, previous), text, q.end)
    if unit == "grams" and (indicator == "food_ration" or A_DAY_AFTER.match(text, q.end)):
        unit = "grams_per_person_per_day"  # "a heavy worker being entitled to 800 grams a day", "the ration had fallen to 312 grams"
    # (not a figure its sentence credits to another body: "the Bureau of Statistics recorded 978,420 visitors")
    if not (reading.source and reading.source in text and without_legal_form(operated) not in reading.source + text):
        subject = operators_own(subject, text, home, operated)
    subject = titled_economys_own(subject, text, home, economy, q.start)
    rows = []
    # ("the state companies of Uganda and Tanzania 15% each": one fact for each of them)
    items = shared_by(text, q.start, q.end) or ("",)
    for (period_start, period_end), item in ((period, item) for item in items for period in reading.periods):
        key = f"{sentence}\x1f{mention}"
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        rows.append(
            Observation(
                observation_id=folded_observation_id(doc.document_id, sentence, mention, occurrence),
                document_id=doc.document_id,
                line=doc.line_of(offset + q.start),
                char_start=offset + q.start,
                char_end=offset + q.end,
                mention=mention,
                sentence=sentence,
                value=format_decimal(value),
                value_high=format_decimal(high),
                unit=unit,
                qualifier=reading.qualifier,
                period_start=period_start,
                period_end=period_end,
                indicator=indicator,
                subject=item_subject(subject, item, items) if item else subject,
                source=titled_governments_own(_official_as_written(reading.source, names), economy, doc.text[: max(0, doc.text.find("\n\n", 0, LETTERHEAD_REACH))]),
                out_of=format_decimal(q.out_of),
                extraction_rule=q.rule,
                sentence_start=offset,
                sentence_end=offset + len(text),
            )
        )
    return rows


BARE_CENTS = re.compile(r"(?<!US )(?<!U\.S\. )\b(?:cents?|centavos?|centimes?)$")
US_CENTS = re.compile(r"\bU\.?S\.?\s+cents?\b")
US_MARK = re.compile(r"\bU\.?S\.?(?!\w)|\bcents\s+US\b")
DOLLAR_WORDS = re.compile(rf"\$|\bdollars?\b|{US_MARK.pattern}")  # a sentence that prices in dollars


@lru_cache(maxsize=4)
def _cent_currencies(hundredth: str = "cent") -> frozenset[str]:
    """The currencies whose hundredths the word names: "cent" (a dollar's, a euro's …), "centavo" or "centime"."""
    return frozenset(load_lexicon("quantities")[f"{hundredth}_currencies"])


def as_published(observations: list[Observation], text: str, author: str = "") -> list[Observation]:
    """Subjects and sources as names ("Indonesia's and the Philippines' curves … respectively": Indonesia,
    Philippines), whichever step named them; a figure of no country's in a local government's document
    (`text` under "CITY OF CAPE TOWN") is of its place; a source the `author`'s name ends with ("Fire and
    Rescue Service" in the Cape Town Fire and Rescue Service's report) is the author."""
    place = local_government_place(text) if any(not o.subject for o in observations) else ""
    return [replace(o, subject=without_possessive(o.subject) or place, source=_as_author(without_possessive(o.source), author))
            for o in observations]


def _as_author(source: str, author: str) -> str:
    return author if source and author.endswith(" " + source) and source[:1].isupper() and " " in source else source


def _written_in_full(subject: str, defined: dict[str, str], home: Country | None) -> str:
    """A subject the document abbreviates ("PDVSA’s workforce") by the name it defined; an institution
    so named ("the SBP’s target") speaks for its country, as one named in full does."""
    full = defined.get(subject)
    if not full:
        return subject
    lex = load_lexicon("context")
    heads = {*lex["institution_heads"], *lex["rate_setter_heads"]}
    return home.name if home and heads & set(full.split()) else full


@lru_cache(maxsize=64)
def _folded(text: str) -> str:
    """The sentence as quoted in the tables: white space folded to single spaces."""
    return WHITESPACE.sub(" ", text).strip()


OFFICIAL = " (official)"


def _official_as_written(source: str, names: dict[str, str] | None) -> str:
    """"Burma (official)" in a text that calls the country Burma: the label of a state's own figures
    names it as its subjects do."""
    return as_written(source.removesuffix(OFFICIAL), names) + OFFICIAL if source.endswith(OFFICIAL) else source



def of_row_units(rows: list[Observation], text: str, operated: str, home: Country | None) -> list[Observation]:
    """Rows of a table by units or places ("Menengai   8   19,600" under "Field") are of the one their row
    names, not of the body that runs them or of the country."""
    if not rows or rows[0].subject not in (operated, home.name if home else "") or not (named := row_unit(text, rows[0].char_start, rows[0].char_end)):
        return rows
    return [replace(row, subject=named) for row in rows]
