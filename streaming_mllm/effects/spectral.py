"""Spectral effects: the processors that need a frame (robot, whisper; pitch and
formant live in :mod:`.pitch` and :mod:`.formant`).

Everything here is built once per prompt by a factory
``factory(params, ctx)``; tables and window values are computed in the
factory so that ``process`` is a handful of array operations over all the
frames and channels of a call.  Filters and band limits do not need a frame:
they are causal IIR filters in :mod:`streaming_mllm.effects.iir`.

Every processor keeps between calls only what the next frame needs (an LFO
phase, the next pulse time, the previous analysis phases, a random
generator), and advances it per frame, so that a batch of ``k`` frames gives
the same output as the same frames one call at a time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from .base import TWO_PI, EffectContext, SpectralProcessor
from .base import phasor as _phasor
from .formant import ENVELOPE_SIGMA_HZ, EnvelopeSmoother

__all__ = ["Robot", "Whisper", "robot", "whisper"]

_FINE = 32
"""Bins per coarse step of the robot's delay phasor (see :meth:`Robot.excitation`)."""

ROBOT_SIGMA_HZ = 50.0
"""Smoothing of the robot's envelope, about one bin at 48 kHz: the envelope
keeps the detail that makes words (STOI 0.95 against the input on speech,
0.86 with the 150 Hz of whisper), while the buzz stays one clean pitch
(harmonics-to-noise 40 dB on a vowel): the excitation, not the envelope,
sets the pitch."""


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

    def __init__(self, ctx: EffectContext, pitch_hz: float, mix: float = 1.0) -> None:
        n, hop = ctx.frame_length, ctx.hop_length
        # Python floats: a numpy float64 scalar would promote complex64 frames
        self.mix = float(np.clip(mix, 0.0, 1.0))
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
        self.smoother = EnvelopeSmoother(ctx, ROBOT_SIGMA_HZ)
        # bin b = _FINE * q + r: the frame's delay phasor z^b is a coarse phasor
        # times a fine one, 1 + n_bins / _FINE trigonometric pairs per frame, not n_bins
        self._coarse = _FINE * np.arange(-(-ctx.n_bins // _FINE))
        self._fine = np.arange(_FINE)

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
        step = -TWO_PI / self.n * tau0[:, None]  # (k, 1): phase per bin of each frame's delay
        rot = _phasor(step * self._coarse)[:, :, None] * _phasor(step * self._fine)[:, None, :]
        comb *= rot.reshape(k, -1)[:, : len(self.bins)]
        return comb

    def process(self, spec: np.ndarray, state: _RobotState) -> np.ndarray:
        """Shape: ``(k, channels, n_bins)`` in and out."""
        power = spec.real**2 + spec.imag**2
        envelope = np.sqrt(self.smoother(power))
        envelope *= self.gain
        # a pulse train has DC; the voice never does, and DC would only
        # thump through the limiter
        envelope[..., 0] = 0.0
        buzz = envelope * self.excitation(spec.shape[0], state)[:, None, :]
        if self.mix == 1.0:
            return buzz
        # "a subtle robot": the voice itself under the buzz, in the same frame
        # (no delay between them)
        return (1.0 - self.mix) * spec + self.mix * buzz


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
        self.smoother = EnvelopeSmoother(ctx, ENVELOPE_SIGMA_HZ)

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


# --------------------------------------------------------------------------- factories


def robot(params: Mapping[str, float], ctx: EffectContext) -> SpectralProcessor:
    """The ``robot`` effect's factory (see the registry)."""
    return Robot(ctx, params["pitch_hz"], params.get("mix", 1.0))


def whisper(params: Mapping[str, float], ctx: EffectContext) -> SpectralProcessor:
    """The ``whisper`` effect's factory (see the registry)."""
    return Whisper(ctx, params["amount"])
