"""The proof that conflicts are data: a test-only profile for an invented conflict (Northland–
Southland, tests/fixtures/profiles/) goes through import, store, export, filters, counter-claims,
the map and the reading of a report (its voices, its words for the other side, its places) with
no line of code knowing it."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapdata.claims import group_counter_claims, party_sets
from mapdata.extract import extract
from mapdata.extract.lexicon import detect_profile
from mapdata.filters import FilterState, apply_filters
from mapdata.formats.exporter import to_csv, to_geojson
from mapdata.formats.importer import preview_import, preview_path
from mapdata.geo import gazetteer as gazetteer_module
from mapdata.geo.gazetteer import Gazetteer
from mapdata.geo.index import load_index
from mapdata.model import Incident
from mapdata.profiles import Catalog, load_catalog
from mapdata.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PROFILE = FIXTURES / "profiles" / "northland-southland.toml"
ACLED = FIXTURES / "acled_northland_synthetic.csv"


@pytest.fixture
def catalog() -> Catalog:
    return load_catalog().with_files([PROFILE])


@pytest.fixture
def store(tmp_path: Path, catalog: Catalog) -> Store:
    store = Store(tmp_path / "northland.db", seed=False)
    preview_path(ACLED, store, catalog=catalog).commit(store)
    return store


def test_an_acled_file_of_the_invented_conflict_imports_with_its_parties(tmp_path: Path, catalog: Catalog):
    preview = preview_path(ACLED, catalog=catalog)
    assert {i.id: (i.conflict, i.claimant, i.reporting_side, i.accused_side) for i in preview.incidents} == {
        "acled:XNL90001": ("northland-southland", "Northland Defence Staff", "Northland", "Southland"),
        "acled:XNL90002": ("northland-southland", "Southland Army Press Office", "Southland", "Northland"),
        "acled:XSL90001": ("northland-southland", "Line Observer Mission", "third party", "Southland"),
    }
    [westland] = preview.rejected
    assert "country '903 / Westland' matches no conflict profile" in westland.message
    # Without the profile, nothing of it is known: the rows are rejected, not guessed.
    assert preview_path(ACLED).incidents == []


def test_the_two_sides_reports_of_one_clash_are_contested(store: Store, catalog: Catalog):
    frame = store.frame()
    groups = group_counter_claims(frame, parties=party_sets(catalog))
    assert set(groups.index) == {"acled:XNL90001", "acled:XNL90002"}
    assert group_counter_claims(frame, parties=party_sets(load_catalog())).empty  # no profile, no parties


def test_filters_by_the_invented_sides(store: Store):
    frame = store.frame()
    shown = apply_filters(frame, FilterState(sides=("Southland", "third party")))
    assert sorted(shown["id"]) == ["acled:XNL90002", "acled:XSL90001"]


@pytest.mark.parametrize("exporter", [to_csv, to_geojson])
def test_exports_round_trip_through_the_profile(store: Store, catalog: Catalog, tmp_path: Path, exporter):
    target = Store(tmp_path / "copy.db", seed=False)
    preview = preview_import(exporter(store.frame()).encode("utf-8"), target, filename="export", catalog=catalog)
    assert preview.rejected == []
    preview.commit(target)
    records = [{k: v for k, v in i.to_record().items() if k != "batch"} for i in target.incidents()]
    assert records == [{k: v for k, v in i.to_record().items() if k != "batch"} for i in store.incidents()]


def test_claims_of_a_profile_not_loaded_now_still_read_back(store: Store):
    """Saved with ``--profile FILE``, read later without it: the claim is kept as stored, not refused."""
    claim = store.get("acled:XNL90002")
    assert claim is not None
    assert (claim.conflict, claim.reporting_side, claim.accused_side) == (
        "northland-southland",
        "Southland",
        "Northland",
    )


# Invented wording (no article text): each side's voice, its words for the other side, its places.
REPORT = """published: 2031-03-05
outlet: Example Wire

Southlandic forces shelled the village of Frostford overnight on 3 March, wounding two soldiers, the Northland Defence Staff said on Wednesday.
The Southland Army Press Office said on Thursday that the northern occupiers opened fire with mortars on Salt Marsh on 4 March; one civilian was killed.
"""


@pytest.fixture
def invented_gazetteer(catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Gazetteer:
    """The profile's own places only (a full GeoNames index is built in tests/geo); the report's
    spelling of a place is kept, its coordinates are the profile's."""
    monkeypatch.setenv("MAPDATA_CACHE", str(tmp_path / "cache"))
    profile = catalog.require("northland-southland")
    return Gazetteer(
        load_index(cities={}, profiles=[profile]), profile.focus_countries, profile.countries, profile.extent
    )


def test_a_report_of_the_invented_conflict_is_read_with_its_voices_and_places(
    store: Store, catalog: Catalog, invented_gazetteer: Gazetteer
):
    profile, why = detect_profile(REPORT, catalog)
    assert profile.id == "northland-southland", why
    result = extract(REPORT, gazetteer=invented_gazetteer, profile=profile)
    assert [
        (p.date, p.place, p.latitude, p.claimant, p.reporting_side, p.accused_side, p.killed, p.wounded)
        for p in result.proposals
    ] == [
        ("2031-03-03", "Frostford", -46.5, "Northland Defence Staff", "Northland", "Southland", None, 2),
        ("2031-03-04", "Salt Marsh", -47.4, "Southland Army Press Office", "Southland", "Northland", 1, None),
    ]
    # Reviewed and saved like any report: the claims join the imported ones, filterable by side.
    claims = [Incident.from_values(p.incident_values(), catalog) for p in result.proposals]
    assert len(store.save(claims, origin="article", label="invented report").new) == 2
    shown = apply_filters(store.frame(), FilterState(sides=("Southland",)))
    assert sorted(shown["claimant"]) == ["Southland Army Press Office", "Southland Army Press Office"]


@pytest.mark.usefixtures("own_gazetteer_cache")
def test_a_profile_given_as_a_file_brings_its_places_to_the_gazetteer(catalog: Catalog, monkeypatch):
    """``--profile FILE``: the gazetteer's index is asked for with that profile's places in it."""
    asked: list[tuple[str, ...]] = []

    def fake_load_index(profiles=()):
        asked.append(tuple(p.id for p in profiles))
        return load_index(cities={}, profiles=profiles)

    monkeypatch.setattr(gazetteer_module, "load_index", fake_load_index)
    gazetteer = Gazetteer.for_profile(catalog.require("northland-southland"))
    assert "northland-southland" in asked[-1]
    assert gazetteer.geocode("Frost Ford").place.name == "Frostford"
