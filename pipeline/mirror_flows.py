"""Trade with named partners: as the partner records it ("mirror" statistics): "China's exports to the North reached $211
million", "Chinese customs recorded $19.8 billion of exports to Kyrgyzstan". A partner's exports to
the document's country are that country's imports from the partner, and its imports from it are the
country's exports: each such number is the pair's flow, recorded from the document's country
(fact-conventions: subject, indicator). And lists of partners with their shares under a caption
("Main trading partners, share of total trade (2024):" then "Türkiye – 15.4%" line by line)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.codebook import is_fallback
from pipeline.countries import Country, compass_name, country_mentions
from pipeline.grammar import Quantity
from pipeline.lexicon import load_lexicon
from pipeline.matching import trie_pattern
from pipeline.records import Observation
from pipeline.subjects import as_written, speaks_of_partners

FLOWS = ("exports", "imports", "trade_total")


@lru_cache(maxsize=None)
def _flow_phrase(home: Country) -> re.Pattern[str]:
    """'exports to the North', 'imported … from Kyrgyzstan': a flow word, up to four words, then the
    direction and the home country (by name, adjective or, for a divided country, its compass word)."""
    words = load_lexicon("context")["mirror_flow_words"]
    home_words = home.pattern.pattern
    compass = compass_name(home)
    if compass:
        home_words = rf"(?:{home_words}|(?<=the\s){compass}\b)"
    return re.compile(rf"\b(?:(?P<to>{trie_pattern(words['to_home'])})|(?P<from>{trie_pattern(words['from_home'])}))\b"
                      rf"\s+(?:[\w’'-]+\s+){{0,4}}?(?(to)to|from)\s+(?:the\s+)?{home_words}")


def mirror_flows(sentence: str, quantities: list[Quantity], home: Country | None) -> dict[int, tuple[str, str]]:
    """For each number (by where it starts) of a sentence that speaks of a partner's trade with the
    home country: the pair and the home country's flow ("North Korea-China", "imports"). The number
    takes the flow phrase nearest before it, else the first after it; the partner is the one foreign
    country the sentence names up to its last number or flow phrase."""
    if not home or not quantities:
        return {}
    phrases = [(m.start(), "imports" if m.group("to") else "exports") for m in _flow_phrase(home).finditer(sentence)]
    if not phrases:
        return {}
    # a country named after the last number speaks of something else ("… goods in transit to Russia")
    named = sentence[: max(max(q.end for q in quantities), phrases[-1][0])]
    partners = {country.name for _, _, country in country_mentions(named) if country.name != home.name}
    if len(partners) != 1:
        return {}
    pair = f"{home.name}-{partners.pop()}"
    flows = {}
    for q in quantities:
        before = [flow for at, flow in phrases if at < q.start]
        flows[q.start] = (pair, before[-1] if before else phrases[0][1])
    return flows


def as_mirror_flow(indicator: str, flow: str) -> str:
    """The home country's flow for a number the classifier read as a flow or could not name."""
    return flow if indicator in FLOWS or is_fallback(indicator) else indicator


# "Türkiye – 15.4%", "- China: 25%": a partner's line of a list, its share alone after a dash or colon
PARTNER_LINE = re.compile(r"^[ \t]*(?:[-•*][ \t]+)?(?P<partner>[^\d\n:–—-][^\n:–—]{1,60}?)[ \t]*[–—:-][ \t]*"
                          r"(?P<share>\d+(?:[.,]\d+)?[ \t]*%)[ \t]*$", re.MULTILINE)


# "Top destinations (2024): China $12.2B (90.4%), Switzerland $520M (3.85%), …": a caption of partners,
# then items each opening with a partner
INLINE_PARTNERS = re.compile(r"^[ \t]*(?P<caption>[A-Z][^\n:]{2,80}?\b(?:destinations|partners|markets|origins|suppliers|sources)\b"
                             r"[^\n:]{0,40}):[ \t]*(?P<items>[^\n]+)$", re.MULTILINE | re.IGNORECASE)
