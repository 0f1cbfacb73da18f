"""``python -m mapdata.evaluate DIR``: how well the extractor reads a folder of labelled reports.

DIR holds ``NAME.txt`` reports and ``NAME.labels.json`` files (a list of incidents a careful
reader takes from the text; format in ../shared/README.md). Each report belongs to a conflict:
its labels' ``conflict`` field, else the split file's entry for it, else the default profile.
Proposals are matched one-to-one to labels. A pair matches when

* the dates are equal (both unknown counts as equal; a proposal dated only to a month or year,
  "last month", names no day, as a label's null date), and
* the places agree: a label place matches a proposal whose place has the same folded name, or
  resolves in the conflict's gazetteer to the same entry; a label with no place (null) matches
  a proposal with no place or with a region-precision fallback ("the border", a province
  named only as a region). A label pooling one incident over several places (its ``places``
  list, ../shared/README.md) agrees with a proposal at any of them.

Among the possible pairs, those that also agree on reporting side and accused side are taken
first. Sides are compared through the conflict profile's names: a label's ``reported_by``
("ISPR (Pakistan army)", "Lebanese health ministry", "unattributed (Dawn)") gives the party
whose voice it is, "third party" for a monitor, "media" for an outlet's own words.

A proposal left unmatched at another of a pooled label's places, on its day, is that incident
told per place: counted as ``pooled``, correct for precision, never as a second match.

Printed as JSON: per file, per conflict and overall (summed over files) precision ((matched +
pooled) / proposals), recall (matched / labels), and on matched pairs the accuracy of reporting side,
accused side, killed and wounded (a stated null must be null). Every missed label and every
false proposal is listed with its reason category (see ``MISS_REASONS`` / ``FALSE_REASONS``),
and every matched pair that disagrees on a side or a count. ``--split FILE --set NAME``
evaluates only the reports of one set of a split (docs/extraction-split.json). ``--reader
model`` scores the optional language-model reader (``mapdata.extract.llm``) instead of the
rule-based one. Exit status 0 unless DIR is unreadable.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from mapdata.errors import MapdataError
from mapdata.extract import ExtractionResult, extract
from mapdata.extract.attribution import side_of_claimant
from mapdata.extract.lexicon import detect_profile
from mapdata.extract.llm import LLM_MODEL_ENV, LLM_URL_ENV, ModelSettings, model_settings, read_with_model
from mapdata.extract.proposal import Proposal
from mapdata.extract.review import proposal_at
from mapdata.geo.gazetteer import Gazetteer
from mapdata.geo.names import fold
from mapdata.profiles import THIRD_PARTY, Profile, default_catalog
from mapdata.profiles import fold as fold_words

# A reader: (report text, its conflict's profile or None to detect it, gazetteer) -> proposals.
Reader = Callable[[str, Profile | None, Any], ExtractionResult]

__all__ = [
    "FALSE_REASONS",
    "FIGURES",
    "MISS_REASONS",
    "evaluate_dir",
    "evaluate_pair",
    "label_accused",
    "label_side",
    "load_split",
    "main",
    "match",
]

FIGURES = ("precision", "recall", "reporting_side", "accused_side", "killed", "wounded")
MISS_REASONS = {
    "wrong date": "a proposal names the place, on another day",
    "wrong place": "a proposal has the day, at another place",
    "not found": "no proposal has its day or its place",
}
FALSE_REASONS = {
    "duplicate": "its day and place are a label another proposal already matched",
    "wrong date": "a label names the place, on another day",
    "wrong place": "a label has the day, at another place",
    "not an incident": "no label has its day or its place (background, denial, summary, misread)",
}
_COUNTED = (
    "labels",
    "proposals",
    "matched",
    "pooled",
    "reporting_side",
    "accused_side",
    "killed",
    "wounded",
    "detected",
    "leftovers",
    "matched_with_leftovers",
    "matched_one_click",
)
_MEDIA_LABEL = re.compile(r"\b(?:unattributed|media|outlet)\b|^\s*unknown\b", re.I)
_PARENTHESES = re.compile(r"\s*\([^()]*\)")


def label_side(reported_by: str | None, profile: Profile) -> str:
    """The reporting side a label's ``reported_by`` names, through the profile's names.

    A voice or monitor the profile knows decides; then a side named by its whole name
    ("Armenia (Yerevan)"); then the first party word in it ("Cambodian officials"); then a
    monitor's name in it; an outlet ("unattributed (Dawn)") is "media"."""
    if not reported_by or _MEDIA_LABEL.search(reported_by):
        return "media"
    voice = profile.voice(reported_by) or profile.voice(_PARENTHESES.sub("", reported_by))
    if voice is not None:
        return voice[1]
    side = profile.side_for(reported_by) or profile.side_for(_PARENTHESES.sub("", reported_by))
    if side is not None:
        return side
    words = f" {fold_words(reported_by)} "
    mentions = []
    for party in profile.parties:
        for spelling in party.spellings:
            at = words.find(f" {spelling} ")
            if at >= 0:
                mentions.append((at, party.name))
    if mentions:
        return min(mentions)[1]
    for third in profile.third_parties:
        if any(f" {fold_words(name)} " in words for name in (third.claimant, *third.names)):
            return THIRD_PARTY
    return side_of_claimant(reported_by)


