"""Counter-claim grouping: time and peak memory on realistic and adversarial arrangements. JSON lines.

Usage: python3 benchmarks/bench_claims.py [--sizes 10000,100000,1000000] [--cases one_spot,...]
       python3 benchmarks/bench_claims.py --explain 16000,20000   (explain_status on a chain of N accounts,
       on N accounts at one spot and on weapons_overlap: the details panel's status in words; seconds and characters)
       python3 benchmarks/bench_claims.py --browser 20000   (the app on 20,000 claims at one spot:
       page open → markers in headless Chromium, and the server's peak resident memory)

Each (case, size) runs in its own process, so ``peak_rss_mb`` is that process's high-water mark
(the synthetic frame, Python, numpy and scipy included; ``rss_before_grouping_mb`` is the mark
before grouping); ``peak_traced_mb`` is tracemalloc's peak during a second, traced run of the
grouping alone. ``seconds`` is the untraced run. Cases (all synthetic, generated here, never stored):

* ``one_spot``    - every claim at one spot on one day, the four reporting sides mixed (the
  worst case of issue 12: 8,000 such claims took 20 s and 3.6 GB before);
* ``jittered``    - every claim within 5 km of one village on one day, sides mixed, all at
  distinct coordinates (no two claims collapse);
* ``two_villages``- one day; half the claims are Armenian within 5 km of one village, half
  Azerbaijani within 5 km of another 12 km away (large one-sided cells facing each other);
* ``spread``      - three years over the border area around 400 villages (as before);
* ``acled``       - the real ACLED export for Armenia (../shared/data) repeated with up to 5 km
  of jitter (issue 17's "real density"); skipped when the file is absent;
* ``many_sides``  - every claim at one spot on one day, each with its own reporting side text
  ("Armenia 0", "media 1", …: an imported file can carry any), none of them a party, so nothing
  links (round 41: 58-64 s for 20,000, every pair of sides a candidate link);
* ``many_sides_linked`` - the same, but every third claim says "Armenia" and every third
  "Azerbaijan" as written, each naming "mortar" (a third another weapon too) and a number killed:
  one contested clash of thousands of sides (round 41: 36 s and 12 GB for 20,000);
* ``weapons_overlap`` - one spot and day, "Armenia" naming {mortar, rifle}, "Azerbaijan" {mortar,
  grenade}, "media" {rifle, grenade} and every other claim "media i" {mortar, rifle, gun i}: the weapon
  lists meet pairwise with no weapon in all of them (review41: 17 s for 8,000, one pass over all rows
  per list tried).

The ``many_sides`` and ``weapons_overlap`` cases time ``find_clashes`` (groups and statuses: sides matter to both), the
others ``group_counter_claims``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))  # spot_claims: the frame tests/claims/test_many_sides.py checks
from spot_claims import claims_at_one_spot, overlapping_lists

from mapdata.claims import group_counter_claims

SIDES = np.array(["Armenia", "Azerbaijan", "media", "third party"], dtype=object)
ACLED = REPO.parent / "shared" / "data" / "acled_hdx_armenia_conflict_2018-2020.csv"
KM_PER_DEGREE = 111.195


def _jitter(rng: np.random.Generator, lat: np.ndarray, lon: np.ndarray, km: float) -> tuple[np.ndarray, np.ndarray]:
    """Uniform within ``km`` of each point."""
    r = km * np.sqrt(rng.uniform(0, 1, len(lat)))
    a = rng.uniform(0, 2 * np.pi, len(lat))
    dlat = r * np.cos(a) / KM_PER_DEGREE
    dlon = r * np.sin(a) / (KM_PER_DEGREE * np.cos(np.radians(lat)))
    return lat + dlat, lon + dlon


def synthetic(case: str, n: int, seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    day = np.zeros(n, dtype=np.int64)
    side = SIDES[rng.integers(0, 4, n)]
    if case == "one_spot":
        lat, lon = np.full(n, 40.2), np.full(n, 45.87)
    elif case == "jittered":
        lat, lon = _jitter(rng, np.full(n, 40.2), np.full(n, 45.87), 5.0)
    elif case == "two_villages":
        half = np.arange(n) < n // 2
        side = np.where(half, "Armenia", "Azerbaijan").astype(object)
        lat, lon = _jitter(rng, np.where(half, 40.2, 40.2 + 12 / KM_PER_DEGREE), np.full(n, 45.87), 5.0)
    elif case == "spread":
        villages = np.column_stack([rng.uniform(38.8, 41.3, 400), rng.uniform(44.8, 46.8, 400)])
        at = rng.integers(0, len(villages), n)
        lat, lon = villages[at, 0] + rng.normal(0, 0.02, n), villages[at, 1] + rng.normal(0, 0.02, n)
        day = rng.integers(0, 3 * 365, n)
        side = rng.choice(SIDES, n, p=[0.4, 0.4, 0.15, 0.05])
    elif case == "acled":
        from mapdata.formats import acled

        rows = acled.parse(ACLED.read_text(encoding="utf-8")).incidents
        pick = rng.integers(0, len(rows), n)
        base = pd.DataFrame([(i.date, i.latitude, i.longitude, i.reporting_side) for i in rows])
        lat, lon = _jitter(rng, base[1].to_numpy()[pick], base[2].to_numpy()[pick], 5.0)
        day = (pd.to_datetime(base[0]).to_numpy()[pick] - np.datetime64("2018-01-01")) // np.timedelta64(1, "D")
        side = base[3].to_numpy()[pick]
    elif case in ("many_sides", "many_sides_linked"):
        return many_sides(n, linked=case == "many_sides_linked", seed=seed)
    elif case == "weapons_overlap":
        return weapons_overlap(n)
    else:
        raise SystemExit(f"unknown case {case!r}")
    return pd.DataFrame(
        {
            "id": [f"syn:{i}" for i in range(n)],
            "date": pd.Timestamp("2020-01-01") + pd.to_timedelta(day, unit="D"),
            "latitude": lat,
            "longitude": lon,
            "reporting_side": side,
        }
    )


def many_sides(n: int, linked: bool, seed: int = 1) -> pd.DataFrame:
    """``n`` claims at one spot on one day, each naming its own reporting side (see the cases)."""
    rng = np.random.default_rng(seed)
    base = SIDES[rng.integers(0, 4, n)]
    side = np.array([f"{s} {i}" for i, s in enumerate(base)], dtype=object)
    if linked:
        side[0::3], side[1::3] = "Armenia", "Azerbaijan"
    weapons = [["mortar"] if i % 3 else ["mortar", f"weapon {i % 7}"] for i in range(n)]
    return _at_one_spot(side, weapons, rng.integers(0, 3, n).astype(float), "Synthetic village")


def weapons_overlap(n: int) -> pd.DataFrame:
    """``n`` claims at one spot on one day whose weapon lists all meet pairwise, none in all (see the cases)."""
    side = np.array(["Armenia", "Azerbaijan", "media"] + [f"media {i}" for i in range(3, n)], dtype=object)[:n]
    return _at_one_spot(side, overlapping_lists(n), np.nan, "Tegh")


def _at_one_spot(side: np.ndarray, weapons: list[list[str]], killed: object, place: str) -> pd.DataFrame:
    """Claims of ``side`` at one spot on one day (tests/spot_claims.py), each with a claimant of its own at ``place``."""
    claimants = [f"Claimant {i}" for i in range(len(side))]
    return claims_at_one_spot(side, weapons, killed, id_prefix="syn:", claimant=claimants, place=place, wounded=np.nan)


def run_one(case: str, n: int) -> dict:
    from mapdata.claims import find_clashes

    frame = synthetic(case, n)
    if case.startswith("many_sides") or case == "weapons_overlap":
        name, group = "find_clashes", lambda: find_clashes(frame).groups
    else:
        name, group = "group_counter_claims", lambda: group_counter_claims(frame)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    groups = group()
    seconds = time.perf_counter() - start
    rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tracemalloc.start()  # a second, traced run (tracing slows it down several times)
    group()
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "benchmark": name,
        "case": case,
        "incidents": n,
        "seconds": round(seconds, 2),
        "peak_traced_mb": round(traced_peak / 2**20, 1),
        "peak_rss_mb": round(rss_peak, 1),
        "rss_before_grouping_mb": round(rss_before, 1),
        "grouped": len(groups),
        "groups": int(groups.nunique()),
    }


def run_browser(n: int) -> dict:
    """The app on ``n`` claims at one spot on one day: page → markers, and the server's peak RSS."""
    import tempfile

    from browserbench import chromium, open_map, peak_rss_mb, serve, write_db

    frame = synthetic("one_spot", n)
    frame["place"], frame["claimant"] = "Synthetic village", frame["reporting_side"].map(lambda s: f"{s} source")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "dense.db"
        write_db(frame, db)
        with serve(db) as (url, server), chromium() as browser:
            _page, map_frame, seconds = open_map(browser, url, n)
            in_view = map_frame.evaluate(
                "document.querySelector('.leaflet-container').getAttribute('data-incidents-in-view')"
            )
            return {
                "benchmark": "dense_spot_browser",
                "incidents": n,
                "page_to_markers_seconds": round(seconds, 2),
                "incidents_in_view": int(in_view),
                "server_peak_rss_mb": round(peak_rss_mb(server.pid), 1),
            }


