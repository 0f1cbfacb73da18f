"""Add report: paste or upload a news report, review the proposed incidents, save what is right.

Also a plain form to enter one incident by hand. No claim is saved until "Save" is pressed; the report form is
kept as a draft in the database (a reload gives it back) until its proposals are saved, it is emptied or discarded,
and with it the review of its proposals as the reviewer left them (fix54).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib

import folium
import pandas as pd
import streamlit as st
import streamlit_folium

from mapdata.claims.answers import denied_rows, spread_denials
from mapdata.curation.duplicates import DuplicateMatch
from mapdata.curation.edits import country_of_point
from mapdata.errors import MapdataError, StoreError, ValidationError
from mapdata.extract import ExtractionResult
from mapdata.extract.dates import report_date
from mapdata.extract.leftovers import Leftover
from mapdata.extract.lexicon import detect_profile
from mapdata.extract.llm import ModelSettings, model_settings, read_with_model
from mapdata.extract.pipeline import NOT_ENGLISH
from mapdata.extract.places import resolve_name
from mapdata.extract.proposal import Proposal
from mapdata.extract.review import (
    RowPlace,
    RowResult,
    candidate_label,
    evidence_once,
    fitted_extra,
    highlight,
    places_to_offer,
    proposal_at,
    proposal_rows,
    row_place,
    rows_to_incidents,
    same_name,
    unplace_close_spellings,
)
from mapdata.extract.text import parse_header, parse_published
from mapdata.extract.worker import ExtractionTimeout, WorkerFailed
from mapdata.geo.gazetteer import Gazetteer
from mapdata.geo.placebook import PlaceBook, PlaceResolver
from mapdata.mapview import base_map, side_colors
from mapdata.mapview.candidates import ClickZoom, KeepInView, clicked_precision
from mapdata.model import EVENT_TYPES, GEO_PRECISIONS, Incident, check_not_in_future, parse_date
from mapdata.profiles import Profile, claimant_side, default_catalog, side_warning
from mapdata.safety import counted, escape_for_js_template, escape_html, escape_markdown, safe_url, summary_of
from mapdata.store.drafts import MAX_DRAFT_BYTES, Draft, Review, changed_rows, text_digest
from ui.basemap import wait_for_tiles
from ui.common import current_filters, data_changed, get_store
from ui.curation import (
    drop_pending,
    flash,
    last_saved,
    lookalike_notes,
    lookalikes_of,
    pending_review,
    save_checked,
    save_outcome,
    saved_links,
    say_unplaced,
    show_flash,
)
from ui.proposals import (
    ReviewState,
    editor_key,
    followed_sides,
    moved_rows,
    placed_rows,
    placed_unknown_names,
    renamed,
    restated_headlines,
    turned_accused,
    typed_over,
    unplaced_names,
    with_edits,
    without_stale_date_warning,
    written_into,
)
from ui.readers import reading_message, report_readers

MAX_UPLOAD_BYTES = MAX_DRAFT_BYTES  # one cap on a report: a file uploaded, and the draft kept of a paste
RESULT = "ar_result"  # (input digest, ExtractionResult)
POINTS = "ar_points"  # row -> (lat, lon, name) chosen by candidate or map click (the grid shows it too)
PICKED = "ar_picked"  # row -> the candidate last picked for it (a pick places the row once, not on every run)
CLICK_CHOSEN = "ar_click_chosen"  # the reviewer chose the map click's row: an edit never changes it
# row -> the place name the row's point is the point of, where not the proposal's own (a place renamed
# in the grid, a candidate's name written in by a pick): a row whose place no longer reads so is renamed
NAMED = "ar_named"
# row -> RowPlace: a place name typed into the grid, as it was looked up (the point written into the
# row, or none and why: unknown, or several places to pick from); its region and country are saved
TYPED = "ar_typed"
# row -> RowPlace: the reader's place names found only by a close spelling (not placed: offered, as typed)
CLOSE = "ar_close"
# cells the reviewer edited that the page wrote over: each one draws a new grid (ui/proposals.written_into)
GRID_REVISION = "ar_grid_revision"
LAST_CLICK = "ar_last_click"
AS_FOUND = "as found"  # the hand form's precision: the place's own, as the gazetteer has it
NEXT_TARGET = "ar_next_click_target"  # the row a click's next one places, set on the next run's picker
PLACED_BY = "ar_placed_by"  # row -> "list" (a place picked) or "map" (a click): how its point was set, as said
# The report form's values, kept in a key of the page's own: Streamlit drops a widget's value when its page is not
# drawn, and coming back from another page showed the proposals under an empty form (walk45 item 4)
FORM = "ar_form"
FORM_KEYS = ("ar_text", "ar_published", "ar_outlet", "ar_url", "ar_conflict")
SEEN_TEXT = "ar_seen_text"
# The report form kept in the database as a draft (mapdata/store/drafts.py), so a reload, a new tab or a restarted
# app gives it back (fix53: a reload emptied the form): the form as last written there (none written twice), that
# this session looked for one already, the time of the one it restored (its notice shown), and a problem keeping it
DRAFT_KEPT = "ar_draft_kept"
DRAFT_LOOKED = "ar_draft_looked"
DRAFT_RESTORED = "ar_draft_restored"
DRAFT_PROBLEM = "ar_draft_problem"  # (the form, what to say) while the form is that one
# The review kept with the draft (fix54: a reload lost the proposals and every edit made to them): (the digest of the
# text read, the reading's digest) of the proposals read from the pasted text, the review as last written (none
# written twice), (rows edited, rows) of the one restored (its notice), and (the reading's digest, what to say) when not kept
READ_FROM = "ar_read_from"
REVIEW_KEPT = "ar_review_kept"
REVIEW_RESTORED = "ar_review_restored"
REVIEW_PROBLEM = "ar_review_problem"
PREFILLED = "ar_prefilled"  # values taken from header lines, cleared when the text changes
DATE_READ = "ar_date_read"  # (date, words) read from the report's top when no publication date was entered
# (input digest, number of proposals) of the proposals saved: their Save button is off until a new
# reading (walk34: after a save it stayed on, and a second press saved the same claims again)
SAVED_FOR = "ar_saved_for"
# (input digest, the rows saved): "Save" stays on for the others and never writes these again (walk44: a
# row placed by a click but not ticked was dropped at Save, and saving it meant proposing again)
SAVED_ROWS = "ar_saved_rows"
LEFT_OPEN = "ar_leftovers_open"  # the reviewer has added a passed-over sentence: keep that list open
ROWS = "ar_rows"  # (input digest, the grid's rows: the reviewer's edits folded in, the page's writes)
# (grid key, the rows the grid is given, its edits, the rows as edited): the grid of this run, the page's
# writes go into the rows it is given
GIVEN = "ar_given"
# row -> the claimant whose side was last followed (the proposal's until the reviewer types another)
CLAIMANTS = "ar_claimants"
SIDES_SET = "ar_sides_set"  # row -> (claimant, side): the side the page wrote in for that claimant
# row -> (claimant, side, accused before, accused after): the accused side the page turned to the
# side's opponent when it set a side the row accused (a party does not accuse itself, walk41)
ACCUSED_SET = "ar_accused_set"
# the rows' (row, claimant, side) that "Save" named as sides the profile gives another claimant: the
# next press with the very same ones saves them as they are (a warning, confirmed by pressing again)
SIDES_OK = "ar_sides_ok"
HAND_SIDE_OK = "m_side_ok"  # the same for the hand form: (conflict, claimant, side, accused) already warned of
NO_TARGET = "nothing"
DETECT = "detect"
MAX_SHOWN = 50  # warnings, denials and evidence panels drawn at most: a wall of text must not flood the page


def _report_text() -> str | None:
    """The pasted text, or the uploaded file's text when a file is given; None (said) when the file is
    refused. (No ``st.stop()`` in this tab: it ended the run before the hand form's tab was drawn, which
    was then blank, walk43.)"""
    # max_upload_size: the widget says "2MB per file" and refuses a bigger file in the browser
    # (it said Streamlit's "200MB per file" beside our "up to 2 MB").
    upload = st.file_uploader(
        "…or upload a .txt file (up to 2 MB)", type=None, key="ar_upload", max_upload_size=MAX_UPLOAD_BYTES // 1048576
    )
    if upload is not None:
        if upload.size > MAX_UPLOAD_BYTES:
            st.error(
                f"{escape_markdown(upload.name)} is {upload.size / 1048576:.1f} MB; a report is a few kB. "
                "Upload a plain-text report under 2 MB."
            )
            return None
        raw = upload.getvalue()
        if b"\x00" in raw[:4096]:
            st.error(f"{escape_markdown(upload.name)} is not a text file. Upload the report as plain text (.txt).")
            return None
        return raw.decode("utf-8", errors="replace")
    return st.session_state.get("ar_text", "")


def _prefill_from_header(text: str) -> None:
    """When the text changes, fill publication date, outlet and URL from its header lines
    (and clear values an earlier text's header had put there)."""
    digest = hashlib.sha1(text[:20000].encode("utf-8", "replace")).hexdigest()
    if st.session_state.get(SEEN_TEXT) == digest:
        return
    st.session_state[SEEN_TEXT] = digest
    meta, _ = parse_header(text[:20000])
    prefilled: dict = st.session_state.setdefault(PREFILLED, {})
    for key, name in (("ar_published", "published"), ("ar_outlet", "outlet"), ("ar_url", "url")):
        value = meta.get(name, "")
        if name == "url" and not safe_url(value):
            value = ""  # "unknown (citing …)" is not a link
        if value and value.lower() != "unknown":
            st.session_state[key] = prefilled[key] = value
        elif key in prefilled and st.session_state.get(key) == prefilled[key]:
            st.session_state[key] = ""
            del prefilled[key]


def _restore_form() -> None:
    """The report form as it was left: its widgets' values given back when coming from another page."""
    for key, value in st.session_state.get(FORM, {}).items():
        if key not in st.session_state:
            st.session_state[key] = value


def _keep_form() -> None:
    st.session_state[FORM] = {key: st.session_state[key] for key in FORM_KEYS if key in st.session_state}


def _form_draft() -> Draft:
    """The report form as a draft."""
    text, published, outlet, url, conflict = (str(st.session_state.get(key) or "") for key in FORM_KEYS)
    return Draft(text=text, published=published, outlet=outlet, url=url, conflict=conflict)


def _restore_draft() -> None:
    """A session that opens the page for the first time (a reload, a new tab, the app restarted) gets the draft
    kept in the database back into the form, with a notice; one that has a form of its own keeps it."""
    if st.session_state.get(DRAFT_LOOKED):
        return
    st.session_state[DRAFT_LOOKED] = True
    if FORM in st.session_state or "ar_text" in st.session_state:
        return
    try:
        draft = get_store().draft()
    except StoreError:
        return  # (the page says why the database cannot be read where it reads it)
    if draft is None or draft.empty:
        return
    conflict = draft.conflict if draft.conflict in default_catalog() else DETECT
    for key, value in zip(FORM_KEYS, (draft.text, draft.published, draft.outlet, draft.url, conflict)):
        st.session_state[key] = value
    st.session_state[DRAFT_KEPT] = draft
    st.session_state[DRAFT_RESTORED] = draft.saved_at
    if draft.review is not None:
        _restore_review(draft.review)


# The review's per-row maps (ui/proposals.ReviewState's fields) and the page's keys that hold them
REVIEW_MAPS = {
    "points": POINTS,
    "named": NAMED,
    "typed": TYPED,
    "close": CLOSE,
    "placed_by": PLACED_BY,
    "claimants": CLAIMANTS,
    "sides_set": SIDES_SET,
    "accused_set": ACCUSED_SET,
}


def _restore_review(review: Review) -> None:
    """The proposals kept with the restored draft drawn again as the reviewer left them (fix54); a review the page
    cannot read (kept by another version of it, a conflict no longer known) is dropped, and the text alone restored."""
    try:
        state = ReviewState.from_state(review.state)
        default_catalog().require(state.result.conflict)
    except (MapdataError, ValueError, TypeError, KeyError, IndexError):
        try:
            get_store().drop_review()
        except StoreError:
            pass  # (not read, and never read again: a new review replaces it)
        return
    _keep_result(state.result, "", state.date_read, digest=state.key)
    st.session_state[ROWS] = (state.key, state.rows)
    for name, key in REVIEW_MAPS.items():
        st.session_state[key] = getattr(state, name)
    if state.left_open:
        st.session_state[LEFT_OPEN] = True
    st.session_state[READ_FROM] = (review.digest, state.key)
    st.session_state[REVIEW_KEPT] = review
    read = proposal_rows(state.result.proposals)
    st.session_state[REVIEW_RESTORED] = (len(changed_rows(state.rows, read)), len(state.rows))


def _review_now(digest: str) -> ReviewState:
    """This session's review of the proposals ``digest`` names, as kept with the draft."""
    result: ExtractionResult = st.session_state[RESULT][1]
    kept = st.session_state.get(ROWS)
    rows = kept[1] if kept is not None and kept[0] == digest else proposal_rows(result.proposals)
    return ReviewState(
        key=digest,
        result=result,
        rows=[dict(row) for row in rows],
        left_open=LEFT_OPEN in st.session_state,
        date_read=st.session_state.get(DATE_READ),
        **{name: dict(st.session_state.get(key) or {}) for name, key in REVIEW_MAPS.items()},
    )


def _keep_review(digest: str) -> None:
    """Keep the review of the proposals shown with the draft of the text they were read from, when it changed: the
    grid's rows as edited, the claims added, the points, names and sides set (fix54: a reload lost them). Not while
    any of them is saved (their draft is removed then), nor for proposals of another text (an upload, the text
    changed since: the draft drops them). One too big, or a database that refuses it, is said under the grid."""
    read_from = st.session_state.get(READ_FROM)
    if read_from is None or read_from[1] != digest or _rows_saved(digest) or RESULT not in st.session_state:
        return
    try:
        review: Review | None = Review(read_from[0], _review_now(digest).to_state())
        unkept = ""
    except TypeError as exc:  # (a value JSON cannot hold: never expected, said rather than failing the page)
        review, unkept = None, f"Your edits to these proposals are not kept with the draft ({exc})."
    if REVIEW_KEPT not in st.session_state or review != st.session_state[REVIEW_KEPT]:
        st.session_state[REVIEW_KEPT] = review
        store = get_store()
        try:
            try:
                if review is None:
                    store.drop_review()
                else:
                    store.save_review(review)
            except ValidationError as exc:
                store.drop_review()  # (the edits kept before are no longer these)
                unkept = (
                    f"Your edits to these proposals are not kept with the draft: the review "
                    f"{str(exc).split(': ', 1)[-1]}."
                )
        except StoreError as exc:
            unkept = f"Your edits to these proposals are not kept with the draft ({exc})."
        st.session_state[REVIEW_PROBLEM] = (
            (digest, f"{unkept} A reload of the page keeps the report's text and loses them.") if unkept else None
        )
    problem = st.session_state.get(REVIEW_PROBLEM)
    if problem is not None and problem[0] == digest:
        st.caption(escape_markdown(problem[1]))


def _keep_draft() -> None:
    """Write the form into the database as the draft when it changed (emptied: the draft removed); a form the
    draft cannot hold (over the cap, a read-only database) is said under the fields while it is the form."""
    form = _form_draft()
    kept: Draft | None = st.session_state.get(DRAFT_KEPT)
    if not (form.same_form(kept) or (form.empty and kept is None)):
        store = get_store()
        try:
            try:
                st.session_state[DRAFT_KEPT] = store.save_draft(form)
                st.session_state.pop(DRAFT_PROBLEM, None)
            except ValidationError:
                st.session_state[DRAFT_KEPT] = form
                store.discard_draft()  # (an earlier text's draft is no draft of this one)
                st.session_state[DRAFT_PROBLEM] = (
                    form,
                    f"This report is not kept as a draft: it is {form.size() / 1048576:.1f} MB, and a draft holds at "
                    f"most {MAX_DRAFT_BYTES // 1048576} MB (as an uploaded file). A reload of the page loses it.",
                )
        except StoreError as exc:
            st.session_state[DRAFT_KEPT] = form
            st.session_state[DRAFT_PROBLEM] = (
                form,
                f"This report is not kept as a draft ({exc}): a reload of the page loses it.",
            )
    problem = st.session_state.get(DRAFT_PROBLEM)
    if problem is not None and problem[0].same_form(form):
        st.caption(escape_markdown(problem[1]))


def _discard_draft() -> None:
    """The notice's button: the draft removed from the database and the form cleared (a callback: before the
    widgets are drawn again)."""
    try:
        get_store().discard_draft()
    except StoreError as exc:
        st.session_state[DRAFT_PROBLEM] = (Draft(), f"The draft could not be removed ({exc}).")
    for key in FORM_KEYS:
        st.session_state[key] = DETECT if key == "ar_conflict" else ""
    for key in (FORM, RESULT, PREFILLED, DRAFT_RESTORED, READ_FROM, REVIEW_KEPT, REVIEW_RESTORED, REVIEW_PROBLEM):
        st.session_state.pop(key, None)
    st.session_state[DRAFT_KEPT] = Draft()


def _draft_saved() -> None:
    """The proposals were saved as claims: their report is no draft any more (the form stays as it is)."""
    try:
        get_store().discard_draft()
    except StoreError:
        pass  # (the save itself said what the database did)
    st.session_state[DRAFT_KEPT] = _form_draft()
    for key in (DRAFT_RESTORED, REVIEW_RESTORED, REVIEW_PROBLEM):
        st.session_state.pop(key, None)


def _draft_notice() -> None:
    """The notice "Draft from <time> restored", with its button, while the restored draft is this session's form."""
    if DRAFT_RESTORED not in st.session_state:
        return
    when: dt.datetime | None = st.session_state[DRAFT_RESTORED]
    said = f"{when.day:d} {when:%B %Y, %H:%M} UTC" if when is not None else "an earlier visit"
    review = st.session_state.get(REVIEW_RESTORED)
    if review is not None:
        edited, rows = review
        with_review = (
            f", with your edits to {counted(edited, 'proposal')}: the report, its fields and its "
            f"{counted(rows, 'proposed incident')} as you left them"
            if edited
            else f", with its {counted(rows, 'proposed incident')} (none edited yet): the report and its fields as "
            "they were left"
        )
        st.info(
            f"Draft from {escape_markdown(said)} restored{escape_markdown(with_review)}. Save them, or discard the draft.",
            icon=":material/restore_page:",
        )
    else:
        st.info(
            f"Draft from {escape_markdown(said)} restored: the report and its fields as they were left. Propose again "
            "to read it, or discard it.",
            icon=":material/restore_page:",
        )
    st.button(
        "Discard the draft",
        key="ar_discard_draft",
        on_click=_discard_draft,
        help="Clears the form and removes the draft from the database",
    )


def _published(value: str) -> tuple[dt.date | None, bool]:
    """The publication date field (YYYY-MM-DD or e.g. "12 May 2023") and whether it is one (empty: unknown);
    a clear message when it is not a date (and no stop: the hand form's tab is drawn after this one)."""
    published, problem = parse_published(value)
    if problem:
        st.error(
            f"Publication date {escape_markdown(str(value)[:40])} is not a date: use YYYY-MM-DD, or leave it empty if unknown."
        )
        return None, False
    return published, True


def _model_choice() -> ModelSettings | None:
    """The user's language model, when configured and chosen; None: the rule-based reader (offline)."""
    try:
        settings = model_settings()
    except MapdataError as exc:
        st.caption(f"The language-model reader is not available: {escape_markdown(exc)}")
        return None
    if settings is None:
        return None
    where = f"the language model {settings.model} at {settings.url}"
    chosen = st.radio(
        "Reader",
        ["rules", "model"],
        format_func=lambda r: "rules (on this machine)" if r == "rules" else where,
        horizontal=True,
        key="ar_reader",
        help="Set by MAPDATA_LLM_URL and MAPDATA_LLM_MODEL. Either way, every proposal is reviewed before saving.",
    )
    if chosen != "model":
        return None
    st.caption(f"The report's text will be sent to {escape_markdown(settings.url)} (and nowhere else).")
    return settings


def _propose_with_model(
    text: str, published: dt.date | None, outlet: str, url: str, conflict: str, settings: ModelSettings
) -> ExtractionResult | None:
    """Ask the user's model; its incidents are checked (evidence, sides, places) like any input."""
    profile = default_catalog().require(conflict) if conflict != DETECT else detect_profile(text)[0]
    try:
        with st.spinner(f"Asking {escape_markdown(settings.model)}…"):
            return read_with_model(text, profile, settings, published=published, outlet=outlet or None, url=url or None)
    except MapdataError as exc:
        st.error(f"The language model could not read the report: {escape_markdown(exc)}. Nothing was saved.")
        return None


def _propose(
    text: str, published: dt.date | None, outlet: str, url: str, conflict: str, model: ModelSettings | None = None
) -> None:
    """Read the report in a worker process (or with the user's model); nothing is written to the database here."""
    if not text.strip():
        st.warning("Paste a report or upload a .txt file first.")
        return
    # "Yerevan, 14 March 2024." at the top: the report's own date, so its "on Thursday" resolves
    # (walk6: with no publication date typed, every incident was "date unknown")
    read = report_date(text) if published is None else None
    if read is not None:
        published = read[0]
    if model is not None:
        found = _propose_with_model(text, published, outlet, url, conflict, model)
        if found is not None:
            _keep_read(found, f"{text}|{published}|{outlet}|{url}|{conflict}|{model.model}", read)
            _read_from(text)
        return
    readers = report_readers()
    # The user's aliases as they apply in the report's conflict (chosen, else the one the text names most, as the
    # reader detects it): one remembered while reading another conflict's report never places this one's names.
    aliases = PlaceBook(get_store()).aliases(conflict if conflict != DETECT else detect_profile(text)[0].id)
    try:
        with st.spinner(reading_message(readers)):
            result = readers.extract(
                text,
                published=published,
                outlet=outlet or None,
                url=url or None,
                aliases=aliases,
                time_budget=readers.budget * 0.75,  # partial results before the worker is stopped
                profile=default_catalog().require(conflict) if conflict != DETECT else None,
            )
    except ExtractionTimeout as exc:
        st.error(escape_markdown(str(exc)))
        return
    except WorkerFailed as exc:
        st.error(f"The report could not be read: {escape_markdown(str(exc))}. Nothing was saved; try again.")
        return
    _keep_read(result, f"{text}|{published}|{outlet}|{url}|{conflict}", read)
    _read_from(text)


def _read_from(text: str) -> None:
    """The proposals just read are ``text``'s: their review is kept with the draft of that text (fix54)."""
    st.session_state[READ_FROM] = (text_digest(text), st.session_state[RESULT][0])
    st.session_state.pop(REVIEW_RESTORED, None)


def _keep_read(result: ExtractionResult, identity: str, date_read: tuple[dt.date, str] | None = None) -> None:
    """The proposals read kept for review, a place the reader found only by a close spelling not placed
    there: its row asks, as for a name typed into the grid (review of round 43: "the village of
    Zorakhpyur" was proposed "exact" at Dzoraghbyur, Kotayk, with nothing said)."""
    profile = default_catalog().require(result.conflict)
    resolver = PlaceResolver(get_store(), gazetteer=Gazetteer.for_profile(profile), conflict=profile.id, online=False)
    proposals, close = unplace_close_spellings(
        result.proposals, lambda name: resolver.geocode(name, countries=profile.countries)
    )
    if close:
        result = dataclasses.replace(result, proposals=proposals)
    # a denial of one incident the reader split into two places is both halves' (walk49: only the vaguer was denied)
    _keep_result(spread_denials(result), identity, date_read)
    st.session_state[CLOSE] = close
    st.session_state[TYPED] = dict(close)


def _not_english(result: ExtractionResult) -> bool:
    """Nothing was found and the reader says the text is not English: "Read as … the default conflict"
    is then no reading of the text, only a second message beside the one that counts (a new user's
    walk-through: a Russian paragraph showed both)."""
    return not result.proposals and any(NOT_ENGLISH in warning for warning in result.warnings)


def _keep_result(
    result: ExtractionResult, identity: str, date_read: tuple[dt.date, str] | None = None, digest: str = ""
) -> None:
    """The proposals to review, replacing an earlier text's (and the points and edits made for it); ``digest``: the
    reading's, when restored with the draft (else made from ``identity``)."""
    digest = digest or hashlib.sha1(identity.encode("utf-8", "replace")).hexdigest()
    st.session_state[RESULT] = (digest, result)
    st.session_state[DATE_READ] = date_read
    st.session_state[POINTS] = {}
    st.session_state.pop(PICKED, None)
    st.session_state.pop(CLICK_CHOSEN, None)
    st.session_state.pop(NAMED, None)
    st.session_state.pop(TYPED, None)
    st.session_state.pop(CLOSE, None)
    st.session_state.pop(GRID_REVISION, None)
    st.session_state.pop(LAST_CLICK, None)
    st.session_state.pop(NEXT_TARGET, None)
    st.session_state.pop(PLACED_BY, None)
    st.session_state.pop(ROWS, None)
    st.session_state.pop(GIVEN, None)
    st.session_state.pop(LEFT_OPEN, None)
    st.session_state.pop(SAVED_FOR, None)
    st.session_state.pop(SAVED_ROWS, None)
    for key in (CLAIMANTS, SIDES_SET, ACCUSED_SET, SIDES_OK, READ_FROM, REVIEW_PROBLEM):
        st.session_state.pop(key, None)
    drop_pending("ar")  # (the claims held back before saving were the earlier text's)
    for key in [k for k in st.session_state if str(k).startswith(("ar_pick_", "ar_editor", "ar_decision_"))]:
        del st.session_state[key]


def _note_unresolved(result: ExtractionResult, edited: pd.DataFrame) -> str:
    """Names the gazetteer does not know go to the Gazetteer page's list, to be placed once for good
    (only when the user saves: proposing writes nothing), with the report's conflict (the one read or
    chosen: the list says it and the pick map opens on it); a row the reviewer placed is not listed
    (``unplaced_names``). Returns a note when that failed."""
    title = default_catalog().require(result.conflict).title
    where = f"report: {result.outlet or result.url or 'pasted text'} · {title}"
    rows = edited.reset_index(drop=True).to_dict("records")
    typed = st.session_state.get(TYPED, {})
    names = unplaced_names(result.proposals, rows, typed)
    book = PlaceBook(get_store())
    try:
        book.note_unresolved([(name, where, why) for name, why in names], conflict=result.conflict)
        remembered = [
            name
            for name, latitude, longitude, precision in placed_unknown_names(result.proposals, rows, typed)
            # (the claim's precision: one point, one precision)
            if book.remember_placed_name(name, latitude, longitude, conflict=result.conflict, precision=precision)
            is not None
        ]
    except (StoreError, MapdataError) as exc:
        return f" The names the gazetteer lacks could not be listed on the Gazetteer page: {exc}"
    if not remembered:
        return ""
    listed = ", ".join(f"“{escape_markdown(name)}”" for name in remembered)
    return (
        f" Remembered {listed} at the point{'s' if len(remembered) != 1 else ''} you gave: the next report naming "
        f"{'them' if len(remembered) != 1 else 'it'} is placed there (Gazetteer → Aliases)."
    )


def _evidence(digest: str, result: ExtractionResult, edited: pd.DataFrame) -> None:
    """Each proposal's sentences once each, escaped, values highlighted, tagged with what they gave;
    and the other places they name, each a button that adds the claim there ("also at")."""
    if len(result.proposals) > MAX_SHOWN:
        st.caption(f"Evidence is shown for the first {MAX_SHOWN:d} of {len(result.proposals):,} proposals.")
    offered = places_to_offer(result.proposals)
    for i, proposal in enumerate(result.proposals[:MAX_SHOWN]):
        # the row as edited (walk39: the extractor's day and place stayed here after the row was corrected)
        date, place, claimant = (_cell(edited, i, name) for name in ("date", "place", "claimant"))
        title = f"#{i + 1} · {date or 'date unknown'} · {place or 'no place'} · {claimant}"
        with st.expander(escape_markdown(title), expanded=False):
            terms = [proposal.place or "", place, *proposal.weapons]  # the report's words and the row's
            gave: dict[str, list[str]] = {}
            for name, sentences in proposal.evidence.items():
                for sentence in sentences:
                    tags = gave.setdefault(sentence, [])
                    if name != "claim":
                        tags.append(name.replace("_", " "))
            items = []
            for sentence, tags in gave.items():
                note = f" <small>({escape_html(', '.join(tags))})</small>" if tags else ""
                items.append(f"<li>{highlight(sentence, terms)}{note}</li>")
            parts = [f"<ul>{''.join(items)}</ul>"]
            if proposal.responses:
                answer = "".join(f"<li>{escape_html(s)}</li>" for s in proposal.responses)
                parts.append(f"<p><b>The other side's response</b></p><ul>{answer}</ul>")
            st.html("<div class='ar-evidence'>" + "".join(parts) + "</div>")
            _also_at(digest, result, edited, i, offered[i])


def _rows_named(rows: list[int]) -> str:
    """ "row 2", "rows 1 and 2", "rows 1, 2 and 4" (``rows`` 0-based)."""
    names = [f"{i + 1:,}" for i in rows]
    if len(names) == 1:
        return f"row {names[0]}"
    return f"rows {', '.join(names[:-1])} and {names[-1]}"


def _cell(edited: pd.DataFrame, index: int, column: str) -> str:
    """A cell of the proposals grid as its text ("" for an empty one, a day as YYYY-MM-DD)."""
    if index >= len(edited) or column not in edited:
        return ""
    value = edited[column].iloc[index]
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, (dt.date, pd.Timestamp)):
        return value.isoformat()[:10]
    return str(value).strip()


