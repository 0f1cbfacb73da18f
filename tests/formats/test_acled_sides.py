"""Who claims and whom the claim blames, read from ACLED's coding (walk34: two rows of the real
Armenia export were stored the other way round). The rows are our own, in ACLED's layout."""

from __future__ import annotations

from mapdata.formats.acled import parse_row

AZ = "Military Forces of Azerbaijan (2003-)"
AM = "Military Forces of Armenia (2018-)"


def row(sub_event_type: str, actor1: str, actor2: str, source: str, notes: str) -> dict[str, str]:
    return {
        "event_id_cnty": "ARM9001",
        "event_date": "2020-10-14",
        "time_precision": "1",
        "sub_event_type": sub_event_type,
        "actor1": actor1,
        "actor2": actor2,
        "iso": "51",
        "country": "Armenia",
        "admin1": "Gegharkunik",
        "location": "Vardenis",
        "latitude": "40.18",
        "longitude": "45.73",
        "geo_precision": "2",
        "source": source,
        "notes": notes,
    }


def test_a_partys_report_of_its_own_shelling_is_its_own_fire():
    notes = "Launchers of Armenian forces were destroyed by Azerbaijani artillery, according to the Azerbaijani MoD."
    made = parse_row(row("Shelling/artillery/missile attack", AZ, AM, "Ministry of Defence of Azerbaijan", notes))
    assert (made.reporting_side, made.accused_side) == ("Azerbaijan", "Azerbaijan")


def test_a_partys_report_of_a_clash_with_its_forces_first_blames_the_other_side():
    notes = "An armed clash between Armenian forces and Azerbaijani forces as the latter tried to advance."
    made = parse_row(row("Armed clash", AM, AZ, "Ministry of Defence of Armenia", notes))
    assert (made.reporting_side, made.accused_side) == ("Armenia", "Azerbaijan")


def test_an_agency_the_notes_say_denied_it_is_not_the_claimant():
    notes = "Armenian servicemen were wounded in drone attacks of Azerbaijan. Azerbaijani side denied that such attack took place."
    made = parse_row(row("Armed clash", AZ, AM, "News Am; Ministry of Defence of Azerbaijan", notes))
    assert (made.claimant, made.reporting_side, made.accused_side) == ("News Am", "media", "Azerbaijan")
    # without the denial the ministry is the claimant, as before
    made = parse_row(row("Armed clash", AZ, AM, "News Am; Ministry of Defence of Azerbaijan", "Drone attacks."))
    assert made.claimant == "Ministry of Defence of Azerbaijan"


def test_rows_with_no_actor_of_the_other_party_are_named_in_a_warning(tmp_path):
    from mapdata.formats.importer import preview_path

    columns = list(row("Attack", AZ, AM, "x", "y"))
    lines = [",".join(columns)]
    rows = [
        ("ARM9101", "Attack", "Police Forces of Armenia (2018-)", "Civilians (Armenia)", "A raid in Yerevan."),
        ("ARM9102", "Shelling/artillery/missile attack", AZ, "", "Azerbaijani forces shelled a village."),
        ("ARM9103", "Armed clash", "Military Forces of Turkey (2016-)", AM, "A Turkish jet downed an Armenian jet."),
    ]
    for event_id, sub, actor1, actor2, notes in rows:
        values = row(sub, actor1, actor2, "Ministry of Defence of Armenia", notes) | {"event_id_cnty": event_id}
        lines.append(",".join(f'"{values[c]}"' for c in columns))
    path = tmp_path / "acled.csv"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    preview = preview_path(path)
    assert len(preview.incidents) == 3
    [warning] = [w for w in preview.warnings if "no actor of the other party" in w]
    assert warning.startswith("1 row names no actor of the other party (ARM9101)")


ARTSAKH = "Military Forces of Artsakh (2007-)"


def test_a_party_coded_as_firing_on_its_own_people_blames_whom_the_notes_name(tmp_path):
    # walk51: ARM4900's actor1 is Artsakh's forces, its notes say Azerbaijani forces fired, the Armenian MoD told it;
    # it read "says its own side (Armenia) fired"
    notes = "Azerbaijani forces targeted a village of Gegharkunik, killing 2 civilians, according to the Armenian MoD."
    values = row("Shelling/artillery/missile attack", ARTSAKH, "Civilians (Armenia)", "Tert", notes)
    made = parse_row(values)
    assert (made.reporting_side, made.accused_side) == ("Armenia", "Azerbaijan")
    # the importer's column-wise reader says the same
    from mapdata.formats.importer import preview_path

    columns = list(values)
    path = tmp_path / "acled.csv"
    path.write_text(",".join(columns) + "\n" + ",".join(f'"{values[c]}"' for c in columns) + "\n", "utf-8")
    [incident] = preview_path(path).incidents
    assert (incident.reporting_side, incident.accused_side) == ("Armenia", "Azerbaijan")
    # (a party's report of its own fire names no other attacker and stays its own)
    own = "Launchers of Armenian forces were destroyed by Azerbaijani artillery, according to the Azerbaijani MoD."
    made = parse_row(row("Shelling/artillery/missile attack", AZ, AM, "Ministry of Defence of Azerbaijan", own))
    assert made.accused_side == "Azerbaijan"
