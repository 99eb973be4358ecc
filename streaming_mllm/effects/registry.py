"""The effects the ``effects`` model knows: the one place an effect is declared.

Each :class:`EffectInfo` says everything the rest of the package needs to
know about an effect:

- its parameters in physical units, with range, default, and whether a
  number the prompt gives without a sign takes one from a direction word
  (``signed``: "down 3 semitones", "minus 3 dB");
- how the prompt reaches it: ``words`` (English and French phrases, with
  the parameter values each implies), ``main`` (the parameter a bare number
  next to the effect sets, "lowpass 800"), ``units`` (which parameter a
  number with a unit goes to), and ``scales`` (which parameters "a little" /
  "very", "long" / "short" and "slow" / "fast" move);
- ``needs_frame``: whether it must see a spectrum (an STFT frame, one
  frame of latency) or runs on the samples as they arrive; ``harmonic``:
  whether that frame must resolve harmonics (pitch, formants: a longer frame,
  an eighth hop); ``stereo``: whether it needs two channels (pan, width);
  ``per_channel``: whether identical channels stay identical through it;
- ``builder``: where its DSP is, ``"module:factory"`` (see :mod:`.chain`).

Scenes, characters and devices that set several effects at once are
presets, declared beside this table in :mod:`.presets`.  Nothing else in
the package lists effects, words or ranges: the prompt parser
(:mod:`streaming_mllm.effects.prompt`), the DSP chain, ``streaming-mllm
effects`` and the README's tables all read them from here.

``ORDER`` is the processing order: a plan's effects are always sorted by it,
whatever order the prompt named them in (band-limiting comes after pitch and
robot so that the band edges stay where the prompt put them; delays and
reverb come last so that they ring with the transformed voice).

Adding an effect: write its DSP (a factory ``factory(params, ctx)``) and its
tests, and append an :class:`EffectInfo` naming that factory to the list
below (its place in the list is its place in the chain); the parser, the
chain and the CLI pick it up.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from ..errors import ConfigError
from .schema import QUANTITY_KINDS, UNIT_KIND, EffectInfo, Param, Words

__all__ = ["EFFECTS", "NOISE_KINDS", "ORDER", "PARAM_WORDS", "QUANTITY_KINDS", "UNIT_KIND",
           "EffectInfo", "Param", "Words", "default_params", "info"]


def _p(default: float, unit: str, low: float, high: float, doc: str,
       signed: bool = False) -> Param:
    return Param(float(default), unit, float(low), float(high), doc, signed)


def _choice(default: str, choices: tuple[str, ...], doc: str) -> Param:
    return Param(float(choices.index(default)), "choice", 0.0, float(len(choices) - 1), doc,
                 choices=choices)


NOISE_KINDS: tuple[str, ...] = ("hiss", "static", "crackle", "hum")
"""What ``noise`` adds (see :mod:`.lofi`)."""

_HISS, _STATIC, _CRACKLE, _HUM = (float(i) for i in range(len(NOISE_KINDS)))

_AMOUNT, _LENGTH, _SPEED = "amount", "length", "speed"


def _w(phrases: str, focus: str = "", **params: float) -> Words:
    return Words(phrases, MappingProxyType(dict(params)), focus)


EFFECTS: dict[str, EffectInfo] = {
    e.name: e
    for e in [
        EffectInfo(
            "distortion",
            "Soft-clipping saturation (tanh waveshaper).",
            {"drive_db": _p(20, "dB", 0, 48, "gain before the clipper"),
             "mix": _p(1.0, "", 0, 1, "wet share")},
            ("add some distortion", "fuzzy, overdriven voice", "sature le son"),
            builder="shapers:distortion",
            words=(
                _w("distortion|distorted|distort|distorsion|distordu|distordue|disto"
                   "|overdrive|overdriven|fuzz|fuzzy|fuzzed|crunch|crunchy|gritty|grit"
                   "|clipping|clipped|saturated|saturation|sature|saturee|satures|saturees"
                   "|saturer|sature le son|grainy|granuleux|granuleuse|granuleuses|graineux"
                   "|crade|sale|dirty|raspy|rauque"
                   "|hoarse|enroue|enrouee|croaky|voix cassee|grain|du grain|croustillant"
                   "|=sore throat|=a sore throat|=mal a la gorge|=a mal a la gorge"
                   "|=qui a mal a la gorge"
                   "|laryngitis|laryngite|extinction de voix"
                   "|croustillante|rugueux|rugueuse|rough|rougher|gravel|grungy|grunge"
                   "|grunge|grungy|drive|broken|casse|cassee|damaged|broken speaker"
                   "|blown speaker|haut parleur creve"),
            ),
            main="drive_db", units={"db": "drive_db", "pct": "mix"},
            scales={_AMOUNT: (("drive_db", 1.0),)},
        ),
        EffectInfo(
            "pitch",
            "Pitch shift without changing duration (phase vocoder), one 43 ms frame of latency.",
            {"semitones": _p(4, "semitones", -24, 24, "shift; 12 is an octave", signed=True),
             "formants": _p(0, "", 0, 1, "how far the formants follow the pitch: 0 keeps the "
                            "speaker's timbre (a deeper voice), 1 moves it too (a giant)")},
            ("deep voice", "up 5 semitones", "an octave lower", "voix grave"),
            builder="pitch:pitch_factory",
            words=(
                _w("pitch|pitch shift|pitch shifted|pitch shifter|pitched|transpose|transposed"
                   "|shift|shifted|decale|decaler|decalage"
                   "|transposer|transpose|transposition|hauteur|pitch up|pitch higher"),
                _w("pitch down|pitch lower", semitones=-4),
                _w("double the pitch|twice the pitch|double pitch|pitch doubled"
                   "|double la hauteur|hauteur doublee", semitones=12),
                _w("half the pitch|halve the pitch|pitch halved|moitie de la hauteur",
                   semitones=-12),
                _w("squeaky|high voice|high pitch|high pitched|higher|higher pitch"
                   "|higher voice|aigu|aigue|aigues|plus aigu|plus aigue|voix haute"
                   "|voix aigue|voix de tete|head voice|falsetto|fausset|shrill|strident|stridente"
                   "|plus haut", semitones=5),
                _w("deep|deeper|low voice|low pitch|low pitched|lower|lower pitch|lower voice"
                   "|grave|plus grave|plus bas|voix basse|basse voix|voix grave|voix profonde"
                   "|profonde|profond|baritone|basso|caverneuse"
                   "|caverneux", semitones=-5),
                _w("woman|women|female|feminine|femme|femmes|feminin|voix de femme"
                   "|voix feminine|womanly", semitones=4, formants=0.5),
                _w("man|men|male|masculine|masculin|homme|hommes|voix d homme"
                   "|voix masculine|manly", semitones=-4, formants=0.5),
                _w("voix trafiquee|trafiquee|trafique|anonymous voice|voix anonyme|anonyme"
                   "|voice changer|changeur de voix|modificateur de voix|voice modulator"
                   "|modulateur de voix|voice disguiser"
                   "|anonymous|anonymized|disguised voice|voix deguisee|deguisee|witness"
                   "|temoin anonyme|disguised|anonymised|anonymise|anonymisee|voix modifiee"
                   "|voix deformee|deformee|kidnapper|kidnappeur|ravisseur|ransom call"
                   "|demande de rancon|masked voice", semitones=-4),
            ),
            main="semitones", units={"semi": "semitones"},
            scales={_AMOUNT: (("semitones", 1.0),)},
            needs_frame=True, harmonic=True,
        ),
        EffectInfo(
            "formant",
            "Formant shift: moves the spectral envelope (the size of the vocal tract); "
            "the pitch stays.",
            {"semitones": _p(3, "semitones", -12, 12, "envelope shift; up sounds smaller",
                             signed=True)},
            ("formant shift up 3 semitones", "formants down 4 semitones"),
            builder="formant:formant_factory",
            words=(
                _w("formant|formants|formant shift|formant shifter|formant shifted"
                   "|vocal tract|conduit vocal|timbre shift"),
            ),
            main="semitones", units={"semi": "semitones"},
            scales={_AMOUNT: (("semitones", 1.0),)},
            needs_frame=True, harmonic=True,
        ),
        EffectInfo(
            "robot",
            "Robot voice: the voice's spectral envelope on a buzz at one constant pitch.",
            {"pitch_hz": _p(100, "Hz", 30, 1000, "pitch of the buzz"),
             "mix": _p(1.0, "", 0, 1, "share of the robot; the rest is the voice itself")},
            ("make it sound like a robot", "robotic", "a slightly robotic voice",
             "fais-le sonner comme un robot"),
            builder="spectral:robot",
            words=(
                _w("robot|robots|robotic|robotically|robotique|robotiques|droid|android"
                   "|androide|cyborg|vocoder|vocodeur|automaton|automate|machine|mecanique"
                   "|synthetic|synthetique|monotone|computer voice|voix d ordinateur"
                   "|ordinateur|computer|voix artificielle|artificial voice|gps|robo|robo voice"
                   "|robotlike|robot like|robotised|robotized|robotisee|robotise"),
                _w("drone|droning|drones|monotonous|monocorde|voix monocorde|bourdon"
                   "|bourdonnement|bourdonne|single note|une seule note|flat robot|bourdonnant"
                   "|buzzy|buzzing", pitch_hz=80),
            ),
            main="pitch_hz", units={"freq": "pitch_hz", "pct": "mix"},
            scales={_AMOUNT: (("mix", 1.0),)},
            needs_frame=True,
        ),
        EffectInfo(
            "whisper",
            "Whisper: keeps the spectral envelope, replaces the voicing with noise.",
            {"amount": _p(1.0, "", 0, 1, "share of the signal whose phase is randomized")},
            ("whisper", "whispering", "chuchotement"),
            builder="spectral:whisper",
            words=(
                _w("whisper|whispers|whispered|whispering|whispery|murmur|murmuring|murmure"
                   "|murmurer|chuchotement|chuchotements|chuchoter|chuchote|chuchotee"
                   "|chuchotant|susurre|susurrer|voix chuchotee|soufflee"),
                _w("breathy|airy voice|voix soufflee|husky|voilee|voix voilee|out of breath"
                   "|essouffle|essoufflee|a bout de souffle|haletant|haletante"
                   "|breathless|hors d haleine|short of breath", amount=0.5),
                _w("sneaky|sly|sournois|sournoise|fourbe|conspiratorial|conspirateur"
                   "|conspiratrice|en catimini|furtif|furtive", amount=0.35),
                _w("snake|snakes|serpent|serpents|like a snake|cobra|viper|vipere|python|kaa"
                   "|hissing snake|sifflant|sifflante|sibilant", amount=0.5),
            ),
            main="amount", units={"pct": "amount"},
            scales={_AMOUNT: (("amount", 1.0),)},
            needs_frame=True,
        ),
        EffectInfo(
            "radio",
            "AM radio: driven, band-limited to a narrow voice band.",
            {"low_hz": _p(400, "Hz", 20, 2000, "lower band edge"),
             "high_hz": _p(4500, "Hz", 1000, 12000, "upper band edge"),
             "drive_db": _p(12, "dB", 0, 40, "saturation before the band limit")},
            ("on the radio", "à la radio"),
            builder="shapers:radio",
            words=(
                _w("radio|radios|transistor|poste radio|poste de radio|wireless"
                   "|radio broadcast|emission de radio|broadcast|=car radio|=the car radio"
                   "|bumblebee"
                   "|autoradio"
                   "|auto radio|car stereo|=radio de voiture|=radio de la voiture"
                   "|radio de la bagnole|radio show|emission radio|emission|transmission radio"
                   "|pirate radio|radio pirate|pirate radio station|crackling radio|radio play"
                   "|radio drama|piece radiophonique|radiophonique|feuilleton radio"
                   "|radio message|message radio|radio station|station de radio|station radio"
                   "|radio stations|stations de radio"),
            ),
            units={"freq": "band", "db": "drive_db"},
            scales={_AMOUNT: (("drive_db", 1.0),)},
        ),
        EffectInfo(
            "megaphone",
            "Megaphone / bullhorn: hard-driven and band-limited.",
            {"low_hz": _p(500, "Hz", 20, 2000, "lower band edge"),
             "high_hz": _p(4000, "Hz", 1000, 12000, "upper band edge"),
             "drive_db": _p(20, "dB", 0, 40, "saturation before the band limit")},
            ("through a megaphone", "bullhorn", "au mégaphone"),
            builder="shapers:megaphone",
            words=(
                _w("megaphone|megaphones|bullhorn|bullhorns|loudhailer|loud hailer"
                   "|porte voix|portevoix|megaphoner|hailer"),
            ),
            units={"freq": "band", "db": "drive_db"},
            scales={_AMOUNT: (("drive_db", 1.0),)},
        ),
        EffectInfo(
            "telephone",
            "Telephone line: the 300-3400 Hz voice band only.",
            {"low_hz": _p(300, "Hz", 20, 2000, "lower band edge"),
             "high_hz": _p(3400, "Hz", 1000, 12000, "upper band edge")},
            ("like an old telephone", "on the phone", "au téléphone"),
            builder="iir:band_filter",
            words=(
                _w("whatsapp|voice message|voice note|message vocal|messagerie vocale"
                   "|skype|facetime|video call|appel video|visio|visioconference"),
                _w("old telephone|old phone|vieux telephone|ancien telephone|vintage phone"
                   "|rotary phone|telephone a cadran|telephone|telephones|phone|phones"
                   "|phone call|telephonic|telephonique"
                   "|cellphone|cell phone|mobile phone|smartphone|landline|telephone line"
                   "|appel|appel telephonique|portable|mobile|tel|coup de fil|phone line"
                   "|ligne telephonique|voicemail|messagerie|conference call|iphone|android phone"
                   "|voice memo|voice memos|memo vocal|memos vocaux|memo|dictaphone app|samsung"
                   "|telephone fixe|fixe|landline phone|cordless phone|sans fil|on hold"
                   "|put on hold|hold music|musique d attente|en attente|mis en attente"
                   "|customer service|service client"
                   "|call center|centre d appel|hotline|support line|=help desk|helpdesk|payphone"
                   "|teleconseiller|teleconseillere|call center agent|telemarketer|teleoperateur"
                   "|teleoperatrice|customer support"
                   "|pay phone|telephone public|phone box|calling|calling me|appelle|qui appelle"
                   "|appelais|appelait|appelles|appeler|appelant|calls|called|ringing me"
                   "|appelant|au bout du fil|on a call|on the line|en ligne avec"
                   "|teleconference|visio|zoom call|skype|band pass|bandpass|passe bande"
                   "|tin can telephone|telephone a ficelle|phone mic|phone microphone"
                   "|cell connection|cell reception|cell signal|phone connection"
                   "|micro de portable|micro du portable|micro de telephone|micro du telephone"
                   "|band limited"),
            ),
            units={"freq": "band"},
        ),
        EffectInfo(
            "underwater",
            "Underwater: steep low-pass with a slow wobble.",
            {"cutoff_hz": _p(500, "Hz", 50, 4000, "low-pass cutoff"),
             "wobble_hz": _p(0.7, "Hz", 0, 10, "rate of the cutoff's slow wobble")},
            ("underwater", "sous l'eau"),
            builder="iir:underwater_filter",
            words=(
                _w("underwater|under water|water|eau|sous l eau|submerged|sous marin|sous marine"
                   "|aquatic|drowning|aquatique|noye|noyee|immerge|immergee"
                   "|under the sea|sous la mer|in a pool|dans une piscine|piscine|pool"
                   "|bubbles|bulles|aquarium|swimming|plongee|diving|scuba|under the ocean"
                   "|sous l ocean|=in the ocean|=in the sea|=dans l ocean|=dans la mer"
                   "|=bottom of the pool|=bottom of a pool|=bottom of a swimming pool"
                   "|=bottom of the swimming pool|=at the bottom of the pool|fond de l ocean"
                   "|=at the bottom of a pool|=at the bottom of a swimming pool|undersea"
                   "|=au fond de l ocean|=au fond de la mer|=bottom of the ocean|=bottom of the sea"
                   "|deep ocean|=in the deep ocean|ocean depths|profondeurs de l ocean|grands fonds"
                   "|=at the bottom of the ocean|=at the bottom of the sea|ocean floor|seabed"
                   "|fond marin|fonds marins|=au fond d un lac|=au fond du lac|=under the waves"
                   "|=beneath the waves|=sous les vagues|=sous les flots"
                   "|mermaid|mermaids|voix de sirene|la petite sirene|little mermaid|ariel"
                   "|atlantis|atlantide|poisson|fish|fishes|poissons|dolphin|dauphin|deep sea"
                   "|sirene qui chante|une sirene qui chante|chant des sirenes|chant de sirene"
                   "|deep sea diver|diver|scuba diver|plongeur|plongeuse|scaphandrier|scaphandre"
                   "|fond de la mer|grands fonds|abysses|seabed|ocean floor|sous marin voice"),
            ),
            main="cutoff_hz", units={"freq": "cutoff_hz"},
            scales={_AMOUNT: (("cutoff_hz", -1.0),), _SPEED: (("wobble_hz", 1.0),)},
        ),
        EffectInfo(
            "eq",
            "Tone: low shelf (250 Hz), a peaking band (2 kHz) and high shelf (6 kHz); a "
            "frequency said with a band moves it: 'cut 4 dB at 500 Hz', 'boost the highs "
            "above 8 kHz by 3 dB'.",
            {"low_db": _p(0, "dB", -24, 24, "low shelf gain", signed=True),
             "mid_db": _p(0, "dB", -24, 24, "peaking band's gain", signed=True),
             "mid_hz": _p(2000, "Hz", 40, 16000, "peaking band's centre (one octave wide)"),
             "high_db": _p(0, "dB", -24, 24, "high shelf gain", signed=True),
             "mid2_db": _p(0, "dB", -24, 24, "second peaking band's gain (a second frequency "
                           "named: 'boost 200 Hz by 3 dB and cut 3 kHz by 2 dB')", signed=True),
             "mid2_hz": _p(500, "Hz", 40, 16000, "second peaking band's centre"),
             "low_hz": _p(250, "Hz", 20, 2000, "low shelf's corner (half its gain there)"),
             "high_hz": _p(6000, "Hz", 1000, 20000, "high shelf's corner (half its gain "
                           "there)")},
            ("warm", "bright", "dark", "plus de basses"),
            builder="iir:eq_filter",
            words=(
                _w("equalizer|equaliser|equalization|eq|egaliseur|egalisation|tone control"
                   "|egaliser"),
                _w("warm|warmer|warmth|chaud|chaude|chaleureux|chaleureuse|plus chaud"
                   "|plus chaude|plus chaleureux|plus chaleureuse"
                   "|velvety|veloute|mellow|rond|ronde|round|smooth|doux et chaud|chaleur"
                   "|de la chaleur|plus de chaleur|warmer tone"
                   "|analog|analogique|cosy|cozy|fuller|fullness|fuller voice|plus pleine"
                   "|plus plein"
                   "|voix pleine|richer|rich voice|voix riche|plus riche|rounder"
                   "|plus ronde|plus rond|smoother|smooth|silky|soyeux|soyeuse|plus lisse",
                   focus="low_db", low_db=4.0, high_db=-3.0),
                _w("bright|brighter|brightness|brillant|brillante|plus brillant|crisp|crisper"
                   "|plus brillante|plus claire|plus claires|plus clairs"
                   "|clair|claire|more treble|treble|plus aigus|plus d aigus|airy|aere"
                   "|sparkle|sparkling|sharp|tranchant|cristallin|crystal|crystalline"
                   "|more highs|plus de hautes|boost highs|boost treble|boost the highs|air"
                   "|more air|highs|high end|top end|aigus|hautes frequences|high frequencies"
                   "|high frequency|haut du spectre|clear|clearer|clarity|plus clair|nette"
                   "|plus net|plus nette|clarte|intelligible|more intelligible|understandable"
                   "|harsh|harshness|piercing|criard|criarde|essy|sss|agressif dans les aigus"
                   "|comprehensible|audible|more audible|plus audible|lisible|articulate|eclat"
                   "|eclatant|eclatante|brillance|shine|shiny|de l eclat"
                   "|=qu on comprenne|=qu on comprend|=qu on le comprenne|=qu on la comprenne"
                   "|=que l on comprenne|=understandable words"
                   "|augmente les aigus", focus="high_db", high_db=6.0),
                _w("dark|darker|sombre|plus sombre|dull|less treble|moins d aigus|moins aigus"
                   "|mat|terne|fewer highs|less highs|cut highs|cut treble|cut the highs"
                   "|coupe les aigus|baisse les aigus|reduce treble|reduce highs|roll off the highs"
                   "|roll off highs|highs rolled off|attenue les aigus|attenuate the highs"
                   "|adoucis les aigus|adoucir les aigus|ess|deess|deesser|desser|de esser"
                   "|de essing|deessing",
                   focus="high_db", high_db=-6.0),
                _w("more bass|bass|bassy|boomy|bass boost|boost bass|boosted bass|boost the bass"
                   "|plus de basses|plus de basse|plus de graves|basses|graves|more low end"
                   "|low end|lows|more lows|booming|ronflant|augmente les basses"
                   "|augmente les graves|sub|sub bass|fat|fatter|gras|epais|epaisse"
                   "|thick|thicker|chest voice|voix de poitrine|boom|boum|rumble|rumbling"
                   "|grondement|muddy|mud|muddiness|murky|boueux|boueuse|pateux|pateuse|boue"
                   "|boominess|booms|rumbly|cote boomy",
                   focus="low_db", low_db=6.0),
                _w("less bass|moins de basses|moins de basse|moins de graves|fewer lows"
                   "|less low end|reduce bass|reduce the bass|baisse les basses"
                   "|baisse les graves|less boomy|moins de bas|attenue les basses"
                   "|attenue les graves|attenuate the bass", focus="low_db", low_db=-6.0),
                _w("presence|more presence|nasal|nasally|nasillard|nasillarde|plus de presence"
                   "|=with a cold|=has a cold|=a head cold|stuffy nose|blocked nose|enrhume"
                   "|=a bad cold|=bad cold|=a terrible cold|=a nasty cold|=a heavy cold"
                   "|=un gros rhume|=un mauvais rhume|=with a bad cold"
                   "|=have a cold|=i have a cold|=had a cold|=got a cold|=caught a cold"
                   "|=catching a cold|=a cold|=un rhume"
                   "|enrhumee|nez bouche|rhume|congested|congestionne|congestionnee"
                   "|malade|fievreux|fievreuse|flu|the flu|=la grippe|=j ai la grippe"
                   "|sick voice|voix malade"
                   "|mids|more mids|mediums|plus de mediums|honky|boxy|en avant|upfront"
                   "|forward|nez|du nez|nasal voice|voix nasale|present|presente|more present"
                   "|plus present|plus presente|nasality|nasalite", focus="mid_db",
                   mid_db=5.0),
                _w("less presence|fewer mids|less mids|moins de mediums|scooped|creuse"
                   "|moins de presence", focus="mid_db", mid_db=-5.0),
                _w("midrange|mid range|mid frequencies|medium frequencies|frequences moyennes"
                   "|medium frequency|les mediums",
                   focus="mid_db", mid_db=5.0),
                # the low and the high mids are bands of their own: the peaking band there
                _w("low mids|low mid|lower mids|low midrange|bas mediums|bas medium|bas medium"
                   "|bas des mediums|basses mediums|low middle",
                   focus="mid_db", mid_db=5.0, mid_hz=350.0),
                _w("high mids|high mid|upper mids|upper midrange|haut mediums|haut medium"
                   "|hauts mediums|haut des mediums",
                   focus="mid_db", mid_db=5.0, mid_hz=3000.0),
                _w("low frequencies|low frequency|basses frequences|bottom end|bas du spectre",
                   focus="low_db", low_db=6.0),
            ),
            units={"db": "focus"},
            scales={_AMOUNT: (("low_db", 1.0), ("mid_db", 1.0), ("high_db", 1.0))},
        ),
        EffectInfo(
            "lowpass",
            "Low-pass filter: removes what lies above the cutoff.",
            {"cutoff_hz": _p(1000, "Hz", 20, 20000, "cutoff")},
            ("muffled", "low-pass at 800 Hz", "étouffé"),
            builder="iir:lowpass_filter",
            words=(
                _w("lowpass|low pass|low pass filter|lpf|passe bas|filtre passe bas"
                   "|muffled|muffle|muffling|muted|etouffe|etouffee|etouffes|etouffees"
                   "|assourdi|assourdie|sourd|sourde|son sourd|feutre|feutree|high cut|coupe haut"
                   "|cut above"
                   "|coupe au dessus|ouate|ouatee|cotonneux|cotonneuse|padded|blanket"
                   "|under a blanket|sous une couverture|pillow|oreiller|covered|couvert"
                   "|mouth covered|bouche couverte|through a mask|masque|mask|pocket"
                   "|=mouth full|=my mouth full|=with my mouth full|=la bouche pleine"
                   "|=bouche pleine|=with food in my mouth|=en mangeant|=while eating"
                   "|=hand over the mic|=hand over my mouth|=hand over the microphone"
                   "|=hand over his mouth|=hand over her mouth|=covering the mic"
                   "|=main sur le micro|=main devant la bouche|=main sur la bouche"
                   "|=la main sur le micro|=main devant le micro|=covering my mouth"
                   "|in a pocket|in my pocket|in his pocket|poche|dans la poche|dans une poche"
                   "|in a bag|in a purse|handbag|sac a main|dans un sac|under a pillow"
                   ""),
            ),
            main="cutoff_hz", units={"freq": "cutoff_hz"},
            scales={_AMOUNT: (("cutoff_hz", -1.0),)},
        ),
        EffectInfo(
            "highpass",
            "High-pass filter: removes what lies below the cutoff.",
            {"cutoff_hz": _p(500, "Hz", 20, 20000, "cutoff")},
            ("thin", "remove the bass", "high-pass at 200 Hz"),
            builder="iir:highpass_filter",
            words=(
                _w("highpass|high pass|high pass filter|hpf|passe haut|filtre passe haut|thin"
                   "|=plus fin|=plus fine|=son fin|=voix fine|=un son fin|=une voix fine"
                   "|fine|plus fine|voix fine|fluette|voix fluette|grele|voix grele"
                   "|thinner|tinny|low cut|coupe bas|cut below|coupe sous|coupe en dessous"
                   "|maigre|grele|rumble filter|coupe basse|son fin|voix fine|voix fluette"
                   "|fluette|voix mince|son mince|son maigre|skinny"),
                _w("remove bass|remove the bass|cut bass|cut the bass|no bass|without bass"
                   "|sans basses|sans basse|enlever basses|enleve basses|enleve les basses"
                   "|retire basses|retire les basses|retirer basses|couper basses"
                   "|coupe basses|coupe les basses|coupe les graves|enleve les graves"
                   "|sans graves|cut the lows|remove the lows|no low end|remove low end"
                   "|cut the low end|remove the rumble|remove rumble|cut rumble",
                   cutoff_hz=250.0),
            ),
            main="cutoff_hz", units={"freq": "cutoff_hz"},
            scales={_AMOUNT: (("cutoff_hz", 1.0),)},
        ),
        EffectInfo(
            "gate",
            "Noise gate: passages under the threshold drop to the floor; no look-ahead.",
            {"threshold_db": _p(-45, "dB", -90, 0, "peak level that opens the gate"),
             "attack_ms": _p(1, "ms", 0.1, 100, "time constant of the opening"),
             "release_ms": _p(100, "ms", 5, 2000,
                              "time constant of the closing (after a 20 ms hold)"),
             "floor_db": _p(-60, "dB", -100, 0, "gain while closed")},
            ("noise gate", "gate at -50 dB", "porte de bruit"),
            builder="dynamics:Gate",
            words=(
                _w("noise gate|noise gated|gate|gated|gating|porte de bruit|porte anti bruit"
                   "|noise gating|expander|expandeur|downward expander|coupe bruit"
                   "|remove background noise between words|silence the pauses"),
            ),
            main="threshold_db", units={"db": "threshold_db", "time": "release_ms"},
            scales={_SPEED: (("release_ms", -1.0),)},
        ),
        EffectInfo(
            "compressor",
            "Compressor: levels above the threshold come out ratio times closer to it; "
            "no look-ahead.",
            {"threshold_db": _p(-20, "dB", -60, 0, "peak level where compression starts"),
             "ratio": _p(4, ":1", 1, 20, "input dB above the threshold per output dB"),
             "attack_ms": _p(10, "ms", 0.1, 200, "time constant of the gain reduction"),
             "release_ms": _p(100, "ms", 5, 2000, "time constant of the recovery"),
             "makeup_db": _p(6, "dB", -12, 24, "gain after compression")},
            ("compress the voice", "heavy compression", "compresseur"),
            builder="dynamics:Compressor",
            words=(
                _w("compressor|compression|compress|compressed|compresseur|compresser"
                   "|compresse|compressee|compresses|squash|squashed|squashy|ecrase|ecrasee"
                   "|leveler|leveller|levelling|even out the volume|egaliser le volume"
                   "|dynamics|dynamique|punchy|punch|percutant|percutante|peche|pechu|pechue"
                   "|radio ready|broadcast ready|polished|polish"),
                _w("heavy compression|hard compression|compression forte|forte compression"
                   "|tres compresse|over compressed|overcompressed|surcompresse|brickwall",
                   threshold_db=-35.0, ratio=10.0),
                _w("gentle compression|light compression|soft compression|compression legere"
                   "|compression douce", threshold_db=-15.0, ratio=2.0),
            ),
            main="ratio", units={"db": "threshold_db", "time": "attack_ms", "ratio": "ratio"},
            scales={_AMOUNT: (("ratio", 1.0),),
                    _SPEED: (("attack_ms", -1.0), ("release_ms", -1.0))},
        ),
        EffectInfo(
            "bitcrush",
            "Bit crusher: fewer levels (bits) and a lower sample rate (sample and hold).",
            {"bits": _p(8, "bits", 1, 16, "at most 2**bits levels"),
             "rate_hz": _p(11025, "Hz", 500, 48000, "rate of the sample and hold")},
            ("bitcrusher", "8-bit", "crushed to 4 bits", "son 8 bits"),
            builder="lofi:Bitcrush",
            words=(
                _w("bitcrush|bitcrusher|bitcrushed|bit crush|bit crusher|bit crushed"
                   "|crushed|crusher|bitcrusheur|reduction de bits|bit reduction|crush"
                   "|downsampled|downsample|sous echantillonne|sous echantillonnage"
                   "|decimated|decimation|sample rate reduction|aliasing|aliased|repliement"
                   "|pixelated sound|son pixelise|pixelise"),
            ),
            main="bits", units={"freq": "rate_hz", "bits": "bits"},
            scales={_AMOUNT: (("bits", -1.0), ("rate_hz", -1.0))},
        ),
        EffectInfo(
            "ringmod",
            "Ring modulation: multiplies by a sine carrier (f becomes f ± carrier).",
            {"carrier_hz": _p(150, "Hz", 1, 5000, "carrier frequency"),
             "mix": _p(1.0, "", 0, 1, "wet share")},
            ("ring modulator", "metallic"),
            builder="modulation:RingMod",
            words=(
                _w("ring modulator|ring modulation|ring mod|ring modulated|ringmod"
                   "|ring modulateur|modulateur en anneau|modulation en anneau|metallic"
                   "|metallique|metal|clangy|tinny metal|bell like|cloche"),
            ),
            main="carrier_hz", units={"freq": "carrier_hz", "pct": "mix"},
            scales={_AMOUNT: (("mix", 1.0),), _SPEED: (("carrier_hz", 1.0),)},
        ),
        EffectInfo(
            "tremolo",
            "Tremolo: the level swings at a steady rate.",
            {"rate_hz": _p(5, "Hz", 0.1, 30, "rate"),
             "depth": _p(0.5, "", 0, 1, "how deep the level dips")},
            ("tremolo", "shaky, wobbling volume", "trémolo"),
            builder="modulation:Tremolo",
            words=(
                _w("tremolo|tremolos|shaky|shaking|wobbling|wobbling volume|wobbly volume"
                   "|pulsing|pulsating|pulse|pulsed|choppy|tremblant|tremblotant|tremble"
                   "|trembler|tremblement|pulse|pulsation|palpitant|stutter|stuttering"
                   "|begaiement|effet de begaiement|stutter effect"
                   "|hache|hachee|saccade|saccadee|volume wobble|amplitude modulation"),
                _w("helicopter|helicoptere|chopper|propeller|helice|fan|ventilateur|ventilo"
                   "|desk fan",
                   rate_hz=12.0, depth=0.9),
                _w("engine|engines|moteur|moteurs|motor|car engine|v8|motorbike|motorcycle"
                   "|=salle des machines|=la salle des machines|=salle des moteurs"
                   "|moto|lawnmower|tondeuse|chainsaw|tronconneuse|idling engine|diesel",
                   rate_hz=25.0, depth=0.6),
                # a voice that comes and goes: a slow, deep swell
                _w("=fades in and out|=fading in and out|=fades in and fades out|=comes and goes"
                   "|=coming and going|=va et vient|=qui va et vient|=apparait et disparait"
                   "|=qui apparait et disparait|=in and out|swelling|swells",
                   rate_hz=0.5, depth=0.8),
            ),
            main="rate_hz", units={"freq": "rate_hz", "pct": "depth"},
            scales={_AMOUNT: (("depth", 1.0),), _SPEED: (("rate_hz", 1.0),)},
        ),
        EffectInfo(
            "vibrato",
            "Vibrato: the pitch swings at a steady rate.",
            {"rate_hz": _p(5.5, "Hz", 0.1, 20, "rate"),
             "depth_semitones": _p(0.3, "semitones", 0, 2, "peak pitch deviation")},
            ("vibrato", "wavering pitch"),
            builder="modulation:Vibrato",
            words=(
                _w("vibrato|vibratos|wavering|wavering pitch|wavy|warble|warbling|warbly"
                   "|wobbly pitch|chevrotant|chevrotante|chevroter|trembling pitch|quavering"
                   "|quaver|tremulous|voix chevrotante|ondulant|ondulante|flutter"
                   "|wow and flutter|pleurage|seasick|mal de mer|drunk|ivre|wobbly|wobble"
                   "|bourre|bourree|saoul|saoule|pompette|sloshed"
                   "|wobbles|ondule|ondulation|qui ondule|ondulee|wavy voice|voix ondulante"
                   "|vacille|vaciller|vacillant|vacillante|qui vacille|chancelant|chancelante"
                   "|quavery|warbled|unsteady|instable|flottement"),
                _w("siren|sirens|sirene|sirenes|police siren|sirene de police|ambulance"
                   "|wee woo|nee naw|pin pon|air raid siren|alarm|alarme|alarm siren"
                   "|sirene d alarme|fire alarm|alarme incendie",
                   rate_hz=0.8, depth_semitones=2.0),
                _w("goat|goats|chevre|chevres|sheep|mouton|moutons|lamb bleating|bleat|bleating"
                   "|bele|beler|belement|biquette|bouc|billy goat|nanny goat",
                   rate_hz=7.5, depth_semitones=0.8),
            ),
            main="rate_hz", units={"freq": "rate_hz", "semi": "depth_semitones"},
            scales={_AMOUNT: (("depth_semitones", 1.0),), _SPEED: (("rate_hz", 1.0),)},
        ),
        EffectInfo(
            "chorus",
            "Chorus: a few slowly detuned copies beside the voice (sides apart on stereo).",
            {"rate_hz": _p(0.8, "Hz", 0.05, 10, "LFO rate"),
             "depth_ms": _p(3, "ms", 0, 20, "delay swing"),
             "delay_ms": _p(20, "ms", 1, 50, "mean delay"),
             "mix": _p(0.5, "", 0, 1, "wet share, equal-power; 1 removes the dry")},
            ("chorus", "a choir of me", "en chœur"),
            builder="modulation:Chorus", per_channel=False,
            words=(
                _w("chorus|choir|choirs|choeur|choeurs|chorale|ensemble|doubled|doubling|detuned"
                   "|detune|desaccorde|desaccordee|out of tune|off key|pas accorde|faux"
                   "|double voice|double|unison|many voices|crowd|foule|plusieurs voix"
                   "|doubler|doublage|double tracked|double tracking|voix doublee|clones"
                   "|clone|army of|armee de|multiple voices|multitude|shimmer"
                   "|shimmering|ample|ampleur|scintillement|scintillant|scintillante|shimmery"
                   "|=two people|=two voices|=deux voix|=deux personnes|=three voices|=trois voix"
                   "|=several people|=plusieurs personnes|=many people|=talking at once"
                   "|=speaking at once|=at the same time|=en meme temps|=parlent en meme temps"
                   "|=a group of people|duet|duets|duo|en duo|=with myself|=avec moi meme"
                   "|chatoyant|chatoyante|miroitant|miroitante"),
            ),
            units={"freq": "rate_hz", "time": "delay_ms", "pct": "mix"},
            scales={_AMOUNT: (("mix", 1.0),), _LENGTH: (("delay_ms", 1.0),),
                    _SPEED: (("rate_hz", 1.0),)},
        ),
        EffectInfo(
            "flanger",
            "Flanger: a short delay sweeping at a slow rate, fed back (a jet plane's whoosh).",
            {"rate_hz": _p(0.25, "Hz", 0.01, 10, "sweep rate"),
             "depth_ms": _p(3, "ms", 0, 10, "delay swing above the shortest delay"),
             "delay_ms": _p(1, "ms", 1, 20, "shortest delay"),
             "feedback": _p(0.5, "", -0.95, 0.95, "share of the delayed signal fed back"),
             "mix": _p(0.5, "", 0, 1, "wet share (0.5: deepest notches)")},
            ("flanger", "jet plane", "avec un flanger"),
            builder="modulation:Flanger",
            words=(
                _w("flanger|flangers|flanging|flange|flanged|jet plane|jet|avion a reaction"
                   "|reacteur|whoosh|whooshing|swoosh|swooshing|tape flanging"),
            ),
            main="rate_hz", units={"freq": "rate_hz", "time": "depth_ms", "pct": "mix"},
            scales={_AMOUNT: (("feedback", 1.0), ("depth_ms", 1.0)),
                    _SPEED: (("rate_hz", 1.0),)},
        ),
        EffectInfo(
            "phaser",
            "Phaser: swept all-pass stages; S stages make S/2 notches.",
            {"rate_hz": _p(0.5, "Hz", 0.01, 10, "sweep rate"),
             "stages": _p(4, "stages", 2, 12, "all-pass stages (rounded to an even number)"),
             "feedback": _p(0.3, "", -0.9, 0.9, "share of the output fed back"),
             "mix": _p(0.5, "", 0, 1, "wet share (0.5: deepest notches)")},
            ("phaser", "phasing", "effet de phase"),
            builder="swept:Phaser",
            words=(
                _w("phaser|phasers|phasing|phased|phase shifter|phase shifting|phaseur"
                   "|dephaseur|effet de phase|effet phaser|swirl|swirling|swirly|tourbillon"
                   "|tourbillonnant|tourbillonnante"),
            ),
            main="stages", units={"freq": "rate_hz", "pct": "mix"},
            scales={_AMOUNT: (("feedback", 1.0),), _SPEED: (("rate_hz", 1.0),)},
        ),
        EffectInfo(
            "wah",
            "Wah: a resonant filter sweeping between two frequencies at a steady rate: its band "
            "(the pedal's 'wah') or its low-pass (a filter sweep).",
            {"rate_hz": _p(1.5, "Hz", 0.01, 10, "sweeps per second (low, high and back)"),
             "low_hz": _p(400, "Hz", 20, 5000, "lowest centre of the sweep"),
             "high_hz": _p(2000, "Hz", 100, 16000, "highest centre of the sweep"),
             "q": _p(4, "", 0.5, 20, "resonance: the band's width is its centre over q"),
             "shape": _choice("band", ("band", "low"), "band: a wah pedal; low: a low-pass "
                              "filter sweep"),
             "mix": _p(1.0, "", 0, 1, "wet share")},
            ("wah-wah", "auto-wah", "a slow filter sweep", "effet wah"),
            builder="swept:Wah",
            words=(
                _w("wah|wah wah|wahwah|wah wah pedal|wah pedal|auto wah|autowah|auto wah wah"
                   "|envelope filter|filtre wah|pedale wah|pedale wah wah|effet wah|cry baby"
                   "|crybaby|=talk box|talkbox|wow wow|ouah ouah"),
                _w("filter sweep|filter sweeps|sweeping filter|swept filter|sweep filter"
                   "|low pass sweep|lowpass sweep|low pass filter sweep|resonant sweep"
                   "|balayage de filtre|filtre balaye|filtre qui balaie|balayage du filtre"
                   "|filtre resonant balaye|sweep|sweeping|swept|balayage|balaye|balaie",
                   shape=1.0, low_hz=200.0, high_hz=6000.0, q=2.0, rate_hz=0.25),
            ),
            main="rate_hz", units={"freq": "rate_hz", "time": "rate_hz", "pct": "mix"},
            scales={_AMOUNT: (("q", 1.0),), _SPEED: (("rate_hz", 1.0),)},
        ),
        EffectInfo(
            "pan",
            "Pan (equal power): -1 left, 0 centre, 1 right; needs a stereo stream.",
            {"position": _p(0, "", -1, 1, "-1 hard left .. 1 hard right")},
            ("pan left", "à droite", "panoramique à gauche"),
            builder="stereo:Pan", stereo=True, per_channel=False,
            words=(
                _w("pan|panned|panning|panoramique|panoramiquer|panoramiser|balance"),
                _w("left|to the left|on the left|pan left|panned left|a gauche|sur la gauche"
                   "|gauche|left side|cote gauche|left channel|canal gauche", position=-0.7),
                _w("hard left|full left|all the way left|completement a gauche"
                   "|extreme gauche|hard panned left|panned hard left|hard pan left"
                   "|pan hard left|entierement a gauche|=tout a gauche|=toute a gauche"
                   "|=a fond a gauche|=a fond sur la gauche|=totalement a gauche",
                   position=-1.0),
                _w("right|to the right|on the right|pan right|panned right|a droite"
                   "|sur la droite|droite|right side|cote droit|right channel|canal droit",
                   position=0.7),
                _w("hard right|full right|all the way right|completement a droite"
                   "|extreme droite|hard panned right|panned hard right|hard pan right"
                   "|pan hard right|entierement a droite|=tout a droite|=toute a droite"
                   "|=a fond a droite|=a fond sur la droite|=totalement a droite",
                   position=1.0),
                _w("center|centre|centered|centred|au centre|au milieu|middle", position=0.0),
            ),
            main="position", units={"pct": "position"},
        ),
        EffectInfo(
            "autopan",
            "Auto-pan (equal power): the voice sweeps from side to side at a steady rate; "
            "needs a stereo stream.",
            {"rate_hz": _p(0.25, "Hz", 0.02, 10, "sweeps per second (a full left-right-left "
                           "cycle)"),
             "depth": _p(1.0, "", 0, 1, "how far it swings: 1 from hard left to hard right")},
            ("auto-pan", "pan left and right", "8D audio", "de gauche à droite"),
            builder="stereo:AutoPan", stereo=True, per_channel=False,
            words=(
                _w("autopan|auto pan|auto panner|autopanner|auto panning|autopanning"
                   "|panoramique automatique|auto panoramique|panning automatique"
                   "|=pan left and right|=pans left and right|=panning left and right"
                   "|=panned left and right|=pan from left to right|=pans from left to right"
                   "|=left and right|=from left to right|=left to right|=right to left"
                   "|=left right left|=side to side|=from side to side|=moving around"
                   "|=moving from side to side|=moves from side to side|=going from side to side"
                   "|=moving left and right|=moves left and right|=going left and right"
                   "|=moving from left to right|=moves from left to right|=bouncing left and right"
                   "|=bouncing from side to side|=bouncing between the speakers"
                   "|=swinging left and right|=swinging from side to side"
                   "|=moves around|=around my head|=around your head|=around the head"
                   "|=around the listener|=circling|=circles around|=spinning around"
                   "|=rotating around|=revolving around|=circling around my head"
                   "|=circling around your head|=circling around the head|=circles around my head"
                   "|=circles around your head|=circles around the head|=spinning around my head"
                   "|=spinning around your head|=spinning around the head|=spins around my head"
                   "|=spins around your head|=spins around the head|=rotating around my head"
                   "|=rotating around your head|=rotating around the head|=rotates around my head"
                   "|=rotates around your head|=rotates around the head|=revolving around my head"
                   "|=revolving around your head|=revolving around the head|=going around my head"
                   "|=going around your head|=going around the head|=moving around my head"
                   "|=moving around your head|=moving around the head|=flying around my head"
                   "|=flying around your head|=flying around the head|=swirling around my head"
                   "|=swirling around your head|=swirling around the head|=between the speakers"
                   "|=between my ears|=from ear to ear|=ear to ear"
                   "|8d|8d audio|8d sound|son 8d|audio 8d|=de gauche a droite"
                   "|=de droite a gauche|=gauche droite|=d un cote a l autre"
                   "|=d une oreille a l autre|=autour de la tete|=autour de ma tete"
                   "|=tourne autour de la tete|=qui tourne autour de la tete"
                   "|=tourne autour de ma tete|=qui tourne autour de ma tete"
                   "|=tourne autour|=qui tourne autour|=tourne autour de moi"
                   "|=tournait autour|=qui tournait autour|=tournent autour|=tourner autour"
                   "|panoramique auto|pan auto|auto panoramique"
                   "|3d|3d audio|3d sound|son 3d|audio 3d|spatial audio|son spatial"
                   "|spatialise|spatialisee|son spatialise|binaural|binaural audio"
                   "|son binaural|audio binaural"
                   "|=entre les enceintes|=entre les deux oreilles|=qui se deplace"
                   "|=se balade|=qui se balade"),
            ),
            main="rate_hz", units={"freq": "rate_hz", "time": "rate_hz", "pct": "depth"},
            scales={_AMOUNT: (("depth", 1.0),), _SPEED: (("rate_hz", 1.0),)},
        ),
        EffectInfo(
            "echo",
            "Echo: repeats after a delay, each quieter by the feedback.",
            {"delay_ms": _p(300, "ms", 1, 5000, "time between repeats"),
             "feedback": _p(0.3, "", 0, 0.95, "level of each repeat relative to the last"),
             "mix": _p(0.3, "", 0, 1, "level of the first repeat")},
            ("with a bit of echo", "a 300 ms echo", "avec de l'écho"),
            builder="echo:Echo",
            words=(
                _w("echo|echos|echoes|echoing|echoey|echoy|echoed|delay|delayed|repeat"
                   "|repeats|repetition|repetitions|retard|delai|echoe|echoer|repeated"
                   "|tape delay|tape echo|ping pong|multi echo|repetitive|repete|repetee"),
                # "an echo that bounces back twice": two repeats heard, the second
                # 30 dB down (see quantities.LAST_REPEAT_DB)
                _w("=repeats twice|=repeat twice|=repeating twice|=bounces back twice"
                   "|=bounces twice|=bouncing back twice|=comes back twice|=revient deux fois"
                   "|=rebondit deux fois", feedback=0.178),
                _w("bounces|bounce back|bounces back|bouncing|bouncing back|rebondit|rebond"
                   "|rebonds|qui rebondit"),
                _w("slapback|slap back|slap delay|karaoke|karaoke mic|micro de karaoke"
                   "|slapback echo"
                   "|slap echo|doubling echo|karaoke machine|machine a karaoke|machine karaoke"
                   "|machine de karaoke|karaoke box|karaoke bar|bar karaoke|soiree karaoke",
                   delay_ms=120.0, feedback=0.1, mix=0.4),
                _w("dub|dubby|dub echo|echo dub|dub delay|delai dub|space echo"
                   "|echo a bande|reggae echo|dub reggae|dub style",
                   delay_ms=375.0, feedback=0.6, mix=0.4),
            ),
            main="delay_ms", units={"time": "delay_ms", "pct": "mix", "count": "feedback",
                                    "freq": "delay_ms"},
            scales={_AMOUNT: (("mix", 1.0),), _LENGTH: (("delay_ms", 1.0), ("feedback", 1.0)),
                    _SPEED: (("delay_ms", -1.0),)},
        ),
        EffectInfo(
            "reverb",
            "Reverb: a stereo room, hall or cathedral (diffused feedback delay network).",
            {"decay_s": _p(1.5, "s", 0.1, 20, "RT60: time to decay by 60 dB"),
             "mix": _p(0.3, "", 0, 1, "wet share, equal-power; 1 removes the dry"),
             "predelay_ms": _p(10, "ms", 0, 200, "gap before the reverb starts"),
             "hf_decay": _p(0.9, "", 0.2, 1.0, "decay of the highs (8 kHz) relative to decay_s: "
                            "the walls' material, 0.3 carpet or fabric, 0.35 wood, 1 tiles "
                            "or glass; the "
                            "default is a plain room's mild damping")},
            ("a 2 second reverb", "reverberant", "avec de la réverb", "a small wooden room"),
            builder="reverb:Reverb", per_channel=False,
            words=(
                _w("reverb|reverbs|reverberation|reverberant|reverbe|reverbere|ambience"
                   "|ambiance|spacious|space|espace|reverberer|reverberating|reverbered"
                   "|verb|room tone|ambient|resonant|resonance|resonnant"
                   "|resonnante|resonne|resonner|resonate|resonating|spatial|roomy"
                   "|reverberee|wet|wetter|humide|plate|spring reverb|ressort|mouille|mouillee"
                   "|spacieux|spacieuse|vaste espace|sense of space|=too dry|=trop sec|=trop seche"
                   "|tail|long tail|reverb tail|queue de reverb|queue|=shimmering tail"
                   "|=sounds dry|=so dry|not enough reverb|pas assez de reverb|=c est sec"),
                # The walls' material: how fast the highs die in the space, nothing
                # else (a "wooden cabin" keeps the cabin's size; "wooden" alone is a
                # default room, warmer).
                _w("wooden|wood panelled|wood paneled|panelled|paneled|lambrisse|lambrissee"
                   "|timber|made of wood|=en bois|boise|boisee", hf_decay=0.35),
                # Soft things that fill or line a space ("a closet full of clothes",
                # "carpeted"): they absorb, so the highs die sooner still and the
                # space is drier and shorter (the prompt's soft_materials pass).
                _w("carpet|carpeted|rug|moquette"
                   "|moquettee|curtains|drapes|rideaux|tentures|capitonne|capitonnee"
                   "|foam|acoustic foam|mousse acoustique|soundproofed|insonorise|insonorisee"
                   "|sofa|canape|cushions|coussins|furnished|meuble|meublee"
                   "|clothes|clothing|coats|jackets|towels|blankets|duvets|pillows|mattress"
                   "|mattresses|vetements|habits|fringues|manteaux|vestes|serviettes"
                   "|couvertures|couettes|oreillers|matelas|fabric|fabrics|tissu|tissus"
                   "|textile|textiles|tapestry|tapestries|tapisserie|tapisseries|rugs|tapis"
                   "|acoustic panels|panneaux acoustiques|egg crates|egg cartons"
                   "|boites a oeufs|padding"
                   "|rembourrage|sound blankets|moving blankets|linen|linge|carpets|moquettes"
                   "|draps|sheets|bedding|literie|dresses|robes|furs|fourrures", hf_decay=0.3),
                _w("concrete|en beton|beton|stone|=en pierre|pierre|brick|bricks|en brique"
                   "|brique|briques|marble|marbre|granite|cement|ciment|bare walls"
                   "|murs nus|unfurnished|hard walls|hard surfaces|murs durs"
                   "|surfaces dures|murs en dur", hf_decay=0.9),
                _w("glass walls|=en verre|verre|vitree|tile|ceramic|glass"
                   "|mirror|mirrors|miroir|miroirs"
                   "|ceramique|porcelain|porcelaine|steel|acier|boite en metal|en acier|=en metal"
                   "|sheet metal|tole|reverb a plaque|reverbe a plaque|plaque|a plaque",
                   hf_decay=1.0),
            ),
            main="decay_s", units={"time": "decay_s", "pct": "mix"},
            scales={_AMOUNT: (("mix", 1.0), ("decay_s", 1.0)), _LENGTH: (("decay_s", 1.0),)},
        ),
        EffectInfo(
            "noise",
            "Added noise: tape hiss, radio static, crackle of an old film or record, mains hum.",
            {"kind": _choice("hiss", NOISE_KINDS, "hiss, static, crackle or hum"),
             "level_db": _p(-35, "dB", -80, -6, "RMS level of the noise (dBFS)"),
             "seed": _p(0, "#", 0, 99999, "the same seed gives the same noise"),
             "hum_hz": _p(50, "Hz", 40, 70, "mains frequency of the hum (50 or 60)")},
            ("tape hiss", "crackle", "radio static", "60 Hz hum", "craquements", "souffle"),
            builder="lofi:Noise", per_channel=False,
            words=(
                _w("noisy|bruite|bruitee|bruyant|bruyante|bruyants|bruyantes|hiss|hissing"
                   "|hissy|tape hiss"
                   "|souffle|souffle de bande|white noise|bruit"
                   "|bruit blanc|noise floor|sifflement|rain|rainy|raining|pluie|sous la pluie"
                   "|pluvieux|averse|downpour|drizzle|bruine|shower noise|storm|stormy"
                   "|thunderstorm|thunder|orage|orageux|tempete|tonnerre|blizzard|hurricane"
                   "|ouragan|waterfall|cascade|surf|vagues|waves|stormy sea|rough sea|raging sea"
                   "|mer dechainee|mer agitee|tempete en mer|high seas|gros temps|windy"
                   "|=in the wind"
                   "|=dans le vent|=sous le vent|=au vent|wind blowing|vent qui souffle|gusts"
                   "|rafales|bourrasque|bourrasques|gusty|venteux|venteuse"
                   "|=with wind|=with the wind|=with some wind|=with a lot of wind|=strong wind"
                   "|=strong winds|=howling wind|=the wind howling|=avec du vent|=avec le vent"
                   "|=avec beaucoup de vent|=du vent|=plein de vent|=vent fort|=grand vent"
                   "|=le vent qui hurle|=le vent souffle|windstorm|tempete de vent"
                   "|=while a train passes|=a train passing|=passing train|=train passing by"
                   "|=pendant qu un train passe|=un train qui passe|=le train qui passe"
                   "|=train qui passe|traffic noise|bruit de circulation", kind=_HISS),
                _w("static|radio static|parasites|parasite|friture|gresillement|gresillements"
                   "|gresille|gresiller|qui gresille|=between stations|=between two stations"
                   "|entre deux stations|entre les stations|radio tuning|tuning the radio"
                   "|recherche de station|cherche une station|scanning stations"
                   "|losing signal|losing the signal|lost signal|weak signal|signal faible"
                   "|perd le signal|perte de signal|bad signal|mauvais signal|fading signal"
                   "|out of range|hors de portee|signal qui coupe|signal drops"
                   "|gresillant|gresillante|interference|interferences|brouillage"
                   "|snow noise|fuzz noise", kind=_STATIC, level_db=-30.0),
                _w("crackle|crackles|crackling|crackly|record crackle|vinyl crackle"
                   "|pops and clicks|clicks and pops|dust|dusty|poussiere|craquements"
                   "|craquement|craquant|craquante|crepitement|crepitements|crepite"
                   "|craquelant|film grain|grain du film|fire|fireplace|campfire|bonfire"
                   "|crackling fire|by the fire|feu|feu de camp|feu de bois|coin du feu"
                   "|au coin du feu|flames|flammes|brasero", kind=_CRACKLE, level_db=-30.0),
                _w("hum|humming|mains hum|ground hum|ground loop|electrical hum|ronflette"
                   "|ronflement|ronflement secteur|bruit secteur|bourdonnement electrique"
                   "|boucle de masse", kind=_HUM, level_db=-35.0),
            ),
            main="level_db", units={"db": "level_db", "freq": "hum_hz"},
            scales={_AMOUNT: (("level_db", -1.0),)},
        ),
        EffectInfo(
            "width",
            "Stereo width (mid/side): 0 mono, 1 unchanged, 2 wide; needs a stereo stream.",
            {"amount": _p(1.6, "", 0, 2, "side level relative to the input's")},
            ("wide stereo", "in mono", "élargir la stéréo"),
            builder="stereo:Width", stereo=True, per_channel=False,
            words=(
                _w("wide|wider|widen|widened|widening|wide stereo|stereo wide|stereo widener"
                   "|stereo widening|stereo width|width|elargir|elargi|elargie|elargis"
                   "|elargissement|stereo large|large stereo|elargir la stereo|plus large"
                   "|extra wide|super wide|immersive|immersif|immersive stereo|stereo"),
                _w("mono|monaural|monophonic|monophonique|en mono|fold to mono", amount=0.0),
                _w("narrow|narrower|narrow stereo|etroit|etroite|stereo etroite|resserrer",
                   amount=0.5),
            ),
            main="amount", units={"pct": "amount"},
            scales={_AMOUNT: (("amount", 1.0),)},
        ),
        EffectInfo(
            "gain",
            "Gain: louder or quieter (the output limiter still holds -1 dBFS).",
            {"db": _p(6, "dB", -60, 24, "gain", signed=True)},
            ("louder", "+6 dB", "quieter", "plus fort"),
            builder="dynamics:Gain",
            words=(
                _w("gain|volume|amplification"),
                _w("louder|loud|loudly|amplify|amplified|amplifie|amplifier|boost|boosted"
                   "|plus fort|fort|forte|more volume|volume up|higher volume|monte le volume"
                   "|plus de volume|turn it up|turn up the volume|monte le son"
                   "|augmente le volume|augmente le son|pousse le volume|raise the volume"
                   "|increase the volume|increase volume|boost the volume|crank it up"
                   "|plus haut le volume|shout|shouting|crier|crie|yell|yelling|scream"
                   "|screaming|cri|cris|hurler|hurle|hurlement|gueule|gueuler|gueulant"
                   "|beugle|beugler",
                   db=6.0),
                _w("quieter|quiet|quietly|softer|softly|attenuate|attenuated|attenuer|attenue"
                   "|moins fort|doucement|plus doux|less volume|volume down|lower volume"
                   "|lower the volume|baisse le volume|moins de volume|turn it down"
                   "|turn down the volume|baisse le son|diminue le volume|diminue le son"
                   "|reduce the volume|reduce volume|decrease the volume|decrease volume"
                   "|faible|plus faible|bas volume|low volume|moins fort|discretement",
                   db=-6.0),
            ),
            main="db", units={"db": "db"},
            scales={_AMOUNT: (("db", 1.0),)},
        ),
    ]
}

ORDER: tuple[str, ...] = tuple(EFFECTS)
"""Processing order (the order of :data:`EFFECTS`)."""

#: Parameter words: a number said next to one goes to the parameter of that
#: name in the effect it belongs to ("echo with 60% feedback").  Keyed by
#: parameter name, shared by every effect that has a parameter of that name.
PARAM_WORDS: dict[str, str] = {
    "feedback": "feedback|retour|regeneration|repeats|repetitions|reinjection",
    "mix": "mix|wet|wetness|dry wet|wet dry|ratio|melange|dosage|amount|quantite|level|niveau",
    "amount": "mix|amount|quantite|dosage",
    "predelay_ms": "predelay|pre delay|predelai|pre delai",
    "rate_hz": "rate|speed|vitesse|frequency|frequence|cadence|tempo|rythme|sample rate"
               "|sampling rate|frequence d echantillonnage|echantillonnage",
    "carrier_hz": "carrier|porteuse|frequency|frequence|rate|speed",
    "depth": "depth|profondeur|intensity|intensite|deep|profond",
    "depth_semitones": "depth|profondeur|intensity|intensite|width|largeur|deep|wide|profond",
    "depth_ms": "depth|profondeur|intensity|intensite|deep|profond",
    "drive_db": "drive|driven|pregain|saturation|overdrive",
    "cutoff_hz": "cutoff|cut off|coupure|corner|frequency|frequence",
    "decay_s": ("decay|decay time|rt60|tail|queue|duree|length|longueur|time|temps|declin"
                "|decroissance"),
    "delay_ms": "time|temps|delay|delai|retard|interval|intervalle",
    "low_hz": "low|bas|lower edge|from|de",
    "high_hz": "high|haut|upper edge|to|a",
    "pitch_hz": "pitch|hauteur|frequency|frequence|note",
    "wobble_hz": "wobble|rate|speed|vitesse",
    "threshold_db": "threshold|seuil",
    "ratio": "ratio|taux",
    "attack_ms": "attack|attaque",
    "release_ms": "release|relache|relachement|recovery",
    "makeup_db": "makeup|makeup gain|compensation|gain de compensation",
    "floor_db": "floor|plancher|range|attenuation|depth|profondeur",
    "bits": "bits|bit depth|resolution|profondeur",
    "stages": "stages|etages|poles",
    "position": "position|placement",
    "level_db": "level|niveau|volume",
    "seed": "seed|graine",
    "hum_hz": "mains|secteur",
}


def default_params(name: str) -> dict[str, float]:
    """Every parameter of effect ``name`` at its default."""
    return {k: p.default for k, p in info(name).params.items()}


def info(name: str) -> EffectInfo:
    """The registry entry of effect ``name``; a ``ConfigError`` names the known effects."""
    try:
        return EFFECTS[name]
    except (KeyError, TypeError):
        raise ConfigError(
            f"unknown effect {name!r}; expected one of: {', '.join(ORDER)}"
        ) from None


def _check() -> None:
    """Internal consistency of the table (run at import: a bad entry fails loudly)."""
    for e in EFFECTS.values():
        if not re.fullmatch(r"[a-z_]+:[A-Za-z_]+", e.builder):
            raise RuntimeError(
                f"registry: {e.name}.builder must be 'module:name', got {e.builder!r}"
            )
        for w in e.words:
            for p in (*w.params, *([w.focus] if w.focus else [])):
                if p not in e.params:
                    raise RuntimeError(f"registry: {e.name} words name unknown parameter {p!r}")
        for kind, p in e.units.items():
            if kind not in QUANTITY_KINDS or (p not in e.params and p not in ("band", "focus")):
                raise RuntimeError(f"registry: {e.name}.units has a bad entry {kind}->{p}")
        if e.harmonic and not e.needs_frame:
            raise RuntimeError(f"registry: {e.name} is harmonic but does not need a frame")
        if e.main is not None and e.main not in e.params:
            raise RuntimeError(f"registry: {e.name}.main {e.main!r} is not a parameter")
        for group, entries in e.scales.items():
            for p, _ in entries:
                if group not in (_AMOUNT, _LENGTH, _SPEED) or p not in e.params:
                    raise RuntimeError(f"registry: {e.name}.scales has a bad entry {group}/{p}")


_check()
