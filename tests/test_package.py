"""The published descriptor and the evaluation's scoring, checked against hand-made expectations."""

from __future__ import annotations

import hashlib
import json

from pipeline.evaluate import compare
from pipeline.records import Observation
from tests.conftest import ROOT


def test_descriptor_lists_every_table_with_its_hash_and_every_source_document():
    package = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    assert package["$schema"].endswith("/2.0/datapackage.json")
    assert {r["name"] for r in package["resources"]} == {
        "documents", "observations", "numbers", "indicators", "sources", "checks", "gdp_estimates", "trade",
        "public_finance", "energy", "agriculture_food", "industry_labour", "economic_plans", "rankings", "conflicts"}
    for resource in package["resources"]:
        data = (ROOT / resource["path"]).read_bytes()
        assert resource["bytes"] == len(data)
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert all(field.get("description") for field in resource["schema"]["fields"])
        for field in resource["schema"]["fields"]:
            enum = field.get("constraints", {}).get("enum")
            assert not enum or field["categories"] == enum  # v2 categories beside the v1 enum
    (source,) = package["sources"]
    assert source["sha256"] == hashlib.sha256((ROOT / source["path"]).read_bytes()).hexdigest()
    assert "T00:00:00Z" in package["created"]  # from the manifest, never the wall clock


def test_csvs_are_utf8_without_bom_with_lf_line_ends():
    for path in (ROOT / "processed").glob("*.csv"):
        data = path.read_bytes()
        assert not data.startswith(b"\xef\xbb\xbf") and b"\r\n" not in data
        data.decode("utf-8")


def _observation(**fields) -> Observation:
    base = dict(observation_id="d:000000000000", document_id="d", line=1, char_start=0, char_end=4,
                mention="3.5%", sentence="", value="-3.5", value_high="", unit="percent", qualifier="exact",
                period_start="2017", period_end="2017", indicator="gdp_growth_rate", subject="Ruritania",
                source="International Monetary Fund", out_of="", extraction_rule="amount", sentence_start=0,
                sentence_end=10)
    return Observation(**{**base, **fields})


def test_scoring_accepts_equal_values_and_estimator_variants_and_rejects_differences():
    gold = {"mention": "3.5%", "char_start": 0, "value": -3.5, "value_high": None, "unit": "percent",
            "qualifier": "exact", "period_start": "2017", "period_end": "2017", "subject": "Ruritania",
            "source": "IMF", "indicator": "gdp_growth_rate"}
    assert all(compare(gold, _observation()).values())
    wrong = compare(gold, _observation(value="3.5", period_end="2018", source="World Bank"))
    assert {name for name, right in wrong.items() if not right} == {"value", "period", "source"}


def test_citation_file_cites_the_published_version():
    import yaml

    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    package = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    assert citation["cff-version"] == "1.2.0" and citation["type"] == "dataset"
    assert citation["version"] == package["version"]
    assert citation["title"] == package["title"]
    assert citation["license"] in {licence["name"] for licence in package["licenses"]}
    assert citation["authors"] and all(author.get("name") for author in citation["authors"])


def test_dvc_plots_render_gdp_growth_by_estimator_without_the_internet(tmp_path):
    import csv
    import subprocess

    points = list(csv.DictReader((ROOT / "reports" / "plots" / "gdp_growth.csv").open(encoding="utf-8")))
    gdp = {r["observation_id"]: r for r in csv.DictReader((ROOT / "processed" / "gdp_estimates.csv").open(encoding="utf-8"))}
    assert points and all(gdp[p["observation_id"]]["indicator"] == "gdp_growth_rate" for p in points)
    assert all(p["year"] == gdp[p["observation_id"]]["period_start"][:4] for p in points)
    assert len({p["estimator"] for p in points}) > 1
    result = subprocess.run([str(ROOT / ".venv" / "bin" / "dvc"), "plots", "show", "-o", str(tmp_path)], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "<script src=" not in page and "cdn.jsdelivr" not in page  # vega is inlined
    assert "vegaEmbed" in page and points[0]["observation_id"] in page
