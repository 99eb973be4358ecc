"""The ``effects`` model: the seed's five stages, doing what the prompt says.

=================  ==========================================================
seed stage         here
=================  ==========================================================
audio encoder      windowed analysis of each frame: an STFT with a
                   square-root periodic Hann window
tokenizer + text   :func:`~streaming_mllm.effects.prompt.parse_prompt` turns
encoder            the prompt into an effect plan, once per stream
fusion             the plan bound to the stream: one processor per effect,
                   with its per-frame controls and state (LFO phases, delay
                   lines, smoothed parameters)
reasoning          the spectral processors transform each frame
vocoder            inverse STFT and overlap-add, then the time-domain
                   processors (delays, reverb, modulation, gain) and a
                   safety limiter at -1 dBFS
=================  ==========================================================

Why the window works: analysis and synthesis both use ``sqrt(hann)``; their
product is a periodic Hann window, whose copies shifted by
``hop_length = frame_length / R`` (``R >= 2``) sum to the constant
``R / 2``.  Dividing by that constant makes analysis followed by synthesis
the identity, so an empty chain, or any chain at neutral settings, returns
the input exactly, delayed by ``frame_length - 1`` samples.

One analysis and one synthesis serve the whole chain, so any number of
spectral effects costs the latency of one frame.  A chain with no spectral
effect skips the transform and passes each frame's first hop through, which
is what analysis and synthesis would give.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import scipy.fft

from .._checks import positive_int
from ..errors import ConfigError
from .base import EffectContext, Shaper, SpectralProcessor, TimeProcessor
from .registry import EffectPlan, default_params

FRAME_SECONDS = 0.0213
"""Target frame duration: 1024 samples at 48 kHz."""


MIN_FRAME = 256
"""Shortest default frame: below it, bins wider than 31 Hz blur band edges and pitch."""


FINE_HOP_EFFECTS = frozenset({"pitch"})
"""Effects that want frames overlapping by 75%: a phase vocoder's phase
estimates fail between harmonics at 50%.  Every other effect runs at 50%,
which halves the transforms per second; the latency is the same."""


def default_hop(frame_length: int, plan: EffectPlan | None) -> int:
    """A quarter of the frame when the plan shifts pitch, else a half."""
    if plan is not None and not any(e.name in FINE_HOP_EFFECTS for e in plan.effects):
        return frame_length // 2
    return frame_length // 4


def default_framing(samplerate: int, plan: EffectPlan | None = None) -> tuple[int, int]:
    """Frame and hop for a rate: the power of two nearest 21.3 ms (at least
    256 samples); hop a quarter of it when the plan shifts pitch, else a half.

    >>> default_framing(48000), default_framing(16000), default_framing(8000)
    ((1024, 256), (256, 64), (256, 64))
    >>> from streaming_mllm.effects.registry import EffectSpec
    >>> default_framing(48000, EffectPlan((EffectSpec("robot"),)))
    (1024, 512)
    """
    frame = max(MIN_FRAME, 2 ** int(round(np.log2(samplerate * FRAME_SECONDS))))
    return frame, default_hop(frame, plan)


def check_framing(frame_length: int, hop_length: int) -> None:
    positive_int(frame_length, "frame_length")
    positive_int(hop_length, "hop_length")
    if frame_length % hop_length or frame_length // hop_length < 2 or frame_length % 2:
        raise ConfigError(
            "the effects model needs an even frame_length that is a multiple of hop_length, "
            f"at least twice it (for perfect overlap-add), got frame_length={frame_length}, "
            f"hop_length={hop_length}"
        )


class EffectsModel:
    """Model whose prompt names audio effects ("robot in a cathedral").

    Parameters
    ----------
    frame_length, hop_length : int, optional
        STFT framing; by default chosen from the sample rate
        (:func:`default_framing`).
    """

    name = "effects"

    def __init__(self, frame_length: int | None = None, hop_length: int | None = None) -> None:
        if frame_length is not None:
            check_framing(frame_length, hop_length or frame_length // 4)
        elif hop_length is not None:
            raise ConfigError("hop_length needs frame_length with the effects model")
        self.frame_length = frame_length
        self.hop_length = hop_length

    def plan(self, prompt: str) -> EffectPlan:
        """How the prompt is understood (see ``streaming-mllm explain``)."""
        from .prompt import parse_prompt

        return parse_prompt(prompt)

    def prepare(self, prompt: str | EffectPlan, samplerate: int) -> EffectsStream:
        """Understand the prompt (or take a ready plan) and bind it to the rate."""
        samplerate = positive_int(samplerate, "samplerate")
        if not 8000 <= samplerate <= 192000:
            raise ConfigError(f"expected a sample rate from 8000 to 192000 Hz, got {samplerate}")
        plan = prompt if isinstance(prompt, EffectPlan) else self.plan(prompt)
        if self.frame_length is None:
            frame, hop = default_framing(samplerate, plan)
        else:
            frame = self.frame_length
            hop = self.hop_length or default_hop(frame, plan)
        return EffectsStream.from_plan(plan, EffectContext(samplerate, frame, hop))


@dataclass
class _State:
    ola: np.ndarray  # (R - 1, channels, hop): overlap-add blocks not yet complete
    spectral: list[Any]
    time: list[Any]
    limiter: Any


@dataclass
class EffectsStream:
    """An effect plan bound to a sample rate: the fusion stage's output."""

    plan: EffectPlan
    ctx: EffectContext
    shapers: list[Shaper] = field(default_factory=list)
    spectral: list[SpectralProcessor] = field(default_factory=list)
    time: list[TimeProcessor] = field(default_factory=list)
    limiter: TimeProcessor | None = None

    flush_with_zeros = True

    @classmethod
    def from_plan(cls, plan: EffectPlan, ctx: EffectContext) -> EffectsStream:
        from . import spectral as sp
        from . import timefx as tf

        stream = cls(plan, ctx)
        for spec in plan.effects:
            # a plan may name only some parameters: the registry's defaults fill the rest
            params = {**default_params(spec.name), **spec.params}
            if spec.name in sp.SHAPERS:
                stream.shapers.append(sp.SHAPERS[spec.name](params, ctx))
            if spec.name in sp.SPECTRAL:
                stream.spectral.append(sp.SPECTRAL[spec.name](params, ctx))
            if spec.name in tf.TIME:
                stream.time.append(tf.TIME[spec.name](params, ctx))
        stream.limiter = tf.Limiter(ctx)
        fl = ctx.frame_length
        n = np.arange(fl)
        stream._window = np.sqrt(0.5 - 0.5 * np.cos(2 * np.pi * n / fl))
        stream._window32 = stream._window.astype(np.float32)
        # sum over shifts of hann = R / 2 = fl / (2 hop): divide it out at synthesis
        stream._synthesis = stream._window * (2 * ctx.hop_length / fl)
        return stream

    @property
    def frame_length(self) -> int:
        return self.ctx.frame_length

    @property
    def hop_length(self) -> int:
        return self.ctx.hop_length

    @property
    def padding(self) -> int:
        return self.ctx.frame_length - self.ctx.hop_length

    @property
    def tail_samples(self) -> int:
        return int(sum(t.tail_samples for t in self.time))

    def new_state(self, channels: int) -> _State:
        r = self.frame_length // self.hop_length
        return _State(
            ola=np.zeros((r - 1, channels, self.hop_length)),
            spectral=[p.new_state(channels) for p in self.spectral],
            time=[t.new_state(channels) for t in self.time],
            limiter=self.limiter.new_state(channels),
        )

    def process_frames(self, frames: np.ndarray, state: _State) -> np.ndarray:
        """Shape: ``(k, channels, frame_length)`` in, ``(k * hop_length, channels)`` out."""
        k, channels, fl = frames.shape
        hop = self.hop_length
        x = frames
        if self.shapers:
            x = np.asarray(frames, dtype=np.float64)
            for shaper in self.shapers:
                x = shaper.shape(x)
            x = x.astype(np.float32)
        if self.spectral:
            # Single precision from analysis to synthesis: the transforms and
            # the spectral arithmetic are memory-bound, and float32's 1e-7
            # relative error sits 140 dB under the signal.
            spec = scipy.fft.rfft(x * self._window32, axis=-1)
            for proc, st in zip(self.spectral, state.spectral, strict=True):
                spec = proc.process(spec, st)
            y = scipy.fft.irfft(spec, n=fl, axis=-1) * self._synthesis
            blocks = _overlap_add(y.reshape(k, channels, fl // hop, hop), state)
        else:
            blocks = x[:, :, :hop]
        out = np.ascontiguousarray(blocks.transpose(0, 2, 1)).reshape(k * hop, channels)
        for proc, st in zip(self.time, state.time, strict=True):
            out = proc.process(out, st)
        return self.limiter.process(out, state.limiter)

    def finish(self, state: _State, channels: int) -> np.ndarray:
        return np.zeros((0, channels), np.float32)


def _overlap_add(parts: np.ndarray, state: _State) -> np.ndarray:
    """Overlap-add frames cut in hops; return the ``k`` blocks now complete.

    ``parts[j, :, r]`` is the ``r``-th hop of frame ``j``; it lands in output
    block ``j + r``.  Blocks past ``k`` stay in ``state.ola`` for the next
    call.  Shape: ``(k, channels, R, hop)`` in, ``(k, channels, hop)`` out.
    """
    k, channels, r, hop = parts.shape
    acc = np.zeros((k + r - 1, channels, hop))
    acc[: r - 1] += state.ola
    for i in range(r):
        acc[i : i + k] += parts[:, :, i]
    state.ola = acc[k:].copy()
    return acc[:k]
