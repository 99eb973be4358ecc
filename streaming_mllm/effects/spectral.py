"""Spectral effects: waveshapers on frames and processors on STFT frames.

Everything here is built once per prompt by a factory
``factory(params, ctx)``; masks, tables and window values are computed in the
factory so that ``process`` is a handful of array operations over all the
frames and channels of a call.

Every processor keeps between calls only what the next frame needs (an LFO
phase, the next pulse time, the previous analysis phases, a random
generator), and advances it per frame, so that a batch of ``k`` frames gives
the same output as the same frames one call at a time.

Band-limiting masks have raised-cosine edges :data:`EDGE_BINS` bins wide.  A
mask multiplies the spectrum, which circularly convolves the windowed frame
with the mask's impulse response; a smooth edge a few bins wide keeps that
response short compared with the frame, so the time aliasing stays small,
while a stopband one octave away is exactly zero.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.fft

from .base import EffectContext, Shaper, SpectralProcessor

__all__ = ["SHAPERS", "SPECTRAL", "EDGE_BINS"]

EDGE_BINS = 3.0
"""Width of a band edge, in STFT bins (47 Hz each at 48 kHz, 1024-sample frame)."""

TWO_PI = 2.0 * np.pi


def _wrap(phase: np.ndarray) -> np.ndarray:
    """Phase wrapped to ``[-pi, pi)``."""
    return phase - TWO_PI * np.floor(phase / TWO_PI + 0.5)


def _phasor(phase: np.ndarray) -> np.ndarray:
    """``exp(1j * phase)``, wrapped in float64 then evaluated in float32.

    float32 trigonometry is about 20 times faster (SIMD) and its 1e-7 error
    is far below anything audible or tested; wrapping first keeps large
    accumulated phases exact.  Shape: any, same shape out (complex64).
    """
    wrapped = _wrap(phase).astype(np.float32)
    out = np.empty(wrapped.shape, np.complex64)
    np.cos(wrapped, out=out.real)
    np.sin(wrapped, out=out.imag)
    return out


def _falling_edge(freqs: np.ndarray, edge_hz: np.ndarray | float, width_hz: float) -> np.ndarray:
    """Raised-cosine gain going from 1 to 0 across ``edge_hz`` (0.5 at the edge).

    Shape: ``freqs`` broadcast against ``edge_hz``.
    """
    u = np.clip((freqs - edge_hz) / width_hz + 0.5, 0.0, 1.0)
    return 0.5 + 0.5 * np.cos(np.pi * u)


def _edge_width(ctx: EffectContext) -> float:
    return EDGE_BINS * ctx.bin_hz


def lowpass_mask(ctx: EffectContext, cutoff_hz: float) -> np.ndarray:
    """Gain per bin of a steep low-pass (-6 dB at the cutoff).

    Shape: ``(n_bins,)``.
    """
    return _falling_edge(ctx.bin_frequencies(), cutoff_hz, _edge_width(ctx))


def highpass_mask(ctx: EffectContext, cutoff_hz: float) -> np.ndarray:
    """Gain per bin of a steep high-pass (-6 dB at the cutoff).

    Shape: ``(n_bins,)``.
    """
    return 1.0 - lowpass_mask(ctx, cutoff_hz)


def bandpass_mask(ctx: EffectContext, low_hz: float, high_hz: float) -> np.ndarray:
    """Gain per bin of a steep band-pass from ``low_hz`` to ``high_hz``.

    Shape: ``(n_bins,)``.
    """
    return highpass_mask(ctx, low_hz) * lowpass_mask(ctx, high_hz)


def eq_gain(ctx: EffectContext, low_db: float, mid_db: float, high_db: float) -> np.ndarray:
    """Gain per bin of the tone control: low shelf, presence bell, high shelf.

    The curves are drawn in dB against log-frequency: each shelf reaches half
    its gain (in dB) at its corner and is within 2 % of its full gain an
    octave and a bit past it; the bell is a Gaussian 0.6 octave wide
    (standard deviation), about a Q of 1.

    Shape: ``(n_bins,)``.
    """
    f = ctx.bin_frequencies()
    with np.errstate(divide="ignore"):
        octaves_from_mid = np.log2(np.maximum(f, 1e-3) / 2000.0)
    gain_db = (
        low_db / (1.0 + (f / 250.0) ** 3)
        + mid_db * np.exp(-0.5 * (octaves_from_mid / 0.6) ** 2)
        + high_db / (1.0 + (6000.0 / np.maximum(f, 1e-3)) ** 3)
    )
    return 10.0 ** (gain_db / 20.0)


# --------------------------------------------------------------------------- shapers


class TanhShaper:
    """Soft clipper ``tanh(g x + b) - tanh(b)``, level-compensated.

    ``g`` is the drive; the output is scaled so that a peak at ``REF_LEVEL``
    (-12 dBFS, a typical voice peak) keeps its level, which keeps any output
    below about 1.02 / ``REF_LEVEL`` times ``REF_LEVEL`` whatever the input.
    A bias ``b`` makes the curve asymmetric, which adds even harmonics (the
    rasp of a small loudspeaker or an overdriven valve stage).
    """

    REF_LEVEL = 0.25

    def __init__(self, drive_db: float, mix: float = 1.0, bias: float = 0.0) -> None:
        self.drive = float(10.0 ** (drive_db / 20.0))
        self.mix = float(np.clip(mix, 0.0, 1.0))
        self.bias = float(bias)
        self._offset = float(np.tanh(self.bias))
        ref = self.REF_LEVEL
        self.scale = ref / float(np.tanh(self.drive * ref + self.bias) - self._offset)

    def shape(self, x: np.ndarray) -> np.ndarray:
        """Shape: any, e.g. ``(k, channels, frame_length)``; same shape out."""
        y = np.tanh(self.drive * x + self.bias)
        if self._offset:
            y -= self._offset
        y *= self.scale
        if self.mix < 1.0:
            y = self.mix * y + (1.0 - self.mix) * x
        return y


# --------------------------------------------------------------------------- spectral


class MaskFilter:
    """A fixed real gain per bin (band-limits, low-/high-pass, EQ)."""

    def __init__(self, gain: np.ndarray) -> None:
        self.gain = np.asarray(gain, np.float32)
        self.identity = bool(np.all(self.gain == 1.0))

    def new_state(self, channels: int) -> None:
        return None

    def process(self, spec: np.ndarray, state: Any) -> np.ndarray:
        """Shape: ``(k, channels, n_bins)`` in and out."""
        if not self.identity:
            spec *= self.gain
        return spec


@dataclass
class _LfoState:
    phase: float = 0.0  # radians, at the start of the next frame


class Underwater:
    """Low-pass whose cutoff wobbles between ``cutoff_hz / 2**DEPTH`` and
    ``cutoff_hz`` at ``wobble_hz`` (one mask per frame)."""

    DEPTH_OCTAVES = 0.5

    def __init__(self, ctx: EffectContext, cutoff_hz: float, wobble_hz: float) -> None:
        self.cutoff = float(cutoff_hz)
        self.step = TWO_PI * float(wobble_hz) * ctx.hop_length / ctx.samplerate
        self.freqs = ctx.bin_frequencies()
        self.width = _edge_width(ctx)

    def new_state(self, channels: int) -> _LfoState:
        return _LfoState()

    def cutoffs(self, k: int, state: _LfoState) -> np.ndarray:
        """Cutoff of each of the next ``k`` frames; advances the LFO.

        Shape: ``(k,)``.
        """
        phase = state.phase + self.step * np.arange(k)
        state.phase = float((state.phase + self.step * k) % TWO_PI)
        return self.cutoff * 2.0 ** (-self.DEPTH_OCTAVES * (0.5 - 0.5 * np.cos(phase)))

    def process(self, spec: np.ndarray, state: _LfoState) -> np.ndarray:
        """Shape: ``(k, channels, n_bins)`` in and out."""
        fc = self.cutoffs(spec.shape[0], state)
        u = np.clip((self.freqs[None, :] - fc[:, None]) / self.width + 0.5, 0.0, 1.0)
        mask = 0.5 + 0.5 * np.cos(np.pi * u.astype(np.float32))
        spec *= mask[:, None, :]
        return spec


class _EnvelopeSmoother:
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
        self.lag_window = (np.exp(-0.5 * (lag / sigma_lag) ** 2) / (2 * (ctx.n_bins - 1))).astype(
            np.float32
        )

    def __call__(self, power: np.ndarray) -> np.ndarray:
        """Shape: ``(..., n_bins)`` in and out, real and non-negative."""
        ac = scipy.fft.dct(power, type=1, axis=-1)
        ac *= self.lag_window
        smooth = scipy.fft.dct(ac, type=1, axis=-1, overwrite_x=True)
        return np.maximum(smooth, 0.0, out=smooth)


ENVELOPE_SIGMA_HZ = 150.0
"""Width (standard deviation) of the spectral smoothing of robot and whisper."""


@dataclass
class _RobotState:
    next_pulse: float = 0.0  # samples from the next frame's start to the next pulse


class Robot:
    """The input's spectral envelope on a pulse train at ``pitch_hz``.

    The pulses sit at absolute stream times ``m * T`` (``T = sr / pitch_hz``
    samples), so overlapping frames agree and overlap-add rebuilds one clean
    pulse train.  Frame ``j``'s excitation is the analysis-windowed pulses
    inside it, ``E(b) = sum_p w(tau_p) exp(-2j pi b tau_p / N)``; with
    ``tau_p = tau_0 + m T`` this factors into
    ``exp(-2j pi b tau_0 / N) * sum_m w(tau_0 + m T) z_b^m`` where the table
    ``z_b^m`` is fixed, so all frames take one small matrix product.
    """

    def __init__(self, ctx: EffectContext, pitch_hz: float) -> None:
        n, hop = ctx.frame_length, ctx.hop_length
        self.n, self.hop = n, hop
        self.period = ctx.samplerate / float(np.clip(pitch_hz, 1.0, ctx.samplerate / 2))
        self.max_pulses = int(np.ceil(n / self.period)) + 1
        b = np.arange(ctx.n_bins)
        m = np.arange(self.max_pulses)
        self.bins = b
        self.z_table = np.exp(-2j * np.pi * np.outer(m * self.period, b) / n).astype(
            np.complex64
        )  # (M, n_bins)
        # Average |E|^2 over bins is the sum of w(tau)^2 over the pulses,
        # N / (2 T) on average for w^2 = Hann: normalise by that constant, not
        # per frame, so that frames with more or fewer pulses add up evenly.
        self.gain = np.float32(np.sqrt(2.0 * self.period / n))
        self.smoother = _EnvelopeSmoother(ctx, ENVELOPE_SIGMA_HZ)

    def new_state(self, channels: int) -> _RobotState:
        return _RobotState()

    def excitation(self, k: int, state: _RobotState) -> np.ndarray:
        """Spectra of the windowed pulse train in the next ``k`` frames.

        Shape: ``(k, n_bins)`` complex.
        """
        t = self.period
        tau0 = np.mod(state.next_pulse - self.hop * np.arange(k), t)  # (k,)
        state.next_pulse = float(np.mod(state.next_pulse - self.hop * k, t))
        tau = tau0[:, None] + t * np.arange(self.max_pulses)[None, :]  # (k, M)
        weights = np.where(tau < self.n, np.sin(np.pi * np.minimum(tau, self.n) / self.n), 0.0)
        weights = weights.astype(np.float32)
        # a few multiply-adds, not a matrix product: BLAS threads cost more
        # than they save at this size and wake up late in an audio callback
        comb = weights[:, :1] * self.z_table[0]
        for m in range(1, self.max_pulses):
            comb += weights[:, m : m + 1] * self.z_table[m]
        comb *= _phasor(-TWO_PI / self.n * tau0[:, None] * self.bins[None, :])
        return comb

    def process(self, spec: np.ndarray, state: _RobotState) -> np.ndarray:
        """Shape: ``(k, channels, n_bins)`` in and out."""
        power = spec.real**2 + spec.imag**2
        envelope = np.sqrt(self.smoother(power))
        envelope *= self.gain
        # a pulse train has DC; the voice never does, and DC would only
        # thump through the limiter
        envelope[..., 0] = 0.0
        return envelope * self.excitation(spec.shape[0], state)[:, None, :]


@dataclass
class _WhisperState:
    rng: np.random.Generator


class Whisper:
    """Keeps each frame's smoothed magnitude, replaces its phases with noise.

    Random-phase frames are uncorrelated, so overlap-add sums their powers
    instead of their amplitudes: with ``R = frame / hop`` overlapping frames
    the noise comes out ``R`` times weaker in power, made up by ``sqrt(R)``.
    The blend is equal-power (``sqrt(1 - a)`` dry, ``sqrt(a)`` noise) since
    the two parts are uncorrelated.  Phases are drawn per frame, one row of
    ``n_bins`` per frame shared by all channels, so the draws do not depend
    on how frames are batched nor on the channel count.
    """

    SEED = 0x5EED

    def __init__(self, ctx: EffectContext, amount: float) -> None:
        a = float(np.clip(amount, 0.0, 1.0))
        # Python floats: a numpy float64 scalar would promote complex64 frames
        self.dry = float(np.sqrt(1.0 - a))
        self.wet = float(np.sqrt(a * ctx.frame_length / ctx.hop_length))
        self.smoother = _EnvelopeSmoother(ctx, ENVELOPE_SIGMA_HZ)

    def new_state(self, channels: int) -> _WhisperState:
        return _WhisperState(np.random.default_rng(self.SEED))

    def process(self, spec: np.ndarray, state: _WhisperState) -> np.ndarray:
        """Shape: ``(k, channels, n_bins)`` in and out."""
        k, _, nb = spec.shape
        theta = TWO_PI * state.rng.random((k, 1, nb))
        if self.wet == 0.0:
            return spec
        envelope = np.sqrt(self.smoother(spec.real**2 + spec.imag**2))
        envelope *= self.wet
        noise = envelope * _phasor(theta)
        if self.dry == 0.0:
            return noise
        return self.dry * spec + noise


@dataclass
class _PitchState:
    phase: np.ndarray  # (channels, n_bins): analysis phases of the previous frame
    synth: np.ndarray  # (channels, n_bins): synthesis phases of the previous frame


class PitchShift:
    """Phase-vocoder pitch shift in the frame domain, with identity phase locking.

    Per frame: each bin's true frequency comes from its phase advance since
    the previous frame.  Each spectral peak, with the bins nearest to it
    (its region), moves as a block from bin ``p`` to bin ``round(p * ratio)``,
    so that the peak keeps its shape (no holes, no smearing).  Every output
    bin accumulates a synthesis phase at ``ratio`` times the true frequency
    of the peak that lands on it (or, where none does, of the input bin
    ``round(k / ratio)``); a region's bins take their peak's synthesis phase
    plus their input phase offset from the peak (identity phase locking,
    Laroche and Dolson 1999), which keeps the frame's time envelope where it
    was.  The accumulation is a cumulative sum along the frames of a call,
    started from the state, so batching frames does not change the result.
    """

    def __init__(self, ctx: EffectContext, semitones: float) -> None:
        nb = ctx.n_bins
        self.ratio = float(2.0 ** (semitones / 12.0))
        bins = np.arange(nb)
        self.bins = bins
        self.bins32 = bins.astype(np.int32)
        self.expected = TWO_PI * bins * ctx.hop_length / ctx.frame_length  # rad per hop
        self.target = np.rint(bins * self.ratio).astype(np.int64)  # where peak p lands
        self.target_in = np.minimum(self.target, nb - 1)
        # Output bin k's default source round(k / ratio) is the peak that
        # lands on k whenever one does if ratio >= 1; below 1, several input
        # bins land on k, and the others are checked in turn.
        self.source = np.minimum(np.rint(bins / self.ratio), nb - 1).astype(np.int64)
        self.candidates: list[np.ndarray] = []
        if self.ratio < 1.0:
            landing = [[] for _ in range(nb)]
            for p, t in enumerate(self.target):
                landing[t].append(p)
            for c in range(max(len(ps) for ps in landing)):
                cand = self.source.copy()
                has = np.array([len(ps) > c for ps in landing])
                cand[has] = [ps[c] for ps in landing if len(ps) > c]
                self.candidates.append(cand)

    def new_state(self, channels: int) -> _PitchState:
        nb = self.bins.size
        return _PitchState(np.zeros((channels, nb)), np.zeros((channels, nb)))

    def _owners(self, mag: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Peaks and, for each bin, the nearest peak (itself when none).

        Shape: ``(k, channels, n_bins)`` in; bool and int arrays of that shape out.
        """
        nb = mag.shape[-1]
        is_peak = np.zeros(mag.shape, bool)
        is_peak[..., 1:-1] = (mag[..., 1:-1] > mag[..., :-2]) & (mag[..., 1:-1] >= mag[..., 2:])
        # int32 and contiguous running max/min: several times faster than
        # int64 on reversed views
        far = np.int32(4 * nb)
        idx = self.bins32
        left = np.where(is_peak, idx, -far)
        np.maximum.accumulate(left, axis=-1, out=left)
        right = np.where(is_peak[..., ::-1], idx[::-1], far)
        np.minimum.accumulate(right, axis=-1, out=right)
        right = right[..., ::-1]
        owner = np.where(idx - left <= right - idx, left, right)
        owner = np.where((owner < 0) | (owner >= nb), idx, owner)
        return is_peak, owner

    def process(self, spec: np.ndarray, state: _PitchState) -> np.ndarray:
        """Shape: ``(k, channels, n_bins)`` in and out."""
        k, ch, nb = spec.shape
        phase = np.angle(spec)
        previous = np.concatenate([state.phase[None], phase[:-1]], axis=0)
        state.phase = phase[-1].copy()
        advance = self.expected + _wrap(phase - previous - self.expected)  # rad per hop
        is_peak, owner = self._owners(np.abs(spec))

        # each output bin's synthesis phase advances at ratio times the true
        # frequency of the peak landing on it (else of its default source)
        # np.take, not fancy indexing: that returns a transposed (strided)
        # array, which slows every later step several times over
        synth_adv = np.take(advance, self.source, axis=-1)
        for cand in self.candidates:
            landed = np.take(is_peak, cand, axis=-1)
            synth_adv = np.where(landed, np.take(advance, cand, axis=-1), synth_adv)
        synth = synth_adv * self.ratio
        synth[0] += state.synth
        # a loop of k in-place adds beats np.cumsum along the first axis
        for j in range(1, k):
            synth[j] += synth[j - 1]
        state.synth = _wrap(synth[-1])

        # what a region's bins turn by: their peak's synthesis phase minus its
        # analysis phase (computed at every bin, then picked by owner)
        turn = _phasor(np.take(synth, self.target_in, axis=-1) - phase).reshape(-1)
        base = (np.arange(k * ch) * nb).reshape(k, ch, 1)
        flat_owner = base + owner
        moved = spec * np.take(turn, flat_owner)
        dest = self.bins + (np.take(self.target, owner) - owner)
        valid = (dest >= 0) & (dest < nb)
        flat = (base + dest)[valid]
        vals = moved[valid]
        size = k * ch * nb
        out = np.empty(size, np.complex64)
        out.real = np.bincount(flat, weights=vals.real, minlength=size)
        out.imag = np.bincount(flat, weights=vals.imag, minlength=size)
        return out.reshape(k, ch, nb)