def _also_at(digest: str, result: ExtractionResult, edited: pd.DataFrame, index: int, options: list[dict]) -> None:
    """Buttons "Also at X" for the other places a proposal's sentences name (``places_to_offer``): the
    reader often picks one place where the report tells of several, or the wrong one of two (issue 16)."""
    proposal = result.proposals[index]
    if not options:
        return
    st.caption(
        "Its sentences also name these places. If the claim is (also) about one of them, add it there: a "
        "copy of this claim at that place goes to the end of the table, unticked, with no losses: check its "
        "day and losses, tick it, and untick the row that is wrong."
    )
    columns = st.columns(max(2, min(len(options), 4)))  # (one button half the width, not all of it)
    for j, option in enumerate(options):
        name = str(option.get("name", ""))[:60]  # a place name from the report: escaped in the label
        if columns[j % len(columns)].button(
            f"Also at {escape_markdown(name)}{'' if option.get('place') else ' (not in the gazetteer)'}",
            key=f"ar_also_{digest[:10]}_{index}_{j}",
            width="stretch",
        ):
            _append(digest, result, [proposal_at(proposal, option)], edited)


def _leftovers(digest: str, result: ExtractionResult, edited: pd.DataFrame | None, text: str) -> None:
    """The sentences that tell of fire or losses but gave no claim, each with a button that adds the
    claim drafted from it to the end of the table (issue 16: the reader misses incidents; the
    reviewer should not have to reread the whole report to find them). The report's headline is not
    one when it only says again what a proposal says (``text``: the report, for its first line)."""
    restated = {left.index for left in restated_headlines(result.leftovers, result.proposals, text)}
    leftovers = [left for left in result.leftovers if left.index not in restated]
    if not leftovers:
        return
    count = len(leftovers)
    # one title whatever the count, so the list stays open from one "Add" to the next (walk8)
    with st.expander(
        "Sentences that tell of fire or losses but gave no claim", expanded=count <= 5 or LEFT_OPEN in st.session_state
    ):
        st.caption(
            f"The reader passed over {count:,} sentence{'s' if count > 1 else ''}. If one tells an incident, add "
            "it: its claim goes to the end of the table above, with the day, place, sides and losses the "
            "sentence names, to check like the others."
        )
        for left in leftovers[:MAX_SHOWN]:
            said, action = st.columns([6, 2], vertical_alignment="center")
            said.markdown(escape_markdown(summary_of(left.sentence, 600)))
            drafts = "; ".join(
                f"{p.date or 'date unknown'} · {p.place or 'no place'} · {p.claimant}" for p in left.proposals[:3]
            )
            said.caption(f"would add: {escape_markdown(drafts)}")
            if action.button("Add as a claim", key=f"ar_left_{digest[:10]}_{left.index}", width="stretch"):
                _append(digest, result, left.proposals, edited, added_from=left)


