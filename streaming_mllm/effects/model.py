"""The ``effects`` model: the seed's five stages, doing what the prompt says.

=================  ==========================================================
seed stage         here
=================  ==========================================================
audio encoder      windowed analysis of each frame: an STFT with a
                   square-root periodic Hann window (:mod:`.stft`)
tokenizer + text   :func:`~streaming_mllm.effects.prompt.parse_prompt` turns
encoder            the prompt into an effect plan, once per stream
fusion             :func:`~streaming_mllm.effects.chain.build_chain` binds the
                   plan to the stream: one processor per effect, with its
                   controls and state (LFO phases, delay lines, filters)
reasoning          the spectral processors transform each frame
vocoder            inverse STFT and overlap-add (:mod:`.stft`), then the
                   time-domain processors (delays, reverb, modulation, gain)
                   and a safety limiter at -1 dBFS
=================  ==========================================================

The STFT stages run only for a plan with an effect that needs a frame
(pitch, robot, whisper: ``needs_frame`` in the registry).  One analysis and
one synthesis then serve the whole chain, so any number of spectral effects
costs the latency of one frame; the time-domain effects before them run on
the input as it arrives.  A plan without one runs every processor on the
samples as they arrive, with no latency at all (see
:mod:`streaming_mllm.effects.chain`).
"""

from __future__ import annotations

from .._checks import positive_int
from ..errors import ConfigError
from .base import EffectContext
from .chain import Chain, build_chain
from .plan import EffectPlan
from .stft import check_framing, default_framing, default_hop

__all__ = ["EffectsModel", "default_framing"]


class EffectsModel:
    """Model whose prompt names audio effects ("robot in a cathedral").

    Parameters
    ----------
    frame_length, hop_length : int, optional
        STFT framing; by default chosen from the sample rate
        (:func:`~streaming_mllm.effects.stft.default_framing`).
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

    def prepare(self, prompt: str | EffectPlan, samplerate: int) -> Chain:
        """Understand the prompt (or take a ready plan) and bind it to the rate."""
        samplerate = positive_int(samplerate, "samplerate")
        if not 8000 <= samplerate <= 192000:
            raise ConfigError(f"expected a sample rate from 8000 to 192000 Hz, got {samplerate}")
        plan = prompt if isinstance(prompt, EffectPlan) else self.plan(prompt)
        names = [e.name for e in plan.effects]
        if self.frame_length is None:
            frame, hop = default_framing(samplerate, names)
        else:
            frame = self.frame_length
            hop = self.hop_length or default_hop(frame, names)
        return build_chain(plan, EffectContext(samplerate, frame, hop))
