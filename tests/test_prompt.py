"""Prompt understanding of the ``effects`` model: English and French prompts."""

from __future__ import annotations

import json

import pytest

from streaming_mllm.effects.plan import EffectPlan
from streaming_mllm.effects.prompt import describe_plan, parse_prompt
from streaming_mllm.effects.registry import EFFECTS, ORDER
from streaming_mllm.errors import PromptError


def names(prompt: str) -> list[str]:
    return [e.name for e in parse_prompt(prompt).effects]


def only(prompt: str, effect: str) -> dict[str, float]:
    """Parameters of the single effect ``prompt`` must give, with nothing left over."""
    plan = parse_prompt(prompt)
    assert [e.name for e in plan.effects] == [effect], prompt
    assert plan.unrecognized == (), prompt
    return dict(plan.effects[0].params)


# -- one effect per prompt --------------------------------------------------

SINGLE = [
    # robot
    ("make it sound like a robot", "robot"),
    ("robotic", "robot"),
    ("robot voice", "robot"),
    ("fais-le sonner comme un robot", "robot"),
    ("robto", "robot"),
    ("robbot", "robot"),
    ("ROBOT!!!", "robot"),
    # band-limited voices
    ("like an old telephone", "telephone"),
    ("on the phone", "telephone"),
    ("au téléphone", "telephone"),
    ("au telephone", "telephone"),
    ("telephone", "telephone"),
    ("walkie-talkie", "radio"),
    ("on the radio", "radio"),
    ("à la radio", "radio"),
    ("through a megaphone", "megaphone"),
    ("bullhorn", "megaphone"),
    ("porte-voix", "megaphone"),
    ("mégaphone", "megaphone"),
    # rooms
    ("hall", "reverb"),
    ("church", "reverb"),
    ("église", "reverb"),
    ("salle", "reverb"),
    ("cathedrale", "reverb"),
    # whisper
    ("whisper", "whisper"),
    ("whispering", "whisper"),
    ("chuchotement", "whisper"),
    ("chuchoter", "whisper"),
    # filters
    ("muffled", "lowpass"),
    ("étouffé", "lowpass"),
    ("thin", "highpass"),
    ("remove the bass", "highpass"),
    ("sous l'eau", "underwater"),
    ("underwater", "underwater"),
    # modulation, distortion
    ("tremolo", "tremolo"),
    ("trémolo", "tremolo"),
    ("vibrato", "vibrato"),
    ("chorus", "chorus"),
    ("en chœur", "chorus"),
    ("en choeur", "chorus"),
    ("ring modulator", "ringmod"),
    ("distortion", "distortion"),
    ("distorted", "distortion"),
    ("overdrive", "distortion"),
    ("fuzz", "distortion"),
    ("saturé", "distortion"),
    ("avec de l'écho", "echo"),
    ("with some echo please", "echo"),
]


@pytest.mark.parametrize(("prompt", "effect"), SINGLE)
def test_single_effect(prompt: str, effect: str) -> None:
    only(prompt, effect)


@pytest.mark.parametrize("name", list(EFFECTS))
def test_every_effect_name_is_understood(name: str) -> None:
    only(name, name)


@pytest.mark.parametrize(
    ("name", "example"),
    [(name, ex) for name, info in EFFECTS.items() for ex in info.examples],
)
def test_registry_examples(name: str, example: str) -> None:
    only(example, name)


def test_every_param_filled_and_clamped() -> None:
    for prompt in ["robot in a huge cathedral", "two octaves up", "three octaves up",
                   "extremely extremely loud", "tremolo at 100 Hz"]:
        for spec in parse_prompt(prompt).effects:
            info = EFFECTS[spec.name]
            assert set(spec.params) == set(info.params)
            for k, v in spec.params.items():
                assert info.params[k].low <= v <= info.params[k].high, (prompt, k, v)
                assert isinstance(v, float)


