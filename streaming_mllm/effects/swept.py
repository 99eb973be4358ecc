"""Swept filters: the phaser and the wah.

Both are linear filters whose coefficients step along a tabulated sweep once
per control period (:class:`SweptFilter`), the sweep read from the absolute
sample position, so any split of a stream into blocks hears the same sweep
and nothing reads ahead.

Phaser
    ``stages`` first-order all-passes with a common break frequency swept
    over :data:`PHASER_RANGE_HZ`, the chain's output fed back to its input
    one sample later.  Their phase runs from 0 to ``-stages * pi``, so
    ``x + wet`` cancels where it crosses odd multiples of ``pi``:
    ``stages / 2`` notches, at ``tan(pi f / fs) = tan(pi fc / fs)
    tan((2k + 1) pi / (2 stages))`` without feedback.
Wah
    A resonant state-variable filter whose centre sweeps over ``low_hz ..
    high_hz``, its band (a wah pedal rocked by a steady foot) or its
    low-pass (a synthesizer's filter sweep).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from .base import EffectContext
from .modulation import TWO_PI

# --------------------------------------------------------------------------- phaser


PHASER_RANGE_HZ = (250.0, 2500.0)
"""The all-passes' break frequency sweeps over this decade (logarithmically)."""

SWEEP_CONTROL = 32
"""Samples per control period of a swept filter (phaser, wah): its
frequency is set at the start of each period of the stream (aligned on
absolute positions)."""


PHASER_STEPS = 256
"""Break frequencies tabulated along the sweep (0.9% apart)."""

PHASER_MAX_STAGES = 12


def phaser_stages(value: float) -> int:
    """The even number of stages nearest ``value``, from 2 to 12."""
    return int(min(max(2 * round(float(value) / 2.0), 2), PHASER_MAX_STAGES))


def allpass_coefficient(fc: float | np.ndarray, samplerate: int) -> float | np.ndarray:
    """``a`` of the all-pass ``(a + z^-1) / (1 + a z^-1)`` whose phase is
    ``-pi / 2`` at ``fc`` (bilinear transform)."""
    t = np.tan(np.pi * np.asarray(fc, dtype=np.float64) / samplerate)
    return (t - 1.0) / (t + 1.0)


@dataclass
class SweptState:
    s: np.ndarray  # (order, channels): the system's state, its last row the output
    samples: int = 0


