"""walk49 (Import, CLI import): our own CSV and GeoJSON rows naming no conflict all went to the default conflict
(Armenia–Azerbaijan), so India–Pakistan and Israel–Hezbollah rows were every one rejected ("unknown side 'India' for
conflict armenia-azerbaijan"). A row's conflict now comes from its sides (and country), as a dataset row's does."""

from __future__ import annotations

import json

import pytest

from mapdata.formats.common import RowError
from mapdata.formats.conflicts import ConflictRules
from mapdata.formats.importer import preview_import
from mapdata.profiles import Catalog

CSV = (
    "date,place,latitude,longitude,country,claimant,reporting_side,accused_side,event_type,summary,source\n"
    "2021-02-10,Krishna Ghati,33.70,74.08,IN,Indian Army,India,Pakistan,shelling,row one,Wire\n"
    "2025-02-06,Bint Jbeil,33.12,35.43,LB,IDF,Israel,Hezbollah,drone strike,row two,Wire\n"
    "2024-05-02,Sotk,40.21,45.98,,Armenian MoD,Armenia,Azerbaijan,shelling,row three,Wire\n"
    "2021-02-11,Somewhere at sea,10.0,-30.0,,A monitor,Narnia,unknown,shelling,row four,Wire\n"
    "2021-02-12,Krishna Ghati,33.70,74.08,IN,A monitor,third party,unknown,shelling,row five,Wire\n"
)


def feature(lon: float, lat: float, **properties: object) -> dict[str, object]:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": properties}


GEOJSON = json.dumps(
    {
        "type": "FeatureCollection",
        "features": [
            feature(74.08, 33.70, date="2021-02-10", place="Krishna Ghati", claimant="Indian Army",
                    reporting_side="India", accused_side="Pakistan", event_type="shelling", source="Wire"),
            feature(35.43, 33.12, date="2025-02-06", place="Bint Jbeil", claimant="IDF", reporting_side="Israel",
                    accused_side="Hezbollah", event_type="drone strike", source="Wire", country="LB"),
        ],
    }
)  # fmt: skip


@pytest.mark.parametrize(("data", "name"), [(CSV, "own.csv"), (GEOJSON, "own.geojson")], ids=["csv", "geojson"])
def test_each_row_without_a_conflict_goes_to_the_conflict_its_sides_name(data: str, name: str) -> None:
    preview = preview_import(data.encode(), filename=name)
    conflicts = [incident.conflict for incident in preview.incidents]
    assert conflicts[:2] == ["india-pakistan", "israel-lebanon"]
    if name.endswith(".csv"):
        # row 3 by its sides; row 5 names no party, its country IN tells; row 4 (at sea) neither: asked to choose
        assert conflicts[2:] == ["armenia-azerbaijan", "india-pakistan"]
        assert [(p.row, p.column) for p in preview.rejected] == [(5, "conflict")]  # file lines: the header is line 1
        message = preview.rejected[0].message
        assert "no 'conflict' given" in message and "choose the conflict for the whole file" in message
        assert "'Narnia', 'unknown'" in message and "india-pakistan: India, Pakistan" in message
    else:
        assert preview.rejected == []


def test_a_conflict_the_row_names_or_the_user_chose_still_wins() -> None:
    forced = preview_import(CSV.encode(), filename="own.csv", conflict="india-pakistan")
    assert {incident.conflict for incident in forced.incidents} == {"india-pakistan"}
    lines = CSV.splitlines()
    with_column = f"{lines[0]},conflict\n{lines[3]},india-pakistan\n"  # the Armenian row, said to be India's
    named = preview_import(with_column.encode(), filename="own.csv")
    assert "unknown side 'Armenia' for conflict india-pakistan" in named.rejected[0].message


def test_sides_of_no_profile_are_told_to_choose_and_one_profile_takes_every_row() -> None:
    rules = ConflictRules()
    with pytest.raises(RowError, match=r"'Narnia', 'Gondor'.*are no conflict profile's parties"):
        rules.fill({"reporting_side": "Narnia", "accused_side": "Gondor"})
    india = rules.catalog["india-pakistan"]
    only = ConflictRules(catalog=Catalog({india.id: india}, default_id=india.id))
    assert only.fill({"reporting_side": "Narnia"})["conflict"] == "india-pakistan"
