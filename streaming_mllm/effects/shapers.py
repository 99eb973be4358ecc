"""Waveshapers: distortion, and the rasp of a small loudspeaker (radio, megaphone).

A memoryless soft clipper, :class:`TanhShaper`, level-compensated so that
more drive means more harmonics, not more level; the radio and the
megaphone put one with an asymmetric bias before their band-pass.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from . import iir
from .base import EffectContext, Series, TimeProcessor
from .delayline import as_block


class TanhShaper:
    """Soft clipper ``tanh(g x + b) - tanh(b)``, level-compensated; memoryless.

    ``g`` is the drive; the output is scaled so that a peak at ``REF_LEVEL``
    (-12 dBFS, a typical voice peak) keeps its level, which keeps any output
    below about 1.02 / ``REF_LEVEL`` times ``REF_LEVEL`` whatever the input.
    A bias ``b`` makes the curve asymmetric, which adds even harmonics (the
    rasp of a small loudspeaker or an overdriven valve stage).
    """

    REF_LEVEL = 0.25
    tail_samples = 0

    def __init__(self, drive_db: float, mix: float = 1.0, bias: float = 0.0) -> None:
        self.drive = float(10.0 ** (drive_db / 20.0))
        self.mix = float(np.clip(mix, 0.0, 1.0))
        self.bias = float(bias)
        self._offset = float(np.tanh(self.bias))
        ref = self.REF_LEVEL
        self.scale = ref / float(np.tanh(self.drive * ref + self.bias) - self._offset)

    def new_state(self, channels: int) -> None:
        return None

    def process(self, x: np.ndarray, state: None) -> np.ndarray:
        """Shape: ``(n, channels)`` in and out."""
        x = as_block(x)
        y = np.tanh(self.drive * x + self.bias)
        if self._offset:
            y -= self._offset
        y *= self.scale
        if self.mix < 1.0:
            y = self.mix * y + (1.0 - self.mix) * x
        return y


def distortion(params: Mapping[str, float], ctx: EffectContext) -> TimeProcessor:
    return TanhShaper(params["drive_db"], params.get("mix", 1.0))


def radio(params: Mapping[str, float], ctx: EffectContext) -> TimeProcessor:
    return Series(TanhShaper(params["drive_db"], bias=0.1), iir.band_filter(params, ctx))


def megaphone(params: Mapping[str, float], ctx: EffectContext) -> TimeProcessor:
    return Series(TanhShaper(params["drive_db"], bias=0.2), iir.band_filter(params, ctx))
