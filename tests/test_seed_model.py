"""The seed notebook's model: its interface kept, its defects fixed."""

from __future__ import annotations

import notebook_reference
import numpy as np
import pytest

from streaming_mllm import (
    DEFAULT_CONFIG,
    AudioInputError,
    AudioTextToAudioMLLM,
    AudioTypeError,
    ConfigError,
    PromptError,
)
from streaming_mllm.encoder import AudioEncoder
from streaming_mllm.fusion import FusionModule
from streaming_mllm.reasoning import ReasoningModule
from streaming_mllm.text import SimpleTokenizer, TextEncoder
from streaming_mllm.vocoder import Vocoder

PROMPT = "make it sound like a robot"


@pytest.fixture(scope="module")
def model() -> AudioTextToAudioMLLM:
    return AudioTextToAudioMLLM(DEFAULT_CONFIG)


def noise(n: int, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal(n).astype(np.float32)


def notebook_generate(model: AudioTextToAudioMLLM, waveform: np.ndarray, text: str) -> np.ndarray:
    """The notebook's own cells (vendored verbatim), run on the model's weights."""
    return notebook_reference.with_weights_of(model).generate(waveform, text)


def test_notebook_example_shape(model):
    out = model.generate(noise(16000 * 2), PROMPT)
    assert out.shape == (44544,)
    assert out.dtype == np.float32


def test_matches_the_notebook_loop(model):
    x = noise(10000, seed=3)
    ref = notebook_generate(model, x.astype(np.float64), PROMPT)
    np.testing.assert_allclose(model.generate(x, PROMPT), ref, rtol=1e-4, atol=1e-4)


def test_stage_shapes():
    enc = AudioEncoder(output_dim=8, frame_length=16, hop_length=4)
    assert enc.encode(noise(100)).shape == (1 + (100 - 16) // 4, 8)
    tok = SimpleTokenizer(list("abc "))
    assert tok.tokenize("a cab") == [0, 3, 2, 0, 1]
    assert TextEncoder(4, 5).encode([0, 3, 1]).shape == (3, 5)
    fused = FusionModule(8, 5, 6).fuse(np.ones((7, 8)), np.ones((3, 5)))
    assert fused.shape == (10, 6)
    assert ReasoningModule(6).process(fused).shape == (10, 6)
    assert Vocoder(6, 11).decode(fused).shape == (110,)


def test_same_config_same_output_and_seed_changes_it():
    x = noise(5000)
    a = AudioTextToAudioMLLM(DEFAULT_CONFIG).generate(x, PROMPT)
    b = AudioTextToAudioMLLM(DEFAULT_CONFIG).generate(x, PROMPT)
    c = AudioTextToAudioMLLM({**DEFAULT_CONFIG, "seed": 1}).generate(x, PROMPT)
    np.testing.assert_array_equal(a, b)
    assert np.abs(a - c).max() > 0.1


def test_output_level_follows_input_level(model):
    # The notebook's raw standard-normal weights gave a std near 30,000 here.
    for level in (1.0, 0.1):
        out = model.generate(level * noise(32000), PROMPT)
        audio_part = out[: -len(PROMPT) * 512]
        assert 0.5 * level < audio_part.std() < 2 * level


def test_upper_case_prompt_is_lower_cased(model):
    x = noise(4096)
    np.testing.assert_array_equal(model.generate(x, "ROBOT"), model.generate(x, "robot"))


@pytest.mark.parametrize(
    ("waveform", "exc", "words"),
    [
        (np.zeros(1023, np.float32), AudioInputError, "frame_length=1024 samples, got 1023"),
        (np.float32(0.5), AudioInputError, "got shape ()"),
        (np.zeros((2, 3, 4096)), AudioInputError, "got shape (2, 3, 4096)"),
        (np.zeros((4096, 2)), AudioInputError, "got shape (4096, 2)"),
        (np.r_[np.zeros(2000), np.nan, np.zeros(2000)], AudioInputError, "1 NaN/Inf"),
        (np.r_[np.zeros(2000), np.inf], AudioInputError, "NaN/Inf"),
        (np.array(["a"] * 2000), AudioTypeError, "float array"),
        (np.zeros(2000, np.int16), AudioTypeError, "int16"),
    ],
)
def test_bad_audio_is_named(model, waveform, exc, words):
    with pytest.raises(exc) as info:
        model.generate(waveform, PROMPT)
    assert words in str(info.value)


def test_prompt_without_known_characters(model):
    with pytest.raises(PromptError, match="at least one character of the vocabulary"):
        model.generate(noise(4096), "1234!?")
    with pytest.raises(PromptError):
        model.generate(noise(4096), "")
    with pytest.raises(TypeError, match="got int"):
        model.generate(noise(4096), 42)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"frame_length": 0}, "'frame_length' must be a positive int, got 0"),
        ({"hop_length": -3}, "'hop_length' must be a positive int, got -3"),
        ({"projection_dim": 2.5}, "'projection_dim' must be a positive int"),
        ({"hop_length": 2048}, "'hop_length' must be at most frame_length (1024), got 2048"),
        ({"vocab": []}, "empty vocabulary"),
        ({"vocab": ["ab"]}, "single characters"),
        ({"vocab": list("aab")}, "repeat"),
        ({"seed": -1}, "'seed' must be a non-negative int"),
        ({"colour": "red"}, "unknown config entry 'colour'"),
    ],
)
def test_bad_config_is_named(change, words):
    with pytest.raises(ConfigError) as info:
        AudioTextToAudioMLLM({**DEFAULT_CONFIG, **change})
    assert words in str(info.value)


def test_missing_config_entry():
    config = dict(DEFAULT_CONFIG)
    del config["vocab"]
    with pytest.raises(ConfigError, match="missing config entry 'vocab'"):
        AudioTextToAudioMLLM(config)


def test_other_output_frame_length_offline():
    model = AudioTextToAudioMLLM({**DEFAULT_CONFIG, "output_frame_length": 300})
    out = model.generate(noise(32000), PROMPT)
    assert out.shape == ((61 + len(PROMPT)) * 300,)


def test_replacing_a_stage_weight_is_seen_by_generate():
    model = AudioTextToAudioMLLM(DEFAULT_CONFIG)
    x = noise(4096)
    before = model.generate(x, PROMPT)
    model.vocoder.decoding_weights = 2 * model.vocoder.decoding_weights
    np.testing.assert_allclose(model.generate(x, PROMPT), 2 * before, rtol=1e-5, atol=1e-6)


def test_tokenizer_looks_up_lower_case_unlike_the_notebook(model):
    # the one documented change from the notebook's cells
    nb = notebook_reference.with_weights_of(model)
    assert nb.tokenizer.tokenize("Robot") == nb.tokenizer.tokenize("obot")
    assert model.tokenizer.tokenize("Robot") == model.tokenizer.tokenize("robot")
