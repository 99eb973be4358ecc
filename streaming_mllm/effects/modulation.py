"""Effects driven by a low-frequency oscillator (LFO).

Tremolo and ring modulation
    The input times a function of an oscillator: ``1 - depth (1 - cos) / 2``,
    or a carrier ``sin`` mixed with the dry input.
Vibrato and chorus
    Voices reading the input through delays that swing with the LFO, with
    4-point cubic (Catmull-Rom) interpolation: a vibrato is one voice alone,
    a chorus three voices a third of a turn apart, mixed with the input.
Flanger
    A sweeping comb filter: the input mixed with a delayed copy whose notches
    move with the LFO.  (The phaser and the wah, swept filters, are in
    :mod:`.swept`.)

Tremolo, ring modulation, vibrato and chorus carry their oscillator's phase
from block to block; the flanger's LFO is computed from the absolute sample
position, ``2 pi frac(rate n / samplerate)``.  Either way
any split of a stream into blocks sees the same sweep, and nothing reads
ahead.

Flanger
    A delay ``d`` swinging between ``delay_ms`` and ``delay_ms + depth_ms``,
    with feedback: ``s[n] = x[n] + feedback * s(n - d)``, ``wet = s(n - d)``.
    At ``mix = 0.5`` and no feedback, ``(x + wet) / 2`` has notches at
    ``(2k + 1) / (2 d)`` Hz; feedback sharpens the peaks between them without
    moving them.  The recursion is computed in sub-blocks shorter than the
    shortest delay, so every sample fed back was computed before the
    sub-block began.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from .base import EffectContext
from .delayline import as_block, ring_slices

TWO_PI = 2.0 * math.pi


def _lfo_cycles(rate_hz: float, samplerate: int, start: int, n: int) -> np.ndarray:
    """The LFO's position in cycles, ``frac(rate * i / samplerate)`` for the
    absolute samples ``i = start .. start + n - 1``, shape ``(n,)``."""
    index = start + np.arange(n, dtype=np.float64)
    return np.mod(index * (rate_hz / samplerate), 1.0)


# ---------------------------------------------------------------- tremolo, ring modulation


LFO_BLOCK = 4096
"""Samples per step of an oscillator: the length of its cos/sin tables."""


class _Oscillator:
    """A sine of ``step`` radians per sample with a continuous phase.

    ``sin(p + step k)`` is ``sin p cos(step k) + cos p sin(step k)``: two
    multiply-adds on precomputed tables instead of a ``sin`` per sample.
    """

    def __init__(self, step: float) -> None:
        self.step = float(step)
        k = np.arange(LFO_BLOCK)
        self._cos = np.cos(self.step * k)
        self._sin = np.sin(self.step * k)

    def sincos(
        self, phase: float | np.ndarray, k: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """``sin`` and ``cos`` of ``phase + step * j`` for ``j < k <= LFO_BLOCK``.

        Shape: ``(k,)``, or ``(len(phase), k)`` for an array of phases.
        """
        p = np.asarray(phase, dtype=np.float64)
        sp, cp = np.sin(p), np.cos(p)
        if p.ndim:
            sp, cp = sp[:, None], cp[:, None]
        ct, st = self._cos[:k], self._sin[:k]
        return sp * ct + cp * st, cp * ct - sp * st

    def advance(self, phase: float, k: int) -> float:
        return float((phase + self.step * k) % TWO_PI)


@dataclass
class LfoState:
    phase: float = 0.0


def _modulate(
    x: np.ndarray,
    state: LfoState,
    osc: _Oscillator,
    gain: Callable[[np.ndarray, np.ndarray], np.ndarray],
) -> np.ndarray:
    """Multiply ``x`` by ``gain(sin, cos)`` of an oscillator whose phase
    carries over in ``state``.  Shape: ``(n, channels)`` in and out."""
    x = as_block(x)
    out = np.empty_like(x)
    for start in range(0, len(x), LFO_BLOCK):
        k = min(LFO_BLOCK, len(x) - start)
        sin, cos = osc.sincos(state.phase, k)
        state.phase = osc.advance(state.phase, k)
        # channel-first views: broadcasting over a last axis of 2 channels
        # would run numpy's inner loop two elements at a time
        np.multiply(x[start : start + k].T, gain(sin, cos), out=out[start : start + k].T)
    return out


class Tremolo:
    """Tremolo: ``gain = 1 - depth * (0.5 - 0.5 cos(phase))``."""

    tail_samples = 0

    def __init__(self, params: Mapping[str, float], ctx: EffectContext) -> None:
        p = params
        self.osc = _Oscillator(TWO_PI * p["rate_hz"] / ctx.samplerate)
        self.depth = float(p["depth"])
        self._dc, self._ac = 1.0 - 0.5 * self.depth, 0.5 * self.depth

    def new_state(self, channels: int) -> LfoState:
        return LfoState()

    def process(self, x: np.ndarray, state: LfoState) -> np.ndarray:
        """Shape: ``(n, channels)`` in and out."""
        return _modulate(x, state, self.osc, lambda sin, cos: self._dc + self._ac * cos)


class RingMod:
    """Ring modulation: ``y = (1 - mix) x + mix x sin(2 pi fc t)``."""

    tail_samples = 0

    def __init__(self, params: Mapping[str, float], ctx: EffectContext) -> None:
        p = params
        self.osc = _Oscillator(TWO_PI * p["carrier_hz"] / ctx.samplerate)
        self.mix = float(p["mix"])

    def new_state(self, channels: int) -> LfoState:
        return LfoState()

    def process(self, x: np.ndarray, state: LfoState) -> np.ndarray:
        """Shape: ``(n, channels)`` in and out."""
        return _modulate(x, state, self.osc, lambda sin, cos: (1.0 - self.mix) + self.mix * sin)


@dataclass
class ModDelayState:
    buf: np.ndarray  # (channels, length + 3): the last inputs, a ring, its start repeated
    pos: int = 0  # where the next input sample goes
    phase: float = 0.0


MOD_BLOCK = 2048
"""Samples handled per step by the modulated delays (small enough that their
temporaries stay in cache); their ring holds this much beyond the longest
delay, so a step never reads what it overwrites."""


class _ModulatedDelay:
    """Voices reading the input through delays
    ``centre + swing * sin(phase + offset_v + c * channel_turn)`` (in samples,
    ``c`` the channel), with 4-point cubic Hermite interpolation; returns their
    sum times ``voice_gain`` (by default their mean)."""

    def __init__(
        self, centre: float, swing: float, step: float, offsets: np.ndarray,
        channel_turn: float = 0.0, voice_gain: float | None = None,
    ) -> None:
        self.centre = float(centre)
        self.swing = float(swing)
        self.osc = _Oscillator(step)
        self.offsets = np.asarray(offsets, dtype=np.float64)
        self.channel_turn = float(channel_turn)
        self.voice_gain = 1.0 / len(self.offsets) if voice_gain is None else float(voice_gain)
        self.length = int(np.ceil(self.centre + self.swing)) + MOD_BLOCK + 4
        self.tail_samples = int(np.ceil(self.centre + self.swing)) + 2

    def new_state(self, channels: int) -> ModDelayState:
        return ModDelayState(np.zeros((channels, self.length + 3)))

    def voices(self, x: np.ndarray, state: ModDelayState) -> np.ndarray:
        """The voices' sum times ``voice_gain``; shape ``(n, channels)`` in and out."""
        n, ch = x.shape
        # (channel, voice) phase offsets: one row shared by every channel unless
        # the channels' LFOs are turned apart
        phases = self.offsets[None, :]
        if self.channel_turn and ch > 1:
            phases = phases + self.channel_turn * np.arange(ch)[:, None]
        out = np.empty_like(x)
        size = self.length
        buf = state.buf
        flat = buf.reshape(-1)
        # flat offsets of the four taps in each channel's ring: one gather reads
        # every tap of every read, laid out (tap, channel, voice, sample) so that the
        # arithmetic runs along samples.  Each ring's first three samples are
        # repeated past its end, so no read wraps.
        tap_ch = (np.arange(4)[:, None] + (size + 3) * np.arange(ch)[None, :])[:, :, None, None]
        start = 0
        while start < n:
            k = min(MOD_BLOCK, n - start)
            # write first: the shortest delay (>= 2 samples) may read this very step
            for a, b, o in ring_slices(state.pos, k, size):
                buf[:, a:b] = x[start + o : start + o + b - a].T
            buf[:, size:] = buf[:, :3]
            sin, _ = self.osc.sincos(state.phase + phases.ravel(), k)
            state.phase = self.osc.advance(state.phase, k)
            r = (state.pos + np.arange(k))[None, :] - (self.centre + self.swing * sin)
            r = r.reshape(*phases.shape, k)
            i = np.floor(r)
            t = r - i  # (1 or channels, voices, k)
            base = i.astype(np.int64) - 1
            # reads lie within one lap of the ring: a wrap either way (cheaper than %)
            base[base < 0] += size
            base[base >= size] -= size
            g = np.take(flat, base[None] + tap_ch)  # (tap, channel, voice, sample)
            # Catmull-Rom weights of the taps at -1, 0, 1, 2: computed once for all channels
            t2 = t * t
            t3 = t2 * t
            acc = g[0] * (0.5 * (2.0 * t2 - t3 - t))
            acc += g[1] * (1.5 * t3 - 2.5 * t2 + 1.0)
            acc += g[2] * (0.5 * (4.0 * t2 - 3.0 * t3 + t))
            acc += g[3] * (0.5 * (t3 - t2))
            if acc.shape[1] == 1:
                voices = acc[:, 0] if self.voice_gain == 1.0 else acc[:, 0] * self.voice_gain
            else:
                voices = acc.sum(axis=1) * self.voice_gain
            out[start : start + k] = voices.T
            state.pos = (state.pos + k) % size
            start += k
        return out