# -- parameters ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("prompt", "effect", "param", "value"),
    [
        ("a 2 second reverb", "reverb", "decay_s", 2.0),
        ("in a huge cathedral", "reverb", "decay_s", 6.0),
        ("in a small room", "reverb", "decay_s", 0.4),
        ("réverbération de 1,5 seconde", "reverb", "decay_s", 1.5),
        ("reverb with 50 ms predelay", "reverb", "predelay_ms", 50.0),
        # a parameter word followed by its own value does not take the one before
        ("reverb 2 seconds predelay 0", "reverb", "decay_s", 2.0),
        ("reverb 2 seconds predelay 0", "reverb", "predelay_ms", 0.0),
        ("réverbe 2 secondes prédélai 0", "reverb", "decay_s", 2.0),
        ("like a chipmunk", "pitch", "semitones", 9.0),
        ("deep voice", "pitch", "semitones", -5.0),
        ("voix grave", "pitch", "semitones", -5.0),
        ("lower voice", "pitch", "semitones", -5.0),
        ("high voice", "pitch", "semitones", 5.0),
        ("voix aiguë", "pitch", "semitones", 5.0),
        ("voix aigue", "pitch", "semitones", 5.0),
        ("up 5 semitones", "pitch", "semitones", 5.0),
        ("down 3 semitones", "pitch", "semitones", -3.0),
        ("-3 semitones", "pitch", "semitones", -3.0),
        ("an octave lower", "pitch", "semitones", -12.0),
        ("une octave plus bas", "pitch", "semitones", -12.0),
        ("an octave higher", "pitch", "semitones", 12.0),
        ("two octaves up", "pitch", "semitones", 24.0),
        ("three octaves up", "pitch", "semitones", 24.0),  # clamped
        ("trois demi-tons plus bas", "pitch", "semitones", -3.0),
        ("un ton plus haut", "pitch", "semitones", 2.0),
        ("pitch down", "pitch", "semitones", -4.0),
        ("low-pass at 800 Hz", "lowpass", "cutoff_hz", 800.0),
        ("lowpass 800hz", "lowpass", "cutoff_hz", 800.0),
        ("lowpass 800", "lowpass", "cutoff_hz", 800.0),
        ("low pass at 1.2 kHz", "lowpass", "cutoff_hz", 1200.0),
        ("high-pass at 200 Hz", "highpass", "cutoff_hz", 200.0),
        ("louder", "gain", "db", 6.0),
        ("much louder", "gain", "db", 12.0),
        ("quieter", "gain", "db", -6.0),
        ("softer", "gain", "db", -6.0),
        ("moins fort", "gain", "db", -6.0),
        ("plus fort", "gain", "db", 6.0),
        ("+6 dB", "gain", "db", 6.0),
        ("-10 dB", "gain", "db", -10.0),
        ("gain -10", "gain", "db", -10.0),
        ("quieter by 3 dB", "gain", "db", -3.0),
        ("a 300 ms echo", "echo", "delay_ms", 300.0),
        ("écho de 500 ms", "echo", "delay_ms", 500.0),
        ("0.5 second echo", "echo", "delay_ms", 500.0),
        ("half a second echo", "echo", "delay_ms", 500.0),
        ("une demi-seconde d'écho", "echo", "delay_ms", 500.0),
        ("echo with 60% feedback", "echo", "feedback", 0.6),
        ("echo 50%", "echo", "mix", 0.5),
        ("a 6 Hz tremolo", "tremolo", "rate_hz", 6.0),
        ("tremolo depth 80%", "tremolo", "depth", 0.8),
        ("ring modulator at 30 Hz", "ringmod", "carrier_hz", 30.0),
        ("robot at 150 Hz", "robot", "pitch_hz", 150.0),
        ("chorus 30 ms", "chorus", "delay_ms", 30.0),
        ("telephone 300 to 3400 Hz", "telephone", "low_hz", 300.0),
        ("telephone 300 to 3400 Hz", "telephone", "high_hz", 3400.0),
        ("radio 500-3000 Hz", "radio", "low_hz", 500.0),
        ("radio 500-3000 Hz", "radio", "high_hz", 3000.0),
    ],
)
def test_param_value(prompt: str, effect: str, param: str, value: float) -> None:
    assert only(prompt, effect)[param] == pytest.approx(value)


def test_cathedral_decays() -> None:
    assert 5.5 <= only("in a huge cathedral", "reverb")["decay_s"] <= 6.5
    assert 4.0 <= only("dans une cathédrale", "reverb")["decay_s"] <= 5.0
    assert 0.3 <= only("in a small room", "reverb")["decay_s"] <= 0.5
    assert only("church", "reverb")["decay_s"] > only("salle", "reverb")["decay_s"]


def test_eq_words() -> None:
    warm = only("warm", "eq")
    assert warm["low_db"] > 0 and warm["high_db"] < 0
    assert only("bright", "eq")["high_db"] > 0
    assert only("brillant", "eq")["high_db"] > 0
    assert only("dark", "eq")["high_db"] < 0
    assert only("sombre", "eq")["high_db"] < 0
    assert only("more bass", "eq")["low_db"] > 0
    assert only("plus de basses", "eq")["low_db"] > 0
    assert only("less bass by 3 dB", "eq")["low_db"] == -3.0


