"""Pass 5: attach numbers and modifiers to the effects they are said with.

**Modifiers.**  An intensity word ("a little", "very", "un peu",
"beaucoup"), a length word ("long", "court") or a speed word ("slow",
"rapide") applies to the nearest effect or preset after it in the same part
of the prompt (within three words), else the nearest before it (within
three words); see each effect's ``scales`` in the registry for which
parameters move.  "very" before another modifier sharpens it ("very fast").
A speed word next to nothing that has a rate is reported as not understood.

**Numbers.**  A quantity goes to the effect it is said with:

1. a parameter word next to it picks the parameter ("echo with 60%
   feedback", "rate 3 Hz");
2. the nearest effect of the same part of the prompt (between separators)
   that takes its unit wins; a number without a unit only goes to an effect
   right next to it ("lowpass 800"), and only if it lies in the range of
   the effect's main parameter;
3. with no such effect in its part, a pitch interval calls up a pitch shift
   and decibels a gain ("up 5 semitones, vibrato": the 5 is the pitch's);
4. else the nearest effect that takes its unit in the two parts either side.

A direction word next to a number ("down", "baisse", "minus") makes it go
to a signed parameter (pitch, gain, EQ) and sets its sign; without one, the
sign comes from the effect's word ("quieter by 3 dB" is -3 dB).  A
frequency after "below"/"sous" or "above"/"au-dessus" is a filter's cutoff:
"cut below 200 Hz" and "coupe sous 200 Hz" are a high-pass at 200 Hz, "cut
the highs above 5 kHz" a low-pass at 5 kHz.
"""

from __future__ import annotations

import bisect
import dataclasses
import math

from ..presets import PRESETS
from ..registry import EFFECTS, UNIT_KIND
from . import lexicon as lx
from .lexicon import Meaning
from .resolve import Mention, Negations, is_band
from .words import Item

IMPLIED: dict[str, str] = {"semi": "pitch", "db": "gain", "bits": "bitcrush"}
"""Effects a quantity calls up when no effect of its part of the prompt takes it."""

SCALE_WINDOW = 3  # words between a modifier and its effect
BARE_WINDOW = 2  # words between a bare number and its effect
DIRECTION_WINDOW = 2  # words between a direction word and its number
SEPARATOR_COST = 3  # a separator counts as this many words
CLAUSE_REACH = 2  # parts of the prompt, either side, a number may reach
_BAND_EFFECTS = frozenset({"telephone", "radio", "megaphone"})


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
        if group == "speed":
            name = TAPE[item.meaning.factor > 1.0]
        elif group == "amount" and len(item.words) == 1 and item.words[0] in BIG:
            name = "epic"
        else:
            continue
        of_voice = (group == "speed" and item.pos + 1 < len(items)
                    and items[item.pos + 1].words in _VOICE)  # "a deep slow voice"
        ahead = next((m for m in live if item.pos < m.pos <= item.pos + 4
                      and m.clause == item.clause + 1 and _has_group(m, group)
                      and all(x.kind in ("sep", "unknown", "filler") or x.mkind == "scale"
                              for x in items[item.pos + 1:m.pos])), None)
        if ahead is not None and not of_voice:
            continue  # "a fast, shallow vibrato": said of the vibrato (attach_modifiers)
        if not of_voice and (item.clause in clauses
                             or _modifier_target(item, group, live, positions)):
            continue
        item.meaning = Meaning("preset", preset=name)
        chain = {e: dict(p) for e, p in PRESETS[name].chain.items()}
        if group == "speed":
            _tape_by_percent(items, item, chain)
        bisect.insort(mentions, Mention(item, chain, preset=name), key=lambda m: m.pos)


#: Words before a share that make it the new speed, not a change of speed:
#: "slow it down to 80%", "ralentis à 80 %", "play it at 120%".
_TO_SPEED = frozenset({("to",), ("a",), ("at",), ("jusqu",), ("jusqu", "a")})


def _tape_by_percent(items: list[Item], item: Item, chain: dict) -> None:
    """"speed it up 20 percent", "ralentis de 15 %": a tape played that much
    faster or slower is ``12 log2(1 +- share)`` semitones higher or lower;
    "to 80%", "à 80 %" is the new speed itself, ``12 log2(share)``."""
    for q in range(max(0, item.pos - 3), min(len(items), item.pos + 4)):
        other = items[q]
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


def vintage_alone(items: list[Item], mentions: list[Mention]) -> None:
    """An old-sound word with nothing else in its part of the prompt is the
    sound of an old microphone (:data:`VINTAGE_PRESET`): warm, narrow and
    slightly driven."""
    live = {m.clause for m in mentions if not m.negated}
    for it in items:
        if it.kind not in ("filler", "neutral") or len(it.words) != 1 or (
                it.words[0] not in VINTAGE_WORDS) or it.clause in live:
            continue
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
                         else step == 1 and bool(_THINGS & set(other.chain)))  # "a giant bell"
                if other.clause == m.clause and thing and not near:
                    group = "size" if other.preset else "amount"
                    other.factors[group] = other.factors.get(group, 1.0) * 1.5
                    mentions.remove(m)
                    m.item.kind = "filler"
                    break
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
              ("thin",): 0.6, ("thinner",): 0.6, ("fin",): 0.6, ("fine",): 0.6,
              ("mince",): 0.6}
_METAL = frozenset({("metal",), ("metallic",), ("metallique",), ("iron",), ("fer",),
                    ("tin",), ("aluminium",), ("aluminum",)})
