"""The spectral envelope, and moving it: the ``formant`` effect.

A voice's spectrum is a harmonic comb (the glottal source, at the pitch)
under a smooth envelope (the vocal tract's resonances, the formants).
:class:`EnvelopeSmoother` estimates the envelope of each STFT frame by
smoothing its power across frequency; robot and whisper put a new source
under it, :class:`FormantShift` moves it along the frequency axis while the
comb stays, and :class:`~streaming_mllm.effects.pitch.PitchShift` uses it to
keep the formants where they were when the comb moves.

Moving an envelope ``E`` by a factor ``alpha`` (``alpha = 2**(s / 12)`` for
``s`` semitones) multiplies bin ``b`` by ``sqrt(E(b / alpha) / E(b))``: the
harmonic at ``b`` takes the level the envelope had at ``b / alpha``, so a
resonance at ``F`` now sounds at ``alpha * F``.  Where the envelope is far
below the frame's loudest bin (more than :data:`FLOOR_DB` down), both are
floored there, so that near-silence is not lifted by tens of dB.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import scipy.fft

from .base import TWO_PI, EffectContext, SpectralProcessor

__all__ = [
    "ENVELOPE_SIGMA_HZ", "EnvelopeSmoother", "EnvelopeWarp", "FormantShift", "peak_envelope"
]

ENVELOPE_SIGMA_HZ = 150.0
"""Width (standard deviation) of the spectral smoothing of robot and whisper."""

MAX_GAIN_DB = 30.0
"""Largest boost or cut of the warp: enough to move a formant peak onto a
vowel's valley, not enough to raise what a shift brought from above the
voice (noise, leakage) to a formant's level."""

FLOOR_DB = -60.0
"""Envelope floor under each frame's loudest bin: quieter bins are not
peaks, and are not lifted by tens of dB to a moved formant's level."""


class EnvelopeSmoother:
    """Smooths power spectra across frequency with a Gaussian kernel.

    The power spectrum of a real frame is even about DC and Nyquist, so its
    DCT-I is the frame's circular autocorrelation; multiplying that by a
    Gaussian lag window and transforming back convolves the power with a
    Gaussian of standard deviation ``sigma_hz``, mirrored at both ends (the
    right continuation of a real signal's spectrum).  A harmonic comb of
    spacing ``f0`` keeps a ripple of ``exp(-2 pi^2 (sigma_hz / f0)^2)``:
    below 4 % for ``f0`` up to 250 Hz with the default 150 Hz.
    """

    def __init__(self, ctx: EffectContext, sigma_hz: float) -> None:
        lag = np.arange(ctx.n_bins)
        sigma_lag = ctx.samplerate / (TWO_PI * max(sigma_hz, ctx.bin_hz))
        # DCT-I is its own inverse up to 2 (n_bins - 1): fold that in here
        self.lag_window = np.exp(-0.5 * (lag / sigma_lag) ** 2) / (2 * (ctx.n_bins - 1))

    def __call__(self, power: np.ndarray) -> np.ndarray:
        """Shape: ``(..., n_bins)`` in and out, real and non-negative (float64).

        In float64: where a band is empty (above a pitch shifted down) the
        smoothed power is the transform's rounding, about 1e-7 of the peak in
        float32, and its square root an envelope of 3e-4 that two chunkings
        of a stream round differently; in float64 it stays below 1e-8.
        """
        ac = scipy.fft.dct(np.asarray(power, np.float64), type=1, axis=-1)
        ac *= self.lag_window
        smooth = scipy.fft.dct(ac, type=1, axis=-1, overwrite_x=True)
        return np.maximum(smooth, 0.0, out=smooth)


