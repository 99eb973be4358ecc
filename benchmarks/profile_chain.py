"""Where an effects chain spends its time: CPU time of each stage, as in file mode.

Wraps every processor of the chain (the time effects, the spectral ones, the
STFT's analysis and synthesis, the limiter) with a CPU-time counter, pushes
speech-like audio through ``StreamingMLLM.process`` in file-mode chunks, and
prints nanoseconds per frame and shares, the best of ``--repeat`` runs.
Prints figures; asserts nothing.  One core, no BLAS threads, as
``bench_effects.py``.

    python benchmarks/profile_chain.py
    python benchmarks/profile_chain.py --prompt "up 5 semitones in a hall" --seconds 30
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
from typing import Any  # noqa: E402

from bench_effects import CHAIN, SR, speech_like  # noqa: E402

from streaming_mllm import StreamingMLLM  # noqa: E402
from streaming_mllm._heap import keep_freed_memory  # noqa: E402


def _timed(obj: Any, method: str, name: str, totals: dict[str, float]) -> None:
    """Replace ``obj.method`` by a wrapper adding its CPU time to ``totals[name]``."""
    inner: Callable[..., Any] = getattr(obj, method)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = time.process_time()
        out = inner(*args, **kwargs)
        totals[name] = totals.get(name, 0.0) + time.process_time() - t0
        return out

    object.__setattr__(obj, method, wrapper)  # the Stft is a frozen dataclass


def profile(prompt: str, seconds: float, chunk: int) -> dict[str, float]:
    """CPU seconds per stage for one pass of ``seconds`` of audio."""
    x = speech_like(seconds)
    keep_freed_memory()  # as process_file does: no page faults per step
    stream = StreamingMLLM("effects", prompt, samplerate=SR, channels=2)
    chain = stream.prepared
    totals: dict[str, float] = {}
    for proc in [*chain.before, *chain.spectral, *chain.after]:
        _timed(proc, "process", type(proc).__name__, totals)
    if chain.spectral:
        _timed(chain.stft, "analyze", "STFT analysis", totals)
        _timed(chain.stft, "synthesize", "STFT synthesis", totals)
    _timed(chain.limiter, "process", "limiter", totals)
    t0 = time.process_time()
    for i in range(0, len(x), chunk):
        stream.process(x[i : i + chunk])
    totals["whole stream.process"] = time.process_time() - t0
    return totals


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--prompt", default=CHAIN)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--chunk", type=int, default=65536, help="frames per process call")
    ap.add_argument("--repeat", type=int, default=3, help="runs; each stage's best is kept")
    args = ap.parse_args()
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        for name, t in profile(args.prompt, args.seconds, args.chunk).items():
            best[name] = min(best.get(name, float("inf")), t)
    frames = int(args.seconds * SR)
    whole = best["whole stream.process"]
    print(f"{args.prompt!r}, 48 kHz stereo, {args.seconds:g} s in chunks of {args.chunk}, "
          f"CPU time, best of {args.repeat}:")
    for name, t in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"  {name:22s} {1e9 * t / frames:6.0f} ns/frame  {100 * t / whole:5.1f}%")
    rest = whole - sum(t for n, t in best.items() if n != "whole stream.process")
    share = 100 * rest / whole
    print(f"  {'engine and glue':22s} {1e9 * rest / frames:6.0f} ns/frame  {share:5.1f}%")


if __name__ == "__main__":
    main()
