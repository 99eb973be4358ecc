"""Changing a running stream's prompt, or bypassing it, with a crossfade.

:meth:`StreamingMLLM.set_prompt` and :attr:`StreamingMLLM.bypass` build
what the switch needs (the new prompt parsed and prepared, its rings
allocated) in the caller's thread, and queue it; the next call to
``process`` applies it at its first input sample ``N``.  From then on the
stream runs several *lanes* on the same input and mixes their outputs:

* the old lane (the chain that was running) keeps running;
* the new lane is a fresh stream of the new prompt, with the same framing and
  latency, fed the input from sample ``N`` on;
* output sample ``t`` corresponds to input sample ``i = t - latency_samples``.
  Up to ``i = N`` the output is the old lane's; over the next ``L``
  (crossfade) samples the new lane's weight rises as ``w = (1 - cos(pi u)) / 2``
  (``u`` from 0 to 1) and the old lane's falls as ``1 - w``: an
  amplitude-complementary raised-cosine fade.  The weights sum to 1, so two
  outputs under the -1 dBFS ceiling mix under it, and correlated signals (the
  same voice through two similar prompts, or dry and wet) do not bump by 3 dB
  as an equal-power fade would; uncorrelated ones dip by up to 3 dB at the
  middle of the fade.  Both weights have zero slope at the ends: no click.
* When the fade is over the old lane is released and the stream runs the new
  prompt alone, exactly as before (no extra cost).

A switch during a fade fades everything playing so far out under the newest
prompt.  With ``trails=True`` the old lane's *input* is faded instead of its
output, and the lane runs on until its tail (echo repeats, reverb decay) has
rung out under the new prompt; an output limiter at -1 dBFS guards that sum.

:attr:`bypass` is a lane too: the dry input delayed by ``latency_samples``.

Because the switch happens at an input sample, never at a block or frame
edge, the output is the same for every chunking of the input.  What the new
lane gives after the fade is exactly a fresh stream of the new prompt fed the
input from ``N`` on; for a time-invariant prompt it equals a fresh stream fed
the whole input from ``N + frame_length - hop_length`` on (the frames that
still hold the silence before ``N``), which the default 30 ms fade covers at
every sample rate.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .errors import ConfigError
from .ringbuffer import RingBuffer

__all__ = ["ALWAYS", "DryLane", "Lane", "Mixer", "crossfade_samples", "raised_cosine"]

ALWAYS = -(1 << 62)
"""Fade-in start of a lane that was playing before the mixer's clock began."""


def crossfade_samples(crossfade_ms: float, samplerate: int) -> int:
    """Crossfade length in samples; ``crossfade_ms`` must be finite and >= 0."""
    if isinstance(crossfade_ms, bool) or not isinstance(crossfade_ms, (int, float)):
        raise ConfigError(f"expected crossfade_ms as a number of ms, got {crossfade_ms!r}")
    if not math.isfinite(crossfade_ms) or not 0 <= crossfade_ms <= 10_000:
        raise ConfigError(f"expected crossfade_ms from 0 to 10000, got {crossfade_ms!r}")
    return int(round(crossfade_ms * samplerate / 1000.0))


def raised_cosine(i: np.ndarray, start: int, length: int) -> np.ndarray:
    """Fade-in weight at indices ``i``: 0 before ``start``, 1 from ``start + length``.

    Shape: ``(n,)`` in, ``(n,)`` float64 out.

    >>> raised_cosine(np.arange(5), 1, 2).round(6).tolist()
    [0.0, 0.0, 0.5, 1.0, 1.0]
    """
    if length <= 0:
        return (i >= start).astype(np.float64)
    u = np.clip((i - start) / length, 0.0, 1.0)
    return 0.5 - 0.5 * np.cos(np.pi * u)


class DryLane:
    """The input delayed by ``latency`` samples: what :attr:`bypass` plays.

    Shape: ``(n, channels)`` in and out.
    """

    tail_samples = 0

    def __init__(self, latency: int, channels: int) -> None:
        self.latency = latency
        self.channels = channels
        self._ring = RingBuffer(latency + 4096, channels)
        self._ring.write_zeros(latency)
        self.samples_out = 0

    def process(self, x: np.ndarray) -> np.ndarray:
        out = np.empty((len(x), self.channels), np.float32)
        pos = 0
        while pos < len(x):
            m = min(len(x) - pos, 4096)
            self._ring.write(x[pos : pos + m])
            self._ring.read(m, out[pos : pos + m])
            pos += m
        self.samples_out += len(x)
        return out

    def flush(self) -> np.ndarray:
        """Every input sample not yet returned (no tail). Shape: ``(m, channels)``."""
        rest = self._ring.read(len(self._ring))
        return rest[max(0, self.latency - self.samples_out) :]


