"""The latency budget: how long ``process`` takes, ``--latency``, and where the delay comes from.

Before the stream opens, :func:`measure_processing` times ``process`` on
blocks of noise.  When the 99th percentile stays below
:data:`IN_CALLBACK_FRACTION` (half) of the block period, ``process`` runs in
the audio callback: no added latency.  Otherwise it runs in a worker thread
between two block rings whose output side starts with ``prefill`` blocks of
silence, reported as ``worker buffering``.

Measured on the 2-vCPU development machine at 48 kHz, as ``live`` prints it
before starting: the 99th percentile of ``process`` was 0.10-0.15 ms per
10.67 ms block (512-sample hop) for ``clean``, 0.51 ms per 5.33 ms block
(256-sample hop, which pitch prompts use) for ``up 3 semitones``, about
0.34 ms for ``robot`` at 512 samples.  That fits, so processing runs in the
callback, and the worker thread is used only for models measured too slow,
or when forced.

Parts of :class:`LatencyBudget`
    ``algorithmic``
        ``StreamingMLLM.latency_samples``: the output is the input delayed by
        this many samples for the identity prompt ``clean``.
    ``device input`` / ``device output``
        ``Stream.latency`` of the stream as actually opened, which PortAudio
        derives from the host's own buffering and the ports' latencies.
    ``worker buffering``
        the worker thread's prefill (zero when processing in the callback).
    ``total``
        the sum: the delay from sound at the microphone to sound at the speaker.

    Loopback check (``tests/test_live.py``): with a JACK server on the dummy
    driver at a period of 256, PortAudio reports an input latency of 0 and an
    output latency of 512 samples (its own block of buffering plus the
    256-sample playback latency of the JACK ports).  Connecting the stream's
    own output port to its input port closes the loop in JACK, which breaks
    the cycle with one period of delay, standing in for the playback to
    capture path.  A click going round the loop through the identity prompt
    reappears every ``total`` samples, to the sample, for block sizes 128,
    256, 512 and 1024 (output latency 384, 512, 768 and 1280).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = [
    "IN_CALLBACK_FRACTION",
    "LatencyBudget",
    "ProcessingTiming",
    "measure_processing",
    "parse_latency",
]

IN_CALLBACK_FRACTION = 0.5
"""Share of a block period that ``process`` may take (99th percentile) to run
inside the audio callback; above it, processing moves to a worker thread."""


def parse_latency(value: str | float | None) -> str | float:
    """Parse ``--latency``: ``"low"``, ``"high"`` or a number of seconds.

    Parameters
    ----------
    value : str, float or None
        ``None`` means ``"low"``.

    Returns
    -------
    str or float
        What :class:`sounddevice.Stream` accepts as ``latency``.

    Raises
    ------
    ValueError
        For anything else, or a negative number.
    """
    if value is None:
        return "low"
    if isinstance(value, str):
        v = value.strip().lower()
        if v in ("low", "high"):
            return v
        try:
            seconds = float(v)
        except ValueError:
            raise ValueError(
                f"latency must be 'low', 'high' or a number of seconds, not {value!r}"
            ) from None
    else:
        seconds = float(value)
    if not math.isfinite(seconds) or seconds < 0:
        raise ValueError(f"latency must be a non-negative number of seconds, not {value!r}")
    return seconds


@dataclass(frozen=True)
class LatencyBudget:
    """Where the delay from microphone to speaker comes from, in samples."""

    samplerate: int
    algorithmic: int
    device_input: int
    device_output: int
    buffering: int = 0

    @property
    def total(self) -> int:
        """Sum of all parts, in samples."""
        return self.algorithmic + self.device_input + self.device_output + self.buffering

    def ms(self, samples: int) -> float:
        """Convert samples to milliseconds at this budget's rate."""
        return 1000.0 * samples / self.samplerate

    def lines(self) -> list[str]:
        """The budget as printable lines."""
        parts = [
            ("algorithmic", self.algorithmic),
            ("device input", self.device_input),
            ("device output", self.device_output),
        ]
        if self.buffering:
            parts.append(("worker buffering", self.buffering))
        parts.append(("total", self.total))
        out = [f"latency budget at {self.samplerate} Hz:"]
        out += [f"  {name:<16} {n:>6} samples  {self.ms(n):7.2f} ms" for name, n in parts]
        return out


@dataclass(frozen=True)
class ProcessingTiming:
    """Time ``process`` takes per block, in seconds, against the block period."""

    blocksize: int
    period: float
    mean: float
    p99: float
    max: float

    @property
    def fits_in_callback(self) -> bool:
        """Whether the 99th percentile fits in :data:`IN_CALLBACK_FRACTION` of a period."""
        return self.p99 <= IN_CALLBACK_FRACTION * self.period


def measure_processing(processor: Any, blocksize: int, blocks: int = 60) -> ProcessingTiming:
    """Time ``processor.process`` on blocks of noise, then reset the processor.

    Parameters
    ----------
    processor : StreamingMLLM
        Anything with ``process``, ``reset``, ``samplerate`` and ``channels``.
    blocksize : int
        Samples per block.
    blocks : int, default 60
        How many blocks to time (after a few warm-up blocks).

    Returns
    -------
    ProcessingTiming
    """
    rng = np.random.default_rng(0)
    x = (0.1 * rng.standard_normal((blocksize, processor.channels))).astype(np.float32)
    for _ in range(5):
        processor.process(x)
    times = np.empty(blocks)
    for i in range(blocks):
        t0 = time.perf_counter()
        processor.process(x)
        times[i] = time.perf_counter() - t0
    processor.reset()
    return ProcessingTiming(
        blocksize=blocksize,
        period=blocksize / processor.samplerate,
        mean=float(times.mean()),
        p99=float(np.percentile(times, 99)),
        max=float(times.max()),
    )
