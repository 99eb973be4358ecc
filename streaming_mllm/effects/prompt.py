"""Prompt understanding of the ``effects`` model (its tokenizer and text encoder).

A prompt in English or French ("a robot in a cathedral with a bit of echo",
"fais-le sonner comme un robot") becomes an :class:`~.registry.EffectPlan`:
the effects it names, in processing order, with every parameter filled in.

How a prompt is read
--------------------
1. **Tokens.**  The text is lower-cased and split into words, numbers and
   separators (``, ; + / & . ! ? :``).  Each word is also *folded*: accents
   removed and ligatures spelled out (``cathédrale`` -> ``cathedrale``,
   ``chœur`` -> ``choeur``), so that prompts with or without accents read the
   same.  Hyphens and apostrophes split words (``walkie-talkie``, ``l'eau``).
2. **Quantities.**  A number, digits (``1.5``, French ``1,5``, ``-3``,
   ``+6``) or written (``two``, ``deux``, ``an`` in "an octave", ``half a``),
   followed by a unit (ms, s, Hz, kHz, dB, semitones/demi-tons, octaves,
   tones/tons, %) becomes one quantity.
3. **Phrases.**  Stop words ("make it sound like a the", "fais le sonner
   comme un") are dropped, then the remaining words are matched against the
   keyword tables below, longest phrase first ("low pass" before "low",
   "remove the bass" before "bass").  A word of five letters or more that
   matches nothing is compared with a list of distinctive keywords and
   accepted if it is one edit away (two for words of eight letters or more;
   a swap of two neighbouring letters counts as one edit): ``robto`` is read
   as ``robot``.
4. **Modifiers.**  An intensity word ("a little", "very", "huge", "un peu",
   "beaucoup") scales the main parameters of the effect it is next to: the
   nearest effect keyword after it (within three words and before any
   separator), else the nearest one before it (within three words).  See
   ``_SCALED`` for which parameters each effect scales.
5. **Numbers.**  A quantity sets a parameter of the nearest effect keyword
   that takes its unit (a separator in between counts as three words; on a
   tie the effect before wins).  A quantity with no such effect in the
   prompt calls up the effect it implies: semitones and octaves a pitch
   shift, decibels a gain.  A number without a unit sets the main parameter
   of an effect right next to it if it lies in that parameter's range
   ("lowpass 800", "gain -10").  Parameter words ("feedback", "mix",
   "predelay", "rate", "depth", "cutoff", "carrier", "drive", "decay") next to
   a quantity choose the parameter.  For the signed parameters (semitones,
   dB of the gain and the EQ) an unsigned quantity takes its sign from a
   direction word next to it ("down 3 semitones", "two octaves up") or else
   from the effect's keyword ("an octave lower", "quieter by 3 dB").

Then every parameter is clamped to its range in the registry.  The same
effect named twice is merged (later keywords and numbers win).  A negation
right before an effect keyword ("no reverb", "sans écho") removes that
effect.  Bypass words ("clean", "bypass", "no effect", "dry", "identity",
"original", "sans effet") ask for no effect at all; they are ignored when
the prompt also names an effect.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..errors import PromptError
from .registry import EFFECTS, ORDER, EffectPlan, EffectSpec, default_params

__all__ = ["describe_plan", "parse_prompt"]


# --------------------------------------------------------------------------
# Text folding and tokens
# --------------------------------------------------------------------------

_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l"})


def _fold(text: str) -> str:
    """Lower-case ``text`` and remove its accents (``Cathédrale`` -> ``cathedrale``)."""
    text = text.lower().translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_TOKEN_RE = re.compile(
    r"""
    (?P<num>(?<![\w.,])[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+))   # 300, -3, +6, 1.5, 1,5, .5
    | (?P<word>[^\W\d_]+|%)                                 # letters only, or a percent sign
    | (?P<sep>[,;+/&.!?:]|(?<=\s)[-\u2013\u2014](?=\s))     # separators
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class _Tok:
    kind: str  # "num", "word" or "sep"
    text: str  # as written (lower-cased)
    key: str  # folded


def _tokenize(text: str) -> list[_Tok]:
    text = text.lower().replace("\u2212", "-").replace("\u2019", "'")
    text = unicodedata.normalize("NFC", text)
    toks = []
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup or "word"
        toks.append(_Tok(kind, m.group(), _fold(m.group())))
    return toks


def _words(phrase: str) -> tuple[str, ...]:
    """Folded words of ``phrase`` (used to build the tables)."""
    return tuple(t.key for t in _tokenize(phrase) if t.kind == "word")


# --------------------------------------------------------------------------
# Words that carry no meaning for the parser
# --------------------------------------------------------------------------

#: Dropped before phrase matching; never reported.
_STOP: frozenset[str] = frozenset(
    _words(
        # English
        "a an the it its it's is be are was were been being am i i'm me my mine we us our"
        " you your he she his her they them their this that these those there here"
        " make makes made making sound sounds sounding sounded like as with of some any"
        " in into inside through thru on onto at by for from to over under across"
        " and or but so if then than also too just please pls can could would should"
        " will shall do does did want wanted need give gives add adding put apply applied"
        " use using turn set get let have has had all every kind sort type style"
        " quite rather somewhat such what which who whose how when where while same"
        " someone somebody person people guy man woman lady girl boy speaker speaking"
        " talking talk talks speak speaks says say singing sing sings sang song"
        " old older vintage ancient classic retro cheap new modern real proper"
        " something thing stuff version mode setting settings sounding sort"
        " s t d l m n re ve ll o"
        " chair later ratios"
        # French
        " fais fait faire faites fasse le la les l un une des du de d dans avec ma mon mes"
        " ta ton ses sa son leur leurs ce cet cette ces c est sont etre ai as a au aux"
        " et ou mais donc que qui qu quoi sur sous en y on je j me m moi tu te t toi"
        " il ils elle elles se s nous vous lui pour par comme sonner sonne sonnes"
        " sembler semble ressembler ressemble genre style type facon maniere"
        " svp stp plait merci ajoute ajouter ajouter applique appliquer mets mettre met"
        " quelqu quelque quelques personne homme femme vieux vieille vieil ancien ancienne"
        " parle parler parlant chante chanter choix"
    )
)

