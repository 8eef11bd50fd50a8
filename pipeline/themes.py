"""Thematic tables: the observations of one theme (GDP estimates, trade, public finance …), tidy and
long, each row carrying its provenance so a spreadsheet user sees the quote beside the number.

Which observations a table holds, and which columns it has, is data: the `select` block and the
fields' `from` keys of the table's schema file (schemas/<table>.yaml). A `from` names either an
observation column or one of the derivations below.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable

from pipeline.codebook import codebook
from pipeline.lexicon import load_lexicon
from pipeline.schemas import load_schema

Row = dict[str, Any]
# The thematic tables that are plain selections of observations (rankings and plans add more).
THEMES = ("gdp_estimates", "trade", "public_finance", "energy", "agriculture_food", "industry_labour")
# Separator of a bilateral subject ("North Korea-China"): a hyphen between two country names.
PAIR = re.compile(r"^(?P<reporter>.+?)[-–](?P<partner>[A-Z].+)$")


@lru_cache(maxsize=1)
def _indicators() -> dict[str, Any]:
    return {i.code: i for i in codebook()}


def _pair(subject: str) -> tuple[str, str]:
    """(reporter, partner) of a bilateral subject; a single country trades with the world."""
    m = PAIR.match(subject)
    if m and not re.search(r"-(?:Year|Month)\b", subject):  # "Seven-Year Plan" is not a pair
        return m.group("reporter"), m.group("partner")
    return subject, load_lexicon("themes")["world_partner"]


def _estimator(row: Row, sources: dict[str, Row]) -> str:
    known = sources.get(row["source_id"])
    return known["canonical_name"] if known else ""


@lru_cache(maxsize=1)
def _index_name() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in load_lexicon("themes")["index_heads"])
    capital = r"[A-Z][\w’'&-]*"
    word = rf"(?:{capital}|of|the|and|on|for)"
    # "Corruption Perceptions Index", or "Index of Economic Freedom": capitalised words before or after the head
    before = rf"{capital}(?:\s+{word}){{0,7}}?\s+(?:{heads})(?:\s+(?:of|on|for)\s+(?:the\s+)?{capital}(?:\s+{capital})*)?"
    after = rf"(?:{heads})\s+(?:of|on|for)\s+(?:the\s+)?{capital}(?:\s+{capital})*"
    return re.compile(rf"\b(?P<name>{before}|{after})\b")


def index_name(sentence: str, publisher: str = "") -> str:
    """The named index or report a rank or score belongs to ("Corruption Perceptions Index"),
    without its publisher's name in front; empty when the sentence names none."""
    m = _index_name().search(sentence)
    if not m:
        return ""
    name = re.sub(r"^(?:The|In|On|By)\s+", "", m.group("name"))
    if publisher and name.startswith(publisher):
        name = name[len(publisher):].lstrip(" ’'s")
    return name


def ranked_as(row: Row) -> str:
    """What a rank ranks: the words after the ordinal, to the clause's end ("largest producer of
    fresh fruit globally")."""
    if row["unit"] != "rank":
        return ""
    after = row["sentence"][int(row["char_end"]) - int(row["sentence_start"]):]
    after = re.sub(r"^\s*out of\s+[\d,]+\s*", "", after)
    clause = re.split(r"[,;:.(]|\s(?:which|reflecting|highlighting|where|while)\s", after, maxsplit=1)[0]
    words = clause.split()[: load_lexicon("themes")["ranked_as_words"]]
    while words and words[-1].lower() in ("in", "of", "for", "and", "the", "by", "at", "on", "to"):
        words.pop()  # cut at the word limit: no dangling "… copper and salt in"
    return " ".join(words)


def _when(unit: str, column: str) -> Callable[[Row, dict[str, Row]], str]:
    return lambda row, _: row[column] if (row["unit"] == unit) else ""


# Columns computed from an observation (and the estimators table) rather than copied.
DERIVED: dict[str, Callable[[Row, dict[str, Row]], str]] = {
    "indicator_label": lambda row, _: _indicators()[row["indicator"]].label,
    "category": lambda row, _: _indicators()[row["indicator"]].category,
    "estimator": _estimator,
    "reporter": lambda row, _: _pair(row["subject"])[0],
    "partner": lambda row, _: _pair(row["subject"])[1],
    "index_name": lambda row, sources: index_name(row["sentence"], _estimator(row, sources)),
    "ranked_as": lambda row, _: ranked_as(row),
    "rank": _when("rank", "value"),
    "rank_out_of": _when("rank", "out_of"),
    "score": _when("score", "value"),
    "score_scale": _when("score", "out_of"),
}


