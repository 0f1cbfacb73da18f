"""Extraction speed: seconds per text and size, one JSON line each (no assertions; run by hand).

    python benchmarks/bench_extract.py [REPORT.txt] [--sizes 10000,50000,200000] [--only NAME,...]

Two series: one of our own fixture reports repeated to each size ("report"), and every
adversarial text of tests/extract/adversarial_texts.py (texts built to make a careless pattern
quadratic). The target (issue 12) is at most 3 s at 200,000 characters for any text. Times
are CPU seconds of this process (``process_time``), the best of ``--repeat`` runs (3), so other
work on a shared machine disturbs them less; they still vary with load. Every run gets a gazetteer
with empty caches, as a text of names never seen before meets it (and no sentence's dates are
kept from the run before). The gazetteer is loaded first and its one-off cost reported on its own
line.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "extract"))

from adversarial_texts import ADVERSARIAL

from mapdata.extract import MAX_CHARS, extract
from mapdata.extract.attribution import _find_accused
from mapdata.extract.casualties import find_casualties
from mapdata.extract.dates import _kept_date_matches
from mapdata.extract.events import _classify
from mapdata.extract.text import motive_start
from mapdata.geo.gazetteer import Gazetteer

DEFAULT = ROOT / "tests" / "fixtures" / "reports" / "15_two_days_two_places.txt"


def _measure(text: str, gazetteer: Gazetteer, repeat: int) -> tuple[float, int]:
    best, proposals = float("inf"), 0
    for _ in range(max(1, repeat)):
        cold = gazetteer.with_empty_caches()  # a hostile text's names are new to the server
        for kept in (_kept_date_matches, _classify, find_casualties, _find_accused, motive_start):
            kept.cache_clear()  # and so are its sentences
        started = time.process_time()
        result = extract(text, published="2022-01-01", gazetteer=cold)
        best = min(best, time.process_time() - started)
        proposals = len(result.proposals)
    return best, proposals


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("report", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--sizes", default=f"10000,50000,{MAX_CHARS}")
    parser.add_argument("--only", default="", help="comma-separated adversarial text names")
    parser.add_argument("--repeat", type=int, default=3, help="runs per text and size; the best is reported")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    started = time.perf_counter()
    gazetteer = Gazetteer.default()
    print(json.dumps({"step": "gazetteer_load", "seconds": round(time.perf_counter() - started, 3)}))
    header, _, body = args.report.read_text(encoding="utf-8").partition("\n\n")
    texts = {"report": lambda n: header + "\n\n" + (body * (n // max(1, len(body)) + 1))[:n]}
    wanted = {name for name in args.only.split(",") if name}
    texts.update({k: v for k, v in ADVERSARIAL.items() if not wanted or k in wanted})
    worst = 0.0
    for name, make in texts.items():
        for size in sizes:
            seconds, proposals = _measure(make(size), gazetteer, args.repeat)
            worst = max(worst, seconds) if size == max(sizes) else worst
            print(
                json.dumps(
                    {
                        "step": "extract",
                        "text": name,
                        "chars": size,
                        "proposals": proposals,
                        "seconds": round(seconds, 3),
                    }
                ),
                flush=True,
            )
    print(json.dumps({"step": "worst", "chars": max(sizes), "seconds": round(worst, 3), "target_seconds": 3.0}))


if __name__ == "__main__":
    main()
