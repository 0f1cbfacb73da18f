"""The map's payload as a file the browser fetches (``publish_payload``): named by its content, whole, pruned."""

from __future__ import annotations

import gzip
import json
import os
import pickle
import re
import time

import pandas as pd
import pytest

from mapdata.mapview import incident_feature_group, incident_payload, payload_token, publish_payload, render_html
from mapdata.mapview.base import base_map


@pytest.fixture
def frame(store) -> pd.DataFrame:
    return store.frame()


@pytest.fixture
def folder(tmp_path):
    """The payload folder, with a file of someone else's in it that pruning must leave alone."""
    (tmp_path / "payloads").mkdir()
    (tmp_path / "payloads" / "notes.json.gz").write_bytes(b"not ours")
    return tmp_path / "payloads"


def _payload(frame: pd.DataFrame, n: int = 3) -> str:
    """A different payload for every ``n``: the first ``n`` stored claims."""
    return incident_payload(frame.head(n))


def test_the_file_holds_the_payload_and_is_named_by_it(folder, frame):
    payload = _payload(frame)
    name = publish_payload(payload, folder)
    assert name == f"{payload_token(payload)}.json.gz"
    assert gzip.decompress((folder / name).read_bytes()).decode() == payload
    assert json.loads(gzip.decompress((folder / name).read_bytes()))["n"] == 3  # the browser unpacks and parses it


def test_the_same_payload_is_written_once_and_marked_as_used(folder, frame):
    payload = _payload(frame)
    name = publish_payload(payload, folder)
    os.utime(folder / name, (1, 1))
    assert publish_payload(payload, folder) == name
    assert (folder / name).stat().st_mtime > time.time() - 60
    assert sorted(p.name for p in folder.iterdir()) == sorted([name, "notes.json.gz"])


def test_only_the_most_recently_used_files_are_kept(folder, frame):
    names = []
    for k in range(5):
        names.append(publish_payload(_payload(frame, k + 1), folder, keep=3))
        os.utime(folder / names[-1], (1000 + k, 1000 + k))
    publish_payload(_payload(frame, 2), folder, keep=3)  # used again: the newest
    assert sorted(p.name for p in folder.iterdir()) == sorted([names[1], names[3], names[4], "notes.json.gz"])


def test_a_torn_file_is_rewritten(folder, frame):
    payload = _payload(frame)
    name = publish_payload(payload, folder)
    whole = (folder / name).read_bytes()
    (folder / name).write_bytes(whole[: len(whole) // 2])  # cut short by something else
    publish_payload(payload, folder)
    assert gzip.decompress((folder / name).read_bytes()).decode() == payload


def test_the_page_script_names_the_file_not_the_claims(folder, frame):
    payload = _payload(frame)
    url = f"/app/static/payloads/{publish_payload(payload, folder)}"
    html = render_html(base_map(), incident_feature_group(payload, url=url))
    loads = re.findall(r'MapdataIncidents\.load\([\w.]+, "([^"]+)", \{[^{}]*\}\);', html)
    assert loads == [url]
    assert payload not in html


def test_the_token_is_worked_out_once_and_kept_through_the_cache(frame):
    """st.cache_data hands the page an unpickled copy on every rerun; the token must match the text."""
    payload = _payload(frame)
    copy = pickle.loads(pickle.dumps(payload))
    assert payload_token(copy) == payload_token(str(payload)) == payload_token(payload)
    assert copy == payload
