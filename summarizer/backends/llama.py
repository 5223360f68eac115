"""In-process llama.cpp (llama-cpp-python), with the JSON Schema compiled to a grammar."""

from __future__ import annotations

import contextlib
import json
import math
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import ModelError, ModelLoadError
from ..generation import Generation, Request
from ..modelfile import ModelFile, repair
from .grammar import LLAMA_CPP_MISSING, schema_options, schema_to_gbnf
from .prefixes import PrefixStates, common_prefix

DEFAULT_CONTEXT = 8192


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
        self._chat: Any = None
        self._prefixes: PrefixStates | None = None

    @property
    def sampling(self) -> dict[str, Any]:
        return {
            "temperature": 0.0,
            "seed": self._seed,
            "n_ctx": self.n_ctx,
        }

    def ready(self) -> None:
        if self._llm is not None:
            return
        try:
            llm = self._load()
        except ModelLoadError:
            # The remembered hash trusts an unchanged size and mtime, so a file overwritten in
            # place passes it: hash it again, rebuild it from its parts, and load it once more.
            if not repair(self.model):
                raise
            llm = self._load()
        # llama-cpp-python reuses the longest prefix it already holds and evaluates the rest;
        # counting what goes through eval() shows how much prefix reuse saves.
        evaluate = llm.eval

        def counting_eval(tokens: Any) -> None:
            self._evaluated += len(tokens)
            evaluate(tokens)

        llm.eval = counting_eval
        self._llm = llm
        self._prefixes = PrefixStates(llm)

    def _load(self) -> Any:
        """The llama_cpp.Llama object of the model file; ModelLoadError when it cannot load."""
        try:
            from llama_cpp import Llama
        except ImportError as exc:
            raise ModelLoadError(LLAMA_CPP_MISSING) from exc
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
        return llm

    def forget_prefixes(self) -> None:
        """Drop the saved contexts of earlier prompts (the benchmark starts each design cold)."""
        if self._llm is not None:
            self._prefixes = PrefixStates(self._llm)

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
        fields = enum_fields(request.schema)
        if fields is not None and self._formatter() is not None:
            return self._choose(request, fields)
        field = string_field(request.schema)
        if field is not None and self._formatter() is not None:
            written = self._write(request, *field)
            if written is not None:
                return written
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

    # --- answers that are a choice among options ----------------------------------------------

    def _formatter(self) -> Any:
        """The model's own chat template (the one create_chat_completion applies), or None for a
        model without one, which then always goes through the grammar."""
        if self._chat is None:
            from llama_cpp.llama_chat_format import Jinja2ChatFormatter

            llm = self.llm
            template = llm.metadata.get("tokenizer.chat_template")
            if not template:
                self._chat = False
            else:
                self._chat = Jinja2ChatFormatter(
                    template=template,
                    eos_token=llm._model.token_get_text(llm.token_eos()),
                    bos_token=llm._model.token_get_text(llm.token_bos()),
                )
        return self._chat or None

    def _choose(self, request: Request, fields: list[tuple[str, list[Any]]]) -> Generation:
        """Answer a schema whose every value is one of a few options as greedy decoding under
        its grammar would (up to JSON whitespace and the options' own tokenisation), but
        without generating what the schema already fixes.

        The JSON around the values (`{"speaker":"`) is appended to the prompt and evaluated in
        one batch; for each value the model's logits choose among the options' next tokens,
        step by step down the options' token trie, and stop as soon as one option is left. A
        speaker question costs one or two model steps instead of a dozen generated tokens."""
        llm = self.llm
        started = time.perf_counter()
        evaluated_before = self._evaluated
        prompt = self._formatter()(messages=request.messages).prompt
        text = "{"
        steps = 0
        margins: dict[str, float] = {}
        tokens: list[int] = []
        for number, (key, options) in enumerate(fields):
            text += ("," if number else "") + json.dumps(key) + ":"
            strings = [isinstance(option, str) for option in options]
            if all(strings):
                text += '"'
            tokens = llm.tokenize((prompt + text).encode("utf-8"), add_bos=False, special=True)
            self._feed(tokens)
            closer = "," if number < len(fields) - 1 else "}"
            written = [
                json.dumps(option, ensure_ascii=False)[1 if all(strings) else 0 :]
                for option in options
            ]
            paths = [
                llm.tokenize((w + closer).encode("utf-8"), add_bos=False, special=False)
                for w in written
            ]
            choice, used, margin = walk(paths, self._logits, self.llm.eval)
            steps += used
            margins[key] = round(margin, 4)
            text += written[choice]
        text += "}"
        return Generation(
            text=text,
            finish_reason="stop",
            prompt_tokens=len(tokens),
            evaluated_tokens=self._evaluated - evaluated_before,
            completion_tokens=steps,
            seconds=time.perf_counter() - started,
            margins=margins,
        )

    def _write(self, request: Request, key: str, max_length: int | None) -> Generation | None:
        """Answer a schema of one free string (the topic) as greedy decoding under its grammar
        would, without generating the JSON around it: `{"topic":"` is appended to the prompt,
        then the model's own best token is taken each step until it closes the string. Where
        the grammar would have had to step in (a newline, a backslash, a quote inside the
        string, too long), returns None and the request goes through the grammar instead."""
        import numpy as np

        llm = self.llm
        started = time.perf_counter()
        evaluated_before = self._evaluated
        prompt = self._formatter()(messages=request.messages).prompt
        tokens = llm.tokenize(
            (prompt + "{" + json.dumps(key) + ':"').encode("utf-8"), add_bos=False, special=True
        )
        self._feed(tokens)
        written = b""
        finish = "length"
        steps = 0
        for _ in range(request.max_tokens):
            token = int(np.argmax(self._logits()))
            steps += 1
            piece = llm.detokenize([token])
            if token == llm.token_eos() or not piece:
                return None
            if b'"' in piece:
                head, tail = piece.split(b'"', 1)
                if tail.strip(b" }\n"):
                    return None  # `"quoted`: the grammar allows only the string's end here
                written += head
                finish = "stop"
                break
            if b"\\" in piece or any(byte < 0x20 for byte in piece):
                return None
            written += piece
            llm.eval([token])
        try:
            value = written.decode("utf-8")
        except UnicodeDecodeError:
            return None
        if max_length is not None and len(value) > max_length:
            return None
        return Generation(
            text=json.dumps({key: value}, ensure_ascii=False),
            finish_reason=finish,
            prompt_tokens=len(tokens),
            evaluated_tokens=self._evaluated - evaluated_before - max(steps - 1, 0),
            completion_tokens=steps,
            seconds=time.perf_counter() - started,
        )

    def _logits(self) -> Any:
        """The logits after the last evaluated token (llama.cpp keeps only those)."""
        import numpy as np

        llm = self.llm
        return np.ctypeslib.as_array(llm._ctx.get_logits(), shape=(llm.n_vocab(),))

    def _feed(self, tokens: list[int]) -> None:
        """Evaluate `tokens`, reusing the longest prefix the context or a saved context of a
        recent prompt holds (`prefixes.py`); the last token is always evaluated, for its
        logits."""
        llm = self.llm
        if len(tokens) > self.n_ctx:
            raise ModelError(
                f"prompt of {len(tokens)} tokens is longer than the context window ({self.n_ctx})"
            )
        prefixes = self._prefixes
        assert prefixes is not None  # made with the model, which self.llm has loaded
        held = common_prefix(llm.input_ids[: llm.n_tokens].tolist(), tokens)
        common = min(prefixes.restore_best(tokens, held), len(tokens) - 1)
        llm.n_tokens = common
        llm.eval(tokens[common:])
        prefixes.save(tokens)


