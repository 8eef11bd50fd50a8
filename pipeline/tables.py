"""Building the published tables from the corpus and the extracted observations."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any

from pipeline.countries import countries
from pipeline.codebook import codebook
from pipeline.lexicon import load_lexicon


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _key(name: str) -> str:
    text = name.lower().replace("’", "'")
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"'s\b", "", text).strip()


@lru_cache(maxsize=1)
def _estimator_index() -> dict[str, dict[str, str]]:
    index = {}
    for entry in load_lexicon("estimators")["estimators"]:
        for name in [entry["canonical"], *entry.get("aliases", [])]:
            index[_key(name)] = entry
    return index


def describe_estimator(name: str) -> dict[str, str]:
    """Canonical name, type and country of an estimator as named in the text."""
    published = load_lexicon("estimators")["published_types"]
    known = _estimator_index().get(_key(name))
    if known:
        return {"canonical_name": known["canonical"], "type": published.get(known["type"], known["type"]),
                "country": known.get("country", "")}
    from pipeline.estimators import estimator_type, is_person

    kind = estimator_type(name)
    if kind == "other" and is_person(name):
        kind = "academic"  # a named analyst or scholar ("Andrei Lankov")
    country = next((c.name for c in countries() if c.pattern.search(name)), "")
    canonical = re.sub(r"\s*\(official\)$", " (official)", name)
    governed = GOVERNMENT_OF.fullmatch(name)
    place = governed and (governed.group("place") or governed.group("before"))
    if place and any(c.name == country and c.pattern.fullmatch(place) and _names_the_state(place, c.name) for c in countries()):
        canonical = f"{country} (official)"  # "Saint Helena Government", "Government of Tokelau": the country's official figures
    return {"canonical_name": canonical, "type": published.get(kind, kind), "country": country}


def _names_the_state(place: str, country: str) -> bool:
    """Whether a government's place names the state by its name ("Saint Helena", "US", "the Republic of
    Korea"), not one of its nations or cities ("Northern Ireland Government", "Seoul"); "the South Korean
    government" stays as prose names it."""
    return place == country or place.isupper() or bool(STATE_WORDS.search(place))


STATE_WORDS = re.compile(r"\b(?:Republic|Kingdom|Federation|Commonwealth|States|Union|Emirates)\b")
GOVERNMENT_OF = re.compile(r"(?:[Tt]he\s+)?(?:Government\s+of\s+(?:the\s+)?(?P<place>.+)|(?P<before>.+?)\s+Government)")


def sources_table(observations: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """One row per estimator; and the source_id of each name as written."""
    counts = Counter(o["source"] for o in observations if o["source"])
    rows: dict[str, dict[str, Any]] = {}
    id_of: dict[str, str] = {}
    for name in sorted(counts):
        described = describe_estimator(name)
        source_id = slug(described["canonical_name"])
        id_of[name] = source_id
        row = rows.setdefault(source_id, {"source_id": source_id, "name": name, **described, "n_observations": 0})
        row["n_observations"] += counts[name]
    return [rows[k] for k in sorted(rows)], id_of


def indicators_table(observations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    counts = Counter(o["indicator"] for o in observations)
    return [
        {
            "indicator": i.code,
            "label": i.label,
            "category": i.category,
            "description": i.description,
            "units": ";".join(i.units),
            "cues": ";".join(cue for cue, _ in i.cues),
            "n_observations": counts.get(i.code, 0),
        }
        for i in codebook()
    ]


def observations_table(observations: list[dict[str, Any]], source_ids: dict[str, str]) -> list[dict[str, Any]]:
    rows = [{**o, "source_id": source_ids.get(o["source"], "")} for o in observations]
    return sorted(rows, key=lambda r: (r["document_id"], int(r["char_start"]), r["period_start"], r["observation_id"]))


def documents_table(documents: list[dict[str, Any]], observations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    counts = Counter(o["document_id"] for o in observations)
    return [{**d, "n_observations": counts.get(d["document_id"], 0)} for d in documents]