def label_accused(value: Any, profile: Profile) -> str:
    """A label's ``accused`` as one of the profile's accused sides ("unknown" when null or unknown)."""
    if not isinstance(value, str) or not value.strip():
        return "unknown"
    return profile.side_for(value) or profile.side_for(_PARENTHESES.sub("", value)) or "unknown"


def day_of(proposal: Proposal) -> str | None:
    """The day a proposal names: none when it is dated only to a month or year ("last month",
    stored as the month's first day), as a label's date is null when the text gives no day. (A
    week's date is a day of it the text named, kept: unseen21 labels one such day.)"""
    return None if proposal.date_precision in ("month", "year") else proposal.date


# Labels write a place without its kind word (../shared/README.md: "without words like village,
# district, region"); a proposal keeps one that is part of the name as printed ("Neelum Valley").
_KIND_WORD = re.compile(
    # ("Nakhchivan Autonomous Republic": the kind of Nakhchivan, two words)
    # (a landmark's kind too: labels write "Ghost mountain" and "Ta Krabey" for "Ta Krabey temple")
    r"\s+(?:valley|sector|village|district|region|area|town|city|province|tehsil|oblast|rayon|governorate|"
    r"autonomous\s+republic|temples?|pagoda|mountains?|hill|peninsula|cliff)$"
)


def _without_kind(folded: str) -> str:
    """A folded place name without a trailing kind word ("neelum valley" -> "neelum")."""
    return _KIND_WORD.sub("", folded) or folded


def _places_agree(label_place: str | None, proposal: Proposal, gazetteer: Any) -> bool:
    if label_place is None:
        return proposal.place is None or proposal.geo_precision in ("region", "country")
    if proposal.place is None:
        return False
    if _without_kind(fold(label_place)) == _without_kind(fold(proposal.place)):
        return True
    if proposal.place_key is None:
        return False
    near = [(proposal.latitude, proposal.longitude)] if proposal.latitude is not None else []
    result = gazetteer.geocode(label_place, near=near)
    return result.place is not None and result.place.key == proposal.place_key


def _label_places(label: dict[str, Any]) -> list[str | None]:
    """The label's place, then the others of its ``places`` list (casualties pooled over them)."""
    place = label.get("place") or None
    pooled = label.get("places")
    others = [p for p in pooled if isinstance(p, str) and p and p != place] if isinstance(pooled, list) else []
    return [place, *others]


def _label_agrees(label: dict[str, Any], proposal: Proposal, gazetteer: Any) -> bool:
    return any(_places_agree(place, proposal, gazetteer) for place in _label_places(label))


def _agreement(label: dict[str, Any], proposal: Proposal, profile: Profile) -> int:
    return (label_side(label.get("reported_by"), profile) == proposal.reporting_side) + (
        label_accused(label.get("accused"), profile) == proposal.accused_side
    )


def match(
    labels: list[dict[str, Any]], proposals: list[Proposal], gazetteer: Any, profile: Profile | None = None
) -> list[tuple[int, int]]:
    """One-to-one (label index, proposal index) pairs, preferring pairs that agree on the sides."""
    profile = profile or default_catalog().default
    candidates = []
    for li, label in enumerate(labels):
        for pi, proposal in enumerate(proposals):
            if (label.get("date") or None) != day_of(proposal):
                continue
            if not _label_agrees(label, proposal, gazetteer):
                continue
            candidates.append((-_agreement(label, proposal, profile), li, pi))
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


