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


def references(tables: dict[str, list[dict[str, Any]]]) -> list[tuple[str, str, str, str]]:
    """(table, column, target, target column) of every single-column foreign key the schemas
    declare between the tables at hand."""
    from pipeline.schemas import load_schema

    found = []
    for table in tables:
        for key in load_schema(table).get("foreignKeys", []):
            target = key["reference"]["resource"]
            if len(key["fields"]) == 1 and target in tables:
                found.append((table, key["fields"][0], target, key["reference"]["fields"][0]))
    return found


def foreign_keys(tables: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Every reference the schemas declare resolves."""
    rows = []
    for table, column, target, target_column in references(tables):
        known = {r[target_column] for r in tables[target]}
        dangling = sorted({r[column] for r in tables[table] if r[column] and r[column] not in known})
        rows.append(_row(
            "foreign_key", "error", [], f"{table}.{column}", f"every {table}.{column} in {target}",
            f"{len(dangling)} unresolved" + (f" ({', '.join(dangling[:5])})" if dangling else ""),
            f"{table}.{column} → {target}.{target_column}: {len(dangling)} values do not resolve.",
        ))
        rows[-1]["status"] = "fail" if dangling else "pass"
    return rows


def _comparable(o: dict[str, Any], excluded: set[str]) -> bool:
    """Estimates with a period, a value and a specific indicator: the numbers of indicators that name
    a kind of measure (ranks, counts of committees) measure different things in one period."""
    return (
        bool(o["period_start"]) and o["value"] != ""
        and not o["indicator"].startswith(("other_", "unclassified")) and o["indicator"] not in excluded
    )


def _agree(group: list[dict[str, Any]], tolerance: float) -> bool:
    """Whether one true value fits every statement: each statement's interval (its written
    precision, qualifier and range, pipeline/tolerance.py) widened by the relative tolerance."""
    from pipeline.tolerance import interval

    spans = [interval(o) for o in group]
    lows = [low - tolerance * abs(low) for low, _ in spans]
    highs = [high + tolerance * abs(high) for _, high in spans]
    return max(lows) <= min(highs)


def statement_groups(observations: list[dict[str, Any]]) -> list[tuple[tuple, list[dict[str, Any]]]]:
    """Statements of one indicator, subject, unit and period made in more than one sentence, or by
    more than one estimator in one sentence."""
    from pipeline.lexicon import load_lexicon

    from pipeline.arithmetic import before, has_cue

    excluded = set(load_lexicon("checks")["not_restatable"])
    groups: dict[tuple, list[dict[str, Any]]] = {}
    for o in observations:
        if _comparable(o, excluded) and not has_cue(before(o, 40), "subperiod_cues"):
            key = (o["indicator"], o["subject"], o["unit"], o["period_start"], o["period_end"], bool(o["source"]))
            groups.setdefault(key, []).append(o)
    result = []
    for (*key, attributed), group in sorted(groups.items()):
        # One estimator's several numbers of one key in one sentence are a list of different things
        # ("4.7%, 7.9% and 5.9% for agriculture, industry and services"): none restates another.
        per_sentence = Counter((o["document_id"], o["sentence_start"], o["source"]) for o in group)
        group = [o for o in group if per_sentence[(o["document_id"], o["sentence_start"], o["source"])] == 1]
        # What is left is one statement per sentence and estimator: two estimators in one sentence
        # ("A estimated 1.3%, while B estimated −3.5% for the same year") are two estimates.
        if len(group) < 2:
            continue
        # Unattributed numbers of one indicator often measure different things (shares of different
        # sectors): only the same number stated again is evidence of one fact, restated.
        if attributed or len({(o["value"], o.get("value_high", "")) for o in group}) == 1:
            result.append((tuple(key), group))
    return result


def repeated_statements(
    observations: list[dict[str, Any]], tolerance: float, conflicts: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """The same indicator, subject, unit and period stated more than once: by different estimators
    (conflicting estimates when no single value fits them all within rounding and the tolerance) or
    by the same one at different places (a restatement, agreeing or not). Disagreeing groups of
    either kind are appended to `conflicts` as rows of conflicts.csv."""
    rows = []
    for key, group in statement_groups(observations):
        values = [Decimal(o["value"]) for o in group] + [Decimal(o["value_high"]) for o in group if o.get("value_high")]
        low, high = min(values), max(values)
        spread = float((high - low) / max(abs(high), abs(low))) if high != low else 0.0
        sources = sorted({o["source"] for o in group})
        check_type = "conflicting_estimates" if len(sources) > 1 else "restatement"
        ids = [o["observation_id"] for o in group]
        indicator, subject, unit, start, end = key
        period = start if start == end else f"{start}/{end}"
        agree = _agree(group, tolerance)
        row = _row(
            check_type, "warning", ids, ";".join(ids), f"one value within rounding and relative tolerance {tolerance:g}",
            f"{low} to {high} {unit} (spread {spread:.3f})",
            f"{indicator} of {subject} for {period}: {len(group)} statements by {', '.join(sources)} "
            f"range from {low} to {high} {unit}" + ("." if agree else ", more than rounding and the tolerance allow."),
        )
        row["status"] = "pass" if agree else "fail"
        row["tolerance"] = f"{tolerance:g} relative, beyond each statement's rounding"
        rows.append(row)
        if not agree and conflicts is not None:
            conflicts.append({
                "check_id": row["check_id"], "indicator": indicator, "subject": subject, "unit": unit,
                "period_start": start, "period_end": end, "n_sources": len(sources), "n_statements": len(group),
                "min": str(low), "max": str(high), "spread": f"{spread:.4f}", "observation_ids": ";".join(ids),
            })
    return rows


def run_checks(
    texts: dict[str, str], tables: dict[str, list[dict[str, Any]]], tolerance: float = 0.05,
    conflicts: list[dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """Every check over the built tables; conflicting groups are appended to `conflicts`."""
    from pipeline.arithmetic import arithmetic_checks
    from pipeline.plausibility import observation_bounds, period_years

    observations = tables["observations"]
    rows = mention_integrity(texts, observations)
    rows += repeated_statements(observations, tolerance, conflicts)
    rows += arithmetic_checks(observations)
    rows += observation_bounds(observations)
    rows += period_years(observations)
    rows += number_dispositions(tables["numbers"])
    rows += foreign_keys(tables)
    return sorted(rows, key=lambda r: (r["check_type"], r["check_id"]))


def metrics(
    tables: dict[str, list[dict[str, Any]]], checks: list[dict[str, Any]], conflicts: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """The counts `dvc metrics show` prints and `dvc metrics diff` compares between versions."""
    by_status = Counter(f"{c['check_type']}.{c['status']}" for c in checks)
    dispositions = Counter(n["disposition"] for n in tables["numbers"])
    category = {i["indicator"]: i["category"] for i in tables["indicators"]}
    categories = Counter(category.get(o["indicator"], "") for o in tables["observations"])
    generic = sum(1 for o in tables["observations"] if o["indicator"].startswith(("other_", "unclassified")))
    failed = [c for c in checks if c["status"] == "fail"]
    return {
        "documents": len(tables["documents"]),
        "observations": len(tables["observations"]),
        "observations_by_category": dict(sorted(categories.items())),
        "specific_indicator_share": round(1 - generic / len(tables["observations"]), 4) if tables["observations"] else 0,
        "sources": len(tables["sources"]),
        "number_tokens": dict(sorted(dispositions.items())),
        "checks": dict(sorted(by_status.items())),
        "conflicts": len(conflicts or []),
        "failed_checks": len(failed),
        "failed_error_checks": sum(1 for c in failed if c["severity"] == "error"),
    }
