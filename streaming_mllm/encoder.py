"""Stage 1, the audio encoder: frames of samples become vectors.

:class:`AudioEncoder` keeps the seed notebook's interface.  Offline,
:meth:`AudioEncoder.encode` projects every frame of the whole waveform
without a Python loop (:meth:`encode_signal`: when the hop divides the
frame, a sum of products of the signal's non-overlapping hops with slices of
the weights, which is the same arithmetic as projecting each frame).  In a
stream, :meth:`AudioEncoder.encode_frames` projects the frames that the ring
buffer of :class:`~streaming_mllm.stream.StreamingMLLM` emits.  The tests
check that the two agree within float32 rounding.
"""

from __future__ import annotations

import numpy as np

from ._checks import as_float_audio, check_finite, positive_int
from .errors import AudioInputError, ConfigError


def frame_signal(waveform: np.ndarray, frame_length: int, hop_length: int) -> np.ndarray:
    """View a signal as its full frames, without copying.

    Frame ``i`` is ``waveform[i * hop_length : i * hop_length + frame_length]``;
    a partial frame at the end is left out, as in the seed notebook.

    Shape: ``(n_samples,)`` in, ``(num_frames, frame_length)`` out, with
    ``num_frames = 1 + (n_samples - frame_length) // hop_length``.

    >>> frame_signal(np.arange(7.0), 4, 2)
    array([[0., 1., 2., 3.],
           [2., 3., 4., 5.]])
    """
    windows = np.lib.stride_tricks.sliding_window_view(waveform, frame_length, axis=-1)
    return windows[..., ::hop_length, :]


class AudioEncoder:
    """Projects each frame of ``frame_length`` samples to ``output_dim`` values.

    Parameters
    ----------
    output_dim : int
        Size of the vector of each frame.
    frame_length : int
        Samples per analysed frame.
    hop_length : int
        Samples between the starts of consecutive frames (at most ``frame_length``).
    seed : int or numpy.random.Generator, optional
        Where the random projection comes from (the seed's weights are random).
        Weights are scaled by ``1 / sqrt(frame_length)`` so that unit-variance
        input gives unit-variance output.
    """

    def __init__(
        self,
        output_dim: int,
        frame_length: int,
        hop_length: int,
        *,
        seed: int | np.random.Generator = 0,
    ) -> None:
        self.output_dim = positive_int(output_dim, "output_dim")
        self.frame_length = positive_int(frame_length, "frame_length")
        self.hop_length = positive_int(hop_length, "hop_length")
        if self.hop_length > self.frame_length:
            raise ConfigError(
                f"hop_length must be at most frame_length ({self.frame_length}), "
                f"got {self.hop_length}"
            )
        rng = np.random.default_rng(seed)
        self.projection_weights = (
            rng.standard_normal((frame_length, output_dim)) / np.sqrt(frame_length)
        ).astype(np.float32)

    def num_frames(self, n_samples: int) -> int:
        """How many full frames ``n_samples`` samples hold (0 if fewer than one)."""
        if n_samples < self.frame_length:
            return 0
        return 1 + (n_samples - self.frame_length) // self.hop_length

    def encode_frames(self, frames: np.ndarray) -> np.ndarray:
        """Project frames that are already cut.

        Shape: ``(..., frame_length)`` in, ``(..., output_dim)`` out.
        """
        # Overlapping strided frames have a row stride shorter than a row,
        # which BLAS cannot take: numpy would fall back to a slow loop.
        return np.ascontiguousarray(frames) @ self.projection_weights

    def encode_signal(self, x: np.ndarray) -> np.ndarray:
        """Encode every full frame of a signal already checked.

        When ``hop_length`` divides ``frame_length`` (``R`` hops a frame),
        frame ``i`` is hops ``i .. i+R-1`` of the signal, so the projection is
        the sum of ``R`` products of the signal's non-overlapping hops with
        slices of the weights: the same arithmetic as projecting each frame,
        without copying the overlapping frames.

        Shape: ``(n_samples,)`` in, ``(num_frames, output_dim)`` out.
        """
        fl, hop = self.frame_length, self.hop_length
        k = self.num_frames(len(x))
        if fl % hop:
            return self.encode_frames(frame_signal(x[: (k - 1) * hop + fl], fl, hop))
        r = fl // hop
        hops = np.ascontiguousarray(x[: (k + r - 1) * hop]).reshape(k + r - 1, hop)
        w = self.projection_weights.reshape(r, hop, self.output_dim)
        out = hops[:k] @ w[0]
        for i in range(1, r):
            out += hops[i : i + k] @ w[i]
        return out

    def encode(self, audio_waveform: np.ndarray) -> np.ndarray:
        """Encode a whole mono waveform.

        Shape: ``(n_samples,)`` in, ``(num_frames, output_dim)`` out.

        Raises
        ------
        AudioInputError
            If the waveform is not 1-D, holds NaN or Inf, or is shorter than
            one frame.
        """
        return self.encode_signal(self.check_waveform(audio_waveform))

    def check_waveform(self, audio_waveform: object) -> np.ndarray:
        """Return the waveform as float32, or raise :class:`AudioInputError`
        if it is not 1-D, holds NaN or Inf, or is shorter than one frame."""
        x = as_float_audio(audio_waveform, name="waveform", ndims=(1,))
        check_finite(x, name="waveform")
        if len(x) < self.frame_length:
            raise AudioInputError(
                f"expected a waveform of at least frame_length={self.frame_length} samples, "
                f"got {len(x)}"
            )
        return x
