"""Stored rows as a pandas DataFrame with the dtypes the analysis modules expect.

The app server keeps this frame for as long as the data does not change, so it is read
column by column, a chunk of rows at a time, into Arrow arrays (pyarrow, already pandas'
string storage): the rows never all exist as Python tuples at once, and text columns cost
their bytes, not a Python object per cell. ``extra`` stays the JSON text it is stored as
(parsed per use with :func:`mapdata.model.extra_fields`): as parsed dicts, an import's source columns
cost ~3.5 KB a claim, more than the rest of the row (issue 17).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from mapdata.environment import collector_paused
from mapdata.model import CURATION_FIELDS, DEFAULT_PROFILE_ID, FIELDS

__all__ = ["batch_of_rows", "frame_from_table", "incidents_frame_from_records", "read_incidents_table", "rows_where"]

READ_CHUNK = 20_000  # rows per fetch: bounds the Python objects alive at once
# Text as Arrow's large_string, the type pandas' "str" columns hold: a table (and the snapshot
# memory-mapped from one) becomes a frame without a copy. As string, every text column was
# cast on the way in: 0.7 s of a 1.8 s read of a million claims, and a copy of the text in memory.
TEXT = pa.large_string()
_MAX_SLICED_RUNS = 256  # runs of kept rows sliced out (zero copy); more are filtered (a copy)
_NUMBERS: dict[str, pa.DataType] = {
    "latitude": pa.float64(),
    "longitude": pa.float64(),
    "killed": pa.int64(),
    "wounded": pa.int64(),
}
_PANDAS_TYPES = {
    pa.string(): pd.StringDtype("pyarrow", na_value=np.nan),  # pandas' own "str" dtype
    pa.large_string(): pd.StringDtype("pyarrow", na_value=np.nan),
    pa.int64(): pd.Int64Dtype(),
}


def read_incidents_table(con: sqlite3.Connection, query: str, parameters: Sequence[object] = ()) -> pa.Table:
    """The rows of ``query`` as an Arrow table: text as strings, coordinates as doubles, counts as
    integers, a chunk of rows at a time.

    A value of an unexpected type (a file written by hand) makes that column fall back to
    Python objects, converted as before (text to text, numbers to doubles).
    """
    cursor = con.execute(query, parameters)
    names = [description[0] for description in cursor.description]
    chunks: dict[str, list[Any]] = {name: [] for name in names}
    while rows := cursor.fetchmany(READ_CHUNK):
        for name, values in zip(names, zip(*rows)):
            chunks[name].append(_arrow(values, _NUMBERS.get(name, TEXT)))
    return pa.table({name: _column(parts, _NUMBERS.get(name, TEXT)) for name, parts in chunks.items()})


def batch_of_rows(names: Sequence[str], columns: Sequence[Sequence[object]]) -> pa.RecordBatch | None:
    """Rows in hand (one sequence of values per name) as the Arrow columns :func:`read_incidents_table`
    makes of the same values read back; None when a value is not of its column's type (that read
    then falls back to Python objects: only it gives the right result)."""
    arrays = []
    for name, values in zip(names, columns, strict=True):
        column = _arrow(tuple(values), _NUMBERS.get(name, TEXT))
        if not isinstance(column, pa.Array):
            return None
        arrays.append(column)
    return pa.RecordBatch.from_arrays(arrays, names=list(names))


def frame_from_table(table: pa.Table) -> pd.DataFrame:
    """An Arrow table of incident columns as the typed frame the library expects (text stays in
    Arrow's buffers: no Python object per cell)."""
    frame = table.to_pandas(types_mapper=_PANDAS_TYPES.get) if table.num_columns else pd.DataFrame()
    return incidents_frame_from_records(frame)


def _arrow(values: tuple, kind: pa.DataType) -> pa.Array | list:
    try:
        return pa.array(values, type=kind)
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
        return [None if value is None else str(value) for value in values] if kind == TEXT else list(values)


def _column(parts: list[Any], kind: pa.DataType) -> pa.ChunkedArray | pa.Array:
    if all(isinstance(part, pa.Array) for part in parts):
        return pa.chunked_array(parts, type=kind)
    values = [v for part in parts for v in (part.to_pylist() if isinstance(part, pa.Array) else part)]
    return (
        pa.array(values, type=kind, from_pandas=True)
        if kind == TEXT
        else pa.array(pd.to_numeric(pd.Series(values, dtype=object), errors="coerce"), type=pa.float64())
    )


def _weapon_lists(column: pd.Series) -> list[list]:
    """Each row's weapons as a list. Most rows hold "[]": those are found in one vectorised
    comparison, and only the others are visited (a Python step per row of a million is seconds)."""
    with collector_paused():  # a million new lists would make it walk them again and again
        lists: list[list] = [[] for _ in range(len(column))]
    if isinstance(column.dtype, pd.StringDtype):
        others = np.flatnonzero(column.ne("[]").fillna(True).to_numpy(dtype=bool))
    else:
        others = np.arange(len(column))
    for position in others:
        value = column.iat[position]
        if isinstance(value, str):
            lists[position] = json.loads(value)
        elif not (value is None or isinstance(value, float)):  # a missing value (None, NaN) stays []
            lists[position] = list(value)
    return lists


def incidents_frame_from_records(frame: pd.DataFrame) -> pd.DataFrame:
    """Give a raw table of incident columns the dtypes the rest of the library expects.

    The curation columns follow the claim's fields; rows that lack them (frames not read
    from a store) count as live and unreviewed, and rows without a conflict (records from
    before conflicts existed) are the default conflict's. ``extra`` is kept as given (stored
    JSON text, or dicts): read it with :func:`mapdata.model.extra_fields`.
    """
    frame = frame.reindex(columns=[*FIELDS, *CURATION_FIELDS])
    frame["review_status"] = frame["review_status"].astype(object).fillna("unreviewed")
    frame["conflict"] = frame["conflict"].astype(object).fillna(DEFAULT_PROFILE_ID)
    frame["date"] = pd.to_datetime(frame["date"], errors="coerce")
    frame["published"] = pd.to_datetime(frame["published"], errors="coerce")
    frame["weapons"] = _weapon_lists(frame["weapons"])
    if isinstance(frame["extra"].dtype, pd.StringDtype):  # as read from a store: compact text
        if frame["extra"].hasnans:  # (filling makes a copy of the column: the largest one)
            frame["extra"] = frame["extra"].fillna("{}")
    else:
        frame["extra"] = [e if isinstance(e, (str, dict)) else {} for e in frame["extra"]]
    for name in ("killed", "wounded"):
        frame[name] = pd.array(frame[name], dtype="Int64")
    frame["latitude"] = frame["latitude"].astype(float)
    frame["longitude"] = frame["longitude"].astype(float)
    return frame


def rows_where(frame: pd.DataFrame, mask: pd.Series | np.ndarray) -> pd.DataFrame:
    """``frame[mask]``, fast on frames whose text lives in Arrow (issue 17).

    pandas takes rows by position, and Arrow's take over a column of many chunks first joins
    them (a year of a million claims: 3 s). Here the kept rows' runs are sliced out of each Arrow
    column without copying a byte where they are few (the frame is by date, so a date range is
    one run), and filtered by Arrow a chunk at a time otherwise. Every row kept: a shallow copy.
    """
    keep = np.asarray(mask, dtype=bool)
    if keep.all():
        return frame.copy(deep=False)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], keep.view(np.int8), [0]))))
    runs = list(zip(edges[::2].tolist(), edges[1::2].tolist()))
    arrow_mask = None if len(runs) <= _MAX_SLICED_RUNS else pa.array(keep)
    columns: dict[str, Any] = {}
    for name in frame.columns:
        column = frame[name]
        if isinstance(column.dtype, pd.StringDtype) and column.dtype.storage == "pyarrow":
            text = pa.array(column.array)  # the column's own Arrow data, not a copy
            if isinstance(text, pa.Array):
                text = pa.chunked_array([text])
            if arrow_mask is None:
                kept = pa.chunked_array([c for a, b in runs for c in text.slice(a, b - a).chunks], type=text.type)
            else:
                kept = pc.filter(text, arrow_mask)
            columns[name] = pd.Series(column.array._from_sequence(kept, dtype=column.dtype), copy=False)
        else:
            columns[name] = pd.Series(column.array[keep], dtype=column.dtype, copy=False)
    index = frame.index[keep]
    for series in columns.values():
        series.index = index
    result = pd.DataFrame(columns, index=index, copy=False)
    result.attrs = dict(frame.attrs)
    return result