def test_default_params_kept() -> None:
    assert only("robot", "robot") == {"pitch_hz": 100.0, "mix": 1.0}
    assert only("a 300 ms echo", "echo") == {"delay_ms": 300.0, "feedback": 0.3, "mix": 0.3}


# -- intensities ---------------------------------------------------------------

def test_a_bit_of_echo_is_quieter_than_echo() -> None:
    default = EFFECTS["echo"].params["mix"].default
    assert only("with a bit of echo", "echo")["mix"] == pytest.approx(default * 0.5)
    assert only("un peu d'écho", "echo")["mix"] == pytest.approx(default * 0.5)
    assert only("lots of echo", "echo")["mix"] > default


@pytest.mark.parametrize(
    ("weak", "plain", "strong", "effect", "param"),
    [
        ("slightly distorted", "distorted", "heavy distortion", "distortion", "drive_db"),
        ("a little reverb", "reverb", "a lot of reverb", "reverb", "mix"),
        ("légèrement réverbéré", "réverbéré", "beaucoup de réverb", "reverb", "decay_s"),
        ("a bit of chorus", "chorus", "very chorus", "chorus", "mix"),
        ("a little tremolo", "tremolo", "very tremolo", "tremolo", "depth"),
        ("slight vibrato", "vibrato", "heavy vibrato", "vibrato", "depth_semitones"),
        ("a little louder", "louder", "much louder", "gain", "db"),
        ("un peu plus fort", "plus fort", "très fort", "gain", "db"),
        ("slightly muffled", "muffled", "very muffled", "lowpass", "cutoff_hz"),
    ],
)
def test_intensity_order(weak: str, plain: str, strong: str, effect: str, param: str) -> None:
    w, p, s = (only(x, effect)[param] for x in (weak, plain, strong))
    if effect == "lowpass":  # "very muffled" lowers the cutoff
        w, p, s = -w, -p, -s
    assert w < p < s


def test_intensity_on_pitch_words() -> None:
    assert only("very deep voice", "pitch")["semitones"] < -5.0
    assert -5.0 < only("a slightly deeper voice", "pitch")["semitones"] < 0.0


def test_intensity_applies_to_the_nearest_effect() -> None:
    plan = {e.name: e.params for e in parse_prompt("lots of reverb and a bit of echo").effects}
    assert plan["reverb"]["mix"] > EFFECTS["reverb"].params["mix"].default
    assert plan["echo"]["mix"] < EFFECTS["echo"].params["mix"].default
    plan = {e.name: e.params for e in parse_prompt("echo, very subtle").effects}
    assert plan["echo"]["mix"] < EFFECTS["echo"].params["mix"].default * 0.5


def test_whisper_amount() -> None:
    assert only("whisper", "whisper")["amount"] == 1.0
    assert only("a little whisper", "whisper")["amount"] == 0.5
    assert only("very whispery", "whisper")["amount"] == 1.0  # clamped


# -- combinations ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("a robot in a cathedral with a bit of echo", ["robot", "echo", "reverb"]),
        ("robot + echo + reverb", ["robot", "echo", "reverb"]),
        ("reverb + echo + robot", ["robot", "echo", "reverb"]),
        ("telephone, then reverb", ["telephone", "reverb"]),
        ("un robot dans une cathédrale", ["robot", "reverb"]),
        ("whisper behind a wall", ["whisper", "lowpass", "reverb"]),
        ("chipmunk on the phone", ["pitch", "telephone"]),
    ],
)
def test_combinations(prompt: str, expected: list[str]) -> None:
    plan = parse_prompt(prompt)
    assert names(prompt) == expected
    assert plan.unrecognized == ()
    assert [ORDER.index(n) for n in expected] == sorted(ORDER.index(n) for n in expected)


def test_combination_params() -> None:
    plan = {e.name: e.params for e in parse_prompt(
        "a robot in a cathedral with a bit of echo").effects}
    assert plan["echo"]["mix"] < EFFECTS["echo"].params["mix"].default
    assert plan["reverb"]["decay_s"] >= 3.5


