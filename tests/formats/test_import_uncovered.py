"""Rows of a conflict no profile covers (walk48: the UCDP sample of Afghanistan's war, rejected row by row with "add
one"): the preview says which conflicts they are, as the rows name them, how many rows each, and how to cover them
(write a profile, where to put it); the rows stay rejected, since no generic profile takes any conflict's rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapdata.formats.importer import preview_import

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def note_of(name: str) -> str:
    preview = preview_import((FIXTURES / name).read_bytes(), None, filename=name)
    notes = [w for w in preview.warnings if "no conflict profile covers" in w]
    assert len(notes) == 1
    return notes[0]


@pytest.fixture(autouse=True)
def own_profiles_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("MAPDATA_PROFILES", str(tmp_path / "profiles"))
    return tmp_path / "profiles"


def test_a_ucdp_conflict_no_profile_covers_is_named_counted_and_how_to_cover_it_said(own_profiles_folder):
    note = note_of("ucdp_other_conflicts_synthetic.csv")  # 4 rows of bundled conflicts, 1 Afghan
    assert note.startswith(
        "1 row of a conflict no conflict profile covers is rejected: “SYNTHETIC: Afghanistan: Government” in "
        "Afghanistan (Government of Afghanistan, Taleban): 1 row."
    )
    assert "no generic profile takes any conflict's rows. To import it, write a profile for that conflict" in note
    assert "`ucdp_sides` (UCDP's side_a / side_b names)" in note
    assert f"put it in your profiles folder ({own_profiles_folder})" in note
    assert "“Conflict profiles: any ceasefire, as data”" in note


def test_acled_rows_of_two_uncovered_conflicts_are_each_counted_by_country_and_actors():
    note = note_of("acled_other_conflicts_synthetic.csv")
    assert note.startswith("2 rows of 2 conflicts no conflict profile covers are rejected: France (")
    assert "; Syria (Military Forces of Syria (2000-2024), Islamic State (Syria)): 1 row." in note
    assert "`acled_actors` (ACLED's actor names)" in note and "write a profile for each conflict" in note


def test_rows_of_known_conflicts_or_a_chosen_conflict_get_no_such_note():
    preview = preview_import((FIXTURES / "acled_current_synthetic.csv").read_bytes(), None, filename="a.csv")
    assert not [w for w in preview.warnings if "no conflict profile covers" in w]
    chosen = preview_import(
        (FIXTURES / "ucdp_other_conflicts_synthetic.csv").read_bytes(),
        None,
        filename="u.csv",
        conflict="india-pakistan",
    )
    assert not [w for w in chosen.warnings if "no conflict profile covers" in w]


@pytest.mark.shared
def test_the_real_ucdp_sample_of_afghanistan(ucdp_csv):
    preview = preview_import(ucdp_csv.read_bytes(), None, filename=ucdp_csv.name)
    assert len(preview.rejected) == 5 and not preview.incidents  # still rejected: no profile covers them
    notes = [w for w in preview.warnings if "no conflict profile covers" in w]
    assert notes and notes[0].startswith(
        "5 rows of a conflict no conflict profile covers are rejected: “Afghanistan: Government” in Afghanistan "
        "(Government of Afghanistan, Taleban): 5 rows."
    )
