"""Measured behaviour of the compressor and the noise gate.

Static curves on steady tones against the textbook formula, time constants
from level steps (63% of the change), at 16, 44.1 and 48 kHz.
"""

from __future__ import annotations

import numpy as np
import pytest
from signals import envelope_db, run_chunks

from streaming_mllm.effects.base import EffectContext
from streaming_mllm.effects.dynamics import GATE_HOLD_S, Compressor, Gate
from streaming_mllm.effects.model import default_framing

RATES = (16000, 44100, 48000)


def ctx_for(sr: int) -> EffectContext:
    return EffectContext(sr, *default_framing(sr))


def compressor(sr: int, **params: float) -> Compressor:
    p = dict(threshold_db=-20.0, ratio=4.0, attack_ms=10.0, release_ms=100.0, makeup_db=0.0)
    p.update(params)
    return Compressor(p, ctx_for(sr))


def gate(sr: int, **params: float) -> Gate:
    p = dict(threshold_db=-40.0, attack_ms=1.0, release_ms=50.0, floor_db=-60.0)
    p.update(params)
    return Gate(p, ctx_for(sr))


def stepped_tone(sr: int, levels_db, seconds: float, f: float = 1000.0) -> np.ndarray:
    """A tone whose peak level steps through ``levels_db``, ``seconds`` each."""
    n = int(seconds * sr)
    amp = np.repeat(10.0 ** (np.asarray(levels_db, float) / 20.0), n)
    return amp * np.sin(2 * np.pi * f * np.arange(len(amp)) / sr)


def peak_level_db(y: np.ndarray) -> float:
    """Peak level of a steady tone from its RMS (sqrt 2 times it)."""
    return float(20 * np.log10(np.sqrt(2 * np.mean(y**2))))


def time_to(track: np.ndarray, start: int, frm: float, to: float, sr: int) -> float:
    """Seconds after ``start`` until ``track`` covers 63% (1 - 1/e) of the way
    from ``frm`` to ``to``."""
    goal = to + (frm - to) * np.exp(-1.0)
    seg = track[start:]
    hit = seg >= goal if to > frm else seg <= goal
    assert hit.any(), "the level never gets there"
    return int(np.argmax(hit)) / sr


# ---------------------------------------------------------------------------- compressor


@pytest.mark.parametrize("sr", RATES)
@pytest.mark.parametrize(("threshold", "ratio", "makeup"), [(-20, 4, 0), (-30, 2, 6), (-12, 10, 3)])
def test_compressor_static_curve_on_steady_tones_within_half_a_db(sr, threshold, ratio, makeup):
    proc = compressor(sr, threshold_db=threshold, ratio=ratio, makeup_db=makeup)
    for level in (-45, -30, -20, -12, -6, -1):
        x = stepped_tone(sr, [level], 0.6)
        y = run_chunks(proc, x)
        out = peak_level_db(y[int(0.4 * sr) :])  # the last 0.2 s, settled
        expected = (
            level + makeup
            if level <= threshold
            else threshold + (level - threshold) / ratio + makeup
        )
        assert out == pytest.approx(expected, abs=0.5), (level, out, expected)


@pytest.mark.parametrize("sr", RATES)
def test_compressor_attack_and_release_time_constants(sr):
    attack, release = 0.012, 0.15
    proc = compressor(
        sr, threshold_db=-30, ratio=4, attack_ms=attack * 1e3, release_ms=release * 1e3
    )
    reduction = (-6 + 30) * (1 - 1 / 4)  # 18 dB at -6 dBFS
    # a steady level (DC) makes the gain exact at every sample: within 3%
    levels = np.repeat(10.0 ** (np.array([-40.0, -6.0, -40.0]) / 20.0), sr)
    y = run_chunks(proc, levels)
    gain = 20 * np.log10(y / levels)
    assert gain[sr - 1] == pytest.approx(0.0, abs=1e-6)
    assert gain[2 * sr - 1] == pytest.approx(-reduction, abs=1e-3)
    assert time_to(gain, sr, 0.0, -reduction, sr) == pytest.approx(attack, rel=0.03)
    assert time_to(gain, 2 * sr, -reduction, 0.0, sr) == pytest.approx(release, rel=0.03)
    # on a tone, measured from the output's envelope: within 20%
    x = stepped_tone(sr, [-40, -6, -40], 1.0)
    env = envelope_db(run_chunks(proc, x)) - envelope_db(x)
    assert time_to(env, sr, 0.0, -reduction, sr) == pytest.approx(attack, rel=0.2)
    assert time_to(env, 2 * sr, -reduction, 0.0, sr) == pytest.approx(release, rel=0.2)


