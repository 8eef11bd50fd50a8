"""From a document to observations and the disposition of every number token in it."""

from __future__ import annotations

from bisect import bisect_left
from decimal import Decimal
import re
from dataclasses import replace

from pipeline import context, document_money, numerals
from pipeline.countries import Country, display_names
from pipeline.document_country import titled_economy
from pipeline.subjects import TRADE_TOPICS, as_written, operators_own, trade_partner_named
from pipeline.titled_subjects import titled_economys_own
from pipeline.settling import refines, settle_times
from pipeline.listed_subjects import bracketed_partners, named_respectively, partners_respectively
from pipeline.timeless import founding_time, standing, tells_of_story
from pipeline.tense import in_present_tense, names_next_period, reports_market_day, speaks_of_future, takes_paragraph_period, tells_of_past
from pipeline.documents import Document
from pipeline.records import NumberToken, Observation, dispositions
from pipeline.operators import bodys_own_money
from pipeline.codebook import continued_topic, unit_kind
from pipeline.attribution import find_sources
from pipeline.bases import earlier_compared
from pipeline.officials import as_official, issuers_own_budget
from pipeline.estimators import is_person, publisher_of
from pipeline.issuers import defined_names, document_issuer, home_country
from pipeline.issuer_figures import calls_issuer_by_head, issuer_says_at, own_figures, without_background
from pipeline.issuer_tables import by_issuers_name, with_issuer_columns
from pipeline.abbreviations import as_written_out, concept_abbreviations, noted_source
from pipeline.references import is_institution_head, known_full_name, longer_name, resolve_references
from pipeline.reports import CARRIED, Report, acts_in_their_clause, introduces_table, looks_back, uncarried
from pipeline.covered_period import compared_with, covered_end_day, covered_last_day, dates_named_months, in_fiscal_months, names_covered_period
from pipeline.document_times import dateline_end, document_date, document_period, early_history, headline_end
from pipeline.fiscal_years import fiscal_year
from pipeline.places import is_place, named_facilities
from pipeline.named_periods import find_named_periods, named_period_times
from pipeline.plans import elliptical_plans, find_plans, leading_plan, ordinal_of, plan_names, plan_times, target_years
from pipeline.yearless import yearless_times
from pipeline.grammar import Quantity, Recognised, number_tokens
from pipeline.calendars import document_calendar, gregorian_period, with_calendar_years
from pipeline.carry import (
    Carry, facility_opening, full_plan_name, opening_subject, pass_on_without_numbers, passed_on_time, started_from, stretch_of, subject_from_paragraph,
)
from pipeline.quantities import recognise
from pipeline.government_places import local_government_place, part_with_its_country, referred_city_government, regional_government_place
from pipeline.rows import as_published, observation_rows, of_row_units
from pipeline.ranges import second_level
from pipeline.relative_times import outside_paragraph_period
from pipeline.segment import (
    BULLET, Sentence, citation_markers, enumerators, introduces_list, note_blocks, note_numbers, opens_item, sentences,
    without_marks,
)
from pipeline.transcripts import first_person_sources, sources_in_turn, speaker_at, turns
from pipeline.pipe_tables import cell_at, read_in_table, table_cells, with_spelled_abbreviations
from pipeline.quotes import quotations, speaker_of
from pipeline.readings import read_quantities, restated, writers_conversions
from pipeline.mirror_flows import inline_partner_items, listed_partner_shares, mirror_flows, with_partners
from pipeline.restated import restated_in_notes
from pipeline.own_finances import own_finances
from pipeline.default_sources import default_source, with_default_source
from pipeline.neighbours import (
    bases_of_changes, changes_of_counts, from_neighbour, restated_by_pronoun, same_subject_when_restated, same_thing_as_neighbour,
)
from pipeline.captions import caption_source, captioned_blocks, page_source
from pipeline.note_sources import with_note_sources
from pipeline.stacked_tables import stacked_table_cells
from pipeline.signs import prints_outgoings_negative
from pipeline.text_tables import text_table_cells
from pipeline.text_table_layout import named_in, row_label_spans
from pipeline.unit_abbreviations import unit_abbreviations

