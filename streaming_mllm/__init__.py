"""streaming_mllm: a streaming, text-guided audio processor.

The design follows a teaching notebook's "audio-text MLLM", whose five
stages each have a module:

* :mod:`~streaming_mllm.encoder` — audio encoder: frames of samples to vectors;
* :mod:`~streaming_mllm.text` — character tokenizer and text encoder;
* :mod:`~streaming_mllm.fusion` — projects both modalities and joins them;
* :mod:`~streaming_mllm.reasoning` — the per-position transform;
* :mod:`~streaming_mllm.vocoder` — latent vectors back to samples;
* :mod:`~streaming_mllm.model` — the notebook's ``AudioTextToAudioMLLM``.

Streaming:

* :mod:`~streaming_mllm.ringbuffer` — fixed-capacity sample queues;
* :mod:`~streaming_mllm.stream` — :class:`StreamingMLLM`, the class to embed:
  chunks of any size in, as many samples out, ``latency_samples`` later.

The ``effects`` model (:mod:`streaming_mllm.effects`) runs the same five
stages on an STFT and does what the prompt says ("robot", "telephone",
"dans une cathédrale").

I/O: :mod:`~streaming_mllm.fileio` (files of any length in constant memory,
raw PCM pipes), :mod:`~streaming_mllm.batch` (many files on all local cores
or a Ray cluster), :mod:`~streaming_mllm.live` (microphone to speakers;
imports sounddevice only when live audio starts) and
:mod:`~streaming_mllm.cli` (the ``streaming-mllm`` command).
"""

from ._version import __version__
from .effects.plan import EffectPlan
from .errors import (
    AudioInputError,
    AudioTypeError,
    ConfigError,
    DeviceError,
    FileError,
    PromptError,
    PromptTypeError,
    RecordError,
    StreamError,
    StreamingMLLMError,
)
from .model import DEFAULT_CONFIG, AudioTextToAudioMLLM
from .models import load_model
from .ringbuffer import RingBuffer
from .stream import StreamingMLLM

__all__ = [
    "__version__",
    "AudioTextToAudioMLLM",
    "DEFAULT_CONFIG",
    "EffectPlan",
    "RingBuffer",
    "StreamingMLLM",
    "load_model",
    "StreamingMLLMError",
    "AudioInputError",
    "AudioTypeError",
    "ConfigError",
    "DeviceError",
    "FileError",
    "PromptError",
    "PromptTypeError",
    "RecordError",
    "StreamError",
]
