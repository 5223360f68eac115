"""The OpenAI-compatible backend against a small fake server: the constraint it sends, the
fallback to a grammar, and what reaches the server."""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import summarizer.backends.openai as openai_backend
from summarizer.backends.openai import OpenAIBackend
from summarizer.cache import ExtractionCache
from summarizer.errors import ModelLoadError
from summarizer.extract import Extractor
from summarizer.generation import Request
from summarizer.load import Article, describe
from summarizer.pipeline import extract_one
from summarizer.prompting import load_template
from summarizer.settings import OpenAISettings
from summarizer.types import Extraction

from .fake_openai import Handler, serving

ARTICLE = 'Chancellor Olaf Berg said on Monday that the deal "will not pass".\n'

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


# --- 12: the cache key names the model the server serves -------------------------------------


def test_the_cache_key_names_the_model_the_server_serves(tmp_path: Path) -> None:
    article = Article(meta=describe(ARTICLE, Path("a.txt")), text=ARTICLE)
    cache = ExtractionCache(tmp_path / "cache")

    def extract(url: str) -> tuple[Extraction, bool]:
        backend = OpenAIBackend(OpenAISettings(base_url=url))
        return extract_one(article, Extractor(backend, load_template("default")), cache)

    with serving() as (url, server):
        server.models = ["model-one"]
        assert not extract(url)[1] and server.posts  # asked the server
        asked = len(server.posts)
        server.models = ["model-two", "model-one"]  # another model behind the same URL
        assert not extract(url)[1] and len(server.posts) == 2 * asked  # not its results
        server.models = ["model-one"]
        assert extract(url)[1] and len(server.posts) == 2 * asked  # the first model's, cached
        named = OpenAIBackend(OpenAISettings(base_url=url, served_model="model-two"))
        gets = len(server.gets)
        assert named.model_name == "model-two" and len(server.gets) == gets  # no need to ask


# --- 10: the server check: what happened, within --timeout, tried 3 times ---------------------


class Silent(Handler):
    def do_GET(self) -> None:
        type(self).gets.append(dict(self.headers))
        self.release.wait(60)


class Broken(Handler):
    def do_GET(self) -> None:
        type(self).gets.append(dict(self.headers))
        self.send_bytes(500, b"Internal Server Error: out of memory")


class NotAnAPI(Handler):
    def do_GET(self) -> None:
        type(self).gets.append(dict(self.headers))
        self.send_bytes(200, b"<html><body>Welcome to nginx!</body></html>")


class NoSuchPath(Handler):
    def do_GET(self) -> None:
        type(self).gets.append(dict(self.headers))
        self.send_bytes(404, b"Not Found")


@pytest.mark.parametrize(
    ("handler", "message", "tries"),
    [
        (Silent, r"cannot reach an OpenAI-compatible server at .* \(timed out, 3 tries\): "
         r"start the server or fix --base-url, or give a longer --timeout", 3),
        (Broken, r"the server at .* answered HTTP 500 to GET /models \(Internal Server Error: "
         r"out of memory, 3 tries\)", 3),
        (NotAnAPI, r"the server at .* is not an OpenAI-compatible API: GET /models answered "
         r"'<html><body>Welcome to nginx!</body></html>'", 1),
        (NoSuchPath, r"answered HTTP 404 to GET /models \(Not Found\): is --base-url the API "
         r"root", 1),
    ],
    ids=["silent", "HTTP 500", "not an API", "HTTP 404"],
)  # fmt: skip
def test_the_server_check_says_what_happened(
    handler: type[Handler], message: str, tries: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(openai_backend, "PAUSE", 0.1)
    with serving(handler) as (url, server):
        backend = OpenAIBackend(OpenAISettings(base_url=url, timeout=1.0))
        started = time.monotonic()
        with pytest.raises(ModelLoadError, match=message) as caught:
            backend.ready()
        took = time.monotonic() - started
        assert len(server.gets) == tries
        with pytest.raises(ModelLoadError):  # remembered: the server is not asked again
            backend.ready()
        assert len(server.gets) == tries
    assert caught.value.exit_code == 3
    assert took < 3 * 1.0 + 0.3 + 2  # --timeout honoured on each try


def test_the_server_check_retries_until_the_server_is_up(monkeypatch: pytest.MonkeyPatch) -> None:
    class StartingUp(Handler):
        def do_GET(self) -> None:
            if len(type(self).gets) < 2:
                type(self).gets.append({})
                self.send_bytes(503, b"loading model")
                return
            super().do_GET()

    monkeypatch.setattr(openai_backend, "PAUSE", 0.05)
    with serving(StartingUp) as (url, server):
        backend = OpenAIBackend(OpenAISettings(base_url=url))
        assert backend.model_name == "served.gguf" and len(server.gets) == 3
