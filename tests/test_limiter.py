"""The output limiter, measured (issue 7): gain reduction follows the
envelope (instant attack, exponential release), a +12 dB sine comes out
without clipping distortion, and no sample exceeds -1 dBFS."""

from __future__ import annotations

import numpy as np
import pytest

from streaming_mllm import StreamingMLLM
from streaming_mllm.effects.base import EffectContext
from streaming_mllm.effects.limiter import CEILING, LIMITER_RELEASE_S, Limiter
from streaming_mllm.effects.plan import EffectPlan, EffectSpec


def limit(x: np.ndarray, sr: int = 48000) -> np.ndarray:
    lim = Limiter(EffectContext(sr, 1024, 512))
    return lim.process(x[:, None], lim.new_state(1))[:, 0].astype(np.float64)


def thd(y: np.ndarray, f0: float, sr: int, harmonics: int = 10) -> float:
    """Harmonics' amplitude over the fundamental's (Hann-windowed spectrum)."""
    spec = np.abs(np.fft.rfft(y * np.hanning(len(y))))
    f = np.fft.rfftfreq(len(y), 1 / sr)

    def level(freq: float) -> float:
        k = int(np.argmin(np.abs(f - freq)))
        return float(np.sqrt((spec[k - 3 : k + 4] ** 2).sum()))

    fund = level(f0)
    return float(np.sqrt(sum(level(k * f0) ** 2 for k in range(2, harmonics + 1))) / fund)


@pytest.mark.parametrize("sr", [16000, 44100, 48000, 96000])
def test_attack_is_instant_and_release_follows_the_envelope(sr):
    # a held level of 2.0 (6 dB over full scale), then 0.5 (under the ceiling)
    loud, quiet = 2.0, 0.5
    x = np.r_[np.full(1000, loud), np.full(sr, quiet)]
    y = limit(x, sr)
    # attack: the very first loud sample is already brought to the ceiling
    assert y[0] == pytest.approx(CEILING, rel=1e-5)
    np.testing.assert_allclose(y[:1000], CEILING, rtol=1e-5)
    # release: env[n] = loud * exp(-n / (release * sr)), gain = ceiling / env
    n = np.arange(1, sr + 1)
    env = loud * np.exp(-n / (LIMITER_RELEASE_S * sr))
    expected = quiet * np.minimum(1.0, CEILING / env)
    np.testing.assert_allclose(y[1000:], expected, rtol=1e-4)
    # and it really recovers: back to unity gain once the envelope is under the ceiling
    back = int(np.ceil(LIMITER_RELEASE_S * sr * np.log(loud / CEILING))) + 2
    assert y[1000 + back] == np.float32(quiet)
    assert y[1000 + back // 2] < 0.99 * quiet  # still reducing halfway through


def test_plus_12_db_sine_is_limited_without_clipping_distortion():
    sr, f0 = 48000, 997.0
    t = np.arange(2 * sr) / sr
    x = (0.99 * np.sin(2 * np.pi * f0 * t)).astype(np.float32)
    plan = EffectPlan((EffectSpec("gain", {"db": 12.0}),))
    y = StreamingMLLM("effects", plan, samplerate=sr).process_all(x).astype(np.float64)
    steady = y[sr // 2 :]
    peak = np.abs(steady).max()
    assert peak <= CEILING and peak > 0.97 * CEILING
    # A clip at the ceiling would square the wave off (THD about 40%); the
    # envelope's slow release keeps the gain steady over each period.
    assert thd(steady, f0, sr) < 0.01
    # reference: what a hard clip of the same signal measures
    clipped = np.clip(4 * x[sr // 2 :].astype(np.float64), -CEILING, CEILING)
    assert thd(clipped, f0, sr) > 0.2