_OLD_VOICE = frozenset({"voix_de_vieux", "une_voix_de_vieux"})
#: "an intercom at the door": where a device is, not a wall between.
_AT = frozenset({"at", "on", "by", "a", "au", "sur", "pres"})
#: Places a voice may come from rather than be in: after a speaker and "from"
#: ("an alien from outer space", "un vieil homme de la campagne") they say
#: where it comes from, not where it sounds.
_ORIGIN_PRESETS = frozenset({"outdoors", "canyon", "spaceship", "spacey"})
_ORIGIN_WORDS = frozenset({("space",), ("espace",), ("outer", "space")})
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
                     if (o := near(q)) is not None and not o.negated and not _walls_only(o)),
                    None)
        said = set(m.item.extra.get("after_filler", ()))
        links = (_WITH if prev is not None and prev.preset
                 and PRESETS[prev.preset].category == "space" else _AT
                 if prev is not None and prev.preset
                 and PRESETS[prev.preset].category == "device" else frozenset())
        if m.preset in _PARTS and prev is not None and m.pos - prev.pos <= 4 and (
                any(set(it.extra.get("after_filler", ())) & links
                    for it in items[prev.pos + 1:m.pos + 1])):
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
        if not m.preset and m.item.words in _THICKNESS and part is not None:
            # "through a thick wall", "un mur épais": more muffled; "a thin wall": less
            part.factors["amount"] = part.factors.get("amount", 1.0) * _THICKNESS[m.item.words]
            drop(m)
            continue
        if (not m.preset and m.item.words in _METAL and nxt is not None and nxt.preset
                and PRESETS[nxt.preset].category == "space"):
            # "a metal container", "a metal tank": bright walls that ring a little
            m.chain = {"ringmod": {**m.chain.get("ringmod", {}), "mix": 0.3},
                       "reverb": {"hf_decay": 1.0}}
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


#: Comparatives that "a bit" softens: True for more, False for less.
#: Words that make what follows a complaint ("too long", "trop d'écho").
_COMPLAINT = frozenset({("too",), ("trop",), ("too", "much"), ("way", "too"), ("far", "too"),
                        ("beaucoup", "trop"), ("bien", "trop"), ("way", "too", "much")})
_MORE_OR_LESS = {("more",): True, ("plus",): True, ("less",): False, ("moins",): False,
                 ("stronger",): True, ("bigger",): True, ("longer",): True,
                 ("shorter",): False, ("louder",): True, ("slower",): False,
                 ("faster",): True, ("quicker",): True, ("plus", "lent"): False,
                 ("plus", "lente"): False, ("plus", "rapide"): True, ("plus", "vite"): True,
                 ("plus", "long"): True, ("plus", "longue"): True, ("plus", "court"): False,
                 ("plus", "courte"): False}


def _relative_percents(items: list[Item]) -> None:
    """"20 percent more reverb", "30 % de moins": a share said with "more" or
    "less" is how much more or less (x1.2, x0.7), not a parameter's value."""
    for it in items:
        q = it.qty
        if it.kind != "qty" or q is None or q.kind != "pct" or not 0.0 < q.value < 1.0:
            continue
        nxt = items[it.pos + 1] if it.pos + 1 < len(items) else None
        if (nxt is None or nxt.clause != it.clause or nxt.mkind != "scale"
                or nxt.words not in _MORE_OR_LESS):
            continue
        more = _MORE_OR_LESS[nxt.words]
        nxt.meaning = Meaning("scale", factor=1.0 + q.value if more else 1.0 - q.value,
                              group="amount")
        it.kind = "filler"


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
                 and abs(o.clause - m.clause) <= 1 and _BAND_EFFECTS & set(o.chain)]
        if not hosts:
            continue
        prev = items[m.pos - 1] if m.pos > 0 else None
        if prev is not None and prev.clause == m.clause and (
                prev.words in _NOT_TOO or prev.words in _TOO or prev.mkind == "neg"):
            step = -step  # "not too narrow": wider
            prev.kind, prev.meaning = "filler", None
        host = min(hosts, key=lambda o: abs(o.pos - m.pos))
        effect = next(e for e in host.chain if e in _BAND_EFFECTS)
        params = EFFECTS[effect].params
        band = host.chain[effect]
        low = band.get("low_hz", params["low_hz"].default)
        high = band.get("high_hz", params["high_hz"].default)
        band["low_hz"], band["high_hz"] = low / 1.3**step, high * 1.3**step
        mentions.remove(m)
        m.item.kind = "filler"


