"""Dynamics: a compressor and a noise gate, with no look-ahead, and a plain gain.

Both effects compute one gain per sample from the level of the input and
apply it to every channel (stereo-linked detection: the level is the largest
``|x|`` over the channels, so the stereo image does not wander).  The level
is the sample peak in dBFS: a sine of amplitude ``A`` reads ``20 log10 A``.

The gain is smoothed by :class:`AttackRelease`, a decoupled peak detector
(Giannoulis, Massberg and Reiss, "Digital dynamic range compressor design",
JAES 2012) made of two stages that each vectorize exactly:

1. a peak hold with exponential release, ``h[n] = max(u[n], r h[n-1])``,
   computed for a whole block at once in the log domain as the output
   limiter does (``log h[n] = n log r + cummax_m (log u[m] - m log r)``);
2. a one-pole low-pass with the attack time constant (``lfilter``).

A step up of ``u`` passes the hold at once and is reached through the
one-pole: the rise has exactly the attack time constant.  A step down decays
through both stages; the hold's own constant is chosen so that the cascade
recovers 63% of the way in exactly ``release_ms`` (see
:func:`_internal_release`).  Nothing reads ahead of the current sample, so
the effects add no latency.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from .base import EffectContext
from .delayline import as_block

_FLOOR = 1e-12
_BLOCK = 65536
"""Samples per step: bounds the log-domain terms ``m log r``."""

GATE_HOLD_S = 0.02
"""How long the gate stays open after the last sample above the threshold:
longer than half a period of any voice or instrument fundamental (25 Hz), so
a steady tone above the threshold never closes it between its peaks."""


def _peak_level(x: np.ndarray) -> np.ndarray:
    """Largest ``|x|`` over the channels, shape ``(n,)`` from ``(n, channels)``."""
    level = np.abs(x[:, 0])
    for c in range(1, x.shape[1]):
        np.maximum(level, np.abs(x[:, c]), out=level)
    return level


def _recovery(t: float, tr: float, ta: float) -> float:
    """Left of a unit step down after a hold releasing with constant ``tr``
    followed by a one-pole of constant ``ta``, at time ``t``."""
    if ta <= 0.0:
        return math.exp(-t / tr)
    if abs(tr - ta) < 1e-9 * max(tr, ta):
        return (1.0 + t / ta) * math.exp(-t / ta)
    return (tr * math.exp(-t / tr) - ta * math.exp(-t / ta)) / (tr - ta)


def _internal_release(release_s: float, attack_s: float) -> float:
    """The hold's release constant that makes the whole detector recover 63%
    (``1 - 1/e``) of a step down in ``release_s``.

    The one-pole alone already takes ``attack_s`` to do so, so a release
    shorter than the attack comes out as the attack.
    """
    target = math.exp(-1.0)
    lo, hi = 1e-9, max(release_s, 1e-9)
    if _recovery(release_s, lo, attack_s) >= target:
        return lo
    for _ in range(80):  # bisection: the recovery grows with the hold's constant
        mid = 0.5 * (lo + hi)
        if _recovery(release_s, mid, attack_s) > target:
            hi = mid
        else:
            lo = mid
    return 0.5 * (lo + hi)


@dataclass
class EnvelopeState:
    """What the smoother carries from one block to the next."""

    held: float = 0.0  # the peak hold's last value
    smooth: float = 0.0  # the one-pole's last value


class AttackRelease:
    """Smooths a non-negative control signal: rises with ``attack_s``,
    falls with ``release_s`` (63% time constants).

    Parameters
    ----------
    attack_s, release_s : float
        Time constants in seconds (a release shorter than the attack acts
        as the attack).
    samplerate : int
        Samples per second.
    """

    def __init__(self, attack_s: float, release_s: float, samplerate: int) -> None:
        from scipy.signal import lfilter

        self._lfilter = lfilter
        fs = float(samplerate)
        attack_s = max(float(attack_s), 0.0)
        self.a = math.exp(-1.0 / (attack_s * fs)) if attack_s * fs > 1e-3 else 0.0
        hold = _internal_release(max(float(release_s), 1e-9), attack_s)
        self.log_r = -1.0 / (hold * fs)

    def run(self, u: np.ndarray, state: EnvelopeState) -> np.ndarray:
        """Shape: ``(n,)`` in and out; ``u >= 0``."""
        out = np.empty(len(u))
        for start in range(0, len(u), _BLOCK):
            piece = u[start : start + _BLOCK]
            n = len(piece)
            ramp = np.arange(n) * self.log_r
            terms = np.log(np.maximum(piece, _FLOOR)) - ramp
            terms[0] = max(terms[0], math.log(max(state.held, _FLOOR)) + self.log_r)
            held = np.exp(np.maximum.accumulate(terms) + ramp)
            state.held = float(held[-1])
            if self.a == 0.0:
                smooth = held
            else:
                smooth, _ = self._lfilter(
                    [1.0 - self.a], [1.0, -self.a], held, zi=[self.a * state.smooth]
                )
            state.smooth = float(smooth[-1])
            out[start : start + n] = smooth
        return out


class Compressor:
    """Downward compressor with a hard knee and make-up gain.

    Above ``threshold_db`` the level comes out ``ratio`` times closer to
    the threshold: a steady tone at ``L`` dBFS leaves at
    ``T + (L - T) / ratio + makeup_db``; below the threshold only the
    make-up gain applies.  The gain reduction rises with ``attack_ms`` and
    recovers with ``release_ms``.
    """

    tail_samples = 0

    def __init__(self, params: Mapping[str, float], ctx: EffectContext) -> None:
        p = params
        self.threshold = float(p["threshold_db"])
        self.slope = 1.0 - 1.0 / max(float(p["ratio"]), 1.0)
        self.makeup = float(p["makeup_db"])
        self.env = AttackRelease(p["attack_ms"] * 1e-3, p["release_ms"] * 1e-3, ctx.samplerate)

    def new_state(self, channels: int) -> EnvelopeState:
        return EnvelopeState()

    def gain_db(self, x: np.ndarray, state: EnvelopeState) -> np.ndarray:
        """The gain applied to each sample, in dB.  Shape: ``(n, channels)`` in, ``(n,)`` out."""
        level = 20.0 * np.log10(np.maximum(_peak_level(x), 1e-10))
        reduction = self.slope * np.maximum(level - self.threshold, 0.0)
        return self.makeup - self.env.run(reduction, state)

    def process(self, x: np.ndarray, state: EnvelopeState) -> np.ndarray:
        """Shape: ``(n, channels)`` in and out."""
        x = np.asarray(x, dtype=np.float64)
        if len(x) == 0:
            return x.copy()
        return x * (10.0 ** (self.gain_db(x, state) / 20.0))[:, None]


@dataclass
class GateState:
    """The smoother's state and where the level last crossed the threshold."""

    env: EnvelopeState
    samples: int = 0  # samples seen so far
    last_above: int = -(2**62)  # index of the last sample above the threshold


