"""Process an audio file with a prompt, from Python.

    python examples/process_file.py input.wav output.wav "like an old telephone"
    python examples/process_file.py        # the shipped example, "robot in a cathedral"
"""

from __future__ import annotations

import sys

import soundfile as sf

from streaming_mllm.fileio import EXAMPLE, process_file


def main() -> None:
    src = sys.argv[1] if len(sys.argv) > 1 else str(EXAMPLE)
    dst = sys.argv[2] if len(sys.argv) > 2 else "robot_cathedral.wav"
    prompt = sys.argv[3] if len(sys.argv) > 3 else "a robot in a cathedral"
    total = sf.info(src).frames

    def progress(done: int) -> None:
        print(f"\r{100 * done / total:5.1f}%", end="", file=sys.stderr)

    report = process_file(src, dst, prompt=prompt, progress=progress)
    print(
        f"\n{dst}: {report.frames_out} frames, {report.realtime_factor:.0f}x real time, "
        f"latency removed: {report.latency_samples} samples",
        file=sys.stderr,
    )
    for line in report.plan.warnings() if report.plan is not None else ():
        print(line, file=sys.stderr)


if __name__ == "__main__":
    main()
