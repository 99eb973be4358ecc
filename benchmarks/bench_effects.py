"""Benchmark the effects model against pedalboard, in one run.

Prints figures; asserts nothing.  Ratios against pedalboard measured in the
same run are what count (the machine may be shared and noisy).  Needs the
``bench`` extra: ``pip install -e ".[bench]"``.

    python benchmarks/bench_effects.py
    python benchmarks/bench_effects.py --seconds 300 --repeat 5   # issue 9's file
    python benchmarks/bench_effects.py --seconds 300 --file-only --cores 2

File mode runs ours and pedalboard's chain alternately, ``--repeat`` times
each, and prints the best of each in CPU time (this process's, so that the
other processes of a shared machine do not count) and in wall time, with the
ratio of every alternated pair: on a busy machine the pairs spread, their
median is the figure to quote.  ``--cores`` gives both sides that many
cores (default 1); both chains run in one thread.  Each run also reads how
many cores the other processes kept busy meanwhile (Linux): on a shared
machine, a figure taken while the neighbours held the cores is not the
chain's.
"""

from __future__ import annotations

import argparse
import os
import sys


def _cores_arg() -> int:
    """``--cores`` read before numpy loads (the pinning must come first)."""
    for i, arg in enumerate(sys.argv):
        if arg == "--cores" and i + 1 < len(sys.argv):
            return max(1, int(sys.argv[i + 1]))
        if arg.startswith("--cores="):
            return max(1, int(arg.split("=", 1)[1]))
    return 1


# The same cores for both sides: one by default, as the figures are
# quoted; no BLAS threads; the process pinned before numpy loads.
CORES = _cores_arg()
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, set(sorted(os.sched_getaffinity(0))[:CORES]))

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


def _busy_seconds() -> float | None:
    """CPU seconds every process of the machine has used (Linux), else None."""
    try:
        with open("/proc/stat") as f:
            fields = [int(v) for v in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    busy = sum(fields[:3]) + sum(fields[5:8])  # user nice system, irq softirq steal
    return busy / os.sysconf("SC_CLK_TCK")


def timed(fn) -> tuple[float, float, float]:
    """(CPU seconds of this process, wall seconds, cores the other processes
    kept busy meanwhile, NaN where unknown) of one call of ``fn``."""
    b0 = _busy_seconds()
    c0, w0 = time.process_time(), time.perf_counter()
    fn()
    cpu, wall = time.process_time() - c0, time.perf_counter() - w0
    b1 = _busy_seconds()
    others = (b1 - b0 - cpu) / wall if b0 is not None and b1 is not None else float("nan")
    return cpu, wall, max(others, 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=20, help="audio for the file-mode runs")
    ap.add_argument("--blocks", type=int, default=2000, help="blocks for the streaming run")
    ap.add_argument("--repeat", type=int, default=3, help="alternated runs of each side")
    ap.add_argument("--file-only", action="store_true", help="only the file-mode comparison")
    ap.add_argument(
        "--cores", type=int, default=1,
        help="cores both sides may use (default 1, as the issue's figures are quoted); both "
        "chains run in one thread, so more cores only spare them the neighbours' load",
    )
    args = ap.parse_args()
    import pedalboard as pb

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else CORES
    print(f"48 kHz stereo, {cores} core(s); chain {CHAIN!r}")
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

        runs = [(timed(ours_file), timed(pedal_file)) for _ in range(args.repeat)]
    print(f"file mode, {args.seconds:g} s (read, process, write), {args.repeat} alternated runs:")
    others = [r[j][2] for r in runs for j in range(2)]
    print(f"  other processes kept {min(others):.1f}-{max(others):.1f} of the machine's "
          f"{os.cpu_count()} cores busy during the runs")
    for k, name in ((0, "CPU time"), (1, "wall time")):
        ours = [args.seconds / r[0][k] for r in runs]
        peer = [args.seconds / r[1][k] for r in runs]
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
