"""ACLED's notes as a second, automatic check of the report reader (issue 16), one JSON line per figure.

    python benchmarks/bench_acled_notes.py [ACLED.csv] [--limit N]

ACLED's ``notes`` column is real English text written by coders, with its answer beside it:
``event_date`` and ``location`` (and its coordinates). Each note is read as a report published the
day after the event (so "On 4 February" without a year takes the right one), with the Armenia–
Azerbaijan profile. A note agrees on the date when a proposal carries ``event_date``; on the place
when a proposal's place has ACLED's location name (folded) or lies within 5 km of ACLED's
coordinates; on both when one proposal does both; the share of proposals agreeing on both is a precision. Notes are taken evenly across the file
(``--limit``, default all). No assertions: it prints figures; times vary with machine load.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mapdata.extract import extract
from mapdata.geo.gazetteer import Gazetteer, haversine_km
from mapdata.geo.names import fold
from mapdata.profiles import default_catalog

DEFAULT = ROOT.parent / "shared" / "data" / "acled_hdx_armenia_conflict_2018-2020.csv"
NEAR_KM = 5.0


def _rows(path: Path, limit: int | None) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if not r["event_date"].startswith("#") and r.get("notes")]
    if limit and limit < len(rows):
        step = len(rows) / limit
        rows = [rows[int(i * step)] for i in range(limit)]
    return rows


def _place_agrees(proposal: object, row: dict[str, str]) -> bool:
    place = getattr(proposal, "place", None)
    if place and fold(place) == fold(row["location"]):
        return True
    lat, lon = getattr(proposal, "latitude", None), getattr(proposal, "longitude", None)
    if lat is None or lon is None:
        return False
    return haversine_km(lat, lon, float(row["latitude"]), float(row["longitude"])) <= NEAR_KM


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("acled", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=None, help="read this many notes, evenly spread")
    args = parser.parse_args()
    if not args.acled.is_file():
        print(json.dumps({"skipped": f"{args.acled} not found"}))
        return
    profile = default_catalog().require("armenia-azerbaijan")
    gazetteer = Gazetteer.for_profile(profile)
    rows = _rows(args.acled, args.limit)
    counts: Counter[str] = Counter()
    started = time.process_time()
    for row in rows:
        published = (dt.date.fromisoformat(row["event_date"]) + dt.timedelta(days=1)).isoformat()
        proposals = extract(row["notes"], published=published, gazetteer=gazetteer, profile=profile).proposals
        date_ok = [p.date == row["event_date"] for p in proposals]
        place_ok = [_place_agrees(p, row) for p in proposals]
        counts["notes"] += 1
        counts["with_proposal"] += bool(proposals)
        counts["date"] += any(date_ok)
        counts["place"] += any(place_ok)
        both = [d and p for d, p in zip(date_ok, place_ok)]
        counts["date_and_place"] += any(both)
        counts["proposals"] += len(proposals)
        counts["proposals_agreeing"] += sum(both)
    seconds = time.process_time() - started
    n = max(counts["notes"], 1)
    print(json.dumps({"notes": counts["notes"], "proposals": counts["proposals"], "cpu_seconds": round(seconds, 2)}))
    for figure in ("with_proposal", "date", "place", "date_and_place"):
        print(json.dumps({"figure": figure, "notes": counts[figure], "share": round(counts[figure] / n, 3)}))
    share = counts["proposals_agreeing"] / max(counts["proposals"], 1)
    print(
        json.dumps(
            {
                "figure": "proposals_agreeing_on_date_and_place",
                "proposals": counts["proposals_agreeing"],
                "share": round(share, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
