"""A ring of fixed-size audio blocks between one real-time thread and one other thread.

The audio callback must never wait: it writes a block into a preallocated
slot or counts it lost, and reads a block or plays silence.  The other side
(the worker thread that runs ``process``, the recorder's writer thread) may
wait.  One :class:`BlockRing` serves both uses.

Each counter is written by one side only (``head`` by the producer, ``tail``
by the consumer), and a slot is published by advancing ``head`` after its
samples are copied, so no lock is needed.
"""

from __future__ import annotations

import numpy as np

__all__ = ["BlockRing"]


class BlockRing:
    """Single-producer, single-consumer queue of blocks of up to ``blocksize`` frames.

    Parameters
    ----------
    capacity : int
        Blocks it holds.
    blocksize : int
        Frames per slot.
    channels : int
        Channels per slot.

    Examples
    --------
    >>> ring = BlockRing(2, 4, 1)
    >>> [ring.push(np.ones((n, 1), np.float32)) for n in (3, 4, 4)]
    [True, True, False]
    >>> out = np.full((4, 1), 9.0, np.float32)
    >>> ring.pop_into(out), out[:, 0].tolist()
    (True, [1.0, 1.0, 1.0, 0.0])
    >>> len(ring)
    1
    """

    def __init__(self, capacity: int, blocksize: int, channels: int) -> None:
        self.data = np.zeros((capacity, blocksize, channels), dtype=np.float32)
        self.frames = np.zeros(capacity, dtype=np.int64)
        self.capacity = capacity
        self.head = 0  # blocks published (producer only)
        self.tail = 0  # blocks released (consumer only)

    def __len__(self) -> int:
        """Blocks waiting to be read."""
        return self.head - self.tail

    # -- producer ------------------------------------------------------------
    def write_slot(self) -> np.ndarray | None:
        """The next free slot, shape ``(blocksize, channels)``, or ``None`` when full.

        Fill it, then :meth:`commit` the number of frames written.
        """
        if self.head - self.tail >= self.capacity:
            return None
        return self.data[self.head % self.capacity]

    def commit(self, frames: int) -> None:
        """Publish the slot from :meth:`write_slot` holding ``frames`` frames."""
        self.frames[self.head % self.capacity] = frames
        self.head += 1

    def push(self, block: np.ndarray) -> bool:
        """Copy ``block`` (shape ``(n, channels)``, ``n <= blocksize``) in; ``False`` when full."""
        slot = self.write_slot()
        if slot is None:
            return False
        n = min(len(block), len(slot))
        slot[:n] = block[:n]
        self.commit(n)
        return True

    # -- consumer ------------------------------------------------------------
    def peek(self) -> np.ndarray:
        """The oldest block, shape ``(n, channels)``; only when ``len(self) > 0``."""
        slot = self.tail % self.capacity
        return self.data[slot, : self.frames[slot]]

    def release(self) -> None:
        """Free the oldest block."""
        self.tail += 1

    def pop_into(self, out: np.ndarray) -> bool:
        """Move the oldest block into ``out``, zero-padded; ``False`` when empty."""
        if self.head == self.tail:
            return False
        block = self.peek()
        n = min(len(out), len(block))
        out[:n] = block[:n]
        out[n:] = 0
        self.release()
        return True
