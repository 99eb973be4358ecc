"""The short-time Fourier transform of the ``effects`` model: framing,
windows, analysis and overlap-add synthesis with its streaming state.

Why analysis followed by synthesis is the identity
--------------------------------------------------
Analysis multiplies each frame by ``w = sqrt(hann)`` (periodic Hann, length
``N = frame_length``) before the FFT; synthesis multiplies the inverse FFT by
the same ``w`` again, so an untouched frame comes back as ``x * hann``.
Copies of a periodic Hann window shifted by ``hop_length = N / R``
(``R >= 2``, an integer) sum to the constant ``R / 2`` at every sample::

    sum_j hann(n - j * hop) = R / 2

so overlap-adding the synthesized frames gives ``x * R / 2``.  The synthesis
window is scaled by ``2 / R = 2 * hop / N`` to cancel it: analysis, no
change, synthesis and overlap-add return the input exactly (within float32
rounding), delayed by ``N - 1`` samples in a stream (see
:mod:`streaming_mllm.stream`).

A frame cut into ``R`` hops overlaps the ``R - 1`` frames before it; the
blocks that are not complete yet wait in :class:`OlaState` between calls.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import scipy.fft

from .._checks import positive_int
from ..errors import ConfigError
from .registry import EFFECTS

FRAME_SECONDS = 0.0213
"""Target frame duration: 1024 samples at 48 kHz."""

MIN_FRAME = 256
"""Shortest default frame: below it, bins wider than 31 Hz blur band edges and pitch."""

FINE_HOP_EFFECTS = frozenset(name for name, e in EFFECTS.items() if e.harmonic)
"""Effects that need resolved harmonics and fine overlap (``harmonic`` in the
registry: pitch, formant): a phase vocoder's phase estimates fail between
harmonics at 50%, and it can move a harmonic cleanly only when its
neighbours are several bins away.  Plans with one of them get
:data:`HARMONIC_FRAME_SECONDS` frames at an eighth hop; every other plan
runs at 50%, which halves the transforms per second."""

HARMONIC_FRAME_SECONDS = 0.043
"""Longest frame of a plan with a :data:`FINE_HOP_EFFECTS` effect: 2048
samples at 48 kHz (42.7 ms of latency, 23 Hz bins: the harmonics of a
100 Hz voice four bins apart; with 1024 samples they are two bins apart and
the old pitch's ghost stays 11 dB under the new one).  See
:mod:`~streaming_mllm.effects.pitch`."""


def _needs_harmonics(effect_names: Iterable[str] | None) -> bool:
    return effect_names is not None and bool(FINE_HOP_EFFECTS.intersection(effect_names))


def default_hop(frame_length: int, effect_names: Iterable[str] | None = None) -> int:
    """An eighth of the frame when one of ``effect_names`` shifts pitch or
    formants, a quarter when the effects are not known, else a half."""
    if effect_names is None:
        return frame_length // 4
    if FINE_HOP_EFFECTS.intersection(effect_names):
        return frame_length // 8
    return frame_length // 2


def harmonic_frame(samplerate: int) -> int:
    """The longest frame within :data:`HARMONIC_FRAME_SECONDS` that is a
    multiple of 16 with no prime factor above 5 (fast transforms).

    >>> harmonic_frame(48000), harmonic_frame(44100), harmonic_frame(16000)
    (2048, 1728, 640)
    """
    n = int(samplerate * HARMONIC_FRAME_SECONDS) // 16 * 16
    while n > MIN_FRAME:
        m = n // 16
        for p in (2, 3, 5):
            while m % p == 0:
                m //= p
        if m == 1:
            return n
        n -= 16
    return MIN_FRAME


def default_framing(
    samplerate: int, effect_names: Iterable[str] | None = None
) -> tuple[int, int]:
    """Frame and hop for a rate and the plan's effects.

    With a pitch or formant shift: :func:`harmonic_frame`, hop an eighth of
    it.  Otherwise the power of two nearest 21.3 ms (at least 256 samples),
    hop a half of it (a quarter when the effects are not known: that
    framing serves every effect, for a stream whose prompt may change).

    >>> default_framing(48000), default_framing(16000), default_framing(8000)
    ((1024, 256), (256, 64), (256, 64))
    >>> default_framing(48000, ["robot"])
    (1024, 512)
    >>> [default_framing(sr, ["pitch"]) for sr in (48000, 44100, 16000)]
    [(2048, 256), (1728, 216), (640, 80)]
    """
    if _needs_harmonics(effect_names):
        frame = harmonic_frame(samplerate)
    else:
        frame = max(MIN_FRAME, 2 ** int(round(np.log2(samplerate * FRAME_SECONDS))))
    return frame, default_hop(frame, effect_names)


def check_framing(frame_length: int, hop_length: int) -> None:
    """Raise :class:`ConfigError` unless the framing allows perfect overlap-add."""
    positive_int(frame_length, "frame_length")
    positive_int(hop_length, "hop_length")
    if frame_length % hop_length or frame_length // hop_length < 2 or frame_length % 2:
        raise ConfigError(
            "the effects model needs an even frame_length that is a multiple of hop_length, "
            f"at least twice it (for perfect overlap-add), got frame_length={frame_length}, "
            f"hop_length={hop_length}"
        )


def sqrt_hann(frame_length: int) -> np.ndarray:
    """Square root of the periodic Hann window.

    Shape: ``(frame_length,)``.

    >>> w = sqrt_hann(8)
    >>> bool(np.allclose((w**2)[:4] + (w**2)[4:], 1.0))
    True
    """
    n = np.arange(frame_length)
    return np.sqrt(0.5 - 0.5 * np.cos(2 * np.pi * n / frame_length))


@dataclass
class OlaState:
    """Overlap-add blocks not yet complete, shape ``(R - 1, channels, hop_length)``."""

    blocks: np.ndarray


@dataclass(frozen=True)
class Stft:
    """Analysis and overlap-add synthesis for one framing.

    Single precision from analysis to synthesis: the transforms and the
    spectral arithmetic are memory-bound, and float32's 1e-7 relative error
    sits 140 dB under the signal.
    """

    frame_length: int
    hop_length: int
    analysis: np.ndarray  # (frame_length,) float32: sqrt(hann)
    synthesis: np.ndarray  # (frame_length,) float32: sqrt(hann) * 2 hop / N

    @classmethod
    def for_framing(cls, frame_length: int, hop_length: int) -> Stft:
        check_framing(frame_length, hop_length)
        w = sqrt_hann(frame_length)
        # sum over shifts of hann = R / 2 = N / (2 hop): divide it out at synthesis
        synthesis = (w * (2 * hop_length / frame_length)).astype(np.float32)
        return cls(frame_length, hop_length, w.astype(np.float32), synthesis)

    def new_state(self, channels: int) -> OlaState:
        r = self.frame_length // self.hop_length
        return OlaState(np.zeros((r - 1, channels, self.hop_length), np.float32))

    def analyze(self, frames: np.ndarray) -> np.ndarray:
        """Windowed spectra of frames.

        Shape: ``(k, channels, frame_length)`` in, ``(k, channels, n_bins)``
        complex64 out, ``n_bins = frame_length // 2 + 1``.
        """
        return scipy.fft.rfft(frames * self.analysis, axis=-1)

    def synthesize(self, spec: np.ndarray, state: OlaState) -> np.ndarray:
        """Inverse transform, synthesis window and overlap-add; return the
        ``k`` blocks now complete.

        Shape: ``(k, channels, n_bins)`` in, ``(k, channels, hop_length)`` out.
        """
        k, channels, _ = spec.shape
        fl, hop = self.frame_length, self.hop_length
        y = scipy.fft.irfft(spec, n=fl, axis=-1)
        y *= self.synthesis  # in place, float32: a float64 window would double every pass after
        return _overlap_add(y.reshape(k, channels, fl // hop, hop), state)


def _overlap_add(parts: np.ndarray, state: OlaState) -> np.ndarray:
    """Overlap-add frames cut in hops; return the ``k`` blocks now complete.

    ``parts[j, :, r]`` is the ``r``-th hop of frame ``j``; it lands in output
    block ``j + r``.  Blocks past ``k`` stay in ``state.blocks`` for the next
    call.  Shape: ``(k, channels, R, hop)`` in, ``(k, channels, hop)`` out.
    """
    k, channels, r, hop = parts.shape
    acc = np.zeros((k + r - 1, channels, hop), parts.dtype)
    acc[: r - 1] += state.blocks
    for i in range(r):
        acc[i : i + k] += parts[:, :, i]
    state.blocks = acc[k:].copy()
    return acc[:k]
