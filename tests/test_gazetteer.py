"""The offline gazetteer resolves the names real reports use, and says why."""

from __future__ import annotations

import pytest

from mapdata.gazetteer import Gazetteer, GeocodeResult, geocode


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _where(result: GeocodeResult) -> tuple[str, str | None]:
    assert result.found, result.reason
    return result.place.country, result.place.admin1


@pytest.mark.parametrize("spelling, expected", [
    ("Laçın", "Lachin"), ("Lachin", "Lachin"),
    ("Idjevan", "Ijevan"), ("Jermuka", "Jermuk"), ("Gorus", "Goris"), ("Digh", "Tegh"),
    ("Zod", "Sotk"), ("village of Sotk", "Sotk"), ("the Sotk settlement", "Sotk"),
    ("in the direction of Yeraskh", "Yeraskh"), ("Stepanakert", "Khankendi"),
])
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


@pytest.mark.parametrize("name, precision, country", [
    ("Karabakh", "region", "AZ"), ("Nagorno-Karabakh", "region", "AZ"), ("Artsakh", "region", "AZ"),
    ("Lachin corridor", "region", "AZ"), ("Syunik", "region", "AM"), ("Tavush", "region", "AM"),
    ("Gegharkunik", "region", "AM"), ("Vayots Dzor", "region", "AM"), ("Ararat region", "region", "AM"),
    ("Kalbajar district", "region", "AZ"), ("Gazakh district", "region", "AZ"),
    ("eastern part of the state border", "region", "AM"),
    ("Armenia", "country", "AM"), ("Azerbaijan", "country", "AZ"),
])
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
    text = ("Police said that Along the border near the village of Sotk, Azerbaijani forces fired at "
            "Armenian positions. The Defense Ministry in Yerevan reported that May was calm in Tavush.")
    found = {text[a:b]: place for a, b, place in gaz.lookup_names(text)}
    assert set(found) == {"Sotk", "Yerevan", "Tavush"}
    assert found["Sotk"].admin1 == "Gegharkunik"


def test_lookup_names_spans_point_at_the_name(gaz: Gazetteer) -> None:
    text = "Shelling hit Nerkin Karmiraghbyur and Nagorno-Karabakh."
    spans = [(text[a:b], p.kind) for a, b, p in gaz.lookup_names(text)]
    assert ("Nagorno-Karabakh", "region") in spans
