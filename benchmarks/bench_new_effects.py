"""Real-time cost of the effects added for issue 9, per 512-sample block.

For each effect (compressor, gate, bitcrush, flanger, phaser, noise, width,
pan) the whole stream (``StreamingMLLM``: engine, effect, limiter) runs a
speech-like 48 kHz stereo signal in 512-sample blocks, and the script
prints the median, p99 and worst time per block, wall clock and this
thread's CPU time, with p99 as a share of the block's duration (the target
is 10%).  Beside them, in the same run: this project's chorus and echo, and
pedalboard's nearest plug-ins when the ``bench`` extra is installed
(Compressor, NoiseGate, Bitcrush, Phaser, Chorus as a flanger), each on the
same blocks.  The machine may be shared: wall-clock p99 counts the
scheduler's pauses, CPU time does not; ratios against a peer in the same
run are the figures that compare.

    python benchmarks/bench_new_effects.py
    python benchmarks/bench_new_effects.py --seconds 30 --block 256
"""

from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

import argparse  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402

import numpy as np  # noqa: E402
from bench_effects import speech_like  # noqa: E402

from streaming_mllm import StreamingMLLM  # noqa: E402
from streaming_mllm.effects.plan import EffectPlan, EffectSpec  # noqa: E402

SR = 48000

OURS: dict[str, dict[str, float]] = {
    "compressor": {"threshold_db": -30.0, "ratio": 4.0, "attack_ms": 5.0, "release_ms": 80.0},
    "gate": {"threshold_db": -40.0},
    "bitcrush": {"bits": 6.0, "rate_hz": 8000.0},
    "flanger": {"rate_hz": 0.5, "feedback": 0.7},
    "phaser": {"rate_hz": 0.5, "stages": 12.0, "feedback": 0.5},
    "noise": {"kind": 2.0},
    "width": {"amount": 1.8},
    "pan": {"position": -0.5},
    "autopan": {"rate_hz": 0.5},
    "wah": {},
    "chorus": {},
    "echo": {},
}
"""Effect settings timed (registry defaults for the rest); chorus and echo are
this project's earlier effects, as peers in the same run."""


def block_times(step: Callable[[np.ndarray], object], x: np.ndarray, block: int) -> np.ndarray:
    """Wall and CPU seconds of ``step`` on each block, shape ``(2, blocks)``."""
    blocks = len(x) // block
    out = np.empty((2, blocks))
    for i in range(blocks):
        b = x[i * block : (i + 1) * block]
        w0, c0 = time.perf_counter_ns(), time.thread_time_ns()
        step(b)
        out[0, i] = (time.perf_counter_ns() - w0) * 1e-9
        out[1, i] = (time.thread_time_ns() - c0) * 1e-9
    return out[:, 20:]  # the first blocks warm caches and allocators


def ours(name: str, params: dict[str, float]) -> Callable[[np.ndarray], object]:
    plan = EffectPlan((EffectSpec(name, params),))
    stream = StreamingMLLM("effects", plan, samplerate=SR, channels=2)
    assert stream.latency_samples == 0, f"{name} should need no frame"
    return stream.process


def pedalboard_peers() -> dict[str, Callable[[np.ndarray], object]]:
    try:
        import pedalboard as pb
    except ImportError:
        return {}
    plugins = {
        "compressor": pb.Compressor(threshold_db=-30, ratio=4, attack_ms=5, release_ms=80),
        "gate": pb.NoiseGate(threshold_db=-40),
        "bitcrush": pb.Bitcrush(bit_depth=6),
        "flanger": pb.Chorus(rate_hz=0.5, depth=0.3, centre_delay_ms=2, feedback=0.7),
        "phaser": pb.Phaser(rate_hz=0.5, feedback=0.5),
        "chorus": pb.Chorus(),
    }

    def step(plugin):
        # pedalboard wants (channels, n) float32; reset=False keeps its state
        return lambda b: plugin.process(np.ascontiguousarray(b.T), SR, reset=False)

    return {name: step(p) for name, p in plugins.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=20.0, help="audio per effect")
    ap.add_argument("--block", type=int, default=512, help="samples per block")
    args = ap.parse_args()
    x = speech_like(args.seconds, offset=29)
    period_ms = 1e3 * args.block / SR
    print(f"{args.block}-sample blocks of 48 kHz stereo ({period_ms:.2f} ms each), "
          f"{args.seconds:g} s per effect; load average {os.getloadavg()[0]:.1f}")
    print(f"{'effect':12s} {'side':11s} {'wall p50':>9s} {'p99':>7s} {'max':>7s}"
          f" {'cpu p50':>8s} {'p99':>7s}  {'wall p99':>8s} {'cpu p99':>8s}")
    peers = pedalboard_peers()
    for name, params in OURS.items():
        rows = [("this", ours(name, params))]
        if name in peers:
            rows.append(("pedalboard", peers[name]))
        for side, step in rows:
            wall, cpu = block_times(step, x, args.block) * 1e3
            wp50, wp99 = np.percentile(wall, [50, 99])
            cp50, cp99 = np.percentile(cpu, [50, 99])
            print(f"{name:12s} {side:11s} {wp50:8.3f}m {wp99:6.3f}m {wall.max():6.2f}m"
                  f" {cp50:7.3f}m {cp99:6.3f}m  {100 * wp99 / period_ms:7.1f}% "
                  f"{100 * cp99 / period_ms:7.1f}%")
    print("(m: milliseconds; the last two columns are p99 as a share of the block's duration)")


if __name__ == "__main__":
    main()