def _append(
    digest: str,
    result: ExtractionResult,
    proposals: list[Proposal],
    edited: pd.DataFrame | None,
    added_from: Leftover | None = None,
) -> None:
    """Claims appended to the proposals (a leftover's drafts, or a claim at another place). The table
    is drawn anew with more rows, which drops the edits Streamlit keeps for it: the rows as the
    reviewer left them are kept here and drawn again above the new ones."""
    if edited is not None:
        rows = edited.reset_index(drop=True).to_dict("records")
        if _saved(digest, result):  # the rows ticked are saved: only the claims added are left to save
            rows = [{**row, "save": False} for row in rows]
        st.session_state[ROWS] = (digest, rows)
    leftovers = result.leftovers
    if added_from is not None:
        leftovers = [other for other in leftovers if other.index != added_from.index]
        st.session_state[LEFT_OPEN] = True
    st.session_state[RESULT] = (
        digest,
        dataclasses.replace(result, proposals=[*result.proposals, *proposals], leftovers=leftovers),
    )
    st.rerun()


# The proposals grid: what a reviewer checks first, in fixed widths that fit the main column at a
# 1280 px window (about 820 px beside the sidebar), before the columns that may be long or are
# rarely edited; a walk-through found event type and casualties scrolled off to the right.
EDITOR_FIRST = {  # pixels: each heading whole beside its edit icon; 812 in all
    "save": 70,
    "date": 92,
    "place": 88,
    "claimant": 120,
    "reporting_side": 68,
    "accused_side": 92,
    "event_type": 108,
    "killed": 78,
    "wounded": 96,
}
EDITOR_ORDER = (*EDITOR_FIRST, "weapons", "place found", "geo_precision", "latitude", "longitude")