def pooled_proposals(
    labels: list[dict[str, Any]], proposals: list[Proposal], pairs: list[tuple[int, int]], gazetteer: Any
) -> set[int]:
    """Unmatched proposals at another place of a label pooled over several places, on its day."""
    used = {pi for _, pi in pairs}
    pooled_labels = [label for label in labels if len(_label_places(label)) > 1]
    return {
        pi
        for pi, proposal in enumerate(proposals)
        if pi not in used
        and any(
            (label.get("date") or None) == day_of(proposal) and _label_agrees(label, proposal, gazetteer)
            for label in pooled_labels
        )
    }


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def _counts(
    labels: list[dict[str, Any]], proposals: list[Proposal], pairs: list[tuple[int, int]], profile: Profile
) -> dict[str, int]:
    counts = dict.fromkeys(_COUNTED, 0) | {"labels": len(labels), "proposals": len(proposals), "matched": len(pairs)}
    for li, pi in pairs:
        label, proposal = labels[li], proposals[pi]
        counts["reporting_side"] += label_side(label.get("reported_by"), profile) == proposal.reporting_side
        counts["accused_side"] += label_accused(label.get("accused"), profile) == proposal.accused_side
        counts["killed"] += label.get("killed") == proposal.killed
        counts["wounded"] += label.get("wounded") == proposal.wounded
    return counts


def _figures(counts: dict[str, int]) -> dict[str, Any]:
    matched = counts["matched"]
    figures: dict[str, Any] = {
        "precision": _ratio(matched + counts.get("pooled", 0), counts["proposals"])
        if counts["proposals"]
        else (1.0 if not counts["labels"] else 0.0),
        "recall": _ratio(matched, counts["labels"]) if counts["labels"] else (1.0 if not counts["proposals"] else None),
    }
    for name in ("reporting_side", "accused_side", "killed", "wounded"):
        figures[name] = _ratio(counts[name], matched)
    figures.update({k: counts[k] for k in ("labels", "proposals", "matched", "pooled")})
    figures["conflict_detected"] = counts.get("detected", 0)
    # what a reviewer could reach by adding every sentence the reader passed over (``leftovers``)
    figures["leftovers"] = counts.get("leftovers", 0)
    figures["recall_with_leftovers"] = (
        _ratio(counts.get("matched_with_leftovers", 0), counts["labels"]) if counts["labels"] else None
    )
    # ... or, with one click per incident, a passed-over sentence's claim or a claim at another place
    # a proposal's sentences name ("also at"): an upper bound of what review reaches quickly
    figures["recall_one_click"] = (
        _ratio(counts.get("matched_one_click", 0), counts["labels"]) if counts["labels"] else None
    )
    return figures


def _miss_reason(label: dict[str, Any], proposals: list[Proposal], gazetteer: Any) -> str:
    place = label.get("place") or None
    date = label.get("date") or None
    if any(_places_agree(place, p, gazetteer) for p in proposals if day_of(p) != date):
        return "wrong date"
    if any(day_of(p) == date for p in proposals):
        return "wrong place"
    return "not found"


def _false_reason(proposal: Proposal, labels: list[dict[str, Any]], matched_labels: set[int], gazetteer: Any) -> str:
    for li, label in enumerate(labels):
        same_day = (label.get("date") or None) == day_of(proposal)
        if same_day and _places_agree(label.get("place") or None, proposal, gazetteer) and li in matched_labels:
            return "duplicate"
    if any(_places_agree(label.get("place") or None, proposal, gazetteer) for label in labels):
        return "wrong date"
    if any((label.get("date") or None) == day_of(proposal) for label in labels):
        return "wrong place"
    return "not an incident"


def _label_brief(label: dict[str, Any]) -> dict[str, Any]:
    return {k: label.get(k) for k in ("date", "place", "reported_by", "accused", "killed", "wounded")}


def _proposal_brief(proposal: Proposal) -> dict[str, Any]:
    fields = ("date", "place", "claimant", "reporting_side", "accused_side", "killed", "wounded")
    return {name: getattr(proposal, name) for name in fields}


def _disagreement(label: dict[str, Any], proposal: Proposal, profile: Profile) -> dict[str, Any] | None:
    """The fields a matched pair disagrees on (sides compared through the profile), or None."""
    side = label_side(label.get("reported_by"), profile)
    fields = [
        name
        for name, agrees in (
            ("reporting_side", side == proposal.reporting_side),
            ("accused_side", label_accused(label.get("accused"), profile) == proposal.accused_side),
            ("killed", label.get("killed") == proposal.killed),
            ("wounded", label.get("wounded") == proposal.wounded),
        )
        if not agrees
    ]
    if not fields:
        return None
    return {"label": _label_brief(label) | {"side": side}, "proposal": _proposal_brief(proposal), "fields": fields}


def conflict_of(labels: list[dict[str, Any]], fallback: str | None = None) -> str:
    """The conflict a labelled report belongs to: its labels say, else ``fallback``, else the default."""
    for label in labels:
        if isinstance(label, dict) and label.get("conflict"):
            return str(label["conflict"])
    return fallback or default_catalog().default_id


