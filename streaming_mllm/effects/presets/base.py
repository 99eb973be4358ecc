"""The shape of a preset: a named chain of effects in a category (see :mod:`.`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

CATEGORIES: dict[str, str] = {
    "body": "size of the body that speaks",
    "space": "size and material of the space",
    "device": "device or medium in between",
    "distance": "distance to the listener",
    "character": "characters",
    "mood": "moods and styles",
    "speed": "tape speed (a stream keeps its timing: heard as pitch and formants)",
}
"""Preset categories in the order ``streaming-mllm effects`` lists them."""


@dataclass(frozen=True)
class Preset:
    """A scene, character or device: several effects at once."""

    name: str
    category: str
    doc: str
    words: str
    chain: Mapping[str, Mapping[str, float]]


def preset(name: str, category: str, doc: str, words: str,
            **chain: Mapping[str, float]) -> Preset:
    frozen = MappingProxyType({k: MappingProxyType(dict(v)) for k, v in chain.items()})
    return Preset(name, category, doc, words, frozen)
