"""Pass 5b: attach modifiers and direction words to the effects they are said with.

Scenes are adjusted first (:mod:`.scenes`); numbers are attached after
(:mod:`.quantities`).

**Modifiers.**  An intensity word ("a little", "very", "un peu",
"beaucoup"), a length word ("long", "court") or a speed word ("slow",
"rapide") applies to the nearest effect or preset after it in the same part
of the prompt (within three words), else the nearest before it (within
three words); see each effect's ``scales`` in the registry for which
parameters move.  "very" before another modifier sharpens it ("very fast").
A speed word next to nothing that has a rate is reported as not understood.
"""

from __future__ import annotations

from ..presets import PRESETS
from ..registry import EFFECTS, UNIT_KIND
from . import lexicon as lx
from .lexicon import Meaning
from .nearby import (
    DEEP,
    NONE,
    NOT_TOO,
    ONTO,
    SCALE_WINDOW,
    TOO,
    VOICE,
    direction_over_a_modifier,
    has_group,
    modifier_target,
    sign_of,
    word_near,
)
from .resolve import Mention, is_band
from .scenes import (
    SIZES,
    band_widths,
    batteries,
    broken_speakers,
    calls_in_the_open,
    character_colours,
    character_heads,
    clear_scenes,
    dry_spaces,
    echo_tails,
    eras,
    gentle_voice,
    haunted_places,
    keep_formants,
    materials_of_things,
    old_bodies,
    older_media,
    origin_compounds,
    places_said_for,
    purposes,
    reverberant_spaces,
    roles_give_way,
    scene_heads,
    sizes_of_things,
    soft_materials,
    tail_tones,
    tape_speed,
    tiled_spaces,
    vintage_alone,
)
from .words import Item

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
        if it.kind == "qty" and q is not None and q.kind == "times":
            # "deux fois plus grave", "twice as deep": how much more (or less) of it
            it.kind = "phrase"
            it.meaning = Meaning("scale", factor=q.value, group="amount")
            continue
        if it.kind != "qty" or q is None or q.kind != "pct" or not 0.0 < q.value < 1.0:
            continue
        nxt = items[it.pos + 1] if it.pos + 1 < len(items) else None
        if (nxt is not None and nxt.mkind == "effect" and nxt.clause == it.clause
                and nxt.words and nxt.words[0] in ("more", "less") and len(nxt.words) > 1):
            # "ten percent more bass": the share is how much more of the phrase's effect
            more = nxt.words[0] == "more"
            it.kind = "phrase"
            it.meaning = Meaning("scale", factor=1.0 + q.value if more else 1.0 - q.value,
                                 group="amount")
            continue
        if (nxt is not None and nxt.mkind in ("effect", "preset") and it.pos + 2 < len(items)
                and items[it.pos + 2].clause == it.clause
                and items[it.pos + 2].words in _MORE_OR_LESS
                and "en" in items[it.pos + 2].extra.get("after_filler", ())):
            nxt = items[it.pos + 2]  # "30 % de réverb en moins", "20 % d'écho en plus"
        if (nxt is None or nxt.clause != it.clause or nxt.mkind != "scale"
                or nxt.words not in _MORE_OR_LESS):
            continue
        more = _MORE_OR_LESS[nxt.words]
        nxt.meaning = Meaning("scale", factor=1.0 + q.value if more else 1.0 - q.value,
                              group="amount")
        it.kind = "filler"


_STRONGLY = frozenset({("fort",), ("forte",), ("forts",), ("fortes",), ("hard",), ("strong",)})

_NOT_TOO = frozenset({("pas", "trop"), ("not", "too"), ("pas", "si"), ("not", "so")})

_LOUDER_SAID_OF = {("louder",): 1.5, ("quieter",): 0.6, ("softer",): 0.6,
                   ("plus", "fort"): 1.5, ("moins", "fort"): 0.6}


