"""The Import page in real Streamlit (AppTest uploads through the real st.file_uploader)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from apptools import open_page_without_error
from mapdata.formats.importer import preview_import
from mapdata.store import Store, shown_time
from mapdata.store.bundled import bundled_conflicts, bundled_incidents, seeded_conflicts
from tests.conftest import shared_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def page(db_path: Path) -> AppTest:
    Store(db_path)  # seeded database the page will open (MAPDATA_DB points at it)
    return open_page_without_error("app_pages/4_Import.py")


def upload(at: AppTest, name: str, data: bytes | None = None) -> AppTest:
    content = data if data is not None else (FIXTURES / name).read_bytes()
    at.file_uploader[0].set_value((name, content, "text/csv"))
    return at.run()


def show_past_imports(at: AppTest) -> AppTest:
    """The Past imports tab picked, as a click on it does (its content is drawn only while it is shown)."""
    at.session_state["import_tabs"] = "Past imports"
    return at.run()


def shown(element) -> str:
    """An alert's text as the reader sees it (the page escapes markdown)."""
    return element.value.replace("\\", "")


def rejection_lines(at: AppTest) -> list[str]:
    """The Rejected rows list, a line per reason, as read."""
    lines = (line.replace("\\", "") for m in at.markdown for line in m.value.split("\n"))
    return [line for line in lines if line.startswith("- **Row")]


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_upload_preview_then_import(page: AppTest, db_path: Path) -> None:
    before = Store(db_path).count()
    upload(page, "acled_current_synthetic.csv")
    assert "ACLED export" in page.info[0].value
    assert metrics(page) == {"Rows": "5", "New": "5", "Updated": "0", "Unchanged": "0", "Rejected": "0"}
    assert Store(db_path).count() == before  # the preview wrote nothing
    # (the column mapping's grid: the file's one row naming no actor of the other party is listed first, walk48)
    mapping = next(grid.value for grid in page.dataframe if "our field" in grid.value)
    assert dict(zip(mapping["our field"], mapping["from the file"]))["date"] == "event_date"
    page.button[0].click().run()
    assert not page.exception
    assert "5 new, 0 updated" in shown(page.success[0])
    assert Store(db_path).count() == before + 5
    assert page.file_uploader[0].value is None  # cleared for the next file
    # the same file again: nothing new, said so, and no empty import to press (it listed "0 claims")
    batches = len(Store(db_path).batches())
    upload(page, "acled_current_synthetic.csv")
    assert metrics(page)["Unchanged"] == "5" and metrics(page)["New"] == "0"
    assert any("stored already, unchanged: nothing to import" in shown(s) for s in page.success)
    button = page.button[0]
    assert button.label == "Nothing to import" and button.disabled
    assert len(Store(db_path).batches()) == batches


def test_rejected_rows_are_listed_and_valid_rows_import(page: AppTest, db_path: Path) -> None:
    upload(page, "acled_bad_rows.csv")
    assert metrics(page)["Rejected"] == "4"
    listed = rejection_lines(page)
    assert [line.split(":")[0] for line in listed] == [
        "- **Row 2** · event_date",
        "- **Row 3** · latitude",
        "- **Row 4** · latitude",
        "- **Row 6** · event_date",
    ]
    # The valid row also looks like the bundled Sotk claim: flagged, and skipped unless kept, so the
    # button offers no import that would save nothing (it said "Import 1 valid row", walk40).
    assert page.button[0].label == "Nothing to import" and page.button[0].disabled
    assert any("looks like a stored claim and is skipped" in shown(w) for w in page.warning)
    page.radio(key="import_duplicates_0").set_value("keep").run()
    assert page.button[0].label == "Import 1 row" and not page.button[0].disabled
    page.button[0].click().run()
    assert Store(db_path).get("acled:ARM91004") is not None


def test_all_or_nothing_blocks_a_file_with_bad_rows(page: AppTest, db_path: Path) -> None:
    upload(page, "acled_bad_rows.csv")
    page.checkbox(key="import_all_or_nothing_0").check().run()
    assert page.button[0].label == "Nothing to import (all or nothing)"
    assert page.button[0].disabled


def test_cancel_writes_nothing(page: AppTest, db_path: Path) -> None:
    version = Store(db_path).data_version()
    upload(page, "ucdp_download_synthetic.csv")
    assert metrics(page)["New"] == "3"
    next(b for b in page.button if b.label == "Cancel").click().run()
    assert Store(db_path).data_version() == version
    assert page.file_uploader[0].value is None and not page.metric


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("page.html", "HTML or XML page"),
        ("ourcsv_latin1.csv", "not UTF-8"),
        ("empty.csv", "empty"),
        ("binary.bin", "binary file"),
    ],
)
def test_unimportable_files_show_the_reason(page: AppTest, name: str, message: str) -> None:
    upload(page, name)
    assert not page.exception
    assert message in shown(page.error[0])
    assert not [b for b in page.button if b.label.startswith("Import")]