def peak_envelope(power: np.ndarray, reach: int = 2) -> np.ndarray:
    """Log spectral envelope through the frame's peaks.

    A bin is a peak when it is the loudest within ``reach`` bins each side
    and within :data:`FLOOR_DB` of the frame's loudest bin; between two
    peaks the envelope is the straight line (in log power) joining them, and
    it is flat beyond the outermost ones.  Through a voice's harmonics it is
    exact at each harmonic, so moving it moves the formant peaks themselves,
    not a smoothed version of them.

    Shape: ``(..., n_bins)`` power in, natural-log power out.
    """
    nb = power.shape[-1]
    floor = power.max(axis=-1, keepdims=True) * np.float32(10.0 ** (FLOOR_DB / 10.0))
    level = np.log(np.maximum(power, floor) + np.float32(1e-30))
    # the loudest within `reach` bins each side, mirrored at the ends as
    # scipy.ndimage's "reflect" (shifted comparisons: faster than a
    # running-max filter for a reach this short)
    mirrored = np.pad(power, [(0, 0)] * (power.ndim - 1) + [(reach, reach)], mode="symmetric")
    is_peak = power > floor
    for d in range(1, reach + 1):
        is_peak &= power >= mirrored[..., reach - d: reach - d + nb]
        is_peak &= power >= mirrored[..., reach + d: reach + d + nb]
    idx = np.arange(nb, dtype=np.int32)
    far = np.int32(4 * nb)
    left = np.where(is_peak, idx, -far)
    np.maximum.accumulate(left, axis=-1, out=left)
    right = np.where(is_peak[..., ::-1], idx[::-1], far)
    np.minimum.accumulate(right, axis=-1, out=right)
    right = right[..., ::-1]
    none_left, none_right = left < 0, right >= nb
    left = np.where(none_left, right, left)
    right = np.where(none_right, left, right)
    # a frame without a single peak (silence) keeps its own levels
    empty = none_left & none_right
    left = np.where(empty, idx, left)
    right = np.where(empty, idx, right)
    span = np.maximum(right - left, 1).astype(np.float32)
    t = np.clip((idx - left) / span, 0.0, 1.0).astype(np.float32)
    lo = np.take_along_axis(level, left, axis=-1)
    hi = np.take_along_axis(level, right, axis=-1)
    return lo + t * (hi - lo)


LPC_ORDER_PER_KHZ = 1.0
"""All-pole order of :func:`lpc_envelope` per kHz of sample rate: 48 at
48 kHz, one resonance per kilohertz of band (2 per kHz started to follow the
harmonics of a 120 Hz voice)."""


def lpc_envelope(power: np.ndarray, n: int, order: int) -> np.ndarray:
    """Log spectral envelope of an all-pole model fitted to each frame.

    The inverse transform of a frame's power is its autocorrelation; the
    Levinson-Durbin recursion fits ``order`` poles to it, and ``err / |A|^2``
    is the envelope.  Unlike :func:`peak_envelope`, its resonances can peak
    between two harmonics: a 300 Hz formant under 240 and 360 Hz harmonics
    stays at 300 Hz.  The autocorrelation at lag 0 is raised by
    :data:`FLOOR_DB` so that the model's dynamic range stays within it.

    Shape: ``(..., n_bins)`` power in (``n_bins = n // 2 + 1``), natural-log
    power out.
    """
    r = scipy.fft.irfft(power.astype(np.float64), n=n, axis=-1)[..., : order + 1]
    r[..., 0] *= 1.0 + 10.0 ** (FLOOR_DB / 10.0)
    r[..., 0] += 1e-30
    a = np.zeros((*r.shape[:-1], order + 1))
    a[..., 0] = 1.0
    err = r[..., 0].copy()
    for i in range(1, order + 1):
        acc = r[..., i] + np.einsum("...j,...j->...", a[..., 1:i], r[..., i - 1 : 0 : -1])
        kk = -acc / err
        a[..., 1:i] += kk[..., None] * a[..., i - 1 : 0 : -1]
        a[..., i] = kk
        err *= 1.0 - kk * kk
    big_a = scipy.fft.rfft(a, n=n, axis=-1)
    return (np.log(np.maximum(err, 1e-30))[..., None]
            - np.log(big_a.real**2 + big_a.imag**2 + 1e-30)).astype(np.float32)


