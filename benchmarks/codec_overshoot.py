"""How far lossy encoders push a limited output over the -1 dBFS ceiling.

Prints figures; asserts nothing.  A 1 kHz tone and full-band noise, both
driven well over full scale, go through ``process -p louder`` (the output
limiter holds -1 dBFS) into WAV, FLAC, OGG Vorbis and MP3 files; each file
is decoded back and its sample peak printed.  PCM and FLAC hold the ceiling
exactly; the lossy encoders add their own overshoot after it.

    python benchmarks/codec_overshoot.py
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import soundfile as sf

RATE = 48000
FORMATS = ("wav", "flac", "ogg", "mp3")


def signals(seconds: float = 5.0) -> dict[str, np.ndarray]:
    t = np.arange(int(seconds * RATE)) / RATE
    rng = np.random.default_rng(0)
    return {
        "tone 1 kHz": 1.5 * np.sin(2 * np.pi * 1000 * t),
        "noise": np.clip(0.8 * rng.standard_normal(len(t)), -4, 4),
    }


def main() -> None:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.wav"
        print(f"{'signal':12s} " + " ".join(f"{f:>8s}" for f in FORMATS) + "   (peak, dBFS)")
        for name, x in signals().items():
            sf.write(src, x.astype(np.float32), RATE, subtype="FLOAT")
            peaks = []
            for ext in FORMATS:
                out = Path(tmp) / f"out.{ext}"
                out.unlink(missing_ok=True)
                cmd = [sys.executable, "-m", "streaming_mllm", "process", str(src), str(out),
                       "-p", "louder", "-q"]
                r = subprocess.run(cmd, capture_output=True, text=True)
                if r.returncode:
                    peaks.append("error")
                    continue
                y, _ = sf.read(out, dtype="float64")
                peaks.append(f"{20 * np.log10(np.abs(y).max()):+8.2f}")
            print(f"{name:12s} " + " ".join(f"{p:>8s}" for p in peaks))


if __name__ == "__main__":
    main()
