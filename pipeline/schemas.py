"""One definition per table (schemas/<table>.yaml) → Table Schema for the descriptor, CSV column
order, and the pandera schema that validates the table. Nothing else describes a table."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from pipeline.lexicon import SafeLoader

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
# Order in which tables are built, validated and listed in the descriptor.
TABLES = (
    "documents", "observations", "numbers", "indicators", "sources",
    "gdp_estimates", "trade", "public_finance", "energy", "agriculture_food", "industry_labour",
    "economic_plans", "rankings",
    "checks", "conflicts",
)
# Keys of a schema file, and of its fields, that are ours, not Table Schema's.
LOCAL_KEYS = ("name", "title", "description", "rules", "select", "roles")
LOCAL_FIELD_KEYS = ("from",)


@lru_cache(maxsize=None)
def load_schema(table: str) -> dict[str, Any]:
    """A schema file; a field given by name alone is the observations field of that name, so the
    provenance columns of every thematic table are described once."""
    with (SCHEMA_DIR / f"{table}.yaml").open(encoding="utf-8") as handle:
        spec = yaml.load(handle, Loader=SafeLoader)
    if any(isinstance(f, str) for f in spec["fields"]):
        inherited = {f["name"]: f for f in load_schema("observations")["fields"]}
        spec["fields"] = [dict(inherited[f]) if isinstance(f, str) else f for f in spec["fields"]]
    return spec


def columns(table: str) -> list[str]:
    return [f["name"] for f in load_schema(table)["fields"]]


def table_schema(table: str) -> dict[str, Any]:
    """The Frictionless Table Schema: fields, keys, and empty cells read as missing."""
    spec = load_schema(table)
    fields = [_with_categories({k: v for k, v in f.items() if k not in LOCAL_FIELD_KEYS}) for f in spec["fields"]]
    schema: dict[str, Any] = {"fields": fields, "missingValues": [""]}
    for key in ("primaryKey", "foreignKeys"):
        if key in spec:
            schema[key] = spec[key]
    return schema


def _with_categories(field: dict[str, Any]) -> dict[str, Any]:
    """A field whose values are an enumeration also lists them as Data Package v2 `categories`;
    the v1 `enum` constraint stays beside it for tools (frictionless-py) that read only that."""
    enum = field.get("constraints", {}).get("enum")
    return {**field, "categories": list(enum)} if enum else field


def pandera_schema(table: str):
    """A pandera DataFrameSchema with the same types, constraints and cross-column rules."""
    import pandera.pandas as pa  # slow import: only the validate stage pays for it

    spec = load_schema(table)
    dtypes = {"string": "str", "integer": "Int64", "number": "Float64", "boolean": "boolean"}
    cols = {}
    for f in spec["fields"]:
        c = f.get("constraints", {})
        checks = []
        if "minimum" in c:
            checks.append(pa.Check.ge(c["minimum"]))
        if "maximum" in c:
            checks.append(pa.Check.le(c["maximum"]))
        if "enum" in c:
            checks.append(pa.Check.isin(c["enum"]))
        if "pattern" in c:
            checks.append(pa.Check.str_matches(c["pattern"]))
        cols[f["name"]] = pa.Column(
            dtypes[f["type"]],
            checks=checks,
            nullable=not c.get("required", False),
            unique=bool(c.get("unique", False)),
            coerce=True,
            description=f.get("description"),
        )
    rules = [_rule(pa, r) for r in spec.get("rules", [])]
    unique = spec["primaryKey"] if len(spec.get("primaryKey", [])) > 1 else None
    return pa.DataFrameSchema(cols, checks=rules, strict=True, ordered=True, unique=unique, name=table)


def _rule(pa, rule: dict):
    kind, names = rule["check"], rule["columns"]

    def compare(df):
        left, right = df[names[0]], df[names[1]]
        if kind == "within":
            start, end, outer_start, outer_end = (df[n] for n in names)
            return (outer_start <= start) & (end <= outer_end)
        both = left.notna() & right.notna() & (left.astype("string") != "") & (right.astype("string") != "")
        holds = left <= right if kind == "less_equal" else left < right
        return ~both | holds.fillna(False)

    return pa.Check(compare, name=f"{kind}({', '.join(names)})", error=rule.get("message"))
