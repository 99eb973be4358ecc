"""Pass 5a: scenes and presets adjusted by the words around them.

A speed word alone is a tape's speed, an era names the media of its time, an
old-sound word alone an old microphone, a size word sizes the body or the space it
is said of, the head of a noun phrase decides the scene ("a car with the windows
up" is a car), a distortion said of a radio sets its drive, "keep the formants"
holds them, a width word narrows or widens a phone band."""

from __future__ import annotations

import bisect
import math

from ..presets import PRESETS
from ..registry import EFFECTS
from . import lexicon as lx
from .lexicon import Meaning
from .nearby import BAND_EFFECTS, DEEP, NOT_TOO, TOO, VOICE, has_group, modifier_target, walls_only
from .resolve import Mention, is_band
from .words import Item

#: Presets a speed word names when nothing in its part of the prompt has a
#: rate: "slow it down", "make it faster", "ralentis" are a tape's speed.
TAPE = {False: "slow-motion", True: "sped-up"}

#: Size words that, alone, describe the whole sound ("make it sound huge",
#: "un son énorme"): a big, epic sound.
BIG = frozenset({"huge", "big", "bigger", "massive", "enormous", "large", "larger", "vast",
                 "immense", "enorme", "gros", "grosse", "grand", "grande", "colossal",
                 "gigantic", "gigantesque"})


def tape_speed(items: list[Item], mentions: list[Mention]) -> None:
    """A speed word ("slow it down", "faster", "accélère") that modifies no
    effect, with no effect or scene named in its part of the prompt, is the
    speed of the whole sound: a tape's (see :data:`TAPE`).  With an effect
    named it stays a rate ("slow down the tremolo"), or is reported.  A size
    word alone in the same way ("make it sound huge") is the epic preset."""
    live = [m for m in mentions if not m.negated]
    positions = [m.pos for m in live]
    clauses = {m.clause for m in live}
    for item in items:
        if item.mkind != "scale" or item.meaning is None:
            continue
        group = item.meaning.group
        if group == "speed" and any(x.mkind == "neg" and x.clause == item.clause
                                    for x in items[max(0, item.pos - 2):item.pos]):
            # "plus aigu mais sans accélérer", "louder but not faster": not the tape
            item.kind, item.meaning = "filler", None
            continue
        if group == "speed":
            name = TAPE[item.meaning.factor > 1.0]
        elif group == "amount" and len(item.words) == 1 and item.words[0] in BIG:
            name = "epic"
        else:
            continue
        of_voice = (group == "speed" and item.pos + 1 < len(items)
                    and items[item.pos + 1].words in VOICE)  # "a deep slow voice"
        ahead = next((m for m in live if item.pos < m.pos <= item.pos + 4
                      and m.clause == item.clause + 1 and has_group(m, group)
                      and all(x.kind in ("sep", "unknown", "filler") or x.mkind == "scale"
                              for x in items[item.pos + 1:m.pos])), None)
        if item.words[-1:] in (("down",), ("up",)):
            ahead = None  # "slow it down a bit, add a cave": a verb, not an adjective
        if ahead is not None and not of_voice:
            continue  # "a fast, shallow vibrato": said of the vibrato (attach_modifiers)
        if not of_voice and (item.clause in clauses
                             or modifier_target(item, group, live, positions, items)):
            continue
        if group == "speed" and _voice_speed(items, item, live):
            continue
        item.meaning = Meaning("preset", preset=name)
        chain = {e: dict(p) for e, p in PRESETS[name].chain.items()}
        if group == "speed":
            _tape_by_percent(items, item, chain)
        bisect.insort(mentions, Mention(item, chain, preset=name), key=lambda m: m.pos)

def _voice_speed(items: list[Item], item: Item, live: list[Mention]) -> bool:
    """"a chipmunk but not too fast", "un écureuil mais pas trop rapide", "a
    giant, even slower": a speed word said right after a voice whose shift is
    a tape's sound (high and fast, low and slow) moves that voice's shift --
    less of it after "not too", more of it the same way -- instead of adding a
    second tape.  Returns whether it did."""
    voices = [m for m in live if m.preset and PRESETS[m.preset].category in ("body", "character")
              and m.chain.get("pitch", {}).get("semitones")
              and item.clause - 1 <= m.clause <= item.clause and m.pos < item.pos]
    if not voices:
        return False
    voice = voices[-1]
    semis = voice.chain["pitch"]["semitones"]
    faster = item.meaning is not None and item.meaning.factor > 1.0
    prev = items[item.pos - 1] if item.pos > 0 else None
    not_too = prev is not None and prev.clause == item.clause and prev.words in NOT_TOO
    if not_too:
        factor = 0.8
        prev.kind, prev.meaning = "filler", None  # type: ignore[union-attr]
    else:
        factor = 1.2 if faster == (semis > 0) else 0.8
    voice.chain["pitch"]["semitones"] = semis * factor
    item.kind, item.meaning = "filler", None
    return True


#: Words before a share that make it the new speed, not a change of speed:
#: "slow it down to 80%", "ralentis à 80 %", "play it at 120%".
_TO_SPEED = frozenset({("to",), ("a",), ("at",), ("jusqu",), ("jusqu", "a")})


def tape_percents(items: list[Item], mentions: list[Mention]) -> None:
    """A tape speed named by a phrase ("accélère la voix à 125 %", "speed up the
    voice by 20%") takes its share like a speed word does (:func:`_tape_by_percent`)."""
    for m in mentions:
        if m.preset and PRESETS[m.preset].category == "speed" and "pitch" in m.chain:
            _tape_by_percent(items, m.item, m.chain)


_HALF = frozenset({("half",), ("moitie",)})


def _tape_by_percent(items: list[Item], item: Item, chain: dict) -> None:
    """"speed it up 20 percent", "ralentis de 15 %": a tape played that much
    faster or slower is ``12 log2(1 +- share)`` semitones higher or lower;
    "to 80%", "à 80 %" is the new speed itself, ``12 log2(share)``."""
    for q in range(max(0, item.pos - 3), min(len(items), item.pos + 4)):
        other = items[q]
        if (other.words in _HALF and other.clause == item.clause
                and set(other.extra.get("after_filler", ())) & {"by", "de", "of"}):
            # "slow it down by half", "ralentis de moitié": half the speed (an octave
            # down), or half again as fast
            faster = chain["pitch"]["semitones"] > 0
            chain["pitch"]["semitones"] = round(12.0 * math.log2(1.5 if faster else 0.5), 2)
            other.kind = "filler"
            return
        if other.kind != "qty" or other.clause != item.clause or other.qty is None:
            continue
        if other.qty.kind != "pct":
            continue
        to = tuple(other.extra.get("after_filler", ())[-2:]) in _TO_SPEED or tuple(
            other.extra.get("after_filler", ())[-1:]) in _TO_SPEED
        if not (0.25 <= other.qty.value <= 4.0 if to else 0.0 < other.qty.value < 0.9):
            continue
        faster = item.meaning is not None and chain["pitch"]["semitones"] > 0
        if to:
            ratio = other.qty.value
        else:
            ratio = 1.0 + other.qty.value if faster else 1.0 - other.qty.value
        chain["pitch"]["semitones"] = round(12.0 * math.log2(ratio), 2)
        other.kind = "filler"
        return


#: Distortion words that, said of a medium, say how worn it is.
_BROKEN = frozenset((w,) for w in lx.words_of(
    "broken casse cassee damaged busted abime abimee endommage endommagee"))


#: Echo words that describe a space ("echoey like an empty church").
_ECHOEY = frozenset((w,) for w in lx.words_of(
    "echoey echoy echoing echoy echoes resonant resonating"))


#: Stereo width words that, said of a space, are its size.
_SPACE_WIDTH = {("narrow",): 0.75, ("narrower",): 0.6, ("etroit",): 0.75, ("etroite",): 0.75,
                ("wide",): 1.3, ("wider",): 1.5, ("large",): 1.3, ("vaste",): 1.5}


def echoey_spaces(mentions: list[Mention]) -> None:
    """"echoey like an empty church", "an echoing hall": an echo word said with a
    space is how that space sounds (a little wetter), not a second, separate echo;
    "a narrow hallway", "un couloir étroit": a width word said of a space is its
    size, not the stereo width."""
    live = [m for m in mentions if not m.negated]
    for w in live:
        size = _SPACE_WIDTH.get(w.item.words)
        if w.preset or list(w.chain) != ["width"] or size is None:
            continue
        space = next((m for m in live if m.pos in (w.pos - 1, w.pos + 1)
                      and m.clause == w.clause and m.preset
                      and PRESETS[m.preset].category == "space"), None)
        if space is not None:
            space.factors["size"] = space.factors.get("size", 1.0) * size
            mentions.remove(w)
            w.item.kind = "filler"
    for e in live:
        if e.preset or list(e.chain) != ["echo"] or e.item.words not in _ECHOEY:
            continue
        space = next((m for m in live if m.clause == e.clause and m.preset
                      and PRESETS[m.preset].category == "space"), None)
        if space is None:
            continue
        space.factors["amount"] = space.factors.get("amount", 1.0) * 1.25
        mentions.remove(e)
        e.item.kind = "filler"


def fold_drive(mentions: list[Mention]) -> None:
    """"a radio effect but not too distorted", "distorted megaphone": a
    distortion said of an effect that has its own drive (radio, megaphone)
    sets that drive (x1.5, or by its intensity word) instead of adding a
    second clipper."""
    live = [m for m in mentions if not m.negated]
    for d in live:
        if d.preset or list(d.chain) != ["distortion"]:
            continue
        alone = not any(m.clause == d.clause and m is not d for m in live)
        hosts = [m for m in live if m is not d and (
            m.clause == d.clause or (alone and m.clause == d.clause - 1))
            and any("drive_db" in EFFECTS[e].params for e in m.chain if e != "distortion")]
        medium = next((m for m in live if m.pos in (d.pos + 1, d.pos - 1) and m.clause == d.clause
                       and m.preset and PRESETS[m.preset].category == "device"), None)
        phone = next((m for m in live if m.pos in (d.pos + 1, d.pos - 1)
                      and m.clause == d.clause and not m.preset
                      and set(m.chain) & {"telephone"}), None)
        if not hosts and phone is not None and d.item.words in _BROKEN:
            # "a broken phone": a crackly line, not a fuzz pedal on it
            d.chain = {"distortion": {"drive_db": 10.0, "mix": 0.4}}
            continue
        if not hosts and medium is not None and d.item.words in _BROKEN:
            # "a broken tape", "une cassette cassée": more worn, not a clipper on top
            medium.factors["amount"] = medium.factors.get("amount", 1.0) * 1.5
            mentions.remove(d)
            d.item.kind = "filler"
            continue
        if not hosts:
            continue
        host = min(hosts, key=lambda m: (m.clause != d.clause, abs(m.pos - d.pos)))
        factor = d.factors.get("amount", 1.5)
        host.factors["param:drive_db"] = host.factors.get("param:drive_db", 1.0) * factor
        mentions.remove(d)
        d.item.kind = "filler"


