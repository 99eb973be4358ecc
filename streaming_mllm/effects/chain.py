"""An effect plan bound to a sample rate: the chain of processors a stream runs.

:func:`build_chain` turns an :class:`~streaming_mllm.effects.plan.EffectPlan`
and an :class:`~streaming_mllm.effects.base.EffectContext` into a
:class:`Chain`, every field set at once.  The chain is what the streaming
engine drives (the ``Prepared`` protocol of :mod:`streaming_mllm.stream`).

Builders
--------
Every effect is built by one factory with one signature::

    factory(params: Mapping[str, float], ctx: EffectContext) -> processor

``params`` holds every parameter the registry declares for the effect (the
plan's values over the registry's defaults), in the registry's units;
``ctx`` gives the sample rate and the STFT framing.  The registry entry's
``builder`` names the factory (``"echo:Echo"`` is
:class:`streaming_mllm.effects.echo.Echo`); what it returns follows the
entry's ``needs_frame``:

``needs_frame=False``
    a :class:`~streaming_mllm.effects.base.TimeProcessor` on samples, with no
    look-ahead: ``new_state(channels)``, ``process(x, state)`` with ``x`` of
    shape ``(n_samples, channels)`` (any ``n_samples``, 0 included),
    ``tail_samples``.  An effect made of several steps returns one
    :class:`~streaming_mllm.effects.base.Series`.
``needs_frame=True``
    a :class:`~streaming_mllm.effects.base.SpectralProcessor` on STFT frames
    of shape ``(k, channels, n_bins)``.

An effect of the plan whose builder cannot be found is an error, never a
silent skip.  To add an effect: write its processor and factory, and
declare it in the registry, naming the factory.

Order and latency
-----------------
The plan's order is kept.  A chain without a spectral effect runs every
processor on the samples as they arrive (:meth:`Chain.process_samples`):
no latency.  A chain with spectral effects runs them together on one STFT
(:mod:`streaming_mllm.effects.stft`), at the place of the first of them:
the time effects before it run on the input as it arrives
(:meth:`Chain.process_input`), those after it on the synthesized samples
(a time effect the plan puts between two spectral ones runs after the
STFT), and the stream is one frame late.  A safety
:class:`~streaming_mllm.effects.limiter.Limiter` at -1 dBFS ends every chain.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import ConfigError
from .base import EffectContext, SpectralProcessor, TimeProcessor
from .plan import EffectPlan
from .registry import EFFECTS, default_params
from .stft import OlaState, Stft

Factory = Callable[[Mapping[str, float], EffectContext], Any]
"""``factory(params, ctx)``: the one builder signature of every effect."""


def factory(name: str) -> tuple[bool, Factory]:
    """Whether effect ``name`` needs a frame, and its factory.

    The factory is the one the registry entry's ``builder`` names,
    ``"module:name"`` in :mod:`streaming_mllm.effects`.  Raises
    :class:`ConfigError` when the effect is not in the registry or its
    builder cannot be found.
    """
    if name not in EFFECTS:
        raise ConfigError(f"effect {name!r} is not declared in the registry")
    info = EFFECTS[name]
    module, _, attr = info.builder.partition(":")
    full = f"{__package__}.{module}"
    try:
        found = getattr(importlib.import_module(full), attr)
    except ModuleNotFoundError as exc:
        if exc.name != full:
            raise  # the module exists and failed to import: its own traceback
        raise ConfigError(
            f"effect {name!r} has no builder: its registry entry names {info.builder!r} "
            f"(no module {full})"
        ) from None
    except AttributeError:
        raise ConfigError(
            f"effect {name!r} has no builder: its registry entry names {info.builder!r} "
            f"(no {attr} in {full})"
        ) from None
    if not callable(found):
        raise ConfigError(f"effect {name!r}: builder {info.builder!r} is not callable")
    return info.needs_frame, found


def import_builders() -> None:
    """Import every effect's DSP module now.

    A module is otherwise imported by the first chain that needs it, and
    some cost most of a second (scipy.signal): a stream that will switch
    prompts calls this at construction, so that a switch builds its chain in
    milliseconds instead of sounding a second late.
    """
    for name in EFFECTS:
        factory(name)


@dataclass
class ChainState:
    """Everything a chain keeps between calls, for one stream."""

    ola: OlaState
    before: list[Any]
    spectral: list[Any]
    after: list[Any]
    limiter: Any
    channels: int = 1
    """The stream's channels (what :meth:`Chain.process_frames` returns)."""
    mono: int = 0
    """How many of the chain's first effects (in the order before, spectral,
    after) run once on the first channel: the input is a mono signal spread
    to ``channels`` and they keep identical channels identical.  0: every
    effect runs on every channel."""