def attach_modifiers(items: list[Item], mentions: list[Mention]) -> list[str]:
    """Apply intensity, length and speed words; return those that found nothing."""
    eras(items, mentions)
    scene_heads(items, mentions)
    band_widths(items, mentions)
    sizes_of_things(items, mentions)
    keep_formants(items, mentions)
    tape_speed(items, mentions)
    vintage_alone(items, mentions)
    _relative_percents(items)
    for it in items:
        # "distortion plus bitcrush", "distorsion plus bitcrush": "plus" between two
        # effects is "and", not "more"
        if (it.mkind == "scale" and it.words == ("plus",) and 0 < it.pos < len(items) - 1
                and items[it.pos - 1].mkind in ("effect", "preset")
                and items[it.pos + 1].mkind in ("effect", "preset")):
            it.kind, it.meaning = "filler", None
    factors = {it.pos: it.meaning.factor for it in items
               if it.mkind == "scale" and it.meaning is not None}
    for pos in sorted(factors):
        # "the reverb is too long", "la réverb est trop longue", "too much echo", "trop
        # d'écho": a complaint, so the other way (x0.5 / the inverse), not more of it
        it, nxt = items[pos], (items[pos + 1] if pos + 1 < len(items) else None)
        prev = items[pos - 1] if pos > 0 else None
        group = it.meaning.group  # type: ignore[union-attr]
        if (group in ("length", "speed") and prev is not None and prev.clause == it.clause
                and prev.words in _COMPLAINT):
            factors[pos] = 1.0 / factors[pos]
            factors.pop(prev.pos, None)
            prev.kind, prev.meaning = "filler", None
        elif (it.words in _COMPLAINT and pos in factors and nxt is not None
              and nxt.clause == it.clause and nxt.mkind == "effect" and nxt.meaning is not None
              and not nxt.meaning.focus and nxt.meaning.effect not in ("pitch", "gain")):
            factors[pos] = 0.5
    for pos in sorted(factors):
        # "a bit more reverb", "un peu plus de réverb": a little more (x1.25), not less;
        # "a bit less", "un peu moins": a little less (x0.75)
        nxt = items[pos + 1] if pos + 1 < len(items) else None
        if (nxt is not None and nxt.pos in factors and factors[pos] < 1.0
                and items[pos].meaning.group == "amount"  # type: ignore[union-attr]
                and nxt.words in _MORE_OR_LESS):
            factors[nxt.pos] = 1.25 if _MORE_OR_LESS[nxt.words] else 0.75
            del factors[pos]
    for pos in sorted(factors, reverse=True):
        # "very subtle" is 0.5 ** 1.5, "very fast" 2 ** 1.5
        nxt = items[pos + 1] if pos + 1 < len(items) else None
        if (nxt is not None and nxt.pos in factors and factors[pos] > 1.0
                and items[pos].meaning.group == "amount"):  # type: ignore[union-attr]
            factors[pos + 1] **= factors.pop(pos)
    live = [m for m in mentions if not m.negated]
    positions = [m.pos for m in live]
    lost = []
    for pos, factor in sorted(factors.items()):
        item = items[pos]
        group = item.meaning.group  # type: ignore[union-attr]
        nxt = items[pos + 1] if pos + 1 < len(items) else None
        if group in ("amount", "speed") and nxt is not None and nxt.kind == "param":
            # "lots of feedback", "beaucoup de retour", "slow rate": the parameter itself
            owner = _param_owner(nxt, live)
            if owner is not None:
                owner[0].factors[f"param:{owner[1]}"] = factor
                continue
        if group == "amount" and nxt is not None and nxt.mkind == "effect":
            # "few repeats", "beaucoup de répétitions": an effect's word that names
            # one of its own parameters; the amount is that parameter's
            own = [m for m in live if m.item is nxt]
            names = [p for p in sorted(lx.PARAM_WORD.get(nxt.words, ()))
                     if own and any(p in EFFECTS[e].params for e in own[0].chain)]
            if names and names[0] == "feedback":  # not "a bit of delay" (a little echo)
                own[0].factors[f"param:{names[0]}"] = factor
                continue
        if group == "drive":
            # "a radio voice but cleaner": the drive of what has one, nearest first
            hosts = [m for m in live if abs(m.clause - item.clause) <= 1 and any(
                "drive_db" in EFFECTS[e].params for e in m.chain)]
            if hosts:
                host = min(hosts, key=lambda m: (m.clause != item.clause, abs(m.pos - item.pos)))
                host.factors["param:drive_db"] = host.factors.get("param:drive_db", 1.0) * factor
            continue
        target = _modifier_target(item, group, live, positions)
        if target is None:
            if group == "speed":
                lost.append(item.text)
            continue
        if (group == "amount" and target.preset and item.words and item.words[-1] in SIZES
                and PRESETS[target.preset].category in ("body", "space")):
            group = "size"  # "a tiny closet", "a huge dragon": the size of the body or space
        target.factors[group] = target.factors.get(group, 1.0) * factor
    return lost


def _param_owner(item: Item, live: list[Mention]) -> tuple[Mention, str] | None:
    """The nearest mention of ``item``'s part whose effect has the parameter it names."""
    params = lx.PARAM_WORD.get(item.words, frozenset())
    best = None
    here = any(m.clause == item.clause for m in live)
    for m in live:
        if m.clause != item.clause and (here or not item.clause - 2 <= m.clause < item.clause):
            continue  # alone in its part: the effects of the two parts before
        for e in m.chain:
            for p in sorted(params):
                nearer = best is None or abs(m.pos - item.pos) < abs(best[0].pos - item.pos)
                if p in EFFECTS[e].params and nearer:
                    best = (m, p)
    return best


_PITCH_NOUNS = frozenset({("pitch",), ("hauteur",), ("the", "pitch"), ("note",)})
_ONTO = frozenset({"to", "on", "onto", "sur", "de", "of", "in", "dans"})
_A_TONE = [["un", "ton"], ["a", "tone"], ["one", "tone"]]  # "un ton héroïque": a manner
_DEEP = frozenset({("deep",), ("profond",), ("profonde",), ("deeper",), ("plus", "profond")})
_VOICE = frozenset({("voice",), ("voix",), ("voices",), ("vocal",), ("vocals",)})
_MODULATIONS = frozenset({"tremolo", "vibrato", "chorus", "flanger", "phaser"})


