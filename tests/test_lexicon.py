"""The lexicon files are data a domain expert edits: guard against YAML's surprises."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pipeline.lexicon import LEXICON_DIR, load_lexicon


def _words(node):
    """Dictionary keys and list items: the places where words stand (flags such as
    `fallback: true` are values and may be booleans)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield key
            yield from _words(value)
    elif isinstance(node, list):
        for item in node:
            yield item
            yield from _words(item)


@pytest.mark.parametrize("name", sorted(p.stem for p in Path(LEXICON_DIR).glob("*.yaml")))
def test_no_word_was_read_as_a_boolean(name):
    """Unquoted `on`, `no`, `yes`, `off` become booleans in YAML: a word silently lost."""
    assert not [word for word in _words(load_lexicon(name)) if isinstance(word, bool)]


class _KeyCountingLoader(yaml.SafeLoader):
    """A loader that records keys a mapping repeats: YAML keeps only the last, silently."""

    repeated: list[str] = []

    def construct_mapping(self, node, deep=False):
        keys = [self.construct_object(key, deep=deep) for key, _ in node.value]
        self.repeated += [f"line {node.start_mark.line + 1}: {k}" for k in dict.fromkeys(keys) if keys.count(k) > 1]
        return super().construct_mapping(node, deep)


@pytest.mark.parametrize("path", sorted(Path(LEXICON_DIR).glob("*.yaml")), ids=lambda p: p.stem)
def test_no_key_is_repeated(path):
    loader = _KeyCountingLoader(path.read_text(encoding="utf-8"))
    loader.repeated = []
    try:
        loader.get_single_data()
    finally:
        loader.dispose()
    assert loader.repeated == []


def test_no_control_characters_in_code_or_lexicon():
    """A "\\b" written in a plain (not raw) string becomes a backspace: a pattern that silently
    matches nothing. No source or lexicon file holds such a character."""
    root = Path(__file__).resolve().parent.parent
    bad = [str(p.relative_to(root)) for pattern in ("pipeline/*.py", "lexicon/*.yaml", "tests/*.py")
           for p in sorted(root.glob(pattern)) if any(c in p.read_text(encoding="utf-8") for c in "\x08\x0b\x0c\x07")]
    assert bad == []


def test_indicator_entries_have_only_known_fields():
    # an unquoted comma in a flow mapping splits a description into stray keys ("service or asset": None)
    known = {"code", "label", "category", "units", "description", "cues", "weak", "counted", "percent_cues", "money_cues", "works_cues", "clause_bound", "not_share",
             "share_only", "whole_only", "needs_partner", "fallback", "government_budget", "default_units", "needs",
             "listed_part"}
    entries = load_lexicon("indicators")["indicators"]
    assert [(e["code"], sorted(set(e) - known)) for e in entries if set(e) - known] == []
    assert all(isinstance(e["label"], str) and isinstance(e["description"], str) for e in entries)


def test_indicator_cues_are_written_in_lower_case():
    # cues are sought in the lowered sentence: a cue with a capital ("per kWh") never matches anything
    entries = load_lexicon("indicators")["indicators"]
    fields = ("cues", "weak", "counted", "percent_cues", "money_cues", "works_cues")
    assert [(e["code"], cue) for e in entries for f in fields for cue in e.get(f, ()) if cue != cue.lower()] == []
