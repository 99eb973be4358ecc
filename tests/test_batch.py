"""``streaming-mllm batch`` and :func:`process_many`, run as a user would.

Every output is compared byte for byte with what ``streaming-mllm process``
writes for the same file: the batch must add nothing and lose nothing.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from click.testing import CliRunner

from streaming_mllm.batch import (
    BatchError,
    choose_prompt,
    discover,
    process_many,
    read_log,
)
from streaming_mllm.cli import main

PROMPTS = ["robot", "like an old telephone", "with a bit of echo"]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def cli(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "streaming_mllm", *map(str, args)],
                          capture_output=True, text=True, timeout=300, **kwargs)


def noise(path, seconds, sr, channels, subtype="FLOAT", seed=0):
    rng = np.random.default_rng(seed)
    x = (0.1 * rng.standard_normal((int(seconds * sr), channels))).astype(np.float32)
    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(path, x, sr, subtype=subtype)


@pytest.fixture
def tree(tmp_path):
    """A nested folder: three audio files at different rates, channels and
    formats, a corrupt .wav, a text file and a hidden file."""
    src = tmp_path / "in"
    noise(src / "a.wav", 0.7, 16000, 1, seed=1)
    noise(src / "sub" / "b.flac", 0.5, 44100, 2, subtype="PCM_16", seed=2)
    noise(src / "sub" / "deeper" / "c.wav", 0.6, 48000, 2, seed=3)
    (src / "sub" / "broken.wav").write_bytes(b"RIFF\x10\x00\x00\x00WAVEjunk")
    (src / "notes.txt").write_text("not audio")
    noise(src / ".hidden.wav", 0.1, 16000, 1)
    return src


GOOD = ["a.wav", "sub/b.flac", "sub/deeper/c.wav"]


class Audio:
    """A file's samples as stored, and its format: equal means bit-identical
    audio (float WAV headers carry a time stamp, so bytes may differ)."""

    def __init__(self, path):
        info = sf.info(path)
        dtype = {"FLOAT": "float32", "DOUBLE": "float64", "PCM_16": "int16"}.get(
            info.subtype, "int32")
        self.data, _ = sf.read(path, dtype=dtype, always_2d=True)
        self.key = (info.format, info.subtype, info.samplerate, info.channels, info.frames)

    def __eq__(self, other):
        return self.key == other.key and np.array_equal(self.data, other.data)

    def __repr__(self):
        return f"Audio{self.key}"


def process_output(tmp_path, src, prompt, name="ref", *extra, suffix=None):
    out = tmp_path / f"{name}{suffix or src.suffix}"
    result = run("process", src, out, *(["-p", prompt] if prompt else []), "-q", *extra)
    assert result.exit_code == 0, result.output
    return Audio(out)


def leftovers(folder):
    return sorted(p.name for p in Path(folder).rglob("*") if p.name.endswith(".part"))


def test_folder_outputs_are_bit_identical_to_process_and_failures_are_isolated(tree, tmp_path):
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    result = run("batch", tree, "-o", out, "-p", "like an old telephone", "--jobs", "2",
                 "--log", log)
    assert result.exit_code == 1, result.output  # the corrupt file failed
    produced = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert produced == sorted(GOOD)
    for rel in GOOD:
        ref = process_output(tmp_path, tree / rel, "like an old telephone")
        assert Audio(out / rel) == ref, rel
    lines = result.output.strip().splitlines()
    assert any(line.startswith("failed: ") and "broken.wav" in line for line in lines)
    assert "batch: 3 done, 1 failed, 0 skipped of 4 file(s)" in lines[-1]
    assert leftovers(out) == []

    records = {Path(r["input"]).name: r for r in read_log(log)}
    assert sorted(records) == ["a.wav", "b.flac", "broken.wav", "c.wav"]
    for name, sr, ch, seconds in (("a.wav", 16000, 1, 0.7), ("b.flac", 44100, 2, 0.5),
                                  ("c.wav", 48000, 2, 0.6)):
        plan = json.loads(run("explain", "like an old telephone", "--json", "-r", sr).output)
        r = records[name]
        assert r["status"] == "done" and r["error"] is None
        assert (r["samplerate"], r["channels"]) == (sr, ch)
        assert r["duration"] == pytest.approx(seconds, abs=1 / sr)
        assert r["frames"] == sf.info(r["output"]).frames
        assert r["plan"] == plan and r["prompt"] == "like an old telephone" and r["seed"] == 0
        assert r["seconds"] > 0
        assert Path(r["input"]).is_absolute() and Path(r["output"]).is_absolute()
    bad = records["broken.wav"]
    assert bad["status"] == "failed" and "broken.wav" in bad["error"]
    assert bad["output"] == str(out / "sub" / "broken.wav")


def test_api_returns_records_in_input_order(tree, tmp_path):
    records = process_many([tree / "sub", tree / "a.wav"], tmp_path / "out", prompt="robot",
                           jobs=2, suffix="_robot", format="wav")
    assert [(Path(r.input).relative_to(tree).as_posix(), r.status) for r in records] == [
        ("sub/b.flac", "done"), ("sub/broken.wav", "failed"), ("sub/deeper/c.wav", "done"),
        ("a.wav", "done"),
    ]
    # a folder's files mirror their path under it; a file goes to the top
    assert [Path(r.output).relative_to(tmp_path / "out").as_posix() for r in records] == [
        "b_robot.wav", "broken_robot.wav", "deeper/c_robot.wav", "a_robot.wav",
    ]
    ref = process_output(tmp_path, tree / "sub" / "b.flac", "robot", suffix=".wav")
    assert Audio(records[0].output) == ref


def test_glob_patterns_and_discovery_rules(tree, tmp_path):
    found = discover([str(tree / "**" / "*.wav")])
    assert [s.rel.as_posix() for s in found] == ["a.wav", "sub/broken.wav", "sub/deeper/c.wav"]
    # a file named on the command line is taken whatever its name; the same
    # file named twice is processed once; the output folder is never searched
    noise(tree / "out" / "old.wav", 0.1, 16000, 1)
    found = discover([tree / "notes.txt", tree, tree / "a.wav"], exclude=tree / "out")
    assert [s.rel.as_posix() for s in found] == ["notes.txt", "a.wav", "sub/b.flac",
                                                 "sub/broken.wav", "sub/deeper/c.wav"]
    with pytest.raises(BatchError, match="no file matches the pattern"):
        discover([str(tree / "*.mp3")])


def test_prompt_choice_is_stable_and_follows_seed_and_path(tree, tmp_path):
    keys = [f"speaker{i}/utt{j}.wav" for i in range(6) for j in range(10)]
    chosen = [choose_prompt(PROMPTS, 7, k) for k in keys]
    assert set(chosen) == set(PROMPTS)  # every prompt is used
    assert chosen != [choose_prompt(PROMPTS, 8, k) for k in keys]  # the seed matters
    # Python's own hash() is salted per process: the choice must not be
    code = ("from streaming_mllm.batch import choose_prompt as c; "
            f"print([c({PROMPTS!r}, 7, k) for k in {keys!r}])")
    for salt in ("1", "2"):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             env={**os.environ, "PYTHONHASHSEED": salt}, check=True).stdout
        assert out.strip() == repr(chosen)

    pf = tmp_path / "prompts.txt"
    pf.write_text("# augmentation\n" + "\n".join(PROMPTS) + "\n\n")
    runs = []
    for n in (1, 2):
        log = tmp_path / f"log{n}.jsonl"
        result = run("batch", tree, "-o", tmp_path / f"out{n}", "--prompts-file", pf,
                     "--seed", "7", "--log", log, "-q")
        assert result.exit_code == 1
        runs.append({Path(r["input"]).relative_to(tree).as_posix(): r["prompt"]
                     for r in read_log(log)})
    assert runs[0] == runs[1]
    assert runs[0] == {k: choose_prompt(PROMPTS, 7, k) for k in runs[0]}
    for rel in GOOD:
        ref = process_output(tmp_path, tree / rel, runs[0][rel])
        assert Audio(tmp_path / "out1" / rel) == ref
        assert Audio(tmp_path / "out2" / rel) == ref


def test_resume_skips_complete_outputs_and_redoes_the_rest(tree, tmp_path):
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    assert run("batch", tree, "-o", out, "-p", "robot", "--log", log).exit_code == 1
    first = {r["output"]: r for r in read_log(log)}
    stamps = {p: os.stat(p).st_mtime_ns for p in first if os.path.exists(p)}
    (out / "a.wav").unlink()
    c = out / "sub" / "deeper" / "c.wav"
    c.write_bytes(c.read_bytes()[:2000])  # a truncated output is not complete
    time.sleep(0.01)
    result = run("batch", tree, "-o", out, "-p", "robot", "--log", log, "--resume")
    assert result.exit_code == 1, result.output  # broken.wav still fails
    assert "2 done, 1 failed, 1 skipped of 4" in result.output
    new = read_log(log)[len(first):]
    status = {Path(r["input"]).name: r["status"] for r in new}
    assert status == {"a.wav": "done", "c.wav": "done", "b.flac": "skipped",
                      "broken.wav": "failed"}
    b = str(out / "sub" / "b.flac")
    assert os.stat(b).st_mtime_ns == stamps[b]  # not rewritten
    skipped = next(r for r in new if r["status"] == "skipped")
    assert skipped["plan"] == first[b]["plan"] and skipped["frames"] == first[b]["frames"]
    for rel in ("a.wav", "sub/deeper/c.wav"):
        assert Audio(out / rel) == process_output(tmp_path, tree / rel, "robot")
    # another prompt is another job: nothing is skipped
    result = run("batch", tree / "sub" / "b.flac", "-o", out / "sub", "-p", "whisper",
                 "--log", log, "--resume")
    assert "1 done, 0 failed, 0 skipped" in result.output


def test_manifest_gives_each_file_its_prompt_and_output(tree, tmp_path):
    csv_manifest = tree / "jobs.csv"
    csv_manifest.write_text(
        "input,prompt,output\n"
        "a.wav,robot,robots/a_robot.wav\n"
        'sub/b.flac,"telephone, with a bit of echo",\n'
    )
    jsonl = tmp_path / "jobs.jsonl"
    jsonl.write_text(
        json.dumps({"input": str(tree / "sub" / "deeper" / "c.wav"), "prompt": "whisper"}) + "\n"
        + json.dumps({"input": str(tree / "a.wav"), "output": "x/a.flac"}) + "\n"
    )
    out = tmp_path / "out"
    result = run("batch", "--manifest", csv_manifest, "-o", out, "-q")
    assert result.exit_code == 0, result.output
    assert Audio(out / "robots" / "a_robot.wav") == process_output(
        tmp_path, tree / "a.wav", "robot")
    assert Audio(out / "sub" / "b.flac") == process_output(
        tmp_path, tree / "sub" / "b.flac", "telephone, with a bit of echo")
    # rows without a prompt take --prompt
    result = run("batch", "--manifest", jsonl, "-o", out, "-p", "robot", "-q")
    assert result.exit_code == 0, result.output
    assert Audio(out / "c.wav") == process_output(
        tmp_path, tree / "sub" / "deeper" / "c.wav", "whisper")
    assert Audio(out / "x" / "a.flac") == process_output(tmp_path, tree / "a.wav", "robot",
                                                         suffix=".flac")

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"input": "a.wav"}\nnot json\n')
    assert_one_line_error(run("batch", "--manifest", bad, "-o", out, "-p", "robot"),
                          "bad.jsonl:2", "JSON")
    assert_one_line_error(run("batch", "--manifest", jsonl, "-o", out),
                          "expected a prompt or a plan")


def test_plan_presets_for_all_files_and_per_manifest_row(tree, tmp_path):
    preset = tmp_path / "orc.json"
    preset.write_text(run("explain", "deep voice with a bit of echo", "--json").output)
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    result = run("batch", tree / "sub", "-o", out, "--plan", preset, "--log", log, "-q")
    assert result.exit_code == 1, result.output
    for rel in ("b.flac", "deeper/c.wav"):
        ref = process_output(tmp_path, tree / "sub" / rel, "", "ref", "--plan", preset)
        assert Audio(out / rel) == ref
    logged = next(r for r in read_log(log) if r["status"] == "done")
    assert logged["prompt"] is None
    assert logged["plan"]["effects"] == json.loads(preset.read_text())["effects"]

    # a manifest row's plan: a preset file (relative to the manifest) or inline
    inline = json.loads(run("explain", "robot", "--json").output)
    manifest = tree / "jobs.jsonl"
    manifest.write_text(
        json.dumps({"input": "a.wav", "plan": "../orc.json", "output": "p.wav"}) + "\n"
        + json.dumps({"input": "a.wav", "plan": inline, "output": "i.wav"}) + "\n"
    )
    result = run("batch", "--manifest", manifest, "-o", out, "-q")
    assert result.exit_code == 0, result.output
    assert Audio(out / "p.wav") == process_output(tmp_path, tree / "a.wav", "", "r", "--plan",
                                                  preset)
    assert Audio(out / "i.wav") == process_output(tmp_path, tree / "a.wav", "robot")
    inline["effects"][0]["params"]["pitch_hz"] = 5.0
    manifest.write_text(json.dumps({"input": "a.wav", "plan": inline}) + "\n")
    assert_one_line_error(run("batch", "--manifest", manifest, "-o", out),
                          "jobs.jsonl:1", "pitch_hz", "outside")


def assert_one_line_error(result, *words):
    assert result.exit_code != 0, result.output
    lines = [line for line in result.output.strip().splitlines() if line]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    assert "Traceback" not in result.output
    for w in words:
        assert w in lines[0], lines[0]


def test_usage_errors_are_one_line(tree, tmp_path):
    assert_one_line_error(run("batch", tree, "-o", tree, "-p", "robot"),
                          "would overwrite the input")
    assert_one_line_error(run("batch", tmp_path / "nothing", "-o", tmp_path / "o", "-p", "x"),
                          "no such file or folder")
    assert_one_line_error(run("batch", tree, "-o", tmp_path / "o"), "expected a prompt")
    (tmp_path / "p.txt").write_text("robot\n")
    assert_one_line_error(
        run("batch", tree, "-o", tmp_path / "o", "-p", "robot", "--prompts-file",
            tmp_path / "p.txt"), "got several")
    assert_one_line_error(run("batch", tree, "-o", tmp_path / "o", "-p", "x", "--resume"),
                          "resume needs the log")
    noise(tmp_path / "two" / "x.wav", 0.1, 16000, 1)
    noise(tmp_path / "two" / "x.flac", 0.1, 16000, 1, subtype="PCM_16")
    assert_one_line_error(
        run("batch", tmp_path / "two", "-o", tmp_path / "o", "-p", "robot", "--format", "wav"),
        "same output")
    assert_one_line_error(
        run("batch", tree, "-o", tmp_path / "o", "-p", "robot", "--format", "mp4"),
        "expected an output format among", "'mp4'")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert_one_line_error(run("batch", empty, "-o", tmp_path / "o", "-p", "x"),
                          "no audio files found")
    assert not (tmp_path / "o").exists()


def test_subprocess_exit_codes_summary_and_quiet(tree, tmp_path):
    proc = cli("batch", tree / "a.wav", tree / "sub" / "b.flac", "-o", tmp_path / "ok",
               "-p", "robot")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip().splitlines()[-1].startswith("batch: 2 done, 0 failed, 0 skipped")
    assert proc.stdout == ""
    proc = cli("batch", tree, "-o", tmp_path / "all", "-p", "robot", "--quiet")
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        f"failed: {tree / 'sub' / 'broken.wav'}: " + proc.stderr.split(": ", 2)[2].strip()
    ]
    assert "cannot read" in proc.stderr


def _descendants(pid):
    children = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            found.append(c)
            todo.append(c)
    return found


def _long_inputs(folder, n, seconds=6.0):
    for i in range(n):
        noise(folder / f"f{i}.wav", seconds, 48000, 2, seed=i)


def _wait_for(predicate, timeout=120):
    t0 = time.monotonic()
    while not predicate():
        assert time.monotonic() - t0 < timeout, "timed out"
        time.sleep(0.02)


@pytest.mark.parametrize("how", ["SIGTERM", "SIGINT to the process group"])
def test_interrupt_leaves_no_partial_output_and_resume_finishes(tmp_path, how):
    src, out, log = tmp_path / "in", tmp_path / "out", tmp_path / "log.jsonl"
    _long_inputs(src, 4)
    args = [sys.executable, "-m", "streaming_mllm", "batch", str(src), "-o", str(out),
            "-p", "in a cathedral", "--jobs", "2", "--log", str(log), "--chunk-size", "4096"]
    proc = subprocess.Popen(args, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        _wait_for(lambda: leftovers(out))  # workers are writing
        if how == "SIGTERM":
            proc.send_signal(signal.SIGTERM)
        else:
            os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == (143 if how == "SIGTERM" else 130), err
    assert "interrupted" in err and "Traceback" not in err
    assert leftovers(out) == []
    done = {r["output"] for r in read_log(log)}
    assert {str(p) for p in out.glob("*.wav")} == done  # every output left is whole
    for p in done:
        assert sf.info(p).frames == 6 * 48000
    assert len(done) < 4
    result = run("batch", src, "-o", out, "-p", "in a cathedral", "--log", log, "--resume",
                 "--chunk-size", "4096")
    assert result.exit_code == 0, result.output
    assert f"{4 - len(done)} done, 0 failed, {len(done)} skipped" in result.output
    ref = process_output(tmp_path, src / "f3.wav", "in a cathedral", "ref", "--chunk-size",
                         "4096")
    assert Audio(out / "f3.wav") == ref


def test_a_killed_worker_fails_only_its_file(tmp_path):
    src, out, log = tmp_path / "in", tmp_path / "out", tmp_path / "log.jsonl"
    _long_inputs(src, 3)
    args = [sys.executable, "-m", "streaming_mllm", "batch", str(src), "-o", str(out),
            "-p", "in a cathedral", "--jobs", "1", "--log", str(log), "--chunk-size", "4096"]
    proc = subprocess.Popen(args, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for(lambda: leftovers(out))
        # the worker is the only process that holds the open .part file
        victims = [p for p in _descendants(proc.pid)
                   if any(os.readlink(fd).endswith(".part")
                          for fd in Path(f"/proc/{p}/fd").iterdir()
                          if fd.is_symlink())]
        assert len(victims) == 1
        os.kill(victims[0], signal.SIGKILL)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 1, err
    assert "1 failed" in err and "worker process died (signal 9)" in err
    assert leftovers(out) == []
    status = {Path(r["input"]).name: r["status"] for r in read_log(log)}
    assert sorted(status.values()) == ["done", "done", "failed"]
    assert len(list(out.glob("*.wav"))) == 2


def test_per_file_warnings_are_recorded_and_shown(tmp_path):
    x = np.zeros((8000, 1), np.float32)
    x[100:103] = np.nan
    sf.write(tmp_path / "nan.wav", x, 16000, subtype="FLOAT")
    noise(tmp_path / "ok.wav", 0.5, 16000, 1)
    result = run("batch", tmp_path / "nan.wav", tmp_path / "ok.wav", "-o", tmp_path / "out",
                 "-p", "robot", "-q", "--log", tmp_path / "log.jsonl")
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines() == [
        f"warning: 3 NaN/Inf input samples were replaced by silence ({tmp_path / 'nan.wav'})"
    ]
    warnings = {Path(r["input"]).name: r["warnings"] for r in read_log(tmp_path / "log.jsonl")}
    assert warnings == {"nan.wav": ["warning: 3 NaN/Inf input samples were replaced by silence"],
                        "ok.wav": []}


# -- the Ray engine, on a real local Ray started once for this module ----------

@pytest.fixture(scope="module")
def ray_address():
    """A local Ray of two CPUs (its start costs tens of seconds: once)."""
    if os.environ.get("STREAMING_MLLM_REQUIRE_RAY") == "1":
        import ray
    else:
        ray = pytest.importorskip("ray", reason="the ray engine's tests need Ray (test extra)")
    import logging

    def start():
        return ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
                        logging_level=logging.WARNING)

    try:
        context = start()
    except Exception as exc:
        # Ray gives its raylet a fixed 30 s to register; on a loaded machine
        # it can take longer. That is the machine's noise: one more try.
        if "timed out during startup" not in str(exc):
            raise
        ray.shutdown()
        context = start()
    try:
        yield context.address_info["gcs_address"]
    finally:
        ray.shutdown()


def test_ray_engine_gives_the_local_engine_outputs_and_records(tree, tmp_path, ray_address):
    pf = PROMPTS
    local = process_many([tree], tmp_path / "local", prompts=pf, seed=3, jobs=2,
                         log=tmp_path / "local.jsonl")
    distributed = process_many([tree], tmp_path / "ray", prompts=pf, seed=3, jobs=2,
                               engine="ray", log=tmp_path / "ray.jsonl")

    def comparable(records, root):
        return [(r.input, Path(r.output).relative_to(root).as_posix(), r.prompt, r.plan, r.seed,
                 r.duration, r.samplerate, r.channels, r.frames, r.status, r.error, r.warnings)
                for r in records]

    assert comparable(distributed, tmp_path / "ray") == comparable(local, tmp_path / "local")
    assert [r.status for r in distributed] == ["done", "done", "failed", "done"]
    for rel in GOOD:
        assert Audio(tmp_path / "ray" / rel) == Audio(tmp_path / "local" / rel)
    logged = {r["input"]: r["status"] for r in read_log(tmp_path / "ray.jsonl")}
    assert logged == {r.input: r.status for r in local}
    assert leftovers(tmp_path / "ray") == []


def test_ray_engine_from_the_command_line_on_a_running_cluster(tree, tmp_path, ray_address):
    out = tmp_path / "out"
    proc = cli("batch", tree, "-o", out, "-p", "robot", "--engine", "ray",
               "--ray-address", ray_address, "--log", tmp_path / "log.jsonl")
    assert proc.returncode == 1, proc.stderr  # the corrupt file
    assert "batch: 3 done, 1 failed, 0 skipped of 4 file(s)" in proc.stderr
    for rel in GOOD:
        assert Audio(out / rel) == process_output(tmp_path, tree / rel, "robot")
    # RAY_ADDRESS is the default address; --resume works the same
    proc = cli("batch", tree, "-o", out, "-p", "robot", "--engine", "ray", "--resume",
               "--log", tmp_path / "log.jsonl", env={**os.environ, "RAY_ADDRESS": ray_address})
    assert proc.returncode == 1, proc.stderr
    assert "0 done, 1 failed, 3 skipped of 4" in proc.stderr


def test_ray_engine_interrupted_leaves_no_partial_output(tmp_path, ray_address):
    src, out, log = tmp_path / "in", tmp_path / "out", tmp_path / "log.jsonl"
    _long_inputs(src, 4)
    args = [sys.executable, "-m", "streaming_mllm", "batch", str(src), "-o", str(out),
            "-p", "in a cathedral", "--engine", "ray", "--ray-address", ray_address,
            "--log", str(log), "--chunk-size", "4096"]
    proc = subprocess.Popen(args, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for(lambda: leftovers(out))  # Ray workers are writing
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 143, err
    assert leftovers(out) == []
    done = {r["output"] for r in read_log(log)}
    assert {str(p) for p in out.glob("*.wav")} == done
    assert len(done) < 4