def keep_formants(items: list[Item], mentions: list[Mention]) -> None:
    """"pitch down 5 semitones but keep the formants", "en gardant les
    formants": the formants stay where they are (the pitch shift's
    ``formants=0``), no formant shift is added."""
    by_pos = {m.pos: m for m in mentions}
    for it in items:
        if it.mkind != "keep":
            continue
        m = by_pos.get(it.pos + 1)
        if m is None or m.clause != it.clause or list(m.chain) != ["formant"] or m.preset:
            continue
        mentions.remove(m)
        m.item.kind = "filler"
        for other in mentions:
            if "pitch" in other.chain:
                other.chain["pitch"]["formants"] = 0.0

#: Effects of a medium: a later era ("the 80s") gives way to the medium named with it
#: ("a voice from the 80s on the radio" is a radio).
_MEDIA = ("telephone", "radio", "megaphone", "bitcrush", "noise")


def eras(items: list[Item], mentions: list[Mention]) -> None:
    """An era ("from the 1940s") names the media of its time unless its part
    of the prompt already names a phone line (a telephone band: phone,
    intercom, answering machine, an old film's band): "a phone call from the
    1950s" is an old phone, not a phone on an AM radio."""
    for m in list(mentions):
        if not m.item.words or not m.item.words[0].startswith("decade"):
            continue
        later = m.item.words[0] == "decadecassette"
        hosts = _MEDIA if later else ("telephone",)
        if any(o is not m and o.clause == m.clause and not o.negated and (
                any(e in o.chain for e in hosts)
                or (later and o.preset and PRESETS[o.preset].category == "device"))
               for o in mentions) or (later and m.pos > 0 and items[m.pos - 1].kind == "neutral"
                                      and "from" in m.item.extra.get("after_filler", ())):
            # "a singer from the 80s": where the speaker comes from, no sound
            mentions.remove(m)
            m.item.kind = "filler"

#: Words that, alone in their part of the prompt, ask for an old sound
#: ("make it sound vintage", "rétro", "old school"): said of a device, a
#: person or an effect ("an old phone", "a vintage reverb") they are filler.
VINTAGE_WORDS = frozenset({"vintage", "retro", "old", "older", "oldschool", "vieux", "vieille",
                           "vieil", "ancien", "ancienne", "antique", "desuet", "desuete",
                           "old-fashioned", "oldfashioned", "oldies", "classic"})

VINTAGE_PRESET = "vintage-mic"

_AMBIENCE_WORDS = frozenset({("ambiance",), ("ambience",), ("ambiant",), ("ambient",)})

_SOME = frozenset(lx.words_of("some with avec de l du add ajoute ajouter mets met more plus"))


#: "older" said with a medium or an era: the recording is older, not the speaker.
_OLDER = frozenset({("older",), ("plus", "vieux"), ("plus", "vieille"), ("plus", "ancien"),
                    ("plus", "ancienne"), ("vieillir",), ("vieillie",)})


def older_media(items: list[Item], mentions: list[Mention]) -> None:
    """"make it sound older, like a 1920s radio broadcast", "plus vieux, comme
    un vinyle": an age comparative said with a medium or an era is the
    medium's age (the medium says it), not an elderly speaker."""
    media = [m for m in mentions if not m.negated and (
        (m.preset and PRESETS[m.preset].category == "device")
        or (m.item.words and m.item.words[0].startswith("decade"))
        or any(e in m.chain for e in _MEDIA))]
    if not media:
        return
    for m in list(mentions):
        if m.preset == "old-person" and m.item.words in _OLDER:
            mentions.remove(m)
            m.item.kind, m.item.meaning = "filler", None


AGED_PRESET = "old-person"
"""The voice of an elderly person: an old-sound word said of it is its age."""


def vintage_alone(items: list[Item], mentions: list[Mention]) -> None:
    """An old-sound word with nothing else in its part of the prompt is the
    sound of an old microphone (:data:`VINTAGE_PRESET`): warm, narrow and
    slightly driven."""
    def praise(m: Mention) -> bool:
        return bool(m.item.extra.get("praise"))

    def frame(m: Mention) -> bool:
        # "une ambiance rétro", "a vintage vibe": the ambience word frames the style
        return not m.preset and m.item.words in _AMBIENCE_WORDS and not set(
            m.item.extra.get("after_filler", ())) & _SOME

    live = {m.clause for m in mentions if not m.negated and not praise(m) and not frame(m)}
    # "like an old grandpa, really old": said again of an old person, it is the age
    aged = any(m.preset == AGED_PRESET and not m.negated for m in mentions)
    for it in items:
        if it.kind not in ("filler", "neutral") or len(it.words) != 1 or (
                it.words[0] not in VINTAGE_WORDS) or it.clause in live or aged:
            continue
        for m in [m for m in mentions if (praise(m) or frame(m)) and m.clause == it.clause]:
            # "style rétro": the style is the old sound, not vague praise
            mentions.remove(m)
            m.item.extra.pop("praise", None)
            m.item.kind, m.item.meaning = "filler", None
        nxt = items[it.pos + 1] if it.pos + 1 < len(items) else None
        if nxt is not None and nxt.words in (("school",), ("fashioned",)):
            nxt.kind = "filler"  # "old school", "old fashioned"
        it.kind, it.meaning = "phrase", Meaning("preset", preset=VINTAGE_PRESET)
        chain = {e: dict(p) for e, p in PRESETS[VINTAGE_PRESET].chain.items()}
        bisect.insort(mentions, Mention(it, chain, preset=VINTAGE_PRESET), key=lambda m: m.pos)
        live.add(it.clause)

_BIG_BODY = frozenset({("giant",), ("geant",), ("geante",), ("gigantic",), ("gigantesque",),
                       ("colossal",), ("titan",)})

_SMALL = frozenset({"tiny", "small", "little", "petit", "petite", "minuscule", "mini"})

#: Effects whose words name things a size can be said of ("a giant bell", "a giant echo").
_THINGS = frozenset({"ringmod", "radio", "megaphone", "telephone", "echo", "reverb"})

#: Size words: said of a body or a space they give its size (group "size"), not an amount.
SIZES = BIG | _SMALL | frozenset({"vaste", "minuscules", "petits", "petites", "grands", "grandes",
                                  "teeny", "itsy", "microscopic", "microscopique", "cramped",
                                  "exigu", "exigue", "etroit", "etroite", "narrow", "spacious",
                                  "spacieux", "spacieuse", "gigantic", "giant", "geant",
                                  "geante"})


def sizes_of_things(items: list[Item], mentions: list[Mention]) -> None:
    """Size words said of a thing, not of the speaker: "a giant metal tank",
    "une grotte géante", "a giant bell" (a giant word right next to a space,
    a device or an effect's word, no word between) make that thing bigger;
    "a tiny robot" is a robot with a higher buzz, "a big robot" a lower one."""
    by_pos = {m.pos: m for m in mentions}
    for m in list(mentions):
        if m.preset and m.item.words in _BIG_BODY:
            for step in (1, -1):
                q = m.pos + step
                while (q + 1 in by_pos and q in by_pos and not by_pos[q].preset and step == 1
                       and by_pos[q + 1].preset and not items[q + 1].extra.get("after_filler")):
                    q += step  # "giant metal tank": past an effect word to the thing
                other = by_pos.get(q)
                if other is None:
                    continue
                near = items[max(q, m.pos)].extra.get("after_filler")
                thing = (PRESETS[other.preset].category in ("space", "device") if other.preset
                         else (step == 1 or m.item.words in lx.SIZE_ADJECTIVES)
                         and bool(_THINGS & set(other.chain)))  # "une cloche géante"
                if other.clause == m.clause and thing and not near:
                    group = "size" if other.preset else "amount"
                    other.factors[group] = other.factors.get(group, 1.0) * 1.5
                    mentions.remove(m)
                    m.item.kind = "filler"
                    break
        if (not m.preset and list(m.chain) == ["pitch"] and m.item.words in DEEP
                and m in mentions):
            # "a deep cave", "une grotte profonde": deep said of a space is its size
            spaces = [by_pos[q] for q in (m.pos - 1, m.pos + 1) if q in by_pos
                      and by_pos[q].preset and by_pos[q].clause == m.clause
                      and PRESETS[by_pos[q].preset].category == "space"]
            if spaces:
                spaces[0].factors["size"] = spaces[0].factors.get("size", 1.0) * 1.5
                mentions.remove(m)
                m.item.kind = "filler"
                continue
        if list(m.chain) == ["robot"] and not m.preset and m.pos > 0:
            prev = items[m.pos - 1]
            if prev.mkind == "scale" and prev.clause == m.clause and prev.words and (
                    prev.words[-1] in _SMALL or prev.words[-1] in BIG):
                factor = prev.meaning.factor  # type: ignore[union-attr]
                hz = m.chain["robot"].get("pitch_hz", EFFECTS["robot"].params["pitch_hz"].default)
                m.chain["robot"]["pitch_hz"] = hz / factor
                prev.kind, prev.meaning = "filler", None

#: Devices that are parts of a building or a vehicle: said "with" after a
#: space they are a feature of it ("a car with the windows up").
_PARTS = frozenset({"through-a-window", "through-a-wall"})

_WITH = frozenset({"with", "avec", "aux", "whose", "dont"})

_LESS = frozenset({("less",), ("moins",), ("not", "so"), ("pas", "si"), ("pas", "trop")})

_RESOUND = frozenset({("resonne",), ("resonnent",), ("resonner",), ("resonnant",),
                      ("resonnante",), ("resonate",), ("resonates",), ("resonating",),
                      ("resonant",), ("resonance",)})

_THICKNESS = {("thick",): 1.5, ("thicker",): 1.5, ("epais",): 1.5, ("epaisse",): 1.5,
              ("epaisses",): 1.5, ("thin",): 0.6, ("thinner",): 0.6, ("fin",): 0.6,
              ("fine",): 0.6, ("fins",): 0.6, ("fines",): 0.6, ("mince",): 0.6,
              ("minces",): 0.6}

_METAL = frozenset({("metal",), ("metallic",), ("metallique",), ("iron",), ("fer",),
                    ("tin",), ("aluminium",), ("aluminum",), ("en_metal",)})

#: Material words said after their noun (French).
_AFTER_NOUN = frozenset({("en_metal",), ("metallique",)})

_OLD_VOICE = frozenset({"voix_de_vieux", "une_voix_de_vieux"})

#: "an intercom at the door": where a device is, not a wall between.
_AT = frozenset({"at", "on", "by", "a", "au", "sur", "pres"})

#: Places a voice may come from rather than be in: after a speaker and "from"
#: ("an alien from outer space", "un vieil homme de la campagne") they say
#: where it comes from, not where it sounds.
_ORIGIN_PRESETS = frozenset({"outdoors", "canyon", "spaceship", "spacey"})