#: Words that separate the parts of a prompt, like a comma.
_SEP_WORDS: frozenset[str] = frozenset(_words("and then also et puis aussi ensuite"))

#: Kept for phrase matching ("porte-voix", "no effect", "low voice") but
#: silently ignored when they match nothing.
_IGNORABLE: frozenset[str] = frozenset(
    _words(
        "voice voices vocal vocals voix effect effects effet effets filter filtre"
        " sound son tone timbre audio signal volume"
        " no not without sans pas aucun aucune"
        " half demi demie one two three four five six seven eight nine ten eleven twelve"
        " deux trois quatre cinq sept huit neuf dix onze douze"
        " up down upward upwards downward downwards haut bas raise raised drop dropped"
        " monter monte descendre descend"
    )
)

# --------------------------------------------------------------------------
# Units and written numbers
# --------------------------------------------------------------------------

#: unit phrase -> (kind, multiplier to the kind's base unit).  Kinds and base
#: units: "time" seconds, "freq" Hz, "db" dB, "semi" semitones, "pct" fraction.
_UNITS: dict[tuple[str, ...], tuple[str, float]] = {}
for _phrases, _kind, _mult in [
    ("ms msec msecs millisecond milliseconds milliseconde millisecondes", "time", 0.001),
    ("s sec secs second seconds seconde secondes", "time", 1.0),
    ("hz hertz", "freq", 1.0),
    ("khz kilohertz", "freq", 1000.0),
    ("db dbs decibel decibels", "db", 1.0),
    ("semitone semitones st halftone halftones demiton demitons", "semi", 1.0),
    ("tone tones ton tons", "semi", 2.0),
    ("octave octaves", "semi", 12.0),
    ("% percent pourcent", "pct", 0.01),
]:
    for _w in _phrases.split():
        _UNITS[(_fold(_w),)] = (_kind, _mult)
for _phrase, _kind, _mult in [
    ("semi tone", "semi", 1.0), ("semi tones", "semi", 1.0),
    ("half step", "semi", 1.0), ("half steps", "semi", 1.0),
    ("half tone", "semi", 1.0), ("half tones", "semi", 1.0),
    ("demi ton", "semi", 1.0), ("demi tons", "semi", 1.0),
    ("whole tone", "semi", 2.0), ("whole tones", "semi", 2.0),
    ("per cent", "pct", 0.01), ("pour cent", "pct", 0.01),
]:
    _UNITS[_words(_phrase)] = (_kind, _mult)
_UNIT_MAXLEN = max(len(k) for k in _UNITS)

#: Written numbers (only read as numbers right before a unit).
_NUMERALS: dict[str, float] = {
    **{w: 1.0 for w in ("a", "an", "one", "un", "une")},
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30,
    "fifty": 50, "hundred": 100,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "vingt": 20, "trente": 30, "cinquante": 50,
    "cent": 100,
}
_HALF = frozenset({"half", "demi", "demie"})
_IGNORABLE = _IGNORABLE | frozenset(_NUMERALS) | _HALF

# --------------------------------------------------------------------------
# Keyword tables
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Kw:
    """What a keyword phrase means."""

    kind: str  # effect, scale, bypass, direction, hint, neg
    effect: str = ""
    overrides: tuple[tuple[str, float], ...] = ()
    focus: str = ""  # parameter a dB quantity goes to (eq)
    factor: float = 1.0  # scale words
    group: str = "amount"  # scale words: "amount" or "length"
    sign: int = 0  # direction words
    params: tuple[str, ...] = ()  # parameter words


_TABLE: dict[tuple[str, ...], _Kw] = {}


def _add(phrases: str, kw: _Kw) -> None:
    """Register each ``|``-separated phrase of ``phrases`` with meaning ``kw``."""
    for phrase in phrases.split("|"):
        key = tuple(w for w in _words(phrase) if w not in _STOP)
        if not key:
            raise RuntimeError(f"keyword phrase {phrase!r} is made of stop words only")
        if _TABLE.get(key, kw) != kw:
            raise RuntimeError(f"keyword phrase {phrase!r} has two meanings")
        _TABLE[key] = kw


def _fx(effect: str, phrases: str, focus: str = "", **overrides: float) -> None:
    if effect not in EFFECTS:
        raise RuntimeError(f"unknown effect {effect!r} in the keyword table")
    for name in overrides:
        if name not in EFFECTS[effect].params:
            raise RuntimeError(f"unknown parameter {effect}.{name} in the keyword table")
    _add(phrases, _Kw("effect", effect, tuple(overrides.items()), focus))


# Each effect's own name is a keyword.
for _name in EFFECTS:
    _fx(_name, _name)

_fx("distortion", "distortion|distorted|distort|distorsion|distordu|distordue|disto"
    "|overdrive|overdriven|fuzz|fuzzy|fuzzed|crunch|crunchy|gritty|grit|clipping|clipped"
    "|saturated|saturation|sature|saturee|satures|saturees|saturer|sature le son")
