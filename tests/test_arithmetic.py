"""Arithmetic the text states, over hand-made sentences about a made-up economy: relationships that
hold (pass), that do not (fail), rounding edge cases, and sentences whose words assert nothing."""

from __future__ import annotations

from pipeline.arithmetic import arithmetic_checks
from pipeline.tolerance import half_unit, interval
from tests.observations import stated

B = 1_000_000_000
FRACTION = {"extraction_rule": "fraction", "indicator": "production_target"}
NEARLY_TIMES = {"extraction_rule": "multiple", "qualifier": "nearly"}


def results(observations: list[dict]) -> list[tuple[str, str]]:
    return sorted((r["check_type"], r["status"]) for r in arithmetic_checks(observations))


def test_written_precision_sets_the_interval():
    assert half_unit("83%", 83) == 0.5
    assert abs(half_unit("$2.3 billion", 2.3 * B) - 0.05 * B) < 1
    assert half_unit("1.97", 1.97) == 0.005
    assert half_unit("one-third", 0.3333) is None  # a word number is exact
    third = interval({"mention": "one-third", "value": "-0.3333", "qualifier": "exact"})
    assert third == (-1 / 3, -1 / 3)
    assert interval({"mention": "tripling", "value": "3", "qualifier": "nearly"}) == (2.55, 3.0)
    assert interval({"mention": "400 km", "value": "400", "qualifier": "approximately"}) == (350, 450)
    assert interval({"mention": "80%", "value": "80", "qualifier": "more_than"})[1] == float("inf")


def change(sentence: str, multiple: tuple, start: tuple, end: tuple) -> list[dict]:
    return stated(sentence, multiple, start, end)


def test_a_fraction_of_change_between_two_levels():
    cut = ("one-third", -0.3333, "ratio", FRACTION)
    ok = change("The steel target was cut by one-third, from 12 million tonnes to 8 million tonnes.",
                cut, ("12 million tonnes", 12e6, "tonnes"), ("8 million tonnes", 8e6, "tonnes"))
    assert results(ok) == [("stated_change", "pass")]
    assert len(arithmetic_checks(ok)[0]["observation_ids"].split(";")) == 3
    bad = change("The steel target was cut by one-third, from 12 million tonnes to 9 million tonnes.",
                 cut, ("12 million tonnes", 12e6, "tonnes"), ("9 million tonnes", 9e6, "tonnes"))
    assert results(bad) == [("stated_change", "fail")]


def test_nearly_a_multiple_means_somewhat_below_it():
    def tripled(end: str, value: float) -> list[dict]:
        return change(f"Exports nearly tripled, from $1.10 billion to {end}.", ("tripled", 3, "times", NEARLY_TIMES),
                      ("$1.10 billion", 1.1 * B, "USD"), (end, value, "USD"))

    assert results(tripled("$3.05 billion", 3.05 * B)) == [("stated_change", "pass")]
    assert results(tripled("$3.6 billion", 3.6 * B)) == [("stated_change", "fail")]  # more than triple
    assert results(tripled("$2.2 billion", 2.2 * B)) == [("stated_change", "fail")]  # only doubled


def test_a_percentage_change_between_two_amounts():
    def rose(pct: str) -> list[dict]:
        return change(f"Imports rose by {pct} from $400 million to $500 million.", (pct, float(pct[:-1]), "percent"),
                      ("$400 million", 4e8, "USD"), ("$500 million", 5e8, "USD"))

    assert results(rose("25%")) == [("stated_change", "pass")]
    assert results(rose("40%")) == [("stated_change", "fail")]


def test_a_multiple_whose_starting_level_is_stated_in_another_sentence():
    first = stated("In 2001 exports were $2.00 billion.", ("$2.00 billion", 2 * B, "USD", {"period_start": "2001", "period_end": "2001"}))
    span = {"period_start": "2001", "period_end": "2005"}

    def doubled(end: str, value: float) -> list[dict]:
        return stated(f"Exports doubled between 2001 and 2005 to reach {end}.",
                      ("doubled", 2, "times", {"extraction_rule": "multiple", **span}), (end, value, "USD", span), at=100)

    assert results(first + doubled("$4.1 billion", 4.1 * B)) == [("stated_change", "pass")]
    assert results(first + doubled("$5 billion", 5 * B)) == [("stated_change", "fail")]


