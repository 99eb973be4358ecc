"""Signals and measurements for pitch, formant and robot quality.

Shared by the tests (``tests/test_pitch_quality.py``) and the peer comparison
(``benchmarks/compare_pitch.py``), so that both report the same figures.
Each measurement is defined here once, in numbers a listener would care
about; none knows how the effect under test works.
"""

from __future__ import annotations

import numpy as np
import scipy.signal

# ------------------------------------------------------------------ signals


def harmonic_tone(f0: float, seconds: float, sr: int, n_harmonics: int = 20,
                  level: float = 0.3) -> np.ndarray:
    """Harmonics ``1..n`` of ``f0`` with ``1/k`` amplitudes, below Nyquist.

    Shape: ``(int(seconds * sr),)`` float64.
    """
    t = np.arange(int(seconds * sr)) / sr
    x = np.zeros_like(t)
    for k in range(1, n_harmonics + 1):
        if k * f0 < 0.45 * sr:
            x += np.sin(2 * np.pi * k * f0 * t + 0.3 * k * k) / k
    return level * x / np.abs(x).max()


VOWELS = {
    # (F1, F2, F3) in Hz, Peterson and Barney's adult male averages
    "a": (730.0, 1090.0, 2440.0),
    "i": (270.0, 2290.0, 3010.0),
    "u": (300.0, 870.0, 2240.0),
}
FORMANT_BANDWIDTHS = (80.0, 100.0, 140.0)


