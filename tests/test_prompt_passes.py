"""Each pass of the prompt parser alone, and the tables it reads."""

from __future__ import annotations

import pytest

from streaming_mllm.effects.presets import PRESETS
from streaming_mllm.effects.prompt import MAX_PROMPT_CHARS, parse_prompt
from streaming_mllm.effects.prompt import lexicon as lx
from streaming_mllm.effects.prompt.normalize import tokenize
from streaming_mllm.effects.prompt.numbers import parse_digits, read_numbers
from streaming_mllm.effects.prompt.resolve import mentions_of, negate
from streaming_mllm.effects.prompt.words import correct_typo, match_words
from streaming_mllm.effects.registry import EFFECTS
from streaming_mllm.errors import PromptError


def quantities(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.kind) for q in read_numbers(tokenize(text), french=False)
            if hasattr(q, "kind")]


# -- normalize ------------------------------------------------------------------------

def test_tokens_split_letters_from_digits_and_fold_accents() -> None:
    assert [t.key for t in tokenize("Écho at800hz, 2k")] == ["echo", "at", "800", "hz", ",",
                                                              "2", "k"]


def test_prompt_length_is_capped_with_a_clear_error() -> None:
    parse_prompt("robot " * (MAX_PROMPT_CHARS // 6))
    with pytest.raises(PromptError, match=f"too long: 2001 characters, at most {MAX_PROMPT_CHARS}"):
        parse_prompt("r" * 2001)


# -- numbers ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "french", "value"), [
    ("1,000", False, 1000.0), ("1,000", True, 1.0), ("1,5", False, 1.5), ("1,5", True, 1.5),
    ("1.000", True, 1000.0), ("1.000", False, 1.0), ("0,500", False, 0.5),
    ("1,000,000", False, 1e6), ("1.234,5", True, 1234.5), ("-3", False, -3.0),
])
def test_digits_thousands_and_decimal_marks(text: str, french: bool, value: float) -> None:
    assert parse_digits(text, french) == value


@pytest.mark.parametrize(("text", "value", "kind"), [
    ("two hundred and fifty ms", 0.25, "time"), ("three hundred ms", 0.3, "time"),
    ("twenty-five percent", 0.25, "pct"), ("one thousand five hundred hz", 1500.0, "freq"),
    ("deux cent cinquante ms", 0.25, "time"), ("trois cents ms", 0.3, "time"),
    ("quatre-vingt-dix ms", 0.09, "time"), ("soixante et onze ms", 0.071, "time"),
    ("mille hz", 1000.0, "freq"), ("1 000 ms", 1.0, "time"), ("2k", 2000.0, "freq"),
    ("1.5 khz", 1500.0, "freq"), ("800hz", 800.0, "freq"), ("half a second", 0.5, "time"),
    ("une demi-seconde", 0.5, "time"), ("one and a half seconds", 1.5, "time"),
    ("deux secondes et demie", 2.5, "time"), ("a perfect fifth", 7.0, "semi"),
    ("une quinte", 7.0, "semi"), ("a major third", 4.0, "semi"),
    ("une tierce mineure", 3.0, "semi"), ("an octave and a half", 18.0, "semi"),
    ("une octave et demie", 18.0, "semi"), ("an octave and a fifth", 19.0, "semi"),
    ("a half step", 1.0, "semi"), ("trois demi-tons", 3.0, "semi"), ("un ton", 2.0, "semi"),
    ("minus 3 db", -3.0, "db"), ("moins 3 db", -3.0, "db"), ("50 cents", 0.5, "semi"),
    ("120 bpm", 2.0, "freq"),
])
def test_numbers_and_units(text: str, value: float, kind: str) -> None:
    (got,) = quantities(text)
    assert got[1] == kind and got[0] == pytest.approx(value)


def test_a_range_gives_the_first_number_the_second_ones_unit() -> None:
    assert quantities("300 to 3400 Hz") == [(300.0, "freq"), (3400.0, "freq")]
    assert quantities("300-3400 Hz") == [(300.0, "freq"), (3400.0, "freq")]


# -- words -------------------------------------------------------------------------------

@pytest.mark.parametrize(("typo", "word"), [
    ("ecco", "echo"), ("reverbb", "reverb"), ("robto", "robot"), ("tremelo", "tremolo"),
    ("cathedarl", "cathedral"), ("chipmonk", "chipmunk"), ("gates", "gate"),
    ("vocoderr", "vocoder"), ("fantme", "fantome"),
])
def test_typos_are_corrected(typo: str, word: str) -> None:
    assert correct_typo(typo) == word


