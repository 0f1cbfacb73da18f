"""Case-insensitive patterns run as case-sensitive ones over lower-cased text.

Under ``re.IGNORECASE`` Python's engine enters every branch of an alternation at every position of
the text (it cannot skip by the branches' first letters), so a trigger list of a few hundred words
costs 3-4 times what the same list costs over lower-cased text with a lower-cased pattern. The
reader runs its longest lists on every sentence; this keeps their answers and cuts that cost.
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Iterable, Iterator
from functools import cached_property
from typing import Any, NamedTuple, cast

try:  # the parser of the re module, read only to learn which words a match must hold
    from re import _parser as _re_parser  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_parse as _re_parser

__all__ = ["FoldedPattern", "GatedPattern", "folded_if_ignorecase", "gated"]

# escapes whose meaning changes with their letter's case (\S is not \s), character codes (\x41 is
# "A"), group names with capitals, and inline case flags
_CASED_SYNTAX = re.compile(r"\\[A-Zxu0]|\\[1-7][0-7]{2}|\(\?P[<=][^>)]*[A-Z]|\(\?-?[a-zA-Z]*i")
# ("(?P<n>" lower-cased is no group; the names themselves are lower-case, checked above)
_LOWERED_GROUP = re.compile(r"\(\?p([<=])")
# Letters re.IGNORECASE takes for an ASCII letter though their lower case is another letter (dotless
# ı is "i", long ſ is "s"): a text with one is searched as it is. (Every other letter whose lower
# case is not its re.IGNORECASE partner lower-cases to more than one character, such as a dotted
# capital I; the length check catches those. tests/extract/test_folded.py checks both over Unicode.)
_FOLDS_APART = re.compile("[ıſ]")

_Clause = frozenset[str]  # every match holds one of these strings
_SHORTEST_WORTH_CHECKING = 3  # a clause with a shorter string is in nearly every sentence


def _clauses(items: Any) -> list[_Clause]:
    """Clauses every match of the parsed pattern ``items`` satisfies, in the pattern's order."""
    found: list[_Clause] = []
    run = ""
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            run += chr(arg)
            continue
        if run:
            found.append(frozenset([run]))
            run = ""
        if name == "SUBPATTERN":
            found.extend(_clauses(arg[-1]))
        elif name == "ATOMIC_GROUP":
            found.extend(_clauses(arg))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and arg[0] >= 1:
            found.extend(_clauses(arg[2]))
        elif name == "BRANCH":
            per_branch = [_clauses(branch) for branch in arg[1]]
            if all(per_branch):
                # (A and B) or (C and D) holds (A or C) and (B or D): one clause of each branch, joined
                found.append(frozenset().union(*(_first_worth_checking(c) for c in per_branch)))
                found.append(frozenset().union(*(max(c, key=_strength) for c in per_branch)))
        # anything else (a class, a lookaround, an optional part) requires no word of its own
    if run:
        found.append(frozenset([run]))
    return found


def _strength(clause: _Clause) -> int:
    return min(len(word) for word in clause)


def _first_worth_checking(clauses: list[_Clause]) -> _Clause:
    return next((c for c in clauses if _strength(c) >= _SHORTEST_WORTH_CHECKING), clauses[0])


def _word_trie(words: Iterable[str]) -> str:
    """A pattern that matches, at a position, the longest of ``words`` that starts there.

    Python's engine tries an alternation's branches one after the other at every position: a list of
    a hundred words costs a hundred tries per letter. Grouped by their letters ("war|wars|warn" is
    "war(?:n|s)?"), a word costs a try per letter it shares with the text."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def pattern_of(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + pattern_of(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        if "" not in node:
            return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + "|".join(branches) + ")?"  # (greedy: the longer word first)

    return pattern_of(tree)


def _required_words(pattern: str, flags: int) -> tuple[re.Pattern[str], ...]:
    """Patterns each of which finds a word that every match of ``pattern`` holds (at most two: the
    first and the longest); none when it cannot tell. Searched first, they spare most sentences the
    pattern: a word list is found much faster than a long alternation is tried at every position."""
    try:
        parsed = _re_parser.parse(pattern, flags)
        clauses = [c for c in _clauses(parsed.data) if _strength(c) >= _SHORTEST_WORTH_CHECKING]
    except Exception:  # an unknown shape of the parser's answer: no shortcut, same matches
        return ()
    chosen = list(dict.fromkeys([_first_worth_checking(clauses), max(clauses, key=_strength)])) if clauses else []
    return tuple(re.compile(_word_trie(c)) for c in chosen)


# Backreferences and conditional groups tie one part of a pattern to another: such a pattern is never
# split into its alternatives.
_TIED_PARTS = re.compile(r"\(\?P=|\(\?\(|\\[1-9]")


def _top_level_bars(pattern: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Where ``pattern`` has a "|" outside every group and class, and the (start, end) of each
    top-level group (its "(" and its ")")."""
    bars: list[int] = []
    groups: list[tuple[int, int]] = []
    depth, opened, in_class, i = 0, 0, False, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 1 if pattern.startswith("^", i + 1) else 0
            i += 1 if pattern.startswith("]", i + 1) else 0  # ("[]" and "[^]" take "]" as a letter)
        elif char == "(":
            opened = i if depth == 0 else opened
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                groups.append((opened, i))
        elif char == "|" and depth == 0:
            bars.append(i)
        i += 1
    return bars, groups


