"""Releases: what changed since the last published package, the version that follows from it (the
Data Package Version recipe), the CHANGELOG entry, and the distributable zip.

The last release is the package currently in processed/ and datapackage.json: publishing compares
the new tables with it before replacing it. A rebuild that changes nothing published keeps the
version and writes no entry, so `dvc repro` on a fresh clone reproduces the committed files.
"""

from __future__ import annotations

import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Row = dict[str, str]
LEVELS = ("patch", "minor", "major")
# How many rows of each kind a changelog entry lists per table before summarising the rest.
LISTED_ROWS = 15
# Descriptor keys that are the release's own bookkeeping, not metadata a user would call a change.
BOOKKEEPING = ("version", "resources", "created")


@dataclass
class TableDiff:
    table: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[tuple[str, dict[str, tuple[str, str]]]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass
class Changes:
    tables: list[TableDiff]
    structure: list[tuple[str, str]]  # (level, description) of changes to resources and fields

    @property
    def level(self) -> str | None:
        levels = [level for level, _ in self.structure]
        levels += ["minor" for d in self.tables if d.added]
        levels += ["patch" for d in self.tables if d.removed or d.changed]
        return max(levels, key=LEVELS.index) if levels else None


def _key(row: Row, key: list[str]) -> str:
    return "/".join(row[k] for k in key)


def table_diff(table: str, old: list[Row], new: list[Row], key: list[str]) -> TableDiff:
    """Rows added, removed and changed (column by column), matched on the primary key."""
    before = {_key(r, key): r for r in old}
    after = {_key(r, key): r for r in new}
    diff = TableDiff(table)
    diff.added = [_label(k, after[k]) for k in after if k not in before]
    diff.removed = [_label(k, before[k]) for k in before if k not in after]
    for k, row in after.items():
        if k in before and before[k] != row:
            columns = dict.fromkeys([*before[k], *row])
            diff.changed.append((k, {
                c: (before[k].get(c, ""), row.get(c, "")) for c in columns if before[k].get(c) != row.get(c)
            }))
    return diff


def _label(key: str, row: Row) -> str:
    """A row as a changelog names it: its key, and the quantity when it has one."""
    if row.get("mention"):
        return f"`{key}` ({_short(row['mention'])} {row.get('value', '')} {row.get('unit', '')})".replace("  ", " ").replace(" )", ")")
    return f"`{key}`"


def _fields(resource: dict[str, Any]) -> dict[str, str]:
    return {f["name"]: f["type"] for f in resource["schema"]["fields"]}


def structure_changes(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str]]:
    """Changes to resources, fields and metadata, each with the version level it calls for."""
    found: list[tuple[str, str]] = []
    before = {r["name"]: r for r in old.get("resources", [])}
    after = {r["name"]: r for r in new["resources"]}
    found += [("major", f"resource `{name}` removed") for name in before if name not in after]
    found += [("minor", f"resource `{name}` added") for name in after if name not in before]
    for name in after.keys() & before.keys():
        old_fields, new_fields = _fields(before[name]), _fields(after[name])
        found += [("major", f"`{name}.{f}` removed or renamed") for f in old_fields if f not in new_fields]
        found += [("minor", f"`{name}.{f}` added") for f in new_fields if f not in old_fields]
        found += [
            ("major", f"`{name}.{f}` type {old_fields[f]} → {new_fields[f]}")
            for f in new_fields.keys() & old_fields.keys() if old_fields[f] != new_fields[f]
        ]
        if _without_stats(before[name]) != _without_stats(after[name]) and not any(
            f"`{name}." in text or f"`{name}`" in text for _, text in found
        ):
            found.append(("patch", f"`{name}` metadata (descriptions, constraints or keys) changed"))
    meta = [k for k in {*old, *new} - set(BOOKKEEPING) if old.get(k) != new.get(k)]
    found += [("patch", f"package `{k}` changed") for k in sorted(meta)]
    return sorted(found, key=lambda item: (-LEVELS.index(item[0]), item[1]))


def _without_stats(resource: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in resource.items() if k not in ("bytes", "hash")}


