"""Pass 5c: numbers attached to the effects they are said with.

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

from ..registry import EFFECTS, UNIT_KIND
from . import lexicon as lx
from .lexicon import Meaning
from .nearby import BAND_EFFECTS, CLAUSE_REACH, sign_of, word_near
from .resolve import Mention, Negations, is_band
from .words import Item

IMPLIED: dict[str, str] = {"semi": "pitch", "db": "gain", "bits": "bitcrush"}
"""Effects a quantity calls up when no effect of its part of the prompt takes it."""

BARE_WINDOW = 2  # words between a bare number and its effect

DIRECTION_WINDOW = 2  # words between a direction word and its number

SEPARATOR_COST = 3  # a separator counts as this many words

_A_TONE = [["un", "ton"], ["a", "tone"], ["one", "tone"]]  # "un ton héroïque": a manner


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
                if d == 2 and items[pos + 1].mkind == "scale":
                    continue  # "1 second with some pre delay": the "some" is the pre-delay's
                if d == -2 and items[pos - 1].mkind == "scale":
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


def _in_range(effect: str, name: str, value: float, kind: str) -> str:
    """``name``, or when ``value`` is outside its range the parameter of the
    same unit whose range holds it, nearest its default: a wah's "300 to
    3000 Hz" are its band, not its sweep rate (at most 10 Hz)."""
    params = EFFECTS[effect].params
    p = params[name]
    v = _convert(value, kind, effect, name)
    if p.low <= v <= p.high or v <= 0:
        return name
    fits = [(abs(math.log(v / q.default)), n) for n, q in params.items()
            if q.unit == p.unit and n != name and q.low <= v <= q.high and q.default > 0]
    return min(fits)[1] if fits else name


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
                elif name is not None:
                    name = _in_range(effect, name, value, kind)
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
    if kind == "time" and p.unit == "Hz":
        return 1.0 / max(q_value, 1e-6)  # "left to right every 2 seconds": one cycle
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
    _level_verbs(items, mentions)
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
        direction = word_near(items, it.pos, DIRECTION_WINDOW, ("direction", "remove"))
        if direction is None and q.kind == "semi":
            # "an octave below", "une octave en dessous": an interval's direction
            where = word_near(items, it.pos, 1, ("below", "above"))
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
                    if m.clause == it.clause and (q.kind or (abs(m.pos - it.pos) <= window
                                                             and not m.preset))]
            # (a bare number is said of an effect named next to it, never of a scene
            # or a character: "comme HAL dans 2001" is a film's title)
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
        if (info.signed or info.low < 0) and not q.signed:
            sign = direction.meaning.sign if direction is not None and direction.meaning else 0
            if direction is not None and direction.mkind == "remove":
                sign = -1
            sign = sign or m.sign or sign_of(m.chain.get(effect, {}).get(param, 0.0)) or next(
                (sign_of(o.chain[effect].get(param, 0.0)) for o in live  # "pan 30% left"
                 if o is not m and o.clause == it.clause and effect in o.chain
                 and o.chain[effect].get(param)), 0) or 1
            value = sign * abs(value)
        m.values.append((effect, param, value))
    return lost


#: Pitch words that are also verbs of level ("lower it by 3 dB").
_LEVEL_VERBS = {("lower",): -1, ("higher",): 1, ("raise",): 1}


def _level_verbs(items: list[Item], mentions: list[Mention]) -> None:
    """"lower it by 3 dB", "raise it 2 dB": a pitch word said with a level in
    decibels (and no interval) is the direction of that level, not a pitch."""
    for m in list(mentions):
        sign = _LEVEL_VERBS.get(m.item.words)
        if sign is None or m.preset or m.negated or list(m.chain) != ["pitch"]:
            continue
        near = [x for x in items[m.pos + 1:m.pos + 4] if x.clause == m.clause]
        kinds = {x.qty.kind for x in items if x.clause == m.clause and x.qty is not None}
        if any(x.qty is not None and x.qty.kind == "db" for x in near) and "semi" not in kinds:
            mentions.remove(m)
            m.item.kind, m.item.meaning = "phrase", Meaning("direction", sign=sign)


COMPLAINT_DB = 4.0
"""Size, in dB, of the cut (or boost) that answers a complaint said at a frequency."""

SHELF_CORNERS = {"low_db": "low_hz", "high_db": "high_hz"}
"""The corner frequency of each shelf of the tone control."""


