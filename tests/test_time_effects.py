"""Measured behaviour of the time-domain effects and the output limiter.

Each test measures the property the effect promises (delay and level of an
echo's repeats, a reverb's RT60, a modulation's rate and depth, a limiter's
ceiling) rather than comparing against stored output.
"""

from __future__ import annotations

import numpy as np
import pytest
import reverb_metrics as rm
from scipy.signal import hilbert
from signals import band_energy, db, effect_stream, noise, run_chunks, sine

from streaming_mllm.effects.base import EffectContext
from streaming_mllm.effects.chain import factory
from streaming_mllm.effects.limiter import CEILING, Limiter
from streaming_mllm.effects.registry import EFFECTS
from streaming_mllm.effects.stft import default_framing

TIME = {name: factory(name)[1] for name, e in EFFECTS.items() if not e.needs_frame}
"""The factory of every effect that needs no frame, found through the registry."""

CHUNKS = (1, 7, 255, 256, 257, 1000)


def ctx_for(sr: int) -> EffectContext:
    return EffectContext(sr, *default_framing(sr))


def build(name: str, sr: int = 48000, **params: float):
    return TIME[name](params, ctx_for(sr))


run = run_chunks


def xcorr(y: np.ndarray, x: np.ndarray, max_lag: int) -> np.ndarray:
    """``r[k] = sum_n y[n + k] x[n] / sum_n x[n]^2`` for ``0 <= k < max_lag``."""
    n = len(y) + len(x)
    r = np.fft.irfft(np.fft.rfft(y, n) * np.conj(np.fft.rfft(x, n)), n)[:max_lag]
    return r / np.dot(x, x)


def schroeder_rt60(h: np.ndarray, sr: int) -> float:
    """RT60 from the energy decay curve: line fit from -5 to -35 dB, extrapolated."""
    edc = np.cumsum((h**2)[::-1])[::-1]
    edc_db = 10 * np.log10(edc / edc[0] + 1e-300)
    i5, i35 = int(np.argmax(edc_db <= -5)), int(np.argmax(edc_db <= -35))
    assert i35 > i5 + 10, "the response does not decay by 35 dB"
    t = np.arange(i5, i35) / sr
    slope = np.polyfit(t, edc_db[i5:i35], 1)[0]
    return float(-60 / slope)


# ---------------------------------------------------------------------------- echo


@pytest.mark.parametrize("delay_ms", [300, 123])
def test_echo_repeats_at_the_delay_with_the_expected_levels(delay_ms):
    sr, mix, fb = 48000, 0.6, 0.5
    x = noise(1.0, sr, level=0.05, seed=1)
    y = effect_stream("echo", sr, delay_ms=delay_ms, feedback=fb, mix=mix).process_all(x)
    assert len(y) >= len(x)
    d = delay_ms * sr / 1000
    r = xcorr(y.astype(np.float64), x.astype(np.float64), int(2.5 * d))
    assert r[0] == pytest.approx(1.0, abs=0.02)  # the dry passes at unity
    lo = int(0.05 * sr)
    first = lo + int(np.argmax(r[lo : int(1.5 * d)]))
    second = int(1.5 * d) + int(np.argmax(r[int(1.5 * d) :]))
    assert abs(first - d) <= sr / 1000
    assert abs(second - 2 * d) <= sr / 1000
    assert r[first] == pytest.approx(mix, rel=0.05)
    assert r[second] == pytest.approx(mix * fb, rel=0.05)
    # nothing else stands out between the repeats
    quiet = np.r_[r[lo : first - 50], r[first + 50 : second - 50]]
    assert np.abs(quiet).max() < 0.05


def test_echo_tail_reaches_minus_60_db():
    proc = build("echo", delay_ms=100, feedback=0.5, mix=0.5)
    # 0.5 * 0.5**(k - 1) < 1e-3 from the 10th repeat on
    assert proc.tail_samples == 10 * 4800
    assert build("echo", delay_ms=100, feedback=0.0, mix=0.5).tail_samples == 4800


# ---------------------------------------------------------------------------- reverb