def test_numbers_attach_to_the_nearest_effect() -> None:
    plan = {e.name: e.params for e in parse_prompt("a 2 s reverb and a 300 ms echo").effects}
    assert plan["reverb"]["decay_s"] == 2.0
    assert plan["echo"]["delay_ms"] == 300.0
    plan = {e.name: e.params for e in parse_prompt("reverb 3 s, echo 200 ms").effects}
    assert plan["reverb"]["decay_s"] == 3.0
    assert plan["echo"]["delay_ms"] == 200.0
    plan = {e.name: e.params for e in parse_prompt("robot at 80 Hz with a 5 Hz tremolo").effects}
    assert plan["robot"]["pitch_hz"] == 80.0
    assert plan["tremolo"]["rate_hz"] == 5.0


def test_same_effect_twice_merges_later_wins() -> None:
    plan = parse_prompt("a 300 ms echo, and more echo at 500 ms")
    assert [e.name for e in plan.effects] == ["echo"]
    assert plan.effects[0].params["delay_ms"] == 500.0
    assert only("in a cathedral, no, in a small room", "reverb")["decay_s"] < 1.0


def test_negation_removes_effect() -> None:
    assert names("robot without reverb") == ["robot"]
    assert names("robot, sans écho") == ["robot"]
    with pytest.raises(PromptError, match="only says what not to add"):
        parse_prompt("no reverb")


# -- folding, case, punctuation ------------------------------------------------------

@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("cathedrale", "cathédrale"),
        ("ROBOT!!!", "robot"),
        ("Walkie Talkie", "walkie-talkie"),
        ("lowpass", "low-pass"),
        ("Trémolo.", "tremolo"),
        ("ÉCHO DE 500 MS", "echo de 500 ms"),
        ("dans une CATHÉDRALE ?", "dans une cathedrale"),
    ],
)
def test_folding(a: str, b: str) -> None:
    assert parse_prompt(a) == parse_prompt(b)


# -- identity, errors, unrecognized words ---------------------------------------------

@pytest.mark.parametrize(
    "prompt",
    ["clean", "bypass", "no effect", "dry", "identity", "original", "sans effet", "Clean!"],
)
def test_identity(prompt: str) -> None:
    plan = parse_prompt(prompt)
    assert plan.is_identity
    assert plan == EffectPlan()


def test_unrecognized_words_reported() -> None:
    plan = parse_prompt("robot banana")
    assert [e.name for e in plan.effects] == ["robot"]
    assert plan.unrecognized == ("banana",)
    plan = parse_prompt("make it sound like a robot, with some xyzzy and some banana")
    assert plan.unrecognized == ("xyzzy", "banana")
    assert parse_prompt("robot 3").unrecognized == ("3",)


def test_stop_words_not_reported() -> None:
    for prompt in ["make it sound like a robot please", "fais-le sonner comme un robot",
                   "robot voice with some echo", "mets ma voix dans une cathédrale"]:
        assert parse_prompt(prompt).unrecognized == (), prompt


@pytest.mark.parametrize("prompt", ["banana", "xyzzy", "blorp fizzle"])
def test_unknown_prompt_error(prompt: str) -> None:
    with pytest.raises(PromptError) as info:
        parse_prompt(prompt)
    msg = str(info.value)
    assert "\n" not in msg
    assert prompt in msg
    for word in prompt.split():
        assert word in msg
    for name in ORDER:
        assert name in msg


def test_unknown_prompt_suggests_close_match() -> None:
    # "rowbut" is two edits from "robot": too far to be accepted, close enough to suggest.
    with pytest.raises(PromptError, match=r"did you mean 'robot'\?.*not understood: rowbut"):
        parse_prompt("rowbut voice")


def test_prompt_error_is_value_error() -> None:
    with pytest.raises(ValueError):
        parse_prompt("xyzzy")


@pytest.mark.parametrize("prompt", ["", "   ", "\n\t", "make it sound like", "300 ms"])
def test_empty_or_meaningless_prompt(prompt: str) -> None:
    with pytest.raises(PromptError):
        parse_prompt(prompt)


@pytest.mark.parametrize("bad", [3, None, b"robot", ["robot"]])
def test_non_str(bad: object) -> None:
    with pytest.raises(TypeError, match="expected the prompt as a str, got"):
        parse_prompt(bad)  # type: ignore[arg-type]


def test_non_str_message() -> None:
    with pytest.raises(TypeError, match="^expected the prompt as a str, got int$"):
        parse_prompt(3)  # type: ignore[arg-type]


@pytest.mark.parametrize("word", ["think", "closer", "quite", "later", "chair"])
def test_common_words_not_corrected_to_effects(word: str) -> None:
    assert parse_prompt(f"robot {word}").effects[0].name == "robot"
    assert names(f"robot {word}") == ["robot"]


# -- outputs --------------------------------------------------------------------------