def _table_rows(digest: str, result: ExtractionResult) -> list[dict]:
    """The proposals' rows, those the reviewer edited before adding a claim as they left them."""
    kept = st.session_state.get(ROWS)
    if kept is None or kept[0] != digest:
        return proposal_rows(result.proposals)
    return [*kept[1], *proposal_rows(result.proposals[len(kept[1]) :])]


def _frame(rows: list[dict]) -> pd.DataFrame:
    """The grid's rows as the page reads them (a count as a nullable integer)."""
    frame = pd.DataFrame(rows)
    for column in ("killed", "wounded"):
        frame[column] = pd.array(frame[column], dtype="Int64")
    return frame


def _proposals_grid(digest: str, result: ExtractionResult) -> pd.DataFrame:
    """The proposals grid, one grid while the reviewer edits it (walk42 item 12: an edit typed while the
    page drew a new grid for a point, a looked-up place or a side it wrote was lost): the page writes
    into the rows the grid is given (``_redraw``), the reviewer's edits stay on top. Returns the rows
    as edited."""
    key = editor_key(digest, len(result.proposals), st.session_state.get(GRID_REVISION, 0))
    given = st.session_state.get(GIVEN)
    base = given[1] if given and given[0] == key else _table_rows(digest, result)
    state = st.session_state.get(key)
    edits = {int(i): dict(cells) for i, cells in (state.get("edited_rows") or {}).items()} if state else {}
    rows = with_edits(base, edits)
    st.session_state[ROWS] = (digest, rows)  # (a new grid starts from them: claims added)
    st.session_state[GIVEN] = (key, base, edits, rows)
    _editor(base, key, default_catalog().require(result.conflict))
    return _frame(rows)


# Each column's type, whatever its values: the grid's layout (and so the grid) stays the same when a
# column is all empty in one run and not in the next (a place cleared, a single row's point taken out).
EDITOR_TYPES = {"save": "bool", "place found": "bool", "latitude": "float64", "longitude": "float64"}


def _editor(rows: list[dict], key: str, profile: Profile) -> None:
    frame = _frame(rows)
    for column in frame.columns:
        if column in ("killed", "wounded"):
            continue
        kind = EDITOR_TYPES.get(str(column), "string")
        values = frame[column].map(lambda v: False if pd.isna(v) else bool(v)) if kind == "bool" else frame[column]
        frame[column] = values.astype(kind)
    width = EDITOR_FIRST
    st.data_editor(
        frame,
        key=key,
        hide_index=True,
        width="stretch",
        placeholder="",  # an unstated count (or a missing place) blank, not "None"; it is saved as unknown
        column_order=[c for c in EDITOR_ORDER if c in frame.columns],
        column_config={
            "save": st.column_config.CheckboxColumn("save", width=width["save"], help="tick the claims to save"),
            "date": st.column_config.TextColumn("date", width=width["date"], help="YYYY-MM-DD"),
            "place": st.column_config.TextColumn(
                "place",
                width=width["place"],
                help="a new name is looked up at once: its point shows in latitude and longitude",
            ),
            "claimant": st.column_config.TextColumn("claimant", width=width["claimant"]),
            "reporting_side": st.column_config.SelectboxColumn(
                "side", width=width["reporting_side"], options=list(profile.reporting_sides), help="reporting side"
            ),
            "accused_side": st.column_config.SelectboxColumn(
                "accused", width=width["accused_side"], options=list(profile.accused_sides), help="accused side"
            ),
            "event_type": st.column_config.SelectboxColumn(
                "event type", width=width["event_type"], options=list(EVENT_TYPES)
            ),
            "killed": st.column_config.NumberColumn(
                "killed", width=width["killed"], min_value=0, step=1, help="empty = not stated"
            ),
            "wounded": st.column_config.NumberColumn(
                "wounded", width=width["wounded"], min_value=0, step=1, help="empty = not stated"
            ),
            "weapons": st.column_config.TextColumn("weapons", help="comma-separated"),
            "place found": st.column_config.CheckboxColumn("place found", disabled=True),
            "geo_precision": st.column_config.SelectboxColumn("geo precision", options=list(GEO_PRECISIONS)),
            "latitude": st.column_config.NumberColumn("latitude", format="%.5f"),
            "longitude": st.column_config.NumberColumn("longitude", format="%.5f"),
        },
    )


def _place_row(
    digest: str,
    result: ExtractionResult,
    edited: pd.DataFrame,
    index: int,
    point: tuple,
    picked: bool = False,
    precision: str | None = None,
) -> None:
    """Row ``index`` set at ``point`` (latitude, longitude, place name) by a map click or a candidate
    picked: kept for the save, and written into the grid's rows, which are drawn again with every
    other edit the reviewer made kept (a walk-through's grid showed the old point while the marker
    moved and the save stored the new one).
    ``picked``: a gazetteer candidate, so the grid says "place found" too; ``precision``: the place's, or
    the click's (by the map's zoom: ``clicked_precision``)."""
    st.session_state.setdefault(POINTS, {})[index] = point
    st.session_state.setdefault(PLACED_BY, {})[index] = "list" if picked else "map"
    records = edited.reset_index(drop=True).to_dict("records")
    rows = placed_rows(records, index, point, result.proposals[index].place, precision or "exact")
    if picked:
        rows[index]["place found"] = True
    st.session_state.setdefault(NAMED, {})[index] = rows[index].get("place")  # (a name written in is no rename)
    _redraw(digest, rows)


