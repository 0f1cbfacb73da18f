"""Making untrusted text safe to show: incident fields come from the open web and shared files.

Every function here is pure and total (any ``str`` in, a safe ``str`` out), so callers never
need a try/except around display code.

- :func:`safe_url` — a link target only for ``http``/``https`` URLs with a host; anything else
  (``javascript:``, ``data:``, relative or malformed URLs) is shown as text, never as a link.
- :func:`escape_html` — text for an HTML context (element content or a quoted attribute).
- :func:`escape_for_js_template` — text that folium places inside a JavaScript template
  literal (`` `...` ``) which is then parsed as HTML: ``folium.Popup``/``folium.Tooltip``.
  HTML-escaping alone is not enough there: ``${...}`` is evaluated and a backtick ends the literal.
- :func:`escape_markdown` — text for ``st.markdown`` / ``st.caption``, which would otherwise
  interpret ``**``, links, ``:red[...]`` colour tags, ``$...$`` maths and HTML-like tags.

A client-side popup built from data with ``textContent`` needs none of this: it never parses
the text as HTML, which is the most robust choice when the page can do it.
"""

from __future__ import annotations

import html
import re
import urllib.parse

__all__ = [
    "SUMMARY_CHARS",
    "counted",
    "escape_for_js_template",
    "escape_html",
    "escape_markdown",
    "safe_url",
    "summary_of",
]

_ALLOWED_SCHEMES = frozenset({"http", "https"})
# Characters browsers strip or treat specially while parsing a URL: refusing them avoids
# "java\tscript:" style tricks and header splitting.
_CONTROL = re.compile(r"[\x00-\x20\x7f-\x9f]")

# Entities for the characters a JavaScript template literal treats specially.
_JS_TEMPLATE_ENTITIES = str.maketrans({"`": "&#96;", "$": "&#36;", "{": "&#123;", "}": "&#125;", "\\": "&#92;"})

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|:~$=])")


def safe_url(url: object) -> str | None:
    """``url`` stripped, if it is an absolute http(s) URL with a host; otherwise None."""
    if not isinstance(url, str):
        return None
    text = url.strip()
    if not text or len(text) > 2048 or _CONTROL.search(text):
        return None
    try:
        parts = urllib.parse.urlsplit(text)
        _ = parts.port  # raises ValueError for a malformed port
    except ValueError:
        return None
    if parts.scheme.lower() not in _ALLOWED_SCHEMES or not parts.hostname:
        return None
    return text


def escape_html(text: object) -> str:
    """Text shown as typed inside HTML element content or a quoted attribute value."""
    return html.escape("" if text is None else str(text), quote=True)


def escape_for_js_template(text: object) -> str:
    """Text safe inside a JS template literal that is later parsed as HTML (folium popups/tooltips).

    HTML-escape first (so ``<``, ``>``, ``&`` and quotes cannot start markup), then replace the
    characters a template literal interprets — backtick, ``$``, ``{``, ``}`` and backslash —
    with HTML entities, which the browser shows as the original characters.
    """
    return escape_html(text).translate(_JS_TEMPLATE_ENTITIES)


def escape_markdown(text: object) -> str:
    """Text shown literally by ``st.markdown``: every markdown and Streamlit-markup character escaped.

    Newlines are left as they are (markdown folds single newlines into spaces).
    """
    raw = "" if text is None else str(text)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", raw)


SUMMARY_CHARS = 300  # a proposal's summary: its first sentence, up to this many characters


def counted(n: int, word: str, plural: str | None = None) -> str:
    """ "1 row", "2,000 rows": ``n`` with its thousands separated and ``word`` in the plural unless it
    is 1 (``plural`` when that is not the word and an s). Shared by the library's sentences and the
    pages' messages (review40: two copies)."""
    return f"{n:,} {word}" if n == 1 else f"{n:,} {plural or word + 's'}"


def summary_of(sentence: str, limit: int = SUMMARY_CHARS) -> str:
    """A sentence as a proposal's summary (or any text shown short): whole, or cut at a space before
    ``limit`` characters with "…", never inside a word unless it has no space in its first half.
    Here, not in the report reader (``mapdata.extract.text``), so the map page can cut a long value
    without importing the reader (0.74 s)."""
    if len(sentence) <= limit:
        return sentence
    cut = sentence.rfind(" ", 0, limit)
    return sentence[: cut if cut > limit // 2 else limit].rstrip() + "…"
