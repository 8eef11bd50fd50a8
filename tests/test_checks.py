"""Checks over hand-made observations: ones that must pass and ones that must fail."""

from __future__ import annotations

from pipeline.checks import mention_integrity, repeated_statements
from pipeline.plausibility import observation_bounds, period_years
from tests.observations import stated


def estimate(mention: str, value, source: str, at: int, period: str = "2017", **extra) -> dict:
    sentence = f"Growth was {mention} in that year."
    fields = {"indicator": "gdp_growth_rate", "source": source, "period_start": period, "period_end": period, **extra}
    return stated(sentence, (mention, value, "percent", fields), at=at)[0]


def outcome(rows: list[dict]) -> list[tuple[str, str]]:
    return [(r["check_type"], r["status"]) for r in rows]


def test_estimators_that_disagree_beyond_the_tolerance_conflict():
    a, b = estimate("3.7%", 3.7, "Bank A", 0), estimate("-3.5%", -3.5, "Bank B", 50)
    conflicts: list[dict] = []
    rows = repeated_statements([a, b], 0.05, conflicts)
    assert outcome(rows) == [("conflicting_estimates", "fail")]
    assert rows[0]["observation_ids"] == f"{a['observation_id']};{b['observation_id']}"
    assert [(c["n_sources"], c["min"], c["max"], c["check_id"]) for c in conflicts] == [(2, "-3.5", "3.7", rows[0]["check_id"])]


def test_estimates_within_the_tolerance_agree():
    rows = repeated_statements([estimate("3.70%", 3.70, "Bank A", 0), estimate("3.6%", 3.6, "Bank B", 50)], 0.05)
    assert outcome(rows) == [("conflicting_estimates", "pass")]


def test_restatement_agrees_within_rounding_and_fails_beyond_it():
    # "3.7%" stands for 3.65–3.75: a restated 3.66% is the same number; with no relative tolerance
    # 3.64% is not.
    same = [estimate("3.7%", 3.7, "Bank A", 0), estimate("3.66%", 3.66, "Bank A", 50)]
    assert outcome(repeated_statements(same, 0.0)) == [("restatement", "pass")]
    other = [estimate("3.7%", 3.7, "Bank A", 0), estimate("3.64%", 3.64, "Bank A", 50)]
    assert outcome(repeated_statements(other, 0.0)) == [("restatement", "fail")]


def test_a_range_or_an_open_bound_that_contains_the_other_estimate_does_not_conflict():
    ranged = estimate("2% and 4%", 2, "Bank A", 0, value_high="4", qualifier="range")
    over = estimate("1%", 1, "Bank C", 100, qualifier="more_than")
    rows = repeated_statements([ranged, estimate("3.1%", 3.1, "Bank B", 50), over], 0.0)
    assert outcome(rows) == [("conflicting_estimates", "pass")]


def test_same_estimator_twice_is_a_restatement_and_other_years_are_not_compared():
    a, b = estimate("2.9%", 2.9, "Bank A", 0), estimate("2.9%", 2.9, "Bank A", 50)
    rows = repeated_statements([a, b, estimate("9%", 9, "Bank A", 90, period="2018")], 0.05)
    assert [(r["check_type"], r["status"], r["observation_ids"]) for r in rows] == [
        ("restatement", "pass", f"{a['observation_id']};{b['observation_id']}")]


def test_unattributed_numbers_are_compared_only_when_restated_identically():
    assert repeated_statements([estimate("3%", 3, "", 0), estimate("9%", 9, "", 50)], 0.05) == []
    assert outcome(repeated_statements([estimate("3%", 3, "", 0), estimate("3%", 3, "", 50)], 0.05)) == [
        ("restatement", "pass")]


def test_numbers_of_one_sentence_are_a_list_not_restatements():
    listed = stated("The Bank counted 12 banks and 30 branches.", ("12", 12, "percent", {"source": "Bank"}),
                    ("30", 30, "percent", {"source": "Bank"}))
    assert repeated_statements(listed, 0.05) == []


def test_mention_integrity_fails_on_a_shifted_offset():
    text = "growth of 3.7% in 2017"
    good = {"observation_id": "a", "document_id": "d", "char_start": "10", "char_end": "14", "mention": "3.7%"}
    bad = {**good, "observation_id": "b", "char_start": "11", "char_end": "15"}
    (row,) = mention_integrity({"d": text}, [good, bad])
    assert row["status"] == "fail" and row["observation_ids"] == "b"


def test_plausibility_flags_a_share_above_100_a_wild_growth_rate_and_a_rank_beyond_out_of():
    obs = stated("Farming took 104% of land, growth was 250% and 40%, and it ranked 12th of 10 and 3rd of 10.",
                 ("104%", 104, "percent", {"indicator": "labour_force_share"}),
                 ("250%", 250, "percent", {"indicator": "gdp_growth_rate"}),
                 ("40%", 40, "percent", {"indicator": "gdp_growth_rate"}),
                 ("12th", 12, "rank", {"indicator": "ranking", "out_of": "10"}),
                 ("3rd", 3, "rank", {"indicator": "ranking", "out_of": "10"}))
    assert [r["status"] for r in observation_bounds(obs)] == ["fail", "fail", "pass", "fail", "pass"]


def test_plausibility_of_period_years():
    obs = stated("In 1750 output was 5 tonnes.", ("5 tonnes", 5, "tonnes", {"period_start": "1750", "period_end": "1750"}))
    assert [(r["status"], r["observation_ids"]) for r in period_years(obs)] == [("fail", obs[0]["observation_id"])]
    obs[0]["period_start"] = obs[0]["period_end"] = "1950"
    assert period_years(obs)[0]["status"] == "pass"


def test_a_list_in_one_sentence_and_a_part_of_the_period_are_not_restatements():
    listed = stated("Sector growth was 4.7%, 7.9% and 5.9% for farming, industry and services, respectively.",
                    *[(m, float(m[:-1]), "percent", {"source": "Office", "indicator": "sector_growth_rate"})
                      for m in ("4.7%", "7.9%", "5.9%")])
    again = stated("Farming grew 4.7%.", ("4.7%", 4.7, "percent", {"source": "Office", "indicator": "sector_growth_rate"}), at=200)
    assert repeated_statements(listed + again, 0.05) == []
    year = stated("The economy grew 7.1% in 2010.", ("7.1%", 7.1, "percent", {"source": "Office", "indicator": "gdp_growth_rate"}))
    quarter = stated("Growth in the fourth quarter alone was 8.2%.",
                     ("8.2%", 8.2, "percent", {"source": "Office", "indicator": "gdp_growth_rate"}), at=100)
    assert repeated_statements(year + quarter, 0.05) == []
    assert outcome(repeated_statements(year + stated("Growth was 8.2%.", ("8.2%", 8.2, "percent", {
        "source": "Office", "indicator": "gdp_growth_rate"}), at=100), 0.05)) == [("restatement", "fail")]


def test_two_estimators_in_one_sentence_are_compared():
    sentence = "Bank A estimated growth at 6.2% in 2019, while Bank B estimated 0.5% for the same year."
    fields = {"indicator": "gdp_growth_rate", "period_start": "2019", "period_end": "2019"}
    both = stated(sentence, ("6.2%", 6.2, "percent", {**fields, "source": "Bank A"}),
                  ("0.5%", 0.5, "percent", {**fields, "source": "Bank B"}))
    assert outcome(repeated_statements(both, 0.05)) == [("conflicting_estimates", "fail")]
