"""Stereo image: width (mid/side) and pan (equal power).

Both mix the two channels of a stereo stream sample by sample: no memory,
no latency.  On a mono stream there is no image to change: they pass the
signal unchanged, and :func:`mono_warning` says what to do instead.  On more
than two channels they act on the first two and leave the others.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from .base import EffectContext
from .registry import EFFECTS

STEREO_EFFECTS = frozenset(name for name, e in EFFECTS.items() if e.stereo)
"""Effects that need two channels to do anything (``stereo`` in the registry)."""


def mono_warning(effect_names: Iterable[str], channels: int) -> list[str]:
    """One line per stereo effect asked of a mono stream.

    >>> mono_warning(["reverb", "pan"], 1)
    ['pan needs a stereo stream: add --output-channels 2 (output_channels=2) to hear it']
    >>> mono_warning(["pan"], 2)
    []
    """
    if channels >= 2:
        return []
    return [
        f"{name} needs a stereo stream: add --output-channels 2 (output_channels=2) to hear it"
        for name in effect_names
        if name in STEREO_EFFECTS
    ]


@dataclass
class _NoState:
    pass


class Width:
    """Stereo width: the side signal ``S = (L - R) / 2`` scaled by ``amount``,
    the mid ``M = (L + R) / 2`` kept.

    0 folds to mono, 1 leaves the image unchanged, 2 doubles the side.
    """

    tail_samples = 0

    def __init__(self, params: Mapping[str, float], ctx: EffectContext) -> None:
        self.amount = max(float(params["amount"]), 0.0)

    def new_state(self, channels: int) -> _NoState:
        return _NoState()

    def process(self, x: np.ndarray, state: _NoState) -> np.ndarray:
        """Shape: ``(n, channels)`` in and out."""
        out = np.array(x, dtype=np.float64)
        if out.shape[1] < 2:
            return out
        mid = 0.5 * (out[:, 0] + out[:, 1])
        side = (0.5 * self.amount) * (out[:, 0] - out[:, 1])
        out[:, 0] = mid + side
        out[:, 1] = mid - side
        return out


class Pan:
    """Equal-power pan: left times ``sqrt(2) cos(theta)``, right times
    ``sqrt(2) sin(theta)``, ``theta = (position + 1) pi / 4``.

    ``position`` -1 is hard left (+3 dB left, right silent), 0 leaves both
    channels as they are, +1 is hard right.  The summed power of the two
    gains is the same at every position, so a voice on both channels keeps
    its loudness wherever it is placed.
    """

    tail_samples = 0

    def __init__(self, params: Mapping[str, float], ctx: EffectContext) -> None:
        position = min(max(float(params["position"]), -1.0), 1.0)
        theta = (position + 1.0) * math.pi / 4.0
        self.gains = (math.sqrt(2.0) * math.cos(theta), math.sqrt(2.0) * math.sin(theta))

    def new_state(self, channels: int) -> _NoState:
        return _NoState()

    def process(self, x: np.ndarray, state: _NoState) -> np.ndarray:
        """Shape: ``(n, channels)`` in and out."""
        out = np.array(x, dtype=np.float64)
        if out.shape[1] < 2:
            return out
        out[:, 0] *= self.gains[0]
        out[:, 1] *= self.gains[1]
        return out
