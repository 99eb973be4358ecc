"""This project's reverb and chorus beside the peers', metric by metric.

Prints figures; asserts nothing (the targets are asserted in
``tests/test_reverb.py`` and ``tests/test_time_effects.py``).  The metrics
are defined once, in ``benchmarks/reverb_metrics.py``.  Needs the ``bench``
extra: ``pip install -e ".[bench]"`` (pedalboard, pyroomacoustics).

Reverb, for one impulse fed to both channels (a mono source in a stereo
stream), fully wet:

- ``streaming_mllm``: the ``reverb`` effect, ``decay_s`` as asked, no predelay;
- ``Freeverb``: pedalboard's ``Reverb`` (JUCE's Freeverb), ``room_size``
  chosen so that its T30,mid is nearest the decay asked;
- ``room``: pyroomacoustics' simulated shoebox room (image sources to order
  3, then ray tracing), walls absorbing for the decay asked by Sabine's
  formula, two omnidirectional microphones 1 m apart;
- ``noise``: exponentially decaying Gaussian noise, independent left and
  right: the ideal diffuse tail the metrics are scaled on.

Chorus, on the speech shipped with the package (resampled to the rate), mono
on both channels, at full mix: the level change and the correlation of left
and right (``streaming_mllm`` against pedalboard's ``Chorus``).

    python benchmarks/compare_reverb.py
    python benchmarks/compare_reverb.py --decay 4 --samplerate 44100
"""

from __future__ import annotations

import argparse
import math
import time
from collections.abc import Callable

import numpy as np
import reverb_metrics as rm

from streaming_mllm.effects.base import EffectContext
from streaming_mllm.effects.chain import factory
from streaming_mllm.effects.model import default_framing
from streaming_mllm.effects.registry import default_params


def ours_reverb(sr: int, decay: float, n: int) -> np.ndarray:
    params = {**default_params("reverb"), "decay_s": decay, "mix": 1.0, "predelay_ms": 0.0}
    proc = factory("reverb")[1](params, EffectContext(sr, *default_framing(sr)))
    x = np.zeros((n, 2))
    x[0] = 1.0
    return proc.process(x, proc.new_state(2))


def freeverb(sr: int, decay: float, n: int) -> tuple[np.ndarray, str]:
    import pedalboard as pb

    def ir(room: float) -> np.ndarray:
        board = pb.Pedalboard([pb.Reverb(room_size=room, wet_level=1.0, dry_level=0.0)])
        x = np.zeros((2, n), np.float32)
        x[:, 0] = 1.0
        return board.process(x, sr).T.astype(np.float64)

    best = None
    for room in np.linspace(0.3, 0.98, 18):
        h = ir(float(room))
        try:
            err = abs(rm.rt60_mid(h, sr) - decay)
        except ValueError:
            continue
        if best is None or err < best[0]:
            best = (err, float(room), h)
    assert best is not None
    return best[2], f"room_size {best[1]:.2f}"


def simulated_room(sr: int, decay: float, n: int) -> tuple[np.ndarray, str]:
    import pyroomacoustics as pra

    dims = [20.0, 14.0, 9.0]
    absorption, _ = pra.inverse_sabine(decay, dims)
    room = pra.ShoeBox(dims, fs=sr, materials=pra.Material(absorption), max_order=3,
                       ray_tracing=True, air_absorption=False)
    room.set_ray_tracing(receiver_radius=0.5, n_rays=20000, energy_thres=1e-7)
    room.add_source([6.0, 5.0, 1.7])
    room.add_microphone_array(np.array([[13.5, 14.5], [8.0, 8.0], [1.7, 1.7]]))
    room.compute_rir()
    h = np.zeros((n, 2))
    for c in range(2):
        r = np.asarray(room.rir[c][0], np.float64)[:n]
        h[: len(r), c] = r
    return h, f"{dims[0]:g}x{dims[1]:g}x{dims[2]:g} m, absorption {absorption:.3f}"


def noise_tail(sr: int, decay: float, n: int) -> tuple[np.ndarray, str]:
    rng = np.random.default_rng(0)
    env = 10 ** (-3 * np.arange(n) / (decay * sr))
    return rng.standard_normal((n, 2)) * env[:, None], "Gaussian, independent L/R"