_fx("pitch", "pitch|pitch shift|pitch shifted|pitch shifter|pitched|transpose|transposed"
    "|transposer|hauteur")
_fx("pitch", "chipmunk|chipmunks|helium|smurf|mickey|cartoon", semitones=9)
_fx("pitch", "squeaky|child|kid|enfant|high voice|high pitch|high pitched|higher"
    "|higher pitch|higher voice|aigu|aigue|aigues|plus aigu|plus aigue|plus haut"
    "|voix haute|voix aigue", semitones=5)
_fx("pitch", "deep|deeper|low voice|low pitch|low pitched|lower|lower pitch|lower voice"
    "|grave|plus grave|plus bas|voix basse|basse voix", semitones=-5)
_fx("pitch", "giant|monster|ogre|geant|monstre|troll", semitones=-7)
_fx("pitch", "demon|demonic|devil|diable|demoniaque", semitones=-8)
_fx("robot", "robot|robots|robotic|robotically|robotique|robotiques|droid|android|cyborg"
    "|vocoder|automaton|automate")
_fx("whisper", "whisper|whispers|whispered|whispering|whispery|murmur|murmuring|murmure"
    "|murmurer|chuchotement|chuchotements|chuchoter|chuchote|chuchotee|chuchotant")
_fx("whisper", "breathy|airy voice", amount=0.5)
_fx("radio", "radio|radios|walkie talkie|walkie talkies|walkietalkie|talkie walkie|talkie"
    "|walkie|transistor|am radio|cb radio|intercom|interphone")
_fx("megaphone", "megaphone|megaphones|bullhorn|bullhorns|loudhailer|loud hailer"
    "|porte voix|portevoix|haut parleur|loudspeaker|public address")
_fx("telephone", "telephone|telephones|phone|phones|phone call|telephonic|telephonique"
    "|cellphone|cell phone|mobile phone|smartphone|landline|telephone line|appel")
_fx("underwater", "underwater|water|eau|submerged|submarine|sous marin|marin|aquatic"
    "|drowning|aquatique|noye")
_fx("eq", "equalizer|equaliser|equalization|egaliseur|egalisation|tone control")
_fx("eq", "warm|warmer|warmth|chaud|chaude|chaleureux|chaleureuse|plus chaud",
    focus="low_db", low_db=4.0, high_db=-3.0)
_fx("eq", "bright|brighter|brightness|brillant|brillante|plus brillant|crisp|crisper|clair"
    "|claire|more treble|treble|plus aigus|plus d aigus|aigus", focus="high_db", high_db=6.0)
_fx("eq", "dark|darker|sombre|plus sombre|dull|less treble|moins d aigus|moins aigus"
    "|mat|terne", focus="high_db", high_db=-6.0)
_fx("eq", "more bass|bass|bassy|boomy|bass boost|boost bass|boosted bass|plus de basses"
    "|plus de basse|plus de graves|basses|graves", focus="low_db", low_db=6.0)
_fx("eq", "less bass|moins de basses|moins de basse|moins de graves", focus="low_db",
    low_db=-6.0)
_fx("eq", "presence|more presence|nasal|nasally|nasillard|plus de presence", focus="mid_db",
    mid_db=5.0)
_fx("lowpass", "lowpass|low pass|low pass filter|lpf|passe bas|muffled|muffle|muffling"
    "|muted|etouffe|etouffee|etouffes|etouffees|assourdi|assourdie|feutre|feutree"
    "|high cut|coupe haut")
_fx("lowpass", "behind wall|behind door|through wall|wall|walls|mur|derriere mur"
    "|derriere porte|next room|piece d a cote|chambre d a cote", cutoff_hz=400.0)
_fx("highpass", "highpass|high pass|high pass filter|hpf|passe haut|thin|thinner|tinny"
    "|low cut|coupe bas")
_fx("highpass", "remove bass|cut bass|no bass|without bass|sans basses|sans basse"
    "|enlever basses|enleve basses|retire basses|retirer basses|couper basses"
    "|coupe basses|sans graves", cutoff_hz=250.0)
_fx("ringmod", "ring modulator|ring modulation|ring mod|ring modulated|ringmod"
    "|ring modulateur|modulateur en anneau|modulation en anneau|dalek|daleks|metallic"
    "|metallique|metal|alien|extraterrestre")
_fx("tremolo", "tremolo|tremolos|shaky|shaking|wobbling|wobbling volume|wobbly volume"
    "|pulsing|pulsating|pulse|choppy|tremblant|tremblotant|tremble")
_fx("tremolo", "helicopter|helicoptere", rate_hz=12.0, depth=0.9)
_fx("vibrato", "vibrato|vibratos|wavering|wavering pitch|wavy|warble|warbling|warbly"
    "|wobbly pitch|chevrotant|chevrotante|chevroter|trembling pitch")
_fx("chorus", "chorus|choir|choirs|choeur|choeurs|chorale|ensemble|doubled|doubling"
    "|double voice|double|unison|many voices|crowd|foule|plusieurs voix")
_fx("echo", "echo|echos|echoes|echoing|echoey|echoy|echoed|delay|delayed|repeat|repeats"
    "|repetition|repetitions|retard")
_fx("echo", "slapback|slap back|slap", delay_ms=120.0, feedback=0.1, mix=0.4)
_fx("echo", "canyon|mountains|mountain|valley|montagne|montagnes|vallee", delay_ms=600.0,
    feedback=0.4, mix=0.4)
_fx("reverb", "reverb|reverbs|reverberation|reverberant|reverbe|reverbere|ambience"
    "|ambiance|spacious|space|espace")
