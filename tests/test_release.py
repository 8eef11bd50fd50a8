"""Releases: the data diff, the version it calls for, the changelog entry and the zip."""

from __future__ import annotations

import zipfile

import pytest

from pipeline.release import (
    Changes, add_entry, build_zip, bump, changelog_entry, latest_version, structure_changes, table_diff,
)


def _resource(name: str, fields: dict[str, str], description: str = "d") -> dict:
    return {"name": name, "path": f"processed/{name}.csv", "description": description, "bytes": 1, "hash": "x",
            "schema": {"fields": [{"name": f, "type": t} for f, t in fields.items()]}}


def _package(*resources, **meta) -> dict:
    return {"name": "p", "version": "1.2.3", "title": "t", **meta, "resources": list(resources)}


OLD_ROWS = [{"id": "a", "value": "1.5"}, {"id": "b", "value": "2"}]


def test_table_diff_names_added_removed_and_changed_rows_by_key():
    new = [{"id": "a", "value": "1.6"}, {"id": "c", "value": "3"}]
    diff = table_diff("t", OLD_ROWS, new, ["id"])
    assert diff.added == ["`c`"] and diff.removed == ["`b`"]
    assert diff.changed == [("a", {"value": ("1.5", "1.6")})]
    assert not table_diff("t", OLD_ROWS, list(OLD_ROWS), ["id"])


@pytest.mark.parametrize(
    ("new_fields", "level"),
    [
        ({"id": "string", "value": "number"}, None),
        ({"id": "string", "value": "number", "unit": "string"}, "minor"),
        ({"id": "string", "amount": "number"}, "major"),  # renamed
        ({"id": "string", "value": "string"}, "major"),  # retyped
    ],
)
def test_structure_changes_follow_the_recipe(new_fields, level):
    old = _package(_resource("t", {"id": "string", "value": "number"}))
    new = _package(_resource("t", new_fields))
    assert Changes([], structure_changes(old, new)).level == level


def test_levels_of_data_and_metadata_changes():
    old = _package(_resource("t", {"id": "string"}))
    assert Changes([], structure_changes(old, _package(_resource("t", {"id": "string"}, "better")))).level == "patch"
    assert Changes([], structure_changes(old, _package(_resource("t", {"id": "string"}), title="new"))).level == "patch"
    assert Changes([], structure_changes(old, _package(*old["resources"], _resource("u", {"id": "string"})))).level == "minor"
    assert Changes([], structure_changes(old, _package())).level == "major"
    added = table_diff("t", OLD_ROWS, [*OLD_ROWS, {"id": "c", "value": "3"}], ["id"])
    corrected = table_diff("t", OLD_ROWS, [{"id": "a", "value": "1"}, OLD_ROWS[1]], ["id"])
    assert Changes([added], []).level == "minor"
    assert Changes([corrected], []).level == "patch"
    assert Changes([corrected, added], [("major", "x")]).level == "major"
    # bookkeeping alone (version, hashes, sizes) is no change
    assert structure_changes(old, {**old, "version": "9.9.9"}) == []


@pytest.mark.parametrize(("level", "expected"), [(None, "1.2.3"), ("patch", "1.2.4"), ("minor", "1.3.0"), ("major", "2.0.0")])
def test_bump(level, expected):
    assert bump("1.2.3", level) == expected


def test_changelog_entries_stack_newest_first_and_show_old_and_new_values():
    diff = table_diff("observations", [{"observation_id": "d:1", "mention": "3%", "value": "3"}],
                      [{"observation_id": "d:1", "mention": "3%", "value": "-3"}], ["observation_id"])
    first = add_entry("", changelog_entry("0.1.0", "2026-01-01", Changes([], []), first=True))
    second = add_entry(first, changelog_entry("0.1.1", "2026-02-01", Changes([diff], [])))
    assert latest_version(second) == "0.1.1" and second.count("## 0.1.0") == 1
    assert second.index("## 0.1.1") < second.index("## 0.1.0")
    assert "`d:1`: value: “3” → “-3”" in second and "**patch**" in second


def test_zip_holds_the_descriptor_its_resources_and_extras_and_is_reproducible(tmp_path):
    (tmp_path / "processed").mkdir()
    (tmp_path / "processed" / "t.csv").write_text("id\na\n", encoding="utf-8")
    (tmp_path / "datapackage.json").write_text("{}", encoding="utf-8")
    (tmp_path / "README.md").write_text("read me", encoding="utf-8")
    package = {**_package(_resource("t", {"id": "string"})), "created": "2026-11-28T00:00:00Z"}
    first = build_zip(tmp_path, package, ["README.md"], tmp_path / "dist" / "p-1.2.3.zip").read_bytes()
    second = build_zip(tmp_path, package, ["README.md"], tmp_path / "dist" / "p-1.2.3.zip").read_bytes()
    assert first == second
    with zipfile.ZipFile(tmp_path / "dist" / "p-1.2.3.zip") as archive:
        assert archive.namelist() == ["p-1.2.3/datapackage.json", "p-1.2.3/processed/t.csv", "p-1.2.3/README.md"]
        assert archive.read("p-1.2.3/processed/t.csv") == b"id\na\n"


def test_a_changed_long_list_shows_the_items_added_and_removed():
    from pipeline.release import _change

    old = ";".join(f"cue number {i}" for i in range(12))
    new = old.replace("cue number 3;", "") + ";a new cue"
    line = _change(("exchange_rate", {"cues": (old, new)}))
    assert "added “a new cue”" in line and "removed “cue number 3”" in line


def test_a_long_text_changed_at_its_end_is_shown_from_where_it_changed():
    from pipeline.release import _difference

    old = "Degree to which a plan was fulfilled, or the margin by which it was exceeded."
    new = "Degree to which a plan was fulfilled, or the margin by which it was exceeded, or a budget's execution rate."
    shown = _difference(old, new)
    assert "budget's execution rate" in shown and shown.startswith("“…")
    assert _difference("short", "other") == "“short” → “other”"
