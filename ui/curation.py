"""Correcting the record in the app: who is editing, duplicates side by side, import batches, and
the claim's own corrections (edit, review, retract/restore, history) in the details panel.

Every write goes through the store (the change and its history entry in one transaction);
every value shown comes from imports and reports, so it is escaped (Markdown) or shown in
data frames (plain text).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pandas as pd
import streamlit as st

from mapdata.curation.duplicates import DECISIONS, Decision, DuplicateMatch
from mapdata.errors import MapdataError
from mapdata.safety import escape_markdown
from mapdata.store import Store, current_user
from ui.common import data_changed

__all__ = [
    "DECISION_LABELS",
    "batch_list",
    "decision_choice",
    "duplicates_table",
    "editor",
    "editor_setting",
    "flash",
    "show_flash",
]

_NAME = "_curation_name"  # canonical (non-widget) key: survives page switches
_NAME_INPUT = "curation_name_input"
_FLASH = "_curation_flash"  # a message to show after the rerun a write triggers
DECISION_LABELS: dict[Decision, str] = {
    "skip": "Skip them (do not save)",
    "keep": "Keep both (save them as separate claims)",
    "merge": "Merge into the stored claim (fill what it lacks; nothing overwritten)",
}


def editor() -> str:
    """The name written into the history: the one set in the app, else ``$MAPDATA_USER`` or the OS user."""
    return st.session_state.get(_NAME) or current_user()


def _name_changed() -> None:
    st.session_state[_NAME] = " ".join(str(st.session_state.get(_NAME_INPUT, "")).split())[:100]


def editor_setting() -> None:
    """The sidebar setting "your name in the history" (a setting of this session, never of the file)."""
    st.session_state.setdefault(_NAME_INPUT, st.session_state.get(_NAME, ""))
    st.sidebar.text_input(
        "Your name in the history",
        key=_NAME_INPUT,
        placeholder=current_user(),
        max_chars=100,
        on_change=_name_changed,
        help="Recorded with every change you make. Empty: $MAPDATA_USER, else your operating-system user.",
    )


def flash(message: str, kind: str = "success") -> None:
    """Keep ``message`` for the next run (a write is followed by ``st.rerun``)."""
    st.session_state[_FLASH] = (kind, message)


def show_flash() -> None:
    """Show the message a write left for this run, once."""
    kind, message = st.session_state.pop(_FLASH, ("", ""))
    if message:
        getattr(st, kind if kind in ("success", "warning", "info", "error") else "info")(message)


def duplicates_table(matches: Sequence[DuplicateMatch]) -> pd.DataFrame:
    """One row per flagged claim: the incoming one and the stored one it looks like, side by side."""
    rows = []
    for match in matches:
        new, old = match.incoming, match.stored
        rows.append(
            {
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


def decision_choice(matches: Sequence[DuplicateMatch], key: str, what: str = "rows") -> Decision:
    """Show the flagged claims side by side and ask what to do with them (default: skip)."""
    st.subheader(f"{len(matches):,} {escape_markdown(what)} look like claims already stored")
    st.caption(
        "Same claimant, a date within a day and the same or a near place — or the same source URL. "
        "Each is shown beside the stored claim it looks like."
    )
    st.dataframe(duplicates_table(matches), hide_index=True, width="stretch")
    return st.radio("What to do with them", DECISIONS, format_func=DECISION_LABELS.get, key=key, horizontal=False)


def _batch_label(row: pd.Series) -> str:
    state = " (retracted)" if pd.notna(row["retracted_at"]) else ""
    return f"{row['created']} · {row['label'] or row['origin']} · {int(row['created_claims']):,} claims{state}"


def batch_list(store: Store) -> None:
    """Every import batch, newest first, and the undo (retract) / restore of a whole batch."""
    batches = store.batches()
    if batches.empty:
        st.info("Nothing has been imported yet.")
        return
    shown = batches.assign(
        retracted=batches["retracted_reason"].fillna(""),
        live=batches["live_claims"].astype(int).astype(str)
        + " of "
        + batches["created_claims"].astype(int).astype(str),
    )[["created", "who", "label", "origin", "new", "updated", "unchanged", "live", "retracted", "id"]]
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
    except MapdataError as exc:
        st.error(f"Nothing was changed: {escape_markdown(exc)}")
        return
    data_changed()
    flash(f"{len(changed):,} claim{'s' if len(changed) != 1 else ''} {done}.")
    st.rerun()