def unwrapped(text: str) -> str:
    """A sentence of a hard-wrapped text on one line ("According to Gas⏎Infrastructure Europe"), each line
    break a space, so that a name broken across lines is read whole (same length: positions hold)."""
    return text.replace("\n", " ") if "\n" in text else text


# a plural noun after a count (not "nevertheless", "versus", "various", "perhaps", "always": words ending in "s" that are none)
COUNTED_PLURAL = re.compile(r"(?!\w*(?:ss|us|ways|wards|times)$)(?!(?:this|was|has|is|its|as|perhaps|besides|overseas|thanks|whereas|"
                            r"yes|does|goes|means|likewise|otherwise|sometimes|nonetheless)$)[a-z]{2,}s")


def extract_document(
    doc: Document, segmented: list[Sentence] | None = None, home: Country | None = None
) -> tuple[list[Observation], list[NumberToken]]:
    """Observations and number-token dispositions; `segmented` reuses the segment stage's work,
    `home` the document's country when the caller has already found it."""
    raw = doc
    doc = _as_read(doc)
    home = home or home_country(doc.text)
    observations: list[Observation] = []
    accounted: list[tuple[int, int, str, str]] = []  # start, end, disposition, observation_id
    carry = Carry()
    seen: dict[str, int] = {}
    stated: dict[tuple[int, str], tuple] = {}  # (paragraph, mention) → its periods and estimator
    subjects: dict[tuple[int, str], str] = {}  # (paragraph, mention) → what it was first said to be about
    tokens = number_tokens(doc.text)
    plans = find_plans(doc.text)
    named_periods = find_named_periods(doc.text)  # "The period of investigation (POI) is …": a later "in the POI"
    fiscal = fiscal_year(doc.text, home.name if home else "")
    today = document_date(doc.text)  # a dateline: "this year", "now" are of its year
    headline = headline_end(doc.text) if today else 0
    covered = in_fiscal_months(document_period(doc.text, fiscal), doc.text)  # "…, January–December 2023" in a bulletin's title
    reference_day = covered_last_day(covered)  # an undated weekly's: the year of its "in August"
    story: tuple[tuple[str, str], ...] = ()  # the period a news story's lead reports
    token_starts = [start for start, _ in tokens]
    report = Report()  # the estimator whose report the paragraph is giving
    issuer = document_issuer(doc.text, home)  # who issued the document: "staff estimate", "we find"
    author = issuer.author
    named: list[str] = [author] if author else []  # estimators named so far, for "the Bank said"
    names = display_names(doc.text)  # "Türkiye", "Côte d'Ivoire": countries as the document writes them
    economy = titled_economy(doc.text) or local_government_place(doc.text) or regional_government_place(doc.text) or part_with_its_country(doc.text) \
        or (referred_city_government(doc.text) if home is None else "")
    facilities = named_facilities(doc.text)  # "the Cobre Panamá mine", for a later "the mine"
    defined = defined_names(doc.text, author)  # "National Institute of Statistics (INS)": "the INS said" is that
    transcript = turns(doc.text, author)  # an interview's turns: who is speaking (an issuer's officers speak for it)
    quotes = quotations(doc.text)  # quotations with their speakers, who may be named only after them
    # "All values are in New Zealand dollars": its bare "$"; a "£" in Gibraltar: the Gibraltar pound
    local_money = {unit: code for unit, code in (("USD", document_money.document_dollar(doc.text, home)),
                                           ("GBP", document_money.home_pound(home))) if code}
    own_money = document_money.own_currencies(doc.text, home)  # what a sum said without its currency may be in
    unit_abbrs = unit_abbreviations(doc.text)  # "gross tonnes (GT)": a later "60.4 million GT" is in tonnes
    calendar = document_calendar(doc.text, fiscal.start)  # "Iranian years run from 21 March": its years are dates
    early = early_history(doc.text)  # "Economy of the Republic of Venice": "the census of 1563" is a year
    # the figures of Markdown and plain-text tables: read with their row's label and column's heading
    cells = table_cells(doc.text) + text_table_cells(doc.text)
    read = {cell.start for cell in cells}  # (a table another reader has read is not read again)
    cells += [cell for cell in stacked_table_cells(doc.text) if cell.start not in read]  # "August / 2025" over two lines
    cells = with_note_sources(doc.text, sorted(cells, key=lambda cell: cell.start))
    cells = with_spelled_abbreviations(cells, concept_abbreviations(doc.text))  # an "IGR" column: "internally generated revenue"
    # ("Source: Pitcairn Islands Government, financial statements": the home government's own figures)
    cells = [replace(cell, source=as_official(cell.source, home)) if cell.source else cell for cell in cells]
    cells = with_issuer_columns(cells, issuer, today)  # "2025(p)" in an institution's own table: its projection
    if prints_outgoings_negative(doc.text):  # "Note: expenditure is printed negative": "Staff  −88,400" is an outgoing of 88.4 million
        cells = [replace(cell, signs_printed=True) for cell in cells]
    labels = row_label_spans(doc.text, [cell.start for cell in cells])
    partner_lines = listed_partner_shares(doc.text, home)  # "Main trading partners (2024):" then "China – 10.2%"
    partner_items = inline_partner_items(doc.text, home)  # "Top destinations (2024): China $12.2B (90.4%), …"
    captioned = by_issuers_name(captioned_blocks(doc.text), issuer)  # "FACTBOX - key figures (Fitch)": the lines under it are Fitch's
    page = page_source(doc.text)  # a data page's closing "Notes: … Source: BACI": whose all its figures are
    turn_starts = {turn.start for turn in transcript}
    notes = note_blocks(raw.text)  # "Footnotes" and the references under it (their numbers are blanked in doc)
    note_marks = {mark.start for mark in note_numbers(raw.text)} if notes else set()
    item, item_paragraph = 0, -1  # the item of a list or the turn of a transcript a sentence is in
    ordinal_plan = ""  # the last plan named with its ordinal ("the Third Plan"), for "the Fourth (1968–1973)"
    caption: tuple[tuple[str, str], ...] | None = None  # the period of a caption the list items under it take
    for sent in segmented if segmented is not None else sentences(doc.text):
        text = _one_line(doc.text[sent.start : sent.end])
        listed = opens_item(doc.text, sent.start, turn_starts) and not transcript
        if sent.paragraph != item_paragraph or listed:
            item, item_paragraph = item + 1, sent.paragraph  # a report does not run on into the next item
            report.goes_on_in_row(item, doc.text, sent.start, sent.end)
            # "Main export partners, share of total exports (2024):" then "- Italy: 23.8%": each item of
            # the list is of the caption's time
            caption = (carry.period if introduces_list(carry.text) else caption) if listed else None
            if caption:
                carry.paragraph, carry.period = item, caption
        carry.facility = facility_opening(text, facilities, sent.start, carry.facility if item == carry.paragraph else "")
        carry.company = carry.company if item == carry.company_paragraph else ""
        first, last = bisect_left(token_starts, sent.start), bisect_left(token_starts, sent.end)
        has_numbers = first < last
        local = [(a - sent.start, b - sent.start) for a, b in tokens[first:last]]
        found = with_calendar_years(recognise(text, local, early), text, calendar) if has_numbers else Recognised()
        if found.quantities and labels:  # a table row's label names its class ("Under NZ$ 15,000   1,210   1,180"): no fact
            found = named_in(found, text, [(max(0, a - sent.start), b - sent.start) for a, b in labels if a < sent.end and sent.start < b])
        if has_numbers and notes and any(block.start <= sent.start < block.end for block in notes):
            # a note's reference ("1 U.N. Security Council Resolution 2397 (2017), paragraphs 4 and 5."):
            # its numbers name documents and their parts; the note's own number is a citation
            accounted += [(sent.start + q.start, sent.start + q.end, "name", "") for q in found.quantities
                          if sent.start + q.start not in note_marks]
            accounted += [(sent.start + n.start, sent.start + n.end, n.reason, "") for n in found.not_facts]
            continue
        by_name = named_period_times(text, named_periods) if has_numbers else []  # (in place of the years their labels read as)
        times = sorted([t for t in found.times if not any(n.start <= t.start < n.end for n in by_name)] + plan_times(text, plans) + by_name,
                       key=lambda t: t.start) if has_numbers else []
        own = [(at, written) for at, name in find_sources(unwrapped(text), home, author) if (written := as_written_out(name, at, text, doc.text, sent.start, defined))]
        own = issuers_own_budget([(at, as_official(name, home)) for at, name in own], text, home,
                                 author if author and issuer.operated == author else "")
        if issuer.statistics and author:  # a statistics office's release quotes its own staff: "…, Statistician in …, said"
            own = [(at, author if is_person(name) else name) for at, name in own]
        sources = resolve_references(own, named, author, doc.text, sent.start) if own else []
        # names a later "the Fund" or "the Bank" may refer to ("IMF" counts by its full name), as resolved ("it put …"
        # after "The Bank of X, …" names the bank; "the same bank" none); one word a body's own ("Riksbank"; not "Bank")
        named += [full for full in (known_full_name(name) for _, name in sources) if (len(full.split()) > 1 or (
                  full[:1].isupper() and not is_institution_head(full) and not is_person(full)))
                  and not full.endswith("(official)")]
        if not has_numbers:  # most sentences: only what they pass on to the next one matters
            report.advance(item, sources if not uncarried(own, text) else [], False, False,
                           bool(own) and looks_back(text),
                           introduces=introduces_table(text, doc.text[sent.end : sent.end + 400], [at for at, _ in own]))
            if item != carry.paragraph:
                carry.pair = ""
            if named_pair := trade_partner_named(text, home):
                carry.pair, carry.pair_topics = named_pair, TRADE_TOPICS  # "Trade with China rose sharply."
            pass_on_without_numbers(carry, item, text, plans)
            carry.text = text
            carry.label = text if text.endswith((":", "–", "—")) else ""
            continue
        own_sources = bool(sources)
        if found.quantities and not sources and quotes and (speaker := speaker_of(quotes, sent.start)):
            sources = [(CARRIED, author if issuer.statistics and author else speaker)]  # '"Remittances will grow by around 3 percent. …," said Jane Doe.'
        if found.quantities and not sources and (block := caption_source(captioned, sent.start)):
            sources = [(CARRIED, as_official(publisher_of(defined.get(block.source) or longer_name(block.source, doc.text, block.at)), home))]
            if len(sources[0][1].split()) > 1 and sources[0][1] not in named:
                named.append(sources[0][1])  # ("The Statistics Department puts …" later: the "Statistics Department Montserrat" of the block)
        turn = speaker_at(transcript, sent.start) if transcript and found.quantities else None
        speaking = turn if turn and not turn.asks else None  # who answers: what he or she says is his or hers
        backwards = context.continues_previous(text, "source_anaphora") and not calls_issuer_by_head(issuer, text, report.source)
        # a bulletin's, a ministry's, a paper's own figures; the writers' "we estimate" is said in the
        # sentence itself, so it comes before any report carried on
        issuing, opens_own_report, says_at = own_figures(issuer, text) if found.quantities and not sources \
            and not (speaking and speaking.for_issuer and speaking.body != issuer.author) else ("", False, CARRIED)  # (not "USEC. X (DBM):")
        if opens_own_report:
            sources = [(CARRIED, issuing)]
        if found.quantities and own_sources and (says := issuer_says_at(issuer, text)) is not None \
                and all(name != issuer.speaking for _, name in sources):
            sources = sorted(sources + [(says, issuer.speaking)])  # its own forecast beside another's setting
        # ("We project growth of 1.9 per cent" after a sentence citing the statistics office: the issuer's own)
        opens_new = not (report.announced or report.in_introduced_table(item)) and _opens_new_report(text, times)
        carried_on = found.quantities and not sources and not opens_new \
            and (backwards or not speaking) and not (issuing and says_at != CARRIED)
        if carried_on:
            sources = without_background(issuer, report.carried(item, backwards), bool(times))
        carried_on = carried_on and bool(sources) and not (backwards or looks_back(text))  # "These figures …": whatever they measure
        if found.quantities and not sources and issuing:
            sources = [(says_at, issuing)]
        if found.quantities and not sources and page:
            sources = [(CARRIED, page)]
        if speaking:  # an interview: what the person answering says is his or hers (a minister's, the government's)
            spoken = sources_in_turn(text, speaking) if not sources else first_person_sources(text, speaking)
            sources = sorted(sources + [(at, as_official(name, home)) for at, name in spoken])
        acted = uncarried(own, text)
        report.advance(item, sources if (own_sources and not acted) or opens_own_report else [], bool(found.quantities),
                       bool(sources) and not acted, looks_back(text),
                       found.quantities[0].start if found.quantities else None,
                       # ("INDEC's series, at 1993 prices …:" over its table: a sentence whose numbers are only dates)
                       introduces=not found.quantities and introduces_table(text, doc.text[sent.end : sent.end + 400], [at for at, _ in own]))
        # a sentence without a time of its own continues the period of its paragraph
        continues = item == carry.paragraph or context.continues_previous(text, "period_anaphora")
        named_plans = [(at, full_plan_name(plans, name)) for at, name in plan_names(text)]
        # "The Third Plan (1962–1968) aimed at 6%; the Fourth (1968–1973) set 9%": the plan of the ordinal
        named_plans = sorted(named_plans + elliptical_plans(text, ordinal_plan))
        ordinal_plan = next((name for _, name in reversed(named_plans) if ordinal_of(name)), ordinal_plan)
        if item != carry.paragraph:
            carry.plan = carry.topic = carry.pair = carry.label = carry.section = ""
        if continues and not carry.period and carry.held and context.opens_with(text, "continuation_openers"):
            carry.period = carry.held
        # "… dates back to the late 1970s. During this period, …": a period anaphor points at the time
        # named last, not at the one the paragraph opened with
        base = carry.stretch if carry.stretch and context.continues_previous(text, "period_anaphora") else carry.period
        carried = base if (continues and takes_paragraph_period(text) and not outside_paragraph_period(text)
                           and not in_present_tense(text)) else ()
        if carried and today[:4].isdigit() and carried[-1][0][:4] > today[:4] and tells_of_past(text):
            carried = ()  # "… to 80 percent by 2030. Directors welcomed the fall of unemployment to 21.3 percent"
        if len(today) == 10 and not times and reports_market_day(text):
            carried = ((today, today),)  # "the sol closed at 3.47 per dollar", "the Bank today sold …" on that day
        elif today and not takes_paragraph_period(text):
            carried = ((today, today),) if transcript and len(today) == 10 else ((today[:4], today[:4]),)  # "now": the document's (a speaker's: his day)
        # "The Fund returned 5.03% in the quarter": the quarter the report's title covers (for this
        # sentence only, when its paragraph has a time of its own)
        pointed = bool(found.quantities) and names_covered_period(text, covered, carried) and all(compared_with(text, t) for t in times)
        carried = covered if pointed else carried
        if found.quantities and not times and not yearless_times(text) and (end_day := covered_end_day(text, covered)):
            pointed, carried = True, end_day  # "… at the end of the quarter": the last day of the quarter the title covers
        settled = settle_times(text, times, carried, fiscal, carry.last if continues else (), today or dates_named_months(text, reference_day))
        if filed := dateline_end(text):  # "ACCRA, March 14 (Reuters) – …": when it was filed, not of its figures
            settled = [t for t in settled if t.start >= filed]
            times = [t for t in times if t.start >= filed]
        # (a document that covers one period: its figures set against a base are of that period, in any paragraph;
        # not what is to come: "The Fund expects to return 1.5% in the quarter ahead")
        current = carried or (covered if covered and takes_paragraph_period(text) and not names_next_period(text) else ())
        readings = read_quantities(text, found.quantities, settled, sources, current, carry.stretch if continues else ())
        readings = acts_in_their_clause(readings, sources, text, issuer.author if issuer.statistics else "") \
            if acted and own_sources else readings
        readings = writers_conversions(text, restated(text, readings, stated, sent.paragraph), author)
        if covered and takes_paragraph_period(text) and not names_next_period(text):  # a bulletin's sections are of the period its title covers
            readings = [replace(r, periods=covered) if r.periods == (("", ""),) and not standing(text, r.quantity) else r
                        for r in readings]
        elif today and sent.end <= headline:  # a dated story's headline: its figures are of the story's year
            readings = [replace(r, periods=((today[:4], today[:4]),)) if r.periods == (("", ""),) else r for r in readings]
        elif story and tells_of_past(text) and takes_paragraph_period(text):
            # a news story's later paragraphs tell of the period its lead reported ("… grew 3.4 percent
            # last year." … "Exports soared 21.3 percent to $405 million")
            readings = [replace(r, periods=story) if r.periods == (("", ""),) and tells_of_story(text, r.quantity) else r
                        for r in readings]
        # (a dated document's first sentence with numbers leads it as a dateline's does, unless it is a
        # list's item or the document a transcript: its header's note is no story's lead)
        leads = filed or (today and not story and not transcript and found.quantities and sent.end > headline and not BULLET.match(text))
        if leads and tells_of_past(text) and not speaks_of_future(text):
            # the period the dateline's sentence reports (not a projection's): of its first number, else
            # its first time that is neither a base nor a record's start ("The yearly plan for the national
            # economy for 2025 was carried out")
            lead = [r.periods for r in readings if r.periods != (("", ""),)] or [t.periods for t in settled if passed_on_time(text, [t])]
            story = lead[0][:1] if lead else story
        previous = carry.label or (carry.text if item == carry.paragraph else "")
        sentence_rows: list[Observation] = []
        previous_rows: list[Observation] = []  # the rows of the sentence's previous number
        bracketed = bracketed_partners(text, [r.quantity for r in readings], home)
        pairs = {**bracketed, **partners_respectively(text, [r.quantity for r in readings], home)}
        mirrored = mirror_flows(text, [r.quantity for r in readings], home)  # "China's exports to the North"
        listed_names = named_respectively(text, [r.quantity for r in readings], home)
        for index, reading in enumerate(readings):
            plan = _plan_for(reading.quantity, named_plans, carry.plan)
            reading = replace(reading, quantity=document_money.as_money_reads(reading.quantity, text, local_money, carry.money,
                                                                              [r.quantity for r in readings[:index]], own_money, turn is not None,
                                                                              {} if cells and cell_at(cells, sent.start + reading.quantity.start)
                                                                              else carry.sums))  # (a table's cell: its caption's unit)
            if turn is not None:
                said = context.said_as_rate(reading.quantity, text, carry.measure, [r.quantity for r in readings[:index]])
                reading = replace(reading, quantity=said)
            if reading.quantity.unit == "count" and reading.quantity.noun in unit_abbrs:  # "60.4 million GT" after "gross tonnes (GT)"
                reading = replace(reading, quantity=replace(reading.quantity, unit=unit_abbrs[reading.quantity.noun]))
            rows = observation_rows(raw, sent.start, text, reading, home, seen, plan, previous, names, defined, issuer.operated, economy,
                                    bool(cells) and cell_at(cells, sent.start + reading.quantity.start) is not None)
            if rows and rows[0].subject == plan and (
                    years := target_years(plans, plan, rows[0].unit, rows[0].period_start, rows[0].period_end, text)):
                rows = [replace(row, period_start=years[0], period_end=years[1]) for row in rows]  # a target: the plan's years
            previous_q = readings[index - 1].quantity if index else None
            rows, retyped = from_neighbour(text, previous_q, reading.quantity, sentence_rows[-1] if sentence_rows else None, rows, home)
            if retyped:  # the first level takes the measure the second names
                retyped_rows = [replace(row, indicator=retyped) for row in sentence_rows[-len(previous_rows):]]
                sentence_rows[-len(previous_rows):] = observations[-len(previous_rows):] = retyped_rows
            if not COUNTED_PLURAL.fullmatch(reading.quantity.noun):  # (a count that names what it counts, "It cares for 5,800 animals", starts its own)
                rows = [replace(row, indicator=continued_topic(row.indicator, row.unit, text, carry.topic)) for row in rows]
            rows = same_subject_when_restated(rows, subjects, sent.paragraph, home)
            rows = same_thing_as_neighbour(text, previous_q, reading.quantity, sentence_rows[-1] if sentence_rows else None, rows, home)
            rows = restated_by_pronoun(text, reading.quantity, sentence_rows, rows)
            rows = with_partners(rows, reading.quantity.start, pairs, mirrored.get(reading.quantity.start),
                                 partner_lines.get(sent.start + reading.quantity.start), reading.quantity.start in bracketed, home, names,
                                 partner_items.get(sent.start + reading.quantity.start))
            if rows and (name := listed_names.get(reading.quantity.start)):
                rows = [replace(row, subject=as_written(name, names)) for row in rows]
            rows = subject_from_paragraph(rows, text, reading.quantity, home, carry, facilities, sent.start)
            if cells and rows and (cell := cell_at(cells, sent.start + reading.quantity.start)):
                rows = read_in_table(rows, cell, reading.quantity, home, fiscal, local_money.get("USD", ""))
                rows = [replace(row, period_start=start, period_end=end) for row in rows
                        for start, end in [gregorian_period(row.period_start, row.period_end, calendar)]]
                # "Türkiye"; "Passengers carried (thousand)" in an airline's table: the airline's; Madeira's in "Economy of Madeira"
                rows = [replace(row, subject=titled_economys_own(operators_own(as_written(row.subject, names), text, home, issuer.operated),
                                                                 text, home, economy, reading.quantity.start)) for row in rows]
                rows = [replace(row, source=noted_source(row.source, defined, author)) for row in rows]
            sentence_rows += (rows := of_row_units(bodys_own_money(rows, issuer.operated), raw.text, issuer.operated, home))
            observations += rows
            previous_rows = rows
            q = reading.quantity
            carry.money = rows[0].unit if unit_kind(rows[0].unit) == "money" else carry.money  # (for a sum said later without it)
            carry.measure = rows[0].unit if rows[0].unit not in ("count", "persons") else carry.measure
            if unit_kind(rows[0].unit) == "money":
                carry.sums[Decimal(rows[0].value)] = rows[0].unit  # (as read: a table's scaled cell is no sum said again)
            accounted.append((sent.start + q.start, sent.start + q.end, "observation", rows[0].observation_id))
        if sentence_rows:  # "Carloads fell 6.0% to 14,980": the changes of a count the sentence gives are the count's
            sentence_rows = bases_of_changes(text, sent.start, sentence_rows)
            observations[len(observations) - len(sentence_rows):] = sentence_rows = changes_of_counts(text, sent.start, sentence_rows)
            if opened := opening_subject(text, sentence_rows, home):
                carry.company, carry.company_paragraph = opened, item  # for "The company" or its short name after
        # (a sentence takes the report on when one of its figures continues its topic; every row of a table it introduced does)
        if carried_on and not report.in_introduced_table(item):
            observations[len(observations) - len(sentence_rows):] = sentence_rows = report.on_topic(
                sentence_rows, text, issuing if says_at == CARRIED else "")
        if carried_on or (own_sources and not acted):
            report.gave(sentence_rows, text)
        accounted += [(sent.start + n.start, sent.start + n.end, n.reason, "") for n in found.not_facts]
        # "in the fourth quarter", "since Q1": the number words of a time named without its year are dates too
        accounted += [(sent.start + t.start, sent.start + t.end, "date", "") for t in yearless_times(text)]
        # the next sentence continues this one's time: that of its first number (the level a change
        # reached), else its first time
        leading = readings[1] if len(readings) > 1 and second_level(text, readings[0].quantity, readings[1].quantity) else (
            readings[0] if readings else None)
        # (a month named without a year refines the paragraph's period, when it has one)
        if pointed and carry.period and carry.paragraph == item:
            pass  # (the paragraph's own time goes on after "in the quarter")
        elif leading and leading.periods != (("", ""),) and not (refines(leading.periods, settled) and carry.period
                                                                  and carry.paragraph == item) \
                and not started_from(text, leading.quantity) \
                and not any(t.kind in ("century", "century_pair") and t.periods[0] == leading.periods[0] for t in times):  # ("its share has fallen from 61% in 2005": no time of now)
            # (a change spanning from the base it is measured against goes on with its own time only)
            base = earlier_compared(text, leading.quantity, settled, found.quantities)
            carry.period = ((leading.periods[0][1],) * 2,) if base and leading.periods[0][0] == base.period[0] != leading.periods[0][1] \
                else leading.periods[:1]
        elif times and (passed := passed_on_time(text, times)):
            carry.period = passed.periods[:1]
        elif not continues:
            carry.period = carry.held = ()
        elif not readings and not context.continues_previous(text, "period_anaphora"):
            # a sentence without numbers or times moves on: the period it did not use stops here
            carry.held, carry.period = carry.period or carry.held, ()
        # (as settled: a fiscal year by its months, for "the year before" in the next sentence)
        named_times = [t for t in settled if t.kind not in ("plan", "plan_list") and t.periods[-1][0][:4].isdigit()
                       and not founding_time(text, t)] if times else []
        named_times = [t for t in named_times if not compared_with(text, t)] or named_times  # "that year": not a base's
        carry.last = named_times[-1].periods[-1:] if named_times else times[-1].periods[-1:] if times else (carry.last if continues else ())
        carry.stretch = stretch_of(times) if times else (carry.stretch if continues else ())
        carry.topic = sentence_rows[-1].indicator if sentence_rows else carry.topic
        if sentence_rows:  # the pair the sentence's flows were between, and what they measured
            pairs = [row for row in sentence_rows if "-" in row.subject]
            carry.pair = pairs[-1].subject if pairs else ""
            carry.pair_topics = frozenset(row.indicator for row in pairs)
        places = [row.subject for row in sentence_rows if "-" not in row.subject and row.subject != (home.name if home else "")
                  and is_place(row.subject)]
        carry.place = places[-1] if places else ""  # the place "there" in the next sentence stands for
        if not carry.pair and (named_pair := trade_partner_named(text, home)):
            carry.pair, carry.pair_topics = named_pair, TRADE_TOPICS  # "bilateral trade rose sharply after 2007"
        carry.paragraph, carry.text = item, text
        carry.plan = leading_plan(text, named_plans) or carry.plan
    accounted += [(m.start, m.end, "citation", "") for m in citation_markers(raw.text)]
    accounted += [(m.start, m.end, "name", "") for m in enumerators(raw.text)]  # "2. Growth": a section's number
    observations = own_finances(restated_in_notes(observations, raw.text), raw.text, author, (home.name if home else "", economy))
    observations = with_default_source(observations, default_source(raw.text, author, defined))  # "Figures are the FIU's unless stated"
    return as_published(observations, raw.text, author), dispositions(raw, number_tokens(raw.text) if raw is not doc else tokens, accounted)


