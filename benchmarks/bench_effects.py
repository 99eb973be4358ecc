"""Benchmark the effects model against pedalboard, in one run.

Prints figures; asserts nothing.  Ratios against pedalboard measured in the
same run are what count (the machine may be shared and noisy).  Needs the
``bench`` extra: ``pip install -e ".[bench]"``.

    python benchmarks/bench_effects.py
    python benchmarks/bench_effects.py --seconds 300 --repeat 5   # issue 9's file

File mode runs ours and pedalboard's chain alternately, ``--repeat`` times
each, and prints the best of each in CPU time (this process's, so that the
other processes of a shared machine do not count) and in wall time, with the
ratio of every alternated pair: on a busy machine the pairs spread, their
median is the figure to quote.
"""

from __future__ import annotations

import os

# One core for both sides, as the figures are quoted: no BLAS threads, and the
# process pinned to one CPU before numpy loads.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

import argparse  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402
import soundfile as sf  # noqa: E402
from timing import best_of  # noqa: E402

from streaming_mllm import StreamingMLLM  # noqa: E402
from streaming_mllm.fileio import process_file  # noqa: E402

SR = 48000
CHAIN = "a robot with echo in a cathedral"


def speech_like(seconds: float, channels: int = 2, offset: int = 0) -> np.ndarray:
    """Harmonic tone with a gliding pitch and syllable-rate envelope, plus noise;
    channel ``c`` is the signal ``c * offset`` samples later (circularly)."""
    n = int(seconds * SR)
    t = np.arange(n) / SR
    f0 = 140 + 40 * np.sin(2 * np.pi * 0.3 * t)
    phase = 2 * np.pi * np.cumsum(f0) / SR
    x = sum(np.sin(k * phase) / k for k in range(1, 30))
    x *= 0.5 + 0.5 * np.sin(2 * np.pi * 4 * t) ** 2
    x = 0.2 * x / np.abs(x).max() + 0.01 * np.random.default_rng(0).standard_normal(n)
    return np.stack([np.roll(x, c * offset) for c in range(channels)], axis=1).astype(
        np.float32
    )


def streaming_block_times(prompt: str, blocks: int) -> tuple[float, float, int]:
    s = StreamingMLLM("effects", prompt, samplerate=SR, channels=2)
    hop = s.hop_length
    x = speech_like(blocks * hop / SR + 0.1)
    times = np.empty(blocks)
    for i in range(blocks):
        b = x[i * hop : (i + 1) * hop]
        t0 = time.perf_counter()
        s.process(b)
        times[i] = time.perf_counter() - t0
    p50, p99 = np.percentile(times[20:], [50, 99])
    return p50, p99, hop


def timed(fn) -> tuple[float, float]:
    """(CPU seconds of this process, wall seconds) of one call of ``fn``."""
    c0, w0 = time.process_time(), time.perf_counter()
    fn()
    return time.process_time() - c0, time.perf_counter() - w0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=20, help="audio for the file-mode runs")
    ap.add_argument("--blocks", type=int, default=2000, help="blocks for the streaming run")
    ap.add_argument("--repeat", type=int, default=3, help="alternated runs of each side")
    ap.add_argument("--file-only", action="store_true", help="only the file-mode comparison")
    args = ap.parse_args()
    import pedalboard as pb

    print(f"48 kHz stereo, one core; chain {CHAIN!r}")
    if not args.file_only:
        p50, p99, hop = streaming_block_times(CHAIN, args.blocks)
        budget = hop / SR
        print(f"streaming, block = hop = {hop} samples ({1000 * budget:.2f} ms), "
              f"{args.blocks} blocks:")
        print(f"  p50 {1e6 * p50:7.1f} us = {100 * p50 / budget:5.2f}% of the hop")
        print(f"  p99 {1e6 * p99:7.1f} us = {100 * p99 / budget:5.2f}% of the hop")

    x = speech_like(args.seconds)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in.wav")
        sf.write(src, x, SR, subtype="FLOAT")
        StreamingMLLM("effects", CHAIN, samplerate=SR)  # imports and tables, outside the timing
        board = pb.Pedalboard([
            pb.HighpassFilter(300), pb.LowpassFilter(3400), pb.Distortion(20),
            pb.Delay(0.3, 0.3, 0.3), pb.Reverb(room_size=0.7, wet_level=0.3),
        ])

        def ours_file() -> None:
            process_file(src, os.path.join(tmp, "out.wav"), prompt=CHAIN)

        def pedal_file() -> None:
            with sf.SoundFile(src) as f, sf.SoundFile(
                os.path.join(tmp, "pb.wav"), "w", SR, 2, subtype="FLOAT"
            ) as g:
                board.reset()
                for block in f.blocks(65536, dtype="float32", always_2d=True):
                    g.write(board.process(block.T, SR, reset=False).T)

        pairs = [(timed(ours_file), timed(pedal_file)) for _ in range(args.repeat)]
    print(f"file mode, {args.seconds:g} s (read, process, write), {args.repeat} alternated runs:")
    for k, name in ((0, "CPU time"), (1, "wall time")):
        ours = [args.seconds / p[0][k] for p in pairs]
        peer = [args.seconds / p[1][k] for p in pairs]
        ratios = sorted(o / q for o, q in zip(ours, peer, strict=True))
        print(f"  {name}: streaming_mllm {CHAIN!r}: {max(ours):6.0f}x real time (best); "
              f"pedalboard HPF+LPF+Distortion+Delay+Reverb: {max(peer):6.0f}x")
        print(f"    ratio ours/pedalboard: best/best {max(ours) / max(peer):.2f}, "
              f"median pair {float(np.median(ratios)):.2f} "
              f"(pairs {', '.join(f'{r:.2f}' for r in ratios)})")

    if args.file_only:
        return
    ten = speech_like(10.0)
    ours = StreamingMLLM("effects", "up 5 semitones", samplerate=SR, channels=2)
    t_pitch = best_of(lambda: (ours.process_all(ten)), args.repeat)
    shifter = pb.Pedalboard([pb.PitchShift(semitones=5)])
    t_pb_pitch = best_of(lambda: shifter.process(ten.T, SR), args.repeat)
    print("pitch shift +5 semitones, 10 s stereo:")
    print(f"  streaming_mllm {10 / t_pitch:6.1f}x real time, latency "
          f"{1000 * ours.latency_samples / SR:.1f} ms")
    print(f"  pedalboard     {10 / t_pb_pitch:6.1f}x real time")
    print(f"  speed ratio ours/pedalboard: {t_pb_pitch / t_pitch:.2f}")


if __name__ == "__main__":
    main()
