"""Stage 3, fusion: both modalities projected to one space, then joined.

The seed's :meth:`FusionModule.fuse` concatenates the projected audio frames
and the projected prompt along time.  A stream projects the prompt once
(:meth:`project_text`) and each new frame as it comes (:meth:`project_audio`);
offline :meth:`fuse` is made of the same two calls.
"""

from __future__ import annotations

import numpy as np

from ._checks import positive_int


class FusionModule:
    """Projects audio and text embeddings to ``projection_dim`` and joins them.

    Weights are scaled by ``1 / sqrt(fan_in)`` so that levels carry through.
    """

    def __init__(
        self,
        audio_dim: int,
        text_dim: int,
        projection_dim: int,
        *,
        seed: int | np.random.Generator = 0,
    ) -> None:
        self.audio_dim = positive_int(audio_dim, "audio_dim")
        self.text_dim = positive_int(text_dim, "text_dim")
        self.projection_dim = positive_int(projection_dim, "projection_dim")
        rng = np.random.default_rng(seed)
        self.audio_projection = (
            rng.standard_normal((audio_dim, projection_dim)) / np.sqrt(audio_dim)
        ).astype(np.float32)
        self.text_projection = (
            rng.standard_normal((text_dim, projection_dim)) / np.sqrt(text_dim)
        ).astype(np.float32)

    def project_audio(self, audio_embedding: np.ndarray) -> np.ndarray:
        """Shape: ``(..., audio_dim)`` in, ``(..., projection_dim)`` out."""
        return audio_embedding @ self.audio_projection

    def project_text(self, text_embedding: np.ndarray) -> np.ndarray:
        """Shape: ``(text_len, text_dim)`` in, ``(text_len, projection_dim)`` out."""
        return text_embedding @ self.text_projection

    def fuse(self, audio_embedding: np.ndarray, text_embedding: np.ndarray) -> np.ndarray:
        """Shape: ``(audio_len, audio_dim)`` and ``(text_len, text_dim)`` in,
        ``(audio_len + text_len, projection_dim)`` out."""
        return np.concatenate(
            [self.project_audio(audio_embedding), self.project_text(text_embedding)], axis=0
        )