_ORIGIN_WORDS = frozenset({("space",), ("espace",), ("outer", "space")})

#: Speech verbs before "from": the place is where the voice is ("shouting from
#: the top of a mountain"), not where the speaker comes from.
_SPEECH = frozenset(lx.words_of(
    "speaking talking shouting yelling calling screaming singing whispering speaks talks"
    " shouts yells calls calling out echoing booming crie hurle appelle parle parlant"
    " criant hurlant chante chantant"))

_FROM = frozenset(lx.words_of("from venu venue venus venues originaire originaires provenant"
                              " venant vient de d du des"))


def scene_heads(items: list[Item], mentions: list[Mention]) -> None:
    """The head of a scene decides it: "a car with the windows up" is a car
    (the window is the car's, not a pane between the voice and the ear), "an
    intercom at the door" an intercom;
    "an alien from outer space", "an old man from the countryside", "un
    géant des montagnes" are the speaker, not the place it comes from."""
    at = {o.pos: o for o in mentions}  # position -> live mention (bounded look-ups: linear)
    dropped: set[int] = set()

    def drop(o: Mention) -> None:
        at.pop(o.pos, None)
        dropped.add(id(o))
        o.item.kind, o.item.meaning = "filler", None

    def near(pos: int) -> Mention | None:
        o = at.get(pos)
        return o if o is not None and o.clause == m.clause else None

    for m in list(mentions):
        if m.negated or id(m) in dropped:
            continue
        prev = next((o for q in range(m.pos - 1, max(-1, m.pos - 7), -1)
                     if (o := near(q)) is not None and not o.negated and not walls_only(o)),
                    None)
        said = set(m.item.extra.get("after_filler", ()))
        links = (_WITH if prev is not None and prev.preset
                 and PRESETS[prev.preset].category == "space" else _AT
                 if prev is not None and prev.preset
                 and PRESETS[prev.preset].category == "device" else frozenset())
        if m.preset in _PARTS and prev is not None and m.pos - prev.pos <= 4 and (
                any(set(it.extra.get("after_filler", ())) & links
                    for it in items[prev.pos + 1:m.pos + 1])
                or (links is _WITH and m.pos == prev.pos + 1 and not said)):
            # ("une voiture fenêtres fermées": the car's windows, said right after it)
            drop(m)
            for q in (m.pos - 1, m.pos + 1):  # "windows up", "fenêtres baissées"
                if 0 <= q < len(items) and items[q].mkind == "direction":
                    items[q].kind, items[q].meaning = "filler", None
            continue
        nxt = near(m.pos + 1)
        before = items[m.pos - 1] if m.pos > 0 else None
        if ((m.preset and PRESETS[m.preset].category == "mood" or list(m.chain) == ["noise"])
                and before is not None and before.clause == m.clause
                and before.words in _LESS):
            # "moins agressif, plus chaleureux", "a radio voice with less noise": less of
            # a mood or a noise the input does not have is none of it
            drop(m)
            before.kind, before.meaning = "filler", None
            continue
        prev_m = near(m.pos - 1)
        if (not m.preset and list(m.chain) == ["reverb"] and m.item.words in _RESOUND
                and prev_m is not None and is_band(prev_m)):
            # "moins de basses qui résonnent", "bass that booms": said of the band
            drop(m)
            continue
        part = next((o for o in (prev_m, nxt) if o is not None and o.preset in _PARTS), None)
        if part is None and m.item.words in _THICKNESS:
            # "dans l'appartement d'à côté, à travers des murs fins": the wall said
            # twice counts once; its thickness is the one left
            part = next((o for o in reversed(mentions) if o.pos < m.pos
                         and m.pos - o.pos <= 3 and o.clause == m.clause and not o.negated
                         and o.preset in _PARTS and id(o) not in dropped), None)
        if not m.preset and m.item.words in _THICKNESS and part is not None:
            # "through a thick wall", "un mur épais": more muffled; "a thin wall": less
            part.factors["amount"] = part.factors.get("amount", 1.0) * _THICKNESS[m.item.words]
            drop(m)
            continue
        noun = prev_m if m.item.words in _AFTER_NOUN else nxt  # "un conteneur métallique"
        if (not m.preset and m.item.words in _METAL and noun is not None and noun.preset
                and PRESETS[noun.preset].category == "space"):
            # "a metal container", "un conteneur métallique": bright walls (the voice
            # itself is not made metallic: that is a robot's or a ring modulator's)
            m.chain = {"reverb": {"hf_decay": 1.0}}
            m.item.extra["material"] = True  # "big metal container": the size is the space's
            continue
        if (m.item.words and m.item.words[0] in _OLD_VOICE and nxt is not None and (
                (nxt.preset and PRESETS[nxt.preset].category == "device")
                or any(e in nxt.chain for e in _MEDIA))):
            # "voix de vieux film": the film is old, not the speaker
            drop(m)
            continue
        origin = m.preset in _ORIGIN_PRESETS or (not m.preset and m.item.words in _ORIGIN_WORDS)
        exact_from = bool(m.item.words) and m.item.words[0].startswith(("from_", "depuis_"))
        if not origin or not (said & _FROM or exact_from):
            continue
        if said & _SPEECH or (m.pos > 0 and items[m.pos - 1].words
                              and items[m.pos - 1].words[-1] in _SPEECH):
            continue  # "a giant speaking from a mountain top": where the voice is
        q = m.pos - 1
        while q >= 0 and items[q].kind == "filler" and items[q].clause == m.clause:
            q -= 1  # "an alien voice from space"
        speaker = q >= 0 and items[q].clause == m.clause and (
            items[q].kind == "neutral" or (prev is not None and prev.pos == q and bool(
                prev.preset) and PRESETS[prev.preset].category in ("body", "character")))
        if speaker:
            drop(m)
    if dropped:
        mentions[:] = [o for o in mentions if id(o) not in dropped]

_BAND_WIDTHS = {("narrow",): -1, ("narrower",): -1, ("etroit",): -1, ("etroite",): -1,
                ("wide",): 1, ("wider",): 1, ("large",): 1, ("plus", "large"): 1}


def band_widths(items: list[Item], mentions: list[Mention]) -> None:
    """"telephone but not too narrow", "une radio plus étroite": a width word
    said with a band-limited device (phone, radio, megaphone) is the width of
    its band, not the stereo image (x1.3 per step at each edge)."""
    for m in list(mentions):
        step = _BAND_WIDTHS.get(m.item.words)
        if step is None or m.preset or list(m.chain) != ["width"] or m.negated:
            continue
        hosts = [o for o in mentions if o is not m and not o.negated
                 and abs(o.clause - m.clause) <= 1 and BAND_EFFECTS & set(o.chain)]
        if not hosts:
            continue
        prev = items[m.pos - 1] if m.pos > 0 else None
        if prev is not None and prev.clause == m.clause and (
                prev.words in NOT_TOO or prev.words in TOO or prev.mkind == "neg"):
            step = -step  # "not too narrow": wider
            prev.kind, prev.meaning = "filler", None
        host = min(hosts, key=lambda o: abs(o.pos - m.pos))
        effect = next(e for e in host.chain if e in BAND_EFFECTS)
        params = EFFECTS[effect].params
        band = host.chain[effect]
        low = band.get("low_hz", params["low_hz"].default)
        high = band.get("high_hz", params["high_hz"].default)
        band["low_hz"], band["high_hz"] = low / 1.3**step, high * 1.3**step
        mentions.remove(m)
        m.item.kind = "filler"

#: Character words that are adjectives of fear or evil: said of another
#: character they colour it (:data:`_TINTS`) instead of adding a second voice.
_FEAR_ADJECTIVES = {
    "ghost": frozenset(lx.words_of(
        "creepy creepier creepiest spooky spookier eerie eerier ghostly haunted hante hantee"
        " hantes sinistre flippant flippante lugubre macabre uncanny chilling glacant glacante"
        " spectral spectrale fantomatique haunting paranormal supernatural surnaturel"
        " surnaturelle otherworldly")),
    "demon": frozenset(lx.words_of(
        "scary scarier scariest frightening terrifying terrifiant terrifiante effrayant"
        " effrayante effrayants effrayantes demonic demoniaque demoniaques hellish infernal"
        " infernale possessed possede possedee horrifying horrible horrifique effroyable"
        " epouvantable affreux affreuse diabolical diabolique wicked sadistic sadique vicious"
        " demented dement demente maudit maudite cursed damned damne damnee peur horror"
        " horreur")),
    "villain": frozenset(lx.words_of(
        "evil sinister malefique machiavelique mechant mechante mechants mechantes cruel"
        " cruelle cruels")),
}

#: What a fear adjective adds to the character it colours: darker (a ghostly
#: word), or a growl (a scary or evil word).
_TINTS: dict[str, dict[str, dict[str, float]]] = {
    "ghost": {"eq": {"high_db": -4.0}},
    "demon": {"distortion": {"drive_db": 8.0, "mix": 0.35}},
    "villain": {"distortion": {"drive_db": 6.0, "mix": 0.3}},
}


#: Presets of a speaking role, not a voice of its own (a narrator, a radio
#: host): a fear word said of one colours its tone (:data:`_ROLE_TINT`).
_VOICE_ROLES = frozenset({"podcast", "fm-radio"})

#: What a fear word adds to a speaking role: darker, with a dark tail.
_ROLE_TINT: dict[str, dict[str, float]] = {
    "eq": {"high_db": -4.0, "low_db": 3.0},
    "reverb": {"decay_s": 2.5, "mix": 0.25, "predelay_ms": 20.0, "hf_decay": 0.5},
}

#: Stories a genre is said of: the story's mood, :data:`STORY_MOOD`.
_STORIES = frozenset((w,) for w in lx.words_of(
    "story stories tale tales histoire histoires conte contes legend legende legendes"))

STORY_MOOD = "mysterious"

#: Productions a genre is said of ("a horror game narrator", "un narrateur de
#: film d'horreur"): the genre colours the role, the production is no sound.
_PRODUCTIONS = frozenset((w,) for w in lx.words_of(
    "game games jeu jeux videogame videogames movie movies film films show shows series"
    " serie series trailer trailers story stories histoire histoires novel roman podcast"
    " campaign campagne tale tales conte contes legend legende"))


#: What a fear word said of a person with no voice of their own gives.
PERSON_FEAR = "ominous"


def _colour_host(o: Mention | None, m: Mention, clause: int, family: str) -> bool:
    """Whether ``o`` is a character or a speaking role, in ``clause``, that the
    fear word ``m`` of ``family`` may colour."""
    return (o is not None and o is not m and not o.negated and bool(o.preset)
            and o.clause == clause and (PRESETS[o.preset].category in ("character", "mood")
                                        or o.preset in _VOICE_ROLES)
            and bool(o.item.words) and o.item.words[0] not in _FEAR_ADJECTIVES[family])


