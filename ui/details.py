"""The details panel: the claims at a clicked spot (a sortable, paged list), and one claim in full.

Real exports stack hundreds of claims at one point (ACLED puts every event near Chinari on one
coordinate), so a click on a spot lists its claims, with the sidebar's filters applied, and a
row of that list opens the claim in full. The side-by-side comparison is only for the claims
about the same clash (one counter-claim group), and only a readable number of them.

Every value comes from imports and pasted reports. Nothing of it goes through Markdown (which
turned URLs in a summary into links and decoded ``&lt;img…&gt;``): the claim is HTML built with
``escape_html``, lists are plain-text grids, links only through ``safe_url``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from mapdata.claims import STATUS_RULE, StatusExplanation, explain_status
from mapdata.claims.answers import ReportLink, report_links
from mapdata.errors import UnknownRecordError
from mapdata.extract.casualties import told_without_a_number
from mapdata.filters import describe, filters_hiding, without_filters
from mapdata.model import FIELDS, extra_fields
from mapdata.safety import counted, escape_html, escape_markdown, safe_url, summary_of
from mapdata.store.frames import rows_where
from ui.common import CLAIM_PARAM, close_claim_button, current_filters, get_store, search_spellings, set_filters
from ui.curation import claim_curation, restore_button, say_unplaced, show_flash

SPOT_ROWS_PER_PAGE = 25
# A report's sentence is shown whole up to this many characters; a longer one (a hostile paste, a
# page with no full stops) shows its start and "…", the rest one click away.
EVIDENCE_SHOWN_CHARS = 1_500
EVIDENCE_MAX_SENTENCES = 12  # sentences listed; "Every field of this claim" holds them all
MAX_COMPARED = 6  # claims side by side: more columns than this cannot be read beside a map
# "Every field of this claim" shows ``extra`` (what a dataset row or a report carried beyond our
# fields) as rows of key: value. A value longer than EXTRA_SHOWN_CHARS shows its start, the rest one
# click away, up to EXTRA_MAX_CHARS (the downloads hold it whole); a list holding lists or objects
# (other than a list of records) and nesting deeper than EXTRA_DEPTH show as JSON, and more than EXTRA_MAX_ROWS rows are counted, not listed.
EXTRA_SHOWN_CHARS = 400
EXTRA_MAX_CHARS = 20_000
EXTRA_DEPTH = 6
EXTRA_MAX_ROWS = 300
NOT_STATED = "not stated"
# How mapdata.claims.status words a clash of one day and spot ("Grouped as one clash: 2 accounts of
# the same day and spot …"): the panel says that grouping once, with the accounts listed.
SAME_DAY_AND_SPOT = "accounts of the same day and spot"

# What the side-by-side comparison of claims shows: field → row label.
COMPARED_FIELDS = {
    "reporting_side": "reporting side",
    "accused_side": "accuses",
    "date": "date",
    "place": "place",
    "event_type": "event type",
    "weapons": "weapons",
    "killed": "killed",
    "wounded": "wounded",
    "summary": "summary",
    "source": "source",
}
# The spot list: column → heading. Beside the map the list is narrow (432 px at a 1400 px window):
# one column per field left the summary a sliver at its edge and the list scrolled sideways (walk38).
# So a row reads as the date and one wrapped line per claim, "Armenia → Azerbaijan · single source · 2 killed
# · mortars — Azerbaijani forces fired… · ARM4752": what tells near-identical claims apart first
# (walk34: 298 rows at Chinari showed Date, Claimant and Side only; walk47: one ministry's 159 rows at
# Berdavan read the same but for the date), then the start of the summary and the id. That line takes the rest of
# the list's width at any window; the fields on their own columns are hidden (not in LIST_SHOWN), one
# click away in the list's column menu.
LIST_COLUMNS = {
    "date": "Date",
    "claim_line": "Claim",
    "sides": "Side → accused",
    "clash_status": "Clash status",
    "casualties": "Casualties",
    "event_type": "Event type",
    "weapons_named": "Weapons",
    "claimant": "Claimant",
}
LIST_SHOWN = ("date", "claim_line")
# Streamlit wraps a cell's text only in rows taller than 4rem (64 px): three lines of text.
LIST_ROW_HEIGHT = 66
# A claim's line is cut to what three lines hold in the narrowest list, a 375 px window's (its column
# 235 px; 280 at 420, 312 beside the map at 1,001, 324 at 1,400). The row is three lines high whatever
# the width, and the grid cuts a fourth line in half: at 140 characters, sized for the 324 px column,
# 986 of the 992 different lines of ACLED Armenia's 4,028 claims took four lines at a 420 px window,
# and 37 did beside the map at 1,001 px (walk42 item 21). At 95, none of them takes four from 375 px up
# (measured in Chromium in the grid's font, as the grid wraps: tests/browser/test_spot_list_rows_browser.py).
CLAIM_LINE_CHARS = 95
CLAIM_LINE_SUMMARY_MIN = 24  # characters of the summary's start kept after the facts (none if they leave fewer)
CLAIM_LINE_ID_CHARS = 16  # the id's characters at a row's end (an article's id is 16 hex digits after "article:")
CLAIM_LINE_MIN_WIDTH = 150  # px; the line's column grows from this to the list's width
# The order a clash status sorts in, the most telling first (walk34: the 5 contested of 298 claims)
STATUS_ORDER = {"denied": 0, "contested": 1, "corroborated": 2, "single source": 3}
SORTS: dict[str, tuple[list[str], list[bool]]] = {
    "newest first": (["date", "id"], [False, True]),
    "clash status (denied, contested first)": (["status_rank", "date", "id"], [True, False, True]),
    "oldest first": (["date", "id"], [True, True]),
    "claimant": (["claimant", "date"], [True, False]),
    "reporting side": (["reporting_side", "date"], [True, False]),
    "most killed": (["killed", "wounded", "date"], [False, False, False]),
    "most wounded": (["wounded", "killed", "date"], [False, False, False]),
}
_CSS = """<style>
.mapdata-claim { font: 15px/1.45 "Source Sans", system-ui, sans-serif; }
.mapdata-claim h4 { margin: 0 0 2px; font-size: 1.1em; }
.mapdata-claim .muted { color: #666; }
.mapdata-claim .status { color: #444; font-weight: 600; }
.mapdata-claim .status-contested { color: #8a1c1c; }
.mapdata-claim .status-denied { color: #a33c00; }
.mapdata-claim .status-corroborated { color: #1b5e20; }
.mapdata-claim .status-why { margin: 2px 0 6px 1.2em; padding: 0; color: #333; }
.mapdata-claim .status-why li { margin: 2px 0; overflow-wrap: anywhere; font-size: 14px; line-height: 1.4; }
.mapdata-claim .status-why ul { margin: 2px 0 0 1.2em; padding: 0; }
.mapdata-claim .retracted { margin: 0 0 8px; padding: 6px 10px; border-left: 4px solid #8a1c1c; background: #fbeaea; color: #5c1010; font-weight: 600; }
.mapdata-claim .retracted-note { font-weight: 400; font-size: 0.9em; }
.mapdata-claim .summary { margin: 6px 0; white-space: pre-wrap; }
.mapdata-claim .evidence { margin: 6px 0 6px 1.2em; padding: 0; }
.mapdata-claim .evidence li { white-space: pre-wrap; overflow-wrap: anywhere; margin: 2px 0; }
.mapdata-claim .evidence summary { cursor: pointer; color: #1a5fb4; }
.mapdata-fields { border-collapse: collapse; width: 100%; font-size: 13px; }
.mapdata-fields th, .mapdata-fields td { border-top: 1px solid #e6e6e6; padding: 3px 6px; text-align: left; vertical-align: top; }
.mapdata-fields th { color: #555; font-weight: 600; white-space: nowrap; }
.mapdata-fields td { white-space: pre-wrap; overflow-wrap: anywhere; }
.mapdata-fields .selected { background: #f3f6fb; }
.mapdata-extra { display: grid; grid-template-columns: minmax(0, 36%) minmax(0, 1fr); gap: 2px 8px; }
.mapdata-extra > div { overflow-wrap: anywhere; white-space: pre-wrap; }
.mapdata-extra .key { color: #555; overflow-wrap: break-word; }
.mapdata-extra .cut { color: #666; font-size: 0.95em; }
.mapdata-extra .more { grid-column: 1 / -1; }
.mapdata-extra details summary { cursor: pointer; color: #1a5fb4; }
.mapdata-compared { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(190px, 100%), 1fr)); gap: 10px; }
.mapdata-card { table-layout: fixed; border: 1px solid #e6e6e6; }
.mapdata-card th { width: 40%; max-width: 7.5em; white-space: normal; overflow-wrap: anywhere; }
.mapdata-card tr:first-child td { font-weight: 600; }
.mapdata-card.selected { background: #f3f6fb; border-color: #9db4d6; }
</style>"""


SELECTION = "map_selection"  # what the details panel shows (Selection)
APPLIED_PICK = "_map_applied_pick"  # the linked claim already opened (centre once, then let the user pan)
SPOT_GENERATION = "_spot_generation"  # part of the spot list's key: a new one clears its ticked row
SPOT_PICK = "_spot_pick"  # (list key, row, claim id): the row last ticked in a spot's list, and its claim
SPOT_SHOWN = "_spot_shown"  # (spot, claim id): the claim of a spot's list already brought into view
SPOT_LIST_KEY = "spot_list"  # the spot's list (CSS class st-key-spot_list)
OPEN_CLAIM_KEY = "open_claim"  # the claim open in full under it (CSS class st-key-open_claim)
# Run once when a row of a spot's list opens its claim under the list: the page scrolls by as little as
# shows the claim's first lines (CLAIM_START px: its close button, heading and who claims it), and never
# past the top of the list's grid, so the row just ticked stays in the window (the grid is 400 px high).
# Nothing moves when the claim's start is already in view. The claim's id is a JSON string in the script.
CLAIM_START = 220
# The element that scrolls the page around ``element`` (Streamlit's main column, or the document).
_SCROLLER_OF = """  const scrollerOf = (element) => {
    for (let e = element.parentElement; e; e = e.parentElement) {
      const overflow = win.getComputedStyle(e).overflowY;
      if ((overflow === "auto" || overflow === "scroll") && e.scrollHeight > e.clientHeight) return e;
    }
    return doc.scrollingElement;
  };
"""
KEEP_LIST_IN_VIEW = (
    """<script>
(() => {
  const win = window.parent, doc = win.document, id = __ID__, until = Date.now() + 5000;
"""
    + _SCROLLER_OF
    + """  const bring = () => {
    const claim = doc.querySelector(".st-key-__CLAIM__");
    const grid = doc.querySelector(".st-key-__LIST__ [data-testid=stDataFrame]");
    const drawn = claim && claim.querySelector(`[data-claim-id="${CSS.escape(id)}"], [data-testid=stAlert]`);
    if (!claim || !grid || !drawn) {
      if (Date.now() < until) win.setTimeout(bring, 100);
      return;
    }
    const need = claim.getBoundingClientRect().top + Math.min(__START__, win.innerHeight / 3) - win.innerHeight;
    const room = grid.getBoundingClientRect().top - 8;
    const by = Math.min(need, room);
    if (by > 0) scrollerOf(claim).scrollBy({ top: by, behavior: "instant" });  // (a smooth scroll moved the next click)
  };
  win.requestAnimationFrame(bring);
})();
</script>"""
)
# Run once after a tap or click on the map opens a spot's list or a claim (__TARGET__, its container):
# when the details are below the map (a window under 1,000 px, a phone, or "Details beside the map" off)
# and their start is not in the window, the page scrolls to put it DETAILS_MARGIN px under the window's
# top (walk48 item 6: on a phone the 351 claims at Areni filled a list off-screen, and nothing said so).
# Beside the map nothing moves. __CLICK__ is the click's own token: each click's script is a new one.
DETAILS_MARGIN = 72  # px: Streamlit's top bar (the sidebar's button) and the "Details" heading above the list
DETAILS_SEEN = 120  # px of the details in the window that count as "in view": enough to see they are there
BRING_DETAILS_IN_VIEW = (
    """<script>
(() => {
  const win = window.parent, doc = win.document, until = Date.now() + 5000;  // click __CLICK__
"""
    + _SCROLLER_OF
    + """  const bring = () => {
    const target = doc.querySelector(".st-key-__TARGET__");
    const map = doc.querySelector('iframe[title="streamlit_folium.st_folium"]');
    if (!target || !map || !target.getBoundingClientRect().height) {
      if (Date.now() < until) win.setTimeout(bring, 100);
      return;
    }
    const top = target.getBoundingClientRect().top;
    if (top < map.getBoundingClientRect().bottom - 1) return;  // beside the map: in view with it
    if (top <= win.innerHeight - __SEEN__) return;  // (already in the window)
    scrollerOf(target).scrollBy({ top: top - __MARGIN__, behavior: "instant" });
  };
  win.requestAnimationFrame(bring);
})();
</script>"""
)


def bring_details_into_view(selection: Selection, click: str) -> None:
    """After a tap or click on the map (``click``: its token) opened ``selection``: on a narrow screen, where
    the details are below the map, scroll to the spot's list or the claim (:data:`BRING_DETAILS_IN_VIEW`)."""
    target = SPOT_LIST_KEY if selection.spot is not None else OPEN_CLAIM_KEY
    script = (
        BRING_DETAILS_IN_VIEW.replace("__CLICK__", re.sub(r"[^\w.-]", "", click)[:40])
        .replace("__TARGET__", target)
        .replace("__SEEN__", str(DETAILS_SEEN))
        .replace("__MARGIN__", str(DETAILS_MARGIN))
    )
    st.html(script, unsafe_allow_javascript=True)  # draws nothing


def keep_list_in_view(claim: str) -> None:
    """Show the start of the claim just opened under a spot's list, the list kept in the window (:data:`KEEP_LIST_IN_VIEW`)."""
    script = (
        KEEP_LIST_IN_VIEW.replace("__ID__", json.dumps(claim).replace("<", "\\u003c"))  # no "</script>" in it
        .replace("__CLAIM__", OPEN_CLAIM_KEY)
        .replace("__LIST__", SPOT_LIST_KEY)
        .replace("__START__", str(CLAIM_START))
    )
    st.html(script, unsafe_allow_javascript=True)  # draws nothing


@dataclass(frozen=True)
class Selection:
    """What the details panel shows: a spot's list (and maybe one of its claims), or one claim."""

    spot: tuple[float, float] | None = None  # coordinates, rounded as spot_of() rounds them
    claim: str | None = None  # id of the claim opened in full


def spot_of(latitude: float, longitude: float) -> tuple[float, float]:
    """The key of a spot: coordinates to 1e-5 degrees (about a metre), as the map sends them."""
    return round(float(latitude), 5), round(float(longitude), 5)


def claims_at(frame: pd.DataFrame, spot: tuple[float, float]) -> pd.DataFrame:
    """The claims of ``frame`` at ``spot`` (one vectorised comparison, whatever the frame's size)."""
    same = (frame["latitude"].round(5) == spot[0]) & (frame["longitude"].round(5) == spot[1])
    return rows_where(frame, same)


def text_of(value: object) -> str:
    """A field as a reader sees it: missing values say so (never "nan"), lists joined, dates as days."""
    if value is None:
        return NOT_STATED
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value) or "none stated"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False) if value else "—"
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if not pd.isna(value) else NOT_STATED
    try:
        if pd.isna(value):  # type: ignore[call-overload]
            return NOT_STATED
    except (TypeError, ValueError):
        pass
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _h(value: object) -> str:
    """A field as inert HTML text."""
    return escape_html(text_of(value))


def _rows_html(rows: Iterable[tuple[str, str]]) -> str:
    return "".join(f"<tr><th>{escape_html(label)}</th>{cells}</tr>" for label, cells in rows)


def fields_table_html(row: pd.Series) -> str:
    """Every field of one claim as an HTML table (field, value), every value escaped; ``extra`` as
    rows of its own (:func:`extra_html`)."""
    rows = (
        (field, f"<td>{extra_html(row.get(field)) if field == 'extra' else _h(row.get(field))}</td>")
        for field in FIELDS
    )
    return f'<table class="mapdata-fields" data-table="fields">{_rows_html(rows)}</table>'


def extra_rows(extra: dict, prefix: str = "", depth: int = 0) -> Iterable[tuple[str, object]]:
    """``extra`` as (key, value) rows a person reads: nested keys joined with "." as in the CSV
    (``acled.actor1``), a list of records (objects) one row per item (``merged_sources[1].source``);
    any other value one row (:func:`extra_value_text`). Deeper than EXTRA_DEPTH: the value, as JSON."""
    for key, value in extra.items():
        path = f"{prefix}{key}"
        if depth >= EXTRA_DEPTH:
            yield path, value
        elif isinstance(value, dict) and value:
            yield from extra_rows(value, path + ".", depth + 1)
        elif isinstance(value, list) and value and all(isinstance(item, dict) and item for item in value):
            yield from extra_rows({f"[{n}]": item for n, item in enumerate(value, start=1)}, path, depth + 1)
        else:
            yield path, value


def readable_extra(extra: dict) -> dict:
    """``extra`` with its bookkeeping in words: ``evidence_gave`` (field -> the positions, from 0, in
    ``evidence.claim`` of the sentences that gave it) as one row per field, "claimant read from":
    "sentence 1 of evidence.claim" (walk44: "evidence_gave.claimant 0" was cryptic)."""
    gave = extra.get("evidence_gave")
    if not isinstance(gave, dict) or not gave:
        return extra
    said: dict[str, object] = {}
    for name, positions in gave.items():
        if not isinstance(positions, list) or not positions:
            return extra  # not what evidence_once writes: shown as stored
        if not all(isinstance(p, int) and not isinstance(p, bool) and p >= 0 for p in positions):
            return extra
        listed = ", ".join(f"{p + 1:,}" for p in positions)
        said[f"{name} read from"] = f"{'sentence' if len(positions) == 1 else 'sentences'} {listed} of evidence.claim"
    out: dict = {}
    for key, value in extra.items():
        if key == "evidence_gave":
            out.update(said)
        else:
            out[key] = value
    return out


def extra_value_text(value: object) -> str:
    """One value of ``extra`` in words: text as it is, a list of plain values one per line (numbered
    when several), true/false and numbers as JSON writes them, a list holding lists or objects and
    any object as JSON (no walk of its own: a list nested 600 deep raised RecursionError here)."""
    if isinstance(value, str):
        return value if value else "(empty text)"
    if value is None:
        return "null (none given)"
    if isinstance(value, list) and not any(isinstance(item, (list, dict)) for item in value):
        if not value:
            return "(empty list)"
        items = [extra_value_text(item) for item in value]  # plain values: one level
        return items[0] if len(items) == 1 else "\n".join(f"{n}. {item}" for n, item in enumerate(items, start=1))
    if isinstance(value, dict) and not value:
        return "(empty)"
    return json.dumps(value, ensure_ascii=False, default=str)


def _extra_value_html(text: str) -> str:
    """A value escaped; a long one its first EXTRA_SHOWN_CHARS characters (cut between words) and the
    rest behind "Show all", up to EXTRA_MAX_CHARS, with a note of what is left out."""
    if len(text) <= EXTRA_SHOWN_CHARS:
        return escape_html(text)
    whole = escape_html(text[:EXTRA_MAX_CHARS])
    left = len(text) - EXTRA_MAX_CHARS
    if left > 0:
        whole += (
            f'… <span class="cut">({counted(left, "more character")}: the CSV or GeoJSON download holds them)</span>'
        )
    return (
        f'{escape_html(summary_of(text, EXTRA_SHOWN_CHARS))} <span class="cut">(cut: {len(text):,} characters in all)</span>'
        f"<details><summary>Show all of it</summary>{whole}</details>"
    )


def _key_html(key: str) -> str:
    """An ``extra`` key, escaped, that a narrow column wraps after a "." or "_" (walk51: on a phone
    "acled.event_type" broke as "acled.event_typ / e"), mid-word only for a part wider than the column."""
    return "<wbr>".join(escape_html(part) for part in re.split(r"(?<=[._])", key))


def extra_html(value: object) -> str:
    """A claim's ``extra`` (the stored JSON text or parsed) as rows of key: value, every key and
    value escaped; "—" when empty, the text as it is when it is not JSON. A grid of its own, not a
    table inside the fields table."""
    try:
        extra = extra_fields(value)  # a store's frame keeps the stored JSON text (memory, issue 17)
        if not extra:
            return "—"
        extra = readable_extra(extra)
        rows = []
        for number, (key, item) in enumerate(extra_rows(extra)):
            if number == EXTRA_MAX_ROWS:
                more = sum(1 for _ in extra_rows(extra)) - EXTRA_MAX_ROWS
                rows.append(
                    f'<div class="more cut">{counted(more, "more value")} not listed (the downloads hold them)</div>'
                )
                break
            text = extra_value_text(item)
            rows.append(f'<div class="key">{_key_html(key)}</div><div>{_extra_value_html(text)}</div>')
    except (ValueError, RecursionError):  # not JSON, or nested deeper than json reads or writes
        text = value if isinstance(value, str) else repr(value)
        return escape_html(summary_of(text, EXTRA_MAX_CHARS))
    return f'<div class="mapdata-extra" data-extra="rows">{"".join(rows)}</div>'


def side_by_side_html(claims: pd.DataFrame, selected_id: str) -> str:
    """Claims about one clash, one small table each (the selected one first and marked), laid out as
    a grid that puts as many side by side as the column holds (one wide table, a column per claim, was
    1,253 px wide in a 360 px column). A card is at least 190 px: two side by side in the details column
    beside the map (420 px and more from a 1,001 px window), one above another on a phone (walk49: at
    240 px the 432 px column of a 1,400 px window held one, and the two accounts stacked)."""
    cards = []
    for number, (_, claim) in enumerate(claims.iterrows(), start=1):
        selected = claim["id"] == selected_id
        rows = [("claim", f"<td>{number}. {_h(claim['claimant'])}{' (selected)' if selected else ''}</td>")]
        rows += [(label, f"<td>{_h(claim.get(field))}</td>") for field, label in COMPARED_FIELDS.items()]
        marked = ' selected"' if selected else '"'
        cards.append(
            f'<table class="mapdata-fields mapdata-card{marked} data-table="compared">{_rows_html(rows)}</table>'
        )
    return f'<div class="mapdata-compared">{"".join(cards)}</div>'


def _loss_html(row: pd.Series, kind: str) -> str:
    """A claim's killed or wounded; with no number, say so differently when its summary tells of such
    losses in words ("killed: no number given, the summary tells of it"), not as if there were none."""
    value = text_of(row.get(kind))
    if value != NOT_STATED or kind not in told_without_a_number(row.get("summary")):
        return _h(row.get(kind))
    return "no number given (the summary tells of it)"


def _blame_html(row: pd.Series) -> str:
    """Whom the claim blames: "accuses X", or, when the claimant's own side is the one that fired (ACLED names
    Azerbaijan's forces as the actor of the Azerbaijani ministry's strike), "says its own side (X) fired"."""
    side, accused = row.get("reporting_side"), row.get("accused_side")
    if _stated(accused) and _stated(side) and str(accused) == str(side):
        return f"says its own side ({_h(accused)}) fired"
    return f"accuses {_h(accused)}"


def claim_html(
    row: pd.Series, status: object, why: StatusExplanation | None = None, answers: Iterable[str] = ()
) -> str:
    """The claim in words: where and when, who says it, against whom, what, and its summary.

    ``status``: the claim's clash status; its line is coloured by status, single source (most
    claims) in a neutral grey, not in the alarm red of a contested clash (as in the map's popup).
    ``why``: what made it so for this claim (:func:`status_html`), under that line; ``answers``: the
    claims of the same report it answers or that answer it, in words (:class:`ReportLink`)."""
    place = text_of(row.get("place"))
    where = "place not stated" if place == NOT_STATED else place
    parts = (
        [retracted_html(row.get("retracted_at"), row.get("retracted_reason"))]
        if _stated(row.get("retracted_at"))
        else []
    )
    parts += [
        f"<h4>{escape_html(where)} — {_h(row.get('date'))}</h4>",
        # the side in brackets: a claimant's name may end in parentheses ("official (Andriy Kovalenko)")
        f"<div>Claimed by <b>{_h(row.get('claimant'))}</b> [{_h(row.get('reporting_side'))}], {_blame_html(row)}</div>",
        f'<div class="muted">{_h(row.get("event_type"))} · killed {_loss_html(row, "killed")} · '
        f"wounded {_loss_html(row, 'wounded')} · location: {_h(row.get('geo_precision'))}</div>",
    ]
    parts.append(status_html(status, why, answers))
    summary = text_of(row.get("summary"))
    sentences = evidence_sentences(row.get("extra"))
    if summary != NOT_STATED:
        # A claim read from a report has its first sentence as its summary, cut at 300 characters;
        # the reader now marks the cut with "…", claims stored before did not: say it goes on (the
        # sentence follows whole).
        cut = any(len(s) > len(summary) and s.startswith(summary) for s in sentences)
        parts.append(f'<div class="summary">{escape_html(summary + ("…" if cut else ""))}</div>')
        # (a summary that is a whole sentence of the report is not listed again under it: walk7)
        sentences = [s for s in sentences if s != summary]
    if sentences:
        parts.append(evidence_html(sentences))
    responses = response_sentences(row.get("extra"))
    if responses:
        # (walk37: a denial read with the claim showed only among the raw fields)
        parts.append(evidence_html(responses, heading="The other side's response, from the same report:"))
    parts.append(f'<div class="muted">Source: {_h(row.get("source"))} · id {_h(row.get("id"))}</div>')
    return f'{_CSS}<div class="mapdata-claim" data-claim-id="{escape_html(row.get("id"))}">{"".join(parts)}</div>'


def _stated(value: object) -> bool:
    return text_of(value) != NOT_STATED and text_of(value) != ""


def retracted_html(at: object, reason: object) -> str:
    """The banner a retracted claim opens with (shown with "Show retracted claims" on): when and why,
    before anything else, so that it never reads like a live claim."""
    when = escape_html(text_of(at)[:10])
    why = f": {escape_html(text_of(reason))}" if _stated(reason) else ""
    return (
        f'<div class="retracted" data-retracted="{when}">Retracted {when}{why}'
        '<div class="retracted-note">Hidden from every view and download unless “Show retracted claims” is on (then they '
        "show it, and downloads mark it retracted); to bring it back, open “Correct this claim” below and its Restore "
        "tab.</div></div>"
    )


def evidence_sentences(extra: object) -> list[str]:
    """The report's sentences a claim was read from (``extra["evidence"]``), each once, in order."""
    try:
        evidence = extra_fields(extra).get("evidence")
    except (ValueError, RecursionError):  # not JSON (or too deep): shown cut in "Every field of this claim"
        return []
    if not isinstance(evidence, dict):
        return []
    seen: dict[str, None] = {}
    for sentences in evidence.values():
        for sentence in sentences if isinstance(sentences, list) else []:
            if isinstance(sentence, str) and sentence.strip():
                seen.setdefault(sentence.strip(), None)
    return list(seen)


def response_sentences(extra: object) -> list[str]:
    """The other side's statements answering a claim, read with it from the same report
    (``extra["responses"]``: a denial), each once, in order."""
    try:
        responses = extra_fields(extra).get("responses")
    except (ValueError, RecursionError):
        return []
    if not isinstance(responses, list):
        return []
    seen: dict[str, None] = {}
    for sentence in responses:
        if isinstance(sentence, str) and sentence.strip():
            seen.setdefault(sentence.strip(), None)
    return list(seen)


def evidence_html(sentences: list[str], heading: str = "From the report:") -> str:
    """The sentences whole, a hostile size cut with a visible "…" and the whole one click away."""
    items = []
    for sentence in sentences[:EVIDENCE_MAX_SENTENCES]:
        if len(sentence) <= EVIDENCE_SHOWN_CHARS:
            items.append(f"<li>{escape_html(sentence)}</li>")
            continue
        items.append(
            f"<li>{escape_html(sentence[:EVIDENCE_SHOWN_CHARS])}…<details><summary>Show the whole sentence "
            f"({len(sentence):,} characters)</summary>{escape_html(sentence)}</details></li>"
        )
    more = len(sentences) - EVIDENCE_MAX_SENTENCES
    tail = f'<div class="muted">{more:,} more in "Every field of this claim" (extra)</div>' if more > 0 else ""
    return f'<div class="muted">{escape_html(heading)}</div><ul class="evidence">{"".join(items)}</ul>{tail}'


def group_of(groups: pd.Series, frame: pd.DataFrame, incident_id: str) -> pd.DataFrame:
    """The claims in the counter-claim group of ``incident_id`` (itself first, then by date)."""
    group = groups.get(incident_id)
    if group is None:
        return frame.iloc[0:0]
    members = rows_where(frame, frame["id"].isin(groups.index[groups == group]))
    members = members.assign(_first=members["id"] != incident_id)
    return members.sort_values(["_first", "date", "reporting_side", "id"], kind="stable").drop(columns="_first")


def status_line(status: object) -> str | None:
    """The clash status of a claim and the rule behind it, e.g. "Clash status: contested — …"."""
    return (
        f"Clash status: {status} — {STATUS_RULE[status]}" if isinstance(status, str) and status in STATUS_RULE else None
    )


def status_html(status: object, why: StatusExplanation | None = None, answers: Iterable[str] = ()) -> str:
    """The clash status line and, with ``why``, what made it so for this claim: the rule that applied,
    the accounts that differ or agree (claimant [side], date at place), and how far in days and
    kilometres the accounts grouped with it are (walk40: every contested claim read one general rule,
    "… for the same day and place", even a chain over four villages and three days). Escaped text.

    The line says the status as the map's popup does, with the status's whole rule (walk45 item 11:
    the popup read "single source — one account, or only one side says who fired", the panel "single
    source — one account"); the part of the rule that applied is the first reason ("Here: …").
    ``answers``: sentences naming the claims of the same report this one answers or that answer it
    (walk45 item 1: a claim answering one 15.7 km away read "one account" and named none)."""
    line = status_line(status)
    if not (why is not None and why.status == status and why.found == status):
        why = None  # the claims shown are not those the status was computed over: the rule alone
    if not line:
        return ""
    kind = escape_html(str(status).replace(" ", "-"))
    head = f'<div class="status status-{kind}" data-status="{escape_html(status)}">{escape_html(line)}</div>'
    linked = [f'<li data-status-why="answers">{escape_html(sentence)}</li>' for sentence in answers]
    if why is None:
        return head + (f'<ul class="status-why" data-status-why="reasons">{"".join(linked)}</ul>' if linked else "")
    applied = why.headline if why.headline != STATUS_RULE.get(str(status)) else ""
    items = [f'<li data-status-why="rule">Here: {escape_html(applied)}.</li>'] if applied else []
    items += [f"<li>{escape_html(reason)}</li>" for reason in why.reasons]
    items += linked
    others = "".join(f"<li>{escape_html(account)}</li>" for account in why.grouped_with)
    more = f"<li>and {why.more:,} more</li>" if why.more else ""
    if why.grouping and why.grouped_with and SAME_DAY_AND_SPOT in why.grouping:
        # One day and spot: the status line says so, and each account listed names its day and
        # place; the grouping said once (walk44: three lines said "the same day and spot").
        items.append(f'<li data-status-why="grouped-with">Grouped as one clash with:<ul>{others}{more}</ul></li>')
        return f'{head}<ul class="status-why" data-status-why="reasons">{"".join(items)}</ul>'
    if why.grouping:
        items.append(f'<li data-status-why="grouping">{escape_html(why.grouping)}</li>')
    if why.grouped_with:
        items.append(f'<li data-status-why="grouped-with">Grouped with:<ul>{others}{more}</ul></li>')
    return f'{head}<ul class="status-why" data-status-why="reasons">{"".join(items)}</ul>'


def why_not_shown(incident_id: str) -> tuple[str, bool]:
    """Why a claim asked for is not among the claims shown: retracted (kept, with its history), or
    not stored at all ("No longer in the database" contradicted "nothing is deleted"); and whether
    it is retracted (then it can be restored on the spot)."""
    try:
        curation = get_store().curation(incident_id)
    except UnknownRecordError:
        return "No claim with this id is stored.", False
    if curation.get("retracted_at"):
        reason = curation.get("retracted_reason")
        return (
            f"This claim was retracted ({escape_markdown(str(curation['retracted_at'])[:10])}"
            + (f": {escape_markdown(reason)}" if reason else "")
            + "). Nothing is deleted: restore it here, or turn on **Show retracted claims** under "
            "*More filters* to read it and see its history."
        ), True
    return "This claim is not among the claims shown (the page is being brought up to date).", False


def claim_in_full(frame: pd.DataFrame, groups: pd.Series, status: pd.Series, incident_id: str) -> None:
    """One claim: in words, its source link, the claims about the same clash beside it, every field."""
    match = rows_where(frame, frame["id"] == incident_id)
    if match.empty:
        why, retracted = why_not_shown(incident_id)
        st.info(why)
        if retracted:
            restore_button(incident_id)
        return
    row = match.iloc[0]
    group = group_of(groups, frame, incident_id)
    claim_status = status.get(match.index[0])
    explained = None
    if isinstance(claim_status, str):
        explained = explain_status(group if len(group) > 1 else match, incident_id, claim_status)
    links = report_links(frame, incident_id)
    grouped = set(group["id"].astype(str)) if len(group) > 1 else set()
    said = [link.sentence(grouped=link.incident_id in grouped) for link in links]
    st.html(claim_html(row, claim_status, explained, said))
    url = safe_url(row.get("source_url"))
    if url:
        st.link_button(f"Open the source report ({escape_markdown(text_of(row.get('source')))})", url)
    same_report(links)
    if len(group) > 1:
        shown = group.head(MAX_COMPARED)
        more = len(group) - len(shown)
        st.markdown(f"**The {len(group):,} claims about this clash, side by side**")
        st.html(_CSS + side_by_side_html(shown, incident_id))
        if more:
            st.caption(
                f"{counted(more, 'more claim')} {'belongs' if more == 1 else 'belong'} to this clash; the first "
                f"{MAX_COMPARED:,} are shown. "
                "The Table page lists them all (its Clash status column)."
            )
    st.markdown("**Every field of this claim**")
    st.html(_CSS + fields_table_html(row))
    claim_curation(row)  # review, edit, retract/restore and the history (ui/curation.py)


def same_report(links: tuple[ReportLink, ...]) -> None:
    """ "From the same report:" the claims this one answers or that answer it, each a button that opens
    it beside the map (and centres the map on it, as a link to a claim does)."""
    if not links:
        return
    st.caption("From the same report:")
    for link in links:
        if st.button(
            escape_markdown(link.label),
            key=f"same_report_{link.incident_id}",
            icon=":material/forum:",
            help="Opens that claim here and shows it on the map.",
        ):
            st.query_params[CLAIM_PARAM] = link.incident_id  # the map page opens a linked claim and centres on it
            st.rerun(scope="app")


def _casualties(killed: object, wounded: object) -> str:
    parts = [
        f"{text_of(n)} {what}" for n, what in ((killed, "killed"), (wounded, "wounded")) if text_of(n) != NOT_STATED
    ]
    return ", ".join(parts) or "not stated"


def _list_rows(claims: pd.DataFrame, status: pd.Series) -> pd.DataFrame:
    summaries = claims["summary"] if "summary" in claims else pd.Series(None, index=claims.index, dtype=object)
    weapons = claims["weapons"] if "weapons" in claims else pd.Series(None, index=claims.index, dtype=object)
    events = claims["event_type"] if "event_type" in claims else pd.Series(None, index=claims.index, dtype=object)
    claimants = claims["claimant"] if "claimant" in claims else pd.Series(None, index=claims.index, dtype=object)
    ids = claims["id"] if "id" in claims else pd.Series(None, index=claims.index, dtype=object)
    rows = claims.assign(
        clash_status=status.reindex(claims.index).astype(object).fillna("retracted").to_numpy(),
        sides=claims["reporting_side"].fillna("?").astype(str) + " → " + claims["accused_side"].fillna("?").astype(str),
        casualties=[_casualties(k, w) for k, w in zip(claims["killed"], claims["wounded"])],
        weapons_named=[", ".join(map(str, w)) if isinstance(w, (list, tuple)) else "" for w in weapons],
    )
    # The claimant where it differs from the list's usual one: said on each of one ministry's 159 rows at
    # Berdavan it told them nothing apart, and took the room of what does
    usual = claimants.dropna().astype(str).value_counts()
    common = str(usual.index[0]) if len(usual) > 1 else None
    # So is the event type: "shelling" among 143 "armed clash"
    kinds = events.dropna().astype(str).value_counts()
    usual_kind = str(kinds.index[0]) if len(kinds) else None
    return rows.assign(
        claim_line=[
            _claim_line(
                sides,
                status_,
                casualties,
                summary,
                event_type=str(event) if _stated(event) and str(event) != usual_kind else "",
                weapons=named,
                claimant=str(claimant) if common is not None and _stated(claimant) and str(claimant) != common else "",
                incident_id=incident_id,
            )
            for sides, status_, casualties, summary, event, named, claimant, incident_id in zip(
                rows["sides"],
                rows["clash_status"],
                rows["casualties"],
                summaries,
                events,
                rows["weapons_named"],
                claimants,
                ids,
            )
        ]
    )


def short_id(incident_id: object) -> str:
    """A claim's id as a list row ends with it: without the origin's prefix ("acled:ARM4752" → "ARM4752")."""
    if not isinstance(incident_id, str) or not incident_id:
        return ""
    local = incident_id.split(":", 1)[-1]
    return local if len(local) <= CLAIM_LINE_ID_CHARS else local[: CLAIM_LINE_ID_CHARS - 1] + "…"


# "On 9 August 2020, " / "On August 9, 2020, " at a summary's start: the row's Date column says it already.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_LEADING_DATE = re.compile(
    rf"^\s*on\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?\s*,?\s+",
    re.IGNORECASE,
)


def _without_leading_date(text: object) -> object:
    if not isinstance(text, str):
        return text
    rest = _LEADING_DATE.sub("", text, count=1)
    return rest[:1].upper() + rest[1:] if rest != text and rest else text


def _claim_line(
    sides: str,
    status: str,
    casualties: str,
    summary: object,
    *,
    event_type: str = "",
    weapons: str = "",
    claimant: str = "",
    incident_id: object = None,
) -> str:
    """A claim in one line for a list row (walk47 item 16: 159 rows of one ministry at Berdavan read
    "Armenia → Azerbaijan · single source — On 9 August 2020, military forces of Azerbaijan fired…", the
    same but for the date): the sides and the clash status, then what tells it from the claims beside
    it — the casualties when stated, the event type and the claimant when not the list's usual ones
    (:func:`_list_rows`), the weapons — the start of the summary without the date the row's Date column
    says, when there is room, and the claim's id, always whole, at the end. Never longer than
    :data:`CLAIM_LINE_CHARS` (three lines in the narrowest list)."""
    tail = f" · {short_id(incident_id)}" if short_id(incident_id) else ""
    head = f"{sides} · {status}"
    room = CLAIM_LINE_CHARS - len(tail)
    stated = [casualties] if casualties != NOT_STATED else []
    told = " · ".join(part for part in [*stated, event_type, claimant, weapons] if part)
    if told and len(head) + 3 + len(told) > room:  # the sides and the status stay whole; the weapons' end is cut
        told = _start_of(told, max(room - len(head) - 3, CLAIM_LINE_SUMMARY_MIN))
    facts = f"{head} · {told}" if told else head
    left = room - len(facts) - 3
    start = _start_of(_without_leading_date(summary), left) if left >= CLAIM_LINE_SUMMARY_MIN else ""
    return (f"{facts} — {start}" if start else facts) + tail


def _start_of(text: object, chars: int) -> str:
    """The first words of a summary, one line, at most ``chars`` characters, cut after a whole word
    unless that drops more than a third of them ("fired…", not "fired w…")."""
    if not isinstance(text, str):
        return ""
    line = " ".join(text[: chars * 2].split())
    if len(line) <= chars:
        return line
    cut = line[: chars - 1]
    words = cut.rsplit(" ", 1)[0] if line[chars - 1] != " " else cut
    return (words if len(words) > chars * 2 // 3 else cut).rstrip() + "…"


def spot_list(
    view_frame: pd.DataFrame, shown: pd.DataFrame, status: pd.Series, spot: tuple[float, float]
) -> str | None:
    """The claims at ``spot`` that pass the filters: sortable, paged; returns the id of a ticked row."""
    here = claims_at(shown, spot)
    everything_here = claims_at(view_frame, spot)
    hidden = len(everything_here) - len(here)
    places = here["place"].dropna().value_counts()
    name = str(places.index[0]) if len(places) else "this spot"
    st.markdown(f"**{counted(len(here), 'claim')} at {escape_markdown(' '.join(name.split()))}**")
    sides = " · ".join(f"{side} {count:,}" for side, count in here["reporting_side"].value_counts().items())
    st.caption(
        f"{spot[0]:.5f}, {spot[1]:.5f}"
        + (f" · {escape_markdown(sides)}" if sides else "")
        # walk44: " · the filters apply" when none was hidden said nothing a reader could use
        + (f" · {hidden:,} more here {'is' if hidden == 1 else 'are'} hidden by the filters" if hidden else "")
    )
    if here.empty:
        st.info("No claim at this spot passes the filters.")
        return None
    sort = st.selectbox("Sort by", list(SORTS), key="spot_sort")
    pages = max(1, math.ceil(len(here) / SPOT_ROWS_PER_PAGE))
    page = 1
    if pages > 1:
        # A row of its own, the list's width: in a column beside "Sort by" (165 px at a 1400 px window) the
        # pager had room for one number and read "‹ 1 ›" for 12 pages, a pager with nothing to page (walk45
        # item 8); here it shows the first pages and the last ("‹ 1 2 3 … 12 ›"). One page: no pager.
        page = st.pagination(pages, key=f"spot_page_{spot[0]}_{spot[1]}_{sort}", max_visible_pages=5)
    by, ascending = SORTS[sort]
    if "status_rank" in by:
        here = here.assign(status_rank=status.reindex(here.index).astype(object).map(STATUS_ORDER).fillna(9))
    ordered = here.sort_values(by, ascending=ascending, kind="stable", na_position="last")
    rows = _list_rows(ordered.iloc[(page - 1) * SPOT_ROWS_PER_PAGE : page * SPOT_ROWS_PER_PAGE], status)
    first, last = (page - 1) * SPOT_ROWS_PER_PAGE + 1, (page - 1) * SPOT_ROWS_PER_PAGE + len(rows)
    st.caption(
        (f"Claims {first:,}–{last:,} of {len(here):,}" if len(here) > 1 else "The one claim here")
        + (f" (page {page:,} of {pages:,})" if pages > 1 else "")
        + ". Tick a row to read the claim in full (keyboard: arrow keys to a row, Shift+Space to tick it)."
    )
    generation = st.session_state.get(SPOT_GENERATION, 0)
    table_key = f"spot_table_{spot[0]}_{spot[1]}_{sort}_{page}_{generation}"
    held = _moved_under_tick(table_key, rows)
    if held is not None:
        # A write took the claim ticked out of the list, or moved it (retracted, or edited or undone
        # out of the filters or into another place in the order): the row ticked named another claim,
        # which opened, and what was just done was said of nothing (review41). The claim stays open
        # under the list, and the list's tick is cleared (a new key).
        st.session_state[SPOT_GENERATION] = generation + 1
        st.session_state[SELECTION] = Selection(spot=spot, claim=held)
        table_key = f"spot_table_{spot[0]}_{spot[1]}_{sort}_{page}_{generation + 1}"
    event = st.dataframe(
        rows[["id", *LIST_COLUMNS]],
        key=table_key,
        on_select="rerun",
        selection_mode="single-row",
        hide_index=True,
        width="stretch",
        row_height=LIST_ROW_HEIGHT,
        placeholder="—",
        column_order=LIST_SHOWN,
        column_config={
            # pinned: a pinned column keeps its width, so the claim's line alone grows to the list's width
            "date": st.column_config.DateColumn("Date", format="YYYY-MM-DD", width="small", pinned=True),
            "claim_line": st.column_config.TextColumn(
                "Claim",
                width=CLAIM_LINE_MIN_WIDTH,
                help="Reporting side → accused side · clash status · casualties (when stated) · the event type and "
                "the claimant (when not the list's usual ones) · the weapons — the start of the summary (when there "
                "is room) · the claim's id. "
                "Tick the row to read the claim in full.",
            ),
            **{column: heading for column, heading in LIST_COLUMNS.items() if column not in LIST_SHOWN},
        },
    )
    picked = event.selection.rows
    if held is not None:
        return held
    if picked and picked[0] < len(rows):
        claim = str(rows.iloc[picked[0]]["id"])
        st.session_state[SPOT_PICK] = (table_key, picked[0], claim)
        return claim
    return None


def _moved_under_tick(table_key: str, rows: pd.DataFrame) -> str | None:
    """The claim last ticked in the list ``table_key``, when the row still ticked now names another
    claim (or none): the rows moved under the tick, the user did not tick anew; else None."""
    last = st.session_state.get(SPOT_PICK)
    if not (isinstance(last, tuple) and last[0] == table_key):
        return None
    _, row, claim = last
    state = st.session_state.get(table_key)  # the list's selection as the browser last sent it
    selection = state.get("selection") if isinstance(state, Mapping) else None
    if not isinstance(selection, Mapping) or list(selection.get("rows") or []) != [row]:
        return None
    if row < len(rows) and str(rows.iloc[row]["id"]) == claim:
        return None
    return str(claim)


RING = "_map_ring"  # (the payload's key, the point ringed or None): what a new incident layer is told


def selected_point(shown: pd.DataFrame, selection: Selection) -> tuple[float, float] | None:
    """Where the claim (or the spot) the details panel shows is drawn among the claims ``shown``, or
    None when it is not drawn: nothing open, or a claim retracted or hidden by the filters."""
    if selection.claim is not None and selection.spot is None:
        found = rows_where(shown, shown["id"] == selection.claim)
        return None if found.empty else spot_of(found.iloc[0]["latitude"], found.iloc[0]["longitude"])
    if selection.spot is not None and not claims_at(shown, selection.spot).empty:
        return selection.spot
    return None


def ring_for(payload_key: str, shown: pd.DataFrame, selection: Selection) -> tuple[float, float] | None:
    """The point a new incident layer rings (None: no ring), worked out once per payload
    (``payload_key``): a click rings its marker in the browser, and a layer told of each click would
    be built again on every click. A new payload (a filter changed, a claim written) is a new layer
    anyway: it rings the open claim where it is drawn, or takes the ring away when that claim is no
    longer drawn (walk42 item 18: the ring of a claim just retracted stayed on the map)."""
    kept = st.session_state.get(RING)
    if isinstance(kept, tuple) and kept[0] == payload_key:
        return kept[1]
    point = selected_point(shown, selection)
    st.session_state[RING] = (payload_key, point)
    return point


def open_claim_in_url(claim: str | None) -> None:
    """The URL names the claim open in full (``?claim=ID``), or none: a reload or a shared link opens
    the same claim (the map page opens it and centres on it once, :data:`APPLIED_PICK`)."""
    if claim is None:
        if CLAIM_PARAM in st.query_params:
            del st.query_params[CLAIM_PARAM]
    elif st.query_params.get(CLAIM_PARAM) != claim:
        st.query_params[CLAIM_PARAM] = claim
    st.session_state[APPLIED_PICK] = claim  # opened here: not to be centred on again


def _close(selection: Selection) -> None:
    """Close the claim open in full: a spot's list stays, its ticked row cleared (a new table key)."""
    if selection.spot is not None:
        st.session_state[SPOT_GENERATION] = st.session_state.get(SPOT_GENERATION, 0) + 1
        st.session_state[SELECTION] = Selection(spot=selection.spot)
    else:
        st.session_state[SELECTION] = Selection()
    open_claim_in_url(None)


def hidden_by_filters(frame: pd.DataFrame, shown: pd.DataFrame, status: pd.Series, claim: str) -> None:
    """Say so when the claim open is one the filters hide (not on the map, not in the Table), which
    filters they are, and offer one click that clears just those (review43 item 5: a claim the
    filters hid stayed open beside the map with no word of it)."""
    if (shown["id"] == claim).any():
        return
    match = rows_where(frame, frame["id"] == claim)
    if match.empty:
        return  # not stored, or retracted: claim_in_full says so
    state = current_filters()
    hiding = filters_hiding(match, state, status, synonyms=search_spellings(state.text))
    words = describe(hiding)
    if not words:
        return
    named = "; ".join(f"{what}: {value}" for what, value in words)
    st.warning(
        f"The current filters hide this claim ({escape_markdown(named)}), so the map does not show it.",
        icon=":material/filter_alt:",
    )
    if st.button(
        "Clear that filter" if len(words) == 1 else f"Clear those {counted(len(words), 'filter')}",
        key="details_show_hidden",
        icon=":material/filter_alt_off:",
        help="Shows this claim on the map; the other filters stay.",
    ):
        # Clear the filters that hide the open claim (the others stay), then rerun the whole app: the panel is
        # drawn in the map's fragment, whose own rerun left the sidebar's widgets, the "Filtered:" line and the
        # count on the old filters while the address had dropped them (walk44 item 1)
        set_filters(without_filters(current_filters(), hiding))
        st.rerun(scope="app")


OPEN_AT = "_map_open_at"  # (claim id, its spot): the claim open in full on the last run, where it was drawn


def _drawn_at(shown: pd.DataFrame, claim: str) -> tuple[float, float] | None:
    found = rows_where(shown, shown["id"] == claim)
    return None if found.empty else spot_of(found.iloc[0]["latitude"], found.iloc[0]["longitude"])


def follow_moved_claim(shown: pd.DataFrame, selection: Selection) -> tuple[Selection, tuple[float, float] | None]:
    """The selection to show, and the new point of the claim open on the last run when it has moved since
    (a correction or an undo of its point; else None): that claim opens alone at its new point, out of
    the old spot's list (walk46 item 3: after "Correct this claim" moved a claim from Chinari's stack, its
    ring and its details stayed with the old stack's list, the claim an un-ringed dot elsewhere)."""
    last = st.session_state.get(OPEN_AT)
    if not isinstance(last, tuple):
        return selection, None
    claim, was = last
    if was is None:
        return selection, None  # hidden by the filters on the last run: shown now, it has not moved
    if selection.claim not in (None, claim) or (selection.claim is None and selection.spot != was):
        return selection, None  # another claim or another spot opened since, or the claim closed
    now = _drawn_at(shown, claim)
    if now is None or now == was:
        return selection, None
    moved = Selection(claim=claim)
    st.session_state[SELECTION] = moved
    return moved, now


def details_panel(
    frame: pd.DataFrame, shown: pd.DataFrame, groups: pd.Series, status: pd.Series, selection: Selection
) -> tuple[float, float] | None:
    """The spot's list (when a spot is selected) and the claim opened in full (picked or clicked);
    returns the new point of the claim open when it has just moved (:func:`follow_moved_claim`), for the
    map to show it there.

    ``groups``: incident id → counter-claim group; ``status``: each claim's clash status,
    indexed like ``frame`` (:class:`ui.common.FilteredView`). The URL names the claim open."""
    selection, moved_to = follow_moved_claim(shown, selection)
    st.subheader("Details")
    # What the last correction did (ui/curation.py), even if the claim is now hidden: filled once
    # the panel knows which claim is open, as a message about another claim is not shown.
    said = st.container()
    claim = selection.claim
    # A claim ticked in a spot's list opens under the list, which stays where it was: opened above it, the
    # claim pushed the list the user was reading 1,800 px down, out of the window (walk45 item 7). The
    # list's grid is 400 px high (it scrolls within), so the claim starts right under it, and the page
    # scrolls just enough to show the claim's start, never so far that the list's top leaves the window
    # (KEEP_LIST_IN_VIEW; below a 25-row grid the user had to scroll to find it, walk6).
    picked = None
    if selection.spot is not None:
        with st.container(key=SPOT_LIST_KEY):
            picked = spot_list(frame, shown, status, selection.spot)
        claim = picked or claim
    fresh = picked is not None and st.session_state.get(SPOT_SHOWN) != (selection.spot, picked)
    st.session_state[SPOT_SHOWN] = (selection.spot, picked) if picked is not None else None
    if claim is not None or st.query_params.get(CLAIM_PARAM) == st.session_state.get(APPLIED_PICK):
        open_claim_in_url(claim)  # (a linked id the page could not open stays in the address)
    with said:
        show_flash("Map", claim)
    st.session_state[OPEN_AT] = None if claim is None else (claim, _drawn_at(shown, claim))
    if claim is not None:
        if selection.spot is not None:
            st.divider()  # under the spot's list
        with st.container(key=OPEN_CLAIM_KEY):
            close_claim_button(_close, (selection,), key="details_close", help="It leaves the address too.")
            hidden_by_filters(frame, shown, status, claim)
            claim_in_full(frame, groups, status, claim)
        if fresh:
            keep_list_in_view(claim)
    elif selection.spot is None:
        linked = st.query_params.get(CLAIM_PARAM)
        if linked and not (frame["id"] == linked).any():  # read in silence before (walk9)
            why, retracted = why_not_shown(linked)
            st.warning(f"The claim this link names ({escape_markdown(summary_of(linked, 80))}) is not opened. " + why)
            if retracted:
                restore_button(linked)
        st.info("Click or tap a marker on the map to read the claim here; a spot with several claims lists them.")
    say_unplaced()  # a message for a place this run did not draw: said at the panel's top (in ``said``)
    return moved_to
