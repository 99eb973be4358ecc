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

    def _pieces(self, start: int, n: int) -> tuple[slice, slice]:
        """The storage of ``n`` samples from position ``start``: up to the end
        of the array, then from its beginning."""
        first = min(n, self.capacity - start)
        return slice(start, start + first), slice(0, n - first)

    def _reserve(self, n: int) -> tuple[slice, slice]:
        if n > self.space:
            raise BufferError(
                f"ring buffer overflow: {n} samples written with {self.space} free "
                f"of {self.capacity}"
            )
        pieces = self._pieces((self._start + self._size) % self.capacity, n)
        self._size += n
        return pieces

    def write(self, x: np.ndarray) -> None:
        """Append ``x``, shape ``(n, channels)``.

        Raises
        ------
        BufferError
            If fewer than ``n`` samples of space are free; nothing is written.
        """
        a, b = self._reserve(len(x))
        split = a.stop - a.start
        self._data[a] = x[:split]
        self._data[b] = x[split:]

    def write_zeros(self, n: int) -> None:
        """Append ``n`` samples of silence."""
        a, b = self._reserve(n)
        self._data[a] = 0
        self._data[b] = 0

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
        a, b = self._pieces(self._start, n)
        split = a.stop - a.start
        out[:split] = self._data[a]
        out[split:n] = self._data[b]
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