_fx("reverb", "cathedral|cathedrals|cathedrale|cathedrales|basilica|basilique",
    decay_s=4.0, mix=0.4, predelay_ms=30.0)
_fx("reverb", "church|churches|eglise|eglises|chapel|chapelle|temple",
    decay_s=3.0, mix=0.35, predelay_ms=20.0)
_fx("reverb", "stadium|arena|hangar|stade|arene|gymnasium|gym|gymnase",
    decay_s=3.5, mix=0.35, predelay_ms=30.0)
_fx("reverb", "hall|halls|concert hall|auditorium|theater|theatre|salle de concert"
    "|salle de spectacle|opera|warehouse|entrepot",
    decay_s=2.5, mix=0.35, predelay_ms=20.0)
_fx("reverb", "cave|caves|grotte|grottes|cavern|caverne|tunnel|tunnels|stairwell"
    "|staircase|escalier|parking garage|parking|puits", decay_s=2.5, mix=0.4,
    predelay_ms=15.0)
_fx("reverb", "salle|room|rooms|piece|chambre|living room|salon|classroom|classe"
    "|kitchen|cuisine", decay_s=0.8, mix=0.25, predelay_ms=5.0)
_fx("reverb", "bathroom|salle de bain|salle de bains|shower|douche", decay_s=1.0, mix=0.35,
    predelay_ms=3.0)
_fx("reverb", "studio|booth|cabine|closet|placard|car|voiture", decay_s=0.3, mix=0.15,
    predelay_ms=2.0)
_fx("gain", "louder|loud|loudly|amplify|amplified|amplifie|amplifier|boost|boosted"
    "|plus fort|fort|forte|more volume|volume up|higher volume|monte le volume"
    "|plus de volume", db=6.0)
_fx("gain", "quieter|quiet|quietly|softer|softly|attenuate|attenuated|attenuer|attenue"
    "|moins fort|doucement|plus doux|less volume|volume down|lower volume|lower the volume"
    "|baisse le volume|moins de volume", db=-6.0)

# Intensity ("amount") and length words.
for _phrases, _factor in [
    ("little|a little bit|bit|tiny bit|slightly|slight|subtle|subtly|light|lightly|gentle"
     "|gently|mild|mildly|soft|touch|hint|small|less|peu|petit peu|un petit peu|petit"
     "|petite|legerement|leger|legere|discret|discrete|doux|douce|moins", 0.5),
    ("very|lots|lot|a lot of|lots of|heavy|heavily|big|large|huge|strong|strongly|intense"
     "|intensely|really|more|super|tons|plenty|beaucoup|tres|grand|grande|gros|grosse"
     "|fortement|vraiment|plus|intensement|vaste|immense|enorme|enormous|vast", 1.5),
    ("much|extremely|extreme|massive|massively|insanely|ultra|way|extremement|tellement"
     "|hugely", 2.0),
]:
    _add(_phrases, _Kw("scale", factor=_factor))
_add("long|longer|longue|longues|longs", _Kw("scale", factor=1.5, group="length"))
_add("short|shorter|court|courte|courts|courtes|brief|bref|breve", _Kw("scale", factor=0.5,
     group="length"))

_add("clean|bypass|no effect|no effects|without effect|without effects|dry|identity"
     "|original|unprocessed|untouched|unchanged|passthrough|none|nothing|neutral|normal"
     "|natural|sans effet|sans effets|aucun effet|pas d effet|propre|brut|neutre|naturel"
     "|naturelle|inchange|tel quel", _Kw("bypass"))
_add("no|not|without|sans|pas|aucun|aucune|remove|enleve|enlever|retire", _Kw("neg"))
_add("up|upward|upwards|raise|raised|haut|monter|monte|vers le haut", _Kw("direction", sign=1))
_add("down|downward|downwards|drop|dropped|bas|descendre|descend|vers le bas",
     _Kw("direction", sign=-1))

for _phrases, _params in [
    ("feedback|retour|regeneration", ("feedback",)),
    ("mix|wet|wetness|dry wet|wet dry|ratio|melange|dosage", ("mix", "amount")),
    ("predelay|pre delay|predelai|pre delai", ("predelay_ms",)),
    ("rate|speed|vitesse|frequency|frequence|cadence", ("rate_hz", "carrier_hz")),
    ("depth|profondeur|intensity|intensite", ("depth", "depth_semitones", "depth_ms")),
    ("drive|driven|pregain", ("drive_db",)),
    ("cutoff|cut off|coupure|corner", ("cutoff_hz",)),
    ("carrier|porteuse", ("carrier_hz",)),
    ("decay|decay time|rt60|tail|queue|duree|length", ("decay_s",)),
    ("amount|quantite", ("amount", "mix")),
    ("time|temps", ("delay_ms", "decay_s")),
]:
    _add(_phrases, _Kw("hint", params=_params))

_MAXLEN = max(len(k) for k in _TABLE)

#: Distinctive keywords a typo may be corrected to.  Curated: common words
#: one edit away from a keyword ("think" from "thin", "closer" from "closet")
#: must not turn into effects.
_FUZZY_TARGETS: tuple[str, ...] = _words(
    "robot robotic robotique megaphone bullhorn telephone whisper whispering chuchotement"
    " chuchoter underwater reverb reverberation cathedral cathedrale church eglise chorus"
    " tremolo vibrato distortion distorted distorsion overdrive saturated saturation"
    " chipmunk muffled etouffe lowpass highpass ringmod modulator dalek metallic metallique"
    " radio walkie talkie echoes equalizer helicopter canyon stadium auditorium"
)

