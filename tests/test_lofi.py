"""Measured behaviour of the bit crusher and the added noise."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.stats import kurtosis
from signals import run_chunks

from streaming_mllm.effects.base import EffectContext
from streaming_mllm.effects.lofi import NOISE_KINDS, Bitcrush, Noise
from streaming_mllm.effects.model import default_framing

RATES = (16000, 44100, 48000)


def ctx_for(sr: int) -> EffectContext:
    return EffectContext(sr, *default_framing(sr))


def bitcrush(sr: int, bits: float, rate_hz: float) -> Bitcrush:
    return Bitcrush({"bits": bits, "rate_hz": rate_hz}, ctx_for(sr))


def noise(sr: int, kind: str, level_db: float = -30.0, seed: int = 0, **more: float) -> Noise:
    return Noise({"kind": kind, "level_db": level_db, "seed": seed, **more}, ctx_for(sr))


def amplitude_at(y: np.ndarray, sr: int, f: float) -> float:
    """Amplitude of the component nearest ``f`` (Hann window, peak of 7 bins)."""
    w = np.hanning(len(y))
    spec = np.abs(np.fft.rfft(y * w)) * 2 / w.sum()
    i = int(round(f * len(y) / sr))
    return float(spec[i - 3 : i + 4].max())


# ---------------------------------------------------------------------------- bitcrush


@pytest.mark.parametrize("bits", [1, 2, 3, 4, 6, 8, 5.5])
def test_bitcrush_has_at_most_two_to_the_bits_levels(bits):
    sr = 48000
    proc = bitcrush(sr, bits, sr)
    x = np.linspace(-1.2, 1.2, 20001)  # every level visited, and beyond full scale
    y = run_chunks(proc, x)
    levels = np.unique(y)
    assert len(levels) == int(np.floor(2.0**bits))
    step = 2.0 / len(levels)
    np.testing.assert_allclose(np.diff(levels), step, rtol=1e-12)
    inside = np.abs(x) <= 1 - step
    assert np.abs(y - x)[inside].max() <= step / 2 + 1e-12
    assert run_chunks(proc, np.zeros(10)).max() == 0.0  # silence stays silent


def _hold_response(f: float, rate: float, sr: int) -> float:
    """Magnitude of a sample-and-hold at ``rate`` for frequency ``f``: a
    Dirichlet kernel when the hold is a whole number of samples, else the
    continuous hold's sinc (a hold of varying length averages to it)."""
    h = sr / rate
    if abs(h - round(h)) < 1e-9:
        h = int(round(h))
        return abs(np.sin(np.pi * f * h / sr) / (h * np.sin(np.pi * f / sr)))
    return abs(np.sinc(f / rate))


@pytest.mark.parametrize(
    ("sr", "rate", "f0"),
    [
        (16000, 4000, 500),
        (44100, 11025, 1000),
        (48000, 8000, 1000),
        (48000, 7000, 1000),
        (44100, 6000, 700),
    ],
)
def test_bitcrush_sample_and_hold_images_at_the_reduced_rate(sr, rate, f0):
    proc = bitcrush(sr, 16, rate)
    x = 0.5 * np.sin(2 * np.pi * f0 * np.arange(sr) / sr)
    y = run_chunks(proc, x)
    a0 = amplitude_at(y, sr, f0)
    for image in (rate - f0, rate + f0):
        measured = 20 * np.log10(amplitude_at(y, sr, image) / a0)
        expected = 20 * np.log10(_hold_response(image, rate, sr) / _hold_response(f0, rate, sr))
        assert measured == pytest.approx(expected, abs=0.5), (image, measured, expected)
    # nothing at an image of a wrong rate (half the rate, say)
    assert amplitude_at(y, sr, rate / 2 - f0) < 1e-2 * a0


def test_bitcrush_holds_for_whole_periods_across_chunks():
    sr, rate = 48000, 8000
    proc = bitcrush(sr, 16, rate)
    x = np.random.default_rng(0).uniform(-0.5, 0.5, 600)
    y = run_chunks(proc, x, sizes=[1, 5, 2])
    runs = y.reshape(-1, 6)  # holds of exactly six samples, starting at sample 0
    assert (runs == runs[:, :1]).all()
    np.testing.assert_allclose(runs[:, 0], x[::6], atol=2.0**-16)


