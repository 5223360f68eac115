"""A small fake OpenAI-compatible server on 127.0.0.1, for the tests of the openai backend and
of what the command line does with it: it lists its models, answers every chat completion with
the first valid value of each field of the request's JSON Schema, and records what it was sent.
Subclass `Handler` to make it fail, hang or answer otherwise."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, ClassVar


def answer(schema: dict[str, Any]) -> dict[str, Any]:
    """A valid answer to an inlined object schema: each enum's first value, else a plain one."""
    properties = schema.get("properties", {})
    result: dict[str, Any] = {}
    for name in schema.get("required", list(properties)):
        field = properties[name]
        field = field.get("anyOf", [field])[0]  # a choice of schemas: the first
        if "enum" in field:
            result[name] = field["enum"][0]
        elif field.get("type") == "integer":
            result[name] = 0
        else:
            result[name] = "the deal"
    return result


def completion(content: str) -> dict[str, Any]:
    return {
        "choices": [{"message": {"content": content}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5},
    }


class Handler(http.server.BaseHTTPRequestHandler):
    """GET /models lists `models`; POST answers from the schema in `response_format`."""

    models: ClassVar[list[str]] = ["served.gguf"]
    gets: ClassVar[list[dict[str, str]]]  # the headers of each GET
    posts: ClassVar[list[dict[str, Any]]]  # the body of each POST
    release: ClassVar[threading.Event]  # set when the server stops: hanging handlers return

    def send_json(self, status: int, payload: Any) -> None:
        self.send_bytes(status, json.dumps(payload).encode())

    def send_bytes(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        type(self).gets.append(dict(self.headers))
        self.send_json(200, {"object": "list", "data": [{"id": m} for m in self.models]})

    def read_body(self) -> dict[str, Any]:
        """The POST's JSON body, read once (and recorded)."""
        if not hasattr(self, "_body"):
            self._body: dict[str, Any] = json.loads(
                self.rfile.read(int(self.headers["Content-Length"]))
            )
            type(self).posts.append(self._body)
        return self._body

    def do_POST(self) -> None:
        body = self.read_body()
        schema = body["response_format"]["json_schema"]["schema"]
        self.send_json(200, completion(json.dumps(answer(schema))))

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def serving(handler: type[Handler] = Handler) -> Iterator[tuple[str, type[Handler]]]:
    """The server's API root (http://127.0.0.1:PORT/v1) and its handler class (for what it
    recorded), while the block runs. Each use gets a subclass with its own records."""
    kind = type("Fake", (handler,), {"gets": [], "posts": [], "release": threading.Event()})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), kind)
    httpd.daemon_threads = True  # a hanging handler must not hold up the end of the test
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}/v1", kind
    finally:
        kind.release.set()
        httpd.shutdown()
        httpd.server_close()