class Gate:
    """Noise gate: quiet passages drop to ``floor_db``.

    The gate is open while a sample above ``threshold_db`` was seen within
    the last :data:`GATE_HOLD_S`; open, the gain is 0 dB, closed it is
    ``floor_db``.  It opens with ``attack_ms`` and closes with
    ``release_ms`` (time constants of the gain in dB).  It starts closed.
    """

    tail_samples = 0

    def __init__(self, params: Mapping[str, float], ctx: EffectContext) -> None:
        p = params
        self.threshold = 10.0 ** (float(p["threshold_db"]) / 20.0)
        self.depth = max(-float(p["floor_db"]), 0.0)
        self.hold = max(1, int(round(GATE_HOLD_S * ctx.samplerate)))
        self.env = AttackRelease(p["attack_ms"] * 1e-3, p["release_ms"] * 1e-3, ctx.samplerate)

    def new_state(self, channels: int) -> GateState:
        return GateState(EnvelopeState())

    def gain_db(self, x: np.ndarray, state: GateState) -> np.ndarray:
        """The gain applied to each sample, in dB.  Shape: ``(n, channels)`` in, ``(n,)`` out."""
        n = len(x)
        index = state.samples + np.arange(n)
        above = np.where(_peak_level(x) > self.threshold, index, state.last_above)
        last = np.maximum.accumulate(above)
        state.last_above = int(last[-1])
        state.samples += n
        opening = np.where(index - last < self.hold, self.depth, 0.0)
        return self.env.run(opening, state.env) - self.depth

    def process(self, x: np.ndarray, state: GateState) -> np.ndarray:
        """Shape: ``(n, channels)`` in and out."""
        x = np.asarray(x, dtype=np.float64)
        if len(x) == 0:
            return x.copy()
        return x * (10.0 ** (self.gain_db(x, state) / 20.0))[:, None]


# --------------------------------------------------------------------------- gain


@dataclass
class _NoState:
    pass


class Gain:
    """Gain by ``db`` decibels."""

    tail_samples = 0

    def __init__(self, params: Mapping[str, float], ctx: EffectContext) -> None:
        self.factor = 10.0 ** (params["db"] / 20.0)

    def new_state(self, channels: int) -> _NoState:
        return _NoState()

    def process(self, x: np.ndarray, state: _NoState) -> np.ndarray:
        """Shape: ``(n, channels)`` in and out."""
        return as_block(x) * self.factor
