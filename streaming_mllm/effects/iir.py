"""Causal IIR filters: band limits, low-/high-pass, tone shelves, the wobbling
low-pass of "underwater".

Every filter here is a cascade of second-order sections run by
:func:`scipy.signal.sosfilt`, whose state (two values per section and
channel) is carried from one block to the next: the output of a block depends
only on the samples up to it, so the filters add no latency, and any split of
a signal into blocks gives the same output as one call (to float64 rounding).

Designs (all by the bilinear transform, corners pre-warped, so a corner is
where it is asked to be at every sample rate):

* low-pass, high-pass and band edges: Linkwitz-Riley, a Butterworth of order
  :data:`BUTTER_ORDER` (:data:`BAND_ORDER` for band edges) squared: -6 dB at
  the corner (as a crossover), flat pass band, 12 dB per octave per order
  past the corner;
* tone shelves: Butterworth-type shelves of order :data:`SHELF_ORDER` (poles
  and zeros on Butterworth angles, ``G**(1/(2N))`` apart in radius), half the
  gain (in dB) at the corner, the full gain about an octave beyond;
* presence: a peaking biquad (Bristow-Johnson's cookbook form).

Phase: these filters are minimum-phase, not linear-phase.  Group delay is
largest near a corner (a few milliseconds for the steep band edges at a few
hundred hertz) and small elsewhere.  For speech and for the effects here
that is inaudible, and it is what every real-time equalizer and crossover
does; the STFT masks they replace were zero-phase only at the price of a
frame of latency.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import scipy.signal as ss

from .base import EffectContext

BUTTER_ORDER = 8
"""Order of the Butterworth squared into a low-pass or high-pass (96 dB/octave)."""

BAND_ORDER = 12
"""Order of the Butterworth squared into each band edge (144 dB/octave): at
8 kHz the telephone band reaches from 300 Hz to within 600 Hz of Nyquist, and
its out-of-band noise must still drop by 20 dB."""

SHELF_ORDER = 4
"""Order of the tone shelves."""

MAX_CORNER = 0.45
"""Highest corner as a fraction of the sample rate: just under Nyquist."""


def _corner(f: float, fs: int) -> float:
    return float(np.clip(f, 1.0, MAX_CORNER * fs))


def linkwitz_riley(kind: str, f: float, fs: int, order: int = BUTTER_ORDER) -> np.ndarray:
    """A Linkwitz-Riley ``"lowpass"`` or ``"highpass"``: -6 dB at ``f``.

    Shape: ``(2 * ceil(order / 2), 6)`` second-order sections.

    >>> sos = linkwitz_riley("lowpass", 1000, 48000)
    >>> _, h = ss.sosfreqz(sos, [500, 1000, 2000], fs=48000)
    >>> np.round(20 * np.log10(np.abs(h)), 1).tolist()
    [-0.0, -6.0, -96.9]
    """
    btype = {"lowpass": "low", "highpass": "high"}[kind]
    sos = ss.butter(order, _corner(f, fs), btype, fs=fs, output="sos")
    return np.vstack([sos, sos])


def bandpass(low_hz: float, high_hz: float, fs: int) -> np.ndarray:
    """Linkwitz-Riley high-pass at ``low_hz`` then low-pass at ``high_hz``.

    A low-pass whose corner would sit at or above Nyquist is left out.
    Shape: ``(n_sections, 6)``.
    """
    parts = [linkwitz_riley("highpass", low_hz, fs, BAND_ORDER)]
    if high_hz < MAX_CORNER * fs:
        parts.append(linkwitz_riley("lowpass", high_hz, fs, BAND_ORDER))
    return np.vstack(parts)


def shelf(kind: str, f: float, gain_db: float, fs: int, order: int = SHELF_ORDER) -> np.ndarray:
    """A ``"low"`` or ``"high"`` shelf of ``gain_db`` with half of it at ``f``.

    Analog prototype (low shelf, ``G`` the linear gain, ``w`` the corner)::

        H(s) = prod_k (s - w G**(1/2N) e^{j t_k}) / (s - w G**(-1/2N) e^{j t_k})

    with ``t_k`` the left-half-plane Butterworth angles: ``|H(0)| = G``,
    ``|H(inf)| = 1``, ``|H(jw)| = sqrt(G)``.  The high shelf is its mirror
    ``s -> w**2 / s``.  Shape: ``(order // 2, 6)``.

    >>> sos = shelf("low", 250, 12.0, 48000)
    >>> _, h = ss.sosfreqz(sos, [30, 250, 2000], fs=48000)
    >>> np.round(20 * np.log10(np.abs(h)), 1).tolist()
    [12.0, 6.0, 0.0]
    """
    g = 10.0 ** (gain_db / 20.0)
    fc = _corner(f, fs)
    w = 2.0 * fs * np.tan(np.pi * fc / fs)  # pre-warped corner, rad/s
    k = np.arange(order)
    angles = np.pi * (2 * k + order + 1) / (2 * order)  # left half plane
    unit = np.exp(1j * angles)
    r = g ** (1.0 / (2 * order))
    if kind == "low":
        zeros, poles, gain = w * r * unit, w / r * unit, 1.0
    else:
        # s -> w^2 / s maps a root at w a e^{jt} to w / a e^{-jt}, and the
        # Butterworth angles are their own conjugates: the roots swap radii,
        # and the gain at infinity becomes G
        zeros, poles, gain = w / r * unit, w * r * unit, g
    z, p, kz = ss.bilinear_zpk(zeros, poles, gain, fs)
    sos = ss.zpk2sos(z, p, kz, pairing="nearest")
    return sos


def peaking(f: float, gain_db: float, q: float, fs: int) -> np.ndarray:
    """A peaking biquad: ``gain_db`` at ``f``, 0 dB far from it.

    Shape: ``(1, 6)``.
    """
    a = 10.0 ** (gain_db / 40.0)
    w0 = 2.0 * np.pi * _corner(f, fs) / fs
    alpha = np.sin(w0) / (2.0 * q)
    b = [1.0 + alpha * a, -2.0 * np.cos(w0), 1.0 - alpha * a]
    den = [1.0 + alpha / a, -2.0 * np.cos(w0), 1.0 - alpha / a]
    return np.hstack([np.array(b) / den[0], np.array(den) / den[0]])[None, :]


# --------------------------------------------------------------------------- processors

try:  # the compiled kernel behind scipy.signal.sosfilt
    from scipy.signal._sosfilt import _sosfilt as _sosfilt_kernel
except ImportError:  # pragma: no cover - a SciPy that moved it
    _sosfilt_kernel = None


def run_sos(sos: np.ndarray, x: np.ndarray, zi: np.ndarray) -> np.ndarray:
    """Filter ``x`` through ``sos``, carrying ``zi`` (updated in place).

    :func:`scipy.signal.sosfilt` spends some 15 times longer checking and
    reshaping its arguments than filtering a 64-sample block; this calls the
    compiled kernel it wraps directly, with the layout it wants (falling back
    to the public function if a SciPy moves the kernel).

    Shape: ``sos`` ``(n_sections, 6)`` float64, ``x`` ``(n, channels)``,
    ``zi`` ``(channels, n_sections, 2)`` float64 C-contiguous; ``(n,
    channels)`` float64 out.
    """
    y = np.array(x.T, dtype=np.float64, order="C")  # a copy: filtered in place
    if _sosfilt_kernel is not None:
        _sosfilt_kernel(sos, y, zi)
    else:  # pragma: no cover
        y, zf = ss.sosfilt(sos, y, axis=-1, zi=zi.transpose(1, 0, 2))
        zi[...] = zf.transpose(1, 0, 2)
    return y.T


@dataclass
class SosState:
    zi: np.ndarray  # (channels, n_sections, 2): each section's two delay values


class SosFilter:
    """A fixed cascade of second-order sections with carried state.

    Shape: ``(n, channels)`` in and out (float64).
    """

    tail_samples = 0

    def __init__(self, sos: np.ndarray) -> None:
        self.sos = np.asarray(sos, dtype=np.float64)

    def new_state(self, channels: int) -> SosState:
        return SosState(np.zeros((channels, len(self.sos), 2)))

    def process(self, x: np.ndarray, state: SosState) -> np.ndarray:
        if len(x) == 0 or len(self.sos) == 0:
            return np.array(x, dtype=np.float64)
        return run_sos(self.sos, x, state.zi)


@dataclass
class WobbleState:
    zi: np.ndarray  # (channels, n_sections, 2)
    pos: int = 0  # samples since the stream started


class WobblingLowpass:
    """Linkwitz-Riley low-pass whose corner swings between
    ``cutoff_hz / 2**DEPTH_OCTAVES`` and ``cutoff_hz`` at ``wobble_hz``.

    The corner moves in steps of :data:`STEP_SECONDS`, fixed on the stream's
    clock (step ``j`` covers samples ``j * step`` to ``(j + 1) * step``,
    whatever the blocks), with coefficients from a table of
    :data:`TABLE_SIZE` corners spread evenly in log-frequency: a block's
    output does not depend on how the stream was cut.
    """

    DEPTH_OCTAVES = 0.5
    STEP_SECONDS = 0.004
    TABLE_SIZE = 64
    tail_samples = 0

    def __init__(self, ctx: EffectContext, cutoff_hz: float, wobble_hz: float) -> None:
        fs = ctx.samplerate
        self.step = max(1, int(round(self.STEP_SECONDS * fs)))
        self.turn = 2.0 * np.pi * float(wobble_hz) * self.step / fs  # radians per step
        depth = np.linspace(0.0, 1.0, self.TABLE_SIZE)
        corners = float(cutoff_hz) * 2.0 ** (-self.DEPTH_OCTAVES * depth)
        self.table = np.stack([linkwitz_riley("lowpass", f, fs) for f in corners])

    def new_state(self, channels: int) -> WobbleState:
        return WobbleState(np.zeros((channels, self.table.shape[1], 2)))

    def sections(self, step_index: int) -> np.ndarray:
        """Coefficients for step ``step_index``: shape ``(n_sections, 6)``."""
        depth = 0.5 - 0.5 * np.cos(self.turn * step_index)
        return self.table[int(round(depth * (self.TABLE_SIZE - 1)))]

    def process(self, x: np.ndarray, state: WobbleState) -> np.ndarray:
        """Shape: ``(n, channels)`` in and out (float64)."""
        out = np.empty(x.shape)
        done = 0
        while done < len(x):
            j, into = divmod(state.pos, self.step)
            m = min(len(x) - done, self.step - into)
            out[done : done + m] = run_sos(self.sections(j), x[done : done + m], state.zi)
            done += m
            state.pos += m
        return out


# --------------------------------------------------------------------------- factories


EQ_LOW_HZ = 250.0
EQ_MID_HZ = 2000.0
EQ_HIGH_HZ = 6000.0
EQ_MID_Q = 1.0


def band_filter(params: Mapping[str, float], ctx: EffectContext) -> SosFilter:
    return SosFilter(bandpass(params["low_hz"], params["high_hz"], ctx.samplerate))


def lowpass_filter(params: Mapping[str, float], ctx: EffectContext) -> SosFilter:
    if params["cutoff_hz"] >= MAX_CORNER * ctx.samplerate:
        return SosFilter(np.zeros((0, 6)))
    return SosFilter(linkwitz_riley("lowpass", params["cutoff_hz"], ctx.samplerate))


def highpass_filter(params: Mapping[str, float], ctx: EffectContext) -> SosFilter:
    return SosFilter(linkwitz_riley("highpass", params["cutoff_hz"], ctx.samplerate))


def eq_filter(params: Mapping[str, float], ctx: EffectContext) -> SosFilter:
    fs = ctx.samplerate
    parts = []
    if params["low_db"]:
        parts.append(shelf("low", params.get("low_hz", EQ_LOW_HZ), params["low_db"], fs))
    if params["mid_db"]:
        centre = min(params.get("mid_hz", EQ_MID_HZ), 0.45 * fs)  # below Nyquist at 16 kHz
        parts.append(peaking(centre, params["mid_db"], EQ_MID_Q, fs))
    if params.get("mid2_db", 0.0):
        centre = min(params.get("mid2_hz", EQ_MID_HZ), 0.45 * fs)
        parts.append(peaking(centre, params["mid2_db"], EQ_MID_Q, fs))
    if params["high_db"]:
        parts.append(shelf("high", params.get("high_hz", EQ_HIGH_HZ), params["high_db"], fs))
    return SosFilter(np.vstack(parts) if parts else np.zeros((0, 6)))


def underwater_filter(params: Mapping[str, float], ctx: EffectContext) -> WobblingLowpass:
    return WobblingLowpass(ctx, params["cutoff_hz"], params["wobble_hz"])