# ---------------------------------------------------------------------------- noise


@pytest.mark.parametrize("sr", RATES)
@pytest.mark.parametrize("kind", NOISE_KINDS)
@pytest.mark.parametrize("level_db", [-50.0, -20.0])
def test_noise_adds_its_level_within_one_db(sr, kind, level_db):
    x = 0.3 * np.sin(2 * np.pi * 440 * np.arange(10 * sr) / sr)
    for seed in (0, 1, 2):
        proc = noise(sr, kind, level_db, seed)
        y = run_chunks(proc, np.stack([x, x], axis=1))
        for c in range(2):
            added = 20 * np.log10(np.sqrt(np.mean((y[:, c] - x) ** 2)))
            assert added == pytest.approx(level_db, abs=1.0), (seed, c, added)


@pytest.mark.parametrize("sr", RATES)
@pytest.mark.parametrize("mains", [50.0, 60.0])
def test_hum_is_mains_with_harmonics(sr, mains):
    proc = noise(sr, "hum", -30, hum_hz=mains)
    y = run_chunks(proc, np.zeros(4 * sr))
    spec = np.abs(np.fft.rfft(y * np.hanning(len(y)))) ** 2
    f = np.fft.rfftfreq(len(y), 1 / sr)
    peak = f[np.argmax(spec)]
    assert peak == pytest.approx(mains, abs=0.5)
    near = lambda fr: spec[np.abs(f - fr) < 2].sum()  # noqa: E731
    harmonics = [near(k * mains) for k in range(1, 9)]
    # at least four harmonics within 20 dB of the fundamental, all of the energy on them
    assert sum(h > 0.01 * harmonics[0] for h in harmonics) >= 4
    assert sum(harmonics) > 0.999 * spec.sum()


def test_noise_kinds_have_their_character():
    sr = 48000
    k = {
        kind: kurtosis(run_chunks(noise(sr, kind), np.zeros(10 * sr)), fisher=False)
        for kind in NOISE_KINDS
    }
    assert k["hiss"] == pytest.approx(3.0, abs=0.2)  # Gaussian
    assert 5.0 < k["static"] < 12.0  # its level flutters (3 e^(4 s^2) ~ 8 at s = 0.5)
    assert k["crackle"] > 50.0  # impulsive: sparse clicks
    assert k["hum"] < 3.0  # periodic
    # hiss is white: as much energy per Hz in the lows as in the highs
    y = run_chunks(noise(sr, "hiss"), np.zeros(4 * sr))
    spec = np.abs(np.fft.rfft(y)) ** 2
    f = np.fft.rfftfreq(len(y), 1 / sr)
    lo, hi = spec[(f > 100) & (f < 4000)].mean(), spec[(f > 12000) & (f < 20000)].mean()
    assert 10 * np.log10(hi / lo) == pytest.approx(0.0, abs=0.5)


@pytest.mark.parametrize("kind", NOISE_KINDS)
def test_same_seed_same_noise_for_any_chunking(kind):
    sr = 44100
    x = np.zeros((3 * 4096 + 77, 2))
    whole = run_chunks(noise(sr, kind, seed=7), x)
    rng = np.random.default_rng(3)
    for sizes in ([1], [7], [4096], [4097], rng.integers(1, 3000, 50)):
        np.testing.assert_array_equal(run_chunks(noise(sr, kind, seed=7), x, sizes), whole)
    other = run_chunks(noise(sr, kind, seed=8), x)
    if kind == "hum":
        np.testing.assert_array_equal(other, whole)  # mains hum has no randomness
    else:
        assert abs(np.corrcoef(other[:, 0], whole[:, 0])[0, 1]) < 0.1
        assert abs(np.corrcoef(whole[:, 0], whole[:, 1])[0, 1]) < 0.1  # channels decorrelated


def test_noise_kind_by_name_or_index_and_a_clear_error():
    sr = 48000
    a = run_chunks(noise(sr, "crackle", seed=1), np.zeros(5000))
    b = run_chunks(noise(sr, NOISE_KINDS.index("crackle"), seed=1), np.zeros(5000))
    np.testing.assert_array_equal(a, b)
    with pytest.raises(
        ValueError, match="expected noise kind one of hiss, static, crackle, hum, got 'pink'"
    ):
        noise(sr, "pink")
