"""The full-duplex audio callback, and the worker thread it can hand blocks to.

The callback only moves samples.  Each input block goes to
:meth:`StreamingMLLM.process` (in the callback) or into a
:class:`~streaming_mllm.live.rings.BlockRing` for the worker thread, whose
results come back through a second ring; the result is copied to the output,
the driver's status flags are counted, and, when recording, both blocks are
copied into the recorder's ring.  Nothing is printed and no file is touched in
the callback.

Three kinds of dropout are counted apart, because their causes differ:

``xruns``
    the driver's: PortAudio's ``CallbackFlags`` reported an input or output
    underflow or overflow (the callback was late, or the host missed a
    deadline).
``underruns``
    the worker was late: the output ring was empty, silence was played, and
    a block is dropped when the worker catches up so that the latency stays
    what the budget says.
``overruns``
    the worker was so late that the input ring was full: an input block was lost.

The callback also times itself; ``callback_max`` is the longest call, which a
stall of the processing shows even when the host hides it.
"""

from __future__ import annotations

import threading
import time
from types import ModuleType
from typing import Any

import numpy as np

from .recorder import Recorder
from .rings import BlockRing

__all__ = ["DuplexCallback"]

XRUN_LOG = 16
"""How many driver xruns are logged with their frame position and flags."""


def _flag_names(status: Any) -> str:
    return ",".join(
        name
        for name in ("input_underflow", "input_overflow", "output_underflow", "output_overflow")
        if getattr(status, name)
    )


class DuplexCallback:
    """State shared between the audio callback and the other threads.

    Parameters
    ----------
    sd : module
        :mod:`sounddevice` (for ``CallbackStop`` and ``CallbackAbort``).
    processor : StreamingMLLM
        What runs on each block.
    blocksize, channels : int
        Of the stream's input; the output has the processor's
        ``output_channels`` (a mono input spread to a stereo output).
    worker : bool
        Process in a worker thread instead of the callback.
    prefill : int
        Blocks of silence the worker's output ring starts with.
    recorder : Recorder or None
    target_frames : int or None
        Stop the stream after this many frames.
    """

    def __init__(
        self,
        sd: ModuleType,
        processor: Any,
        blocksize: int,
        channels: int,
        worker: bool,
        prefill: int,
        recorder: Recorder | None,
        target_frames: int | None,
    ) -> None:
        self.sd = sd
        self.processor = processor
        self.blocksize = blocksize
        self.channels = channels
        self.worker = worker
        self.recorder = recorder
        self.target_frames = target_frames
        self.frames = 0
        self.xruns = 0
        self.xrun_log: list[tuple[int, str]] = []
        self.underruns = 0
        self.overruns = 0
        self.owed = 0
        self.peak_in = 0.0
        self.peak_out = 0.0
        self.callback_total = 0.0
        self.callback_max = 0.0
        self.callback_count = 0
        self.error: BaseException | None = None
        self.finished = threading.Event()
        self._stopping = threading.Event()
        self._wake = threading.Event()
        capacity = max(8, 4 * prefill)
        self.in_ring = BlockRing(capacity if worker else 1, blocksize, channels)
        width = int(getattr(processor, "output_channels", channels))
        self.out_ring = BlockRing(capacity if worker else 1, blocksize, width)
        if worker:
            silence = np.zeros((blocksize, width), dtype=np.float32)
            for _ in range(prefill):
                self.out_ring.push(silence)
        self._thread = threading.Thread(
            target=self._work, name="streaming-mllm-worker", daemon=True
        )

    # -- real-time side -------------------------------------------------
    def callback(
        self, indata: np.ndarray, outdata: np.ndarray, frames: int, time_info: Any, status: Any
    ) -> None:
        """The PortAudio callback. Shape: ``indata`` ``(frames, channels)``,
        ``outdata`` ``(frames, output channels)``."""
        t0 = time.perf_counter()
        if (
            status.input_underflow
            or status.input_overflow
            or status.output_underflow
            or (status.output_overflow)
        ):
            if self.xruns < XRUN_LOG:
                self.xrun_log.append((self.frames, _flag_names(status)))
            self.xruns += 1
        try:
            if self.worker:
                if not self.in_ring.push(indata):
                    self.overruns += 1
                self._wake.set()
                ring = self.out_ring
                while self.owed and len(ring):
                    ring.release()
                    self.owed -= 1
                if not ring.pop_into(outdata):
                    outdata.fill(0)
                    self.underruns += 1
                    self.owed += 1
            else:
                outdata[:] = self.processor.process(indata)
        except BaseException as exc:
            self.error = exc
            outdata.fill(0)
            raise self.sd.CallbackAbort from exc
        if frames:
            peak = float(np.abs(indata).max())
            if peak > self.peak_in:
                self.peak_in = peak
            peak = float(np.abs(outdata).max())
            if peak > self.peak_out:
                self.peak_out = peak
        if self.recorder is not None:
            self.recorder.push(indata, outdata)
        self.frames += frames
        dt = time.perf_counter() - t0
        self.callback_total += dt
        self.callback_count += 1
        if dt > self.callback_max:
            self.callback_max = dt
        if self.target_frames is not None and self.frames >= self.target_frames:
            raise self.sd.CallbackStop

    def on_finished(self) -> None:
        self.finished.set()

    @property
    def callback_mean(self) -> float:
        return self.callback_total / max(1, self.callback_count)

    def take_peaks(self) -> tuple[float, float]:
        """Input and output peaks since the last call (for a level meter)."""
        pin, self.peak_in = self.peak_in, 0.0
        pout, self.peak_out = self.peak_out, 0.0
        return pin, pout

    # -- worker side ------------------------------------------------------
    def _work(self) -> None:
        inr, outr = self.in_ring, self.out_ring
        buf = np.zeros((self.blocksize, self.channels), dtype=np.float32)
        try:
            while not self._stopping.is_set():
                self._wake.wait(0.1)
                self._wake.clear()
                while len(inr):
                    x = inr.peek()
                    n = len(x)
                    buf[:n] = x
                    inr.release()
                    y = self.processor.process(buf[:n])
                    while not outr.push(y):
                        if self._stopping.is_set():
                            return
                        time.sleep(0.0005)
        except BaseException as exc:
            self.error = exc
            self.finished.set()

    def start_worker(self) -> None:
        if self.worker:
            self._thread.start()

    def stop_worker(self) -> None:
        self._stopping.set()
        if self.worker and self._thread.is_alive():
            self._wake.set()
            self._thread.join(timeout=5)
