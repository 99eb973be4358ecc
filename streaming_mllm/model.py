"""The seed notebook's full model, ``AudioTextToAudioMLLM``, made sound.

The five stages are assembled as in the notebook: tokenizer and text
encoder, audio encoder, fusion, reasoning, vocoder.  What changed:

* the weights come from one seeded generator (config entry ``seed``,
  default 0), so two models built from one config are identical;
* the weights are scaled so that output level follows input level;
* :meth:`AudioTextToAudioMLLM.generate` has no per-frame Python loop: the
  encoder works on the whole signal at once, and the audio projection,
  reasoning and vocoder, three linear maps in a row, run as their product
  (computed once), all in float32;
* bad configs and bad input raise errors that say what was expected.

For streaming, :meth:`AudioTextToAudioMLLM.prepare` encodes a prompt once
and returns the object the streaming engine drives frame by frame.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from ._checks import positive_int
from .encoder import AudioEncoder
from .errors import ConfigError, StreamError
from .fusion import FusionModule
from .reasoning import ReasoningModule
from .text import SimpleTokenizer, TextEncoder
from .vocoder import Vocoder

DEFAULT_CONFIG: dict[str, Any] = {
    "audio_embedding_dim": 64,
    "frame_length": 1024,
    "hop_length": 512,
    "vocab": list("abcdefghijklmnopqrstuvwxyz ."),
    "text_embedding_dim": 32,
    "projection_dim": 128,
    "output_frame_length": 512,
    "seed": 0,
}
"""The notebook's example configuration, plus ``seed``."""

_BATCH_FRAMES = 2048

_SIZES = (
    "audio_embedding_dim",
    "frame_length",
    "hop_length",
    "text_embedding_dim",
    "projection_dim",
    "output_frame_length",
)


def validate_config(config: Mapping[str, Any]) -> dict[str, Any]:
    """Check a model config and return a copy with defaults filled in.

    Every key of :data:`DEFAULT_CONFIG` but ``seed`` is required.

    Raises
    ------
    ConfigError
        For a missing, unknown or invalid entry.
    """
    if not isinstance(config, Mapping):
        raise ConfigError(f"expected the config as a dict, got {type(config).__name__}")
    unknown = sorted(set(config) - set(DEFAULT_CONFIG))
    if unknown:
        raise ConfigError(
            f"unknown config entr{'ies' if len(unknown) > 1 else 'y'} "
            f"{', '.join(map(repr, unknown))} (known: {', '.join(DEFAULT_CONFIG)})"
        )
    missing = [k for k in DEFAULT_CONFIG if k != "seed" and k not in config]
    if missing:
        raise ConfigError(f"missing config entr{'ies' if len(missing) > 1 else 'y'} "
                          f"{', '.join(map(repr, missing))}")
    out = dict(config)
    out.setdefault("seed", 0)
    for key in _SIZES:
        out[key] = positive_int(config[key], f"config entry {key!r}")
    if out["hop_length"] > out["frame_length"]:
        raise ConfigError(
            f"config entry 'hop_length' must be at most frame_length ({out['frame_length']}), "
            f"got {out['hop_length']}"
        )
    seed = out["seed"]
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise ConfigError(f"config entry 'seed' must be a non-negative int, got {seed!r}")
    vocab = config["vocab"]
    if isinstance(vocab, str):
        vocab = list(vocab)
    if not isinstance(vocab, (list, tuple)):
        raise ConfigError(f"config entry 'vocab' must be a list of characters, got {vocab!r}")
    out["vocab"] = list(vocab)
    return out