def _strongly(items: list[Item], mentions: list[Mention]) -> None:
    """"compresse fort", "distorsion forte", "compress it hard": a loudness word
    said right after another effect is how much of that effect, not a louder
    volume."""
    by_pos = {m.pos: m for m in mentions}
    for m in list(mentions):
        if (not m.preset and list(m.chain) == ["gain"] and m.item.words in _LOUDER_SAID_OF
                and (prev := by_pos.get(m.pos - 1)) is not None and not prev.preset
                and prev.clause == m.clause and "gain" not in prev.chain
                and has_group(prev, "amount")):
            # "make the echo louder", "the reverb quieter": more or less of that effect
            mentions.remove(m)
            m.item.meaning = Meaning("scale", factor=_LOUDER_SAID_OF[m.item.words],
                                     group="amount")
            continue
        if m.preset or list(m.chain) != ["gain"] or m.item.words not in _STRONGLY:
            continue
        if (m.pos >= 1 and items[m.pos - 1].words in _NOT_TOO
                and (eff := next((o for q in range(m.pos - 2, max(-1, m.pos - 5), -1)
                                  if (o := by_pos.get(q)) is not None), None)) is not None
                and not eff.negated and "gain" not in eff.chain and has_group(eff, "amount")):
            # "un flanger rapide, pas trop fort", "une réverb pas trop forte": not too
            # strong an effect (a milder one), not a louder voice
            mentions.remove(m)
            items[m.pos - 1].kind, items[m.pos - 1].meaning = "filler", None
            m.item.meaning = Meaning("scale", factor=0.75, group="amount")
            continue
        prev = by_pos.get(m.pos - 1)
        if (prev is None or prev.negated or prev.clause != m.clause or "gain" in prev.chain
                or m.item.extra.get("after_filler", ()) not in ((), ("it",), ("le",), ("la",))):
            continue
        mentions.remove(m)
        m.item.meaning = Meaning("scale", factor=1.5, group="amount")


_SLOWLY = frozenset({("doucement",), ("tranquillement",), ("gently",)})


def _voice_directions(items: list[Item], mentions: list[Mention]) -> None:
    """"monte un peu la voix", "baisse la voix", "raise my voice a bit": a direction
    said of the voice, with no effect in its part of the prompt, is a pitch shift
    (3 semitones that way); "panoramique de gauche à droite doucement": a gentle
    word said right after a moving effect is its speed, not a lower volume."""
    by_pos = {m.pos: m for m in mentions}
    for m in list(mentions):
        if m.preset or list(m.chain) != ["gain"] or m.item.words not in _SLOWLY:
            continue
        prev = next((o for q in range(m.pos - 1, max(-1, m.pos - 3), -1)
                     if (o := by_pos.get(q)) is not None), None)
        if prev is not None and prev.clause == m.clause and has_group(prev, "speed"):
            mentions.remove(m)
            m.item.meaning = Meaning("scale", factor=0.5, group="speed")
    busy = {m.clause for m in mentions if not m.negated}
    for it in items:
        if it.mkind != "direction" or it.meaning is None or it.clause in busy:
            continue
        for q in range(it.pos + 1, min(len(items), it.pos + 4)):
            nxt = items[q]
            if nxt.clause != it.clause:
                break
            if nxt.words in VOICE and nxt.kind == "filler":
                sign = it.meaning.sign
                m = Mention(it, {"pitch": {"semitones": 3.0 * sign}})
                it.kind, it.meaning = "phrase", Meaning("effect", "pitch")
                mentions.append(m)
                mentions.sort(key=lambda o: o.pos)
                busy.add(it.clause)
                break
            if nxt.mkind != "scale" and nxt.kind != "filler":
                break


#: Body words that are also adjectives of a person ("un peu bête": a bit dumb).
_ALSO_ADJECTIVES = frozenset({("bete",), ("betes",)})


def _said_of_a_word(items: list[Item], mentions: list[Mention]) -> None:
    """"d'un vieil esprit très sage", "un homme de main un peu bête": an
    intensity word said right before a word with no sound of its own, at the
    end of its part of the prompt, is that word's, not an effect's; a body
    word that is also an adjective ("bête") after an intensity word is the
    adjective."""
    by_pos = {m.pos: m for m in mentions}
    for it in items:
        if it.mkind != "scale" or it.pos + 1 >= len(items):
            continue
        nxt = items[it.pos + 1]
        if nxt.clause != it.clause or nxt.extra.get("after_filler"):
            continue
        last = it.pos + 2 >= len(items) or items[it.pos + 2].clause != it.clause
        body = by_pos.get(nxt.pos)
        if body is not None and nxt.words in _ALSO_ADJECTIVES and last:
            mentions.remove(body)
            nxt.kind, nxt.meaning = "neutral", None
        if last and nxt.kind in ("neutral", "unknown") and nxt.pos not in by_pos or (
                body is not None and body not in mentions):
            it.kind, it.meaning = "filler", None


