"""Consistency and integrity checks over the built tables; one row per evaluated check."""

from __future__ import annotations

import hashlib
from collections import Counter
from decimal import Decimal
from typing import Any

SEVERITIES = ("error", "warning", "info")


def check_id(check_type: str, key: str) -> str:
    return f"{check_type}:{hashlib.sha1(key.encode('utf-8')).hexdigest()[:10]}"


def _row(check_type: str, severity: str, failing: list[str], key: str, expected: str, actual: str, message: str):
    return {
        "check_id": check_id(check_type, key),
        "check_type": check_type,
        "severity": severity,
        "status": "fail" if failing else "pass",
        "observation_ids": ";".join(failing),
        "expected": expected,
        "actual": actual,
        "tolerance": "",
        "message": message,
    }


def mention_integrity(texts: dict[str, str], observations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """raw_text[char_start:char_end] == mention, per document."""
    rows = []
    for document_id in sorted(texts):
        text = texts[document_id]
        own = [o for o in observations if o["document_id"] == document_id]
        bad = [o["observation_id"] for o in own if text[int(o["char_start"]) : int(o["char_end"])] != o["mention"]]
        rows.append(_row(
            "mention_integrity", "error", bad, document_id, f"{len(own)} mentions equal to their span",
            f"{len(own) - len(bad)} equal", f"{document_id}: {len(bad)} of {len(own)} mentions differ from the raw text at their offsets.",
        ))
    return rows


def number_dispositions(numbers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every number token is accounted for; 'unexplained' ones are gaps in the extractor."""
    rows = []
    for document_id in sorted({n["document_id"] for n in numbers}):
        own = [n for n in numbers if n["document_id"] == document_id]
        gaps = [f"{n['char_start']}:{n['token']}" for n in own if n["disposition"] == "unexplained"]
        rows.append(_row(
            "number_disposition", "warning", [], document_id + ":numbers", "0 unexplained number tokens",
            f"{len(gaps)} unexplained" + (f" ({', '.join(gaps[:10])})" if gaps else ""),
            f"{document_id}: {len(gaps)} of {len(own)} number tokens have no disposition.",
        ))
        rows[-1]["status"] = "fail" if gaps else "pass"
    return rows


def foreign_keys(tables: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Every reference from observations and numbers resolves."""
    references = [
        ("observations", "document_id", "documents", "document_id"),
        ("observations", "indicator", "indicators", "indicator"),
        ("observations", "source_id", "sources", "source_id"),
        ("numbers", "observation_id", "observations", "observation_id"),
    ]
    rows = []
    for table, column, target, target_column in references:
        known = {r[target_column] for r in tables[target]}
        dangling = sorted({r[column] for r in tables[table] if r[column] and r[column] not in known})
        rows.append(_row(
            "foreign_key", "error", [], f"{table}.{column}", f"every {table}.{column} in {target}",
            f"{len(dangling)} unresolved" + (f" ({', '.join(dangling[:5])})" if dangling else ""),
            f"{table}.{column} → {target}.{target_column}: {len(dangling)} values do not resolve.",
        ))
        rows[-1]["status"] = "fail" if dangling else "pass"
    return rows


def _comparable(o: dict[str, Any]) -> bool:
    """Attributed estimates with a period and a specific indicator: unattributed numbers of one
    indicator often measure different things (shares of different sectors), which no check should
    call a conflict."""
    return (
        bool(o["source"]) and bool(o["period_start"]) and o["value"] != ""
        and not o["indicator"].startswith(("other_", "unclassified"))
    )


def repeated_statements(observations: list[dict[str, Any]], tolerance: float) -> list[dict[str, Any]]:
    """The same indicator, subject, unit and period stated more than once: by different estimators
    (conflicting estimates when they differ beyond the tolerance) or by the same one (restatements)."""
    groups: dict[tuple, list[dict[str, Any]]] = {}
    for o in observations:
        if _comparable(o):
            key = (o["indicator"], o["subject"], o["unit"], o["period_start"], o["period_end"])
            groups.setdefault(key, []).append(o)
    rows = []
    for key, group in sorted(groups.items()):
        if len(group) < 2 or len({o["char_start"] for o in group}) < 2:
            continue
        values = [Decimal(o["value"]) for o in group]
        low, high = min(values), max(values)
        spread = float((high - low) / max(abs(high), abs(low))) if high != low else 0.0
        sources = sorted({o["source"] for o in group})
        check_type = "conflicting_estimates" if len(sources) > 1 else "restatement"
        ids = [o["observation_id"] for o in group]
        indicator, subject, unit, start, end = key
        period = start if start == end else f"{start}/{end}"
        row = _row(
            check_type, "warning", ids, ";".join(ids), f"relative spread <= {tolerance:g}",
            f"{low} to {high} {unit} (spread {spread:.3f})",
            f"{indicator} of {subject} for {period}: {len(group)} statements by {', '.join(sources)} "
            f"range from {low} to {high} {unit}.",
        )
        row["status"] = "fail" if spread > tolerance else "pass"
        row["tolerance"] = f"{tolerance:g}"
        rows.append(row)
    return rows


def run_checks(
    texts: dict[str, str], tables: dict[str, list[dict[str, Any]]], tolerance: float = 0.05
) -> list[dict[str, Any]]:
    rows = mention_integrity(texts, tables["observations"])
    rows += repeated_statements(tables["observations"], tolerance)
    rows += number_dispositions(tables["numbers"])
    rows += foreign_keys(tables)
    return sorted(rows, key=lambda r: (r["check_type"], r["check_id"]))


def metrics(tables: dict[str, list[dict[str, Any]]], checks: list[dict[str, Any]]) -> dict[str, Any]:
    by_status = Counter(f"{c['check_type']}.{c['status']}" for c in checks)
    dispositions = Counter(n["disposition"] for n in tables["numbers"])
    return {
        "documents": len(tables["documents"]),
        "observations": len(tables["observations"]),
        "sources": len(tables["sources"]),
        "number_tokens": dict(sorted(dispositions.items())),
        "checks": dict(sorted(by_status.items())),
        "failed_error_checks": sum(1 for c in checks if c["status"] == "fail" and c["severity"] == "error"),
    }
