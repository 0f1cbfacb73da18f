"""One plural helper for the library and the pages (review40: status.py's _count and the Import page's
_plural were the same function)."""

from __future__ import annotations

import ast
from pathlib import Path

from mapdata.safety import counted

ROOT = Path(__file__).resolve().parents[2]


def test_counted_says_one_in_the_singular_and_separates_thousands():
    assert counted(1, "row") == "1 row"
    assert counted(0, "row") == "0 rows"
    assert counted(2_000, "look-alike") == "2,000 look-alikes"
    assert counted(3, "more day and spot", "more days and spots") == "3 more days and spots"


def test_no_page_or_module_keeps_its_own_copy():
    for path in (ROOT / "mapdata/claims/status.py", ROOT / "app_pages/4_Import.py"):
        names = {node.name for node in ast.walk(ast.parse(path.read_text())) if isinstance(node, ast.FunctionDef)}
        assert not names & {"_count", "_plural"}, path