def _alternatives(pattern: str) -> list[str]:
    """Patterns of which one matches at a position exactly where ``pattern`` does: its top-level
    alternatives, or for ``\\b(?:A|B)\\b`` the patterns ``\\b(?:A)\\b`` and ``\\b(?:B)\\b``;
    ``[pattern]`` when it has neither shape."""
    if _TIED_PARTS.search(pattern):
        return [pattern]
    bars, groups = _top_level_bars(pattern)
    if bars:
        edges = [-1, *bars, len(pattern)]
        return [pattern[a + 1 : b] for a, b in itertools.pairwise(edges)]
    outer = next((g for g in groups if pattern.startswith("(?:", g[0])), None)
    if outer is None or "(" in pattern[: outer[0]]:
        return [pattern]
    start, end = outer
    inner = _alternatives(pattern[start + 3 : end])
    return [f"{pattern[:start]}(?:{part}){pattern[end + 1 :]}" for part in inner] if len(inner) > 1 else [pattern]


class _Alternatives(NamedTuple):
    """A pattern's alternatives (lower-cased), and which of them a sentence's words let in."""

    patterns: tuple[re.Pattern[str], ...]
    # at each position, the longest word of the alternatives' most telling clauses that starts there
    # (a zero-width match, so overlapping words are all seen: one search instead of a loop over words)
    words: re.Pattern[str]
    # for each word, the alternatives whose telling clause holds it or a word it begins with
    let_in: dict[str, frozenset[int]]
    ungated: tuple[int, ...]  # alternatives that need no word
    other_clauses: tuple[tuple[tuple[str, ...], ...], ...]  # for each alternative, its other clauses


def _split_alternatives(pattern: str, flags: int) -> _Alternatives | None:
    """The alternatives of ``pattern`` (lower-cased), each with the words every match of it holds;
    None when the pattern is no alternation or an alternative cannot be read alone."""
    parts = _alternatives(pattern)
    if len(parts) < 2:
        return None
    patterns: list[re.Pattern[str]] = []
    holding: dict[str, set[int]] = {}
    ungated: list[int] = []
    others: list[tuple[tuple[str, ...], ...]] = []
    try:
        for index, part in enumerate(parts):
            patterns.append(re.compile(part, flags))
            clauses = [
                c for c in _clauses(_re_parser.parse(part, flags).data) if _strength(c) >= _SHORTEST_WORTH_CHECKING
            ]
            clauses = sorted(set(clauses), key=_strength, reverse=True)
            for word in clauses[0] if clauses else ():
                holding.setdefault(word, set()).add(index)
            if not clauses:
                ungated.append(index)
            others.append(tuple(tuple(sorted(c, key=len)) for c in clauses[1:]))
    except Exception:  # an alternative that is no pattern of its own: the whole pattern is searched
        return None
    # (where a word starts, every shorter word it begins with starts too)
    let_in = {
        word: frozenset().union(*(indices for shorter, indices in holding.items() if word.startswith(shorter)))
        for word in holding
    }
    words = re.compile(f"(?=({_word_trie(holding)}))") if holding else re.compile("(?!)")
    return _Alternatives(tuple(patterns), words, let_in, tuple(ungated), tuple(others))