def test_format_override(page: AppTest) -> None:
    upload(page, "acled_current_synthetic.csv")
    page.selectbox[0].select("ucdp").run()
    assert "missing column(s) id, date_start" in shown(page.error[0])
    page.selectbox[0].select("acled").run()
    assert "(chosen)" in page.info[0].value and metrics(page)["New"] == "5"


@pytest.mark.shared
def test_real_acled_export_uploads_without_rejections(page: AppTest, acled_csv: Path) -> None:
    upload(page, acled_csv.name, acled_csv.read_bytes())
    assert metrics(page) == {"Rows": "3,994", "New": "3,994", "Updated": "0", "Unchanged": "0", "Rejected": "0"}
    assert any("no fatalities column" in shown(w) for w in page.warning)
    assert page.button[0].label == "Import 3,994 rows"
    # (3,896 before the notes' reporter was credited: walk49, ARM294)
    assert any(c.value.startswith("Reported by — Armenia: 3,906") for c in page.caption)


def test_rows_without_coordinates_can_be_placed_by_name(page: AppTest, db_path: Path) -> None:
    data = b"date,place,country,claimant,reporting_side\n2021-06-01,Sotk,AM,Armenian MoD,Armenia\n"
    upload(page, "own.csv", data)
    assert "no latitude/longitude columns" in shown(page.error[0])
    page.checkbox(key="import_place_by_name_0").check().run()
    assert metrics(page)["New"] == "1"
    page.button[0].click().run()
    placed = [i for i in Store(db_path).incidents() if i.origin == "csv"]
    assert len(placed) == 1 and placed[0].extra["geocoded"]["place"] == "Sotk"


def test_file_names_and_file_content_in_messages_stay_literal_text(page: AppTest) -> None:
    upload(page, "![x](http://evil.example/a.png).csv", b"<html><body>login</body></html>")
    assert page.error[0].value.startswith("\\!\\[x\\]\\(http\\://evil\\.example/a\\.png\\)\\.csv cannot be imported")
    upload(page, "odd.csv", b"name,**bold**,[link](http://x)\n1,2,3\n")
    assert "\\*\\*bold\\*\\*" in page.error[0].value and "**bold**" not in page.error[0].value


