"""GeoNames country files added by a user: checked, kept compactly, and found by the gazetteer.

tests/fixtures/geonames/AZ_sample.txt is a file of our own in GeoNames' 19-column format
(invented villages, a height, a stream, one malformed row), so nothing here needs the network.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from mapdata.extract import extract
from mapdata.geo.dumps import DumpError, add_dump, read_dump, saved_dumps
from mapdata.geo.gazetteer import Gazetteer
from mapdata.geo.index import build_index

SAMPLE = Path(__file__).parents[1] / "fixtures" / "geonames" / "AZ_sample.txt"
REPO = Path(__file__).parents[2]


def test_a_country_file_keeps_places_heights_and_areas_and_counts_the_rest():
    places, skipped, other = read_dump(SAMPLE)
    assert [p.name for p in places] == ["Zzyxqorvan", "Qalaboyun Yuxari", "Dashtepe Height"]
    assert (skipped, other) == (1, 1)  # the malformed row; the stream
    village = places[0]
    assert (village.country, village.admin1, village.kind) == ("AZ", "58", "settlement")
    assert "Zzyxqorvan kendi" in village.alternates and all(a.isascii() for a in village.alternates)


def test_adding_saves_one_file_per_country_and_a_zip_is_read_like_the_txt(tmp_path):
    summary = add_dump(SAMPLE, tmp_path)
    assert (summary.country, summary.places, summary.skipped_rows) == ("AZ", 3, 1)
    archive = tmp_path / "AZ.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("readme.txt", "GeoNames readme")
        z.write(SAMPLE, "AZ.txt")
    again = add_dump(archive, tmp_path)
    assert again.places == 3 and saved_dumps(tmp_path) == [tmp_path / "AZ.tsv"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"name,latitude,longitude\nSotk,40.2,45.9\n", "columns where GeoNames files have 19"),
        (b"", "has no rows"),
        ("\t".join(["1", "Caf\xe9"] + ["x"] * 17).encode("latin-1") + b"\n", "not UTF-8"),
    ],
)
def test_a_file_that_is_not_a_geonames_country_file_is_refused_clearly(tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    with pytest.raises(DumpError, match=message):
        add_dump(bad, tmp_path / "saved")
    assert saved_dumps(tmp_path / "saved") == []


@pytest.fixture(scope="module")
def gazetteer_with_file(tmp_path_factory) -> Gazetteer:
    folder = tmp_path_factory.mktemp("geonames")
    add_dump(SAMPLE, folder)
    data = build_index(cities={}, profiles=(), dumps=saved_dumps(folder))
    return Gazetteer(data, focus=("AM", "AZ"), core=("AM", "AZ"))


def test_the_gazetteer_finds_a_village_only_the_country_file_has(gazetteer_with_file):
    result = gazetteer_with_file.geocode("Upper Qalaboyun")
    assert result.found and result.place.name == "Qalaboyun Yuxari"
    assert result.place.admin1 == "Nakhchivan" and "country file AZ" in result.place.coord_source
    assert not gazetteer_with_file.geocode("Kurchay").found  # a stream is not kept


def test_a_report_naming_the_village_resolves_it(gazetteer_with_file):
    result = extract(
        "Armenian units fired at Zzyxqorvan on 3 May, the Azerbaijani MoD said.",
        published="2023-05-04",
        gazetteer=gazetteer_with_file,
    )
    assert [(p.place, p.resolved, round(p.latitude, 3)) for p in result.proposals] == [("Zzyxqorvan", True, 40.612)]


def _cli(*args: str, env_dir: Path) -> subprocess.CompletedProcess:
    import os

    env = dict(os.environ, MAPDATA_GEONAMES=str(env_dir))
    return subprocess.run(
        [sys.executable, "-m", "mapdata", "gazetteer", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )


def test_command_line_adds_and_lists_files_and_refuses_bad_ones(tmp_path):
    done = _cli("add", str(SAMPLE), env_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert (record["added"], record["places"], record["skipped_rows"]) == ("AZ", 3, 1)
    listed = json.loads(_cli("files", env_dir=tmp_path).stdout)
    # the file by the name it was added under, and where its places are kept (walk40: only "KH.tsv")
    assert listed["files"] == [{"added_from": SAMPLE.name, "country": "AZ", "places": 3, "kept_as": "AZ.tsv"}]
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n")
    refused = _cli("add", str(bad), env_dir=tmp_path)
    assert refused.returncode == 1 and refused.stderr.startswith("error:") and "Traceback" not in refused.stderr


@pytest.mark.usefixtures("own_gazetteer_cache")
def test_a_file_added_by_another_process_is_seen_at_the_next_lookup(tmp_path, monkeypatch):
    """The server's extraction workers are other processes: they must not keep reading without it."""
    monkeypatch.setenv("MAPDATA_GEONAMES", str(tmp_path))
    assert not Gazetteer.default().geocode("Zzyxqorvan").found
    add_dump(SAMPLE)  # as `gazetteer add` in another process does: no reload() here
    assert Gazetteer.default().geocode("Zzyxqorvan").found


def test_the_list_of_files_names_each_by_the_file_it_was_added_from(tmp_path):
    """walk40 item 13: a file added as KH.txt was listed as KH.tsv; an upload (read from a file of our
    own naming) keeps the name the user gave it; adding the country again replaces both."""
    from mapdata.geo.dumps import saved_files

    summary = add_dump(SAMPLE, tmp_path, name="my AZ download.txt")
    assert summary.added_from == "my AZ download.txt"
    (saved,) = saved_files(tmp_path)
    assert (saved.country, saved.added_from, saved.places, saved.path.name) == ("AZ", "my AZ download.txt", 3, "AZ.tsv")
    assert saved.describe() == "my AZ download.txt (AZ: 3 places, kept as AZ.tsv)"
    add_dump(SAMPLE, tmp_path)
    (saved,) = saved_files(tmp_path)
    assert saved.added_from == SAMPLE.name
    assert sorted(p.name for p in tmp_path.iterdir()) == ["AZ.added.json", "AZ.tsv"]  # no temporary file left
    (tmp_path / "AZ.added.json").unlink()  # a file added before names were kept
    assert saved_files(tmp_path)[0].describe() == "AZ.tsv"
