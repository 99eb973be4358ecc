"""Stage 5, the vocoder: each latent vector becomes a block of samples.

The seed's :meth:`Vocoder.decode` projects every position to
``output_frame_length`` samples and lays the blocks end to end.  A stream
decodes one block per frame (:meth:`decode_frames`); live playback needs
``output_frame_length == hop_length`` so that one hop in gives one block out.
"""

from __future__ import annotations

import numpy as np

from ._checks import positive_int


class Vocoder:
    """Latent vectors to audio blocks, weights scaled by ``1 / sqrt(latent_dim)``."""

    def __init__(
        self, latent_dim: int, output_frame_length: int, *, seed: int | np.random.Generator = 0
    ) -> None:
        self.latent_dim = positive_int(latent_dim, "latent_dim")
        self.output_frame_length = positive_int(output_frame_length, "output_frame_length")
        rng = np.random.default_rng(seed)
        self.decoding_weights = (
            rng.standard_normal((latent_dim, output_frame_length)) / np.sqrt(latent_dim)
        ).astype(np.float32)

    def decode_frames(self, latent: np.ndarray) -> np.ndarray:
        """Shape: ``(..., latent_dim)`` in, ``(..., output_frame_length)`` out."""
        return latent @ self.decoding_weights

    def decode(self, latent_sequence: np.ndarray) -> np.ndarray:
        """Shape: ``(seq_len, latent_dim)`` in, ``(seq_len * output_frame_length,)`` out."""
        return self.decode_frames(latent_sequence).reshape(-1)
