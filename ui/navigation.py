"""The page list and the page menu: links that carry the filters to the next page.

Streamlit's own menu drops the URL's query parameters on a page switch, so the app draws its
own (``st.navigation(..., position="hidden")`` plus one ``st.page_link`` per page with the
filter parameters). Pages switch to each other with the ``st.Page`` objects from here
(``st.switch_page("app.py")`` cannot find a page under ``st.navigation``).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from ui.common import filter_query, put_dates_in_order

# The browser tab's icon: our own file, drawn with no emoji font (the map emoji was an empty box in
# Debian's chromium) and from this machine (a :material/: page icon is fetched from Google's fonts).
PAGE_ICON = str(Path(__file__).resolve().parents[1] / "static" / "mapdata" / "favicon.svg")

# title -> (script, url path); the first is the default page (served at "/").
PAGE_FILES: dict[str, tuple[str, str]] = {
    "Map": ("app_pages/0_Map.py", ""),
    "Timeline": ("app_pages/1_Timeline.py", "Timeline"),
    "Table": ("app_pages/2_Table.py", "Table"),
    "Add report": ("app_pages/3_Add_report.py", "Add_report"),
    "Import": ("app_pages/4_Import.py", "Import"),
    "Gazetteer": ("app_pages/5_Gazetteer.py", "Gazetteer"),
    "Settings": ("app_pages/6_Settings.py", "Settings"),
}
REPO = Path(__file__).resolve().parents[1]
MAP, TIMELINE, TABLE, SETTINGS = "Map", "Timeline", "Table", "Settings"
APP_TITLE = "Ceasefire Incident Map"
DEFAULT_RESERVED = "_map_at_root"  # the default page's reserved, never served, path name


def show_address() -> None:
    """Write the query this run has into the browser's address bar again. A ``st.page_link`` to the page it is
    on reruns that page with the link's query, but Streamlit's browser side changes the address only on a
    switch to another page, so the address kept the old query (walk49: after the Gazetteer's "Look it up in
    India–Pakistan" it had no ``?conflict=``, and a reload or a shared link showed the default conflict).
    Setting the query sends it to the browser, which puts it in the address (one history entry)."""
    st.query_params.from_dict({key: st.query_params.get_all(key) for key in st.query_params})


def page_header(name: str, heading: str, purpose: str | None = None) -> None:
    """A page's browser-tab title ("NAME · Ceasefire Incident Map"), its heading and what it is for."""
    st.set_page_config(page_title=f"{name} · {APP_TITLE}", layout="wide")
    st.title(heading)
    if purpose:
        st.caption(purpose)


def page(title: str) -> st.Page:
    """The ``st.Page`` of the page called ``title`` (as listed in :data:`PAGE_FILES`)."""
    script, url_path = PAGE_FILES[title]
    script = str(REPO / script)  # not relative to the running script: a page run alone (AppTest) links pages too
    if not url_path:
        # Served at "/"; Streamlit still reserves a name for it, which would be "Map" (its file's
        # name) and would keep the address "/Map" from being an alias of it (address_aliases).
        return st.Page(script, title=title, default=True, url_path=DEFAULT_RESERVED)
    return st.Page(script, title=title, url_path=url_path)


def all_pages() -> list[st.Page]:
    """Every page, then the other spellings of their addresses (:func:`address_aliases`)."""
    return [page(title) for title in PAGE_FILES] + address_aliases()


def alias_paths() -> dict[str, str]:
    """Other addresses a person types for a page -> its title: the Map page's own name (it is served
    at "/") and each address in lower case. Streamlit matches a page's path by case: "/Map",
    "/table" or "/add_report" showed "Page not found" and ran the Map page (walk of polish9)."""
    paths = {"Map": MAP}
    for title, (_, url_path) in PAGE_FILES.items():
        paths[(url_path or title).lower()] = title
    return {path: title for path, title in paths.items() if path != PAGE_FILES[title][1]}


def address_aliases() -> list[st.Page]:
    """A hidden page per :func:`alias_paths` address that is its page itself (the same script at a
    second address, which Streamlit 1.67 tells apart by its path): the address stays as typed and
    keeps its query (the filters). A page that switched to its page added a history entry: Back
    landed on the alias, which switched forward again (review of e144d3f)."""
    aliases = []
    for path, title in alias_paths().items():
        script, _ = PAGE_FILES[title]
        aliases.append(st.Page(str(REPO / script), title=title, url_path=path))
    return aliases


def unknown_address(pages: list[st.Page]) -> str | None:
    """The address asked for when no page of ``pages`` is served there ("/Nope"), else None; call it
    before ``st.navigation``, which then runs the default page (the map) with the address's query
    (the filters), and the caller says so in a note.

    Streamlit resolves a first request by the path's name and, finding none, opened its "Page not
    found" dialog over the map, which hid the page until closed and did not say where the user was
    (walk9). The request's name is cleared here, so Streamlit takes its own fallback (the default
    page) without the dialog. A rerun names its page by hash, never by an unknown name."""
    ctx = get_script_run_ctx()
    if ctx is None:  # a page run outside a server session (AppTest of app.py has one)
        return None
    try:  # (Streamlit's own page manager: another Streamlit may name it otherwise; then its dialog stays)
        manager = ctx.pages_manager
        name = manager.intended_page_name
        if manager.intended_page_script_hash or not name or name in {p.url_path for p in pages}:
            return None
        manager.set_script_intent("", "")
    except AttributeError:
        return None
    return name


# In a narrow window the sidebar's 300 px left the map ~265 px at 800 px (walk 5): below 1100 px it
# takes 272 px with less padding around its widgets, which keep their width (the date range needs
# ~220 px to read whole); the user can still collapse it, or put the details below the map.
NARROW_SIDEBAR_CSS = """<style>
@media (max-width: 1100px) {
  section[data-testid="stSidebar"][data-collapsed="false"] { width: 272px !important; min-width: 272px !important; }
  section[data-testid="stSidebar"] [data-testid="stSidebarContent"],
  section[data-testid="stSidebar"] [data-testid="stSidebarUserContent"] { padding-left: 8px !important; padding-right: 8px !important; }
}
</style>"""


# Streamlit lays the sidebar over the page below 768 px (its "md" breakpoint) and, with its own page
# list, closes it after a page is chosen (on a phone). Our menu is ``st.page_link``s, which never close
# it: at 420 px the page chosen stayed under the open sidebar, and the user saw the menu, not the page
# (walk44 item 18). A click on a link in the sidebar closes it now, there, as the collapse button does
# (the filters are in the link's address and the sidebar's widgets keep them, open or closed).
CLOSE_SIDEBAR_ON_NAVIGATION = """<script>
if (!window.parent.__mapdataNavCloses) {
  window.parent.__mapdataNavCloses = true;
  const doc = window.parent.document;
  doc.addEventListener("click", (event) => {
    const link = event.target.closest?.('section[data-testid="stSidebar"] a[data-testid="stPageLink-NavLink"]');
    if (!link || link.target === "_blank" || window.parent.innerWidth >= 768) return;
    const close = doc.querySelector('section[data-testid="stSidebar"] [data-testid="stSidebarCollapseButton"] button');
    if (close) close.click();
  });
}
</script>"""

# Streamlit draws a widget's label as Markdown and gives the same text to screen readers, as the widget's
# aria-label: a label whose names are escaped for Markdown (safety.escape_markdown, which untrusted text
# needs: unescaped, a name's "![x](https://…)" drew an image from that server, even in a label hidden
# from view) was spoken with its escapes, "Closest spelling: Verin Tsaghkavan \(Tavush, AM\)" (walk45
# item 15). Every aria-label the page gets is read back to plain text here, as the label is shown:
# each escape escape_markdown puts in is taken out, once per value Streamlit sets.
PLAIN_ARIA_LABELS = r"""<script>
if (!window.parent.__mapdataPlainLabels) {
  window.parent.__mapdataPlainLabels = true;
  const doc = window.parent.document;
  const escaped = /\\([\\`*_{}\[\]()<>#+\-.!|:~$=])/g;
  const spoken = new WeakMap();  // element -> the aria-label set here (never read back twice)
  const plain = (element) => {
    const label = element.getAttribute("aria-label");
    if (!label || !label.includes("\\") || spoken.get(element) === label) return;
    const text = label.replace(escaped, "$1");
    spoken.set(element, text);
    if (text !== label) element.setAttribute("aria-label", text);
  };
  const within = (node) => {
    if (node.nodeType !== 1) return;
    if (node.hasAttribute("aria-label")) plain(node);
    node.querySelectorAll("[aria-label]").forEach(plain);
  };
  within(doc.body);
  new MutationObserver((changes) => {
    for (const change of changes) {
      if (change.type === "attributes") plain(change.target);
      else change.addedNodes.forEach(within);
    }
  }).observe(doc.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-label"] });
}
</script>"""


def page_menu(current: st.Page | None = None) -> None:
    """The menu at the top of the sidebar; each link keeps the current filters. On a page opened at
    one of its other addresses (``current``, :func:`address_aliases`) its link is that address, so
    the menu marks it as the page shown ("/table" left "Table" unmarked). A reversed date range in the
    address is put in order first, on every page (the page's filters say so)."""
    put_dates_in_order()
    query = filter_query()
    here = alias_paths().get(current.url_path) if current is not None else None
    st.html(NARROW_SIDEBAR_CSS)  # style only: Streamlit applies it without drawing an element
    with st.sidebar:
        for title in PAGE_FILES:
            target = current if current is not None and title == here else page(title)
            st.page_link(target, label=title, query_params=query, width="stretch")
        with st.container(gap=None):  # the script draws nothing: no gap of its own under the line
            st.divider()
            st.html(CLOSE_SIDEBAR_ON_NAVIGATION + PLAIN_ARIA_LABELS, unsafe_allow_javascript=True)


def go_to(title: str, extra: Mapping[str, str] | None = None) -> None:
    """Switch to another page, keeping the filters (and adding ``extra`` parameters)."""
    st.switch_page(page(title), query_params={**filter_query(), **(extra or {})})
