"""A model served over an OpenAI-compatible HTTP API (llama.cpp's server, llama-cpp-python's
`llama_cpp.server`, vLLM, Ollama): the same schema constraint, validation and grounding as in
process, and several articles at once.

The schema constraint travels in one of three forms, since servers differ:
- `json_schema`: OpenAI's `response_format` (vLLM, Ollama, llama.cpp's llama-server);
- `grammar`: the GBNF grammar this project compiles in process (llama-cpp-python's server and
  llama-server take it), so the constraint is exactly the in-process one;
- `auto` (the default): `json_schema`, and `grammar` when the server refuses that.
A server that ignores the constraint still cannot get invalid output into a briefing: every
answer is validated, re-asked and grounded as always.
"""

from __future__ import annotations

import re
import threading
import time
from typing import Any

import httpx

from ..errors import ConfigError, ModelError, ModelLoadError
from ..generation import Generation, Request
from ..settings import OpenAISettings
from .grammar import schema_to_gbnf

CONSTRAINTS = ("auto", "json_schema", "grammar")
ATTEMPTS = 3  # tries of one request in all, for connection errors, timeouts and 5xx answers
PAUSE = 2.0  # seconds before the second try; twice that before the third

_USERINFO = re.compile(r"(?<=//)[^/@\s]+@")


def redact(text: str, secret: str | None = None) -> str:
    """`text` with the credentials of any URL in it (`http://user:pw@host` becomes
    `http://***@host`) and the `secret` (the API key) replaced by ***."""
    text = _USERINFO.sub("***@", text)
    return text.replace(secret, "***") if secret else text


