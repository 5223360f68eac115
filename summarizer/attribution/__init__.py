"""Attributions: every source, cue and content of reported speech or thought in an article,
found by CRF taggers learned on PolNeAR train."""

from .model import Attribution, Attributor, find_attributions, kind_of

__all__ = ["Attribution", "Attributor", "find_attributions", "kind_of"]
