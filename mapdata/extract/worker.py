"""Reading a report in a separate process, with a time budget, so a paste can never stall a server.

A Streamlit server runs every session in one Python process. Extraction is pure Python and
regular expressions, which hold the interpreter lock while they run: one long paste read in
the server's process makes every other user wait. Here the reading happens in worker
processes (started once, with the gazetteer loaded, then reused); the server only waits on a
pipe, which releases the lock. A worker that does not answer within the budget is killed and
replaced, and the caller gets :class:`ExtractionTimeout`; one that dies (out of memory, a
crash) gives :class:`WorkerFailed`. Either way the server and every other session go on.

Workers are started with ``spawn``: a fresh interpreter, never a fork of a threaded server.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from mapdata.environment import number_setting_or_default
from mapdata.errors import MapdataError

__all__ = [
    "DEFAULT_BUDGET_SECONDS",
    "ExtractionTimeout",
    "ExtractionWorkers",
    "WorkerFailed",
    "budget_from_environment",
]

DEFAULT_BUDGET_SECONDS = 20.0  # the pipeline reads 200,000 characters of any text in ~3 s
STARTUP_SECONDS = 180.0  # a first start may build the gazetteer index (20–45 s, more on a busy machine)
SLOT_GRACE_SECONDS = 5.0  # how much longer than the budget a caller waits for a free reader
MEMORY_LIMIT_BYTES = 3 * 1024**3  # a worker that needs more is stopped, not the machine
_TARGET = "mapdata.extract.pipeline:extract"


class ExtractionTimeout(MapdataError):
    """The worker did not finish within the time budget; it was stopped."""


class WorkerFailed(MapdataError):
    """The worker process ended or failed without an answer."""


def budget_from_environment() -> float:
    """``MAPDATA_EXTRACT_SECONDS`` (the user's setting) or the default budget."""
    return number_setting_or_default(
        "MAPDATA_EXTRACT_SECONDS", DEFAULT_BUDGET_SECONDS, highest=3600, unit="seconds", zero_allowed=False
    )


def _resolve(target: str) -> Callable[..., Any]:
    module, _, name = target.partition(":")
    function: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return function


def _limit_memory() -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
    except (ImportError, ValueError, OSError):  # not on this system: the time budget still holds
        pass


def _build_index_aside() -> None:
    """When no gazetteer index is on disk, build it in a short-lived process of its own.

    Building peaks at ~500 MB, and a reader that built it kept that for its life (506 MB against
    132 MB for one that loaded it: benchmarks/bench_first_propose.py). Should that process fail,
    the reader builds the index itself, as before."""
    from mapdata.geo.gazetteer import Gazetteer

    if Gazetteer.index_ready():
        return
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))  # this reader's imports
    code = "from mapdata.geo.gazetteer import Gazetteer; Gazetteer.default()"
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run(
            [sys.executable, "-c", code],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            check=False,
            timeout=STARTUP_SECONDS,
        )