def rule_reader(text: str, profile: Profile | None, gazetteer: Any) -> ExtractionResult:
    """The default reader: the rule-based extractor (it detects the conflict when not told)."""
    return extract(text, gazetteer=gazetteer, profile=profile)


def model_reader(settings: ModelSettings) -> Reader:
    """The optional reader: the user's language model server (the conflict detected as for a paste)."""

    def read(text: str, profile: Profile | None, gazetteer: Any) -> ExtractionResult:
        return read_with_model(text, profile or detect_profile(text)[0], settings, gazetteer=gazetteer)

    return read


def evaluate_pair(
    text_path: Path,
    labels_path: Path,
    gazetteer: Any = None,
    conflict: str | None = None,
    given_conflict: bool = False,
    reader: Reader = rule_reader,
) -> tuple[dict[str, int], dict[str, Any]]:
    """Counts and a readable detail (conflict, misses and false proposals with reasons, disagreements)."""
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    profile = default_catalog().require(conflict_of(labels, conflict))
    # The reader detects the conflict as it does for a pasted report, unless told (``given``).
    result = reader(text_path.read_text(encoding="utf-8"), profile if given_conflict else None, gazetteer)
    proposals = result.proposals
    # Label places are looked up the way the conflict's own gazetteer would (its countries first).
    judge = Gazetteer.for_profile(profile) if gazetteer is None or isinstance(gazetteer, Gazetteer) else gazetteer
    pairs = match(labels, proposals, judge, profile)
    counts = _counts(labels, proposals, pairs, profile)
    pooled = pooled_proposals(labels, proposals, pairs, judge)
    counts["pooled"] = len(pooled)
    matched_labels = {li for li, _ in pairs}
    matched_proposals = {pi for _, pi in pairs} | pooled
    counts["detected"] = int(result.conflict == profile.id)
    drafts = [p for left in result.leftovers for p in left.proposals]
    counts["leftovers"] = len(result.leftovers)
    counts["matched_with_leftovers"] = len(match(labels, proposals + drafts, judge, profile)) if drafts else len(pairs)
    moved = [proposal_at(p, option) for p in proposals + drafts for option in p.other_places]
    counts["matched_one_click"] = len(match(labels, proposals + drafts + moved, judge, profile))
    detail = {
        "conflict": profile.id,
        "read_as": result.conflict,
        "missed": [
            _label_brief(label) | {"reason": _miss_reason(label, proposals, judge)}
            for i, label in enumerate(labels)
            if i not in matched_labels
        ],
        "false": [
            _proposal_brief(p) | {"reason": _false_reason(p, labels, matched_labels, judge)}
            for i, p in enumerate(proposals)
            if i not in matched_proposals
        ],
        "disagreements": [
            found for li, pi in pairs if (found := _disagreement(labels[li], proposals[pi], profile)) is not None
        ],
    }
    return counts, detail


def load_split(path: Path) -> dict[str, Any]:
    """A split file: ``{"sets": {"build": [names], "heldout": [names]}, "conflicts": {name: id}}``."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("sets"), dict):
        raise ValueError(f"{path}: a split file holds a 'sets' object of file name lists")
    return data


def _reasons(details: Iterable[dict[str, Any]]) -> dict[str, dict[str, int]]:
    missed: Counter[str] = Counter()
    false: Counter[str] = Counter()
    for detail in details:
        missed.update(m["reason"] for m in detail["missed"])
        false.update(f["reason"] for f in detail["false"])
    return {"missed": dict(sorted(missed.items())), "false": dict(sorted(false.items()))}


def _stem(name: str) -> str:
    """A split's name of a report, with or without its ``.txt``."""
    return name.removesuffix(".txt")


