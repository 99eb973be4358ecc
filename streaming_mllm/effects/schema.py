"""The shape of an effect's declaration: what the registry's entries are made of.

:class:`EffectInfo` is one effect (its parameters, words and builder),
:class:`Param` one parameter in physical units, :class:`Words` the phrases
that ask for an effect.  The entries themselves are in :mod:`.registry`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

#: Kinds of quantity a prompt can give, with the units they are written in
#: (see :mod:`.prompt.numbers`): time, frequency, level, pitch interval and
#: share.  ``units`` of an effect maps a kind to the parameter it sets.
QUANTITY_KINDS: tuple[str, ...] = ("time", "freq", "db", "semi", "pct", "bits", "count",
                                   "ratio")

#: Parameter units that take each quantity kind.
UNIT_KIND: dict[str, str] = {"ms": "time", "s": "time", "Hz": "freq", "dB": "db",
                             "semitones": "semi", "": "pct", "bits": "bits", ":1": "ratio"}


@dataclass(frozen=True)
class Param:
    """One parameter of an effect, in physical units.

    ``signed`` parameters take the sign of a direction word when the prompt
    gives a number without one ("down 3 semitones" is -3, "cut the highs by
    4 dB" is -4).
    """

    default: float
    unit: str
    low: float
    high: float
    doc: str
    signed: bool = False
    choices: tuple[str, ...] = ()
    """A categorical parameter's choices (the kind of noise).  Its value is the
    index of a choice, a float like every other value, so plans, clamping and
    the builders' signature stay the same; :meth:`format`,
    :meth:`EffectSpec.to_dict` and preset files show and read it by name."""

    def format(self, value: float) -> str:
        """``value`` as a user reads it: ``"3 dB"``, ``"crackle"``."""
        if self.choices:
            return self.choices[int(round(value))]
        text = f"{value:.6g}"
        if self.unit in ("", "#") or self.unit.startswith(":"):
            # a share, a count or seed, a ratio ("4:1"): no space
            return f"{self.unit}{text}" if self.unit == "#" else text + self.unit
        return f"{text} {self.unit}"


@dataclass(frozen=True)
class Words:
    """Phrases that ask for an effect, and the parameter values they imply.

    ``phrases`` is ``|``-separated, English and French mixed, accents
    optional ("muffled|étouffé|assourdi").  Filler words ("a", "the", "le",
    "de") inside a phrase are ignored, so "behind a wall" also matches
    "behind the wall".  ``focus`` is the parameter a number with a unit said
    with this phrase goes to, when the effect has several of that kind ("more
    bass by 3 dB" sets ``low_db``).
    """

    phrases: str
    params: Mapping[str, float] = field(default_factory=dict)
    focus: str = ""


@dataclass(frozen=True)
class EffectInfo:
    """What an effect does, its parameters, the words that ask for it and its DSP."""

    name: str
    doc: str
    params: Mapping[str, Param]
    examples: tuple[str, ...] = ()
    needs_frame: bool = False
    """True when the effect must see a spectrum (an STFT frame): a stream
    running it is one frame late.  False: it runs on the samples as they
    arrive, with no look-ahead (zero algorithmic latency)."""
    harmonic: bool = False
    """True when the effect moves harmonics (pitch, formants) and so needs them
    resolved: a plan with one runs at the longer harmonic frame and an eighth
    hop (see :mod:`.stft`).  Only for ``needs_frame`` effects."""
    stereo: bool = False
    """True when the effect needs two channels to do anything (pan, width): a
    mono stream gets a one-line warning instead (see :mod:`.stereo`)."""
    per_channel: bool = True
    """True when the effect treats every channel alike and on its own:
    identical channels in give identical channels out.  False when its
    channels differ or mix (a stereo reverb, chorus voices, independent noise,
    pan, width).  A mono input spread to stereo runs every effect before the
    first such one once, on the mono signal (see :meth:`.chain.Chain.new_spread_state`)."""
    builder: str = ""
    """Where the DSP is: ``"module:name"`` in :mod:`streaming_mllm.effects`,
    a factory ``factory(params, ctx)`` returning a time-domain processor, or
    a spectral one when ``needs_frame`` (see :func:`.chain.factory`).  A
    string, so that reading the table imports no DSP."""
    words: tuple[Words, ...] = ()
    main: str | None = None
    """Parameter a bare number next to the effect sets ("lowpass 800")."""
    units: Mapping[str, str] = field(default_factory=dict)
    """Quantity kind -> parameter.  ``"band"``: ``low_hz`` or ``high_hz``,
    whichever default is nearer; ``"focus"``: the parameter the phrase names."""
    scales: Mapping[str, tuple[tuple[str, float], ...]] = field(default_factory=dict)
    """``amount`` ("a little", "very"), ``length`` ("long", "short") and
    ``speed`` ("slow", "fast") -> parameters the word multiplies, each with the
    exponent of the factor (-1 divides: "very muffled" lowers the cutoff)."""