def run_explain(n: int, case: str) -> dict:
    """``explain_status`` for one claim of a clash of ``n`` accounts: a ``chain`` of spots 1.2 km apart
    over two days (two sides per spot stating different numbers killed and weapons), or ``one_spot``
    (one day and spot, ``n`` place names), or ``weapons_overlap`` (the case above). review40: 52 s and 3 MB of
    text for a 16,000-account chain; review41: 11.9 s for 4,000 accounts of weapons_overlap."""
    if case == "weapons_overlap":
        return _explained(weapons_overlap(n), case)

    spot = np.arange(n) // 2 if case == "chain" else np.zeros(n, dtype=np.int64)
    armenian = np.arange(n) % 2 == 0
    frame = pd.DataFrame(
        {
            "id": [f"c{i}" for i in range(n)],
            "conflict": "armenia-azerbaijan",
            "date": pd.Timestamp("2020-03-01") + pd.to_timedelta(spot % 2, unit="D"),
            "place": [f"Village {s}" for s in spot] if case == "chain" else [f"Name {i}" for i in range(n)],
            "latitude": 39.70 + spot * 0.011,
            "longitude": 44.9,
            "claimant": np.where(armenian, "Armenian MoD", "Azerbaijani MoD"),
            "reporting_side": np.where(armenian, "Armenia", "Azerbaijan"),
            "accused_side": np.where(armenian, "Azerbaijan", "Armenia"),
            "killed": pd.array(np.where(armenian, 1, 2), dtype="Int64"),
            "weapons": [["mortar"] if a else ["sniper"] for a in armenian],
            "extra": pd.array(["{}"] * n, dtype="string"),
        }
    )
    return _explained(frame, case)


