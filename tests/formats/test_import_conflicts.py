"""Imports put each row in its conflict, from its country and actors; rows of no known conflict are
rejected with the reason, never guessed (fixtures of our own in ACLED's and UCDP's real layouts)."""

from __future__ import annotations

import collections
import json
from pathlib import Path

import pytest

from mapdata.cli import main
from mapdata.errors import ProfileError
from mapdata.formats.importer import preview_path
from mapdata.profiles import load_catalog, parse_profile
from tests.conftest import shared_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ACLED = FIXTURES / "acled_other_conflicts_synthetic.csv"
UCDP = FIXTURES / "ucdp_other_conflicts_synthetic.csv"


def sides(path: Path, **kw) -> dict[str, tuple[str, str, str, str]]:
    preview = preview_path(path, **kw)
    return {i.id: (i.conflict, i.claimant, i.reporting_side, i.accused_side) for i in preview.incidents}


def test_acled_rows_land_in_their_conflict_with_its_parties_as_sides():
    assert sides(ACLED) == {
        "acled:UKR90001": ("russia-ukraine", "Ministry of Defence of Ukraine", "Ukraine", "Russia"),
        "acled:RUS90001": ("russia-ukraine", "Ministry of Defence of Russia", "Russia", "Ukraine"),  # Kursk region
        "acled:UKR90002": ("russia-ukraine", "OSCE Special Monitoring Mission to Ukraine", "third party", "Russia"),
        "acled:IND90001": ("india-pakistan", "Hindustan Times", "media", "Pakistan"),
        "acled:PAK90001": ("india-pakistan", "Inter-Services Public Relations", "Pakistan", "India"),
        "acled:LBN90001": ("israel-lebanon", "Lebanese Armed Forces", "Lebanon", "Israel"),
        # a neighbour, parties named; the IDF telling of its own strike blames no one else (walk34)
        "acled:SYR90001": ("israel-lebanon", "Israel Defense Forces", "Israel", "Israel"),
        "acled:THA90001": ("thailand-cambodia", "Royal Thai Army", "Thailand", "Cambodia"),
    }


def test_acled_rows_of_no_known_conflict_are_rejected_with_the_reason():
    preview = preview_path(ACLED)
    by_row = {problem.row: problem for problem in preview.rejected}
    assert set(by_row) == {10, 11}
    france, syria = by_row[10], by_row[11]
    assert france.column == syria.column == "country"
    assert france.message.startswith("country '250 / France' matches no conflict profile (known: armenia-azerbaijan")
    assert "choose the conflict for the whole file" in france.message
    # walk51: by the conflict's title, not its id ("borders israel-lebanon")
    assert syria.message.startswith(
        "country '760 / Syria' is next to the Israel–Lebanon conflict's lands, but no actor"
    )
    assert "(Israel–Lebanon: Israel, Hezbollah, Lebanon)" in syria.message
    assert preview.summary()["conflicts"] == {
        "russia-ukraine": 3,
        "india-pakistan": 2,
        "israel-lebanon": 2,
        "thailand-cambodia": 1,
    }


def test_ucdp_rows_land_in_their_conflict_from_country_and_sides():
    assert {k: v[0] for k, v in sides(UCDP).items()} == {
        "ucdp:990101": "russia-ukraine",
        "ucdp:990102": "thailand-cambodia",  # "Cambodia (Kampuchea)", as UCDP writes it
        "ucdp:990103": "israel-lebanon",
        "ucdp:990104": "india-pakistan",
    }
    [afghanistan] = preview_path(UCDP).rejected
    assert afghanistan.message.startswith(
        "country 'Afghanistan' is next to the India–Pakistan conflict's lands, but no actor (Government of Afghanistan, "
        "Taleban)"
    )
    # (walk7: the reason did not say that no bundled conflict covers the country)
    assert "no conflict profile covers 'Afghanistan' (add one to import such rows" in afghanistan.message


def test_the_user_can_put_every_row_in_one_conflict():
    chosen = sides(UCDP, conflict="india-pakistan")
    assert len(chosen) == 5 and {v[0] for v in chosen.values()} == {"india-pakistan"}
    # (walk 6: the Afghan government vs Taleban row went into india-pakistan without a word)
    [warning] = [w for w in preview_path(UCDP, conflict="india-pakistan").warnings if "on their own" in w]
    assert warning.startswith("4 rows in countries that on their own would not be india-pakistan claims (")
    assert "Afghanistan: 1" in warning and "Ukraine: 1" in warning
    assert not [w for w in preview_path(UCDP).warnings if "on their own" in w]  # each row in its own conflict
    with pytest.raises(ProfileError, match="unknown conflict 'narnia'"):
        preview_path(UCDP, conflict="narnia")


