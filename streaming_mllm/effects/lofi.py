"""Lo-fi: a bit crusher and added noise (hiss, radio static, crackle, mains hum).

Both work sample by sample on absolute sample positions, so any split of a
stream into blocks gives the same output, and neither reads ahead.

The noise is generated in blocks of :data:`NOISE_BLOCK` samples, block ``b``
of channel ``c`` from its own generator seeded with ``(seed, c, b)``, in
order; whatever the chunking of the stream, the same seed adds the same
noise.  Its level is set from the generating process (its expected power),
never measured on the signal.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from .base import EffectContext
from .registry import NOISE_KINDS

NOISE_BLOCK = 4096
"""Samples generated at a time per channel."""

STATIC_FLUTTER = 0.5
"""Static's level flutter: the noise is scaled by ``exp(s u - s^2)`` with
``u`` a unit-variance random process, which keeps the mean power at 1 while
the level swings by about ``8.7 s`` dB."""

STATIC_FLUTTER_S = 0.03
"""Time constant of the static's flutter."""

CRACKLE_RATE = 30.0
"""Clicks per second in the crackle."""

CRACKLE_DECAY_S = 2e-4
"""Each click decays exponentially with this time constant."""

CRACKLE_AMP = (0.2, 1.0)
"""Range of the clicks' amplitudes (uniform, random sign)."""

HUM_HARMONICS = np.array([1.0, 0.6, 0.45, 0.25, 0.2, 0.12, 0.1, 0.06])
"""Amplitudes of mains hum's harmonics 1..8 (the rectifiers' even harmonics
and the transformers' odd ones)."""


def _choice(value: float | str, choices: tuple[str, ...], what: str) -> str:
    """A categorical parameter given by name or by index."""
    if isinstance(value, str):
        if value not in choices:
            raise ValueError(f"expected {what} one of {', '.join(choices)}, got {value!r}")
        return value
    i = int(round(float(value)))
    if not 0 <= i < len(choices):
        raise ValueError(f"expected {what} index 0 to {len(choices) - 1}, got {value!r}")
    return choices[i]


# --------------------------------------------------------------------------- bitcrush


@dataclass
class BitcrushState:
    held: np.ndarray  # (channels,): the value being held
    samples: int = 0  # samples seen so far


class Bitcrush:
    """Bit crusher: fewer levels and a lower sample rate, by sample and hold.

    The input is quantized to ``N = floor(2**bits)`` levels, step ``2 / N``,
    as an ``N``-level signed integer format would (``-1`` is a level, ``+1``
    is not; silence stays silent), and held for ``samplerate / rate_hz``
    samples: sample ``n`` holds the value taken at the first sample of
    its period ``floor(n rate_hz / samplerate)``.  The holding makes images
    of each frequency ``f`` at ``k rate_hz +- f`` shaped by the hold's
    ``sinc(f / rate_hz)``.
    """

    tail_samples = 0

    def __init__(self, params: Mapping[str, float], ctx: EffectContext) -> None:
        p = params
        self.levels = max(2, int(math.floor(2.0 ** float(p["bits"]) + 1e-9)))
        self.step = 2.0 / self.levels
        self.lowest = -(self.levels // 2)
        self.highest = self.levels - self.levels // 2 - 1
        self.ratio = min(float(p["rate_hz"]) / ctx.samplerate, 1.0)

    def new_state(self, channels: int) -> BitcrushState:
        return BitcrushState(np.zeros(channels))

    def quantize(self, x: np.ndarray) -> np.ndarray:
        """Nearest of the ``levels`` values.  Shape: any, the same out."""
        return np.clip(np.round(x / self.step), self.lowest, self.highest) * self.step

    def process(self, x: np.ndarray, state: BitcrushState) -> np.ndarray:
        """Shape: ``(n, channels)`` in and out."""
        x = np.asarray(x, dtype=np.float64)
        n = len(x)
        if n == 0:
            return x.copy()
        if self.ratio >= 1.0:
            state.samples += n
            out = self.quantize(x)
            state.held = out[-1].copy()
            return out
        index = state.samples + np.arange(-1, n)
        period = np.floor(index * self.ratio)
        starts = period[1:] != period[:-1]  # the first sample of a hold period
        values = np.concatenate([state.held[None, :], self.quantize(x[starts])])
        # each sample takes the latest start up to it (0: the value held coming in)
        out = values[np.cumsum(starts)]
        state.held = out[-1].copy()
        state.samples += n
        return out


# --------------------------------------------------------------------------- noise


@dataclass
class NoiseState:
    channels: int
    samples: int = 0  # samples of noise used so far
    block: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))  # (NOISE_BLOCK, channels)
    flutter: np.ndarray | None = None  # (channels,): the static's flutter process
    clicks: np.ndarray | None = None  # (channels,): the crackle's decaying click