_LESS_MORE = frozenset({"less", "moins", "more", "plus"})


def _less_of_a_part(items: list[Item], mentions: list[Mention]) -> None:
    """"the final boss, but slightly less distorted", "le boss final, un peu
    moins distordu": a comparative of an effect's adjective said of a preset
    that has that effect moves only that effect's main parameter (x0.5, x0.75
    after "slightly"/"un peu"), not the whole preset's voice and room."""
    live = [m for m in mentions if not m.negated]
    for it in items:
        if (it.mkind != "scale" or len(it.words) < 2 or it.words[0] not in _LESS_MORE
                or it.meaning is None):
            continue
        effect = next((mn.effect for w in it.words[1:]
                       if (mn := lx.TABLE.get((w,))) is not None and mn.kind == "effect"), "")
        main = EFFECTS[effect].main if effect else None
        if main is None:
            continue
        alone = not any(m.clause == it.clause for m in live)
        host = next((m for m in reversed(live) if m.pos < it.pos and m.preset
                     and effect in m.chain and (m.clause == it.clause
                                                or (alone and m.clause == it.clause - 1))),
                    None)
        if host is None:
            continue
        factor = it.meaning.factor
        prev = items[it.pos - 1] if it.pos > 0 else None
        if (prev is not None and prev.clause == it.clause and prev.mkind == "scale"
                and prev.meaning is not None and prev.meaning.factor < 1.0):
            factor = 1.0 - (1.0 - factor) * prev.meaning.factor if factor < 1.0 else (
                1.0 + (factor - 1.0) * prev.meaning.factor)  # "slightly less": halfway
            prev.kind, prev.meaning = "filler", None
        key = f"param:{main}"
        host.factors[key] = host.factors.get(key, 1.0) * factor
        it.kind, it.meaning = "filler", None


#: Words asking that a robot stay partly human ("robot voice but warm and human").
_HUMAN = frozenset((w,) for w in lx.words_of(
    "human humain humaine humains humaines natural naturel naturelle naturels naturelles"
    " organic organique"))

#: The robot's share when it should stay partly human.
HUMAN_ROBOT_MIX = 0.5


def _human_robots(items: list[Item], mentions: list[Mention]) -> None:
    """"robot voice but warm and human", "voix de robot mais humaine": a human
    word said with a robot (its part or the next) keeps half the voice dry
    (robot mix :data:`HUMAN_ROBOT_MIX`) instead of being ignored."""
    for it in items:
        if it.words not in _HUMAN or it.pos in {m.pos for m in mentions}:
            continue
        robot = next((m for m in mentions if not m.negated and "robot" in m.chain
                      and it.clause - 2 <= m.clause <= it.clause and m.pos < it.pos), None)
        if robot is None:
            continue
        mix = robot.chain["robot"].get("mix", EFFECTS["robot"].params["mix"].default)
        robot.chain["robot"]["mix"] = min(mix, HUMAN_ROBOT_MIX)
        it.kind, it.meaning = "filler", None


def _not_too(items: list[Item]) -> None:
    """"not too long echo", "un écho pas trop long", "not too short": "not too"
    right before a length or speed word is a little less of what that word says
    (x0.8 for long/fast, x1.25 for short/slow), not less of the effect and more
    of its length at once."""
    for it in items:
        if it.words not in NOT_TOO or it.pos + 1 >= len(items):
            continue
        nxt = items[it.pos + 1]
        if (nxt.clause != it.clause or nxt.mkind != "scale" or nxt.meaning is None
                or nxt.meaning.group not in ("length", "speed")):
            continue
        factor = 0.8 if nxt.meaning.factor > 1.0 else 1.25
        nxt.meaning = Meaning("scale", factor=factor, group=nxt.meaning.group)
        it.kind, it.meaning = "filler", None


