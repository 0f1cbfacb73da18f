"""The offline gazetteer resolves the names real reports use, and says why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapdata.geo.gazetteer import Gazetteer, GeocodeResult, geocode


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _where(result: GeocodeResult) -> tuple[str, str | None]:
    assert result.found, result.reason
    return result.place.country, result.place.admin1


@pytest.mark.parametrize(
    "spelling, expected",
    [
        ("Laçın", "Lachin"),
        ("Lachin", "Lachin"),
        ("Idjevan", "Ijevan"),
        ("Jermuka", "Jermuk"),
        ("Gorus", "Goris"),
        ("Digh", "Tegh"),
        ("Zod", "Sotk"),
        ("village of Sotk", "Sotk"),
        ("the Sotk settlement", "Sotk"),
        ("in the direction of Yeraskh", "Yeraskh"),
        ("Stepanakert", "Khankendi"),
    ],
)
def test_spellings_reach_the_same_place(gaz: Gazetteer, spelling: str, expected: str) -> None:
    result = gaz.geocode(spelling)
    assert result.found, result.reason
    assert expected.lower() in (result.place.name.lower(), *(n.lower() for n in result.place.alternate_names))
    assert result.reason
    assert 0 < result.confidence <= 1


def test_vardenis_is_the_gegharkunik_town(gaz: Gazetteer) -> None:
    result = gaz.geocode("Vardenis")
    assert _where(result) == ("AM", "Gegharkunik")
    assert len(result.candidates) >= 2  # the Aragatsotn village stays visible as an alternative


def test_martuni_is_ambiguous_and_a_country_named_in_the_text_decides(gaz: Gazetteer) -> None:
    plain = gaz.geocode("Martuni")
    assert {c.country for c in plain.candidates} >= {"AM", "AZ"}
    assert plain.confidence < 1
    in_azerbaijan = gaz.geocode("Martuni", countries=["AZ"])
    assert in_azerbaijan.place.country == "AZ"
    assert "country" in in_azerbaijan.reason


def test_proximity_to_other_places_decides_between_namesakes(gaz: Gazetteer) -> None:
    near_chambarak = gaz.geocode("Martuni", near=[(40.598, 45.353)])
    assert near_chambarak.place.latitude > 40.5  # the small Martuni by Chambarak, not the town
    assert "closest" in near_chambarak.reason


def test_tovuz_is_the_azerbaijani_town_not_an_old_name_of_berd(gaz: Gazetteer) -> None:
    assert _where(gaz.geocode("Tovuz"))[0] == "AZ"
    district = gaz.geocode("Tovuz district")
    assert district.place.country == "AZ" and district.precision == "region"


@pytest.mark.parametrize(
    "name, precision, country",
    [
        ("Karabakh", "region", "AZ"),
        ("Nagorno-Karabakh", "region", "AZ"),
        ("Artsakh", "region", "AZ"),
        ("Lachin corridor", "region", "AZ"),
        ("Syunik", "region", "AM"),
        ("Tavush", "region", "AM"),
        ("Gegharkunik", "region", "AM"),
        ("Vayots Dzor", "region", "AM"),
        ("Ararat region", "region", "AM"),
        ("Kalbajar district", "region", "AZ"),
        ("Gazakh district", "region", "AZ"),
        ("eastern part of the state border", "region", "AM"),
        ("Armenia", "country", "AM"),
        ("Azerbaijan", "country", "AZ"),
    ],
)
def test_regions_and_countries_have_their_precision(gaz: Gazetteer, name: str, precision: str, country: str) -> None:
    result = gaz.geocode(name)
    assert result.precision == precision, result.reason
    assert result.place.country == country


def test_unknown_name_is_a_clear_not_found(gaz: Gazetteer) -> None:
    result = gaz.geocode("Qwxzzlebrook")
    assert result.status == "not_found" and result.place is None
    assert "Qwxzzlebrook" in result.reason
    assert gaz.geocode("").status == "not_found"


def test_module_level_geocode_uses_the_default_gazetteer() -> None:
    assert geocode("Sotk").place.key == "geonames:616041"


def test_lookup_names_finds_places_and_not_ordinary_words(gaz: Gazetteer) -> None:
    text = (
        "Police said that Along the border near the village of Sotk, Azerbaijani forces fired at "
        "Armenian positions. The Defense Ministry in Yerevan reported that May was calm in Tavush."
    )
    found = {text[a:b]: place for a, b, place in gaz.lookup_names(text)}
    assert set(found) == {"Sotk", "Yerevan", "Tavush"}
    assert found["Sotk"].admin1 == "Gegharkunik"


def test_lookup_names_spans_point_at_the_name(gaz: Gazetteer) -> None:
    text = "Shelling hit Nerkin Karmiraghbyur and Nagorno-Karabakh."
    spans = [(text[a:b], p.kind) for a, b, p in gaz.lookup_names(text)]
    assert ("Nagorno-Karabakh", "region") in spans


# -- real material: ACLED's own coordinates and the hand-labelled articles -------------------


def test_acled_locations_resolve_within_5_km_of_acled_coordinates(gaz: Gazetteer, acled_csv) -> None:
    import pandas as pd

    from mapdata.geo.gazetteer import haversine_km

    frame = pd.read_csv(acled_csv, skiprows=[1])  # row 2 is the HXL hashtag row
    locations = frame.groupby("location")[["latitude", "longitude"]].first()
    close = 0
    for name, row in locations.iterrows():
        result = gaz.geocode(str(name), countries=["AM"])
        if (
            result.found
            and haversine_km(result.place.latitude, result.place.longitude, row.latitude, row.longitude) <= 5
        ):
            close += 1
    assert len(locations) >= 80
    assert close / len(locations) >= 0.95


# Where each label place is, in our own words (country, admin1 or None for "don't check").
LABEL_PLACES = {
    "Sotk": ("AM", "Gegharkunik"),
    "Vardenis": ("AM", "Gegharkunik"),
    "Artanish": ("AM", "Gegharkunik"),
    "Goris": ("AM", "Syunik"),
    "Kapan": ("AM", "Syunik"),
    "Tegh": ("AM", "Syunik"),
    "Digh": ("AM", "Syunik"),
    "Ishkhanasar": ("AM", "Syunik"),
    "Tavush": ("AM", "Tavush"),
    "Tovuz": ("AZ", "Tovuz"),
    "Nagorno-Karabakh": ("AZ", None),
    "Stepanakert": ("AZ", "Khankendi"),
    "Ganza": ("AZ", "Nakhchivan"),
}


SPLIT = Path(__file__).parents[2] / "docs" / "extraction-split.json"

# Labelled places of the build set that the bundled gazetteer does not know: villages below
# GeoNames' 500-people list (a user's GeoNames country file brings them: `gazetteer add FILE`),
# the reader keeps them as place names to be picked on the map. Exact: a gap that starts to
# resolve must leave this list, and a new one fails the test.
UNKNOWN_TO_THE_GAZETTEER = {"Bichenak", "Parukh", "Kamalkote", "Balkote", "Gokhan"}


def _label_places(articles_dir: Path) -> dict[tuple[str, str], set[str]]:
    """(label place, conflict) -> the build-set article files that name it. Build set only: the
    held-out reports are never used to build, the gazetteer included (docs/extraction-quality.md)."""
    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    places: dict[tuple[str, str], set[str]] = {}
    for name in split["sets"]["build"]:
        data = json.loads((articles_dir / name.replace(".txt", ".labels.json")).read_text(encoding="utf-8"))
        incidents = data if isinstance(data, list) else data.get("incidents", [])
        for incident in incidents:
            if incident.get("place"):
                places.setdefault((incident["place"], split["conflicts"][name]), set()).add(name)
    return places


def _conflict_gazetteer(conflict: str) -> Gazetteer:
    from mapdata.profiles import default_catalog

    return Gazetteer.for_profile(default_catalog().require(conflict))


def test_every_labelled_place_resolves_where_it_is(articles_dir) -> None:
    places = _label_places(articles_dir)
    assert len(places) >= 30, "too few labelled places: is the split file right?"
    unknown = set()
    for name, conflict in places:
        result = _conflict_gazetteer(conflict).geocode(name)
        if not result.found:
            unknown.add(name)
            continue
        if name in LABEL_PLACES:
            country, admin1 = LABEL_PLACES[name]
            assert result.place.country == country, f"{name}: {result.reason}"
            if admin1:
                assert result.place.admin1 == admin1, f"{name}: {result.reason}"
    assert unknown == UNKNOWN_TO_THE_GAZETTEER


def test_lookup_names_finds_every_labelled_place_in_its_article(articles_dir) -> None:
    missing = set()
    for (name, conflict), files in _label_places(articles_dir).items():
        if name in UNKNOWN_TO_THE_GAZETTEER:
            continue
        gazetteer = _conflict_gazetteer(conflict)
        for file in files:
            text = (articles_dir / file).read_text(encoding="utf-8")
            if name not in {text[a:b] for a, b, _ in gazetteer.lookup_names(text)}:
                missing.add(f"{name} in {file}")
    assert not missing


# -- what users teach it: aliases and unresolved places in the store --------------------------


def test_alias_saved_in_the_store_wins_later(store) -> None:
    from mapdata.geo.placebook import PlaceBook, PlaceResolver, user_place

    book = PlaceBook(store)
    hill = user_place("Hill 1234", 40.21, 45.88)
    book.save_alias("Hill 1234", hill)
    book.save_alias("Zod", Gazetteer.default().place("geonames:616041"))
    resolver = PlaceResolver(store, online=False)
    found = resolver.geocode("the Hill 1234 height")
    assert found.found and found.source == "alias"
    assert (found.place.latitude, found.place.longitude) == (40.21, 45.88)
    assert resolver.geocode("Zod").place.key == "geonames:616041"
    # the same aliases work on the gazetteer directly, as the extractor calls it
    assert Gazetteer.default().geocode("Hill 1234", aliases=book.aliases()).place.name == "Hill 1234"


def test_unresolved_names_are_listed_and_resolving_one_saves_an_alias(store) -> None:
    from mapdata.geo.placebook import PlaceBook, PlaceResolver

    with PlaceResolver(store, online=False, context="import acled") as resolver:
        assert not resolver.geocode("Qwxzzlebrook village").found
        assert not resolver.geocode("Qwxzzlebrook").found
        assert resolver.geocode("Sotk").found
    book = PlaceBook(store)
    [pending] = book.unresolved()
    assert pending.seen == 2 and pending.context == "import acled" and "Qwxzzlebrook" in pending.reason
    book.resolve(pending.name, Gazetteer.default().place("geonames:616041"))
    assert book.unresolved() == []
    assert PlaceResolver(store, online=False).geocode("Qwxzzlebrook").place.name == "Sotk"


def test_a_point_off_the_earth_is_refused() -> None:
    from mapdata.errors import ValidationError
    from mapdata.geo.placebook import user_place

    with pytest.raises(ValidationError):
        user_place("Nowhere", 123.0, 45.0)


# -- the on-disk index: safe when two processes build it at once -----------------------------


def _tiny_cities() -> dict:
    return {
        "1": {
            "geonameid": 1,
            "name": "Testaberd",
            "latitude": 40.0,
            "longitude": 45.0,
            "countrycode": "AM",
            "population": 900,
            "admin1code": "04",
            "alternatenames": ["Testaberdi", "Тестаберд"],
        }
    }


def test_index_builds_concurrently_and_rebuilds_a_corrupt_cache(tmp_path, monkeypatch) -> None:
    import threading

    from mapdata.geo import index as gazetteer_index

    monkeypatch.setenv("MAPDATA_CACHE", str(tmp_path / "cache"))
    supplement = tmp_path / "supplement.csv"
    supplement.write_text(
        "action,key,name,alternate_names,latitude,longitude,country,admin1,kind,population,coord_source\n"
        "place,supplement:hill,Test Hill,Hill of Tests,40.1,45.1,AM,Syunik,height,0,made up for a test\n",
        encoding="utf-8",
    )
    results: list = []
    threads = [
        threading.Thread(
            target=lambda: results.append(gazetteer_index.load_index(supplement, rebuild=True, cities=_tiny_cities()))
        )
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    files = list((tmp_path / "cache").iterdir())
    assert [f.name for f in files] == [gazetteer_index.cache_path(supplement).name]  # no temp files left
    gaz = Gazetteer(gazetteer_index.load_index(supplement))
    assert gaz.geocode("Testaberdi").place.admin1 == "Gegharkunik"
    assert gaz.geocode("Hill of Tests").precision == "exact"
    files[0].write_bytes(b"not a pickle")
    rebuilt = Gazetteer(gazetteer_index.load_index(supplement, cities=_tiny_cities()))
    assert rebuilt.geocode("Test Hill").found


# -- the command line ---------------------------------------------------------------------------


def test_cli_prints_one_json_object_per_name_and_goes_on_after_unknown(capsys) -> None:
    import json

    from mapdata.cli import main

    assert main(["geocode", "Vardenis", "Qwxzzlebrook", "village of Zod", "--country", "AM"]) == 3  # one not found
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["query"] for line in lines] == ["Vardenis", "Qwxzzlebrook", "village of Zod"]
    vardenis, unknown, zod = lines
    assert vardenis["status"] == "found" and vardenis["chosen"]["admin1"] == "Gegharkunik"
    assert vardenis["chosen"]["precision"] == "exact" and vardenis["reason"]
    assert any(alt["admin1"] == "Aragatsotn" for alt in vardenis["alternatives"])
    assert unknown["status"] == "not_found" and unknown["chosen"] is None and "Qwxzzlebrook" in unknown["reason"]
    assert zod["chosen"]["name"] == "Sotk"


def test_cli_with_a_database_uses_its_aliases(db_path, capsys) -> None:
    import json

    from mapdata.cli import main
    from mapdata.geo.placebook import PlaceBook, user_place
    from mapdata.store import Store

    PlaceBook(Store(db_path)).save_alias("Post 7", user_place("Post 7", 40.3, 45.6))
    assert main(["geocode", "--db", str(db_path), "Post 7"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["source"] == "alias" and record["chosen"]["latitude"] == 40.3


def test_lookup_names_splits_hyphenated_pairs_and_possessives(gaz: Gazetteer) -> None:
    text = "The Sotk-Vardenis road and Azerbaijan's claims about Nagorno-Karabakh."
    spans = [text[a:b] for a, b, _ in gaz.lookup_names(text)]
    assert spans == ["Sotk", "Vardenis", "Azerbaijan", "Nagorno-Karabakh"]


def test_lookup_names_ignores_english_words_that_are_towns_somewhere(gaz: Gazetteer) -> None:
    text = (
        "Side by side. Gold prices rose. Reading the Split decision, MiG jets and a GAS leak. "
        "Man on the CORO team. Can they? Off they went. Dining was fine. LED lights."
    )
    assert gaz.lookup_names(text) == []


def test_lookup_names_keeps_datelines_and_capitals(gaz: Gazetteer) -> None:
    text = "BAKU, July 14. Officials in Moscow, Tbilisi and Brussels commented."
    assert [p.name for _, _, p in gaz.lookup_names(text)] == ["Baku", "Moscow", "Tbilisi", "Brussels"]


def test_resolving_with_a_store_honours_its_aliases(store) -> None:
    from mapdata.geo.placebook import PlaceBook, resolve_place

    PlaceBook(store).save_alias("Zod", Gazetteer.default().place("geonames:616107"))  # the user's choice
    assert resolve_place("Zod", store, online=False).place.key == "geonames:616107"
    assert geocode("Zod").place.key == "geonames:616041"  # without the store: the gazetteer's own answer


# -- hostile input ------------------------------------------------------------------------------

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gets_an_answer_never_an_exception(gaz: Gazetteer, text: str) -> None:
    result = gaz.geocode(text, countries=["am", "", "??"], near=[(float("nan"), 1.0), ("x", "y"), (40.0, 45.0)])
    assert result.status in ("found", "not_found")
    assert (result.place is None) == (result.status == "not_found") and result.reason
    for start, end, place in gaz.lookup_names(text):
        assert 0 <= start < end <= len(text) and place.name


def test_a_region_or_country_after_the_name_decides_between_namesakes(gaz: Gazetteer) -> None:
    syunik = gaz.geocode("Lichk, Syunik")  # ACLED's Lichk; the Gegharkunik one is larger
    assert syunik.place.admin1 == "Syunik" and "within Syunik" in syunik.reason
    assert gaz.geocode("Lichk (Gegharkunik)").place.admin1 == "Gegharkunik"
    assert gaz.geocode("Martuni (Azerbaijan)").place.country == "AZ"
    contradicted = gaz.geocode("Sotk, Georgia")
    assert contradicted.status == "not_found" and "not in Georgia" in contradicted.reason
    assert contradicted.candidates and contradicted.candidates[0].name == "Sotk"  # still shown to the user
