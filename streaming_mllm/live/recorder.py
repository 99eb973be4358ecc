"""Recording a live run to sound files without touching a file in the audio callback.

The callback copies each input block and output block into one slot of a
:class:`~streaming_mllm.live.rings.BlockRing` (input channels first, then the
processed output channels); a writer thread empties the ring into the files.
When the writer falls ``seconds`` behind, blocks are counted as dropped, never
waited for.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np

from ..errors import RecordError
from .rings import BlockRing

__all__ = ["Recorder"]


class Recorder:
    """Writes the dry input and/or the processed output of a live run.

    Parameters
    ----------
    out_path, in_path : str or None
        Files for the processed output and the dry input (WAV, W64 and CAF
        are written as 32-bit float).
    samplerate, channels, blocksize : int
        Of the stream (``channels``: of its input).
    output_channels : int, optional
        Of its output (default ``channels``): a mono input played on two
        channels, its reverb decorrelated, is recorded as the two channels
        heard.
    seconds : float, default 4.0
        How far the writer may fall behind before blocks are dropped.

    Raises
    ------
    RecordError
        A file cannot be opened for writing.
    """

    def __init__(
        self,
        out_path: str | None,
        in_path: str | None,
        samplerate: int,
        channels: int,
        blocksize: int,
        seconds: float = 4.0,
        output_channels: int | None = None,
    ) -> None:
        import soundfile as sf

        self.channels = channels
        self.output_channels = channels if output_channels is None else int(output_channels)
        width = channels + self.output_channels
        self.files: list[tuple[str, Any, slice]] = []
        self.written_frames: dict[str, int] = {}
        try:
            for path, cols in (
                (out_path, slice(channels, width)),
                (in_path, slice(0, channels)),
            ):
                if path is None:
                    continue
                subtype = "FLOAT" if str(path).lower().endswith((".wav", ".w64", ".caf")) else None
                f = sf.SoundFile(
                    str(path), "w", samplerate, cols.stop - cols.start, subtype=subtype
                )
                self.files.append((str(path), f, cols))
                self.written_frames[str(path)] = 0
        except (OSError, RuntimeError, TypeError, ValueError) as exc:
            self.close()
            raise RecordError(f"cannot write {path}: {str(exc).splitlines()[0]}") from exc
        capacity = max(8, int(seconds * samplerate / blocksize))
        self.ring = BlockRing(capacity, blocksize, width)
        self.dropped = 0
        self.error: BaseException | None = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, name="streaming-mllm-recorder", daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    def push(self, indata: np.ndarray, outdata: np.ndarray) -> None:
        """Called from the audio callback: copy both blocks into one slot, never block.

        Shape: ``indata`` ``(n, channels)``; ``outdata`` ``(n, output_channels)``.
        """
        slot = self.ring.write_slot()
        if slot is None:
            self.dropped += 1
            return
        c = self.channels
        n = min(len(indata), len(slot))
        slot[:n, :c] = indata[:n]
        slot[:n, c:] = outdata[:n, : self.output_channels]
        self.ring.commit(n)
        self._wake.set()

    def _drain(self) -> None:
        ring = self.ring
        while len(ring):
            block = ring.peek()
            for path, f, cols in self.files:
                f.write(block[:, cols])
                self.written_frames[path] += len(block)
            ring.release()

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                self._wake.wait(0.05)
                self._wake.clear()
                self._drain()
            self._drain()
        except BaseException as exc:  # reported after the run
            self.error = exc

    def stop(self) -> None:
        """Write everything recorded so far, then close the files."""
        try:
            if self._thread.is_alive():
                self._stop.set()
                self._wake.set()
                self._thread.join()
        finally:
            self.close()

    def close(self) -> None:
        for _, f, _ in self.files:
            try:
                f.close()
            except Exception:  # closing is best effort
                pass
