"""Time-domain effects: waveshapers, filters, delays, reverb, modulation,
gain and the output limiter: everything that needs no frame.

Each effect is a :class:`~streaming_mllm.effects.base.TimeProcessor`: it
works on blocks of shape ``(n_samples, channels)`` (float64), keeps whatever
must outlive a block in a small state object (circular delay lines, LFO
phases, filter memories), and gives the same result, within rounding, for
any split of a signal into blocks.  An effect sees all the channels of a
block at once and may mix them: most treat each channel alike and apart,
the reverb gives every output channel some of every input channel (a
stereo room from a mono source on both channels).

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


def _tail_notes(name: str, natural: int, kept: int, fs: int) -> tuple[str, ...]:
    """What to tell the user when an effect's ring-out is cut at the cap."""
    if kept <= 0 or natural <= kept:
        return ()
    return (
        f"the {name}'s tail would ring for {natural / fs:.0f} s until -60 dB; the output "
        f"ends {kept / fs:.0f} s after the input (tails are capped at {MAX_TAIL_SECONDS:g} s)",
    )


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
        self.tail_notes = _tail_notes("echo", repeats * self.delay, self.tail_samples, fs)

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


REVERB_GROUPS = 4
"""Groups of delay lines in the feedback cycle (see :class:`Reverb`)."""

REVERB_GROUP_SIZE = 8
"""Delay lines in each group."""

REVERB_LINES_MS = (40.0, 120.0)
"""Range of the delay lines' nominal lengths (a room whose RT60 is at least
:data:`ROOM_T60`; shorter decays scale them down)."""

DIFFUSER_MS = (4.0, 8.0, 15.0, 27.0)
"""Spans of the input diffuser's steps: each delays its channels by amounts
spread over its span, then mixes them."""

DIFFUSER_CHANNELS = 8

ROOM_T60 = 2.0
"""Decay time from which the network keeps its nominal size."""

MIN_ROOM_SCALE = 0.35
"""Smallest scale of the line and diffuser lengths, for the shortest decays."""

HF_DECAY_RATIO = 0.75
"""Decay time at the Nyquist frequency relative to ``decay_s``: rooms absorb
highs faster than lows; kept mild so that the colouration stays flat."""

MID_HZ = 700.0
"""Frequency at which the decay is exact: between the 500 Hz and 1 kHz octave
bands whose mean is the conventional T30,mid."""

REVERB_SPAN = 16384
"""Columns the reverb's buffers hold beyond their longest delay before they
slide back: one move per span instead of ring arithmetic per line."""

_PRODUCT_COLUMNS = 4096
"""Longest stretch one matrix product of the reverb covers.  OpenBLAS runs a
product of more than 2^18 multiply-adds on several threads, which on a busy
machine costs ten times the single-threaded time: an 8x8 matrix times 4096
columns stays just under it."""

_REVERB_SEED = 20240917
"""Seed of the diffuser's delays and signs and of the feedback matrices:
fixed, so a prompt always gives the same room."""


def _skewed_store(buf: np.ndarray, col: int, delays: list[int], v: np.ndarray) -> None:
    """Write ``v[i]`` into row ``i`` of ``buf`` from column ``col + delays[i]`` on.

    Each row of a skewed buffer is its signal shifted by its own delay, so
    that the delayed signals of every row are read together as one plain
    view, ``buf[:, col : col + n]``.
    """
    m = v.shape[1]
    for i, d in enumerate(delays):
        buf[i, col + d : col + d + m] = v[i]


def _flat_orthogonal(n: int, rng: np.random.Generator) -> np.ndarray:
    """An orthogonal matrix whose entries are all +-1/sqrt(n) (``n`` a power of
    two): Hadamard's, its columns permuted and its rows and columns' signs
    flipped at random.  Every path through it weighs the same: a random
    orthogonal matrix has a few large entries, and the paths through them
    stand out in the tail as repeats."""
    d1 = np.where(rng.random(n) < 0.5, -1.0, 1.0)
    d2 = np.where(rng.random(n) < 0.5, -1.0, 1.0)
    perm = rng.permutation(n)
    return (d1[:, None] * _hadamard(n)[:, perm] * d2[None, :]) / np.sqrt(n)


@dataclass
class ReverbState:
    predelay: _Line
    diffusers: list[np.ndarray]  # per step, (8, longest + REVERB_SPAN): skewed inputs
    diff_col: int  # the diffusers' read column
    lines: np.ndarray  # (lines, longest + REVERB_SPAN + 1): skewed line inputs
    col: int  # the lines' read column; column col - 1 is the previous output


