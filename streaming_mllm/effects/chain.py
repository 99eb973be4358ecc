"""An effect plan bound to a sample rate: the chain of processors a stream runs.

:func:`build_chain` turns an :class:`~streaming_mllm.effects.registry.EffectPlan`
and an :class:`~streaming_mllm.effects.base.EffectContext` into a
:class:`Chain`, every field set at once.  The chain is what the streaming
engine drives (the ``Prepared`` protocol of :mod:`streaming_mllm.stream`).

Builders
--------
Every effect is built by factories with one signature::

    factory(params: Mapping[str, float], ctx: EffectContext) -> processor

``params`` holds every parameter the registry declares for the effect (the
plan's values over the registry's defaults), in the registry's units;
``ctx`` gives the sample rate and the STFT framing.  A factory is listed under
the effect's name in one of three tables, by where its processor works:

``timefx.TIME``
    a :class:`~streaming_mllm.effects.base.TimeProcessor` on samples
    (``new_state(channels)``, ``process(x, state)`` with ``x`` of shape
    ``(n_samples, channels)``, ``tail_samples``);
``spectral.SPECTRAL``
    a :class:`~streaming_mllm.effects.base.SpectralProcessor` on STFT frames;
``spectral.SHAPERS``
    a memoryless :class:`~streaming_mllm.effects.base.Shaper` applied to the
    frames before analysis.

An effect may have factories in several tables (a radio is a shaper and a
band limit); an effect of the plan with none is an error, never a silent
skip.  To add an effect: declare it in the registry, write its processor and
list its factory in one table.

Order: shapers, then the spectral processors between analysis and
synthesis, then the time processors on the synthesized samples, each group
in the plan's order; a safety :class:`~streaming_mllm.effects.timefx.Limiter`
at -1 dBFS ends every chain.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import ConfigError
from .base import EffectContext, Shaper, SpectralProcessor, TimeProcessor
from .registry import EFFECTS, EffectPlan, default_params
from .stft import OlaState, Stft

Factory = Callable[[Mapping[str, float], EffectContext], Any]
"""``factory(params, ctx)``: the one builder signature of every effect."""


def factories(name: str) -> dict[str, Factory]:
    """The factories of effect ``name`` by table (``"shape"``, ``"spectral"``,
    ``"time"``); raises :class:`ConfigError` when it has none."""
    from . import spectral as sp
    from . import timefx as tf

    tables = {"shape": sp.SHAPERS, "spectral": sp.SPECTRAL, "time": tf.TIME}
    found = {where: table[name] for where, table in tables.items() if name in table}
    if not found:
        raise ConfigError(
            f"effect {name!r} has no builder: expected a factory in timefx.TIME, "
            "spectral.SPECTRAL or spectral.SHAPERS"
        )
    return found


@dataclass
class ChainState:
    """Everything a chain keeps between calls, for one stream."""

    ola: OlaState
    spectral: list[Any]
    time: list[Any]
    limiter: Any


@dataclass
class Chain:
    """An effect plan bound to a sample rate: the fusion stage's output.

    Build it with :func:`build_chain`.
    """

    plan: EffectPlan
    ctx: EffectContext
    stft: Stft
    shapers: list[Shaper]
    spectral: list[SpectralProcessor]
    time: list[TimeProcessor]
    limiter: TimeProcessor

    flush_with_zeros = True

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

    def new_state(self, channels: int) -> ChainState:
        return ChainState(
            ola=self.stft.new_state(channels),
            spectral=[p.new_state(channels) for p in self.spectral],
            time=[t.new_state(channels) for t in self.time],
            limiter=self.limiter.new_state(channels),
        )

    def process_frames(self, frames: np.ndarray, state: ChainState) -> np.ndarray:
        """Shape: ``(k, channels, frame_length)`` in, ``(k * hop_length, channels)`` out."""
        k, channels, _ = frames.shape
        hop = self.hop_length
        x = frames
        if self.shapers:
            x = np.asarray(frames, dtype=np.float64)
            for shaper in self.shapers:
                x = shaper.shape(x)
            x = x.astype(np.float32)
        if self.spectral:
            spec = self.stft.analyze(x)
            for proc, st in zip(self.spectral, state.spectral, strict=True):
                spec = proc.process(spec, st)
            blocks = self.stft.synthesize(spec, state.ola)
        else:
            # analysis and synthesis with nothing between them give each
            # frame's first hop back (see stft): skip the transforms
            blocks = x[:, :, :hop]
        out = np.ascontiguousarray(blocks.transpose(0, 2, 1)).reshape(k * hop, channels)
        for proc, st in zip(self.time, state.time, strict=True):
            out = proc.process(out, st)
        return self.limiter.process(out, state.limiter)

    def finish(self, state: ChainState, channels: int) -> np.ndarray:
        return np.zeros((0, channels), np.float32)


def build_chain(plan: EffectPlan, ctx: EffectContext) -> Chain:
    """Bind ``plan`` to ``ctx``: one processor per factory of each effect.

    Raises :class:`ConfigError` for an effect without a builder or a framing
    that does not overlap-add to the identity.

    >>> from streaming_mllm.effects.registry import EffectSpec
    >>> chain = build_chain(EffectPlan((EffectSpec("echo"),)), EffectContext(48000, 1024, 512))
    >>> len(chain.time), len(chain.spectral)
    (1, 0)
    """
    from .timefx import Limiter

    stft = Stft.for_framing(ctx.frame_length, ctx.hop_length)
    shapers: list[Shaper] = []
    spectral: list[SpectralProcessor] = []
    time: list[TimeProcessor] = []
    lists: dict[str, list] = {"shape": shapers, "spectral": spectral, "time": time}
    for spec in plan.effects:
        # a plan may name only some parameters: the registry's defaults fill the rest
        found = factories(spec.name)
        if spec.name not in EFFECTS:
            raise ConfigError(f"effect {spec.name!r} is not declared in the registry")
        params = {**default_params(spec.name), **spec.params}
        for where, factory in found.items():
            lists[where].append(factory(params, ctx))
    return Chain(plan, ctx, stft, shapers, spectral, time, Limiter(ctx))