# RT60, density, stereo decorrelation and level: tests/test_reverb.py


def test_reverb_rings_out_on_flush_and_decays():
    sr = 48000
    stream = effect_stream("reverb", sr, decay_s=1.0, mix=0.5, predelay_ms=10)
    x = noise(0.3, sr, level=0.1, seed=3)
    y = stream.process_all(x).astype(np.float64)
    tail = y[len(x) :]
    assert len(tail) >= sr  # at least the RT60
    e_sig = np.mean(y[: len(x)] ** 2)
    e_start = np.mean(tail[: sr // 10] ** 2)
    e_end = np.mean(tail[-sr // 10 :] ** 2)
    assert db(e_start / e_sig) > -25  # the tail is there
    assert db(e_end / e_start) < -40  # and it dies away
    step = sr // 10
    energy = [np.mean(tail[i : i + step] ** 2) for i in range(0, len(tail) - step, step)]
    assert all(b < a for a, b in zip(energy, energy[1:], strict=False))


def test_echo_rings_out_on_flush():
    sr = 48000
    stream = effect_stream("echo", sr, delay_ms=200, feedback=0.5, mix=0.5)
    x = noise(0.1, sr, level=0.1, seed=4)
    y = stream.process_all(x).astype(np.float64)
    tail = y[len(x) :]
    d = int(0.2 * sr)
    # repeats k = 1, 2, 3 sit at k*d .. k*d + len(x) and halve each time
    levels = [np.sqrt(np.mean(y[k * d : k * d + len(x)] ** 2)) for k in (1, 2, 3)]
    assert levels[1] / levels[0] == pytest.approx(0.5, rel=0.05)
    assert levels[2] / levels[1] == pytest.approx(0.5, rel=0.05)
    assert np.sqrt(np.mean(tail[-len(x) :] ** 2)) < 2e-3 * np.sqrt(np.mean(x**2.0))


# ---------------------------------------------------------------------------- modulation


def modulation_peak(signal: np.ndarray, sr: int, fmin: float = 0.5) -> float:
    """Frequency of the largest spectral peak of ``signal`` above ``fmin`` Hz,
    refined by a parabola through the log magnitudes."""
    s = signal - np.mean(signal)
    n = 8 * len(s)
    spec = np.abs(np.fft.rfft(s * np.hanning(len(s)), n))
    f = np.fft.rfftfreq(n, 1 / sr)
    k = int(np.argmax(np.where(f >= fmin, spec, 0)))
    a, b, c = np.log(spec[k - 1 : k + 2] + 1e-30)
    shift = 0.5 * (a - c) / (a - 2 * b + c)
    return float((k + shift) * sr / n)


@pytest.mark.parametrize(("rate", "depth"), [(5.0, 0.5), (11.0, 0.8), (1.3, 0.3)])
def test_tremolo_envelope_swings_at_the_rate(rate, depth):
    sr = 48000
    x = sine(1000, 3.0, sr, level=0.5)
    y = effect_stream("tremolo", sr, rate_hz=rate, depth=depth).process_all(x)
    env = np.abs(hilbert(y.astype(np.float64)))[sr // 10 : -sr // 10]
    assert modulation_peak(env, sr) == pytest.approx(rate, rel=0.05)
    # gain swings from 1 down to 1 - depth
    assert env.min() / env.max() == pytest.approx(1 - depth, abs=0.02)


def instantaneous_frequency(y: np.ndarray, sr: int) -> np.ndarray:
    phase = np.unwrap(np.angle(hilbert(np.asarray(y, np.float64))))
    return np.diff(phase) * sr / (2 * np.pi)


@pytest.mark.parametrize(("rate", "depth", "sr"), [
    (5.5, 0.3, 48000), (2.0, 1.0, 48000), (8.0, 0.5, 16000), (0.5, 2.0, 96000),
])
def test_vibrato_pitch_swings_at_the_rate_and_depth(rate, depth, sr):
    f0 = 1000
    x = sine(f0, max(4.0, 8 / rate), sr, level=0.5)
    y = run(build("vibrato", sr, rate_hz=rate, depth_semitones=depth), x)
    trim = int(0.3 * sr)
    fi = instantaneous_frequency(y, sr)[trim:-trim]
    assert modulation_peak(fi, sr, fmin=0.2) == pytest.approx(rate, rel=0.05)
    semis = 12 * np.log2(fi / f0)
    up, down = np.percentile(semis, 99.9), np.percentile(semis, 0.1)
    assert up == pytest.approx(depth, rel=0.2)
    assert -down == pytest.approx(depth, rel=0.2)


def test_ringmod_moves_a_tone_to_the_side_bands():
    sr, f, fc = 48000, 1000, 150
    x = sine(f, 1.0, sr, level=0.5)
    y = effect_stream("ringmod", sr, carrier_hz=fc, mix=1.0).process_all(x)[: len(x)]
    lower = band_energy(y, sr, f - fc - 10, f - fc + 10)
    upper = band_energy(y, sr, f + fc - 10, f + fc + 10)
    centre = band_energy(y, sr, f - 10, f + 10)
    assert db(lower / centre) >= 20 and db(upper / centre) >= 20
    assert db(lower / upper) == pytest.approx(0, abs=0.5)


def test_ringmod_mix_keeps_the_dry_share():
    sr, f, fc = 48000, 1000, 300
    x = sine(f, 1.0, sr, level=0.5).astype(np.float64)
    y = run(build("ringmod", sr, carrier_hz=fc, mix=0.25), x)
    centre = band_energy(y, sr, f - 10, f + 10) / band_energy(x, sr, f - 10, f + 10)
    side = band_energy(y, sr, f + fc - 10, f + fc + 10) / band_energy(x, sr, f - 10, f + 10)
    assert np.sqrt(centre) == pytest.approx(0.75, rel=0.01)
    assert np.sqrt(side) == pytest.approx(0.25 / 2, rel=0.01)


# ---------------------------------------------------------------------------- chorus


def test_chorus_keeps_the_dry_and_adds_delayed_voices():
    sr, delay_ms, depth_ms, mix = 48000, 20.0, 3.0, 0.5
    x = noise(4.0, sr, level=0.05, seed=5).astype(np.float64)
    y = run(build("chorus", sr, rate_hz=0.8, depth_ms=depth_ms, delay_ms=delay_ms, mix=mix), x)
    r = xcorr(y, x, int(0.06 * sr))
    # equal-power crossfade: the dry at cos(pi mix / 2)
    assert r[0] == pytest.approx(np.cos(0.5 * np.pi * mix), abs=0.02)
    lo, hi = int((delay_ms - depth_ms - 1) * sr / 1000), int((delay_ms + depth_ms + 1) * sr / 1000)
    # the voices' correlation lies between delay - depth and delay + depth; three
    # voices summed with gain 1/sqrt(3) add up to sqrt(3) times the wet gain
    # sin(pi mix / 2); a sine-swept delay dwells longest at its extremes
    assert r[lo:hi].sum() == pytest.approx(np.sqrt(3) * np.sin(0.5 * np.pi * mix), rel=0.1)
    assert np.abs(np.r_[r[1:lo], r[hi:]]).max() < 0.02
    peak_ms = (lo + int(np.argmax(r[lo:hi]))) * 1000 / sr
    assert min(abs(peak_ms - (delay_ms - depth_ms)), abs(peak_ms - (delay_ms + depth_ms))) < 1.0


def test_chorus_spreads_a_tone_into_side_bands():
    sr, f = 48000, 1000
    x = sine(f, 2.0, sr, level=0.5).astype(np.float64)
    y = run(build("chorus", sr, rate_hz=5.0, depth_ms=3.0, delay_ms=20.0, mix=0.5), x)
    total = band_energy(y, sr, 20, sr / 2)
    centre = band_energy(y, sr, f - 3, f + 3)
    # the dry half stays on the tone; the voices' pitch swings of about +-90 Hz
    # (f * 2 pi * rate * depth) move energy off it
    assert centre / total > 0.25
    assert 1 - centre / total > 0.1
    assert band_energy(y, sr, f + 30, f + 150) > 1e-3 * total


# ---------------------------------------------------------------------------- gain


@pytest.mark.parametrize("gain_db", [6.0, -12.0])
def test_gain_changes_the_rms_by_db(gain_db):
    sr = 48000
    x = sine(440, 1.0, sr, level=0.2)
    y = effect_stream("gain", sr, db=gain_db).process_all(x)
    ratio = 20 * np.log10(np.sqrt(np.mean(y.astype(np.float64) ** 2) / np.mean(x**2.0)))
    assert ratio == pytest.approx(gain_db, abs=0.1)


# ---------------------------------------------------------------------------- limiter


def test_limiter_holds_the_ceiling_on_loud_noise():
    sr = 48000
    x = np.clip(noise(2.0, sr, level=0.5, seed=6, channels=2), -1, 1)
    x[: sr // 2] = np.sign(x[: sr // 2])  # full scale
    y = effect_stream("gain", sr, channels=2, db=24).process_all(x)
    assert y.dtype == np.float32
    assert np.isfinite(y).all()
    assert np.abs(y).max() <= CEILING
    assert np.abs(y).max() > CEILING * 0.99  # limited, not muted


def test_limiter_ceiling_holds_for_any_chunking_and_extremes():
    lim = Limiter(ctx_for(44100))
    rng = np.random.default_rng(7)
    x = rng.standard_normal((30000, 2)) * np.r_[1e-3, 1.0, 40.0, 1e300][rng.integers(0, 4, 30000)][
        :, None
    ]
    st = lim.new_state(2)
    out, i = [], 0
    while i < len(x):
        n = int(rng.integers(1, 3000))
        out.append(lim.process(x[i : i + n], st))
        i += n
    y = np.concatenate(out)
    assert y.dtype == np.float32 and np.isfinite(y).all()
    assert np.abs(y).max() <= CEILING


def test_limiter_passes_quiet_signals_bit_exact():
    lim = Limiter(ctx_for(48000))
    x = np.stack([sine(440, 1.0, 48000, level=0.85), noise(1.0, 48000, 0.2, seed=8)], axis=1)
    x = np.clip(x, -CEILING, CEILING).astype(np.float32)
    y = lim.process(x.astype(np.float64), lim.new_state(2))
    assert y.dtype == np.float32
    assert np.array_equal(y, x)
    # and through a whole stream at neutral gain
    z = effect_stream("gain", 48000, channels=2, db=0.0).process_all(x)[: len(x)]
    assert np.array_equal(z, x)


def test_limiter_recovers_after_a_peak():
    sr = 48000
    lim = Limiter(ctx_for(sr))
    x = sine(500, 1.5, sr, level=0.5).astype(np.float64)
    x[: sr // 10] *= 4  # a loud start, far over the ceiling
    y = lim.process(x[:, None], lim.new_state(1))[:, 0]
    assert np.abs(y[: sr // 10]).max() <= CEILING
    # instant attack: the gain drops on the first loud sample
    assert abs(y[int(sr / 500 / 4)]) <= CEILING
    # release of about 80 ms: a second later the quiet sine passes untouched
    assert np.array_equal(y[sr:], x[sr:].astype(np.float32))


# ---------------------------------------------------------------------------- streaming


STREAM_PARAMS = {
    "echo": {"delay_ms": 40, "feedback": 0.6, "mix": 0.5},
    "reverb": {"decay_s": 1.0, "mix": 0.5, "predelay_ms": 5},
    "tremolo": {"rate_hz": 7.0, "depth": 0.8},
    "vibrato": {"rate_hz": 6.0, "depth_semitones": 1.0},
    "chorus": {"rate_hz": 3.0, "depth_ms": 5.0, "delay_ms": 15.0, "mix": 0.5},
    "ringmod": {"carrier_hz": 333.0, "mix": 0.7},
    "gain": {"db": -6.0},
    "distortion": {"drive_db": 20.0, "mix": 0.8},
    "radio": {"low_hz": 400.0, "high_hz": 4500.0, "drive_db": 12.0},
    "megaphone": {"low_hz": 500.0, "high_hz": 4000.0, "drive_db": 20.0},
    "telephone": {"low_hz": 300.0, "high_hz": 3400.0},
    "underwater": {"cutoff_hz": 500.0, "wobble_hz": 3.0},
    "eq": {"low_db": 6.0, "mid_db": -4.0, "high_db": 3.0},
    "lowpass": {"cutoff_hz": 1000.0},
    "highpass": {"cutoff_hz": 300.0},
    "gate": {"threshold_db": -20.0, "attack_ms": 1.0, "release_ms": 30.0, "floor_db": -50.0},
    "compressor": {"threshold_db": -20.0, "ratio": 6.0, "attack_ms": 3.0, "release_ms": 50.0,
                   "makeup_db": 6.0},
    "bitcrush": {"bits": 6.0, "rate_hz": 9000.0},
    "flanger": {"rate_hz": 2.0, "depth_ms": 4.0, "delay_ms": 1.0, "feedback": 0.8, "mix": 0.5},
    "phaser": {"rate_hz": 2.0, "stages": 8.0, "feedback": 0.6, "mix": 0.5},
    "noise": {"kind": 2.0, "level_db": -30.0, "seed": 4.0, "hum_hz": 50.0},
    "width": {"amount": 1.8},
    "pan": {"position": 0.5},
    "autopan": {"rate_hz": 2.0, "depth": 0.8},
    "wah": {"rate_hz": 2.0, "low_hz": 300.0, "high_hz": 3000.0, "q": 6.0, "shape": 0.0,
            "mix": 0.9},
}

LINKED = frozenset({"gate", "compressor", "width", "pan", "autopan"})
"""Effects that mix or link the channels by design: one gain for all channels
(dynamics), mid/side or left/right balance (stereo)."""

STEPPED = frozenset({"bitcrush", "noise"})
"""Effects whose output has steps by design (sample and hold, clicks)."""


def test_every_time_effect_is_covered():
    assert set(TIME) == set(STREAM_PARAMS)
    assert set(TIME) <= set(EFFECTS)


def make(name: str, sr: int):
    if name == "limiter":
        return Limiter(ctx_for(sr))
    return build(name, sr, **STREAM_PARAMS[name])


ALL = [*STREAM_PARAMS, "limiter"]


def stereo_test_signal(n: int, sr: int, seed: int = 9) -> np.ndarray:
    t = np.arange(n) / sr
    left = 0.3 * np.sin(2 * np.pi * 440 * t) + noise(n / sr, sr, 0.05, seed=seed)[:n]
    right = noise(n / sr, sr, 0.3, seed=seed + 1)[:n]
    return np.stack([left, right], axis=1).astype(np.float64) * 3  # loud enough to limit


@pytest.mark.parametrize("name", ALL)
@pytest.mark.parametrize("chunk", [*CHUNKS, "random"])
def test_streaming_in_chunks_equals_one_call(name, chunk):
    sr = 48000
    n = 6000 if chunk == 1 else 24000
    x = stereo_test_signal(n, sr)
    whole = run(make(name, sr), x)
    sizes = np.random.default_rng(10).integers(1, 4000, 64) if chunk == "random" else [chunk]
    pieces = run(make(name, sr), x, sizes)
    assert pieces.shape == whole.shape == x.shape
    np.testing.assert_allclose(pieces, whole, atol=1e-5, rtol=0)


@pytest.mark.parametrize("name", ALL)
@pytest.mark.parametrize("sr", [8000, 11025, 22050, 96000])
def test_any_rate_streams_consistently(name, sr):
    x = stereo_test_signal(sr, sr)  # one second
    whole = run(make(name, sr), x)
    assert np.isfinite(whole).all()
    sizes = np.random.default_rng(sr).integers(1, sr // 4, 64)
    np.testing.assert_allclose(run(make(name, sr), x, sizes), whole, atol=1e-5, rtol=0)


MIXES_CHANNELS = {"reverb", "chorus"}
"""Effects that treat channels differently: the reverb feeds every input
channel to every output channel (a stereo room), the chorus modulates each
side apart."""


@pytest.mark.parametrize(
    "name", [n for n in ALL if n not in MIXES_CHANNELS and n not in LINKED and n != "noise"]
)
def test_channels_are_independent(name):
    # (noise is independent per channel too, but keyed by the channel's index:
    # the right channel alone is a mono stream and gets the left's noise)
    sr = 48000
    x = stereo_test_signal(20000, sr)
    both = run(make(name, sr), x, [256])
    for c in range(2):
        alone = run(make(name, sr), x[:, c], [256])
        # float32 arithmetic whose rounding depends on the array's layout
        # (BLAS kernels differ for one and two rows): 1e-6 is 120 dB below
        # the signal, a leak between channels would be orders larger.
        np.testing.assert_allclose(both[:, c], alone, atol=1e-6, rtol=0)


@pytest.mark.parametrize("name", [n for n in STREAM_PARAMS if n != "gain" and n not in STEPPED])
def test_no_discontinuity_at_block_boundaries(name):
    # a steady low tone in hop-sized blocks: the output's sample-to-sample steps
    # at block boundaries are no larger than anywhere else
    sr, hop = 48000, 256
    x = 0.3 * np.sin(2 * np.pi * 110 * np.arange(4 * sr) / sr)
    y = run(make(name, sr), x, [hop])[sr:]
    step = np.abs(np.diff(y))
    boundary = step[hop - 1 :: hop]  # y[k*hop] - y[k*hop - 1]
    assert boundary.max() <= 1.05 * step.max()
    assert boundary.max() <= 1.5 * np.percentile(step, 99.9)


def test_empty_blocks_pass():
    for name in ALL:
        proc = make(name, 48000)
        st = proc.new_state(2)
        assert proc.process(np.zeros((0, 2)), st).shape == (0, 2)


# ---------------------------------------------------------------------------- chorus: level, stereo


def speech(sr: int) -> np.ndarray:
    import math

    import soundfile as sf
    from scipy.signal import resample_poly

    from streaming_mllm.fileio import EXAMPLE

    x, fs = sf.read(EXAMPLE, dtype="float64")
    g = math.gcd(sr, fs)
    return resample_poly(x, sr // g, fs // g)


@pytest.mark.parametrize("sr", [16000, 44100, 48000])
def test_chorus_at_full_mix_keeps_the_level_of_speech(sr):
    # the mean of three voices lost 4.8 dB (their sum adds in power, not amplitude)
    x = np.repeat(speech(sr)[:, None], 2, axis=1)
    for mix in (1.0, 0.5):
        y = run(build("chorus", sr, rate_hz=0.8, depth_ms=3.0, delay_ms=20.0, mix=mix), x)
        assert abs(rm.level_change_db(y, x)) <= 1.0, mix


@pytest.mark.parametrize("sr", [16000, 48000])
def test_chorus_sides_are_decorrelated_for_a_mono_source(sr):
    # the same LFO on both sides gives identical sides (correlation 1, as
    # pedalboard's Chorus); the measured figure is 0.01 on speech and noise
    for x in (speech(sr)[: 5 * sr], noise(5.0, sr, level=0.1, seed=11).astype(np.float64)):
        y = run(build("chorus", sr, rate_hz=0.8, depth_ms=3.0, delay_ms=20.0, mix=1.0),
                np.stack([x, x], axis=1))
        assert abs(rm.correlation(y[:, 0], y[:, 1])) <= 0.1
        # and both sides carry the voices at the same level
        assert abs(db(np.mean(y[:, 0] ** 2) / np.mean(y[:, 1] ** 2))) < 1.0


def test_vibrato_moves_both_sides_together():
    x = noise(1.0, 48000, level=0.1, seed=12).astype(np.float64)
    y = run(build("vibrato", 48000, rate_hz=6.0, depth_semitones=1.0), np.stack([x, x], axis=1))
    np.testing.assert_array_equal(y[:, 0], y[:, 1])