def share(part: str, part_value: float, pct: str, total: str, total_value: float, unit: str = "tonnes") -> list[dict]:
    return stated(f"Grain exports were {part}, accounting for {pct} of total output of {total}.",
                  (part, part_value, unit), (pct, float(pct[:-1]), "percent"), (total, total_value, unit))


def test_part_over_total_against_the_stated_share_at_the_rounding_edge():
    # "83%" means 82.5–83.5: 834.9/1000 can be at most 0.83495 and passes; 835.1/1000 is at least 0.83505.
    assert results(share("834.9 tonnes", 834.9, "83%", "1,000.000 tonnes", 1000)) == [("stated_share", "pass")]
    assert results(share("835.1 tonnes", 835.1, "83%", "1,000.000 tonnes", 1000)) == [("stated_share", "fail")]


def test_rounded_amounts_widen_the_share_they_imply():
    # $2.3 billion is 2.25–2.35: of $2.83 billion that is 79.4–83.2 %, so 83% fits and 84% does not.
    assert results(share("$2.3 billion", 2.3 * B, "83%", "$2.83 billion", 2.83 * B, "USD")) == [("stated_share", "pass")]
    assert results(share("$2.3 billion", 2.3 * B, "84%", "$2.83 billion", 2.83 * B, "USD")) == [("stated_share", "fail")]


def test_of_which_puts_the_total_first():
    def of_which(pct: str) -> list[dict]:
        return stated(f"Total exports were $5.0 billion, of which $2.0 billion ({pct}) went to Borduria.",
                      ("$5.0 billion", 5 * B, "USD"), ("$2.0 billion", 2 * B, "USD"), (pct, float(pct[:-1]), "percent"))

    assert results(of_which("40%")) == [("stated_share", "pass")]
    assert results(of_which("45%")) == [("stated_share", "fail")]


def test_no_share_is_asserted_without_words_that_assert_it():
    words = stated("Exports rose to $2.3 billion while imports grew 10% to $2.83 billion.",
                   ("$2.3 billion", 2.3 * B, "USD"), ("10%", 10, "percent"), ("$2.83 billion", 2.83 * B, "USD"))
    assert results(words) == []


def shares(sentence: str, *parts: tuple[str, str]) -> list[dict]:
    return stated(sentence, *[(m, float(m.rstrip("%")), "percent", {"indicator": "electricity_generation",
                                                                     "qualifier": q}) for m, q in parts])


def test_all_the_parts_add_to_100_within_rounding():
    template = "Hydropower supplied {}% of electricity and coal the remaining 40%."
    assert results(shares(template.format("about 60"), ("60%", "approximately"), ("40%", "exact"))) == [("share_sum", "pass")]
    assert results(shares(template.format(61), ("61%", "exact"), ("40%", "exact"))) == [("share_sum", "pass")]  # 60.5+39.5
    assert results(shares(template.format(61.6), ("61.6%", "exact"), ("40%", "exact"))) == [("share_sum", "fail")]
    assert results(shares(template.format(70), ("70%", "exact"), ("40%", "exact"))) == [("share_sum", "fail")]


def test_the_remaining_share_completes_the_whole_just_named_whatever_its_indicator():
    sentence = "Manufactures made up 62% of exports, and the remaining {} came from raw materials."

    def split(rest: str) -> list[dict]:
        return stated(sentence.format(rest), ("62%", 62, "percent", {"indicator": "exports"}),
                      (rest, float(rest[:-1]), "percent", {"indicator": "trade_partner_share"}))

    assert results(split("38%")) == [("share_sum", "pass")]
    assert results(split("48%")) == [("share_sum", "fail")]

