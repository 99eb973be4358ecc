"""Peak memory of file mode with a long tail on many channels (issue 7, defect 5).

Prints figures; asserts nothing.  Each case runs ``process_file`` in a fresh
interpreter and reads its peak resident set size (``ru_maxrss``); the
``clean`` prompt on the same input is the peer that shows what the tail adds.

    python benchmarks/bench_memory.py                       # 1 s, 32 channels, 48 kHz
    python benchmarks/bench_memory.py --channels 64 --seconds 2
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import soundfile as sf

LONG_TAIL = "reverb 100 seconds, echo feedback 100%"

CHILD = (
    "import resource, sys\n"
    "from streaming_mllm.fileio import process_file\n"
    "r = process_file(sys.argv[1], sys.argv[2], prompt=sys.argv[3])\n"
    "print(r.frames_out, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
)


def peak_rss(src: Path, out: Path, prompt: str) -> tuple[int, float]:
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(src), str(out), prompt],
        capture_output=True, text=True, check=True,
    )
    frames, kib = proc.stdout.split()
    return int(frames), int(kib) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=1.0)
    ap.add_argument("--channels", type=int, default=32)
    ap.add_argument("--samplerate", type=int, default=48000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.wav"
        rng = np.random.default_rng(0)
        n = int(args.seconds * args.samplerate)
        x = (0.1 * rng.standard_normal((n, args.channels))).astype(np.float32)
        sf.write(src, x, args.samplerate, subtype="FLOAT")
        del x
        print(f"{args.seconds:g} s of {args.channels} channels at {args.samplerate} Hz")
        for prompt in ("clean", LONG_TAIL):
            frames, mib = peak_rss(src, Path(tmp) / "out.wav", prompt)
            print(f"  {prompt!r:45} peak RSS {mib:7.1f} MiB, {frames / args.samplerate:6.1f} s out")


if __name__ == "__main__":
    main()
