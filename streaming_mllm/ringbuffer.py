"""A fixed-capacity ring buffer of multichannel samples.

The streaming engine keeps its input and output queues in ring buffers:
allocated once, never grown, wrapping around, and refusing to overwrite
samples that have not been read (``write`` raises :class:`BufferError`
rather than lose audio).  Not thread-safe on its own: one writer and one
reader on one thread, or a lock around both.
"""

from __future__ import annotations

import numpy as np

from ._checks import positive_int


class RingBuffer:
    """FIFO of ``(n, channels)`` samples with a fixed capacity.

    >>> rb = RingBuffer(4, channels=1)
    >>> rb.write(np.array([[1.0], [2.0], [3.0]]))
    >>> rb.read(2)[:, 0]
    array([1., 2.], dtype=float32)
    >>> rb.write(np.array([[4.0], [5.0], [6.0]]))  # wraps around
    >>> rb.read(4)[:, 0]
    array([3., 4., 5., 6.], dtype=float32)
    """

    def __init__(self, capacity: int, channels: int = 1, dtype: np.dtype = np.float32) -> None:
        self.capacity = positive_int(capacity, "capacity")
        self.channels = positive_int(channels, "channels")
        self._data = np.zeros((self.capacity, self.channels), dtype=dtype)
        self._start = 0  # index of the oldest unread sample
        self._size = 0

    def __len__(self) -> int:
        return self._size

    @property
    def space(self) -> int:
        """How many samples can be written without overflow."""
        return self.capacity - self._size

    def clear(self) -> None:
        self._start = 0
        self._size = 0

    def write(self, x: np.ndarray) -> None:
        """Append ``x``, shape ``(n, channels)``.

        Raises
        ------
        BufferError
            If fewer than ``n`` samples of space are free; nothing is written.
        """
        n = len(x)
        if n > self.space:
            raise BufferError(
                f"ring buffer overflow: {n} samples written with {self.space} free "
                f"of {self.capacity}"
            )
        end = (self._start + self._size) % self.capacity
        first = min(n, self.capacity - end)
        self._data[end : end + first] = x[:first]
        self._data[: n - first] = x[first:]
        self._size += n

    def write_zeros(self, n: int) -> None:
        """Append ``n`` samples of silence."""
        if n > self.space:
            raise BufferError(f"ring buffer overflow: {n} samples written with {self.space} free")
        end = (self._start + self._size) % self.capacity
        first = min(n, self.capacity - end)
        self._data[end : end + first] = 0
        self._data[: n - first] = 0
        self._size += n

    def peek(self, n: int, out: np.ndarray | None = None) -> np.ndarray:
        """Copy the ``n`` oldest samples without consuming them.

        Raises
        ------
        BufferError
            If fewer than ``n`` samples are stored.
        """
        if n > self._size:
            raise BufferError(f"ring buffer underflow: {n} samples asked, {self._size} stored")
        if out is None:
            out = np.empty((n, self.channels), dtype=self._data.dtype)
        first = min(n, self.capacity - self._start)
        out[:first] = self._data[self._start : self._start + first]
        out[first:n] = self._data[: n - first]
        return out

    def skip(self, n: int) -> None:
        """Consume the ``n`` oldest samples."""
        if n > self._size:
            raise BufferError(f"ring buffer underflow: {n} samples skipped, {self._size} stored")
        self._start = (self._start + n) % self.capacity
        self._size -= n

    def read(self, n: int, out: np.ndarray | None = None) -> np.ndarray:
        """Consume and return the ``n`` oldest samples, shape ``(n, channels)``."""
        out = self.peek(n, out)
        self.skip(n)
        return out