ITEM_FIGURE = re.compile(r"(?:US\$|[$€£¥]|[A-Z]{3}\s?)?\d[\d,.]*(?:\s*%)?")
IMPORT_CAPTION = re.compile(r"\b(?:origins|suppliers|sources|imports?)\b", re.IGNORECASE)


def inline_partner_items(text: str, home: Country | None) -> dict[int, tuple[str, str]]:
    """For each figure (by where it starts in the text) of an item of an inline list of partners:
    the pair of the home country and the item's partner, and the flow the caption names."""
    if not home or not INLINE_PARTNERS.search(text):
        return {}
    found: dict[int, tuple[str, str]] = {}
    for m in INLINE_PARTNERS.finditer(text):
        flow = "imports" if IMPORT_CAPTION.search(m.group("caption")) else "exports"
        at = m.start("items")
        for item in re.split(r"(,\s+|;\s+)", m.group("items")):
            named = [c.name for start, _, c in country_mentions(item) if start == 0 and c.name != home.name]
            if named:
                for figure in ITEM_FIGURE.finditer(item):
                    found[at + figure.start()] = (f"{home.name}-{named[0]}", flow)
            at += len(item)
    return found


def listed_partner_shares(text: str, home: Country | None) -> dict[int, str]:
    """For each share (by where it starts in the text) on a line of a list of partners under a caption
    that speaks of partners or trade: the pair of the home country and the partner named on the line,
    or the home country when the partner is no country ("European Union – 20.6%")."""
    if not home or "%" not in text:
        return {}
    shares: dict[int, str] = {}
    lines = list(PARTNER_LINE.finditer(text))
    for index, m in enumerate(lines):
        first = index
        while first > 0 and lines[first - 1].end() + 1 == lines[first].start():
            first -= 1  # the first line of its block
        caption_end = lines[first].start() - 1
        caption = text[text.rfind("\n", 0, max(0, caption_end)) + 1 : max(0, caption_end)]
        if not speaks_of_partners(caption):
            continue
        named = [c.name for _, _, c in country_mentions(m.group("partner")) if c.name != home.name]
        shares[m.start("share")] = f"{home.name}-{named[0]}" if named else home.name
    return shares


def with_partners(
    rows: list[Observation], at: int, pairs: dict[int, str], mirrored: tuple[str, str] | None, listed: str | None,
    bracketed: bool, home: Country | None, names: dict[str, str], inline: tuple[str, str] | None = None,
) -> list[Observation]:
    """A number's rows (it starts at `at` in its sentence) as the partner trade its sentence or list
    states: a pair named for it (`pairs`: "respectively", "China (25%)"), a partner's record of the
    flow (`mirrored`), a line of a list of partners (`listed`), a bracketed share (`bracketed`)."""
    if not rows:
        return rows
    if at in pairs:
        rows = [replace(row, subject=as_written(pairs[at], names)) for row in rows]
    pair, flow = mirrored or ("", "")
    if pair and home and (rows[0].subject == home.name or rows[0].subject.startswith(home.name + "-")
                          or pair.endswith("-" + rows[0].subject)):
        rows = [replace(row, subject=as_written(pair, names), indicator=as_mirror_flow(row.indicator, flow)) for row in rows]
    if listed:
        rows = [replace(row, subject=as_written(listed, names), indicator="trade_partner_share") if row.unit == "percent"
                else row for row in rows]
    if inline:  # "Top destinations (2024): China $12.2B (90.4%), …": the pair's flow and its share of it
        pair, flow = inline
        rows = [replace(row, subject=as_written(pair, names),
                        indicator="trade_partner_share" if row.unit == "percent" else flow) for row in rows]
    if bracketed:  # "China (25%)" among trading partners: its share of trade
        rows = [replace(row, indicator="trade_partner_share") if is_fallback(row.indicator) and row.unit == "percent"
                else row for row in rows]
    return rows
