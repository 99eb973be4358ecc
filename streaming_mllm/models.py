"""What the engine drives, and how a model is chosen by name.

A *model* (:class:`Model`) turns a prompt and a sample rate into a
*prepared* model (:class:`Prepared`): the per-prompt processor the engine
(:mod:`.stream`) feeds with frames or samples.  Two models ship:
``"effects"`` (:mod:`.effects`, the default: a chain of effects the prompt
describes) and ``"seed"`` (:mod:`.model`, the notebook's audio-text MLLM).
Both are imported only when asked for, so choosing one loads nothing of the
other.
"""

from __future__ import annotations

from typing import Any, Protocol

import numpy as np

from .errors import ConfigError


class Prepared(Protocol):
    """A model bound to one prompt at one sample rate: what the engine drives.

    ``process_frames`` takes frames of shape ``(k, channels, frame_length)``
    (frame ``i`` starts ``i * hop_length - padding`` samples into the
    signal) and returns ``(k * hop_length, channels)`` samples.  At flush, if
    ``flush_with_zeros``, the engine feeds silence so that every input sample
    and ``tail_samples`` more come out; then ``finish`` returns anything that
    follows (the seed's prompt blocks).

    Optional members: a model with ``needs_frame`` False is driven by
    ``process_samples(x, state)`` instead, ``(n, channels)`` in and out, with
    no latency; ``process_input(x, state)``, if present, runs on the input as
    it arrives, before it is cut into frames; ``new_spread_state(channels)``,
    if present, makes the state of a stream whose ``channels`` inputs are one
    mono input spread (``output_channels``), so that the model may compute
    once what is the same on every channel.
    """

    frame_length: int
    hop_length: int
    padding: int
    flush_with_zeros: bool
    tail_samples: int

    def new_state(self, channels: int) -> Any: ...

    def process_frames(self, frames: np.ndarray, state: Any) -> np.ndarray: ...

    def finish(self, state: Any, channels: int) -> np.ndarray: ...


class Model(Protocol):
    name: str

    def prepare(self, prompt: str, samplerate: int) -> Prepared: ...


MODEL_NAMES = ("effects", "seed")


def load_model(
    name: str, *, frame_length: int | None = None, hop_length: int | None = None
) -> Model:
    """Build a model by name: ``"effects"`` (default) or ``"seed"``.

    ``frame_length`` and ``hop_length`` override the ``effects`` model's
    choice for the sample rate; the seed's come from its config.
    """
    if name == "effects":
        from .effects.model import EffectsModel

        return EffectsModel(frame_length=frame_length, hop_length=hop_length)
    if name == "seed":
        from .model import DEFAULT_CONFIG, AudioTextToAudioMLLM

        if frame_length is not None or hop_length is not None:
            config = dict(DEFAULT_CONFIG)
            if frame_length is not None:
                config["frame_length"] = frame_length
            if hop_length is not None:
                config["hop_length"] = config["output_frame_length"] = hop_length
            return AudioTextToAudioMLLM(config)
        return AudioTextToAudioMLLM()
    raise ConfigError(f"unknown model {name!r}: expected one of {', '.join(MODEL_NAMES)}")