@dataclass
class Chain:
    """An effect plan bound to a sample rate: the fusion stage's output.

    Build it with :func:`build_chain`.  ``before`` runs on the input as it
    arrives, ``spectral`` on STFT frames, ``after`` on the synthesized
    samples; with no spectral processor, ``after`` is empty and the chain
    needs no frame.
    """

    plan: EffectPlan
    ctx: EffectContext
    stft: Stft
    before: list[TimeProcessor]
    spectral: list[SpectralProcessor]
    after: list[TimeProcessor]
    limiter: TimeProcessor

    flush_with_zeros = True
    output_limited = True
    """The chain ends in its own limiter: the engine adds none."""

    @property
    def needs_frame(self) -> bool:
        """Whether the chain has a spectral stage (then it is one frame late)."""
        return bool(self.spectral)

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
        return int(sum(t.tail_samples for t in [*self.before, *self.after]))

    @property
    def tail_warnings(self) -> list[str]:
        """One line per effect whose ring-out is cut at the tail cap."""
        return [f"warning: {note}" for t in [*self.before, *self.after]
                for note in getattr(t, "tail_notes", ())]

    def warnings(self, channels: int) -> list[str]:
        """Lines about this plan on a stream of ``channels``: a stereo effect
        on a mono stream does nothing."""
        from .stereo import mono_warning

        names = [e.name for e in self.plan.effects]
        return [f"warning: {line}" for line in mono_warning(names, channels)]

    def new_state(self, channels: int) -> ChainState:
        return self._state(channels, 0)

    def new_spread_state(self, channels: int) -> ChainState:
        """A state for a stream whose ``channels`` inputs are one mono signal
        spread (``output_channels`` of a mono input).

        The effects before the first whose ``per_channel`` is False (a stereo
        reverb, chorus, noise, pan, width) would compute the same samples on
        every channel: they run once, on the first channel, and the signal is
        spread just before that effect (or before the limiter).  The output is
        the same as :meth:`new_state`'s; "a deeper voice in a cathedral" on a
        mono microphone played in stereo shifts the pitch once, not twice.
        """
        if channels < 2:
            return self._state(channels, 0)
        order = [*self.plan.effects]
        mono = next((i for i, e in enumerate(order) if not EFFECTS[e.name].per_channel),
                    len(order))
        nb, ns = len(self.before), len(self.spectral)
        if nb < mono < nb + ns:
            mono = nb  # the spectral stage runs on one width: every channel
        return self._state(channels, mono)

    def _state(self, channels: int, mono: int) -> ChainState:
        def width(i: int) -> int:
            return 1 if i < mono else channels

        nb, ns = len(self.before), len(self.spectral)
        return ChainState(
            ola=self.stft.new_state(width(nb) if self.spectral else channels),
            before=[t.new_state(width(i)) for i, t in enumerate(self.before)],
            spectral=[p.new_state(width(nb + i)) for i, p in enumerate(self.spectral)],
            after=[t.new_state(width(nb + ns + i)) for i, t in enumerate(self.after)],
            limiter=self.limiter.new_state(channels),
            channels=channels,
            mono=mono,
        )

    @staticmethod
    def _run(procs: list[TimeProcessor], states: list[Any], x: np.ndarray, first: int,
             state: ChainState) -> np.ndarray:
        """Time effects ``first``, ``first + 1``... of the chain on ``x``,
        spreading a mono ``x`` to the stream's channels where the state says."""
        for i, (proc, st) in enumerate(zip(procs, states, strict=True)):
            if first + i == state.mono:
                x = _spread(x, state.channels)
            x = proc.process(x, st)
        return x

    def process_samples(self, x: np.ndarray, state: ChainState) -> np.ndarray:
        """The whole chain of a plan that needs no frame, sample in, sample out.

        Shape: ``(n, channels)`` in, ``(n, channels)`` float32 out.
        """
        assert not self.spectral, "a chain with a spectral stage runs on frames"
        if state.mono:
            x = x[:, :1]
        x = self._run(self.before, state.before, x, 0, state)
        return self.limiter.process(_spread(x, state.channels), state.limiter)

    def process_input(self, x: np.ndarray, state: ChainState) -> np.ndarray:
        """The time effects before the spectral stage, on the input as it arrives.

        Shape: ``(n, channels)`` in and out.
        """
        if state.mono:
            x = x[:, :1]
        x = self._run(self.before, state.before, x, 0, state)
        return _spread(x, state.channels)

    def process_frames(self, frames: np.ndarray, state: ChainState) -> np.ndarray:
        """Spectral stage, then the time effects after it and the limiter.

        ``frames`` are frames of what :meth:`process_input` returned.
        Shape: ``(k, channels, frame_length)`` in, ``(k * hop_length, channels)`` out.
        """
        k, channels, _ = frames.shape
        hop = self.hop_length
        nb = len(self.before)
        if state.mono > nb:
            # the spread input's channels are all the same: the spectral
            # stage runs once
            frames, channels = frames[:, :1], 1
        if self.spectral:
            spec = self.stft.analyze(frames)
            for proc, st in zip(self.spectral, state.spectral, strict=True):
                spec = proc.process(spec, st)
            blocks = self.stft.synthesize(spec, state.ola)
        else:
            # analysis and synthesis with nothing between them give each
            # frame's first hop back (see stft): skip the transforms
            blocks = frames[:, :, :hop]
        out = np.ascontiguousarray(blocks.transpose(0, 2, 1)).reshape(k * hop, channels)
        out = self._run(self.after, state.after, out, nb + len(self.spectral), state)
        return self.limiter.process(_spread(out, state.channels), state.limiter)

    def finish(self, state: ChainState, channels: int) -> np.ndarray:
        return np.zeros((0, channels), np.float32)


