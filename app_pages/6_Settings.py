"""Settings: the user's own settings in one place - the name written into the history, and the online geocoder.

Both are kept in the user's settings file (:mod:`mapdata.preferences`), in their home folder: never
in the database, which travels between people, so a file someone sends cannot choose whose name
goes into your history or send the place names you look up anywhere.
"""

from __future__ import annotations

import os

import streamlit as st

from mapdata.geo.settings import PUBLIC_DOMAIN, file_settings_notice, settings_for
from mapdata.preferences import NAME_VARIABLE, PreferencesError, save_name, save_values, saved_name, settings_path
from mapdata.safety import escape_markdown
from mapdata.store import current_user
from ui.common import get_store
from ui.navigation import SETTINGS, page_header

FLASH = "settings_flash"
GEOCODER_VARIABLES = {"enabled": "MAPDATA_ONLINE_GEOCODER", "user_agent": "MAPDATA_GEOCODER_USER_AGENT"}


def md(text: object) -> str:
    """Typed names, file paths and settings shown through markdown stay literal text."""
    return escape_markdown(" ".join(str(text).split()))


def saved(message: str) -> None:
    st.session_state[FLASH] = message
    st.rerun()


def from_environment(variable: str) -> str | None:
    value = os.environ.get(variable)
    return value.strip() if value is not None and value.strip() else None


page_header(
    SETTINGS,
    "Settings",
    "Your own settings, kept in your settings file in your home folder — never in the database, so a "
    "database file you share or receive carries none of them.",
)
st.caption(f"Settings file: {md(settings_path())}")
if FLASH in st.session_state:
    st.success(md(st.session_state.pop(FLASH)))

st.subheader("Your name in the history")
st.caption(
    "Every change you make (an import, a saved report, an edit, a review, a retraction) is recorded with this "
    "name. Empty: your operating-system user."
)
with st.form("settings_name_form", border=False):
    name = st.text_input("Your name", value=saved_name(), max_chars=100, key="settings_name")
    if st.form_submit_button("Save name"):
        try:
            where = save_name(name)
        except PreferencesError as exc:
            st.error(f"Not saved: {md(exc)}")
        else:
            saved(f"Saved in {where}: changes are recorded as {current_user()}.")
overridden = from_environment(NAME_VARIABLE)
if overridden:
    st.info(
        f"{md(NAME_VARIABLE)} is set in the environment the app was started from: changes are recorded as "
        f"**{md(overridden)}**, not as the name saved here, until it is unset."
    )
st.caption(f"Changes are recorded as: **{md(current_user())}**")

st.divider()
st.subheader("Online place look-up")
settings = settings_for()
public = settings.domain == PUBLIC_DOMAIN
st.markdown(
    "Off by default: place names are looked up offline, in the bundled gazetteer, your aliases and the GeoNames "
    "files you added, and nothing leaves this computer."
)
st.markdown(
    "**When it is on**, a place name none of those know — from an import placed by name, a pasted report, "
    "a look-up on the Gazetteer page or a corrected place — is sent to "
    f"{md(settings.endpoint)} ({'OpenStreetMap’s public Nominatim service' if public else 'a Nominatim service'}), "
    "with the countries it is looked for in and the user agent below; at most one request a second. Nothing else "
    "is sent: no claim, no report text, no name from the history. Each answer is kept in this database, so a name "
    "is asked once."
)
for note in settings.notes:
    st.warning(md(note))
if settings.refusal:
    st.error(f"Nothing will be sent: {md(settings.refusal)}")
notice = file_settings_notice(get_store())
if notice:
    st.info(md(notice[0].upper() + notice[1:]))
fixed = {key: variable for key, variable in GEOCODER_VARIABLES.items() if from_environment(variable) is not None}
if fixed:
    st.info(
        f"Set in the environment the app was started from, over what is saved here: {md(', '.join(fixed.values()))}."
    )
with st.form("settings_online_form", border=False):
    enabled = st.toggle("Look up unknown place names online", value=settings.enabled, key="settings_online_enabled")
    agent = st.text_input(
        "User agent (your project and a contact e-mail; Nominatim requires one)",
        value=settings.user_agent,
        max_chars=200,
        key="settings_online_agent",
        placeholder="your-project (you@example.org)",
    )
    if st.form_submit_button("Save online look-up"):
        if enabled and not agent.strip():
            st.error("Nominatim requires a user agent that identifies you: fill it in first. Nothing was saved.")
        else:
            try:
                where = save_values("geocoder", {"enabled": enabled, "user_agent": agent.strip() or None})
            except PreferencesError as exc:
                st.error(f"Not saved: {md(exc)}")
            else:
                saved(f"Saved in {where}: online look-up {'on' if enabled else 'off'}.")
st.caption(
    f"Now: online look-up is **{'on' if settings.enabled else 'off'}** (from {md(settings.origin)}). "
    "The service's address, scheme and time-out can be set in the same file (a [geocoder] table: domain, "
    "scheme, timeout) or the environment (MAPDATA_NOMINATIM_DOMAIN, …)."
)
