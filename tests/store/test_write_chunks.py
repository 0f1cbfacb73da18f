"""A big write is compared with the file and written a chunk at a time (bounded memory): wherever
the chunks split it, it must do exactly what one write of the whole does."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapdata.store import Store, database
from tests.factories import make_claim


def _scenario(path: Path, planned: bool) -> dict[str, object]:
    store = Store(path, seed=False)
    stored = [make_claim(id=f"csv:c{n}", summary=f"claim {n}") for n in range(5)]
    store.save(stored)
    store.retract([stored[3].id], reason="a person's decision")
    incoming = [
        stored[0],  # unchanged
        stored[1].replace(summary="told otherwise"),  # updated
        make_claim(id="csv:c5", summary="new"),
        make_claim(id="csv:c6", summary="new, first of its id"),
        make_claim(id="csv:c6", summary="new, second of its id: left out"),
        stored[2].replace(summary="told otherwise too"),  # updated
        stored[3],  # unchanged, retracted
        make_claim(id="csv:c7", summary="new"),
    ]
    plan = store.classify(incoming) if planned else None
    result = store.save(incoming, origin="csv", label="chunked.csv", planned=plan)
    if plan is not None:
        assert (plan.new, plan.updated, plan.unchanged, plan.retracted) == (
            result.new,
            result.updated,
            result.unchanged,
            result.retracted,
        )
    return {
        "counts": (result.new, result.updated, result.unchanged, result.retracted),
        "stored": sorted((i.id, i.summary, i.batch == result.batch) for i in store.incidents(include_retracted=True)),
        "history": {i: [e.action for e in store.history(i)] for i in ("csv:c1", "csv:c2", "csv:c6")},
        "batch": store.batches().iloc[0][["new", "updated", "unchanged"]].tolist(),
    }


@pytest.mark.parametrize("planned", [False, True], ids=["compared in the write", "as the preview planned"])
@pytest.mark.parametrize("chunk", [1, 2, 3])
def test_a_write_split_in_chunks_does_what_one_write_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int, planned: bool
) -> None:
    whole = _scenario(tmp_path / "whole.db", planned)
    assert whole["counts"] == (["csv:c5", "csv:c6", "csv:c7"], ["csv:c1", "csv:c2"], ["csv:c0", "csv:c3"], ["csv:c3"])
    assert ("csv:c6", "new, first of its id", True) in whole["stored"]
    assert whole["history"] == {"csv:c1": ["create", "edit"], "csv:c2": ["create", "edit"], "csv:c6": ["create"]}
    assert whole["batch"] == [3, 2, 2]
    monkeypatch.setattr(database, "DIFF_CHUNK", chunk)
    assert _scenario(tmp_path / "chunked.db", planned) == whole


def test_comparing_a_big_reimport_holds_one_chunk_of_stored_rows_not_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Re-importing an unchanged file compares every claim with its stored row: the rows read are
    let go of chunk by chunk, so the memory it takes per claim stays a few ids' worth (measured
    as a ratio to the claims compared; it was ~2 KB per claim when every stored row was held)."""
    import tracemalloc

    monkeypatch.setattr(database, "DIFF_CHUNK", 500)
    store = Store(tmp_path / "big.db", seed=False)
    claims = [make_claim(id=f"csv:big-{n}", summary=f"claim {n} " + "x" * 300) for n in range(6000)]
    store.save(claims)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        planned = store.classify(claims)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert len(planned.unchanged) == 6000
    assert peak / len(claims) < 400, f"{peak / len(claims):.0f} bytes per claim compared"
