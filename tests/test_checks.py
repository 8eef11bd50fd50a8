"""Checks over hand-made observations: ones that must pass and ones that must fail."""

from __future__ import annotations

from pipeline.checks import mention_integrity, repeated_statements


def observation(oid: str, value: str, source: str, start: int, period: str = "2017", **extra) -> dict:
    return {"observation_id": oid, "document_id": "d", "indicator": "gdp_growth_rate", "subject": "Ruritania",
            "unit": "percent", "period_start": period, "period_end": period, "value": value, "source": source,
            "char_start": str(start), "char_end": str(start + 3), "mention": "x", **extra}


def test_estimators_that_disagree_beyond_the_tolerance_conflict():
    rows = repeated_statements([observation("a", "3.7", "Bank A", 0), observation("b", "-3.5", "Bank B", 50)], 0.05)
    assert [(r["check_type"], r["status"]) for r in rows] == [("conflicting_estimates", "fail")]
    assert rows[0]["observation_ids"] == "a;b"


def test_estimates_within_the_tolerance_agree():
    rows = repeated_statements([observation("a", "3.70", "Bank A", 0), observation("b", "3.6", "Bank B", 50)], 0.05)
    assert [(r["check_type"], r["status"]) for r in rows] == [("conflicting_estimates", "pass")]


def test_same_estimator_twice_is_a_restatement_and_other_years_are_not_compared():
    rows = repeated_statements(
        [observation("a", "2.9", "Bank A", 0), observation("b", "2.9", "Bank A", 50),
         observation("c", "9", "Bank A", 90, period="2018")], 0.05)
    assert [(r["check_type"], r["status"], r["observation_ids"]) for r in rows] == [("restatement", "pass", "a;b")]


def test_unattributed_numbers_are_not_compared():
    assert repeated_statements([observation("a", "3", "", 0), observation("b", "9", "", 50)], 0.05) == []


def test_mention_integrity_fails_on_a_shifted_offset():
    text = "growth of 3.7% in 2017"
    good = {"observation_id": "a", "document_id": "d", "char_start": "10", "char_end": "14", "mention": "3.7%"}
    bad = {**good, "observation_id": "b", "char_start": "11", "char_end": "15"}
    (row,) = mention_integrity({"d": text}, [good, bad])
    assert row["status"] == "fail" and row["observation_ids"] == "b"
