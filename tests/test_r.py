"""The R recipe (scripts/read_package.R) run with real R: every table read with its declared types."""

from __future__ import annotations

import csv
import json
import math
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

SCRIPT = ROOT / "scripts" / "read_package.R"
DRIVER = ROOT / "tests" / "r" / "driver.R"
R_CLASS = {"string": "character", "integer": "integer", "number": "numeric", "boolean": "logical"}


@pytest.fixture(scope="module")
def rscript() -> str:
    found = shutil.which("Rscript")
    if found is None:
        pytest.skip("R is not installed: Rscript not on PATH (Debian: apt-get install r-base-core "
                    "r-cran-readr r-cran-jsonlite)")
    check = subprocess.run([found, "-e", 'quit(status = !all(sapply(c("readr", "jsonlite"), requireNamespace, '
                                         'quietly = TRUE)))'], capture_output=True, text=True)
    if check.returncode != 0:
        pytest.skip("R is installed but readr or jsonlite is not: install.packages(c('readr', 'jsonlite'))")
    return found


def csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def chosen_observations(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Observations whose text R must not mangle: a ₩ and a − in the mention, ’ and ŏ in the sentence."""
    picks = [
        next(r for r in rows if "₩" in r["mention"]),
        next(r for r in rows if "−" in r["mention"]),
        next(r for r in rows if "ŏ" in r["sentence"] and "’" in r["sentence"]),
    ]
    return picks


def run_driver(rscript: str, descriptor: Path, ids: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([rscript, str(DRIVER), str(SCRIPT), str(descriptor), *ids],
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def read_by_r(rscript) -> tuple[dict, list[dict[str, str]]]:
    chosen = chosen_observations(csv_rows(ROOT / "processed" / "observations.csv"))
    result = run_driver(rscript, ROOT / "datapackage.json", [r["observation_id"] for r in chosen])
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout), chosen


def test_r_reads_every_table_with_its_rows_and_declared_types(read_by_r):
    summary, _ = read_by_r
    package = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    assert list(summary["tables"]) == [r["name"] for r in package["resources"]]
    for resource in package["resources"]:
        table = summary["tables"][resource["name"]]
        rows = csv_rows(ROOT / resource["path"])
        fields = resource["schema"]["fields"]
        assert table["rows"] == len(rows), resource["name"]
        assert table["classes"] == {f["name"]: R_CLASS[f["type"]] for f in fields}, resource["name"]
        assert table["missing"] == {f["name"]: sum(r[f["name"]] == "" for r in rows) for f in fields}
        for field in fields:
            if field["type"] in ("integer", "number"):
                expected = math.fsum(float(r[field["name"]]) for r in rows if r[field["name"]])
                got = (table["sums"] or {})[field["name"]]
                assert math.isclose(got, expected, rel_tol=1e-12), (resource["name"], field["name"])


def test_r_keeps_values_and_non_ascii_text(read_by_r):
    summary, chosen = read_by_r
    by_id = {row["observation_id"]: row for row in summary["observations"]}
    assert set(by_id) == {r["observation_id"] for r in chosen}
    for want in chosen:
        got = by_id[want["observation_id"]]
        assert got["mention"] == want["mention"] and got["sentence"] == want["sentence"]
        assert got["value"] == float(want["value"]) and got["char_start"] == int(want["char_start"])
        assert got["source"] == (want["source"] or None)  # an empty cell is NA in R
    text = "".join(r["mention"] + r["sentence"] for r in summary["observations"])
    assert all(character in text for character in "’ŏ₩−")


def test_r_refuses_a_value_that_contradicts_its_declared_type(rscript, tmp_path):
    shutil.copy2(ROOT / "datapackage.json", tmp_path / "datapackage.json")
    shutil.copytree(ROOT / "processed", tmp_path / "processed")
    table = tmp_path / "processed" / "observations.csv"
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    cells = lines[1].split(",")
    cells[2] = "three"  # the `line` column, declared integer
    lines[1] = ",".join(cells)
    table.write_text("".join(lines), encoding="utf-8")
    result = run_driver(rscript, tmp_path / "datapackage.json", [])
    assert result.returncode != 0
    assert "processed/observations.csv: 1 value(s) do not parse as declared" in result.stderr
