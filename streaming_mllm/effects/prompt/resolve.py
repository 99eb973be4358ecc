"""Pass 4: mentions, negation and removal.

Every effect or preset phrase becomes a :class:`Mention`.  A negation ("no",
"not", "don't", "without", "sans", "pas de", "n'ajoute pas") removes every
effect or preset named after it in the same part of the prompt (up to a
comma, "and", "but", "mais"...): "no reverb or echo" removes both, "robot
but no reverb" keeps the robot.  "off" removes the effect just before it
("echo off").  A removal verb ("remove", "enlève", "get rid of", "cut the
reverb") does the same and also leaves a note: taking reverb, echo or noise
*out* of a recording is not something this tool does.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..presets import PRESETS
from .lexicon import Meaning
from .lexicon import words_of as lx_words
from .words import Item


@dataclass
class Mention:
    """An effect or a preset named in the prompt."""

    item: Item
    chain: dict[str, dict[str, float]]
    """Effect -> the parameter values the phrase implies."""
    preset: str = ""
    focus: str = ""
    negated: bool = False
    implied: bool = False
    """Called up by a quantity ("+3 dB" is a gain), not named."""
    sign: int = 0
    """Of a direction word right next to it ("pitch it down")."""
    factors: dict[str, float] = field(default_factory=dict)
    """Intensity, length and speed words that apply to it: group -> factor."""
    values: list[tuple[str, str, float]] = field(default_factory=list)
    """Quantities said with it: (effect, parameter, value in the parameter's unit)."""

    @property
    def pos(self) -> int:
        return self.item.pos

    @property
    def clause(self) -> int:
        return self.item.clause


#: What vague praise ("make it cool", "rends-le classe") stands for when
#: nothing else is asked: a tasteful polish.
PRAISE_PRESET = "professional"

#: Presets of a degraded medium: said with one, a polish word is not a polish.
_DEGRADED = frozenset({"lo-fi", "bad-line", "cheap-speaker", "cassette", "gramophone"})

#: Exact phrases that only frame a scene ("like a movie"): beside a named
#: scene or character they give way to it.
_FRAMES = frozenset({"like_a_movie", "like_in_a_movie", "like_a_film", "comme_dans_un_film",
                     "comme_un_film", "like_the_movies"})

#: Words that name the atmosphere as a reverb ("add some ambience") but only
#: frame a mood or a scene said beside them ("une ambiance angoissante").
_AMBIENCE = frozenset({("ambiance",), ("ambience",), ("ambiant",), ("ambient",)})


#: Words before "ambiance" that ask for some of it ("with some ambience",
#: "ajoute de l'ambiance"): a reverb, not the frame of a scene.
_PARTITIVE = frozenset(lx_words("some with avec de l du add ajoute ajouter mets met more plus"))


def vague_words(items: list[Item], mentions: list[Mention]) -> None:
    """Vague praise is the tasteful default (:data:`PRAISE_PRESET`) when
    nothing else is asked, and nothing beside an effect or a scene ("a cool
    robot voice" is a robot); "ambiance" said with a mood, a character or a
    space is that scene's, not a second reverb."""
    live = [m for m in mentions if not m.negated]
    for m in list(live):
        if m.preset or m.item.words not in _AMBIENCE:
            continue
        prev = items[m.pos - 1] if m.pos > 0 else None
        some = bool(set(m.item.extra.get("after_filler", ())) & _PARTITIVE) or (
            prev is not None and prev.clause == m.clause and prev.mkind == "scale")
        if any(o.preset and o.clause == m.clause and (PRESETS[o.preset].category in (
                "mood", "character", "space") or (
                    not some and PRESETS[o.preset].category == "device")) for o in live):
            mentions.remove(m)
            live.remove(m)
            m.item.kind, m.item.meaning = "filler", None
    for m in list(live):
        if m.preset == PRAISE_PRESET and any(
                o.preset in _DEGRADED and o.clause == m.clause for o in live):
            # "a bad youtube video": the bad quality, not a polish
            mentions.remove(m)
            live.remove(m)
            m.item.kind, m.item.meaning = "filler", None
    for m in list(live):
        if m.item.words and m.item.words[0] in _FRAMES and any(
                o.preset and o is not m and o.clause == m.clause for o in live):
            # "comme dans un film d'horreur": the film's kind is the scene
            mentions.remove(m)
            live.remove(m)
            m.item.kind, m.item.meaning = "filler", None
    words = [it for it in items if it.mkind == "praise"]
    if not words:
        return
    if not live:
        first = words.pop(0)
        first.meaning = Meaning("preset", preset=PRAISE_PRESET)
        first.extra["praise"] = first.text
        chain = {e: dict(p) for e, p in PRESETS[PRAISE_PRESET].chain.items()}
        mentions.append(Mention(first, chain, preset=PRAISE_PRESET))
        mentions.sort(key=lambda m: m.pos)
    for it in words:
        it.kind, it.meaning = "filler", None


#: Ages of a speaker and the body they name (up to the age, in years).
AGES: tuple[tuple[float, str], ...] = ((12.0, "child"), (59.0, ""), (200.0, "old-person"))


def _ages(items: list[Item]) -> None:
    """"like a little kid, 5 years old", "un enfant de 6 ans", "a 90 year old":
    an age is the speaker's body (a child up to 12, an elderly voice from 60)
    unless a body is named; it is never a parameter."""
    named = any(it.meaning is not None and it.meaning.kind == "preset"
                and PRESETS[it.meaning.preset].category in ("body", "character")
                for it in items)
    for it in items:
        if it.kind == "qty" and it.qty is not None and it.qty.kind == "clock":
            it.kind = "filler"  # "at 3am", "à 3h du matin"
            continue
        if it.kind != "qty" or it.qty is None or it.qty.kind != "age":
            continue
        preset = next(name for top, name in AGES if it.qty.value <= top)
        if named or not preset:
            it.kind = "filler"
        else:
            it.kind, it.meaning = "phrase", Meaning("preset", preset=preset)
            named = True


def mentions_of(items: list[Item]) -> list[Mention]:
    """One mention per effect or preset phrase, in prompt order."""
    _ages(items)
    out = []
    for it in items:
        m = it.meaning
        if m is None:
            continue
        if m.kind == "effect":
            out.append(Mention(it, {m.effect: dict(m.params)}, focus=m.focus))
        elif m.kind == "preset":
            chain = {e: dict(p) for e, p in PRESETS[m.preset].chain.items()}
            if m.preset in _PLAYED_IN_A_SPACE and len(it.words) > 1:
                _place_in_a_device_phrase(it.words, chain)
            out.append(Mention(it, chain, preset=m.preset))
    if not out and not any(it.kind in ("phrase", "qty") for it in items):
        _a_person_alone(items, out)
    return out


#: People whose voice is, for a sound designer, a woman's or a man's
#: (:data:`_PERSON_SHIFT`) when nothing else is asked ("sound like my mom").
_FEMALE = frozenset(lx_words(
    "mom mum mommy mother maman mere sister soeur aunt tante wife epouse girlfriend copine"
    " lady dame madame mademoiselle queen reine princess princesse actress actrice"
    " waitress serveuse nurse infirmiere heroine chanteuse vendeuse caissiere"))
_MALE = frozenset(lx_words(
    "dad daddy father papa pere brother frere uncle oncle husband mari boyfriend copain"
    " guy dude mec gars monsieur gentleman prince actor acteur waiter serveur chanteur"
    " vendeur caissier"))
_PERSON_SHIFT = 4.0

#: Speech acts that, alone, are a mood ("sound like I'm crying").
_MOOD_ACTS = {w: "sad" for w in lx_words(
    "crying cry cries cried sobbing sob sobs pleure pleurer pleurant pleurs pleurait"
    " pleurais sanglote sangloter sanglots")}
_MOOD_ACTS.update({w: "cheerful" for w in lx_words(
    "laughing laugh laughs giggling giggle rit rire riant rigole rigoler")})


def _a_person_alone(items: list[Item], out: list[Mention]) -> None:
    """"sound like my mom", "fais ma voix comme celle de mon père": a person
    named alone, whose voice is a woman's or a man's, is that voice (the shift
    of "a woman's voice", "a man's voice"); beside any effect or scene a person
    has no sound of their own ("my mom on the phone" is a phone)."""
    for it in items:
        if it.kind != "neutral" or len(it.words) != 1:
            continue
        word = it.words[0]
        mood = _MOOD_ACTS.get(word)
        if mood is not None:  # "sound like I'm crying": the mood of the act
            it.kind, it.meaning = "phrase", Meaning("preset", preset=mood)
            out.append(Mention(it, {e: dict(p) for e, p in PRESETS[mood].chain.items()},
                               preset=mood))
            return
        sign = 1 if word in _FEMALE else -1 if word in _MALE else 0
        if sign:
            it.kind = "phrase"
            it.meaning = Meaning("effect", "pitch", params={"semitones": sign * _PERSON_SHIFT})
            out.append(Mention(it, {"pitch": {"semitones": sign * _PERSON_SHIFT}}))
            return


#: Devices heard in the space they play in (a public address): a phrase of
#: theirs that names a space is in that space.
_PLAYED_IN_A_SPACE = frozenset({"announcement"})


#: Games said in a PA phrase, and the space they are played in ("a baseball
#: announcer" is in a stadium).
_VENUES = {"baseball": "stadium", "football": "stadium", "soccer": "stadium",
           "hockey": "stadium", "basketball": "stadium", "match": "stadium"}


def _place_in_a_device_phrase(words: tuple[str, ...], chain: dict) -> None:
    """"a stadium announcer", "le speaker du stade", "an airport announcement":
    a device phrase that names a space sounds in that space (its reverb and
    echo replace the room the device brings by default)."""
    from .lexicon import TABLE

    for w in words:
        w = _VENUES.get(w, w)
        meaning = TABLE.get((w,))
        if meaning is not None and meaning.kind == "preset" and (
                PRESETS[meaning.preset].category == "space"):
            for effect, params in PRESETS[meaning.preset].chain.items():
                chain[effect] = dict(params)
            return


@dataclass
class Negations:
    """What the negation pass found."""

    negated_effects: set[str] = field(default_factory=set)
    """Effects named (not through a preset) under a negation: kept out of the plan."""
    removals: list[str] = field(default_factory=list)
    """What the prompt asks to take out of the recording, as said."""
    any_negation: bool = False


def is_band(m: Mention) -> bool:
    """Whether ``m`` names a band of the tone control ("the bass", "les aigus")."""
    return list(m.chain) == ["eq"] and bool(m.focus) and not m.preset


def band_cuts(items: list[Item], mentions: list[Mention]) -> None:
    """"cut the mids", "enlève les aigus", "remove the highs": a removal verb
    right before a band of the tone control turns that band down (a direction
    word), it does not ask to take something out of the recording."""
    by_pos = {m.pos: m for m in mentions}
    for it in items:
        if it.mkind != "remove":
            continue
        q = it.pos + 1
        while q < len(items) and q <= it.pos + 3 and (items[q].mkind == "scale"
                                                      or items[q].kind == "filler"):
            q += 1  # "coupe un peu les médiums", "enlève le côté boomy"
        nxt = by_pos.get(q)
        if nxt is not None and nxt.clause == it.clause and is_band(nxt):
            it.meaning = Meaning("direction", sign=-1)
            nxt.sign = -1
    for it in items:
        # "with the bass cut", "a lot of bass cut", "les basses coupées": a removal
        # word or participle said right after a band cuts that band
        if it.pos == 0 or not (it.mkind == "remove" or it.words in _CUT_AFTER):
            continue
        band = by_pos.get(it.pos - 1)
        if band is not None and band.clause == it.clause and is_band(band) and band.sign == 0:
            said = by_pos.pop(it.pos, None)
            if said is not None and said in mentions:
                mentions.remove(said)  # "aigus atténués": not a quieter voice
            it.kind, it.meaning = "phrase", Meaning("direction", sign=-1)
            band.sign = -1


#: Participles of a cut, said after the band they cut ("les basses coupées").
_CUT_AFTER = frozenset((w,) for w in lx_words(
    "cut removed reduced lowered coupe coupee coupes coupees enleve enlevee enleves enlevees"
    " retire retiree retires retirees reduit reduite reduits reduites baisse baissee baisses"
    " baissees attenue attenuee attenues attenuees"))


#: "less", "moins", "reduce": said right before an effect, a character or a noise
#: that nothing else in the prompt adds, they ask to take it out of the input.
_LESS_WORDS = frozenset({("less",), ("moins",), ("fewer",)})

#: "not too metallic", "pas trop métallique": said of a character effect beside
#: another one ("a robot but not too metallic"), less of that other one.
_METALLIC = frozenset({"ringmod", "robot", "bitcrush"})

_NOT_TOO_WORDS = frozenset({("not", "too"), ("pas", "trop"), ("not", "so"), ("pas", "si"),
                            ("not", "too", "much")})

#: Verbs that, said of a noise, ask to lower it ("reduce the noise", "réduis le bruit").
_REDUCE_WORDS = _LESS_WORDS | frozenset({("reduce",), ("reduced",), ("reduis",), ("reduire",),
                                         ("diminue",), ("diminuer",), ("lower",),
                                         ("baisse",), ("baisser",), ("decrease",)})

#: Effects whose "less" is a fix of the tone or a sign, not a removal ("less
#: muffled" is brighter, "less deep" higher).
_SIGNED_OR_TONE = frozenset({"pitch", "gain", "eq", "lowpass", "highpass", "formant", "pan",
                             "width"})

#: Effects that make the voice a character ("robotic", "distorted", "whispery"):
#: less of one the prompt does not add is none of it.  Less of a space or a
#: modulation ("a bit less reverb") stays a smaller amount of it.
_VOICE_CHARACTER = frozenset({"robot", "whisper", "distortion", "bitcrush", "ringmod", "noise",
                              "radio", "telephone", "megaphone", "underwater"})


def less_of_what_is_not_there(items: list[Item], mentions: list[Mention],
                              result: Negations) -> None:
    """"less robotic", "moins robotique", "less noise", "moins de bruit": less
    of an effect or a noise that nothing else in the prompt adds is none of it;
    the input's own robot voice or noise cannot be taken out, which the plan
    says ("a robot with less echo": the echo is not added, with a note)."""
    by_pos = {m.pos: m for m in mentions}
    for it in items:
        if (it.words not in _REDUCE_WORDS and it.words not in _NOT_TOO_WORDS) or (
                it.pos + 1 >= len(items)):
            continue
        nxt = items[it.pos + 1]
        if nxt.clause != it.clause:
            continue
        m = by_pos.get(nxt.pos)
        if (it.words not in _LESS_WORDS and it.words not in _NOT_TOO_WORDS
                and nxt.mkind != "noise" and (m is None or list(m.chain) != ["noise"])):
            continue  # "reduce the noise": a noise; "reduce the reverb" is less of it
        if nxt.mkind == "noise" and m is None:
            if any("noise" in o.chain and not o.negated for o in mentions):
                continue  # "an old radio with less noise": its own noise (left as said)
            result.removals.append(nxt.text)
            result.any_negation = True
            it.kind, it.meaning = "filler", None
            continue
        if m is None or m.negated or is_band(m) or (
                m.preset and PRESETS[m.preset].category in ("mood", "space", "distance")):
            continue
        effects = set(m.chain)
        if not m.preset and not effects <= _VOICE_CHARACTER:
            continue
        if not m.preset and effects & _SIGNED_OR_TONE or not effects:
            continue
        drive = "distortion" in effects
        if any(o is not m and not o.negated and (
                effects & set(o.chain)
                or (drive and any("drive_db" in p for p in o.chain.values()))
                or (drive and o.preset is not None and any(
                    e in ("radio", "megaphone") for e in o.chain)))
               for o in mentions):
            continue  # "a cathedral with less reverb": less of what is there
        host = next((o for o in mentions if o is not m and not o.negated
                     and abs(o.clause - m.clause) <= 1 and set(o.chain) & _VOICE_CHARACTER),
                    None)
        metallic = effects <= _METALLIC and host is not None and bool(set(host.chain) & _METALLIC)
        if it.words in _NOT_TOO_WORDS and not metallic:
            continue  # "not too metallic" alone, "a phone, not too much distortion": a little
        m.negated = True
        it.kind, it.meaning = "filler", None
        if host is not None:
            # "a robot voice but less metallic / not too metallic": said of the robot,
            # a lighter robot, none of the ring added ("less like a phone, more like a
            # radio": the phone is not added, the radio stays as said)
            if metallic:
                host.factors["amount"] = host.factors.get("amount", 1.0) * 0.6
            continue
        result.removals.append(nxt.text)
        result.any_negation = True


def corrections(items: list[Item], mentions: list[Mention]) -> None:
    """"echo, no wait, reverb", "écho, non attends, réverb", "a cave -- scratch that,
    a church": a correction takes back everything said before it."""
    fix = next((it.pos for it in reversed(items) if it.mkind == "correction"), None)
    if fix is None:
        return
    for m in mentions:
        if m.pos < fix:
            m.negated = True
    items[fix].kind, items[fix].meaning = "filler", None


def negate(items: list[Item], mentions: list[Mention]) -> Negations:
    """Mark the mentions under a negation or removal; collect removal requests."""
    corrections(items, mentions)
    result = Negations()
    band_cuts(items, mentions)
    less_of_what_is_not_there(items, mentions, result)
    by_pos = {m.pos: m for m in mentions}
    n = len(items)
    _faults_present(items, by_pos, result)
    for it in items:
        kind = it.mkind
        if kind == "off":
            result.any_negation = True
            for q in range(it.pos - 1, -1, -1):
                if items[q].clause != it.clause:
                    break
                if q in by_pos:
                    _mark(by_pos[q], result)
                    break
            continue
        if kind not in ("neg", "remove"):
            continue
        nxt = items[it.pos + 1] if it.pos + 1 < n else None
        if (kind == "remove" and nxt is not None and nxt.clause == it.clause
                and nxt.qty is not None and nxt.qty.kind == "db"):
            # "enlève 3 dB dans les bas médiums", "remove 3 dB in the low mids": a cut
            # of that much, not a request to take the band out
            it.meaning = Meaning("direction", sign=-1)
            continue
        result.any_negation = True
        if kind == "neg" and _ends_its_part(items, it) and it.pos - 1 in by_pos:
            # "réverb oui, écho non", "echo: no": said after the effect, like "off"
            if items[it.pos - 1].clause == it.clause:
                _mark(by_pos[it.pos - 1], result)
                continue
        named = []
        for q in range(it.pos + 1, n):
            other = items[q]
            if other.clause != it.clause or other.mkind in ("neg", "remove"):
                break  # the next negation covers the rest: each item is seen once
            if q in by_pos:
                _mark(by_pos[q], result)
                named.append(other.text)
            elif other.mkind in ("noise", "adding"):
                named.append(other.text)
                if kind == "remove":
                    other.meaning = Meaning("noise")  # taken out, not added
        if kind == "remove" and not named and it.words[0] in _SELF_REMOVALS:
            named.append(it.text)  # "denoise", "dereverb": the verb names its object
        if kind == "remove" and named:
            result.removals.append(" and ".join(dict.fromkeys(named)))
    _said_both_ways(mentions, result)
    return result


#: Effects whose sound is a fault when the recording already has it.
_FAULTS = frozenset({"noise", "distortion"})


#: Filler words that say a sound is already there ("it's clipping", "there's a
#: hum", "il y a du souffle", "c'est saturé").
_PRESENT = (("it", "s"), ("it", "is"), ("there", "s"), ("there", "is"), ("there", "are"),
            ("theres",), ("il", "y", "a"), ("y", "a"), ("c", "est"), ("i", "hear"))


def _faults_present(items: list[Item], by_pos: dict[int, Mention], result: Negations) -> None:
    """"turn it down 6 dB, it's clipping", "there's a hum", "il y a du souffle": a
    noise or a distortion said to be there already is a fault to take out, not
    a sound to add (a removal: said in one line, like "remove the hum")."""
    for it in items:
        if not it.after(_PRESENT):
            continue
        m = by_pos.get(it.pos)
        if m is not None and not m.preset and set(m.chain) <= _FAULTS:
            _mark(m, result)
        elif m is not None or it.mkind != "noise":
            continue
        result.any_negation = True
        result.removals.append(it.text)


def _said_both_ways(mentions: list[Mention], result: Negations) -> None:
    """"brighter but not harsh", "a bit more bass, but not boomy", "plus de basses mais
    pas boomy": an effect asked for and, in another word, not wanted is asked for
    with the unwanted quality held back (x0.75 when it is the same band), not
    removed altogether."""
    for m in mentions:
        if not m.negated or m.preset:
            continue
        for effect in list(m.chain):
            asked = [o for o in mentions if not o.negated and not o.preset and effect in o.chain]
            if not asked or effect not in result.negated_effects:
                continue
            result.negated_effects.discard(effect)
            for o in asked:
                if not m.focus or not o.focus or o.focus == m.focus:
                    o.factors["amount"] = o.factors.get("amount", 1.0) * 0.75


_SELF_REMOVALS = frozenset({"denoise", "dereverb", "debruite", "debruiter"})


def _ends_its_part(items: list[Item], it: Item) -> bool:
    return it.pos + 1 >= len(items) or items[it.pos + 1].clause != it.clause


def _mark(m: Mention, result: Negations) -> None:
    m.negated = True
    if not m.preset:
        result.negated_effects.update(m.chain)
