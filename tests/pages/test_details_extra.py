"""The details panel's "Every field of this claim" shows ``extra`` (what a dataset row or a report carried beyond our
fields) as rows a person reads (AppTest): key: value, nested keys joined with "." as in the CSV
(``acled.actor1``), a list one line per item, every key and value escaped, a long value cut between
words with a note and the whole of it one click away. It was one line of raw JSON
(``{"acled": {"actor1": …}, "responses": [ … ]}``), a 1,900-character ACLED note in the middle."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
import streamlit_folium

from apptools import open_page_without_error
from mapdata.store import Store
from tests.factories import make_claim

NOTE = "Azerbaijani forces fired at Armenian positions near the village with small arms and mortars. " * 20
EXTRA = {
    "acled": {
        "actor1": "Military Forces of Azerbaijan (2003-)",
        "data_id": "7002534",
        "notes": NOTE,
        "<b>key</b>": "<img src=x onerror=alert(1)> **not bold**",
    },
    "responses": ["The ministry called the report false.", "A second denial."],
    "merged_sources": [{"source": "News.am", "source_url": "https://news.am/x"}],
    "flag": True,
}


@pytest.fixture(autouse=True)
def no_map_component(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(streamlit_folium, "st_folium", lambda *args, **kwargs: {})


def extra_cell(claim_id: str) -> str:
    """The HTML of the extra row of the claim's "every field" table, as the panel drew it."""
    at = open_page_without_error("app.py", {"claim": claim_id})
    bodies = [e.proto.body for e in at.get("html") if 'data-table="fields"' in e.proto.body]
    assert bodies, "the details panel did not show every field"
    cell = re.search(r"<tr><th>extra</th><td>(.*)</td></tr></table>", bodies[0], re.S)
    assert cell, bodies[0][-500:]
    return cell[1]


def rows_shown(cell: str) -> list[tuple[str, str]]:
    """The (key, value) rows as a reader sees them before "Show all" (folded parts left out)."""
    shown = re.sub(r"<details>.*?</details>", "", cell, flags=re.S)
    texts = [html.unescape(re.sub(r"<[^>]+>", "", part)) for part in re.findall(r"<div[^>]*>(.*?)</div>", shown, re.S)]
    return list(zip(texts[::2], texts[1::2], strict=True))


def test_extra_is_shown_as_readable_rows_each_escaped(db_path: Path) -> None:
    Store(db_path).save([make_claim(id="csv:extra-rows", extra=EXTRA)], origin="csv")
    cell = extra_cell("csv:extra-rows")
    assert '{"acled"' not in html.unescape(cell)  # no raw JSON
    rows = dict(rows_shown(cell))
    assert rows["acled.actor1"] == "Military Forces of Azerbaijan (2003-)"
    assert rows["acled.data_id"] == "7002534"
    assert rows["responses"] == "1. The ministry called the report false.\n2. A second denial."
    assert rows["merged_sources[1].source"] == "News.am"
    assert rows["merged_sources[1].source_url"] == "https://news.am/x"
    assert rows["flag"] == "true"
    # Keys and values are text, never markup.
    assert rows["acled.<b>key</b>"] == "<img src=x onerror=alert(1)> **not bold**"
    assert "<img" not in cell and "<b>key" not in cell
    # A long value: its start cut between words, a note, the whole of it one click away.
    notes = rows["acled.notes"]
    assert notes.startswith(NOTE[:200]) and len(notes) < 500
    assert re.search(r"\w… \(cut: 1,860 characters in all\)$", notes), notes[-80:]
    folded = re.search(r"<details><summary>Show all of it</summary>(.*?)</details>", cell, re.S)
    assert folded and html.unescape(folded[1]) == NOTE


def test_an_empty_extra_is_a_dash(db_path: Path) -> None:
    Store(db_path).save([make_claim(id="csv:no-extra")], origin="csv")
    assert extra_cell("csv:no-extra") == "—"


def nested_list(depth: int) -> list:
    value: list = [1]
    for _ in range(depth - 1):
        value = [value]
    return value


def test_a_list_nested_600_deep_is_shown_not_a_recursion_error(db_path: Path) -> None:
    # A GeoJSON import took it; the panel raised RecursionError (one call per level of the list).
    Store(db_path).save([make_claim(id="csv:deep", extra={"k": nested_list(600)})], origin="csv")
    rows = rows_shown(extra_cell("csv:deep"))
    assert len(rows) == 1
    key, value = rows[0]
    assert key == "k" and value.startswith("[[[[") and "(cut:" in value


def test_a_list_nested_10_deep_is_shown_as_json(db_path: Path) -> None:
    Store(db_path).save([make_claim(id="csv:ten", extra={"k": nested_list(10), "p": [[1, 2], [3, 4]]})], origin="csv")
    rows = dict(rows_shown(extra_cell("csv:ten")))
    assert rows == {"k": "[" * 10 + "1" + "]" * 10, "p": "[[1, 2], [3, 4]]"}  # not k[1][1]…


def test_more_than_300_keys_are_counted_not_listed(db_path: Path) -> None:
    extra = {f"key{n:03}": f"value {n}" for n in range(350)}
    Store(db_path).save([make_claim(id="csv:keys", extra=extra)], origin="csv")
    cell = extra_cell("csv:keys")
    assert len(rows_shown(cell.split('<div class="more cut">')[0])) == 300
    assert "key299" in cell and "key300" not in cell
    assert "50 more values not listed (the downloads hold them)" in cell


def test_a_30000_character_value_notes_what_is_left_out(db_path: Path) -> None:
    long = "word " * 6_000
    Store(db_path).save([make_claim(id="csv:long", extra={"notes": long})], origin="csv")
    cell = extra_cell("csv:long")
    assert "(cut: 30,000 characters in all)" in cell
    folded = re.search(r"<details><summary>Show all of it</summary>(.*?)</details>", cell, re.S)
    assert folded and folded[1].startswith(long[:20_000])
    assert "(10,000 more characters: the CSV or GeoJSON download holds them)" in folded[1]


def test_stored_text_that_is_not_json_is_shown_as_text(db_path: Path) -> None:
    store = Store(db_path)
    store.save([make_claim(id="csv:raw")], origin="csv")
    with store.connect() as con:
        con.execute("UPDATE incidents SET extra = ? WHERE id = ?", ("not json <b>{", "csv:raw"))
    assert extra_cell("csv:raw") == "not json &lt;b&gt;{"


def test_stored_json_too_deep_to_read_is_shown_as_cut_text(db_path: Path) -> None:
    # json.loads raises RecursionError (not ValueError) on it: the panel failed.
    store = Store(db_path)
    store.save([make_claim(id="csv:too-deep")], origin="csv")
    with store.connect() as con:
        con.execute("UPDATE incidents SET extra = ? WHERE id = ?", ('{"k": ' + "[" * 100_000, "csv:too-deep"))
    assert html.unescape(extra_cell("csv:too-deep")) == '{"k": ' + "[" * 19_994 + "…"
