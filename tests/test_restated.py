"""Bare figures of a notes line restate figures the document stated with their units (pipeline.restated)."""

from __future__ import annotations

from pipeline.documents import document_from_text
from pipeline.extract import extract_document

TEXT = ("Economy of Ruritania\n\n"
        "Mills bought 412,600 tonnes of sugar cane in 2024, against 389,100 tonnes in 2023.\n\n"
        "Key figures (R$ million unless stated)\n\n"
        "                        2024       2023\n"
        "Net sales               845.2      790.4\n"
        "Operating costs         611.9      580.2\n\n"
        "Source: company accounts. 845.2 - 611.9 = 233.3; 412,600 / 389,100 = 1.060; 7 mills.\n")


def _found() -> dict[tuple[str, int], tuple[str, str, str, str]]:
    rows = extract_document(document_from_text(TEXT))[0]
    return {(o.mention, o.line): (o.value, o.unit, o.indicator, o.period_start) for o in rows}


def test_a_notes_lines_bare_figure_is_the_amount_it_restates():
    found = _found()
    notes = TEXT.count("\n", 0, TEXT.index("Source:")) + 1
    assert found[("845.2", notes)][:2] == ("845200000", "BRL")
    assert found[("845.2", notes)][3] == found[("845.2", notes - 3)][3]
    assert found[("412,600", notes)][:2] == ("412600", "tonnes")


def test_a_figure_stated_nowhere_else_and_a_small_one_stay_bare():
    found = _found()
    notes = TEXT.count("\n", 0, TEXT.index("Source:")) + 1
    assert found[("233.3", notes)][1] == "count"
    assert found[("7", notes)][1] != "tonnes"


def test_a_spaced_dash_in_a_sum_subtracts_and_one_before_a_bracketed_exchange_rate_is_a_range():
    text = ("Economy of Ruritania\n\nMargins were 10 - 12 per cent. Notes: 770.3 - 322.0 - 45.7 = 402.6; "
            "fees were 120 - 150 shillings (US$1 = 2,500 shillings).\n")
    found = {o.mention: (o.value, o.value_high) for o in extract_document(document_from_text(text))[0]}
    assert found["10 - 12 per cent"] == ("10", "12")
    assert "770.3 - 322.0" not in found and found["770.3"][1] == "" and found["322.0"][1] == ""
    assert found["120 - 150 shillings"] == ("120", "150")


def test_a_notes_figure_that_counts_its_own_things_restates_nothing():
    text = ("Economy of Ruritania\n\nExports of coffee reached 1,250 tonnes in 2023.\n\n"
            "Notes: The survey covered 1,250 households in 14 districts; 1,250 / 14 = 89.3.\n")
    rows = [(o.mention, o.unit) for o in extract_document(document_from_text(text))[0] if o.line == 5]
    assert rows[0] == ("1,250", "count") and rows[2] == ("1,250", "tonnes")


def test_a_notes_figure_restates_a_count_its_tables_caption_scales():
    text = ("Economy of Ruritania\n\nTable 1. Visits to the gardens, 2022 and 2023\n(thousand visits; change in per cent)\n"
            "                    2022       2023     change\n"
            "Main gardens      1,005.9    1,148.6      14.2\n"
            "Total             2,160.0    2,410.0      11.6\n\n"
            "Notes: Arithmetic: 2,410.0 / 2,160.0 = 1.116; 1,250 / 5 = 250 households.\n")
    notes = text.count("\n", 0, text.index("Notes:")) + 1
    found = {(o.mention, o.line): (o.value, o.period_start) for o in extract_document(document_from_text(text))[0]}
    assert found[("2,410.0", notes)] == ("2410000", "2023") and found[("2,160.0", notes)] == ("2160000", "2022")
    assert found[("1,250", notes)][0] == "1250"
