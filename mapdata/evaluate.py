"""``python -m mapdata.evaluate DIR``: how well the extractor reads a folder of labelled reports.

DIR holds ``NAME.txt`` reports and ``NAME.labels.json`` files (a list of incidents a careful
reader takes from the text; format in ../shared/README.md). Proposals are matched one-to-one
to labels. A pair matches when

* the dates are equal (both unknown counts as equal), and
* the places agree: a label place matches a proposal whose place has the same folded name, or
  resolves in the gazetteer to the same entry (the label's name geocoded the way the extractor
  geocodes); a label with no place (null) matches a proposal with no place or with a
  region-precision fallback ("the border", a province named only as a region).

Among the possible pairs, those that also agree on reporting side and accused side are taken
first. Printed as JSON: per file and overall (summed over files) precision (matched /
proposals), recall (matched / labels), and on matched pairs the accuracy of reporting side,
accused side, killed and wounded (a stated null must be null). Exit status 0 unless DIR is
unreadable.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mapdata.extract import extract
from mapdata.extract.attribution import side_of_claimant
from mapdata.extract.pipeline import Proposal
from mapdata.extract.places import FOCUS
from mapdata.geo.names import fold
from mapdata.model import ACCUSED_SIDES, normalize_side

__all__ = ["FIGURES", "evaluate_dir", "evaluate_pair", "main", "match"]

FIGURES = ("precision", "recall", "reporting_side", "accused_side", "killed", "wounded")


def _label_accused(value: Any) -> str:
    try:
        return normalize_side(value, "accused_side", ACCUSED_SIDES)
    except Exception:
        return "unknown"


def _places_agree(label_place: str | None, proposal: Proposal, gazetteer: Any) -> bool:
    if label_place is None:
        return proposal.place is None or proposal.geo_precision in ("region", "country")
    if proposal.place is None:
        return False
    if fold(label_place) == fold(proposal.place):
        return True
    if proposal.place_key is None:
        return False
    near = [(proposal.latitude, proposal.longitude)] if proposal.latitude is not None else []
    result = gazetteer.geocode(label_place, countries=FOCUS, near=near)
    return result.place is not None and result.place.key == proposal.place_key


def match(labels: list[dict[str, Any]], proposals: list[Proposal], gazetteer: Any) -> list[tuple[int, int]]:
    """One-to-one (label index, proposal index) pairs, preferring pairs that agree on the sides."""
    candidates = []
    for li, label in enumerate(labels):
        for pi, proposal in enumerate(proposals):
            if (label.get("date") or None) != proposal.date:
                continue
            if not _places_agree(label.get("place") or None, proposal, gazetteer):
                continue
            agree = (side_of_claimant(label.get("reported_by")) == proposal.reporting_side) + (
                _label_accused(label.get("accused")) == proposal.accused_side
            )
            candidates.append((-agree, li, pi))
    pairs: list[tuple[int, int]] = []
    used_labels: set[int] = set()
    used_proposals: set[int] = set()
    for _, li, pi in sorted(candidates):
        if li in used_labels or pi in used_proposals:
            continue
        used_labels.add(li)
        used_proposals.add(pi)
        pairs.append((li, pi))
    return sorted(pairs)


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def _counts(labels: list[dict[str, Any]], proposals: list[Proposal], pairs: list[tuple[int, int]]) -> dict[str, int]:
    counts = {
        "labels": len(labels),
        "proposals": len(proposals),
        "matched": len(pairs),
        "reporting_side": 0,
        "accused_side": 0,
        "killed": 0,
        "wounded": 0,
    }
    for li, pi in pairs:
        label, proposal = labels[li], proposals[pi]
        counts["reporting_side"] += side_of_claimant(label.get("reported_by")) == proposal.reporting_side
        counts["accused_side"] += _label_accused(label.get("accused")) == proposal.accused_side
        counts["killed"] += label.get("killed") == proposal.killed
        counts["wounded"] += label.get("wounded") == proposal.wounded
    return counts


def _figures(counts: dict[str, int]) -> dict[str, Any]:
    matched = counts["matched"]
    figures: dict[str, Any] = {
        "precision": _ratio(matched, counts["proposals"])
        if counts["proposals"]
        else (1.0 if not counts["labels"] else 0.0),
        "recall": _ratio(matched, counts["labels"]) if counts["labels"] else (1.0 if not counts["proposals"] else None),
    }
    for name in ("reporting_side", "accused_side", "killed", "wounded"):
        figures[name] = _ratio(counts[name], matched)
    figures.update({k: counts[k] for k in ("labels", "proposals", "matched")})
    return figures


def evaluate_pair(text_path: Path, labels_path: Path, gazetteer: Any) -> tuple[dict[str, int], dict[str, Any]]:
    """Counts and a readable detail (misses, extras) for one report."""
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    result = extract(text_path.read_text(encoding="utf-8"), gazetteer=gazetteer)
    proposals = result.proposals
    pairs = match(labels, proposals, gazetteer)
    counts = _counts(labels, proposals, pairs)
    matched_labels = {li for li, _ in pairs}
    matched_proposals = {pi for _, pi in pairs}
    detail = {
        "missed": [
            {"date": label.get("date"), "place": label.get("place"), "reported_by": label.get("reported_by")}
            for i, label in enumerate(labels)
            if i not in matched_labels
        ],
        "extra": [
            {"date": p.date, "place": p.place, "claimant": p.claimant}
            for i, p in enumerate(proposals)
            if i not in matched_proposals
        ],
        "mismatched": [
            {
                "date": labels[li].get("date"),
                "place": labels[li].get("place"),
                "label": {k: labels[li].get(k) for k in ("reported_by", "accused", "killed", "wounded")},
                "proposal": {
                    "reporting_side": proposals[pi].reporting_side,
                    "accused_side": proposals[pi].accused_side,
                    "killed": proposals[pi].killed,
                    "wounded": proposals[pi].wounded,
                },
            }
            for li, pi in pairs
            if side_of_claimant(labels[li].get("reported_by")) != proposals[pi].reporting_side
            or _label_accused(labels[li].get("accused")) != proposals[pi].accused_side
            or labels[li].get("killed") != proposals[pi].killed
            or labels[li].get("wounded") != proposals[pi].wounded
        ],
    }
    return counts, detail


def evaluate_dir(directory: Path, gazetteer: Any = None, details: bool = False) -> dict[str, Any]:
    """Per-file and overall figures for every ``*.txt`` with a ``*.labels.json`` beside it."""
    if gazetteer is None:
        from mapdata.geo.gazetteer import Gazetteer

        gazetteer = Gazetteer.default()
    files: dict[str, Any] = {}
    total = {
        "labels": 0,
        "proposals": 0,
        "matched": 0,
        "reporting_side": 0,
        "accused_side": 0,
        "killed": 0,
        "wounded": 0,
    }
    for text_path in sorted(directory.glob("*.txt")):
        labels_path = text_path.with_name(text_path.stem + ".labels.json")
        if not labels_path.exists():
            continue
        counts, detail = evaluate_pair(text_path, labels_path, gazetteer)
        files[text_path.name] = _figures(counts) | ({"detail": detail} if details else {})
        for key in total:
            total[key] += counts[key]
    return {"directory": str(directory), "files": files, "overall": _figures(total) | {"files": len(files)}}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mapdata.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path, help="folder of NAME.txt + NAME.labels.json pairs")
    parser.add_argument("--details", action="store_true", help="list missed, extra and mismatched incidents per file")
    args = parser.parse_args(argv)
    if not args.directory.is_dir():
        print(f"error: {args.directory} is not a folder", file=sys.stderr)
        return 2
    try:
        report = evaluate_dir(args.directory, details=args.details)
    except (OSError, ValueError) as exc:
        print(f"error: cannot evaluate {args.directory}: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
