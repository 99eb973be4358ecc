"""Presets by speed: A tape's speed: a stream keeps its timing, so heard as pitch and formants."""

from __future__ import annotations

from .base import Preset, preset

PRESETS: tuple[Preset, ...] = (
    preset(
        "slow-motion", "speed", "slowed down like a tape, to 3/4: lower pitch, formants moved",
        "slow motion|slow mo|slo mo|ralenti|au ralenti|ralentie|voix ralentie|tape slowdown"
        "|slowed|slowed down|slowed voice|dragged|chopped and screwed|screwed|slowed tape"
        "|tape slowing down|bande ralentie|cassette ralentie|slowed and reverb"
        "|running out of battery|out of battery|low battery|dying battery|battery dying"
        "|winding down|batterie faible|plus de batterie|n a plus de batterie|qui se decharge"
        "|decharge|dying robot|dying batteries|dying battery|batteries dying|low batteries"
        "|dead batteries|piles a plat|pile a plat|piles faibles|piles mortes|pile faible"
        "|batteries faibles|batterie a plat|plus de piles|out of power|running out of power"
        "|losing power|power failure|power down|powering down|shutting down|plus d energie"
        "|panne de courant|=qui s eteint|=en train de s eteindre|panne de batterie"
        "|dying|mourant|mourante|agonizing|agonisant|agonisante|last breath|dernier souffle",
        pitch={"semitones": -5.0, "formants": 1.0},
    ),
    preset(
        "sped-up", "speed", "sped up like a tape, to 4/3: higher pitch, formants moved",
        "sped up|speeded up|fast forward|avance rapide|accelere la voix|speed up the voice"
        "|nightcore|voix acceleree|bande acceleree|cassette acceleree|sped up voice",
        pitch={"semitones": 5.0, "formants": 1.0},
    ),
    preset(
        "half-speed", "speed", "a tape at half speed: an octave lower, formants moved",
        "half speed|half the speed|at half speed|half time|halftime|demi vitesse"
        "|moitie de la vitesse|a moitie vitesse|moitie vitesse|a la moitie de la vitesse"
        "|vitesse divisee|twice as slow|half as fast|speed halved|vitesse reduite de moitie"
        "|speed divided",
        pitch={"semitones": -12.0, "formants": 1.0},
    ),
    preset(
        "double-speed", "speed", "a tape at double speed: an octave higher, formants moved",
        "double speed|twice the speed|at double speed|twice as fast|vitesse double"
        "|double vitesse|double la vitesse|vitesse doublee|vitesse multipliee|speed doubled",
        pitch={"semitones": 12.0, "formants": 1.0},
    ),
)
