"""Correcting the record in the app: who is editing, duplicates side by side, import batches, and
the claim's own corrections (edit, review, retract/restore, history) in the details panel.

Every write goes through the store (the change and its history entry in one transaction);
every value shown comes from imports and reports, so it is escaped (Markdown) or shown in
data frames (plain text).
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import folium
import pandas as pd
import streamlit as st
import streamlit_folium
from streamlit.delta_generator import DeltaGenerator

from mapdata.curation.duplicates import (
    ALREADY_RETRACTED,
    ALREADY_STORED,
    DECISIONS,
    Decision,
    DuplicateMatch,
    find_duplicates,
    lacking_source,
    save_with_decisions,
    stored_lookalikes,
)
from mapdata.curation.edits import checked_edit
from mapdata.errors import MapdataError, ValidationError
from mapdata.filters import FilterState, file_stem
from mapdata.formats.exporter import CSV_MIME, to_csv_bytes
from mapdata.mapview import base_map
from mapdata.model import DATE_PRECISIONS, EVENT_TYPES, GEO_PRECISIONS, REVIEW_STATUSES, Incident, profile_of
from mapdata.profiles import Profile, claimant_side, side_warning
from mapdata.safety import counted, escape_markdown, summary_of
from mapdata.store import HistoryEntry, Store, WriteResult, current_user, shown_time
from mapdata.store.curation import KEPT, MAX_NOTE, UNDOABLE, MissingReasonError
from mapdata.store.history import changed_parts
from ui.basemap import wait_for_tiles
from ui.common import CLAIM_PARAM, data_changed, filter_query, get_store
from ui.navigation import MAP, page

__all__ = [
    "DECISION_LABELS",
    "SAVED_ICON",
    "SavedClaim",
    "batch_list",
    "bulk_review",
    "claim_curation",
    "decision_choice",
    "drop_flash_elsewhere",
    "drop_pending",
    "duplicates_table",
    "editor",
    "editor_line",
    "flash",
    "history_download",
    "history_lines",
    "last_saved",
    "lookalike_notes",
    "lookalikes_of",
    "pending_review",
    "restore_button",
    "said_again",
    "save_checked",
    "save_outcome",
    "saved_claims",
    "saved_links",
    "say_unplaced",
    "show_flash",
]

_FLASH = "_curation_flash"  # a message to show after the rerun a write triggers
# A save's icon: Material Symbols, which Streamlit serves itself (the ✅ emoji was an empty box in a
# browser with no emoji font: Debian's chromium, walk24).
SAVED_ICON = ":material/check_circle:"
FLASH_SECONDS = 20.0  # how long it stays through runs the user did not ask for
TOAST_SECONDS = 10.0  # how long a write's toast stays up by itself (Streamlit's "long")
DECISION_LABELS: dict[Decision, str] = {
    "skip": "Skip them (do not save)",
    "keep": "Keep both (save them as separate claims)",
    "merge": "Merge into the stored claim (fill what it lacks; nothing overwritten)",
}
# The choices of a claim that is a retracted one (its own id), and of one that only looks like one.
RETRACTED_LABELS: dict[Decision, str] = {
    "skip": "Keep it retracted (do not save this row)",
    "restore": "Restore it (back in every view, with this report's values)",
}
RETRACTED_LOOKALIKE_LABELS: dict[Decision, str] = {
    "skip": "Keep the stored claim retracted and do not save this row",
    "restore": "Restore the stored claim instead (this row is not saved)",
    "keep": "Save this row as a new claim (the stored one stays retracted)",
}

# A retraction with no reason, said to the person at the form (the store's message, "reason: is
# required: say why, ...", names the field as the command line does).
GIVE_A_REASON = "Give a reason: say why, for whoever reads the history later. Nothing was retracted."
# What a retraction and a restore of one claim say (in a toast, as every write on a claim: walk43).
RETRACTED = "Retracted: hidden from every view and export."
RESTORED = "Restored: the claim is shown again."


def editor() -> str:
    """The name written into the history: ``$MAPDATA_USER``, else the one saved on the Settings page,
    else the operating-system user (:func:`mapdata.store.current_user`)."""
    return current_user()


def editor_line(where: DeltaGenerator | None = None) -> None:
    """Whose name the next change records, and where to change it (the Settings page, kept across
    sessions in the user's settings file); in the sidebar by default."""
    target = where or st.sidebar
    target.caption(f"Changes are recorded in the history as **{escape_markdown(editor())}**.")
    target.page_link(
        page("Settings"), label="Change your name in Settings", icon=":material/settings:", query_params=filter_query()
    )


@dataclass
class _Flash:
    """A write's message, kept for the runs that follow it (see :func:`show_flash`)."""

    kind: str
    message: str
    page: str | None = None  # the page that first showed it
    until: float = 0.0  # monotonic time after which it goes
    claim: str | None = None  # the id of the claim it is about; None: no one claim (an import, several claims)
    below: str | None = None  # the key of the place it is said (where the action was), instead of the page's top
    view: tuple[str | None, str] | None = None  # the claim open and the filters when it was first shown
    made: float = field(default_factory=time.monotonic)  # when the write left it
    # This run's: the top's block (show_flash), and whether its place said it (said_again); see say_unplaced
    box: DeltaGenerator | None = field(default=None, compare=False, repr=False)
    placed: bool = False
    toast: bool = False  # said in a toast, once, instead of in the page (see flash)


def flash(
    message: str, kind: str = "success", *, claim: str | None = None, below: str | None = None, toast: bool = False
) -> None:
    """Keep ``message`` for the next runs (a write is followed by ``st.rerun``); ``claim``: the id
    of the claim it is about, if one, so that it is never shown above another claim's details;
    ``below``: the key of the place that says it (:func:`said_again`, where the action was) instead
    of the page's top; ``toast``: said once in a toast (over the page, wherever it is scrolled to)
    instead, for a write whose result moves the place it was made from out of view."""
    st.session_state[_FLASH] = _Flash(kind, message, claim=claim, below=below, toast=toast)


def drop_flash_elsewhere(page_name: str) -> None:
    """Forget the last write's message once another page runs (also one that shows no messages:
    Map, Gazetteer, Map within the message's time showed it again)."""
    kept = st.session_state.get(_FLASH)
    if isinstance(kept, _Flash) and kept.page is not None and kept.page != page_name:
        del st.session_state[_FLASH]


def _current_view(claim: str | None) -> tuple[str | None, str]:
    """What the user is looking at: the claim open, and the filters (as the address gives them)."""
    return claim, json.dumps(filter_query(), sort_keys=True)


def show_flash(page_name: str, claim: str | None = None) -> None:
    """Show the message the last write left, on the page that made it (``page_name``, the caller's),
    once: at the page's top here, or, when it was left for a place of its own (:func:`flash`'s
    ``below``), only there (:func:`said_again`). Call it on every run of the page, above that place.

    Shown on the run after the write and on the page's runs for :data:`FLASH_SECONDS` after that,
    while the user looks at the same thing: the map answers a redraw with a run of its own, and a
    message shown once was gone before anyone read it (CI, a loaded machine). It goes when the user
    moves on: another page, another claim opened or the claim closed (``claim``: the id of the
    claim open, if any), other filters. A message about one claim is never shown above another's
    details ("Saved: wounded changed." would read as said of the claim shown); with the claim hidden
    by its retraction (still the one open) it stays, as what was just done to it; a first run after
    the write that shows another claim leaves it unshown, not lost, for its time. It was said at the
    top, again where the button was and in a toast: three times (walk41), and "Undone: …" stayed
    once the claim was closed. A message for a place that a run does not draw is said here by
    :func:`say_unplaced`, called at the end.
    """
    # Always one block here, message or not: when the message goes, what follows keeps its place
    # (an element removed above the correction form made the browser draw the form anew, closed).
    box = st.container()
    kept = st.session_state.get(_FLASH)
    if not isinstance(kept, _Flash):
        st.session_state.pop(_FLASH, None)
        return
    now, view = time.monotonic(), _current_view(claim)
    if kept.page is None:
        if kept.claim is not None and claim is not None and claim != kept.claim:
            # Not said above another claim, and not lost either: a run right after the write that shows
            # another claim for a moment (a list redrawn under its tick) must not lose what was just
            # done (ea61db1 dropped it there). It waits, unshown, for the runs of its own time.
            if now > kept.made + FLASH_SECONDS:
                del st.session_state[_FLASH]
            return
        kept.page, kept.until, kept.view = page_name, now + FLASH_SECONDS, view
        if kept.toast:  # once, on its first showing: a toast stays by itself, over the page
            st.toast(kept.message, icon=SAVED_ICON, duration="long")  # TOAST_SECONDS
    elif kept.page != page_name or now > kept.until or kept.view != view:
        del st.session_state[_FLASH]
        moved_on = kept.page == page_name and kept.view is not None and kept.view[0] != view[0]
        if kept.toast and moved_on and now <= kept.made + TOAST_SECONDS + 1:
            # The toast stays its 10 s by itself, over whatever the user opened next: "Saved: wounded 2 → 4."
            # over another claim's details read as said of that one (walk47 item 13). It goes with its
            # claim: when another claim or spot is opened, or the claim closed (not for other filters).
            box.html(_dismiss_toast_script(kept.message), unsafe_allow_javascript=True)  # draws nothing
        return
    kept.box, kept.placed = box, kept.toast  # (a toast's message has no place in the page)
    if kept.below is None and not kept.toast:
        _say(box, kept)


# Closes the toasts that say a message (by their Close button, as a user would); the message's start is
# compared as the toast shows it (markdown's escapes, bold and code marks gone, spaces folded).
_DISMISS_TOAST = """<script>
(() => {
  const said = __SAID__;
  const plain = (text) => text.replace(/\\s+/g, " ").trim();
  for (const toast of document.querySelectorAll("[data-testid=stToast]")) {
    const text = toast.querySelector("[data-testid=stToastText]");
    if (text && plain(text.textContent || "").startsWith(said)) toast.querySelector("[aria-label=Close]")?.click();
  }
})();
</script>"""


def _dismiss_toast_script(message: str) -> str:
    """The script that closes the toast saying ``message`` (see :data:`_DISMISS_TOAST`)."""
    said = " ".join(re.sub(r"\\(.)", r"\1", message.replace("**", "").replace("`", "")).split())[:40]
    return _DISMISS_TOAST.replace("__SAID__", json.dumps(said).replace("<", "\\u003c"))


def _say(where: DeltaGenerator, kept: _Flash) -> None:
    if kept.below is not None:  # a message for a place of its own, said at the top: as its place says it
        where.success(kept.message, icon=SAVED_ICON)
    else:
        getattr(where, kept.kind if kept.kind in ("success", "warning", "info", "error") else "info")(kept.message)


def say_unplaced() -> None:
    """Call at the end of a page (or of the panel whose top :func:`show_flash` fills) that leaves
    messages for places of their own: a message whose place was not drawn on this run (the History
    of a claim the panel could not show, Add report's Save button not drawn) is said at the top
    instead, once, not lost (review41: only its place said it, and that place was not there)."""
    kept = st.session_state.get(_FLASH)
    if not isinstance(kept, _Flash) or kept.box is None:
        return
    box, kept.box = kept.box, None
    if kept.below is not None and not kept.placed:
        _say(box, kept)


def duplicates_table(matches: Sequence[DuplicateMatch]) -> pd.DataFrame:
    """One row per flagged claim: the incoming one and the stored one it looks like, side by side
    (and, when the stored one is retracted, when and why)."""
    rows = []
    for match in matches:
        new, old = match.incoming, match.stored
        retracted = {} if match.retraction is None else {"stored: retracted": _retraction_text(match)}
        rows.append(
            {
                **retracted,
                "why": ", ".join(match.reasons),
                "new: date": new.date.isoformat(),
                "stored: date": old.date.isoformat(),
                "new: place": new.place,
                "stored: place": old.place,
                "new: claimant": new.claimant,
                "stored: claimant": old.claimant,
                "new: source": new.source or new.source_url,
                "stored: source": old.source or old.source_url,
                "new: killed / wounded": f"{_count(new.killed)} / {_count(new.wounded)}",
                "stored: killed / wounded": f"{_count(old.killed)} / {_count(old.wounded)}",
                "stored id": old.id,
            }
        )
    return pd.DataFrame(rows)


def _count(value: int | None) -> str:
    return "—" if value is None else str(value)


def _retraction_text(match: DuplicateMatch) -> str:
    """ "retracted 2026-12-05 (“wrong village”)": when the stored claim was retracted, and why."""
    if match.retraction is None:
        return ""
    at, reason = match.retraction
    return f"retracted {str(at)[:10]}" + (f" (“{reason}”)" if reason else "")


def decision_choice(matches: Sequence[DuplicateMatch], key: str, what: str = "row") -> Decision:
    """Show the flagged claims side by side and ask what to do with them (default: skip)."""
    st.subheader(
        f"{escape_markdown(counted(len(matches), what))} "
        f"{'looks like a claim' if len(matches) == 1 else 'look like claims'} already stored"
    )
    st.caption(
        "Same claimant, a date within a day and the same or a near place — or the same source URL. "
        "Each is shown beside the stored claim it looks like."
    )
    st.dataframe(duplicates_table(matches), hide_index=True, width="stretch")
    return st.radio("What to do with them", DECISIONS, format_func=DECISION_LABELS.get, key=key, horizontal=False)


def _batch_label(row: pd.Series) -> str:
    state = " (retracted)" if pd.notna(row["retracted_at"]) else ""
    return f"{shown_time(row['created'])} · {row['label'] or row['origin']} · {int(row['created_claims']):,} claim{'' if int(row['created_claims']) == 1 else 's'}{state}"


def batch_list(store: Store) -> None:
    """Every import batch, newest first, and the undo (retract) / restore of a whole batch."""
    batches = store.batches()
    if batches.empty:
        st.info("Nothing has been imported yet.")
        return
    shown = batches.assign(
        created=[shown_time(stamp) for stamp in batches["created"]],
        retracted=batches["retracted_reason"].fillna(""),
        live=[
            f"{int(live):,} of {int(made):,}" for live, made in zip(batches["live_claims"], batches["created_claims"])
        ],
    )[["created", "label", "live", "retracted", "new", "updated", "unchanged", "origin", "who", "id"]]
    # What an undo is decided on (which file, how many of its claims are shown, whether it is retracted)
    # first: after "By" and "Format" those columns were off to the right of a 1,500 px window (walk26).
    st.dataframe(
        shown,
        hide_index=True,
        width="stretch",
        column_config={
            "created": "Time (UTC)",
            "who": "By",
            "label": "File / source",
            "origin": "Format",
            "new": st.column_config.NumberColumn("New"),
            "updated": st.column_config.NumberColumn("Updated"),
            "unchanged": st.column_config.NumberColumn("Unchanged"),
            "live": st.column_config.TextColumn("Claims shown", help="claims it created that are not retracted"),
            "retracted": st.column_config.TextColumn("Retracted because"),
            "id": "Batch id",
        },
    )
    labels = {row["id"]: _batch_label(row) for _, row in batches.iterrows()}
    if st.session_state.get("batch_pick") in labels:
        # Set again, so the browser is sent the label of the batch picked: Streamlit sends it only when
        # the value changes, and a retract changes the label, not the value ("(retracted)" was missing
        # from the closed box while its list had it, walk26).
        st.session_state["batch_pick"] = st.session_state["batch_pick"]
    picked = st.selectbox("Import batch", list(labels), format_func=labels.get, key="batch_pick")
    row = batches.set_index("id").loc[picked]
    if pd.isna(row["retracted_at"]):
        reason = st.text_input("Why retract it (kept with each claim and in the history)", key="batch_reason")
        if st.button("Retract this whole import", key="batch_retract", disabled=store.read_only):
            _batch_write(lambda: store.retract_batch(picked, reason, who=editor()), "retracted")
        st.caption(
            "Hides every claim this import created, in one step; nothing is deleted and it can be restored. "
            "Claims it only updated existed before it and stay."
        )
    else:
        st.info(f"Retracted: {escape_markdown(row['retracted_reason'])}")
        if st.button("Restore this import", key="batch_restore", disabled=store.read_only):
            _batch_write(lambda: store.restore_batch(picked, who=editor()), "restored")


def _batch_write(write: Callable[[], list[str]], done: str) -> None:
    try:
        changed = write()
    except MissingReasonError:
        st.error(GIVE_A_REASON)
        return
    except MapdataError as exc:
        st.error(f"Nothing was changed: {escape_markdown(exc)}")
        return
    data_changed()
    flash(f"{len(changed):,} claim{'s' if len(changed) != 1 else ''} {done}.")
    st.rerun()


# -- one claim, in the details panel ----------------------------------------------------------

# The edit form's text fields: field -> label. Sides, event type and precisions are choices.
_TEXT_FIELDS = {
    "date": "Date (YYYY-MM-DD)",
    "place": "Place (a new name is placed with the gazetteer)",
    "latitude": "Latitude",
    "longitude": "Longitude",
    "claimant": "Claimant (who says so)",
    "weapons": "Weapons (comma-separated)",
    "killed": "Killed (empty = not stated)",
    "wounded": "Wounded (empty = not stated)",
    "source": "Source (outlet)",
    "source_url": "Source URL",
    "published": "Published (YYYY-MM-DD)",
}


# The edit form's fields top to bottom: its problems are listed in this order.
_FORM_ORDER = (
    *_TEXT_FIELDS,
    "reporting_side",
    "accused_side",
    "event_type",
    "geo_precision",
    "date_precision",
    "summary",
)


def _problem_list(problems: Sequence[ValidationError], order: Sequence[str] = ()) -> str:
    """Every problem of a form as one message ("Nothing was saved — 3 problems to fix:" and a line
    each, the fields in ``order`` first), each escaped: they hold what the user typed."""
    rank = {name: number for number, name in enumerate(order)}
    ordered = sorted(problems, key=lambda p: rank.get(p.field, len(rank)))  # stable: the rest as found
    count = len(ordered)
    return f"Nothing was saved — {count:d} problem{'s' if count != 1 else ''} to fix:\n\n" + "\n".join(
        f"- {escape_markdown(p)}" for p in ordered
    )


def _form_text(value: object) -> str:
    """A stored value as the edit form shows it (and compares it)."""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if value is None or (not isinstance(value, (dict, list)) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, float):  # numpy's too, whose repr is "np.float64(39.7736)"
        return repr(float(value))
    return str(value)


def _changed(row: pd.Series, typed: dict[str, object]) -> dict[str, object]:
    """The fields whose typed value differs from the stored one (coordinates compared as numbers)."""
    changes: dict[str, object] = {}
    for name, value in typed.items():
        old = _form_text(row.get(name))
        new = str(value).strip()
        if name in ("latitude", "longitude"):
            try:
                if float(new) == float(old):
                    continue
            except ValueError:
                pass
        if new != old:
            changes[name] = new
    return changes


def _write(
    action: Callable[[], object],
    done: str | Callable[[Any], str],
    claim: str | None = None,
    below: str | None = None,
    toast: bool = False,
) -> None:
    """Run one store write; on success reload every page and say what was done (``done``, or what
    ``done`` makes of the write's result), about ``claim``, the id of the one claim written, if so
    (see :func:`show_flash`); ``below``: said again where :func:`said_again` is called with it;
    ``toast``: said in a toast instead (:func:`flash`)."""
    try:
        result = action()
    except MissingReasonError:
        st.error(GIVE_A_REASON)
        return
    except MapdataError as exc:
        st.error(f"Nothing was saved: {escape_markdown(exc)}")
        return
    data_changed()
    flash(done if isinstance(done, str) else done(result), claim=claim, below=below, toast=toast)
    st.rerun()


def _point_picker(row: pd.Series, key: str) -> None:
    """A small map: a click puts its point into the form's latitude and longitude (saved with the form)."""
    if not st.checkbox("Pick the new point on a map", key=f"{key}_pick"):
        return
    here = [float(row["latitude"]), float(row["longitude"])]
    marker = folium.FeatureGroup(name="This claim")
    folium.CircleMarker(here, radius=8, color="#333", fill=True, fill_opacity=0.6).add_to(marker)
    wait_for_tiles()  # at once after the map page's own wait, unless that one gave up
    clicked = streamlit_folium.st_folium(
        base_map(),
        key=f"{key}_map",
        height=320,
        use_container_width=True,
        center=here,
        zoom=10,
        feature_group_to_add=marker,
        returned_objects=["last_clicked"],
    )
    click = (clicked or {}).get("last_clicked")
    if click and click != st.session_state.get(f"{key}_last_click"):
        st.session_state[f"{key}_last_click"] = click
        st.session_state[f"{key}_latitude"] = f"{float(click['lat']):.5f}"
        st.session_state[f"{key}_longitude"] = f"{float(click['lng']):.5f}"
        st.rerun()
    st.caption(
        "Click the map where the claim places the event; the point goes into the form below. "
        "Saved in another country, the claim takes that country."
    )


def _edit_form(store: Store, row: pd.Series, key: str) -> None:
    profile = profile_of(row.get("conflict"))
    _point_picker(row, key)
    with st.form(f"{key}_form", border=False):
        typed: dict[str, object] = {}
        columns = st.columns(2)
        for number, (name, label) in enumerate(_TEXT_FIELDS.items()):
            # A value the point picker put into the widget's state wins over the stored one.
            st.session_state.setdefault(f"{key}_{name}", _form_text(row.get(name)))
            typed[name] = columns[number % 2].text_input(label, key=f"{key}_{name}")
        for name, label, options in (
            ("reporting_side", "Reporting side", profile.reporting_sides),
            ("accused_side", "Accused side", profile.accused_sides),
            ("event_type", "Event type", EVENT_TYPES),
            ("geo_precision", "Location precision", GEO_PRECISIONS),
            ("date_precision", "Date precision", DATE_PRECISIONS),
        ):
            current = _form_text(row.get(name))
            choices = list(dict.fromkeys([*options, current]))
            typed[name] = st.selectbox(label, choices, index=choices.index(current), key=f"{key}_{name}")
        typed["summary"] = st.text_area("Summary", _form_text(row.get("summary")), key=f"{key}_summary", height=80)
        note = st.text_input("Why (kept in the history)", key=f"{key}_note", max_chars=MAX_NOTE)
        submitted = st.form_submit_button("Save changes", disabled=store.read_only)
    if not submitted:
        return
    changes = _changed(row, typed)
    if not changes:
        st.info("Nothing was changed.")
        return
    incident_id = str(row["id"])
    try:
        checked = checked_edit(store, incident_id, changes)
    except MapdataError as exc:
        st.error(f"Nothing was saved: {escape_markdown(exc)}")
        return
    if checked.problems:  # every one at once, in the form's order; the form keeps what was typed
        st.error(_problem_list(checked.problems, _FORM_ORDER))
    if not _side_confirmed(profile, row, changes, key) or checked.problems:
        return
    # Said in a toast, as every write on a claim is (walk43: the section closed, the page moved, and
    # "Saved: …" at the panel's top was out of view: nothing seemed to confirm the save).
    names = {code: spelt[0] for code, spelt in profile.country_names.items() if spelt}
    _write(
        lambda: store.edit(incident_id, checked.changes, who=editor(), note=note),
        lambda done: saved_message(done[1], changes, names),
        incident_id,
        toast=True,
    )


def _side_confirmed(profile: Profile, row: pd.Series, changes: Mapping[str, object], key: str) -> bool:
    """Whether an edit that sets the claimant or the reporting side may be saved: yes, unless it leaves
    a claimant the conflict's profile gives another side (:func:`side_warning`: "Azerbaijani MoD" under
    "media") and "Save changes" was not pressed so before; then the form says so, and the next press
    with the same claimant and side saves it as it is (a warning, not a refusal: as Add report asks)."""
    if "claimant" not in changes and "reporting_side" not in changes and "accused_side" not in changes:
        return True  # an edit of other fields is not held back for sides it did not touch
    claimant = str(changes.get("claimant", _form_text(row.get("claimant")))).strip()
    side = str(changes.get("reporting_side", _form_text(row.get("reporting_side")))).strip()
    # (and a party accusing itself: walk41 saw "Cambodian MoD [Cambodia], accuses Cambodia")
    accused = str(changes.get("accused_side", _form_text(row.get("accused_side")))).strip()
    warning = side_warning(profile, claimant, side, accused or None)
    if warning is None:
        return True
    asked = (claimant, side, accused)
    if st.session_state.get(f"{key}_side_ok") == asked:
        return True
    st.session_state[f"{key}_side_ok"] = asked
    target = claimant_side(profile, claimant)
    if target is not None and target != side:
        choose, field, value, kept_field = target, "reporting side", side, "side"
    else:  # (the side is the claimant's own: a party accusing itself, walk41)
        choose, field, value, kept_field = (
            profile.opponent_of(side) or "another side",
            "accused side",
            accused,
            "accused side",
        )
    st.warning(
        f"Not saved yet: {escape_markdown(warning)}. Choose “{escape_markdown(choose)}” as the {escape_markdown(field)}, "
        f"or press “Save changes” again to save it with the {escape_markdown(kept_field)} “{escape_markdown(value)}”."
    )
    return False


def _review_form(store: Store, row: pd.Series, key: str) -> None:
    current = str(row.get("review_status") or "unreviewed")
    current = current if current in REVIEW_STATUSES else "unreviewed"
    with st.form(f"{key}_review", border=False):
        status = st.selectbox(
            "Review status", REVIEW_STATUSES, index=REVIEW_STATUSES.index(current), key=f"{key}_status"
        )
        note = st.text_input("Review note", _form_text(row.get("review_note")), key=f"{key}_review_note")
        submitted = st.form_submit_button("Save review", disabled=store.read_only)
    if submitted:
        ids = [str(row["id"])]
        _write(
            lambda: store.review(ids, status, note, who=editor()),
            lambda done: reviewed_message(done, status),
            ids[0],
            toast=True,
        )


def _retraction(store: Store, row: pd.Series, key: str) -> None:
    ids = [str(row["id"])]
    if pd.notna(row.get("retracted_at")):
        if st.button("Restore this claim", key=f"{key}_restore", disabled=store.read_only):
            _write(lambda: store.restore(ids, who=editor()), RESTORED, ids[0], toast=True)
        return
    reason = st.text_input("Why retract it (shown with the claim, kept in the history)", key=f"{key}_reason")
    if st.button("Retract this claim", key=f"{key}_retract", disabled=store.read_only):
        _write(lambda: store.retract(ids, reason, who=editor()), RETRACTED, ids[0], toast=True)
    st.caption("Nothing is deleted: a retracted claim is kept with the reason and can be restored.")


def restore_button(incident_id: str) -> None:
    """Restore a retracted claim where the panel says it is hidden: right after "Retract this claim"
    the undo was two steps away (Show retracted claims, then Correct this claim → Restore, walk26)."""
    store = get_store()
    if st.button(
        "Restore this claim", key=f"restore_hidden_{incident_id}", icon=":material/undo:", disabled=store.read_only
    ):
        _write(lambda: store.restore([incident_id], who=editor()), RESTORED, incident_id, toast=True)


def history_lines(entries: Sequence[HistoryEntry]) -> list[str]:
    """Markdown lines (every value escaped) for a claim's history, oldest first, each with its
    number: change N makes version N of the claim (an undo's note names them)."""
    lines = []
    for number, entry in enumerate(entries, 1):
        text = (
            f"**{number}** · {escape_markdown(entry.at)} · **{escape_markdown(entry.who)}** · "
            f"{escape_markdown(entry.action)}"
        )
        if entry.changes:
            # A kept correction's values are the source's (the claim kept the person's value).
            whose = "the source's " if entry.action == KEPT else ""
            parts = [
                f"{whose}{escape_markdown(name)}: {escape_markdown(_history_value(old))} → {escape_markdown(_history_value(new))}"
                for name, old, new in changed_parts(entry.changes)  # an object's changed keys only (walk47)
            ]
            text += " — " + "; ".join(parts)
        if entry.note:
            text += f" — “{escape_markdown(entry.note)}”"
        lines.append(f"- {text}")
    return lines


def _history_value(value: object) -> str:
    text = _form_text(value) if not isinstance(value, dict) else json.dumps(value, ensure_ascii=False)
    return text[:300] or "—"


def claim_curation(row: pd.Series) -> None:
    """Under a claim's details: its review and retraction, the ways to correct it, and its history."""
    store = get_store()
    incident_id = str(row["id"])
    # A new key after every write: the forms start from the stored values, not from what was typed before.
    key = "cur_" + hashlib.sha1(f"{incident_id}|{store.data_version()}".encode()).hexdigest()[:12]
    if pd.notna(row.get("retracted_at")):
        st.warning(
            f"Retracted {escape_markdown(str(row['retracted_at'])[:10])}: {escape_markdown(row.get('retracted_reason'))}"
        )
    note = _form_text(row.get("review_note"))
    st.markdown(
        f"Review status: **{escape_markdown(row.get('review_status') or 'unreviewed')}**"
        + (f" — {escape_markdown(note)}" if note else "")
    )
    # Keyed: it keeps its state while the panel above it changes; a write (a new key) closes it.
    with st.expander("Correct this claim", key=f"{key}_correct"):
        editor_line(st.container())
        edit_tab, review_tab, retract_tab = st.tabs(
            ["Edit", "Review", "Retract" if pd.isna(row.get("retracted_at")) else "Restore"]
        )
        with edit_tab:
            _edit_form(store, row, key)
        with review_tab:
            _review_form(store, row, key)
        with retract_tab:
            _retraction(store, row, key)
    try:
        entries = store.history(incident_id)
    except MapdataError as exc:
        st.caption(f"History unavailable: {escape_markdown(exc)}")
        return
    with st.expander(f"History ({len(entries):,})"):
        st.markdown("\n".join(history_lines(entries)))
        _undo_edit(store, incident_id, entries, key)


def _undo_edit(store: Store, incident_id: str, entries: Sequence[HistoryEntry], key: str) -> None:
    """Put an edit's fields back as before it (the latest edit offered first), as a new change."""
    edits = {
        number: entry
        for number, entry in enumerate(entries, 1)
        if entry.action in UNDOABLE and entry.changes and entry.seq is not None
    }
    if not edits:
        return

    def label(number: int) -> str:
        entry = edits[number]
        undo = " (an undo)" if entry.action != "edit" else ""
        return f"change {number}{undo}: {', '.join(entry.changes)} ({entry.at[:16].replace('T', ' ')}, {entry.who})"

    numbers = list(edits)
    number = st.selectbox(
        "Undo an edit (its fields go back as they were before it)",
        numbers,
        index=len(numbers) - 1,
        format_func=label,
        key=f"{key}_undo_pick",
    )
    if st.button("Undo this edit", key=f"{key}_undo", disabled=store.read_only):
        seq = int(edits[number].seq or 0)
        # Said in a toast, once: under the History (walk40, walk41) it went 1,300 px below the window when
        # the undo put the claim back into a clash, whose claims side by side are drawn above the History
        # (walk42); the panel's top is out of view there too.
        _write(
            lambda: store.undo_edit(incident_id, seq, who=editor()),
            lambda done: undone_message(number, done[1]),
            incident_id,
            toast=True,
        )


def undone_message(number: int, entry: HistoryEntry) -> str:
    """What an undo did, field by field, as an edit's message says what it changed (walk40: an undo
    was said without its values, or not at all): markdown, every value escaped. One short line: in a
    toast, "The claim is as in version 2; the undo is a new line in its…" was cut and covered the value
    it reported (walk43); the History says the rest."""
    return f"Undone: change {number} — {_change_line(entry.changes) or 'nothing was different'}."


def saved_message(
    entries: Sequence[HistoryEntry], typed: Mapping[str, object], country_names: Mapping[str, str] | None = None
) -> str:
    """What an edit saved, field by field with its values ("Saved: claimant X → Y; weapons drone,
    grenade → drone."), from the history entries the write made; the fields ``typed`` when none says
    (walk43: "Saved: weapons changed.", if seen at all, did not say to what). Markdown, escaped.
    A region dropped with the old country is always said, in words ("region Tavush cleared: it is in
    Armenia", the old country's name from ``country_names`` (code → name), else its code)."""
    changes = _changes_of(entries)
    notes: dict[str, str] = {}
    if "latitude" in changes and "longitude" in changes:
        # one "point a, b → c, d": the toast's three lines hold the point, the country and the region (walk46)
        (lat_was, lat_now), (lon_was, lon_now) = changes["latitude"], changes["longitude"]
        point = (f"{_form_text(lat_was)}, {_form_text(lon_was)}", f"{_form_text(lat_now)}, {_form_text(lon_now)}")
        changes = {
            ("point" if name == "latitude" else name): (point if name == "latitude" else value)
            for name, value in changes.items()
            if name != "longitude"
        }
    if "country" in changes and ("longitude" in changes or "point" in changes):
        # the country a moved point is in, said with the point (after it came the region, and the
        # country was "and 1 more field", fix 46)
        names = [name for name in changes if name != "country"]
        names.insert(names.index("point" if "point" in names else "longitude") + 1, "country")
        changes = {name: changes[name] for name in names}
    if "country" in changes and "admin1" in changes:
        (was, _), (region, now) = changes["country"], changes["admin1"]
        if _form_text(region) and not _form_text(now):
            # said after the country, never counted away (walk46 item 4: "…; country AM → AZ; and 1 more field.")
            country = _form_text(was)
            where = (country_names or {}).get(country) or country or "another country"
            notes["admin1"] = f"region {summary_of(_form_text(region), MESSAGE_VALUE_CHARS)} cleared: it is in {where}"
            names = [name for name in changes if name != "admin1"]
            names.insert(names.index("country") + 1, "admin1")
            changes = {name: changes[name] for name in names}
    line = _change_line(changes, notes)
    return f"Saved: {line}." if line else f"Saved: {', '.join(escape_markdown(name) for name in typed)} changed."


def reviewed_message(entries: Sequence[HistoryEntry], status: str) -> str:
    """What a review of one claim saved ("Review saved: review_status unreviewed → verified."), or that
    nothing was different. Markdown, escaped."""
    changes = _changes_of(entries)
    if not changes:
        return f"Nothing was changed: the review status was already {escape_markdown(status)}."
    return f"Review saved: {_change_line(changes)}."


def _changes_of(entries: Sequence[HistoryEntry]) -> dict[str, tuple[object, object]]:
    """Every field the history entries of one write changed: its value before and after."""
    changes: dict[str, tuple[object, object]] = {}
    for entry in entries:
        changes.update(entry.changes or {})
    return changes


MESSAGE_VALUE_CHARS = 30  # a value in a write's message at most (a summary's is cut: the History has it whole)
# What a write's message says of its fields at most: a toast shows three lines of its 22rem and cuts the
# rest to "… view more" (walk43: over the very row it reported); the fields past it are counted.
MESSAGE_CHANGE_CHARS = 90


def _change_line(changes: Mapping[str, tuple[object, object]], notes: Mapping[str, str] | None = None) -> str:
    """ "weapons drone, grenade → drone; wounded 4 → not stated": each field's old and new value, short
    (one line in a toast: the fields past :data:`MESSAGE_CHANGE_CHARS` counted, the first always said),
    escaped. A field of ``notes`` is said as its note there, always."""

    def shown(value: object) -> str:
        if not isinstance(value, dict) and _form_text(value) == "":
            return "not stated"
        return summary_of(_history_value(value), MESSAGE_VALUE_CHARS)

    parts: list[str] = []
    length, more = 0, 0
    for name, (old, new) in changes.items():
        note = (notes or {}).get(name)
        part = note or f"{name} {shown(old)} → {shown(new)}"
        if note is None and parts and (more or length + len(part) > MESSAGE_CHANGE_CHARS):
            more += 1  # (and every field after it: the fields past the first cut are counted)
            continue
        parts.append(part)
        length += len(part) + 2
    line = "; ".join(escape_markdown(part) for part in parts)
    return line + (f"; and {counted(more, 'more field')}" if more else "")


def bulk_review(ticked: Sequence[str], shown: Sequence[str]) -> None:
    """Set the review status (and note) of the ticked rows, or of every row the filters show."""
    store = get_store()
    with st.expander("Set the review status of several claims"):
        editor_line(st.container())
        scopes = {
            "ticked": f"the {counted(len(ticked), 'ticked row')}",
            "shown": "the one row shown" if len(shown) == 1 else f"all {len(shown):,} rows shown",
        }
        scope = st.radio("Which claims", list(scopes), format_func=scopes.get, key="bulk_scope", horizontal=True)
        status = st.selectbox("Review status", REVIEW_STATUSES, key="bulk_status")
        note = st.text_input("Review note (replaces theirs; empty clears it)", key="bulk_note", max_chars=MAX_NOTE)
        ids = list(ticked if scope == "ticked" else shown)
        if st.button("Set review status", key="bulk_set", disabled=store.read_only or not ids):
            _write(
                lambda: store.review(ids, status, note, who=editor()),
                f"Review status {status} set on {len(ids):,} claim{'s' if len(ids) != 1 else ''}.",
            )


# -- saving from Add report and manual entry: duplicates and missing sources first --------------

_PENDING = "_curation_pending_"  # + key: (incidents, matches, origin, label) waiting for the user
_SAVED = "_curation_saved_"  # + key: the claims the last save from there wrote (SavedClaim list)


def save_checked(
    incidents: Sequence[Incident], *, origin: str, label: str | None, key: str, then: Callable[[], str] | None = None
) -> WriteResult:
    """Save ``incidents`` — unless some look like stored claims, are or look like claims a person
    retracted, or have no source at all.

    Then nothing is saved yet: the claims wait for the user's decision, which
    :func:`pending_review` (called where the page wants it) asks for, and the page reruns.
    ``then`` runs after a save held back like this (its text is added to the message); after
    an immediate save the caller goes on itself.
    """
    store = get_store()
    matches = find_duplicates(store, incidents, retracted=True)
    if matches or lacking_source(incidents):
        st.session_state[_PENDING + key] = (list(incidents), matches, origin, label, then)
        st.rerun()
    result = store.save(incidents, origin=origin, label=label, who=editor())
    st.session_state[_SAVED + key] = saved_claims(incidents, result)
    return result


class SavedClaim(NamedTuple):
    """A claim a save wrote (or merged into): its id, and what a link to it says."""

    id: str
    label: str


def saved_claims(incidents: Sequence[Incident], result: WriteResult) -> list[SavedClaim]:
    """The stored claims a save of ``incidents`` left, in their order: each one saved (new, updated
    or unchanged), or the stored claim it was merged into or restored instead; none for one skipped
    as a duplicate or kept retracted."""
    written = {*result.new, *result.updated, *result.unchanged}
    claims: dict[str, SavedClaim] = {}
    for incident in incidents:
        said = f"{incident.date.isoformat()} · {incident.place or 'no place'} · {incident.claimant}"
        if incident.id in result.merged:
            target = result.merged[incident.id]
            said += " (merged into this stored claim)"
        elif result.restored.get(incident.id, incident.id) != incident.id:
            target = result.restored[incident.id]
            said += " (restored this retracted claim instead)"
        elif incident.id in written:
            target = incident.id
        else:
            continue
        claims.setdefault(target, SavedClaim(target, f"{said} · {target}"))
    return list(claims.values())


def last_saved(key: str) -> list[SavedClaim]:
    """The claims the last save from ``key`` (:func:`save_checked`, :func:`pending_review`) wrote."""
    return list(st.session_state.get(_SAVED + key) or [])


MAX_LINKS = 25  # links drawn after a save at most (a report gives a few claims)


def saved_links(claims: Sequence[SavedClaim]) -> None:
    """A link per saved claim that opens it on the map (its details panel and its ring), keeping the
    filters as the page menu's links do. After a save, Add report said how many claims it wrote and
    how to undo it, but not which, nor where to find them: a user searched the map for the one just
    saved, cluster by cluster (walk34)."""
    if not claims:
        return
    st.caption(f"Open {'it' if len(claims) == 1 else 'each'} on the map:")
    query = filter_query()
    for claim in claims[:MAX_LINKS]:
        st.page_link(
            page(MAP),
            label=escape_markdown(claim.label),
            icon=":material/location_on:",
            query_params={**query, CLAIM_PARAM: claim.id},
        )
    if len(claims) > MAX_LINKS:
        st.caption(f"…and {len(claims) - MAX_LINKS:,} more: the Table page lists every claim, newest first.")


def save_outcome(count: int, result: WriteResult) -> str:
    """What a save of ``count`` claims did, in one sentence whether it was held back for a choice or not
    (they were two: "Saved: 0 new, …; 0 skipped as duplicates, 0 merged …" and "Saved 2 incidents: …"),
    and how to undo it. Plain text: the caller escapes it."""
    # A claim restored, or still retracted, is said to be so, never only "unchanged" (walk39: a report
    # pasted again said "2 unchanged" of a claim that stayed hidden).
    hidden = set(result.retracted)
    restored = set(result.restored.values())
    updated = [i for i in result.updated if i not in hidden and i not in restored]
    unchanged = [i for i in result.unchanged if i not in hidden and i not in restored]
    duplicates = len(result.skipped) - len(result.kept_retracted)
    # the headline counts what was written (walk40: "Saved 2 incidents: 1 new, …, 1 skipped as
    # duplicates" when one was saved); "of N" only when some were not
    written = count - len(result.skipped)
    saved = (
        f"Saved {counted(written, 'incident')}"
        if written == count
        else f"Saved {written:,} of {counted(count, 'incident')}"
    )
    return (
        f"{saved}: {len(result.new):,} new, {len(updated):,} updated, {len(unchanged):,} unchanged"
        + (f", {len(restored):,} restored (retracted before)" if restored else "")
        + (f", {len(result.kept_retracted):,} kept retracted (not saved)" if result.kept_retracted else "")
        + (f", {duplicates:,} skipped as {'a duplicate' if duplicates == 1 else 'duplicates'}" if duplicates else "")
        + (
            f", {len(result.merged):,} merged into {'a stored claim' if len(result.merged) == 1 else 'stored claims'}"
            if result.merged
            else ""
        )
        + "."
        + (
            f" {len(hidden):,} of them {'was' if len(hidden) == 1 else 'were'} retracted before and "
            f"{'stays' if len(hidden) == 1 else 'stay'} hidden: restore from the claim's details on the map "
            "(“show retracted claims” in the sidebar)."
            if hidden
            else ""
        )
        + _undo_hint(result)
    )


def _undo_hint(result: WriteResult) -> str:
    """Where a save is undone, in the words of the page that does it: the undo is on another page's
    second tab, which nothing on Add report named (walk26). Only for a save that created claims:
    retracting its batch hides those; claims it merely updated stay as they are."""
    if not result.new or result.batch is None:
        return ""
    batches = get_store().batches()
    found = batches[batches["id"] == result.batch]
    if found.empty:
        return ""
    return (
        f" To undo it: Import → Past imports, pick “{_batch_label(found.iloc[0])}” "
        "and press “Retract this whole import”."
    )


def unsourced_warning(count: int) -> str:
    """What the box before saving says of ``count`` claims with no outlet and no URL (its words
    those of the buttons under it)."""
    many = count != 1
    return (
        f"{count:,} claim{'s have' if many else ' has'} no source (no outlet and no URL): nobody will be able to "
        f"check where {'they' if many else 'it'} came from. Press “Cancel: save nothing” and add the outlet or "
        f"link, or “Save with these choices” to save {'them' if many else 'it'} as {'they are' if many else 'it is'}."
    )


def said_again(key: str) -> bool:
    """Say the last write's message here, if it was left for ``key`` (:func:`flash`'s ``below``: the
    place of the action), for as long as :func:`show_flash` (called above on the same page) keeps it;
    the page's top, which is out of view there, does not say it. Whether it was said."""
    kept = st.session_state.get(_FLASH)
    if not (isinstance(kept, _Flash) and kept.below == key and kept.page is not None):
        return False
    kept.placed = True  # (say_unplaced says it at the top on a run where no place did)
    st.success(kept.message, icon=SAVED_ICON)
    return True


def drop_pending(key: str) -> None:
    """Forget the claims held back under ``key``: a page that reads another report calls it, so that
    "Save with these choices" can never save the claims of the report read before (walk38: the old
    report's claim was saved while the new one's proposals were on screen). What the last save of
    ``key`` did is forgotten too: it is not said under another report's proposals."""
    st.session_state.pop(_PENDING + key, None)
    kept = st.session_state.get(_FLASH)
    if isinstance(kept, _Flash) and kept.below == key:
        del st.session_state[_FLASH]


def pending_review(key: str, links: bool = False) -> None:
    """The claims :func:`save_checked` held back: side by side with the stored ones, and the choice.

    Once saved, what the save did is said here, where the user chose, and only here, for as long as
    :func:`show_flash` (called above on the same page) keeps it.
    ``links``: and under it a link to each claim saved (:func:`saved_links`), for a page that does not
    draw them itself."""
    pending = st.session_state.get(_PENDING + key)
    if not pending:
        if said_again(key) and links:
            saved_links(last_saved(key))
        return
    incidents, matches, origin, label, then = pending
    with st.container(border=True):
        st.markdown("**Before saving**")
        unsourced = lacking_source(incidents)
        if unsourced:
            st.warning(unsourced_warning(len(unsourced)))
        decisions: dict[str, Decision] = {}
        live = [m for m in matches if m.retraction is None]
        hidden = [m for m in matches if m.retraction is not None]
        if live:
            st.markdown(
                f"**{len(live):,} of these {'looks like a claim' if len(live) == 1 else 'look like claims'} already stored**"
            )
        if hidden:
            st.markdown(
                f"**{len(hidden):,} of these {'is, or looks like, a claim' if len(hidden) == 1 else 'are, or look like, claims'} "
                "retracted earlier**: restore, or keep retracted?"
            )
        for number, match in enumerate(matches):
            st.dataframe(duplicates_table([match]), hide_index=True, width="stretch")
            labels = DECISION_LABELS
            if match.retraction is not None:
                labels = RETRACTED_LABELS if match.stored.id == match.incoming.id else RETRACTED_LOOKALIKE_LABELS
            decisions[match.incoming.id] = st.radio(
                f"{escape_markdown(match.incoming.date)} · {escape_markdown(match.incoming.place or 'no place')} · "
                f"{escape_markdown(match.incoming.claimant)}"
                + (f" — the stored claim was {escape_markdown(_retraction_text(match))}" if match.retraction else ""),
                match.choices,
                format_func=labels.get,
                key=f"{key}_decision_{number}",
            )
        save, cancel = st.columns(2)
        if cancel.button("Cancel: save nothing", key=f"{key}_pending_cancel"):
            del st.session_state[_PENDING + key]
            st.rerun()
        if save.button("Save with these choices", type="primary", key=f"{key}_pending_save"):
            store = get_store()
            try:
                result = save_with_decisions(
                    store, incidents, matches, decisions, origin=origin, label=label, who=editor()
                )
            except MapdataError as exc:
                st.error(f"Nothing was saved: {escape_markdown(exc)}")
                return
            del st.session_state[_PENDING + key]
            st.session_state[_SAVED + key] = saved_claims(incidents, result)
            note = then() if then is not None else ""
            data_changed()
            flash(escape_markdown(save_outcome(len(incidents), result) + note), below=key)
            st.rerun()


# -- before saving: proposals that look like stored claims ---------------------------------------

_LOOKALIKES = "_curation_lookalikes_"  # + key: (fingerprint, {row: DuplicateMatch}) of the rows last checked


def lookalikes_of(key: str, basis: str, incidents: Callable[[], Mapping[int, Incident]]) -> dict[int, DuplicateMatch]:
    """Row -> the stored claim the row's claim already is or looks like (:func:`stored_lookalikes`),
    for the rows ``incidents()`` gives (each row's claim as it would be saved).

    Kept per ``key`` with ``basis`` (what the rows were made from, e.g. their digest) and the store's
    data version: a rerun that changes neither (a click elsewhere on the page) reads nothing and
    ``incidents`` is not called. A failed look-up finds nothing: the save checks again."""
    store = get_store()
    try:
        fingerprint = (str(store.path), store.data_version(), basis)
    except MapdataError:
        return {}
    kept = st.session_state.get(_LOOKALIKES + key)
    if kept is not None and kept[0] == fingerprint:
        return dict(kept[1])
    rows = dict(incidents())
    try:
        matches = stored_lookalikes(store, list(rows.values()))
    except MapdataError:
        return {}
    by_id = {match.incoming.id: match for match in matches}
    found = {row: by_id[incident.id] for row, incident in rows.items() if incident.id in by_id}
    st.session_state[_LOOKALIKES + key] = (fingerprint, found)
    return dict(found)


def lookalike_notes(found: Mapping[int, DuplicateMatch]) -> None:
    """Under the proposals: each row whose claim already is or looks like a stored one, with a link to
    that claim on the map (it opens in a new tab: the review here stays as it is)."""
    if not found:
        return
    query = filter_query()
    for row, match in sorted(found.items())[:MAX_LINKS]:
        new, old = match.incoming, match.stored
        mine = f"{new.date.isoformat()} · {new.place or 'no place'} · {new.claimant}"
        theirs = f"{old.date.isoformat()} · {old.place or 'no place'} · {old.claimant} · {old.id}"
        why = {
            (ALREADY_STORED,): "the same claim, already saved",
            (ALREADY_RETRACTED,): "the same claim, saved before",
        }.get(match.reasons, ", ".join(match.reasons))
        # the Map page (served at "/", beside this one) with the filters and the claim (a retracted one
        # shown, grey, with its restore); a link's destination takes Markdown's escapes too
        shown = {"retracted": "1"} if match.retraction is not None else {}
        link = "./?" + urllib.parse.urlencode({**query, **shown, CLAIM_PARAM: old.id}, doseq=True)
        what = "looks like a stored claim"
        if match.retraction is not None:  # (hidden from every view: the reviewer could not know)
            what = f"looks like a claim {_retraction_text(match)}"
        st.markdown(
            f"**Row {row + 1:d}** ({escape_markdown(mine)}) — {escape_markdown(what)}: "
            f"[{escape_markdown(theirs)}]({escape_markdown(link)}) ({escape_markdown(why)})"
        )
    if len(found) > MAX_LINKS:
        st.caption(f"…and {counted(len(found) - MAX_LINKS, 'more row')} that look like stored claims.")
    st.caption(
        "Check such a row before correcting it: the stored claim may be right already (the link opens it on "
        "the map in a new tab). The same claim saved again is not added twice; at “Save”, a look-alike is "
        "held back to ask whether to skip it, keep both or merge it"
        + (
            ", and a retracted one whether to restore it or keep it retracted."
            if any(m.retraction is not None for m in found.values())
            else "."
        )
    )


def history_download(shown: pd.DataFrame, state: FilterState, status: pd.Series | None = None) -> None:
    """A CSV of the rows shown with each claim's clash status (from ``status``), review, retraction
    and history (built on click).

    Named like the other downloads, after the dates and filters of what it holds."""
    store = get_store()
    snapshot = shown.copy()
    status = None if status is None else status.reindex(snapshot.index).copy()

    def build() -> bytes:
        histories = store.histories(snapshot["id"])
        history = [[entry.to_dict() for entry in histories.get(i, [])] for i in snapshot["id"]]
        return to_csv_bytes(snapshot.assign(history=history), curation=True, status=status)

    st.download_button(
        f"Download with review and history (CSV, {counted(len(snapshot), 'incident')})",  # as "Download CSV (N incidents)"
        data=build,
        file_name=f"{file_stem(state, snapshot)}_with-history.csv",
        mime=CSV_MIME,
        key="download_with_history",
        on_click="ignore",
        disabled=snapshot.empty,
        help="The rows shown, each with its review status and note, retraction and every recorded change",
        icon=":material/history:",
        width="stretch",  # as wide as the CSV and GeoJSON buttons above it (walk7: it was narrow)
    )