def test_parts_listed_respectively_never_exceed_100_and_unrelated_shares_are_not_added():
    listed = "Farming, industry and services accounted for {}, {} and {} of output, respectively."
    assert results(shares(listed.format("20%", "30%", "40%"), ("20%", "exact"), ("30%", "exact"), ("40%", "exact"))) == [
        ("share_sum", "pass")]
    assert results(shares(listed.format("50%", "40%", "30%"), ("50%", "exact"), ("40%", "exact"), ("30%", "exact"))) == [
        ("share_sum", "fail")]
    unrelated = "Borduria took 57% of imports and 70% of exports."
    assert results(shares(unrelated, ("57%", "exact"), ("70%", "exact"))) == []


def test_a_quantity_restated_in_another_unit():
    def barrels(cubic: str, value: float) -> list[dict]:
        return stated(f"The country imported 10 million barrels ({cubic}) of oil.",
                      ("10 million barrels", 1e7, "barrels"), (cubic, value, "cubic_metres"))

    assert results(barrels("1.6 million cubic metres", 1.6e6)) == [("unit_conversion", "pass")]
    assert results(barrels("2.6 million cubic metres", 2.6e6)) == [("unit_conversion", "fail")]
    acres = "The farm covered 5,000 acres, equivalent to about {} square kilometres."
    ok = stated(acres.format(20), ("5,000 acres", 5000, "acres"), ("20 square kilometres", 20, "km2", {"qualifier": "approximately"}))
    bad = stated(acres.format(30), ("5,000 acres", 5000, "acres"), ("30 square kilometres", 30, "km2", {"qualifier": "approximately"}))
    assert results(ok) == [("unit_conversion", "pass")] and results(bad) == [("unit_conversion", "fail")]


def test_an_amount_converted_at_a_stated_exchange_rate():
    def converted(dollars: str, value: float) -> list[dict]:
        return stated(f"Revenue was 500 billion won, about {dollars} at an exchange rate of $1 to 125 won.",
                      ("500 billion won", 5e11, "KPW"), (dollars, value, "USD", {"qualifier": "approximately"}),
                      ("$1 to 125 won", 125, "KPW", {"extraction_rule": "exchange_rate", "indicator": "exchange_rate"}))

    assert results(converted("$4.0 billion", 4 * B)) == [("currency_conversion", "pass")]
    assert results(converted("$5.0 billion", 5 * B)) == [("currency_conversion", "fail")]


def test_an_annual_rate_against_the_cumulative_change_it_implies():
    def plan(rate: str, link: str = "implying") -> list[dict]:
        return stated(f"Output was to rise to 200% of the 2000 level by 2010, {link} an average annual growth rate of {rate}.",
                      ("200%", 200, "percent", {"period_start": "2000", "period_end": "2000"}),
                      (rate, float(rate[:-1]), "percent", {"indicator": "gdp_growth_rate"}))

    assert results(plan("7.2%")) == [("compound_growth", "pass")]  # 1.072^10 = 2.00
    assert results(plan("9.5%")) == [("compound_growth", "fail")]
    assert results(plan("7.2%", link="while the plan named")) == []


def test_compounding_years_from_a_base_year_and_between_two_points():
    # "in 2010 to 200% of the 2000 level": ten years from the base year the change is measured against
    based = stated("Output was to rise in 2010 to 200% of the 2000 level, implying an average annual growth rate of 7.2%.",
                   ("200%", 200, "percent", {"period_start": "2010", "period_end": "2010"}),
                   ("7.2%", 7.2, "percent", {"indicator": "gdp_growth_rate", "period_start": "2010", "period_end": "2010"}))
    assert results(based) == [("compound_growth", "pass")]  # 1.072^10 = 2.00

    def grew(span: str) -> list[dict]:
        years = {"period_start": "2010", "period_end": "2015"}
        return stated(f"Output grew by 34% {span}, implying an average annual growth rate of 6%.",
                      ("34%", 34, "percent", years), ("6%", 6, "percent", {"indicator": "gdp_growth_rate", **years}))

    assert results(grew("between 2010 and 2015")) == [("compound_growth", "pass")]  # five years: 1.06^5 = 1.34
    assert results(grew("over the plan (2010–2015)")) == [("compound_growth", "fail")]  # six years: 1.06^6 = 1.42