class OpenAIBackend:
    name = "openai"
    constrains_output = True
    cacheable = True

    def __init__(self, settings: OpenAISettings, *, seed: int = 0) -> None:
        base_url, constraint = settings.base_url, settings.constraint
        if not base_url:
            raise ConfigError("the openai backend needs --base-url (e.g. http://127.0.0.1:8000/v1)")
        if constraint not in CONSTRAINTS:
            raise ConfigError(
                f"unknown constraint {constraint!r}: use one of {', '.join(CONSTRAINTS)}"
            )
        self._api_key = settings.api_key
        if not base_url.startswith(("http://", "https://")):
            raise ConfigError(
                f"--base-url {self._shown(repr(base_url))} is not an http(s) URL: give e.g. "
                "http://127.0.0.1:8000/v1"
            )
        self.base_url = base_url.rstrip("/")
        # What messages show: the URL without its credentials, if any.
        self.shown_url = redact(self.base_url)
        self._served = settings.served_model or ""
        self.model_sha256: str | None = None
        self.concurrency = max(1, settings.concurrency)
        self.constraint = constraint
        self._seed = seed
        self._timeout = settings.timeout
        headers = {"Authorization": f"Bearer {settings.api_key}"} if settings.api_key else {}
        self._client = httpx.Client(
            headers=headers,
            timeout=httpx.Timeout(settings.timeout, connect=min(10.0, settings.timeout)),
            limits=httpx.Limits(max_connections=self.concurrency),
        )
        self._ready = False
        self._unreachable: ModelLoadError | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()

    @property
    def model_name(self) -> str:
        """The served model: --served-model, else the one the server lists first (asked of
        the server here, on first use). The cache key and the provenance name it, so another
        model behind the same URL never gets this one's results."""
        if not self._served:
            self.ready()
        return self._served

    @property
    def sampling(self) -> dict[str, Any]:
        return {"temperature": 0.0, "seed": self._seed}

    def interrupt(self) -> None:
        """The run stops: requests give up at their next pause between tries."""
        self._stop.set()

    def _shown(self, text: str) -> str:
        return redact(text, self._api_key)

    def ready(self) -> None:
        """Reach the server and learn the served model's name (GET /models, tried up to
        ATTEMPTS times within --timeout each); a server that cannot be reached, or that does
        not answer as an OpenAI API does, stops the run with one message."""
        with self._lock:  # concurrent articles ask once
            if self._unreachable is not None:
                raise self._unreachable
            if self._ready:
                return
            try:
                served = self._models()
            except ModelLoadError as exc:
                self._unreachable = exc
                raise
            if not self._served:
                if not served:
                    raise ModelLoadError(
                        f"the server at {self.shown_url} lists no model: give --served-model"
                    )
                self._served = served[0]
            self._ready = True

    def _models(self) -> list[str]:
        """The ids GET /models lists; ModelLoadError saying what went wrong: unreachable, an
        HTTP error status, or an answer that is not an OpenAI API's."""
        url = f"{self.base_url}/models"
        unreachable = ""
        response: httpx.Response | None = None
        for attempt in range(ATTEMPTS):
            self._pause(attempt)
            try:
                response = self._client.get(url)
            except httpx.HTTPError as exc:
                unreachable, response = _reason(exc), None
                continue
            if response.status_code < 500:
                break
        if response is None:
            raise ModelLoadError(
                f"cannot reach an OpenAI-compatible server at {self.shown_url} ({unreachable}, "
                f"{ATTEMPTS} tries): start the server or fix --base-url"
                + (", or give a longer --timeout" if unreachable == "timed out" else "")
            )
        if response.status_code >= 400:
            hint = {
                401: "give --api-key (or OPENAI_API_KEY)",
                403: "check --api-key",
                404: "is --base-url the API root, e.g. http://host:8000/v1?",
            }.get(response.status_code, "check the server's log")
            tries = f", {ATTEMPTS} tries" if response.status_code >= 500 else ""
            raise ModelLoadError(
                f"the server at {self.shown_url} answered HTTP {response.status_code} to GET "
                f"/models ({self._shown(_snippet(response.text))}{tries}): {hint}"
            )
        try:
            return [str(m["id"]) for m in response.json()["data"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise ModelLoadError(
                f"the server at {self.shown_url} is not an OpenAI-compatible API: GET /models "
                f"answered {self._shown(_snippet(response.text))!r}: fix --base-url"
            ) from exc

    def _pause(self, attempt: int) -> None:
        """Wait before try number `attempt` (none before the first); a stopped run gives up."""
        if attempt:
            self._stop.wait(PAUSE * attempt)
        if self._stop.is_set():
            raise ModelError("interrupted")

    def _body(self, request: Request, constraint: str) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self._served,
            "messages": request.messages,
            "temperature": 0.0,
            "seed": self._seed,
            "max_tokens": request.max_tokens,
        }
        if constraint == "json_schema":
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "answer", "schema": request.schema, "strict": True},
            }
        else:
            body["grammar"] = schema_to_gbnf(request.schema)
        return body

    def generate(self, request: Request) -> Generation:
        self.ready()
        started = time.perf_counter()
        # Read once: with concurrent articles another thread may switch it while this one waits.
        auto = self.constraint == "auto"
        response = self._post(request, "json_schema" if auto else self.constraint)
        if auto and (response.status_code in (400, 422) or _refuses_format(response)):
            # This server does not take OpenAI's json_schema response format: use the grammar.
            self.constraint = "grammar"
            response = self._post(request, "grammar")
        if response.status_code >= 400:
            raise ModelError(
                f"{request.label}: the server at {self.shown_url} answered HTTP "
                f"{response.status_code}: {self._shown(response.text[:300])}"
            )
        try:
            result = response.json()
            choice = result["choices"][0]
            text = choice["message"]["content"] or ""
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise ModelError(
                f"{request.label}: the server's answer is not an OpenAI chat completion: "
                f"{self._shown(response.text[:300])}"
            ) from exc
        usage = result.get("usage") or {}
        return Generation(
            text=text,
            finish_reason=choice.get("finish_reason") or "stop",
            prompt_tokens=int(usage.get("prompt_tokens") or 0),
            completion_tokens=int(usage.get("completion_tokens") or 0),
            seconds=time.perf_counter() - started,
        )

    def _post(self, request: Request, constraint: str) -> httpx.Response:
        """POST, tried up to ATTEMPTS times on connection errors, timeouts and 5xx answers."""
        url = f"{self.base_url}/chat/completions"
        body = self._body(request, constraint)
        problem = ""
        for attempt in range(ATTEMPTS):
            self._pause(attempt)
            try:
                response = self._client.post(url, json=body)
            except httpx.HTTPError as exc:
                problem = _reason(exc)
                continue
            if response.status_code < 500 or _refuses_format(response):
                return response
            problem = f"HTTP {response.status_code}: {response.text[:200]}"
        raise ModelError(
            f"{request.label}: the server at {self.shown_url} failed {ATTEMPTS} times "
            f"({self._shown(problem)})"
        )


def _refuses_format(response: httpx.Response) -> bool:
    """llama-cpp-python's server answers 500, not 400, to a response_format it does not take."""
    return response.status_code >= 400 and "response_format" in response.text


def _snippet(text: str) -> str:
    return " ".join(text.split())[:80] or "nothing"


def _reason(exc: Exception) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    if isinstance(exc, httpx.ConnectError):
        return "connection refused or host unknown"
    if isinstance(exc, httpx.HTTPStatusError):
        return f"HTTP {exc.response.status_code}"
    return redact(str(exc)) or type(exc).__name__
