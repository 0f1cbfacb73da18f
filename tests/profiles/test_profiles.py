"""Conflict profiles: the bundled five, the user's own, and clear errors for bad files."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from mapdata.cli import main
from mapdata.errors import ProfileError
from mapdata.profiles import (
    BUNDLED_IDS,
    DEFAULT_PROFILE_ID,
    PROFILES_ENV,
    default_catalog,
    fold,
    load_catalog,
    load_profile,
    parse_profile,
    reload_catalog,
    user_profiles_dir,
)
from tests.conftest import REPO, shared_file

INVENTED = REPO / "tests" / "fixtures" / "profiles" / "northland-southland.toml"

MINIMAL = """
id = "a-b"
title = "A–B"
countries = ["XA", "XB"]
extent = { south = 1, west = 2, north = 3, east = 4 }
[[parties]]
name = "A"
colour = "#112233"
[[parties]]
name = "B"
colour = "#445566"
"""


def test_the_five_bundled_profiles_load_and_armenia_azerbaijan_is_the_default():
    catalog = load_catalog()
    assert catalog.ids == BUNDLED_IDS
    assert catalog.default.id == DEFAULT_PROFILE_ID == "armenia-azerbaijan"
    # Today's behaviour: the sides every existing claim was validated against.
    assert catalog.default.reporting_sides == ("Armenia", "Azerbaijan", "third party", "media")
    assert catalog.default.accused_sides == ("Armenia", "Azerbaijan", "third party", "unknown")
    assert catalog.default.colours == {"Armenia": "#0072b2", "Azerbaijan": "#d55e00"}


@pytest.mark.parametrize(
    ("profile_id", "parties"),
    [
        ("india-pakistan", ("India", "Pakistan")),
        ("israel-lebanon", ("Israel", "Hezbollah", "Lebanon")),
        ("thailand-cambodia", ("Thailand", "Cambodia")),
        ("russia-ukraine", ("Ukraine", "Russia")),
    ],
)
def test_each_new_conflict_names_its_parties_as_users_filter_by_them(profile_id, parties):
    profile = load_catalog().require(profile_id)
    assert profile.party_names == parties
    assert profile.reporting_sides == (*parties, "third party", "media")
    assert profile.accused_sides == (*parties, "third party", "unknown")
    for party in profile.parties:
        assert party.opponent in parties and party.opponent != party.name


@pytest.mark.parametrize(
    ("profile_id", "text", "side"),
    [
        ("india-pakistan", "Pakistani", "Pakistan"),
        ("india-pakistan", "New Delhi", "India"),
        ("india-pakistan", "pak", "Pakistan"),
        ("israel-lebanon", "Lebanese", "Lebanon"),
        ("israel-lebanon", "Hizbullah", "Hezbollah"),
        ("thailand-cambodia", "Khmer", "Cambodia"),
        ("russia-ukraine", "Kiev", "Ukraine"),
        ("russia-ukraine", "Russian Federation", "Russia"),
        ("armenia-azerbaijan", "Azeri", "Azerbaijan"),
        ("armenia-azerbaijan", "YEREVAN", "Armenia"),
        ("armenia-azerbaijan", "third-party", "third party"),
        ("armenia-azerbaijan", "unattributed", "media"),
    ],
)
def test_demonyms_capitals_and_codes_name_a_side(profile_id, text, side):
    assert load_catalog().require(profile_id).side_for(text) == side


def test_a_spelling_of_another_conflict_is_no_side_here():
    assert load_catalog().require("india-pakistan").side_for("Armenian") is None


@pytest.mark.parametrize(
    ("profile_id", "name", "claimant", "side"),
    [
        ("india-pakistan", "ISPR", "ISPR (Pakistan army)", "Pakistan"),
        ("india-pakistan", "Inter-Services Public Relations", "ISPR (Pakistan army)", "Pakistan"),
        ("india-pakistan", "J&K Police", "Jammu and Kashmir police", "India"),
        ("israel-lebanon", "the IDF", None, None),  # names are exact phrases: articles are the extractor's job
        ("israel-lebanon", "Israel Defense Forces", "IDF", "Israel"),
        ("israel-lebanon", "UN peacekeepers", "UNIFIL", "third party"),
        ("russia-ukraine", "press center of the JFO headquarters", "Ukrainian military (JFO)", "Ukraine"),
        ("russia-ukraine", "Eduard Basurin", "DPR militia", "Russia"),
        ("russia-ukraine", "OSCE Special Monitoring Mission", "OSCE SMM", "third party"),
        ("armenia-azerbaijan", "Russian Defence Ministry", "Russian MoD", "third party"),
        ("russia-ukraine", "Russian Defence Ministry", "Russian MoD", "Russia"),
    ],
)
def test_official_voices_give_the_canonical_claimant_and_side(profile_id, name, claimant, side):
    found = load_catalog().require(profile_id).voice(name)
    assert found == (None if claimant is None else (claimant, side))


@pytest.mark.parametrize(
    ("profile_id", "actor", "side"),
    [
        ("armenia-azerbaijan", "Military Forces of Azerbaijan (2003-)", "Azerbaijan"),
        ("armenia-azerbaijan", "Military Forces of Armenia (2018-) Border Guard", "Armenia"),
        ("armenia-azerbaijan", "Military Forces of Artsakh (2007-)", "Armenia"),
        ("armenia-azerbaijan", "Military Forces of Russia (2000-) Military Police", "third party"),
        ("armenia-azerbaijan", "Civilians (Armenia)", None),
        ("armenia-azerbaijan", "Unidentified Armed Group (Armenia)", None),
        ("russia-ukraine", "Military Forces of Russia (2000-)", "Russia"),
        ("russia-ukraine", "NAF: Novorossiya Armed Forces", "Russia"),
        ("russia-ukraine", "Military Forces of Ukraine (2019-)", "Ukraine"),
        ("israel-lebanon", "Hezbollah", "Hezbollah"),
        ("israel-lebanon", "Military Forces of Israel (2022-)", "Israel"),
        ("india-pakistan", "Police Forces of India (2014-) Central Reserve Police Force", "India"),
        ("india-pakistan", "Military Forces of Indiana", None),
        ("india-pakistan", "", None),
    ],
)
def test_acled_actor_names_map_to_parties(profile_id, actor, side):
    assert load_catalog().require(profile_id).side_of_acled_actor(actor) == side


@pytest.mark.parametrize(
    ("profile_id", "name", "side"),
    [
        ("russia-ukraine", "Government of Russia (Soviet Union)", "Russia"),
        ("russia-ukraine", "Government of Russia", "Russia"),
        ("russia-ukraine", "DPR", "Russia"),
        ("thailand-cambodia", "Government of Cambodia (Kampuchea)", "Cambodia"),
        ("israel-lebanon", "Hezbollah", "Hezbollah"),
        ("india-pakistan", "Government of Afghanistan", None),
    ],
)
def test_ucdp_side_names_map_to_parties(profile_id, name, side):
    assert load_catalog().require(profile_id).side_of_ucdp(name) == side


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("Armenia", "AM"),
        ("ARM", "AM"),
        ("51", "AM"),
        ("51.0", "AM"),
        ("am", "AM"),
        ("Azerbaijan", "AZ"),
        ("Georgia", "GE"),  # a neighbour
        ("France", None),
    ],
)
def test_dataset_country_values_map_to_the_profile_country(value, code):
    assert load_catalog().default.country_code(value) == code


def test_catalog_finds_profiles_by_country():
    catalog = load_catalog()
    assert [p.id for p in catalog.for_country("ua")] == ["russia-ukraine"]
    assert catalog.for_country("FR") == ()


def test_the_profiles_package_imports_nothing_of_mapdata_but_errors():
    """It sits at the bottom of the library so the model, geo, formats and extract can use it."""
    package = REPO / "mapdata" / "profiles"
    for path in package.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("mapdata"):
                assert node.module == "mapdata.errors" or node.module.startswith("mapdata.profiles"), (
                    path,
                    node.module,
                )
            if isinstance(node, ast.Import):
                assert not any(a.name.startswith("mapdata") for a in node.names), path


# -- the naming of ../shared/articles (16–39) ------------------------------------------------------


@pytest.mark.shared
def test_every_labelled_claimant_and_accused_side_of_reports_16_to_39_is_in_its_profile():
    """The labels name claimants ("ISPR (Pakistan army)") and accused sides ("Hezbollah") the way
    the profiles do, so the extractor's output can be compared with them through the profile."""
    articles = shared_file("articles")
    catalog = load_catalog()
    checked = 0
    for path in sorted(articles.glob("*.labels.json")):
        if int(path.name[:2]) < 16:
            continue
        for label in json.loads(path.read_text("utf-8")):
            profile = catalog.require(label["conflict"])
            claimant = label["reported_by"]
            if not claimant.startswith("unattributed"):
                assert profile.voice(claimant) is not None, (path.name, claimant)
            if label["accused"] is not None:
                assert label["accused"] in profile.party_names, (path.name, label["accused"])
            checked += 1
    assert checked >= 60


