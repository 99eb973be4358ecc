"""Scenes, characters and devices: presets that set several effects at once.

A sound designer hears "a troll in a dungeon" as two decisions: the size of
the body that speaks, and the size and material of the space around it.
This table is organized the same way, by *what decides the sound*:

``body``
    The size of the speaker's body: bigger bodies speak lower, with lower
    formants (giant, ogre, bear, dragon); smaller ones higher (child,
    fairy, mouse, chipmunk, helium).
``space``
    The size and material of the space: a closet, a tiled bathroom, a room,
    a hall, a church or cathedral, a cave, tunnel or well, a stadium, a
    canyon.  Longer decays for bigger spaces, brighter ones for hard walls.
``device``
    The device or medium between the voice and the ear: telephone,
    walkie-talkie, intercom, public address, radio, TV, a cheap speaker, a
    gramophone or old film, a wall or a door.
``distance``
    How far the voice is: far away (duller, quieter, more room) or close.
``character``
    Figures whose voice is a convention more than a body: Darth Vader, a
    ghost, an alien, a demon, a cartoon villain, an angel.

Each :class:`Preset` has English and French words (``|``-separated, accents
and filler words like "a", "the", "dans", "le" optional; a phrase written
with a leading ``=`` is matched word for word, filler included: "=in a
well", because "well" alone is also filler) and a chain: the
effects it sets, with only the parameters that differ from the registry's
defaults.  Presets combine with each other and with explicit effects and
numbers: "a giant in a cave, 2 second reverb" is the giant's pitch, the
cave's reverb, and a decay of 2 s.

Adding a preset: append one entry to its category's module (:mod:`.bodies`,
:mod:`.spaces`, :mod:`.devices`, :mod:`.distance`, :mod:`.characters`,
:mod:`.moods`, :mod:`.speed`), naming only effects
and parameters of :data:`~.registry.EFFECTS` (checked at import); the
prompt parser and ``streaming-mllm effects`` pick it up.  A word may belong
to one preset or effect only.
"""

from __future__ import annotations

from ..registry import EFFECTS
from . import bodies, characters, devices, distance, moods, spaces, speed
from .base import CATEGORIES, Preset, preset

__all__ = ["CATEGORIES", "PRESETS", "Preset", "preset"]

PRESETS: dict[str, Preset] = {
    p.name: p
    for module in (bodies, spaces, devices, distance, characters, moods, speed)
    for p in module.PRESETS
}
"""Every preset by name, category by category (see :data:`CATEGORIES`)."""


def _check() -> None:
    """Every preset names known categories, effects and parameters (run at import)."""
    for p in PRESETS.values():
        if p.category not in CATEGORIES:
            raise RuntimeError(f"preset {p.name!r}: unknown category {p.category!r}")
        for effect, params in p.chain.items():
            if effect not in EFFECTS:
                raise RuntimeError(f"preset {p.name!r}: unknown effect {effect!r}")
            for name in params:
                if name not in EFFECTS[effect].params:
                    raise RuntimeError(f"preset {p.name!r}: unknown parameter {effect}.{name}")


_check()
