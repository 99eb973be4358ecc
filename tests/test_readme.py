"""The README's Python example runs as written, and its commands exist."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
from click.testing import CliRunner

from streaming_mllm.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"


def test_embedding_example_runs_and_its_comments_hold():
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), re.S)
    assert blocks, "the README has no Python example"
    namespace: dict = {}
    exec(blocks[0], namespace)  # noqa: S102 - the README's own example
    stream = namespace["stream"]
    assert stream.latency_samples == 0
    indata = np.zeros((512, 2), np.float32)
    indata[0] = 0.5
    outdata = np.empty_like(indata)
    namespace["callback"](indata, outdata, 512, None, None)
    assert outdata.shape == (512, 2)
    out2 = np.empty((1024, 2), np.float32)
    namespace["callback"](np.zeros((1024, 2), np.float32), out2, 1024, None, None)
    # the filtered click starts where it went in: nothing before it, something at it
    y = np.concatenate([outdata, out2])[:, 0]
    assert y[0] != 0 and 0 < np.argmax(np.abs(y)) < 100


def test_every_command_in_the_cli_section_exists():
    text = README.read_text()
    section = text[text.index("## Command line") : text.index("## The prompt language")]
    commands = set(re.findall(r"^streaming-mllm (\w+)", section, re.M))
    assert {"process", "pipe", "live", "devices", "explain", "effects", "info"} <= commands
    for name in commands:
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0, (name, result.output)


def test_switching_example_runs_and_switches():
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), re.S)
    switching = [b for b in blocks if "set_prompt" in b]
    assert switching, "the README has no switching example"
    namespace: dict = {}
    exec(switching[0], namespace)  # noqa: S102 - the README's own example
    stream = namespace["stream"]
    assert stream.latency_samples == stream.frame_length - 1
    assert namespace["warnings"] == []
    x = np.random.default_rng(0).standard_normal((48000, 1)).astype(np.float32) * 0.1
    stream.process(x)  # the queued switches start here; bypass ends on "deep voice"
    assert stream.prompt == "deep voice" and not stream.bypass
    assert [e.name for e in stream.plan.effects] == ["pitch"]
