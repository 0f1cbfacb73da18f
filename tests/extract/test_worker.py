"""Reading reports in worker processes: a runaway or dying reader never stalls the caller."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator

import pytest

from mapdata.extract import extract
from mapdata.extract.worker import ExtractionTimeout, ExtractionWorkers, WorkerFailed, budget_from_environment

STUBS = "extract_worker_stubs"


@pytest.fixture
def workers_for():
    made: list[ExtractionWorkers] = []

    def make(function: str, budget: float = 5.0, size: int = 1) -> ExtractionWorkers:
        workers = ExtractionWorkers(size=size, budget=budget, target=f"{STUBS}:{function}", warm_up=False)
        made.append(workers)
        return workers

    yield make
    for workers in made:
        workers.close()


def test_a_worker_is_started_once_and_reused(workers_for):
    workers = workers_for("echo")
    first = workers.extract("sotk", published="2023-05-12")
    second = workers.extract("goris")
    assert first["text"] == "SOTK" and first["options"] == {"published": "2023-05-12"}
    assert second["pid"] == first["pid"]


def test_a_runaway_reader_is_stopped_at_the_budget_and_replaced(workers_for):
    workers = workers_for("spin", budget=1.0)
    started = time.monotonic()
    with pytest.raises(ExtractionTimeout, match="longer than 1 s"):
        workers.extract("hang")
    assert time.monotonic() - started < 15
    assert workers.extract("fine") == "fine"  # a fresh process took its place


def test_the_caller_keeps_running_while_a_reader_is_stuck(workers_for):
    """The server's other sessions are threads of the caller: they must not wait for the reader."""
    workers = workers_for("spin", budget=2.0)
    workers.extract("warm")  # the process is up
    errors: list[Exception] = []

    def paste() -> None:
        try:
            workers.extract("hang")
        except ExtractionTimeout as exc:
            errors.append(exc)

    thread = threading.Thread(target=paste)
    thread.start()
    gaps = []
    last = time.monotonic()
    while thread.is_alive():
        time.sleep(0.01)
        now = time.monotonic()
        gaps.append(now - last)
        last = now
    thread.join()
    assert errors and len(gaps) > 20
    assert max(gaps) < 0.5  # the waiting thread gave up the interpreter lock all along


def test_a_reader_that_dies_gives_a_clear_error_and_the_next_one_works(workers_for):
    workers = workers_for("crash")
    with pytest.raises(WorkerFailed, match="stopped without an answer"):
        workers.extract("anything")
    failing = workers_for("fail")
    with pytest.raises(WorkerFailed, match="ValueError: bad input"):
        failing.extract("anything")


def _expect_timeout(workers: ExtractionWorkers) -> None:
    with pytest.raises(ExtractionTimeout):
        workers.extract("hang")


@contextlib.contextmanager
def _one_reader_stuck(workers: ExtractionWorkers, settle: float) -> Iterator[None]:
    """While inside, the (only) reader is busy with a text it never finishes."""
    workers.extract("warm")
    stuck = threading.Thread(target=_expect_timeout, args=(workers,))
    stuck.start()
    time.sleep(settle)
    yield
    stuck.join()


def test_a_caller_waits_for_a_busy_reader_then_is_served(workers_for):
    workers = workers_for("spin", budget=1.0, size=1)
    with _one_reader_stuck(workers, settle=0.2):
        assert workers.extract("second") == "second"  # served by the replacement once the slot is free


def test_no_free_reader_within_the_budget_is_a_clear_timeout(workers_for):
    workers = workers_for("spin", budget=0.5, size=1)
    with _one_reader_stuck(workers, settle=0.3):
        workers.budget, workers.slot_grace = 0.1, 0.0  # the next caller gives up before the stuck one is stopped
        with pytest.raises(ExtractionTimeout, match="busy"):
            workers.extract("second")


def test_the_real_reader_in_a_worker_gives_what_it_gives_in_process():
    text = "Azerbaijani forces shelled Sotk on Friday, the Armenian Defence Ministry said."
    workers = ExtractionWorkers(size=1, budget=120)
    try:
        remote = workers.extract(text, published="2023-05-13")
    finally:
        workers.close()
    local = extract(text, published="2023-05-13")
    assert remote.to_dict() == local.to_dict()
    assert [(p.place, p.date) for p in remote.proposals] == [("Sotk", "2023-05-12")]


@pytest.mark.parametrize(("value", "expected"), [("7.5", 7.5), ("", 20.0), ("soon", 20.0), ("-1", 20.0)])
def test_budget_comes_from_the_users_environment(monkeypatch, value, expected):
    monkeypatch.setenv("MAPDATA_EXTRACT_SECONDS", value)
    assert budget_from_environment() == expected