@dataclass
class Lane:
    """One stream running in the mix.

    ``start`` and ``fade`` are the fade-in's start (an input sample index on
    the mixer's clock) and length; ``fades_out`` are the fades of every later
    switch, as ``(start, length)``.
    """

    stream: Any
    start: int
    fade: int
    trail: bool = False
    fades_out: list[tuple[int, int]] = field(default_factory=list)

    @property
    def is_dry(self) -> bool:
        return isinstance(self.stream, DryLane)

    def fade_in(self, i: np.ndarray) -> np.ndarray:
        return raised_cosine(i, self.start, self.fade)

    def fade_out(self, i: np.ndarray) -> np.ndarray:
        w = np.ones(len(i))
        for start, length in self.fades_out:
            w *= 1.0 - raised_cosine(i, start, length)
        return w

    def silent_from(self) -> float:
        """Input index from which this lane's output weight is 0 for good."""
        if not self.fades_out:
            return math.inf
        start, length = min(self.fades_out, key=lambda f: f[0] + f[1])
        end = start + length
        if self.trail:
            prepared = getattr(self.stream, "prepared", None)
            end += int(getattr(prepared, "tail_samples", 0))
        return end


class Mixer:
    """The lanes of a stream during and after switches; see the module docstring.

    Parameters
    ----------
    first : Lane
        The lane playing when the mixer starts (weight 1).
    latency : int
        The stream's ``latency_samples``.
    channels : int
    limiter : object
        A zero-latency output limiter with ``new_state(channels)`` and
        ``process(x, state)``, used while a trailing lane sounds.
    """

    def __init__(self, first: Lane, latency: int, channels: int, limiter: Any) -> None:
        self.lanes = [first]
        self.latency = latency
        self.channels = channels
        self.pos = 0  # input samples processed since the mixer started
        self.limiter = limiter
        self.limiter_state = limiter.new_state(channels)
        self.limiting = False

    def switch(self, stream: Any, fade: int, trails: bool) -> None:
        """Fade ``stream`` in from the next input sample."""
        n = self.pos
        for lane in self.lanes:
            lane.fades_out.append((n, fade))
            if trails and not lane.is_dry:
                lane.trail = True
                self.limiting = True
        self.lanes.append(Lane(stream, n, fade))

    def process(self, x: np.ndarray) -> np.ndarray:
        """Shape: ``(n, channels)`` float32 in, the same out."""
        n = len(x)
        i_in = self.pos + np.arange(n)
        i_out = i_in - self.latency
        acc = np.zeros((n, self.channels))
        for lane in self.lanes:
            if lane.trail:
                y = lane.stream.process((x * lane.fade_out(i_in)[:, None]).astype(np.float32))
                w = lane.fade_in(i_out)
            else:
                y = lane.stream.process(x)
                w = lane.fade_in(i_out) * lane.fade_out(i_out)
            acc += w[:, None] * y
        self.pos += n
        out = self._limit(acc)
        # lanes whose weight is 0 from here on are released
        now = self.pos - self.latency
        self.lanes = [lane for lane in self.lanes if lane.silent_from() > now]
        return out

    def _limit(self, acc: np.ndarray) -> np.ndarray:
        if not self.limiting:
            return acc.astype(np.float32)
        out = self.limiter.process(acc, self.limiter_state)
        if not any(lane.trail for lane in self.lanes):
            # off only once the envelope is back under the ceiling: no jump in gain
            self.limiting = bool((self.limiter_state.env > self.limiter.ceiling).any())
        return out

    def settled(self) -> Lane | None:
        """The one lane left, if it plays alone at full weight with nothing to guard."""
        if len(self.lanes) != 1 or self.limiting:
            return None
        lane = self.lanes[0]
        if lane.trail or lane.fades_out or self.pos - self.latency < lane.start + lane.fade:
            return None
        return lane

    def flush(self) -> np.ndarray:
        """Mix every lane's flush, aligned on the input samples they stand for.

        Shape: ``(m, channels)``.
        """
        pieces = []
        first = math.inf
        for lane in self.lanes:
            s = lane.stream
            # a lane's flush starts at the first input sample it has not yet output
            begin = self.pos - min(int(s.samples_out), self.latency)
            y = s.flush()
            y = y.reshape(len(y), self.channels)  # (0,) from a mono lane too
            pieces.append((lane, begin, y))
            first = min(first, begin)
        if not pieces:
            return np.zeros((0, self.channels), np.float32)
        first = int(first)
        length = max(begin - first + len(y) for _, begin, y in pieces)
        i = first + np.arange(length)
        acc = np.zeros((length, self.channels))
        for lane, begin, y in pieces:
            w = lane.fade_in(i) if lane.trail else lane.fade_in(i) * lane.fade_out(i)
            seg = slice(begin - first, begin - first + len(y))
            acc[seg] += w[seg, None] * y
        return self._limit(acc)
