"""Requests outside what a stream of effects can do, each told in one line.

A prompt may ask for something this tool cannot do: play a sound backwards,
edit the recording over time, give the speaker an accent, change or
translate the words, add music, or change the tempo without the pitch.
Each kind of request has one message here; :func:`.plan.make_plan` gives it
as an error when nothing else is asked, and as a note ("(ignored)") beside
the effects that are.  The phrases that ask for each are in
:data:`.lexicon.KEYWORDS` (meaning kinds ``cannot``, ``edit``, ``accent``,
``words``, ``adding``) or found by :func:`tempo_requests`.
"""

from __future__ import annotations

from ..presets import PRESETS
from .lexicon import Meaning
from .resolve import Mention, Negations
from .words import Item


def _quoted(words: list[str]) -> str:
    return " or ".join(repr(w) for w in words)


#: Meaning kind -> the one-line reason, given the words that asked for it.
MESSAGES = {
    "cannot": lambda w: (
        f"cannot play {_quoted(w)} live: a reversed sound (reverse reverb, backwards "
        "speech) needs what has not been said yet; a stream only has the past"),
    "edit": lambda w: (
        f"{_quoted(w)} is an edit of the recording over time (its level, its length or "
        "parts taken out), not an effect this tool adds (use an audio editor; 'gain' or "
        "'quieter' set a constant level)"),
    "words": lambda w: (
        f"cannot change what is said ({_quoted(w)}): this tool changes how a voice sounds, "
        "not its words or language"),
    "accent": lambda w: (
        f"{_quoted(w)}: an accent or a way of speaking is in the speaker, not in the sound; "
        "this tool cannot add one (name a voice, a place or a device for its sound)"),
    "adding": lambda w: (
        f"cannot add {_quoted(w)}: this tool transforms the input's sound; the only sound it "
        "adds is noise (hiss, static, crackle, hum)"),
    "tuning": lambda w: (
        f"cannot tune the voice to notes ({_quoted(w)}): pitch correction needs the melody; "
        "'robot' holds one pitch and 'pitch up/down' shifts it by an interval"),
    "tempo": lambda w: (
        f"cannot change the tempo without the pitch ({_quoted(w)}): a stream lasts as long "
        "as its input; 'sped up' or 'slowed down' alone is a tape's speed (pitch and speed "
        "move together)"),
}


#: Words that, after a duration, ask for the recording's length to change
#: ("make it 30 seconds longer", "rallonge de 10 secondes").
_LONGER = frozenset({("longer",), ("shorter",), ("plus", "long"), ("plus", "court"),
                     ("plus", "longue"), ("plus", "courte"), ("long",), ("de", "plus")})


def _length_requests(items: list[Item]) -> list[str]:
    """Durations said as how much longer or shorter the recording should be,
    with no effect in their part of the prompt."""
    found = []
    for it in items:
        nxt = items[it.pos + 1] if it.pos + 1 < len(items) else None
        if (it.kind == "qty" and it.qty is not None and it.qty.kind == "time"
                and nxt is not None and nxt.clause == it.clause and nxt.words in _LONGER
                and not any(x.clause == it.clause and x.mkind in ("effect", "preset")
                            for x in items)):
            found.append(f"{it.text} {nxt.text}")
    return found


def out_of_scope(items: list[Item]) -> list[tuple[str, list[str]]]:
    """Each kind of request the prompt makes that this tool cannot do, with
    the words that made it, in :data:`MESSAGES`' order."""
    found = []
    for kind in MESSAGES:
        words = list(dict.fromkeys(it.text for it in items if it.mkind == kind
                                   and (kind != "adding" or _asked_to_add(items, it))))
        if kind == "tempo":
            words += _length_requests(items)
        if words:
            found.append((kind, words))
    return found


#: Filler verbs that ask for a sound to be put in ("add a beat", "mets de la musique").
_ADD_VERBS = frozenset({"add", "adding", "adds", "put", "include", "play", "mets", "met",
                        "mettre", "ajoute", "ajouter", "rajoute", "rajouter", "ajoutes"})


def _asked_to_add(items: list[Item], it: Item) -> bool:
    """Whether an instrument or music word is asked for ("add a beat", "with some
    background music") rather than named as the source ("make my guitar sound
    like an old radio", "the drums in a big room")."""
    for q in range(it.pos, max(-1, it.pos - 3), -1):
        other = items[q]
        if other.clause != it.clause:
            break
        said = set(other.extra.get("after_filler", ()))
        if said & (_ADD_VERBS | {"with", "avec"}):
            return True
    # said alone in its part, it is asked for ("piano", "de la musique de fond")
    return all(x is it or x.kind in ("sep", "filler") for x in items if x.clause == it.clause)


def message(kind: str, words: list[str]) -> str:
    return MESSAGES[kind](words)


def tempo_requests(items: list[Item], mentions: list[Mention], neg: Negations) -> None:
    """A tape speed ("10% faster", "ralentis") said with the pitch held ("without
    changing the pitch", "en gardant la hauteur") or moved the other way ("10%
    faster and lower the pitch") asks for the tempo alone: a stream cannot
    change it, so the tape is dropped (with a note) and the pitch asked for
    stays as asked.  A pitch the same way as the tape ("a deep slow voice")
    is the tape's sound, and stays with it."""
    tapes = [m for m in mentions if m.preset and PRESETS[m.preset].category == "speed"
             and not m.negated]
    if not tapes:
        return
    named = [m for m in mentions if not m.preset and "pitch" in m.chain]
    keeps = [it.pos for it in items if it.mkind == "keep"]
    # the pitch held: "without changing the pitch" (negated), "keep the pitch"
    kept = [m for m in named if m.negated or any(0 < m.pos - k <= 3 for k in keeps)]
    held = "pitch" in neg.negated_effects or bool(kept)
    # "a deep slow voice", "plus aigu et plus rapide": pitch and tape agree,
    # a tape's sound; "10% faster and lower the pitch": they pull apart
    up = any(t.chain.get("pitch", {}).get("semitones", 0.0) > 0 for t in tapes)
    against = [m for m in named if not m.negated
               and (m.chain["pitch"].get("semitones", 0.0) or m.sign) * (1 if up else -1) < 0]
    # "plus lent de 20 % et plus grave", "20% faster and higher": a speed in
    # numbers is a tempo asked for, and the pitch word is asked apart from it
    measured = any(t.chain.get("pitch", {}).get("semitones") != PRESETS[t.preset].chain.get(
        "pitch", {}).get("semitones") for t in tapes)
    along = [m for m in named if not m.negated] if measured else []
    if not (held or against or along):
        return
    for t in tapes:
        mentions.remove(t)
        t.item.kind, t.item.meaning = "phrase", Meaning("tempo")
    if held:
        neg.negated_effects.discard("pitch")
        for m in kept:
            if m in mentions:
                mentions.remove(m)
            m.item.kind = "filler"
