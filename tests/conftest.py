"""Fixtures shared by every test: a fresh database per test, and the real material in ../shared."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from mapdata.geo.gazetteer import Gazetteer
from mapdata.profiles import DEFAULT_PROFILE_ID
from mapdata.store import Store
from mapdata.store.bundled import EXAMPLES_ENV
from tests.modelstub import StubModel, serve_stub_model

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def pytest_configure(config: pytest.Config) -> None:
    """The suite's new databases start with the Armenia–Azerbaijan examples only: the 18 claims its
    tests count and click through. Set for the whole process (and so for every app server it starts);
    tests of a user's first run, with every conflict's examples, clear it (tests/store/test_bundled_conflicts.py,
    tests/pages/test_first_run.py, tests/browser/test_first_run_browser.py)."""
    os.environ[EXAMPLES_ENV] = DEFAULT_PROFILE_ID
    # Never the developer's own database (~/.local/share/ceasefire-map): set for the whole process,
    # so module- and session-scoped fixtures and the processes tests start are kept out too.
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="ceasefire-tests-data-")


def pytest_unconfigure(config: pytest.Config) -> None:
    """The process-wide data folder made above goes when the run ends (one per process, and so per xdist worker)."""
    folder = os.environ.get("XDG_DATA_HOME", "")
    if Path(folder).name.startswith("ceasefire-tests-data-"):
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def no_user_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never read the developer's own settings file (``~/.config/ceasefire-map``) nor the
    GeoNames country files the developer added (``gazetteer add``), and never write the developer's
    database (``~/.local/share/ceasefire-map``): a test that names no database gets a sandbox one."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.getbasetemp() / "no-user-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.getbasetemp() / "no-user-data"))  # per test
    monkeypatch.setenv("MAPDATA_GEONAMES", str(tmp_path_factory.getbasetemp() / "no-user-geonames"))


@pytest.fixture
def own_gazetteer_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """The gazetteer's process-wide cache empty for this test, and put back whole after it: the
    index, the per-conflict gazetteers and the signature of the GeoNames files that index holds,
    always together. A test that put back only the index and the gazetteers left the index loaded
    with an earlier test's GeoNames file beside the signature of an empty folder, so the class never
    reloaded and later tests found that file's villages (3 extract tests failed when run after the
    Gazetteer page tests and tests/profiles/test_invented_conflict.py in one process)."""
    for name, empty in (("_index", None), ("_by_profile", {}), ("_dumps", None)):
        monkeypatch.setattr(Gazetteer, name, empty)


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database path of its own for this test, also exported as MAPDATA_DB."""
    path = tmp_path / "incidents.db"
    monkeypatch.setenv("MAPDATA_DB", str(path))
    return path


@pytest.fixture
def stub_model() -> Iterator[tuple[StubModel, str]]:
    """A stub language-model server on 127.0.0.1 and its API root, for the optional reader."""
    with serve_stub_model() as served:
        yield served


@pytest.fixture
def store(db_path: Path) -> Store:
    """A new store seeded with the bundled incidents."""
    return Store(db_path)


def shared_file(*parts: str) -> Path:
    """A file under ../shared, or skip the test saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"real material not available: {path} (../shared/ is only beside CI and dev checkouts)")
    return path


@pytest.fixture
def acled_csv() -> Path:
    return shared_file("data", "acled_hdx_armenia_conflict_2018-2020.csv")


@pytest.fixture
def ucdp_csv() -> Path:
    return shared_file("data", "ucdp_ged_api_v24_1_sample_afghanistan.csv")


@pytest.fixture
def articles_dir() -> Path:
    return shared_file("articles")
