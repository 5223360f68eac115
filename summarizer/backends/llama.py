"""In-process llama.cpp (llama-cpp-python), with the JSON Schema compiled to a grammar."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import time
from pathlib import Path
from typing import Any

from ..errors import ModelError, ModelLoadError
from ..generation import Generation, Request
from ..modelfile import ModelFile

DEFAULT_CONTEXT = 8192
# llama.cpp's converter lets the model write up to ~20 whitespace characters between tokens;
# one optional space is all valid JSON needs, and it removes whitespace runaways.
_SPACE_RULE = re.compile(r"^space ::= .*$", re.MULTILINE)


def schema_to_gbnf(schema: dict[str, Any]) -> str:
    """The grammar for `schema`; raises ModelError instead of silently constraining nothing.
    Converted once per schema. The key keeps the properties' order, which the grammar (and so
    the order the model writes the keys in) follows."""
    return _gbnf(json.dumps(schema))


@functools.lru_cache(maxsize=256)
def _gbnf(schema_json: str) -> str:
    try:
        from llama_cpp.llama_grammar import json_schema_to_gbnf
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise ModelError(_MISSING) from exc
    try:
        gbnf = json_schema_to_gbnf(schema_json)
    except Exception as exc:  # the converter raises bare exceptions on what it cannot handle
        raise ModelLoadError(f"the output schema cannot be turned into a grammar: {exc}") from exc
    if "root ::=" not in gbnf:
        raise ModelLoadError(
            "the output schema produced no grammar root: refusing to run unconstrained"
        )
    return _SPACE_RULE.sub('space ::= " "?', gbnf)


_MISSING = (
    "llama-cpp-python is not installed: run pip install 'summarizer[model]' "
    "(it builds from source, about 5 minutes)"
)


class LlamaBackend:
    """The model is loaded by `ready()`, on the first article that needs it: a run whose
    articles are all cached never loads it."""

    name = "llama.cpp"
    constrains_output = True
    cacheable = True
    concurrency = 1  # one context on this machine's cores

    def __init__(
        self,
        model: ModelFile,
        *,
        n_ctx: int = DEFAULT_CONTEXT,
        n_threads: int | None = None,
        seed: int = 0,
    ) -> None:
        self.model = model
        self.model_name = model.name
        self.model_sha256: str | None = model.sha256
        self.n_ctx = n_ctx
        self.n_threads = n_threads or os.cpu_count() or 2
        self._seed = seed
        self._grammars: dict[str, Any] = {}
        self._llm: Any = None
        self._evaluated = 0

    @property
    def sampling(self) -> dict[str, Any]:
        return {"temperature": 0.0, "seed": self._seed, "n_ctx": self.n_ctx}

    def ready(self) -> None:
        if self._llm is not None:
            return
        try:
            from llama_cpp import Llama
        except ImportError as exc:
            raise ModelLoadError(_MISSING) from exc
        try:
            # llama.cpp writes its loading log to stderr even when asked not to; keep it quiet.
            with Path(os.devnull).open("w") as devnull, contextlib.redirect_stderr(devnull):
                llm = Llama(
                    model_path=str(self.model.path),
                    n_ctx=self.n_ctx,
                    n_threads=self.n_threads,
                    n_batch=512,
                    seed=self._seed,
                    verbose=False,
                )
        except (ValueError, RuntimeError, OSError) as exc:
            raise ModelLoadError(
                f"llama.cpp could not load {self.model.path}: {exc}. Check that the file is a "
                "complete GGUF model (a truncated download fails this way)"
            ) from exc
        # llama-cpp-python reuses the longest prefix it already holds and evaluates the rest;
        # counting what goes through eval() shows how much prefix reuse saves.
        evaluate = llm.eval

        def counting_eval(tokens: Any) -> None:
            self._evaluated += len(tokens)
            evaluate(tokens)

        llm.eval = counting_eval  # type: ignore[method-assign]
        self._llm = llm

    @property
    def llm(self) -> Any:
        """The llama_cpp.Llama object (loaded on first use); the benchmark uses it directly."""
        self.ready()
        return self._llm

    def _grammar(self, schema: dict[str, Any]) -> Any:
        from llama_cpp.llama_grammar import LlamaGrammar

        gbnf = schema_to_gbnf(schema)
        if gbnf not in self._grammars:
            self._grammars[gbnf] = LlamaGrammar.from_string(gbnf, verbose=False)
        return self._grammars[gbnf]

    def generate(self, request: Request) -> Generation:
        llm = self.llm
        started = time.perf_counter()
        evaluated_before = self._evaluated
        try:
            result: dict[str, Any] = llm.create_chat_completion(
                messages=request.messages,
                grammar=self._grammar(request.schema),
                temperature=0.0,
                max_tokens=request.max_tokens,
            )
        except ValueError as exc:  # prompt longer than the context window
            raise ModelError(f"{request.label}: {exc}") from exc
        choice = result["choices"][0]
        usage = result.get("usage", {})
        completion_tokens = int(usage.get("completion_tokens", 0))
        # eval() also sees each generated token but the last, which is sampled, not evaluated.
        evaluated = self._evaluated - evaluated_before - max(completion_tokens - 1, 0)
        return Generation(
            text=choice["message"]["content"] or "",
            finish_reason=choice.get("finish_reason") or "stop",
            prompt_tokens=int(usage.get("prompt_tokens", 0)),
            evaluated_tokens=max(evaluated, 0),
            completion_tokens=completion_tokens,
            seconds=time.perf_counter() - started,
        )
