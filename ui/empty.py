"""What a page that shows claims (Map, Timeline, Table) says when there are none to filter: the database
holds no claims yet, or none of the conflict chosen. Said as such, with the ways claims come in (walk48:
a first start with no example claims said "No incidents match these filters. Widen the date range or
clear some filters." though no filter was set and no claim stored)."""

from __future__ import annotations

import streamlit as st

from mapdata.safety import escape_markdown
from mapdata.store.bundled import bundled_conflicts
from ui.common import FilteredView, add_examples_button, chosen_profile, filter_query, load_incidents
from ui.navigation import page

WAYS_IN = (
    "Claims come from a file (an ACLED or UCDP GED export, or a CSV or GeoJSON of your own), from a news "
    "report you paste, or from the example claims bundled with the app."
)


def no_claims_here(view: FilteredView) -> bool:
    """When the database holds no claims (or none of the conflict the filters choose): say so, with links
    to Import and Add report and a button that adds the example claims; whether it was said (if not, the
    claims are there and the filters leave none: the page says that)."""
    state = view.state
    frame = view.frame
    if not frame.empty and not (state.conflict and not (frame["conflict"] == state.conflict).any()):
        return False
    profile = chosen_profile(state)
    where = f"of {escape_markdown(profile.title)} " if profile is not None else ""
    retracted = 0
    if not state.show_retracted:
        everything = load_incidents(include_retracted=True)
        if profile is not None:
            everything = everything[everything["conflict"] == profile.id]
        retracted = len(everything)
    if retracted:  # kept, hidden: "no claims yet" would say they were gone, or never there
        held = "the one claim" if retracted == 1 else f"all {retracted:,} claims"
        lines = [
            f"**No claims {where}are shown: {held} {where}in this database "
            f"{'is' if retracted == 1 else 'are'} retracted.** Nothing is deleted: *Show retracted claims* under "
            "*More filters* shows them, and *Import → Past imports* restores a whole import. " + WAYS_IN
        ]
    else:
        lines = [f"**No claims {where}in this database yet.** {WAYS_IN}"]
    examples = [profile.id] if profile is not None else list(bundled_conflicts())
    examples = [conflict for conflict in examples if conflict in bundled_conflicts()]
    with st.container(border=True, key="no_claims"):
        st.markdown("\n\n".join(lines))
        with st.container(horizontal=True, gap="medium", vertical_alignment="center"):
            st.page_link(
                page("Import"), label="Import a file", icon=":material/upload_file:", query_params=filter_query()
            )
            st.page_link(
                page("Add report"), label="Add a report", icon=":material/post_add:", query_params=filter_query()
            )
            if examples:
                add_examples_button(
                    examples,
                    "Add this conflict's example claims" if profile is not None else "Add the example claims",
                    "no_claims_add_examples",
                )
    return True
