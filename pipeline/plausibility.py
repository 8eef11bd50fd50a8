"""Plausibility of single observations against bounds per indicator and unit (lexicon/checks.yaml):
warnings, since a surprising number may still be what the text says."""

from __future__ import annotations

from typing import Any

from pipeline.checks import check_id
from pipeline.lexicon import load_lexicon


def _row(rule: str, o: dict[str, Any], ok: bool, expected: str, actual: str, message: str) -> dict[str, Any]:
    return {
        "check_id": check_id("plausibility", f"{rule}:{o['observation_id']}"),
        "check_type": "plausibility",
        "severity": "warning",
        "status": "pass" if ok else "fail",
        "observation_ids": o["observation_id"],
        "expected": expected,
        "actual": actual,
        "tolerance": "",
        "message": message,
    }


def _values(o: dict[str, Any]) -> list[float]:
    return [float(v) for v in (o["value"], o.get("value_high", "")) if v not in ("", None)]


def observation_bounds(observations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Percent shares within 0–100, growth rates within the band, ranks no worse than out of."""
    spec = load_lexicon("checks")
    shares, growth = set(spec["share_indicators"]), set(spec["growth_indicators"])
    low, high = spec["growth_band"]
    rows = []
    for o in observations:
        values = _values(o)
        if not values:
            continue
        label = f"{o['indicator']} \"{o['mention']}\""
        if o["unit"] == "percent" and o["indicator"] in shares:
            ok = all(0 <= v <= 100 for v in values)
            rows.append(_row("share", o, ok, "0 <= share <= 100", o["value"], f"{label} is {'' if ok else 'not '}a share within 0–100%."))
        elif o["unit"] == "percent" and o["indicator"] in growth:
            ok = all(low <= v <= high for v in values)
            rows.append(_row("growth", o, ok, f"{low} <= growth <= {high}", o["value"],
                             f"{label} is {'within' if ok else 'outside'} the plausible band {low}% to {high}%."))
        elif o["unit"] == "rank" and o.get("out_of"):
            ok = 1 <= values[0] <= float(o["out_of"])
            rows.append(_row("rank", o, ok, f"1 <= rank <= {o['out_of']}", o["value"],
                             f"{label} is {'' if ok else 'not '}a rank within 1 to {o['out_of']}."))
    return rows


def period_years(observations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every period's years within the band, one check per document."""
    first, last = load_lexicon("checks")["year_band"]
    rows = []
    for document_id in sorted({o["document_id"] for o in observations}):
        own = [o for o in observations if o["document_id"] == document_id]
        bad = [o["observation_id"] for o in own for p in (o["period_start"], o["period_end"])
               if p[:4].isdigit() and not first <= int(p[:4]) <= last]
        bad = sorted(set(bad))
        rows.append({
            "check_id": check_id("plausibility", f"years:{document_id}"), "check_type": "plausibility",
            "severity": "warning", "status": "fail" if bad else "pass", "observation_ids": ";".join(bad),
            "expected": f"period years within {first}-{last}", "actual": f"{len(bad)} outside",
            "tolerance": "", "message": f"{document_id}: {len(bad)} of {len(own)} observations have a period outside {first}–{last}.",
        })
    return rows
