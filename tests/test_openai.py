"""The OpenAI-compatible backend against a small fake server: the constraint it sends, the
fallback to a grammar, and what reaches the server."""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any

import pytest

from summarizer.backends.openai import OpenAIBackend
from summarizer.generation import Request
from summarizer.settings import OpenAISettings

SCHEMA = {
    "type": "object",
    "properties": {"speaker": {"type": "string", "enum": ["Olaf Berg", "none"]}},
    "required": ["speaker"],
    "additionalProperties": False,
}


@pytest.fixture()
def server(request: pytest.FixtureRequest) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """A server that refuses OpenAI's response_format as llama_cpp.server does. With the
    parameter N, it holds its refusals until N requests are in flight, then answers them 0.3 s
    apart (concurrent articles that all start before any refusal comes back)."""
    bodies: list[dict[str, Any]] = []
    in_flight = getattr(request, "param", 1)
    together = threading.Barrier(in_flight, timeout=10)

    class LikeLlamaCppPython(http.server.BaseHTTPRequestHandler):
        def _send(self, status: int, payload: dict[str, Any]) -> None:
            body = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            self._send(200, {"data": [{"id": "served.gguf"}]})

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            bodies.append(body)
            if "response_format" in body:  # as llama_cpp.server does: 500, not 400
                time.sleep(0.3 * together.wait())
                self._send(500, {"error": {"message": "response_format: Input should be 'text'"}})
                return
            self._send(
                200,
                {
                    "choices": [
                        {
                            "message": {"content": '{"speaker": "Olaf Berg"}'},
                            "finish_reason": "stop",
                        }
                    ],
                    "usage": {"prompt_tokens": 12, "completion_tokens": 7},
                },
            )

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), LikeLlamaCppPython)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}/v1", bodies
    httpd.shutdown()
    httpd.server_close()


def test_auto_constraint_falls_back_to_the_grammar_once(server) -> None:  # type: ignore[no-untyped-def]
    url, bodies = server
    backend = OpenAIBackend(OpenAISettings(base_url=url))
    request = Request([{"role": "user", "content": "who?"}], SCHEMA, 20, "test")
    first = backend.generate(request)
    second = backend.generate(request)
    assert first.text == second.text == '{"speaker": "Olaf Berg"}'
    assert first.prompt_tokens == 12 and first.completion_tokens == 7
    assert [("response_format" in b, "grammar" in b) for b in bodies] == [
        (True, False), (False, True), (False, True)
    ]  # fmt: skip
    assert bodies[0]["response_format"]["json_schema"]["schema"] == SCHEMA
    assert "Olaf Berg" in bodies[1]["grammar"]  # the enum is in the grammar
    assert bodies[1]["model"] == "served.gguf" and bodies[1]["temperature"] == 0.0


@pytest.mark.parametrize("server", [2], indirect=True)
def test_concurrent_requests_all_fall_back_to_the_grammar(server) -> None:  # type: ignore[no-untyped-def]
    # Both start under "auto"; the second refusal arrives after the first has switched the
    # backend to the grammar, and must still be retried with it.
    url, bodies = server
    backend = OpenAIBackend(OpenAISettings(base_url=url))
    request = Request([{"role": "user", "content": "who?"}], SCHEMA, 20, "test")
    with ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(backend.generate, [request, request]))
    assert [a.text for a in answers] == ['{"speaker": "Olaf Berg"}'] * 2
    assert sorted("grammar" in b for b in bodies) == [False, False, True, True]


def test_the_cache_key_names_the_server_when_no_model_is_given() -> None:
    server = OpenAISettings(base_url="http://host:8000/v1/")
    assert OpenAIBackend(server).model_name == "http://host:8000/v1"
    assert OpenAIBackend(replace(server, served_model="qwen")).model_name == "qwen"
