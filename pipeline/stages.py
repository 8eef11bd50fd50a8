"""Stage entry points: each reads what the previous stage wrote and wires the modules together."""

from __future__ import annotations

import gc
from pathlib import Path

from pipeline.csvio import read_csv, read_json, write_csv, write_json
from pipeline.schemas import TABLES, columns

# Each stage imports what it needs inside its function: a stage is a process of its own, and
# loading the extractor for the packaging stage would only slow every `dvc repro`.

ROOT = Path.cwd()
BUILD = Path("build")
CORPUS = BUILD / "corpus.json"
EXTRACTED = BUILD / "extracted"
TABLES_DIR = BUILD / "tables"
CHECKS = BUILD / "checks" / "checks.csv"
CONFLICTS = BUILD / "checks" / "conflicts.csv"
CHECKS_REPORT = Path("reports") / "checks.md"
VALIDATION = BUILD / "validation"
METRICS = Path("reports") / "metrics.json"
PLOTS = Path("reports") / "plots"


def segment(root: Path = ROOT) -> None:
    """raw/*.txt → build/corpus.json: each document's text, metadata and sentence spans."""
    from pipeline.documents import read_corpus
    from pipeline.segment import paragraphs, sentences

    corpus = []
    for doc in read_corpus(root / "raw", root):
        spans = sentences(doc.text)
        meta = {k: v for k, v in doc.__dict__.items() if k != "line_starts"}
        corpus.append({
            **meta,
            "n_chars": len(doc.text),
            "n_lines": len(doc.line_starts),
            "n_paragraphs": len(paragraphs(doc.text)),
            "n_sentences": len(spans),
            "sentences": [[s.paragraph, s.start, s.end] for s in spans],
        })
    write_json(root / CORPUS, corpus)


def _documents(root: Path) -> list:
    from pipeline.documents import Document, line_starts
    from pipeline.segment import Sentence

    result = []
    for entry in read_json(root / CORPUS):
        fields = {k: entry[k] for k in Document.__dataclass_fields__ if k in entry}
        doc = Document(**fields, line_starts=line_starts(entry["text"]))
        spans = [Sentence(p, i, a, b) for i, (p, a, b) in enumerate(entry["sentences"], start=1)]
        result.append((doc, spans))
    return result


def extract(root: Path = ROOT) -> None:
    """build/corpus.json → build/extracted/{observations,numbers}.csv."""
    from pipeline.issuers import home_country
    from pipeline.extract import extract_document
    from pipeline.records import NumberToken, Observation, as_rows

    observations: list[Observation] = []
    numbers: list[NumberToken] = []
    countries = []
    documents = _documents(root)
    gc.freeze()  # the corpus lives to the end: the collector need not check its objects again and again
    for doc, spans in documents:
        home = home_country(doc.text)
        found, tokens = extract_document(doc, spans, home)
        observations += found
        numbers += tokens
        countries.append({"document_id": doc.document_id, "country": home.name if home else ""})
    write_csv(root / EXTRACTED / "countries.csv", ["document_id", "country"], countries)
    write_csv(root / EXTRACTED / "observations.csv", list(Observation.__dataclass_fields__), as_rows(observations))
    write_csv(root / EXTRACTED / "numbers.csv", list(NumberToken.__dataclass_fields__), as_rows(numbers))


def tables(root: Path = ROOT) -> None:
    """Extracted rows → the published tables (still in build/tables/)."""
    from pipeline.tables import documents_table, indicators_table, observations_table, sources_table
    from pipeline.themes import THEMES, economic_plans_table, rankings_table, thematic_table

    corpus = read_json(root / CORPUS)
    extracted = read_csv(root / EXTRACTED / "observations.csv")
    sources, source_ids = sources_table(extracted)
    observations = observations_table(extracted, source_ids)
    country = {row["document_id"]: row["country"] for row in read_csv(root / EXTRACTED / "countries.csv")}
    docs = [{k: v for k, v in d.items() if k not in ("text", "sentences")} | {"country": country[d["document_id"]]}
            for d in corpus]
    built = {
        "documents": documents_table(docs, observations),
        "observations": observations,
        "numbers": read_csv(root / EXTRACTED / "numbers.csv"),
        "indicators": indicators_table(observations),
        "sources": sources,
        **{theme: thematic_table(theme, observations, sources) for theme in THEMES},
        "economic_plans": economic_plans_table({d["document_id"]: d["text"] for d in corpus}, observations),
        "rankings": rankings_table(observations, sources),
    }
    for table, rows in built.items():
        write_csv(root / TABLES_DIR / f"{table}.csv", columns(table), rows)


def check(root: Path = ROOT) -> None:
    """build/tables → build/checks/{checks,conflicts}.csv, reports/metrics.json and reports/checks.md."""
    from pipeline import checks as checking
    from pipeline.report import checks_report

    texts = {d["document_id"]: d["text"] for d in read_json(root / CORPUS)}
    built = {t: read_csv(root / TABLES_DIR / f"{t}.csv") for t in TABLES if t not in ("checks", "conflicts")}
    import yaml

    from pipeline.lexicon import SafeLoader

    params = yaml.load((root / "params.yaml").read_text(encoding="utf-8"), Loader=SafeLoader)["checks"]
    conflicts: list[dict] = []
    rows = checking.run_checks(texts, built, float(params["conflict_tolerance"]), conflicts)
    write_csv(root / CHECKS, columns("checks"), rows)
    write_csv(root / CONFLICTS, columns("conflicts"), conflicts)
    write_json(root / METRICS, checking.metrics(built, rows, conflicts))
    (root / CHECKS_REPORT).write_text(checks_report(rows, built["observations"]), encoding="utf-8")


def _built_paths(root: Path) -> dict[str, Path]:
    paths = {t: root / TABLES_DIR / f"{t}.csv" for t in TABLES}
    paths["checks"] = root / CHECKS
    paths["conflicts"] = root / CONFLICTS
    return paths


def validate(root: Path = ROOT) -> None:
    """Every table against its schema; error-severity checks must pass. Fails loudly, writes a report."""
    from pipeline.validate import ValidationFailed, failed_error_checks, validate_tables

    problems = validate_tables(_built_paths(root), root / VALIDATION)
    problems += failed_error_checks(read_csv(root / CHECKS))
    if problems:
        raise ValidationFailed(
            f"{len(problems)} problem(s); nothing published. Failure cases: {VALIDATION / 'failure_cases.csv'}\n"
            + "\n".join(problems)
        )


def package(root: Path = ROOT) -> None:
    """Validated tables → processed/*.csv and datapackage.json."""
    from pipeline.package import publish

    from pipeline.plots import PLOT_COLUMNS, gdp_growth_points

    documents = read_csv(root / TABLES_DIR / "documents.csv")
    publish(_built_paths(root), documents, root)
    gdp = read_csv(root / "processed" / "gdp_estimates.csv")
    write_csv(root / PLOTS / "gdp_growth.csv", PLOT_COLUMNS, gdp_growth_points(gdp, documents))


# What a release zip holds besides the descriptor and the tables it lists.
RELEASE_EXTRAS = ["README.md", "CHANGELOG.md", "CITATION.cff", "LICENSE", "LICENSE-DATA.md"]


def release(root: Path = ROOT) -> None:
    """datapackage.json and its tables → dist/<name>-<version>.zip, with the README, changelog and licences."""
    from pipeline.release import build_zip

    package = read_json(root / "datapackage.json")
    build_zip(root, package, RELEASE_EXTRAS, root / "dist" / f"{package['name']}-{package['version']}.zip")
