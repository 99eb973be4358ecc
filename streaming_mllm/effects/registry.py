"""The effects the ``effects`` model knows: names, parameters, defaults.

This table is the single source of truth for the prompt parser
(:mod:`streaming_mllm.effects.prompt`), the DSP builders, ``streaming-mllm
effects`` and the README.  Parameters are in physical units; defaults follow
common practice for voice effects.

``ORDER`` is the processing order: a plan's effects are always sorted by it,
whatever order the prompt named them in (band-limiting comes after pitch and
robot so that the band edges stay where the prompt put them; delays and
reverb come last so that they ring with the transformed voice).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Param:
    """One parameter of an effect, in physical units."""

    default: float
    unit: str
    low: float
    high: float
    doc: str


@dataclass(frozen=True)
class EffectInfo:
    """What an effect does, its parameters and prompts that ask for it."""

    name: str
    doc: str
    params: Mapping[str, Param]
    examples: tuple[str, ...] = ()
    needs_frame: bool = False
    """True when the effect must see a spectrum (an STFT frame): a stream
    running it is one frame late.  False: it runs on the samples as they
    arrive, with no look-ahead (zero algorithmic latency)."""


@dataclass(frozen=True)
class EffectSpec:
    """One effect of a plan, with every parameter filled in."""

    name: str
    params: Mapping[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"name": self.name, "params": {k: float(v) for k, v in self.params.items()}}


@dataclass(frozen=True)
class EffectPlan:
    """What a prompt asks for: effects in processing order, and the words
    that were not understood."""

    effects: tuple[EffectSpec, ...] = ()
    unrecognized: tuple[str, ...] = ()
    adjusted: tuple[str, ...] = ()
    """Values the prompt asked for outside a parameter's range, as clamped."""

    def to_dict(self) -> dict:
        return {
            "effects": [e.to_dict() for e in self.effects],
            "unrecognized": list(self.unrecognized),
            "adjusted": list(self.adjusted),
        }

    def to_json(self, prompt: str | None = None) -> str:
        """This plan as a preset file's text (see :mod:`streaming_mllm.effects.preset`),
        naming the ``prompt`` it came from if given."""
        from .preset import plan_to_json

        return plan_to_json(self, prompt)

    @classmethod
    def from_json(cls, text: str) -> EffectPlan:
        """The plan of a preset file's text; a wrong field raises a
        :class:`~streaming_mllm.errors.ConfigError` naming it."""
        from .preset import plan_from_json

        return plan_from_json(text)

    def warnings(self) -> list[str]:
        """One line per thing the user should hear about: words not
        understood, values brought into range."""
        lines = []
        if self.unrecognized:
            lines.append(f"warning: ignored words not understood: {', '.join(self.unrecognized)}")
        lines += [f"warning: {note}" for note in self.adjusted]
        return lines

    @property
    def is_identity(self) -> bool:
        return not self.effects

    @property
    def needs_frame(self) -> bool:
        """Whether an effect of the plan must see a spectrum: the plan then
        costs one STFT frame of latency, else none."""
        return any(EFFECTS[e.name].needs_frame for e in self.effects if e.name in EFFECTS)


def _p(default: float, unit: str, low: float, high: float, doc: str) -> Param:
    return Param(float(default), unit, float(low), float(high), doc)


