"""Import speed and memory: the real ACLED file (if ../shared is there) and 100,000 synthetic rows.

The synthetic file has the real HDX ACLED layout (header + HXL row) with invented rows spread
over the Armenia–Azerbaijan border region; it is generated into a temporary folder on each
run and never kept. Each measurement runs in a fresh child process so its peak memory (max
RSS, interpreter and libraries included) is its own. Prints one JSON line per measurement.
Target: 100,000 rows in <= 10 s with peak memory <= 500 MB. ``peak_mb`` is taken right after
the commit (before the re-import check); ``cpu_seconds`` is the process's own CPU time, which a
busy machine distorts less than wall time.

    python benchmarks/bench_import.py [--rows 100000] [--seed 7]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ACLED = REPO.parent / "shared" / "data" / "acled_hdx_armenia_conflict_2018-2020.csv"

HEADER = [
    "data_id",
    "event_id_cnty",
    "event_id_no_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "region",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "timestamp",
    "iso3",
]
HXL = [
    "",
    "#event+code",
    "",
    "#date+occurred",
    "#date+year",
    "",
    "#event+type",
    "",
    "#group+name+first",
    "#group+name+first+assoc",
    "",
    "#group+name+second",
    "#group+name+second+assoc",
    "",
    "",
    "#region+name",
    "#country+name",
    "#adm1+name",
    "#adm2+name",
    "#loc+name",
    "#geo+lat",
    "#geo+lon",
    "",
    "#meta+source",
    "",
    "#description",
    "",
    "#country+code",
]
# (admin1, location, latitude, longitude) along the border, in our own words.
PLACES = [
    ("Tavush", "Berd", 40.88, 45.39),
    ("Tavush", "Ijevan", 40.88, 45.15),
    ("Tavush", "Chinari", 40.99, 45.35),
    ("Ararat", "Yeraskh", 39.74, 44.83),
    ("Vayots Dzor", "Areni", 39.72, 45.18),
    ("Gegharkunik", "Sotk", 40.22, 45.93),
    ("Gegharkunik", "Vardenis", 40.18, 45.73),
    ("Syunik", "Jermuk", 39.84, 45.67),
    ("Syunik", "Goris", 39.51, 46.34),
    ("Syunik", "Kapan", 39.21, 46.41),
    ("Syunik", "Tegh", 39.56, 46.48),
]
# fmt: off
SOURCES = ["Ministry of Defence of Armenia", "Armenian MoD; Armenpress", "News Am", "Ministry of Defence of Azerbaijan",
           "Sputnik Armenia; Ministry of Defence of Armenia", "Caucasian Knot"]
# fmt: on
SUB_EVENTS = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
]
ACTORS = [
    ("Military Forces of Azerbaijan (2003-)", "Military Forces of Armenia (2018-)"),
    ("Military Forces of Armenia (2018-)", "Military Forces of Azerbaijan (2003-)"),
]


def generate(path: Path, rows: int, seed: int) -> None:
    """Write ``rows`` invented ACLED rows (HDX layout) to ``path``."""
    rng = random.Random(seed)
    start = dt.date(2018, 1, 1)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerow(HXL)
        for n in range(rows):
            admin1, location, lat, lon = rng.choice(PLACES)
            event_type, sub_event = rng.choice(SUB_EVENTS)
            actor1, actor2 = rng.choice(ACTORS)
            day = start + dt.timedelta(days=rng.randrange(2200))
            writer.writerow(
                [
                    9_000_000 + n,
                    f"ARM{900000 + n}",
                    900000 + n,
                    day.isoformat(),
                    day.year,
                    rng.choice("1112"),
                    event_type,
                    sub_event,
                    actor1,
                    "",
                    8,
                    actor2,
                    "",
                    8,
                    88,
                    "Caucasus and Central Asia",
                    "Armenia",
                    admin1,
                    admin1,
                    location,
                    f"{lat + rng.uniform(-0.05, 0.05):.4f}",
                    f"{lon + rng.uniform(-0.05, 0.05):.4f}",
                    rng.choice("1222223"),
                    rng.choice(SOURCES),
                    "Other",
                    f"Synthetic benchmark row {n}: the {location} area reported fire from the other side's positions; "
                    f"no details on casualties were given in this invented text.",
                    1600000000 + n,
                    "ARM",
                ]
            )


def measure(path: str) -> None:
    """Child process: preview + commit ``path`` into a fresh database, print one JSON line."""
    sys.path.insert(0, str(REPO))
    from mapdata.formats.exporter import to_csv, to_geojson
    from mapdata.formats.importer import preview_path
    from mapdata.store import Store

    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.db")
        baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        cpu_started = time.process_time()
        started = time.perf_counter()
        preview = preview_path(path, store)
        parsed = time.perf_counter()
        result = preview.commit(store)
        done = time.perf_counter()
        cpu = time.process_time() - cpu_started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rows = preview.rows
        summary = (preview.valid_count, len(preview.rejected))
        del preview
        reimport_started = time.perf_counter()
        again = preview_path(path, store)  # a re-import must find everything unchanged
        reimport_seconds = time.perf_counter() - reimport_started
        frame = store.frame()
        export_started = time.perf_counter()
        csv_size = len(to_csv(frame))
        csv_seconds = time.perf_counter() - export_started
        export_started = time.perf_counter()
        geojson_size = len(to_geojson(frame))
        geojson_seconds = time.perf_counter() - export_started
        print(
            json.dumps(
                {
                    "file": Path(path).name,
                    "rows": rows,
                    "valid": summary[0],
                    "rejected": summary[1],
                    "new": len(result.new),
                    "reimport_unchanged": len(again.unchanged),
                    "seconds_reimport_preview": round(reimport_seconds, 2),
                    "seconds_export_csv": round(csv_seconds, 2),
                    "seconds_export_geojson": round(geojson_seconds, 2),
                    "export_mb": [round(csv_size / 1048576, 1), round(geojson_size / 1048576, 1)],
                    "seconds_preview": round(parsed - started, 2),
                    "seconds_commit": round(done - parsed, 2),
                    "seconds": round(done - started, 2),
                    "rows_per_s": round(rows / (done - started)),
                    "cpu_seconds": round(cpu, 2),  # less sensitive than wall time to other work on the machine
                    "peak_mb": round(peak),
                    "baseline_mb": round(baseline),
                }
            )
        )


def run_child(path: Path, label: str) -> None:
    out = subprocess.run([sys.executable, __file__, "--measure", str(path)], capture_output=True, text=True, check=True)
    record = json.loads(out.stdout.strip().splitlines()[-1])
    print(json.dumps({"bench": label, **record}), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure)
        return
    if ACLED.exists():
        run_child(ACLED, "acled_real")
    else:
        print(json.dumps({"bench": "acled_real", "skipped": f"{ACLED} not available"}), flush=True)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"acled_synthetic_{args.rows}.csv"
        generate(path, args.rows, args.seed)
        run_child(path, f"acled_synthetic_{args.rows}")


if __name__ == "__main__":
    main()
