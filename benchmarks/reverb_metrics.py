"""Measurements of a reverb's impulse response, shared by the tests and
``benchmarks/compare_reverb.py``.

Every function takes an impulse response ``h`` of shape ``(n,)`` (the wet
signal only, for a unit impulse in) and its sample rate.  Times are counted
from the first arrival, found as ISO 3382-1 does: the first sample within
20 dB of the response's peak.

=====================  ====================================================
metric                 definition
=====================  ====================================================
echo density           Abel & Huang's normalized echo density: the share of
                       samples in a 20 ms Hann window lying more than one
                       (windowed) standard deviation from zero, divided by
                       ``erfc(1/sqrt 2) = 0.3173``, the share for Gaussian
                       noise; 1 is noise-like, a sparse train of echoes is
                       near 0.
IACC_late              the peak of the normalized cross-correlation of left
                       and right over lags within +-1 ms, from 80 ms after
                       the first arrival to the end (ISO 3382-1's late
                       interaural cross-correlation).
tail spectral peaks    a one-second stretch of the tail (from 100 ms after
                       the first arrival), its exponential decay removed,
                       Hann-windowed: local maxima of the power spectrum more
                       than 10 dB over the mean of the 200 bins around them,
                       per 10^4 bins from 50 Hz to 16 kHz.  Gaussian noise
                       gives about 0.5; a sparse set of ringing modes many.
tail autocorrelation   the same decay-compensated stretch: the largest
                       ``|r(k)| / r(0)`` for lags from 5 ms to 300 ms.  A
                       delay line that the feedback keeps returning to shows
                       up as a peak at its length.
RT60                   Schroeder backward integration, a line fitted from
                       -5 to -35 dB (T30), extrapolated to -60 dB; the
                       figure quoted is T30,mid, the mean of the 500 Hz and
                       1 kHz octave bands (ISO 3382-1), beside the broadband
                       one.
colouration SD         standard deviation, in dB, of the response's energy
                       density in third-octave bands from 100 Hz to 10 kHz.
=====================  ====================================================
"""

from __future__ import annotations

import numpy as np
from scipy.signal import fftconvolve, sosfiltfilt
from scipy.special import erfc

GAUSS_SHARE = float(erfc(1.0 / np.sqrt(2.0)))
"""Share of a Gaussian's samples more than one standard deviation from the mean."""


def first_arrival(h: np.ndarray) -> int:
    """Index of the first sample within 20 dB of the peak (ISO 3382-1).

    >>> first_arrival(np.array([0.0, 0.01, 0.5, -1.0]))
    2
    """
    a = np.abs(np.asarray(h, np.float64))
    return int(np.argmax(a >= 0.1 * a.max()))


def echo_density(h: np.ndarray, sr: int, window_ms: float = 20.0) -> np.ndarray:
    """Normalized echo density at every sample (window centred on it).

    Shape: ``(n,)`` in and out.
    """
    h = np.asarray(h, np.float64)
    m = max(3, int(round(window_ms * 1e-3 * sr)) | 1)
    w = np.hanning(m + 2)[1:-1]
    w /= w.sum()
    sigma = np.sqrt(np.maximum(fftconvolve(h**2, w, mode="same"), 0.0))
    # compare every sample of the window with the window's own sigma: count
    # |h[t + k]| > sigma[t], as a weighted sum over k, one threshold per t
    n = len(h)
    half = m // 2
    pad = np.concatenate([np.zeros(half), np.abs(h), np.zeros(half)])
    windows = np.lib.stride_tricks.sliding_window_view(pad, m)[:n]
    out = np.empty(n)
    step = 8192  # bounded temporaries
    for a in range(0, n, step):
        b = min(n, a + step)
        out[a:b] = (windows[a:b] > sigma[a:b, None]) @ w
    return out / GAUSS_SHARE