@pytest.mark.parametrize("word", ["think", "closer", "quite", "later", "chair", "mouth",
                                  "horse", "sing", "chante", "smoothie",
                                  # everyday words one edit from a keyword (common_words)
                                  "better", "matter", "wife", "lord", "poor", "best",
                                  "watch", "then", "story", "contre", "ville", "monde"])
def test_common_words_are_not_typos(word: str) -> None:
    assert correct_typo(word) is None


def test_exact_phrases_keep_their_filler_and_exact_filler_is_dropped() -> None:
    # "well" alone is filler ("well, louder"; "as well"): "in a well" is a place
    items = match_words(read_numbers(tokenize("a frog in a well")))
    assert [(i.kind, i.meaning.preset if i.meaning else "") for i in items] == [
        ("phrase", "child"), ("phrase", "cave")]
    items = match_words(read_numbers(tokenize("robot as well as echo")))
    assert [i.meaning.effect for i in items if i.meaning] == ["robot", "echo"]
    assert all(i.kind == "phrase" for i in items)


def test_longest_phrase_wins_and_filler_is_dropped() -> None:
    items = match_words(read_numbers(tokenize("make it sound like it is behind the wall")))
    assert [(i.kind, i.meaning.preset if i.meaning else "") for i in items] == [
        ("phrase", "through-a-wall")]
    items = match_words(read_numbers(tokenize("a voice through the wall, sound banana")))
    assert [i.kind for i in items] == ["filler", "phrase", "sep", "unknown"]


def test_every_phrase_has_one_meaning_and_no_filler_only_phrase() -> None:
    assert lx._CONFLICTS == []
    # an effect phrase that lost words to the filler list must not take a
    # language word's place ("turn it up" would become "up", a gain)
    language = {lx.phrase_key(p) for phrases, _ in lx._LANGUAGE for p in phrases.split("|")}
    shadowed = {k for k, m in lx.TABLE.items() if m.kind in ("effect", "preset") and k in language}
    # the noise effect is called "noise" ("bruit" in French): added noise; a
    # removal ("remove the noise", "enlève le bruit") still gets the note
    assert shadowed <= {("sharp",), ("boost",), ("noise",), ("bruit",)}


def test_presets_name_only_registered_effects_and_parameters() -> None:
    for preset in PRESETS.values():
        for effect, params in preset.chain.items():
            assert set(params) <= set(EFFECTS[effect].params)
        assert parse_prompt(preset.name.replace("-", " ")).effects[0].preset == preset.name


# -- resolve -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "negated"), [
    ("robot but no echo or reverb", {"echo", "reverb"}),
    ("no echo, reverb", {"echo"}),
    ("sans écho ni réverb, robot", {"echo", "reverb"}),
    ("robot, echo off", {"echo"}),
    ("n'ajoute pas d'écho", {"echo"}),
])
def test_negation_reaches_to_the_end_of_its_part(text: str, negated: set[str]) -> None:
    items = match_words(read_numbers(tokenize(text)))
    mentions = mentions_of(items)
    result = negate(items, mentions)
    assert result.negated_effects == negated


def test_removal_is_reported_not_done() -> None:
    plan = parse_prompt("robot, remove the reverb")
    assert [e.name for e in plan.effects] == ["robot"]
    assert plan.notes and "cannot remove reverb" in plan.notes[0]
    assert any("cannot remove" in w for w in plan.warnings())


# -- attach and plan -------------------------------------------------------------------------

def test_suggestions_by_meaning_then_spelling() -> None:
    with pytest.raises(PromptError, match=r"did you mean 'reverb'\?.*streaming-mllm effects"):
        parse_prompt("reverbish banana")
    with pytest.raises(PromptError, match=r"did you mean 'robot'\?"):
        parse_prompt("rowbut voice")


def test_explain_json_keeps_its_format_and_names_presets() -> None:
    d = parse_prompt("a giant in a cave, banana").to_dict()
    assert list(d)[:3] == ["effects", "unrecognized", "adjusted"]
    assert d["preset"] == ["giant", "cave"]
    assert {e["preset"] for e in d["effects"]} == {"giant", "cave"}
    assert d["unrecognized"] == ["banana"]


# -- README ------------------------------------------------------------------------------------

def test_readme_prompt_examples_are_printed_as_shown() -> None:
    import re
    import shlex
    from pathlib import Path

    from click.testing import CliRunner

    from streaming_mllm.cli import main

    text = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    section = text[text.index("## The prompt language"):]
    block = re.search(r"```text\n(.*?)```", section, re.S)
    assert block is not None
    runs = re.split(r"^\$ ", block.group(1), flags=re.M)[1:]
    assert len(runs) >= 4
    for run in runs:
        command, _, shown = run.partition("\n")
        args = shlex.split(command)[1:]
        result = CliRunner().invoke(main, args)
        assert result.output == shown, command
