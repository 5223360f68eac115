"""Saved model contexts of recent prompts, so that a question reuses the longest prefix any
recent question shares with it, not only the one just asked.

Questions take turns by kind within an article (speakers, then the topic, then stances), and each
kind opens with its own fixed instructions. llama.cpp holds one context: on its own it reuses a
prefix only from the prompt just before, so each change of kind evaluates the instructions
again. Keeping the context of the last prompt of each kind (its KV cache: a few MB for a few
hundred tokens) and restoring the one that shares the longest prefix evaluates each kind's
instructions once a run.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from typing import Any

KEEP = 4  # saved contexts: one per kind of question, and one spare
MIN_GAIN = 16  # restoring costs a copy; worth it only when it saves this many tokens


@dataclass
class _Saved:
    tokens: list[int]
    state: Any  # a ctypes byte array: llama.cpp's serialised context
    last_used: int


def common_prefix(a: list[int], b: list[int]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


class PrefixStates:
    """The saved contexts of one loaded `llama_cpp.Llama`."""

    def __init__(self, llm: Any, keep: int = KEEP) -> None:
        self.llm = llm
        self.keep = keep
        self.saved: list[_Saved] = []
        self.floor: int | None = None  # the prefix every prompt shares (the system prompt)
        self.clock = 0
        self.restored = 0  # how many times a saved context was restored (for the benchmark)

    def restore_best(self, tokens: list[int], held: int) -> int:
        """Restore the saved context sharing the longest prefix with `tokens`, when it shares at
        least MIN_GAIN more than the `held` tokens the context already shares; return the
        length of the prefix the context now shares with `tokens`."""
        best, best_common = None, held
        for saved in self.saved:
            common = common_prefix(saved.tokens, tokens)
            if common >= best_common + MIN_GAIN:
                best, best_common = saved, common
        if best is None:
            return held
        import llama_cpp

        llm = self.llm
        size = len(best.state)
        if llama_cpp.llama_state_set_data(llm._ctx.ctx, best.state, size) != size:
            return held  # could not restore: evaluate from what the context holds
        llm.input_ids[: len(best.tokens)] = best.tokens
        llm.n_tokens = len(best.tokens)
        self.clock += 1
        best.last_used = self.clock
        self.restored += 1
        return best_common

    def save(self, tokens: list[int]) -> None:
        """Save the context, which holds exactly `tokens`; it replaces the saved context of the
        same kind (the one sharing the longest prefix beyond the system prompt) or the least
        recently used."""
        import llama_cpp

        llm = self.llm
        size = llama_cpp.llama_state_get_size(llm._ctx.ctx)
        buffer = (ctypes.c_uint8 * int(size))()
        written = int(llama_cpp.llama_state_get_data(llm._ctx.ctx, buffer, size))
        state = (ctypes.c_uint8 * written).from_buffer_copy(buffer, 0) if written else None
        if state is None:
            return
        self.clock += 1
        entry = _Saved(list(tokens), state, self.clock)
        shared = [(common_prefix(s.tokens, tokens), i) for i, s in enumerate(self.saved)]
        if shared:
            least = min(c for c, _ in shared)
            self.floor = least if self.floor is None else min(self.floor, least)
        kin = max(shared, default=(0, -1))
        if kin[1] >= 0 and self.floor is not None and kin[0] >= self.floor + MIN_GAIN:
            self.saved[kin[1]] = entry  # the same kind of question: keep the newest
        elif len(self.saved) < self.keep:
            self.saved.append(entry)
        else:
            oldest = min(range(len(self.saved)), key=lambda i: self.saved[i].last_used)
            self.saved[oldest] = entry