def character_colours(items: list[Item], mentions: list[Mention]) -> None:
    """"a very creepy zombie", "voix de démon effrayante", "creepy horror vibe":
    a fear adjective said right before or after another character (only
    intensity words between) colours that character -- darker, or with a
    growl -- instead of stacking a second character's whole voice on it.
    Said of a body ("a creepy doll", "a scary monster") it stays that
    character's colour over the body's voice (the body keeps its pitch)."""
    by_pos = {m.pos: m for m in mentions}
    # a fear word right before a production noun is its genre ("a horror game")
    genres = {m.pos: m for m in mentions if not m.negated and m.preset
              and m.pos + 1 < len(items) and items[m.pos + 1].words in _PRODUCTIONS
              and not items[m.pos + 1].extra.get("after_filler")
              and (m.preset in _TINTS
                   or any(m.item.words[0] in w for w in _FEAR_ADJECTIVES.values()))}
    # "une histoire de fantômes": the story said first, its genre after "de"
    told = {m.pos: items[m.pos - 1] for m in mentions if not m.negated and m.preset in _TINTS
            and m.pos > 0 and items[m.pos - 1].words in _STORIES
            and items[m.pos - 1].clause == m.clause and m.pos - 1 not in by_pos
            and set(m.item.extra.get("after_filler", ())) <= {"de", "d", "du", "des"}
            and m.item.extra.get("after_filler")}
    genres.update({pos: by_pos[pos] for pos in told})
    for pos in list(genres):
        story = told.get(pos) or items[pos + 1]
        if story.words in _STORIES and story.pos not in by_pos:
            # "a zombie story", "une histoire de vampires": the mood of such a story
            # (as "a ghost story" is), not the creature's voice
            g = genres.pop(pos)
            g.preset = STORY_MOOD
            g.item.meaning = Meaning("preset", preset=STORY_MOOD)
            g.chain = {e: dict(p) for e, p in PRESETS[STORY_MOOD].chain.items()}
            story.kind, story.meaning = "filler", None
    for m in list(mentions):
        if m.negated or not m.preset or m not in mentions:
            continue
        word = m.item.words[-1] if m.item.words else ""
        if len(m.item.words) != 1 and not (set(m.item.words) & {w[0] for w in _PRODUCTIONS}):
            continue  # "film d'horreur": its genre
        # (a horror word alone is the ominous mood; said of a character or a role
        # it colours it like any fear word)
        family = next((f for f, words in _FEAR_ADJECTIVES.items()
                       if word in words and m.preset in (f, "ominous")), None)
        by_genre = family is None and m.pos in genres
        if by_genre:
            family = m.preset  # "a ghost story": the story's genre
        if family is None:
            continue
        tail = next((o for q in (m.pos - 1, m.pos + 1) if (o := by_pos.get(q)) is not None
                     and not o.preset and not o.negated and o.clause == m.clause
                     and set(o.chain) <= {"echo", "reverb"}), None)
        if tail is not None:
            # "a scary echo", "un écho qui fait peur": a longer, darker tail, not a voice
            tail.factors["length"] = tail.factors.get("length", 1.0) * 1.5
            mentions.remove(m)
            del by_pos[m.pos]
            m.item.kind, m.item.meaning = "filler", None
            continue
        host = None
        for step in (1, -1):
            q = m.pos + step
            while 0 <= q < len(items) and (q not in by_pos or q in genres) and (
                    items[q].mkind == "scale" or (items[q].kind == "filler"
                                                  and items[q].words in VOICE)
                    or q in genres or items[q].words in _PRODUCTIONS):
                q += step  # "monstre très effrayant", "a demon voice, evil"
            o = by_pos.get(q)
            if _colour_host(o, m, m.clause, family) and (
                    not by_genre or o.preset in _VOICE_ROLES):
                host = o  # a genre colours a narrator or a story, not a character
                break
        if host is None and m.clause > 0 and not any(
                o is not m and o.clause == m.clause for o in mentions):
            # "deep demon voice, really evil": alone in its part of the prompt, the
            # adjective is said of the character just before
            host = next((o for o in reversed(mentions) if o.pos < m.pos
                         and _colour_host(o, m, m.clause - 1, family)), None)
        if host is None:
            person = next((items[q] for q in (m.pos + 1, m.pos - 1) if 0 <= q < len(items)
                           and items[q].clause == m.clause and items[q].kind == "neutral"
                           and not items[q].extra.get("after_filler") or q == m.pos - 1
                           and 0 <= q < len(items) and items[q].kind == "neutral"
                           and items[q].clause == m.clause
                           and not m.item.extra.get("after_filler")), None)
            if person is not None and len(m.item.words) == 1 and not by_genre:
                # "a scary teacher", "une prof effrayante": a person said scary is a
                # dark, tense voice (the ominous mood), not a demon's or a ghost's
                m.preset = PERSON_FEAR
                m.item.meaning = Meaning("preset", preset=PERSON_FEAR)
                m.chain = {e: dict(p) for e, p in PRESETS[PERSON_FEAR].chain.items()}
            continue
        if host.preset == m.preset:
            # "a creepy ghost", "a scary demon": the same character, said twice
            mentions.remove(m)
            del by_pos[m.pos]
            m.item.kind, m.item.meaning = "filler", None
            continue
        very = items[m.pos - 1] if m.pos > 0 else None
        strength = 1.0
        if (very is not None and very.mkind == "scale" and very.clause == m.clause
                and very.meaning is not None and very.meaning.group == "amount"):
            strength = very.meaning.factor  # "very creepy": more of the colour, not the voice
            very.kind, very.meaning = "filler", None
        between = range(min(m.pos, host.pos) + 1, max(m.pos, host.pos))
        for q in between:
            if items[q].words in _PRODUCTIONS:
                items[q].kind, items[q].meaning = "filler", None  # "a horror game narrator"
            g = genres.pop(q, None)
            if g is not None and g in mentions:
                # "creepy horror game narrator": the genre said with it, the same colour
                mentions.remove(g)
                by_pos.pop(q, None)
                g.item.kind, g.item.meaning = "filler", None
        # a mood is coloured darker whatever the fear ("creepy horror vibe", "a scary,
        # tense atmosphere"): a growl belongs to a voice
        tints = (_ROLE_TINT if host.preset in _VOICE_ROLES else _TINTS[family]
                 if PRESETS[host.preset].category == "character" else _TINTS["ghost"])
        if host.preset in _VOICE_ROLES and any(e in host.chain for e in tints):
            tints = {e: p for e, p in tints.items() if e not in host.chain or e == "eq"}
        for effect, params in tints.items():
            if effect in host.chain and "drive_db" in params:
                # a growl already there: stronger (x1.5, x1.75 after "very"), not doubled
                host.factors["param:drive_db"] = (host.factors.get("param:drive_db", 1.0)
                                                  * (1.0 + 0.5 * strength))
                continue
            tint = {k: v * strength if k in ("high_db", "drive_db") else v
                    for k, v in params.items()}
            host.chain[effect] = {**host.chain.get(effect, {}), **tint}
        mentions.remove(m)
        del by_pos[m.pos]
        # the intensity words said of the adjective now reach the character
        m.item.kind, m.item.meaning = "filler", None


#: Bodies and characters a place may name the kind of: "a cave troll", "un
#: troll des cavernes", "a sewer monster" are the creature, not the place.
_CREATURES = frozenset({"body", "character"})

#: French words that make a place the kind of a creature ("troll des cavernes",
#: "homme des bois"): "de"/"des"/"du" with no article.
_KIND_OF = frozenset({("des",), ("du",)})


#: People named by the creature they deal with ("a Pokemon trainer", "a ghost
#: hunter", "un chasseur de fantômes"): a person, not the creature.
_HANDLERS = frozenset(lx.words_of(
    "trainer trainers tamer tamers hunter hunters keeper keepers catcher catchers slayer"
    " slayers fan fans owner owners expert experts whisperer breeder breeders handler"
    " handlers dresseur dresseurs dresseuse chasseur chasseurs chasseuse gardien gardienne"
    " gardiens dompteur dompteuse dompteurs tueur tueuse tueurs eleveur eleveuse"
    " specialiste proprietaire"))


_OF = frozenset({"of", "de", "d", "du", "des"})

_IN = frozenset({"in", "inside", "dans", "into", "at", "au", "aux", "with", "avec"})


def origin_compounds(items: list[Item], mentions: list[Mention]) -> None:
    """"a cave troll", "a swamp creature", "un troll des cavernes": a place
    said right before a creature (English compound) or after it with only
    "des"/"de" (French) is the kind of creature, not where it sounds."""
    by_pos = {m.pos: m for m in mentions}
    for m in list(mentions):
        # "a space alien", "an outer space creature": where the creature is from
        after = by_pos.get(m.pos + 1)
        if (not m.preset and not m.negated and m.item.words in _ORIGIN_WORDS and after is not None
                and after.preset and after.clause == m.clause
                and PRESETS[after.preset].category in _CREATURES
                and not items[m.pos + 1].extra.get("after_filler")):
            mentions.remove(m)
            del by_pos[m.pos]
            m.item.kind, m.item.meaning = "filler", None
    for m in list(mentions):
        if m.negated or not m.preset or PRESETS[m.preset].category != "space":
            continue
        after = by_pos.get(m.pos + 1)
        before = by_pos.get(m.pos - 1)
        said = tuple(m.item.extra.get("after_filler", ()))
        english = (after is not None and after.preset and after.clause == m.clause
                   and PRESETS[after.preset].category in _CREATURES
                   and after.item.words not in lx.SIZE_WORDS  # "une grotte géante"
                   and after.item.words not in _BIG_BODY
                   and not items[m.pos + 1].extra.get("after_filler"))
        french = (before is not None and before.preset and before.clause == m.clause
                  and PRESETS[before.preset].category in _CREATURES and said in _KIND_OF)
        if english or french:
            mentions.remove(m)
            del by_pos[m.pos]
            m.item.kind, m.item.meaning = "filler", None
    for m in list(mentions):
        # "the bathroom of a nightclub", "les toilettes d'une boîte de nuit", "the
        # corridor of a hospital": the room named first is where the voice is; the
        # building after "of"/"de" only says whose room it is
        said = set(m.item.extra.get("after_filler", ()))
        if (m.negated or not m.preset or PRESETS[m.preset].category != "space"
                or not said & _OF or said & _IN):
            continue
        room = next((o for q in range(m.pos - 1, max(-1, m.pos - 3), -1)
                     if (o := by_pos.get(q)) is not None), None)
        if (room is not None and room.preset and room.clause == m.clause and not room.negated
                and PRESETS[room.preset].category == "space"
                and not (len(room.item.words) == 1 and room.item.words[0] in _RADIO_ROLES)):
            mentions.remove(m)
            del by_pos[m.pos]
            m.item.kind, m.item.meaning = "filler", None
    for m in list(mentions):
        # "a Pokemon trainer", "a ghost hunter", "un dompteur de lions": the person
        # who deals with the creature, not the creature
        if m.negated or not m.preset or PRESETS[m.preset].category not in _CREATURES:
            continue
        nxt_item = items[m.pos + 1] if m.pos + 1 < len(items) else None
        prev_item = items[m.pos - 1] if m.pos > 0 else None
        handler = (nxt_item is not None and nxt_item.clause == m.clause
                   and nxt_item.words and nxt_item.words[0] in _HANDLERS
                   and not nxt_item.extra.get("after_filler")) or (
            prev_item is not None and prev_item.clause == m.clause and prev_item.words
            and prev_item.words[0] in _HANDLERS
            and set(m.item.extra.get("after_filler", ())) <= {"de", "d", "des", "du", "of"}
            and m.item.extra.get("after_filler"))
        if handler and m.item.words not in lx.SIZE_WORDS:
            mentions.remove(m)
            m.item.kind, m.item.meaning = "filler", None


