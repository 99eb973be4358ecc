"""Output finite and under the ceiling whatever comes in (issue 7, defects 2,
3 and 11): NaN, Inf and absurdly large samples through every effect, the
limiter on its own, the seed model at the engine's output, and the
quantization of integer output formats."""

from __future__ import annotations

import dataclasses
import warnings

import numpy as np
import pytest
import soundfile as sf

from streaming_mllm import AudioTextToAudioMLLM, StreamingMLLM
from streaming_mllm.effects.base import EffectContext
from streaming_mllm.effects.limiter import CEILING, Limiter
from streaming_mllm.effects.plan import EffectPlan, EffectSpec
from streaming_mllm.effects.registry import EFFECTS
from streaming_mllm.fileio import process_file
from streaming_mllm.stream import INPUT_BOUND

SR = 48000


def all_arrays(obj, seen=None):
    """Every numpy array reachable from a state object."""
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, np.ndarray):
        yield obj
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from all_arrays(getattr(obj, f.name), seen)
    elif isinstance(obj, (list, tuple)):
        for item in obj:
            yield from all_arrays(item, seen)
    elif isinstance(obj, dict):
        for item in obj.values():
            yield from all_arrays(item, seen)
    elif hasattr(obj, "__dict__") and not isinstance(obj, type):
        yield from all_arrays(vars(obj), seen)


def assert_state_finite(stream):
    arrays = list(all_arrays(stream._state))
    for a in arrays:
        if a.dtype.kind in "fc":
            assert np.isfinite(a).all(), a


def test_limiter_silences_nonfinite_samples_and_recovers():
    lim = Limiter(EffectContext(SR, 1024, 512))
    state = lim.new_state(1)
    y = lim.process(np.array([[0.5], [np.nan], [2.0], [0.1]]), state)
    assert np.isfinite(y).all() and np.isfinite(state.env).all()
    assert y[1, 0] == 0 and y[0, 0] == np.float32(0.5)
    assert abs(y[2, 0]) <= CEILING
    # +inf and -inf likewise; the envelope they would set is never set
    state = lim.new_state(2)
    y = lim.process(np.array([[np.inf, -np.inf], [0.3, 0.3]]), state)
    np.testing.assert_array_equal(y, np.float32([[0, 0], [0.3, 0.3]]))
    assert (state.env < 1).all()


def bad_input(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The reproduction: a few samples at 3e38, 1e20, NaN and -Inf; and the
    same signal with those samples silenced."""
    bad = x.copy()
    at = [1000, 1500, 2000, 2500, 9000]
    bad[at] = [3e38, 1e20, np.nan, -np.inf, -2 * INPUT_BOUND]
    clean = x.copy()
    clean[at] = 0
    return bad, clean


@pytest.mark.parametrize("name", sorted(EFFECTS))
def test_every_effect_silences_bad_samples_and_nothing_else(name):
    x = (0.3 * np.sin(2 * np.pi * 220 * np.arange(SR // 2) / SR)).astype(np.float32)
    bad, clean = bad_input(x)
    plan = EffectPlan((EffectSpec(name),))
    stream = StreamingMLLM("effects", plan, samplerate=SR)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no overflow or invalid-value warning anywhere
        y = stream.process(bad)
        assert stream.nonfinite_samples == 5
        assert_state_finite(stream)
        y = np.concatenate([y, stream.flush()])
    ref = StreamingMLLM("effects", plan, samplerate=SR).process_all(clean)
    # exactly what the signal with those samples silenced gives
    np.testing.assert_array_equal(y[stream.latency_samples:], ref)
    assert np.isfinite(y).all() and np.abs(y).max() <= CEILING


@pytest.mark.parametrize("name", sorted(EFFECTS))
def test_every_effect_carries_the_largest_accepted_sample(name):
    # just under the bound: kept, and no effect overflows on it
    x = (0.3 * np.sin(2 * np.pi * 220 * np.arange(SR // 2) / SR)).astype(np.float32)
    x[3000] = 0.99 * INPUT_BOUND
    x[3001] = -0.99 * INPUT_BOUND
    params = {k: p.high for k, p in EFFECTS[name].params.items()}  # loudest settings
    params = {k: v for k, v in params.items() if not k.endswith(("delay_ms", "decay_s"))}
    stream = StreamingMLLM("effects", EffectPlan((EffectSpec(name, params),)), samplerate=SR)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        y = stream.process(x)
        assert_state_finite(stream)
        y = np.concatenate([y, stream.flush()])
    assert stream.nonfinite_samples == 0
    assert np.isfinite(y).all() and np.abs(y).max() <= CEILING


def test_seed_model_silences_bad_samples():
    x = (0.3 * np.sin(2 * np.pi * 220 * np.arange(16000) / 16000)).astype(np.float32)
    bad, clean = bad_input(x)
    stream = StreamingMLLM("seed", "robot", samplerate=16000)
    y = stream.process_all(bad)
    ref = StreamingMLLM("seed", "robot", samplerate=16000).process_all(clean)
    np.testing.assert_array_equal(y, ref)
    assert np.isfinite(y).all() and np.abs(y).max() <= CEILING


def test_seed_output_is_held_under_the_ceiling_and_generate_stays_raw(tmp_path):
    x = (0.5 * np.sin(2 * np.pi * 220 * np.arange(32000) / 16000)).astype(np.float32)
    raw = AudioTextToAudioMLLM().generate(x, "robot")
    assert np.abs(raw).max() > 1.5  # the notebook's arithmetic, unbounded (+12 dBFS here)
    y = StreamingMLLM("seed", "robot", samplerate=16000).process_all(x)
    assert np.abs(y).max() <= CEILING
    # the engine's limiter on the notebook's output, not a clip: the same
    # limiter as the effects model's, run over generate()'s result
    lim = Limiter(EffectContext(16000, 1024, 256))
    expected = lim.process(raw[:, None], lim.new_state(1))[:, 0]
    np.testing.assert_allclose(y, expected, rtol=1e-4, atol=1e-5)
    sf.write(tmp_path / "in.wav", x, 16000, subtype="FLOAT")
    process_file(tmp_path / "in.wav", tmp_path / "out.wav", prompt="robot", model="seed",
                 subtype="PCM_16")
    out = sf.read(tmp_path / "out.wav", dtype="int16")[0]
    assert np.abs(out.astype(int)).max() <= int(CEILING * 32768)


@pytest.mark.parametrize(
    ("ext", "subtype", "dtype", "full"),
    [("wav", "PCM_16", "int16", 32768), ("wav", "PCM_24", "int32", 2 ** 31),
     ("wav", "PCM_U8", "float64", 1.0), ("flac", "PCM_16", "int16", 32768),
     ("wav", "ULAW", "float64", 1.0)],
)
def test_integer_output_stays_under_the_ceiling_after_quantization(tmp_path, ext, subtype,
                                                                    dtype, full):
    # a loud tone: the limiter holds it at exactly the ceiling, sample after sample
    t = np.arange(SR) / SR
    x = (0.99 * np.sin(2 * np.pi * 997 * t)).astype(np.float32)
    sf.write(tmp_path / "in.wav", x, SR, subtype="FLOAT")
    process_file(tmp_path / "in.wav", tmp_path / f"out.{ext}", prompt="louder by 12 dB",
                 subtype=subtype)
    y = sf.read(tmp_path / f"out.{ext}", dtype=dtype)[0]
    peak = np.abs(y.astype(np.float64)).max() / full
    assert peak <= CEILING, 20 * np.log10(peak)
    assert peak > CEILING * 10 ** (-0.5 / 20)  # and not far under it: a headroom of steps
