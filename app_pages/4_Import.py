"""Import: upload an ACLED, UCDP GED, CSV or GeoJSON file, check what it will do, then confirm."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import streamlit as st

from mapdata.curation.duplicates import Decision
from mapdata.errors import MapdataError
from mapdata.formats import FORMATS
from mapdata.formats.common import RowProblem
from mapdata.formats.importer import CHECK_COLUMNS, BoxKey, ImportPreview, max_upload_bytes, preview_import
from mapdata.formats.placing import PLACE_BY_NAME_LABEL, briefly, unplaced, unplaced_message
from mapdata.profiles import default_catalog
from mapdata.safety import counted, escape_markdown
from ui.common import data_changed, filter_query, get_store, live_examples
from ui.curation import batch_list, decision_choice, editor, editor_line, show_flash
from ui.navigation import page, page_header

AUTO = "auto"
DETECT = ""  # each row's conflict from its country and actors
FORMAT_CHOICES = [AUTO, *FORMATS]
UPLOADER_GENERATION = "import_uploader_generation"  # bumped to clear the uploader after import/cancel
PREVIEW = "import_preview"  # (cache key, ImportPreview): parse a file once, not on every rerun
DONE = "import_done_message"
DONE_WARNING = "import_done_warning"  # what failed after the incidents were committed
DONE_PLACES = "import_done_places"  # (message, link label): names an import could not place, how to bring their rows in
NEWEST_BATCH = "import_newest_batch"  # the newest batch when Past imports was last drawn
BATCH_PICK = "batch_pick"  # the Past imports picker's key (ui.curation.batch_list)
IMPORT_TABS = "import_tabs"  # the page's tabs: which one is shown ("Import a file", "Past imports")
# Set by the Gazetteer page's "Go to Import" after a name is placed (its message says to import "with the box
# ticked"): the next file's "place by name" box comes ticked (walk42: it came unticked).
PLACE_BY_NAME_NEXT = "import_place_by_name_next"
# Read by the Gazetteer page: the name the link "Place it on the Gazetteer page" is for, opened on its
# Unresolved places tab (walk42: the link opened "Look up a name", and Resolve preselected another name).
GAZETTEER_OPEN = "gazetteer_open_unresolved"


def _plain(text: object) -> str:
    """File names and messages quoting the file's content are shown as literal text, never markdown."""
    return escape_markdown(" ".join(str(text).split()))


MAX_REASONS = 50
MAX_ROWS_NAMED = 20
CHECK_LISTED = 1_000  # rows a warning asks to check, listed under it (a huge file's: its download holds them all)
CHECK_HEADINGS = {
    "line": "Line",
    "id": "ACLED id",
    "date": "Date",
    "place": "Place",
    "actors": "Actors named",
    "notes": "Notes",
}


def rows_to_check(preview: ImportPreview, filename: str) -> None:
    """Under the warning "N rows name no actor of the other party (five ids, …)": every such row, in an
    expander (the first :data:`CHECK_LISTED`) and in a file to download (walk48: 38 rows, five named, and no
    way to see the other 33)."""
    count = len(preview.one_country)
    if not count:
        return
    with st.expander(f"The {counted(count, 'row')} that name no actor of the other party", key="import_check_rows"):
        listed = preview.rows_to_check()[:CHECK_LISTED]
        st.dataframe(
            pd.DataFrame(listed, columns=list(CHECK_COLUMNS)).rename(columns=CHECK_HEADINGS),
            hide_index=True,
            width="stretch",
            height=min(len(listed) + 1, 11) * 35 + 3,
            column_config={"Notes": st.column_config.TextColumn(width="large")},
        )
        if count > len(listed):
            st.caption(f"The first {len(listed):,} are listed here; the file below holds all {count:,}.")
        stem = re.sub(r"[^\w.-]+", "-", Path(filename).stem).strip("-.")[:80] or "import"
        st.download_button(
            f"Download the {counted(count, 'row')} to check (CSV)",
            data=preview.rows_to_check_csv,  # made when pressed: a huge file's list is not built on every run
            file_name=f"{stem}_rows-to-check.csv",
            mime="text/csv",
            on_click="ignore",
            icon=":material/download:",
        )