#: Words between two characters that make the second the owner of the first
#: ("the elf of Santa", "un lutin du père Noël"): articles may follow.
_GENITIVE = frozenset({"of", "de", "d", "du", "des"})

_ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "l", "un", "une", "his", "her",
                       "their", "son", "sa", "ses", "leur", "leurs", "my", "mon", "ma", "mes"})


#: Words of a voice or a style, not of a being: a phrase with one is no head
#: nor owner ("la grosse voix des bandes-annonces", "un écureuil de dessin animé").
_NOT_BEINGS = frozenset(lx.words_of(
    "cartoon cartoons dessin dessins anime animes animated toon toons manga"
    " trailer trailers bande bandes annonce annonces film films movie movies"))

#: Words of a voice and its size ("une grosse voix", "a big voice"): no being.
_VOICE_ONLY = frozenset(lx.words_of(
    "voice voices voix big grosse gros petite petit little small deep grave une un a"))


#: Presets of a drawing style, not a being: said of a character they colour it.
_STYLES = frozenset({"cartoon"})

#: Words of a production a character may come from ("un boss de jeu vidéo").
_PRODUCTION_WORDS = frozenset(lx.words_of(
    "jeu jeux video videos game games videogame film films movie movies serie series show"
    " shows dessin anime cartoon"))


def character_heads(items: list[Item], mentions: list[Mention]) -> None:
    """The head of a noun phrase decides whose voice it is: "un lutin du père
    Noël", "the elf of Santa", "Santa's elf" are an elf (in "N1 of/de N2" the
    head is N1, in "N2's N1" it is N1), not Santa's big voice.  The owner said
    after "of"/"de" or before "'s" gives way when it is a character or when
    both have a body of their own; a body said of a character ("the ghost of
    a child", "le fantôme d'un géant") keeps its size under the character."""
    by_pos = {m.pos: m for m in mentions}
    creature = ("body", "character")
    for m in list(mentions):
        if m.negated or not m.preset or m not in mentions:
            continue
        nxt = by_pos.get(m.pos + 1)
        if (nxt is None or nxt.negated or not nxt.preset or nxt.clause != m.clause
                or items[m.pos + 1].extra.get("after_filler")):
            continue
        if (PRESETS[m.preset].category == "body" and nxt.preset in _STYLES):
            # "a kids cartoon": the body says what kind of cartoon, it is no voice
            mentions.remove(m)
            by_pos.pop(m.pos, None)
            m.item.kind, m.item.meaning = "filler", None
            head = by_pos.get(m.pos - 1)
            said = m.item.extra.get("after_filler", ())
            if (head is not None and head.preset and head.clause == m.clause
                    and PRESETS[head.preset].category == "character" and "pitch" in head.chain
                    and said and said[0] in _GENITIVE | {"from"}):
                nxt.chain = {e: p for e, p in nxt.chain.items() if e != "pitch"}
            continue
        pair = {m.preset, nxt.preset}
        if "big-man" in pair and len(pair) == 2 and all(
                PRESETS[o.preset].category == "body" for o in (m, nxt)):
            # "a troll king", "un roi troll": the king is a troll, the body the troll's
            role = m if m.preset == "big-man" else nxt
            mentions.remove(role)
            by_pos.pop(role.pos, None)
            role.item.kind, role.item.meaning = "filler", None
    for m in list(mentions):
        if m.negated or not m.preset or PRESETS[m.preset].category not in creature:
            continue
        said = m.item.extra.get("after_filler", ())
        prev = by_pos.get(m.pos - 1)
        after = by_pos.get(m.pos + 1)
        owned = (after is not None and not after.negated and after.clause == m.clause
                 and items[m.pos + 1].extra.get("after_filler", ())[-1:] == ("s",)
                 and bool(after.preset) and PRESETS[after.preset].category == "device")
        kind_of = (prev is not None and not prev.negated and prev.clause == m.clause
                   and said and set(said) <= {"de", "d"}
                   and bool(prev.preset) and PRESETS[prev.preset].category == "device")
        if owned or kind_of:
            # "a kid's toy robot", "un robot jouet d'enfant": the device is the head;
            # whose it is, or whom it is for, is no voice ("a ghost's whisper" is)
            mentions.remove(m)
            by_pos.pop(m.pos, None)
            m.item.kind, m.item.meaning = "filler", None
            continue
        q = m.pos + 1
        said = items[q].extra.get("after_filler", ()) if q < len(items) else ()
        if said and said[-1] == "s":
            while q < min(len(items), m.pos + 4) and q not in by_pos and (
                    items[q].kind in ("unknown", "neutral", "filler")
                    or items[q].mkind == "scale"):
                q += 1  # "Santa's little helper elf"
        other = by_pos.get(q)
        if (other is not None and not other.negated and other.preset
                and other.clause == m.clause and PRESETS[other.preset].category == "device"
                and q == m.pos + 1 and set(other.item.words) & _PRODUCTION_WORDS
                and set(other.item.extra.get("after_filler", ())) & (_GENITIVE | {"from"})):
            # "voix de boss final de jeu vidéo", "a villain from a video game": the
            # production the character comes from, not its medium's sound
            mentions.remove(other)
            by_pos.pop(other.pos, None)
            other.item.kind, other.item.meaning = "filler", None
            continue
        if (other is None or other.negated or not other.preset or other.clause != m.clause
                or PRESETS[other.preset].category not in creature
                or other.preset == m.preset):
            continue
        said = other.item.extra.get("after_filler", ())
        genitive = q == m.pos + 1 and bool(said) and said[0] in _GENITIVE
        genitive = genitive or (q == m.pos + 1 and bool(said) and said[0] == "from")
        if (genitive and PRESETS[m.preset].category == "character"
                and other.preset in _STYLES and "pitch" in m.chain):
            # "voix de méchant de dessin animé": the villain drawn as a cartoon keeps
            # the villain's voice; the style only brightens it
            other.chain = {e: p for e, p in other.chain.items() if e != "pitch"}
            continue
        if (set(m.item.words + other.item.words) & _NOT_BEINGS
                or not set(m.item.words) - _VOICE_ONLY or not set(other.item.words) - _VOICE_ONLY):
            continue  # "la grosse voix des bandes-annonces", "un écureuil de dessin animé"
        if q > m.pos + 1:
            said = items[m.pos + 1].extra.get("after_filler", ())
        else:
            said = other.item.extra.get("after_filler", ())
        if q == m.pos + 1 and said and said[0] in _GENITIVE and set(said[1:]) <= _ARTICLES:
            head, owner = m, other  # "un lutin du père Noël", "the elf of Santa"
        elif said and said[-1] == "s" and set(said[:-1]) <= _ARTICLES:
            head, owner = other, m  # "Santa's elf", "a pirate's parrot"
        else:
            continue
        if (PRESETS[owner.preset].category == "body"
                and PRESETS[head.preset].category == "character"
                and "pitch" not in head.chain):
            continue  # "the ghost of a child": a child's ghost
        mentions.remove(owner)
        by_pos.pop(owner.pos, None)
        owner.item.kind, owner.item.meaning = "filler", None


#: Words that open a purpose ("for my villain character", "pour ma vidéo").
_PURPOSE = frozenset({"for", "pour"})

_DETERMINERS = _ARTICLES | frozenset({"our", "your", "this", "that", "notre", "votre", "nos",
                                      "vos", "ce", "cet", "cette", "ces", "mes", "tes", "ton",
                                      "ta", "some", "des", "du", "de", "d"})

#: Nouns of a role or a production a purpose names ("my villain character",
#: "mon personnage de méchant"): what follows says which.
_ROLES = frozenset(lx.words_of(
    "character characters role roles personnage personnages perso persos role"
    " npc pnj avatar oc intro intros outro outros video videos clip clips stream streams live"
    " lives channel chaine episode episodes short shorts reel reels trailer teaser jingle"
    " generique alert alerts alerte alertes notification notifications message messagerie"
    " voicemail montage edit"))

#: Categories a purpose phrase may name as context; a space said after "for"
#: is the sound asked ("reverb for a cathedral").
_CONTEXT_CATEGORIES = frozenset({"body", "character", "mood", "device", "speed"})


#: Kinds of numbers that ask for something by themselves ("baisse de 3 demi-tons").
_ASKED_KINDS = frozenset({"time", "freq", "db", "semi", "pct", "bits"})


def _purpose(items: list[Item], m: Mention) -> bool:
    """Whether ``m`` is said after "for"/"pour" (and determiners only), or
    after a role noun that is ("for my villain character", "pour mon
    personnage de méchant")."""
    said = m.item.extra.get("after_filler", ())
    k = next((i for i in range(len(said) - 1, -1, -1) if said[i] in _PURPOSE), None)
    if k is not None and set(said[k + 1:]) <= _DETERMINERS:
        return not (k == 0 and _bare_voice_before(items, m.pos))
    prev = items[m.pos - 1] if m.pos > 0 else None
    if (prev is None or prev.clause != m.clause or prev.kind not in ("filler", "unknown")
            or not prev.words or prev.words[0] not in _ROLES or not set(said) <= _DETERMINERS):
        return False
    said = prev.extra.get("after_filler", ())
    k = next((i for i in range(len(said) - 1, -1, -1) if said[i] in _PURPOSE), None)
    return k is not None and set(said[k + 1:]) <= _DETERMINERS


_LINKS = frozenset({"de", "d", "du", "des", "of", "s"})


def _bare_voice_before(items: list[Item], pos: int) -> bool:
    """Whether a voice word alone ("voice", "voix") is said right before ``pos``,
    with no effect or scene word before it in its part: "voice for an audiobook"
    asks for that voice ("robot voice for my intro" is a robot, for an intro)."""
    if pos == 0:
        return False
    prev = items[pos - 1]
    if prev.words not in VOICE or prev.clause != items[pos].clause:
        return False
    before = items[pos - 2] if pos >= 2 else None
    return before is None or before.clause != prev.clause or before.kind in ("filler", "sep")


