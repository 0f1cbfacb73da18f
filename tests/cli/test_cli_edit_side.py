"""``python -m mapdata edit``: a claimant the conflict's profile gives another side is not saved under
that side without ``--side-ok`` (walk40 item 3, as Add report and the map's "Correct this claim" ask)."""

from __future__ import annotations

import pytest

from mapdata.cli import main
from mapdata.store import Store

MEDIA_CLAIM = "bundled:2023-05-11-media-border-clash"  # Daily Sabah, side "media"
AZ_CLAIM = "bundled:2020-07-12-az-mod-tovuz-artillery"  # Azerbaijani MoD, side Azerbaijan


def test_a_claimant_of_another_side_is_refused_with_a_warning_and_saved_with_side_ok(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["edit", MEDIA_CLAIM, "claimant=Azerbaijani MoD", "--by", "ana"])
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and "Traceback" not in err, err
    [line] = err.strip().splitlines()
    assert line.startswith("warning: the Armenia–Azerbaijan profile names “Azerbaijani MoD” a voice of Azerbaijan")
    assert "reporting side is “media”" in line
    assert "nothing was saved: give reporting_side=Azerbaijan too, or --side-ok" in line
    assert store.get(MEDIA_CLAIM).claimant == "Daily Sabah" and len(store.history(MEDIA_CLAIM)) == 1

    assert main(["edit", MEDIA_CLAIM, "claimant=Azerbaijani MoD", "--side-ok", "--by", "ana"]) == 0
    out, err = capsys.readouterr()
    assert '"changed": true' in out and err == ""
    saved = store.get(MEDIA_CLAIM)
    assert (saved.claimant, saved.reporting_side) == ("Azerbaijani MoD", "media")


def test_a_side_set_against_the_profile_is_warned_of_and_the_profiles_side_saves(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    """walk40's other case ("Cambodian MoD" set to "third party"): a ministry's claim set to "third party";
    the profile's side saves at once."""
    assert main(["edit", AZ_CLAIM, "reporting_side=third party"]) == 1
    err = capsys.readouterr().err
    assert "“Azerbaijani MoD” a voice of Azerbaijan" in err and "reporting side is “third party”" in err
    assert store.get(AZ_CLAIM).reporting_side == "Azerbaijan"
    assert main(["edit", MEDIA_CLAIM, "claimant=Azerbaijani MoD", "reporting_side=Azerbaijan"]) == 0
    assert capsys.readouterr().err == ""
    assert store.get(MEDIA_CLAIM).reporting_side == "Azerbaijan"


def test_the_warning_comes_after_the_errors_of_the_same_edit(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["edit", MEDIA_CLAIM, "killed=-1", "claimant=Azerbaijani MoD"]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert [line.split(":")[0] for line in lines] == ["error", "warning"], lines
    assert store.get(MEDIA_CLAIM).claimant == "Daily Sabah"


def test_side_ok_is_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["edit", "--help"])
    assert "--side-ok" in capsys.readouterr().out


def test_a_party_accusing_itself_is_refused_with_the_accused_side_to_give(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    """walk41: "Cambodian MoD [Cambodia], accuses Cambodia" was saved without a word."""
    assert main(["edit", AZ_CLAIM, "accused_side=Azerbaijan"]) == 1
    [line] = capsys.readouterr().err.strip().splitlines()
    assert "is also the accused side" in line and "give accused_side=Armenia" in line
    assert store.get(AZ_CLAIM).accused_side == "Armenia"
    assert main(["edit", AZ_CLAIM, "accused_side=Azerbaijan", "--side-ok"]) == 0
    assert store.get(AZ_CLAIM).accused_side == "Azerbaijan"