def test_compressor_release_shorter_than_attack_acts_as_the_attack():
    sr = 48000
    proc = compressor(sr, threshold_db=-30, ratio=4, attack_ms=40, release_ms=5)
    levels = np.repeat(10.0 ** (np.array([-6.0, -40.0]) / 20.0), sr)
    gain = 20 * np.log10(run_chunks(proc, levels) / levels)
    assert time_to(gain, sr, -18.0, 0.0, sr) == pytest.approx(0.04, rel=0.03)


# ---------------------------------------------------------------------------- gate


@pytest.mark.parametrize("sr", RATES)
def test_gate_attenuates_to_the_floor_below_threshold_and_passes_above(sr):
    proc = gate(sr, threshold_db=-40, floor_db=-60)
    x = stepped_tone(sr, [-50, -20, -50, -30], 0.5)
    y = run_chunks(proc, x)
    n = len(x) // 4
    gains = [
        peak_level_db(y[k * n + n // 2 : (k + 1) * n])
        - peak_level_db(x[k * n + n // 2 : (k + 1) * n])
        for k in range(4)
    ]
    assert gains[0] == pytest.approx(-60, abs=0.5)
    assert gains[1] == pytest.approx(0, abs=0.5)
    assert gains[2] == pytest.approx(-60, abs=0.5)
    assert gains[3] == pytest.approx(0, abs=0.5)


@pytest.mark.parametrize("f", [40.0, 100.0, 1000.0])
def test_gate_stays_open_on_a_low_tone_between_its_peaks(f):
    # a gate that compared each sample with the threshold would close near
    # every zero crossing and chop the tone
    sr = 48000
    proc = gate(sr, threshold_db=-30, floor_db=-60, release_ms=5)
    x = stepped_tone(sr, [-20], 1.0, f=f)
    y = run_chunks(proc, x)
    ratio = y[sr // 2 :] / np.where(np.abs(x[sr // 2 :]) > 1e-9, x[sr // 2 :], 1.0)
    assert 20 * np.log10(np.abs(ratio[np.abs(x[sr // 2 :]) > 1e-3])).min() > -0.01


@pytest.mark.parametrize("sr", RATES)
def test_gate_time_constants(sr):
    attack, release, depth = 0.005, 0.08, 60.0
    proc = gate(
        sr, threshold_db=-40, attack_ms=attack * 1e3, release_ms=release * 1e3, floor_db=-depth
    )
    levels = np.repeat(10.0 ** (np.array([-50.0, -20.0, -50.0]) / 20.0), sr)
    gain = 20 * np.log10(run_chunks(proc, levels) / levels)
    assert gain[sr - 1] == pytest.approx(-depth, abs=1e-6)
    assert gain[2 * sr - 1] == pytest.approx(0.0, abs=1e-6)
    assert time_to(gain, sr, -depth, 0.0, sr) == pytest.approx(attack, rel=0.03)
    # the gate holds for GATE_HOLD_S before it starts to close
    hold = int(round(GATE_HOLD_S * sr))
    assert gain[2 * sr + hold - 2] == pytest.approx(0.0, abs=1e-6)
    assert time_to(gain, 2 * sr + hold, 0.0, -depth, sr) == pytest.approx(release, rel=0.03)


@pytest.mark.parametrize("make", [compressor, gate])
def test_dynamics_link_the_channels(make):
    # one gain for both channels, set by the louder: the image does not wander
    sr = 48000
    proc = make(sr)
    loud = stepped_tone(sr, [-50, -5, -50], 0.3)
    quiet = 0.01 * np.sin(2 * np.pi * 300 * np.arange(len(loud)) / sr)
    y = run_chunks(proc, np.stack([loud, quiet], axis=1))
    gain_loud = y[:, 0] / np.where(loud == 0, 1, loud)
    gain_quiet = y[:, 1] / np.where(quiet == 0, 1, quiet)
    both = (np.abs(loud) > 1e-6) & (np.abs(quiet) > 1e-6)
    np.testing.assert_allclose(gain_loud[both], gain_quiet[both], rtol=1e-9)
    assert gain_quiet[both].min() < 0.5  # the quiet channel follows the loud one's gain