def bump(version: str, level: str | None) -> str:
    """The next semantic version: major.minor.patch, the lower parts reset."""
    if level is None:
        return version
    major, minor, patch = (int(part) for part in re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", version).groups())
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _listed(items: list[str], render=str) -> list[str]:
    lines = [f"  - {render(item)}" for item in items[:LISTED_ROWS]]
    if len(items) > LISTED_ROWS:
        lines.append(f"  - … and {len(items) - LISTED_ROWS} more")
    return lines


def _change(item: tuple[str, dict[str, tuple[str, str]]]) -> str:
    key, columns = item
    shown = "; ".join(f"{c}: {_difference(a, b)}" for c, (a, b) in list(columns.items())[:4])
    more = f"; and {len(columns) - 4} more columns" if len(columns) > 4 else ""
    return f"`{key}`: {shown}{more}"


def _difference(old: str, new: str) -> str:
    """'“a” → “b”'; for long lists ("cue;cue;…") the items added and removed, which a cut-off
    old → new would hide."""
    if ";" in old + new and max(len(old), len(new)) > 60:
        before, after = old.split(";"), new.split(";")
        added = [v for v in after if v not in before]
        removed = [v for v in before if v not in after]
        parts = ([f"added {_short(';'.join(added))}"] if added else []) + ([f"removed {_short(';'.join(removed))}"] if removed else [])
        return ", ".join(parts) or "reordered"
    if len(old) > 60 and len(new) > 60:
        # a long text changed at its end: shown from a little before where the two part, so that the
        # cut-off does not hide the change ("Degree to which …" → "Degree to which …")
        common = len(os.path.commonprefix([old, new]))
        start = max(0, old.rfind(" ", 0, max(0, common - 20)) + 1)
        if start:
            return f"“…{_short(old[start:])[1:]} → “…{_short(new[start:])[1:]}"
    return f"{_short(old)} → {_short(new)}"


def _short(value: str) -> str:
    value = value.replace("\n", " ")
    return f"“{value[:60]}…”" if len(value) > 60 else f"“{value}”"


def changelog_entry(version: str, date: str, changes: Changes, first: bool = False) -> str:
    """A Markdown section: the version, why it has that number, and the data diff per table."""
    lines = [f"## {version} — {date}", ""]
    if first:
        lines += ["First release of the package.", ""]
    else:
        lines += [f"Version level: **{changes.level}** (Data Package Version recipe).", ""]
    if changes.structure:
        lines += ["Structure and metadata:", ""] + [f"- {text} ({level})" for level, text in changes.structure] + [""]
    new_resources = {text.split("`")[1] for _, text in changes.structure if text.endswith("added") and "." not in text}
    for diff in changes.tables:
        if not diff:
            continue
        lines.append(f"- `{diff.table}`: {len(diff.added)} rows added, {len(diff.removed)} removed, "
                     f"{len(diff.changed)} changed")
        if diff.added and not first and diff.table not in new_resources:
            lines += ["  - added:"] + ["  " + line for line in _listed(diff.added)]
        if diff.removed:
            lines += ["  - removed:"] + ["  " + line for line in _listed(diff.removed)]
        if diff.changed:
            lines += ["  - changed:"] + ["  " + line for line in _listed(diff.changed, _change)]
    return "\n".join(lines).rstrip() + "\n"


CHANGELOG_HEADER = (
    "# Changelog\n\n"
    "Written by the `package` stage: each published change of the data is a release whose version\n"
    "follows the Data Package Version recipe (a field removed, renamed or retyped → major; rows,\n"
    "fields or resources added → minor; values corrected, rows withdrawn or metadata changed → patch).\n"
    "Rows are named by their primary key (observation_id for observations).\n"
)


def add_entry(changelog: str, entry: str) -> str:
    """The changelog with the entry on top of the previous ones."""
    body = changelog.split("\n## ", 1)
    previous = "## " + body[1] if len(body) == 2 else ""
    return CHANGELOG_HEADER + "\n" + entry + ("\n" + previous if previous else "")


def latest_version(changelog: str) -> str | None:
    m = re.search(r"^## (\d+\.\d+\.\d+) ", changelog, re.MULTILINE)
    return m.group(1) if m else None


# A zip's entries carry a date: the package's own `created`, so the same release is the same bytes.
def build_zip(root: Path, descriptor: dict[str, Any], extra: list[str], target: Path) -> Path:
    """dist/<name>-<version>.zip: the descriptor, every resource it lists, and the extra files."""
    members = ["datapackage.json", *(r["path"] for r in descriptor["resources"]), *extra]
    stamp = tuple(int(part) for part in re.findall(r"\d+", descriptor.get("created", "1980-01-01"))[:3]) + (0, 0, 0)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".zip.tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for member in members:
            info = zipfile.ZipInfo(f"{descriptor['name']}-{descriptor['version']}/{member}", date_time=stamp)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, (root / member).read_bytes())
    tmp.replace(target)
    return target


def citation_cff(package: dict[str, Any]) -> str:
    """CITATION.cff (Citation File Format 1.2.0) for the release the descriptor describes."""
    import yaml

    authors = [{"name": c["title"]} for c in package.get("contributors", []) if "creator" in c.get("roles", [])]
    citation = {
        "cff-version": "1.2.0",
        "message": "If you use these data, cite the data package as below. To cite a single number, give the "
                   "package version, the number's observation_id and the quoted sentence (README: How to cite a number).",
        "type": "dataset",
        "title": package["title"],
        "version": package["version"],
        "date-released": package["created"][:10],
        "authors": authors or [{"name": "Data package contributors"}],
        "abstract": package.get("description", ""),
        "license": package["licenses"][0]["name"],
        "keywords": package.get("keywords", []),
    }
    header = "# Written by the package stage from datapackage.json: edit schemas/package.yaml instead.\n"
    return header + yaml.safe_dump(citation, sort_keys=False, allow_unicode=True, width=100)