def test_a_country_in_two_conflicts_is_decided_by_the_actors_or_rejected(tmp_path: Path):
    """A user's profile of a Russia–Georgia conflict shares Russia with russia-ukraine."""
    georgia = parse_profile(
        """
        id = "russia-georgia"
        title = "Russia–Georgia"
        countries = ["GE", "RU"]
        country_names = { GE = ["Georgia", "GEO", "268"], RU = ["Russia", "RUS", "643"] }
        extent = { south = 41, west = 40, north = 44, east = 47 }
        [[parties]]
        name = "Georgia"
        colour = "#aa3366"
        acled_actors = ["Military Forces of Georgia"]
        [[parties]]
        name = "Russian forces"
        colour = "#336699"
        acled_actors = ["Military Forces of Russia"]
        """,
        "russia-georgia.toml",
    )
    catalog = load_catalog()
    catalog = type(catalog)({**catalog.profiles, georgia.id: georgia})
    text = ACLED.read_text("utf-8").splitlines()
    header, sudzha = text[0], next(line for line in text if line.startswith("RUS90001"))
    rows = [
        sudzha,  # Ukrainian and Russian forces: russia-ukraine
        sudzha.replace("RUS90001", "RUS90002").replace(
            "Military Forces of Ukraine (2019-)", "Military Forces of Georgia"
        ),
        sudzha.replace("RUS90001", "RUS90003").replace(
            "Military Forces of Ukraine (2019-)", "Unidentified Armed Group"
        ),
    ]
    path = tmp_path / "russia.csv"
    path.write_text("\n".join([header, *rows]) + "\n", "utf-8")
    preview = preview_path(path, catalog=catalog)
    assert {i.id: i.conflict for i in preview.incidents} == {
        "acled:RUS90001": "russia-ukraine",
        "acled:RUS90002": "russia-georgia",
    }
    [ambiguous] = preview.rejected
    assert "is in several conflicts (russia-ukraine, russia-georgia)" in ambiguous.message
    assert "name as many parties of more than one of them" in ambiguous.message


@pytest.mark.shared
def test_the_real_acled_armenia_export_stays_armenia_azerbaijan_row_for_row():
    """Every row in armenia-azerbaijan, attributed as before profiles, except two rows walk34 found
    the other way round: ARM4920's claim is News Am's (the Azerbaijani MoD named beside it denied the
    attack) and ARM4908 is the Azerbaijani MoD's account of its own artillery fire, blaming no one else."""
    preview = preview_path(shared_file("data", "acled_hdx_armenia_conflict_2018-2020.csv"))
    assert preview.rejected == [] and preview.conflict_counts() == {"armenia-azerbaijan": 3994}
    # walk49 (ARM294): 10 outlets' rows whose notes say the Armenian MoD or prime minister told it are theirs
    assert preview.side_counts() == {"Armenia": 3906, "media": 84, "Azerbaijan": 4}  # was 3,896 / 94 / 4
    accused = collections.Counter(i.accused_side for i in preview.incidents)
    # walk51: ARM4900 (Artsakh coded as actor1, notes "Azerbaijani forces targeted ...") blames Azerbaijan, was Armenia
    assert accused == {"Azerbaijan": 3947, "Armenia": 19, "unknown": 22, "third party": 6}
    by_id = {i.id: (i.claimant, i.reporting_side, i.accused_side) for i in preview.incidents}
    assert by_id["acled:ARM4908"] == ("Ministry of Defence of Azerbaijan", "Azerbaijan", "Azerbaijan")
    assert by_id["acled:ARM4920"] == ("News Am", "media", "Azerbaijan")


def test_cli_import_reports_conflicts_and_takes_a_chosen_one(tmp_path: Path, capsys):
    db = str(tmp_path / "x.db")
    assert main(["import", str(ACLED), "--db", db]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["conflicts"]["russia-ukraine"] == 3 and report["rejected"] == 2
    assert main(["import", str(UCDP), "--db", db, "--conflict", "israel-lebanon", "--dry-run"]) == 0
    assert json.loads(capsys.readouterr().out)["conflicts"] == {"israel-lebanon": 5}
    assert main(["import", str(UCDP), "--db", db, "--conflict", "narnia"]) == 1