# -- the user's own profiles -----------------------------------------------------------------------


def test_an_invented_conflict_loads_from_a_file():
    profile = load_profile(INVENTED)
    assert profile.id == "northland-southland"
    assert profile.party_names == ("Northland", "Southland")
    assert profile.voice("SAPO") == ("Southland Army Press Office", "Southland")
    assert profile.side_of_acled_actor("Military Forces of Northland (2020-)") == "Northland"
    assert profile.side_of_ucdp("Government of Southland") == "Southland"
    assert profile.country_code("902") == "XS"
    assert [p.name for p in profile.places] == ["Frostford", "Saltmarsh"]
    assert profile.places[0].source == "invented for tests"
    assert profile.extent.contains(*profile.extent.center)


def test_user_folder_comes_from_the_environment(tmp_path: Path):
    assert user_profiles_dir({PROFILES_ENV: str(tmp_path)}) == tmp_path
    assert user_profiles_dir({"XDG_CONFIG_HOME": str(tmp_path)}) == tmp_path / "ceasefire-map" / "profiles"
    assert user_profiles_dir({}) == Path.home() / ".config" / "ceasefire-map" / "profiles"
    assert user_profiles_dir({"HOME": str(tmp_path)}) == tmp_path / ".config" / "ceasefire-map" / "profiles"