def _frequency_gains(items: list[Item], mentions: list[Mention]) -> None:
    """"boost 3k by 4 dB", "monte les 3 kHz de 4 dB", "cut 200 Hz by 3 dB": a
    frequency with a level in its part of the prompt, and no filter or other
    effect taking the frequency, is the tone control's peaking band moved to
    that frequency, not a gain; a louder/quieter verb before it gives the sign."""
    by_pos = {m.pos: m for m in mentions}
    takers: set[int] = {m.clause for m in mentions if not m.negated and m.chain.keys() - {"gain"}
                        and not is_band(m)}
    bands = {m.clause for m in mentions if is_band(m)}
    mids: dict[int, Mention] = {}
    shelves: dict[int, list[Mention]] = {}
    for m in mentions:
        if not m.negated and is_band(m) and m.focus == "mid_db":
            mids.setdefault(m.clause, m)
        elif not m.negated and is_band(m) and m.focus in SHELF_CORNERS:
            shelves.setdefault(m.clause, []).append(m)
    levels = {x.clause for x in items if x.kind == "qty" and x.qty is not None
              and x.qty.kind == "db"}
    bands_used = 0
    for it in items:
        q = it.qty
        if it.kind != "qty" or q is None or q.kind != "freq":
            continue
        complaint = [m for m in shelves.get(it.clause, ()) if m.sign]
        if complaint and it.clause not in levels and it.clause not in takers:
            # "a bit harsh around 3k, tame it": the complaint's band is where it was
            # said to be, a peaking cut there (or a boost for a lack)
            band = min(complaint, key=lambda m: abs(m.pos - it.pos))
            band.chain["eq"] = {"mid_hz": q.value, "mid_db": COMPLAINT_DB}
            band.focus = "mid_db"
            it.kind = "filler"
            continue
        if it.clause in shelves and it.clause in levels and it.clause not in takers:
            # "boost the highs above 8 kHz by 4 dB", "baisse les graves de 6 dB sous
            # 250 Hz": a level for the bass or the treble with a frequency is that
            # shelf moved there (without a level, "coupe les basses sous 150 Hz" is
            # a filter)
            band = min(shelves[it.clause], key=lambda m: abs(m.pos - it.pos))
            band.chain["eq"][SHELF_CORNERS[band.focus]] = q.value
            it.kind = "filler"
            continue
        if it.clause in mids and it.clause not in takers:
            # "atténue les médiums autour de 1 kHz", "boost the mids around 800 Hz":
            # the band named is centred there
            mids[it.clause].chain["eq"]["mid_hz"] = q.value
            it.kind = "filler"
            continue
        if it.clause in takers or it.clause in bands:
            continue  # "lowpass 3k", "robot at 200 Hz": the frequency is an effect's
        if word_near(items, it.pos, 2, ("below", "above"), before_only=True) is not None:
            continue  # "cut below 200 Hz": a filter
        level = [x for x in items[max(0, it.pos - 4):it.pos + 5]
                 if x.kind == "qty" and x.qty is not None and x.qty.kind == "db"
                 and x.clause == it.clause]
        if not level:
            continue
        # a second frequency with its own level is the second peaking band ("boost
        # 200 Hz by 3 dB and cut 3 kHz by 2 dB")
        band = "mid2" if bands_used else "mid"
        bands_used += 1
        eq = Mention(it, {"eq": {f"{band}_hz": q.value}}, focus=f"{band}_db", implied=True)
        # "boost 3k", "booste de 3 dB vers 1000 Hz": the nearest louder/quieter
        # verb before the frequency, within its level's reach
        verbs = [by_pos[p] for p in range(it.pos - 1, max(-1, it.pos - 5), -1)
                 if p in by_pos and by_pos[p].clause == it.clause]
        verb = verbs[0] if verbs else None
        if verb is not None and list(verb.chain) == ["gain"] and not verb.preset:
            eq.sign = sign_of(verb.chain["gain"].get("db", 0.0))  # "boost", "cut"
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


def _positional(items: list[Item], it: Item, live: list[Mention],
                keep: bool) -> tuple[Mention, tuple[str, str]] | None:
    """"cut below 200 Hz" -> a high-pass at 200 Hz; "above 5 kHz" -> a low-pass
    (the other way round after "keep": "keep only below 3 kHz")."""
    where = word_near(items, it.pos, 2, ("below", "above"), before_only=True)
    if where is None:
        return None
    want = "highpass" if where.mkind == "below" else "lowpass"
    clause = [m for m in live if m.clause == it.clause]
    if keep:
        want = "lowpass" if want == "highpass" else "highpass"  # "keep only below 3 kHz"
    for m in clause:
        if want in m.chain:
            return m, (want, "cutoff_hz")
    if any(BAND_EFFECTS & set(m.chain) for m in clause):
        return None
    side = "low_db" if want == "highpass" else "high_db"
    for m in clause:  # "cut the highs above 5 kHz": the EQ word named the band
        if list(m.chain) == ["eq"] and m.focus == side:
            m.negated = True
    return Mention(it, {want: {}}, implied=True), (want, "cutoff_hz")
