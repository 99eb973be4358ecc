"""Measured behaviour of the flanger, the phaser and the wah: where their
notches or resonance are, how many, and the rate at which they sweep.

The filters are probed with impulses: each impulse response, transformed
with plenty of zero padding, is the transfer function at that moment (the
sweep moves negligibly during a response).
"""

from __future__ import annotations

import numpy as np
import pytest
from signals import run_chunks

from streaming_mllm.effects.base import EffectContext
from streaming_mllm.effects.model import default_framing
from streaming_mllm.effects.modulation import Flanger
from streaming_mllm.effects.swept import PHASER_RANGE_HZ, Phaser, Wah

RATES = (16000, 44100, 48000)
PAD = 1 << 16


def ctx_for(sr: int) -> EffectContext:
    return EffectContext(sr, *default_framing(sr))


def flanger(sr: int, **params: float) -> Flanger:
    p = dict(rate_hz=0.5, depth_ms=3.0, delay_ms=1.0, feedback=0.0, mix=0.5)
    p.update(params)
    return Flanger(p, ctx_for(sr))


def phaser(sr: int, **params: float) -> Phaser:
    p = dict(rate_hz=0.5, stages=4, feedback=0.0, mix=0.5)
    p.update(params)
    return Phaser(p, ctx_for(sr))


def responses(proc, sr: int, spacing: int, count: int, length: int) -> np.ndarray:
    """Magnitude responses ``(count, PAD // 2 + 1)`` to impulses ``spacing`` apart."""
    x = np.zeros(spacing * count)
    x[::spacing] = 1.0
    y = run_chunks(proc, x).reshape(count, spacing)[:, :length]
    return np.abs(np.fft.rfft(y, PAD, axis=1))


def freqs(sr: int) -> np.ndarray:
    return np.fft.rfftfreq(PAD, 1 / sr)


def notches(mag: np.ndarray, sr: int, depth_db: float = -30.0) -> np.ndarray:
    """Frequencies of the local minima of one response deeper than ``depth_db``."""
    db = 20 * np.log10(mag + 1e-12)
    inner = (db[1:-1] < db[:-2]) & (db[1:-1] <= db[2:]) & (db[1:-1] < depth_db)
    return freqs(sr)[1:-1][inner]


def fitted_rate(t: np.ndarray, track: np.ndarray, nominal: float) -> float:
    """The sweep rate whose sinusoid (any phase and offset) fits ``track`` best."""
    grid = np.linspace(0.5 * nominal, 2.0 * nominal, 3001)
    best, best_err = nominal, np.inf
    for r in grid:
        basis = np.stack([np.ones_like(t), np.cos(2 * np.pi * r * t), np.sin(2 * np.pi * r * t)], 1)
        coef, *_ = np.linalg.lstsq(basis, track, rcond=None)
        err = np.sum((basis @ coef - track) ** 2)
        if err < best_err:
            best, best_err = r, err
    return float(best)


# ---------------------------------------------------------------------------- flanger


@pytest.mark.parametrize("sr", RATES)
@pytest.mark.parametrize("feedback", [0.0, 0.6, -0.6])
def test_flanger_notches_at_odd_multiples_of_half_the_inverse_delay(sr, feedback):
    d = 2e-3
    proc = flanger(sr, depth_ms=0.0, delay_ms=d * 1e3, feedback=feedback)
    mag = responses(proc, sr, 8192, 1, 8192)[0]
    odd = (2 * np.arange(4) + 1) / (2 * d)  # 250, 750, 1250, 1750 Hz
    if feedback >= 0:
        found = notches(mag, sr, depth_db=-12 if feedback else -40)
        assert len(found) >= 4
        np.testing.assert_allclose(found[:4], odd, rtol=0.01)
    # with the delayed copy e = exp(-j w d) = +-1, H = 1/2 + e / (2 (1 - fb e)):
    # positive feedback raises the peaks at k / d, negative turns the notches into peaks
    f = freqs(sr)
    at = lambda hz: 20 * np.log10(mag[np.argmin(np.abs(f - hz))])  # noqa: E731
    assert at(1 / d) == pytest.approx(20 * np.log10(0.5 + 0.5 / (1 - feedback)), abs=0.3)
    if feedback:
        assert at(odd[0]) == pytest.approx(20 * np.log10(abs(0.5 - 0.5 / (1 + feedback))), abs=0.3)