def test_import_whose_follow_up_write_failed_says_what_was_saved(
    page: AppTest, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mapdata.errors import StoreError
    from mapdata.geo.placebook import PlaceBook

    def disk_full(self, names):
        raise StoreError("database or disk is full")

    monkeypatch.setattr(PlaceBook, "note_unresolved", disk_full)
    before = Store(db_path).count()
    data = (
        b"date,place,country,claimant,reporting_side\n2023-05-12,Sotk,AM,Armenian MoD,Armenia\n"
        b"2023-05-12,Nowhereville Xyz,,Someone,media\n"
    )
    upload(page, "sheet.csv", data)
    page.checkbox(key="import_place_by_name_0").check().run()
    page.radio(key="import_duplicates_0").set_value("keep").run()  # the Sotk row duplicates the bundled claim
    page.button[0].click().run()
    assert not page.exception
    assert Store(db_path).count() == before + 1
    assert not any("Nothing was imported" in shown(e) for e in page.error)
    assert "1 new" in shown(page.success[0])
    assert "disk is full" in " ".join(shown(w) for w in page.warning)


DUPLICATE_ROWS = (
    b"date,place,latitude,longitude,claimant,reporting_side,source\n"
    b"2023-05-12,Sotk,40.2,45.87,Armenian MoD,Armenia,Another outlet\n"
    b"2021-06-01,Tegh,39.56,46.48,UNIFIL,third party,UN\n"
)


def test_rows_that_look_like_stored_claims_are_shown_side_by_side_and_skipped(page: AppTest, db_path: Path) -> None:
    upload(page, "dup.csv", DUPLICATE_ROWS)
    assert "1 row looks like a claim already stored" in page.subheader[-1].value
    table = page.dataframe[1].value
    assert (table["new: claimant"][0], table["stored id"][0]) == ("Armenian MoD", "bundled:2023-05-12-am-mod-sotk-uav")
    assert table["why"][0] == "same claimant, same date, same place"
    assert page.radio(key="import_duplicates_0").value == "skip"
    page.button[0].click().run()
    assert "1 new" in shown(page.success[0]) and "1 look-alike skipped" in shown(page.success[0])
    assert Store(db_path).count() == 19


def test_a_duplicate_can_be_merged_into_the_stored_claim(page: AppTest, db_path: Path) -> None:
    upload(page, "dup.csv", DUPLICATE_ROWS)
    page.radio(key="import_duplicates_0").set_value("merge").run()
    page.button[0].click().run()
    assert "1 merged into a stored claim" in shown(page.success[0])
    stored = Store(db_path).get("bundled:2023-05-12-am-mod-sotk-uav")
    assert stored.extra["merged_sources"][0]["source"] == "Another outlet"


def test_past_imports_can_be_retracted_and_restored_as_a_whole(page: AppTest, db_path: Path) -> None:
    upload(page, "acled_current_synthetic.csv")
    page.button[0].click().run()
    show_past_imports(page)
    store = Store(db_path)
    assert store.count() == 23
    batch = store.batches()["id"].iloc[0]
    newest = shown_time(store.batches()["created"].iloc[0])  # "2026-12-03 12:06:38", not ISO (walk26)
    assert page.selectbox(key="batch_pick").options[0].startswith(newest + " · ")  # newest first
    page.selectbox(key="batch_pick").set_value(batch).run()
    page.text_input(key="batch_reason").set_value("wrong country file").run()
    page.button(key="batch_retract").click().run()
    assert not page.exception
    assert "5 claims retracted" in shown(page.success[0])
    assert store.count() == 18
    assert store.batches().set_index("id").loc[batch, "retracted_reason"] == "wrong country file"
    page.button(key="batch_restore").click().run()
    assert "5 claims restored" in shown(page.success[0]) and store.count() == 23


def test_a_batch_retraction_needs_a_reason(page: AppTest, db_path: Path) -> None:
    show_past_imports(page)
    page.button(key="batch_retract").click().run()
    # A sentence for the person at the form, not the field's rule ("reason: is required: say why, ...").
    assert shown(page.error[0]) == "Give a reason: say why, for whoever reads the history later. Nothing was retracted."
    assert Store(db_path).count() == 18


def test_rows_go_to_their_conflict_or_to_the_one_chosen(page: AppTest, db_path: Path) -> None:
    """Each conflict named by its title, as the Conflict box names it (walk26 item 3: by its id)."""
    upload(page, "acled_other_conflicts_synthetic.csv")
    assert metrics(page)["Rejected"] == "2"  # France, and Syria with no party named
    assert any(
        c.value
        == "Conflicts — Russia–Ukraine: 3 · India–Pakistan: 2 · Israel–Lebanon: 2 · Thailand–Cambodia: 1 (of the 8 valid rows)"
        for c in page.caption
    ), [c.value for c in page.caption]
    page.selectbox(key="import_conflict_0").select("israel-lebanon").run()
    assert metrics(page)["Rejected"] == "0"
    assert any(c.value == "Conflicts — Israel–Lebanon: 10 (of the 10 valid rows)" for c in page.caption)


def test_the_upload_box_keeps_the_users_smaller_limit(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAPDATA_MAX_UPLOAD_MB", "25")
    at = open_page_without_error("app_pages/4_Import.py")
    assert at.file_uploader[0].proto.max_upload_size_mb == 25  # the browser refuses a bigger file at once


@pytest.mark.shared
def test_a_rejection_reason_is_shown_in_full_once_for_the_rows_it_rejects(page: AppTest) -> None:
    """walk5: the UCDP sample's reason (no Afghanistan conflict) was cut off at the grid column's width."""
    data = shared_file("data", "ucdp_ged_api_v24_1_sample_afghanistan.csv").read_bytes()
    upload(page, "ucdp_ged_api_v24_1_sample_afghanistan.csv", data)
    assert metrics(page)["Rejected"] == "5"
    reason = preview_import(data, None, filename="ucdp.csv").rejected[0].message
    listed = rejection_lines(page)
    assert listed == [f"- **Rows 2–6** · country: {reason}"]
    assert "only if its rows belong to it)" in reason  # the end of the reason, where the grid cut it


def examples_note(at: AppTest) -> list[str]:
    return [shown(c) for c in at.caption if "example claim" in c.value]


def test_the_page_says_once_that_the_map_shows_the_bundled_examples_and_how_to_hide_them(
    page: AppTest, db_path: Path
) -> None:
    """A new user's walk-through: importing their own file, nothing said the map also held the examples."""
    examples = len(bundled_incidents(seeded_conflicts()))
    assert examples > 0
    [note] = examples_note(page)
    assert note.startswith(f"This database also holds {examples:,} example claims bundled with the app")
    assert "*Past imports* → pick the batch “bundled incidents” → give a reason → *Retract this whole import*" in note
    upload(page, "acled_current_synthetic.csv")
    assert len(examples_note(page)) == 1  # said once, not again beside the preview
    # retracted as the note says: nothing left to say
    show_past_imports(page)
    page.selectbox(key="batch_pick").set_value(Store(db_path).batches().set_index("origin").loc["bundled", "id"]).run()
    page.text_input(key="batch_reason").set_value("only our own data").run()
    page.button(key="batch_retract").click().run()
    assert not page.exception
    assert f"{examples:,} claims retracted" in shown(page.success[0])
    assert examples_note(page) == []


def test_the_examples_note_counts_every_examples_batch_and_none_without_examples(db_path: Path) -> None:
    store = Store(db_path, seed=False)
    assert examples_note(open_page_without_error("app_pages/4_Import.py")) == []
    # examples added later, one conflict at a time (the sidebar's "Add this conflict's example claims")
    conflicts = bundled_conflicts()[:2]
    for conflict in conflicts:
        store.add_bundled([conflict])
    [note] = examples_note(open_page_without_error("app_pages/4_Import.py"))
    assert f"holds {len(bundled_incidents(conflicts)):,} example claims" in note
    assert "pick each batch “bundled incidents …” → give a reason" in note
