"""The spreadsheet copy: typed cells, no formulas, deterministic bytes, and what LibreOffice reads back."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest

from pipeline.spreadsheet import sheet_names, write_workbook
from tests.conftest import ROOT

# Text that spreadsheets like to turn into formulas, numbers or dates, and non-ASCII that encodings mangle.
TRICKY = ["=SUM(A1)", "-3.5%", "+1", "@x", "007", "#N/A", "North Korea’s", "Ch’ŏllima", "₩5,000", "−2.3%",
          "1/2", "  padded  "]


def tiny_package(folder: Path) -> tuple[dict, dict[str, Path]]:
    fields = [
        {"name": "id", "type": "string", "description": "Row id."},
        {"name": "text", "type": "string", "description": "Tricky text."},
        {"name": "count", "type": "integer", "description": "A count.", "unit": "persons"},
        {"name": "value", "type": "number", "description": "A value.", "unit": "KPW"},
        {"name": "flag", "type": "boolean", "description": "A flag."},
    ]
    rows = [[f"r{i}", text, str(i), ["28500000000", "-3.5", "0.1", ""][i % 4], ["true", "false", ""][i % 3]]
            for i, text in enumerate(TRICKY)]
    path = folder / "tricky.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow([f["name"] for f in fields])
        writer.writerows(rows)
    descriptor = {
        "name": "tiny", "title": "Tiny ₩ package", "version": "1.2.3", "description": "For tests.",
        "created": "2024-03-05T00:00:00Z",
        "resources": [{"name": "tricky", "path": "tricky.csv", "description": "Tricky strings.",
                       "schema": {"fields": fields, "missingValues": [""]}}],
    }
    return descriptor, {"tricky": path}


@pytest.fixture
def tiny(tmp_path: Path) -> tuple[dict, Path]:
    descriptor, tables = tiny_package(tmp_path)
    target = tmp_path / "tiny.xlsx"
    write_workbook(descriptor, tables, target)
    return descriptor, target


def test_text_stays_text_numbers_are_numbers_and_nothing_is_a_formula(tiny):
    _, target = tiny
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["README", "tricky"]
    ws = wb["tricky"]
    assert ws.freeze_panes == "A2"
    rows = list(ws.iter_rows(min_row=2))
    assert [r[1].value for r in rows] == TRICKY
    assert all(r[1].data_type == "s" for r in rows)
    assert [r[2].value for r in rows] == list(range(len(TRICKY)))
    assert all(r[2].data_type == "n" for r in rows)
    assert [r[3].value for r in rows[:4]] == [28500000000, -3.5, 0.1, None]
    assert [r[4].value for r in rows[:3]] == [True, False, None]
    # Cells that an edit would turn into a formula or number carry the quote prefix.
    assert {r[1].value for r in rows if r[1].quotePrefix} == {"=SUM(A1)", "-3.5%", "+1", "@x", "007"}
    with zipfile.ZipFile(target) as archive:
        sheets = [archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/")]
    assert sheets and not any(b"<f>" in xml or b"<f " in xml for xml in sheets)


def test_readme_sheet_describes_the_package_and_every_field_with_its_unit(tiny):
    _, target = tiny
    ws = openpyxl.load_workbook(target)["README"]
    assert ws.freeze_panes == "A2"
    rows = [tuple(c.value for c in row) for row in ws.iter_rows()]
    assert rows[0] == ("table", "field", "type", "unit", "description")
    assert ("(package)", "version", None, None, "1.2.3") in rows
    assert ("tricky", "count", "integer", "persons", "A count.") in rows
    assert ("tricky", "value", "number", "KPW", "A value.") in rows
    assert any(r[:2] == ("tricky", "(table)") and "12 rows" in r[4] for r in rows)


def test_workbook_bytes_do_not_depend_on_when_it_is_written(tmp_path, tiny, monkeypatch):
    descriptor, first = tiny
    _, tables = tiny_package(tmp_path)
    # Move the wall clock instead of waiting: openpyxl and zipfile read it through these names.
    import time

    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 86400 * 400)
    second = tmp_path / "again.xlsx"
    write_workbook(descriptor, tables, second)
    assert second.read_bytes() == first.read_bytes()
    with zipfile.ZipFile(second) as archive:
        assert {i.date_time for i in archive.infolist()} == {(2024, 3, 5, 0, 0, 0)}
        core = archive.read("docProps/core.xml")
    assert core.count(b"2024-03-05T00:00:00Z") == 2  # created and modified


def test_sheet_names_fit_excel_and_stay_unique():
    names = sheet_names([{"name": "a" * 40}, {"name": "a" * 40}, {"name": "readme"}, {"name": "x/y"}])
    assert names == ["a" * 31, "a" * 29 + "_2", "readme_2", "x_y"]
    assert all(len(n) <= 31 for n in names)


def test_a_value_that_contradicts_the_schema_stops_the_build(tmp_path):
    descriptor, tables = tiny_package(tmp_path)
    tables["tricky"].write_text("id,text,count,value,flag\nr0,a,many,1,true\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        write_workbook(descriptor, tables, tmp_path / "bad.xlsx")


def test_published_workbook_has_a_readme_and_one_sheet_per_table():
    package = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    wb = openpyxl.load_workbook(ROOT / "processed" / f"{package['name']}.xlsx", read_only=True)
    assert wb.sheetnames == ["README", *(r["name"] for r in package["resources"])]
    assert all(not r["path"].endswith(".xlsx") for r in package["resources"])


# --- LibreOffice -------------------------------------------------------------------------------------

# CSV export options: comma, double quote, UTF-8 (76), values not as shown (full precision), no formulas,
# and -1: every sheet to its own file <name>-<sheet>.csv (LibreOffice 7.2 and later).
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


@pytest.fixture(scope="module")
def libreoffice_csv(tmp_path_factory) -> Path:
    """The published workbook and the tricky one, converted by LibreOffice headless, one CSV per sheet."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (soffice not on PATH): apt-get install libreoffice-calc-nogui")
    folder = tmp_path_factory.mktemp("libreoffice")
    descriptor, tables = tiny_package(folder)
    write_workbook(descriptor, tables, folder / "tiny.xlsx")
    package = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    published = ROOT / "processed" / f"{package['name']}.xlsx"
    assert published.is_file(), "run `dvc repro` to publish the workbook"
    # A profile of its own, so a user's running LibreOffice or a parallel test never shares its lock.
    profile = (folder / "profile").as_uri()
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", CSV_FILTER,
         "--outdir", str(folder / "out"), str(folder / "tiny.xlsx"), str(published)],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return folder / "out"


