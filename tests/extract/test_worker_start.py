"""The first reading after a server start: a reader started early answers it, reads the same, and
a runaway text is still stopped (mapdata/extract/worker.py: ``ExtractionWorkers.warm``)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from mapdata.extract import extract
from mapdata.extract.worker import ExtractionTimeout, ExtractionWorkers

STUBS = "extract_worker_stubs"
REPORT = Path(__file__).resolve().parents[1] / "fixtures" / "reports" / "15_two_days_two_places.txt"


@pytest.fixture
def workers_for():
    made: list[ExtractionWorkers] = []

    def make(target: str, budget: float = 5.0, **options) -> ExtractionWorkers:
        workers = ExtractionWorkers(size=1, budget=budget, target=target, **options)
        made.append(workers)
        return workers

    yield make
    for workers in made:
        workers.close()


def _wait_until_ready(workers: ExtractionWorkers, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not workers.ready():
        assert time.monotonic() < deadline, "the warmed reader never said it was ready"
        time.sleep(0.05)


def test_warm_starts_a_reader_that_answers_the_first_call(workers_for):
    workers = workers_for(f"{STUBS}:echo", warm_up=False)
    assert not workers.ready()
    workers.warm()
    _wait_until_ready(workers)  # up before anyone asked: the page's first Propose does not wait for it
    started = [w.process.pid for w in workers._workers]
    answer = workers.extract("sotk")
    assert answer["pid"] in started and len(started) == 1
    workers.warm()  # again, with the reader idle: no second process
    assert workers.extract("goris")["pid"] == answer["pid"]


def test_a_runaway_text_is_still_stopped_on_a_warmed_reader(workers_for):
    workers = workers_for(f"{STUBS}:spin", budget=1.0, warm_up=False)
    workers.warm()
    _wait_until_ready(workers)
    started = time.monotonic()
    with pytest.raises(ExtractionTimeout, match="longer than 1 s"):
        workers.extract("hang")
    assert time.monotonic() - started < 15
    assert not workers.ready()  # the stopped reader is gone ...
    assert workers.extract("fine") == "fine"  # ... and a fresh one reads the next text


def test_the_first_reading_on_a_warmed_reader_proposes_what_later_ones_do(workers_for):
    """What the page shows for the first paste after a start is what it shows for the same paste later,
    and what the reader gives in this process."""
    text = REPORT.read_text(encoding="utf-8")
    workers = workers_for("mapdata.extract.pipeline:extract", budget=60.0)
    workers.warm()
    first = workers.extract(text)
    later = workers.extract(text)
    here = extract(text)
    assert first.proposals, "the fixture report proposes incidents"
    assert [p.to_dict() for p in first.proposals] == [p.to_dict() for p in later.proposals]
    assert [p.to_dict() for p in first.proposals] == [p.to_dict() for p in here.proposals]