def _one_line(sentence: str) -> str:
    """A hard-wrapped sentence read as one line ("according to the\nBank of Zambia"), offsets kept."""
    return sentence.replace("\n", " ").replace("\r", " ") if "\n" in sentence or "\r" in sentence else sentence


def _as_read(doc: Document) -> Document:
    """The document as the extractor reads it: reference marks ("[12]") and the numbers of sections
    ("2. Growth") blanked, decimal commas read as points ("198,4" as "198.4"), offsets unchanged."""
    text = numerals.as_read(without_marks(doc.text))
    return doc if text == doc.text else replace(doc, text=text)


def _plan_for(q: Quantity, named: list[tuple[int, str]], carried: str) -> str:
    """The plan a number may be about: the one named nearest before it in its sentence, else the
    first one its sentence names, else the one its paragraph last named ("the plan", a target)."""
    before = [name for at, name in named if at < q.start]
    return before[-1] if before else (named[0][1] if named else carried)


def _opens_new_report(text: str, times) -> bool:
    """'In 2018, …': a sentence that opens with its own date starts a new statement, unless it
    says it continues the last one ("These figures …")."""
    opening = [t for t in times if t.start <= 12 and t.kind != "plan"]
    # "In 2009, GDP was estimated at …": an estimate without its estimator continues the report
    continues = context.continues_previous(text, "source_anaphora") or context.continues_previous(text, "unattributed_estimates")
    return bool(opening) and not continues