def read_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def as_values(row: list[str], kinds: list[str]) -> list[object]:
    # Numbers compared as numbers: the export's notation may vary between LibreOffice versions.
    return [float(v) if k in ("integer", "number") and v else v for v, k in zip(row, kinds, strict=True)]


def test_libreoffice_reads_tricky_text_as_text(libreoffice_csv):
    rows = read_rows(libreoffice_csv / "tiny-tricky.csv")
    assert rows[0] == ["id", "text", "count", "value", "flag"]
    # Had any cell become a formula, LibreOffice would export its result (0, an error, a date …).
    assert [r[1] for r in rows[1:]] == TRICKY
    assert [r[2] for r in rows[1:]] == [str(i) for i in range(len(TRICKY))]
    assert [float(r[3]) if r[3] else None for r in rows[1:5]] == [28500000000, -3.5, 0.1, None]


def test_libreoffice_reads_the_published_tables_back_intact(libreoffice_csv):
    package = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        exported = read_rows(libreoffice_csv / f"{package['name']}-{resource['name']}.csv")
        published = read_rows(ROOT / resource["path"])
        assert exported[0] == published[0], resource["name"]
        assert len(exported) == len(published), resource["name"]
        kinds = [f["type"] for f in resource["schema"]["fields"]]
        for got, want in zip(exported[1:], published[1:]):
            assert as_values(got, kinds) == as_values(want, kinds), (resource["name"], got, want)
    observations = (libreoffice_csv / f"{package['name']}-observations.csv").read_text(encoding="utf-8")
    for text in ("’", "ŏ", "₩", "−"):
        assert text in observations
