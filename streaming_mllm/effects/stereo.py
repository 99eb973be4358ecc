"""Stereo image: width (mid/side), pan and auto-pan (equal power).

All three weigh the two channels of a stereo stream sample by sample: no
look-ahead, no latency.  The auto-pan's position follows a sine of the
absolute sample index, so any split of a stream into blocks hears the same
sweep.  On a mono stream there is no image to change: they pass the
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


def equal_power(position: np.ndarray | float) -> tuple[np.ndarray, np.ndarray]:
    """Left and right gains of a position in ``[-1, 1]``:
    ``sqrt(2) cos(theta)``, ``sqrt(2) sin(theta)``, ``theta = (position + 1) pi / 4``.

    >>> [round(float(g), 6) for g in equal_power(0.0)]
    [1.0, 1.0]
    """
    theta = (np.clip(position, -1.0, 1.0) + 1.0) * (math.pi / 4.0)
    return math.sqrt(2.0) * np.cos(theta), math.sqrt(2.0) * np.sin(theta)


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
        left, right = equal_power(float(params["position"]))
        self.gains = (float(left), float(right))

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


@dataclass
class AutoPanState:
    samples: int = 0  # samples already processed: the sweep's clock


class AutoPan:
    """Auto-pan: the equal-power pan of :class:`Pan` with its position swept
    by a sine, ``position = depth sin(2 pi rate n / samplerate)``.

    It starts at the centre heading right, reaches ``depth`` a quarter of a
    cycle later and ``-depth`` (left) three quarters in.  The total power of a
    voice on both channels stays the same all along: it moves, it does not
    swell.
    """

    tail_samples = 0

    def __init__(self, params: Mapping[str, float], ctx: EffectContext) -> None:
        self.step = 2.0 * math.pi * max(float(params["rate_hz"]), 0.0) / ctx.samplerate
        self.period = ctx.samplerate / max(float(params["rate_hz"]), 1e-9)
        self.depth = min(max(float(params["depth"]), 0.0), 1.0)

    def new_state(self, channels: int) -> AutoPanState:
        return AutoPanState()

    def process(self, x: np.ndarray, state: AutoPanState) -> np.ndarray:
        """Shape: ``(n, channels)`` in and out."""
        out = np.array(x, dtype=np.float64)
        n = len(out)
        start = state.samples
        state.samples += n
        if out.shape[1] < 2 or n == 0:
            return out
        # the phase from the index within a whole number of cycles keeps it exact
        # on long streams (a float64 sample count times the step would drift)
        index = np.arange(start, start + n, dtype=np.float64)
        left, right = equal_power(self.depth * np.sin(self.step * np.mod(index, self.period)))
        out[:, 0] *= left
        out[:, 1] *= right
        return out