def vowel(name: str, f0: float, seconds: float, sr: int, level: float = 0.3,
          formants: tuple[float, ...] | None = None, jitter: float = 0.0) -> np.ndarray:
    """A source-filter vowel: a glottal pulse train through formant resonators.

    The source is a Rosenberg-like glottal pulse per period (open phase 40 %,
    closing phase 16 %), differentiated (lip radiation); the filter is a
    cascade of two-pole resonators at the vowel's formants.  ``jitter`` is a
    slow f0 wobble (relative depth, 5 Hz).

    Shape: ``(int(seconds * sr),)`` float64.
    """
    n = int(seconds * sr)
    t = np.arange(n) / sr
    f = f0 * (1.0 + jitter * np.sin(2 * np.pi * 5.0 * t))
    phase = np.cumsum(f) / sr  # periods elapsed
    u = phase % 1.0
    op, cl = 0.4, 0.16
    glottal = np.where(u < op, 0.5 - 0.5 * np.cos(np.pi * u / op),
                       np.where(u < op + cl, np.cos(0.5 * np.pi * (u - op) / cl), 0.0))
    x = np.diff(glottal, prepend=0.0)
    for fc, bw in zip(formants or VOWELS[name], FORMANT_BANDWIDTHS, strict=False):
        r = np.exp(-np.pi * bw / sr)
        a = [1.0, -2 * r * np.cos(2 * np.pi * fc / sr), r * r]
        x = scipy.signal.lfilter([sum(a)], a, x)
    x = scipy.signal.lfilter([1.0, -1.0], [1.0, -0.99], x)  # no DC
    return level * x / np.abs(x[n // 10:]).max()


def click_train(sr: int, seconds: float = 1.0, at: float = 0.5) -> np.ndarray:
    """One click (a 4-sample raised-cosine pulse) in silence.  Shape: ``(n,)``."""
    x = np.zeros(int(seconds * sr))
    i = int(at * sr)
    x[i:i + 4] = 0.5 * np.hanning(6)[1:5]
    return x


def noise_burst(sr: int, seconds: float = 1.0, at: float = 0.5, level: float = 0.1,
                seed: int = 1) -> np.ndarray:
    """White noise starting abruptly at ``at`` seconds.  Shape: ``(n,)``."""
    x = np.zeros(int(seconds * sr))
    i = int(at * sr)
    x[i:] = level * np.random.default_rng(seed).standard_normal(len(x) - i)
    return x


# ------------------------------------------------------------------ measures


def _spectrum(x: np.ndarray, sr: int) -> tuple[np.ndarray, np.ndarray]:
    w = scipy.signal.windows.blackmanharris(len(x))
    p = np.abs(np.fft.rfft(x * w)) ** 2
    return np.fft.rfftfreq(len(x), 1 / sr), p


def harmonic_to_artefact_db(y: np.ndarray, sr: int, f0: float, top_hz: float | None = None,
                            half_width_hz: float = 6.0) -> float:
    """Energy within ``half_width_hz`` of the harmonics of ``f0`` over the
    energy elsewhere (40 Hz to ``top_hz``), on a steady stretch ``y`` of at
    least half a second (Blackman-Harris window: its main lobe is 4 bins each
    side, 8 Hz for 0.5 s, so a pure harmonic stays within 6 Hz of its peak
    at 1 s).  An old pitch's ghost, phasing sidebands, noise: all artefact.
    """
    f, p = _spectrum(y, sr)
    top = top_hz or 0.45 * sr
    band = (f >= 40.0) & (f <= top)
    best = -np.inf
    # the harmonics are looked for at f0 within +-0.3 %: a slightly mistuned
    # shift is the gross-error measure's business, not an artefact
    for g in f0 * (1 + np.linspace(-0.003, 0.003, 13)):
        k = np.round(f / g)
        near = (k >= 1) & (np.abs(f - k * g) <= half_width_hz)
        harm = p[band & near].sum()
        rest = p[band & ~near].sum()
        best = max(best, float(10 * np.log10(harm / max(rest, 1e-30))))
    return best


def frame_f0(x: np.ndarray, sr: int, frame_s: float = 0.04, hop_s: float = 0.01,
             fmin: float = 60.0, fmax: float = 600.0) -> tuple[np.ndarray, np.ndarray]:
    """f0 and periodicity per frame by the normalized difference function
    (YIN's cumulative mean normalized difference, threshold 0.15, parabolic
    refinement).  Returns ``(f0, aperiodicity)``, each ``(n_frames,)``; a
    voiced frame has aperiodicity below about 0.2.
    """
    n, h = int(frame_s * sr), int(hop_s * sr)
    lo, hi = int(sr / fmax), int(sr / fmin)
    starts = np.arange(0, len(x) - n - hi, h)
    f0 = np.zeros(len(starts))
    ap = np.ones(len(starts))
    for j, s in enumerate(starts):
        seg = x[s:s + n + hi]
        e = np.cumsum(np.concatenate([[0.0], seg * seg]))
        energy0 = e[n] - e[0]
        if energy0 <= 1e-8 * n:
            continue
        ref = seg[:n]
        spec_len = 1 << int(np.ceil(np.log2(2 * (n + hi))))
        corr = np.fft.irfft(np.conj(np.fft.rfft(ref, spec_len)) * np.fft.rfft(seg, spec_len),
                            spec_len)[:hi + 1]
        lags = np.arange(hi + 1)
        energy_l = e[lags + n] - e[lags]
        d = energy0 + energy_l - 2 * corr
        d[0] = 0.0
        cmnd = np.ones(hi + 1)
        cs = np.cumsum(d[1:])
        cmnd[1:] = d[1:] * np.arange(1, hi + 1) / np.maximum(cs, 1e-30)
        region = cmnd[lo:hi]
        below = np.nonzero(region < 0.15)[0]
        if below.size:
            i = below[0]
            while i + 1 < region.size and region[i + 1] < region[i]:
                i += 1
        else:
            i = int(np.argmin(region))
        lag = lo + i
        if 1 <= lag < hi:
            a, b, c = cmnd[lag - 1], cmnd[lag], cmnd[lag + 1]
            den = a - 2 * b + c
            shift = 0.5 * (a - c) / den if den > 0 else 0.0
        else:
            shift = 0.0
        f0[j] = sr / (lag + shift)
        ap[j] = cmnd[lag]
    return f0, ap


def gross_f0_error_rate(x: np.ndarray, y: np.ndarray, sr: int, semitones: float,
                        cents: float = 100.0) -> float:
    """Share of the input's clearly voiced frames (aperiodicity < 0.1, in
    both the frame and its neighbours) where the output's f0 is more than
    ``cents`` from the input's times ``2**(semitones/12)``.  ``x`` and ``y``
    aligned, same length.
    """
    ratio = 2 ** (semitones / 12)
    fx, ax = frame_f0(x, sr)
    lo = 0.8 * 60.0 * min(1.0, ratio)
    hi = min(0.45 * sr, 600.0 * max(1.0, ratio))
    fy, _ = frame_f0(y, sr, fmin=lo, fmax=hi)
    m = min(len(fx), len(fy))
    fx, ax, fy = fx[:m], ax[:m], fy[:m]
    voiced = ax < 0.1
    voiced[1:-1] &= voiced[:-2] & voiced[2:]
    if not voiced.any():
        raise ValueError("no voiced frame in the input")
    err = 1200 * np.abs(np.log2(np.maximum(fy[voiced], 1e-3) / (fx[voiced] * ratio)))
    return float(np.mean(err > cents))


def _harmonic_levels_db(x: np.ndarray, sr: int, f0: float, top_hz: float) -> np.ndarray:
    f, p = _spectrum(x, sr)
    df = f[1]
    ks = np.arange(1, int(top_hz / f0) + 1)
    return np.array([10 * np.log10(p[np.abs(f - k * f0) <= 3 * df].max() + 1e-30) for k in ks])


def missing_harmonics(x: np.ndarray, y: np.ndarray, sr: int, f0: float, ratio: float,
                      formant_ratio: float, top_hz: float = 4000.0, drop_db: float = 10.0
                      ) -> float:
    """Share of the output's harmonics that are missing.

    ``x`` is a steady voiced stretch at ``f0``, ``y`` the same stretch shifted
    by ``ratio`` with its envelope moved by ``formant_ratio`` (1 when the
    formants are kept, ``ratio`` when they follow).  Each harmonic of
    ``f0 * ratio`` up to ``top_hz`` is expected at the input's harmonic
    levels (in dB, interpolated) at ``f / formant_ratio``; after removing the
    median difference (a change of overall level), a harmonic more than
    ``drop_db`` below its expected level is missing.  Harmonics expected more
    than 40 dB under the loudest are not counted.
    """
    lx = _harmonic_levels_db(x, sr, f0, sr / 2 * 0.9)
    fx = f0 * np.arange(1, len(lx) + 1)
    ly = _harmonic_levels_db(y, sr, f0 * ratio, top_hz)
    fy = f0 * ratio * np.arange(1, len(ly) + 1)
    expected = np.interp(fy / formant_ratio, fx, lx)
    audible = expected >= lx.max() - 40.0
    d = ly[audible] - expected[audible]
    d -= np.median(d)
    return float(np.mean(d < -drop_db))


def log_spectral_distance(x: np.ndarray, y: np.ndarray, sr: int, frame_s: float = 0.032,
                          lo_hz: float = 50.0, hi_hz: float = 8000.0,
                          floor_db: float = -60.0) -> float:
    """Mean over active frames of the RMS difference in dB between the power
    spectra of ``x`` and ``y`` (Hann frames of ``frame_s``, half overlap,
    ``lo_hz``..``hi_hz``); powers floored ``floor_db`` under the loudest bin
    of ``x``, frames of ``x`` within 40 dB of the loudest counted.  Aligned
    inputs of one length.
    """
    n = int(frame_s * sr)
    _, _, sx = scipy.signal.stft(x, sr, "hann", n, n // 2, boundary=None, padded=False)
    f, _, sy = scipy.signal.stft(y, sr, "hann", n, n // 2, boundary=None, padded=False)
    band = (f >= lo_hz) & (f <= hi_hz)
    px, py = np.abs(sx[band]) ** 2, np.abs(sy[band]) ** 2
    floor = px.max() * 10 ** (floor_db / 10)
    dbx, dby = 10 * np.log10(px + floor), 10 * np.log10(py + floor)
    energy = px.sum(axis=0)
    active = energy >= energy.max() * 1e-4
    d = np.sqrt(np.mean((dbx - dby) ** 2, axis=0))
    return float(d[active].mean())


def pre_echo_db(y: np.ndarray, sr: int, at: float) -> float:
    """Energy of ``y`` arriving more than 1 ms before ``at`` seconds (a
    click's true time), over the total energy, in dB."""
    i = int((at - 0.001) * sr)
    pre = float(np.sum(y[:i] ** 2))
    return float(10 * np.log10(max(pre, 1e-30) / max(float(np.sum(y**2)), 1e-30)))


def onset_ms(y: np.ndarray, sr: int, at: float) -> float:
    """Time from ``at`` seconds until the 2 ms RMS envelope of ``y`` first
    reaches half its median level over the following 100-300 ms."""
    win = int(0.002 * sr)
    env = np.sqrt(np.convolve(y**2, np.ones(win) / win, mode="same"))
    i = int(at * sr)
    steady = np.median(env[i + int(0.1 * sr): i + int(0.3 * sr)])
    after = np.nonzero(env[i - int(0.05 * sr):] >= 0.5 * steady)[0]
    return float((after[0] - int(0.05 * sr)) / sr * 1000.0)


def formants_lpc(x: np.ndarray, sr: int, n_formants: int = 2, order: int | None = None
                 ) -> np.ndarray:
    """Formant frequencies (Hz, ascending) from LPC roots on a steady vowel,
    after resampling to 10 kHz (order 12 there), keeping roots with a
    bandwidth under 400 Hz and a frequency over 150 Hz."""
    from math import gcd

    g = gcd(int(sr), 10000)
    z = scipy.signal.resample_poly(x, 10000 // g, int(sr) // g)
    fs = 10000.0
    z = scipy.signal.lfilter([1.0, -0.63], [1.0], z) * np.hamming(len(z))
    p = order or 12
    r = np.correlate(z, z, "full")[len(z) - 1: len(z) + p]
    a = scipy.linalg.solve_toeplitz(r[:p], -r[1:p + 1])
    roots = np.roots(np.concatenate([[1.0], a]))
    roots = roots[np.imag(roots) > 0]
    freqs = np.angle(roots) * fs / (2 * np.pi)
    bws = -np.log(np.abs(roots)) * fs / np.pi
    keep = (freqs > 150) & (bws < 400)
    return np.sort(freqs[keep])[:n_formants]


def formants_near(measured: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """For each target formant, the nearest measured one (LPC can add a weak
    extra pole between formants; a formant that did not move is still far
    from its target)."""
    measured = np.asarray(measured)
    return np.array([measured[np.argmin(np.abs(measured - t))] for t in targets])


def hnr_db(x: np.ndarray, sr: int, f0: float, half_width_hz: float = 6.0) -> float:
    """Harmonics-to-noise ratio of a steady stretch: harmonic-to-artefact
    over 40 Hz to 5 kHz."""
    return harmonic_to_artefact_db(x, sr, f0, top_hz=5000.0, half_width_hz=half_width_hz)


def stoi(x: np.ndarray, y: np.ndarray, sr: int) -> float:
    """Short-time objective intelligibility (Taal et al. 2011) of ``y``
    against the clean ``x``, by the ``pystoi`` package (``bench`` extra)."""
    from pystoi import stoi as _stoi

    return float(_stoi(x, y, sr, extended=False))


def stoi_taal(x: np.ndarray, y: np.ndarray, sr: int) -> float:
    """Short-time objective intelligibility of ``y`` against the clean ``x``,
    following Taal, Hendriks, Heusdens and Jensen (2011): 10 kHz, 256-sample
    Hann frames at half overlap (512-point DFT), frames more than 40 dB under
    the loudest of ``x`` dropped, 15 third-octave bands from 150 Hz,
    384 ms (30-frame) segments, ``y`` scaled to ``x``'s segment energy and
    clipped at -15 dB signal-to-distortion, correlation averaged over bands
    and segments.  Aligned inputs of one length.
    """
    from math import gcd

    fs, n_frame, n_fft, n_seg, beta_db = 10000, 256, 512, 30, -15.0
    g = gcd(int(sr), fs)
    x = scipy.signal.resample_poly(np.asarray(x, np.float64), fs // g, int(sr) // g)
    y = scipy.signal.resample_poly(np.asarray(y, np.float64), fs // g, int(sr) // g)
    w = np.hanning(n_frame + 2)[1:-1]
    hop = n_frame // 2
    starts = np.arange(0, len(x) - n_frame + 1, hop)
    fx = np.stack([w * x[s:s + n_frame] for s in starts])
    fy = np.stack([w * y[s:s + n_frame] for s in starts])
    e = 20 * np.log10(np.linalg.norm(fx, axis=1) + np.finfo(float).eps)
    keep = e >= e.max() - 40.0
    fx, fy = fx[keep], fy[keep]
    # the kept frames overlap-added into new signals, then analysed again
    def ola(frames: np.ndarray) -> np.ndarray:
        out = np.zeros((len(frames) - 1) * hop + n_frame)
        for i, fr in enumerate(frames):
            out[i * hop:i * hop + n_frame] += fr
        return out
    x2, y2 = ola(fx), ola(fy)
    starts = np.arange(0, len(x2) - n_frame + 1, hop)
    sx = np.abs(np.fft.rfft(np.stack([w * x2[s:s + n_frame] for s in starts]), n_fft)) ** 2
    sy = np.abs(np.fft.rfft(np.stack([w * y2[s:s + n_frame] for s in starts]), n_fft)) ** 2
    f = np.fft.rfftfreq(n_fft, 1 / fs)
    cf = 150.0 * 2 ** (np.arange(15) / 3)
    edges_lo = np.array([np.argmin(np.abs(f - c * 2 ** (-1 / 6))) for c in cf])
    edges_hi = np.array([np.argmin(np.abs(f - c * 2 ** (1 / 6))) for c in cf])
    bx = np.stack([np.sqrt(sx[:, a:b].sum(axis=1)) for a, b in zip(edges_lo, edges_hi,
                                                                    strict=True)])
    by = np.stack([np.sqrt(sy[:, a:b].sum(axis=1)) for a, b in zip(edges_lo, edges_hi,
                                                                    strict=True)])
    clip = 10 ** (-beta_db / 20)
    scores = []
    for m in range(n_seg, bx.shape[1] + 1):
        xs, ys = bx[:, m - n_seg:m], by[:, m - n_seg:m]
        alpha = np.linalg.norm(xs, axis=1, keepdims=True) / (
            np.linalg.norm(ys, axis=1, keepdims=True) + np.finfo(float).eps)
        yc = np.minimum(alpha * ys, xs * (1 + clip))
        xm = xs - xs.mean(axis=1, keepdims=True)
        ym = yc - yc.mean(axis=1, keepdims=True)
        scores.append(np.sum(xm * ym, axis=1) / (
            np.linalg.norm(xm, axis=1) * np.linalg.norm(ym, axis=1) + np.finfo(float).eps))
    return float(np.mean(scores))
