"""The claim model: what it accepts, what it refuses, and that refusals name the field."""

from __future__ import annotations

import datetime as dt

import pytest

from factories import CLAIM
from mapdata.model import Incident, ValidationError, make_id, normalize_side

BASE = CLAIM


def make(**changes):
    return Incident.create(**{**BASE, **changes})


def test_valid_claim_keeps_who_claims_what():
    incident = make(weapons="UAVs; drones", wounded="2")
    assert incident.claimant == "Armenian MoD"
    assert incident.reporting_side == "Armenia"
    assert incident.accused_side == "Azerbaijan"
    assert incident.date == dt.date(2023, 5, 12)
    assert incident.weapons == ("UAVs", "drones")
    assert incident.wounded == 2


def test_casualties_not_stated_stay_unknown_not_zero():
    incident = make(killed="", wounded=None)
    assert incident.killed is None and incident.wounded is None
    assert make(killed=0).killed == 0


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"date": None}, "date"),
        ({"date": ""}, "date"),
        ({"date": "2023-02-30"}, "date"),
        ({"date": "12/05/2023"}, "date"),
        ({"date": "1850-01-01"}, "date"),
        ({"latitude": 91}, "latitude"),
        ({"latitude": "north"}, "latitude"),
        ({"longitude": -180.5}, "longitude"),
        ({"reporting_side": "Narnia"}, "reporting_side"),
        ({"reporting_side": None}, "reporting_side"),
        ({"accused_side": "Mordor"}, "accused_side"),
        ({"killed": -1}, "killed"),
        ({"wounded": "two"}, "wounded"),
        ({"killed": 1.5}, "killed"),
        ({"geo_precision": "pinpoint"}, "geo_precision"),
        ({"event_type": "party"}, "event_type"),
        ({"published": "yesterday"}, "published"),
        ({"claimant": None, "source": None}, "claimant"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_invalid_values_raise_naming_the_field(changes, field):
    with pytest.raises(ValidationError) as excinfo:
        make(**changes)
    assert excinfo.value.field == field
    assert str(excinfo.value).startswith(f"{field}:")


def test_side_spellings_are_folded():
    assert normalize_side("Armenian") == "Armenia"
    assert normalize_side("AZ") == "Azerbaijan"
    assert normalize_side("Third-Party") == "third party"
    assert make(reporting_side="azerbaijani", accused_side="armenian").accused_side == "Armenia"


def test_claimant_defaults_to_outlet_when_unattributed():
    incident = make(claimant=None, reporting_side="media")
    assert incident.claimant == "Daily Sabah"


def test_ids_are_stable_and_distinguish_claims():
    assert make().id == make().id
    assert make().id != make(claimant="Azerbaijani MoD", reporting_side="Azerbaijan").id
    assert make_id("acled", "ARM1234") == "acled:ARM1234"
    assert make(id="acled:ARM1").id == "acled:ARM1"


def test_an_id_is_made_from_any_text_and_keeps_its_old_value():
    # The id of a key in plain Unicode is the one every earlier version stored (a changed hash
    # would duplicate every re-imported claim).
    assert make_id("article", "Sotk — Սոթք", "2023-05-12") == "article:955fae1451648c87"
    # A lone surrogate (text from a damaged file) still gives an id, and not another text's.
    broken = {make_id("article", "a\ud800b"), make_id("article", "a\udc00b"), make_id("article", "ab")}
    assert len(broken) == 3


def test_a_claim_dated_after_tomorrow_has_not_happened_yet():
    import datetime as dt

    from mapdata.model import check_not_in_future

    today = dt.date(2026, 12, 1)
    check_not_in_future(make(date="2026-12-01"), today)
    check_not_in_future(make(date="2026-12-02"), today)  # a time zone ahead is already there
    with pytest.raises(ValidationError, match=r"2026-12-03 is after today \(2026-12-01\)"):
        check_not_in_future(make(date="2026-12-03"), today)


def test_a_typed_count_is_quoted_as_typed_in_its_message():
    with pytest.raises(ValidationError, match=r"killed: must be a whole number ≥ 0, got -3$"):
        make(killed="-3")  # it said "got -3.0"
    with pytest.raises(ValidationError, match=r"got 2\.5$"):
        make(wounded="2.5")


def test_record_round_trip_is_lossless():
    incident = make(
        weapons=["mortars"], extra={"low": 1, "high": 3}, published="2023-05-12", summary="Ünïcode ‘quotes’"
    )
    assert Incident.create(**incident.to_record()) == incident


def test_placeholder_urls_are_dropped():
    assert make(source_url="unknown").source_url is None


def test_problems_lists_every_offending_field_at_once() -> None:
    """For a person's form: each field's problem, in field order, with the model's own messages."""
    from mapdata.model import Incident

    values = {"date": "2022-02-30", "latitude": "", "longitude": "x", "reporting_side": "Narnia", "killed": "many"}
    found = Incident.problems(values)
    assert [p.field for p in found] == ["date", "latitude", "longitude", "claimant", "reporting_side", "killed"]
    assert str(found[-1]) == "killed: not a number: 'many'"
    fine = {"date": "2022-02-28", "latitude": 40.2, "longitude": 45.9, "claimant": "x", "reporting_side": "Armenia"}
    assert Incident.problems(fine) == []
    assert values["date"] == "2022-02-30"  # the caller's values are left as they were
