"""Tables of scholars' estimates: each figure the row's estimator's, for the time the table gives, not the year published."""

from __future__ import annotations

from pipeline.documents import document_from_text
from pipeline.extract import extract_document
from pipeline.estimator_tables import estimator_table_cells

HISTORY = ("Economy of the Duchy of Arcadia\n\nIn 1350 the plague struck; in 1420 the mint reopened; by the 1480s trade had "
           "recovered; in 1530 the duke sold the salt farm; in 1610 the harbour silted up. Marta Velloso, writing from the "
           "hearth lists, and Tomas Brandt, from the salt tax, disagree.\n\n")


def observed(text: str) -> dict[str, tuple]:
    return {o.mention: (o.value, o.value_high, o.unit, o.qualifier, o.period_start, o.period_end, o.source)
            for o in extract_document(document_from_text(text))[0]}


def test_a_row_is_its_estimators_for_the_captions_time_not_the_year_published():
    text = HISTORY + ("  Estimates of the population of the duchy, c. 1400–1450 (thousands)\n"
                      "  Estimator            Published   Estimate\n"
                      "  Marta Velloso        1968        84\n"
                      "  Tomas Brandt         1991        110–125\n"
                      "  Sources: the works cited.\n")
    found = observed(text)
    assert found["84"] == ("84000", "", "persons", "exact", "1400", "1450", "Marta Velloso")
    assert found["110–125"][:2] == ("110000", "125000") and found["110–125"][4:] == ("1400", "1450", "Tomas Brandt")
    assert "1968" not in found and "1991" not in found


def test_a_column_of_times_or_a_heading_that_is_a_time_dates_the_rows_figures():
    text = HISTORY + ("  Estimates of the port's trade (thousand ducats)\n"
                      "  Estimator            Published   Refers to     Trade\n"
                      "  Marta Velloso        1968        c. 1380       420\n"
                      "  Tomas Brandt         1991        16th century  515\n\n"
                      "  Estimates of the population of the duchy (thousands)\n"
                      "  Estimator            Published   AD 900    AD 1100\n"
                      "  Brandt               1991        31        47\n")
    found = observed(text)
    assert found["420"][4:] == ("1380", "1380", "Marta Velloso")
    assert found["515"][4:] == ("1500", "1599", "Tomas Brandt")
    assert found["31"][4:6] == ("0900", "0900") and found["47"][4:6] == ("1100", "1100")
    assert found["47"][6] == "Tomas Brandt"  # the surname the text gave in full before


def test_low_and_high_columns_are_the_ends_of_each_estimators_range():
    text = HISTORY + ("  Estimates of silver reaching the mint, c. 1450–1500 (tonnes a year)\n"
                      "  Estimator            Published   Low    High\n"
                      "  Marta Velloso        1968        2.5    4.0\n")
    found = observed(text)
    assert found["2.5"][2:4] == ("tonnes", "at_least") and found["4.0"][2:4] == ("tonnes", "at_most")


def test_a_table_without_a_published_column_is_no_table_of_estimates():
    text = ("Economy of Arcadia\n\nPopulation by census\n"
            "  Estimator            Year      Population\n"
            "  Census office        2011      4,120,000\n")
    assert estimator_table_cells(text) == []


def test_a_table_of_authors_sales_is_no_table_of_estimates_and_a_derived_column_is_not_scaled():
    sales = ("Accra Book Fair report, published January 2025\n\n"
             "  Author               Publication   Copies sold\n"
             "  Kwame Mensah         2019          12,400\n"
             "  Ama Owusu            2021          9,800\n")
    assert estimator_table_cells(sales) == []
    text = HISTORY + ("  Estimates of the population of the duchy, 13th century (millions)\n"
                      "  Estimator            Published   Population   Persons per km²\n"
                      "  Marta Velloso        1968        0.75–0.90    750\n")
    found = observed(text)
    assert found["0.75–0.90"][:3] == ("750000", "900000", "persons")
    assert found["750"][0] == "750" and found["750"][6] != "Marta Velloso"


def test_a_captions_early_year_after_its_comma_dates_the_estimates():
    text = HISTORY + ("  Estimates of the population of the duchy, 1492 (thousands)\n"
                      "  Estimator            Published   Low    High\n"
                      "  Marta Velloso        1968        200    300\n")
    found = observed(text)
    assert found["200"][4:6] == ("1492", "1492") and found["200"][:4] == ("200000", "", "persons", "at_least")