def walk(
    paths: list[list[int]],
    logits: Callable[[], Sequence[float]],
    evaluate: Callable[[list[int]], None],
) -> tuple[int, int, float]:
    """The option greedy decoding under an enum grammar picks, given each option's tokens:
    wherever the options still alive go on with different tokens, the one the model scores
    highest. Tokens every alive option shares are not chosen, only evaluated (once something
    must be chosen after them). Returns (option index, choices made, margin): the margin is,
    at the closest of the choices made, the probability of the token taken minus that of the
    runner-up, both among the tokens the options allowed there (1.0 when nothing was chosen)."""
    alive = list(range(len(paths)))
    depth = 0
    steps = 0
    margin = 1.0
    pending: list[int] = []
    while len(alive) > 1:
        ended = [i for i in alive if depth >= len(paths[i])]
        if ended:  # "Smith," is whole where "Smith, Jr.," goes on: the shorter one
            return ended[0], steps, margin
        nexts = {paths[i][depth] for i in alive}
        if len(nexts) > 1:
            if pending:
                evaluate(pending)
                pending = []
            scores = logits()
            ranked = sorted(sorted(nexts), key=lambda t: -float(scores[t]))
            token = ranked[0]
            margin = min(margin, choice_margin([float(scores[t]) for t in ranked]))
            steps += 1
        else:
            token = next(iter(nexts))
        pending.append(token)
        alive = [i for i in alive if paths[i][depth] == token]
        depth += 1
    return alive[0], steps, margin


def choice_margin(ranked: list[float]) -> float:
    """The best minus the second probability, of a softmax over logits ranked best first."""
    top = ranked[0]
    weights = [math.exp(score - top) for score in ranked]
    return (weights[0] - weights[1]) / sum(weights)


def enum_fields(schema: dict[str, Any]) -> list[tuple[str, list[Any]]] | None:
    """The (key, options) of a schema that is an object of required enum values only (a
    speaker's name, a stance and its evidence sentence), or None for any other schema."""
    if schema.get("type") != "object" or schema.get("additionalProperties") is not False:
        return None
    properties = schema.get("properties") or {}
    if not properties or set(schema.get("required", [])) != set(properties):
        return None
    fields = []
    for key, value in properties.items():
        options = schema_options(value)
        if not options or len(set(map(json.dumps, options))) != len(options):
            return None
        if not all(isinstance(o, (str, int)) and not isinstance(o, bool) for o in options):
            return None
        fields.append((key, list(options)))
    return fields


def string_field(schema: dict[str, Any]) -> tuple[str, int | None] | None:
    """(key, maxLength) of a schema that is an object of one required free string (the topic),
    or None for any other schema."""
    if schema.get("type") != "object" or schema.get("additionalProperties") is not False:
        return None
    properties = schema.get("properties") or {}
    if len(properties) != 1 or list(schema.get("required", [])) != list(properties):
        return None
    ((key, value),) = properties.items()
    allowed = {"type", "maxLength", "description", "title"}
    if value.get("type") != "string" or set(value) - allowed:
        return None
    return key, value.get("maxLength")
