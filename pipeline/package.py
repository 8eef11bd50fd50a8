"""Publishing: the validated tables into processed/ and the Frictionless descriptor datapackage.json.

Files are first written beside their targets and then renamed, so a failure part-way leaves the
previously published package as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import yaml

from pipeline.csvio import read_csv, write_json, write_text
from pipeline.lexicon import SafeLoader
from pipeline.release import (
    Changes, add_entry, bump, changelog_entry, citation_cff, latest_version, structure_changes, table_diff,
)
from pipeline.schemas import SCHEMA_DIR, TABLES, load_schema, table_schema
from pipeline.spreadsheet import write_workbook

PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def resource(table: str, path: Path, published_as: str) -> dict[str, Any]:
    spec = load_schema(table)
    return {
        "name": table,
        "path": published_as,
        "title": spec["title"],
        "description": " ".join(spec["description"].split()),
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": path.stat().st_size,
        "hash": f"sha256:{_sha256(path)}",
        "schema": table_schema(table),
    }


def descriptor(documents: list[dict[str, Any]], resources: list[dict[str, Any]]) -> dict[str, Any]:
    meta = yaml.load((SCHEMA_DIR / "package.yaml").read_text(encoding="utf-8"), Loader=SafeLoader)
    dates = sorted(d["date_added"] for d in documents if d.get("date_added"))
    package = {"$schema": PROFILE, **{k: v for k, v in meta.items() if v not in ("", None)}}
    if dates:
        package["created"] = f"{dates[-1]}T00:00:00Z"  # the newest source, never the wall clock
    package["sources"] = [
        {"title": d["title"], "path": d["path"], "sha256": d["sha256"]} for d in documents
    ]
    package["resources"] = resources
    return package


def _previous_release(root: Path) -> tuple[dict[str, Any] | None, dict[str, list[dict[str, str]]]]:
    """The package published now (the last release): its descriptor and its tables."""
    path = root / "datapackage.json"
    if not path.exists():
        return None, {}
    previous = json.loads(path.read_text(encoding="utf-8"))
    tables = {}
    for resource in previous.get("resources", []):
        csv_path = root / resource["path"]
        if csv_path.exists():
            tables[resource["name"]] = read_csv(csv_path)
    return previous, tables


def _changelog(root: Path) -> str:
    path = root / "CHANGELOG.md"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _release(root: Path, previous: dict[str, Any] | None, old_tables: dict, built: dict[str, Path],
             package: dict[str, Any]) -> str | None:
    """Give the new descriptor its version; return the changelog entry, or None when nothing changed."""
    changes = Changes(
        [table_diff(t, old_tables.get(t, []), read_csv(built[t]), load_schema(t)["primaryKey"]) for t in TABLES],
        structure_changes(previous or {}, package),
    )
    date = package.get("created", "")[:10]
    if previous is None:  # nothing published to compare with: the changelog says which release this is
        released = latest_version(_changelog(root))
        package["version"] = released or package["version"]
        return None if released else changelog_entry(package["version"], date, changes, first=True)
    package["version"] = bump(previous["version"], changes.level)
    return changelog_entry(package["version"], date, changes) if changes.level else None


def publish(built: dict[str, Path], documents: list[dict[str, Any]], root: Path) -> None:
    """Copy the built tables to processed/, write the spreadsheet copy processed/<name>.xlsx and
    datapackage.json, each file atomically; a change of the published data is a new release
    (version, CHANGELOG entry)."""
    processed = root / "processed"
    processed.mkdir(exist_ok=True)
    previous, old_tables = _previous_release(root)
    resources = []
    staged: list[tuple[Path, Path]] = []
    for table in TABLES:
        target = processed / f"{table}.csv"
        fd, tmp = tempfile.mkstemp(dir=processed, prefix=f".{table}.", suffix=".tmp")
        os.close(fd)
        shutil.copyfile(built[table], tmp)
        staged.append((Path(tmp), target))
        resources.append(resource(table, Path(tmp), f"processed/{table}.csv"))
    package = descriptor(documents, resources)
    entry = _release(root, previous, old_tables, built, package)
    # The workbook is built from the staged CSVs, before anything is replaced: if it fails, the
    # published CSVs, workbook and descriptor all stay at the previous version together.
    workbook = processed / f"{package['name']}.xlsx"
    fd, tmp = tempfile.mkstemp(dir=processed, prefix=f".{workbook.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write_workbook(package, {table: path for (path, _), table in zip(staged, TABLES)}, Path(tmp))
    except BaseException:
        for path in [Path(tmp), *(path for path, _ in staged)]:
            path.unlink(missing_ok=True)
        raise
    staged.append((Path(tmp), workbook))
    for tmp_path, target in staged:
        os.replace(tmp_path, target)
    for stale in processed.glob("*.csv"):
        if stale.stem not in TABLES:
            stale.unlink()
    # The workbook is a convenience copy, not a resource; one left from an earlier package name goes.
    for stale in processed.glob("*.xlsx"):
        if stale != workbook:
            stale.unlink()
    if entry:
        write_text(root / "CHANGELOG.md", add_entry(_changelog(root), entry))
    write_text(root / "CITATION.cff", citation_cff(package))
    write_json(root / "datapackage.json", package)
