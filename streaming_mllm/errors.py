"""The package's exception family.

Every error raised on purpose by :mod:`streaming_mllm` derives from
:class:`StreamingMLLMError`, and also from the built-in class that fits its
kind (``ValueError`` for a wrong value, ``TypeError`` for a wrong kind of
thing, ``RuntimeError`` for an audio device, ``OSError`` for a file), so
callers may catch either.  Anything else escaping the package is a bug.
"""

from __future__ import annotations


class StreamingMLLMError(Exception):
    """Base class of every error this package raises on purpose."""


class ConfigError(StreamingMLLMError, ValueError):
    """A model configuration entry is missing, unknown or invalid."""


class AudioInputError(StreamingMLLMError, ValueError):
    """Audio of the wrong shape, length, type or with non-finite samples."""


class AudioTypeError(StreamingMLLMError, TypeError):
    """Audio that is not an array of real numbers."""


class PromptTypeError(StreamingMLLMError, TypeError):
    """A prompt that is not a string."""


class PromptError(StreamingMLLMError, ValueError):
    """A prompt that the model cannot use."""


class StreamError(StreamingMLLMError, ValueError):
    """A streaming configuration that cannot work (for example an output
    block size that differs from the hop)."""


class DeviceError(StreamingMLLMError, RuntimeError):
    """An audio device or the audio library is missing or refuses a setting."""


class FileError(StreamingMLLMError, OSError):
    """A file that cannot be read or written."""


class RecordError(StreamingMLLMError, OSError):
    """A recording file cannot be opened or written."""
