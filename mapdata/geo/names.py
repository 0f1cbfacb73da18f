"""Place-name folding: the many spellings of one name reduced to comparable keys.

Reports spell the same village in English, ACLED, Russian-style and Azerbaijani transliteration
("Idjevan", "Ijevan", "Idzhevan"; "Qazax", "Gazakh"; "Laçın", "Lachin"). Two keys are used:

* :func:`fold` - case, diacritics, apostrophes and punctuation removed (exact spelling);
* :func:`skeleton` - the folded name with transliteration variants merged (a looser match).

:func:`strip_context` removes the words around a name ("the village of", "district"), and
:func:`case_stems` proposes the name without a Russian or Armenian case ending ("Jermuka").
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache

__all__ = ["REGION_WORDS", "case_stems", "fold", "is_latin_key", "names_region", "skeleton", "strip_context"]

# Letters that NFKD does not decompose into a base letter plus a combining mark.
# fmt: off
_SPECIAL_LETTERS = str.maketrans({
    "ı": "i", "İ": "i", "ə": "e", "Ə": "e", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l",
    "đ": "d", "Đ": "d", "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th",
    "ʻ": "", "ʼ": "", "’": "", "‘": "", "'": "", "`": "", "´": "", "ʹ": "", "ʿ": "", "ʾ": "",
    "-": " ", "‐": " ", "–": " ", "—": " ", "_": " ", "/": " ", ".": " ", ",": " ",
    "(": " ", ")": " ", "\"": " ", "“": " ", "”": " ", "«": " ", "»": " ",
})
# fmt: on
_SPACES = re.compile(r"\s+")
_LATIN_KEY = re.compile(r"^[a-z0-9 ]+$")


@lru_cache(maxsize=1)
def _combining_marks() -> dict[int, None]:
    """Every code point with a combining class (the marks NFKD splits off a letter), to delete
    with one ``str.translate``: a Python loop over each character made half the index build."""
    return dict.fromkeys((cp for cp in range(sys.maxunicode + 1) if unicodedata.combining(chr(cp))), None)


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """Lower case, no diacritics, no apostrophes; hyphens and dots become spaces."""
    if name.isascii():  # most names: no decomposition, no marks (the same key, a third of the time)
        return _SPACES.sub(" ", name.translate(_SPECIAL_LETTERS).lower()).strip()
    text = name.translate(_SPECIAL_LETTERS)
    text = unicodedata.normalize("NFKD", text).translate(_combining_marks()).lower()
    text = text.translate(_SPECIAL_LETTERS)
    return _SPACES.sub(" ", text).strip()


def is_latin_key(key: str) -> bool:
    """True for a folded key in plain Latin letters (the only ones English reports use)."""
    return bool(key) and _LATIN_KEY.match(key) is not None


# Ordered rewrites: longer spellings first so "dzh" is not half-eaten by "zh".
_SKELETON_RULES: tuple[tuple[str, str], ...] = (
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),
    ("tch", "c"),
    ("ch", "c"),
    ("tz", "c"),
    ("ts", "c"),
    ("kh", "x"),
    ("gh", "g"),
    ("q", "g"),
    ("sh", "s"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("w", "v"),
    ("ou", "u"),
    ("oo", "u"),
    ("y", "i"),
)
_DOUBLE = re.compile(r"([a-z])\1+")


@lru_cache(maxsize=200_000)
def skeleton(key: str) -> str:
    """A folded name with transliteration differences merged ("idjevan" -> "ijevan")."""
    text = key
    for old, new in _SKELETON_RULES:
        text = text.replace(old, new)
    text = _DOUBLE.sub(r"\1", text)
    text = text.replace("ie", "e")  # Yerevan / Erevan, Noyemberyan / Noemberyan
    text = _ADJECTIVE.sub(_ukrainian_ending, text)  # Novaya Mayachka / Nova Maiachka
    return text.replace(" ", "")


# A Russian adjective's ending on a village's name, where GeoNames has the Ukrainian form: "Novaya" / "Nova",
# "Novoye" / "Nove", "Staraya" / "Stara" (the usual words of such names, not every word ending so)
_ADJECTIVE = re.compile(r"\b(nov|star|velik|mal|krasn|zelen|bel|bil|kamen|vesel|zolot)(aia|oe)\b")


def _ukrainian_ending(match: re.Match[str]) -> str:
    return match.group(1) + ("a" if match.group(2) == "aia" else "e")


# Words reports put around a place name. Matched on folded text, whole words only.
REGION_WORDS = ("district", "region", "province", "rayon", "raion", "marz", "oblast", "governorate")
_LEADING = re.compile(
    r"^(?:(?:in|at|near|from|towards?|on|of|around|outskirts|vicinity|direction|the|a|an"
    r"|village|villages|settlement|settlements|town|city|community|communities|area|areas"
    r"|region|district|province|positions?|heights?|mount|border)\s+)+"
)
_TRAILING = re.compile(
    r"(?:\s+(?:village|villages|settlement|town|city|community|area|areas|region|district|province"
    r"|rayon|raion|marz|oblast|governorate|direction|section|sector|heights?|positions?))+$"
)


def strip_context(key: str) -> str:
    """Remove "the village of", "in the direction of", "district", ... around a folded name."""
    stripped = _TRAILING.sub("", _LEADING.sub("", key)).strip()
    return stripped or key


def names_region(key: str) -> bool:
    """True when the folded query itself says it is a region ("Tovuz district")."""
    return any(f" {word}" in f" {key}" for word in REGION_WORDS)


# Case endings of Russian and Armenian (transliterated) that reports leave on a name.
_CASE_ENDINGS = ("ovoy", "skogo", "ami", "akh", "om", "um", "ov", "ev", "oy", "ey", "a", "u", "e", "y", "i")


def case_stems(key: str) -> list[str]:
    """Candidate base forms without a case ending: "jermuka" -> ["jermuk"]."""
    stems = []
    for ending in _CASE_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 4:
            stems.append(key[: -len(ending)])
    return stems
