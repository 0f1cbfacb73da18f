"""walk44 (Import): a row with two problems was told only its place problem, then rejected anew for its
event type once placed; "small arms fire" was refused for the vocabulary's "small-arms fire"."""

from __future__ import annotations

import json

import pytest

from mapdata.errors import ValidationError
from mapdata.formats import geojson, ourcsv
from mapdata.formats.placing import ALSO, briefly, not_placed, unplaced
from mapdata.model import EVENT_TYPES, Incident

HEADER = "date,place,latitude,longitude,country,claimant,reporting_side,accused_side,event_type,source\n"


def row(place: str, event_type: str, date: str = "2021-03-04") -> str:
    return f"{date},{place},,,AM,Armenian MoD,Armenia,Azerbaijan,{event_type},My notes\n"


def claim(event_type: str) -> Incident:
    return Incident.create(
        date="2021-03-04", latitude=40.1, longitude=45.7, claimant="Armenian MoD", reporting_side="Armenia",
        accused_side="Azerbaijan", conflict="armenia-azerbaijan", event_type=event_type,
    )  # fmt: skip


@pytest.mark.parametrize("written", ["small arms fire", "Small-Arms Fire", "small_arms_fire", " small  arms-fire "])
def test_an_event_type_differing_only_by_spaces_hyphens_or_case_is_the_known_one(written: str) -> None:
    assert claim(written).event_type == "small-arms fire"


def test_an_unknown_event_type_is_still_refused() -> None:
    with pytest.raises(ValidationError, match="unknown value 'artillery duel'"):
        claim("artillery duel")
    assert all(claim(kind).event_type == kind for kind in EVENT_TYPES)


def test_the_walks_row_is_only_told_its_place_problem_and_no_longer_its_event_type() -> None:
    outcome = ourcsv.parse(HEADER + row("Verin Zaritsk", "small arms fire"))
    [problem] = outcome.problems
    assert unplaced(problem.message) and ALSO not in problem.message, problem.message


def test_a_row_without_coordinates_is_told_every_problem_at_the_first_read() -> None:
    outcome = ourcsv.parse(HEADER + row("Verin Zaritsk", "artillery duel", date="2021-02-30"))
    [problem] = outcome.problems  # one rejected row: the counts stay the rows'
    assert problem.row == 2 and problem.column == "latitude" and unplaced(problem.message)
    assert "look 'Verin Zaritsk' up in the gazetteer" in problem.message
    assert f"{ALSO}date:" in problem.message and f"{ALSO}event_type: unknown value 'artillery duel'" in problem.message


def test_placing_on_an_unknown_name_is_told_with_the_rows_other_problems() -> None:
    def locate(place: str, country: str | None, conflict: str | None = None) -> dict[str, object]:
        raise ourcsv.RowError("place", "no coordinates, and the place cannot be found: not in the gazetteer")

    [problem] = ourcsv.parse(HEADER + row("Verin Zaritsk", "artillery duel"), locate=locate).problems
    assert problem.message.startswith("no coordinates, and the place cannot be found")
    assert "event_type: unknown value 'artillery duel'" in problem.message


def test_a_geojson_feature_without_geometry_is_told_every_problem() -> None:
    feature = {
        "type": "Feature",
        "geometry": None,
        "properties": {
            "date": "2021-03-04", "place": "Verin Zaritsk", "claimant": "Armenian MoD", "reporting_side": "Armenia",
            "accused_side": "Azerbaijan", "country": "AM", "event_type": "artillery duel",
        },
    }  # fmt: skip
    text = json.dumps({"type": "FeatureCollection", "features": [feature]})
    [problem] = geojson.parse(text).problems
    assert problem.column == "geometry" and unplaced(problem.message)
    assert "event_type: unknown value 'artillery duel'" in problem.message


def test_the_page_lists_the_place_problem_without_the_instruction_it_gives_below() -> None:
    message = not_placed("Verin Zaritsk", "latitude").message
    assert "switch it on" in message  # the CLI's message keeps it
    said = briefly(message + ALSO + "event_type: unknown value 'x'")
    assert "switch it on (" not in said and "Verin Zaritsk" in said and said.endswith("event_type: unknown value 'x'")
    assert briefly("has 3 values but the header has 10 columns") == "has 3 values but the header has 10 columns"


@pytest.mark.parametrize(
    ("written", "kind"),
    [("firing", "small-arms fire"), ("Gunfire", "small-arms fire"), ("artillery fire", "shelling"),
     ("exchange of fire", "armed clash"), ("air raid", "air strike"), ("IED", "explosion")],
)  # fmt: skip
def test_a_monitors_usual_word_for_an_event_is_the_vocabularys_kind(written: str, kind: str) -> None:
    # walk51: a GeoJSON feature's "firing", the usual word in Line of Control reports, rejected its row
    assert claim(written).event_type == kind
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [74.1, 33.77]},
        "properties": {"date": "2021-03-04", "place": "Poonch", "claimant": "Indian Army", "reporting_side": "India",
                       "accused_side": "Pakistan", "event_type": written, "conflict": "india-pakistan"},
    }  # fmt: skip
    outcome = geojson.parse(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    assert outcome.problems == [] and [i.event_type for i in outcome.incidents] == [kind]