class EnvelopeWarp:
    """Amplitude gains that move a frame's envelope from ``E(b / src)`` to
    ``E(b / dst)``: ``sqrt(E(b / dst) / E(b / src))``, with ``E`` the
    :func:`peak_envelope` (``envelope="peak"``) or the :func:`lpc_envelope`
    (``"lpc"``), linearly interpolated between bins and held past Nyquist.

    ``src = 1`` moves an envelope where it is; ``src = ratio`` undoes what a
    pitch shift by ``ratio`` did to it.  The pitch shift keeps the peak
    envelope: after its move the harmonics' levels are what it must restore,
    and the all-pole one moved /i/'s formants 35 % off at +5 there (21 %
    with the peak envelope).
    """

    def __init__(self, ctx: EffectContext, src: float, dst: float,
                 envelope: str = "peak") -> None:
        nb = ctx.n_bins
        self.n = ctx.frame_length
        self.envelope = envelope
        self.order = max(8, int(round(LPC_ORDER_PER_KHZ * ctx.samplerate / 1000.0)))
        self.max_log_gain = np.float32(MAX_GAIN_DB / 10.0 * np.log(10.0))
        self.src = self._taps(nb, src)
        self.dst = self._taps(nb, dst)

    @staticmethod
    def _taps(nb: int, factor: float) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        if factor == 1.0:
            return None
        pos = np.minimum(np.arange(nb) / factor, nb - 1.0)
        i0 = np.minimum(np.floor(pos).astype(np.int64), nb - 2)
        w = (pos - i0).astype(np.float32)
        return i0, 1.0 - w, w

    @staticmethod
    def _at(env: np.ndarray, taps: tuple[np.ndarray, np.ndarray, np.ndarray] | None
            ) -> np.ndarray:
        if taps is None:
            return env
        i0, w0, w1 = taps
        return np.take(env, i0, axis=-1) * w0 + np.take(env, i0 + 1, axis=-1) * w1

    def gains(self, power: np.ndarray) -> np.ndarray:
        """Gains for frames of power ``|X|^2``.  Shape: ``(..., n_bins)`` in and out."""
        env = (lpc_envelope(power, self.n, self.order) if self.envelope == "lpc"
               else peak_envelope(power))
        g = self._at(env, self.dst) - self._at(env, self.src)
        np.clip(g, -self.max_log_gain, self.max_log_gain, out=g)
        g *= np.float32(0.5)
        return np.exp(g, out=g)


class FormantShift:
    """Moves the spectral envelope by ``semitones``; the harmonics stay.

    Each frame is multiplied by real gains (:class:`EnvelopeWarp` with
    ``src = 1``), so every partial keeps its frequency and phase: the pitch
    cannot change, only the levels of the harmonics do.  The envelope is the
    all-pole one (:func:`lpc_envelope`): a formant between two harmonics
    moves as far as asked (/u/'s F1 at +3 semitones: 2 % short, 13 % with
    the envelope through the harmonics).
    """

    def __init__(self, ctx: EffectContext, semitones: float) -> None:
        self.alpha = float(2.0 ** (semitones / 12.0))
        self.warp = EnvelopeWarp(ctx, 1.0, self.alpha, envelope="lpc")

    def new_state(self, channels: int) -> None:
        return None

    def process(self, spec: np.ndarray, state: None) -> np.ndarray:
        """Shape: ``(k, channels, n_bins)`` in and out."""
        if self.alpha == 1.0:
            return spec
        spec *= self.warp.gains(spec.real**2 + spec.imag**2)
        return spec


def formant_factory(params: Mapping[str, float], ctx: EffectContext) -> SpectralProcessor:
    return FormantShift(ctx, params["semitones"])