def _purpose_spans(items: list[Item]) -> set[int]:
    """Positions of the words of purpose phrases: from a word said right after
    "for"/"pour" and determiners, through the words that follow it with at most
    "de"/"of" between, in the same part ("for my horror podcast intro", "pour ma
    chaîne de podcast d'horreur")."""
    out: set[int] = set()
    for it in items:
        said = it.extra.get("after_filler", ())
        k = next((i for i in range(len(said) - 1, -1, -1) if said[i] in _PURPOSE), None)
        if k is None or not set(said[k + 1:]) <= _DETERMINERS or it.kind == "sep":
            continue
        if k == 0 and _bare_voice_before(items, it.pos):
            continue  # "voice for an audiobook, close and warm": the audiobook's voice
        q = it.pos
        while q < len(items) and items[q].clause == it.clause and items[q].kind != "sep" and (
                q == it.pos or set(items[q].extra.get("after_filler", ())) <= _LINKS):
            out.add(q)
            q += 1
    return out


def purposes(items: list[Item], mentions: list[Mention]) -> None:
    """"pitch down a minor third for my villain character", "add some reverb
    for my podcast", "pour mon personnage de méchant, baisse de 3 demi-tons":
    a character, a voice, a mood or a medium named in a purpose phrase is why
    the sound is wanted, not a second request, when the prompt asks for
    something else; alone ("for my villain character") it is the request."""
    live = [m for m in mentions if not m.negated]
    spans = _purpose_spans(items)
    said_for = [m for m in live if m.preset and PRESETS[m.preset].category
                in _CONTEXT_CATEGORIES and (m.pos in spans or _purpose(items, m))]
    asked = any(it.kind == "qty" and it.qty is not None and it.qty.kind in _ASKED_KINDS
                for it in items)  # "pour mon perso, baisse de 3 demi-tons"
    if not said_for or (len(said_for) == len(live) and not asked):
        return
    others = [m for m in live if m not in said_for]
    if not asked and all(list(m.chain) == ["pitch"] and not m.preset for m in others):
        # "voice for my horror game villain, very deep": a pitch word describes the
        # character's voice; only a medium or a mood named for it is context
        said_for = [m for m in said_for
                    if PRESETS[m.preset].category not in ("body", "character")]
    for m in said_for:
        mentions.remove(m)
        m.item.kind, m.item.meaning = "filler", None


#: People whose voice is a radio by convention ("a soldier", "a pilot"): said
#: in a place or at a distance, they are there, not on the radio.
_RADIO_ROLES = frozenset(lx.words_of(
    "soldier soldat pilot pilote stormtrooper swat sniper cop cops policeman policemen police"
    " policier policiers policiere flic flics gendarme gendarmes sheriff sherif vigile"
    " firefighter pompier pompiers ambulancier paramedic spy spies espion espionne espions"
    " military militaire trucker routier astronaut astronaute astronautes cosmonaut"
    " cosmonaute dispatcher"
    # people heard in a church by convention: said in another place, they are there
    " priest priests pretre pretres monk monks moine moines nun nuns nonne religieuse pope"
    " pape bishop eveque preacher predicateur precheur precheurs precheuse vicar vicaire"
    " reverend pasteur imam rabbi rabbin"))


#: People whose voice is a public address by convention ("a flight attendant"),
#: and device words that only say "a loudspeaker" ("haut-parleur de fast-food"):
#: said with another device they give way to it ("a flight attendant on the
#: intercom" is the intercom).
_DEVICE_ROLES = frozenset({
    ("flight", "attendant"), ("hotesse",), ("hotesse", "air"), ("steward",),
    ("stewardess",), ("auctioneer",), ("commissaire", "priseur"), ("bingo", "caller"),
    ("speaker",), ("speakers",), ("haut", "parleur"), ("haut", "parleurs"), ("hautparleur",),
    ("loudspeaker",), ("loudspeakers",), ("enceinte",), ("enceintes",), ("toy",), ("jouet",),
    ("jouets",), ("toys",), ("cheap",), ("bon", "marche"), ("pas", "cher"), ("pas", "chere"),
    ("plastic",), ("plastique",), ("en", "plastique"), ("annonce",), ("annonces",),
    ("announcing",), ("announces",), ("announcement",), ("announcements",), ("headset",),
    ("headsets",), ("casque",), ("casques",)})

_BANDS = frozenset({"telephone", "radio", "megaphone"})

#: The listener's own: "in my headphones", "dans mon casque" say how it is heard.
_MINE = frozenset({"my", "mon", "mes", "ma"})


#: Effects that are a device of their own ("a megaphone", "a phone"): a radio
#: role said with one is heard through it, not on a radio too.
_DEVICE_EFFECTS = frozenset({"megaphone", "telephone"})


_PILOTS = frozenset({"pilot", "pilote"})

_CABIN_REVERB = {"decay_s": 0.3, "mix": 0.15, "predelay_ms": 2.0}


def roles_give_way(items: list[Item], mentions: list[Mention]) -> None:
    """"a soldier shouting orders outside", "un policier au loin", "a pilot
    talking to the passengers": a person heard on a radio by convention gives
    way to a place, a distance or another device said with them."""
    for m in list(mentions):
        if m.negated or not m.preset or m.item.words not in _DEVICE_ROLES:
            continue
        alone = not any(o is not m and o.clause == m.clause for o in mentions)
        if any(o is not m and not o.negated and o.preset != m.preset and (
                o.clause == m.clause or (alone and abs(o.clause - m.clause) == 1))
               and ((o.preset and PRESETS[o.preset].category == "device"
                     and o.item.words not in _DEVICE_ROLES
                     and not (len(o.item.words) == 1 and o.item.words[0] in _RADIO_ROLES))
                    or (not o.preset and set(o.chain) & _BANDS)) for o in mentions):
            mentions.remove(m)
            m.item.kind, m.item.meaning = "filler", None
    for m in list(mentions):
        # "a pilot's voice in my headphones", "la voix d'un pilote dans mon casque": how
        # the listener hears it, not a pair of headphones someone else wears
        if (m.negated or m.preset not in ("headphones", "helmet")
                or not set(m.item.extra.get("after_filler", ())) & _MINE):
            continue
        if any(o is not m and not o.negated and o.clause == m.clause for o in mentions):
            mentions.remove(m)
            m.item.kind, m.item.meaning = "filler", None
    for m in list(mentions):
        if (m.negated or not m.preset or len(m.item.words) != 1
                or m.item.words[0] not in _RADIO_ROLES):
            continue
        if any(o is not m and not o.negated and abs(o.clause - m.clause) <= 0
               and ((o.preset and o.preset != m.preset
                     and PRESETS[o.preset].category in ("space", "distance", "device"))
                    or (not o.preset and set(o.chain) & _DEVICE_EFFECTS))
               for o in mentions):  # "a cop on a megaphone": the megaphone
            mentions.remove(m)
            m.item.kind, m.item.meaning = "filler", None
            if m.item.words[0] in _PILOTS:
                # "a pilot talking to the passengers": the PA of a plane's cabin, a
                # small space (as "over the cabin speakers"), not a station's hall
                for o in mentions:
                    if o.preset == "announcement" and not o.negated and "reverb" in o.chain:
                        o.chain["reverb"] = dict(o.chain["reverb"], **_CABIN_REVERB)


#: Adjectives of reverberation: said right before a space that has that
#: effect they are how much of it the space has ("a very reverberant hallway").
_SPACE_EFFECTS = frozenset({"reverb", "echo"})


def reverberant_spaces(items: list[Item], mentions: list[Mention]) -> None:
    """"a very reverberant hallway", "an echoey cave": an echo or reverb word
    right before a space whose preset has it is that space, more so (x1.3,
    with its own intensity words), not the effect's defaults overwritten by
    the space said after."""
    by_pos = {m.pos: m for m in mentions}
    for m in list(mentions):
        if m.negated or m.preset or not m.chain.keys() <= _SPACE_EFFECTS or any(
                m.chain.values()):
            continue
        q = m.pos + 1
        while q < len(items) and q < m.pos + 3 and items[q].mkind == "scale" and q not in by_pos:
            q += 1  # "a voice that echoes forever in a cave": the cave's tail, forever
        space = by_pos.get(q)
        if (space is None or not space.preset or space.clause != m.clause
                or PRESETS[space.preset].category != "space"
                or not m.chain.keys() <= space.chain.keys()
                or (q == m.pos + 1 and items[space.pos].extra.get("after_filler"))):
            continue
        mentions.remove(m)
        del by_pos[m.pos]
        m.item.meaning = Meaning("scale", factor=1.3, group="amount")

#: Words that, said of an echo in a relative clause ("an echo that gets
#: quieter and quieter", "un écho qui diminue petit à petit"), describe its
#: own tail: repeats that die away.
_DYING = frozenset(lx.words_of(
    "quieter softer fainter weaker diminue diminuent decroit decroissant decays decaying"
    " dies fades fading disappears vanishes s estompe estompe s eteint eteint"
    " disparait meurt attenue faiblit faiblissant efface s efface"))

#: Participles said of an echo without a relative ("echo every half second,
#: fading out", "un écho de 300 ms s'estompant"): the same dying tail.
_DYING_PARTICIPLE = frozenset(lx.words_of(
    "fading decaying dying vanishing disappearing estompant s estompant attenuant"))

_RELATIVE = frozenset({"that", "which", "qui", "who"})

_AWAY = frozenset({("away",), ("out",), ("off",)})

#: Words of "gradually" and "further and further": part of the same description.
_GRADUALLY = frozenset(lx.words_of(
    "petit a peu gradually slowly progressively progressivement lentement doucement bit by"
    " little over time au fil du temps de plus en plus"))


def echo_tails(items: list[Item], mentions: list[Mention]) -> None:
    """"an echo that gets quieter and quieter", "un écho qui diminue petit à
    petit", "a delay that fades out": a quieter word said of an echo in a
    relative clause is its repeats dying away (more of them: feedback 0.5),
    not a lower volume nor less echo."""
    by_pos = {m.pos: m for m in mentions}
    for m in list(mentions):
        if m.negated or "echo" not in m.chain or m.preset:
            continue
        q = m.pos + 1
        if q >= len(items):
            continue
        if not set(items[q].extra.get("after_filler", ())) & _RELATIVE:
            _echo_participle(items, m, by_pos, mentions)
            continue
        while q < len(items) and q < m.pos + 4 and (
                items[q].kind == "filler" or items[q].mkind == "scale"
                or (items[q].words and items[q].words[0] in _GRADUALLY)):
            q += 1  # "an echo that gets quieter", "a delay that slowly fades"
        found = False
        while q < len(items) and q <= m.pos + 8:
            it = items[q]
            dying = bool(it.words) and (it.words[-1] in _DYING or it.words[0] in _DYING)
            if dying or (found and (it.kind in ("sep", "filler") or it.mkind == "scale"
                                    or (it.words and it.words[0] in _GRADUALLY)
                                    or it.words in _AWAY)):
                found = found or dying
                o = by_pos.pop(q, None)
                if o is not None and o in mentions:
                    mentions.remove(o)
                if it.kind != "sep":
                    it.kind, it.meaning = "filler", None
                q += 1
                continue
            if it.mkind in ("edit",) and found is False:
                found = True  # "an echo that fades out"
                it.kind, it.meaning = "filler", None
                q += 1
                continue
            break
        if found:
            echo = m.chain["echo"]
            echo["feedback"] = max(echo.get("feedback", 0.0), 0.5)


