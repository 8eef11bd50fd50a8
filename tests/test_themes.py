"""Thematic tables built from paragraphs written for these tests, about another economy."""

from __future__ import annotations

from dataclasses import asdict

import pytest

from pipeline.documents import document_from_text
from pipeline.extract import extract_document
from pipeline.schemas import columns
from pipeline.tables import observations_table, sources_table
from pipeline.themes import THEMES, economic_plans_table, index_name, rankings_table, thematic_table

TEXT = (
    "Cuba's economy grew by 2.5% in 2015, according to the World Bank. "
    "The International Monetary Fund estimated growth of 4.4% for the same year.\n\n"
    "In 2016, Cuba's exports to Venezuela were $1.2 billion, while total imports reached $10.2 billion.\n\n"
    "In 2018, Cuba was ranked 178th out of 180 countries in the Heritage Foundation's Index of Economic "
    "Freedom. The Heritage Foundation gave it a score of 27.8 out of 100 on that index.\n\n"
    "The Second Five-Year Plan (1976–1980) set an annual economic growth target of 6%. "
    "During the Second Five-Year Plan, the economy grew by 4% a year. "
    "Sugar production reached 7 million tonnes in 1980.\n"
)


@pytest.fixture(scope="module")
def built():
    found, _ = extract_document(document_from_text(TEXT, "cuba"))
    extracted = [{k: "" if v is None else str(v) for k, v in asdict(o).items()} for o in found]
    sources, ids = sources_table(extracted)
    observations = observations_table(extracted, ids)
    return observations, sources


def _by_mention(rows):
    return {r["mention"]: r for r in rows}


def test_gdp_estimates_keep_each_estimator_apart(built):
    rows = _by_mention(thematic_table("gdp_estimates", *built))
    assert rows["2.5%"]["estimator"] == "World Bank" and rows["2.5%"]["period_start"] == "2015"
    assert rows["4.4%"]["estimator"] == "International Monetary Fund" and rows["4.4%"]["period_start"] == "2015"
    assert rows["2.5%"]["indicator"] == rows["4.4%"]["indicator"] == "gdp_growth_rate"
    assert "$1.2 billion" not in rows


def test_trade_has_reporter_and_partner(built):
    rows = _by_mention(thematic_table("trade", *built))
    exports, imports = rows["$1.2 billion"], rows["$10.2 billion"]
    assert (exports["indicator"], exports["reporter"], exports["partner"]) == ("exports", "Cuba", "Venezuela")
    assert (imports["indicator"], imports["reporter"], imports["partner"]) == ("imports", "Cuba", "World")
    assert float(exports["value"]) == 1.2e9


def test_every_thematic_row_carries_its_provenance_and_the_declared_columns(built):
    for theme in THEMES:
        for row in thematic_table(theme, *built):
            assert list(row) == columns(theme)
            assert TEXT[int(row["char_start"]) : int(row["char_end"])] == row["mention"]
            assert row["mention"] in row["sentence"]


def test_rankings_split_rank_and_score_and_carry_the_index(built):
    rows = _by_mention(rankings_table(*built))
    rank = rows["178th out of 180"]
    assert (rank["rank"], rank["out_of"], rank["score"]) == ("178", "180", "")
    assert rank["index_name"] == "Index of Economic Freedom" and rank["publisher"] == "Heritage Foundation"
    score = rows["27.8 out of 100"]
    assert (score["score"], score["scale"], score["rank"]) == ("27.8", "100", "")
    assert score["index_name"] == "Index of Economic Freedom"  # named in the sentence before


@pytest.mark.parametrize(
    ("sentence", "publisher", "expected"),
    [
        ("Chile ranked 27th in the Corruption Perceptions Index.", "", "Corruption Perceptions Index"),
        ("It placed 9th in the World Bank's Doing Business Report.", "World Bank", "Doing Business Report"),
        ("Peru was the 3rd largest producer of copper.", "", ""),
    ],
)
def test_index_names(sentence, publisher, expected):
    assert index_name(sentence, publisher) == expected


def test_economic_plans_assemble_years_target_and_reported_growth(built):
    observations, _ = built
    (plan,) = economic_plans_table({"cuba": TEXT}, observations)
    assert (plan["plan"], plan["start_year"], plan["end_year"], plan["extended_end_year"]) == (
        "Second Five-Year Plan", "1976", "1980", "")
    assert (plan["growth_target"], plan["reported_growth"]) == ("6", "4")
    sugar = next(o for o in observations if o["mention"] == "7 million tonnes")
    assert sugar["observation_id"] not in plan["observation_ids"]