def demote_param_words(items: list[Item], mentions: list[Mention]) -> None:
    """"a chorus with a 25 ms delay": "delay" names the chorus's parameter,
    not an echo, when an effect of the same part has that parameter and a
    number or an intensity word is next to it."""
    by_clause: dict[int, list[Mention]] = {}
    for m in mentions:
        by_clause.setdefault(m.clause, []).append(m)
    for m in list(mentions):
        # "a slow wobble to the pitch", "une ondulation sur la hauteur": what the
        # modulation moves, not a pitch shift
        said = set(m.item.extra.get("after_filler", ()))
        if (not m.preset and list(m.chain) == ["pitch"] and m.item.words in _PITCH_NOUNS
                and said & _ONTO and any(
                    _MODULATIONS & set(o.chain) and o.clause == m.clause
                    and 0 < m.pos - o.pos <= 3 for o in mentions)):
            mentions.remove(m)
            m.item.kind, m.item.meaning = "filler", None
    for m in list(mentions):
        # "phaser slow and deep", "un trémolo profond": depth, not a deep voice
        alone = not any(o is not m and o.clause == m.clause for o in mentions)
        voice = m.pos + 1 < len(items) and items[m.pos + 1].words in _VOICE
        if (not m.preset and list(m.chain) == ["pitch"] and m.item.words in _DEEP and not voice
                and any(_MODULATIONS & set(o.chain) and (
                    (o.pos == m.pos + 1 and o.clause == m.clause)  # "deep tremolo"
                    or (m.pos - 4 <= o.pos < m.pos and (  # "phaser slow and deep"
                        o.clause == m.clause or (alone and o.clause == m.clause - 1))))
                        for o in mentions)):
            mentions.remove(m)
            m.item.meaning = Meaning("scale", factor=1.5, group="amount")
    kept: set[int] = set()
    for m in list(mentions):
        params = lx.PARAM_WORD.get(m.item.words)
        if not params or m.preset or len(m.chain) != 1:
            continue
        # "délai de 200 ms avec beaucoup de répétitions": two words of the same
        # effect that are both parameter words; the first names the effect
        others = [o for o in by_clause[m.clause] if o is not m and any(
            p in EFFECTS[e].params for e in o.chain for p in params)
            and (o.chain.keys() != m.chain.keys() or id(o) in kept
                 or not lx.PARAM_WORD.get(o.item.words) or o.pos < m.pos)]
        near = _near(items, m.pos, 2, ("scale",)) or any(
            0 <= m.pos + d < len(items) and items[m.pos + d].kind == "qty"
            and items[m.pos + d].clause == m.clause for d in (-2, -1, 1, 2))
        if others and near:
            mentions.remove(m)
            m.item.kind = "param"
        else:
            kept.add(id(m))


def _has_group(m: Mention, group: str) -> bool:
    return any(EFFECTS[e].scales.get(group) for e in m.chain)


def _walls_only(m: Mention) -> bool:
    """A material word ("wooden", "en pierre"): it says what the walls of the
    space are made of, so a size or intensity word before it is said of the
    space after it ("a small wooden cabin")."""
    return not m.preset and list(m.chain) == ["reverb"] and set(m.chain["reverb"]) == {
        "hf_decay"}


def _modifier_target(item: Item, group: str, live: list[Mention],
                     positions: list[int]) -> Mention | None:
    k = bisect.bisect_right(positions, item.pos)
    for m in live[k:]:
        if m.pos > item.pos + SCALE_WINDOW or m.clause != item.clause:
            break
        if _walls_only(m):
            continue
        if _has_group(m, group):
            return m
    for m in reversed(live[:k]):
        if m.pos < item.pos - SCALE_WINDOW:
            break
        if _has_group(m, group):
            return m
    if not any(m.clause == item.clause for m in live[max(0, k - 1):k + 1]):
        # alone in its part: "reverb 3 s, but keep it subtle" is said of the reverb
        for m in reversed(live[:k]):
            if m.clause < item.clause - 2:
                break
            if _has_group(m, group):
                return m
        # "a fast, shallow vibrato": adjectives in a row, the effect right after
        for m in live[k:]:
            if m.pos > item.pos + SCALE_WINDOW + 1 or m.clause > item.clause + 1:
                break
            if _has_group(m, group):
                return m
    return None


def _near(items: list[Item], pos: int, window: int, kinds: tuple[str, ...],
          before_only: bool = False) -> Item | None:
    """The nearest item of a meaning kind within ``window`` words in the same part."""
    clause = items[pos].clause
    for d in range(1, window + 1):
        for q in ((pos - d,) if before_only else (pos - d, pos + d)):
            if 0 <= q < len(items) and items[q].clause == clause and items[q].mkind in kinds:
                return items[q]
    return None


def _direction_over_a_modifier(items: list[Item], pos: int) -> Item | None:
    """"baisse un peu le volume", "turn the reverb down a bit": a direction
    word with an intensity word between it and the effect."""
    for d in (-2, 2):
        q, mid = pos + d, pos + d // 2
        if (0 <= q < len(items) and items[q].mkind == "direction"
                and items[mid].mkind == "scale" and items[q].clause == items[pos].clause):
            return items[q]
    return None


