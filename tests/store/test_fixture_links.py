"""The old-schema database fixtures hold no link to a report in ../shared (others' material, never
copied here): their bundled claims' source_url values were set to NULL in place, as the bundled
file's were (6f80b36). Every byte is read, so a value left in a free page counts too."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.conftest import REPO, shared_file

FIXTURES = REPO / "tests" / "fixtures"
DATABASES = sorted((FIXTURES / "db").glob("incidents-v*.db")) + [FIXTURES / "incidents-schema-v1.db"]


def shared_report_links() -> set[str]:
    folder = shared_file("articles")
    links = {
        line.split(":", 1)[1].strip()
        for path in folder.glob("*.txt")
        for line in path.read_text("utf-8", errors="replace").splitlines()
        if line.startswith("url:")
    }
    if not links:
        pytest.skip(f"no url: lines in {folder}")
    return links


@pytest.mark.parametrize("path", DATABASES, ids=lambda p: p.name)
def test_no_fixture_database_holds_a_link_to_a_shared_report(path: Path):
    data = path.read_bytes()
    assert [link for link in sorted(shared_report_links()) if link.encode("utf-8") in data] == []


def test_the_fixtures_keep_their_schema_versions_and_links_of_our_own():
    versions = {}
    for path in DATABASES:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            versions[path.name] = con.execute("PRAGMA user_version").fetchone()[0]
            links = {url for (url,) in con.execute("SELECT source_url FROM incidents WHERE source_url IS NOT NULL")}
        finally:
            con.close()
        assert all(url.startswith("https://example.org/") for url in links), (path.name, links)
    assert versions == {
        "incidents-v1.db": 1,
        "incidents-v2.db": 2,
        "incidents-v3.db": 3,
        "incidents-v4.db": 4,
        "incidents-schema-v1.db": 1,
    }
