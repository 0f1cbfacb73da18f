"""Add report's close-spelling suggestions, walk44 item 7: a name the reader found only by a close spelling is
offered the place the same report names in another row, spelt close to it, first ("Orikhov" was offered
"Orikhove" while the report's next claim was at Orikhiv)."""

from __future__ import annotations

from mapdata.extract.review import unplace_close_spellings
from tests.extract.reading_helpers import gazetteer_lookup, proposals

RU_UA = "russia-ukraine"
# Our own words (invented facts): the second claim names Orikhiv as the gazetteer spells it.
REPORT = (
    "Russian forces shelled the village of Orikhov on Monday, the Ukrainian General Staff said. "
    "Russian forces shelled Orikhiv on Tuesday, wounding two people, the Ukrainian General Staff said."
)


def _lookup():
    return gazetteer_lookup(RU_UA)


def test_the_place_the_report_names_in_another_row_is_suggested_first() -> None:
    read = proposals(REPORT, "2024-03-06", RU_UA)
    assert [p.place for p in read] == ["Orikhov", "Orikhiv"]
    kept, close = unplace_close_spellings(read, _lookup())
    assert list(close) == [0]  # (Orikhiv is found as written: placed as before)
    assert kept[1].resolved and kept[1].place == "Orikhiv"
    suggested = [c["name"] for c in kept[0].place_candidates]
    assert suggested[0] == "Orikhiv", suggested
    assert suggested.count("Orikhiv") == 1
    assert close[0].suggested().startswith("Orikhiv ("), close[0].suggested()
    assert close[0].candidates[0]["key"] == kept[1].place_key


def test_a_report_naming_no_close_place_keeps_the_gazetteers_order() -> None:
    # guard: the report's other place (Kherson) is spelt nothing like Orikhov
    text = (
        "Russian forces shelled the village of Orikhov on Monday, the Ukrainian General Staff said. "
        "Russian forces shelled Kherson on Tuesday, the Ukrainian General Staff said."
    )
    read = proposals(text, "2024-03-06", RU_UA)
    kept, close = unplace_close_spellings(read, _lookup())
    alone, _ = unplace_close_spellings([read[0]], _lookup())
    assert [c["name"] for c in kept[0].place_candidates] == [c["name"] for c in alone[0].place_candidates]
    assert "Kherson" not in close[0].suggested()
