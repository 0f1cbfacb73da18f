"""Rows of the claims frame picked by a mask: the same rows and types as pandas gives, without
pandas' slow path over Arrow text (issue 17)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from factories import make_claim
from mapdata.store import STAMP_ATTR, Store
from mapdata.store.frames import rows_where


@pytest.fixture
def frame(tmp_path) -> pd.DataFrame:
    store = Store(tmp_path / "incidents.db")
    store.save([make_claim(date=f"2023-05-{day:02d}", killed=day % 3 or None) for day in range(1, 29)])
    return store.frame()


@pytest.mark.parametrize("pick", ["some", "all", "none", "one"])
def test_rows_where_gives_what_pandas_gives(frame, pick):
    mask = {
        "some": frame["killed"].fillna(0).gt(0),
        "all": pd.Series(True, index=frame.index),
        "none": pd.Series(False, index=frame.index),
        "one": frame["id"] == frame["id"].iloc[5],
    }[pick]

    picked = rows_where(frame, mask)

    pd.testing.assert_frame_equal(picked, frame[mask])
    assert picked.attrs[STAMP_ATTR] == frame.attrs[STAMP_ATTR]
    assert isinstance(picked["extra"].array, pd.arrays.ArrowStringArray)  # text stays in Arrow


def test_rows_where_keeps_the_labels_of_a_cut_frame_and_plain_columns(frame):
    cut = frame.iloc[::3].assign(note=lambda f: pd.Series(["x"] * len(f), index=f.index, dtype=object))
    mask = np.arange(len(cut)) % 2 == 0

    pd.testing.assert_frame_equal(rows_where(cut, mask), cut[mask])