def _units(format_name: str) -> tuple[str, str]:
    """What a rejection's number counts: a CSV's lines ("Row 3"), a GeoJSON's features ("Feature 3")."""
    return ("Feature", "Features") if format_name == "geojson" else ("Row", "Rows")


def _row_numbers(rows: list[int]) -> str:
    """ "2–6, 9" for rows 2, 3, 4, 5, 6 and 9; the first :data:`MAX_ROWS_NAMED` runs, then how many more rows."""
    runs: list[list[int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1][1] = row
        else:
            runs.append([row, row])
    named = [f"{a}" if a == b else f"{a}–{b}" for a, b in runs[:MAX_ROWS_NAMED]]
    rest = sum(b - a + 1 for a, b in runs[MAX_ROWS_NAMED:])
    return ", ".join(named) + (f" and {rest:,} more" if rest else "")


def rejection_lines(problems: list[RowProblem], format_name: str = "csv") -> list[str]:
    """One markdown line per reason (column and message), with the rows (a GeoJSON's features) it
    rejected; the first :data:`MAX_REASONS` reasons, in the order the file meets them. Messages
    quote the file: escaped."""
    one, many = _units(format_name)
    rows: dict[tuple[str | None, str], list[int]] = {}
    for problem in problems:
        key = (problem.column, briefly(problem.message))  # how to place a row by name: said once, below
        if key in rows or len(rows) < MAX_REASONS:
            rows.setdefault(key, []).append(problem.row)
    return [
        f"- **{many if len(numbers) > 1 else one} {_row_numbers(numbers)}**"
        + (f" · {_plain(column)}" if column else "")
        + f": {_plain(message)}"
        for (column, message), numbers in rows.items()
    ]


def _upload_limit_mb() -> float:
    """The smaller of our limit and Streamlit's own upload limit (both in MB)."""
    return min(max_upload_bytes() / 1048576, float(st.get_option("server.maxUploadSize")))


def _format_label(name: str) -> str:
    return "Detect from the header" if name == AUTO else f"{FORMATS[name].LABEL} ({name})"


def _reset() -> None:
    st.session_state[UPLOADER_GENERATION] = st.session_state.get(UPLOADER_GENERATION, 0) + 1
    st.session_state.pop(PREVIEW, None)


def _conflict_label(profile_id: str) -> str:
    return (
        "Each row's own (from its country and actors)"
        if profile_id == DETECT
        else default_catalog()[profile_id].title
        if profile_id in default_catalog()
        else profile_id
    )


def _preview(data: bytes, name: str, fmt: str, file_id: str, place_by_name: bool, conflict: str) -> ImportPreview:
    store = get_store()
    key = (file_id, fmt, place_by_name, conflict, store.data_version())
    cached = st.session_state.get(PREVIEW)
    if cached and cached[0] == key:
        return cached[1]
    with st.spinner("Reading the file…"):
        preview = preview_import(
            data,
            store,
            filename=name,
            fmt=None if fmt == AUTO else fmt,
            place_by_name=place_by_name,
            conflict=conflict or None,
        )
    st.session_state[PREVIEW] = (key, preview)
    return preview


def _tick(key: str) -> None:
    """The "place rows by name" box ticked from a button below it (a callback: before the box is drawn)."""
    st.session_state[key] = True


def import_label(preview: ImportPreview, duplicates: Decision) -> str | None:
    """The import button's words: what pressing it writes (new and updated claims, look-alikes merged),
    and the look-alikes it skips; None when it would write nothing (walk40: "Import 3 valid rows" saved 1)."""
    plan = preview.planned_writes(duplicates)
    saved = plan["new"] + plan["updated"]
    parts = [f"Import {counted(saved, 'row')}"] if saved else []
    if plan["merged"]:
        parts.append(f"{'merge' if parts else 'Merge'} {counted(plan['merged'], 'look-alike')} into stored claims")
    if not parts:
        return None
    skipped = f" ({counted(plan['skipped'], 'look-alike')} skipped)" if plan["skipped"] else ""
    return " and ".join(parts) + skipped


def _are(count: int, noun: str, verb_one: str, verb_many: str) -> str:
    return f"{counted(count, noun)} {verb_one if count == 1 else verb_many}"


def nothing_saved_message(preview: ImportPreview, duplicates: Decision) -> str:
    """Why the import button would save nothing, true to the boxes: the rows stored already, the look-alikes
    skipped, the rows rejected (walk42: "Every row to import looks like a stored claim and is skipped" over
    boxes of 1 unchanged, 1 rejected and 1 look-alike)."""
    plan = preview.planned_writes(duplicates)
    parts = []
    if plan["unchanged"]:
        parts.append(_are(plan["unchanged"], "row", "is stored already, unchanged", "are stored already, unchanged"))
    if plan["skipped"]:
        parts.append(
            _are(
                plan["skipped"],
                "row",
                "looks like a stored claim and is skipped",
                "look like stored claims and are skipped",
            )
        )
    if preview.rejected:
        parts.append(_are(len(preview.rejected), "row", "is rejected (listed above)", "are rejected (listed above)"))
    said = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + (parts[-1] if parts else "")
    then = (
        f" To save the {'look-alike' if plan['skipped'] == 1 else 'look-alikes'}, choose *Keep both* or *Merge into "
        "the stored claim* above."
        if plan["skipped"]
        else ""
    )
    return f"Nothing would be saved: {said}.{then}" if said else f"Nothing would be saved.{then}"


BOX_HELP: dict[BoxKey, str] = {  # by the box's key: the help stays with its box whatever the box's words
    "new": "Claims the import button saves as new",
    "updated": "Stored claims (same id) the file changes",
    "merged": "Rows that look like stored claims, merged into them as chosen below",
    "skipped": "Rows that look like claims already stored, left out as chosen below "
    "(choose “Keep both” or “Merge into the stored claim” there to save them)",
    "unchanged": "Rows stored already, as they are",
    "rejected": "Rows that cannot be imported; the reasons are listed below",
}


def _gazetteer_link(names: list[str]) -> str:
    return f"Place {'it' if len(names) == 1 else 'them'} on the Gazetteer page"


def _list_unresolved(preview: ImportPreview, filename: str) -> None:
    """The names no row could be imported for, listed on the Gazetteer page (a button's callback)."""
    names = preview.unresolved_names()
    try:
        preview.list_unresolved(get_store())
    except MapdataError as exc:
        st.session_state[DONE_WARNING] = f"The place names could not be listed on the Gazetteer page: {_plain(exc)}"
        return
    st.session_state[DONE_PLACES] = (
        _plain(unplaced_message(names, preview.unresolved_rows(), filename, "listed")),
        _gazetteer_link(names),
    )
    st.session_state[GAZETTEER_OPEN] = names[0]
    _reset()


def _follow_newest_batch() -> None:
    """Past imports' picker on the newest batch whenever a batch is added: it kept the batch it showed
    before, so after a second import "Retract this whole import" would have undone the older one (walk42)."""
    ids = get_store().batches()["id"]
    newest = str(ids.iloc[0]) if len(ids) else None
    if st.session_state.get(NEWEST_BATCH) != newest:
        # Set, not removed: the browser shows a widget's new value only when the page sets it
        st.session_state[BATCH_PICK] = newest
        st.session_state[NEWEST_BATCH] = newest


def _examples_note() -> None:
    """Say that the map shows the app's example claims beside an import, and how to hide them: a new
    user importing their own file was not told where the other claims on the map came from."""
    count, batches = live_examples()
    if not count:
        return
    one = batches == 1  # the first run's batch; each "Add this conflict's example claims" adds another
    st.caption(
        f"This database also holds {count:,} example claim{'s' if count != 1 else ''} bundled with the app (real "
        "claims from public reports): the map shows them beside what you import. To hide them: *Past imports* → "
        f"pick {'the batch “bundled incidents”' if one else 'each batch “bundled incidents …”'} → give a reason → "
        "*Retract this whole import* (nothing is deleted; *Restore this import* brings them back)."
    )


page_header(
    "Import",
    "Import incidents",
    "ACLED exports (current and HDX layouts), UCDP GED (download or API), this tool's own CSV, or GeoJSON. "
    "Nothing is saved until you confirm; re-importing a file only updates what changed.",
)
if DONE in st.session_state:
    st.success(st.session_state.pop(DONE))
if DONE_WARNING in st.session_state:
    st.warning(st.session_state.pop(DONE_WARNING))
if DONE_PLACES in st.session_state:
    said, link = st.session_state.pop(DONE_PLACES)
    st.info(said)
    st.page_link(page("Gazetteer"), label=link, icon=":material/place:", query_params=filter_query())
show_flash("Import")
editor_line()

# The tab picked is known to the page (a run on each change): Past imports' grid is drawn only while its tab is
# shown. Drawn in the hidden tab, it had no width, and on the first view of the tab it showed one column cut to
# "Time (U" until it measured itself again (walk47 item 15). The import tab is always drawn (its upload kept).
import_tab, batches_tab = st.tabs(["Import a file", "Past imports"], key=IMPORT_TABS, on_change="rerun")
with batches_tab:
    st.caption("Every import and every save from the app is a batch. Undo a whole import here (and restore it).")
    _follow_newest_batch()
    if batches_tab.open:
        batch_list(get_store())
with import_tab:  # st.stop() below ends the run: the Past imports tab is drawn above
    _examples_note()
    generation = st.session_state.get(UPLOADER_GENERATION, 0)
    upload = st.file_uploader(
        # No extension filter: a mislabelled file (an .xlsx, a saved login page) gets our own,
        # specific message instead of a bare "invalid extension".
        "File to import (.csv or .geojson)",
        key=f"import_file_{generation}",
        help=f"Up to {_upload_limit_mb():.0f} MB (MAPDATA_MAX_UPLOAD_MB; Streamlit's server.maxUploadSize also applies)",
        max_upload_size=max(1, int(_upload_limit_mb())),  # the limit the widget shows and the browser keeps
    )
    if upload is None:
        st.stop()

    fmt = st.selectbox("Format", FORMAT_CHOICES, format_func=_format_label, key=f"import_format_{generation}")
    if st.session_state.pop(PLACE_BY_NAME_NEXT, False):
        st.session_state[f"import_place_by_name_{generation}"] = True  # set before the box is drawn
    place_by_name = st.checkbox(
        PLACE_BY_NAME_LABEL,
        key=f"import_place_by_name_{generation}",
        help="Our CSV and GeoJSON only: the offline gazetteer (and your aliases) supply the coordinates; "
        "how each row was placed is kept with it. Unknown places are listed as rejected rows.",
    )
    conflict = st.selectbox(
        "Conflict",
        [DETECT, *default_catalog().ids],
        format_func=_conflict_label,
        key=f"import_conflict_{generation}",
        help="ACLED and UCDP rows are put in the conflict whose countries and parties they name; rows of no "
        "known conflict are rejected. Choose one to put every row in it (our CSV/GeoJSON: rows without a conflict).",
    )
    try:
        preview = _preview(upload.getvalue(), upload.name, fmt, upload.file_id, place_by_name, conflict)
    except MapdataError as exc:
        st.error(f"{_plain(upload.name)} cannot be imported: {_plain(exc)}")
        st.stop()

    detected = " (detected from the header)" if preview.format != "geojson" else " (detected: the file is JSON)"
    st.info(f"Format: **{_plain(preview.format_label)}**" + (detected if fmt == AUTO else " (chosen)"))
    for warning in preview.warnings:
        st.warning(_plain(warning))
    rows_to_check(preview, upload.name)

    counts = preview.counts()
    duplicates_key = f"import_duplicates_{generation}"
    # The choice on the look-alikes, drawn below: its value is known before it is drawn (the boxes
    # count what the button writes with it).
    duplicates: Decision = st.session_state.get(duplicates_key, "skip") if preview.duplicates else "skip"
    boxes = preview.count_boxes(duplicates)
    for column, box in zip(st.columns(len(boxes)), boxes):
        column.metric(box.label, f"{box.value:,}", help=BOX_HELP.get(box.key))
    valid = preview.valid_count
    # Every valid row stored already as it is (the same file again): say so, and write no empty
    # import (it showed "Import 3,994 valid rows", then listed a batch of 0 claims in Past imports).
    # (rows without coordinates whose claims are stored already count: walk46 read them as rejected)
    nothing_new = (
        (valid > 0 or bool(preview.stored_unplaced))
        and counts["new"] == 0
        and counts["updated"] == 0
        and not preview.kept
    )
    # The button counts what it writes: a look-alike skipped is not imported (walk40)
    label = import_label(preview, duplicates) or ("Import (keep your corrections)" if preview.kept else None)
    # The "All or nothing" box, drawn below, read now as the look-alikes' choice is: ticked, any row
    # rejected blocks the whole file (review41: the page then still said "Importing lists it on the
    # Gazetteer page" and hid the button that lists it, while the import button was disabled).
    all_or_nothing_key = f"import_all_or_nothing_{generation}"
    all_or_nothing_blocks = bool(st.session_state.get(all_or_nothing_key, False)) and bool(preview.rejected)
    importable = valid > 0 and not nothing_new and label is not None and not all_or_nothing_blocks
    if preview.incidents:
        # (what they count said: walk45 read "Armenia: 2" under boxes of 1 new, 1 look-alike, 1 rejected and a
        # button importing 1, and matched it with none of them)
        of_valid = f" (of the {counted(len(preview.incidents), 'valid row')})"
        st.caption(
            "Reported by — "
            + " · ".join(f"{_plain(side)}: {count:,}" for side, count in preview.side_counts().items())
            + of_valid
        )
        st.caption(
            # by title, as the Conflict box above and the sidebar name them ("armenia-azerbaijan: 3,994", walk26)
            "Conflicts — "
            + " · ".join(
                f"{_plain(_conflict_label(cid))}: {count:,}" for cid, count in preview.conflict_counts().items()
            )
            + of_valid
        )

    changes = preview.change_lines(50)
    if changes:
        changing = len({*preview.updated, *preview.kept})
        st.subheader("What this import changes")
        st.caption(
            (f"The first 50 of {changing:,} claims. " if changing > 50 else "")
            + "Fields you corrected by hand keep your value: a re-import never overwrites a correction."
        )
        st.markdown("\n".join(f"- {_plain(line)}" for line in changes))

    with st.expander("Column mapping: which column of the file fills each field", expanded=False):
        st.dataframe(preview.mapping_rows(), hide_index=True, width="stretch")

    if preview.rejected:
        geojson = preview.format == "geojson"
        one, many = _units(preview.format)
        st.subheader("Rejected features" if geojson else "Rejected rows")
        reasons = rejection_lines(preview.rejected, preview.format)
        st.caption(
            f"{_plain(counted(len(preview.rejected), one.lower()))}, by reason"
            + (f" (the first {len(reasons):,} reasons)" if len(reasons) == MAX_REASONS else "")
            # a GeoJSON has no header and its features are not its lines (walk40)
            + ("; features are numbered in the file's order (the first is 1)." if geojson else "")
            + ("" if geojson else "; row numbers are lines of the file (header = 1).")
        )
        # Each reason in full (a grid cut the UCDP file's one-line reasons at the column's width),
        # and rows of one reason together (a file of one wrong conflict repeated it on every row).
        st.markdown("\n".join(reasons))
        placeable = [problem.row for problem in preview.rejected if unplaced(problem.message)]
        if placeable and not place_by_name:
            # walk40: "latitude: is required" said nothing of the box above that places such rows
            which = f"{one.lower() if len(placeable) == 1 else many.lower()} {_row_numbers(placeable)}"
            st.info(
                f"{_plain(counted(len(placeable), one.lower()))} ({_plain(which)}) "
                f"{'names' if len(placeable) == 1 else 'name'} a place but {'has' if len(placeable) == 1 else 'have'} "
                f"no coordinates: tick **{_plain(PLACE_BY_NAME_LABEL)}** above to look "
                f"{'it' if len(placeable) == 1 else 'them'} up in the gazetteer (and your own places)."
            )
            st.button(
                "Place them by their place name",
                key=f"import_place_them_{generation}",
                on_click=_tick,
                args=(f"import_place_by_name_{generation}",),
            )
        if place_by_name and preview.unresolved_places:
            names = preview.unresolved_names()
            rows = preview.unresolved_rows()
            # listed already (by an earlier import or this button): said where, not offered again (walk44)
            waiting = not preview.unlisted_names(get_store())
            stage = "waiting" if waiting else "before" if importable else "blocked"
            # No import would list them (walk41: a file of one such row said "Nothing to import", and the
            # Gazetteer page's list stayed empty): a button lists them.
            st.info(_plain(unplaced_message(names, rows, upload.name, stage)))
            if waiting:
                st.session_state[GAZETTEER_OPEN] = names[0]
                st.page_link(
                    page("Gazetteer"),
                    label=_gazetteer_link(names),
                    icon=":material/place:",
                    query_params=filter_query(),
                )
            elif not importable:
                st.button(
                    f"List “{_plain(names[0])}” on the Gazetteer page"
                    if len(names) == 1
                    else f"List these {len(names):,} place names on the Gazetteer page",
                    key=f"import_list_unplaced_{generation}",
                    on_click=_list_unresolved,
                    args=(preview, upload.name),
                )

    if preview.retracted:
        # (walk51: "1 row match claims that were retracted")
        st.info(
            "1 row matches a claim that was retracted: it stays retracted (restore it from Past imports, or with "
            "`python -m mapdata restore ID`)."
            if len(preview.retracted) == 1
            else f"{len(preview.retracted):,} rows match claims that were retracted: they stay retracted (restore "
            "them from Past imports, or with `python -m mapdata restore ID`)."
        )
    if preview.duplicates:
        duplicates = decision_choice(preview.duplicates, key=duplicates_key)

    all_or_nothing = st.checkbox(
        "All or nothing: import nothing if any row is rejected", key=all_or_nothing_key, disabled=not preview.rejected
    )
    if nothing_new:
        st.success(
            f"All {valid:,} valid rows are stored already, unchanged: nothing to import."
            if not preview.stored_unplaced
            else f"{_are(counts['unchanged'], 'row', 'is', 'are')} stored already: nothing to import."
        )
    if preview.stored_unplaced:
        unplaced_stored = len(preview.stored_unplaced)
        st.caption(
            f"{_are(unplaced_stored, 'row', 'has', 'have')} no coordinates but the id of a claim stored "
            f"already (placed by {'its' if unplaced_stored == 1 else 'their'} place name when first imported): "
            f"{'it is' if unplaced_stored == 1 else 'they are'} left as stored. To update "
            f"{'it' if unplaced_stored == 1 else 'them'} from this file, tick **{_plain(PLACE_BY_NAME_LABEL)}** above."
        )
    all_skipped = not nothing_new and valid > 0 and label is None
    if all_skipped:
        st.warning(nothing_saved_message(preview, duplicates))
    if all_or_nothing and preview.rejected:
        label = "Nothing to import (all or nothing)"
        rejected = len(preview.rejected)
        st.warning(
            f"{rejected:,} row{'s are' if rejected != 1 else ' is'} rejected, so with *All or nothing* ticked nothing "
            f"can be imported. Untick it to import the {valid:,} valid row{'s' if valid != 1 else ''}, or correct the "
            "file and upload it again."
        )
    left, right = st.columns(2)
    confirm = left.button(label or "Nothing to import", type="primary", disabled=not importable)
    cancel = right.button("Cancel")

    if cancel:
        _reset()
        st.rerun()
    if confirm:
        try:
            result = preview.commit(
                get_store(), mode="all_or_nothing" if all_or_nothing else "valid", duplicates=duplicates, who=editor()
            )
        except MapdataError as exc:
            st.error(f"Nothing was imported: {_plain(exc)}")
            st.stop()
        data_changed()
        done = result.counts()
        st.session_state[DONE] = (
            f"Imported {_plain(upload.name)}: {done['new']:,} new, {done['updated']:,} updated, "
            f"{done['unchanged'] + len(preview.stored_unplaced):,} unchanged, {len(preview.rejected):,} rejected"
            # the boxes' and the button's word for them (walk46: "Look-alikes skipped 1", then "1 skipped as a
            # duplicate")
            + (f", {counted(len(result.skipped), 'look-alike')} skipped" if result.skipped else "")
            + (
                f", {len(result.merged):,} merged into {'a stored claim' if len(result.merged) == 1 else 'stored claims'}"
                if result.merged
                else ""
            )
            + (
                f", kept your corrections in {len(result.kept):,} claim{'s' * (len(result.kept) != 1)}"
                if result.kept
                else ""
            )
            + "."
        )
        if result.follow_up_error:
            st.session_state[DONE_WARNING] = f"The incidents are saved, but then {_plain(result.follow_up_error)}"
        elif preview.unresolved_places:
            names = preview.unresolved_names()
            st.session_state[DONE_PLACES] = (
                _plain(unplaced_message(names, preview.unresolved_rows(), upload.name, "imported")),
                _gazetteer_link(names),
            )
            st.session_state[GAZETTEER_OPEN] = names[0]
        _reset()
        st.rerun()
