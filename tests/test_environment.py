"""Settings read from the environment: one clear message for a bad number, folders where XDG puts them."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapdata.environment import SettingError, number_setting, number_setting_or_default, path_setting, user_folder


@pytest.mark.parametrize(
    ("value", "expected"), [("", 30.0), (" ", 30.0), ("0", 0.0), ("12.5", 12.5), (" 3600 ", 3600.0)]
)
def test_a_number_setting_is_the_users_value_or_the_default(monkeypatch, value, expected):
    monkeypatch.setenv("MAPDATA_TEST_SECONDS", value)
    assert number_setting("MAPDATA_TEST_SECONDS", 30.0, highest=3600, unit="seconds") == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("soon", "MAPDATA_TEST_SECONDS must be a number of seconds, got 'soon'"),
        ("-1", "MAPDATA_TEST_SECONDS must be between 0 and 3600 seconds, got '-1'"),
        ("3601", "MAPDATA_TEST_SECONDS must be between 0 and 3600 seconds, got '3601'"),
        ("nan", "MAPDATA_TEST_SECONDS must be between 0 and 3600 seconds, got 'nan'"),
    ],
)
def test_a_bad_number_setting_says_what_it_must_be(monkeypatch, value, message):
    monkeypatch.setenv("MAPDATA_TEST_SECONDS", value)
    with pytest.raises(SettingError) as raised:
        number_setting("MAPDATA_TEST_SECONDS", 30.0, highest=3600, unit="seconds")
    assert str(raised.value) == message


def test_zero_can_be_refused_and_an_open_range_names_no_upper_bound(monkeypatch):
    monkeypatch.setenv("MAPDATA_TEST_SECONDS", "0")
    with pytest.raises(SettingError, match="must be above 0 and at most 10 seconds, got '0'"):
        number_setting("MAPDATA_TEST_SECONDS", 5.0, highest=10, unit="seconds", zero_allowed=False)
    monkeypatch.setenv("MAPDATA_TEST_SECONDS", "inf")
    with pytest.raises(SettingError, match="must be 0 MB or more, got 'inf'"):
        number_setting("MAPDATA_TEST_SECONDS", 5.0, highest=float("inf"), unit="MB")


@pytest.mark.parametrize("value", ["soon", "-2", "0"])
def test_a_lenient_setting_falls_back_to_its_default(monkeypatch, value):
    monkeypatch.setenv("MAPDATA_TEST_SECONDS", value)
    assert number_setting_or_default("MAPDATA_TEST_SECONDS", 20.0, highest=60, unit="seconds", zero_allowed=False) == 20


def test_user_folders_follow_xdg_and_the_home_folder(tmp_path):
    assert user_folder("data", "incidents.db", environ={"XDG_DATA_HOME": str(tmp_path)}) == (
        tmp_path / "ceasefire-map" / "incidents.db"
    )
    assert user_folder("cache", environ={"HOME": str(tmp_path)}) == tmp_path / ".cache" / "ceasefire-map"
    assert user_folder("data", environ={"HOME": str(tmp_path)}) == tmp_path / ".local" / "share" / "ceasefire-map"
    assert user_folder("config", environ={}) == Path.home() / ".config" / "ceasefire-map"


def test_a_path_setting_overrides_the_folder(tmp_path):
    fallback = tmp_path / "fallback"
    assert path_setting("MAPDATA_TEST_DIR", fallback, {"MAPDATA_TEST_DIR": " ~/mine "}) == Path.home() / "mine"
    assert path_setting("MAPDATA_TEST_DIR", fallback, {"MAPDATA_TEST_DIR": ""}) == fallback