def _first_start(split: _Alternatives, lowered: str) -> int | None:
    """Where the leftmost match of any alternative starts: an alternative is tried only when
    ``lowered`` holds a word of each of its clauses."""
    tried = set(split.ungated)
    let_in = split.let_in
    for word in split.words.findall(lowered):
        tried.update(let_in[word])
    first: int | None = None
    patterns, other_clauses = split.patterns, split.other_clauses
    for index in tried:
        # (plain loops, not all() over any() of generators: this runs for every sentence and alternative)
        for words in other_clauses[index]:
            for word in words:
                if word in lowered:
                    break
            else:
                break  # a clause none of whose words the sentence holds: the alternative cannot match
        else:
            found = patterns[index].search(lowered)
            if found is not None and (first is None or found.start() < first):
                first = found.start()
    return first


class FoldedPattern:
    """A pattern compiled with ``re.IGNORECASE`` whose matches are found over ``text.lower()``.

    The matches are the pattern's own over the text as written (same offsets, groups as written):
    the lower-cased search only finds where each one starts. A text whose lower-casing is no
    letter-for-letter copy (a dotted capital I, a dotless i) is searched as it is.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        if _CASED_SYNTAX.search(pattern):
            raise ValueError(
                "a pattern with upper-case escapes, character codes, capitals in group names or "
                "inline case flags cannot be folded"
            )
        self.pattern = pattern
        self._flags = flags
        # The compiled forms and the required words are built on first use (cached_property), not
        # here: the reader's modules make some sixty of these at import, and a page that never
        # reads a report should not pay for compiling them (~1 s).

    @cached_property
    def _as_written(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self._flags | re.IGNORECASE)

    @cached_property
    def _folded(self) -> re.Pattern[str]:
        return re.compile(_LOWERED_GROUP.sub(r"(?P\1", self.pattern.lower()), self._flags & ~re.IGNORECASE)

    @cached_property
    def _required(self) -> tuple[re.Pattern[str], ...]:
        return _required_words(self._folded.pattern, self._folded.flags)

    @cached_property
    def _split(self) -> _Alternatives | None:
        """The alternatives of a long trigger list, each tried only in a sentence with its words."""
        return _split_alternatives(self._folded.pattern, self._folded.flags)

    def _lowered(self, text: str) -> str | None:
        """``text`` lower-cased when a search over it answers as re.IGNORECASE does over ``text``."""
        lowered = text.lower()
        if text.isascii():  # (most sentences: one check, done in C)
            return lowered
        if len(lowered) != len(text) or _FOLDS_APART.search(text):
            return None
        return lowered

    @property
    def first_words(self) -> re.Pattern[str] | None:
        """Words of which every match holds one (found over the lower-cased text of an ASCII sentence,
        where this pattern looks for them itself), or None when it knows no such words."""
        return self._required[0] if self._required else None

    def _may_match(self, lowered: str) -> bool:
        for words in self._required:  # noqa: SIM110 (a loop, not all() over a generator: called for every sentence)
            if words.search(lowered) is None:
                return False
        return True

    def search(self, text: str) -> re.Match[str] | None:
        lowered = self._lowered(text)
        if lowered is None:
            return self._as_written.search(text)
        if not self._may_match(lowered):
            return None
        if self._split is not None:
            # (a match of the whole pattern starts where the leftmost match of an alternative does;
            # in a short sentence too: its words are found with one search of a letter tree, and
            # _BACKGROUND's 52 alternatives cost 60-75 us over 34 letters when tried all at once)
            start = _first_start(self._split, lowered)
            return None if start is None else self._as_written.match(text, start)
        found = self._folded.search(lowered)
        return None if found is None else self._as_written.match(text, found.start())

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        lowered = self._lowered(text)
        if lowered is None:
            return self._as_written.finditer(text)
        if not self._may_match(lowered):
            return iter(())  # (no generator to start: most sentences end here)
        return self._matches_as_written(text, lowered)

    def _matches_as_written(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        for found in self._folded.finditer(lowered):
            match = self._as_written.match(text, found.start())
            if match is not None:  # always: the two patterns take the same letters
                yield match


def folded_if_ignorecase(pattern: re.Pattern[str] | FoldedPattern) -> re.Pattern[str] | FoldedPattern:
    """``pattern`` as a FoldedPattern when it is compiled with ``re.IGNORECASE`` (same matches, found
    faster); a case-sensitive pattern as it is."""
    if isinstance(pattern, FoldedPattern) or not pattern.flags & re.IGNORECASE:
        return pattern
    return FoldedPattern(pattern.pattern, pattern.flags & ~re.IGNORECASE)


# (the lower-cased copy of the last text a gate read: the reader asks several patterns of one sentence)
_last_lowered: tuple[str, str | None] = ("", "")


def _lowered_for_gate(text: str) -> str | None:
    """``text`` lower-cased, when every match a pattern (cased or under re.I) finds in it holds its words
    lower-cased there; None for a text whose lower-casing is no letter-for-letter copy (as FoldedPattern)."""
    global _last_lowered
    last = _last_lowered
    if last[0] is text:
        return last[1]
    lowered = text.lower()
    usable = text.isascii() or (len(lowered) == len(text) and _FOLDS_APART.search(text) is None)
    _last_lowered = (text, lowered if usable else None)
    return _last_lowered[1]


def _gate_words(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """Patterns finding, in a lower-cased text, a word every match of ``pattern`` holds (at most two:
    the first and the longest); none when it cannot tell. Read from the pattern as written, each word
    lower-cased: a word a cased pattern needs is in the lower-cased text too."""
    try:
        parsed = _re_parser.parse(pattern.pattern, pattern.flags)
        clauses = [frozenset(word.lower() for word in c) for c in _clauses(parsed.data)]
    except Exception:  # an unknown shape of the parser's answer: no shortcut, same matches
        return ()
    # (a word with a letter beyond ASCII is left out: re.I may take it for an ASCII one)
    clauses = [c for c in clauses if _strength(c) >= _SHORTEST_WORTH_CHECKING and all(w.isascii() for w in c)]
    chosen = list(dict.fromkeys([_first_worth_checking(clauses), max(clauses, key=_strength)])) if clauses else []
    return tuple(re.compile(_word_trie(c)) for c in chosen)


# (a shorter text is searched at once: over a few characters the pattern costs less than the look for
# its words, ~0.5 us; measured over the gated patterns, a 13-letter sentence is read faster without)
_GATED_FROM = 24


class GatedPattern:
    """A compiled pattern that is run over a whole text only when the text holds the words every match
    holds (looked for in its lower-cased copy, as FoldedPattern does): the same answers, and a sentence
    without them costs a search of a letter tree instead of the pattern tried at every position.

    A call with ``pos`` or ``endpos`` goes to the pattern as it is (a window is not worth a look at the
    whole text: a name's window in a long sentence would make it quadratic), as does a short text. Anything else is the
    pattern's own (``pattern``, ``flags``, ``groupindex``); its matches are the pattern's, whose ``re``
    is the pattern, not this."""

    __slots__ = ("_pattern", "_words")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        self._words = _gate_words(pattern)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)

    def __repr__(self) -> str:
        return f"GatedPattern({self._pattern!r})"

    def _may_match(self, text: str) -> bool:
        if not self._words:
            return True
        lowered = _lowered_for_gate(text)
        if lowered is None:
            return True
        for words in self._words:  # noqa: SIM110 (a loop, not all() over a generator: called for every sentence)
            if words.search(lowered) is None:
                return False
        return True

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if pos == 0 and endpos >= len(string) >= _GATED_FROM and not self._may_match(string):
            return None
        return self._pattern.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if pos == 0 and endpos >= len(string) >= _GATED_FROM and not self._may_match(string):
            return None
        return self._pattern.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if pos == 0 and endpos >= len(string) >= _GATED_FROM and not self._may_match(string):
            return None
        return self._pattern.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if pos == 0 and endpos >= len(string) >= _GATED_FROM and not self._may_match(string):
            return iter(())
        return self._pattern.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if pos == 0 and endpos >= len(string) >= _GATED_FROM and not self._may_match(string):
            return []
        return self._pattern.findall(string, pos, endpos)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        if len(string) >= _GATED_FROM and not self._may_match(string):
            return string
        return self._pattern.sub(repl, string, count)


def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` run only over a text holding the words its every match holds (``GatedPattern``), or
    ``pattern`` itself when it has no such words. Typed as the pattern it stands in for: it answers
    search, match, fullmatch, finditer, findall and sub as the pattern does, and hands it the rest."""
    if not _gate_words(pattern):
        return pattern
    return cast("re.Pattern[str]", GatedPattern(pattern))
