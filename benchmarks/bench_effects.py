"""Benchmark the effects model against pedalboard, in one run.

Prints figures; asserts nothing.  Ratios against pedalboard measured in the
same run are what count (the machine may be shared and noisy).  Needs the
``bench`` extra: ``pip install -e ".[bench]"``.

    python benchmarks/bench_effects.py
    python benchmarks/bench_effects.py --seconds 30 --blocks 3000
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


def speech_like(seconds: float, channels: int = 2) -> np.ndarray:
    """Harmonic tone with a gliding pitch and syllable-rate envelope, plus noise."""
    n = int(seconds * SR)
    t = np.arange(n) / SR
    f0 = 140 + 40 * np.sin(2 * np.pi * 0.3 * t)
    phase = 2 * np.pi * np.cumsum(f0) / SR
    x = sum(np.sin(k * phase) / k for k in range(1, 30))
    x *= 0.5 + 0.5 * np.sin(2 * np.pi * 4 * t) ** 2
    x = 0.2 * x / np.abs(x).max() + 0.01 * np.random.default_rng(0).standard_normal(n)
    return np.repeat(x[:, None], channels, axis=1).astype(np.float32)


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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=20, help="audio for the file-mode runs")
    ap.add_argument("--blocks", type=int, default=2000, help="blocks for the streaming run")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    import pedalboard as pb

    print(f"48 kHz stereo, one core; chain {CHAIN!r}")
    p50, p99, hop = streaming_block_times(CHAIN, args.blocks)
    budget = hop / SR
    print(f"streaming, block = hop = {hop} samples ({1000 * budget:.2f} ms), {args.blocks} blocks:")
    print(f"  p50 {1e6 * p50:7.1f} us = {100 * p50 / budget:5.2f}% of the hop")
    print(f"  p99 {1e6 * p99:7.1f} us = {100 * p99 / budget:5.2f}% of the hop")

    x = speech_like(args.seconds)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in.wav")
        sf.write(src, x, SR, subtype="FLOAT")
        StreamingMLLM("effects", CHAIN, samplerate=SR)  # imports and tables, outside the timing
        t_ours = best_of(
            lambda: process_file(src, os.path.join(tmp, "out.wav"), prompt=CHAIN), args.repeat
        )
        board = pb.Pedalboard([
            pb.HighpassFilter(300), pb.LowpassFilter(3400), pb.Distortion(20),
            pb.Delay(0.3, 0.3, 0.3), pb.Reverb(room_size=0.7, wet_level=0.3),
        ])

        def pedal_file() -> None:
            with sf.SoundFile(src) as f, sf.SoundFile(
                os.path.join(tmp, "pb.wav"), "w", SR, 2, subtype="FLOAT"
            ) as g:
                board.reset()
                for block in f.blocks(65536, dtype="float32", always_2d=True):
                    g.write(board.process(block.T, SR, reset=False).T)

        t_pb = best_of(pedal_file, args.repeat)
    rt_ours, rt_pb = args.seconds / t_ours, args.seconds / t_pb
    print(f"file mode, {args.seconds:g} s (read, process, write; best of {args.repeat}):")
    print(f"  streaming_mllm {CHAIN!r}: {rt_ours:6.0f}x real time")
    print(f"  pedalboard HPF+LPF+Distortion+Delay+Reverb: {rt_pb:6.0f}x real time")
    print(f"  ratio ours/pedalboard: {rt_ours / rt_pb:.2f}")

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
