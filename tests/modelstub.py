"""A stub of a language-model server (the OpenAI-style chat API) on 127.0.0.1, for the optional reader."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class StubModel:
    """A model server: answers every POST with ``reply`` (a chat completion unless ``raw``), after ``delay``."""

    def __init__(self) -> None:
        self.reply: object = {"incidents": []}
        self.raw: bytes | None = None
        self.status = 200
        self.headers: dict[str, str] = {}
        self.delay = 0.0
        self.requests: list[dict] = []

    def answer(self, incidents: object) -> None:
        self.reply = incidents


@contextmanager
def serve_stub_model() -> Iterator[tuple[StubModel, str]]:
    """A stub model server on 127.0.0.1 and its API root (``http://127.0.0.1:PORT/v1``)."""
    model = StubModel()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            model.requests.append({"path": self.path, "body": json.loads(self.rfile.read(length))})
            time.sleep(model.delay)
            content = json.dumps(model.reply) if not isinstance(model.reply, str) else model.reply
            body = (
                model.raw
                if model.raw is not None
                else json.dumps({"choices": [{"message": {"role": "assistant", "content": content}}]}).encode()
            )
            self.send_response(model.status)
            for name, value in model.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the reader stopped reading (a capped or late answer): what the test checks

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield model, f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()
