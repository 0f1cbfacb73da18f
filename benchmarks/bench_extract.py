"""Extraction speed: seconds per report size, one JSON line per size (no assertions; run by hand).

    python benchmarks/bench_extract.py [REPORT.txt]

Uses one of our own fixture reports, repeated to reach each size; the gazetteer is loaded first
so its one-off cost is reported separately.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mapdata.extract import MAX_CHARS, extract
from mapdata.geo.gazetteer import Gazetteer

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "reports" / "15_two_days_two_places.txt"


def main() -> None:
    report = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    text = report.read_text(encoding="utf-8")
    started = time.perf_counter()
    gazetteer = Gazetteer.default()
    print(json.dumps({"step": "gazetteer_load", "seconds": round(time.perf_counter() - started, 3)}))
    header, _, body = text.partition("\n\n")
    for size in (len(text), 10_000, 50_000, MAX_CHARS):
        pasted = header + "\n\n" + (body * (size // max(1, len(body)) + 1))[:size]
        started = time.perf_counter()
        result = extract(pasted, gazetteer=gazetteer)
        print(
            json.dumps(
                {
                    "step": "extract",
                    "chars": len(pasted),
                    "proposals": len(result.proposals),
                    "seconds": round(time.perf_counter() - started, 3),
                }
            )
        )


if __name__ == "__main__":
    main()
