"""The details panel shows the report's sentences a claim was read from in full (AppTest).

A claim saved from a pasted report keeps its first sentence cut at 300 characters as its summary;
the panel showed only that, ending mid-word. Now it says the summary goes on and lists each
sentence whole; only a hostile size is cut, with a visible "…" and the whole one click away.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
import streamlit_folium

from apptools import open_page_without_error
from mapdata.store import Store
from tests.factories import make_claim
from ui.details import EVIDENCE_SHOWN_CHARS

# Our own sentence, longer than the 300 characters a summary keeps.
LONG = (
    "The ministry said that on the night of 11 to 12 May units of the other side fired small arms, "
    "large-calibre machine guns and mortars at positions near the eastern edge of the village for "
    "more than three hours, that one serviceman was wounded in the leg and taken to hospital, and "
    "that the fire stopped only after the local commanders spoke by telephone shortly before dawn."
)
OTHER = "Residents said the shelling damaged two houses and a school."
HOSTILE = "word " * 4_000 + "END-OF-IT"


@pytest.fixture(autouse=True)
def no_map_component(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(streamlit_folium, "st_folium", lambda *args, **kwargs: {})


def panel(claim_id: str) -> str:
    """The claim as the details panel draws it (opened by a link naming it), as text."""
    at = open_page_without_error("app.py", {"claim": claim_id})
    bodies = [e.proto.body for e in at.get("html") if f'data-claim-id="{claim_id}"' in e.proto.body]
    assert bodies, "the details panel did not open the claim"
    return bodies[0]


def visible_text(body: str) -> str:
    """What a reader sees before clicking anything: the HTML without its folded <details>."""
    shown = re.sub(r"<details>.*?</details>|<style>.*?</style>", "", body, flags=re.S)  # styles are not read
    return html.unescape(re.sub(r"<[^>]+>", "", shown))


def test_a_claim_from_a_report_shows_its_sentences_whole(db_path: Path) -> None:
    assert len(LONG) > 300
    claim = make_claim(
        id="article:long-sentence",
        summary=LONG[:300],
        origin="article",
        extra={"evidence": {"claim": [LONG, OTHER], "date": [LONG]}},
    )
    Store(db_path).save([claim])
    text = visible_text(panel(claim.id))
    assert LONG in text  # the whole sentence, not the summary's 300 characters
    assert text.count(LONG) == 1  # told once, though it gave two values
    assert OTHER in text
    assert LONG[:300] + "…" in text  # the summary says it goes on


def test_a_summary_that_is_a_whole_sentence_is_not_listed_again(db_path: Path) -> None:
    # walk7: a saved report's claim showed its one sentence twice, as summary and under "From the report:"
    claim = make_claim(
        id="article:short-sentence", summary=OTHER, origin="article", extra={"evidence": {"claim": [OTHER]}}
    )
    Store(db_path).save([claim])
    text = visible_text(panel(claim.id))
    assert text.count(OTHER) == 1 and "From the report:" not in text


def test_a_hostile_sentence_is_cut_visibly_and_whole_one_click_away(db_path: Path) -> None:
    claim = make_claim(id="article:hostile-sentence", summary=HOSTILE[:300], extra={"evidence": {"claim": [HOSTILE]}})
    Store(db_path).save([claim])
    body = panel(claim.id)
    text = visible_text(body)
    assert HOSTILE[:EVIDENCE_SHOWN_CHARS] + "…" in text
    assert "END-OF-IT" not in text and len(text) < EVIDENCE_SHOWN_CHARS + 2_000
    folded = re.search(r"<details><summary>(.*?)</summary>(.*?)</details>", body, re.S)
    assert folded and "Show the whole sentence (20,009 characters)" in folded[1]
    assert html.unescape(folded[2]) == HOSTILE


def test_evidence_is_text_not_markup(db_path: Path) -> None:
    sentence = "<img src=x onerror=alert(1)> fired at <b>Sotk</b>, the ministry said."
    claim = make_claim(id="article:markup", extra={"evidence": {"claim": [sentence]}})
    Store(db_path).save([claim])
    body = panel(claim.id)
    assert "<img" not in body and "&lt;img src=x onerror=alert(1)&gt;" in body


def test_the_side_of_a_claimant_whose_name_ends_in_parentheses_is_told_once_clearly():
    import pandas as pd

    from ui.details import claim_html

    row = pd.Series(
        {
            "place": "Sudzha",
            "date": "2025-03-27",
            "claimant": "Ukrainian official (Andriy Kovalenko)",
            "reporting_side": "Ukraine",
            "accused_side": "Russia",
        }
    )
    shown = claim_html(row, None)
    assert "(Andriy Kovalenko)</b> [Ukraine]" in shown and ") (Ukraine)" not in shown


def test_a_claim_with_no_number_whose_summary_tells_of_a_death_does_not_read_as_none():
    # walk34: ACLED's HDX layout has no fatalities column; the card said "killed not stated" above
    # "a soldier of the Armenian Army was killed by a deadly gunshot wound"
    import pandas as pd

    from ui.details import claim_html

    told = {"place": "Chinari", "date": "2018-03-01", "killed": None, "wounded": None}
    row = pd.Series(told | {"summary": "A soldier of the Armenian Army was killed by a deadly gunshot wound."})
    shown = claim_html(row, None)
    assert "killed no number given (the summary tells of it)" in shown
    assert "wounded no number given" not in shown  # the summary tells of no wounded
    quiet = claim_html(pd.Series(told | {"summary": "Azerbaijani forces fired at Chinari."}), None)
    assert "no number given" not in quiet
    counted = claim_html(pd.Series(told | {"killed": 1, "summary": "A soldier was killed."}), None)
    assert "killed 1" in counted


def test_the_spot_list_names_each_claims_weapons_and_the_start_of_its_summary():
    import pandas as pd

    from ui.details import CLAIM_LINE_CHARS, LIST_COLUMNS, LIST_SHOWN, _list_rows

    claims = pd.DataFrame(
        {
            "id": ["article:1", "csv:2"],
            "reporting_side": ["Armenia", "media"],
            "accused_side": ["Azerbaijan", None],
            "killed": [None, 2],
            "wounded": [1, None],
            "weapons": [["mortars", "drones"], []],
            "summary": ["Fire near\nChinari.", "x" * 500],
        },
        index=[10, 11],
    )
    rows = _list_rows(claims, pd.Series(["contested"], index=[10]))
    assert {"weapons_named", "claim_line"} <= set(LIST_COLUMNS) and set(LIST_SHOWN) == {"date", "claim_line"}
    assert list(rows["weapons_named"]) == ["mortars, drones", ""]
    # one line a narrow list shows whole (walk38): sides · status · what tells it apart — the summary's start · its id
    assert (
        rows["claim_line"].iloc[0]
        == "Armenia → Azerbaijan · contested · 1 wounded · mortars, drones — Fire near Chinari. · 1"
    )
    long = rows["claim_line"].iloc[1]
    assert long.startswith("media → ? · retracted · 2 killed — xxx") and long.endswith("… · 2")
    assert len(long) == CLAIM_LINE_CHARS
    assert list(rows["clash_status"]) == ["contested", "retracted"]


def test_a_busy_spots_rows_of_one_source_read_apart():
    """walk47 item 16: 159 claims of one ministry at Berdavan (ACLED) each read "Armenia → Azerbaijan · single
    source — On 9 August 2020, military forces of Azerbaijan fired…": the same line but for the date. A row now
    says the casualties, an unusual event type or claimant, the weapons, and the claim's id; the
    summary's date (the Date column's) is not said again."""
    import pandas as pd

    from ui.details import CLAIM_LINE_CHARS, _list_rows

    ministry = "Ministry of Foreign Affairs of Armenia"
    weapons = [["small arms", "sniper rifles"], ["small arms", "sniper rifles", "heavy machine guns"]] * 3
    claims = pd.DataFrame(
        {
            "id": [f"acled:ARM47{n:02d}" for n in range(6)],
            "date": pd.to_datetime([f"2020-07-{20 - n:02d}" for n in range(6)]),
            "reporting_side": "Armenia",
            "accused_side": "Azerbaijan",
            "claimant": [ministry] * 5 + ["BBC News"],
            "event_type": ["armed clash", "armed clash", "shelling", "armed clash", "armed clash", "armed clash"],
            "killed": [None, None, None, 1, None, None],
            "wounded": [None] * 6,
            "weapons": weapons,
            "summary": [
                f"On {20 - n} July 2020, military forces of Azerbaijan fired on the positions of the military forces "
                "of Armenia located near Berdavan, Tavush."
                for n in range(6)
            ],
        }
    )
    lines = list(_list_rows(claims, pd.Series("single source", index=claims.index))["claim_line"])
    assert len(set(lines)) == 6, lines
    assert all(len(line) <= CLAIM_LINE_CHARS for line in lines)
    assert lines[0] == "Armenia → Azerbaijan · single source · small arms, sniper rifles · ARM4700"
    assert lines[2].startswith("Armenia → Azerbaijan · single source · shelling · small arms, sniper rifles")
    assert lines[3].startswith("Armenia → Azerbaijan · single source · 1 killed · small arms, sniper rifles, heavy")
    assert "armed clash" not in "".join(lines)  # the usual event type is not said on each row either
    assert "BBC News" in lines[5] and ministry not in "".join(lines)  # the usual claimant is not said on each row
    assert all(line.endswith(f" · ARM47{n:02d}") for n, line in enumerate(lines))
    assert not any("July 2020" in line for line in lines)  # (the Date column says it)


def test_the_other_sides_denial_read_with_a_claim_is_shown_in_its_details(db_path: Path) -> None:
    # walk37: the denial was on record (the status said "denied") but shown only among the raw fields
    denial = "The other ministry denied the claim, saying its units did not open fire in that direction."
    claim = make_claim(
        id="article:denied",
        summary=OTHER,
        origin="article",
        extra={"evidence": {"claim": [OTHER]}, "responses": [denial, denial]},
    )
    Store(db_path).save([claim])
    text = visible_text(panel("article:denied"))
    assert "The other side's response, from the same report:" in text
    assert text.count(denial) == 1