def _hint(items: list[Item], pos: int, kind: str) -> frozenset[str]:
    """Parameter names of the nearest parameter word next to ``pos`` that can
    take a quantity of ``kind`` ("60% feedback", "rate 3 Hz")."""
    clause = items[pos].clause
    for d in (-1, 1, -2, 2):
        q = pos + d
        if 0 <= q < len(items) and items[q].clause == clause:
            params = lx.PARAM_WORD.get(items[q].words)
            own = items[q].meaning
            if (params and items[q].kind == "phrase" and own is not None and own.kind == "effect"
                    and not any(p in EFFECTS[own.effect].params for p in params)):
                continue  # "robot, pitch -3": the pitch shift's word, not the robot's pitch
            if params and items[q].kind in ("param", "phrase") and (
                kind == "" or any(lx.PARAM_KIND.get(p) == kind for p in params)
            ):
                if d > 0 and q + 1 < len(items) and items[q + 1].kind == "qty":
                    # "2 seconds predelay 0": a parameter word followed by a
                    # value names that value, not the one before it
                    continue
                return params
    return frozenset()


def _kind_fits(effect: str, param: str, kind: str) -> bool:
    unit = EFFECTS[effect].params[param].unit
    return kind == "" or UNIT_KIND.get(unit) == kind


def _band_param(effect: str, hz: float) -> str:
    params = EFFECTS[effect].params
    lo, hi = params["low_hz"].default, params["high_hz"].default
    hz = max(hz, 1e-9)
    return "low_hz" if abs(math.log(hz / lo)) <= abs(math.log(hz / hi)) else "high_hz"


def target(m: Mention, kind: str, value: float, hint: frozenset[str],
           signed_only: bool = False) -> tuple[str, str, bool] | None:
    """The (effect, parameter) of ``m`` a quantity of ``kind`` sets, or None;
    the third value says whether a parameter word chose it."""
    for effect in m.chain:
        info = EFFECTS[effect]
        name: str | None = None
        for p in sorted(hint):
            if p in info.params and _kind_fits(effect, p, kind):
                if not signed_only or info.params[p].signed:
                    return effect, p, True
        if name is None:
            if kind == "":
                name = info.main
            else:
                name = info.units.get(kind)
                if name == "band":
                    name = _band_param(effect, value)
                elif name == "focus":
                    name = m.focus or next(
                        (p for p, v in m.chain[effect].items() if v), "low_db")
        if name is not None and (not signed_only or info.params[name].signed):
            return effect, name, False
    return None


#: Level, in dB, of the last of "N repeats" of an echo: "5 repeats" is the
#: feedback whose 5th repeat is 30 dB down (0.5).
LAST_REPEAT_DB = -30.0


def _convert(q_value: float, kind: str, effect: str, param: str) -> float:
    p = EFFECTS[effect].params[param]
    if kind == "count":
        return 10.0 ** (LAST_REPEAT_DB / (20.0 * max(q_value, 1.0)))
    if kind == "time" and p.unit == "ms":
        return q_value * 1000.0
    if kind == "freq" and p.unit == "ms":
        return 1000.0 / max(q_value, 1e-6)  # "an echo at 120 bpm", "at 2 Hz": one period
    if kind == "" and p.unit == "" and 1.0 < q_value <= 100.0:
        return q_value / 100.0  # "feedback 60" is 60 %
    return q_value


