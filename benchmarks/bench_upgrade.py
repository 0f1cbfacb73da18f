"""Time the schema upgrade of an old database to the current schema; one JSON line per size.

Usage: python3 benchmarks/bench_upgrade.py [N ...]   (default 100,000 1,000,000)

For each N, a schema-5 database of N claims is made the way tests/store/test_country_form.py
makes one: a current file, its claims written with the countries as the datasets name them
("Armenia", "Azerbaijan": what schema 5 held after an ACLED import), then ``user_version = 5``.
The N claims are copies of one example claim with fresh ids (plain SQL, in a temporary folder).
Then, in a child process, the first ``Store(path)`` of that file: the backup copy beside it and
every migration up to the current schema (5 -> 6 rewrites every claim's country in one pass), in
one transaction. Printed: seconds and CPU seconds (user + system, steadier on a busy machine) of
that open, the child's peak resident memory, the backup's size, the claims whose country changed,
and the load average. Figures vary ~2x with the load of the machine.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from mapdata.store import SCHEMA_VERSION, Store

OLD_VERSION = 5
CHILD = """
import json, resource, sys, time
sys.path.insert(0, {repo!r})
from mapdata.store import Store
wall, cpu = time.perf_counter(), time.process_time()
store = Store({db!r})
print(json.dumps({{
    "seconds": round(time.perf_counter() - wall, 2),
    "cpu_seconds": round(time.process_time() - cpu, 2),
    "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    "backup": str(store.backup_path),
}}))
"""


def old_database(path: Path, n: int) -> None:
    """A schema-5 file of ``n`` claims whose countries are written as the datasets name them."""
    Store(path)  # the current schema, with the example claims
    con = sqlite3.connect(path)
    try:
        columns = [row[1] for row in con.execute("PRAGMA table_info(incidents)")]
        made = {
            "id": "'bench:' || n",
            "country": "CASE n % 3 WHEN 0 THEN 'Azerbaijan' ELSE 'Armenia' END",
            "conflict": "'armenia-azerbaijan'",
        }
        picks = ", ".join(made.get(c, f"t.{c}") for c in columns)
        template = "(SELECT * FROM incidents WHERE conflict = 'armenia-azerbaijan' ORDER BY id LIMIT 1)"
        with con:
            con.execute(
                f"INSERT INTO incidents ({', '.join(columns)}) "
                f"WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ?) "
                f"SELECT {picks} FROM seq, {template} AS t",
                (n,),
            )
            con.execute("DELETE FROM incidents WHERE id NOT LIKE 'bench:%'")
            con.execute(f"PRAGMA user_version = {OLD_VERSION}")
    finally:
        con.close()


def countries(path: Path) -> dict[str, int]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return dict(con.execute("SELECT country, COUNT(*) FROM incidents GROUP BY country"))
    finally:
        con.close()


def bench(n: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-upgrade-") as folder:
        db = Path(folder) / "incidents.db"
        started = time.perf_counter()
        old_database(db, n)
        built = time.perf_counter() - started
        before = countries(db)
        load = os.getloadavg()
        child = subprocess.run(
            [sys.executable, "-c", CHILD.format(repo=str(Path(__file__).resolve().parents[1]), db=str(db))],
            capture_output=True,
            text=True,
            check=True,
        )
        opened = json.loads(child.stdout.strip().splitlines()[-1])
        after = countries(db)
        con = sqlite3.connect(db)
        version = con.execute("PRAGMA user_version").fetchone()[0]
        con.close()
        assert version == SCHEMA_VERSION and set(after) == {"AM", "AZ"} and sum(after.values()) == n, after
        backup = Path(opened.pop("backup"))
        return {
            "bench": "schema_upgrade",
            "claims": n,
            "from_version": OLD_VERSION,
            "to_version": SCHEMA_VERSION,
            **opened,
            "claims_rewritten": before.get("Armenia", 0) + before.get("Azerbaijan", 0),
            "file_mb": round(db.stat().st_size / 2**20),
            "backup_mb": round(backup.stat().st_size / 2**20),
            "build_seconds": round(built, 1),
            "loadavg_1m": round(load[0], 2),
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
        }


def main() -> None:
    sizes = [int(a.replace(",", "").replace("_", "")) for a in sys.argv[1:]] or [100_000, 1_000_000]
    for n in sizes:
        print(json.dumps(bench(n)), flush=True)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"bench": "schema_upgrade", "children_peak_rss_mb": round(peak)}), flush=True)


if __name__ == "__main__":
    main()
