"""The whole pipeline: regenerated outputs equal the committed ones; bad input and invalid data
stop it with a clear message and leave the published package untouched."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_project, run_stage

STAGES = ("segment", "extract", "tables", "check", "validate", "package")
# The CSVs and the spreadsheet copy built from them.
PUBLISHED = ["datapackage.json", *sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "processed").glob("*.csv")),
             *sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "processed").glob("*.xlsx"))]


def published_bytes(project: Path) -> dict[str, bytes]:
    return {name: (project / name).read_bytes() for name in PUBLISHED}


def run_all(project: Path) -> None:
    for stage in STAGES:
        result = run_stage(project, stage)
        assert result.returncode == 0, f"{stage}: {result.stderr}"


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("rebuilt"))
    for name in PUBLISHED:
        (project / name).unlink()
    run_all(project)
    return project


def test_regenerated_package_equals_the_committed_one(rebuilt):
    assert published_bytes(rebuilt) == published_bytes(ROOT)
    # rebuilt from nothing, the package keeps the released version and the changelog gains no entry
    assert (rebuilt / "CHANGELOG.md").read_bytes() == (ROOT / "CHANGELOG.md").read_bytes()


def test_release_zip_holds_what_the_descriptor_lists_under_its_version(rebuilt):
    import zipfile

    assert run_stage(rebuilt, "release").returncode == 0
    package = json.loads((rebuilt / "datapackage.json").read_text(encoding="utf-8"))
    folder = f"{package['name']}-{package['version']}"
    with zipfile.ZipFile(rebuilt / "dist" / f"{folder}.zip") as archive:
        names = set(archive.namelist())
        for resource in package["resources"]:
            assert archive.read(f"{folder}/{resource['path']}") == (rebuilt / resource["path"]).read_bytes()
    assert {f"{folder}/{name}" for name in ("datapackage.json", "README.md", "CHANGELOG.md", "LICENSE")} <= names
    assert f"## {package['version']} " in (rebuilt / "CHANGELOG.md").read_text(encoding="utf-8")


def _version(project: Path) -> str:
    return json.loads((project / "datapackage.json").read_text(encoding="utf-8"))["version"]


def test_a_corrected_value_is_a_patch_release_with_the_old_and_new_value(project_copy):
    run_all(project_copy)
    released = _version(project_copy)
    assert (project_copy / "CHANGELOG.md").read_bytes() == (ROOT / "CHANGELOG.md").read_bytes()
    # make the published release hold a value the rebuild will correct
    path = project_copy / "processed" / "observations.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    header, first = lines[0].split(","), lines[1].split(",")
    observation_id, value = first[0], first[header.index("value")]
    first[header.index("value")] = "12345"
    path.write_text("\n".join([lines[0], ",".join(first), *lines[2:]]), encoding="utf-8")
    assert run_stage(project_copy, "package").returncode == 0
    major, minor, patch = released.split(".")
    assert _version(project_copy) == f"{major}.{minor}.{int(patch) + 1}"
    changelog = (project_copy / "CHANGELOG.md").read_text(encoding="utf-8")
    entry = changelog.split("\n## ")[1]
    assert entry.startswith(f"{_version(project_copy)} ") and "**patch**" in entry
    assert f"`{observation_id}`: value: “12345” → “{value}”" in entry


def test_frictionless_validates_the_published_package():
    frictionless = ROOT / ".venv" / "bin" / "frictionless"
    result = subprocess.run([str(frictionless), "validate", "--json", "datapackage.json"], cwd=ROOT,
                            capture_output=True, text=True)
    report = json.loads(result.stdout)
    assert report["valid"], result.stdout[:2000]


def test_published_outputs_hold_no_machine_paths_or_timestamps():
    assert any(name.endswith(".xlsx") for name in PUBLISHED)
    for name in PUBLISHED:
        # Bytes, so that the workbook is searched too (its zip entries are stored uncompressed).
        data = (ROOT / name).read_bytes()
        assert str(ROOT).encode() not in data and b"/tmp/" not in data and b"/home/" not in data


def test_every_mention_is_at_its_offsets():
    import csv

    texts = {}
    with (ROOT / "processed" / "documents.csv").open(encoding="utf-8", newline="") as handle:
        for doc in csv.DictReader(handle):
            texts[doc["document_id"]] = (ROOT / doc["path"]).read_bytes().decode("utf-8").removeprefix("\ufeff")
    with (ROOT / "processed" / "observations.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    for row in rows:
        assert texts[row["document_id"]][int(row["char_start"]) : int(row["char_end"])] == row["mention"]


def test_invalid_table_fails_validation_and_publishes_nothing(project_copy):
    run_all(project_copy)
    before = published_bytes(project_copy)
    table = project_copy / "build" / "tables" / "observations.csv"
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    header = lines[0].rstrip("\n").split(",")
    qualifier = header.index("qualifier")
    import csv
    import io

    rows = list(csv.reader(io.StringIO("".join(lines))))
    rows[1][qualifier] = "roughly-ish"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    table.write_text(buffer.getvalue(), encoding="utf-8")
    result = run_stage(project_copy, "validate")
    assert result.returncode == 1
    assert "observations: column qualifier" in result.stderr and "roughly-ish" in result.stderr
    assert (project_copy / "build" / "validation" / "failure_cases.csv").read_text().count("roughly-ish") == 1
    assert published_bytes(project_copy) == before


def test_new_document_in_raw_adds_its_rows(project_copy):
    (project_copy / "raw" / "ruritania.txt").write_text(
        "Ruritania's GDP grew by 2.5% in 2021, according to the Ruritanian Statistics Office.\n", encoding="utf-8"
    )
    run_all(project_copy)
    observations = (project_copy / "processed" / "observations.csv").read_text(encoding="utf-8")
    assert "ruritania:" in observations and "2.5%" in observations
    assert "raw/ruritania.txt" in (project_copy / "datapackage.json").read_text(encoding="utf-8")
    major, minor, _ = _version(ROOT).split(".")
    assert _version(project_copy) == f"{major}.{int(minor) + 1}.0"  # rows added: a minor release
    assert "ruritania:" in (project_copy / "CHANGELOG.md").read_text(encoding="utf-8").split("\n## ")[1]


def test_dvc_repro_refuses_bad_input_and_keeps_the_package(project_copy):
    """The real DVC run: a latin-1 file in raw/ stops `dvc repro` with a clear error, and the
    published package (a persisted, uncached output) is left as it was."""
    dvc = str(ROOT / ".venv" / "bin" / "dvc")
    shutil.copy2(ROOT / "dvc.lock", project_copy / "dvc.lock")
    subprocess.run(["git", "init", "-q"], cwd=project_copy, check=True)
    before = published_bytes(project_copy)
    (project_copy / "raw" / "latin1.txt").write_bytes("Exportaciones: 3 % en 2019, año récord.".encode("latin-1"))
    result = subprocess.run([dvc, "repro", "-q"], cwd=project_copy, capture_output=True, text=True)
    assert result.returncode != 0
    assert "latin1.txt: not valid UTF-8" in result.stderr + result.stdout
    assert published_bytes(project_copy) == before


def test_numbers_table_accounts_for_the_number_tokens_of_the_text():
    import csv
    import re

    with (ROOT / "processed" / "numbers.csv").open(encoding="utf-8", newline="") as handle:
        numbers = list(csv.DictReader(handle))
    text = (ROOT / "raw" / "economy_of_north_korea.txt").read_text(encoding="utf-8")
    digit_runs = re.findall(r"\d+(?:[.,]\d+)*", text)
    assert sum(1 for n in numbers if n["token"][0].isdigit()) == len(digit_runs)
    observed = {n["observation_id"] for n in numbers if n["disposition"] == "observation"}
    with (ROOT / "processed" / "observations.csv").open(encoding="utf-8", newline="") as handle:
        observations = list(csv.DictReader(handle))
    assert observed <= {o["observation_id"] for o in observations}
    assert len(observed) == len({(o["document_id"], o["char_start"]) for o in observations})
    unexplained = [n for n in numbers if n["disposition"] == "unexplained"]
    assert len(unexplained) <= 3, unexplained