@pytest.mark.parametrize("sr", RATES)
@pytest.mark.parametrize("rate", [0.3, 1.1])
def test_flanger_notch_sweeps_at_the_rate_over_the_delay_range(sr, rate):
    low, depth = 1e-3, 3e-3
    proc = flanger(sr, rate_hz=rate, delay_ms=low * 1e3, depth_ms=depth * 1e3)
    spacing = int(0.02 * sr)
    count = int(3.2 / rate / 0.02)  # a little over three sweeps
    mags = responses(proc, sr, spacing, count, spacing)
    first = np.array([notches(m, sr, depth_db=-20)[0] for m in mags])  # the lowest notch
    delay = 1 / (2 * first)
    t = np.arange(count) * spacing / sr
    assert fitted_rate(t, delay, rate) == pytest.approx(rate, rel=0.05)
    assert delay.min() == pytest.approx(low, rel=0.05)
    assert delay.max() == pytest.approx(low + depth, rel=0.05)


# ---------------------------------------------------------------------------- phaser


@pytest.mark.parametrize("sr", RATES)
@pytest.mark.parametrize("stages", [2, 4, 6, 8, 12])
def test_phaser_with_s_stages_has_s_over_2_notches_where_theory_puts_them(sr, stages):
    # rate 0.01 Hz: the sweep stays at its low end for the whole measurement
    proc = phaser(sr, stages=stages, rate_hz=0.01)
    mag = responses(proc, sr, 16384, 1, 16384)[0]
    found = notches(mag, sr)
    assert len(found) == stages // 2
    k = np.arange(stages // 2)
    fc = PHASER_RANGE_HZ[0]
    expected = (
        sr / np.pi * np.arctan(np.tan(np.pi * fc / sr) * np.tan((2 * k + 1) * np.pi / (2 * stages)))
    )
    np.testing.assert_allclose(found, expected, rtol=0.02)
    assert mag.max() <= 1.0 + 1e-9  # no feedback: x + an all-pass never exceeds twice x


@pytest.mark.parametrize("sr", RATES)
@pytest.mark.parametrize("rate", [0.3, 1.1])
def test_phaser_notches_sweep_at_the_rate_over_the_range(sr, rate):
    proc = phaser(sr, rate_hz=rate, stages=2)
    spacing = int(0.02 * sr)
    count = int(3.2 / rate / 0.02)
    mags = responses(proc, sr, spacing, count, spacing)
    f = freqs(sr)
    band = (f > 0.5 * PHASER_RANGE_HZ[0]) & (f < 2 * PHASER_RANGE_HZ[1])
    notch = np.array([f[band][np.argmin(m[band])] for m in mags])
    # two stages: the notch sits at the break frequency itself
    sweep = np.log(notch)
    t = np.arange(count) * spacing / sr
    assert fitted_rate(t, sweep, rate) == pytest.approx(rate, rel=0.05)
    assert notch.min() == pytest.approx(PHASER_RANGE_HZ[0], rel=0.05)
    assert notch.max() == pytest.approx(PHASER_RANGE_HZ[1], rel=0.05)


def test_phaser_feedback_resonates_between_the_notches():
    sr = 48000
    flat = responses(phaser(sr, stages=4, rate_hz=0.01), sr, 16384, 1, 16384)[0]
    fed = responses(phaser(sr, stages=4, rate_hz=0.01, feedback=0.7), sr, 16384, 1, 16384)[0]
    assert flat.max() <= 1.0 + 1e-9
    assert 20 * np.log10(fed.max()) > 3.0
    assert len(notches(fed, sr, depth_db=-10)) == 2  # still S/2 dips


# ------------------------------------------------------------------------------- wah


def wah(sr: int, **params: float) -> Wah:
    p = dict(rate_hz=0.25, low_hz=400.0, high_hz=2000.0, q=4.0, shape=0.0, mix=1.0)
    p.update(params)
    return Wah(p, ctx_for(sr))


def peak_and_bandwidth(mag: np.ndarray, sr: int) -> tuple[float, float, float]:
    """Frequency and gain (dB) of the response's peak, and its -3 dB width (Hz)."""
    db = 20 * np.log10(mag + 1e-12)
    i = int(np.argmax(db))
    above = np.nonzero(db >= db[i] - 3.0103)[0]
    f = freqs(sr)
    return float(f[i]), float(db[i]), float(f[above[-1]] - f[above[0]])


@pytest.mark.parametrize("sr", RATES)
@pytest.mark.parametrize(("fc", "q"), [(400.0, 4.0), (1000.0, 2.0), (2500.0, 8.0)])
def test_wah_band_peaks_at_0_db_on_its_centre_with_width_centre_over_q(sr, fc, q):
    """A sweep of one frequency is a fixed band-pass: unit gain at the centre,
    a -3 dB band fc / q wide (the state-variable filter's band output)."""
    mag = responses(wah(sr, low_hz=fc, high_hz=fc, q=q), sr, sr // 2, 1, sr // 2)[0]
    f, gain_db, width = peak_and_bandwidth(mag, sr)
    assert f == pytest.approx(fc, rel=0.005)
    assert gain_db == pytest.approx(0.0, abs=0.01)
    # the band edges of the analog prototype, Omega0 (sqrt(1 + 1 / 4q^2) +- 1 / 2q),
    # mapped back through the bilinear transform: fc / q at low frequencies,
    # narrower near Nyquist (15% at 2.5 kHz and 16 kHz)
    w0 = np.tan(np.pi * fc / sr)
    edges = w0 * (np.sqrt(1 + 1 / (4 * q * q)) + np.array([-1, 1]) / (2 * q))
    exact = np.diff(sr / np.pi * np.arctan(edges))[0]
    assert width == pytest.approx(exact, abs=2 * sr / PAD)  # two bins of the grid
    if fc / sr < 0.03:
        assert width == pytest.approx(fc / q, rel=0.02)
    # two octaves below, the analog band-pass (r / q) / |1 - r^2 + j r / q| at the
    # warped frequency ratio r: about -20 log10(q 15 / 4) dB, -29.5 dB at q = 8
    i = np.searchsorted(freqs(sr), fc / 4)
    r = np.tan(np.pi * freqs(sr)[i] / sr) / w0
    analog = (r / q) / np.hypot(1 - r * r, r / q)
    assert 20 * np.log10(mag[i]) == pytest.approx(20 * np.log10(analog), abs=0.05)


@pytest.mark.parametrize("sr", RATES)
def test_wah_low_shape_passes_dc_and_resonates_by_q_at_its_cutoff(sr):
    fc, q = 1000.0, 3.0
    mag = responses(wah(sr, low_hz=fc, high_hz=fc, q=q, shape=1.0), sr, sr // 2, 1, sr // 2)[0]
    f = freqs(sr)
    assert mag[0] == pytest.approx(1.0, abs=1e-6)  # DC through
    assert mag[np.searchsorted(f, fc)] == pytest.approx(q, rel=0.01)  # +9.5 dB at fc
    # two octaves above, the analog low-pass 1 / |1 - r^2 + j r / q| at the warped
    # frequency ratio r: 12 dB per octave (-23.5 dB at 48 kHz; -27.7 at 16 kHz,
    # where the bilinear transform puts a zero at Nyquist)
    i = np.searchsorted(f, 4 * fc)
    r = np.tan(np.pi * f[i] / sr) / np.tan(np.pi * fc / sr)
    assert 20 * np.log10(mag[i]) == pytest.approx(-20 * np.log10(np.hypot(1 - r * r, r / q)),
                                                  abs=0.05)
    if sr == 48000:
        assert 20 * np.log10(mag[i]) == pytest.approx(-24.0, abs=1.0)


@pytest.mark.parametrize("sr", RATES)
def test_wah_sweeps_its_centre_from_low_to_high_and_back_at_the_rate(sr):
    """Impulses every 1/8 of a cycle: the centre starts at ``low_hz``, reaches
    ``high_hz`` half a cycle later, the geometric middle at a quarter, and
    follows ``low (high / low) ** ((1 - cos) / 2)`` in between."""
    rate, lo, hi = 0.5, 300.0, 2400.0
    spacing = int(sr / rate / 8)
    mags = responses(wah(sr, rate_hz=rate, low_hz=lo, high_hz=hi), sr, spacing, 17, 4096)
    peaks = np.array([freqs(sr)[np.argmax(m)] for m in mags])
    t = np.arange(17) * spacing / sr
    want = lo * (hi / lo) ** (0.5 * (1 - np.cos(2 * np.pi * rate * t)))
    # the centre is set once per 32-sample period, and the sweep moves during
    # the 85 ms of a response's ring: 2% between the tabulated steps
    np.testing.assert_allclose(peaks, want, rtol=0.02)
    assert peaks[0] == pytest.approx(lo, rel=0.01) and peaks[4] == pytest.approx(hi, rel=0.01)


def test_wah_mix_keeps_the_dry_share():
    sr = 48000
    x = np.random.default_rng(8).standard_normal(sr // 4)
    wet = run_chunks(wah(sr, mix=1.0), x)
    half = run_chunks(wah(sr, mix=0.5), x)
    np.testing.assert_allclose(half, 0.5 * x + 0.5 * wet, atol=1e-12)