def _explained(frame: pd.DataFrame, case: str) -> dict:
    from mapdata.claims import explain_status, find_clashes

    clashes = find_clashes(frame)
    members = frame.iloc[clashes.members(0)]
    start = time.perf_counter()
    why = explain_status(members, str(frame["id"].iloc[0]), str(clashes.status.iloc[0]))
    return {
        "benchmark": "explain_status",
        "case": case,
        "accounts": len(members),
        "seconds": round(time.perf_counter() - start, 3),
        "reasons": len(why.reasons),
        "text_chars": len(why.text()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--cases", default="one_spot,jittered,two_villages,spread,acled")
    parser.add_argument("--browser", type=int, metavar="N", help="instead: the app in Chromium on N claims at one spot")
    parser.add_argument("--explain", metavar="N,N", help="instead: explain_status on clashes of N accounts")
    parser.add_argument("--child", nargs=2, metavar=("CASE", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.explain:
        for n in (int(s) for s in args.explain.split(",")):
            for case in ("chain", "one_spot", "weapons_overlap"):
                print(json.dumps(run_explain(n, case)), flush=True)
        return
    if args.browser:
        print(json.dumps(run_browser(args.browser)), flush=True)
        return
    if args.child:
        print(json.dumps(run_one(args.child[0], int(args.child[1]))), flush=True)
        return
    for case in args.cases.split(","):
        if case == "acled" and not ACLED.exists():
            print(json.dumps({"benchmark": "group_counter_claims", "case": case, "skipped": f"{ACLED} is absent"}))
            continue
        for n in (int(s) for s in args.sizes.split(",")):
            out = subprocess.run(
                [sys.executable, __file__, "--child", case, str(n)],
                capture_output=True,
                text=True,
                env=dict(os.environ, PYTHONPATH=str(REPO)),
            )
            print(
                out.stdout.strip() or json.dumps({"case": case, "incidents": n, "error": out.stderr[-500:]}), flush=True
            )


if __name__ == "__main__":
    main()