def _redraw(digest: str, rows: list[dict]) -> None:
    """The grid drawn again with ``rows`` (the rows as edited, the page's values written in): the same
    grid, given the page's values, the reviewer's edits on top; a new grid only when the page wrote
    over a cell the reviewer edited (``ui.proposals.written_into``)."""
    st.session_state[ROWS] = (digest, rows)
    given = st.session_state.get(GIVEN)
    if given is not None:
        key, base, edits, seen = given
        base, conflict = written_into(base, seen, rows, edits)
        if conflict:
            st.session_state[GRID_REVISION] = st.session_state.get(GRID_REVISION, 0) + 1
            st.session_state.pop(GIVEN, None)  # (the new grid is given the rows as they are)
        else:
            st.session_state[GIVEN] = (key, base, edits, rows)
    st.rerun()


def _named(result: ExtractionResult) -> list[str | None]:
    """Per row, the place name its point is the point of (the proposal's, unless renamed or picked)."""
    named: dict = st.session_state.get(NAMED, {})
    return [named.get(i, proposal.place) for i, proposal in enumerate(result.proposals)]


def _typed(edited: pd.DataFrame) -> dict[int, RowPlace]:
    """The rows whose place was typed into the grid and looked up, and still reads so."""
    typed: dict[int, RowPlace] = st.session_state.get(TYPED, {})
    places = list(edited["place"]) if "place" in edited else []
    return {i: found for i, found in typed.items() if i < len(places) and found.reads(places[i])}


def _look_up_renamed(digest: str, result: ExtractionResult, edited: pd.DataFrame) -> None:
    """A place renamed in the grid, looked up at once (the offline gazetteer with the user's aliases;
    the online geocoder only when the user turned it on), its point written into the row with "place
    found" and the row's precision as the save records them, and the grid drawn again: what the grid
    and the preview map show is what is saved. A name the gazetteer lacks, or one that names several
    places only their size tells apart, leaves the row with no point (never the old place's): the
    page asks for a pick, coordinates or a click, and the save refuses the row until then (walk39:
    "Nerkin Hand" renamed "Berdavan" kept its point and "place found" in the grid and on the map,
    and the save stored Berdavan's, 240 km away)."""
    rows = edited.reset_index(drop=True).to_dict("records")
    changed = renamed(rows, _named(result))
    if not changed:
        return
    profile = default_catalog().require(result.conflict)
    # (not flushed: a name looked up while reviewing is written nowhere; the save lists the unknown ones)
    resolver = PlaceResolver(get_store(), gazetteer=Gazetteer.for_profile(profile), conflict=profile.id)
    # Every name looked up first, the page's state changed after: a run stopped during a look-up (a
    # new edit in the grid) leaves the row renamed but not looked up, and the next run looks it up.
    found: dict[int, RowPlace | None] = {}
    for i in changed:
        value = rows[i].get("place")
        name = value.strip() if isinstance(value, str) else ""
        if not name or same_name(name, result.proposals[i].place):
            found[i] = None
            continue
        latitude, longitude = rows[i].get("latitude"), rows[i].get("longitude")
        near = [(float(latitude), float(longitude))] if pd.notna(latitude) and pd.notna(longitude) else []
        with st.spinner(f"Looking up {escape_markdown(name[:60])}…"):
            found[i] = row_place(name, resolver.geocode(name, countries=profile.countries, near=near))
    named: dict = st.session_state.setdefault(NAMED, {})
    typed: dict = st.session_state.setdefault(TYPED, {})
    points: dict = st.session_state.setdefault(POINTS, {})
    picked: dict = st.session_state.setdefault(PICKED, {})
    for i in changed:
        value = rows[i].get("place")
        name = value.strip() if isinstance(value, str) else ""
        proposal = result.proposals[i]
        named[i] = name
        points.pop(i, None)  # a point clicked or picked for the old name is not the new one's
        picked.pop(i, None)
        typed.pop(i, None)
        if same_name(name, proposal.place):  # back to the name the reader proposed: its own point
            own = None
            if proposal.resolved and proposal.latitude is not None and proposal.longitude is not None:
                own = {"latitude": proposal.latitude, "longitude": proposal.longitude}
                own["precision"] = proposal.geo_precision or "region"
            rows = moved_rows(rows, i, own, found=own is not None)
            if i in st.session_state.get(CLOSE, {}):  # (its look-alike offered again, as when read)
                typed[i] = st.session_state[CLOSE][i]
            continue
        place = found[i]
        if place is None:  # no name
            typed[i] = RowPlace("")
            rows = moved_rows(rows, i, None)
            _default_click_target(i)
            continue
        typed[i] = place
        rows = moved_rows(rows, i, place.place)
        if place.place is None:
            _default_click_target(i)  # a click on the preview map places it (unless another row is chosen)
    _redraw(digest, rows)


def _default_click_target(i: int) -> None:
    """Row ``i`` (left without a point by an edit) as the map click's target only while the selector
    points at no row and the reviewer has not chosen: an edit never moves it off a row (walk44: row 3's
    place edited switched it from row 1, the flagged row, so the click meant for row 1 moved row 3)."""
    if not st.session_state.get(CLICK_CHOSEN) and st.session_state.get("ar_click_target", NO_TARGET) == NO_TARGET:
        st.session_state["ar_click_target"] = str(i)


def _click_target_chosen() -> None:
    st.session_state[CLICK_CHOSEN] = True


def _follow_claimants(digest: str, result: ExtractionResult, edited: pd.DataFrame) -> None:
    """A claimant typed into a row that the conflict's profile names (a party's voice, a monitor) takes
    the side the profile gives it, written into the grid (drawn again), unless the reviewer chose the
    row's side by hand; a claimant changed back to the proposal's takes its side back (walk40: "Thai
    army" typed over an outlet kept the side "media" and was saved as "Thai army [media]")."""
    rows = edited.reset_index(drop=True).to_dict("records")
    seen: dict = st.session_state.setdefault(CLAIMANTS, {})
    written: dict = st.session_state.setdefault(SIDES_SET, {})
    profile = default_catalog().require(result.conflict)
    proposals = result.proposals
    sides = followed_sides(
        rows,
        [seen.get(i, p.claimant) for i, p in enumerate(proposals)],
        [(p.claimant, p.reporting_side) for p in proposals],
        {i: side for i, (_, side) in written.items()},
        lambda claimant: claimant_side(profile, claimant),
    )
    for i, side in sides.items():
        seen[i] = rows[i].get("claimant")
        if side is not None:
            _set_side(profile, rows, i, side)
    if any(side is not None for side in sides.values()):
        _redraw(digest, rows)


def _set_side(profile: Profile, rows: list[dict], i: int, side: str) -> None:
    """Write ``side`` into row ``i`` as the page's choice for its claimant; a row that accused that
    very side now accuses the side's opponent (a party's claim blames the other side), remembered so
    the note under the grid says both."""
    rows[i]["reporting_side"] = side
    claimant = rows[i].get("claimant")
    st.session_state.setdefault(SIDES_SET, {})[i] = (claimant, side)
    accused = turned_accused(rows[i], side, profile.opponent_of)
    if accused is not None:
        st.session_state.setdefault(ACCUSED_SET, {})[i] = (claimant, side, rows[i].get("accused_side"), accused)
        rows[i]["accused_side"] = accused


def _side_notes(digest: str, result: ExtractionResult, edited: pd.DataFrame) -> None:
    """Under the grid: each row whose claimant the profile gives another side than the row's (a
    warning, with a button that sets the profile's side; "Save" asks once more before saving it so),
    and each row whose side the page set from its claimant (said, so it is no silent change)."""
    profile = default_catalog().require(result.conflict)
    written: dict = st.session_state.get(SIDES_SET, {})
    turned: dict = st.session_state.get(ACCUSED_SET, {})
    shown = 0
    for i in range(min(len(edited), len(result.proposals))):
        claimant, side = _cell(edited, i, "claimant"), _cell(edited, i, "reporting_side")
        accused = _cell(edited, i, "accused_side")
        warning = side_warning(profile, claimant, side, accused)
        if warning is None:
            if written.get(i) == (claimant, side):
                was = turned.get(i)
                also = (
                    f", and its accused side from {was[2]} to {accused}, the opponent the profile gives {side} "
                    "(a side does not accuse itself)"
                    if was is not None and was[:2] == (claimant, side) and was[3] == accused
                    else ""
                )
                said = (
                    f"Row {i + 1:d}: side set to {side}, the side the {profile.title} profile gives “{claimant}”{also} "
                    "(choose another in the table if the report says otherwise)."
                )
                st.caption(escape_markdown(said))
            continue
        shown += 1
        if shown > MAX_SHOWN:
            continue
        target = claimant_side(profile, claimant) or ""
        if target and target != side:
            action, label = f"Set its side to {target}", f"Set row {i + 1:d}'s side to {target}"
        else:  # the side is the claimant's (or it names no side): only the accused side is amiss
            target = ""
            other = profile.opponent_of(side) or ""
            action = f"Set its accused side to {other}"
            label = f"Set row {i + 1:d}'s accused side to {other}"
        st.warning(
            f"**Row {i + 1:d}** ({escape_markdown(claimant)} [{escape_markdown(side or 'no side')}]) — "
            f"{escape_markdown(f'{warning}. {action}')}, or keep it if that is what the report says (“Save” asks once more).",
            icon=":material/warning:",
        )
        if st.button(escape_markdown(label), key=f"ar_side_{digest[:10]}_{i}"):
            rows = edited.reset_index(drop=True).to_dict("records")
            if target:
                _set_side(profile, rows, i, target)
            else:
                rows[i]["accused_side"] = profile.opponent_of(side)
            st.session_state.setdefault(CLAIMANTS, {})[i] = claimant
            _redraw(digest, rows)
    if shown > MAX_SHOWN:
        st.caption(f"…and {shown - MAX_SHOWN:,} more rows whose side is not the one the profile gives their claimant.")


