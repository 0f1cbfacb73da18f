"""Clashes kept on disk beside the database, by the state of the data they were found in.

Finding the clashes of a million claims takes 10–25 s, and the app server needs them before its
first page can draw (issue 17). They depend only on the claims — one state of one database,
named by the stamp :meth:`mapdata.store.Store.frame` puts in ``frame.attrs`` — and on the rules'
parameters, so they are found once per state and read back in milliseconds by every later server
start. Anything that does not match (another state, another subset of the claims, other parties
or distances, a damaged file) is found again; the file is a cache and may be deleted at any time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import time
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

from mapdata.claims.groups import Parties, group_ids, party_sets
from mapdata.claims.status import CLASH_STATUSES, Clashes, find_clashes
from mapdata.store import STAMP_ATTR, Store

__all__ = ["CLASHES_SUFFIX", "cached_clashes", "prepare_views"]

CLASHES_SUFFIX = "-clashes.npz"  # beside the database (Store.cache_path)


def _rules_digest() -> str:
    """The code of the grouping and status rules, as a digest: clashes found by another release's rules are found
    again (round 46 changed what "corroborated" and "contested" mean; a database's file kept the old statuses)."""
    import mapdata.claims.groups as groups_module
    import mapdata.claims.linking as linking_module
    import mapdata.claims.status as status_module

    digest = hashlib.sha256()
    for module in (groups_module, linking_module, status_module):
        digest.update(Path(str(module.__file__)).read_bytes())
    return digest.hexdigest()[:16]


RULES_DIGEST = _rules_digest()


def _key(frame: pd.DataFrame, max_km: float, max_days: int, parties: Parties) -> str | None:
    """What the clashes of ``frame`` depend on, as text; None for a frame not read from a store."""
    stamp = frame.attrs.get(STAMP_ATTR)
    if not stamp:
        return None
    # The stamp names every claim's content; the ids' digest, which of them (a filtered frame
    # keeps the stamp of the frame it was cut from).
    ids = pd.util.hash_pandas_object(frame["id"], index=False).to_numpy()
    return json.dumps(
        {
            "stamp": stamp,
            "rows": len(frame),
            "ids": int(np.bitwise_xor.reduce(ids * np.arange(1, len(ids) + 1, dtype=np.uint64))) if len(ids) else 0,
            "max_km": max_km,
            "max_days": max_days,
            "parties": {conflict: sorted(names) for conflict, names in sorted(parties.items())},
            "rules": RULES_DIGEST,
        },
        sort_keys=True,
    )


def cached_clashes(
    frame: pd.DataFrame, path: Path | None, max_km: float = 15.0, max_days: int = 1, parties: Parties | None = None
) -> Clashes:
    """:func:`find_clashes` of ``frame``, read from ``path`` when it holds them for this very
    frame, else found and written there (atomically; a folder that refuses is no error)."""
    parties = party_sets() if parties is None else parties
    key = _key(frame, max_km, max_days, parties)
    if path is not None and key is not None and (stored := _read(path, key, frame)) is not None:
        return stored
    clashes = find_clashes(frame, max_km=max_km, max_days=max_days, parties=parties)
    if path is not None and key is not None:
        _write(path, key, clashes)
    return clashes


def _read(path: Path, key: str, frame: pd.DataFrame) -> Clashes | None:
    try:
        with np.load(path, allow_pickle=False) as stored:
            if str(stored["key"]) != key:
                return None
            labels, codes = stored["labels"], stored["codes"]
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, EOFError):
        return None
    if len(labels) != len(frame) or len(codes) != len(frame) or codes.max(initial=0) >= len(CLASH_STATUSES):
        return None
    status = pd.Series(
        pd.Categorical.from_codes(codes, categories=list(CLASH_STATUSES)), index=frame.index, name="status"
    )
    return Clashes(labels, status, group_ids(frame, labels))


def _write(path: Path, key: str, clashes: Clashes) -> None:
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        with os.fdopen(handle, "wb") as out:
            np.savez(out, key=np.array(key), labels=clashes.labels, codes=clashes.status.cat.codes.to_numpy())
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def prepare_views(store: Store) -> float:
    """Bring the snapshot and the clashes beside ``store`` up to its present state, so the app's
    next first page finds them ready (what its server would otherwise do first); the seconds it
    took. Run after an import (``python -m mapdata import``; ``--no-prepare`` skips it)."""
    start = time.perf_counter()
    cached_clashes(store.frame(), store.cache_path(CLASHES_SUFFIX))
    return time.perf_counter() - start
