"""Presets by distance: How far the voice is from the listener."""

from __future__ import annotations

from .base import Preset, preset

PRESETS: tuple[Preset, ...] = (
    preset(
        "far-away", "distance", "far from the listener: duller, quieter, more room",
        "far away|far|faraway|far off|distant|distante|distants|distance|in the distance"
        "|=carrying my voice away|=carried away by the wind|=carried by the wind"
        "|=le vent emporte|=le vent emportait|=emporte par le vent|=emportee par le vent"
        "|au loin|loin|lointain|lointaine|lointains|from afar|de loin"
        "|across the street|de l autre cote de la rue|across the room|across the hall"
        "|au bout du couloir|end of the corridor|at a distance|a distance|remote"
        "|off in the distance|from a distance|back of the room|fond de la salle"
        "|in the background|en arriere plan|arriere plan|background|further away"
        "|plus loin|far back|down the hall|down the street|au bout de la rue"
        "|on the horizon|a l horizon|faint|barely audible|a peine audible"
        "|other side of the room|the other side of the room|other end of the room"
        "|far side of the room|autre bout de la piece|l autre bout de la piece"
        "|bout de la piece|au fond de la piece"
        "|across the hall from me|other end of the hall|back of the class|back of a classroom"
        "|back of the classroom|fond de la classe|au fond de la classe|fond de la salle"
        "|back row|dernier rang|au dernier rang|=at the back of the room|=au fond du couloir"
        "|=au fond de la salle|=au fond du jardin|=au fond de la cour|=au fond du hall"
        "|=other end of a|=other end of an|=the other end of a|=far end of the"
        "|=other end of this|=a l autre bout d un|=a l autre bout d une|=a l autre bout de"
        "|=de l autre bout d un|=de l autre bout d une|=autre bout d un|=autre bout d une",
        lowpass={"cutoff_hz": 3000.0},
        reverb={"decay_s": 2.0, "mix": 0.5, "predelay_ms": 40.0},
        gain={"db": -8.0},
    ),
    preset(
        "close-up", "distance", "very close to the microphone: more chest and presence",
        "close up|up close|close|closeup|near|nearby|proche|=tout pres|=de pres|=tres pres|intimate"
        "|intime|in my ear|in your ear|a l oreille|dans l oreille|dans mon oreille|proximity"
        "|proximite|close mic|close miked|close to the mic|pres du micro|=tout pres du micro"
        "|colle au micro|=collee au micro|on mic|=bouche contre le micro|asmr|right next to me"
        "|face to face"
        "|en face|tete a tete|confidential|confidentiel|=next to me|=next to my ear|=next to you"
        "|=next to your ear|=next to the mic|=a cote de moi|=juste a cote de moi|=a cote de toi",
        eq={"low_db": 4.0, "mid_db": 2.0},
    ),
)
