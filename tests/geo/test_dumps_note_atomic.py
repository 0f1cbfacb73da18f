"""Adding a GeoNames file again never leaves the earlier file's note beside the new places
(review40 finding 4: the places were replaced first and the note written after, so a stop between
the two listed the new places under the earlier file's name)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mapdata.geo.dumps import DumpError, add_dump, saved_files

SAMPLE = Path(__file__).parents[1] / "fixtures" / "geonames" / "AZ_sample.txt"


def _replace_then(monkeypatch: pytest.MonkeyPatch, name: str, error: BaseException) -> None:
    """``os.replace`` as usual, but ``error`` raised once the file ``name`` has been put in place."""
    real = os.replace

    def replace(src, dst, *args, **kwargs):
        real(src, dst, *args, **kwargs)
        if Path(dst).name == name:
            raise error

    monkeypatch.setattr(os, "replace", replace)


def _replace_fails(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    real = os.replace

    def replace(src, dst, *args, **kwargs):
        if Path(dst).name == name:
            raise OSError(28, "No space left on device")
        real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)


def test_a_stop_right_after_the_places_are_replaced_leaves_no_earlier_note(tmp_path, monkeypatch) -> None:
    add_dump(SAMPLE, tmp_path, name="first.txt")
    _replace_then(monkeypatch, "AZ.tsv", KeyboardInterrupt())  # the server stopped between the steps
    with pytest.raises(KeyboardInterrupt):
        add_dump(SAMPLE, tmp_path, name="second.txt")
    monkeypatch.undo()
    (saved,) = saved_files(tmp_path)
    assert saved.added_from != "first.txt", saved.describe()
    assert saved.describe() in ("AZ.tsv", "second.txt (AZ: 3 places, kept as AZ.tsv)")


def test_a_failed_replace_of_the_places_keeps_the_earlier_places_and_their_note(tmp_path, monkeypatch) -> None:
    add_dump(SAMPLE, tmp_path, name="first.txt")
    places = (tmp_path / "AZ.tsv").read_bytes()
    _replace_fails(monkeypatch, "AZ.tsv")
    with pytest.raises(DumpError, match="cannot save the places"):
        add_dump(SAMPLE, tmp_path, name="second.txt")
    monkeypatch.undo()
    (saved,) = saved_files(tmp_path)
    assert saved.describe() == "first.txt (AZ: 3 places, kept as AZ.tsv)"
    assert (tmp_path / "AZ.tsv").read_bytes() == places
    assert sorted(p.name for p in tmp_path.iterdir()) == ["AZ.added.json", "AZ.tsv"]  # no temporary file left


def test_a_note_that_cannot_be_put_in_place_leaves_the_kept_name_not_the_earlier_one(tmp_path, monkeypatch) -> None:
    add_dump(SAMPLE, tmp_path, name="first.txt")
    _replace_fails(monkeypatch, "AZ.added.json")
    summary = add_dump(SAMPLE, tmp_path, name="second.txt")
    monkeypatch.undo()
    assert summary.places == 3
    assert saved_files(tmp_path)[0].describe() == "AZ.tsv"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["AZ.tsv"]