def _echo_participle(items: list[Item], m: Mention, by_pos: dict[int, Mention],
                     mentions: list[Mention]) -> None:
    """"echo every half second, fading out": a dying participle after the echo's
    own numbers and commas (no other effect in between) is its tail."""
    q = m.pos + 1
    while q < len(items) and q <= m.pos + 6 and q not in by_pos and (
            items[q].kind in ("sep", "filler", "num", "qty", "time")
            or items[q].mkind in ("param", "time")):
        q += 1
    if q >= len(items) or not items[q].words:
        return
    w = items[q].words
    if w[0] not in _DYING_PARTICIPLE and not (
            set(items[q].extra.get("after_filler", ())) & _RELATIVE
            and (w[0] in _DYING or w[-1] in _DYING)):
        return  # "un écho toutes les demi-secondes qui s'estompe" is the relative
    first = q
    while q < len(items) and (q == first or items[q].words in _AWAY
                              or (items[q].words and items[q].words[0] in _DYING_PARTICIPLE)):
        o = by_pos.pop(q, None)
        if o is not None and o in mentions:
            mentions.remove(o)
        items[q].kind, items[q].meaning = "filler", None
        q += 1
    echo = m.chain["echo"]
    echo["feedback"] = max(echo.get("feedback", 0.0), 0.5)


_HAUNTED = frozenset(lx.words_of("haunted hante hantee hantes hantees"))


def haunted_places(items: list[Item], mentions: list[Mention]) -> None:
    """"a witch in a haunted house", "une sorcière dans une maison hantée": a
    haunted place said with a voice of its own (a character or a body) is the
    ghost's space (its long echo and reverb), not a ghost's whisper stacked on
    that voice; "in a haunted house" alone keeps the whole ghost."""
    voiced = any(not o.negated and (
        (o.preset and PRESETS[o.preset].category in ("body", "character")
         and o.preset != "ghost") or (not o.preset and "pitch" in o.chain))
        for o in mentions)
    if not voiced:
        return
    for m in mentions:
        if (m.preset == "ghost" and not m.negated and m.item.words
                and set(m.item.words) & _HAUNTED):
            for name in ("whisper", "vibrato"):
                m.chain.pop(name, None)


#: "soft", "gentle", "doux": said of the voice or alone in their part of the
#: prompt, a gentle voice (a little quieter and darker), not less effect.
_GENTLE = frozenset({("soft",), ("softly",), ("gentle",), ("gently",), ("doux",), ("douce",),
                     ("doucement",), ("softer",), ("plus", "doux"), ("plus", "douce")})

GENTLE_CHAIN = {"eq": {"high_db": -3.0}, "gain": {"db": -3.0}}


def gentle_voice(items: list[Item], mentions: list[Mention]) -> None:
    """"like a dream, very soft", "une voix douce et lointaine": a softness word
    not said right next to an effect word ("a soft echo" is less echo) is a
    gentle voice: a little quieter and darker (:data:`GENTLE_CHAIN`)."""
    by_pos = {m.pos: m for m in mentions}
    for it in items:
        if it.mkind != "scale" or it.words not in _GENTLE:
            continue
        effect_beside = any(
            (o := by_pos.get(q)) is not None and not o.preset and o.clause == it.clause
            for q in (it.pos - 1, it.pos + 1))
        alone = not any(m.clause == it.clause and m.item is not it for m in mentions)
        nxt = items[it.pos + 1] if it.pos + 1 < len(items) else None
        of_voice = nxt is not None and nxt.clause == it.clause and nxt.words in VOICE
        if effect_beside or not (alone or of_voice):
            continue
        it.kind, it.meaning = "phrase", Meaning("effect", "eq")
        chain = {e: dict(p) for e, p in GENTLE_CHAIN.items()}
        bisect.insort(mentions, Mention(it, chain), key=lambda m: m.pos)


def materials_of_things(items: list[Item], mentions: list[Mention]) -> None:
    """"un robot en métal", "a wooden puppet": a material said of a body, a
    character or an effect, with no space in its part of the prompt, is what
    that thing is made of, not the walls of a room."""
    for m in list(mentions):
        if m.negated or not walls_only(m) or m.item.extra.get("material"):
            continue
        here = [o for o in mentions if o is not m and not o.negated and o.clause == m.clause]
        if not here or any(o.preset and PRESETS[o.preset].category == "space" for o in here):
            continue
        mentions.remove(m)
        m.item.kind, m.item.meaning = "filler", None


#: Words asking that the voice stay intelligible ("mysterious but keep it clear").
_CLARITY = frozenset((w,) for w in lx.words_of(
    "clear clearer clarity clair claire nette clarte intelligible understandable"
    " comprehensible audible lisible articulate")) | frozenset({
        ("plus", "clair"), ("plus", "net"), ("plus", "nette"), ("more", "intelligible"),
        ("more", "audible"), ("plus", "audible")})


def clear_scenes(items: list[Item], mentions: list[Mention]) -> None:
    """"mysterious but keep it clear", "un peu flippant mais compréhensible": a
    clarity word said with a scene or a mood that darkens or drowns the voice
    keeps the voice intelligible -- the scene's low-pass is dropped and its
    echo and reverb are drier (x0.7) -- instead of a treble boost above a
    low-pass that would take it away."""
    for m in list(mentions):
        if m.negated or m.preset or list(m.chain) != ["eq"] or m.item.words not in _CLARITY:
            continue
        bands = [o for o in mentions if o is not m and not o.negated
                 and abs(o.clause - m.clause) <= 1 and set(o.chain) & _BANDS]
        if bands:
            # "a phone but clearer", "un téléphone mais plus clair": a wider band, not a
            # treble boost above the band's top
            for o in bands:
                effect = next(e for e in o.chain if e in _BANDS)
                params = EFFECTS[effect].params
                band = o.chain[effect]
                band["low_hz"] = band.get("low_hz", params["low_hz"].default) / 1.3
                band["high_hz"] = band.get("high_hz", params["high_hz"].default) * 1.3
            mentions.remove(m)
            m.item.kind, m.item.meaning = "filler", None
            continue
        scenes = [o for o in mentions if o is not m and not o.negated and o.preset
                  and abs(o.clause - m.clause) <= 1
                  and ("lowpass" in o.chain or "reverb" in o.chain or "echo" in o.chain)]
        if not scenes:
            continue
        for o in scenes:
            o.chain.pop("lowpass", None)
            for effect in ("reverb", "echo"):
                if effect in o.chain:
                    mix = o.chain[effect].get("mix", EFFECTS[effect].params["mix"].default)
                    o.chain[effect]["mix"] = mix * 0.7
        mentions.remove(m)
        m.item.kind, m.item.meaning = "filler", None


#: Words of a dry sound: said with a space, that space is drier.
_DRY = frozenset({("dry",), ("drier",), ("dryer",), ("sec",), ("seche",), ("secs",),
                  ("seches",), ("mat",), ("mate",), ("dead",), ("deadened",), ("matte",)})


def dry_spaces(items: list[Item], mentions: list[Mention]) -> None:
    """"a recording booth, very dry", "une cabine d'enregistrement, très sèche":
    a dryness word said with a space (in its part of the prompt or the one
    before) makes that space drier (wet share x0.4, x0.25 after "very"),
    instead of asking for the input unchanged."""
    for it in items:
        if it.words not in _DRY or it.kind not in ("phrase", "filler", "unknown"):
            continue
        spaces = [m for m in mentions if not m.negated and m.preset
                  and PRESETS[m.preset].category in ("space", "distance")
                  and it.clause - 1 <= m.clause <= it.clause]
        if not spaces:
            continue
        factor = 0.4
        prev = items[it.pos - 1] if it.pos > 0 else None
        if (prev is not None and prev.clause == it.clause and prev.mkind == "scale"
                and prev.meaning is not None and prev.meaning.factor > 1.0):
            factor = 0.25
            prev.kind, prev.meaning = "filler", None
        space = spaces[-1]
        space.factors["param:mix"] = space.factors.get("param:mix", 1.0) * factor
        it.kind, it.meaning = "filler", None


#: Old words said of a speaker ("a wise old owl", "un vieux chat").
_OLD = frozenset({("old",), ("older",), ("vieux",), ("vieille",), ("vieil",), ("ancient",),
                  ("elderly",), ("aged",), ("agee",), ("age",)})

_TREMBLE = {"vibrato": {"rate_hz": 5.0, "depth_semitones": 0.35}}


def old_bodies(items: list[Item], mentions: list[Mention]) -> None:
    """"a wise old owl", "une vieille chouette", "an old troll": an old word said
    right before or after a body or a character (not an elderly voice itself,
    not a device: "an old phone" is the phone's age) gives it an old voice's
    tremble, on top of its own voice."""
    by_pos = {m.pos: m for m in mentions}
    for it in items:
        if it.words not in _OLD or it.kind not in ("filler", "unknown", "phrase"):
            continue
        if it.kind == "phrase" and it.pos in by_pos:
            continue  # "older" as the elderly voice itself
        host = next((o for q in (it.pos + 1, it.pos - 1, it.pos + 2)
                     if (o := by_pos.get(q)) is not None), None)
        person = next((items[q] for q in (it.pos + 1, it.pos - 1)
                       if 0 <= q < len(items) and items[q].kind == "neutral"
                       and items[q].clause == it.clause), None)
        if host is None and person is not None and not any(
                m.clause == it.clause and not m.negated for m in mentions):
            # "a wise old sage", "un vieux sage": an old person, not an old microphone
            it.kind, it.meaning = "phrase", Meaning("preset", preset="old-person")
            chain = {e: dict(p) for e, p in PRESETS["old-person"].chain.items()}
            bisect.insort(mentions, Mention(it, chain, preset="old-person"), key=lambda m: m.pos)
            by_pos[it.pos] = mentions[[m.pos for m in mentions].index(it.pos)]
            continue
        if (host is None or host.negated or not host.preset or host.clause != it.clause
                or PRESETS[host.preset].category not in ("body", "character")
                or host.preset == "old-person" or "vibrato" in host.chain):
            continue
        if abs(host.pos - it.pos) == 2 and items[min(host.pos, it.pos) + 1].kind != "neutral":
            continue  # only a person word between: "a wise old owl" ("wise")
        host.chain.update({e: dict(p) for e, p in _TREMBLE.items()})
        it.kind, it.meaning = "filler", None


