"""Matching word lists and patterns fast and regardless of case: prefix trees, patterns matched in
lower-cased text (the same matches as IGNORECASE at a fraction of the cost), and prefilters read
from a pattern's syntax tree (the words every match must contain)."""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

from pipeline.pattern_syntax import first_characters, required_word_sets, required_words


def trie_pattern(words) -> str:
    """An alternation as a prefix tree ("t(?:en|hree|wo)"): far faster to match than a flat list."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        optional = "" in node
        body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
        return body + ("?" if optional else "")

    return render(tree)


def words_at_starts(words, not_after: str = r"\w") -> str:
    """An alternation of the words (as trie_pattern) that matches only where no character of the class
    `not_after` stands before a word ("\\w": at a word start, as "\\b" would say). Each alternative
    is a word's first letter, then that test ("(?<!\\w.)"), then the rest of the words it begins: a
    pattern that starts with letters lets the regex engine skip at once to where one of them stands,
    2–3× faster than a leading "\\b" or a look-ahead, which it must try at every character."""
    rests: dict[str, set[str]] = {}
    for word in set(words):
        rests.setdefault(word[0], set()).add(word[1:])
    test = rf"(?<!{not_after}.)"
    return "(?:" + "|".join(re.escape(first) + test + trie_pattern(rest) for first, rest in sorted(rests.items())) + ")"


def whole_words(words) -> str:
    """An alternation of the words (as trie_pattern) that matches only at a word start, as "\\b"
    before it would: as words_at_starts when every word starts with a word character (the same
    matches; faster to search for when the words start with a few letters, slower when they start
    with most), else with a leading "\\b"."""
    words = set(words)
    if all(re.match(r"\w", word) for word in words):
        return words_at_starts(words)
    return r"\b(?:" + trie_pattern(words) + ")"


def led_by(first: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern every match of which starts with a character of the class `first` ("\\d"), compiled with a
    look-ahead for it: a pattern that opens with look-behinds is otherwise tried, alternative by
    alternative, at every character; the look-ahead passes over the others at once (5–8× faster)."""
    return re.compile(f"(?={first})(?:{pattern})", flags)