class Vibrato(_ModulatedDelay):
    """Vibrato: the input read through a delay swinging at ``rate_hz``.

    A delay ``d(t)`` plays the signal at the speed ``1 - d'(t)``; with
    ``d = A sin(w t)`` the speed peaks at ``1 + A w``, so ``A w = 2**(s/12) - 1``
    makes the upward peak exactly ``s = depth_semitones``.
    """

    def __init__(self, params: Mapping[str, float], ctx: EffectContext) -> None:
        p = params
        fs = ctx.samplerate
        omega = TWO_PI * max(p["rate_hz"], 1e-6) / fs
        swing = (2.0 ** (p["depth_semitones"] / 12.0) - 1.0) / omega
        super().__init__(swing + 3.0, swing, omega, np.zeros(1))

    def process(self, x: np.ndarray, state: ModDelayState) -> np.ndarray:
        """Shape: ``(n, channels)`` in and out."""
        return self.voices(as_block(x), state)


CHORUS_CHANNEL_TURN = TWO_PI / 6
"""Turn of each channel's chorus LFOs from the previous channel's: half the
spacing of three voices."""


class Chorus(_ModulatedDelay):
    """Chorus: three voices around ``delay_ms``, swinging by ``depth_ms`` at
    ``rate_hz`` with LFO phases a third of a turn apart.

    Level: the voices are summed with gain ``1/sqrt(3)``, not averaged.
    Their delays differ by up to ``2 depth_ms`` and keep moving, so they add
    mostly in power: on speech the sum then has the input's level (the mean
    was 4.8 dB down).  ``y = cos(pi m / 2) x + sin(pi m / 2) wet`` for
    ``mix = m``, an equal-power crossfade: the level holds at any mix.

    Stereo: channel ``c``'s LFOs are turned ``c`` sixths of a turn (half the
    voices' spacing) from the first channel's: at every instant each side's
    voices sit at other delays, so a mono source on both channels comes
    out with decorrelated sides.
    """

    VOICES = 3

    def __init__(self, params: Mapping[str, float], ctx: EffectContext) -> None:
        p = params
        fs = ctx.samplerate
        swing = max(p["depth_ms"], 0.0) * 1e-3 * fs
        # the shortest delay must stay a few samples behind the input
        centre = max(p["delay_ms"] * 1e-3 * fs, swing + 3.0)
        offsets = TWO_PI * np.arange(self.VOICES) / self.VOICES
        super().__init__(
            centre, swing, TWO_PI * p["rate_hz"] / fs, offsets,
            channel_turn=CHORUS_CHANNEL_TURN, voice_gain=1.0 / np.sqrt(self.VOICES),
        )
        self.mix = float(np.clip(p["mix"], 0.0, 1.0))
        # sin of the complement: exactly 0 at mix = 1
        self.dry = float(np.sin(0.5 * np.pi * (1.0 - self.mix)))
        self.wet = float(np.sin(0.5 * np.pi * self.mix))

    def process(self, x: np.ndarray, state: ModDelayState) -> np.ndarray:
        """Shape: ``(n, channels)`` in and out."""
        x = as_block(x)
        return self.dry * x + self.wet * self.voices(x, state)