def attach_modifiers(items: list[Item], mentions: list[Mention]) -> list[str]:
    """Apply intensity, length and speed words; return those that found nothing."""
    _not_too(items)
    _said_of_a_word(items, mentions)
    _human_robots(items, mentions)
    _less_of_a_part(items, mentions)
    _voice_directions(items, mentions)
    purposes(items, mentions)
    batteries(items, mentions)
    broken_speakers(items, mentions)
    eras(items, mentions)
    older_media(items, mentions)
    scene_heads(items, mentions)
    origin_compounds(items, mentions)
    character_heads(items, mentions)
    roles_give_way(items, mentions)
    character_colours(items, mentions)
    reverberant_spaces(items, mentions)
    soft_materials(items, mentions)
    materials_of_things(items, mentions)
    clear_scenes(items, mentions)
    dry_spaces(items, mentions)
    tiled_spaces(items, mentions)
    calls_in_the_open(items, mentions)
    old_bodies(items, mentions)
    tail_tones(items, mentions)
    places_said_for(items, mentions)
    echo_tails(items, mentions)
    haunted_places(items, mentions)
    gentle_voice(items, mentions)
    band_widths(items, mentions)
    sizes_of_things(items, mentions)
    keep_formants(items, mentions)
    tape_speed(items, mentions)
    vintage_alone(items, mentions)
    _relative_percents(items)
    _strongly(items, mentions)
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
              and not nxt.meaning.focus and nxt.meaning.effect not in ("pitch", "gain")
              and not any(abs(x.pos - it.pos) > 1 and x.meaning is not None
                          and x.meaning.factor >= 2.0
                          and x.clause in (it.clause, it.clause + 1)
                          for x in items if x.mkind == "scale")):
            # ("trop de réverb, genre énormément": slang for "lots of", not a complaint)
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
                unit = next(EFFECTS[e].params[owner[1]].unit for e in owner[0].chain
                            if owner[1] in EFFECTS[e].params)
                if group == "speed" and UNIT_KIND.get(unit) == "time":
                    # "a slow attack", "a fast release": a time, longer when slower
                    factor = 1.0 / factor
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
        target = _said_after(items, item, group, live) or modifier_target(
            item, group, live, positions, items)
        if target is None:
            if group == "speed":
                lost.append(item.text)
            continue
        if (group == "amount" and target.preset and item.words and item.words[-1] in SIZES
                and PRESETS[target.preset].category in ("body", "space")):
            group = "size"  # "a tiny closet", "a huge dragon": the size of the body or space
        target.factors[group] = target.factors.get(group, 1.0) * factor
    return lost


def _said_after(items: list[Item], item: Item, group: str,
                live: list[Mention]) -> Mention | None:
    """"un chuchotement doux dans une grande salle", "une réverb légère": an
    intensity word right after an effect, with no filler between and not right
    before another effect or scene, is that effect's (a French adjective after
    its noun), not the next one's."""
    if item.pos == 0 or item.extra.get("after_filler"):
        return None
    prev = next((m for m in live if m.pos == item.pos - 1), None)
    if prev is None or prev.preset or prev.clause != item.clause or not has_group(prev, group):
        return None
    if any(m.pos == item.pos + 1 and not m.item.extra.get("after_filler") for m in live):
        return None  # "reverb very long echo": the next one's
    return prev


def _param_owner(item: Item, live: list[Mention]) -> tuple[Mention, str] | None:
    """The nearest mention of ``item``'s part whose effect has the parameter it names."""
    params = lx.PARAM_WORD.get(item.words, frozenset())
    best = None
    here = any(m.clause == item.clause for m in live)
    for m in live:
        if m.clause != item.clause and (here or not item.clause - 3 <= m.clause < item.clause):
            continue  # alone in its part: the effects of the three parts before
        for e in m.chain:
            for p in sorted(params):
                nearer = best is None or abs(m.pos - item.pos) < abs(best[0].pos - item.pos)
                if p in EFFECTS[e].params and nearer:
                    best = (m, p)
    return best