def selects(table: str, indicator: str) -> bool:
    """Whether an observation of this indicator belongs in the thematic table."""
    select = load_schema(table)["select"]
    if indicator in select.get("exclude", []):
        return False
    return indicator in select.get("indicators", []) or _indicators()[indicator].category in select.get("categories", [])


def thematic_table(table: str, observations: list[Row], sources: list[Row]) -> list[Row]:
    """The observations a thematic schema selects, with the columns it declares."""
    by_id = {s["source_id"]: s for s in sources}
    fields = load_schema(table)["fields"]
    rows = []
    for o in observations:
        if not selects(table, o["indicator"]):
            continue
        row = {}
        for f in fields:
            origin = f.get("from", f["name"])
            row[f["name"]] = DERIVED[origin](o, by_id) if origin in DERIVED else o[origin]
        rows.append(row)
    return rows


def rankings_table(observations: list[Row], sources: list[Row]) -> list[Row]:
    """Ranks and index scores. An index named once ("the Corruption Perceptions Index") is carried
    to the same publisher's following ranks and scores in the document ("on the 2019 index")."""
    rows = thematic_table("rankings", observations, sources)
    last_index: dict[tuple[str, str], str] = {}
    for row in rows:
        key = (row["document_id"], row["source_id"])
        if row["index_name"]:
            last_index[key] = row["index_name"]
        elif row["source_id"]:
            row["index_name"] = last_index.get(key, "")
    return rows


# --- economic plans: one row per named plan, assembled from the observations about it ----------

def _plan_of(o: Row, plans: dict) -> Any:
    """The plan an observation is about: its subject, or a plan named in its sentence whose years
    are the observation's period (a list of plans "…, respectively" gives each number its plan)."""
    from pipeline.plans import lookup, plan_names, plan_times

    if o["subject"]:
        plan = lookup(plans, o["subject"]) if any(h in o["subject"] for h in _plan_heads()) else None
        if plan:
            return plan
    period = (o["period_start"], o["period_end"])
    for t in plan_times(o["sentence"], plans):
        if period in t.periods:
            named = [lookup(plans, n) for _, n in plan_names(o["sentence"])]
            return next((p for p in named if p and p.period == period), None) or _by_period(plans, period)
    return None


def _by_period(plans: dict, period: tuple[str, str]) -> Any:
    matching = {p.name: p for p in _distinct(plans) if p.period == period}
    return next(iter(matching.values())) if len(matching) == 1 else None


def _distinct(plans: dict) -> list[Any]:
    """One entry per plan: "Five-Year Plan" and "First Five-Year Plan" with the same years are one
    plan, under the fuller name."""
    best: dict[tuple, Any] = {}
    for (_, duration), plan in plans.items():
        key = (duration, plan.period)
        if key not in best or len(plan.name) > len(best[key].name):
            best[key] = plan
    return list(best.values())


@lru_cache(maxsize=1)
def _plan_heads() -> tuple[str, ...]:
    return tuple(load_lexicon("context")["plan_heads"])


def economic_plans_table(texts: dict[str, str], observations: list[Row]) -> list[Row]:
    """Each plan whose years a document states, with its target, reported growth, fulfilment and
    investment share (the first such statement in the text; all are listed in observation_ids)."""
    from pipeline.plans import find_plans

    roles: dict[str, dict[str, Any]] = load_schema("economic_plans")["roles"]
    rows = []
    for document_id in sorted(texts):
        plans = find_plans(texts[document_id])
        distinct = _distinct(plans)
        canonical = {(p.period, p.name.split()[-2]): p.name for p in distinct}
        linked: dict[str, list[Row]] = {p.name: [] for p in distinct}
        for o in observations:
            if o["document_id"] == document_id:
                plan = _plan_of(o, plans)
                if plan:
                    linked[canonical[(plan.period, plan.name.split()[-2])]].append(o)
        for plan in sorted(distinct, key=lambda p: (p.period, p.name)):
            own = sorted(linked[plan.name], key=lambda o: int(o["char_start"]))
            row = {
                "document_id": document_id,
                "plan": plan.name,
                "start_year": plan.period[0],
                "end_year": plan.planned_end or plan.period[1],
                "extended_end_year": plan.period[1] if plan.planned_end and plan.planned_end != plan.period[1] else "",
                "n_observations": len(own),
                "observation_ids": ";".join(o["observation_id"] for o in own),
            }
            for column, role in roles.items():
                first = next((o for o in own if o["indicator"] in role["indicators"] and o["unit"] == "percent"
                              and float(o["value"]) < role.get("below", float("inf"))), None)
                row[column] = first["value"] if first else ""
            rows.append(row)
    return rows
