"""One figure stated for each of several things ("15% each", "each hold", "of both X and Y"): one fact
per thing. Paragraphs written for these tests."""

from __future__ import annotations

import pytest

from pipeline.distributed import shared_by
from tests.test_extraction import facts


@pytest.mark.parametrize(
    ("sentence", "mention", "items"),
    [
        ("Shell holds 40%, the state firms of Ghana and Togo 20% each and Eni 20%.", "20% each", ("Ghana", "Togo")),
        ("Cotton and cocoa each earned about 30% of Ghana's exports.", "30%", ("Cotton", "cocoa")),
        ("The board sold GH¢ 500 million each of 91-day and 182-day bills.", "GH¢ 500 million", ("91-day", "182-day bills")),
        ("Contributions are 5.5% each by workers and employers.", "5.5%", ("workers", "employers")),
        ("It is the 9th largest producer of both gold and manganese.", "9th", ("gold", "manganese")),
        ("Tables put Ghana seventh among producers of gold and of bauxite.", "seventh", ("gold", "bauxite")),
        ("Oil supplies over two-thirds of export earnings and of state revenue.", "two-thirds", ("export earnings", "state revenue")),
        ("Revenue and spending are each set at GH¢ 90 billion in 2024.", "GH¢ 90 billion", ("Revenue", "spending")),
        ("Maize rose by 12%, millet and sorghum by 8% each, rice by 3%.", "8%", ("millet", "sorghum")),
        ("The army, the navy and the police each received about GH¢ 2 billion.", "GH¢ 2 billion", ("the army", "the navy", "the police")),
    ],
)
def test_a_figure_stated_for_each_of_a_list_names_the_list(sentence, mention, items):
    start = sentence.index(mention.removesuffix(" each"))
    end = start + len(mention.removesuffix(" each"))
    assert tuple(i.lower() for i in shared_by(sentence, start, end)) == tuple(i.lower() for i in items)


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Prices in Ghana and Togo rose 10% each year.", "10%"),
        ("Wages and salaries were raised each year by 100% of inflation.", "100%"),
        ("Tickets cost GH¢ 35 each.", "GH¢ 35"),
        ("Ghana is the 15th largest producer of bauxite, a mineral used in aluminium.", "15th"),
        ("The levy is 16.4% of payroll and of part of the pension fund.", "16.4%"),
        ("Old notes went at par and new ones at 0.8 cedis each.", "0.8 cedis"),
        ("Exports of 5 million tonnes of cocoa and coffee left Tema.", "5 million tonnes"),
        # (review: a price a head, clauses joined by "and", causes, a sum of both)
        ("At the Tamale market, goats and sheep fetched GH¢ 850 each on Monday.", "GH¢ 850"),
        ("Adults and children paid GH¢ 35 each for entry.", "GH¢ 35"),
        ("Mining slowed and the miners each earned GH¢ 900 a month.", "GH¢ 900"),
        ("Ghana and Togo signed the accord on Monday, and displaced farmers each received GH¢ 500.", "GH¢ 500"),
        ("Food prices rose 5% in September because of both drought and higher fuel costs.", "5%"),
        ("The Treasury cleared GH¢ 4 billion of pending bills and of court awards, together.", "GH¢ 4 billion"),
    ],
)
def test_a_figure_of_one_thing_is_one_fact(sentence, mention):
    start = sentence.index(mention)
    assert shared_by(sentence, start, start + len(mention)) == ()


def test_each_listed_thing_gets_its_own_observation():
    text = "Togo's economy. Ghana is the 9th largest producer of both gold and manganese in Africa."
    rows = facts(text)["9th"]
    assert len(rows) == 2
    assert len({r.observation_id for r in rows}) == 2
    assert {(r.value, r.unit) for r in rows} == {("9", "rank")}


def test_listed_countries_become_the_subjects_of_their_own_rows():
    text = ("Ghana's tourism. In 2023 the United Kingdom and Germany each supplied about a fifth of "
            "the visitors to Ghana, and Nigeria 12%.")
    rows = facts(text)["a fifth"]
    assert sorted(r.subject.split("-")[-1] for r in rows) == ["Germany", "United Kingdom"]
    assert len(facts(text)["12%"]) == 1
