"""Presets: ``explain --json`` output is a file that ``--plan`` turns back into the same sound."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from click.testing import CliRunner

from streaming_mllm import StreamingMLLM
from streaming_mllm.cli import main
from streaming_mllm.effects.plan import EffectPlan
from streaming_mllm.effects.preset import PRESET_FORMAT, PRESET_VERSION, load_preset
from streaming_mllm.effects.prompt import parse_prompt
from streaming_mllm.errors import ConfigError

PROMPTS = [
    "like an old telephone",
    "up 5 semitones with a bit of echo",  # pitch: the finer hop follows the plan
    "robot in a huge cathedral, banana",  # a word not understood travels with the preset
    "up 30 semitones",  # a clamped value travels too
    "clean",
]


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def explain_json(prompt: str, path: Path) -> Path:
    result = run("explain", prompt, "--json")
    assert result.exit_code == 0, result.output
    path.write_text(result.output, encoding="utf-8")
    return path


@pytest.mark.parametrize("prompt", PROMPTS)
def test_plan_round_trips_through_json(prompt: str) -> None:
    plan = parse_prompt(prompt)
    text = plan.to_json(prompt)
    data = json.loads(text)
    assert data["format"] == PRESET_FORMAT and data["version"] == PRESET_VERSION
    assert data["prompt"] == prompt
    assert EffectPlan.from_json(text) == plan


@pytest.mark.parametrize("sr", [16000, 44100, 48000])
def test_class_output_from_preset_equals_prompt_output(sr: int) -> None:
    rng = np.random.default_rng(sr)
    x = (0.1 * rng.standard_normal(sr)).astype(np.float32)
    for prompt in PROMPTS:
        plan = EffectPlan.from_json(parse_prompt(prompt).to_json())
        a = StreamingMLLM("effects", prompt, samplerate=sr)
        b = StreamingMLLM("effects", plan, samplerate=sr)
        assert (a.frame_length, a.hop_length) == (b.frame_length, b.hop_length)
        np.testing.assert_array_equal(a.process_all(x), b.process_all(x))


def test_process_with_explained_preset_is_bit_identical(tmp_path: Path) -> None:
    sr = 22050
    rng = np.random.default_rng(3)
    sf.write(tmp_path / "in.wav", (0.1 * rng.standard_normal((sr, 2))).astype(np.float32), sr,
             subtype="FLOAT")
    for i, prompt in enumerate(PROMPTS[:3]):
        preset = explain_json(prompt, tmp_path / f"p{i}.json")
        a, b = tmp_path / f"a{i}.wav", tmp_path / f"b{i}.wav"
        r = run("process", tmp_path / "in.wav", a, "-p", prompt, "-q")
        assert r.exit_code == 0, r.output
        r = run("process", tmp_path / "in.wav", b, "--plan", preset, "-q")
        assert r.exit_code == 0, r.output
        ya, _ = sf.read(a, dtype="float32")
        yb, _ = sf.read(b, dtype="float32")
        assert ya.shape == yb.shape
        np.testing.assert_array_equal(ya, yb)
        assert np.abs(ya).max() > 0


def test_pipe_with_preset_is_byte_identical(tmp_path: Path) -> None:
    sr = 48000
    rng = np.random.default_rng(4)
    raw = (0.1 * rng.standard_normal(sr // 2)).astype("<f4").tobytes()
    prompt = PROMPTS[1]
    preset = explain_json(prompt, tmp_path / "p.json")
    root = str(Path(__file__).resolve().parents[1])
    outs = []
    for how in (["-p", prompt], ["--plan", str(preset)]):
        r = subprocess.run(
            [sys.executable, "-m", "streaming_mllm", "pipe", "-r", str(sr), *how],
            input=raw, capture_output=True, check=False, cwd=root, timeout=120,
        )
        assert r.returncode == 0, r.stderr.decode()
        outs.append(r.stdout)
    assert len(outs[0]) >= len(raw)
    assert outs[0] == outs[1]


def _good() -> dict:
    return json.loads(parse_prompt("like an old telephone, with a bit of echo").to_json())


def _set(path: list, value: object):
    def change(d: dict) -> dict:
        target = d
        for key in path[:-1]:
            target = target[key]
        if value is KeyError:
            del target[path[-1]]
        else:
            target[path[-1]] = value
        return d

    return change


BAD = [
    (_set(["format"], "something-else"), "format"),
    (_set(["format"], KeyError), "format"),
    (_set(["version"], PRESET_VERSION + 1), "version"),
    (_set(["version"], "1"), "version"),
    (_set(["effects"], KeyError), "effects"),
    (_set(["effects"], {"name": "echo"}), "effects"),
    (_set(["effects", 0], "telephone"), "effects[0]"),
    (_set(["effects", 1, "name"], "banana"), "effects[1].name"),
    (_set(["effects", 0, "params"], [300, 3400]), "effects[0].params"),
    (_set(["effects", 0, "params", "high_hz"], "3400"), "effects[0].params.high_hz"),
    (_set(["effects", 0, "params", "high_hz"], 50000), "effects[0].params.high_hz"),
    (_set(["effects", 1, "params", "feedback"], None), "effects[1].params.feedback"),
    (_set(["effects", 1, "params", "loudness"], 1), "effects[1].params.loudness"),
    (_set(["unrecognized"], "banana"), "unrecognized"),
]


@pytest.mark.parametrize("change,field", BAD, ids=[f for _, f in BAD])
def test_bad_preset_is_one_line_naming_the_field(tmp_path: Path, change, field: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(change(_good())), encoding="utf-8")
    with pytest.raises(ConfigError, match="^" + re.escape(f"{bad}: {field}: ")):
        load_preset(bad)
    sf.write(tmp_path / "in.wav", np.zeros(1000, np.float32), 16000)
    r = run("process", tmp_path / "in.wav", tmp_path / "out.wav", "--plan", bad)
    assert r.exit_code != 0
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and field in lines[0], r.output
    assert not (tmp_path / "out.wav").exists()


def test_preset_missing_parameters_take_defaults_and_extra_keys_are_ignored() -> None:
    data = {"format": PRESET_FORMAT, "version": 1, "preset": "x", "comment": "mine",
            "effects": [{"name": "echo", "params": {"delay_ms": 120}}, {"name": "robot"}]}
    plan = EffectPlan.from_json(json.dumps(data))
    # processing order, whatever order the file lists them in
    assert [e.name for e in plan.effects] == ["robot", "echo"]
    assert plan.effects[1].params == {"delay_ms": 120.0}
    x = np.random.default_rng(0).standard_normal(8000).astype(np.float32) * 0.1
    full = parse_prompt("robot with a 120 ms echo")
    np.testing.assert_array_equal(
        StreamingMLLM("effects", plan, samplerate=16000).process_all(x),
        StreamingMLLM("effects", full, samplerate=16000).process_all(x),
    )


def test_not_json_and_missing_file_are_one_line(tmp_path: Path) -> None:
    (tmp_path / "p.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="p.json: not a JSON preset"):
        load_preset(tmp_path / "p.json")
    r = run("pipe", "-r", 16000, "--plan", tmp_path / "missing.json")
    assert r.exit_code != 0 and "missing.json" in r.output and "No such file" in r.output


def test_prompt_and_plan_exclusive_and_seed_refuses_plan(tmp_path: Path) -> None:
    preset = explain_json("robot", tmp_path / "p.json")
    sf.write(tmp_path / "in.wav", np.zeros(1000, np.float32), 16000)
    r = run("process", tmp_path / "in.wav", tmp_path / "o.wav", "-p", "robot", "--plan", preset)
    assert r.exit_code != 0 and "not both" in r.output
    r = run("process", tmp_path / "in.wav", tmp_path / "o.wav")
    assert r.exit_code != 0 and "--prompt" in r.output and "--plan" in r.output
    r = run("process", tmp_path / "in.wav", tmp_path / "o.wav", "--plan", preset,
            "--model", "seed")
    assert r.exit_code != 0 and "--model effects" in r.output