def attach_numbers(items: list[Item], mentions: list[Mention], neg: Negations) -> list[str]:
    """Give each quantity to an effect (see the module doc); return those that
    found none.  Implied mentions (a pitch for "+3 semitones") are appended
    to ``mentions``."""
    lost: list[str] = []
    _frequency_gains(items, mentions)
    by_clause: dict[int, list[Mention]] = {}
    for m in mentions:
        by_clause.setdefault(m.clause, []).append(m)
    keep_clauses = {x.clause for x in items if x.mkind == "keep"}
    for it in items:
        q = it.qty
        if it.kind != "qty" or q is None:
            continue
        # only this part of the prompt and its neighbours: the cost per number
        # stays bounded, so the pass is linear in the prompt's length
        live = [m for c in range(it.clause - CLAUSE_REACH, it.clause + CLAUSE_REACH + 1)
                for m in by_clause.get(c, ()) if not m.negated]
        if q.kind == "" and _said_of_a_band(it, live):
            q = it.qty = dataclasses.replace(q, kind="db")  # "bass +5", "aigus -3"
        hint = _hint(items, it.pos, q.kind)
        direction = _near(items, it.pos, DIRECTION_WINDOW, ("direction", "remove"))
        if direction is None and q.kind == "semi":
            # "an octave below", "une octave en dessous": an interval's direction
            where = _near(items, it.pos, 1, ("below", "above"))
            if where is not None:
                direction = Item("phrase", where.text, where.words,
                                 Meaning("direction", sign=-1 if where.mkind == "below" else 1))
        signed_only = direction is not None and q.kind in ("semi", "db", "")
        chosen: tuple[Mention, tuple[str, str]] | None = None
        if q.kind == "freq":
            chosen = _positional(items, it, live, it.clause in keep_clauses)
            if chosen is not None and chosen[0].implied:
                by_clause.setdefault(it.clause, []).append(chosen[0])
                mentions.append(chosen[0])
        if chosen is None:
            found = [(m, t) for m in live
                     if (t := target(m, q.kind, q.value, hint, signed_only)) is not None]
            if any(t[2] for _, t in found):  # a parameter word chose: only those
                found = [(m, t) for m, t in found if t[2]]
            cands = [(m, t[:2]) for m, t in found]
            window = BARE_WINDOW + (1 if hint else 0)
            same = [(abs(m.pos - it.pos), m.pos > it.pos, m, t) for m, t in cands
                    if m.clause == it.clause and (q.kind or abs(m.pos - it.pos) <= window)]
            if not same and q.kind == "db":
                same = _db_for_a_filter(it, live)
            if not same and q.kind == "db":
                # "more treble, +3 dB": a level right after an EQ word is the EQ's
                same = [(0, False, m, t) for m, t in cands
                        if m.clause == it.clause - 1 and list(m.chain) == ["eq"]][-1:]
            adjective = _adjective(items, it, same)
            if adjective is not None:
                chosen = adjective
            elif same:
                # a value out of a parameter's range is not said of it ("chorus
                # with 5 second reverb": the 5 s is the reverb's decay, not the
                # chorus delay), then the nearest, then the one before
                _, _, m, t = min(same, key=lambda c, q=q: (
                    not _fits_range(q.value, q.kind, c[3]), c[:2]))
                chosen = (m, t)
            elif q.kind in IMPLIED and any(IMPLIED[q.kind] in m.chain for m, _ in cands):
                # "plus grave, genre une octave en dessous": the pitch already said
                m, t = min(((m, t) for m, t in cands if IMPLIED[q.kind] in m.chain),
                           key=lambda c, it=it: (abs(c[0].clause - it.clause),
                                                 abs(c[0].pos - it.pos)))
                chosen = (m, t)
            elif (q.kind in IMPLIED and not hint and IMPLIED[q.kind] not in neg.negated_effects
                  and not (q.written and direction is None and not q.signed
                           and q.text.lower().replace("-", " ").split()[-2:] in _A_TONE)):
                # ("un ton héroïque": a manner of speaking, not a whole tone up)
                effect = IMPLIED[q.kind]
                m = Mention(it, {effect: {}}, implied=True)
                mentions.append(m)
                by_clause.setdefault(it.clause, []).append(m)
                chosen = (m, (effect, EFFECTS[effect].main or ""))
            elif (q.kind == "" and direction is not None and direction.mkind == "direction"
                  and not any(m.clause == it.clause for m in live) and 0 < abs(q.value) <= 24
                  and "pitch" not in neg.negated_effects):
                # "monte de 2", "down 3": a bare number with a direction and nothing
                # else in its part is a pitch shift in semitones
                m = Mention(it, {"pitch": {}}, implied=True)
                mentions.append(m)
                by_clause.setdefault(it.clause, []).append(m)
                chosen = (m, ("pitch", "semitones"))
            elif (q.kind or hint) and cands:  # "echo, feedback 0.5": a parameter word chose
                chosen = min(cands, key=lambda c, it=it: (
                    abs(c[0].pos - it.pos) + SEPARATOR_COST * abs(c[0].clause - it.clause),
                    c[0].pos > it.pos))
        if chosen is None:
            if not q.written:
                lost.append(q.text)
            continue
        m, (effect, param) = chosen
        info = EFFECTS[effect].params[param]
        value = _convert(q.value, q.kind, effect, param)
        if q.kind == "" and not info.low <= abs(value) <= info.high:
            if not q.written:
                lost.append(q.text)
            continue
        if info.signed and not q.signed:
            sign = direction.meaning.sign if direction is not None and direction.meaning else 0
            if direction is not None and direction.mkind == "remove":
                sign = -1
            sign = sign or m.sign or _sign(m.chain.get(effect, {}).get(param, 0.0)) or 1
            value = sign * abs(value)
        m.values.append((effect, param, value))
    return lost


def _frequency_gains(items: list[Item], mentions: list[Mention]) -> None:
    """"boost 3k by 4 dB", "monte les 3 kHz de 4 dB", "cut 200 Hz by 3 dB": a
    frequency with a level in its part of the prompt, and no filter or other
    effect taking the frequency, is the tone control's peaking band moved to
    that frequency, not a gain; a louder/quieter verb before it gives the sign."""
    by_pos = {m.pos: m for m in mentions}
    takers: set[int] = {m.clause for m in mentions if not m.negated and m.chain.keys() - {"gain"}}
    for it in items:
        q = it.qty
        if it.kind != "qty" or q is None or q.kind != "freq":
            continue
        if it.clause in takers:
            continue  # "lowpass 3k", "robot at 200 Hz": the frequency is an effect's
        if _near(items, it.pos, 2, ("below", "above"), before_only=True) is not None:
            continue  # "cut below 200 Hz": a filter
        level = [x for x in items[max(0, it.pos - 4):it.pos + 5]
                 if x.kind == "qty" and x.qty is not None and x.qty.kind == "db"
                 and x.clause == it.clause]
        if not level:
            continue
        eq = Mention(it, {"eq": {"mid_hz": q.value}}, focus="mid_db", implied=True)
        # "boost 3k", "booste de 3 dB vers 1000 Hz": the nearest louder/quieter
        # verb before the frequency, within its level's reach
        verbs = [by_pos[p] for p in range(it.pos - 1, max(-1, it.pos - 5), -1)
                 if p in by_pos and by_pos[p].clause == it.clause]
        verb = verbs[0] if verbs else None
        if verb is not None and list(verb.chain) == ["gain"] and not verb.preset:
            eq.sign = _sign(verb.chain["gain"].get("db", 0.0))  # "boost", "cut"
            mentions.remove(verb)
            verb.item.kind = "filler"
        it.kind = "filler"
        bisect.insort(mentions, eq, key=lambda m: m.pos)


def _adjective(items: list[Item], it: Item, same: list) -> tuple[Mention, tuple[str, str]] | None:
    """"reverb with a 300 ms echo": a quantity right before an effect that
    takes it, with no word between, is said of that effect (an adjective),
    unless it also follows an effect with no word between ("echo 300 ms
    reverb": the 300 ms is the echo's)."""
    if it.qty is None or not it.qty.kind:
        return None
    by_pos = {c[2].pos: c for c in same}
    nxt = by_pos.get(it.pos + 1)
    if nxt is None or items[it.pos + 1].extra.get("after_filler"):
        return None
    if it.pos - 1 in by_pos and not it.extra.get("after_filler"):
        return None
    if not _fits_range(it.qty.value, it.qty.kind, nxt[3]):
        return None
    return nxt[2], nxt[3]


