"""File mode keeps freed memory for the next block: no page fault per block."""

from __future__ import annotations

import platform
import subprocess
import sys
import textwrap

import pytest

from streaming_mllm import _heap

GLIBC = platform.libc_ver()[0] == "glibc"

SCRIPT = textwrap.dedent("""
    import resource, sys
    import numpy as np, soundfile as sf
    from streaming_mllm.fileio import process_file
    src, out = sys.argv[1], sys.argv[2]
    x = 0.1 * np.random.default_rng(0).standard_normal((5 * 48000, 2))
    sf.write(src, x.astype(np.float32), 48000, subtype="FLOAT")
    process_file(src, out, prompt="a robot with echo in a cathedral")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    process_file(src, out, prompt="a robot with echo in a cathedral")
    print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
""")


@pytest.mark.skipif(not GLIBC, reason="the thresholds are glibc's")
def test_a_second_file_takes_almost_no_page_faults(tmp_path):
    # glibc's defaults: about 7,800 minor page faults for these 5 s (the
    # blocks' arrays given back to the kernel and faulted in again each step)
    env = {k: v for k, v in __import__("os").environ.items() if not k.startswith("MALLOC_")}
    env.pop("GLIBC_TUNABLES", None)
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "in.wav"), str(tmp_path / "out.wav")],
        capture_output=True, text=True, env=env, check=True,
    )
    faults = int(run.stdout.strip().splitlines()[-1])
    assert faults < 500


def test_the_environment_s_own_malloc_tuning_is_left_alone(monkeypatch):
    monkeypatch.setattr(_heap, "_state", {})
    monkeypatch.setenv("MALLOC_TOP_PAD_", "1048576")
    assert _heap.keep_freed_memory() is False
