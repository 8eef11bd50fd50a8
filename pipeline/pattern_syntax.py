"""What a regular expression's syntax tree tells before it is tried: the words every match of it holds (a test of a
text that spares the pattern, matching.Prefiltered) and the characters a match can start with (a look-ahead that lets
the regex engine skip to them, matching.led_by_first_characters)."""

from __future__ import annotations

import re
from re import _constants as _sre_constants, _parser as _sre_parser
from functools import lru_cache


@lru_cache(maxsize=4)
def _parsed(pattern: str, flags: int):
    """A pattern's syntax tree, read once for the several questions asked of it (a source pattern's tree
    takes tens of milliseconds to read)."""
    return _sre_parser.parse(pattern, flags)


def first_characters(pattern: str, flags: int = 0) -> str | None:
    """A character class ("[tA-Z]") holding every character a match of the pattern can start with, read
    from its syntax tree; None when any character may start one, when a match may be empty, when the
    pattern ignores case, or when it opens with a character or a class already (the regex engine skips
    to those by itself)."""
    tree = _parsed(pattern, flags)
    if not tree.data or tree.data[0][0] in (_sre_constants.LITERAL, _sre_constants.IN):
        return None
    chars, may_be_empty = _first_of(tree.data, tree.state.flags)
    return None if chars is None or may_be_empty or not chars else "[" + "".join(dict.fromkeys(chars)) + "]"


_CATEGORIES = {_sre_constants.CATEGORY_DIGIT: r"\d", _sre_constants.CATEGORY_NOT_DIGIT: r"\D", _sre_constants.CATEGORY_SPACE: r"\s",
               _sre_constants.CATEGORY_NOT_SPACE: r"\S", _sre_constants.CATEGORY_WORD: r"\w", _sre_constants.CATEGORY_NOT_WORD: r"\W"}


def _class_char(code: int) -> str:
    char = chr(code)
    return "\\" + char if char in "-]\\^[" else char


def _first_of(items, flags: int) -> tuple[list[str] | None, bool]:
    """The class parts of the characters a sequence of parsed items can start with (None: any), and
    whether it can match the empty string."""
    chars: list[str] = []
    for op, av in items:
        if op in (_sre_constants.AT, _sre_constants.ASSERT, _sre_constants.ASSERT_NOT):
            continue  # (zero width: the next item starts the match)
        if flags & re.IGNORECASE:
            return None, False
        if op is _sre_constants.LITERAL:
            return chars + [_class_char(av)], False
        if op is _sre_constants.IN:
            if any(kind is _sre_constants.NEGATE or (kind is _sre_constants.CATEGORY and value not in _CATEGORIES) or
                   kind not in (_sre_constants.LITERAL, _sre_constants.RANGE, _sre_constants.CATEGORY) for kind, value in av):
                return None, False
            return chars + [_class_char(value) if kind is _sre_constants.LITERAL else _CATEGORIES[value] if kind is _sre_constants.CATEGORY
                            else f"{_class_char(value[0])}-{_class_char(value[1])}" for kind, value in av], False
        if op is _sre_constants.BRANCH:
            firsts = [_first_of(alternative.data, flags) for alternative in av[1]]
            if any(first is None for first, _ in firsts):
                return None, False
            chars += [char for first, _ in firsts for char in first]
            if not any(empty for _, empty in firsts):
                return chars, False
        elif op is _sre_constants.SUBPATTERN:
            if (av[1] | av[2]) & (re.ASCII | re.UNICODE):
                return None, False  # ("(?a:\W)": a class under other flags than the look-ahead's would be read wrongly)
            first, empty = _first_of(av[3].data, (flags | av[1]) & ~av[2])
            if first is None:
                return None, False
            chars += first
            if not empty:
                return chars, False
        elif op in (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT):
            first, empty = _first_of(av[2].data, flags)
            if first is None:
                return None, False
            chars += first
            if av[0] > 0 and not empty:
                return chars, False
        else:
            return None, False
    return chars, True


MIN_REQUIRED = 3  # shorter words are in most sentences: not worth testing for
RARE_MARKS = frozenset("()[]’'")  # but few sentences hold a bracket or an apostrophe


def required_words(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings one of which every match of the pattern contains, read from its syntax tree: a run of
    plain characters at its top level, or one such string from each branch of a top-level
    alternation; of these sets the one whose shortest string is longest. None when the pattern
    ignores case or has no set with strings of MIN_REQUIRED characters."""
    best = _best(list(required_word_sets(pattern, flags)))
    return tuple(best) if best else None


def required_word_sets(pattern: str, flags: int = 0) -> list[tuple[str, ...]]:
    """Every set of strings (as required_words) of which each match holds one, when a set's strings
    are worth testing for: all must be present for the pattern to match."""
    tree = _parsed(pattern, flags)
    if tree.state.flags & re.IGNORECASE:
        return []
    sets = (words for words in _required(tree.data) if all(len(w) >= MIN_REQUIRED or not RARE_MARKS.isdisjoint(w) for w in words))
    # a word that holds another of the set adds nothing to the test ("April" holds "Apr")
    return [tuple(sorted({w for w in words if not any(v != w and v in w for v in words)})) for words in sets]


def _required(items) -> list[list[str]]:
    """For a sequence of parsed items: sets of strings, each set holding one string of every match."""
    found: list[list[str]] = []
    run = ""
    for op, av in items:
        if op is _sre_constants.LITERAL:
            run += chr(av)
            continue
        if run:
            found.append([run])
            run = ""
        if op is _sre_constants.BRANCH:
            branches = [_best(_required(alternative.data)) for alternative in av[1]]
            if all(branches):
                found.append([word for words in branches for word in words])
        elif op is _sre_constants.SUBPATTERN and not av[1] and not av[2]:  # a group without flags of its own
            found += _required(av[3].data)
    if run:
        found.append([run])
    return found


def _best(sets: list[list[str]]) -> list[str] | None:
    return max(sets, key=lambda words: min(map(len, words)), default=None)