def _said_of_a_band(it: Item, live: list[Mention]) -> bool:
    """Whether a bare number is a level for a band of the tone control: the
    nearest effect of its part (within :data:`BARE_WINDOW` words) is a band
    ("bass down 3"), or, signed, it stands alone after one ("more bass, +5")."""
    here = [m for m in live if m.clause == it.clause and abs(m.pos - it.pos) <= BARE_WINDOW]
    if here:
        return is_band(min(here, key=lambda m: (abs(m.pos - it.pos), m.pos > it.pos)))
    if not it.qty or not it.qty.signed or any(m.clause == it.clause for m in live):
        return False
    before = [m for m in live if m.clause == it.clause - 1]
    return bool(before) and is_band(before[-1])


def _fits_range(q_value: float, kind: str, t: tuple[str, str]) -> bool:
    """Whether a quantity lies in the range of the parameter ``t`` names."""
    effect, param = t
    info = EFFECTS[effect].params[param]
    return info.low <= abs(_convert(q_value, kind, effect, param)) <= info.high


def _db_for_a_filter(it: Item, live: list[Mention]) -> list:
    """"cut the bass by 4 dB": a level said with a filter word is a shelf of
    the EQ on the filter's side (low shelf for a high-pass), cut."""
    for m in live:
        if m.clause == it.clause and not m.implied and list(m.chain) in (["highpass"],
                                                                        ["lowpass"]):
            side = "low_db" if "highpass" in m.chain else "high_db"
            m.chain = {"eq": {side: -6.0}}
            m.focus = side
            return [(abs(m.pos - it.pos), m.pos > it.pos, m, ("eq", side))]
    return []


def _sign(x: float) -> int:
    return (x > 0) - (x < 0)


def _positional(items: list[Item], it: Item, live: list[Mention],
                keep: bool) -> tuple[Mention, tuple[str, str]] | None:
    """"cut below 200 Hz" -> a high-pass at 200 Hz; "above 5 kHz" -> a low-pass
    (the other way round after "keep": "keep only below 3 kHz")."""
    where = _near(items, it.pos, 2, ("below", "above"), before_only=True)
    if where is None:
        return None
    want = "highpass" if where.mkind == "below" else "lowpass"
    clause = [m for m in live if m.clause == it.clause]
    if keep:
        want = "lowpass" if want == "highpass" else "highpass"  # "keep only below 3 kHz"
    for m in clause:
        if want in m.chain:
            return m, (want, "cutoff_hz")
    if any(_BAND_EFFECTS & set(m.chain) for m in clause):
        return None
    side = "low_db" if want == "highpass" else "high_db"
    for m in clause:  # "cut the highs above 5 kHz": the EQ word named the band
        if list(m.chain) == ["eq"] and m.focus == side:
            m.negated = True
    return Mention(it, {want: {}}, implied=True), (want, "cutoff_hz")


#: Filler that may stand between a verb and the band it acts on ("turn down
#: the bass", "monte les médiums").
_ARTICLES = frozenset({"the", "a", "some", "my", "your", "its", "le", "la", "les", "l",
                       "des", "du", "de", "d", "un", "une", "mes", "ma", "mon", "tes", "ta"})