class Reverb:
    """Stereo feedback delay network reverb with input diffusion, RT60 = ``decay_s``.

    **Diffusion.**  The input channels are projected onto an eight-channel
    diffuser: four steps, each delaying its channels by different amounts
    within its span (4, 8, 15, 27 ms) and mixing them through an 8x8
    Hadamard matrix with random signs.  One input sample leaves as
    8^4 = 4096 echoes spread over some 50 ms: the response is dense from
    its first milliseconds instead of building up from a few repeats.

    **Feedback network.**  32 delay lines of mutually prime lengths
    (40-120 ms; scaled down to 35% for decays under 2 s) in four groups of
    eight.  The groups form a cycle: group ``k`` is fed by group ``k - 1``
    alone, through an orthogonal matrix whose entries are all +-1/sqrt(8)
    (Hadamard's, columns permuted, signs flipped at random).  The output
    reads the first group.  A line's own return (a ring at its length), or
    any return after two or three passes, never reaches the output group:
    the shortest structural echo the output can hear is a sum of four line
    lengths spread over 160-480 ms, and each of the 8^4 such paths weighs
    the same, 8^-5/2.  That is what keeps the tail's autocorrelation at the level of noise and its
    spectrum free of ringing modes (no metallic ring).  Line ``i`` of
    ``d_i`` samples has gain ``10**(-3 d_i / (fs T60))`` at 700 Hz: every
    path decays by 60 dB per ``T60``.  Every cycle crosses the first group
    once, so only its lines carry the damping, a two-tap low-pass giving
    highs ``0.75 T60`` at the Nyquist frequency.

    **Stereo.**  Each output channel reads the first group through its own
    orthogonal row of an 8x8 Hadamard matrix, and each input channel enters
    the diffuser through its own orthogonal row: a mono source on both
    channels leaves uncorrelated left and right tails.  Channels are mixed
    (every output channel hears every input channel), and the network is
    shared: a stereo stream costs what a mono one does.

    **Level.**  ``y = cos(pi m / 2) x + sin(pi m / 2) wet`` for
    ``mix = m``: 100% wet removes the dry, and the wet, scaled to the
    input's energy for a broadband signal, keeps the level at any mix.

    Measured at 48 kHz on a 2 s decay (``benchmarks/compare_reverb.py``,
    definitions in ``benchmarks/reverb_metrics.py``): late IACC 0.04 for a
    mono source on both channels; echo density 0.9 reached 5 ms after the
    first arrival, mean 0.93 over 50-100 ms; 1.3 tail spectral peaks per
    10^4 bins; tail autocorrelation 0.045 at most beyond 5 ms; T30,mid
    within 2% of ``decay_s``; third-octave colouration SD 0.6 dB.
    """

    def __init__(self, params: Mapping[str, float], ctx: EffectContext) -> None:
        p = params
        fs = ctx.samplerate
        t60 = max(float(p["decay_s"]), 1e-3)
        mix = float(np.clip(p["mix"], 0.0, 1.0))
        self.mix = mix
        # sin of the complement: exactly 0 at mix = 1 (cos(pi / 2) is 6e-17)
        self.dry = float(np.sin(0.5 * np.pi * (1.0 - mix)))
        self.predelay = int(round(max(p["predelay_ms"], 0.0) * 1e-3 * fs))
        scale = float(np.clip(t60 / ROOM_T60, MIN_ROOM_SCALE, 1.0))
        rng = np.random.default_rng(_REVERB_SEED)
        dc = DIFFUSER_CHANNELS
        h8 = _hadamard(dc) / np.sqrt(dc)
        self._diff_delays: list[list[int]] = []
        self._diff_mix: list[np.ndarray] = []
        for span_ms in DIFFUSER_MS:
            span = span_ms * 1e-3 * fs * scale
            # one delay in each eighth of the span, in shuffled channel order
            dl = np.floor(span * (np.arange(dc) + rng.uniform(0.2, 0.8, dc)) / dc).astype(int)
            rng.shuffle(dl)
            self._diff_delays.append([int(v) for v in dl])
            signs = np.where(rng.random(dc) < 0.5, -1.0, 1.0)
            self._diff_mix.append(h8 * signs[:, None])
        self._diff_longest = max(max(dl) for dl in self._diff_delays)

        ng, size = REVERB_GROUPS, REVERB_GROUP_SIZE
        nl = ng * size
        lo, hi = REVERB_LINES_MS
        d = _distinct_primes(np.geomspace(lo, hi, nl) * 1e-3 * fs * scale)
        # the group of a line alternates along the sorted lengths: each group spans
        # the whole range, and a cycle's length varies little from path to path
        d = d[np.concatenate([np.arange(k, nl, ng) for k in range(ng)])]
        self.lengths = d
        self._delays = [int(v) for v in d]
        self._longest = int(d.max())
        self.block = min(int(d.min()), _PRODUCT_COLUMNS)
        self._size = size
        g = 10.0 ** (-3.0 * d / (fs * t60))
        # damping FIR (1 - a) + a z^-1 on the first group: |H(Nyquist)| = 1 - 2a
        # supplies the extra loss of a shorter high-frequency T60 over a whole cycle
        first = slice(0, size)
        cycle = d[first] + sum(d[k * size : (k + 1) * size].mean() for k in range(1, ng))
        extra = 10.0 ** (-3.0 * cycle / fs * (1.0 / (HF_DECAY_RATIO * t60) - 1.0 / t60))
        a = np.clip((1.0 - extra) / 2.0, 0.0, 0.5)
        w = 2 * np.pi * MID_HZ / fs
        g[first] /= np.abs((1.0 - a) + a * np.exp(-1j * w))
        mats = [_flat_orthogonal(size, rng) for _ in range(ng)]
        # group k's input is M_k diag(g) f_(k-1); the first group's outputs are
        # damped, the FIR's two taps folded into two matrices for the second group
        gs = [g[k * size : (k + 1) * size] for k in range(ng)]
        self._fb_now = [
            (mats[k] * (gs[k - 1] * ((1.0 - a) if k == 1 else 1.0))[None, :]).astype(np.float32)
            for k in range(ng)
        ]
        self._fb_prev = (mats[1] * (gs[0] * a)[None, :]).astype(np.float32)
        # diffuser channel j feeds lines j, j + 8, j + 16, j + 24 with random signs
        # (the last diffuser step's mixing folded in)
        b = np.zeros((nl, dc))
        b[np.arange(nl), np.arange(nl) % dc] = np.where(rng.random(nl) < 0.5, -1.0, 1.0)
        b /= np.sqrt(nl / dc)
        self._inject = (b @ self._diff_mix[-1]).astype(np.float32)
        self._diff_mix = [m.astype(np.float32) for m in self._diff_mix[:-1]]
        # Energy of the response: the diffuser and the matrices are orthogonal, each
        # pass keeps about gbar^2 of it, so the lines hold 1 / (1 - gbar^2) of the
        # input's energy, shared by all of them; an output row of norm 1 over the
        # first group sees 1 / nl of it.
        damp2 = np.ones(nl)
        damp2[first] = (1.0 - a) ** 2 + a**2
        geff2 = np.mean(g**2 * damp2)
        self._wet = float(np.sin(0.5 * np.pi * mix) * np.sqrt(nl * max(1.0 - geff2, 1e-6)))
        self._h_in, self._h_out = h8, _hadamard(size) / np.sqrt(size)
        self._io_cache: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        ring = self.predelay + sum(max(v) for v in self._diff_delays) + self._longest
        ring += int(np.ceil(t60 * fs))
        self.tail_samples = int(min(ring, MAX_TAIL_SECONDS * fs)) if mix > 0 else 0
        self.tail_notes = _tail_notes("reverb", ring, self.tail_samples, fs)

    def _io(self, channels: int) -> tuple[np.ndarray, np.ndarray]:
        """Input ``(8, channels)`` and output ``(channels, 8)`` matrices:
        orthogonal rows (the all-ones row left out), the input scaled so that
        the channels together carry their mean energy."""
        if channels not in self._io_cache:
            rows_in = 1 + np.arange(channels) % (DIFFUSER_CHANNELS - 1)
            rows_out = 1 + np.arange(channels) % (self._size - 1)
            inp = (self._h_in[rows_in].T / np.sqrt(channels)).astype(np.float32)
            out = (self._h_out[rows_out] * self._wet).astype(np.float32)
            self._io_cache[channels] = (inp, out)
        return self._io_cache[channels]

    def new_state(self, channels: int) -> ReverbState:
        return ReverbState(
            predelay=_line(self.predelay, channels),
            diffusers=[
                np.zeros((DIFFUSER_CHANNELS, self._diff_longest + REVERB_SPAN), np.float32)
                for _ in self._diff_delays
            ],
            diff_col=0,
            lines=np.zeros((len(self.lengths), self._longest + REVERB_SPAN + 1), np.float32),
            col=1,
        )

    def process(self, x: np.ndarray, state: ReverbState) -> np.ndarray:
        """Shape: ``(n, channels)`` in and out."""
        x = _as_block(x)
        n, ch = x.shape
        if n == 0 or self.mix == 0.0:
            return x.copy()
        src = _comb(x, state.predelay, 0.0) if self.predelay else x
        inp, outp = self._io(ch)
        wet = np.empty((ch, n), np.float32)
        for start in range(0, n, _PRODUCT_COLUMNS):
            m = min(_PRODUCT_COLUMNS, n - start)
            e = self._diffuse(inp @ src[start : start + m].T.astype(np.float32), state)
            wet[:, start : start + m] = self._network(e, outp, state)
        return self.dry * x + wet.T

    def _diffuse(self, v: np.ndarray, state: ReverbState) -> np.ndarray:
        """The diffuser's steps, then the injection into the lines.

        Shape: ``(8, m)`` in (``m <= _PRODUCT_COLUMNS``), ``(lines, m)`` out.
        """
        m = v.shape[1]
        longest = self._diff_longest
        c = state.diff_col
        if c + longest + m > state.diffusers[0].shape[1]:
            for buf in state.diffusers:
                buf[:, :longest] = buf[:, c : c + longest]
            c = 0
        last = len(self._diff_delays) - 1
        e = np.empty((len(self.lengths), m), np.float32)
        for k, (buf, delays) in enumerate(zip(state.diffusers, self._diff_delays, strict=True)):
            # written first: a delay shorter than the block reads this very call
            _skewed_store(buf, c, delays, v)
            if k < last:
                v = self._diff_mix[k] @ buf[:, c : c + m]
        # the last step's mixing and the injection into the lines in one matrix,
        # eight rows at a time (see _PRODUCT_COLUMNS)
        for r in range(0, len(e), DIFFUSER_CHANNELS):
            rows = slice(r, r + DIFFUSER_CHANNELS)
            np.matmul(self._inject[rows], buf[:, c : c + m], out=e[rows])
        state.diff_col = c + m
        return e

    def _network(self, e: np.ndarray, outp: np.ndarray, state: ReverbState) -> np.ndarray:
        """The feedback network fed with ``e``; returns the wet output.

        Shape: ``(lines, m)`` in (``m <= _PRODUCT_COLUMNS``), ``(channels, m)`` out.
        """
        n = e.shape[1]
        size, buf, longest = self._size, state.lines, self._longest
        ng = len(self._fb_now)
        out = np.empty((outp.shape[0], n), np.float32)
        start = 0
        while start < n:
            # sub-block no longer than the shortest line: everything read here was
            # written by an earlier sub-block
            m = min(self.block, n - start)
            c = state.col
            if c + longest + m > buf.shape[1]:
                buf[:, : longest + 1] = buf[:, c - 1 : c + longest]
                c = 1
            now = buf[:, c : c + m]  # every line's output, one view
            u = np.empty((len(buf), m), np.float32)
            for k in range(ng):
                rows = slice(k * size, (k + 1) * size)
                prev = slice(((k - 1) % ng) * size, ((k - 1) % ng + 1) * size)
                np.matmul(self._fb_now[k], now[prev], out=u[rows])
                if k == 1:
                    u[rows] += self._fb_prev @ buf[prev, c - 1 : c - 1 + m]
            u += e[:, start : start + m]
            _skewed_store(buf, c, self._delays, u)
            np.matmul(outp, u[:size], out=out[:, start : start + m])
            state.col = c + m
            start += m
        return out


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
            for a, b, o in _ring_slices(state.pos, k, size):
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
        return self.voices(_as_block(x), state)


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
        x = _as_block(x)
        return self.dry * x + self.wet * self.voices(x, state)


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


def _new_effects() -> dict[str, Callable[[Mapping[str, float], EffectContext], TimeProcessor]]:
    from .dynamics import Compressor, Gate
    from .lofi import Bitcrush, Noise
    from .modulation import Flanger, Phaser
    from .stereo import Pan, Width

    return {"gate": Gate, "compressor": Compressor, "bitcrush": Bitcrush, "flanger": Flanger,
            "phaser": Phaser, "noise": Noise, "width": Width, "pan": Pan}


TIME: dict[str, Callable[[Mapping[str, float], EffectContext], TimeProcessor]] = {
    **_new_effects(),
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
