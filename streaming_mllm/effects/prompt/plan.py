"""Pass 6: resolve conflicts and make the plan.

Mentions are merged effect by effect in prompt order: the registry's
defaults, then each mention's implied values (a preset's, a word's) and its
modifiers, later mentions winning ("in a cathedral, no, in a small room" is
a small room); then the numbers, which win over words.  A direction word
next to a signed effect sets its sign ("pitch it down").  Every value is
clamped to its range (and said so in ``adjusted``).  Effects named under a
negation stay out, even when a preset would bring them.

When nothing is left, the prompt is an error that says why in one line:
nothing recognized (with suggestions by meaning, then by spelling), another
language, or only things to remove or not to do.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Mapping

from ...errors import PromptError
from ..plan import EffectPlan, EffectSpec
from ..presets import PRESETS
from ..registry import EFFECTS, ORDER, default_params
from . import lexicon as lx
from .normalize import fold
from .resolve import Mention, Negations
from .scope import message, out_of_scope
from .words import Item


def merge(mentions: list[Mention], negated: set[str]) -> tuple[dict[str, dict[str, float]],
                                                                  dict[str, str]]:
    """Per-effect parameters and the preset each effect came from."""
    params: dict[str, dict[str, float]] = {}
    presets: dict[str, str] = {}
    sized: dict[str, bool] = {}  # the preset that set the effect was a size word ("giant")
    shifts: dict[str, float] = {}  # the pitch a voice set, and the one a tape speed set
    ordered = sorted((m for m in mentions if not m.negated), key=lambda m: m.pos)
    absorbed = _comparatives(ordered)
    applied: set[str] = set()
    worded: dict[str, set[str]] = {}  # parameters a word said them (not a preset)
    boosted: set[tuple[str, str]] = set()  # (effect, parameter) a word has set
    for m in ordered:
        if not m.preset and not m.implied and m not in absorbed:
            for effect, implied in m.chain.items():
                if effect not in PRESET_YIELDS_NOT:
                    worded.setdefault(effect, set()).update(implied)
    for m in ordered:
        if m in absorbed:
            continue
        if m.preset and m.preset in applied and not m.factors and not m.values:
            continue  # "une petite souris qui couine": the same preset said twice
        applied.add(m.preset)
        for effect, implied in m.chain.items():
            if effect in negated:
                continue
            p = params.setdefault(effect, default_params(effect))
            kept = _kept_by_an_earlier_preset(m, effect, presets.get(effect, ""),
                                              sized.get(effect, False))
            mine = worded.get(effect, set()) if m.preset else set()
            # "cozy podcast vibe", "a podcast voice, warm": what the user's own word
            # says of a parameter wins over a preset's default for it, in either order
            held: set[str] = set()
            for k, v in implied.items():
                if k in mine:
                    continue
                if (not m.preset and (effect, k) in boosted and info_of(effect, k) == "dB"
                        and v * p[k] > 0 and abs(p[k]) > abs(v)):
                    held.add(k)  # "a lot of bass and warmth": two words that boost the
                    continue  # same band keep the larger boost, not the last one said
                if k not in kept:
                    p[k] = v
                    if not m.preset:
                        boosted.add((effect, k))
                elif kept[k] == "max":  # distance makes the space's reverb wetter
                    p[k] = max(p[k], v)
            if m.preset and (not kept or PRESETS[m.preset].category == "space") and (
                    not mine or set(implied) - mine):
                presets[effect] = m.preset
                sized[effect] = m.item.words in lx.SIZE_WORDS
            info = EFFECTS[effect]
            if m.sign and info.main is not None and info.params[info.main].signed:
                p[info.main] = m.sign * abs(p[info.main])
            elif m.sign and m.focus in p and info.params[m.focus].signed:
                p[m.focus] = m.sign * abs(p[m.focus])  # "baisse les médiums"
            for group, factor in m.factors.items():
                if (group == "amount" and factor < 1.0 and not m.preset and not implied
                        and presets.get(effect) and effect not in PRESET_YIELDS_NOT
                        and set(m.item.extra.get("after_filler", ())) & _PARTITIVE):
                    # "a villain voice with a bit of distortion": the villain already
                    # has some; "a bit" asks for no less than it has
                    continue
                if group.startswith("param:"):
                    name = group[6:]
                    if name in p:
                        p[name] *= factor
                    continue
                if group == "size" and effect in SPACE_SIZE and PRESETS[m.preset].category == (
                        "space"):
                    # "a tiny closet", "a huge cathedral": a smaller space decays sooner
                    # and earlier, it is not drier; a bigger one is also a little wetter
                    for name, exponent in SPACE_SIZE[effect]:
                        if name != "mix" or factor > 1.0:
                            p[name] *= factor**exponent
                    continue
                for name, exponent in info.scales.get("amount" if group == "size" else group,
                                                      ()):
                    if name in kept or name in held:
                        continue  # "monstre très effrayant": the body's pitch is not the demon's
                    if group == "size" and effect == "pitch" and p[name] > 0:
                        # "a tiny mouse" is higher, "a huge mouse" lower: size words
                        # move a small body's pitch the other way, and less
                        exponent = -0.5
                    if info.params[name].unit == "dB" and p[name] < 0 and exponent < 0:
                        # a level below full scale ("a little static", -30 dB): an amount
                        # moves it by decibels (x2 is +6 dB), it does not multiply them
                        p[name] += 20.0 * math.log10(factor) * -exponent
                        continue
                    # "very robotic", "très métallique": a word moves a parameter as
                    # far as it goes, silently (only a number out of range is worth
                    # a warning: the user said it)
                    param = info.params[name]
                    p[name] = min(max(p[name] * factor**exponent, param.low), param.high)
            if effect == "pitch":
                tape = bool(m.preset) and PRESETS[m.preset].category == "speed"
                shifts["tape" if tape else "voice"] = p["semitones"]
    if "tape" in shifts and "voice" in shifts:
        # a tape's speed moves whatever voice is on it: "a dying alien", "a giant, slowed
        # down" are the voice's shift plus the tape's, formants moved
        params["pitch"]["semitones"] = shifts["voice"] + shifts["tape"]
        params["pitch"]["formants"] = 1.0
    for m in ordered:
        # "a ghost whispering", "un fantôme qui chuchote": an effect named beside a
        # preset that carries a lighter share of it is the effect in full
        if (m.preset or m.implied or m.factors or m.values or len(m.chain) != 1
                or next(iter(m.chain)) not in FULL_WHEN_NAMED or m in absorbed):
            continue
        effect = next(iter(m.chain))
        if effect in params and not m.chain[effect]:
            main = EFFECTS[effect].main
            if main is not None:
                params[effect][main] = max(params[effect][main], default_params(effect)[main])
    for m in sorted((m for m in mentions if not m.negated), key=lambda m: m.item.pos):
        for effect, name, value in m.values:
            if effect in params:
                params[effect][name] = value
    return params, presets


#: Words before an effect that say "some of it" ("a bit of distortion", "un peu de").
_PARTITIVE = frozenset({"of", "de", "d", "du"})


def info_of(effect: str, name: str) -> str:
    """The unit of ``effect``'s parameter ``name``."""
    return EFFECTS[effect].params[name].unit


