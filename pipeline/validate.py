"""Validating the built tables with their pandera schemas, lazily, with a readable report."""

from __future__ import annotations

from pathlib import Path

from pipeline.csvio import write_csv
from pipeline.schemas import TABLES, pandera_schema

FAILURE_COLUMNS = ["table", "schema_context", "column", "check", "index", "failure_case"]


class ValidationFailed(RuntimeError):
    """The tables break their schemas or an error-severity check failed; nothing is published."""


def _read(path: Path):
    import pandas as pd

    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    return frame.replace("", pd.NA)


def validate_tables(table_paths: dict[str, Path], report_dir: Path) -> list[str]:
    """Validate every table; write failure cases and a report; return the report's lines."""
    import pandera.errors

    failures: list[dict] = []
    lines: list[str] = []
    for table in TABLES:
        frame = _read(table_paths[table])
        try:
            pandera_schema(table).validate(frame, lazy=True)
            lines.append(f"{table}: {len(frame)} rows valid")
        except pandera.errors.SchemaErrors as err:
            cases = err.failure_cases
            for record in cases.to_dict("records"):
                failures.append({"table": table, **{k: record.get(k, "") for k in FAILURE_COLUMNS[1:]}})
            grouped = cases.groupby(["column", "check"], dropna=False).size()
            for (column, check), n in grouped.items():
                sample = cases[(cases["column"] == column) & (cases["check"] == check)].head(3)
                rows = ", ".join(f"row {r['index']}: {r['failure_case']!r}" for r in sample.to_dict("records"))
                lines.append(f"{table}: column {column}: {check} failed for {n} rows ({rows})")
    write_csv(report_dir / "failure_cases.csv", FAILURE_COLUMNS, failures)
    (report_dir / "report.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines if failures else []


def failed_error_checks(checks: list[dict]) -> list[str]:
    return [
        f"checks: {c['check_type']} failed: {c['message']}"
        for c in checks
        if c["severity"] == "error" and c["status"] == "fail"
    ]