class AudioTextToAudioMLLM:
    """The seed notebook's audio-text-to-audio model.

    Parameters
    ----------
    config : dict, optional
        Keys of :data:`DEFAULT_CONFIG`; defaults to it.

    Examples
    --------
    >>> model = AudioTextToAudioMLLM(DEFAULT_CONFIG)
    >>> noise = np.random.default_rng(0).standard_normal(32000).astype(np.float32)
    >>> model.generate(noise, "make it sound like a robot").shape
    (44544,)
    """

    name = "seed"

    def __init__(self, config: Mapping[str, Any] | None = None) -> None:
        self.config = validate_config(DEFAULT_CONFIG if config is None else config)
        c = self.config
        rng = np.random.default_rng(c["seed"])
        self.tokenizer = SimpleTokenizer(c["vocab"])
        self.text_encoder = TextEncoder(
            vocab_size=len(c["vocab"]), embedding_dim=c["text_embedding_dim"], seed=rng
        )
        self.audio_encoder = AudioEncoder(
            output_dim=c["audio_embedding_dim"],
            frame_length=c["frame_length"],
            hop_length=c["hop_length"],
            seed=rng,
        )
        self.fusion_module = FusionModule(
            audio_dim=c["audio_embedding_dim"],
            text_dim=c["text_embedding_dim"],
            projection_dim=c["projection_dim"],
            seed=rng,
        )
        self.reasoning_module = ReasoningModule(input_dim=c["projection_dim"], seed=rng)
        self.vocoder = Vocoder(
            latent_dim=c["projection_dim"],
            output_frame_length=c["output_frame_length"],
            seed=rng,
        )
        self._audio_path_of: tuple[np.ndarray, ...] = ()

    @property
    def frame_length(self) -> int:
        return self.config["frame_length"]

    @property
    def hop_length(self) -> int:
        return self.config["hop_length"]

    def encode_prompt(self, text_input: str) -> np.ndarray:
        """Tokenize, embed and project a prompt: what a stream computes once.

        Shape: ``(text_len, projection_dim)`` out.
        """
        token_ids = self.tokenizer.tokenize_strict(text_input)
        return self.fusion_module.project_text(self.text_encoder.encode(token_ids))

    def decode_audio(self, frames: np.ndarray) -> np.ndarray:
        """Encoder, audio projection, reasoning and vocoder on cut frames.

        Shape: ``(..., frame_length)`` in, ``(..., output_frame_length)`` out.
        """
        return self.decode_embedding(self.audio_encoder.encode_frames(frames))

    def decode_embedding(self, audio_embedding: np.ndarray) -> np.ndarray:
        """Audio projection, reasoning and vocoder.

        The three stages are linear maps applied one after the other, so
        their product, computed once (:attr:`audio_path`), applies all three
        in one matrix product: about a third of the arithmetic of three.

        Shape: ``(..., audio_embedding_dim)`` in, ``(..., output_frame_length)`` out.
        """
        return audio_embedding @ self.audio_path

    @property
    def audio_path(self) -> np.ndarray:
        """``audio_projection @ processing_weights @ decoding_weights``, shape
        ``(audio_embedding_dim, output_frame_length)``, float32; computed
        again when one of the three weight arrays is replaced."""
        weights = (
            self.fusion_module.audio_projection,
            self.reasoning_module.processing_weights,
            self.vocoder.decoding_weights,
        )
        stale = len(self._audio_path_of) != len(weights) or any(
            a is not b for a, b in zip(self._audio_path_of, weights, strict=True)
        )
        if stale:
            product = np.linalg.multi_dot([w.astype(np.float64) for w in weights])
            self._audio_path = product.astype(np.float32)
            self._audio_path_of = weights
        return self._audio_path

    def generate(self, audio_waveform: np.ndarray, text_input: str) -> np.ndarray:
        """Run the whole pipeline on a mono waveform.

        The output holds one block of ``output_frame_length`` samples per
        audio frame, followed by one block per prompt character, as in the
        notebook.

        Shape: ``(n_samples,)`` in,
        ``((num_frames + text_len) * output_frame_length,)`` out.
        """
        x = self.audio_encoder.check_waveform(audio_waveform)
        projected_text = self.encode_prompt(text_input)
        num_frames = self.audio_encoder.num_frames(len(x))
        text_blocks = self.vocoder.decode_frames(self.reasoning_module.process(projected_text))
        block = self.config["output_frame_length"]
        hop, fl = self.hop_length, self.frame_length
        out = np.empty((num_frames + len(text_blocks), block), np.float32)
        # Batches of frames keep the intermediate arrays small.
        for start in range(0, num_frames, _BATCH_FRAMES):
            stop = min(start + _BATCH_FRAMES, num_frames)
            segment = x[start * hop : (stop - 1) * hop + fl]
            out[start:stop] = self.decode_embedding(self.audio_encoder.encode_signal(segment))
        out[num_frames:] = text_blocks
        return out.reshape(-1)

    def prepare(self, prompt: str, samplerate: int | None = None) -> SeedStream:
        """Encode ``prompt`` once and return the per-frame processor of a stream.

        ``samplerate`` is accepted for symmetry with other models; the seed's
        frames are counted in samples whatever the rate.
        """
        if self.config["output_frame_length"] != self.hop_length:
            raise StreamError(
                "streaming needs one output block per input hop: output_frame_length "
                f"({self.config['output_frame_length']}) must equal hop_length "
                f"({self.hop_length}); offline generate() accepts it"
            )
        projected_text = self.encode_prompt(prompt)
        tail = self.vocoder.decode(self.reasoning_module.process(projected_text))
        return SeedStream(self, np.ascontiguousarray(tail, dtype=np.float32))


@dataclass
class SeedStream:
    """The seed model bound to one prompt, as the streaming engine drives it.

    Its frames are the seed's own (the first one starts at sample 0, so no
    padding), and the prompt's blocks, which ``generate`` appends after the
    audio's, come out when the stream is flushed.
    """

    model: AudioTextToAudioMLLM
    prompt_tail: np.ndarray

    padding = 0
    flush_with_zeros = False
    tail_samples = 0

    @property
    def frame_length(self) -> int:
        return self.model.frame_length

    @property
    def hop_length(self) -> int:
        return self.model.hop_length

    def new_state(self, channels: int) -> None:
        positive_int(channels, "channels")
        return None

    def process_frames(self, frames: np.ndarray, state: None) -> np.ndarray:
        """Shape: ``(k, channels, frame_length)`` in, ``(k * hop_length, channels)`` out."""
        blocks = self.model.decode_audio(frames)  # (k, channels, hop)
        return blocks.transpose(0, 2, 1).reshape(-1, frames.shape[1])

    def finish(self, state: None, channels: int) -> np.ndarray:
        """The prompt's blocks, one copy per channel: shape ``(text_len * hop, channels)``."""
        return np.repeat(self.prompt_tail[:, None], channels, axis=1)
