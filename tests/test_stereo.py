"""Measured behaviour of width and pan on mid/side and left/right levels."""

from __future__ import annotations

import numpy as np
import pytest
from signals import run_chunks

from streaming_mllm.effects.base import EffectContext
from streaming_mllm.effects.model import default_framing
from streaming_mllm.effects.stereo import Pan, Width, mono_warning


def ctx_for(sr: int) -> EffectContext:
    return EffectContext(sr, *default_framing(sr))


def mid_side(y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return 0.5 * (y[:, 0] + y[:, 1]), 0.5 * (y[:, 0] - y[:, 1])


def level_db(v: np.ndarray) -> float:
    return float(10 * np.log10(np.mean(v**2) + 1e-300))


@pytest.fixture
def stereo() -> np.ndarray:
    rng = np.random.default_rng(5)
    mid, side = 0.2 * rng.standard_normal(48000), 0.1 * rng.standard_normal(48000)
    return np.stack([mid + side, mid - side], axis=1)


@pytest.mark.parametrize("amount", [0.0, 0.5, 1.0, 1.5, 2.0])
def test_width_scales_the_side_and_keeps_the_mid(stereo, amount):
    y = run_chunks(Width({"amount": amount}, ctx_for(48000)), stereo)
    mid_in, side_in = mid_side(stereo)
    mid_out, side_out = mid_side(y)
    np.testing.assert_allclose(mid_out, mid_in, atol=1e-12)
    np.testing.assert_allclose(side_out, amount * side_in, atol=1e-12)
    if amount == 0:
        np.testing.assert_array_equal(y[:, 0], y[:, 1])  # folded to mono
    else:
        assert level_db(side_out) - level_db(side_in) == pytest.approx(
            20 * np.log10(amount), abs=1e-9
        )


@pytest.mark.parametrize("position", [-1.0, -0.5, 0.0, 0.3, 1.0])
def test_pan_is_equal_power(position):
    sr = 44100
    voice = 0.3 * np.random.default_rng(1).standard_normal(sr)
    x = np.stack([voice, voice], axis=1)  # a mono voice on both channels
    y = run_chunks(Pan({"position": position}, ctx_for(sr)), x)
    theta = (position + 1) * np.pi / 4
    left, right = np.sqrt(2) * np.cos(theta), np.sqrt(2) * np.sin(theta)
    np.testing.assert_allclose(y[:, 0], left * voice, atol=1e-12)
    np.testing.assert_allclose(y[:, 1], right * voice, atol=1e-12)
    # the total power does not move with the position
    power = np.mean(y[:, 0] ** 2 + y[:, 1] ** 2)
    assert power == pytest.approx(2 * np.mean(voice**2), rel=1e-12)


def test_pan_extremes_and_centre():
    x = np.random.default_rng(2).standard_normal((1000, 2))
    ctx = ctx_for(16000)
    hard_left = run_chunks(Pan({"position": -1.0}, ctx), x)
    assert np.abs(hard_left[:, 1]).max() < 1e-12
    np.testing.assert_allclose(hard_left[:, 0], np.sqrt(2) * x[:, 0], rtol=1e-12)
    hard_right = run_chunks(Pan({"position": 1.0}, ctx), x)
    assert np.abs(hard_right[:, 0]).max() < 1e-12
    np.testing.assert_allclose(run_chunks(Pan({"position": 0.0}, ctx), x), x, rtol=1e-12)


@pytest.mark.parametrize(
    "effect", [Width({"amount": 2.0}, ctx_for(48000)), Pan({"position": -1.0}, ctx_for(48000))]
)
def test_stereo_effects_leave_mono_unchanged_and_warn(effect):
    x = np.random.default_rng(3).standard_normal(100)
    np.testing.assert_array_equal(run_chunks(effect, x), x)
    assert mono_warning(["width", "pan", "echo"], 1) == [
        "width needs a stereo stream: add --output-channels 2 (output_channels=2) to hear it",
        "pan needs a stereo stream: add --output-channels 2 (output_channels=2) to hear it",
    ]
    assert mono_warning(["width", "pan"], 2) == []


def test_a_mono_stream_warns_that_pan_and_width_need_two_channels():
    from signals import effect_stream

    mono = effect_stream("pan", 48000, channels=1, position=-1.0)
    assert mono.warnings() == [
        "warning: pan needs a stereo stream: add --output-channels 2 (output_channels=2) to hear it"
    ]
    assert effect_stream("pan", 48000, channels=2, position=-1.0).warnings() == []
