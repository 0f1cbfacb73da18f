"""Stored rows as a pandas DataFrame with the dtypes the analysis modules expect."""

from __future__ import annotations

import json

import pandas as pd

from mapdata.model import CURATION_FIELDS, DEFAULT_PROFILE_ID, FIELDS

__all__ = ["incidents_frame_from_records"]


def incidents_frame_from_records(frame: pd.DataFrame) -> pd.DataFrame:
    """Give a raw table of incident columns the dtypes the rest of the library expects.

    The curation columns follow the claim's fields; rows that lack them (frames not read
    from a store) count as live and unreviewed, and rows without a conflict (records from
    before conflicts existed) are the default conflict's.
    """
    frame = frame.reindex(columns=[*FIELDS, *CURATION_FIELDS])
    frame["review_status"] = frame["review_status"].astype(object).fillna("unreviewed")
    frame["conflict"] = frame["conflict"].astype(object).fillna(DEFAULT_PROFILE_ID)
    frame["date"] = pd.to_datetime(frame["date"], errors="coerce")
    frame["published"] = pd.to_datetime(frame["published"], errors="coerce")
    # Most rows hold "[]" / "{}": skip the parser for those (200,000 json.loads at 100k rows).
    frame["weapons"] = [
        [] if w == "[]" else json.loads(w) if isinstance(w, str) else list(w or []) for w in frame["weapons"]
    ]
    frame["extra"] = [
        {} if e == "{}" else json.loads(e) if isinstance(e, str) else dict(e or {}) for e in frame["extra"]
    ]
    for name in ("killed", "wounded"):
        frame[name] = pd.array(frame[name], dtype="Int64")
    frame["latitude"] = frame["latitude"].astype(float)
    frame["longitude"] = frame["longitude"].astype(float)
    return frame