def _evidence_cuts(result: ExtractionResult) -> list[str]:
    """Per proposal whose sentences are more than a claim keeps (a very long report), what is kept
    (``fitted_extra``): said before the save, so a long text is saved, never refused (walk40)."""
    notes = []
    for i, proposal in enumerate(result.proposals):
        _, note = fitted_extra(evidence_once(proposal.incident_values().get("extra")))  # (as rows_to_incidents)
        if note:
            notes.append(f"Row {i + 1:d}: {note}")
    return notes


def _forget_typed_over(edited: pd.DataFrame) -> None:
    """A point set by a click or a pick whose latitude or longitude the reviewer has since typed over
    (or cleared) in the grid: the grid's values are the ones saved and drawn."""
    points: dict = st.session_state.setdefault(POINTS, {})
    for index in typed_over(points, edited.reset_index(drop=True).to_dict("records")):
        del points[index]


def _place_choices(digest: str, result: ExtractionResult, edited: pd.DataFrame) -> list[int]:
    """Unresolved places, the reader's or a name typed into the grid: pick a candidate; returns the
    rows still without a point."""
    points: dict = st.session_state.setdefault(POINTS, {})
    picked: dict = st.session_state.setdefault(PICKED, {})
    typed = _typed(edited)
    missing = []
    for i, proposal in enumerate(result.proposals):
        if i < _saved_rows(digest):
            continue  # saved (or left when they were): "placed at …, tick it" no longer holds (walk43)
        own = typed.get(i)
        if own is not None:  # a name typed into the grid: its own candidates (their own box)
            if own.place is not None and not own.candidates:
                continue
            name, candidates = own.name, list(own.candidates)
            key = f"ar_pick_{i}_{hashlib.sha1(name.encode('utf-8', 'replace')).hexdigest()[:8]}"
        elif proposal.resolved:
            continue
        else:
            name, candidates, key = proposal.place, proposal.place_candidates, f"ar_pick_{i}"
        row = edited.iloc[i]
        # Said as it stands: a point already picked or clicked (the grid shows it), a claim that names
        # no place, or a name the gazetteer lacks.
        if i in points:
            # said by how it was placed (walk45: "click the map again" after a place picked from the list)
            how = st.session_state.get(PLACED_BY, {}).get(i)
            placed = (
                "picked from the list — pick another place, or click the map to move it"
                if how == "list"
                else "clicked on the map — pick another place or click the map again to move it"
            )
            label = f"Row {i + 1:d}: placed at {points[i][0]:.4f}, {points[i][1]:.4f}, {placed}"
            if not bool(row.get("save")):
                # a placed row is saved only when ticked (walk4 took an unticked placed row for one still unplaced)
                label += ". Tick its “save” box in the table to save it"
        elif own is not None and own.close and own.candidates:
            label = (
                f"Row {i + 1:d}: “{escape_markdown(name)}” is not in the gazetteer. Closest spelling: "
                f"{escape_markdown(own.suggested())} — pick {'it' if len(candidates) == 1 else 'one'} if that is "
                "the place meant, type coordinates in the table, or click the map"
            )
        elif own is not None and own.candidates:
            label = (
                f"Row {i + 1:d}: “{escape_markdown(name)}” names {len(candidates):d} places — pick the one meant, "
                "type coordinates in the table, or click the map (or type the name with its province, "
                "“Name, Province”)"
            )
        elif not pd.isna(row["latitude"]) and not pd.isna(row["longitude"]):
            what = f": “{escape_markdown(name)}” is not in the gazetteer" if name else " names no place"
            label = f"Row {i + 1:d}{what} — saved at the latitude and longitude typed in the table"
        elif name:
            label = (
                f"Row {i + 1:d}: “{escape_markdown(name)}” is not in the gazetteer — pick a place, type "
                "coordinates in the table, or click the map"
            )
        else:
            label = f"Row {i + 1:d} names no place — type coordinates in the table, or click the map"
        options = ["— choose —", *[candidate_label(c) for c in candidates]]
        if len(options) == 1:
            # a row still without a point is the page's one word on it (no warning above the grid)
            unplaced = i not in points and (pd.isna(row["latitude"]) or pd.isna(row["longitude"]))
            (st.warning if unplaced else st.caption)(label)
            choice = options[0]
        else:
            choice = st.selectbox(label, options, key=key)
        # A pick places the row when it is made (once: a click on the map afterwards moves it again).
        if picked.get(i, options[0]) != choice:
            picked[i] = choice
            if choice != options[0]:
                candidate = candidates[options.index(choice) - 1]
                if own is not None:  # the region and country saved are the place picked's
                    st.session_state.setdefault(TYPED, {})[i] = dataclasses.replace(own, place=candidate)
                point = (candidate["latitude"], candidate["longitude"], candidate["name"])
                _place_row(digest, result, edited, i, point, picked=True, precision=candidate.get("precision"))
        if i not in points and (pd.isna(row["latitude"]) or pd.isna(row["longitude"])):
            missing.append(i)
    return missing


def _preview_map(digest: str, result: ExtractionResult, edited: pd.DataFrame, missing: list[int]) -> None:
    points: dict = st.session_state.setdefault(POINTS, {})
    labels = {NO_TARGET: "nothing (just look)"}
    for i in range(len(result.proposals)):
        labels[str(i)] = f"row {i + 1}: {_cell(edited, i, 'place') or 'no place'}"  # (as the grid names it)
    default = str(missing[0]) if missing else NO_TARGET
    following = st.session_state.pop(NEXT_TARGET, None)
    if following is not None and following in labels:  # (set before the widget is drawn: a click's next row)
        st.session_state["ar_click_target"] = following
    target = st.selectbox(
        "A click on the map sets the point of",
        list(labels),
        format_func=labels.get,
        index=list(labels).index(default),
        key="ar_click_target",
        on_change=_click_target_chosen,
    )
    group = folium.FeatureGroup(name="Proposed incidents")
    # the report's conflict's side colours, as on the map (walk4: every other conflict's were grey)
    profile = default_catalog().require(result.conflict)
    colors = side_colors([profile])
    shown: list[tuple[float, float]] = []
    for i, row in edited.reset_index(drop=True).iterrows():
        lat, lon = (points[i][0], points[i][1]) if i in points else (row["latitude"], row["longitude"])
        if pd.isna(lat) or pd.isna(lon):
            continue
        tooltip = escape_for_js_template(
            f"row {i + 1}: {row['place'] or ''} · {row['date'] or 'date unknown'} · {row['claimant']}"
        )
        folium.CircleMarker(
            [float(lat), float(lon)],
            radius=8,
            color=colors.get(row["reporting_side"], "#555"),
            fill=True,
            fill_opacity=0.8,
            tooltip=tooltip,
        ).add_to(group)
        shown.append((float(lat), float(lon)))
    group.add_child(KeepInView(shown, key=digest))  # every marker whole in view, at any width (walk44 item 19)
    group.add_child(ClickZoom())  # a click says the map's zoom: how precise its point is
    wait_for_tiles()  # drawn before a first start's tiles are written, the map stayed grey
    clicked = streamlit_folium.st_folium(
        # opened on the report's conflict (its front, else its map view), not the default one's border (walk49:
        # an India–Pakistan row to place by a click opened on Armenia); the rows' points, when any, then frame it
        base_map(profile.front[0].extent if profile.front else profile.extent),
        key="ar_map",
        height=420,
        use_container_width=True,
        feature_group_to_add=group,
        returned_objects=["last_clicked"],
    )
    click = (clicked or {}).get("last_clicked")
    if click and target != NO_TARGET and click != st.session_state.get(LAST_CLICK):
        st.session_state[LAST_CLICK] = click
        row_index = int(target)
        name = result.proposals[row_index].place
        # The next row still without a point is the next click's (walk47: the picker stayed on the row
        # just placed, and a second click meant for the next row moved it).
        later = [i for i in missing if i != row_index]
        following = [i for i in later if i > row_index] or later
        if following:
            st.session_state[NEXT_TARGET] = str(following[0])
        _place_row(
            digest,
            result,
            edited,
            row_index,
            (round(float(click["lat"]), 5), round(float(click["lng"]), 5), name),
            precision=clicked_precision(click.get("zoom")),
        )


def _geocoder(profile: Profile):
    """A renamed place, resolved the way the extractor resolves names in this conflict (None if unknown)."""
    gazetteer = Gazetteer.for_profile(profile)
    return lambda name: resolve_name(gazetteer, name, countries=profile.countries).place


def _saved_rows(digest: str) -> int:
    """How many of the rows (the first ones) were the proposals of the last save: their place lines
    are said no more, claims added since have theirs."""
    saved_for = st.session_state.get(SAVED_FOR)
    return saved_for[1] if saved_for is not None and saved_for[0] == digest else 0


def _rows_saved(digest: str) -> set[int]:
    """The rows of ``digest``'s proposals saved so far."""
    saved = st.session_state.get(SAVED_ROWS)
    return set(saved[1]) if saved is not None and saved[0] == digest else set()


def _placed_unticked(edited: pd.DataFrame, skip: set[int]) -> str:
    """A sentence for each row placed by a click or a pick but not ticked (nor in ``skip``); plain text:
    the caller escapes it."""
    points = st.session_state.get(POINTS, {})
    rows = edited.reset_index(drop=True)
    return "".join(
        f" Row {i + 1:d} ({_cell(edited, i, 'claimant') or 'no claimant'}) is placed but not "
        "ticked: tick it and save again."
        for i in sorted(points)
        if i < len(rows) and i not in skip and not bool(rows.iloc[i].get("save"))
    )


def _unsaved(digest: str, edited: pd.DataFrame) -> list[int]:
    """The rows not saved yet that a save may write: ticked, or placed by a click or a pick (said at Save
    when not ticked)."""
    done, points = _rows_saved(digest), st.session_state.get(POINTS, {})
    rows = edited.reset_index(drop=True)
    return [i for i in range(len(rows)) if i not in done and (bool(rows.iloc[i].get("save")) or i in points)]


