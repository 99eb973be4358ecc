"""Reverb: a stereo feedback delay network with input diffusion.

See :class:`Reverb` for the design: an eight-channel diffuser makes the
response dense from its first milliseconds, a network of mutually prime
delay lines in groups decays at the asked RT60 with a gentle high-frequency
loss, and every output channel takes its own mix of the lines, so a mono
source fed to both channels comes out as a decorrelated stereo room.
The recursion is computed in sub-blocks no longer than the shortest line,
so each sub-block is a few matrix products, with no loop over samples.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from scipy.signal import lfilter

from .base import EffectContext
from .delayline import MAX_TAIL_SECONDS, tail_notes


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

HF_DECAY_RATIO = 0.9
"""Default decay time at :data:`HF_HZ` relative to ``decay_s`` (parameter
``hf_decay``): rooms absorb highs faster than lows; kept mild by default so
that the colouration stays flat.  The walls' material moves it: wood,
carpet and curtains absorb the highs (0.35), stone and concrete keep most
of them (0.9), glass, tiles and steel all (1)."""

FIR_NYQUIST_RATIO = 0.75
"""The default room's highs: ``FIR_NYQUIST_RATIO`` times ``decay_s`` at the
Nyquist frequency, by a two-tap low-pass (8 kHz ratio about 0.94 at 48 kHz,
0.8 at 16 kHz)."""

HF_HZ = 8000.0
"""Frequency at which the highs' decay is ``hf_decay`` times ``decay_s``
(at most 0.4 times the sample rate: 6.4 kHz at 16 kHz)."""

MID_HZ = 700.0
"""Frequency at which the decay is exact: between the 500 Hz and 1 kHz octave
bands whose mean is the conventional T30,mid."""

REVERB_SPAN = 8192
"""Least number of columns the reverb's buffers hold beyond their longest
delay before they slide back: one move per span instead of ring arithmetic
per line.  A span as long as the longest delay keeps the moves under one
copy of each sample; longer spans only spread the buffers over more cache
(16384 cost some 10% more than 8192 at 48 kHz)."""

_PRODUCT_COLUMNS = 4096
"""Longest stretch one matrix product of the reverb covers.  OpenBLAS runs a
product of more than 2^18 multiply-adds on several threads, which on a busy
machine costs ten times the single-threaded time: an 8x8 matrix times 4096
columns stays just under it."""

_REVERB_SEED = 20240917
"""Seed of the diffuser's delays and signs and of the feedback matrices:
fixed, so a prompt always gives the same room."""


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
    diffusers: list[np.ndarray]  # per step, (8, its longest delay + span): skewed inputs
    diff_col: int  # the diffusers' read column
    lines: np.ndarray  # (lines, longest + span + 1): skewed line inputs, signs folded
    col: int  # the lines' read column; column col - 1 is the previous output
    stores: list[list[tuple[np.ndarray, int]]]  # per group: (row of lines, its delay)
    damp: np.ndarray  # (8, 1): the damping filter's memory, one per line of the first group


SHELF_HZ = 2500.0
"""Corner of the damping shelf (at most 0.2 times the sample rate): the
lows and mids decay at ``decay_s``, the highs above it at ``hf_decay`` times
that."""


def _shelf(gain: float, corner: float) -> tuple[np.ndarray, np.ndarray]:
    """First-order high shelf, 1 below ``corner`` (radians per sample) and
    ``gain`` above: ``(gain s + 1) / (s + 1)`` by the bilinear transform,
    prewarped at the corner.  Returns ``(b, a)``."""
    k = 1.0 / np.tan(corner / 2.0)
    num = np.array([gain * k + 1.0, 1.0 - gain * k]) / (k + 1.0)
    den = np.array([1.0, (1.0 - k) / (k + 1.0)])
    return num, den


def _response(num: np.ndarray, den: np.ndarray, w: float) -> float:
    z = np.exp(-1j * w)
    return float(abs((num[0] + num[1] * z) / (den[0] + den[1] * z)))


def _damping(extra: float, w_mid: float, w_hf: float, corner: float) -> tuple[np.ndarray, ...]:
    """The shelf whose response at ``w_hf`` is ``extra`` times its response
    at ``w_mid`` (bisection on its high gain: the ratio grows with it)."""
    lo, hi = 1e-4, 1.0
    for _ in range(60):
        g = 0.5 * (lo + hi)
        num, den = _shelf(g, corner)
        if _response(num, den, w_hf) / _response(num, den, w_mid) > extra:
            hi = g
        else:
            lo = g
    return _shelf(0.5 * (lo + hi), corner)


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
    once, so only its lines carry the damping, a first-order high shelf (1
    below 2.5 kHz) on their outputs giving the highs ``hf_decay`` times ``T60`` at 8 kHz (the walls'
    material: 0.35 wood or carpet, 0.9 by default, 1 tiles or glass).

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
        self._span = max(REVERB_SPAN, _PRODUCT_COLUMNS, self._longest)
        self.block = min(int(d.min()), _PRODUCT_COLUMNS)
        self._size = size
        g = 10.0 ** (-3.0 * d / (fs * t60))
        # a damping shelf on the first group's outputs supplies the extra loss of
        # the highs' shorter T60 over a whole cycle (every cycle crosses that group)
        first = slice(0, size)
        cycle = d[first] + sum(d[k * size : (k + 1) * size].mean() for k in range(1, ng))
        hf_ratio = float(np.clip(p.get("hf_decay", HF_DECAY_RATIO), 0.05, 1.0))
        extra = 10.0 ** (-3.0 * cycle / fs * (1.0 / (hf_ratio * t60) - 1.0 / t60))
        w_mid = 2 * np.pi * MID_HZ / fs
        w_hf = 2 * np.pi * min(HF_HZ, 0.4 * fs) / fs
        corner = 2 * np.pi * min(SHELF_HZ, 0.2 * fs) / fs
        # one filter for the group (lfilter shares its coefficients across rows):
        # the loss a cycle of mean length needs; the cycles differ by a few percent
        # The default room keeps the cheap two-tap low-pass, folded into the
        # matrices (highs 0.75 T60 at Nyquist: about 0.94 at 8 kHz at 48 kHz); a
        # material (hf_decay not the default) pays for the shelf, an IIR run on
        # the group's eight lines (about 60 ns per frame at 48 kHz).
        self._shelf = abs(hf_ratio - HF_DECAY_RATIO) > 1e-9
        if self._shelf:
            num, den = _damping(float(np.mean(extra)), w_mid, w_hf, corner)
            self._damp_num, self._damp_den = num.astype(np.float32), den.astype(np.float32)
            g[first] /= _response(num, den, w_mid)
            a = np.zeros(size)
        else:
            nyq = 10.0 ** (-3.0 * cycle / fs * (1.0 / (FIR_NYQUIST_RATIO * t60) - 1.0 / t60))
            a = np.clip((1.0 - nyq) / 2.0, 0.0, 0.5)
            g[first] /= np.abs((1.0 - a) + a * np.exp(-1j * w_mid))
        mats = [_flat_orthogonal(size, rng) for _ in range(ng)]
        # group k's input is M_k diag(g) f_(k-1); the second group takes the first
        # group's outputs through the damping shelf (see _network)
        gs = [g[k * size : (k + 1) * size] for k in range(ng)]
        fb_now = [
            mats[k] * (gs[k - 1] * ((1.0 - a) if k == 1 else 1.0))[None, :] for k in range(ng)
        ]
        fb_prev = mats[1] * (gs[0] * a)[None, :]
        # Diffuser channel j feeds lines j, j + 8, j + 16, j + 24 with random signs
        # s_i, at 1/sqrt(groups) each (the lines share its energy).  The lines
        # store s_i times their input instead: then every group takes the same
        # injection, the diffuser's last output scaled, and the signs move into
        # the feedback matrices (S_k M_k S_(k-1)) and the output rows.
        s = np.where(rng.random(nl) < 0.5, -1.0, 1.0)
        sg = [s[k * size : (k + 1) * size] for k in range(ng)]
        self._fb_now = [
            (sg[k][:, None] * fb_now[k] * sg[k - 1][None, :]).astype(np.float32)
            for k in range(ng)
        ]
        self._fb_prev = (sg[1][:, None] * fb_prev * sg[0][None, :]).astype(np.float32)
        # the damping shelf runs on the first group's outputs as stored, signs
        # included: a filter per line commutes with the lines' signs
        self._out_signs = sg[0]
        self._diff_mix[-1] = self._diff_mix[-1] / np.sqrt(ng)
        self._diff_mix = [m.astype(np.float32) for m in self._diff_mix]
        # the predelay is the first diffuser step's: its delays grow by it
        self._diff_delays[0] = [v + self.predelay for v in self._diff_delays[0]]
        self._diff_longest = [max(dl) for dl in self._diff_delays]
        self._diff_span = max(REVERB_SPAN, _PRODUCT_COLUMNS, *self._diff_longest)
        # Energy of the response: the diffuser and the matrices are orthogonal, each
        # pass keeps about gbar^2 of it, so the lines hold 1 / (1 - gbar^2) of the
        # input's energy, shared by all of them; an output row of norm 1 over the
        # first group sees 1 / nl of it.
        damp2 = np.ones(nl)
        if self._shelf:
            # the shelf's power gain on white noise, from its impulse response
            impulse = lfilter(num, den, np.eye(1, 4096)[0])
            damp2[first] = float(np.sum(impulse**2)) / _response(num, den, w_mid) ** 2
        else:
            damp2[first] = (1.0 - a) ** 2 + a**2
        geff2 = np.mean(g**2 * damp2)
        self._wet = float(np.sin(0.5 * np.pi * mix) * np.sqrt(nl * max(1.0 - geff2, 1e-6)))
        self._h_in, self._h_out = h8, _hadamard(size) / np.sqrt(size)
        self._io_cache: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        ring = sum(max(v) for v in self._diff_delays) + self._longest
        ring += int(np.ceil(t60 * fs))
        self.tail_samples = int(min(ring, MAX_TAIL_SECONDS * fs)) if mix > 0 else 0
        self.tail_notes = tail_notes("reverb", ring, self.tail_samples, fs)

    def _io(self, channels: int) -> tuple[np.ndarray, np.ndarray]:
        """Input ``(8, channels)`` and output ``(8, channels)`` matrices:
        orthogonal rows (the all-ones row left out), the input scaled so that
        the channels together carry their mean energy; the output's carry
        the first group's signs (see ``__init__``)."""
        if channels not in self._io_cache:
            rows_in = 1 + np.arange(channels) % (DIFFUSER_CHANNELS - 1)
            rows_out = 1 + np.arange(channels) % (self._size - 1)
            inp = (self._h_in[rows_in].T / np.sqrt(channels)).astype(np.float32)
            out = self._h_out[rows_out] * self._out_signs[None, :] * self._wet
            self._io_cache[channels] = (inp, np.ascontiguousarray(out.T, np.float32))
        return self._io_cache[channels]

    def new_state(self, channels: int) -> ReverbState:
        lines = np.zeros((len(self.lengths), self._longest + self._span + 1), np.float32)
        size = self._size
        rows = list(zip(lines, self._delays, strict=True))
        return ReverbState(
            diffusers=[
                np.zeros((DIFFUSER_CHANNELS, longest + self._diff_span), np.float32)
                for longest in self._diff_longest
            ],
            diff_col=0,
            lines=lines,
            col=1,
            stores=[rows[k * size : (k + 1) * size] for k in range(len(self._fb_now))],
            damp=np.zeros((size, 1), np.float32),
        )

    def process(self, x: np.ndarray, state: ReverbState) -> np.ndarray:
        """Shape: ``(n, channels)`` in and out (float32 out; an empty block, or
        any block at mix 0, keeps a float64 input's type)."""
        x = np.asarray(x)
        n, ch = x.shape
        if n == 0 or self.mix == 0.0:
            return np.array(x, dtype=np.float64 if x.dtype == np.float64 else np.float32)
        x32 = np.asarray(x, np.float32)  # float32 throughout: its 1e-7 is far below hearing
        inp, outp = self._io(ch)
        out = np.empty((n, ch), np.float32)
        for start in range(0, n, _PRODUCT_COLUMNS):
            m = min(_PRODUCT_COLUMNS, n - start)
            w = self._diffuse(inp @ x32[start : start + m].T, state)
            self._network(w, outp, state, out[start : start + m])
        if self.dry:
            out += np.float32(self.dry) * x32
        return out

    def _diffuse(self, v: np.ndarray, state: ReverbState) -> np.ndarray:
        """The diffuser's steps (the predelay in the first one's delays).

        Shape: ``(8, m)`` in (``m <= _PRODUCT_COLUMNS``), ``(8, m)`` out:
        the last step's output over sqrt(groups), what every group of lines takes in.
        """
        m = v.shape[1]
        c = state.diff_col
        if c + m > self._diff_span:
            # every buffer is its longest delay + the span wide: they all slide now
            for buf, longest in zip(state.diffusers, self._diff_longest, strict=True):
                buf[:, :longest] = buf[:, c : c + longest]
            c = 0
        steps = zip(state.diffusers, self._diff_delays, self._diff_mix, strict=True)
        for buf, delays, mix in steps:
            # written first: a delay shorter than the block reads this very call
            for row, d, vr in zip(buf, delays, v, strict=True):
                row[c + d : c + d + m] = vr
            v = mix @ buf[:, c : c + m]
        state.diff_col = c + m
        return v

    def _network(
        self, w: np.ndarray, outp: np.ndarray, state: ReverbState, out: np.ndarray
    ) -> None:
        """The feedback network fed with ``w`` (every group alike); writes the
        wet output into ``out``.

        Shape: ``(8, m)`` in (``m <= _PRODUCT_COLUMNS``), ``(m, channels)`` out.
        """
        n = w.shape[1]
        size, buf, longest = self._size, state.lines, self._longest
        ng = len(self._fb_now)
        # Each row of the buffer is its line's input shifted by the line's delay:
        # an input is written d columns ahead of the read column, so that all the
        # delayed signals are read together as one plain view, buf[:, c : c + m]
        # (state.stores holds the rows, views made once).
        start = 0
        while start < n:
            # sub-block no longer than the shortest line: everything read here was
            # written by an earlier sub-block, and nothing written here is read
            # here, so the groups run one after the other through one small
            # temporary that stays in cache
            m = min(self.block, n - start)
            c = state.col
            if c + longest + m > buf.shape[1]:
                buf[:, : longest + 1] = buf[:, c - 1 : c + longest]
                c = 1
            now = buf[:, c : c + m]  # every line's output, one view
            wk = w[:, start : start + m]
            u = np.empty((size, m), np.float32)
            for k, stores in enumerate(state.stores):
                prev = slice(((k - 1) % ng) * size, ((k - 1) % ng + 1) * size)
                if k == 1 and self._shelf:
                    # the first group's outputs through the damping shelf
                    damped, state.damp = lfilter(
                        self._damp_num, self._damp_den, now[prev], axis=1, zi=state.damp
                    )
                    np.matmul(self._fb_now[k], damped.astype(np.float32, copy=False), out=u)
                else:
                    np.matmul(self._fb_now[k], now[prev], out=u)
                    if k == 1:  # the two-tap low-pass: its second tap
                        u += self._fb_prev @ buf[prev, c - 1 : c - 1 + m]
                u += wk
                for (row, d), ur in zip(stores, u, strict=True):
                    row[c + d : c + d + m] = ur
                if k == 0:
                    np.matmul(u.T, outp, out=out[start : start + m])
            state.col = c + m
            start += m
