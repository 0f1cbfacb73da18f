"""Whom an ACLED row credits when its notes say who reported it (walk49: ARM294's source column is
"Trend News Agency; Azernews; Panarmenian; Armenpress", its notes "... as reported by Armenpress", and the
claim was Trend's). The rows are our own, in ACLED's layout; the last test reads the real export."""

from __future__ import annotations

import pytest

from mapdata.formats.acled import claimant_of, parse_row
from mapdata.profiles.catalog import default_catalog

AZ = "Military Forces of Azerbaijan (2003-)"
CIVILIANS = "Civilians (Armenia)"


def row(source: str, notes: str) -> dict[str, str]:
    return {
        "event_id_cnty": "ARM9301",
        "event_date": "2018-04-12",
        "time_precision": "1",
        "sub_event_type": "Attack",
        "actor1": AZ,
        "actor2": CIVILIANS,
        "iso": "51",
        "country": "Armenia",
        "admin1": "Tavush",
        "location": "Baghanis",
        "latitude": "41.11",
        "longitude": "45.06",
        "geo_precision": "1",
        "source": source,
        "notes": notes,
    }


def test_the_outlet_the_notes_say_reported_it_is_the_claimant():
    notes = "In Baghanis, soldiers fired at a lorry of a removals firm, as reported by Armenpress. Nobody was hurt."
    made = parse_row(row("Trend News Agency; Azernews; Armenpress", notes))
    assert (made.claimant, made.reporting_side, made.source) == (
        "Armenpress",
        "media",
        "Trend News Agency; Azernews; Armenpress",
    )  # was Trend News Agency: the first outlet of the column


def test_a_source_spelt_apart_in_the_notes_is_found():
    made = parse_row(row("Local Wire; Defacto", "On 2 September, according to De Facto, a clash near Baghanis."))
    assert made.claimant == "Defacto"


def test_a_partys_voice_the_notes_name_is_the_claimant_and_the_outlet_stays_the_source():
    notes = "A village was shelled, according to the spokeswoman of the ministry of defense of Armenia."
    made = parse_row(row("Tert", notes))
    assert (made.claimant, made.reporting_side, made.source) == ("Armenian MoD", "Armenia", "Tert")


def test_notes_naming_nobody_the_row_can_be_credited_to_change_nothing():
    profile = default_catalog().default
    for notes in (
        "A village was shelled, according to local residents.",
        "A village was shelled, as reported by several outlets.",
        "A village was shelled.",
    ):
        assert claimant_of("Trend News Agency; Armenpress", notes, profile) == ("Trend News Agency", "media")
    # an agency in the source column is not replaced by what the notes say
    notes = "Shelling, according to the Armenian Ministry of Defence."
    assert claimant_of("Ministry of Foreign Affairs of Armenia", notes, profile)[0] == (
        "Ministry of Foreign Affairs of Armenia"
    )


def test_the_fast_reader_credits_the_same(tmp_path):
    from mapdata.formats.acled import parse

    header = list(row("x", "y"))
    notes = "Soldiers fired at a lorry, as reported by Armenpress."
    lines = [",".join(header), ",".join(f'"{v}"' for v in row("Trend News Agency; Armenpress", notes).values())]
    parsed = parse("\n".join(lines) + "\n")
    assert [i.claimant for i in parsed.incidents] == ["Armenpress"]


@pytest.mark.shared
def test_the_real_export(acled_csv):
    import csv

    profile = default_catalog().default
    with acled_csv.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if not r["event_id_cnty"].startswith("#")]
    credited = {r["event_id_cnty"]: claimant_of(r["source"], r["notes"], profile) for r in rows}
    assert credited["ARM294"] == ("Armenpress", "media")  # was Trend News Agency
    assert credited["ARM293"] == ("Armenpress", "media")  # was BBC News
    assert credited["ARM4900"] == ("Armenian MoD", "Armenia")  # Tert's row: "according to the Ministry of Defence"
