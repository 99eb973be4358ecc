"""The reverb's measured promises: a stereo room, dense from its start,
without a metallic ring, decaying in the time asked.

The measurements (echo density, late IACC, tail peaks and autocorrelation,
T30, colouration) are defined once in ``benchmarks/reverb_metrics.py``,
which ``benchmarks/compare_reverb.py`` also prints beside the peers'.
Targets are issue 9's; the figures at the default seed are in the reverb's
docstring and the notes.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import pytest
import reverb_metrics as rm
from signals import db, noise

from streaming_mllm import StreamingMLLM
from streaming_mllm.effects.base import EffectContext
from streaming_mllm.effects.chain import factory
from streaming_mllm.effects.model import default_framing

RATES = (16000, 44100, 48000, 96000)


def reverb(sr: int, **params: float):
    full = {"decay_s": 2.0, "mix": 1.0, "predelay_ms": 0.0, **params}
    return factory("reverb")[1](full, EffectContext(sr, *default_framing(sr)))


@cache
def stereo_ir(sr: int, decay_s: float = 2.0) -> np.ndarray:
    """Left and right for one impulse on both channels, fully wet: shape (n, 2)."""
    proc = reverb(sr, decay_s=decay_s)
    x = np.zeros((int((1.2 * decay_s + 0.3) * sr), 2))
    x[0] = 1.0
    y = proc.process(x, proc.new_state(2))
    y.flags.writeable = False
    return y


@pytest.mark.parametrize("sr", RATES)
def test_a_mono_source_on_both_channels_leaves_uncorrelated_tails(sr):
    # identical left and right reverbs (the old one) give 1.0
    h = stereo_ir(sr)
    assert rm.iacc_late(h[:, 0], h[:, 1], sr) <= 0.1
    # and neither side is a faint copy: their late energies match within 1 dB
    late = slice(int(0.1 * sr), None)
    assert abs(db(np.sum(h[late, 0] ** 2) / np.sum(h[late, 1] ** 2))) < 1.0


@pytest.mark.parametrize("sr", RATES)
def test_echo_density_is_noise_like_within_100_ms(sr):
    # without input diffusion the response starts as a few sparse repeats of
    # the delay lines: density 0.05 at 50-100 ms, 0.9 reached after 468 ms
    for c in range(2):
        t90_ms, mean_50_100 = rm.density_figures(stereo_ir(sr)[:, c], sr)
        assert t90_ms <= 100.0
        assert mean_50_100 >= 0.8


@pytest.mark.parametrize("sr", RATES)
def test_the_tail_does_not_ring(sr):
    # a Hadamard feedback matrix (its own inverse) with outputs aligned on its
    # rows gave 96 peaks per 10^4 bins and an autocorrelation of 0.28 at the
    # shortest line's length
    h = stereo_ir(sr)[:, 0]
    assert rm.tail_peaks_per_10k(h, sr) <= 5.0
    r, lag_ms = rm.tail_autocorrelation(h, sr)
    assert r <= 0.05, f"autocorrelation {r:.3f} at {lag_ms:.1f} ms"


@pytest.mark.parametrize(
    ("decay_s", "sr"),
    [(0.5, 48000), (1.0, 48000), (2.0, 48000), (4.0, 48000), (8.0, 48000),
     (1.0, 16000), (2.0, 44100), (2.0, 96000), (0.5, 96000)],
)
def test_rt60_matches_decay_within_3_percent(decay_s, sr):
    # T30 in the 500 Hz and 1 kHz octaves; gains computed for the wrong rate, or
    # the damping filter's mid-band loss left out, miss by more
    assert rm.rt60_mid(stereo_ir(sr, decay_s), sr) == pytest.approx(decay_s, rel=0.03)


def test_highs_decay_faster_than_lows_but_mildly():
    h = stereo_ir(48000)
    t_low, t_high = rm.rt60(h, 48000, 250.0), rm.rt60(h, 48000, 8000.0)
    assert 0.75 < t_high / t_low < 0.97


@pytest.mark.parametrize("sr", RATES)
def test_colouration_is_flat(sr):
    assert rm.colouration_sd(stereo_ir(sr)[:, 0], sr) <= 1.0


@pytest.mark.parametrize("decay_s", [0.3, 1.5, 6.0])
def test_wet_level_matches_the_dry(decay_s):
    sr = 48000
    x = noise(3.0, sr, level=0.1, seed=2, channels=2).astype(np.float64)
    proc = reverb(sr, decay_s=decay_s)
    wet = proc.process(x, proc.new_state(2))[sr:]
    assert abs(db(np.mean(wet**2) / np.mean(x[sr:] ** 2))) < 1.0


def test_full_wet_removes_the_dry_and_zero_mix_is_the_dry():
    sr = 48000
    x = noise(1.0, sr, level=0.1, seed=4, channels=2).astype(np.float64)
    proc = reverb(sr, mix=1.0, predelay_ms=20.0)
    y = proc.process(x, proc.new_state(2))
    # nothing before the predelay: the dry is gone, not merely quieter
    assert np.array_equal(y[: int(0.02 * sr)], np.zeros((int(0.02 * sr), 2)))
    # and the output does not correlate with the input at lag 0
    assert abs(rm.correlation(y[:, 0], x[:, 0])) < 0.02
    dry = reverb(sr, mix=0.0)
    assert np.array_equal(dry.process(x, dry.new_state(2)), x)


@pytest.mark.parametrize("mix", [0.3, 0.5])
def test_mix_is_an_equal_power_crossfade(mix):
    # the dry's share of the output is cos(pi mix / 2); the total level holds
    sr = 48000
    x = noise(3.0, sr, level=0.1, seed=5, channels=2).astype(np.float64)
    proc = reverb(sr, mix=mix, decay_s=1.0)
    y = proc.process(x, proc.new_state(2))
    dry_share = np.dot(y[:, 0], x[:, 0]) / np.dot(x[:, 0], x[:, 0])
    assert dry_share == pytest.approx(np.cos(0.5 * np.pi * mix), abs=0.02)
    assert abs(db(np.mean(y[sr:] ** 2) / np.mean(x[sr:] ** 2))) < 1.0


def test_each_output_channel_hears_every_input_channel():
    # effects may mix channels: a source on the left alone fills both sides
    sr = 48000
    x = np.zeros((2 * sr, 2))
    x[:, 0] = noise(2.0, sr, level=0.1, seed=6)
    proc = reverb(sr)
    y = proc.process(x, proc.new_state(2))[sr // 2 :]
    assert abs(db(np.mean(y[:, 1] ** 2) / np.mean(y[:, 0] ** 2))) < 1.0


def test_a_mono_stream_gets_the_same_decay_and_level():
    sr = 48000
    x = noise(3.0, sr, level=0.1, seed=7).astype(np.float64)[:, None]
    proc = reverb(sr)
    y = proc.process(x, proc.new_state(1))
    assert y.shape == x.shape
    assert abs(db(np.mean(y[sr:] ** 2) / np.mean(x[sr:] ** 2))) < 1.0


@pytest.mark.parametrize("sr", [16000, 44100, 96000])
def test_any_chunking_gives_the_same_output(sr):
    x = noise(1.5, sr, level=0.2, seed=8, channels=2).astype(np.float64)
    proc = reverb(sr, mix=0.5, predelay_ms=12.0)
    whole = proc.process(x, proc.new_state(2))
    rng = np.random.default_rng(sr)
    for sizes in ([1] * 3000 + [len(x)], rng.integers(1, sr // 3, 100)):
        st, out, i, k = proc.new_state(2), [], 0, 0
        while i < len(x):
            n = int(sizes[k % len(sizes)])
            out.append(proc.process(x[i : i + n], st))
            i, k = i + n, k + 1
        np.testing.assert_allclose(np.concatenate(out), whole, atol=1e-5, rtol=0)


def test_the_prompt_keeps_a_2_second_decay_with_no_predelay():
    # "predelay 0" used to take "2 seconds" too, leaving the default 1.5 s
    sr = 48000
    s = StreamingMLLM("effects", "reverb 2 seconds predelay 0, 100% wet", samplerate=sr,
                      channels=2)
    spec = s.plan.effects[0]
    assert (spec.params["decay_s"], spec.params["predelay_ms"], spec.params["mix"]) == (
        2.0, 0.0, 1.0)
    x = np.zeros((int(2.8 * sr), 2), np.float32)
    x[0] = 0.5
    y = s.process_all(x).astype(np.float64)
    assert rm.rt60_mid(y, sr) == pytest.approx(2.0, rel=0.03)


@pytest.mark.parametrize("sr", [16000, 48000])
def test_the_walls_material_sets_how_fast_the_highs_die(sr):
    """``hf_decay`` is the decay of the highs (8 kHz, 6.4 kHz at 16 kHz)
    relative to ``decay_s``: wood or carpet (0.35) kills them in under half
    the time, tiles or glass (1) keep them as long as the mids, the default
    room lies between, and the mid decay stays the asked 2 s whatever the
    material."""
    f = min(8000.0, 0.4 * sr)
    ratios = {}
    for hf in (0.35, 0.9, 1.0):
        proc = reverb(sr, hf_decay=hf)
        x = np.zeros((int(2.7 * sr), 2))
        x[0] = 1.0
        h = proc.process(x, proc.new_state(2))
        assert rm.rt60_mid(h, sr) == pytest.approx(2.0, rel=0.03)
        ratios[hf] = rm.rt60(h, sr, f) / rm.rt60_mid(h, sr)
    # measured over the 8 kHz octave band, which the shelf's corner reaches into:
    # 0.41 at 16 kHz, 0.46 at 48 kHz
    assert ratios[0.35] == pytest.approx(0.35, abs=0.12)
    assert ratios[1.0] == pytest.approx(1.0, abs=0.05)
    # the default (0.9) keeps the cheap built-in damping: mild, between the two
    assert ratios[0.35] < ratios[0.9] < ratios[1.0]


def test_a_material_word_keeps_the_space_and_changes_its_walls():
    """'a small wooden cabin' is the small room of 'a small cabin' with
    wooden walls; stone and glass keep the highs."""
    from streaming_mllm.effects.prompt import parse_prompt

    def verb(prompt: str) -> dict:
        (spec,) = [e for e in parse_prompt(prompt).effects if e.name == "reverb"]
        return dict(spec.params)

    cabin, wooden = verb("a small cabin"), verb("a small wooden cabin")
    assert wooden["decay_s"] == cabin["decay_s"] and wooden["hf_decay"] == 0.35
    assert cabin["hf_decay"] == 0.9
    assert verb("une petite pièce en bois")["hf_decay"] == 0.35
    assert verb("in a stone church")["hf_decay"] == 0.9
    assert verb("une pièce en verre")["hf_decay"] == 1.0
    # soft things (carpet, curtains, clothes) absorb the highs more than wood
    assert verb("a carpeted bedroom")["hf_decay"] == 0.3
    assert verb("in a concrete parking garage")["hf_decay"] == 0.9
