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

import time
from typing import Any

import httpx

from ..errors import ConfigError, ModelError, ModelLoadError
from ..generation import Generation, Request
from ..settings import OpenAISettings
from .grammar import schema_to_gbnf

CONSTRAINTS = ("auto", "json_schema", "grammar")
RETRIES = 3


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
        if not base_url.startswith(("http://", "https://")):
            raise ConfigError(
                f"--base-url {base_url!r} is not an http(s) URL: give e.g. http://127.0.0.1:8000/v1"
            )
        self.base_url = base_url.rstrip("/")
        # What the cache key and provenance name: the served model, or the server when the
        # model is left to the server's choice (learnt by ready(), for the requests).
        self.model_name = settings.served_model or self.base_url
        self._served = settings.served_model or ""
        self.model_sha256: str | None = None
        self.concurrency = max(1, settings.concurrency)
        self.constraint = constraint
        self._seed = seed
        headers = {"Authorization": f"Bearer {settings.api_key}"} if settings.api_key else {}
        self._client = httpx.Client(
            headers=headers,
            timeout=httpx.Timeout(settings.timeout, connect=10.0),
            limits=httpx.Limits(max_connections=self.concurrency),
        )
        self._ready = False

    @property
    def sampling(self) -> dict[str, Any]:
        return {"temperature": 0.0, "seed": self._seed}

    def ready(self) -> None:
        """Reach the server and learn the served model's name; a server that cannot be reached
        stops the run with one message."""
        if self._ready:
            return
        url = f"{self.base_url}/models"
        try:
            response = self._client.get(url, timeout=15.0)
            response.raise_for_status()
            served = [m["id"] for m in response.json().get("data", [])]
        except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
            raise ModelLoadError(
                f"cannot reach an OpenAI-compatible server at {self.base_url} ({_reason(exc)}): "
                "start the server or fix --base-url"
            ) from exc
        if not self._served:
            if not served:
                raise ModelLoadError(
                    f"the server at {self.base_url} lists no model: give --served-model"
                )
            self._served = served[0]
        self._ready = True

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
                f"{request.label}: the server at {self.base_url} answered HTTP "
                f"{response.status_code}: {response.text[:300]}"
            )
        try:
            result = response.json()
            choice = result["choices"][0]
            text = choice["message"]["content"] or ""
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise ModelError(
                f"{request.label}: the server's answer is not an OpenAI chat completion: "
                f"{response.text[:300]}"
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
        """POST with bounded retries on connection errors, timeouts and 5xx answers."""
        url = f"{self.base_url}/chat/completions"
        body = self._body(request, constraint)
        problem = ""
        for attempt in range(RETRIES):
            if attempt:
                time.sleep(2.0 * attempt)
            try:
                response = self._client.post(url, json=body)
            except httpx.HTTPError as exc:
                problem = _reason(exc)
                continue
            if response.status_code < 500 or _refuses_format(response):
                return response
            problem = f"HTTP {response.status_code}: {response.text[:200]}"
        raise ModelError(
            f"{request.label}: the server at {self.base_url} failed {RETRIES} times ({problem})"
        )


def _refuses_format(response: httpx.Response) -> bool:
    """llama-cpp-python's server answers 500, not 400, to a response_format it does not take."""
    return response.status_code >= 400 and "response_format" in response.text


def _reason(exc: Exception) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    if isinstance(exc, httpx.ConnectError):
        return "connection refused or host unknown"
    if isinstance(exc, httpx.HTTPStatusError):
        return f"HTTP {exc.response.status_code}"
    return str(exc) or type(exc).__name__