def _spread(x: np.ndarray, channels: int) -> np.ndarray:
    """``x`` on ``channels`` channels: a mono ``x`` repeated, any other as is."""
    return np.repeat(x, channels, axis=1) if x.shape[1] == 1 < channels else x


def build_chain(plan: EffectPlan, ctx: EffectContext) -> Chain:
    """Bind ``plan`` to ``ctx``: one processor per effect, in the plan's order.

    Raises :class:`ConfigError` for an effect without a builder or a framing
    that does not overlap-add to the identity.

    >>> from streaming_mllm.effects.plan import EffectSpec
    >>> plan = EffectPlan((EffectSpec("gain"), EffectSpec("robot"), EffectSpec("echo")))
    >>> chain = build_chain(plan, EffectContext(48000, 1024, 512))
    >>> len(chain.before), len(chain.spectral), len(chain.after), chain.needs_frame
    (1, 1, 1, True)
    """
    from .limiter import Limiter

    stft = Stft.for_framing(ctx.frame_length, ctx.hop_length)
    before: list[TimeProcessor] = []
    spectral: list[SpectralProcessor] = []
    after: list[TimeProcessor] = []
    for spec in plan.effects:
        needs_frame, make = factory(spec.name)
        # a plan may name only some parameters: the registry's defaults fill the rest
        params = {**default_params(spec.name), **spec.params}
        proc = make(params, ctx)
        # a time-domain processor says how long it rings (TimeProcessor); a
        # spectral one works on frames and has no tail of its own
        if hasattr(proc, "tail_samples") is needs_frame:
            kind = "spectral" if needs_frame else "time-domain"
            raise ConfigError(
                f"effect {spec.name!r}: its registry entry says needs_frame={needs_frame}, "
                f"but its builder {EFFECTS[spec.name].builder!r} did not make a {kind} processor"
            )
        if needs_frame:
            spectral.append(proc)
        else:
            (after if spectral else before).append(proc)
    return Chain(plan, ctx, stft, before, spectral, after, Limiter(ctx))