# --------------------------------------------------------------------------- factories

ShaperFactory = Callable[[dict[str, float], EffectContext], Shaper]
SpectralFactory = Callable[[dict[str, float], EffectContext], SpectralProcessor]


def _distortion_shaper(params: dict[str, float], ctx: EffectContext) -> Shaper:
    return TanhShaper(params["drive_db"], params.get("mix", 1.0))


def _radio_shaper(params: dict[str, float], ctx: EffectContext) -> Shaper:
    return TanhShaper(params["drive_db"], bias=0.1)


def _megaphone_shaper(params: dict[str, float], ctx: EffectContext) -> Shaper:
    return TanhShaper(params["drive_db"], bias=0.2)


def _band(params: dict[str, float], ctx: EffectContext) -> SpectralProcessor:
    return MaskFilter(bandpass_mask(ctx, params["low_hz"], params["high_hz"]))


def _lowpass(params: dict[str, float], ctx: EffectContext) -> SpectralProcessor:
    return MaskFilter(lowpass_mask(ctx, params["cutoff_hz"]))


def _highpass(params: dict[str, float], ctx: EffectContext) -> SpectralProcessor:
    return MaskFilter(highpass_mask(ctx, params["cutoff_hz"]))


def _eq(params: dict[str, float], ctx: EffectContext) -> SpectralProcessor:
    return MaskFilter(eq_gain(ctx, params["low_db"], params["mid_db"], params["high_db"]))


def _underwater(params: dict[str, float], ctx: EffectContext) -> SpectralProcessor:
    return Underwater(ctx, params["cutoff_hz"], params["wobble_hz"])


def _robot(params: dict[str, float], ctx: EffectContext) -> SpectralProcessor:
    return Robot(ctx, params["pitch_hz"])


def _whisper(params: dict[str, float], ctx: EffectContext) -> SpectralProcessor:
    return Whisper(ctx, params["amount"])


def _pitch(params: dict[str, float], ctx: EffectContext) -> SpectralProcessor:
    return PitchShift(ctx, params["semitones"])


SHAPERS: dict[str, ShaperFactory] = {
    "distortion": _distortion_shaper,
    "radio": _radio_shaper,
    "megaphone": _megaphone_shaper,
}
"""Effects with a waveshaper applied to the frames before analysis."""

SPECTRAL: dict[str, SpectralFactory] = {
    "pitch": _pitch,
    "robot": _robot,
    "whisper": _whisper,
    "radio": _band,
    "megaphone": _band,
    "telephone": _band,
    "underwater": _underwater,
    "eq": _eq,
    "lowpass": _lowpass,
    "highpass": _highpass,
}
"""Effects with a processor on the STFT frames."""