def mention_signs(items: list[Item], mentions: list[Mention]) -> None:
    """A direction word right next to an effect ("pitch it down", "volume up",
    "baisse les médiums"); a louder/quieter verb right before a band of the
    tone control acts on the band, not on the volume ("turn down the bass",
    "boost the mids")."""
    by_pos = {m.pos: m for m in mentions}
    fixing = {it.clause for it in items if it.mkind == "fix"}
    for m in list(mentions):
        # "lower the highs by 3 dB", "raise the reverb", "calme les basses": a pitch
        # comparative (or "calm") used as a verb on what follows it is a direction
        nxt = by_pos.get(m.pos + 1)
        calm = m.preset == "calm" and m.item.words in _CALM and nxt is not None and is_band(nxt)
        verb = calm or (not m.preset and list(m.chain) == ["pitch"] and m.item.words in _VERBS)
        if verb and (
                nxt is not None and nxt.clause == m.clause and "pitch" not in nxt.chain
                and set(nxt.item.extra.get("after_filler", ())) <= _ARTICLES
                and nxt.item.extra.get("after_filler")):
            mentions.remove(m)
            m.item.meaning = Meaning("direction", sign=_VERBS.get(m.item.words, -1))
    for m in list(mentions):
        d = _near(items, m.pos, 1, ("direction",)) or _direction_over_a_modifier(items, m.pos)
        if d is not None and d.meaning is not None and not m.preset:
            # a scene has no sign: "a car with the windows up" is not louder
            m.sign = d.meaning.sign
        prev = items[m.pos - 1] if m.pos > 0 else None
        if (is_band(m) and prev is not None and prev.clause == m.clause
                and prev.words in _TOO):
            # "too nasal", "too boomy", "trop de basses": a complaint, so the other way
            m.sign = -_sign(m.chain["eq"].get(m.focus, 0.0)) or -1
            prev.kind, prev.meaning = "filler", None
        elif (list(m.chain) == ["pitch"] and not m.preset and prev is not None
              and prev.clause == m.clause and prev.words in _TOO
              and m.chain["pitch"].get("semitones") and not _slang_very(items, prev, by_pos)):
            # "c'est trop aigu", "too deep": a complaint, so a little the other way
            m.chain["pitch"]["semitones"] = -2.0 * _sign(m.chain["pitch"]["semitones"])
            prev.kind, prev.meaning = "filler", None
        elif (list(m.chain) == ["pitch"] and not m.preset and prev is not None
              and prev.clause == m.clause and prev.words in _NOT_TOO):
            m.item.extra["not_too"] = True  # "un géant, mais pas trop grave"
        elif (len(m.chain) == 1 and next(iter(m.chain)) in _COMPLAINT_FIX and not m.preset
              and ((prev is not None and prev.clause == m.clause and prev.words in _TOO)
                   or {m.clause, m.clause + 1} & fixing)):
            # "less muffled", "trop étouffé", "too thin": a complaint about the tone,
            # fixed with the band the filter would take away
            band, db = _COMPLAINT_FIX[next(iter(m.chain))]
            m.chain = {"eq": {band: db}}
            m.focus = band
            if prev is not None and prev.words in _TOO:
                prev.kind, prev.meaning = "filler", None
        verb = by_pos.get(m.pos - 1)
        if _turns_an_effect(items, m, d, verb):
            up = (_sign(verb.chain["gain"].get("db", 0.0)) if verb is not None
                  and list(verb.chain) == ["gain"] else d.meaning.sign)  # type: ignore[union-attr]
            factor = 1.5 if up > 0 else 0.5
            soft = _near(items, m.pos, SCALE_WINDOW, ("scale",))
            if (soft is not None and soft.meaning is not None and soft.meaning.factor < 1.0
                    and soft.meaning.group == "amount"):
                # "turn down the echo a bit": a bit less (x0.75), the "bit" is the verb's
                factor = (1.25 if up > 0 else 0.75) / soft.meaning.factor
            m.factors["amount"] = m.factors.get("amount", 1.0) * factor
            if verb is not None and list(verb.chain) == ["gain"] and verb in mentions:
                mentions.remove(verb)
                verb.item.kind = "filler"
            continue
        if (is_band(m) and verb is not None and list(verb.chain) == ["gain"]
                and verb.clause == m.clause and not verb.negated
                and set(m.item.extra.get("after_filler", ())) <= _ARTICLES
                and any(lx.TABLE.get((w,), _NONE).kind == "direction" or w in _BAND_VERBS
                        for w in verb.item.words)):
            m.sign = _sign(verb.chain["gain"].get("db", 0.0)) or 1
            mentions.remove(verb)
            verb.item.kind = "filler"


#: Words after which French "trop" describes, not complains: "une voix trop
#: aiguë", "un chipmunk genre trop aigu" (slang for "very").
_DESCRIBED = frozenset({("voix",), ("voice",), ("genre",), ("style",), ("mode",)})


def _slang_very(items: list[Item], too: Item, by_pos: dict[int, Mention]) -> bool:
    """Whether "trop" right after a voice or a character is "very" (French
    slang: "une voix trop grave", "chipmunk genre trop aigu"), not "too"."""
    if too.words != ("trop",) or too.pos == 0:
        return False
    before = items[too.pos - 1]
    if before.clause != too.clause:
        return False
    m = by_pos.get(before.pos)
    return before.words in _DESCRIBED or (m is not None and bool(m.preset))


def _turns_an_effect(items: list[Item], m: Mention, d: Item | None,
                     verb: Mention | None) -> bool:
    """"crank up the distortion", "turn down the echo", "monte la réverb": a
    louder/quieter verb or a direction word right before an effect whose main
    parameter has no sign is more or less of that effect, not a gain."""
    if m.preset or is_band(m) or "gain" in m.chain or not _has_group(m, "amount"):
        return False
    info = EFFECTS[next(iter(m.chain))]
    if info.main is not None and info.params[info.main].signed:
        return False
    said = set(m.item.extra.get("after_filler", ())) <= _ARTICLES
    if (verb is not None and list(verb.chain) == ["gain"] and not verb.preset and said
            and verb.clause == m.clause and not verb.negated):
        return True
    return (d is not None and d.meaning is not None and d.pos < m.pos and d.clause == m.clause
            and _near(items, m.pos, 2, ("scale",)) is None)


_CALM = frozenset({("calme",), ("calm",), ("calmer",)})  # "calme les basses": a verb
_VERBS = {("lower",): -1, ("raise",): 1, ("higher",): 1, ("lift",): 1}
_NONE = Meaning("")
_TOO = frozenset({("too",), ("trop",), ("too", "much"), ("way", "too"), ("far", "too"),
                  ("beaucoup", "trop"), ("bien", "trop"),
                  # "less boom", "moins de boum": less of a band is a cut of it
                  ("less",), ("moins",), ("fewer",), ("reduced",), ("reduce",)})
#: "not too deep" beside a voice: that voice, a little less so.
_NOT_TOO = frozenset({("pas", "trop"), ("not", "too"), ("not", "so"), ("pas", "si"),
                      ("not", "that"), ("pas", "tres"), ("pas", "aussi")})
#: A filter complained of ("less muffled", "too thin") -> the band that fixes it.
_COMPLAINT_FIX = {"lowpass": ("high_db", 5.0), "highpass": ("low_db", 5.0)}
_BAND_VERBS = frozenset({"boost", "boosted", "pousse", "turn", "monte", "crank"})
