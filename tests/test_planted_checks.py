"""The checks against documents written for these tests, with planted errors and an answer key.

Each `tests/fixtures/checks/<name>.txt` is a short text about another economy; `<name>.expected.yaml`
says, decided when the text was written, which relationships it states and whether each holds. The
real extractor, table builders and checks run on the text; every expected check must exist with the
expected status, no arithmetic, repeated-statement or plausibility check may fail unless the key
lists it (a false alarm), and numbers the key calls unrelated must not meet in an arithmetic check.
`python -m tests.test_planted_checks` prints precision and recall of the failures per fixture.
"""

from __future__ import annotations

from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.checks import run_checks
from pipeline.documents import document_from_text
from pipeline.extract import extract_document
from pipeline.tables import observations_table, sources_table

FIXTURES = Path(__file__).parent / "fixtures" / "checks"
NAMES = sorted(p.stem for p in FIXTURES.glob("*.txt"))
ARITHMETIC = {"stated_change", "stated_share", "share_sum", "unit_conversion", "currency_conversion",
              "compound_growth", "per_capita"}
# Checks whose failures are alarms about the text: a failure the key does not list is a false alarm.
ALARMS = ARITHMETIC | {"conflicting_estimates", "restatement", "plausibility"}


@lru_cache(maxsize=None)
def built(name: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Observations and checks of one fixture, through the same modules as the pipeline stages."""
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    found, tokens = extract_document(document_from_text(text, name))
    extracted = [{k: "" if v is None else str(v) for k, v in asdict(o).items()} for o in found]
    sources, source_ids = sources_table(extracted)
    observations = observations_table(extracted, source_ids)
    tables = {"observations": observations, "numbers": [asdict(t) for t in tokens], "sources": sources}
    return observations, run_checks({name: text}, tables, 0.05)


@lru_cache(maxsize=None)
def answer_key(name: str) -> dict[str, Any]:
    return yaml.safe_load((FIXTURES / f"{name}.expected.yaml").read_text(encoding="utf-8"))


def observation_id(observations: list[dict[str, Any]], mention: str) -> str:
    """The one observation a key mention names: "X" or "X @ words of its sentence"."""
    text, _, where = (part.strip() for part in mention.partition(" @ "))
    matches = [o for o in observations if o["mention"] == text and where in o["sentence"]]
    assert len(matches) == 1, f"key mention {mention!r} matches {len(matches)} observations"
    return matches[0]["observation_id"]


def ids_of(observations: list[dict[str, Any]], mentions: list[str]) -> frozenset[str]:
    return frozenset(observation_id(observations, m) for m in mentions)


def found_check(checks: list[dict[str, Any]], check_type: str, ids: frozenset[str]) -> dict[str, Any] | None:
    """The check of this type over exactly these observations."""
    for c in checks:
        if c["check_type"] == check_type and frozenset(i for i in c["observation_ids"].split(";") if i) == ids:
            return c
    return None


def false_alarms(name: str) -> list[dict[str, Any]]:
    """Failed alarm checks that the key does not list as failing."""
    observations, checks = built(name)
    planted = {(e["type"], ids_of(observations, e["mentions"])) for e in answer_key(name)["checks"] if e["status"] == "fail"}
    return [c for c in checks if c["check_type"] in ALARMS and c["status"] == "fail"
            and (c["check_type"], frozenset(i for i in c["observation_ids"].split(";") if i)) not in planted]


def _expected_params() -> list[Any]:
    params = []
    for name in NAMES:
        for n, item in enumerate(answer_key(name)["checks"]):
            marks = [pytest.mark.xfail(reason=item["xfail"], strict=True)] if item.get("xfail") else []
            params.append(pytest.param(name, n, id=f"{name}:{item['type']}:{item['status']}:{n}", marks=marks))
    return params


@pytest.mark.parametrize("name,n", _expected_params())
def test_expected_check_exists_with_expected_status(name: str, n: int) -> None:
    item = answer_key(name)["checks"][n]
    observations, checks = built(name)
    found = found_check(checks, item["type"], ids_of(observations, item["mentions"]))
    assert found is not None, f"no {item['type']} check over {item['mentions']} ({item['why']})"
    assert found["status"] == item["status"], f"{found['message']} ({item['why']})"


@pytest.mark.parametrize("name", NAMES)
def test_no_false_alarms(name: str) -> None:
    assert [c["message"] for c in false_alarms(name)] == []


@pytest.mark.parametrize("name", NAMES)
def test_unrelated_numbers_meet_in_no_arithmetic_check(name: str) -> None:
    observations, checks = built(name)
    for item in answer_key(name).get("unrelated", []):
        ids = ids_of(observations, item["mentions"])
        related = [c["message"] for c in checks if c["check_type"] in ARITHMETIC
                   and len(ids & set(c["observation_ids"].split(";"))) >= 2]
        assert related == [], item["why"]


def failure_scores(name: str) -> dict[str, Any]:
    """Recall: planted failures found failing; precision: alarms raised that were planted."""
    observations, checks = built(name)
    planted = [e for e in answer_key(name)["checks"] if e["status"] == "fail"]
    caught = [e for e in planted if (c := found_check(checks, e["type"], ids_of(observations, e["mentions"])))
              and c["status"] == "fail"]
    wrong = false_alarms(name)
    raised = len(caught) + len(wrong)
    expected = answer_key(name)["checks"]
    agreed = [e for e in expected if (c := found_check(checks, e["type"], ids_of(observations, e["mentions"])))
              and c["status"] == e["status"]]
    return {"fixture": name, "expected": len(expected), "as_expected": len(agreed), "planted": len(planted),
            "caught": len(caught), "false_alarms": len(wrong),
            "recall": len(caught) / len(planted) if planted else 1.0,
            "precision": len(caught) / raised if raised else 1.0}


def summary() -> str:
    rows = [failure_scores(name) for name in NAMES]
    lines = ["fixture              expected  as-expected  planted  caught  false-alarms  precision  recall"]
    for r in rows:
        lines.append(f"{r['fixture']:20} {r['expected']:8} {r['as_expected']:12} {r['planted']:8} {r['caught']:7} "
                     f"{r['false_alarms']:13} {r['precision']:10.2f} {r['recall']:7.2f}")
    return "\n".join(lines)


def test_failure_precision_and_recall_summary(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        print("\n" + summary())


if __name__ == "__main__":
    print(summary())
