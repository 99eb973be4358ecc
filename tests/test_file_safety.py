"""File mode under attack and accident: the temporary file, symlinks, the
umask, inputs that open only once, signals, damaged headers (issue 7)."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import threading
import time

import numpy as np
import pytest
import soundfile as sf

from streaming_mllm import fileio
from streaming_mllm.fileio import FileError, process_file

SR = 16000


def write_noise(path, seconds=1.0, channels=1, sr=SR, subtype="FLOAT", seed=0):
    rng = np.random.default_rng(seed)
    x = (0.1 * rng.standard_normal((int(seconds * sr), channels))).astype(np.float32)
    sf.write(path, x, sr, subtype=subtype)
    return x


def cli(*args, **kwargs):
    kwargs.setdefault("timeout", 120)
    return subprocess.run(
        [sys.executable, "-m", "streaming_mllm", *map(str, args)], capture_output=True, **kwargs
    )


def test_temporary_file_swapped_for_a_symlink_cannot_redirect_the_write(tmp_path, monkeypatch):
    # Another user swaps the .part file for a symlink to a victim between its
    # creation and its use: nothing may be written to, or chmod-ed on, the victim.
    write_noise(tmp_path / "in.wav")
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")
    victim.chmod(0o600)
    real_create = fileio._create_private

    def create_then_swap(name):
        fd = real_create(name)
        os.unlink(name)
        os.symlink(victim, name)
        return fd

    monkeypatch.setattr(fileio, "_create_private", create_then_swap)
    with pytest.raises(FileError, match="temporary file .* was replaced"):
        process_file(tmp_path / "in.wav", tmp_path / "out.wav", prompt="clean")
    assert victim.read_bytes() == b"precious"
    assert stat.S_IMODE(victim.stat().st_mode) == 0o600
    assert not (tmp_path / "out.wav").exists() and not (tmp_path / "out.wav").is_symlink()


def test_symlink_output_is_written_through_the_link(tmp_path):
    x = write_noise(tmp_path / "in.wav")
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "take.wav"
    target.write_bytes(b"old")
    target.chmod(0o640)
    link = tmp_path / "out.wav"
    link.symlink_to(target)
    process_file(tmp_path / "in.wav", link, prompt="clean")
    assert link.is_symlink() and os.readlink(link) == str(target)
    np.testing.assert_allclose(sf.read(target, dtype="float32", always_2d=True)[0], x,
                               atol=1e-6)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["take.wav"]


def test_umask_is_read_without_being_changed(tmp_path, monkeypatch):
    write_noise(tmp_path / "in.wav")
    old = os.umask(0o027)
    try:
        def no_umask(mask):
            raise AssertionError("os.umask changes the mask of every thread")

        monkeypatch.setattr(os, "umask", no_umask)
        process_file(tmp_path / "in.wav", tmp_path / "out.wav", prompt="clean")
        monkeypatch.undo()
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "out.wav").stat().st_mode) == 0o640


def test_unwritable_output_names_the_output_and_the_reason(tmp_path):
    write_noise(tmp_path / "in.wav")
    (tmp_path / "out.wav").mkdir()
    with pytest.raises(FileError) as err:
        process_file(tmp_path / "in.wav", tmp_path / "out.wav", prompt="clean")
    msg = str(err.value)
    assert f"cannot write {tmp_path / 'out.wav'}" in msg and "directory" in msg, msg
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.wav", "out.wav"]


def test_input_fifo_is_opened_once(tmp_path):
    x = write_noise(tmp_path / "in.wav", channels=2)
    fifo = tmp_path / "fifo.wav"
    os.mkfifo(fifo)
    data = (tmp_path / "in.wav").read_bytes()

    def feed():
        with open(fifo, "wb") as f:
            f.write(data)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    proc = cli("process", fifo, tmp_path / "out.wav", "-p", "clean", timeout=60)
    writer.join(5)
    assert proc.returncode == 0, proc.stderr
    np.testing.assert_allclose(sf.read(tmp_path / "out.wav", dtype="float32")[0], x, atol=1e-6)


@pytest.mark.parametrize("name", ["-", "/dev/stdin"])
def test_input_from_standard_input(tmp_path, name):
    # through a pipe, which cannot seek and can be read only once
    x = write_noise(tmp_path / "in.wav")
    proc = cli("process", name, tmp_path / "out.wav", "-p", "clean",
               input=(tmp_path / "in.wav").read_bytes())
    assert proc.returncode == 0, proc.stderr
    y = sf.read(tmp_path / "out.wav", dtype="float32", always_2d=True)[0]
    np.testing.assert_allclose(y, x, atol=1e-6)


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_terminating_signal_leaves_no_temporary_file(tmp_path, sig, code):
    write_noise(tmp_path / "in.wav", seconds=120)
    (tmp_path / "out.wav").write_bytes(b"previous result")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streaming_mllm", "process", str(tmp_path / "in.wav"),
         str(tmp_path / "out.wav"), "-p", "robot in a cathedral", "--chunk-size", "256"],
        stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(".part") for p in tmp_path.iterdir()):
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.02)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.wav", "out.wav"]
    assert (tmp_path / "out.wav").read_bytes() == b"previous result"
    lines = [line for line in err.replace("\r", "\n").splitlines()
             if line.strip() and not line.startswith("processing")]
    assert len(lines) == 1 and "was not written" in lines[0], err


def test_input_name_that_is_not_utf8(tmp_path):
    x = write_noise(tmp_path / "in.wav")
    odd = os.fsencode(tmp_path) + b"/in\xff.wav"
    os.rename(tmp_path / "in.wav", odd)
    proc = subprocess.run(
        [sys.executable.encode(), b"-m", b"streaming_mllm", b"process", odd,
         os.fsencode(tmp_path / "out.wav"), b"-p", b"clean", b"-q"],
        capture_output=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    np.testing.assert_allclose(sf.read(tmp_path / "out.wav", dtype="float32")[0], x[:, 0],
                               atol=1e-6)


def test_header_promising_more_frames_than_the_file_holds_is_warned(tmp_path):
    write_noise(tmp_path / "in.wav", seconds=1.0)
    data = (tmp_path / "in.wav").read_bytes()
    (tmp_path / "cut.wav").write_bytes(data[: len(data) // 2])
    proc = cli("process", tmp_path / "cut.wav", tmp_path / "out.wav", "-p", "clean", "-q")
    assert proc.returncode == 0, proc.stderr
    err = proc.stderr.decode()
    held = sf.info(tmp_path / "out.wav").frames
    assert f"header promises {SR} frames, the file holds {held}" in err, err


def test_chunk_size_one_reports_a_real_time_factor(tmp_path):
    write_noise(tmp_path / "in.wav", seconds=0.2)
    proc = cli("process", tmp_path / "in.wav", tmp_path / "out.wav", "-p", "clean",
               "--chunk-size", 1)
    assert proc.returncode == 0, proc.stderr
    assert " 0x real time" not in proc.stderr.decode(), proc.stderr


def _one_line(result, *words):
    lines = [line for line in result.output.strip().splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    for w in words:
        assert w in lines[0], lines[0]


def test_internal_error_shows_a_traceback_and_a_hint(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from streaming_mllm.cli import main

    def broken(*args, **kwargs):
        raise TypeError("unsupported operand")

    monkeypatch.setattr(fileio, "process_file", broken)
    write_noise(tmp_path / "in.wav")
    result = CliRunner().invoke(main, ["process", str(tmp_path / "in.wav"),
                                       str(tmp_path / "o.wav"), "-p", "clean"])
    assert result.exit_code == 1
    assert "Traceback" in result.output and "unsupported operand" in result.output
    assert "bug in streaming-mllm" in result.output


@pytest.mark.parametrize(("exc", "code", "words"), [
    (KeyboardInterrupt, 130, ["interrupted"]),
    (MemoryError, 1, ["out of memory"]),
])
def test_interrupt_and_memory_error_anywhere_are_one_line(monkeypatch, exc, code, words):
    from click.testing import CliRunner

    from streaming_mllm.cli import main
    from streaming_mllm.effects import prompt

    def fail(*args, **kwargs):
        raise exc

    monkeypatch.setattr(prompt, "parse_prompt", fail)
    result = CliRunner().invoke(main, ["explain", "robot"])
    assert result.exit_code == code
    _one_line(result, *words)


def test_every_error_on_purpose_is_in_the_family():
    from streaming_mllm import errors
    from streaming_mllm.live import RecordError
    from streaming_mllm.text import SimpleTokenizer, TextEncoder

    assert fileio.FileError is errors.FileError and RecordError is errors.RecordError
    for cls in (errors.FileError, errors.RecordError):
        assert issubclass(cls, errors.StreamingMLLMError) and issubclass(cls, OSError)
    with pytest.raises(errors.PromptTypeError) as err:
        SimpleTokenizer(list("abc")).tokenize(3)
    assert isinstance(err.value, TypeError)
    with pytest.raises(errors.StreamingMLLMError) as err:
        TextEncoder(3, 4).encode([5])
    assert isinstance(err.value, ValueError)


def test_signal_right_after_the_temporary_file_is_made_leaves_nothing(tmp_path, monkeypatch):
    # the window between mkstemp creating the file and the code that removes it
    class Stop(BaseException):
        pass

    def handler(signum, frame):
        raise Stop

    write_noise(tmp_path / "in.wav")
    real_create = fileio._create_private

    def create_then_signal(name):
        made = real_create(name)
        os.kill(os.getpid(), signal.SIGTERM)
        for _ in range(1000):  # plenty of bytecode boundaries for the handler to run at
            pass
        return made

    old = signal.signal(signal.SIGTERM, handler)
    try:
        monkeypatch.setattr(fileio, "_create_private", create_then_signal)
        with pytest.raises(Stop):
            process_file(tmp_path / "in.wav", tmp_path / "out.wav", prompt="clean")
    finally:
        signal.signal(signal.SIGTERM, old)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.wav"]