def reverb_figures(h: np.ndarray, sr: int, decay: float) -> dict[str, str]:
    left = h[:, 0]
    t90, mean = rm.density_figures(left, sr)
    ac, lag = rm.tail_autocorrelation(left, sr)
    t30 = rm.rt60_mid(h, sr)
    return {
        "late IACC, mono source on both channels": f"{rm.iacc_late(h[:, 0], h[:, 1], sr):.3f}",
        "echo density 0.9 reached (ms after first arrival)": f"{t90:.0f}",
        "echo density, mean over 50-100 ms": f"{mean:.2f}",
        "tail spectral peaks per 10^4 bins": f"{rm.tail_peaks_per_10k(left, sr):.1f}",
        "tail autocorrelation beyond 5 ms (at ms)": f"{ac:.3f} ({lag:.0f})",
        "T30,mid (s)": f"{t30:.3f}",
        "T30,mid error against the decay asked": f"{100 * (t30 / decay - 1):+.1f}%",
        "third-octave colouration SD (dB)": f"{rm.colouration_sd(left, sr):.2f}",
    }


TARGETS = {
    "late IACC, mono source on both channels": "<= 0.1",
    "echo density 0.9 reached (ms after first arrival)": "<= 100",
    "echo density, mean over 50-100 ms": ">= 0.8",
    "tail spectral peaks per 10^4 bins": "<= 5",
    "tail autocorrelation beyond 5 ms (at ms)": "<= 0.05",
    "T30,mid (s)": "",
    "T30,mid error against the decay asked": "<= 3%",
    "third-octave colouration SD (dB)": "<= 1",
}


def print_table(title: str, columns: dict[str, dict[str, str]], targets: dict[str, str]) -> None:
    names = list(columns)
    width = max(len(k) for k in targets) + 2
    cols = [max(12, len(c) + 2) for c in names]
    print(title)
    pairs = list(zip(names, cols, strict=True))
    print(" " * width + "target".ljust(10) + "".join(c.ljust(w) for c, w in pairs))
    for metric, target in targets.items():
        cells = "".join(columns[c].get(metric, "-").ljust(w) for c, w in pairs)
        print(metric.ljust(width) + target.ljust(10) + cells)
    print()


def speech(sr: int) -> np.ndarray:
    import soundfile as sf
    from scipy.signal import resample_poly

    from streaming_mllm.fileio import EXAMPLE

    x, fs = sf.read(EXAMPLE, dtype="float64")
    g = math.gcd(sr, fs)
    return resample_poly(x, sr // g, fs // g)


def chorus_figures(sr: int) -> dict[str, dict[str, str]]:
    import pedalboard as pb

    x = speech(sr)
    stereo = np.repeat(x[:, None], 2, axis=1)
    params = {**default_params("chorus"), "mix": 1.0}
    proc = factory("chorus")[1](params, EffectContext(sr, *default_framing(sr)))
    ours = proc.process(stereo, proc.new_state(2))
    board = pb.Pedalboard([pb.Chorus(mix=1.0)])
    peer = board.process(stereo.T.astype(np.float32), sr).T.astype(np.float64)
    out = {}
    for name, y in (("streaming_mllm", ours), ("pedalboard Chorus", peer)):
        out[name] = {
            "level change on speech at full mix (dB)": f"{rm.level_change_db(y, stereo):+.2f}",
            "left/right correlation, mono source": f"{rm.correlation(y[:, 0], y[:, 1]):.3f}",
        }
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--decay", type=float, default=2.0, help="RT60 asked of every reverb, s")
    ap.add_argument("--samplerate", type=int, default=48000)
    args = ap.parse_args()
    sr, decay = args.samplerate, args.decay
    n = int((1.2 * decay + 0.5) * sr)

    columns: dict[str, dict[str, str]] = {}
    notes = []
    peers: list[tuple[str, Callable[[int, float, int], tuple[np.ndarray, str]]]] = [
        ("Freeverb", freeverb), ("room", simulated_room), ("noise", noise_tail)]
    t0 = time.perf_counter()
    columns["streaming_mllm"] = reverb_figures(ours_reverb(sr, decay, n), sr, decay)
    for name, make in peers:
        try:
            h, how = make(sr, decay, n)
        except ImportError as exc:
            notes.append(f"{name}: not measured ({exc}; pip install -e '.[bench]')")
            continue
        columns[name] = reverb_figures(h, sr, decay)
        notes.append(f"{name}: {how}")
    print_table(f"Reverb, {decay:g} s asked, {sr} Hz, one impulse on both channels, fully wet",
                columns, TARGETS)
    for line in notes:
        print("  " + line)
    print()
    try:
        chorus = chorus_figures(sr)
    except ImportError as exc:
        print(f"Chorus: pedalboard missing ({exc})")
        return
    print_table("Chorus, default settings at full mix, speech (mono on both channels)", chorus, {
        "level change on speech at full mix (dB)": "+-1",
        "left/right correlation, mono source": "",
    })
    print(f"({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