def test_default_catalog_is_read_once_and_follows_a_changed_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """It is looked up for every claim validated, so it is cached, but keyed on the variables naming the folder."""
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "n.toml").write_text(INVENTED.read_text("utf-8"), "utf-8")
    monkeypatch.setenv(PROFILES_ENV, str(tmp_path / "mine"))
    assert default_catalog() is default_catalog()
    assert "northland-southland" in default_catalog()
    monkeypatch.delenv(PROFILES_ENV)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "empty"))
    assert "northland-southland" not in default_catalog()


@pytest.mark.parametrize("length", [1, 79, 80, 81, 5_000])
def test_fold_is_the_same_for_short_cached_and_long_uncached_text(length: int):
    text = ("Ármenian–Army_ " * length)[:length]
    expected = " ".join(text.replace("–", " ").replace("_", " ").split()).casefold().replace("á", "a")
    assert fold(text) == expected


def test_profiles_in_the_user_folder_join_the_catalog_and_a_broken_one_is_listed_not_fatal(tmp_path: Path):
    (tmp_path / "northland.toml").write_text(INVENTED.read_text("utf-8"), "utf-8")
    (tmp_path / "broken.toml").write_text(MINIMAL.replace('colour = "#445566"', 'colour = "blue"'), "utf-8")
    (tmp_path / "notes.txt").write_text("not a profile", "utf-8")
    catalog = load_catalog(tmp_path)
    assert catalog.ids == (*BUNDLED_IDS, "northland-southland")
    assert len(catalog.problems) == 1
    assert "broken.toml: parties[1].colour: 'blue' is not a colour" in str(catalog.problems[0])


def test_a_user_profile_with_a_bundled_id_replaces_it(tmp_path: Path):
    text = MINIMAL.replace('id = "a-b"', 'id = "india-pakistan"')
    (tmp_path / "mine.toml").write_text(text, "utf-8")
    catalog = load_catalog(tmp_path)
    assert catalog.require("india-pakistan").party_names == ("A", "B")
    assert catalog.replaced == ("india-pakistan",)


def test_default_catalog_reads_the_folder_named_by_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(PROFILES_ENV, str(tmp_path))
    assert "northland-southland" not in default_catalog()
    (tmp_path / "n.toml").write_text(INVENTED.read_text("utf-8"), "utf-8")
    assert "northland-southland" in reload_catalog()