#: One-word effect keywords, suggested for words not understood.
_SUGGESTIONS: tuple[str, ...] = tuple(
    sorted(k[0] for k, kw in _TABLE.items() if kw.kind == "effect" and len(k) == 1)
)
_SUGGEST_CUTOFF = 0.7  # difflib ratio

# --------------------------------------------------------------------------
# Per-effect parameter roles
# --------------------------------------------------------------------------

#: Parameters an intensity word scales, with the exponent of the factor (-1:
#: divided, so that "very muffled" lowers the cutoff).
_SCALED: dict[str, dict[str, tuple[tuple[str, float], ...]]] = {
    "amount": {
        "distortion": (("drive_db", 1.0),),
        "pitch": (("semitones", 1.0),),
        "robot": (),
        "whisper": (("amount", 1.0),),
        "radio": (("drive_db", 1.0),),
        "megaphone": (("drive_db", 1.0),),
        "telephone": (),
        "underwater": (("cutoff_hz", -1.0),),
        "eq": (("low_db", 1.0), ("mid_db", 1.0), ("high_db", 1.0)),
        "lowpass": (("cutoff_hz", -1.0),),
        "highpass": (("cutoff_hz", 1.0),),
        "ringmod": (("mix", 1.0),),
        "tremolo": (("depth", 1.0),),
        "vibrato": (("depth_semitones", 1.0),),
        "chorus": (("mix", 1.0),),
        "echo": (("mix", 1.0),),
        "reverb": (("mix", 1.0), ("decay_s", 1.0)),
        "gain": (("db", 1.0),),
    },
    "length": {
        "echo": (("delay_ms", 1.0), ("feedback", 1.0)),
        "reverb": (("decay_s", 1.0),),
        "chorus": (("delay_ms", 1.0),),
    },
}

#: Where a quantity of each kind goes, per effect.  "band" means low_hz or
#: high_hz, whichever default is nearer on a log scale; "focus" means the
#: parameter the keyword names (eq), else low_db.
_UNIT_TARGET: dict[str, dict[str, str]] = {
    "distortion": {"db": "drive_db", "pct": "mix"},
    "pitch": {"semi": "semitones"},
    "robot": {"freq": "pitch_hz"},
    "whisper": {"pct": "amount"},
    "radio": {"freq": "band", "db": "drive_db"},
    "megaphone": {"freq": "band", "db": "drive_db"},
    "telephone": {"freq": "band"},
    "underwater": {"freq": "cutoff_hz"},
    "eq": {"db": "focus"},
    "lowpass": {"freq": "cutoff_hz"},
    "highpass": {"freq": "cutoff_hz"},
    "ringmod": {"freq": "carrier_hz", "pct": "mix"},
    "tremolo": {"freq": "rate_hz", "pct": "depth"},
    "vibrato": {"freq": "rate_hz", "semi": "depth_semitones"},
    "chorus": {"freq": "rate_hz", "time": "delay_ms", "pct": "mix"},
    "echo": {"time": "delay_ms", "pct": "mix"},
    "reverb": {"time": "decay_s", "pct": "mix"},
    "gain": {"db": "db"},
}

#: The parameter a bare number next to the effect sets ("lowpass 800").
_MAIN: dict[str, str] = {
    "distortion": "drive_db",
    "pitch": "semitones",
    "robot": "pitch_hz",
    "whisper": "amount",
    "underwater": "cutoff_hz",
    "lowpass": "cutoff_hz",
    "highpass": "cutoff_hz",
    "ringmod": "carrier_hz",
    "tremolo": "rate_hz",
    "vibrato": "rate_hz",
    "echo": "delay_ms",
    "reverb": "decay_s",
    "gain": "db",
}

#: Signed parameters: an unsigned quantity takes the sign of a direction word
#: or of the keyword ("quieter by 3 dB" is -3 dB).
_SIGNED: frozenset[tuple[str, str]] = frozenset(
    {("pitch", "semitones"), ("gain", "db"), ("eq", "low_db"), ("eq", "mid_db"),
     ("eq", "high_db")}
)

#: Effects a quantity calls up when no effect of the prompt takes it.
_IMPLIED: dict[str, str] = {"semi": "pitch", "db": "gain"}

_UNIT_OF_KIND: dict[str, tuple[str, ...]] = {
    "time": ("ms", "s"),
    "freq": ("Hz",),
    "db": ("dB",),
    "semi": ("semitones",),
    "pct": ("",),
}

_SCALE_WINDOW = 3  # words between an intensity word and its effect
_BARE_WINDOW = 2  # words between a bare number and its effect
_DIRECTION_WINDOW = 2  # words between a direction word and its quantity
_SEPARATOR_COST = 3  # a separator counts as this many words

# --------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------


@dataclass
class _Item:
    """One unit of meaning: a keyword phrase, a quantity, a separator or an unknown word."""

    kind: str  # "kw", "qty", "sep", "unknown"
    text: str
    kw: _Kw | None = None
    value: float = 0.0
    unit: str = ""  # quantity kind ("" for a bare number)
    signed: bool = False
    pos: int = 0


def _match_unit(toks: list[_Tok], i: int) -> tuple[tuple[str, float], int] | None:
    """The unit phrase starting at token ``i`` and its length in tokens."""
    for n in range(min(_UNIT_MAXLEN, len(toks) - i), 0, -1):
        window = toks[i : i + n]
        if all(t.kind == "word" for t in window):
            unit = _UNITS.get(tuple(t.key for t in window))
            if unit is not None:
                return unit, n
    return None


_RANGE_WORDS = frozenset({"to", "a", "and", "et", "au", "through", "thru"})


