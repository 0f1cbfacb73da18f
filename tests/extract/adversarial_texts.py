"""Texts built to make a careless pattern or loop take time that grows faster than the text.

Used by the linear-time test (tests/extract/test_linear_time.py) and the extraction benchmark
(benchmarks/bench_extract.py). The first five are the ones issue 12 measured (5–47 s at
40–60 kB before the fix); the others push the other shapes a pattern can trip on: long runs of
one character, words without end, thousands of names, dates, speakers or quotes in one line.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["ADVERSARIAL"]

_PLACES = "Sotk, Vardenis, Goris, Kapan, Jermuk, Tegh, Ijevan, Berd, "


def _letters(i: int) -> str:
    """``i`` in lower-case letters ("b", "c", ... "ba"): a name of its own for each number."""
    out = ""
    while True:
        i, r = divmod(i, 26)
        out = chr(97 + r) + out
        if i == 0:
            return out + "a"


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "x-then-killed": lambda n: _repeat("x ", n) + "killed.",
    "a-killed": lambda n: _repeat("a killed ", n),
    "exclamations": lambda n: "!" * n + "a",
    "mr-dot": lambda n: _repeat("Mr. ", n),
    "place-list": lambda n: "Shelling hit " + _repeat(_PLACES, n) + " yesterday.",
    "place-list-cues": lambda n: (
        "Shelling hit " + _repeat("Sotk, Goris and Kapan villages, Tegh and Berd sectors, ", n)
    ),
    "full-stops": lambda n: "." * n + "a",
    "spaces": lambda n: "Armenian forces" + " " * n + "opened fire.",
    "digits": lambda n: _repeat("1 ", n) + "killed",
    "one-capital-word": lambda n: "A" * n + "a village.",
    "one-long-word": lambda n: "Armenian " + "a" * n + " denied",
    "side-verb": lambda n: _repeat("Armenian attacked ", n),
    "weekdays": lambda n: _repeat("Monday ", n),
    "village-of": lambda n: _repeat("the village of Aaa, ", n),
    "open-tags": lambda n: _repeat("<p ", n),
    "html": lambda n: _repeat("<p>Shelling near Sotk.</p>", n),
    "quotes": lambda n: _repeat('"Shots. ', n),
    "glued-sentences": lambda n: _repeat('Troops fired."Aa shelled.Bb ', n),
    "speakers": lambda n: _repeat("Spokesman John Smith said Azerbaijani forces shelled Sotk. ", n),
    "ampersands": lambda n: _repeat("&a", n),
    "short-lines": lambda n: _repeat("Shelling\n", n),
    "named-dead": lambda n: _repeat("Aaa Bbb died ", n),
    # a new named witness in every sentence: the names remembered stay few (round 13)
    "witnesses": lambda n: "".join(
        f"Aaa B{_letters(i)}, a resident of Ccc, said shelling hit the village. " for i in range(max(1, n // 60))
    )[:n],
    # a new unknown village announced in every sentence, each named again after: the names
    # remembered for recall stay few, and each sentence is scanned for them once (round 24)
    "announced-villages": lambda n: "".join(
        f"Troops shelled the village of Q{_letters(i)}. A strike hit Q{_letters(i)} and Q{_letters(i // 2)}. "
        for i in range(max(1, n // 70))
    )[:n],
    # a run of names, each run closed by a verb of shelling whose subjects they may be (round 36)
    "names-shelled": lambda n: "".join(
        f"Qa{_letters(i)} Rb, Sc{_letters(i)}, " + ("and Td were shelled, " if i % 40 == 39 else "")
        for i in range(max(1, n // 14))
    )[:n],
    # verbs of shelling packed after one another, names between them: the windows before them merge (round 36)
    "shelled-packed": lambda n: _repeat("Aa Bb was shelled Cc came under fire ", n),
    # one paragraph hard-wrapped at 70 columns: every line runs on, all joined into one (round 13)
    "wrapped-lines": lambda n: _repeat("troops fired at the village of Movses and shelled the houses near the\n", n),
    # one sentence listing the wounded by name and age, each in a new village: every pair of the day's thousands of
    # places was compared (review46: 239 s at 200,000 characters)
    "wounded-by-age": lambda n: (
        "Indian shelling injured many people on Wednesday, officials said. "
        + "".join(f"Aa B{_letters(i)}, 45, was injured in C{_letters(i)} village, " for i in range(max(1, n // 40)))
    )[:n],
}