def _saved(digest: str, result: ExtractionResult) -> bool:
    """Whether these proposals (``digest``'s, none added since) are the ones saved last."""
    return st.session_state.get(SAVED_FOR) == (digest, len(result.proposals))


def _as_saved(result: ExtractionResult, edited: pd.DataFrame, every_row: bool = False) -> list[RowResult]:
    """The ticked rows as the claims "Save" writes (``every_row``: every row, ticked or not)."""
    rows = edited.reset_index(drop=True).to_dict("records")
    if every_row:
        rows = [{**row, "save": True} for row in rows]
    profile = default_catalog().require(result.conflict)
    return rows_to_incidents(
        rows,
        result.proposals,
        st.session_state.get(POINTS, {}),
        geocode=_geocoder(profile),
        places=st.session_state.get(TYPED, {}),
    )


def _lookalikes(digest: str, result: ExtractionResult, edited: pd.DataFrame) -> dict[int, DuplicateMatch]:
    """Each row whose claim, as it would be saved, is or looks like a stored claim; looked up again
    only when the rows (a tick aside), their points or the store change."""
    rows = edited.reset_index(drop=True).drop(columns="save", errors="ignore").to_dict("records")
    points = sorted(st.session_state.get(POINTS, {}).items())
    typed = sorted(st.session_state.get(TYPED, {}).items())
    basis = hashlib.sha1(
        repr((digest, len(result.proposals), rows, points, typed)).encode("utf-8", "replace")
    ).hexdigest()

    def incidents() -> dict[int, Incident]:
        return {r.row: r.incident for r in _as_saved(result, edited, every_row=True) if r.incident is not None}

    return lookalikes_of("ar", basis, incidents)


def _save(digest: str, result: ExtractionResult, edited: pd.DataFrame) -> None:
    outcome = _as_saved(result, edited)
    if not outcome:
        st.warning("No row is ticked: tick “save” for the claims to keep.")
        return
    before = _rows_saved(digest)
    outcome = [r for r in outcome if r.row not in before]  # (saved already: never written twice)
    if not outcome:
        st.warning("The rows ticked are saved already: tick a row not yet saved, then save again.")
        return
    errors = [r for r in outcome if r.error]
    if errors:
        for r in errors:
            st.error(f"Row {r.row + 1:d}: {escape_markdown(r.error)}")
        st.warning("Nothing was saved. Fix or untick the rows above, then save again.")
        return
    if not _sides_confirmed(result, outcome):
        return
    label = f"report: {result.outlet or result.url or 'pasted text'}"[:200]
    saved_for = (digest, len(result.proposals))
    cut = "".join(f" Row {r.row + 1:d}: {r.note}." for r in outcome if r.note)

    done = before | {r.row for r in outcome}

    def then() -> str:
        _draft_saved()
        st.session_state[SAVED_FOR] = saved_for
        st.session_state[SAVED_ROWS] = (digest, tuple(sorted(done)))
        return _note_unresolved(result, edited) + cut + _placed_unticked(edited, done)

    # (each sentence of a claim's evidence is stored once: rows_to_incidents, the step every path shares)
    incidents = [r.incident for r in outcome if r.incident is not None]
    try:
        # Claims that look like stored ones, or have no source, wait for the user (ui/curation.py).
        written = save_checked(incidents, origin="article", label=label, key="ar", then=then)
    except (StoreError, MapdataError) as exc:
        st.error(f"Nothing was saved: {escape_markdown(exc)}")
        return
    note = then()
    data_changed()
    # said under the Save button, where the user pressed it, and nowhere else (pending_review "ar")
    flash(escape_markdown(save_outcome(len(outcome), written) + note), below="ar")
    st.rerun()


def _sides_confirmed(result: ExtractionResult, outcome: list[RowResult]) -> bool:
    """Whether the ticked rows may be saved with their sides: yes, unless a row's claimant is one the
    profile gives another side and this is the first press of "Save" with these rows so; then the
    page says which and what to do, and the next press with the same rows saves them as they are."""
    profile = default_catalog().require(result.conflict)
    found = [
        (r.row, r.incident, warning)
        for r in outcome
        if r.incident is not None
        and (warning := side_warning(profile, r.incident.claimant, r.incident.reporting_side, r.incident.accused_side))
        is not None
    ]
    if not found:
        return True
    asked = tuple(
        (row, incident.claimant, incident.reporting_side, incident.accused_side) for row, incident, _ in found
    )
    if st.session_state.get(SIDES_OK) == asked:
        return True
    st.session_state[SIDES_OK] = asked
    for row, incident, warning in found:
        st.warning(f"Row {row + 1:d} ({escape_markdown(incident.claimant)}): {escape_markdown(warning)}.")
    st.warning(
        "Nothing was saved yet. Set "
        + ("that row's side" if len(found) == 1 else "those rows' sides")
        + " in the table (or with the button under it), or press “Save ticked incidents” again to save "
        + ("it" if len(found) == 1 else "them")
        + " with the side shown."
    )
    return False


def _manual_conflict() -> Profile:
    """The conflict a hand-entered claim belongs to (outside the form: its sides follow the choice).
    It starts as the conflict the sidebar shows elsewhere, or the default one."""
    catalog = default_catalog()
    shown = current_filters().conflict
    chosen = st.selectbox(
        "Conflict",
        list(catalog.ids),
        format_func=lambda cid: catalog.require(cid).title,
        index=list(catalog.ids).index(shown) if shown in catalog else 0,
        key="m_conflict",
        help="The reporting and accused sides offered are this conflict's parties",
    )
    return catalog.require(chosen)


def _hand_side_confirmed(profile: Profile, claimant: str, side: str, accused: str) -> bool:
    """Whether a claim typed by hand may be saved under ``side`` accusing ``accused``: yes, unless the
    profile gives ``claimant`` another side, or a party accuses itself, and the form was not sent so
    before; then the page says so, and the next press with the same claimant and sides saves it as
    it is (a warning, not a refusal)."""
    warning = side_warning(profile, claimant, side, accused)
    if warning is None:
        return True
    asked = (profile.id, claimant.strip(), side, accused)
    if st.session_state.get(HAND_SIDE_OK) == asked:
        return True
    st.session_state[HAND_SIDE_OK] = asked
    target = claimant_side(profile, claimant)
    if target and target != side:
        choose = f"Choose {target} as the reporting side"
    else:
        choose = f"Choose {profile.opponent_of(side) or 'another side'} as the accused side"
    st.warning(
        f"Not saved yet: {escape_markdown(f'{warning}. {choose}')}, or press “Save this incident” again to save it "
        f"with the side “{escape_markdown(side)}” accusing “{escape_markdown(accused)}”."
    )
    return False


def _manual_form() -> None:
    """One incident typed by hand; validated by the same model as every other entry path."""
    profile = _manual_conflict()
    reporting, accused_sides = list(profile.reporting_sides), list(profile.accused_sides)
    with st.form("ar_manual", clear_on_submit=False):
        cols = st.columns(3)
        date = cols[0].text_input("Date (YYYY-MM-DD)", key="m_date")
        place = cols[1].text_input("Place", key="m_place")
        # By default the place's own (walk47: "Ta Krabey", whose point the gazetteer gives as approximate,
        # was saved "exact"): the gazetteer's for a place it finds, "exact" for coordinates typed.
        precision = cols[2].selectbox(
            "Location precision",
            [AS_FOUND, *GEO_PRECISIONS],
            format_func=lambda p: (
                "as the gazetteer has the place (exact for typed coordinates)" if p == AS_FOUND else p
            ),
            key="m_precision",
        )
        cols = st.columns(3)
        latitude = cols[0].text_input("Latitude", key="m_lat")
        longitude = cols[1].text_input("Longitude", key="m_lon")
        # Empty until chosen (walk51: "shelling" was preselected, and a Poonch entry whose type was never
        # chosen was saved as shelling); "other" is there for a report that does not say.
        event = cols[2].selectbox(
            "Event type", EVENT_TYPES, index=None, placeholder="choose one (other if not said)", key="m_event"
        )
        cols = st.columns(3)
        claimant = cols[0].text_input("Claimant (who says so)", key="m_claimant")
        # Keys per conflict: a side of one conflict is never offered (or kept) for another.
        # Empty until chosen too (it started as the conflict's first party, whoever the claimant was).
        side = cols[1].selectbox(
            "Reporting side", reporting, index=None, placeholder="choose one", key=f"m_side_{profile.id}"
        )
        accused = cols[2].selectbox(
            "Accused side",
            accused_sides,
            index=accused_sides.index("unknown") if "unknown" in accused_sides else 0,
            key=f"m_accused_{profile.id}",
        )
        cols = st.columns(3)
        weapons = cols[0].text_input("Weapons (comma-separated)", key="m_weapons")
        killed = cols[1].text_input("Killed (empty = not stated)", key="m_killed")
        wounded = cols[2].text_input("Wounded (empty = not stated)", key="m_wounded")
        source = st.text_input("Source (outlet)", key="m_source")
        url = st.text_input("Source URL", key="m_url")
        summary = st.text_area("Summary", key="m_summary", height=80)
        submitted = st.form_submit_button("Save this incident")
    if not submitted:
        return
    # Every problem of the form at once: one message per press sent the user back and forth.
    problems: list[str] = []
    # A known place without coordinates is placed as a report's would be ("latitude: is required"
    # for "Jermuk" sent a user to look its coordinates up elsewhere).
    found = None
    no_coordinates = not latitude.strip() and not longitude.strip()
    if place.strip() and no_coordinates:
        found = _geocoder(profile)(place.strip())
        if found is None:
            problems.append(
                f"“{place.strip()}” is not in the gazetteer: type its latitude and "
                "longitude (or add the name on the Gazetteer page)."
            )
    elif no_coordinates:
        problems.append("place: give a place the gazetteer knows, or the latitude and longitude of where it happened.")
    # Nothing the user did not say is filled in for them: each choice left empty is asked for.
    if event is None:
        problems.append("event type: choose one (“other” if the report does not say).")
    if side is None:
        given = claimant_side(profile, claimant)
        problems.append(
            "reporting side: choose the side the claimant speaks for"
            + (f" (the conflict's profile gives “{claimant.strip()}” the side “{given}”)." if given else ".")
        )
    if precision == AS_FOUND:
        precision = found.precision if found is not None and found.precision in GEO_PRECISIONS else "exact"
    values = dict(
        date=date,
        place=place,
        geo_precision=precision,
        latitude=found.latitude if found else latitude,
        longitude=found.longitude if found else longitude,
        admin1=found.admin1 if found else None,
        # (typed coordinates: the country the point is clearly inside, none near a border: as a moved point's)
        country=found.country if found else country_of_point(latitude, longitude),
        event_type=event,
        claimant=claimant,
        reporting_side=side,
        accused_side=accused,
        weapons=weapons,
        killed=killed,
        wounded=wounded,
        source=source,
        source_url=url,
        summary=summary,
        conflict=profile.id,
        origin="manual",
    )
    if no_coordinates and found is None:  # said once above, not again as "latitude/longitude: is required"
        values.update(latitude=0.0, longitude=0.0)
    # (an empty side or type is asked for above, not again as "reporting_side: is required")
    invalid = [p for p in Incident.problems(values) if values.get(p.field, "") is not None]
    dated = [str(p) for p in invalid if p.field == "date"]  # in the form's order: date, place, …
    problems = dated + problems + [str(p) for p in invalid if p.field != "date"]
    if not dated:
        try:
            check_not_in_future(parse_date(date))
        except ValidationError as exc:
            problems.insert(0, str(exc))
    if problems:  # each one escaped: they hold what the user typed
        st.error(
            f"Not saved — {len(problems):d} problem{'s' if len(problems) != 1 else ''} to fix:\n\n"
            + "\n".join(f"- {escape_markdown(p)}" for p in problems)
        )
    if (side is not None and not _hand_side_confirmed(profile, claimant, side, accused)) or problems:
        return
    incident = Incident.create(**values)
    try:
        save_checked([incident], origin="manual", label="manual entry", key="manual")
    except (StoreError, MapdataError) as exc:
        st.error(f"Not saved: {escape_markdown(exc)}")
        return
    data_changed()
    st.success(
        f"Saved: {escape_markdown(incident.date.isoformat())} · {escape_markdown(incident.place or 'no place')} · "
        f"{escape_markdown(incident.claimant)} · {escape_markdown(profile.title)}"
        + (
            f" · placed by the gazetteer at {incident.latitude:.4f}, {incident.longitude:.4f} ({escape_markdown(found.name)}"
            f", precision {escape_markdown(incident.geo_precision)})"
            if found
            else ""
        )
    )
    saved_links(last_saved("manual"))


