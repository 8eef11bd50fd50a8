"""The units a document defines for itself: an abbreviation after a unit's name ("63.8 million gross tonnes (GT)"),
or a thing counted as one of a unit ("one carbon credit = one tonne of CO2e")."""

from __future__ import annotations

import re

from pipeline.lexicon import load_lexicon
from pipeline.table_units import read_whole
from pipeline.matching import led_by_first_characters


# "63.8 million gross tonnes (GT)": a unit the text names, then abbreviates (found from the bracket back: a
# pattern that starts with the words would be tried at every word of the document)
BRACKETED_ABBREVIATION = re.compile(r" \((?P<abbr>[A-Za-z]{1,5})\)")
UNIT_WORDS_BEFORE = re.compile(r"\b(?P<unit>[a-z][a-z-]+(?: [a-z][a-z-]+){0,2})$")


def unit_abbreviations(text: str) -> dict[str, str]:
    """The units a document abbreviates after naming them, by their abbreviation in lower case: {"gt": "tonnes"}
    for "… 63.8 million gross tonnes (GT)", so that a later "60.4 million GT" is in tonnes too; and the things it
    defines as one of a unit ({"credit": "tonnes", "credits": "tonnes"} for "one carbon credit = one tonne of CO2e")."""
    found: dict[str, str] = {}
    for m in BRACKETED_ABBREVIATION.finditer(text):
        if not (before := UNIT_WORDS_BEFORE.search(text, max(0, m.start() - 40), m.start())):
            continue
        words = before.group("unit").split()
        if "per" in words:
            continue  # a rate ("barrels per day (bpd)"): not its last word's unit
        # the unit's last words, unscaled: "million gross tonnes" → "gross tonnes"
        read = next((r for i in range(len(words)) if (r := read_whole(f"1 {' '.join(words[i:])}"))
                     and r[0] == 1 and r[1] not in ("count", "persons")), None)
        if read:
            found.setdefault(m.group("abbr").lower(), read[1])
    for m in DEFINED_AS_UNIT.finditer(text):  # "one carbon credit = one tonne of CO2 equivalent": credits are tonnes
        if m.group("noun").lower() in load_lexicon("quantities")["generic_count_nouns"]:
            continue  # "One unit = one tonne": a word for any thing counted ("2,400 units of housing"), not a unit of its own
        if (read := read_whole(f"1 {m.group('unit')}")) and read[0] == 1 and read[1] not in ("count", "persons"):
            noun = m.group("noun").lower()
            found.setdefault(noun, read[1])
            found.setdefault(noun + "s", read[1])
    return found


# a thing counted that the document defines as one of a unit ("one carbon credit = one tonne of carbon dioxide
# equivalent", "each credit represents one tonne"): its counts are in that unit
DEFINED_AS_UNIT = led_by_first_characters(r"\b(?:[Oo]ne|[Ee]ach|[Aa])[ \t]+(?:[a-z-]+[ \t]+)?(?P<noun>[a-z]{3,})[ \t]*(?:=|equals|is[ \t]+equal[ \t]+to|"
                                          r"represents|corresponds[ \t]+to)[ \t]*(?:one|1|a)[ \t]+(?P<unit>[a-z]+)\b")
