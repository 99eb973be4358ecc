"""Measured behaviour of width, pan and auto-pan on mid/side and left/right levels."""

from __future__ import annotations

import numpy as np
import pytest
from signals import run_chunks

from streaming_mllm.effects.base import EffectContext
from streaming_mllm.effects.model import default_framing
from streaming_mllm.effects.stereo import AutoPan, Pan, Width, mono_warning


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
    "effect", [Width({"amount": 2.0}, ctx_for(48000)), Pan({"position": -1.0}, ctx_for(48000)),
               AutoPan({"rate_hz": 2.0, "depth": 1.0}, ctx_for(48000))]
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


def _positions(y: np.ndarray, voice: np.ndarray) -> np.ndarray:
    """The pan position of each sample of ``y`` (a voice on both channels),
    read back from the left gain: ``theta = arccos(gain / sqrt 2)``."""
    nz = np.abs(voice) > 1e-3
    left = np.full(len(voice), np.nan)
    left[nz] = y[nz, 0] / voice[nz]
    theta = np.arccos(np.clip(left / np.sqrt(2), -1, 1))
    return theta * 4 / np.pi - 1


@pytest.mark.parametrize("sr", [16000, 44100, 48000])
@pytest.mark.parametrize(("rate", "depth"), [(0.25, 1.0), (2.0, 0.5), (7.0, 0.8)])
def test_autopan_sweeps_the_position_as_a_sine_at_equal_power(sr, rate, depth):
    seconds = 4.5
    voice = 0.3 * np.random.default_rng(4).standard_normal(int(seconds * sr))
    x = np.stack([voice, voice], axis=1)
    effect = AutoPan({"rate_hz": rate, "depth": depth}, ctx_for(sr))
    y = run_chunks(effect, x, sizes=[1, 511, 4096, 77])
    n = np.arange(len(voice))
    want = depth * np.sin(2 * np.pi * rate * n / sr)
    got = _positions(y, voice)
    ok = ~np.isnan(got)
    np.testing.assert_allclose(got[ok], want[ok], atol=1e-6)
    # it moves, it does not swell: the summed power is the input's at every sample
    np.testing.assert_allclose(y[:, 0] ** 2 + y[:, 1] ** 2, 2 * voice**2, rtol=1e-9, atol=1e-15)
    # the extremes are reached: a quarter of a cycle in, the left channel is at
    # its lowest (hard right at depth 1), three quarters in at its highest
    left_gain = np.sqrt(2) * np.cos((np.array([depth, -depth]) + 1) * np.pi / 4)
    quarter, three = int(round(sr / rate / 4)), int(round(3 * sr / rate / 4))
    for i, g in ((quarter, left_gain[0]), (three, left_gain[1])):
        assert y[i, 0] / voice[i] == pytest.approx(g, abs=2e-3 * rate)


def test_autopan_depth_zero_is_the_input_and_depth_one_reaches_both_sides():
    sr = 48000
    x = np.random.default_rng(6).standard_normal((sr, 2))
    still = run_chunks(AutoPan({"rate_hz": 1.0, "depth": 0.0}, ctx_for(sr)), x)
    np.testing.assert_allclose(still, x, rtol=1e-12)
    voice = np.ones(sr)
    full = run_chunks(AutoPan({"rate_hz": 1.0, "depth": 1.0}, ctx_for(sr)),
                      np.stack([voice, voice], axis=1))
    # hard right a quarter second in (left silent), hard left at three quarters
    assert abs(full[sr // 4, 0]) < 1e-9 and full[sr // 4, 1] == pytest.approx(np.sqrt(2))
    assert abs(full[3 * sr // 4, 1]) < 1e-9 and full[3 * sr // 4, 0] == pytest.approx(np.sqrt(2))


def test_autopan_keeps_its_phase_on_long_streams():
    """An hour in, the sweep is where a sine of the sample index puts it (a
    phase accumulated from float steps would have drifted)."""
    sr, rate = 48000, 0.3
    effect = AutoPan({"rate_hz": rate, "depth": 1.0}, ctx_for(sr))
    state = effect.new_state(2)
    state.samples = 3600 * sr
    ones = np.ones((sr, 2))
    y = effect.process(ones, state)
    n = 3600 * sr + np.arange(sr)
    want = np.sqrt(2) * np.cos((np.sin(2 * np.pi * (rate * n % sr) / sr) + 1) * np.pi / 4)
    np.testing.assert_allclose(y[:, 0], want, atol=1e-9)


def test_a_prompt_for_a_moving_pan_gets_the_autopan():
    from streaming_mllm.effects.prompt import parse_prompt

    for text, rate in [("pan left and right", 0.25), ("8D audio", 0.25),
                       ("pan slowly from left to right", 0.125),
                       ("de gauche à droite toutes les 2 secondes", 0.5),
                       ("une voix qui tourne autour de la tête", 0.25),
                       ("auto-pan at 3 Hz", 3.0)]:
        plan = parse_prompt(text)
        assert [s.name for s in plan.effects] == ["autopan"], text
        assert plan.effects[0].params["rate_hz"] == pytest.approx(rate), text