def led_by_first_characters(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """The pattern compiled behind a look-ahead for the characters its matches start with (see
    first_characters), as led_by: the same matches, found about twice as fast by a pattern opening with
    an optional word or a choice of names, searched for through whole sentences."""
    lead = first_characters(pattern, flags)
    if lead is None:
        return re.compile(pattern, flags)
    global_flags = re.match(r"(?:\(\?[aiLmsux]+\))*", pattern).group()  # ("(?m)" must stay first)
    return re.compile(f"{global_flags}(?={lead})(?:{pattern[len(global_flags):]})", flags)


class WordList:
    """Words or phrases of a list, in any case, as whole words: a prefix tree matched in lower-cased
    text, the same matches as an IGNORECASE alternation at a tenth of its cost."""

    def __init__(self, words, before: str = r"\b", after: str = r"\b") -> None:
        tree = trie_pattern({w.lower() for w in words})
        self.pattern = re.compile(before + "(?:" + tree + ")" + after)
        # Without the leading "\b" the pattern starts with the words' first letters, which the regex
        # engine skips to quickly; the word boundary is then checked where a match starts.
        self._unanchored = re.compile("(?:" + tree + ")" + after) if before == r"\b" else None

    @cached_property
    def _anycase(self) -> re.Pattern[str]:
        """The pattern with IGNORECASE, for the rare text whose lower-casing moves offsets: compiled
        when first needed (compiling with IGNORECASE costs much more than without)."""
        return re.compile(self.pattern.pattern, re.IGNORECASE)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        lowered = _lowered(text)
        endpos = len(text) if endpos is None else endpos
        if len(lowered) != len(text):  # "İ" lower-cases to two characters: keep the offsets right
            return self._anycase.search(text, pos, endpos)
        return self.search_lowered(lowered, pos, endpos)

    def search_lowered(self, lowered: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """`pattern.search` of text already lower-cased."""
        endpos = len(lowered) if endpos is None else endpos
        if self._unanchored is None:
            return self.pattern.search(lowered, pos, endpos)
        while (m := self._unanchored.search(lowered, pos, endpos)) is not None:
            if BOUNDARY.match(lowered, m.start(), endpos):
                return m  # the match `pattern` finds: the first that starts at a word boundary
            pos = m.start() + 1
        return None


BOUNDARY = re.compile(r"\b")


class NeededWords:
    """The words the Prefiltered patterns need, found in a text by one scan for all of them: dozens of
    patterns each testing its own words would cost more than the patterns they spare."""

    def __init__(self) -> None:
        self._words: set[str] = set()
        self._scan: re.Pattern[str] | None = None
        self._prefixes: dict[str, frozenset[str]] = {}

    def register(self, words: tuple[str, ...]) -> None:
        if not self._words.issuperset(words):
            self._words.update(words)
            self._scan = None
            self._present.cache_clear()

    def _compiled(self) -> re.Pattern[str]:
        if self._scan is None:
            # a look-ahead finds a word at every position, overlapping ones too; the prefix tree tries
            # longer words first, so the word found at a position holds every shorter one found there
            # as its prefix
            self._scan = re.compile("(?=(" + trie_pattern(self._words) + "))")
            self._prefixes = {w: frozenset(w[:end] for end in range(1, len(w) + 1) if w[:end] in self._words) for w in self._words}
        return self._scan

    @lru_cache(maxsize=4)
    def _present(self, text: str) -> frozenset[str]:
        scan = self._compiled()
        found = {m.group(1) for m in scan.finditer(text)}
        return frozenset().union(*(self._prefixes[w] for w in found))

    def present(self, text: str) -> frozenset[str]:
        """The registered words that occur in the text."""
        return self._present(text)


NEEDED_WORDS = NeededWords()


class Prefiltered:
    """A pattern tried only in text that holds one of the words every match of it contains (see
    required_words): a substring test costs far less than a pattern that tries a capitalised name
    at every capital letter, as the attribution patterns do."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = led_by_first_characters(pattern, flags)
        self.needs = required_words(pattern, flags)
        # every set of needed words, not only the best: "{ORG}, [a-z]+ing …, estimated" needs "ing"
        # and a verb, and most sentences hold "ing"
        self.need_sets = tuple(frozenset(words) for words in required_word_sets(pattern, flags))
        for words in self.need_sets:
            NEEDED_WORDS.register(tuple(sorted(words)))

    def possible_with(self, present: frozenset[str]) -> bool:
        """Whether a text holding these needed words may match."""
        for words in self.need_sets:  # (a loop: this runs for every pattern in every sentence)
            if words.isdisjoint(present):
                return False
        return True

    def possible(self, text: str) -> bool:
        return self.possible_with(NEEDED_WORDS.present(text))

    def finditer(self, text: str):
        return self.pattern.finditer(text) if self.possible(text) else iter(())

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.possible(text) else None


def possible_among(patterns: tuple[Prefiltered, ...], text: str) -> list[Prefiltered]:
    """The patterns that may match the text, in order: those whose needed words it holds."""
    always, by_word, set_counts = _needs_index(patterns)
    met: dict[int, set[int]] = {}  # pattern → its sets of needed words the text holds a word of
    for word in NEEDED_WORDS.present(text):
        for pattern, need_set in by_word.get(word, ()):
            met.setdefault(pattern, set()).add(need_set)
    return [patterns[i] for i in sorted(always + [i for i, sets in met.items() if len(sets) == set_counts[i]])]


@lru_cache(maxsize=16)
def _needs_index(patterns: tuple[Prefiltered, ...]) -> tuple[list[int], dict[str, list[tuple[int, int]]], list[int]]:
    """For a group of patterns tried together: those that need no word, and for each needed word the
    patterns (and which of their sets) it serves: a sentence's few needed words find its possible
    patterns without testing every pattern."""
    by_word: dict[str, list[tuple[int, int]]] = {}
    for i, pattern in enumerate(patterns):
        for j, words in enumerate(pattern.need_sets):
            for word in words:
                by_word.setdefault(word, []).append((i, j))
    return [i for i, p in enumerate(patterns) if not p.need_sets], by_word, [len(p.need_sets) for p in patterns]


@lru_cache(maxsize=256)
def _lowered(text: str) -> str:
    return text.lower()


GROUP_SYNTAX = re.compile(r"\(\?P[<=]")


class Caseless:
    """A pattern to match regardless of case, written with its words in lower case: matched
    case-sensitively in the lower-cased text (see caseless), several times faster than IGNORECASE,
    which is kept for text that cannot be lower-cased so."""

    def __init__(self, pattern: str) -> None:
        self.source = pattern
        # a capital in the pattern (a word from a list, or "\\S"; not the P of a named group) would not
        # match lower-cased text
        letters = GROUP_SYNTAX.sub("", pattern)
        self.lowered = re.compile(pattern) if letters == letters.lower() else None
        # words one of which every match holds (see required_words): lower-cased text without them
        # need not be searched
        self.needs = required_words(pattern) if self.lowered is not None else None

    @cached_property
    def anycase(self) -> re.Pattern[str]:
        """The pattern with IGNORECASE, for a pattern written with capitals and for text that cannot be
        lower-cased (see caseless): compiled when first needed, which for most patterns is never
        (compiling with IGNORECASE costs much more than without)."""
        return re.compile(self.source, re.IGNORECASE)

    def for_text(self, text: str) -> tuple[re.Pattern[str], str]:
        """The pattern to use and the text to match it in."""
        lowered = caseless_sentence(text) if self.lowered is not None else None
        return (self.anycase, text) if lowered is None else (self.lowered, lowered)

    def found_in(self, text: str) -> bool:
        """Whether the pattern matches anywhere in the text, regardless of case: not searched for at
        all in lower-cased text without a word every match holds (for a pattern most text lacks)."""
        pattern, subject = self.for_text(text)
        if self.needs and pattern is self.lowered and not any(word in subject for word in self.needs):
            return False
        return pattern.search(subject) is not None

    def search_at(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """`pattern.search(text, pos, endpos)` with IGNORECASE."""
        pattern, subject = self.for_text(text)
        return pattern.search(subject, pos, len(text) if endpos is None else endpos)

    def finditer_at(self, text: str, pos: int = 0, endpos: int | None = None):
        """`pattern.finditer(text, pos, endpos)` with IGNORECASE."""
        pattern, subject = self.for_text(text)
        return pattern.finditer(subject, pos, len(text) if endpos is None else endpos)

    def match_at(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """`pattern.match(text, pos)` with IGNORECASE."""
        pattern, subject = self.for_text(text)
        return pattern.match(subject, pos)

    def search_in(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """`pattern.search(text[start:end])` with IGNORECASE; the match is of that slice."""
        pattern, subject = self.for_text(text)
        return pattern.search(subject[start:end])

    def match_in(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """`pattern.match(text[start:end])` with IGNORECASE; the match is of that slice."""
        pattern, subject = self.for_text(text)
        return pattern.match(subject[start:end])


# Characters that IGNORECASE matching takes for an ASCII letter ("ı" for "i", "ſ" for "s") but
# lower() leaves as they are.
_FOLDED_LIKE_ASCII = ("ı", "ſ")


def caseless(text: str) -> str | None:
    """The text lower-cased, for patterns written in lower case to match case-sensitively: the same
    matches at the same offsets as IGNORECASE matching of the text itself, many times faster. None
    when lower-casing would move offsets ("İ" becomes two characters) or hide a match."""
    lowered = text.lower()
    if len(lowered) != len(text) or any(c in text for c in _FOLDED_LIKE_ASCII):
        return None
    return lowered


caseless_sentence = lru_cache(maxsize=64)(caseless)  # caseless, for text asked of by several patterns: a sentence
