"""Scoring the extractor against the hand-annotated evaluation set in tests/eval/.

Gold facts and extracted observations are paired when their character spans overlap (and, for a
mention that states several facts, their periods agree). Precision counts an extracted observation
as right when it pairs with any gold fact, core or minor; recall counts core facts only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml

from pipeline.documents import Document, read_document
from pipeline.extract import extract_document
from pipeline.records import Observation

FIELDS = ("value", "unit", "qualifier", "period", "subject", "source", "indicator")


@dataclass
class Score:
    n_gold_core: int = 0
    n_found_core: int = 0
    n_predicted: int = 0
    n_predicted_right: int = 0
    field_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    field_total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    errors: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.n_found_core / self.n_gold_core if self.n_gold_core else 1.0

    @property
    def precision(self) -> float:
        return self.n_predicted_right / self.n_predicted if self.n_predicted else 1.0

    def accuracy(self, name: str) -> float:
        total = self.field_total[name]
        return self.field_right[name] / total if total else 1.0

    def as_dict(self) -> dict[str, float]:
        result = {"precision": round(self.precision, 4), "recall": round(self.recall, 4)}
        result.update({name: round(self.accuracy(name), 4) for name in FIELDS})
        return result


def _norm_name(name: str | None) -> str:
    text = (name or "").lower().replace("’", "'")
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"'s\b", "", text)
    return re.sub(r"[^a-z0-9()]+", " ", text).strip()


def _same_estimator(gold: str | None, predicted: str) -> bool:
    """Names of one estimator count as the same ("IMF", "International Monetary Fund"): the
    sources table maps them to one canonical name."""
    from pipeline.tables import describe_estimator

    if not gold or not predicted:
        return not gold and not predicted
    canonical = {_norm_name(describe_estimator(name)["canonical_name"]) for name in (gold, predicted)}
    return len(canonical) == 1 or _norm_name(gold) == _norm_name(predicted)


def _same_number(gold, predicted: str) -> bool:
    if gold is None:
        return predicted == ""
    if predicted == "":
        return False
    g, p = Decimal(str(gold)), Decimal(predicted)
    return abs(g - p) <= max(abs(g) * Decimal("0.001"), Decimal("0.0001"))


def _same_value(gold: dict, obs: Observation) -> bool:
    """Value and high end; a range written high end first ("shrank by 4 to 6 percent" → −4/−6) is
    the same interval as its low/high form (−6/−4)."""
    low, high = gold["value"], gold.get("value_high")
    return (_same_number(low, obs.value) and _same_number(high, obs.value_high)) or (
        high is not None and _same_number(high, obs.value) and _same_number(low, obs.value_high))


def compare(gold: dict, obs: Observation) -> dict[str, bool]:
    return {
        "value": _same_value(gold, obs),
        "unit": gold["unit"] == obs.unit,
        "qualifier": gold.get("qualifier", "exact") == obs.qualifier,
        "period": (str(gold.get("period_start") or ""), str(gold.get("period_end") or ""))
        == (obs.period_start, obs.period_end),
        "subject": _norm_name(gold.get("subject")) == _norm_name(obs.subject),
        "source": _same_estimator(gold.get("source"), obs.source),
        "indicator": gold.get("indicator") == obs.indicator,
    }


def _pair(gold_facts: list[dict], predicted: list[Observation]) -> list[tuple[dict, Observation | None]]:
    used: set[int] = set()
    pairs = []
    for gold in gold_facts:
        g_start = gold["char_start"]
        g_end = g_start + len(gold["mention"])
        candidates = [
            (i, o) for i, o in enumerate(predicted) if i not in used and o.char_start < g_end and g_start < o.char_end
        ]
        candidates.sort(key=lambda c: (str(gold.get("period_start") or "") != c[1].period_start,
                                       not _same_number(gold["value"], c[1].value)))
        if candidates:
            used.add(candidates[0][0])
            pairs.append((gold, candidates[0][1]))
        else:
            pairs.append((gold, None))
    return pairs


def _in_scope(annotation: dict, doc: Document, obs: Observation) -> bool:
    return annotation.get("lines") == "all" or obs.line == annotation["line"]


def evaluate(root: Path, annotation_dir: Path | list[Path]) -> Score:
    """Scores against every annotation file of one directory, or of several pooled together."""
    score = Score()
    cache: dict[str, tuple[Document, list[Observation]]] = {}
    dirs = annotation_dir if isinstance(annotation_dir, list) else [annotation_dir]
    for path in sorted((p for d in dirs for p in d.glob("*.yaml")), key=lambda p: (p.parent.name, p.name)):
        annotation = yaml.safe_load(path.read_text(encoding="utf-8"))
        doc_path = annotation["document"]
        if doc_path not in cache:
            doc = read_document(root / doc_path, root)
            cache[doc_path] = (doc, extract_document(doc)[0])
        doc, observations = cache[doc_path]
        predicted = [o for o in observations if _in_scope(annotation, doc, o)]
        gold_facts = annotation.get("facts") or []
        pairs = _pair(gold_facts, predicted)
        matched_ids = {id(o) for _, o in pairs if o is not None}
        score.n_predicted += len(predicted)
        score.n_predicted_right += len(matched_ids)
        for o in predicted:
            if id(o) not in matched_ids:
                score.errors.append(f"{path.name}: extra {o.mention!r} ({o.value} {o.unit}) in: {o.sentence[:90]}")
        for gold, obs in pairs:
            if not gold.get("core", True):
                continue
            score.n_gold_core += 1
            if obs is None:
                score.errors.append(f"{path.name}: missed {gold['mention']!r} at {gold['char_start']}")
                continue
            score.n_found_core += 1
            for name, right in compare(gold, obs).items():
                if name == "source" and not gold.get("source") and not obs.source:
                    continue  # source is scored where the text attributes one, or where we claim one
                score.field_total[name] += 1
                score.field_right[name] += right
                if not right:
                    score.errors.append(_field_error(path.name, name, gold, obs))
    return score


def _field_error(file: str, name: str, gold: dict, obs: Observation) -> str:
    got = {
        "value": f"{obs.value}/{obs.value_high}",
        "period": f"{obs.period_start}/{obs.period_end}",
    }.get(name, getattr(obs, name, ""))
    want = {
        "value": f"{gold['value']}/{gold.get('value_high')}",
        "period": f"{gold.get('period_start')}/{gold.get('period_end')}",
    }.get(name, gold.get(name))
    return f"{file}: {name} of {gold['mention']!r}: want {want!r}, got {got!r}"
