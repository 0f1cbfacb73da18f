"""Every value interpolated into a message or label that Streamlit renders as Markdown is escaped.

``st.error``/``st.warning``/``st.info``/``st.success``/``st.caption``/``st.markdown``/
``st.toast``/``st.write`` render their text as Markdown: a file name, a database's table
name or a geocoder's answer put into one unescaped becomes a link, a tracking image or
coloured text. This reads the pages' source (``ast``) and fails for any f-string argument of
those calls whose ``{…}`` is neither passed through an escaping function nor a number
formatted with a format spec. The page tests show the same with crafted values
(tests/pages/test_app_safety.py, tests/pages/test_page_gazetteer.py).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SOURCES = sorted([REPO / "app.py", *(REPO / "app_pages").glob("*.py"), *(REPO / "ui").glob("*.py")])
MARKDOWN_CALLS = {
    *("error", "warning", "info", "success", "caption", "markdown", "toast", "write", "title", "header", "subheader"),
    # Widget labels render Markdown too (links and images included): the first argument is the label.
    *("button", "download_button", "link_button", "checkbox", "toggle", "radio", "selectbox", "multiselect"),
    *("text_input", "text_area", "number_input", "date_input", "file_uploader", "expander", "metric", "slider"),
}
ESCAPERS = {"escape_markdown", "md", "_plain"}  # md/_plain: the pages' one-line wrappers of escape_markdown
# Values built only from our own words and numbers, never from data.
SAFE_BY_CONSTRUCTION = {"export.label"}  # ui/downloads.export_files: "CSV (1,234 incidents)"


def _unescaped(node: ast.JoinedStr) -> list[str]:
    found = []
    for part in node.values:
        if not isinstance(part, ast.FormattedValue):
            continue
        escaped = _is_escaper(part.value)
        numeric = part.format_spec is not None  # {n:,} {x:.1f} {share:.0%}: numbers, formatted
        constant = isinstance(part.value, ast.IfExp) and all(  # {'s' if n != 1 else ''}: one of our words
            isinstance(branch, ast.Constant) for branch in (part.value.body, part.value.orelse)
        )
        # {counted(n, 'claim')}: a number and one of our words (mapdata.safety.counted; Import's _are(n, 'row', 'is',
        # 'are') is counted and a verb of ours)
        counted = (
            isinstance(part.value, ast.Call)
            and getattr(part.value.func, "id", None) in ("counted", "_are")
            and all(isinstance(arg, ast.Constant) for arg in part.value.args[1:])
        )
        if not (escaped or numeric or constant or counted or ast.unparse(part.value) in SAFE_BY_CONSTRUCTION):
            found.append(ast.unparse(part.value))
    return found


def _is_escaper(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) in ESCAPERS


def _fstrings(node: ast.AST) -> list[ast.JoinedStr]:
    """The f-strings in a message argument, except inside an escaping call (escaped as a whole)."""
    if _is_escaper(node):
        return []
    if isinstance(node, ast.JoinedStr):
        return [node]
    return [found for child in ast.iter_child_nodes(node) for found in _fstrings(child)]


def _markdown_fstrings(path: Path) -> list[tuple[int, str]]:
    problems = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", None) in MARKDOWN_CALLS and node.args:
            for fstring in _fstrings(node.args[0]):
                problems += [(node.lineno, expr) for expr in _unescaped(fstring)]
    return problems


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(REPO)))
def test_values_in_markdown_messages_are_escaped(path: Path) -> None:
    assert _markdown_fstrings(path) == []


def test_the_check_finds_an_unescaped_value(tmp_path: Path) -> None:
    page = tmp_path / "page.py"
    page.write_text(
        'st.error(f"cannot open {path}: {escape_markdown(exc)} after {n:,} tries")\n'
        "st.sidebar.warning(\"x\" + f\"{name}{'s' if n else ''}{'s' if n else name}\")\n"
    )
    assert _markdown_fstrings(page) == [(1, "path"), (2, "name"), (2, "'s' if n else name")]


def test_a_count_of_our_word_is_safe_and_of_a_value_is_not(tmp_path: Path) -> None:
    page = tmp_path / "page.py"
    page.write_text("st.info(f\"{counted(n, 'claim')} at {counted(n, place)}\")\n")
    assert _markdown_fstrings(page) == [(1, "counted(n, place)")]
