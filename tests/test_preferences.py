"""The user's settings file: the name in the history kept across sessions, a change that keeps the
rest of the file as the user wrote it, and a file that cannot be changed safely left as it was."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mapdata.geo.settings import settings_for
from mapdata.preferences import PreferencesError, read_table, save_name, save_values, saved_name, settings_path
from mapdata.store import Store, current_user

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own settings file (in a config folder of its own), and no name from the environment."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("MAPDATA_USER", raising=False)
    return settings_path()


def test_a_saved_name_is_the_name_the_history_records(config: Path, store: Store) -> None:
    save_name("  Monitor   Ana ")
    assert saved_name() == "Monitor Ana" and current_user() == "Monitor Ana"
    claim = store.frame()["id"].iloc[0]
    store.review([claim], "disputed")  # no name given: the saved one
    assert store.history(claim)[-1].who == "Monitor Ana"
    assert tomllib.loads(config.read_text("utf-8")) == {"history": {"name": "Monitor Ana"}}


def test_the_environment_name_is_used_over_the_saved_one(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    save_name("Monitor Ana")
    monkeypatch.setenv("MAPDATA_USER", "nightly import")
    assert current_user() == "nightly import"


def test_an_empty_name_removes_it(config: Path) -> None:
    save_name("Monitor Ana")
    save_name("   ")
    assert saved_name() == "" and read_table("history") == ({}, [])
    assert current_user() != "Monitor Ana"


@pytest.mark.parametrize(
    "name", ['Ана "Q" \\ Мониторинг', "tab\there", "del\x7fhere", "# not a comment", "[geocoder]", "x = 1"]
)
def test_any_name_reads_back_as_written(config: Path, name: str) -> None:
    save_name(name)
    assert saved_name() == " ".join(name.split())
    assert settings_for().enabled is False  # a name cannot switch anything else on


def test_a_change_keeps_the_users_comments_and_other_settings(config: Path) -> None:
    config.parent.mkdir(parents=True)
    written = (
        '# my settings\n[geocoder]\nenabled = false  # not yet\ndomain = "nominatim.example.org"\n\n'
        '[history]\n# who I am\nname = "old"\n'
    )
    config.write_text(written, encoding="utf-8")
    save_name("Monitor Ana")
    save_values("geocoder", {"enabled": True, "user_agent": "me (me@example.org)"})
    text = config.read_text("utf-8")
    assert "# my settings" in text and "# who I am" in text
    assert tomllib.loads(text) == {
        "geocoder": {"enabled": True, "domain": "nominatim.example.org", "user_agent": "me (me@example.org)"},
        "history": {"name": "Monitor Ana"},
    }
    assert settings_for().enabled is True and settings_for().user_agent == "me (me@example.org)"


@pytest.mark.parametrize(
    "written",
    [
        "[history\nname = 'broken'\n",  # not TOML
        'history.name = "dotted"\n[geocoder]\nenabled = false\n',  # the key set where no line edit reaches it
        '[history]\nname = """two\nlines"""\n',  # a value across lines
        "history = 3\n",  # not a table
    ],
)
def test_a_file_that_cannot_be_changed_safely_is_left_as_it_was(config: Path, written: str) -> None:
    config.parent.mkdir(parents=True)
    config.write_text(written, encoding="utf-8")
    with pytest.raises(PreferencesError):
        save_name("Monitor Ana")
    assert config.read_text("utf-8") == written
    assert [p.name for p in config.parent.iterdir()] == ["settings.toml"]  # no temporary file left behind