#: Tone words said of a reverb or an echo: its tail's brightness (hf_decay).
_TAIL_TONE = {("darker",): 0.4, ("dark",): 0.4, ("sombre",): 0.4, ("plus", "sombre"): 0.4,
              ("warmer",): 0.5, ("plus", "chaud"): 0.5, ("plus", "chaude"): 0.5,
              ("brighter",): 1.0, ("bright",): 1.0, ("brillant",): 1.0, ("brillante",): 1.0,
              ("plus", "brillant"): 1.0, ("plus", "brillante"): 1.0, ("plus", "clair"): 1.0,
              ("plus", "claire"): 1.0}


def tail_tones(items: list[Item], mentions: list[Mention]) -> None:
    """"make the reverb a bit darker", "rends la réverb plus sombre": a tone word
    said of a reverb (within two words, same part) is the colour of its tail
    (high frequencies dying sooner or later), not an EQ on the whole voice."""
    for m in list(mentions):
        if m.negated or m.preset or list(m.chain) != ["eq"]:
            continue
        tone = _TAIL_TONE.get(m.item.words)
        if tone is None:
            continue
        tail = next((o for o in mentions if o is not m and not o.negated and "reverb" in o.chain
                     and o.clause == m.clause and 0 < abs(o.pos - m.pos) <= 3), None)
        if tail is None:
            continue
        prev = items[m.pos - 1] if m.pos > 0 else None
        if (prev is not None and prev.mkind == "scale" and prev.clause == m.clause
                and prev.meaning is not None):
            if prev.meaning.factor < 1.0:  # "a bit darker": half-way
                tone = (tone + 0.9) / 2.0
            prev.kind, prev.meaning = "filler", None
        tail.chain["reverb"] = {**tail.chain["reverb"], "hf_decay": tone}
        mentions.remove(m)
        m.item.kind, m.item.meaning = "filler", None


_FOR = frozenset({"for", "pour"})


def places_said_for(items: list[Item], mentions: list[Mention]) -> None:
    """"une pub radio pour une voiture de sport", "an ad for a cathedral tour": a
    place said after "for"/"pour" is what the speech is about, not where it sounds."""
    for m in list(mentions):
        if (m.negated or not m.preset or PRESETS[m.preset].category != "space"
                or not set(m.item.extra.get("after_filler", ())) & _FOR):
            continue
        if any(o is not m and not o.negated and o.clause == m.clause and o.pos < m.pos
               for o in mentions):
            mentions.remove(m)
            m.item.kind, m.item.meaning = "filler", None


#: Words that fill a space with something ("full of", "rempli de", "lined with"):
#: said before a material, they say what is in it, not more of the space.
_FULL = frozenset({("full",), ("full", "of"), ("plein",), ("plein", "de"), ("plein", "d"),
                   ("pleins",), ("pleine",), ("pleines",), ("rempli",), ("remplie",),
                   ("remplis",), ("remplies",), ("filled",), ("packed",), ("stuffed",),
                   ("lined",), ("covered",), ("couvert",), ("couverte",), ("tapisse",),
                   ("tapissee",), ("loads", "of"), ("lots",), ("lots", "of"), ("plenty",)})

#: How much drier and shorter soft things make the space they fill.
SOFT_DAMPING = 0.7

#: The walls' ``hf_decay`` of soft things (fabric, carpet, foam), below wood's 0.35.
SOFT_HF_DECAY = 0.3


def soft_materials(items: list[Item], mentions: list[Mention]) -> None:
    """"a closet full of clothes", "une chambre pleine de couvertures", "a room
    with curtains and carpet": soft things in a space absorb -- its highs die
    sooner (the material's ``hf_decay``) and the space is drier and shorter
    (x :data:`SOFT_DAMPING`); "full of" before them says what fills the space,
    it is not more of it.  Hard materials ("tiles", "concrete") only brighten."""
    damped: set[int] = set()
    for m in list(mentions):
        if m.negated or not walls_only(m):
            continue
        if m.chain.get("reverb", {}).get("hf_decay", 1.0) > SOFT_HF_DECAY:
            continue
        spaces = [o for o in mentions if not o.negated and o.preset
                  and PRESETS[o.preset].category == "space"
                  and m.clause - 1 <= o.clause <= m.clause]
        if not spaces:
            continue
        q = m.pos - 1
        while q >= 0 and items[q].clause == m.clause and q >= m.pos - 2 and (
                items[q].words in _FULL or (items[q].mkind == "scale" and items[q].words
                                            and items[q].words[0] in _FULL_WORDS)):
            items[q].kind, items[q].meaning = "filler", None  # "full of", "pleine de"
            q -= 1
        space = min(spaces, key=lambda o: abs(o.pos - m.pos))
        if id(space) in damped:
            continue
        damped.add(id(space))
        for name in ("param:mix", "param:decay_s"):
            space.factors[name] = space.factors.get(name, 1.0) * SOFT_DAMPING


_FULL_WORDS = frozenset(w[0] for w in _FULL)

#: Words of a battery: with a word of lost power beside them (:data:`_FLAT`) they
#: are the sound of something running out of power.
_BATTERY = frozenset(lx.words_of(
    "battery batteries batterie batteries pile piles accu accus accumulateur"
    " accumulateurs cell cells"))

_FLAT = frozenset(lx.words_of(
    "dead dying low weak flat worn drained empty depleted exhausted run rundown almost"
    " finished failing usee usees use uses faible faibles vide vides plat plate morte mortes"
    " mort morts dechargee dechargees decharge decharges epuisee epuisees epuise epuises"
    " lache lachent fatiguee fatiguees agonisante agonisantes"))

BATTERY_PRESET = "slow-motion"


def batteries(items: list[Item], mentions: list[Mention]) -> None:
    """"un jouet avec des piles usées", "a toy whose batteries are almost dead",
    "une batterie à plat": a battery said with a word of lost power, in either
    order, is the sound of running out of power (:data:`BATTERY_PRESET`: the
    tape-slowing drop), whatever the words between."""
    if any(m.preset == BATTERY_PRESET for m in mentions):
        return
    by_pos = {m.pos: m for m in mentions}
    for it in items:
        if not it.words or it.words[0] not in _BATTERY or it.pos in by_pos and by_pos[
                it.pos].preset:
            continue
        weak = [o for o in items[max(0, it.pos - 2):it.pos + 4]
                if o is not it and o.clause == it.clause and o.words
                and (o.words[0] in _FLAT or o.words[-1] in _FLAT)]
        if not weak:
            continue
        for o in (*weak, it):
            old = by_pos.pop(o.pos, None)
            if old is not None and old in mentions:
                mentions.remove(old)
            o.kind, o.meaning = "filler", None
        it.kind, it.meaning = "phrase", Meaning("preset", preset=BATTERY_PRESET)
        chain = {e: dict(p) for e, p in PRESETS[BATTERY_PRESET].chain.items()}
        bisect.insort(mentions, Mention(it, chain, preset=BATTERY_PRESET),
                      key=lambda m: m.pos)
        return


#: Loudspeaker words that alone are a public address, and words of a broken one:
#: together they are a small broken speaker, not a PA in a hall.
_LOUDSPEAKERS = frozenset({("haut", "parleur"), ("haut", "parleurs"), ("hautparleur",),
                           ("loudspeaker",), ("loudspeakers",), ("speaker",), ("speakers",)})

_BROKEN = frozenset((w,) for w in lx.words_of(
    "casse cassee casses cassees broken busted blown pourri pourrie abime abimee damaged"
    " endommage endommagee defectueux defectueuse crappy crummy faulty grille grillee"
    " fichu fichue naze nase"))

BROKEN_SPEAKER = "cheap-speaker"


def broken_speakers(items: list[Item], mentions: list[Mention]) -> None:
    """"un haut-parleur cassé", "a broken loudspeaker", "a blown speaker": a
    loudspeaker said broken is a small, driven speaker (:data:`BROKEN_SPEAKER`,
    drive x1.5), not a public address in a big space."""
    by_pos = {m.pos: m for m in mentions}
    for m in list(mentions):
        if m.negated or not m.preset or m.item.words not in _LOUDSPEAKERS:
            continue
        broken = next((items[q] for q in (m.pos - 1, m.pos + 1) if 0 <= q < len(items)
                       and items[q].clause == m.clause and items[q].words in _BROKEN), None)
        if broken is None:
            continue
        other = by_pos.get(broken.pos)
        if other is not None and other in mentions:
            mentions.remove(other)
        broken.kind, broken.meaning = "filler", None
        m.preset = BROKEN_SPEAKER
        m.item.meaning = Meaning("preset", preset=BROKEN_SPEAKER)
        m.chain = {e: dict(p) for e, p in PRESETS[BROKEN_SPEAKER].chain.items()}
        m.factors["param:drive_db"] = m.factors.get("param:drive_db", 1.0) * 1.5


#: Space words that are a material when said of another space ("a large tiled pool").
_TILED = frozenset({("tiled",), ("tile",), ("tiles",), ("carrele",), ("carrelee",),
                    ("carreles",), ("carrelees",), ("carrelage",)})


def tiled_spaces(items: list[Item], mentions: list[Mention]) -> None:
    """"a large tiled swimming pool", "une grande piscine carrelée": a tiled word
    said right before or after another space is that space's walls (bright, hard),
    not a small bathroom replacing it."""
    by_pos = {m.pos: m for m in mentions}
    for m in list(mentions):
        if m.negated or m.preset != "bathroom" or m.item.words not in _TILED:
            continue
        other = next((o for q in (m.pos - 1, m.pos + 1) if (o := by_pos.get(q)) is not None
                      and o.preset and o.preset != m.preset and o.clause == m.clause
                      and PRESETS[o.preset].category == "space"), None)
        if other is None:
            continue
        if "reverb" in other.chain:
            other.chain["reverb"] = {**other.chain["reverb"], "hf_decay": 1.0}
        mentions.remove(m)
        m.item.kind, m.item.meaning = "filler", None


#: Words of a call that, said of a voice in a place without a phone ("a mermaid
#: calling from under the waves", "calling from the bottom of a well"), are a shout.
_CALLING = frozenset((w,) for w in lx.words_of(
    "calling calls called appelle appelait appelais appelant appeler"))

#: Places where nobody holds a phone.
_NO_PHONE = frozenset({"cave", "canyon"})


def calls_in_the_open(items: list[Item], mentions: list[Mention]) -> None:
    """"a mermaid calling from under the waves", "someone calling from the bottom
    of a well", "une sirène qui appelle sous les vagues": a call said in a place
    with no phone (underwater, a cave or well, a canyon) is a
    voice calling out, not a phone line; with a phone named it stays a call."""
    for m in list(mentions):
        if m.negated or m.preset or list(m.chain) != ["telephone"] or m.item.words not in _CALLING:
            continue
        here = [o for o in mentions if o is not m and not o.negated and o.clause == m.clause]
        if any("telephone" in o.chain or (o.preset and PRESETS[o.preset].category == "device")
               for o in here):
            continue
        if any("underwater" in o.chain or o.preset in _NO_PHONE for o in here):
            mentions.remove(m)
            m.item.kind, m.item.meaning = "filler", None
