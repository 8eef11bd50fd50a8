"""An issuer's own figures in its tables: the columns it marks as its estimates or projections, and the
cells a note credits to it by its initials."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.abbreviations import name_initials
from pipeline.note_sources import MARKED_YEAR
from pipeline.issuers import Issuer
from pipeline.lexicon import load_lexicon
from pipeline.pipe_tables import Cell


def with_issuer_columns(cells: list[Cell], issuer: Issuer, today: str = "") -> list[Cell]:
    """The cells of an institution's own tables that no note assigns: those of the columns it marks
    as estimates or projections ("2024(e)", "2025f", "2025 Current") are its own figures, and in a
    table its caption calls a forecast ("Key forecast indicators") those of the years not yet over
    when the document is dated."""
    cells = by_issuers_name(cells, issuer)
    if not issuer.forecasts:
        return cells
    own = set(load_lexicon("context")["own_projection_columns"])
    return [replace(cell, source=issuer.author)
            if not cell.source and (MARKED_YEAR.search(cell.heading) or own & set(cell.heading.lower().split())
                                    or _forecast_year(cell, today)) else cell
            for cell in cells]


def by_issuers_name(items: list, issuer: Issuer) -> list:
    """Cells or captioned blocks whose note names the issuer by its initials ("Source: NBP" under
    Narodowy Bank Polski's tables), with the issuer's name."""
    initials = name_initials(issuer.author) if issuer.author else ""
    return [replace(item, source=issuer.author) if initials and item.source == initials else item for item in items]


def _forecast_year(cell: Cell, today: str) -> bool:
    year = re.match(r"\s*((?:19|20)\d\d)\b", cell.heading)
    return cell.of_forecasts and bool(today[:4].isdigit()) and year is not None and year.group(1) >= today[:4]
