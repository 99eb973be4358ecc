"""Band edges, echo delays and modulation rates measured at 16, 44.1 and
96 kHz, not only 48 kHz (issue 7: a cutoff or a delay computed at the wrong
rate, e.g. scaled by samplerate / 48000, must fail here)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.signal import hilbert
from signals import db, effect_stream, sine

RATES = [16000, 44100, 96000]


def gain_db(name: str, sr: int, f: float, **params: float) -> float:
    x = sine(f, 0.5, sr, level=0.3)
    y = effect_stream(name, sr, **params).process_all(x)[: len(x)]
    mid = slice(len(x) // 4, 3 * len(x) // 4)
    return db(np.mean(y[mid].astype(np.float64) ** 2) / np.mean(x[mid].astype(np.float64) ** 2))


@pytest.mark.parametrize("sr", RATES)
def test_lowpass_and_highpass_edges(sr):
    # an octave inside the band passes, two octaves outside is cut
    assert gain_db("lowpass", sr, 500, cutoff_hz=1000) > -1.5
    assert gain_db("lowpass", sr, 4000, cutoff_hz=1000) < -20
    assert gain_db("highpass", sr, 2000, cutoff_hz=1000) > -1.5
    assert gain_db("highpass", sr, 250, cutoff_hz=1000) < -20


@pytest.mark.parametrize("sr", RATES)
def test_telephone_band(sr):
    assert gain_db("telephone", sr, 1000) > -1.5
    assert gain_db("telephone", sr, 80) < -20
    assert gain_db("telephone", sr, 7000) < -20


@pytest.mark.parametrize("sr", RATES)
def test_echo_delay_in_samples(sr):
    n = sr
    x = np.zeros(n, np.float32)
    x[100] = 0.5
    y = effect_stream("echo", sr, delay_ms=123.0, feedback=0.0, mix=0.5).process_all(x)
    delay = int(round(0.123 * sr))
    assert np.argmax(np.abs(y[200:])) + 200 == 100 + delay
    assert abs(y[100 + delay]) == pytest.approx(0.25, rel=1e-3)


@pytest.mark.parametrize("sr", RATES)
def test_tremolo_rate(sr):
    x = sine(1000, 2.0, sr, level=0.3)
    y = effect_stream("tremolo", sr, rate_hz=7.0, depth=0.8).process_all(x)[: len(x)]
    env = np.abs(hilbert(y.astype(np.float64)))[sr // 4 : -sr // 4]
    env -= env.mean()
    spec = np.abs(np.fft.rfft(env * np.hanning(len(env)), 16 * len(env)))
    f = np.fft.rfftfreq(16 * len(env), 1 / sr)
    assert f[np.argmax(spec)] == pytest.approx(7.0, abs=0.1)


@pytest.mark.parametrize("sr", RATES)
def test_vibrato_rate(sr):
    x = sine(1000, 2.0, sr, level=0.3)
    y = effect_stream("vibrato", sr, rate_hz=6.0, depth_semitones=1.0).process_all(x)
    a = hilbert(y[: len(x)].astype(np.float64))
    inst = np.diff(np.unwrap(np.angle(a))) * sr / (2 * np.pi)
    inst = inst[sr // 4 : -sr // 4]
    inst -= inst.mean()
    spec = np.abs(np.fft.rfft(inst * np.hanning(len(inst)), 16 * len(inst)))
    f = np.fft.rfftfreq(16 * len(inst), 1 / sr)
    low = f < 50  # the modulation, not the carrier's rounding noise
    assert f[low][np.argmax(spec[low])] == pytest.approx(6.0, abs=0.1)
