"""Validation shared by the public entry points."""

from __future__ import annotations

import numbers

import numpy as np

from .errors import AudioInputError, AudioTypeError, ConfigError


def as_float_audio(
    x: object, *, name: str = "audio", ndims: tuple[int, ...] = (1, 2)
) -> np.ndarray:
    """Return ``x`` as a float32 array of an allowed number of dimensions.

    Raises :class:`AudioTypeError` for something that is not an array of real
    floats and :class:`AudioInputError` for a wrong number of dimensions.
    """
    try:
        arr = np.asarray(x)
    except ValueError:  # ragged nested lists
        raise AudioTypeError(
            f"expected {name} as a float array, got a ragged {type(x).__name__}"
        ) from None
    if arr.dtype == object or not np.issubdtype(arr.dtype, np.number) or np.issubdtype(
        arr.dtype, np.complexfloating
    ):
        raise AudioTypeError(
            f"expected {name} as a float array, got {type(x).__name__} of dtype {arr.dtype}"
        )
    if not np.issubdtype(arr.dtype, np.floating):
        raise AudioTypeError(
            f"expected {name} as a float array with samples in [-1, 1], got dtype {arr.dtype} "
            "(convert integer PCM to float first)"
        )
    if arr.ndim not in ndims:
        wanted = " or ".join(f"{d}-D" for d in ndims)
        raise AudioInputError(f"expected {name} as a {wanted} float array, got shape {arr.shape}")
    return np.asarray(arr, dtype=np.float32)


def check_finite(x: np.ndarray, *, name: str = "audio") -> None:
    """Raise :class:`AudioInputError` if ``x`` holds NaN or Inf."""
    bad = ~np.isfinite(x)
    if bad.any():
        first = int(np.flatnonzero(bad.reshape(-1))[0])
        raise AudioInputError(
            f"expected finite {name} samples, got {int(bad.sum())} NaN/Inf "
            f"(first at flat index {first})"
        )


def positive_int(value: object, name: str) -> int:
    """Return ``value`` if it is a positive integer, else raise ConfigError."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value <= 0:
        raise ConfigError(f"{name} must be a positive int, got {value!r}")
    return int(value)
