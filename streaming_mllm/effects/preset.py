"""Presets: an effect plan as a JSON file, read back to give exactly the same sound.

``streaming-mllm explain PROMPT --json`` prints one; ``process``, ``pipe``
and ``live`` take it with ``--plan FILE`` instead of ``--prompt``;
:meth:`EffectPlan.to_json` and :meth:`EffectPlan.from_json` are the same in
code.  A preset holds every parameter as a JSON number, which Python writes
and reads back bit for bit, so a preset gives the same samples as the prompt
it came from.

The format, version 1::

    {
      "format": "streaming-mllm-preset",
      "version": 1,
      "prompt": "like an old telephone",        (optional, informative)
      "effects": [{"name": "telephone", "params": {"low_hz": 300.0, "high_hz": 3400.0}}],
      "unrecognized": [],                        (optional: words the prompt ignored)
      "adjusted": [],                            (optional: values the prompt had clamped)
      "notes": []                                (optional: requests the prompt could not do)
    }

An effect a scene or character of the prompt set (:mod:`.presets`) carries
its name (``"preset": "giant"``), and the top level lists them (``"preset":
["giant", "cave"]``); both are informative.

A parameter left out takes the registry's default; other keys at the top
level are ignored (a later version may add some).  Anything else wrong gives
a one-line :class:`~streaming_mllm.errors.ConfigError` naming the field.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .plan import EffectPlan, EffectSpec
from .registry import EFFECTS, ORDER

__all__ = ["PRESET_FORMAT", "PRESET_VERSION", "load_preset", "plan_from_json", "plan_to_json"]

PRESET_FORMAT = "streaming-mllm-preset"
PRESET_VERSION = 1
"""The version this program writes, and the newest it reads."""


def plan_to_dict(plan: EffectPlan, prompt: str | None = None) -> dict[str, Any]:
    """The preset as a JSON-ready dict: format, version, optional prompt, then the plan."""
    head: dict[str, Any] = {"format": PRESET_FORMAT, "version": PRESET_VERSION}
    if prompt is not None:
        head["prompt"] = prompt
    return {**head, **plan.to_dict()}


def plan_to_json(plan: EffectPlan, prompt: str | None = None) -> str:
    """The preset as JSON text (one line, UTF-8 characters kept)."""
    return json.dumps(plan_to_dict(plan, prompt), ensure_ascii=False)


def _fail(where: str, message: str) -> ConfigError:
    return ConfigError(f"{where}: {message}")


def _strings(data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(f"{where}{key}", f"expected a list of strings, got {json.dumps(value)[:60]}")
    return tuple(value)


def plan_from_dict(data: Any, source: str = "preset") -> EffectPlan:
    """Check a decoded preset and build its plan.

    Parameters
    ----------
    data : object
        What :func:`json.loads` returned.
    source : str
        Named at the start of every error message (a file name).

    Raises
    ------
    ConfigError
        The first thing wrong, naming its field, e.g.
        ``tel.json: effects[0].params.high_hz: 50000 is outside 1000..12000``.
    """
    w = f"{source}: "
    if not isinstance(data, dict):
        raise _fail(source, f"expected a JSON object, got {type(data).__name__}")
    if data.get("format") != PRESET_FORMAT:
        raise _fail(f"{w}format", f"expected {PRESET_FORMAT!r}, got {data.get('format')!r}")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _fail(f"{w}version", f"expected a positive integer, got {version!r}")
    if version > PRESET_VERSION:
        raise _fail(
            f"{w}version",
            f"{version} is newer than this program reads ({PRESET_VERSION}): upgrade it",
        )
    effects = data.get("effects")
    if not isinstance(effects, list):
        raise _fail(f"{w}effects", f"expected a list of effects, got {json.dumps(effects)[:60]}")
    specs = []
    for i, item in enumerate(effects):
        at = f"{w}effects[{i}]"
        if not isinstance(item, dict):
            raise _fail(at, f"expected an object with 'name' and 'params', got {item!r}"[:120])
        name = item.get("name")
        if name not in EFFECTS:
            raise _fail(
                f"{at}.name", f"unknown effect {name!r}; expected one of {', '.join(EFFECTS)}"
            )
        params = item.get("params", {})
        if not isinstance(params, dict):
            raise _fail(f"{at}.params", f"expected an object of numbers, got {params!r}"[:120])
        known = EFFECTS[name].params
        values = {}
        for key, value in params.items():
            if key not in known:
                raise _fail(
                    f"{at}.params.{key}",
                    f"{name} has no such parameter; expected one of {', '.join(known)}",
                )
            p = known[key]
            if p.choices and isinstance(value, str):
                # a categorical parameter is written by the name of its choice
                if value not in p.choices:
                    expected = ", ".join(p.choices)
                    raise _fail(f"{at}.params.{key}", f"expected one of {expected}, got {value!r}")
                value = p.choices.index(value)
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                raise _fail(f"{at}.params.{key}", f"expected a number, got {value!r}")
            if not math.isfinite(value) or not p.low <= value <= p.high:
                raise _fail(f"{at}.params.{key}", f"{value!r} is outside {p.low:g}..{p.high:g}")
            values[key] = float(value)
        scene = item.get("preset", "")
        if not isinstance(scene, str):
            raise _fail(f"{at}.preset", f"expected the name of a scene preset, got {scene!r}")
        specs.append(EffectSpec(name, values, scene))
    specs.sort(key=lambda s: ORDER.index(s.name))
    return EffectPlan(
        effects=tuple(specs),
        unrecognized=_strings(data, "unrecognized", w),
        adjusted=_strings(data, "adjusted", w),
        notes=_strings(data, "notes", w),
    )


def plan_from_json(text: str, source: str = "preset") -> EffectPlan:
    """Parse preset JSON text; errors are one line and start with ``source``."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _fail(source, f"not a JSON preset: {exc}") from None
    return plan_from_dict(data, source)


def load_preset(path: str | Path) -> EffectPlan:
    """Read a preset file (what ``explain PROMPT --json`` writes).

    Raises
    ------
    ConfigError
        The file cannot be read, is not JSON, or a field is wrong (named).
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ConfigError(f"cannot read preset {path}: {reason}") from None
    return plan_from_json(text, source=str(path))