def density_figures(h: np.ndarray, sr: int) -> tuple[float, float]:
    """``(t90_ms, mean_50_100)``: milliseconds after the first arrival at which
    the echo density first reaches 0.9 (inf if never in the first second), and
    its mean from 50 to 100 ms after the first arrival."""
    t0 = first_arrival(h)
    seg = np.asarray(h, np.float64)[t0 : t0 + sr + int(0.02 * sr)]
    ned = echo_density(seg, sr)[:sr]
    hit = np.flatnonzero(ned >= 0.9)
    t90 = 1000.0 * hit[0] / sr if len(hit) else float("inf")
    return t90, float(ned[int(0.05 * sr) : int(0.1 * sr)].mean())


def iacc_late(left: np.ndarray, right: np.ndarray, sr: int) -> float:
    """Late interaural cross-correlation: lags within +-1 ms, from 80 ms after
    the first arrival of either channel to the end."""
    a, b = np.asarray(left, np.float64), np.asarray(right, np.float64)
    t0 = min(first_arrival(a), first_arrival(b)) + int(0.08 * sr)
    a, b = a[t0:], b[t0:]
    lag = int(round(1e-3 * sr))
    n = len(a) + len(b)
    cc = np.fft.irfft(np.fft.rfft(a, n) * np.conj(np.fft.rfft(b, n)), n)
    cc = np.r_[cc[-lag:], cc[: lag + 1]]
    return float(np.abs(cc).max() / np.sqrt(np.dot(a, a) * np.dot(b, b)))


def decay_compensated_tail(h: np.ndarray, sr: int, start_ms: float = 100.0,
                           seconds: float = 1.0) -> np.ndarray:
    """The stretch of the tail the peak and autocorrelation figures use, with
    its exponential decay (a line fitted to its energy in dB) divided out.

    Shape: ``(n,)`` in, ``(seconds * sr,)`` out (shorter if ``h`` is).
    """
    h = np.asarray(h, np.float64)
    t0 = first_arrival(h) + int(start_ms * 1e-3 * sr)
    seg = h[t0 : t0 + int(seconds * sr)]
    hop = max(1, int(0.01 * sr))
    frames = len(seg) // hop
    e = (seg[: frames * hop] ** 2).reshape(frames, hop).mean(axis=1)
    t = (np.arange(frames) + 0.5) * hop
    slope, _ = np.polyfit(t, 10 * np.log10(e + 1e-300), 1)
    return seg * 10 ** (-slope * np.arange(len(seg)) / 20)


def tail_peaks_per_10k(h: np.ndarray, sr: int, threshold_db: float = 10.0,
                       neighbourhood: int = 200) -> float:
    """Spectral peaks of the decay-compensated tail more than ``threshold_db``
    over their local mean, per 10^4 bins from 50 Hz to 16 kHz."""
    seg = decay_compensated_tail(h, sr)
    p = np.abs(np.fft.rfft(seg * np.hanning(len(seg)))) ** 2
    k = np.ones(neighbourhood + 1) / (neighbourhood + 1)
    local = fftconvolve(p, k, mode="same")
    f = np.fft.rfftfreq(len(seg), 1 / sr)
    band = np.flatnonzero((f >= 50) & (f <= min(16000, 0.45 * sr)))
    band = band[(band > 0) & (band < len(p) - 1)]
    peak = (p[band] > p[band - 1]) & (p[band] >= p[band + 1])
    loud = p[band] > 10 ** (threshold_db / 10) * local[band]
    return float(1e4 * np.count_nonzero(peak & loud) / len(band))


def tail_autocorrelation(h: np.ndarray, sr: int, min_lag_ms: float = 5.0,
                         max_lag_ms: float = 300.0) -> tuple[float, float]:
    """``(largest |r|, its lag in ms)`` of the decay-compensated tail's
    normalized autocorrelation between ``min_lag_ms`` and ``max_lag_ms``."""
    seg = decay_compensated_tail(h, sr)
    n = 2 * len(seg)
    r = np.fft.irfft(np.abs(np.fft.rfft(seg, n)) ** 2, n)
    r = r / r[0]
    lo, hi = int(min_lag_ms * 1e-3 * sr), int(max_lag_ms * 1e-3 * sr)
    k = lo + int(np.argmax(np.abs(r[lo:hi])))
    return float(abs(r[k])), 1000.0 * k / sr