EFFECTS: dict[str, EffectInfo] = {
    e.name: e
    for e in [
        EffectInfo(
            "distortion",
            "Soft-clipping saturation (tanh waveshaper).",
            {"drive_db": _p(20, "dB", 0, 48, "gain before the clipper"),
             "mix": _p(1.0, "", 0, 1, "wet share")},
            ("add some distortion", "fuzzy, overdriven voice", "sature le son"),
        ),
        EffectInfo(
            "pitch",
            "Pitch shift without changing duration (phase vocoder), one frame of latency.",
            {"semitones": _p(4, "semitones", -24, 24, "shift; 12 is an octave")},
            ("like a chipmunk", "deep voice", "up 5 semitones", "an octave lower", "voix grave"),
            needs_frame=True,
        ),
        EffectInfo(
            "robot",
            "Robot voice: the voice's spectral envelope on a buzz at one constant pitch.",
            {"pitch_hz": _p(100, "Hz", 30, 1000, "pitch of the buzz")},
            ("make it sound like a robot", "robotic", "fais-le sonner comme un robot"),
            needs_frame=True,
        ),
        EffectInfo(
            "whisper",
            "Whisper: keeps the spectral envelope, replaces the voicing with noise.",
            {"amount": _p(1.0, "", 0, 1, "share of the signal whose phase is randomized")},
            ("whisper", "whispering", "chuchotement"),
            needs_frame=True,
        ),
        EffectInfo(
            "radio",
            "AM radio: driven, band-limited to a narrow voice band.",
            {"low_hz": _p(400, "Hz", 20, 2000, "lower band edge"),
             "high_hz": _p(4500, "Hz", 1000, 12000, "upper band edge"),
             "drive_db": _p(12, "dB", 0, 40, "saturation before the band limit")},
            ("like an old radio", "walkie-talkie", "à la radio"),
        ),
        EffectInfo(
            "megaphone",
            "Megaphone / bullhorn: hard-driven and band-limited.",
            {"low_hz": _p(500, "Hz", 20, 2000, "lower band edge"),
             "high_hz": _p(4000, "Hz", 1000, 12000, "upper band edge"),
             "drive_db": _p(20, "dB", 0, 40, "saturation before the band limit")},
            ("through a megaphone", "bullhorn", "au mégaphone"),
        ),
        EffectInfo(
            "telephone",
            "Telephone line: the 300-3400 Hz voice band only.",
            {"low_hz": _p(300, "Hz", 20, 2000, "lower band edge"),
             "high_hz": _p(3400, "Hz", 1000, 12000, "upper band edge")},
            ("like an old telephone", "on the phone", "au téléphone"),
        ),
        EffectInfo(
            "underwater",
            "Underwater: steep low-pass with a slow wobble.",
            {"cutoff_hz": _p(500, "Hz", 50, 4000, "low-pass cutoff"),
             "wobble_hz": _p(0.7, "Hz", 0, 10, "rate of the cutoff's slow wobble")},
            ("underwater", "sous l'eau"),
        ),
        EffectInfo(
            "eq",
            "Tone: low shelf (250 Hz), presence (2 kHz) and high shelf (6 kHz).",
            {"low_db": _p(0, "dB", -24, 24, "low shelf gain"),
             "mid_db": _p(0, "dB", -24, 24, "presence gain"),
             "high_db": _p(0, "dB", -24, 24, "high shelf gain")},
            ("warm", "bright", "dark", "plus de basses"),
        ),
        EffectInfo(
            "lowpass",
            "Low-pass filter: removes what lies above the cutoff.",
            {"cutoff_hz": _p(1000, "Hz", 20, 20000, "cutoff")},
            ("muffled", "behind a wall", "low-pass at 800 Hz", "étouffé"),
        ),
        EffectInfo(
            "highpass",
            "High-pass filter: removes what lies below the cutoff.",
            {"cutoff_hz": _p(500, "Hz", 20, 20000, "cutoff")},
            ("thin", "remove the bass", "high-pass at 200 Hz"),
        ),
        EffectInfo(
            "ringmod",
            "Ring modulation: multiplies by a sine carrier (f becomes f ± carrier).",
            {"carrier_hz": _p(150, "Hz", 1, 5000, "carrier frequency"),
             "mix": _p(1.0, "", 0, 1, "wet share")},
            ("ring modulator", "like a dalek", "metallic"),
        ),
        EffectInfo(
            "tremolo",
            "Tremolo: the level swings at a steady rate.",
            {"rate_hz": _p(5, "Hz", 0.1, 30, "rate"),
             "depth": _p(0.5, "", 0, 1, "how deep the level dips")},
            ("tremolo", "shaky, wobbling volume", "trémolo"),
        ),
        EffectInfo(
            "vibrato",
            "Vibrato: the pitch swings at a steady rate.",
            {"rate_hz": _p(5.5, "Hz", 0.1, 20, "rate"),
             "depth_semitones": _p(0.3, "semitones", 0, 2, "peak pitch deviation")},
            ("vibrato", "wavering pitch"),
        ),
        EffectInfo(
            "chorus",
            "Chorus: a few slowly detuned copies beside the voice.",
            {"rate_hz": _p(0.8, "Hz", 0.05, 10, "LFO rate"),
             "depth_ms": _p(3, "ms", 0, 20, "delay swing"),
             "delay_ms": _p(20, "ms", 1, 50, "mean delay"),
             "mix": _p(0.5, "", 0, 1, "wet share")},
            ("chorus", "a choir of me", "en chœur"),
        ),
        EffectInfo(
            "echo",
            "Echo: repeats after a delay, each quieter by the feedback.",
            {"delay_ms": _p(300, "ms", 1, 5000, "time between repeats"),
             "feedback": _p(0.3, "", 0, 0.95, "level of each repeat relative to the last"),
             "mix": _p(0.3, "", 0, 1, "level of the first repeat")},
            ("with a bit of echo", "a 300 ms echo", "avec de l'écho"),
        ),
        EffectInfo(
            "reverb",
            "Reverb: a room, hall or cathedral (feedback delay network).",
            {"decay_s": _p(1.5, "s", 0.1, 20, "RT60: time to decay by 60 dB"),
             "mix": _p(0.3, "", 0, 1, "wet share"),
             "predelay_ms": _p(10, "ms", 0, 200, "gap before the reverb starts")},
            ("in a huge cathedral", "in a small room", "a 2 second reverb",
             "dans une cathédrale"),
        ),
        EffectInfo(
            "gain",
            "Gain: louder or quieter (the output limiter still holds -1 dBFS).",
            {"db": _p(6, "dB", -60, 24, "gain")},
            ("louder", "+6 dB", "quieter", "plus fort"),
        ),
    ]
}

ORDER: tuple[str, ...] = tuple(EFFECTS)
"""Processing order (the order of :data:`EFFECTS`)."""


def default_params(name: str) -> dict[str, float]:
    """Every parameter of effect ``name`` at its default."""
    return {k: p.default for k, p in EFFECTS[name].params.items()}
