"""Per-block cost of a zero-latency chain at small block sizes.

Low-latency live use means small blocks: every block must be processed
well inside its own duration.  For each block size this times every
``process`` call of a 48 kHz stereo stream of "in a cathedral with a bit of
echo" (reverb and echo, no frame: zero algorithmic latency) on speech-like
input, and prints p50, p99 and the worst call against the block's duration.
"clean" (the engine and limiter alone) runs in the same process as the peer.
Each call is timed twice: wall time (what an audio callback lives by, which
on a shared machine includes the time the process was preempted) and the
thread's CPU time (the code's own cost, preemption excluded).
Prints figures; asserts nothing.

    python benchmarks/bench_latency.py
    python benchmarks/bench_latency.py --seconds 20 --sizes 32 64 128 256 512
"""

from __future__ import annotations

import os

# One core, as the figures are quoted: no BLAS threads, the process pinned.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

import argparse  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402

from streaming_mllm import StreamingMLLM  # noqa: E402

SR = 48000
PROMPT = "in a cathedral with a bit of echo"
PEER = "clean"


def speech_like(seconds: float, channels: int = 2) -> np.ndarray:
    """Harmonic tone with a gliding pitch and a syllable-rate envelope, plus noise."""
    n = int(seconds * SR)
    t = np.arange(n) / SR
    f0 = 140 * 2 ** (0.3 * np.sin(2 * np.pi * 0.4 * t))
    phase = 2 * np.pi * np.cumsum(f0) / SR
    x = sum(np.sin(k * phase) / k for k in range(1, 12))
    env = 0.5 + 0.5 * np.sin(2 * np.pi * 4 * t) ** 2
    rng = np.random.default_rng(0)
    y = 0.2 * env * x / np.abs(x).max()
    out = np.stack([y, np.roll(y, 37)], axis=1) + 0.01 * rng.standard_normal((n, channels))
    return out.astype(np.float32)


def block_times(prompt: str, block: int, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Wall and CPU seconds per ``process`` call for consecutive blocks of ``x``."""
    stream = StreamingMLLM("effects", prompt, samplerate=SR, channels=x.shape[1])
    for i in range(0, min(len(x), 50 * block), block):  # warm caches and allocators
        stream.process(x[i : i + block])
    stream.reset()
    n = len(x) // block
    wall, cpu = np.empty(n), np.empty(n)
    for i in range(n):
        chunk = x[i * block : (i + 1) * block]
        c0, t0 = time.thread_time_ns(), time.perf_counter_ns()
        stream.process(chunk)
        wall[i] = 1e-9 * (time.perf_counter_ns() - t0)
        cpu[i] = 1e-9 * (time.thread_time_ns() - c0)
    return wall, cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=10.0, help="audio per block size")
    ap.add_argument("--sizes", type=int, nargs="+", default=[32, 64, 128, 512])
    args = ap.parse_args()
    x = speech_like(args.seconds)
    latency = StreamingMLLM("effects", PROMPT, samplerate=SR).latency_samples
    print(f'"{PROMPT}", 48 kHz stereo, {args.seconds:g} s per size, '
          f"algorithmic latency {latency} samples; peer \"{PEER}\" in the same run")
    print(f"{'block':>6} {'period':>8} | {'wall p50':>8} {'p99':>7} {'p99/period':>10} | "
          f"{'cpu p50':>8} {'p99':>7} {'p99/period':>10} | {'peer cpu p50':>12} {'p99':>7}"
          " | wall > period")
    ms = 1e3
    for block in args.sizes:
        period = block / SR
        wall, cpu = block_times(PROMPT, block, x)
        _, peer = block_times(PEER, block, x)
        w50, w99 = np.percentile(wall, [50, 99])
        c50, c99 = np.percentile(cpu, [50, 99])
        p50, p99 = np.percentile(peer, [50, 99])
        print(f"{block:>6} {ms * period:>6.2f}ms | {ms * w50:>6.3f}ms {ms * w99:>5.2f}ms "
              f"{100 * w99 / period:>9.1f}% | {ms * c50:>6.3f}ms {ms * c99:>5.3f}ms "
              f"{100 * c99 / period:>9.1f}% | {ms * p50:>10.3f}ms {ms * p99:>5.3f}ms | "
              f"{int(np.sum(wall > period))}/{len(wall)}")


if __name__ == "__main__":
    main()
