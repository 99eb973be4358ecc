"""Stage 4, reasoning: the seed's stand-in for a transformer layer.

Each position of the fused sequence is transformed on its own (one matrix
product), so a stream can process each frame as it arrives.
"""

from __future__ import annotations

import numpy as np

from ._checks import positive_int


class ReasoningModule:
    """A square linear map, scaled by ``1 / sqrt(input_dim)``.

    Shape: ``(..., input_dim)`` in and out.
    """

    def __init__(self, input_dim: int, *, seed: int | np.random.Generator = 0) -> None:
        self.input_dim = positive_int(input_dim, "input_dim")
        rng = np.random.default_rng(seed)
        self.processing_weights = (
            rng.standard_normal((input_dim, input_dim)) / np.sqrt(input_dim)
        ).astype(np.float32)

    def process(self, fused_sequence: np.ndarray) -> np.ndarray:
        return fused_sequence @ self.processing_weights