class SweptFilter:
    """A linear filter whose coefficients step along a sweep: the shared
    engine of the phaser and the wah.

    Within a control period of :data:`SWEEP_CONTROL` samples the filter is a
    fixed linear system of some order with state ``s``, whose last component
    is the output: ``s[n] = A s[n-1] + B x[n]``, ``wet[n] = s[n][-1]``.  For
    every tabulated step of the sweep the powers of ``A`` and the impulse
    response are computed once, so a period costs a few small matrix products
    whatever the order: ``wet[k] = (A^(k+1) s0)_out + sum_j h[k - j] x[j]``.
    Subclasses give the systems (``mats`` ``(steps, order, order)``, ``vecs``
    ``(steps, order)``) and :meth:`step_at`.
    """

    tail_samples = 0
    samplerate: int
    mix: float

    def _tabulate(self, mats: np.ndarray, vecs: np.ndarray) -> None:
        m, steps, order = SWEEP_CONTROL, len(mats), mats.shape[1]
        self.order = order
        out = order - 1
        powers = np.empty((steps, m + 1, order, order))
        powers[:, 0] = np.eye(order)
        for k in range(1, m + 1):
            powers[:, k] = mats @ powers[:, k - 1]
        self._powers = powers  # A^k
        self._gain = np.einsum("qkij,qj->qki", powers[:, :m], vecs)  # A^k B, (q, m, order)
        self._from_state = np.ascontiguousarray(powers[:, 1:, out, :])  # (q, m, order)
        h = self._gain[:, :, out]  # impulse response, (q, m)
        lag = np.arange(m)[:, None] - np.arange(m)[None, :]
        self._toeplitz = np.where(lag >= 0, h[:, np.clip(lag, 0, None)], 0.0)  # (q, m, m)

    def step_at(self, period: int) -> int:
        """Index of the tabulated system used in control period ``period``."""
        raise NotImplementedError

    def new_state(self, channels: int) -> SweptState:
        return SweptState(np.zeros((self.order, channels)))

    def process(self, x: np.ndarray, state: SweptState) -> np.ndarray:
        """Shape: ``(n, channels)`` in and out."""
        x = np.asarray(x, dtype=np.float64)
        n = len(x)
        wet = np.empty_like(x)
        m = SWEEP_CONTROL
        # a partial period up to the next boundary, whole periods, a partial one
        head = min(n, (-state.samples) % m)
        full = (n - head) // m
        self._piece(x[:head], wet[:head], state)
        if full:
            sl = slice(head, head + full * m)
            self._periods(x[sl], wet[sl], state, full)
        self._piece(x[head + full * m :], wet[head + full * m :], state)
        return (1.0 - self.mix) * x + self.mix * wet

    def _piece(self, xs: np.ndarray, out: np.ndarray, state: SweptState) -> None:
        """Up to one control period, from wherever the stream is in it."""
        k = len(xs)
        if k == 0:
            return
        q = self.step_at(state.samples // SWEEP_CONTROL)
        s0 = state.s
        # the period may have begun in an earlier call: its clock restarts
        # here, at the current state (the system is the same throughout)
        out[:] = self._from_state[q, :k] @ s0 + self._toeplitz[q, :k, :k] @ xs
        state.s = self._powers[q, k] @ s0 + self._gain[q, k - 1 :: -1].T @ xs
        state.samples += k

    def _periods(self, xs: np.ndarray, out: np.ndarray, state: SweptState, count: int) -> None:
        """``count`` whole periods: the input's share of every period at once,
        then the state carried from period to period (a small product each)."""
        m = SWEEP_CONTROL
        first = state.samples // m
        q = np.array([self.step_at(first + j) for j in range(count)])
        xp = xs.reshape(count, m, -1)
        # the input's own response, sum_i h[i] x[k - i]: one product per lag is
        # cheaper than gathering a Toeplitz matrix per period
        h = self._gain[q, :, self.order - 1]  # (count, m)
        forced = h[:, :1, None] * xp  # (count, m, channels)
        for i in range(1, m):
            forced[:, i:] += h[:, i, None, None] * xp[:, : m - i]
        pushed = self._gain[q, ::-1].transpose(0, 2, 1) @ xp  # (count, order, channels)
        starts = np.empty((count, *state.s.shape))
        s = state.s
        powers = self._powers[q, m]
        for j in range(count):
            starts[j] = s
            s = powers[j] @ s + pushed[j]
        state.s = s
        state.samples += count * m
        out[:] = (self._from_state[q] @ starts + forced).reshape(count * m, -1)


def _sweep_step(period: int, rate: float, samplerate: int, steps: int) -> int:
    """The tabulated step of a raised-cosine sweep in control period ``period``:
    0 (the sweep's bottom) at the stream's start, ``steps - 1`` half a cycle later."""
    cycles = math.fmod(period * SWEEP_CONTROL * (rate / samplerate), 1.0)
    sweep = 0.5 * (1.0 - math.cos(TWO_PI * cycles))
    return int(round(sweep * (steps - 1)))


class Phaser(SweptFilter):
    """Phaser: ``stages`` swept all-passes with feedback, mixed with the input.

    Its system has order ``stages + 1``, state ``s = [u, y_1 .. y_S]`` (the
    chain's input ``u = x + feedback * y_S[n-1]`` and each stage's output).
    """

    def __init__(self, params: Mapping[str, float], ctx: EffectContext) -> None:
        p = params
        fs = ctx.samplerate
        self.samplerate = fs
        self.rate = max(float(p["rate_hz"]), 0.0)
        self.stages = stages = phaser_stages(p["stages"])
        self.feedback = float(np.clip(p["feedback"], -0.9, 0.9))
        self.mix = float(p["mix"])
        lo, hi = PHASER_RANGE_HZ
        self.fc = lo * (hi / lo) ** np.linspace(0.0, 1.0, PHASER_STEPS)
        a = allpass_coefficient(self.fc, fs)
        order = stages + 1
        mats = np.zeros((PHASER_STEPS, order, order))
        vecs = np.zeros((PHASER_STEPS, order))
        mats[:, 0, stages] = self.feedback
        vecs[:, 0] = 1.0
        for i in range(1, order):
            mats[:, i] = a[:, None] * mats[:, i - 1]
            mats[:, i, i - 1] += 1.0
            mats[:, i, i] -= a
            vecs[:, i] = a * vecs[:, i - 1]
        self._tabulate(mats, vecs)
        # a recursion with feedback rings; -60 dB is well within this for |fb| <= 0.9
        self.tail_samples = int(0.05 * fs)

    def step_at(self, period: int) -> int:
        """Index of the tabulated break frequency used in control period ``period``."""
        return _sweep_step(period, self.rate, self.samplerate, PHASER_STEPS)


# ------------------------------------------------------------------------------ wah


WAH_STEPS = 256
"""Centre frequencies tabulated along the wah's sweep."""

WAH_SHAPES: tuple[str, ...] = ("band", "low")
"""What the wah's swept filter passes: a resonant band (the pedal) or
everything below a resonant cutoff (a filter sweep)."""


def svf_system(fc: np.ndarray, q: float, samplerate: int, shape: str) -> tuple[np.ndarray,
                                                                                  np.ndarray]:
    """The state-space form of a state-variable filter (trapezoidal
    integrators, Zavalishin's "TPT" SVF) for each centre ``fc``.

    ``g = tan(pi fc / fs)``, ``k = 1 / q``; per sample ``v1 = a1 ic1 + a2 (x -
    ic2)``, ``v2 = ic2 + a2 ic1 + a3 (x - ic2)``, then ``ic1 = 2 v1 - ic1``,
    ``ic2 = 2 v2 - ic2`` with ``a1 = 1 / (1 + g (g + k))``, ``a2 = g a1``,
    ``a3 = g a2``.  The band output ``k v1`` peaks at 0 dB at ``fc``; the
    low-pass output ``v2`` peaks at ``q`` there.  The state is ``[ic1, ic2,
    y]``: the output is a state so that :class:`SweptFilter` can carry it.
    Returns ``mats`` ``(len(fc), 3, 3)`` and ``vecs`` ``(len(fc), 3)``.
    """
    g = np.tan(np.pi * np.asarray(fc, dtype=np.float64) / samplerate)
    k = 1.0 / q
    a1 = 1.0 / (1.0 + g * (g + k))
    a2 = g * a1
    a3 = g * a2
    mats = np.zeros((len(g), 3, 3))
    vecs = np.zeros((len(g), 3))
    mats[:, 0, 0], mats[:, 0, 1], vecs[:, 0] = 2 * a1 - 1, -2 * a2, 2 * a2
    mats[:, 1, 0], mats[:, 1, 1], vecs[:, 1] = 2 * a2, 1 - 2 * a3, 2 * a3
    if shape == "band":
        mats[:, 2, 0], mats[:, 2, 1], vecs[:, 2] = k * a1, -k * a2, k * a2
    else:
        mats[:, 2, 0], mats[:, 2, 1], vecs[:, 2] = a2, 1 - a3, a3
    return mats, vecs


class Wah(SweptFilter):
    """Wah: a resonant state-variable filter whose centre sweeps between
    ``low_hz`` and ``high_hz`` (logarithmically, a raised cosine in time) at
    ``rate_hz``, mixed with the input.

    The sweep is read from the absolute sample position like the phaser's,
    so any split of the stream hears the same sweep.  ``shape`` 0 is the band
    (the pedal's "wah"), 1 the low-pass (a synth's filter sweep).
    """

    def __init__(self, params: Mapping[str, float], ctx: EffectContext) -> None:
        p = params
        fs = ctx.samplerate
        self.samplerate = fs
        self.rate = max(float(p["rate_hz"]), 0.0)
        self.mix = float(p["mix"])
        top = 0.45 * fs
        lo = min(max(float(p["low_hz"]), 20.0), top)
        hi = min(max(float(p["high_hz"]), lo), top)
        self.fc = lo * (hi / lo) ** np.linspace(0.0, 1.0, WAH_STEPS)
        shape = WAH_SHAPES[int(round(min(max(float(p["shape"]), 0), len(WAH_SHAPES) - 1)))]
        self.shape = shape
        q = min(max(float(p["q"]), 0.5), 20.0)
        self._tabulate(*svf_system(self.fc, q, fs, shape))
        # a resonance of quality q at f rings for about q / (pi f) per neper:
        # seven time constants (-60 dB) at the lowest centre
        self.tail_samples = int(np.ceil(7.0 * q / (np.pi * lo) * fs)) + SWEEP_CONTROL

    def step_at(self, period: int) -> int:
        """Index of the tabulated centre used in control period ``period``."""
        return _sweep_step(period, self.rate, self.samplerate, WAH_STEPS)