def _range_unit(toks: list[_Tok], i: int) -> tuple[tuple[str, float], int] | None:
    """The unit of a range's second number ("300 to 3400 Hz", "300-3400 Hz").

    Returns the unit with a length of 0 tokens (the unit belongs to the second
    number); the caller skips the range word if there is one.
    """
    j = i + 1 if i < len(toks) and toks[i].key in _RANGE_WORDS else i
    if j < len(toks) and toks[j].kind == "num":
        unit = _match_unit(toks, j + 1)
        if unit is not None:
            return unit[0], 0
    return None


def _parse_number(text: str) -> float:
    return float(text.replace(",", "."))


def _quantities(toks: list[_Tok]) -> list[_Item | _Tok]:
    """Merge numbers and their units into quantity items; other tokens pass through."""
    out: list[_Item | _Tok] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.kind == "num":
            value = _parse_number(tok.text)
            signed = tok.text[0] in "+-"
            unit = _match_unit(toks, i + 1) or _range_unit(toks, i + 1)
            if unit is not None:
                (kind, mult), n = unit
                text = " ".join(t.text for t in toks[i : i + 1 + n])
                out.append(_Item("qty", text, value=value * mult, unit=kind, signed=signed))
                i += 1 + n
                if n == 0 and i < len(toks) and toks[i].key in _RANGE_WORDS:
                    i += 1  # "300 to 3400 Hz": the unit is the second number's
            else:
                out.append(_Item("qty", tok.text, value=value, signed=signed))
                i += 1
            continue
        if tok.kind == "word" and (tok.key in _NUMERALS or tok.key in _HALF):
            found = _written_quantity(toks, i)
            if found is not None:
                item, n = found
                out.append(item)
                i += n
                continue
        out.append(tok)
        i += 1
    return out


def _written_quantity(toks: list[_Tok], i: int) -> tuple[_Item, int] | None:
    """A written number and its unit at token ``i`` ("an octave", "half a second")."""
    j = i
    if toks[j].key in _HALF:  # "half a second", "demi-seconde"
        value = 0.5
        j += 1
        if j < len(toks) and toks[j].key in ("a", "an"):
            j += 1
    else:  # "two octaves", "une demi-seconde", "a half step"
        value = _NUMERALS[toks[j].key]
        j += 1
        unit = _match_unit(toks, j)
        if unit is None and j < len(toks) and toks[j].key in _HALF:
            value *= 0.5
            j += 1
    unit = _match_unit(toks, j)
    if unit is None:
        return None
    (kind, mult), n = unit
    text = " ".join(t.text for t in toks[i : j + n])
    return _Item("qty", text, value=value * mult, unit=kind), j + n - i


