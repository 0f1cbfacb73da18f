"""One incident told several ways in one report becomes one proposal.

A report tells an attack in its headline, its lede and a party's statement; a summary names a
district the body details; each side's account of one clash stands alone without a place. These
steps join tellings of one incident, on proposals already read (``pipeline`` calls
``merge_tellings``), and never join two claims that contradict each other: two sides' claims stay
two claims.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from mapdata.extract.dates import day_words, find_dates
from mapdata.extract.folded import FoldedPattern
from mapdata.extract.proposal import Proposal
from mapdata.geo.names import fold

__all__ = ["merge_tellings"]


def merge_tellings(proposals: list[Proposal]) -> tuple[list[Proposal], list[int]]:
    """The same side's claim of the same day and place told twice (lede and body, two statements)
    is one proposal: the first, with what the second adds (casualties, evidence). Two parts of one
    day stated as such are two incidents; a telling that states no part joins the first. Returns the
    proposals kept and, for each old position, its new one."""
    first: dict[tuple[str | None, str, str], int] = {}
    any_part: dict[tuple[str | None, str, str], int] = {}  # the first of that day, place and side
    by_name: dict[tuple[object, str, str | None], int] = {}  # the first of that day, place name and side
    kept: list[Proposal] = []
    moved: list[int] = []
    for proposal in proposals:
        plain = (proposal.date, proposal.place_key or fold(proposal.place or ""), proposal.reporting_side)
        key = plain
        if proposal.part_of_day is not None:
            # ("on Thursday night" and "around 8 pm": an evening hour is of the night the lede names)
            part = "night" if proposal.part_of_day == "evening" else proposal.part_of_day
            key = (*key[:2], f"{proposal.reporting_side}|{part}")
        at = first.get(key) if proposal.place is not None else None
        if at is None and proposal.place is not None and proposal.part_of_day is None:
            # no part of day stated: it adds to that side's claim of the day and place, whatever its part
            at = any_part.get(plain)
        named = by_name.get((proposal.date, fold(proposal.place or ""), proposal.reporting_side))
        if at is None and named is not None and kept[named].part_of_day in (None, proposal.part_of_day):
            # ("in Dashkasan, Kalbajar and Lachin directions", the town, then "the Dashkasan and Kalbajar
            # regions", the district: one place of that name told twice)
            at = named
        if at is None and proposal.place is not None and plain in any_part:
            # another voice of the side, another part of the day ("early Thursday, officials said";
            # "during the night of 8/9 November, the BSF said"): one fire told twice, not two
            earlier = kept[any_part[plain]]
            # (the same voice stating the part of the day it gave none for before: "during the last
            # 24 hours" in the lede, "late last night" in the body)
            at = any_part[plain] if earlier.claimant != proposal.claimant or earlier.part_of_day is None else None
        if at is None:
            first.setdefault(key, len(kept))
            any_part.setdefault(plain, len(kept))
            if proposal.place is not None:
                by_name.setdefault((proposal.date, fold(proposal.place), proposal.reporting_side), len(kept))
            moved.append(len(kept))
            kept.append(proposal)
            continue
        earlier = kept[at]
        earlier.killed = earlier.killed if earlier.killed is not None else proposal.killed
        earlier.wounded = earlier.wounded if earlier.wounded is not None else proposal.wounded
        for name, sentences in proposal.evidence.items():
            items = earlier.evidence.setdefault(name, [])
            items.extend(t for t in sentences if t not in items)
        earlier.responses.extend(r for r in proposal.responses if r not in earlier.responses)
        moved.append(at)
    kept, moved = _merge_outlet_summaries(*_merge_summarised_regions(*_merge_retellings(kept, moved)))
    kept, moved = _merge_road_ends(kept, moved)
    kept, moved = _merge_restated_with_a_borrowed_day(kept, moved)
    _place_counter_claims(kept)
    return kept, moved


_RESTATED_DAYS = 2  # a restatement dated by a nearby sentence is a day or two off the claim it restates


def _merge_restated_with_a_borrowed_day(kept: list[Proposal], moved: list[int]) -> tuple[list[Proposal], list[int]]:
    """A paragraph repeated further down ("Five civilians got injured ... in Nikial Sector") takes its day
    from a sentence around it ("A diplomat was summoned yesterday to protest the ceasefire
    violations"): the same side's claim of the same place, with the same figures, a day or two from
    an earlier one, whose sentences naming the place name no day, is that claim told again."""
    into: dict[int, int] = {}
    # (each compared only with the earlier ones of its side and place, not with every proposal)
    earlier: dict[tuple[str, str | None], list[int]] = {}
    for at, proposal in enumerate(kept):
        if proposal.place is None:
            continue
        same = earlier.setdefault((proposal.place_key or fold(proposal.place), proposal.reporting_side), [])
        if proposal.date is not None and _placed_without_a_day(proposal):
            for other_at in same:
                other = kept[other_at]
                if (
                    other.date is not None
                    and abs((dt.date.fromisoformat(other.date) - dt.date.fromisoformat(proposal.date)).days)
                    <= _RESTATED_DAYS
                    and (proposal.killed, proposal.wounded) == (other.killed, other.wounded)
                    and _words_repeated(proposal, other)
                ):
                    into[at] = other_at
                    _take_evidence(other, proposal, leaving=("date",))
                    break
        if at not in into:
            same.append(at)
    return _without_merged(kept, moved, into) if into else (kept, moved)


def _take_evidence(into: Proposal, source: Proposal, leaving: tuple[str, ...] = ()) -> None:
    """Add ``source``'s evidence sentences to ``into``'s, field by field (but the fields ``leaving``)."""
    for name, sentences in source.evidence.items():
        if name not in leaving:
            items = into.evidence.setdefault(name, [])
            items.extend(t for t in sentences if t not in items)


_REPEATED_SHARE = 0.7  # of a sentence's words found in one sentence of the other telling


def _words_repeated(proposal: Proposal, other: Proposal) -> bool:
    """Does a sentence naming ``proposal``'s place repeat, nearly word for word, a sentence of ``other``?
    (Two daily bulletins naming one village, each with a soldier wounded, are two claims.)"""
    name = fold(proposal.place or "")
    told = [set(_WORDS.findall(fold(t))) for ts in other.evidence.values() for t in ts]
    for sentence in proposal.evidence.get("place", []):
        words = set(_WORDS.findall(fold(sentence)))
        if name in fold(sentence) and words and any(len(words & t) >= _REPEATED_SHARE * len(words) for t in told):
            return True
    return False


_WORDS = re.compile(r"\w+")


def _placed_without_a_day(proposal: Proposal) -> bool:
    """Do the sentences naming the proposal's place name no day (its day came from elsewhere)?"""
    name = fold(proposal.place or "")
    naming = [t for t in proposal.evidence.get("place", []) if name and name in fold(t)]
    return bool(naming) and not any(_sentence_days(t) for t in naming)


_ROAD_OF = re.compile(
    r"(?<![\w'’-])(?P<a>(?:[A-Z][\w'’]*\s){0,2}[A-Z][\w'’]*)[-–](?P<b>[A-Z][\w'’]*(?:\s[A-Z][\w'’]*){0,2})\s+(?:road|highway)\b"
)

# The next sentence tells the road's strike again, at one end ("the drone launched two missiles
# at a machine near Deir Kifa"), rather than another attack ("Hours later, Israeli artillery
# shelled Kfar Tebnit", "Separately, ...", "also shelled ...")
_TELLS_IT_AGAIN = re.compile(
    r"\bthe\s+(?:drone|strike|air\s*strike|attack|raid|missiles?|car|vehicle|bus|truck|motorcycle)\b", re.I
)
_ANOTHER_ATTACK = FoldedPattern(r"\b(?:later|separately|also|again|another|meanwhile|earlier|then)\b", re.I)


def _merge_road_ends(kept: list[Proposal], moved: list[int]) -> tuple[list[Proposal], list[int]]:
    """ "A drone strike on the Kfardounin–Deir Kifa road" then "the drone fired two missiles at a
    machine near the village of Deir Kifa": the next sentence says at which end of the road the
    strike was; one incident, at that end. Same day, sides and claimant; figures that agree; the
    detail refers back to the strike and tells no other attack."""
    into: dict[int, int] = {}
    for at, road in enumerate(kept[:-1]):
        detail = kept[at + 1]
        if road.place is None or detail.place is None or at in into:
            continue
        own = road.evidence.get("place", [])
        ends = [m for text in own for m in _ROAD_OF.finditer(text)]
        if not any(fold(road.place) == fold(m.group("a")) for m in ends):
            continue
        if not any(fold(detail.place) == fold(m.group("b")) for m in ends):
            continue
        if (
            detail.date != road.date
            or (detail.reporting_side, detail.accused_side) != (road.reporting_side, road.accused_side)
            or any(t in own for t in detail.evidence.get("place", []))  # (the same sentence: two places of it)
            or not _casualties_agree(detail, road)
            or not all(
                _TELLS_IT_AGAIN.search(t) and not _ANOTHER_ATTACK.search(t) for t in detail.evidence.get("place", [])
            )
        ):
            continue
        for n in ("killed", "wounded"):
            if getattr(detail, n) is None:
                setattr(detail, n, getattr(road, n))
        for name, sentences in road.evidence.items():
            items = detail.evidence.setdefault(name, [])
            items.extend(t for t in sentences if t not in items)
        into[at] = at + 1
    if not into:
        return kept, moved
    return _without_merged(kept, moved, into)


def _place_counter_claims(proposals: list[Proposal]) -> None:
    """ "Thai troops clashed with Cambodians near the X temple, the Thai army said ... Cambodia's
    ministry said Thai troops had started the shooting": the other side's account of the same
    clash names no place; it is at the one place the first side's claims of that day name."""
    for proposal in proposals:
        if proposal.place is not None or proposal.date is None or proposal.reporting_side in ("media", "third party"):
            continue
        told = [
            other
            for other in proposals
            if other.place is not None
            and other.date == proposal.date
            and other.reporting_side == proposal.accused_side
            and other.accused_side == proposal.reporting_side
        ]
        if len({other.place_key or fold(other.place or "") for other in told}) != 1:
            continue
        _take_place(proposal, told[0])


def _merge_outlet_summaries(kept: list[Proposal], moved: list[int]) -> tuple[list[Proposal], list[int]]:
    """A headline or standfirst in the outlet's voice ("Pakistani troops resorted to unprovoked
    firing") names no place; when the report places that day's fire by the same side elsewhere, the
    summary is that fire told short, not another incident. It joins the first placed claim of the
    day against the same side whose casualties it does not contradict. So does a party's own
    summary ("the ministry accused Ukraine of firing rockets at its energy sites") that the same
    party's placed claims of the day (or of the day before it was said) detail."""
    placed: dict[tuple[str | None, str], list[int]] = {}
    placed_by_side: dict[tuple[str | None, str, str], list[int]] = {}
    for at, proposal in enumerate(kept):
        if proposal.place is not None:
            placed.setdefault((proposal.date, proposal.accused_side), []).append(at)
            placed_by_side.setdefault((proposal.date, proposal.accused_side, proposal.reporting_side), []).append(at)
    into: dict[int, int] = {}
    for at, proposal in enumerate(kept):
        if proposal.place is not None:
            continue
        if proposal.date is None:
            # a report with no day at all: its one side's placed claim is what the placeless one tells
            targets = placed_by_side.get((None, proposal.accused_side, proposal.reporting_side), [])
            targets = targets if proposal.reporting_side != "media" and len(targets) == 1 else []
        elif proposal.reporting_side == "media":
            targets = placed.get((proposal.date, proposal.accused_side), [])
        else:
            the_day_before = (dt.date.fromisoformat(proposal.date) - dt.timedelta(days=1)).isoformat()
            targets = placed_by_side.get(
                (proposal.date, proposal.accused_side, proposal.reporting_side)
            ) or placed_by_side.get((the_day_before, proposal.accused_side, proposal.reporting_side), [])
        target = next((t for t in targets if _casualties_agree(proposal, kept[t])), None)
        told_by_party = False
        if (
            target is None
            and proposal.reporting_side != "media"
            and (proposal.killed, proposal.wounded) != (None, None)
        ):
            # "Three minors were killed and 12 injured as Pakistani troops shelled X [the outlet's
            # lede]. '... were killed and 12 others were injured,' a police spokesman said": the
            # party's account of the outlet's claim, the same figures; the claim is the party's
            target = next(
                (
                    t
                    for t in placed.get((proposal.date, proposal.accused_side), [])
                    if kept[t].reporting_side == "media"
                    and (kept[t].killed, kept[t].wounded) == (proposal.killed, proposal.wounded)
                ),
                None,
            )
            told_by_party = target is not None
        if target is None:
            continue
        detail = kept[target]
        if told_by_party:
            detail.claimant, detail.reporting_side = proposal.claimant, proposal.reporting_side
        for name, sentences in proposal.evidence.items():
            items = detail.evidence.setdefault(name, [])
            items.extend(s for s in sentences if s not in items)
        into[at] = target
    if not into:
        return kept, moved
    return _without_merged(kept, moved, into)


def _casualties_agree(summary: Proposal, detail: Proposal) -> bool:
    """The summary states no figure the detail contradicts or lacks."""
    return all(
        own is None or own == getattr(detail, name)
        for name, own in (("killed", summary.killed), ("wounded", summary.wounded))
    )


def _merge_retellings(kept: list[Proposal], moved: list[int]) -> tuple[list[Proposal], list[int]]:
    """An outlet's own telling ("a soldier was killed in X on Thursday, officials said") of the day
    and place a party or monitor states in the same report is that statement retold: one proposal,
    the statement's, with what the outlet adds."""
    sourced: dict[tuple[str | None, str], int] = {}
    for at, proposal in enumerate(kept):
        if proposal.reporting_side != "media" and proposal.place is not None:
            sourced.setdefault((proposal.date, proposal.place_key or fold(proposal.place)), at)
    into: dict[int, int] = {}
    for at, proposal in enumerate(kept):
        if proposal.reporting_side == "media" and proposal.place is not None:
            target = sourced.get((proposal.date, proposal.place_key or fold(proposal.place)))
            # (not the other side's fire at a place of another name: "Lebanese media reported Israeli shelling near
            # the Sheba Farms" is no retelling of the IDF's "a Hezbollah bomb went off in the Har Dov region")
            if target is not None and (
                _accused_agree(proposal, kept[target]) or fold(proposal.place) == fold(kept[target].place or "")
            ):
                into[at] = target
    into.update(_statements_placed_by_the_outlet(kept, into))
    if not into:
        return kept, moved
    for at, target in into.items():
        retold, statement = kept[at], kept[target]
        statement.killed = statement.killed if statement.killed is not None else retold.killed
        statement.wounded = statement.wounded if statement.wounded is not None else retold.wounded
        _take_evidence(statement, retold)
    return _without_merged(kept, moved, into)


def _accused_agree(a: Proposal, b: Proposal) -> bool:
    """Do two tellings blame the same side, or does one blame no one it names?"""
    unnamed = (None, "unknown")
    return a.accused_side in unnamed or b.accused_side in unnamed or a.accused_side == b.accused_side


_PLACE_FIELDS = ("place", "latitude", "longitude", "geo_precision", "admin1", "country", "resolved", "place_key")


def _statements_placed_by_the_outlet(kept: list[Proposal], into: dict[int, int]) -> dict[int, int]:
    """ "The attack occurred on Tuesday in the village of X. The health ministry confirmed that a drone
    struck a motorcycle": the outlet places the day's one incident, a party's statement tells it
    without a place. When a day (or the undated rest of a report) has exactly one placed claim in the
    outlet's voice and exactly one statement with no place, blaming the same side, they are one claim:
    the statement's, at the outlet's place. Anything less clear-cut stays apart for the reviewer."""
    media: dict[tuple[str | None, str], list[int]] = {}
    placeless: dict[tuple[str | None, str], list[int]] = {}
    for at, proposal in enumerate(kept):
        if at in into:
            continue
        key = (proposal.date, proposal.accused_side)
        if proposal.reporting_side == "media" and proposal.place is not None:
            media.setdefault(key, []).append(at)
        elif proposal.reporting_side not in ("media", "third party") and proposal.place is None:
            placeless.setdefault(key, []).append(at)
    merged: dict[int, int] = {}
    for key, told in media.items():
        stated = placeless.get(key, [])
        if len(told) != 1 or len(stated) != 1:
            continue
        retold, statement = kept[told[0]], kept[stated[0]]
        if not _tell_alike(retold, statement):
            continue  # "a drone strike hit a car in X ... Hezbollah said its fighters were shelled": two attacks
        _take_place(statement, retold)
        merged[told[0]] = stated[0]
    return merged


def _tell_alike(one: Proposal, other: Proposal) -> bool:
    """Two tellings of one attack do not contradict each other: when both name weapons, they share
    a word ("drone strike" / "a missile fired from a drone"), and no figure both state differs."""
    words = {w for term in one.weapons for w in term.lower().split()}
    others = {w for term in other.weapons for w in term.lower().split()}
    if words and others and not words & others:
        return False
    return _figures_agree(one, other)


def _figures_agree(one: Proposal, other: Proposal) -> bool:
    """No figure (killed, wounded) that both state differs."""
    return not any(
        None not in (getattr(one, name), getattr(other, name)) and getattr(one, name) != getattr(other, name)
        for name in ("killed", "wounded")
    )


def _take_place(into: Proposal, source: Proposal) -> None:
    """``into`` is at ``source``'s place, with the sentences that place came from."""
    for name in _PLACE_FIELDS:
        setattr(into, name, getattr(source, name))
    into.place_candidates = list(source.place_candidates)
    into.evidence["place"] = list(source.evidence.get("place", []))


def _timed_apart(one: Proposal, other: Proposal) -> bool:
    """Two undated claims whose days were told by different sentences ("... on Tuesday", "Last week,
    ..."): no publication date resolved them, yet they are two days."""
    ours, theirs = _told_days(one), _told_days(other)
    return bool(ours) and bool(theirs) and not ours & theirs


def _told_days(proposal: Proposal) -> set[str]:
    return {words for sentence in proposal.evidence.get("date", []) for words in _sentence_days(sentence)}


@functools.lru_cache(maxsize=1024)
def _sentence_days(sentence: str) -> frozenset[str]:
    """(cached: a region is compared with every detail of its day, each with its date sentences)"""
    return frozenset(words for mention in find_dates(sentence, None, None) if (words := day_words(mention)) is not None)


# the places of one day and accused side a lede's region is compared with (each pair is compared: bounded work)
_MAX_DAYS_PLACES = 64


def _merge_summarised_regions(kept: list[Proposal], moved: list[int]) -> tuple[list[Proposal], list[int]]:
    """A lede's region ("fire at positions in the Tovuz border district") that the body details
    ("in the A, B and C settlements of the Tovuz region") is the same claim: the more specific
    places stand, the region adds nothing. Same day, same sides, the region without casualties of its
    own, and another sentence (the body's) names it."""
    into: dict[int, int] = {}
    same_day: dict[tuple[str | None, str], list[int]] = {}  # only claims of one day and accused side are compared
    for at, proposal in enumerate(kept):
        if proposal.place is not None:
            same_day.setdefault((proposal.date, proposal.accused_side), []).append(at)
    for at, region in enumerate(kept):
        if region.place is None or len(same_day[(region.date, region.accused_side)]) > _MAX_DAYS_PLACES:
            continue  # (a day of hundreds of places is a bulletin's list, not a lede and its details: review46)
        name = fold(region.place)
        own = set(region.evidence.get("place", []))
        container = _container_pattern(name)
        for other in same_day[(region.date, region.accused_side)]:
            detail = kept[other]
            if (
                other != at
                and other not in into
                and detail.place is not None
                and fold(detail.place) != name
                # the region is one by the gazetteer, or the detail's words make it one
                # ("in the Sunderbani sector of Rajouri district": Rajouri is a town and a district)
                and (
                    (region.geo_precision == "region" and detail.geo_precision not in ("region", "country"))
                    or any(container.search(fold(t)) for t in detail.evidence.get("place", []) if t not in own)
                )
                and detail.date == region.date
                and not (region.date is None and _timed_apart(region, detail))
                # the same side's claim, or the outlet's lede that a party's statement then details
                and region.reporting_side in (detail.reporting_side, "media")
                and detail.accused_side == region.accused_side
                # a region with casualties of its own is an incident of its own, unless the place in
                # it states the same ("a porter was killed in Rajouri ... killed in the X sector of Rajouri")
                and _figures_agree(region, detail)
                and any(name in fold(t) for t in detail.evidence.get("place", []) if t not in own)
                # (another voice whose title names the region: "The mayor of Gorlovka in ... the Donetsk region"; the
                # region's claim with no losses of its own: one with the same losses is the mayor's told twice)
                and not (
                    detail.claimant != region.claimant
                    and name in fold(detail.claimant or "")
                    and (region.killed, region.wounded) == (None, None)
                )
            ):
                for n in ("killed", "wounded"):  # the region's figures are the detailed incident's
                    if getattr(detail, n) is None and getattr(region, n) is not None:
                        setattr(detail, n, getattr(region, n))
                        detail.evidence.setdefault(n, []).extend(region.evidence.get(n, []))
                into[at] = other
                break
    if not into:
        return kept, moved
    return _without_merged(kept, moved, into)


def _container_pattern(folded_name: str) -> re.Pattern[str]:
    """ "X district", "the region of X": the name used as a container of other places."""
    name = re.escape(folded_name)
    return re.compile(
        rf"\b{name}\s+(?:district|region|province|oblast|governorate|rayon|county)\b|"
        rf"\b(?:district|region|province|oblast|governorate|rayon|county|sector|tehsil)s?\s+of\s+{name}\b"
    )


def _without_merged(kept: list[Proposal], moved: list[int], into: dict[int, int]) -> tuple[list[Proposal], list[int]]:
    """The proposals not merged into another, and each old position's new one. A denial of a proposal merged away
    goes with it into the one it joined (helper 254: in 2 of 160 reports the denied row lost its denial)."""
    for at, proposal in enumerate(kept):
        if at in into and proposal.responses:
            target = kept[_merged_at(into, at)]
            target.responses.extend(r for r in proposal.responses if r not in target.responses)
    position: dict[int, int] = {}
    remaining: list[Proposal] = []
    for at, proposal in enumerate(kept):
        if at not in into:
            position[at] = len(remaining)
            remaining.append(proposal)
    return remaining, [position[_merged_at(into, m)] for m in moved]


def _merged_at(into: dict[int, int], at: int) -> int:
    """Where the proposal at ``at`` ended up: a chain of merges (A into B, then B into C) ends at C (walk42: a
    50,000-character paste raised KeyError when B itself was merged after A was merged into it)."""
    for _ in range(len(into) + 1):  # (no cycle: a proposal merged away takes no other in)
        if at not in into:
            return at
        at = into[at]
    raise ValueError("merges form a cycle")