def octave_band(h: np.ndarray, sr: int, centre: float, fraction: int = 1) -> np.ndarray:
    """``h`` through a zero-phase band-pass one ``1/fraction`` octave wide.

    Shape: ``(n,)`` or ``(n, channels)`` in and out.
    """
    from scipy.signal import butter

    lo, hi = centre * 2 ** (-0.5 / fraction), centre * 2 ** (0.5 / fraction)
    sos = butter(4, [lo, min(hi, 0.49 * sr)], btype="bandpass", fs=sr, output="sos")
    return sosfiltfilt(sos, np.asarray(h, np.float64), axis=0)


def rt60(h: np.ndarray, sr: int, band_hz: float | None = None) -> float:
    """T30 reverberation time in seconds (broadband, or in one octave band).

    ``h`` of shape ``(n, channels)`` (the outputs of one impulse) pools the
    channels' energies: the decay is the same, the estimate steadier.
    """
    h = np.asarray(h, np.float64)
    if band_hz is not None:
        h = octave_band(h, sr, band_hz)
    energy = h**2 if h.ndim == 1 else (h**2).sum(axis=1)
    edc = np.cumsum(energy[::-1])[::-1]
    edc_db = 10 * np.log10(edc / edc[0] + 1e-300)
    i5, i35 = int(np.argmax(edc_db <= -5)), int(np.argmax(edc_db <= -35))
    if i35 <= i5 + 10:
        raise ValueError("the response does not decay by 35 dB")
    t = np.arange(i5, i35) / sr
    return float(-60 / np.polyfit(t, edc_db[i5:i35], 1)[0])


def rt60_mid(h: np.ndarray, sr: int) -> float:
    """T30,mid: the mean of the 500 Hz and 1 kHz octave bands' T30, in seconds."""
    return 0.5 * (rt60(h, sr, 500.0) + rt60(h, sr, 1000.0))


def third_octave_levels(h: np.ndarray, sr: int, lo: float = 100.0,
                        hi: float = 10000.0) -> tuple[np.ndarray, np.ndarray]:
    """Third-octave band centres from ``lo`` to ``hi`` and the response's
    energy density in each, in dB (the power spectrum averaged over the
    band: white noise is flat)."""
    h = np.asarray(h, np.float64)
    p = np.abs(np.fft.rfft(h)) ** 2
    f = np.fft.rfftfreq(len(h), 1 / sr)
    centres = 1000.0 * 2 ** (np.arange(-30, 31) / 3)
    centres = centres[(centres >= lo * 0.99) & (centres <= min(hi, 0.4 * sr) * 1.01)]
    levels = np.array([
        10 * np.log10(p[(f >= c * 2 ** (-1 / 6)) & (f < c * 2 ** (1 / 6))].mean() + 1e-300)
        for c in centres
    ])
    return centres, levels


def colouration_sd(h: np.ndarray, sr: int) -> float:
    """Standard deviation (dB) of the third-octave band levels, 100 Hz to 10 kHz."""
    return float(np.std(third_octave_levels(h, sr)[1]))


def level_change_db(y: np.ndarray, x: np.ndarray) -> float:
    """Output level relative to the input, in dB (RMS over the whole signals)."""
    y, x = np.asarray(y, np.float64), np.asarray(x, np.float64)
    return float(10 * np.log10(np.mean(y**2) / np.mean(x**2)))


def correlation(a: np.ndarray, b: np.ndarray) -> float:
    """Normalized zero-lag correlation of two signals."""
    a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
    return float(np.dot(a, b) / np.sqrt(np.dot(a, a) * np.dot(b, b)))