def test_per_capita_times_population_against_the_total():
    def economy(people: str, value: float) -> list[dict]:
        facts = {"period_start": "2010", "period_end": "2010"}
        return (stated("GDP was $50 billion in 2010.", ("$50 billion", 50 * B, "USD", {"indicator": "gdp", **facts}))
                + stated("GDP per capita was $2,000.", ("$2,000", 2000, "USD", {"indicator": "gdp_per_capita", **facts}), at=40)
                + stated(f"The population was {people}.", (people, value, "persons", {"indicator": "population", **facts}), at=80))

    assert results(economy("25 million", 25e6)) == [("per_capita", "pass")]
    assert results(economy("40 million", 40e6)) == [("per_capita", "fail")]


def test_a_change_in_another_clause_is_not_tied_to_the_levels():
    clauses = stated("Output shrank by about 35% between 2001 and 2003, imports fell from $8.1 billion to $2 billion, "
                     "and cotton output roughly halved.",
                     ("35%", -35, "percent", {"qualifier": "approximately", "indicator": "gdp_growth_rate"}),
                     ("$8.1 billion", 8.1 * B, "USD"), ("$2 billion", 2 * B, "USD"),
                     ("halved", -0.5, "ratio", {"extraction_rule": "fraction", "qualifier": "approximately"}))
    assert results(clauses) == []
    other = stated("Cotton exports fell from 7.2 million tonnes to 6.3 million tonnes; debt doubled.",
                   ("7.2 million tonnes", 7.2e6, "tonnes"), ("6.3 million tonnes", 6.3e6, "tonnes"),
                   ("doubled", 2, "times", {"extraction_rule": "multiple"}))
    assert results(other) == []


def test_a_multiple_whose_levels_are_both_stated_elsewhere_in_its_paragraph():
    pair = {"indicator": "trade_total", "subject": "Ruritania-Borduria", "line": "3"}

    def paragraph(end: str, value: float) -> list[dict]:
        return (stated("In 2007, trade with Borduria was $1.97 billion.",
                       ("$1.97 billion", 1.97 * B, "USD", {**pair, "period_start": "2007", "period_end": "2007"}))
                + stated(f"By 2011 it had reached {end}.", (end, value, "USD", {**pair, "period_start": "2011", "period_end": "2011"}), at=60)
                + stated("The nearly threefold rise between 2007 and 2011 was striking.",
                         ("threefold", 3, "times", {**pair, **NEARLY_TIMES, "period_start": "2007", "period_end": "2011"}), at=120))

    assert results(paragraph("$5.6 billion", 5.6 * B)) == [("stated_change", "pass")]
    assert results(paragraph("$3.9 billion", 3.9 * B)) == [("stated_change", "fail")]
    other = paragraph("$5.6 billion", 5.6 * B)
    other[-1]["line"] = "4"  # another paragraph: no levels to relate
    assert results(other) == []


def test_a_starting_level_among_several_subjects_is_that_of_the_series_reaching_the_level():
    def level(sentence: str, mention: str, value: float, subject: str, year: str, at: int) -> list[dict]:
        return stated(sentence, (mention, value, "USD", {"indicator": "trade_total", "subject": subject,
                                                         "period_start": year, "period_end": year}), at=at)

    china = level("In 2007 trade with China was $1.97 billion.", "$1.97 billion", 1.97 * B, "R-China", "2007", 0)
    south = level("In 2007 trade with the South was $1.8 billion.", "$1.8 billion", 1.8 * B, "R-South", "2007", 60)
    reached = level("Trade with China reached $5.6 billion in 2011.", "$5.6 billion", 5.6 * B, "R-China", "2011", 120)
    span = {"indicator": "trade_total", "subject": "R", "period_start": "2007", "period_end": "2011"}
    tripled = stated("Trade nearly tripled between 2007 and 2011 to reach $5.6 billion.",
                     ("tripled", 3, "times", {**span, **NEARLY_TIMES}), ("$5.6 billion", 5.6 * B, "USD", {**span, "period_start": "2011"}), at=200)
    assert results(china + south + reached + tripled) == [("stated_change", "pass")]
    assert results(china + south + tripled) == []  # which trade tripled is not said
