"""In-process llama.cpp (llama-cpp-python), with the JSON Schema compiled to a grammar."""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
from pathlib import Path
from typing import Any

from ..errors import ModelError
from ..generation import Generation, Request
from ..modelfile import ModelFile

DEFAULT_CONTEXT = 8192
# llama.cpp's converter lets the model write up to ~20 whitespace characters between tokens;
# one optional space is all valid JSON needs, and it removes whitespace runaways.
_SPACE_RULE = re.compile(r"^space ::= .*$", re.MULTILINE)


def schema_to_gbnf(schema: dict[str, Any]) -> str:
    """The grammar for `schema`; raises ModelError instead of silently constraining nothing."""
    try:
        from llama_cpp.llama_grammar import json_schema_to_gbnf
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise ModelError(_MISSING) from exc
    try:
        gbnf = json_schema_to_gbnf(json.dumps(schema))
    except Exception as exc:  # the converter raises bare exceptions on what it cannot handle
        raise ModelError(f"the output schema cannot be turned into a grammar: {exc}") from exc
    if "root ::=" not in gbnf:
        raise ModelError(
            "the output schema produced no grammar root: refusing to run unconstrained"
        )
    return _SPACE_RULE.sub('space ::= " "?', gbnf)


_MISSING = (
    "llama-cpp-python is not installed: run pip install 'summarizer[model]' "
    "(it builds from source, about 5 minutes)"
)


class LlamaBackend:
    name = "llama.cpp"
    constrains_output = True

    def __init__(
        self,
        model: ModelFile,
        *,
        n_ctx: int = DEFAULT_CONTEXT,
        n_threads: int | None = None,
        seed: int = 0,
    ) -> None:
        try:
            from llama_cpp import Llama
        except ImportError as exc:
            raise ModelError(_MISSING) from exc
        self.model_name = model.name
        self.model_sha256: str | None = model.sha256
        self.n_ctx = n_ctx
        self._seed = seed
        self._grammars: dict[str, Any] = {}
        try:
            # llama.cpp writes its loading log to stderr even when asked not to; keep it quiet.
            with Path(os.devnull).open("w") as devnull, contextlib.redirect_stderr(devnull):
                self._llm = Llama(
                    model_path=str(model.path),
                    n_ctx=n_ctx,
                    n_threads=n_threads or os.cpu_count() or 2,
                    n_batch=512,
                    seed=seed,
                    verbose=False,
                )
        except (ValueError, RuntimeError, OSError) as exc:
            raise ModelError(
                f"llama.cpp could not load {model.path}: {exc}. Check that the file is a complete "
                "GGUF model (a truncated download fails this way)"
            ) from exc

    @property
    def sampling(self) -> dict[str, Any]:
        return {"temperature": 0.0, "seed": self._seed, "n_ctx": self.n_ctx}

    def _grammar(self, schema: dict[str, Any]) -> Any:
        from llama_cpp.llama_grammar import LlamaGrammar

        key = json.dumps(schema, sort_keys=True)
        if key not in self._grammars:
            self._grammars[key] = LlamaGrammar.from_string(schema_to_gbnf(schema), verbose=False)
        return self._grammars[key]

    def generate(self, request: Request) -> Generation:
        started = time.perf_counter()
        try:
            result: dict[str, Any] = self._llm.create_chat_completion(  # type: ignore[assignment]
                messages=request.messages,  # type: ignore[arg-type]  # plain role/content dicts
                grammar=self._grammar(request.schema),
                temperature=0.0,
                max_tokens=request.max_tokens,
            )
        except ValueError as exc:  # prompt longer than the context window
            raise ModelError(f"{request.label}: {exc}") from exc
        choice = result["choices"][0]
        usage = result.get("usage", {})
        return Generation(
            text=choice["message"]["content"] or "",
            finish_reason=choice.get("finish_reason") or "stop",
            prompt_tokens=int(usage.get("prompt_tokens", 0)),
            completion_tokens=int(usage.get("completion_tokens", 0)),
            seconds=time.perf_counter() - started,
        )
