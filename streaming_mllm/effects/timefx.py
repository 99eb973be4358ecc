"""Time-domain effects: waveshapers, filters, delays, reverb, modulation,
gain and the output limiter: everything that needs no frame.

Each effect is a :class:`~streaming_mllm.effects.base.TimeProcessor`: it
works on blocks of shape ``(n_samples, channels)`` (float64), keeps whatever
must outlive a block in a small state object (circular delay lines, LFO
phases, filter memories), and gives the same result, within rounding, for
any split of a signal into blocks.  Channels are processed independently
with the same settings.

Nothing here loops over samples in Python.  Recursive delay structures (the
echo's comb, the reverb's feedback delay network) are computed in
sub-blocks no longer than their shortest delay: inside such a sub-block,
every value fed back was written before the sub-block began, so the whole
sub-block is one vector operation.

:data:`TIME` maps effect names to factories ``factory(params, ctx)``;
:class:`Limiter` is the safety limiter the model puts after every chain.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from . import iir
from .base import EffectContext, TimeProcessor

TWO_PI = 2.0 * np.pi

CEILING = 10.0 ** (-1.0 / 20.0)
"""The limiter's ceiling: -1 dBFS sample peak."""

MAX_TAIL_SECONDS = 20.0
"""Longest ring-out a stream's ``flush`` is asked to wait for, per effect."""


def _as_block(x: np.ndarray) -> np.ndarray:
    return np.asarray(x, dtype=np.float64)


# --------------------------------------------------------------------------- delay lines


@dataclass
class _Line:
    """A delay line of fixed length ``len(buf)``; ``buf[pos]`` is the oldest value."""

    buf: np.ndarray  # (length, channels)
    pos: int = 0