def _osa_distance(a: str, b: str) -> int:
    """Edit distance counting a swap of two neighbouring letters as one edit."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]


def _correct_typo(word: str) -> str | None:
    """The keyword ``word`` is a typo of, if it is close enough to exactly one distance."""
    if len(word) < 5:
        return None
    limit = 2 if len(word) >= 8 else 1
    best: tuple[int, float, str] | None = None
    for target in _FUZZY_TARGETS:
        if abs(len(target) - len(word)) > limit:
            continue
        d = _osa_distance(word, target)
        if d <= limit:
            ratio = difflib.SequenceMatcher(None, word, target).ratio()
            cand = (d, -ratio, target)
            if best is None or cand < best:
                best = cand
    return best[2] if best is not None else None


def _items(text: str) -> list[_Item]:
    """Tokens -> quantities, keyword phrases, separators and unknown words."""
    stream = [
        _Tok("sep", t.text, t.key) if isinstance(t, _Tok) and t.key in _SEP_WORDS else t
        for t in _quantities(_tokenize(text))
        if not (isinstance(t, _Tok) and t.key in _STOP and t.key not in _SEP_WORDS)
    ]
    items: list[_Item] = []
    i = 0
    while i < len(stream):
        tok = stream[i]
        if isinstance(tok, _Item):
            items.append(tok)
            i += 1
            continue
        if tok.kind == "sep":
            items.append(_Item("sep", tok.text))
            i += 1
            continue
        matched = False
        for n in range(min(_MAXLEN, len(stream) - i), 0, -1):
            window = stream[i : i + n]
            if not all(isinstance(t, _Tok) and t.kind == "word" for t in window):
                continue
            key = tuple(t.key for t in window)  # type: ignore[union-attr]
            kw = _TABLE.get(key)
            if kw is not None:
                text_ = " ".join(t.text for t in window)  # type: ignore[union-attr]
                items.append(_Item("kw", text_, kw=kw))
                i += n
                matched = True
                break
        if matched:
            continue
        fixed = _correct_typo(tok.key)
        if fixed is not None:
            items.append(_Item("kw", tok.text, kw=_TABLE[(fixed,)]))
        elif tok.key not in _IGNORABLE:
            items.append(_Item("unknown", tok.text))
        i += 1
    for pos, item in enumerate(items):
        item.pos = pos
    return items


@dataclass
class _Mention:
    """An effect keyword in the prompt."""

    effect: str
    item: _Item
    negated: bool = False
    sign: int = 0  # from a direction word right next to it


def _separators_between(items: list[_Item], a: int, b: int) -> int:
    lo, hi = min(a, b), max(a, b)
    return sum(1 for it in items[lo + 1 : hi] if it.kind == "sep")


def _nearest(
    items: list[_Item], pos: int, mentions: Iterable[_Mention], window: int | None = None
) -> _Mention | None:
    """The mention nearest to ``pos`` (separators cost extra; ties go to the earlier one)."""
    best: tuple[int, int, _Mention] | None = None
    for m in mentions:
        q = m.item.pos
        cost = abs(q - pos) + _SEPARATOR_COST * _separators_between(items, q, pos)
        if window is not None and cost > window:
            continue
        cand = (cost, 0 if q < pos else 1, m)
        if best is None or cand[:2] < best[:2]:
            best = cand
    return best[2] if best is not None else None


def _direction_near(items: list[_Item], pos: int, window: int) -> int:
    """Sign (+1/-1) of the nearest direction word within ``window`` words, else 0."""
    best: tuple[int, int] | None = None
    for it in items:
        if it.kind == "kw" and it.kw is not None and it.kw.kind == "direction":
            d = abs(it.pos - pos)
            if 0 < d <= window and _separators_between(items, it.pos, pos) == 0:
                if best is None or d < best[0]:
                    best = (d, it.kw.sign)
    return best[1] if best is not None else 0


def _hint_near(items: list[_Item], pos: int) -> tuple[str, ...]:
    """Parameter names of a parameter word right next to ``pos`` (before or after)."""
    for d in (-1, 1, -2, 2):
        q = pos + d
        if 0 <= q < len(items):
            it = items[q]
            if it.kind == "kw" and it.kw is not None and it.kw.kind == "hint":
                return it.kw.params
    return ()


def _param_kind(effect: str, param: str) -> str:
    unit = EFFECTS[effect].params[param].unit
    for kind, units in _UNIT_OF_KIND.items():
        if unit in units:
            return kind
    return ""


def _convert(value: float, kind: str, effect: str, param: str) -> float:
    """``value`` in the base unit of ``kind`` -> the unit of ``effect.param``."""
    if kind == "time" and EFFECTS[effect].params[param].unit == "ms":
        return value * 1000.0
    return value


def _target(effect: str, kind: str, hint: tuple[str, ...], focus: str) -> str | None:
    """The parameter of ``effect`` a quantity of ``kind`` sets, or None."""
    params = EFFECTS[effect].params
    for name in hint:
        if name in params and (kind == "" or _param_kind(effect, name) == kind):
            return name
    if kind == "":
        return _MAIN.get(effect)
    target = _UNIT_TARGET.get(effect, {}).get(kind)
    if target == "focus":
        return focus or "low_db"
    return target


def _band_param(effect: str, hz: float) -> str:
    """low_hz or high_hz of a band effect: whichever default is nearer to ``hz``."""
    params = EFFECTS[effect].params
    lo, hi = params["low_hz"].default, params["high_hz"].default
    hz = max(hz, 1e-9)
    return "low_hz" if abs(math.log(hz / lo)) <= abs(math.log(hz / hi)) else "high_hz"


def _clamp(
    effect: str, params: Mapping[str, float], notes: list[str] | None = None
) -> dict[str, float]:
    """Every parameter brought into its range; what moved is told in ``notes``."""
    out = {}
    for name, p in EFFECTS[effect].params.items():
        out[name] = float(min(max(params[name], p.low), p.high))
        if notes is not None and out[name] != params[name]:
            unit = f" {p.unit}" if p.unit else ""
            notes.append(
                f"{effect}.{name} {params[name]:g}{unit} is out of range "
                f"({p.low:g}..{p.high:g}); using {out[name]:g}{unit}"
            )
    return out


def _sign(x: float) -> int:
    return (x > 0) - (x < 0)


def parse_prompt(text: str) -> EffectPlan:
    """Understand a prompt in English or French as an effect plan.

    Parameters
    ----------
    text : str
        The prompt, for example ``"a robot in a cathedral with a bit of echo"``
        or ``"fais-le sonner comme un robot"``.  Case, accents and punctuation
        do not matter.

    Returns
    -------
    EffectPlan
        The effects named, sorted by :data:`~.registry.ORDER`, each with every
        parameter filled in (registry defaults, then what the prompt says,
        clamped to the parameter's range), and the content words that were
        not understood.  Bypass words ("clean", "no effect", "sans effet")
        give a plan with no effects.

    Raises
    ------
    TypeError
        If ``text`` is not a ``str``.
    PromptError
        If the prompt is empty or names no effect; the message names the
        words not understood, suggests close keywords and lists the effects.

    Examples
    --------
    >>> plan = parse_prompt("a 300 ms echo")
    >>> plan.effects[0].name, plan.effects[0].params["delay_ms"]
    ('echo', 300.0)
    >>> [e.name for e in parse_prompt("a robot in a cathedral with a bit of echo").effects]
    ['robot', 'echo', 'reverb']
    >>> parse_prompt("robot banana").unrecognized
    ('banana',)
    """
    if not isinstance(text, str):
        raise TypeError(f"expected the prompt as a str, got {type(text).__name__}")
    if not text.strip():
        raise PromptError("empty prompt: name an effect, e.g. 'robot' or 'in a cathedral'")

    items = _items(text)
    mentions = [
        _Mention(it.kw.effect, it)
        for it in items
        if it.kind == "kw" and it.kw is not None and it.kw.kind == "effect"
    ]
    bypass = any(it.kind == "kw" and it.kw is not None and it.kw.kind == "bypass"
                 for it in items)
    unknown: list[str] = []

    # Negations ("no reverb", "sans écho") and direction words next to a
    # signed effect ("pitch down", "volume up").
    for m in mentions:
        pos = m.item.pos
        if pos > 0:
            prev = items[pos - 1]
            if prev.kind == "kw" and prev.kw is not None and prev.kw.kind == "neg":
                m.negated = True
        m.sign = _direction_near(items, pos, 1)
    live = [m for m in mentions if not m.negated]
    negated = {m.effect for m in mentions if m.negated}

    # Parameters: defaults, then keyword overrides in prompt order.
    params: dict[str, dict[str, float]] = {}
    for m in live:
        p = params.setdefault(m.effect, default_params(m.effect))
        assert m.item.kw is not None
        p.update(m.item.kw.overrides)
        if m.sign and m.effect in ("pitch", "gain"):
            main = _MAIN[m.effect]
            p[main] = m.sign * abs(p[main])

    # Intensity and length words.
    factors: dict[tuple[str, str], float] = {}
    scales = {it.pos: it.kw.factor for it in items
              if it.kind == "kw" and it.kw is not None and it.kw.kind == "scale"}
    for pos in sorted(scales, reverse=True):
        # An intensifier before another scale word sharpens it: "very subtle"
        # is 0.5 ** 1.5, "very huge" 1.5 ** 1.5.
        if pos + 1 in scales and scales[pos] > 1.0:
            scales[pos + 1] **= scales.pop(pos)
    for it in items:
        if it.pos not in scales or it.kw is None:
            continue
        after = [m for m in live if it.pos < m.item.pos <= it.pos + _SCALE_WINDOW
                 and _separators_between(items, it.pos, m.item.pos) == 0]
        before = [m for m in live if it.pos - _SCALE_WINDOW <= m.item.pos < it.pos]
        target = after[0] if after else (before[-1] if before else None)
        if target is not None:
            key = (target.effect, it.kw.group)
            factors[key] = factors.get(key, 1.0) * scales[it.pos]
    for (effect, group), factor in factors.items():
        for name, exponent in _SCALED[group].get(effect, ()):
            params[effect][name] *= factor**exponent

    # Quantities.
    for it in items:
        if it.kind != "qty":
            continue
        hint = _hint_near(items, it.pos)

        def takes(m: _Mention, it: _Item = it, hint: tuple[str, ...] = hint) -> bool:
            assert m.item.kw is not None
            return _target(m.effect, it.unit, hint, m.item.kw.focus) is not None

        window = _BARE_WINDOW + (1 if hint else 0) if it.unit == "" else None
        m = _nearest(items, it.pos, [m for m in live if takes(m)], window)
        if m is None and it.unit in _IMPLIED and _IMPLIED[it.unit] not in negated:
            effect = _IMPLIED[it.unit]
            params.setdefault(effect, default_params(effect))
            m = _Mention(effect, _Item("kw", "", kw=_Kw("effect", effect), pos=it.pos))
            live.append(m)
        if m is None:
            unknown.append(it.text)
            continue
        assert m.item.kw is not None
        effect = m.effect
        name = _target(effect, it.unit, hint, m.item.kw.focus)
        assert name is not None
        if name == "band":
            name = _band_param(effect, it.value)
        value = _convert(it.value, it.unit, effect, name) if it.unit else it.value
        if it.unit == "" and not (
            EFFECTS[effect].params[name].low <= value <= EFFECTS[effect].params[name].high
        ):
            unknown.append(it.text)
            continue
        if (effect, name) in _SIGNED and not it.signed:
            sign = _direction_near(items, it.pos, _DIRECTION_WINDOW) or m.sign
            if not sign:
                kw_value = dict(m.item.kw.overrides).get(name)
                sign = _sign(kw_value) if kw_value else 1
            value = sign * abs(value)
        params[effect][name] = value

    for it in items:
        if it.kind == "unknown":
            unknown.append(it.text)
    unrecognized = tuple(dict.fromkeys(unknown))

    if not params:
        if bypass or negated:
            return EffectPlan((), unrecognized)
        raise PromptError(_no_effect_message(text, unrecognized))

    notes: list[str] = []
    specs = tuple(
        EffectSpec(name, _clamp(name, params[name], notes)) for name in ORDER if name in params
    )
    return EffectPlan(specs, unrecognized, tuple(notes))


def _no_effect_message(text: str, unrecognized: tuple[str, ...]) -> str:
    """One line: what was not understood, close keywords, the known effects."""
    suggestions: list[str] = []
    for word in unrecognized:
        for s in difflib.get_close_matches(_fold(word), _SUGGESTIONS, 1, _SUGGEST_CUTOFF):
            if s not in suggestions:
                suggestions.append(s)
    msg = f"no effect recognized in {text.strip()!r}"
    if suggestions:
        msg += ": did you mean " + " or ".join(repr(s) for s in suggestions) + "?"
    words = f"not understood: {', '.join(unrecognized)}" if unrecognized else "filler words only"
    msg += f" ({words}; known effects: {', '.join(ORDER)})"
    return msg


def _fmt(value: float, unit: str) -> str:
    text = f"{value:.6g}"
    return f"{text} {unit}" if unit else text


def describe_plan(plan: EffectPlan) -> str:
    """Explain a plan in words, one line per effect.

    Parameters
    ----------
    plan : EffectPlan
        A plan, as :func:`parse_prompt` returns.

    Returns
    -------
    str
        One line per effect in processing order, ``name: param=value unit,
        ...``, then ``not understood: ...`` if some words were not
        understood.  A plan with no effect reads ``no effect (the audio passes
        through unchanged)``.

    Examples
    --------
    >>> print(describe_plan(parse_prompt("a 6 Hz tremolo, robot banana")))
    robot: pitch_hz=100 Hz
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
            unit = info.params[name].unit if info is not None and name in info.params else ""
            parts.append(f"{name}={_fmt(value, unit)}")
        lines.append(f"{spec.name}: " + ", ".join(parts) if parts else spec.name)
    if plan.unrecognized:
        lines.append("not understood: " + ", ".join(plan.unrecognized))
    return "\n".join(lines)
