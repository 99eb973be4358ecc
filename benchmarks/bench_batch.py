"""Benchmark ``streaming-mllm batch``: throughput with --jobs 1 against --jobs 2.

Generates the files in a temporary folder (40 files of 30 s of 48 kHz stereo
by default), processes them with the local engine at each ``--jobs`` value,
alternating the runs, and prints the best of ``--repeat`` runs for each and
their ratio.  Prints figures; asserts nothing.  The ratio measured in one run
is the figure that counts (the machine may be shared and noisy).

    python benchmarks/bench_batch.py
    python benchmarks/bench_batch.py --files 8 --seconds 10 --repeat 1
"""

from __future__ import annotations

import os

# One thread per worker process: parallelism comes from the pool, not BLAS.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import soundfile as sf  # noqa: E402

from streaming_mllm.batch import process_many, usable_cores  # noqa: E402

SR = 48000
PROMPT = "like an old telephone with a bit of echo"


def speech_like(seconds: float, seed: int) -> np.ndarray:
    """A gliding harmonic tone with a syllable-rate envelope, plus noise; stereo."""
    rng = np.random.default_rng(seed)
    n = int(seconds * SR)
    t = np.arange(n) / SR
    f0 = 120 * 2 ** (0.3 * np.sin(2 * np.pi * 0.4 * t + seed))
    phase = 2 * np.pi * np.cumsum(f0) / SR
    x = sum(np.sin(k * phase) / k for k in range(1, 12))
    x *= 0.5 + 0.5 * np.sin(2 * np.pi * 4 * t) ** 2
    x = 0.2 * x / np.abs(x).max() + 0.01 * rng.standard_normal(n)
    return np.stack([x, np.roll(x, 240)], axis=1).astype(np.float32)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=40)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--prompt", default=PROMPT)
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench_batch_"))
    try:
        src = tmp / "in"
        src.mkdir()
        for i in range(args.files):
            sf.write(src / f"f{i:03d}.wav", speech_like(args.seconds, i), SR, subtype="PCM_16")
        audio = args.files * args.seconds
        print(f"{args.files} files of {args.seconds:g} s, {SR} Hz stereo PCM_16 "
              f"({audio / 60:.1f} min of audio), prompt {args.prompt!r}; "
              f"{usable_cores()} usable cores")
        best: dict[int, float] = {}
        for r in range(args.repeat):
            for jobs in args.jobs:
                out = tmp / f"out{jobs}"
                t0 = time.perf_counter()
                records = process_many([src], out, prompt=args.prompt, jobs=jobs)
                wall = time.perf_counter() - t0
                assert all(rec.status == "done" for rec in records)
                shutil.rmtree(out)
                best[jobs] = min(best.get(jobs, wall), wall)
                print(f"  run {r + 1}, --jobs {jobs}: {wall:6.2f} s")
        print(f"{'jobs':>5} {'best wall':>10} {'files/s':>8} {'x real time':>12}")
        for jobs in args.jobs:
            w = best[jobs]
            print(f"{jobs:>5} {w:>9.2f}s {args.files / w:>8.2f} {audio / w:>12.0f}")
        base = best[args.jobs[0]]
        for jobs in args.jobs[1:]:
            print(f"throughput --jobs {jobs} / --jobs {args.jobs[0]}: {base / best[jobs]:.2f}x")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