#: Effects whose words do not override a preset's values: a pitch word said
#: with a voice moves that voice's shift (:func:`_comparatives`) instead.
PRESET_YIELDS_NOT = frozenset({"pitch", "formant", "gain"})

#: Effects that, named beside a preset carrying a lighter share of them, are
#: in full: "a ghost whispering" is a whispered ghost.
FULL_WHEN_NAMED = frozenset({"whisper"})

#: Voices that are a pitch word, not a preset ("a man's voice", "voix de femme"):
#: a comparative said beside one moves its shift ("a slightly deeper man's voice").
VOICE_NOUNS = frozenset(lx.words_of(
    "man men male masculine masculin homme hommes woman women female feminine femme femmes"
    " feminin"))


def _comparatives(ordered: list[Mention]) -> list[Mention]:
    """"chipmunk but even higher", "écureuil très aigu", "deeper than Darth
    Vader", "voix de monstre très grave": a pitch word without a number said
    beside a voice preset moves that voice's shift, further in its own
    direction (x1.4, more with "very") or back towards no shift (x0.6, x0.8
    for "not too deep") the other way; it does not replace it.  Returns the
    pitch words so absorbed."""
    voices = [m for m in ordered if (m.preset and PRESETS[m.preset].category != "speed"
                                     or (list(m.chain) == ["pitch"]
                                         and bool(set(m.item.words) & VOICE_NOUNS)
                                         and not m.values))
              and m.chain.get("pitch", {}).get("semitones")]
    absorbed: list[Mention] = []
    if not voices:
        return absorbed
    for w in ordered:
        if (w.preset or w in voices or list(w.chain) != ["pitch"]
                or any(e == "pitch" for e, _, _ in w.values)):
            continue
        semis = w.chain["pitch"].get("semitones", 0.0)
        if w.sign:
            semis = w.sign * abs(semis)
        if not semis:
            continue
        voice = min(voices, key=lambda m: abs(m.pos - w.pos))
        base = voice.chain["pitch"]["semitones"]
        amount = w.factors.get("amount", 1.0) * voice.factors.pop("amount", 1.0)
        same = (semis > 0) == (base > 0)
        if w.item.extra.get("not_too"):
            factor = 0.8  # "a giant, but not too deep"
        elif same:
            factor = 1.0 + 0.4 * amount  # "even higher": x1.4, "a bit deeper" x1.2
        else:
            factor = max(0.2, 1.0 - 0.4 * amount)  # "a chipmunk but deeper": x0.6
        voice.chain["pitch"]["semitones"] = base * factor
        absorbed.append(w)
    return absorbed