def _serve(conn: Connection, target: str, warm_up: bool) -> None:
    """The worker's loop: one request in, one ("ok", result) or ("error", message) out."""
    _limit_memory()
    function = _resolve(target)
    if warm_up:
        from mapdata.geo.gazetteer import Gazetteer

        _build_index_aside()
        Gazetteer.default()  # loaded once per worker, before the first report
    conn.send(("ready", None))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer: tuple[str, Any] = ("ok", function(**request))
        except MemoryError:
            answer = ("error", "the text needed more memory than a report reader is allowed")
        except Exception as exc:  # reported to the caller, who shows it; the worker goes on
            answer = ("error", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(answer)
        except (OSError, ValueError):
            return


class _Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, target: str, warm_up: bool) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_serve, args=(child, target, warm_up), name="mapdata-extract", daemon=True
        )
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self, seconds: float) -> None:
        if self.ready:
            return
        if not self.conn.poll(seconds):
            self.stop()
            raise WorkerFailed(f"the report reader did not start within {seconds:g} s")
        self._receive()
        self.ready = True

    def _receive(self) -> tuple[str, Any]:
        try:
            answer: tuple[str, Any] = self.conn.recv()
            return answer
        except (EOFError, OSError) as exc:
            code = self.process.exitcode
            self.stop()
            raise WorkerFailed(
                "the report reader stopped without an answer"
                + (f" (exit code {code})" if code is not None else "")
                + "; nothing was saved"
            ) from exc

    def call(self, request: dict[str, Any], seconds: float) -> Any:
        self.conn.send(request)
        if not self.conn.poll(seconds):
            self.stop()
            raise ExtractionTimeout(
                f"Reading the text took longer than {seconds:g} s and was stopped; nothing was saved. "
                "Paste one report at a time (a report is a few thousand characters)."
            )
        status, payload = self._receive()
        if status != "ok":
            raise WorkerFailed(f"the report reader failed: {payload}")
        return payload

    def alive(self) -> bool:
        return self.process.is_alive()

    def started(self) -> bool:
        """Whether the process said it is ready (without taking the message: :meth:`wait_ready` does)."""
        try:
            return self.ready or self.conn.poll(0)
        except (OSError, ValueError):  # its pipe was closed: it is not coming
            return False

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class ExtractionWorkers:
    """A few reusable worker processes; :meth:`extract` takes the same arguments as ``extract``.

    ``target`` ("module:function") is what a worker runs; tests point it at a stub.
    """

    def __init__(
        self,
        size: int = 2,
        budget: float | None = None,
        target: str = _TARGET,
        warm_up: bool = True,
        startup_seconds: float = STARTUP_SECONDS,
    ) -> None:
        self.budget = budget if budget is not None else budget_from_environment()
        self.target = target
        self.warm_up = warm_up
        self.startup_seconds = startup_seconds
        self.slot_grace = SLOT_GRACE_SECONDS
        self._idle: queue.LifoQueue[_Worker | None] = queue.LifoQueue()
        for _ in range(max(1, size)):
            self._idle.put(None)  # a slot; its process starts when first needed
        self._lock = threading.Lock()
        self._workers: list[_Worker] = []

    def extract(self, text: str, **options: Any) -> Any:
        """The extraction result, or ExtractionTimeout / WorkerFailed (the server carries on)."""
        wait = self.budget + self.slot_grace  # a busy reader is stopped at its budget, so this is enough
        try:
            worker = self._idle.get(timeout=wait)
        except queue.Empty:
            raise ExtractionTimeout(
                f"Every report reader is busy with other texts; none was free within {wait:g} s. Try again."
            ) from None
        answered = False
        try:
            if worker is None or not worker.alive():
                worker = self._start()
            worker.wait_ready(self.startup_seconds)
            result = worker.call({"text": text, **options}, self.budget)
            answered = True
        finally:
            if answered:
                self._idle.put(worker)
            else:  # stopped, failed or never started: the slot gets a fresh process next time
                self._forget(worker)
                self._idle.put(None)
        return result

    def warm(self) -> None:
        """Start one reader now and return at once: its start (~1.4 s; on a first start also
        the gazetteer index build, 15-25 s) runs while the user opens the page and pastes,
        instead of after "Propose incidents". The next :meth:`extract` takes that reader (and
        waits for it if it is not ready yet). Does nothing when every slot is busy."""
        try:
            worker = self._idle.get_nowait()
        except queue.Empty:
            return
        try:
            if worker is None or not worker.alive():
                self._forget(worker)
                worker = self._start()
        except OSError:  # no process could be started: the first extract() will say so
            worker = None
        self._idle.put(worker)

    def ready(self) -> bool:
        """Whether a reader is up with its gazetteer loaded (else the next call waits for one to start)."""
        with self._lock:
            workers = list(self._workers)
        return any(w.alive() and w.started() for w in workers)

    def _start(self) -> _Worker:
        worker = _Worker(self.target, self.warm_up)
        with self._lock:
            self._workers.append(worker)
        return worker

    def _forget(self, worker: _Worker | None) -> None:
        if worker is None:
            return
        worker.stop()
        with self._lock:
            if worker in self._workers:
                self._workers.remove(worker)

    def close(self) -> None:
        """Stop every worker (idle or not)."""
        with self._lock:
            workers, self._workers = self._workers, []
        for worker in workers:
            worker.stop()