def test_profile_files_named_on_the_command_line_must_be_valid(tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text("id = ", "utf-8")
    with pytest.raises(ProfileError, match=r"bad\.toml: is not valid TOML"):
        load_catalog().with_files([bad])
    assert "northland-southland" in load_catalog().with_files([INVENTED])


def test_cli_lists_profiles_and_checks_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys):
    monkeypatch.setenv(PROFILES_ENV, str(tmp_path / "none"))
    assert main(["profiles", "--profile", str(INVENTED)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["id"] for line in lines] == [*BUNDLED_IDS, "northland-southland"]
    assert lines[0]["default"] is True
    bad = tmp_path / "bad.toml"
    bad.write_text(MINIMAL.replace("colour", "color", 1), "utf-8")
    assert main(["profiles", "--profile", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.toml: parties[0].color: unknown key (did you mean 'colour'?)" in err


# -- validation: every mistake names the file, the key and what is wrong ---------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('id = "a-b"', 'id = "A B"'), "id: 'A B' must be lower-case letters"),
        (('title = "A–B"', ""), "title: is required"),
        (('colour = "#112233"', 'colour = "#12"'), "parties[0].colour: '#12' is not a colour like '#1f77b4'"),
        (
            ('colour = "#112233"', 'colour = "#112233"\ncolor = "red"'),
            "parties[0].color: unknown key (did you mean 'colour'?)",
        ),
        (('name = "B"', 'name = "a"'), "parties[1].name: 'a' names two parties"),
        (('name = "B"', 'name = "media"'), "parties[1].name: 'media' is reserved"),
        (
            ('countries = ["XA", "XB"]', 'countries = ["Armenia"]'),
            "countries[0]: 'Armenia' is not an ISO 3166-1 alpha-2",
        ),
        (('countries = ["XA", "XB"]', "countries = []"), "countries: must list at least one entry"),
        (("south = 1", "south = 5"), "extent.north: must be north of south"),
        (("south = 1", 'south = "1"'), "extent.south: must be a number, got text"),
        (("extent = { south = 1, west = 2, north = 3, east = 4 }", ""), "extent: is required"),
        (
            ('name = "B"\ncolour = "#445566"', 'name = "B"\ncolour = "#445566"\nopponent = "C"'),
            "parties[1].opponent: 'C' is not another party",
        ),
        (
            ('name = "B"\ncolour = "#445566"', 'name = "B"\ncolour = "#445566"\nwords = ["A"]'),
            "'a' names both 'A' and 'B'",
        ),
        (
            ('name = "B"\ncolour = "#445566"', 'name = "B"\ncolour = "#445566"\nwords = "Bish"'),
            "parties[1].words: must be a list of text, got text",
        ),
        (('title = "A–B"', 'title = "A–B"\nsurprise = 1'), "surprise: unknown key; allowed: id, title"),
    ],
)
def test_profile_errors_name_the_file_the_key_and_the_problem(change, message):
    old, new = change
    assert old in MINIMAL
    with pytest.raises(ProfileError) as caught:
        parse_profile(MINIMAL.replace(old, new, 1), "mine.toml")
    assert str(caught.value).startswith("mine.toml: ")
    assert message in str(caught.value)


def test_a_conflict_of_three_parties_must_say_whom_each_blames():
    text = MINIMAL + '[[parties]]\nname = "C"\ncolour = "#778899"\n'
    with pytest.raises(
        ProfileError, match=r"parties\[0\]\.opponent: is required when a profile has more than two parties"
    ):
        parse_profile(text, "three.toml")


def test_one_party_is_not_a_conflict():
    text = MINIMAL[: MINIMAL.index('[[parties]]\nname = "B"')]
    with pytest.raises(ProfileError, match="parties: a conflict needs at least two parties"):
        parse_profile(text, "one.toml")


def test_a_voice_name_belongs_to_one_claimant():
    text = MINIMAL + (
        '[[third_parties]]\nclaimant = "Monitors"\nnames = ["the mission"]\n'
        '[[third_parties]]\nclaimant = "Observers"\nnames = ["The Mission"]\n'
    )
    with pytest.raises(ProfileError, match=r"third_parties\[1\]: 'The Mission' already names 'Monitors'"):
        parse_profile(text, "voices.toml")


def test_unreadable_files_are_clear_errors(tmp_path: Path):
    with pytest.raises(ProfileError, match=r"missing\.toml: cannot be read"):
        load_profile(tmp_path / "missing.toml")
    latin = tmp_path / "latin.toml"
    latin.write_bytes(MINIMAL.replace("A–B", "Ä").encode("latin-1"))
    with pytest.raises(ProfileError, match=r"latin\.toml: is not UTF-8 text"):
        load_profile(latin)
    huge = tmp_path / "huge.toml"
    huge.write_text(MINIMAL + "#" * 1_000_001, "utf-8")
    with pytest.raises(ProfileError, match=r"huge\.toml: is larger than 1,000,000 bytes"):
        load_profile(huge)