_PITCH_NOUNS = frozenset({("pitch",), ("hauteur",), ("the", "pitch"), ("note",)})

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
                and said & ONTO and any(
                    _MODULATIONS & set(o.chain) and o.clause == m.clause
                    and 0 < m.pos - o.pos <= 3 for o in mentions)):
            mentions.remove(m)
            m.item.kind, m.item.meaning = "filler", None
    for m in list(mentions):
        # "phaser slow and deep", "un trémolo profond": depth, not a deep voice
        alone = not any(o is not m and o.clause == m.clause for o in mentions)
        voice = m.pos + 1 < len(items) and items[m.pos + 1].words in VOICE
        if (not m.preset and list(m.chain) == ["pitch"] and m.item.words in DEEP and not voice
                and any(_MODULATIONS & set(o.chain) and (
                    (o.pos == m.pos + 1 and o.clause == m.clause)  # "deep tremolo"
                    or (m.pos - 4 <= o.pos < m.pos and (  # "phaser slow and deep"
                        o.clause == m.clause or (alone and m.clause - 2 <= o.clause < m.clause
                                                 and not any(
                                                     x.clause == m.clause - 1 and x is not o
                                                     and not _MODULATIONS & set(x.chain)
                                                     for x in mentions)))))
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
        here = by_clause[m.clause]
        typed = {x.qty.kind for x in items[max(0, m.pos - 2):m.pos + 3]
                 if x.qty is not None and x.clause == m.clause}
        if len(here) == 1 and typed & {"pct", "time", "db"}:
            # alone in its part with a measured value ("half a second between
            # repeats, about 30 percent wet"): the effect of the part before may own it
            here = here + by_clause.get(m.clause - 1, [])
        others = [o for o in here if o is not m and any(
            p in EFFECTS[e].params for e in o.chain for p in params)
            and (o.chain.keys() != m.chain.keys() or id(o) in kept
                 or not lx.PARAM_WORD.get(o.item.words) or o.pos < m.pos)]
        near = word_near(items, m.pos, 2, ("scale",)) or any(
            0 <= m.pos + d < len(items) and items[m.pos + d].kind == "qty"
            and items[m.pos + d].clause == m.clause for d in (-2, -1, 1, 2))
        if others and near:
            mentions.remove(m)
            m.item.kind = "param"
        else:
            kept.add(id(m))

#: Filler words that describe what the sound is now ("it's harsh", "the vocal is a
#: bit boomy", "c'est criard"), not what to add.
_IS = frozenset({("it", "s"), ("it", "is"), ("is", "a"), ("is",), ("c", "est"), ("est",),
                 ("sounds",), ("are",)})

def _stated(items: list[Item], m: Mention) -> bool:
    """Whether ``m`` opens its part as a statement of what the sound is ("cut 300
    Hz by 4 dB, it's muddy", "c'est trop sourd"): an :data:`_IS` filler first in
    the part, only intensity words between it and ``m``."""
    first = m.pos
    while first > 0 and items[first - 1].clause == m.clause and items[first - 1].kind != "sep":
        first -= 1
        if items[first].mkind != "scale":
            return False
    return items[first].after((p for p in _IS if len(p) > 1 or p[0] != "is"), opening=True)


def _described(items: list[Item], m: Mention) -> bool:
    """Whether ``m`` is said as what the sound is now ("it's harsh", "the vocal
    is a bit harsh"): an :data:`_IS` filler right before it or before the
    intensity words said of it."""
    for q in range(m.pos, max(-1, m.pos - 3), -1):
        it = items[q]
        if it.clause != m.clause or (q != m.pos and it.mkind != "scale"):
            return False
        if it.after(_IS):
            return True
    return False


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
    fixing = {it.clause for it in items if it.mkind == "fix"} | {
        it.clause for it in items if it.mkind == "direction" and it.meaning is not None
        and it.meaning.sign < 0 and not any(m.clause == it.clause for m in mentions)}
    for m in list(mentions):
        # "creuse les basses", "creuse un peu les médiums": "creuse" (hollow) used as
        # a verb on a band is a cut of that band
        if m.preset or m.item.words not in _HOLLOW:
            continue
        q = m.pos + 1
        while q < len(items) and items[q].mkind == "scale" and q not in by_pos:
            q += 1
        band = by_pos.get(q)
        if band is not None and band.clause == m.clause and is_band(band):
            mentions.remove(m)
            m.item.meaning = Meaning("direction", sign=-1)
            band.sign = -1
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
        d = word_near(items, m.pos, 1, ("direction",)) or direction_over_a_modifier(items, m.pos)
        if d is not None and d.meaning is not None and not m.preset:
            # a scene has no sign: "a car with the windows up" is not louder
            m.sign = d.meaning.sign
        prev = items[m.pos - 1] if m.pos > 0 else None
        if (is_band(m) and ((prev is not None and prev.clause == m.clause
                             and prev.words in TOO)
                            or _stated(items, m)
                            or ({m.clause, m.clause + 1} & fixing and (
                                _described(items, m) or not any(
                                    x.clause == m.clause and x.mkind in ("direction", "remove")
                                    for x in items) and not any(
                                    o.clause == m.clause and list(o.chain) == ["gain"]
                                    for o in mentions))))):
            # "too nasal", "too boomy", "trop de basses", "it's harsh, tame it": a
            # complaint, so the other way
            m.sign = -sign_of(m.chain["eq"].get(m.focus, 0.0)) or -1
            if prev is not None and prev.words in TOO:
                prev.kind, prev.meaning = "filler", None
        elif (list(m.chain) == ["pitch"] and not m.preset and prev is not None
              and prev.clause == m.clause and prev.words in TOO
              and m.chain["pitch"].get("semitones") and not _slang_very(items, prev, by_pos)):
            # "c'est trop aigu", "too deep": a complaint, so a little the other way
            m.chain["pitch"]["semitones"] = -2.0 * sign_of(m.chain["pitch"]["semitones"])
            prev.kind, prev.meaning = "filler", None
        elif (list(m.chain) == ["pitch"] and not m.preset and prev is not None
              and prev.clause == m.clause and prev.words in NOT_TOO):
            m.item.extra["not_too"] = True  # "un géant, mais pas trop grave"
        elif (len(m.chain) == 1 and next(iter(m.chain)) in _COMPLAINT_FIX and not m.preset
              and ((prev is not None and prev.clause == m.clause and prev.words in TOO)
                   or {m.clause, m.clause + 1} & fixing)):
            # "less muffled", "trop étouffé", "too thin": a complaint about the tone,
            # fixed with the band the filter would take away
            band, db = _COMPLAINT_FIX[next(iter(m.chain))]
            m.chain = {"eq": {band: db}}
            m.focus = band
            if prev is not None and prev.words in TOO:
                prev.kind, prev.meaning = "filler", None
        verb = by_pos.get(m.pos - 1)
        if _turns_an_effect(items, m, d, verb):
            up = (sign_of(verb.chain["gain"].get("db", 0.0)) if verb is not None
                  and list(verb.chain) == ["gain"] else d.meaning.sign)  # type: ignore[union-attr]
            factor = 1.5 if up > 0 else 0.5
            soft = word_near(items, m.pos, SCALE_WINDOW, ("scale",))
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
                and any(lx.TABLE.get((w,), NONE).kind == "direction" or w in _BAND_VERBS
                        for w in verb.item.words)):
            m.sign = sign_of(verb.chain["gain"].get("db", 0.0)) or 1
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
    if m.preset or is_band(m) or "gain" in m.chain or not has_group(m, "amount"):
        return False
    info = EFFECTS[next(iter(m.chain))]
    if info.main is not None and info.params[info.main].signed:
        return False
    said = set(m.item.extra.get("after_filler", ())) <= _ARTICLES
    if (verb is not None and list(verb.chain) == ["gain"] and not verb.preset and said
            and verb.clause == m.clause and not verb.negated):
        return True
    return (d is not None and d.meaning is not None and d.pos < m.pos and d.clause == m.clause
            and word_near(items, m.pos, 2, ("scale",)) is None)

_CALM = frozenset({("calme",), ("calm",), ("calmer",)})  # "calme les basses": a verb

_HOLLOW = frozenset({("creuse",), ("creusez",), ("creuser",), ("scoop",)})

_VERBS = {("lower",): -1, ("raise",): 1, ("higher",): 1, ("lift",): 1}

#: A filter complained of ("less muffled", "too thin") -> the band that fixes it.
_COMPLAINT_FIX = {"lowpass": ("high_db", 5.0), "highpass": ("low_db", 5.0)}

_BAND_VERBS = frozenset({"boost", "boosted", "pousse", "turn", "monte", "crank", "attenue",
                         "attenuer", "attenuate", "attenuez", "adoucis", "reduis"})
