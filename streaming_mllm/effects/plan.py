"""What a prompt asks for: an :class:`EffectPlan` of :class:`EffectSpec` s.

A plan is checked when it is made, however it is made (a prompt, a preset
file, code): every effect must be in the registry and every value a
number within its parameter's range.
"""

from __future__ import annotations

import numbers
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from ..errors import ConfigError
from .registry import EFFECTS


@dataclass(frozen=True)
class EffectSpec:
    """One effect of a plan, with every parameter filled in.

    ``preset`` names the scene or character the effect came from ("" when
    the prompt asked for the effect itself).
    """

    name: str
    params: Mapping[str, float] = field(default_factory=dict)
    preset: str = ""

    def __post_init__(self) -> None:
        # The one place a plan's values are checked, however the plan was
        # made (a prompt, a preset file, code): a NaN gain, an infinite decay
        # or a 12-day delay never reaches the DSP.
        info = EFFECTS.get(self.name) if isinstance(self.name, str) else None
        if info is None:
            raise ConfigError(
                f"unknown effect {self.name!r}: expected one of {', '.join(EFFECTS)}"
            )
        checked = {}
        for pname, value in dict(self.params).items():
            p = info.params.get(pname)
            if p is None:
                raise ConfigError(
                    f"effect {self.name!r} has no parameter {pname!r}: expected one of "
                    f"{', '.join(info.params)}"
                )
            ok = isinstance(value, numbers.Real) and not isinstance(value, bool)
            if not ok or not p.low <= float(value) <= p.high:
                unit = f" {p.unit}" if p.unit else ""
                got = f"{float(value):g}" if ok else repr(value)
                raise ConfigError(
                    f"{self.name}.{pname} must be a number from {p.low:g} to {p.high:g}{unit}, "
                    f"got {got}"
                )
            checked[pname] = float(value)
        object.__setattr__(self, "params", MappingProxyType(checked))

    def to_dict(self) -> dict:
        """Parameters as numbers, a categorical one by the name of its choice."""
        declared = EFFECTS[self.name].params if self.name in EFFECTS else {}
        params: dict[str, float | str] = {}
        for k, v in self.params.items():
            p = declared.get(k)
            params[k] = p.format(v) if p is not None and p.choices else float(v)
        d: dict[str, Any] = {"name": self.name, "params": params}
        if self.preset:
            d["preset"] = self.preset
        return d


@dataclass(frozen=True)
class EffectPlan:
    """What a prompt asks for: effects in processing order, and the words
    that were not understood."""

    effects: tuple[EffectSpec, ...] = ()
    unrecognized: tuple[str, ...] = ()
    adjusted: tuple[str, ...] = ()
    """Values the prompt asked for outside a parameter's range, as clamped."""
    notes: tuple[str, ...] = ()
    """Other things the user should hear about (a request this tool cannot do)."""

    def to_dict(self) -> dict:
        d: dict[str, Any] = {
            "effects": [e.to_dict() for e in self.effects],
            "unrecognized": list(self.unrecognized),
            "adjusted": list(self.adjusted),
        }
        presets = list(dict.fromkeys(e.preset for e in self.effects if e.preset))
        if presets:
            d["preset"] = presets
        if self.notes:
            d["notes"] = list(self.notes)
        return d

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
        understood, values brought into range, requests not done."""
        from .prompt.lexicon import is_neutral  # people and speech acts ("teacher")

        lines = []
        unknown = [w for w in self.unrecognized if not is_neutral(w)]
        neutral = [w for w in self.unrecognized if is_neutral(w)]
        if unknown:
            lines.append(f"warning: ignored words not understood: {', '.join(unknown)}")
        if neutral:
            lines.append(f"warning: ignored words with no sound of their own: {', '.join(neutral)}")
        lines += [f"warning: {note}" for note in self.adjusted]
        lines += [f"warning: {note}" for note in self.notes]
        return lines

    @property
    def is_identity(self) -> bool:
        return not self.effects

    @property
    def needs_frame(self) -> bool:
        """Whether an effect of the plan must see a spectrum: the plan then
        costs one STFT frame of latency, else none."""
        return any(EFFECTS[e.name].needs_frame for e in self.effects if e.name in EFFECTS)