#: What the size of a space moves: (parameter, exponent of the size factor);
#: the wet share only grows (a small space is not drier).
SPACE_SIZE: dict[str, tuple[tuple[str, float], ...]] = {
    "reverb": (("decay_s", 1.0), ("predelay_ms", 1.0), ("mix", 0.5)),
    "echo": (("delay_ms", 0.5),),
}


def _kept_by_an_earlier_preset(m: Mention, effect: str, earlier: str,
                               earlier_sized: bool = False) -> dict[str, str]:
    """Parameters of ``effect`` an earlier preset keeps against ``m``'s
    (``"keep"``, or ``"max"``: the larger value stays): the body decides the
    pitch ("a scary doll" keeps the doll's child voice under the demon's
    colour), and a size word decides it over the creature it qualifies ("a
    giant insect" is low, "a baby dragon" high); the space decides the
    reverb's decay and distance only makes it wetter and later ("a train
    station, far away"), in either order."""
    if not m.preset or not earlier:
        return {}
    mine, theirs = PRESETS[m.preset].category, PRESETS[earlier].category
    if effect == "pitch" and theirs == "body" and (
            mine in ("character", "mood")
            or (mine == "body" and earlier_sized and m.item.words not in lx.SIZE_ADJECTIVES)):
        return {"semitones": "keep", "formants": "keep"}
    if effect == "reverb" and {mine, theirs} == {"space", "distance"}:
        wet = {"mix": "max", "predelay_ms": "max"}
        return wet if mine == "space" else {"decay_s": "keep", **wet}
    if effect == "reverb" and theirs == "space" and mine in ("device", "mood"):
        # "a stadium announcer", "a PA in a train station": the space named decides
        # the reverb, not the room a device brings by default
        return {"decay_s": "keep", "mix": "keep", "predelay_ms": "keep", "hf_decay": "keep"}
    return {}


def clamp(effect: str, params: Mapping[str, float], notes: list[str]) -> dict[str, float]:
    """Every parameter brought into its range; what moved is told in ``notes``."""
    out = {}
    for name, p in EFFECTS[effect].params.items():
        out[name] = float(min(max(params[name], p.low), p.high))
        if out[name] != params[name]:
            unit = f" {p.unit}" if p.unit else ""
            notes.append(
                f"{effect}.{name} {params[name]:g}{unit} is out of range "
                f"({p.low:g}..{p.high:g}); using {out[name]:g}{unit}"
            )
    return out


