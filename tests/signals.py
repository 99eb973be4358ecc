"""Deterministic test signals and plain measurements shared by the tests."""

from __future__ import annotations

import numpy as np

from streaming_mllm.effects.model import EffectsModel
from streaming_mllm.effects.plan import EffectPlan, EffectSpec
from streaming_mllm.effects.registry import default_params
from streaming_mllm.stream import StreamingMLLM


def harmonic_tone(
    f0: float, seconds: float, sr: int, n_harmonics: int = 20, level: float = 0.3
) -> np.ndarray:
    """Sum of harmonics with 1/k amplitudes, below Nyquist; peak about ``level``."""
    t = np.arange(int(seconds * sr)) / sr
    x = np.zeros_like(t)
    for k in range(1, n_harmonics + 1):
        if k * f0 < sr / 2:
            x += np.sin(2 * np.pi * k * f0 * t) / k
    return (level * x / np.abs(x).max()).astype(np.float32)


def glide_tone(
    f_start: float, f_end: float, seconds: float, sr: int, n_harmonics: int = 10,
    level: float = 0.3,
) -> np.ndarray:
    """Harmonic tone whose f0 glides exponentially from ``f_start`` to ``f_end``."""
    n = int(seconds * sr)
    f = f_start * (f_end / f_start) ** (np.arange(n) / n)
    phase = 2 * np.pi * np.cumsum(f) / sr
    x = np.zeros(n)
    for k in range(1, n_harmonics + 1):
        x += np.where(k * f < sr / 2, np.sin(k * phase) / k, 0)
    return (level * x / np.abs(x).max()).astype(np.float32)


def sine(f: float, seconds: float, sr: int, level: float = 0.5) -> np.ndarray:
    return (level * np.sin(2 * np.pi * f * np.arange(int(seconds * sr)) / sr)).astype(np.float32)


def noise(seconds: float, sr: int, level: float = 0.1, seed: int = 0, channels: int = 0):
    shape = (int(seconds * sr),) if channels == 0 else (int(seconds * sr), channels)
    return (level * np.random.default_rng(seed).standard_normal(shape)).astype(np.float32)


def impulse(n: int, at: int = 0, level: float = 0.5) -> np.ndarray:
    x = np.zeros(n, np.float32)
    x[at] = level
    return x


def band_energy(x: np.ndarray, sr: int, lo: float, hi: float) -> float:
    """Energy of ``x`` between ``lo`` and ``hi`` Hz (periodogram sum)."""
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    f = np.fft.rfftfreq(len(x), 1 / sr)
    return float(spec[(f >= lo) & (f < hi)].sum())


def db(ratio: float) -> float:
    return float(10 * np.log10(max(ratio, 1e-30)))


def f0_autocorr(x: np.ndarray, sr: int, fmin: float = 40, fmax: float = 1000) -> float:
    """Fundamental by the normalized autocorrelation peak, parabolically refined."""
    x = np.asarray(x, np.float64) - np.mean(x)
    n = len(x)
    spec = np.fft.rfft(x, 2 * n)
    ac = np.fft.irfft(np.abs(spec) ** 2)[:n]
    ac /= ac[0]
    lo, hi = int(sr / fmax), int(sr / fmin)
    lag = lo + int(np.argmax(ac[lo:hi]))
    a, b, c = ac[lag - 1], ac[lag], ac[lag + 1]
    shift = 0.5 * (a - c) / (a - 2 * b + c) if (a - 2 * b + c) else 0.0
    return sr / (lag + shift)


def effect_stream(
    name: str, sr: int = 48000, channels: int = 1, **params: float
) -> StreamingMLLM:
    """A stream running one effect with its defaults overridden by ``params``."""
    full = default_params(name)
    full.update(params)
    plan = EffectPlan((EffectSpec(name, full),))
    return StreamingMLLM(EffectsModel(), plan, samplerate=sr, channels=channels)


def run_offline(stream: StreamingMLLM, x: np.ndarray) -> np.ndarray:
    """Whole signal through ``stream`` in one chunk, latency removed, tail included."""
    return stream.process_all(x)


def run_chunks(proc, x: np.ndarray, sizes=None) -> np.ndarray:
    """``x`` (n,) or (n, channels) through a time-domain processor ``proc``, in
    one call or in chunks of ``sizes`` (cycled); returns the same shape, float64."""
    mono = x.ndim == 1
    xx = np.asarray(x, np.float64)[:, None] if mono else np.asarray(x, np.float64)
    st = proc.new_state(xx.shape[1])
    if sizes is None:
        y = proc.process(xx, st)
    else:
        out, i, k = [], 0, 0
        while i < len(xx):
            n = int(sizes[k % len(sizes)])
            out.append(proc.process(xx[i : i + n], st))
            i, k = i + n, k + 1
        y = np.concatenate(out)
    return y[:, 0] if mono else y


def envelope_db(y: np.ndarray) -> np.ndarray:
    """Amplitude envelope of a tone in dB (Hilbert magnitude), shape ``(n,)``."""
    from scipy.signal import hilbert

    return 20 * np.log10(np.abs(hilbert(np.asarray(y, np.float64))) + 1e-300)