class Noise:
    """Adds noise of one ``kind`` at ``level_db`` dBFS RMS (0 dB: RMS 1).

    ``hiss``
        White Gaussian noise, decorrelated between channels.
    ``static``
        White noise whose level flutters randomly (AM radio between
        stations), decorrelated between channels.
    ``crackle``
        Sparse clicks, :data:`CRACKLE_RATE` a second, each a decaying
        exponential of random amplitude and sign (an old record or film).
    ``hum``
        Mains hum at ``hum_hz`` with its harmonics, the same on every
        channel.

    The same ``seed`` gives the same noise, whatever the chunking.
    """

    tail_samples = 0

    def __init__(self, params: Mapping[str, float], ctx: EffectContext) -> None:
        from scipy.signal import lfilter

        p = params
        self._lfilter = lfilter
        self.kind = _choice(p["kind"], NOISE_KINDS, "noise kind")
        self.rms = 10.0 ** (float(p["level_db"]) / 20.0)
        self.seed = int(round(float(p["seed"]))) & 0xFFFFFFFF
        self.samplerate = fs = ctx.samplerate
        self.hum_hz = float(p.get("hum_hz", 50.0))
        self._flutter_p = math.exp(-1.0 / (STATIC_FLUTTER_S * fs))
        self._click_p = math.exp(-1.0 / (CRACKLE_DECAY_S * fs))
        lo, hi = CRACKLE_AMP
        mean_a2 = (hi**3 - lo**3) / (3.0 * (hi - lo))
        # power of the click train: rate x mean square amplitude x energy of one click
        click_power = CRACKLE_RATE / fs * mean_a2 / (1.0 - self._click_p**2)
        self._click_scale = 1.0 / math.sqrt(click_power)
        k = np.arange(1, len(HUM_HARMONICS) + 1)
        self._hum_k = k[k * self.hum_hz < 0.45 * fs]
        amps = HUM_HARMONICS[: len(self._hum_k)]
        self._hum_amps = amps / math.sqrt(0.5 * float(np.sum(amps**2)))

    def new_state(self, channels: int) -> NoiseState:
        return NoiseState(channels)

    def _rng(self, channel: int, block: int) -> np.random.Generator:
        return np.random.default_rng([self.seed, channel, block + 1])

    def _make_block(self, b: int, state: NoiseState) -> np.ndarray:
        """Block ``b`` of unit-RMS noise, shape ``(NOISE_BLOCK, channels)``;
        blocks are made in order, the filters' states carried across."""
        m, ch = NOISE_BLOCK, state.channels
        out = np.empty((m, ch))
        if self.kind == "hum":
            n = b * m + np.arange(m)
            # the phase from the absolute position, reduced before scaling by 2 pi
            cycles = np.mod(n * (self.hum_hz / self.samplerate), 1.0)
            hum = np.zeros(m)
            for k, a in zip(self._hum_k, self._hum_amps, strict=True):
                hum += a * np.sin(2.0 * np.pi * np.mod(k * cycles, 1.0))
            out[:] = hum[:, None]
            return out
        for c in range(ch):
            rng = self._rng(c, b)
            if self.kind == "hiss":
                out[:, c] = rng.standard_normal(m)
            elif self.kind == "static":
                if state.flutter is None:
                    # start the flutter in its stationary state (unit variance)
                    state.flutter = np.array(
                        [self._rng(cc, -1).standard_normal() for cc in range(ch)]
                    )
                p = self._flutter_p
                w = rng.standard_normal(m)
                u, _ = self._lfilter(
                    [math.sqrt(1.0 - p * p)],
                    [1.0, -p],
                    rng.standard_normal(m),
                    zi=[p * state.flutter[c]],
                )
                state.flutter[c] = u[-1]
                s = STATIC_FLUTTER
                out[:, c] = w * np.exp(s * u - s * s)
            else:  # crackle
                if state.clicks is None:
                    state.clicks = np.zeros(ch)
                count = rng.poisson(CRACKLE_RATE * m / self.samplerate)
                train = np.zeros(m)
                at = rng.integers(0, m, count)
                amp = rng.uniform(*CRACKLE_AMP, count) * rng.choice([-1.0, 1.0], count)
                np.add.at(train, at, amp)
                p = self._click_p
                y, _ = self._lfilter([1.0], [1.0, -p], train, zi=[p * state.clicks[c]])
                state.clicks[c] = y[-1]
                out[:, c] = y * self._click_scale
        return out

    def noise(self, n: int, state: NoiseState) -> np.ndarray:
        """The next ``n`` samples of noise at the set level, shape ``(n, channels)``."""
        out = np.empty((n, state.channels))
        done = 0
        while done < n:
            b, offset = divmod(state.samples, NOISE_BLOCK)
            if offset == 0:
                state.block = self._make_block(b, state)
            k = min(n - done, NOISE_BLOCK - offset)
            out[done : done + k] = state.block[offset : offset + k]
            done += k
            state.samples += k
        return out * self.rms

    def process(self, x: np.ndarray, state: NoiseState) -> np.ndarray:
        """Shape: ``(n, channels)`` in and out."""
        x = np.asarray(x, dtype=np.float64)
        return x + self.noise(len(x), state)
