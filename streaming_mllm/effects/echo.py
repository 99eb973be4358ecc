"""Echo: a feedback delay, ``w[n] = x[n - D] + feedback * w[n - D]``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from .base import EffectContext
from .delayline import MAX_TAIL_SECONDS, Line, comb, new_line, tail_notes


@dataclass
class EchoState:
    line: Line


class Echo:
    """Echo: ``w[n] = x[n - D] + feedback * w[n - D]``, ``y = x + mix * w``.

    The first repeat has amplitude ``mix``, each later one ``feedback`` times
    the one before.
    """

    def __init__(self, params: Mapping[str, float], ctx: EffectContext) -> None:
        p = params
        fs = ctx.samplerate
        self.delay = max(1, int(round(p["delay_ms"] * 1e-3 * fs)))
        self.feedback = float(np.clip(p["feedback"], 0.0, 0.999))
        self.mix = float(p["mix"])
        repeats = 1
        if self.mix > 1e-3 and self.feedback > 0:
            # the k-th repeat is mix * feedback**(k - 1); ring until it is below -60 dB
            repeats += int(np.ceil(np.log(1e-3 / self.mix) / np.log(self.feedback)))
        cap = max(int(MAX_TAIL_SECONDS * fs), self.delay)
        self.tail_samples = int(min(repeats * self.delay, cap)) if self.mix > 0 else 0
        self.tail_notes = tail_notes("echo", repeats * self.delay, self.tail_samples, fs)

    def new_state(self, channels: int) -> EchoState:
        return EchoState(new_line(self.delay, channels, np.float32))

    def process(self, x: np.ndarray, state: EchoState) -> np.ndarray:
        """Shape: ``(n, channels)`` in and out (float32 out).

        float32 throughout: a repeat's 1e-7 rounding is far below hearing,
        and the chain runs in float32 from the STFT to the limiter.
        """
        x = np.asarray(x, np.float32)
        if len(x) == 0:
            return x.copy()
        w = comb(x, state.line, self.feedback)
        w *= np.float32(self.mix)
        w += x
        return w
