"""`pip install .` gives what the README promises: the library with its data, and the `ceasefire-map` command.

Builds the wheel the way pip does (an isolated build, which fetches setuptools from the package
registry); skips with the reason when no registry can be reached.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    # A copy of what the build reads, so setuptools' build/ and *.egg-info stay out of the checkout.
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (ROOT / name).exists():
            shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "mapdata", source / "mapdata", ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "--disable-pip-version-check",
            "-w",
            str(out),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=out,
    )
    if build.returncode != 0 and any(
        word in build.stderr for word in ("No matching distribution", "Could not find a version", "NewConnectionError")
    ):
        pytest.skip(f"no package registry to build with: {build.stderr.strip().splitlines()[-1]}")
    assert build.returncode == 0, build.stderr
    (found,) = out.glob("ceasefire_map-*.whl")
    return zipfile.ZipFile(found)


def test_the_wheel_installs_the_ceasefire_map_command(wheel: zipfile.ZipFile):
    (entry_points,) = [name for name in wheel.namelist() if name.endswith(".dist-info/entry_points.txt")]
    assert "ceasefire-map = mapdata.cli:main" in wheel.read(entry_points).decode()


def test_the_wheel_carries_the_library_and_its_data(wheel: zipfile.ZipFile):
    names = set(wheel.namelist())
    on_disk = {str(p.relative_to(ROOT)) for p in (ROOT / "mapdata").rglob("*.py")}
    assert on_disk <= names, sorted(on_disk - names)[:5]
    data = {str(p.relative_to(ROOT)) for p in (ROOT / "mapdata" / "data").rglob("*") if p.is_file()}
    assert data <= names, sorted(data - names)[:5]
    assert not any(name.startswith(("tests/", "benchmarks/")) for name in names)
