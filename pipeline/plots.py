"""Data for `dvc plots`: series drawn from the published thematic tables."""

from __future__ import annotations

from typing import Any

# A growth rate the text attributes to no one is still an estimate: it is drawn under this name.
UNATTRIBUTED = "(not attributed)"
PLOT_COLUMNS = ["year", "growth_percent", "estimator", "country", "observation_id"]


def gdp_growth_points(gdp_estimates: list[dict[str, Any]], documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One point per stated GDP growth rate of a document's own country for a single year: year,
    rate, estimator. Other countries' rates (stated for comparison), ranges and multi-year averages
    have no place on the line and are left out."""
    country = {d["document_id"]: d["country"] for d in documents}
    points = [
        {
            "year": row["period_start"][:4],
            "growth_percent": row["value"],
            "estimator": row["estimator"] or UNATTRIBUTED,
            "country": row["subject"],
            "observation_id": row["observation_id"],
        }
        for row in gdp_estimates
        if row["indicator"] == "gdp_growth_rate" and row["unit"] == "percent" and not row["value_high"]
        and row["subject"] == country.get(row["document_id"])
        and row["period_start"] and row["period_start"][:4] == row["period_end"][:4]
    ]
    return sorted(points, key=lambda p: (p["year"], p["estimator"], p["observation_id"]))
