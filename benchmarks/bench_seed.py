"""Benchmark the seed model: offline speed, per-hop streaming cost, file-mode memory.

Prints figures; asserts nothing.  Ratios against the notebook's own loop
implementation, measured in the same run, are the figures that count (the
machine may be shared and noisy).

    python benchmarks/bench_seed.py                 # 10 min of audio, 1 h file
    python benchmarks/bench_seed.py --minutes 1 --long-minutes 5
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf
from timing import best_of

from streaming_mllm import DEFAULT_CONFIG, AudioTextToAudioMLLM, StreamingMLLM

# one reference implementation for the tests and this benchmark
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import notebook_reference  # noqa: E402

PROMPT = "make it sound like a robot"


def notebook_model(config: dict):
    """The notebook's own cells (tests/notebook_reference.py, vendored verbatim:
    loops, float64, randn), with the package model's weights."""
    return notebook_reference.with_weights_of(AudioTextToAudioMLLM(config))


def peak_rss_of_file_run(minutes: float, model: str, prompt: str) -> tuple[float, float]:
    """Peak RSS (MB) of a child process that processes a long 48 kHz stereo file."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "long.wav"
        block = (0.1 * np.random.default_rng(0).standard_normal((48000 * 10, 2)) * 32767).astype(
            np.int16
        )
        with sf.SoundFile(src, "w", 48000, 2, subtype="PCM_16") as f:
            for _ in range(int(minutes * 6)):
                f.write(block)
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent
        # through fork and exec, so a child would report this process's peak.
        code = (
            "import sys, time\n"
            "from streaming_mllm.fileio import process_file\n"
            "t0 = time.perf_counter()\n"
            f"process_file(sys.argv[1], sys.argv[2], prompt={prompt!r}, model={model!r})\n"
            "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
            "print(time.perf_counter() - t0, hwm.split()[1])\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", code, str(src), str(Path(tmp) / "out.wav")],
            check=True, capture_output=True, text=True,
        )
        seconds, peak_kb = out.stdout.split()
    return float(peak_kb) / 1024, minutes * 60 / float(seconds)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=10, help="audio for offline generate")
    ap.add_argument("--long-minutes", type=float, default=60, help="file for the memory run")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    sr = 16000
    x = np.random.default_rng(0).standard_normal(int(args.minutes * 60 * sr)).astype(np.float32)
    ours = AudioTextToAudioMLLM(DEFAULT_CONFIG)
    loop = notebook_model(DEFAULT_CONFIG)
    x64 = x.astype(np.float64)
    t_loop = best_of(lambda: loop.generate(x64, PROMPT), args.repeat)
    t_ours = best_of(lambda: ours.generate(x, PROMPT), args.repeat)
    print(f"offline generate, {args.minutes:g} min of 16 kHz audio (best of {args.repeat}):")
    print(f"  notebook loop   {t_loop:8.3f} s")
    print(f"  streaming_mllm  {t_ours:8.3f} s   speed-up {t_loop / t_ours:5.1f}x")

    stream = StreamingMLLM(ours, PROMPT, samplerate=sr)
    hop = stream.hop_length
    n_blocks = min(4000, len(x) // hop)
    blocks = x[: hop * n_blocks].reshape(n_blocks, hop)
    times = np.empty(len(blocks))
    for i, b in enumerate(blocks):
        t0 = time.perf_counter()
        stream.process(b)
        times[i] = time.perf_counter() - t0
    budget = hop / sr
    p50, p99 = np.percentile(times, [50, 99])
    print(f"streaming, one hop ({hop} samples = {1000 * budget:.1f} ms) per call, "
          f"{len(blocks)} calls:")
    print(f"  p50 {1e6 * p50:7.1f} us  ({100 * p50 / budget:.2f}% of the hop)")
    print(f"  p99 {1e6 * p99:7.1f} us  ({100 * p99 / budget:.2f}% of the hop)")

    for model, prompt in (("seed", PROMPT), ("effects", "clean")):
        rss, speed = peak_rss_of_file_run(args.long_minutes, model, prompt)
        print(f"file mode, {args.long_minutes:g} min 48 kHz stereo, model {model!r}: "
              f"peak RSS {rss:.0f} MB, {speed:.0f}x real time")


if __name__ == "__main__":
    main()