def evaluate_dir(
    directory: Path,
    gazetteer: Any = None,
    details: bool = True,
    only: Iterable[str] | None = None,
    conflicts: dict[str, str] | None = None,
    given_conflict: bool = False,
    reader: Reader = rule_reader,
) -> dict[str, Any]:
    """Per-file, per-conflict and overall figures for every ``*.txt`` with a ``*.labels.json`` beside it.

    ``only`` limits the reports to these file names (a split's set; ``NAME`` or ``NAME.txt``);
    a name with no labelled report in ``directory`` is an error, not a smaller set measured in
    silence. ``conflicts`` gives a report's conflict when its labels do not."""
    wanted = {_stem(name) for name in only} if only is not None else None
    conflicts = {_stem(name): conflict for name, conflict in (conflicts or {}).items()}
    files: dict[str, Any] = {}
    per_conflict: dict[str, dict[str, int]] = {}
    per_conflict_details: dict[str, list[dict[str, Any]]] = {}
    total = dict.fromkeys(_COUNTED, 0)
    all_details = []
    labelled = {path.stem for path in directory.glob("*.txt") if path.with_name(path.stem + ".labels.json").exists()}
    absent = sorted((wanted or set()) - labelled)
    if absent:
        shown = ", ".join(absent[:5]) + (f" and {len(absent) - 5:,} more" if len(absent) > 5 else "")
        raise ValueError(
            f"the set names {len(absent):,} report(s) with no NAME.txt and NAME.labels.json in {directory}: {shown}"
        )
    for text_path in sorted(directory.glob("*.txt")):
        labels_path = text_path.with_name(text_path.stem + ".labels.json")
        if not labels_path.exists() or (wanted is not None and text_path.stem not in wanted):
            continue
        conflict = conflicts.get(text_path.stem)
        counts, detail = evaluate_pair(text_path, labels_path, gazetteer, conflict, given_conflict, reader)
        files[text_path.name] = _figures(counts) | {"conflict": detail["conflict"], "read_as": detail["read_as"]}
        if details:
            files[text_path.name] |= {k: detail[k] for k in ("missed", "false", "disagreements")}
        bucket = per_conflict.setdefault(detail["conflict"], dict.fromkeys(_COUNTED, 0))
        for key in total:
            total[key] += counts[key]
            bucket[key] += counts[key]
        per_conflict_details.setdefault(detail["conflict"], []).append(detail)
        all_details.append(detail)
    conflict_figures = {
        conflict: _figures(counts)
        | {"files": len(per_conflict_details[conflict]), "reasons": _reasons(per_conflict_details[conflict])}
        for conflict, counts in per_conflict.items()
    }
    return {
        "directory": str(directory),
        "files": files,
        "conflicts": conflict_figures,
        "overall": _figures(total) | {"files": len(files), "reasons": _reasons(all_details)},
    }


def _table(report: dict[str, Any]) -> str:
    """The figures as a Markdown table (overall and per conflict), for docs and a quick look."""
    header = "| set | files | conflict read | labels | proposals | matched | precision | recall | side | accused | killed | wounded |"
    lines = [header, "|" + " --- |" * 12]
    rows = [("overall", report["overall"]), *sorted(report["conflicts"].items())]
    for name, f in rows:
        cells = [name, f["files"], f["conflict_detected"], f["labels"], f["proposals"], f["matched"]]
        cells += ["–" if f[k] is None else f"{f[k]:.2f}" for k in FIGURES]
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mapdata.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path, help="folder of NAME.txt + NAME.labels.json pairs")
    parser.add_argument("--split", type=Path, help="a split file (e.g. docs/extraction-split.json)")
    parser.add_argument("--set", dest="set_name", help="the split's set to evaluate (e.g. build, heldout)")
    parser.add_argument("--table", action="store_true", help="print a Markdown table of the figures instead of JSON")
    parser.add_argument("--summary", action="store_true", help="JSON without the per-file lists")
    parser.add_argument(
        "--conflict-given",
        action="store_true",
        help="read each report with its labels' conflict instead of detecting it",
    )
    parser.add_argument(
        "--reader",
        choices=("rules", "model"),
        default="rules",
        help="the rule-based extractor (default) or the user's language model ($MAPDATA_LLM_URL, $MAPDATA_LLM_MODEL)",
    )
    args = parser.parse_args(argv)
    if not args.directory.is_dir():
        print(f"error: {args.directory} is not a folder", file=sys.stderr)
        return 2
    try:
        only, conflicts = None, None
        if args.split is not None:
            split = load_split(args.split)
            conflicts = split.get("conflicts") or {}
            if args.set_name:
                if args.set_name not in split["sets"]:
                    raise ValueError(f"{args.split} has no set {args.set_name!r} (sets: {', '.join(split['sets'])})")
                only = split["sets"][args.set_name]
        reader: Reader = rule_reader
        if args.reader == "model":
            settings = model_settings()
            if settings is None:
                raise ValueError(f"--reader model needs {LLM_URL_ENV} and {LLM_MODEL_ENV} (the user's model server)")
            reader = model_reader(settings)
        report = evaluate_dir(
            args.directory,
            details=not args.summary,
            only=only,
            conflicts=conflicts,
            given_conflict=args.conflict_given,
            reader=reader,
        )
    except (OSError, ValueError, MapdataError) as exc:
        print(f"error: cannot evaluate {args.directory}: {exc}", file=sys.stderr)
        return 2
    print(_table(report) if args.table else json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