def _comb(x: np.ndarray, line: _Line, feedback: float) -> np.ndarray:
    """Feedback comb through ``line`` (length ``D``), updated in place.

    The line holds ``v[n] = x[n] + feedback * w[n]`` and returns
    ``w[n] = v[n - D]``; with ``feedback = 0`` it is a plain delay of ``D``.

    Shape: ``(n, channels)`` in and out.
    """
    buf = line.buf
    d = len(buf)
    m = len(x)
    if d == 0:
        # a zero-length line would feed back instantly; only the plain delay is meaningful
        return x.copy()
    if m <= d:
        w = np.empty_like(x)
        done = 0
        while done < m:  # at most two contiguous pieces of the ring
            k = min(m - done, d - line.pos)
            seg = slice(line.pos, line.pos + k)
            w[done : done + k] = buf[seg]
            buf[seg] = x[done : done + k] + feedback * buf[seg]
            done += k
            line.pos = (line.pos + k) % d
        return w
    # Longer than the line: lay the block out in rows of D samples.  Along each
    # column (samples D apart) the comb is a first-order recursion, run for every
    # column and channel at once, seeded with the line's contents.
    prev = np.concatenate([buf[line.pos :], buf[: line.pos]])
    if feedback == 0.0:
        v = x
    else:
        rows = -(-m // d)
        grid = np.zeros((rows * d, x.shape[1]))
        grid[:m] = x
        grid = grid.reshape(rows, d, x.shape[1])
        if rows <= _COMB_ROWS_LOOP:
            grid[0] += feedback * prev
            for r in range(1, rows):
                grid[r] += feedback * grid[r - 1]
            v = grid.reshape(rows * d, x.shape[1])[:m]
        else:
            # imported here: scipy.signal costs most of a second to import, and
            # only echoes far shorter than a block ever get here
            from scipy.signal import lfilter

            cols = np.ascontiguousarray(grid.transpose(1, 2, 0))
            vc, _ = lfilter([1.0], [1.0, -feedback], cols, axis=-1, zi=feedback * prev[..., None])
            v = vc.transpose(2, 0, 1).reshape(rows * d, x.shape[1])[:m]
    full = np.concatenate([prev, v])
    buf[:] = full[m:]
    line.pos = 0
    return full[:m]


_COMB_ROWS_LOOP = 16
"""Up to this many rows a Python loop over rows beats lfilter's setup."""


def _ring_slices(pos: int, m: int, size: int) -> list[tuple[int, int, int]]:
    """``m`` consecutive ring positions from ``pos`` as ``(start, stop, offset)``
    slices (``m <= size``): one piece, or two when they wrap."""
    if pos + m <= size:
        return [(pos, pos + m, 0)]
    return [(pos, size, 0), (0, pos + m - size, size - pos)]


def _line(length: int, channels: int) -> _Line:
    return _Line(np.zeros((max(0, int(length)), channels)))


# --------------------------------------------------------------------------- echo


@dataclass
class EchoState:
    line: _Line


class Echo:
    """Echo: ``w[n] = x[n - D] + feedback * w[n - D]``, ``y = x + mix * w``.

    The first repeat has amplitude ``mix``, each later one ``feedback`` times
    the one before.
    """

    def __init__(self, params: Mapping[str, float], ctx: EffectContext) -> None:
        p = params
        fs = ctx.samplerate
        self.delay = max(1, int(round(p["delay_ms"] * 1e-3 * fs)))
        self.feedback = float(np.clip(p["feedback"], 0.0, 0.999))
        self.mix = float(p["mix"])
        repeats = 1
        if self.mix > 1e-3 and self.feedback > 0:
            # the k-th repeat is mix * feedback**(k - 1); ring until it is below -60 dB
            repeats += int(np.ceil(np.log(1e-3 / self.mix) / np.log(self.feedback)))
        cap = max(int(MAX_TAIL_SECONDS * fs), self.delay)
        self.tail_samples = int(min(repeats * self.delay, cap)) if self.mix > 0 else 0

    def new_state(self, channels: int) -> EchoState:
        return EchoState(_line(self.delay, channels))

    def process(self, x: np.ndarray, state: EchoState) -> np.ndarray:
        """Shape: ``(n, channels)`` in and out."""
        x = _as_block(x)
        if len(x) == 0:
            return x.copy()
        return x + self.mix * _comb(x, state.line, self.feedback)


# --------------------------------------------------------------------------- reverb


def _is_prime(n: int) -> bool:
    if n < 2:
        return False
    return all(n % k for k in range(2, int(n**0.5) + 1))


def _distinct_primes(targets: np.ndarray) -> np.ndarray:
    """The prime nearest each target, all different: mutually prime delay lengths
    keep the lines' echoes from piling up on common multiples."""
    out: list[int] = []
    for t in targets:
        n = max(2, int(round(t)))
        for step in range(n):
            cands = [c for c in (n - step, n + step) if c >= 2 and _is_prime(c) and c not in out]
            if cands:
                out.append(cands[0])
                break
    return np.array(out)


def _hadamard(n: int) -> np.ndarray:
    """Sylvester's Hadamard matrix of order ``n`` (a power of two).

    >>> _hadamard(2)
    array([[ 1.,  1.],
           [ 1., -1.]])
    """
    h = np.ones((1, 1))
    while len(h) < n:
        h = np.block([[h, h], [h, -h]])
    return h


REVERB_LINES_MS = np.array([31.0, 37.3, 43.1, 49.7, 56.9, 64.3, 73.1, 83.9])
"""Nominal lengths of the reverb's eight delay lines, spread over 30-90 ms."""

HF_DECAY_RATIO = 0.75
"""Decay time at the Nyquist frequency relative to ``decay_s``: rooms absorb
highs faster than lows; kept mild so the broadband RT60 stays near ``decay_s``."""


REVERB_SPAN = 16384
"""Samples the reverb's history holds beyond its longest line before it
slides back: one move per span instead of ring arithmetic per line."""


@dataclass
class ReverbState:
    predelay: _Line
    history: np.ndarray  # (8, longest + REVERB_SPAN, channels): what entered each line
    pos: int  # where the next input goes; line i's output is history[i, pos - d_i]
    last: np.ndarray  # (8, channels): each line's previous output, for the damping FIR


class Reverb:
    """Feedback delay network reverb (Jot-style), RT60 = ``decay_s``.

    Eight delay lines of mutually prime lengths (30-90 ms) feed back through
    an orthogonal Hadamard matrix.  Line ``i`` of ``d_i`` samples has gain
    ``g_i = 10**(-3 d_i / (fs T60))``: every path loses 60 dB per ``T60``
    seconds whatever route it takes, so the decay is exactly ``T60``.  A
    two-tap low-pass at each line output (unit gain at DC) makes highs decay
    a little faster.  ``y = x + mix * wet``, the wet scaled so that its
    energy matches the input's for a broadband signal.
    """

    def __init__(self, params: Mapping[str, float], ctx: EffectContext) -> None:
        p = params
        fs = ctx.samplerate
        t60 = max(float(p["decay_s"]), 1e-3)
        self.mix = float(p["mix"])
        self.predelay = int(round(max(p["predelay_ms"], 0.0) * 1e-3 * fs))
        d = _distinct_primes(REVERB_LINES_MS * 1e-3 * fs)
        self.lengths = d
        self._starts = [int(v) for v in d]
        self._longest = int(d.max())
        self.block = int(d.min())
        g = 10.0 ** (-3.0 * d / (fs * t60))
        # |H(Nyquist)| = |1 - 2a| supplies the extra loss of a shorter high-frequency T60
        extra = 10.0 ** (-3.0 * d / fs * (1.0 / (HF_DECAY_RATIO * t60) - 1.0 / t60))
        a = np.clip((1.0 - extra) / 2.0, 0.0, 0.5)
        n = len(d)
        h = _hadamard(n) / np.sqrt(n)
        # the two-tap damping filter runs on every line output; the line gains fold
        # into the mixing: u = (H diag g) f + b x, with f the filtered line outputs
        # The network runs in float32: it is memory-bound, and single precision
        # keeps the tail's error near -140 dB, far under anything audible.
        self._damp_now = (1.0 - a)[:, None].astype(np.float32)
        self._damp_prev = a[:, None].astype(np.float32)
        self._mix = (h * g[None, :]).astype(np.float32)
        self._b = np.full(n, 1.0 / np.sqrt(n), np.float32)
        # the output taps the filtered lines before their gains, so the input's first
        # pass comes out at full level, as the dry does
        self._out = np.where(np.arange(n) % 2, -1.0, 1.0).astype(np.float32)
        # Energy of the impulse response is about sum_k gbar^(2k) = 1 / (1 - gbar^2)
        # (an orthogonal matrix conserves energy, the gains remove it): scale it out.
        geff2 = np.mean((g * np.sqrt((1.0 - a) ** 2 + a**2)) ** 2)
        self._wet = np.sqrt(max(1.0 - geff2, 1e-6))
        ring = self.predelay + int(d.max()) + int(np.ceil(t60 * fs))
        self.tail_samples = int(min(ring, MAX_TAIL_SECONDS * fs)) if self.mix > 0 else 0

    def new_state(self, channels: int) -> ReverbState:
        longest = self._longest
        return ReverbState(
            predelay=_line(self.predelay, channels),
            history=np.zeros((len(self.lengths), longest + REVERB_SPAN, channels), np.float32),
            pos=longest,
            last=np.zeros((len(self.lengths), channels), np.float32),
        )

    def process(self, x: np.ndarray, state: ReverbState) -> np.ndarray:
        """Shape: ``(n, channels)`` in and out."""
        x = _as_block(x)
        n, ch = x.shape
        if n == 0:
            return x.copy()
        src = _comb(x, state.predelay, 0.0) if self.predelay else x
        src = src.astype(np.float32)
        wet = np.empty(x.shape, np.float32)
        nl = len(self.lengths)
        s = np.empty((nl, self.block + 1, ch), np.float32)
        hist, longest = state.history, self._longest
        start = 0
        while start < n:
            m = min(self.block, n - start)
            if state.pos + m > hist.shape[1]:
                hist[:, :longest] = hist[:, state.pos - longest : state.pos]
                state.pos = longest
            # sub-block no longer than the shortest line: everything read here was
            # written by an earlier sub-block.  s[:, 0] is each line's previous output.
            s[:, 0] = state.last
            for i, d in enumerate(self._starts):
                s[i, 1 : m + 1] = hist[i, state.pos - d : state.pos - d + m]
            state.last = s[:, m].copy()
            # rows flattened to (lines, samples * channels): numpy broadcasts
            # over a last axis of 2 channels two elements at a time
            flat = s.reshape(nl, -1)
            f = self._damp_now * flat[:, ch : (m + 1) * ch]
            f += self._damp_prev * flat[:, : m * ch]
            u = self._mix @ f
            u += self._b[:, None] * src[start : start + m].reshape(1, m * ch)
            hist[:, state.pos : state.pos + m] = u.reshape(nl, m, ch)
            wet[start : start + m] = (self._out @ f).reshape(m, ch)
            state.pos += m
            start += m
        return x + (self.mix * self._wet) * wet


# --------------------------------------------------------------------------- modulation


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
    x = _as_block(x)
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
        return _as_block(x) * self.factor


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
    """Voices reading the input through delays ``centre + swing * sin(phase + offset_v)``
    (in samples), with 4-point cubic Hermite interpolation; returns their mean."""

    def __init__(
        self, centre: float, swing: float, step: float, offsets: np.ndarray
    ) -> None:
        self.centre = float(centre)
        self.swing = float(swing)
        self.osc = _Oscillator(step)
        self.offsets = np.asarray(offsets, dtype=np.float64)
        self.length = int(np.ceil(self.centre + self.swing)) + MOD_BLOCK + 4
        self.tail_samples = int(np.ceil(self.centre + self.swing)) + 2

    def new_state(self, channels: int) -> ModDelayState:
        return ModDelayState(np.zeros((channels, self.length + 3)))

    def voices(self, x: np.ndarray, state: ModDelayState) -> np.ndarray:
        """The mean of the voices; shape ``(n, channels)`` in and out."""
        n, ch = x.shape
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
            for a, b, o in _ring_slices(state.pos, k, size):
                buf[:, a:b] = x[start + o : start + o + b - a].T
            buf[:, size:] = buf[:, :3]
            sin, _ = self.osc.sincos(state.phase + self.offsets, k)
            state.phase = self.osc.advance(state.phase, k)
            r = (state.pos + np.arange(k))[None, :] - (self.centre + self.swing * sin)
            i = np.floor(r)
            t = r - i  # (voices, k)
            base = i.astype(np.int64) - 1
            # reads lie within one lap of the ring: a wrap either way (cheaper than %)
            base[base < 0] += size
            base[base >= size] -= size
            g = np.take(flat, base + tap_ch)  # (tap, channel, voice, sample)
            # Catmull-Rom weights of the taps at -1, 0, 1, 2: computed once for all channels
            t2 = t * t
            t3 = t2 * t
            acc = g[0] * (0.5 * (2.0 * t2 - t3 - t))
            acc += g[1] * (1.5 * t3 - 2.5 * t2 + 1.0)
            acc += g[2] * (0.5 * (4.0 * t2 - 3.0 * t3 + t))
            acc += g[3] * (0.5 * (t3 - t2))
            voices = acc[:, 0] if acc.shape[1] == 1 else acc.sum(axis=1) * (1.0 / acc.shape[1])
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
        return self.voices(_as_block(x), state)


class Chorus(_ModulatedDelay):
    """Chorus: three voices around ``delay_ms``, swinging by ``depth_ms`` at
    ``rate_hz`` with LFO phases a third of a turn apart;
    ``y = (1 - mix) x + mix * mean(voices)``."""

    VOICES = 3

    def __init__(self, params: Mapping[str, float], ctx: EffectContext) -> None:
        p = params
        fs = ctx.samplerate
        swing = max(p["depth_ms"], 0.0) * 1e-3 * fs
        # the shortest delay must stay a few samples behind the input
        centre = max(p["delay_ms"] * 1e-3 * fs, swing + 3.0)
        offsets = TWO_PI * np.arange(self.VOICES) / self.VOICES
        super().__init__(centre, swing, TWO_PI * p["rate_hz"] / fs, offsets)
        self.mix = float(p["mix"])

    def process(self, x: np.ndarray, state: ModDelayState) -> np.ndarray:
        """Shape: ``(n, channels)`` in and out."""
        x = _as_block(x)
        return (1.0 - self.mix) * x + self.mix * self.voices(x, state)


# --------------------------------------------------------------------------- waveshapers


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
        x = _as_block(x)
        y = np.tanh(self.drive * x + self.bias)
        if self._offset:
            y -= self._offset
        y *= self.scale
        if self.mix < 1.0:
            y = self.mix * y + (1.0 - self.mix) * x
        return y


@dataclass
class SeriesState:
    parts: list


class Series:
    """Processors one after the other, as one effect (a radio's drive, then its band)."""

    def __init__(self, *parts: TimeProcessor) -> None:
        self.parts = parts
        self.tail_samples = int(sum(p.tail_samples for p in parts))

    def new_state(self, channels: int) -> SeriesState:
        return SeriesState([p.new_state(channels) for p in self.parts])

    def process(self, x: np.ndarray, state: SeriesState) -> np.ndarray:
        """Shape: ``(n, channels)`` in and out."""
        for p, st in zip(self.parts, state.parts, strict=True):
            x = p.process(x, st)
        return x


# --------------------------------------------------------------------------- limiter


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
        x = _as_block(x)
        out = np.empty(x.shape, np.float32)
        for start in range(0, len(x), _LIMITER_BLOCK):
            piece = x[start : start + _LIMITER_BLOCK]
            y = self._limit(piece, state)
            np.clip(y, -self._clip, self._clip, out=y)
            out[start : start + len(piece)] = y
        return out

    def _limit(self, x: np.ndarray, state: LimiterState) -> np.ndarray:
        n = len(x)
        a = np.abs(x)
        # one reduction per channel: numpy reduces a (n, 2) array along its
        # first axis some 30 times slower than two strided columns
        peak = np.array([a[:, ch].max(initial=0.0) for ch in range(a.shape[1])])
        if not np.isfinite(peak).all():
            # the peak is NaN or Inf exactly when a sample is: silence those
            x = np.where(np.isfinite(x), x, 0.0).astype(x.dtype, copy=False)
            a = np.abs(x)
            peak = np.array([a[:, ch].max(initial=0.0) for ch in range(a.shape[1])])
        c = self.ceiling
        if (peak <= c).all() and (state.env <= c).all():
            # Gain 1 throughout.  The envelope carried on is an upper bound of
            # the exact one, still under the ceiling: where either is under it
            # the gain is 1, and a louder sample later sets the envelope itself,
            # so the output is the same as with the exact envelope.
            state.env = np.maximum(np.maximum(state.env * np.exp(n * self.log_r), peak), _FLOOR)
            return x.copy()
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
        return (x.T * gain).T


# --------------------------------------------------------------------------- registry


def _distortion(params: Mapping[str, float], ctx: EffectContext) -> TimeProcessor:
    return TanhShaper(params["drive_db"], params.get("mix", 1.0))


def _radio(params: Mapping[str, float], ctx: EffectContext) -> TimeProcessor:
    return Series(TanhShaper(params["drive_db"], bias=0.1), iir.band_filter(params, ctx))


def _megaphone(params: Mapping[str, float], ctx: EffectContext) -> TimeProcessor:
    return Series(TanhShaper(params["drive_db"], bias=0.2), iir.band_filter(params, ctx))


TIME: dict[str, Callable[[Mapping[str, float], EffectContext], TimeProcessor]] = {
    "distortion": _distortion,
    "radio": _radio,
    "megaphone": _megaphone,
    "telephone": iir.band_filter,
    "underwater": iir.underwater_filter,
    "eq": iir.eq_filter,
    "lowpass": iir.lowpass_filter,
    "highpass": iir.highpass_filter,
    "ringmod": RingMod,
    "tremolo": Tremolo,
    "vibrato": Vibrato,
    "chorus": Chorus,
    "echo": Echo,
    "reverb": Reverb,
    "gain": Gain,
}
"""Effects that need no frame, by name: ``TIME[name](params, ctx)`` builds a
processor that runs on the samples as they arrive, with no look-ahead."""