def test_to_dict_shape() -> None:
    d = parse_prompt("robot in a cathedral, banana").to_dict()
    assert json.loads(json.dumps(d)) == d
    assert d == {
        "effects": [
            {"name": "robot", "params": {"pitch_hz": 100.0, "mix": 1.0}},
            {"name": "reverb", "params": {"decay_s": 4.0, "mix": 0.4, "predelay_ms": 30.0,
                                          "hf_decay": 0.9},
             "preset": "cathedral"},
        ],
        "unrecognized": ["banana"],
        "adjusted": [],
        "preset": ["cathedral"],
    }


def test_out_of_range_values_are_clamped_and_told() -> None:
    plan = parse_prompt("up 30 semitones")
    assert plan.effects[0].params["semitones"] == 24.0
    assert plan.adjusted == (
        "pitch.semitones 30 semitones is out of range (-24..24); using 24 semitones",
    )
    assert any("out of range" in line for line in plan.warnings())


def test_describe_plan() -> None:
    text = describe_plan(parse_prompt("a 300 ms echo on a robot, banana"))
    lines = text.splitlines()
    assert lines[0] == "robot: pitch_hz=100 Hz, mix=1"
    assert lines[1] == "echo: delay_ms=300 ms, feedback=0.3, mix=0.3"
    assert lines[2] == "not understood: banana"
    assert "no effect" in describe_plan(parse_prompt("clean"))


@pytest.mark.parametrize(
    ("prompt", "effect", "params"),
    [
        ("old radio", "noise", {"kind": 1.0}),  # AM radio: static
        ("an old film", "noise", {"kind": 2.0}),  # crackle
        ("lo-fi", "bitcrush", {"bits": 8.0}),
        ("tape hiss", "noise", {"kind": 0.0}),
        ("souffle", "noise", {"kind": 0.0}),
        ("grésillement", "noise", {"kind": 1.0}),
        ("craquements", "noise", {"kind": 2.0}),
        ("60 Hz hum", "noise", {"kind": 3.0, "hum_hz": 60.0}),
        ("ronflette", "noise", {"kind": 3.0, "hum_hz": 50.0}),
        ("crackle at -40 dB", "noise", {"kind": 2.0, "level_db": -40.0}),
        ("8-bit", "bitcrush", {"bits": 8.0}),
        ("crushed to 4 bits", "bitcrush", {"bits": 4.0}),
        ("compresseur", "compressor", {}),
        ("heavy compression", "compressor", {"ratio": 10.0}),
        ("compressor with a 5 ms attack and a 200 ms release", "compressor",
         {"attack_ms": 5.0, "release_ms": 200.0}),
        ("noise gate at -50 dB", "gate", {"threshold_db": -50.0}),
        ("porte de bruit", "gate", {}),
        ("jet plane flanger", "flanger", {}),
        ("phaser 8", "phaser", {"stages": 8.0}),
        ("phasing", "phaser", {}),
        ("élargir la stéréo", "width", {}),
        ("in mono", "width", {"amount": 0.0}),
        ("hard left", "pan", {"position": -1.0}),
        ("à droite", "pan", {"position": 0.7}),
        ("panoramique à gauche", "pan", {"position": -0.7}),
    ],
)
def test_words_of_the_new_effects(prompt: str, effect: str, params: dict) -> None:
    plan = parse_prompt(prompt)
    specs = {e.name: e for e in plan.effects}
    assert effect in specs, (prompt, [e.name for e in plan.effects])
    assert not plan.unrecognized, plan.unrecognized
    for k, v in params.items():
        assert specs[effect].params[k] == pytest.approx(v), (prompt, k)


def test_removing_noise_is_still_refused_with_a_note() -> None:
    for prompt in ("remove the noise", "enlève le bruit"):
        with pytest.raises(PromptError, match="cannot remove"):
            parse_prompt(prompt)


def test_a_bit_is_a_little_not_one_bit() -> None:
    assert [e.name for e in parse_prompt("a bit of echo").effects] == ["echo"]
    assert [e.name for e in parse_prompt("un peu de bitcrush").effects] == ["bitcrush"]


def test_noise_kind_reads_by_name_in_json_and_preset_files() -> None:
    plan = parse_prompt("old film")
    noise = next(e for e in plan.to_dict()["effects"] if e["name"] == "noise")
    assert noise["params"]["kind"] == "crackle"
    again = EffectPlan.from_json(plan.to_json())
    assert next(e for e in again.effects if e.name == "noise").params["kind"] == 2.0
