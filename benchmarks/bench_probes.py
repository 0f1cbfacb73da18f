"""Probes of the report reader (issue 16): sentences and short reports written for this project, each varying one way
English reports tell an incident, with what a careful labeller would record. One JSON line per set, then one per
dimension with failures.

    python benchmarks/bench_probes.py [--set words|reports|places_days] [--failures]

Unlike the labelled sets of real reports (kept outside the repository), these are our own words: a regression check
of general wording the reader should understand, not a measure of quality on unseen reports (see
docs/extraction-quality.md, round 47). No assertions; each fixed gap has its own test in tests/extract.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks" / "probes"))

from mapdata.extract import extract
from mapdata.profiles import default_catalog

# each conflict's probes are published on a Wednesday: "Tuesday" is the day before
PUBLISHED = {
    "india-pakistan": "2021-05-12",
    "armenia-azerbaijan": "2022-09-14",
    "israel-lebanon": "2025-03-12",
    "thailand-cambodia": "2025-08-06",
    "russia-ukraine": "2021-05-12",
}
WEEKDAYS = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}
MAX_MATCHED = 6  # expected incidents per probe matched to proposals by trying every pairing (a handful at most)


def _day(published: str, token: str | None) -> str | None:
    """ "Tue" -> the Tuesday before publication; "today"; "yday"; "MM-DD" in the publication's year; else as given."""
    day = dt.date.fromisoformat(published)
    if token is None:
        return None
    if token == "today":
        return day.isoformat()
    if token == "yday":
        return (day - dt.timedelta(days=1)).isoformat()
    if token in WEEKDAYS:
        back = (day.weekday() - WEEKDAYS[token]) % 7 or 7
        return (day - dt.timedelta(days=back)).isoformat()
    if len(token) == 5:
        return f"{day.year}-{token}"
    return token


def _folded(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    return text.replace("-", " ").replace("'", "").strip()


def _fails(expected: dict, got: dict, published: str, strict_counts: bool) -> list[str]:
    """The fields a proposal gets wrong against one expected incident."""
    fails = []
    if "date" in expected and expected["date"] != "SKIP":
        days = expected["date"] if isinstance(expected["date"], list) else [expected["date"]]
        if str(got["date"]) not in {str(_day(published, d)) for d in days}:
            fails.append("date")
    if "place" in expected:
        names = expected["place"] if isinstance(expected["place"], list) else [expected["place"]]
        found = any(got["place"] and _folded(n) in _folded(got["place"]) for n in names if n)
        if not found and not (names == [None] and got["place"] is None):
            fails.append("place")
    for key in ("reporting", "accused"):
        if key in expected:
            allowed = expected[key] if isinstance(expected[key], list) else [expected[key]]
            if got[key] not in allowed:
                fails.append(key)
    for key in ("killed", "wounded"):
        checked = (key in expected or strict_counts) and expected.get(key) != "any"
        if checked and (got[key] or None) != expected.get(key):
            fails.append(key)
    return fails


def _score(probe: dict, catalog, strict_counts: bool) -> list[str]:
    """What a probe gets wrong: fields of its best-matched proposals, "missing" incidents, or a wrong count."""
    published = probe.get("pub") or PUBLISHED[probe["profile"]]
    if probe.get("auto"):
        result = extract(
            probe["text"] if probe["text"].startswith("published:") else f"published: {published}\n\n{probe['text']}"
        )
    else:
        result = extract(probe["text"], published=published, profile=catalog[probe["profile"]])
    got = [
        dict(
            date=p.date,
            place=p.place,
            reporting=p.reporting_side,
            accused=p.accused_side,
            killed=p.killed,
            wounded=p.wounded,
        )
        for p in result.proposals
    ]
    expected = probe["exp"] if isinstance(probe["exp"], list) else [probe["exp"]]
    # (a one-sentence probe wants one proposal unless it says otherwise)
    wanted = probe.get("n") if isinstance(probe["exp"], list) else probe["exp"].get("n", 1)
    allowed = (wanted if isinstance(wanted, list) else [wanted]) if wanted is not None else None
    if not expected:
        return [f"extra+{len(got)}"] if got else []
    best: tuple[int, list[str]] | None = None
    if len(expected) > MAX_MATCHED // 2 or len(got) > MAX_MATCHED:
        # (a long list: each expected incident takes its best proposal left, in turn)
        left, fails = list(range(len(got))), []
        for e in expected:
            scored = sorted(left, key=lambda g: len(_fails(e, got[g], published, strict_counts)))
            if scored:
                fails += _fails(e, got[scored[0]], published, strict_counts)
                left.remove(scored[0])
            else:
                fails.append("missing")
        best = (len(fails), fails)
    for k in range(min(len(expected), len(got), MAX_MATCHED), -1, -1) if best is None else ():
        for chosen in itertools.permutations(range(len(got)), k):
            for which in itertools.combinations(range(len(expected)), k):
                fails = ["missing"] * (len(expected) - k)
                for e, g in zip(which, chosen):
                    fails += _fails(expected[e], got[g], published, strict_counts)
                cost = len(fails) + 9 * (len(expected) - k)
                if best is None or cost < best[0]:
                    best = (cost, fails)
        if best is not None and k == min(len(expected), len(got)):
            break
    fails = sorted(set(best[1])) if best is not None else []
    if allowed is not None and len(got) in allowed:
        fails = [f for f in fails if f != "missing"]  # ("one or two proposals": either reading is right)
    elif allowed is not None and not isinstance(probe["exp"], list):
        fails.append(f"n={len(got)}")
    elif len(got) > len(expected) and (allowed is None or len(got) not in allowed):
        fails.append(f"extra+{len(got) - len(expected)}")
    return fails


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=("words", "reports", "places_days"), action="append")
    parser.add_argument("--failures", action="store_true", help="also print each failing probe")
    args = parser.parse_args()
    catalog = default_catalog()
    for name in args.set or ["words", "reports", "places_days"]:
        module = __import__(name)
        started = time.process_time()
        failing: Counter[str] = Counter()
        total = Counter()
        for probe in module.PROBES:
            fails = _score(probe, catalog, strict_counts=name == "reports")
            if name == "places_days":  # (its incidents check the day and the place only)
                fails = [f for f in fails if f not in ("killed", "wounded", "reporting", "accused")]
            total[probe["dim"]] += 1
            if fails:
                failing[probe["dim"]] += 1
                if args.failures:
                    print(json.dumps({"set": name, "id": probe["id"], "fails": fails, "text": probe["text"][:200]}))
        print(
            json.dumps(
                {
                    "set": name,
                    "probes": len(module.PROBES),
                    "failing": sum(failing.values()),
                    "cpu_seconds": round(time.process_time() - started, 2),
                }
            )
        )
        for dim, count in sorted(failing.items(), key=lambda kv: -kv[1]):
            print(json.dumps({"set": name, "dimension": dim, "failing": count, "of": total[dim]}))


if __name__ == "__main__":
    main()