st.set_page_config(page_title="Add report · Ceasefire Incident Map", layout="wide")
st.title("Add a report")
st.caption(
    "Paste a news report: the incidents it describes are proposed for review, each with the sentences "
    "it came from. Edit, tick and save what is right — nothing is saved before that."
)
show_flash("Add report")  # (a save is said under its button: pending_review)

paste_tab, manual_tab = st.tabs(["From a report", "Enter one incident by hand"])
_restore_form()
_restore_draft()
with paste_tab:
    _draft_notice()
    st.text_area(
        "Report text",
        key="ar_text",
        height=220,
        placeholder="url: …\npublished: YYYY-MM-DD\noutlet: …\n\nThe text of the report",
    )
    uploaded = _report_text()
    text = uploaded or ""
    if uploaded is not None:
        _prefill_from_header(text)
    cols = st.columns(3)
    published_text = cols[0].text_input(
        "Publication date (YYYY-MM-DD)",
        key="ar_published",
        help="Relative dates (“on Friday”) are counted from it; empty = unknown",
    )
    with cols[0]:  # a date that is not one, said under its field (walk45: under the button, out of view)
        published, dated = _published(published_text)
    outlet = cols[1].text_input("Outlet", key="ar_outlet")
    url = cols[2].text_input("URL", key="ar_url")
    catalog = default_catalog()
    conflict = st.selectbox(
        "Conflict",
        [DETECT, *catalog.ids],
        format_func=lambda cid: "detect from the text" if cid == DETECT else catalog.require(cid).title,
        key="ar_conflict",
        help="Whose parties, voices and places the report is read with; by default the conflict it names most",
    )
    model = _model_choice()
    _keep_form()
    _keep_draft()
    if st.button("Propose incidents", type="primary", key="ar_propose"):
        if dated and uploaded is not None:
            _propose(text, published, outlet.strip(), url.strip(), conflict, model)
        else:
            # the report asked to be read was refused (a date that is not one, a file refused): the last
            # report's proposals and their Save are not its (review of round 43: they stayed under the error)
            st.session_state.pop(RESULT, None)
            # said at the button too (walk47: the press did nothing visible; the field's error is above)
            st.error(
                "Nothing was proposed: "
                + (
                    "correct the publication date above (YYYY-MM-DD) or leave it empty, "
                    "then press “Propose incidents” again."
                    if not dated
                    else "the uploaded file was refused (said above). Upload a plain-text report, or remove the "
                    "file to read the pasted text."
                )
            )

    stored = st.session_state.get(RESULT) if uploaded is not None else None  # (none drawn under a refused file)
    if stored is not None:
        result: ExtractionResult = stored[1]
        if not _not_english(result):
            st.caption(
                f"Read as {escape_markdown(default_catalog().require(result.conflict).title)}: "
                f"{escape_markdown(result.conflict_reason)}"
            )
        date_read = st.session_state.get(DATE_READ)
        if date_read is not None:
            day, words = date_read
            st.info(
                f"No publication date was entered: the report's date was read as {day.day:d} {day:%B %Y} "
                f"({day:%Y-%m-%d}) from the top of its text, “{escape_markdown(summary_of(words, 80))}”, and days it names "
                "without a date (a weekday, “yesterday”) count from it. If that is wrong, enter the publication "
                "date above and propose again.",
                icon=":material/calendar_today:",
            )
        placed = {*st.session_state.get(POINTS, {}), *st.session_state.get(NAMED, {})}
        # A place the user has since picked, clicked or renamed is no longer "not in the gazetteer"; one
        # still unknown is said once, on its row under the grid, with what to do (round 42: said twice).
        unknown = {i for i, p in enumerate(result.proposals) if p.place and not p.resolved}
        done = tuple(
            f"The place {result.proposals[i].place!r} is not" for i in placed | unknown if i < len(result.proposals)
        )
        # A claim with no place is said on its row under the grid too ("Row 2 names no place"), which goes
        # once the row is placed; the reader's warning stayed above the grid after that (walk43)
        no_place = {
            f"The claim by {p.claimant} names no place: choose one before saving."
            for p in result.proposals
            if not p.place
        }
        warnings = [w for w in result.warnings if not (done and w.startswith(done)) and w not in no_place]
        # "No publication date: relative dates … left unknown": only while it is true (walk46)
        warnings = without_stale_date_warning(warnings, published if dated else None, text)
        for warning in warnings[:MAX_SHOWN]:
            st.warning(escape_markdown(warning))
        if len(warnings) > MAX_SHOWN:
            st.warning(f"…and {len(warnings) - MAX_SHOWN:,} more warnings (a single report has far fewer).")
        if result.responses:
            for response, rows in zip(result.responses[:MAX_SHOWN], denied_rows(result)):
                target = _rows_named(rows) if rows else "a claim not in this report"
                st.info(
                    f"Denial by {escape_markdown(response.by)} of {escape_markdown(target)}: "
                    f"{escape_markdown(' '.join(response.sentences)[:400])}"
                )
        if result.proposals:
            st.subheader(counted(len(result.proposals), "proposed incident"))
            edited = _proposals_grid(stored[0], result)
            _forget_typed_over(edited)
            _keep_review(stored[0])  # (with the draft: a reload draws the grid as edited, fix54)
            _look_up_renamed(stored[0], result, edited)  # (a place renamed: its point, and the grid drawn again)
            _follow_claimants(stored[0], result, edited)  # (a claimant the profile names: its side, drawn again)
            with st.container():  # under the table: sides to check, and what of a long report is kept
                _side_notes(stored[0], result, edited)
                for cut in _evidence_cuts(result)[:MAX_SHOWN]:
                    st.info(escape_markdown(cut) + ".", icon=":material/content_cut:")
            notes = st.container()  # under the table: its rows that are or look like stored claims
            _evidence(stored[0], result, edited)
            _leftovers(stored[0], result, edited, text)
            missing = _place_choices(stored[0], result, edited)
            saved = _saved(stored[0], result)
            unsaved = _unsaved(stored[0], edited)  # rows a save may still write: ticked, or placed by hand
            if not saved:  # (once saved, each is the claim just saved: the links below say so)
                with notes:
                    lookalike_notes(_lookalikes(stored[0], result, edited))
            _preview_map(stored[0], result, edited, missing)
            if st.button(
                "Save ticked incidents",
                type="primary",
                key="ar_save",
                disabled=saved and not unsaved,
                help="Saved: tick a row not yet saved, or press “Propose incidents” to read a report again"
                if saved and not unsaved
                else None,
            ):
                _save(stored[0], result, edited)
            pending_review("ar")  # under the button: what the save did, or the claims it held back
            if saved:
                # a link to each claim saved, while the proposals shown are the ones saved (walk34)
                saved_links(last_saved("ar"))
                st.caption(
                    (
                        "These proposals are saved: “Save ticked incidents” stays off until “Propose incidents” "
                        "reads a report again."
                        if len(_rows_saved(stored[0])) == len(result.proposals)
                        else "These proposals are saved: a save never writes them again. Tick a row not yet saved "
                        "and press “Save ticked incidents” to save it too."
                    )
                    + " A claim added from the evidence or the passed-over sentences can still be saved."
                )
        else:
            _leftovers(stored[0], result, None, text)

with manual_tab:
    _manual_form()
    pending_review("manual", links=True)
say_unplaced()  # a save's message whose place (under its button) this run did not draw: said at the top
