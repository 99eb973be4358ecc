"""Delay lines: the memory every time-domain effect that delays builds on.

A :class:`Line` is a ring of ``(length, channels)`` samples; :func:`comb`
runs a feedback comb (or, with no feedback, a plain delay) through one for
a whole block at once: inside a sub-block no longer than the line, every
value fed back was written before the sub-block began, so the recursion is
a vector operation, and a block longer than the line is laid out in rows
of the line's length whose columns are first-order recursions.

Also here, shared by the effects that ring on: :data:`MAX_TAIL_SECONDS`,
the cap on a ring-out, and :func:`tail_notes`, what to say when a tail is
cut at it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

MAX_TAIL_SECONDS = 20.0
"""Longest ring-out a stream's ``flush`` is asked to wait for, per effect."""


def tail_notes(name: str, natural: int, kept: int, fs: int) -> tuple[str, ...]:
    """What to tell the user when an effect's ring-out is cut at the cap."""
    if kept <= 0 or natural <= kept:
        return ()
    return (
        f"the {name}'s tail would ring for {natural / fs:.0f} s until -60 dB; the output "
        f"ends {kept / fs:.0f} s after the input (tails are capped at {MAX_TAIL_SECONDS:g} s)",
    )


def as_block(x: np.ndarray) -> np.ndarray:
    return np.asarray(x, dtype=np.float64)


@dataclass
class Line:
    """A delay line of fixed length ``len(buf)``; ``buf[pos]`` is the oldest value."""

    buf: np.ndarray  # (length, channels)
    pos: int = 0


def comb(x: np.ndarray, line: Line, feedback: float) -> np.ndarray:
    """Feedback comb through ``line`` (length ``D``), updated in place.

    The line holds ``v[n] = x[n] + feedback * w[n]`` and returns
    ``w[n] = v[n - D]``; with ``feedback = 0`` it is a plain delay of ``D``.
    ``x`` and the line have one dtype, which the output keeps.

    Shape: ``(n, channels)`` in and out.
    """
    buf = line.buf
    d = len(buf)
    m = len(x)
    if d == 0:
        # a zero-length line would feed back instantly; only the plain delay is meaningful
        return x.copy()
    if m <= d:
        w = np.empty_like(x)
        done = 0
        while done < m:  # at most two contiguous pieces of the ring
            k = min(m - done, d - line.pos)
            seg = slice(line.pos, line.pos + k)
            w[done : done + k] = buf[seg]
            buf[seg] = x[done : done + k] + feedback * buf[seg]
            done += k
            line.pos = (line.pos + k) % d
        return w
    # Longer than the line: lay the block out in rows of D samples.  Along each
    # column (samples D apart) the comb is a first-order recursion, run for every
    # column and channel at once, seeded with the line's contents.
    prev = np.concatenate([buf[line.pos :], buf[: line.pos]])
    if feedback == 0.0:
        v = x
    else:
        rows = -(-m // d)
        grid = np.zeros((rows * d, x.shape[1]), x.dtype)
        grid[:m] = x
        grid = grid.reshape(rows, d, x.shape[1])
        if rows <= _COMB_ROWS_LOOP:
            grid[0] += feedback * prev
            for r in range(1, rows):
                grid[r] += feedback * grid[r - 1]
            v = grid.reshape(rows * d, x.shape[1])[:m]
        else:
            # imported here: scipy.signal costs most of a second to import, and
            # only echoes far shorter than a block ever get here
            from scipy.signal import lfilter

            cols = np.ascontiguousarray(grid.transpose(1, 2, 0))
            vc, _ = lfilter([1.0], [1.0, -feedback], cols, axis=-1, zi=feedback * prev[..., None])
            v = vc.transpose(2, 0, 1).reshape(rows * d, x.shape[1])[:m].astype(x.dtype)
    full = np.concatenate([prev, v])
    buf[:] = full[m:]
    line.pos = 0
    return full[:m]


_COMB_ROWS_LOOP = 16
"""Up to this many rows a Python loop over rows beats lfilter's setup."""


def ring_slices(pos: int, m: int, size: int) -> list[tuple[int, int, int]]:
    """``m`` consecutive ring positions from ``pos`` as ``(start, stop, offset)``
    slices (``m <= size``): one piece, or two when they wrap."""
    if pos + m <= size:
        return [(pos, pos + m, 0)]
    return [(pos, size, 0), (0, pos + m - size, size - pos)]


def new_line(length: int, channels: int, dtype: type = np.float64) -> Line:
    return Line(np.zeros((max(0, int(length)), channels), dtype))
