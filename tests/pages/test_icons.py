"""No emoji icon in the app: a browser with no emoji font (Debian's chromium) drew ✅ as an empty box
(walk24 item 6). Icons are Material Symbols (served by Streamlit itself), the tab's icon our own file."""

from __future__ import annotations

import ast
from pathlib import Path

from ui.curation import SAVED_ICON
from ui.navigation import PAGE_ICON

ROOT = Path(__file__).resolve().parents[2]
# Icons named by a constant, and what each must be.
NAMED = {"SAVED_ICON": SAVED_ICON, "PAGE_ICON": PAGE_ICON}


def icon_arguments() -> list[tuple[str, ast.expr]]:
    """Every ``icon=`` and ``page_icon=`` argument of app.py, app_pages/ and ui/."""
    found = []
    for path in sorted([ROOT / "app.py", *ROOT.glob("app_pages/*.py"), *ROOT.glob("ui/*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg in ("icon", "page_icon"):
                found.append((f"{path.relative_to(ROOT)}:{node.value.lineno}", node.value))
    return found


def test_every_icon_is_a_material_symbol_or_our_own_file() -> None:
    arguments = icon_arguments()
    assert len(arguments) >= 14, arguments  # 14 when this test was written
    for where, value in arguments:
        if isinstance(value, ast.Name) and value.id in NAMED:
            icon = NAMED[value.id]
        else:
            assert isinstance(value, ast.Constant) and isinstance(value.value, str), f"{where}: not a plain icon"
            icon = value.value
        if icon.endswith(".svg"):
            assert Path(icon).is_file() and Path(icon).is_relative_to(ROOT / "static"), f"{where}: {icon}"
        else:
            assert icon.startswith(":material/") and icon.endswith(":") and icon.isascii(), f"{where}: {icon!r}"


def test_the_tab_icon_is_an_svg_drawn_without_any_font() -> None:
    svg = Path(PAGE_ICON).read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "<text" not in svg and "http" not in svg.replace("http://www.w3.org/2000/svg", "")