def make_plan(text: str, items: list[Item], mentions: list[Mention], neg: Negations,
              lost: list[str]) -> EffectPlan:
    """The plan, or a one-line :class:`PromptError` when nothing is asked."""
    for said in [it for it in items if it.mkind == "words"]:
        # "change the words so it says happy birthday": what follows is the text
        # wanted, not a sound ("happy" is not the cheerful mood)
        for m in [m for m in mentions if m.clause == said.clause and m.pos > said.pos]:
            mentions.remove(m)
            m.item.kind, m.item.meaning = "neutral", None
    params, presets = merge(mentions, neg.negated_effects)
    moved = _moving_pan(params, presets)
    unknown = [it.text for it in items if it.kind == "unknown"]
    ignored = [it.text for it in items if it.kind in ("unknown", "neutral")]
    unrecognized = tuple(dict.fromkeys(ignored + lost))
    foreign = [w for w in unknown if fold(w) in lx.FOREIGN]
    if len(foreign) >= 2:
        raise PromptError(_foreign_message(text, unrecognized))
    notes = [
        f"cannot remove {what} from the recording: this tool adds effects, it does not "
        "take them out (ignored)"
        for what in neg.removals
    ]
    scope = out_of_scope(items)
    notes += [message(kind, words) + " (ignored)" for kind, words in scope]
    tape = [p for p in dict.fromkeys(presets.values()) if PRESETS[p].category == "speed"]
    if tape:
        notes.append(f"a stream keeps its timing: {' and '.join(tape)} sounds like a tape "
                     "at that speed (pitch and formants move) but lasts as long as the input")
    if not params:
        if scope:
            raise PromptError(f"nothing to do in {text.strip()!r}: {message(*scope[0])}")
        bypass = any(it.mkind == "bypass" for it in items)
        if bypass and not neg.removals:
            return EffectPlan((), unrecognized)
        if foreign or _all_non_latin(unknown):
            raise PromptError(_foreign_message(text, unrecognized))
        if neg.removals:
            raise PromptError(
                f"nothing to do in {text.strip()!r}: this tool adds effects to the sound, it "
                f"cannot remove {' or '.join(neg.removals)} from a recording "
                "(say 'clean' for the input unchanged)"
            )
        if neg.any_negation and not neg.removals and any(
                it.words in _ANY_EFFECT for it in items):
            return EffectPlan((), unrecognized)  # "I don't want any effect": the input as is
        if neg.any_negation:
            raise PromptError(
                f"nothing to do in {text.strip()!r}: it only says what not to add "
                "(say 'clean' for the input unchanged, or name an effect)"
            )
        understood = [it.text for it in items
                      if it.kind in ("phrase", "param", "filler", "neutral")]
        raise PromptError(no_effect_message(
            text, tuple(dict.fromkeys(unknown + lost)), tuple(understood)))
    adjusted: list[str] = moved + [
        f"{it.extra['praise']!r} is a matter of taste: read as the {it.meaning.preset} polish "
        "(even, full and clear); name an effect, a scene or a mood for another sound"
        for it in items if it.extra.get("praise") and it.meaning is not None]
    specs = tuple(
        EffectSpec(name, clamp(name, params[name], adjusted), presets.get(name, ""))
        for name in ORDER if name in params
    )
    return EffectPlan(specs, unrecognized, tuple(adjusted), tuple(notes))


def _moving_pan(params: dict[str, dict[str, float]], presets: dict[str, str]) -> list[str]:
    """A pan that moves replaces one that stays: "pan slowly left and right" is
    the auto-pan alone (the word "pan" alone is a centred pan).  The note says
    so when the fixed pan had a side."""
    if "autopan" not in params or "pan" not in params:
        return []
    position = params.pop("pan")["position"]
    presets.pop("pan", None)
    if position == 0.0:
        return []
    return [f"a fixed pan (position {position:g}) and an auto-pan: the auto-pan sweeps "
            "from side to side, the fixed pan was dropped"]


