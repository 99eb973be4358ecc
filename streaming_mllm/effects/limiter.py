"""The output safety limiter: sample peak at most -1 dBFS, no added latency.

Every stream ends with one, whatever its model (see :class:`Limiter`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .base import EffectContext
from .delayline import as_block

CEILING = 10.0 ** (-1.0 / 20.0)
"""The limiter's ceiling: -1 dBFS sample peak."""


@dataclass
class LimiterState:
    env: np.ndarray  # (channels,): the peak envelope after the last sample


LIMITER_RELEASE_S = 0.08
"""Time constant of the limiter's envelope release."""

_LIMITER_BLOCK = 65536
"""Samples per step: bounds the size of the log-domain terms ``m log r``."""

_FLOOR = 1e-12

_F32_MAX = float(np.finfo(np.float32).max)


class Limiter:
    """Output safety limiter: sample peak at most -1 dBFS, no added latency.

    The gain is ``min(1, ceiling / env[n])`` with the peak envelope
    ``env[n] = max(|x[n]|, r env[n-1])`` (instant attack, exponential
    release).  Since ``env[n] >= |x[n]|``, ``|y[n]| <= ceiling`` always;
    where the envelope stays under the ceiling the gain is exactly 1 and the
    samples pass unchanged.

    The recursion is vectorized in the log domain:
    ``log env[n] = n log r + cummax_m(log|x[m]| - m log r)``.
    """

    tail_samples = 0

    def __init__(self, ctx: EffectContext, ceiling: float = CEILING) -> None:
        self.ceiling = float(ceiling)
        self.log_r = -1.0 / (LIMITER_RELEASE_S * ctx.samplerate)
        # the largest float32 not above the ceiling: casting cannot round above it
        c32 = np.float32(self.ceiling)
        if float(c32) > self.ceiling:
            c32 = np.nextafter(c32, np.float32(0))
        self._clip = c32

    def new_state(self, channels: int) -> LimiterState:
        return LimiterState(np.full(channels, _FLOOR))

    def process(self, x: np.ndarray, state: LimiterState) -> np.ndarray:
        """Shape: ``(n, channels)`` in, the same out as float32.

        A NaN or Inf sample comes out as silence and leaves the envelope as
        it was: the samples after it are limited as if it had been 0.
        """
        x = np.asarray(x)
        if x.dtype != np.float32:
            # float64 (or another type) in: computed in float64, whose range
            # holds any finite input, then cast under the ceiling
            x = as_block(x)
        out = np.empty(x.shape, np.float32)
        for start in range(0, len(x), _LIMITER_BLOCK):
            piece = x[start : start + _LIMITER_BLOCK]
            y, passed = self._limit(piece, state)
            if not passed or y.dtype != np.float32:
                # a float64 sample under the ceiling may round above it in float32
                y = np.clip(y, -self._clip, self._clip)
            out[start : start + len(piece)] = y
        return out

    def _limit(self, x: np.ndarray, state: LimiterState) -> tuple[np.ndarray, bool]:
        """The limited block, and whether it is ``x`` itself, every sample
        under the ceiling (then float32 needs no clip)."""
        n = len(x)
        c = self.ceiling
        # The common case first, in two reductions over the contiguous block:
        # every sample and the envelope under the ceiling.  The envelope carried
        # on is then the block's overall peak (see below), and the block passes.
        top = max(float(x.max(initial=0.0)), -float(x.min(initial=0.0)))
        if top <= c and (state.env <= c).all():
            state.env = np.maximum(np.maximum(state.env * np.exp(n * self.log_r), top), _FLOOR)
            return x, True
        a = np.abs(x)
        # one reduction per channel: numpy reduces a (n, 2) array along its
        # first axis some 30 times slower than two strided columns
        peak = np.array([a[:, ch].max(initial=0.0) for ch in range(a.shape[1])])
        if not np.isfinite(peak).all():
            # the peak is NaN or Inf exactly when a sample is: silence those
            x = np.where(np.isfinite(x), x, 0.0).astype(x.dtype, copy=False)
            a = np.abs(x)
            peak = np.array([a[:, ch].max(initial=0.0) for ch in range(a.shape[1])])
        if (peak <= c).all() and (state.env <= c).all():
            # Gain 1 throughout.  The envelope carried on is an upper bound of
            # the exact one, still under the ceiling: where either is under it
            # the gain is 1, and a louder sample later sets the envelope itself,
            # so the output is the same as with the exact envelope.
            state.env = np.maximum(np.maximum(state.env * np.exp(n * self.log_r), peak), _FLOOR)
            return x, False
        # Samples under the ceiling count as the ceiling: that raises the
        # envelope only where it was under the ceiling (gain 1 either way).
        # The work runs channel-first in float32: numpy loops over a (n, 2)
        # array two elements at a time when it broadcasts, and float32
        # logarithms are vectorized (their 1e-7 error moves the gain by less
        # than 1e-5; the clip after this keeps the ceiling exact).
        log_c = np.float32(np.log(c))
        ramp = (np.arange(n) * self.log_r).astype(np.float32)
        terms = np.log(np.clip(a.T, c, _F32_MAX).astype(np.float32))
        terms -= ramp
        # the envelope carried in, seen as a sample at m = -1
        terms[:, 0] = np.maximum(terms[:, 0], np.log(state.env) + self.log_r)
        log_env = np.maximum.accumulate(terms, axis=1)
        log_env += ramp
        # The envelope carried on is computed again in float64 from the sample
        # that sets it, so that rounding does not build up from call to call.
        peak_at = np.argmax(terms, axis=1)
        rows = np.arange(len(terms))
        last = np.maximum(
            state.env * np.exp(n * self.log_r),
            np.maximum(a[peak_at, rows], c) * np.exp((n - 1 - peak_at) * self.log_r),
        )
        state.env = np.where(last > c, last, np.minimum(state.env, c))
        gain = np.exp(np.minimum(log_c - log_env, np.float32(0)))
        return (x.T * gain).T, False
