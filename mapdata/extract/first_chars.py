"""A pattern tried only where its first letter can stand.

Python's engine tries a pattern at every position of the text. A pattern that opens with lookbehinds
or a long alternation ("(?<=\\bthe\\s)(?P<name>...)|...") pays for them at every letter, though every
match starts with a capital. ``with_first_chars`` reads from the parsed pattern which characters a
match can start with and puts that class first, as a lookahead: the same matches (the lookahead only
says what the pattern itself asks of its first character), and a position whose character cannot open
one costs a single test.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser of the re module, read only to learn which characters a match can start with
    from re import _parser as _re_parser  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_parse as _re_parser

__all__ = ["first_chars", "with_first_chars"]

_LARGEST_RANGE = 256  # a class range wider than this ("[^\x00-\uffff]") is taken as any character


class _Any(Exception):
    """The pattern can start with (nearly) any character, or its shape is one this module does not read."""


def _first(items: Any) -> tuple[set[str], bool]:
    """(the characters a match of the parsed ``items`` can start with, whether it can match empty)."""
    chars: set[str] = set()
    for op, arg in items:
        found, nullable = _first_of(str(op), arg)
        chars |= found
        if not nullable:
            return chars, False
    return chars, True


def _first_of(name: str, arg: Any) -> tuple[set[str], bool]:
    if name == "LITERAL":
        return {chr(arg)}, False
    if name == "IN":
        return _in(arg), False
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return set(), True  # (zero-width: the first character is the next part's)
    if name == "SUBPATTERN":
        _group, add_flags, _del_flags, items = arg
        if add_flags & re.IGNORECASE:
            raise _Any  # ("(?i:...)": its letters in either case, and a few others; not read here)
        return _first(items)
    if name == "ATOMIC_GROUP":
        return _first(arg)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        least, _most, items = arg
        found, nullable = _first(items)
        return found, nullable or least == 0
    if name == "BRANCH":
        chars: set[str] = set()
        empty = False
        for branch in arg[1]:
            found, nullable = _first(branch)
            chars |= found
            empty = empty or nullable
        return chars, empty
    raise _Any  # (ANY, NOT_LITERAL, CATEGORY, group references, conditionals)


# a class's categories, kept as they are written (under the pattern's own flags: \d is any decimal digit
# unless re.ASCII)
_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w"}


def _in(items: Any) -> set[str]:
    chars: set[str] = set()
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            chars.add(chr(arg))
        elif name == "RANGE" and arg[1] - arg[0] < _LARGEST_RANGE:
            chars.update(chr(code) for code in range(arg[0], arg[1] + 1))
        elif name == "CATEGORY" and str(arg) in _CATEGORIES:
            chars.add(_CATEGORIES[str(arg)])
        else:
            raise _Any  # (a negated class, a negated category such as \W or \S)
    return chars


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters every match of ``pattern`` starts with (single characters, and the categories
    ``\\d``, ``\\s``, ``\\w`` as written); None when it cannot tell (a pattern under re.IGNORECASE,
    one that can match the empty string, one that may start with any character)."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        chars, nullable = _first(_re_parser.parse(pattern.pattern, pattern.flags).data)
    except _Any:
        return None
    except Exception:  # an unknown shape of the parser's answer: no shortcut, same matches
        return None
    return None if nullable or not chars else frozenset(chars)


def with_first_chars(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a lookahead of the characters its matches start with put first (same matches,
    groups and flags), or ``pattern`` itself when they are not known."""
    chars = first_chars(pattern)
    if chars is None:
        return pattern
    lookahead = "(?=[" + "".join(_escaped(char) for char in sorted(chars)) + "])"
    try:
        return re.compile(f"{lookahead}(?:{pattern.pattern})", pattern.flags)
    except re.error:  # (a pattern opening with a global inline flag cannot be wrapped)
        return pattern


def _escaped(char: str) -> str:
    if len(char) > 1:
        return char  # (a category: \d, \s, \w)
    return "\\" + char if char in "\\]^-[" else char