_ANY_EFFECT = frozenset({("effect",), ("effects",), ("effet",), ("effets",), ("anything",),
                         ("processing",), ("traitement",)})


def _all_non_latin(words: list[str]) -> bool:
    from .normalize import has_non_latin

    return bool(words) and all(has_non_latin(w) for w in words)


def _foreign_message(text: str, unrecognized: tuple[str, ...]) -> str:
    return (
        f"{text.strip()!r} looks like another language ({', '.join(unrecognized)}): prompts "
        "are understood in English and French (and a few Spanish or Italian effect names)"
    )


def suggest(word: str) -> str | None:
    """An effect or preset for a word not understood: by meaning first (a word
    of the tables sharing its stem), then by spelling."""
    key = word.lower()
    if len(key) >= 5:
        stem = key[:5]
        for phrase, name in lx.SUGGESTIONS.items():
            if phrase.startswith(stem) or (len(phrase) >= 5 and key.startswith(phrase)):
                return name
    close = difflib.get_close_matches(key, list(lx.SUGGESTIONS), 1, 0.7)
    return lx.SUGGESTIONS[close[0]] if close else None


def no_effect_message(text: str, unrecognized: tuple[str, ...],
                      understood: tuple[str, ...] = ()) -> str:
    """One line: what was not understood, suggestions, where to look."""
    suggestions: list[str] = []
    for word in unrecognized:
        s = suggest(word)
        if s is not None and s not in suggestions:
            suggestions.append(s)
    msg = f"no effect recognized in {text.strip()!r}"
    if suggestions:
        msg += ": did you mean " + " or ".join(repr(s) for s in suggestions) + "?"
    words = f"not understood: {', '.join(unrecognized)}" if unrecognized else "no effect named"
    if understood:
        words += f"; understood but asking for no effect: {', '.join(understood)}"
    msg += (f" ({words}; known effects: {', '.join(ORDER)}; "
            "`streaming-mllm effects` lists them with scenes, characters and examples)")
    return msg


def _fmt(value: float, unit: str) -> str:
    text = f"{value:.6g}"
    return f"{text} {unit}" if unit else text


def describe_plan(plan: EffectPlan) -> str:
    """Explain a plan in words, one line per effect.

    Parameters
    ----------
    plan : EffectPlan
        A plan, as :func:`~streaming_mllm.effects.prompt.parse_prompt` returns.

    Returns
    -------
    str
        One line per effect in processing order, ``name: param=value unit,
        ...`` (followed by ``(giant)`` when a preset set it), then ``not
        understood: ...`` if some words were not understood and ``ignored, no
        sound of their own: ...`` for people and speech acts ("teacher",
        "crying") the prompt named.  A plan with no
        effect reads ``no effect (the audio passes through unchanged)``.

    Examples
    --------
    >>> from streaming_mllm.effects.prompt import parse_prompt
    >>> print(describe_plan(parse_prompt("a 6 Hz tremolo, robot banana")))
    robot: pitch_hz=100 Hz, mix=1
    tremolo: rate_hz=6 Hz, depth=0.5
    not understood: banana
    """
    lines = []
    if not plan.effects:
        lines.append("no effect (the audio passes through unchanged)")
    for spec in plan.effects:
        info = EFFECTS.get(spec.name)
        parts = []
        for name, value in spec.params.items():
            if info is not None and name in info.params:
                parts.append(f"{name}={info.params[name].format(value)}")
            else:
                parts.append(f"{name}={_fmt(value, '')}")
        line = f"{spec.name}: " + ", ".join(parts) if parts else spec.name
        if spec.preset:
            line += f"  ({spec.preset})"
        lines.append(line)
    neutral = [w for w in plan.unrecognized if lx.is_neutral(w)]
    unknown = [w for w in plan.unrecognized if not lx.is_neutral(w)]
    if unknown:
        lines.append("not understood: " + ", ".join(unknown))
    if neutral:
        lines.append("ignored, no sound of their own: " + ", ".join(neutral))
    return "\n".join(lines)
