"""Every claim belongs to a conflict, and its sides are that conflict's parties."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import claim_values, india_claim_values, make_claim
from mapdata.model import DEFAULT_PROFILE_ID, Incident, ValidationError, normalize_side
from mapdata.profiles import load_catalog

INVENTED = Path(__file__).resolve().parent / "fixtures" / "profiles" / "northland-southland.toml"

# The sides as people spell them: the profile's spellings are read as its parties.
LOC = india_claim_values(
    place="Keran", latitude=34.65, longitude=73.95, reporting_side="Indian", accused_side="pakistan"
)


def test_a_claim_without_conflict_is_armenia_azerbaijan_as_every_claim_was_before():
    assert make_claim().conflict == DEFAULT_PROFILE_ID == "armenia-azerbaijan"


def test_a_line_of_control_claim_names_india_and_pakistan():
    incident = Incident.create(**LOC)
    assert (incident.conflict, incident.reporting_side, incident.accused_side) == (
        "india-pakistan",
        "India",
        "Pakistan",
    )
    assert incident.to_record()["conflict"] == "india-pakistan"


@pytest.mark.parametrize("side", ["third party", "media"])
def test_third_party_and_media_report_in_every_conflict(side):
    assert Incident.create(**{**LOC, "reporting_side": side}).reporting_side == side


def test_a_side_of_another_conflict_is_refused_naming_the_field_and_the_allowed_values():
    with pytest.raises(ValidationError) as caught:
        Incident.create(**{**LOC, "reporting_side": "Armenia"})
    assert caught.value.field == "reporting_side"
    assert str(caught.value) == (
        "reporting_side: unknown side 'Armenia' for conflict india-pakistan; "
        "expected one of: India, Pakistan, third party, media"
    )
    with pytest.raises(
        ValidationError, match=r"accused_side: .*expected one of: India, Pakistan, third party, unknown"
    ):
        Incident.create(**{**LOC, "accused_side": "media"})


def test_an_unknown_conflict_is_refused_listing_the_known_ones():
    with pytest.raises(ValidationError) as caught:
        Incident.create(**{**LOC, "conflict": "narnia"})
    assert caught.value.field == "conflict"
    assert "unknown conflict 'narnia'; expected one of: armenia-azerbaijan, india-pakistan" in str(caught.value)


def test_three_party_conflict_accepts_each_party():
    values = claim_values(conflict="israel-lebanon", claimant="IDF", reporting_side="Israeli", accused_side="Hizbullah")
    incident = Incident.create(**values)
    assert (incident.reporting_side, incident.accused_side) == ("Israel", "Hezbollah")
    assert (
        Incident.create(**{**values, "reporting_side": "Lebanese", "accused_side": "Israel"}).reporting_side
        == "Lebanon"
    )


def test_a_user_profile_works_through_the_catalog_it_is_in():
    catalog = load_catalog().with_files([INVENTED])
    values = claim_values(conflict="northland-southland", reporting_side="Northlandic", accused_side="Southland")
    incident = Incident.from_values(values, catalog)
    assert (incident.conflict, incident.reporting_side) == ("northland-southland", "Northland")
    with pytest.raises(ValidationError, match="unknown conflict 'northland-southland'"):
        Incident.from_values(values, load_catalog())
    assert Incident.from_values({**incident.to_record(), "wounded": 2}, catalog).wounded == 2


def test_normalize_side_reads_the_profile_it_is_given():
    profile = load_catalog().require("russia-ukraine")
    assert normalize_side("Kiev", profile=profile) == "Ukraine"
    assert normalize_side("Armenian") == "Armenia"  # no profile: the default conflict's