# --------------------------------------------------------------------------- flanger


@dataclass
class FlangerState:
    buf: np.ndarray  # (channels, size): the line's input s, a ring
    samples: int = 0  # samples seen so far; s[i] sits at buf[:, i % size]


class Flanger:
    """Flanger: a short delay swinging at ``rate_hz``, fed back and mixed.

    ``d(t) = delay_ms + depth_ms (1 - cos(2 pi rate t)) / 2``; the delayed
    signal is read with 4-point cubic (Catmull-Rom) interpolation;
    ``y = (1 - mix) x + mix * wet``.
    """

    def __init__(self, params: Mapping[str, float], ctx: EffectContext) -> None:
        p = params
        fs = ctx.samplerate
        self.samplerate = fs
        self.rate = max(float(p["rate_hz"]), 0.0)
        # the interpolator reads two samples past the delay: keep it three back
        self.low = max(float(p["delay_ms"]) * 1e-3 * fs, 3.0)
        self.swing = max(float(p["depth_ms"]), 0.0) * 1e-3 * fs
        self.feedback = float(np.clip(p["feedback"], -0.99, 0.99))
        self.mix = float(p["mix"])
        longest = self.low + self.swing
        # Sub-blocks: without feedback, written first, then read; with it, no
        # longer than the shortest delay they see, less 2 (see process).
        self.block = int(math.ceil(longest)) if self.feedback else 2048
        self.size = int(math.ceil(longest)) + 4 + self.block
        repeats = 1
        if abs(self.feedback) > 1e-3:
            repeats += int(math.ceil(math.log(1e-3) / math.log(abs(self.feedback))))
        self.tail_samples = int(math.ceil(longest)) * repeats + 4

    def new_state(self, channels: int) -> FlangerState:
        return FlangerState(np.zeros((channels, self.size)))

    def process(self, x: np.ndarray, state: FlangerState) -> np.ndarray:
        """Shape: ``(n, channels)`` in and out."""
        x = np.asarray(x, dtype=np.float64)
        n = len(x)
        if n == 0:
            return x.copy()
        xt = x.T
        cycles = _lfo_cycles(self.rate, self.samplerate, state.samples, n)
        delay = self.low + self.swing * 0.5 * (1.0 - np.cos(TWO_PI * cycles))
        read = (state.samples + np.arange(n)) - delay
        i = np.floor(read)
        t = read - i
        base = i.astype(np.int64) - 1
        # taps at -1, 0, 1, 2 around the read position, as ring positions
        taps = np.mod(base[None, :] + np.arange(4)[:, None], self.size)
        t2 = t * t
        t3 = t2 * t
        w = np.stack(
            [
                0.5 * (2.0 * t2 - t3 - t),
                1.5 * t3 - 2.5 * t2 + 1.0,
                0.5 * (4.0 * t2 - 3.0 * t3 + t),
                0.5 * (t3 - t2),
            ]
        )
        wet = np.empty_like(xt)
        buf = state.buf
        write = np.mod(state.samples + np.arange(n), self.size)
        start = 0
        while start < n:
            if self.feedback == 0.0:
                stop = min(start + self.block, n)
                buf[:, write[start:stop]] = xt[:, start:stop]
            else:
                # every tap read by samples start..stop-1 lies before start as long
                # as stop - start <= d - 2 for the shortest delay d among them
                ahead = min(start + self.block, n)
                k = max(1, int(delay[start:ahead].min()) - 2)
                stop = min(start + k, n)
            sl = slice(start, stop)
            g = buf[:, taps[:, sl]]  # (channels, 4, k)
            acc = g[:, 0] * w[0, sl]
            acc += g[:, 1] * w[1, sl]
            acc += g[:, 2] * w[2, sl]
            acc += g[:, 3] * w[3, sl]
            wet[:, sl] = acc
            if self.feedback != 0.0:
                buf[:, write[sl]] = xt[:, sl] + self.feedback * acc
            start = stop
        state.samples += n
        return ((1.0 - self.mix) * xt + self.mix * wet).T
