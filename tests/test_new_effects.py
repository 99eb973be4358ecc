"""What every effect added for issue 9 promises, whatever it does: no
latency, the same output for any chunking, causal, finite and under the
ceiling, at 16, 44.1 and 48 kHz, mono and stereo."""

from __future__ import annotations

import numpy as np
import pytest
from signals import effect_stream, run_chunks

from streaming_mllm.effects.base import EffectContext
from streaming_mllm.effects.chain import build_chain
from streaming_mllm.effects.limiter import CEILING
from streaming_mllm.effects.model import default_framing
from streaming_mllm.effects.plan import EffectPlan, EffectSpec
from streaming_mllm.effects.registry import EFFECTS, default_params

RATES = (16000, 44100, 48000)

NEW = {
    "compressor": {"threshold_db": -30.0, "attack_ms": 2.0, "release_ms": 30.0},
    "gate": {"threshold_db": -30.0, "release_ms": 20.0},
    "bitcrush": {"bits": 5.0, "rate_hz": 7000.0},
    "flanger": {"rate_hz": 3.0, "feedback": 0.9},
    "phaser": {"rate_hz": 3.0, "stages": 6.0, "feedback": -0.7},
    "noise": {"kind": 2.0, "level_db": -20.0, "seed": 11.0},
    "width": {"amount": 2.0},
    "pan": {"position": -0.4},
    "autopan": {"rate_hz": 3.0, "depth": 1.0},
    "wah": {"rate_hz": 4.0, "q": 12.0, "low_hz": 200.0, "high_hz": 5000.0},
}
"""Each new effect, with settings that make it work hard."""


def processors(name: str, sr: int, **params: float) -> list:
    """The time processors the chain builds for ``name`` (registry defaults
    under ``params``)."""
    full = {**default_params(name), **NEW[name], **params}
    ctx = EffectContext(sr, *default_framing(sr))
    chain = build_chain(EffectPlan((EffectSpec(name, full),)), ctx)
    assert not chain.needs_frame and not chain.spectral  # no frame of latency
    return [*chain.before, *chain.after]


def signal(sr: int, channels: int, seconds: float = 0.5) -> np.ndarray:
    """Speech-like test input: a gliding harmonic tone with bursts and silences."""
    t = np.arange(int(seconds * sr)) / sr
    f = 120 + 60 * np.sin(2 * np.pi * 1.3 * t)
    x = np.sin(2 * np.pi * np.cumsum(f) / sr) + 0.3 * np.sin(2 * np.pi * 3 * np.cumsum(f) / sr)
    x *= 0.5 * (np.sin(2 * np.pi * 3 * t) > -0.3)
    x = np.stack([x, np.roll(x, 37) * 0.7][:channels], axis=1)
    return x + 0.01 * np.random.default_rng(0).standard_normal(x.shape)


def test_every_new_effect_is_registered_with_a_time_builder():
    for name in NEW:
        assert name in EFFECTS
        assert len(processors(name, 48000)) == 1


@pytest.mark.parametrize("sr", RATES)
@pytest.mark.parametrize("name", list(NEW))
@pytest.mark.parametrize("channels", [1, 2])
def test_chunk_invariant_and_causal(name, sr, channels):
    (proc,) = processors(name, sr)
    x = signal(sr, channels)
    whole = run_chunks(proc, x)
    assert np.isfinite(whole).all()
    rng = np.random.default_rng(sr + channels)
    # one sample at a time is slow in Python: over the first 3000 samples only
    np.testing.assert_allclose(run_chunks(proc, x[:3000], [1]), whole[:3000], atol=1e-5, rtol=0)
    for sizes in ([7], [257], [4099], rng.integers(1, 2000, 64)):
        np.testing.assert_allclose(run_chunks(proc, x, sizes), whole, atol=1e-5, rtol=0)
    # causal: more input later never changes what came out before
    longer = np.concatenate([x, rng.standard_normal((1000, channels))])
    np.testing.assert_array_equal(run_chunks(proc, longer)[: len(x)], whole)


@pytest.mark.parametrize("sr", RATES)
@pytest.mark.parametrize("name", list(NEW))
def test_no_latency(name, sr):
    """A click changes the output from the very sample it arrives at."""
    (proc,) = processors(name, sr, **({"rate_hz": float(sr)} if name == "bitcrush" else {}))
    x = signal(sr, 2, 0.2)
    at = len(x) // 2
    clicked = x.copy()
    clicked[at] += 0.5
    a, b = run_chunks(proc, x), run_chunks(proc, clicked)
    changed = np.nonzero(np.any(a != b, axis=1))[0]
    assert changed[0] == at


@pytest.mark.parametrize("sr", RATES)
@pytest.mark.parametrize("name", list(NEW))
def test_finite_and_under_the_ceiling_through_the_stream(name, sr):
    stream = effect_stream(name, sr, channels=2, **{**default_params(name), **NEW[name]})
    x = 4.0 * signal(sr, 2)
    x[100:110] = 50.0  # far over full scale
    y = stream.process_all(x.astype(np.float32))
    assert np.isfinite(y).all()
    assert np.abs(y).max() <= CEILING
