"""Draw before/after spectrograms of a prompt to a PNG, to see what it did.

    pip install -e ".[plot]"
    python examples/spectrogram.py "like an old telephone" telephone.png [input.wav]
"""

from __future__ import annotations

import sys

import numpy as np
import soundfile as sf

from streaming_mllm import StreamingMLLM
from streaming_mllm.fileio import EXAMPLE


def spectrogram_db(x: np.ndarray, frame: int = 1024, hop: int = 256) -> np.ndarray:
    window = np.hanning(frame)
    n = 1 + max(0, len(x) - frame) // hop
    frames = np.lib.stride_tricks.sliding_window_view(x, frame)[::hop][:n]
    power = np.abs(np.fft.rfft(frames * window, axis=-1)) ** 2
    return 10 * np.log10(power.T + 1e-12)


def main() -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        sys.exit('this example needs matplotlib: pip install -e ".[plot]"')
    prompt = sys.argv[1] if len(sys.argv) > 1 else "like an old telephone"
    png = sys.argv[2] if len(sys.argv) > 2 else "spectrogram.png"
    x, sr = sf.read(sys.argv[3] if len(sys.argv) > 3 else str(EXAMPLE), dtype="float32",
                    always_2d=True)
    x = x.mean(axis=1)
    y = StreamingMLLM("effects", prompt, samplerate=sr).process_all(x)
    fig, axes = plt.subplots(2, 1, figsize=(10, 6), sharex=True, sharey=True)
    for ax, sig, title in ((axes[0], x, "input"), (axes[1], y, f"output: {prompt!r}")):
        spec = spectrogram_db(sig)
        ax.imshow(spec, origin="lower", aspect="auto", vmin=spec.max() - 80, vmax=spec.max(),
                  extent=(0, len(sig) / sr, 0, sr / 2), cmap="magma")
        ax.set_title(title)
        ax.set_ylabel("Hz")
    axes[1].set_xlabel("seconds")
    fig.tight_layout()
    fig.savefig(png, dpi=100)
    print(f"wrote {png}")


if __name__ == "__main__":
    main()
