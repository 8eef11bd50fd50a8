"""The table of label rules: numbers a sentence uses as names, dates and parts of other mentions."""

import pytest

from pipeline.label_rules import LABEL_RULES, labelled_numbers


def _labels(text: str) -> set[tuple[str, str]]:
    return {(text[n.start:n.end], n.reason) for n in labelled_numbers(text)}


@pytest.mark.parametrize("text, label", [
    ("The harbour office answers on Tel. +27 21 555 0199 on weekdays.", ("+27 21 555 0199", "name")),
    ("The tomb was cut in the reign (1279–1213 BC) of a long-lived king.", ("1279–1213", "date")),
    ("Page 3 of 12", ("12", "name")),
    ("Write to P.O. Box 4410, Windhoek.", ("4410", "name")),
    ("Catch by port (thousand tonnes)", ("(thousand tonnes)", "name")),
])
def test_a_label_is_accounted_for_with_its_reason(text: str, label: tuple[str, str]) -> None:
    assert label in _labels(text)


def test_a_short_cell_runs_the_rules_cued_by_a_table_line() -> None:
    # a table's unit alone in its cell has neither a table line's double space nor a "|"; its shortness stands for them
    assert _labels("R million") == {("R million", "part_of_mention")}
    assert _labels("R million    Revised") == {("R million", "part_of_mention")}


def test_every_rule_names_groups_its_pattern_has() -> None:
    # a group its pattern lacks would never fire, and nothing would say so
    for rule in LABEL_RULES:
        pattern = rule.compiled()
        assert not rule.groups or any(group in pattern.groupindex for group in rule.groups), pattern.pattern[:60]


def test_a_sentence_without_labels_gives_none() -> None:
    assert labelled_numbers("Exports rose by 4.2% to US$1.3 billion in the year.") == []
