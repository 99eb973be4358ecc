"""File chunk mode, pipe mode and the command line, as a user runs them."""

from __future__ import annotations

import os
import subprocess
import sys
import tracemalloc

import numpy as np
import pytest
import soundfile as sf
from click.testing import CliRunner

from streaming_mllm import AudioTextToAudioMLLM, StreamingMLLM, __version__
from streaming_mllm.cli import main
from streaming_mllm.effects.base import EffectContext
from streaming_mllm.effects.limiter import Limiter
from streaming_mllm.fileio import EXAMPLE, FileError, process_file

SR = 16000


def write_noise(path, seconds=1.5, channels=1, sr=SR, subtype="FLOAT", seed=0):
    rng = np.random.default_rng(seed)
    # peaks stay under the effects model's -1 dBFS safety limiter
    x = (0.1 * rng.standard_normal((int(seconds * sr), channels))).astype(np.float32)
    sf.write(path, x, sr, subtype=subtype)
    return x


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result


def assert_one_line_error(result, *words):
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = [line for line in result.output.strip().splitlines() if line]
    assert len(lines) == 1, result.output
    for w in words:
        assert w in lines[0], lines[0]


def test_process_seed_matches_generate(tmp_path):
    x = write_noise(tmp_path / "in.wav")
    result = run("process", tmp_path / "in.wav", tmp_path / "out.wav", "-p", "robot",
                 "--model", "seed", "--chunk-size", "777")
    assert result.exit_code == 0, result.output
    y, sr = sf.read(tmp_path / "out.wav", dtype="float32")
    assert sr == SR
    # the notebook's output under the engine's -1 dBFS limiter
    raw = AudioTextToAudioMLLM().generate(x[:, 0], "robot")
    lim = Limiter(EffectContext(SR, 1024, 256))
    ref = lim.process(raw[:, None], lim.new_state(1))[:, 0]
    np.testing.assert_allclose(y, ref, rtol=1e-5, atol=1e-5 * np.abs(ref).max())


def test_process_keeps_rate_channels_and_alignment(tmp_path):
    x = write_noise(tmp_path / "in.wav", channels=2, sr=22050)
    outputs = []
    for chunk in (1000, 65536):
        out = tmp_path / f"out{chunk}.wav"
        result = run("process", tmp_path / "in.wav", out, "-p", "clean", "--chunk-size", chunk)
        assert result.exit_code == 0, result.output
        info = sf.info(out)
        assert (info.samplerate, info.channels, info.subtype) == (22050, 2, "FLOAT")
        outputs.append(sf.read(out, dtype="float32")[0])
    np.testing.assert_array_equal(outputs[0], outputs[1])
    # "clean" is the identity: output lines up with the input, sample for sample
    np.testing.assert_allclose(outputs[0], x, atol=1e-6)


def test_output_format_follows_extension(tmp_path):
    write_noise(tmp_path / "in.wav", subtype="PCM_16")
    assert run("process", tmp_path / "in.wav", tmp_path / "o.flac", "-p", "clean",
               "-q").exit_code == 0
    assert sf.info(tmp_path / "o.flac").format == "FLAC"


def test_process_shipped_example_as_subprocess(tmp_path):
    out = tmp_path / "robot.wav"
    proc = subprocess.run(
        [sys.executable, "-m", "streaming_mllm", "process", str(EXAMPLE), str(out),
         "--prompt", "clean"],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "wrote" in proc.stderr
    assert sf.info(out).frames == sf.info(EXAMPLE).frames


def test_refuses_to_overwrite_input(tmp_path):
    write_noise(tmp_path / "in.wav")
    before = (tmp_path / "in.wav").read_bytes()
    result = run("process", tmp_path / "in.wav", tmp_path / "in.wav", "-p", "clean")
    assert_one_line_error(result, "refusing to write over the input")
    assert (tmp_path / "in.wav").read_bytes() == before


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (None, "not found"),
        (b"", "cannot read"),
        (b"RIFF\x00\x00\x00\x00WAVEfmt garbage" * 3, "cannot read"),
        (b"hello, I am a text file\n" * 20, "cannot read"),
    ],
)
def test_bad_input_files(tmp_path, content, words):
    src = tmp_path / "in.wav"
    if content is not None:
        src.write_bytes(content)
    result = run("process", src, tmp_path / "out.wav", "-p", "clean")
    assert_one_line_error(result, words)
    assert not (tmp_path / "out.wav").exists()


def test_empty_audio_file(tmp_path):
    sf.write(tmp_path / "empty.wav", np.zeros((0, 1), np.float32), SR)
    result = run("process", tmp_path / "empty.wav", tmp_path / "out.wav", "-p", "clean")
    assert_one_line_error(result, "empty file")


def test_unwritable_output_and_unknown_extension(tmp_path):
    write_noise(tmp_path / "in.wav")
    result = run("process", tmp_path / "in.wav", tmp_path / "nodir" / "out.wav", "-p", "clean")
    assert_one_line_error(result, "does not exist")
    result = run("process", tmp_path / "in.wav", tmp_path / "out.xyz", "-p", "clean")
    assert_one_line_error(result, "cannot tell the audio format")


def test_unknown_model_is_refused(tmp_path):
    write_noise(tmp_path / "in.wav")
    result = run("process", tmp_path / "in.wav", tmp_path / "o.wav", "-p", "x", "--model", "gpt")
    assert_one_line_error(result, "'gpt' is not one of 'effects', 'seed'")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["process", "in.wav"], "Missing argument 'OUTPUT'"),
        (["process", "in.wav", "out.wav"], "missing --prompt TEXT (or --plan FILE"),
        (["process", "in.wav", "out.wav", "-p", "x", "--chunk-size", "0"], "--chunk-size"),
        (["pipe", "-p", "x"], "Missing option '-r' / '--samplerate'"),
        (["frobnicate"], "No such command 'frobnicate'"),
    ],
)
def test_usage_errors_are_one_line_with_a_pointer_to_help(args, words):
    result = run(*args)
    assert_one_line_error(result, words, "--help")


def test_interrupt_leaves_no_output_and_no_temporary_file(tmp_path):
    write_noise(tmp_path / "in.wav", seconds=3)
    (tmp_path / "out.wav").write_bytes(b"previous result")

    def interrupt(done):
        if done > SR:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        process_file(tmp_path / "in.wav", tmp_path / "out.wav", prompt="clean",
                     chunk_size=4096, progress=interrupt)
    assert (tmp_path / "out.wav").read_bytes() == b"previous result"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.wav", "out.wav"]


def test_peak_memory_does_not_grow_with_file_length(tmp_path):
    peaks = []
    for seconds in (10, 60):
        src = tmp_path / f"in{seconds}.wav"
        x = np.zeros((seconds * 48000, 2), np.int16)
        sf.write(src, x, 48000, subtype="PCM_16")
        del x
        tracemalloc.start()
        process_file(src, tmp_path / f"out{seconds}.wav", prompt="clean", chunk_size=16384)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    # 6x the audio (11 MB more as float32), the same working set
    assert peaks[1] < peaks[0] * 1.2 + 1_000_000, peaks


def pipe_run(data: bytes, *args):
    return subprocess.run(
        [sys.executable, "-m", "streaming_mllm", "pipe", *map(str, args)],
        input=data, capture_output=True, timeout=120,
    )


@pytest.mark.parametrize("fmt", ["f32le", "s16le"])
def test_pipe_matches_the_class(fmt):
    x = (0.2 * np.random.default_rng(1).standard_normal((20000, 2))).astype(np.float32)
    if fmt == "s16le":
        raw = np.round(x * 32767).astype("<i2")
        x = raw.astype(np.float32) / 32768
    else:
        raw = x.astype("<f4")
    proc = pipe_run(raw.tobytes(), "-r", SR, "-c", 2, "-f", fmt, "-p", "robot", "--model", "seed")
    assert proc.returncode == 0, proc.stderr
    dtype = "<i2" if fmt == "s16le" else "<f4"
    y = np.frombuffer(proc.stdout, dtype=dtype).reshape(-1, 2).astype(np.float32)
    if fmt == "s16le":
        y /= 32768
    stream = StreamingMLLM("seed", "robot", samplerate=SR, channels=2)
    ref = np.concatenate([stream.process(x), stream.flush()])
    assert y.shape == ref.shape
    tol = 2e-4 if fmt == "f32le" else 2e-4 + 1 / 32768
    np.testing.assert_allclose(y, np.clip(ref, -1, 1) if fmt == "s16le" else ref, atol=tol)


def test_pipe_trim_latency_aligns_identity():
    x = (0.2 * np.random.default_rng(2).standard_normal(5000)).astype("<f4")
    proc = pipe_run(x.tobytes(), "-r", 48000, "-p", "clean", "--trim-latency")
    assert proc.returncode == 0, proc.stderr
    y = np.frombuffer(proc.stdout, "<f4")
    np.testing.assert_allclose(y, x, atol=1e-6)


def test_pipe_truncated_frame_is_an_error_after_writing_what_was_whole():
    x = np.zeros((1000, 2), "<f4").tobytes() + b"\x00\x00\x00"
    proc = pipe_run(x, "-r", 48000, "-c", 2, "-p", "clean")
    assert proc.returncode != 0
    err = proc.stderr.decode()
    assert "3 trailing bytes" in err and "Traceback" not in err
    # every whole frame came out ("clean" has no latency and no tail)
    assert len(proc.stdout) == 1000 * 8


def test_info_reports_latency():
    result = run("info", "--model", "seed", "-r", 16000)
    assert result.exit_code == 0
    assert "latency:      1023 samples (63.9 ms)" in result.output
    result = run("info", "-r", 48000)
    assert "latency:      0 samples (0.0 ms): no effect needs a frame" in result.output
    result = run("info", "-r", 48000, "-p", "robot in a cathedral")
    assert "latency:      1023 samples (21.3 ms) = frame_length - 1" in result.output
    result = run("info", "-r", 16000, "-p", "louder, with a bit of echo")
    assert "latency:      0 samples" in result.output


@pytest.mark.parametrize(
    "prompt, sr, expected",
    [("louder", 48000, 0), ("in a cathedral with a bit of echo", 44100, 0),
     ("like an old telephone", 48000, 0), ("robot", 48000, 1023), ("whisper", 16000, 255),
     ("deep voice with echo", 44100, 1727)],
)
def test_explain_json_reports_the_latency_of_the_plan(prompt, sr, expected):
    import json

    result = run("explain", prompt, "--json", "-r", sr)
    assert result.exit_code == 0, result.output
    info = json.loads(result.output)
    assert info["latency_samples"] == expected and info["samplerate"] == sr
    assert StreamingMLLM("effects", prompt, samplerate=sr).latency_samples == expected


def test_version_and_help():
    assert __version__ in run("--version").output
    for cmd in ("process", "pipe", "info", "explain", "effects"):
        result = run(cmd, "--help")
        assert result.exit_code == 0 and "Usage:" in result.output


def test_example_command_points_at_a_readable_file():
    path = run("example").output.strip()
    assert os.path.exists(path) and sf.info(path).duration > 5


def test_file_error_is_an_oserror():
    assert issubclass(FileError, OSError)


def test_pipe_warns_about_words_not_understood():
    proc = pipe_run(np.zeros(512, "<f4").tobytes(), "-r", 48000, "-p", "robot banana")
    assert proc.returncode == 0
    assert "not understood: banana" in proc.stderr.decode()
    assert len(proc.stdout) == (512 + 1023) * 4


def test_pipe_s16le_identity_is_bit_exact():
    raw = np.random.default_rng(3).integers(-20000, 20000, 6000).astype("<i2")
    proc = pipe_run(raw.tobytes(), "-r", 16000, "-f", "s16le", "-p", "clean", "--trim-latency")
    assert proc.returncode == 0, proc.stderr
    np.testing.assert_array_equal(np.frombuffer(proc.stdout, "<i2"), raw)


def test_pipe_reports_nonfinite_samples_and_empty_input_gives_nothing():
    x = np.zeros(3000, "<f4")
    x[100:110] = np.nan
    proc = pipe_run(x.tobytes(), "-r", 48000, "-p", "clean")
    assert proc.returncode == 0
    err = proc.stderr.decode()
    assert "10 NaN, Inf or out-of-range (|x| > 1e6) input samples were replaced" in err
    empty = pipe_run(b"", "-r", 48000, "-p", "in a huge cathedral")
    assert empty.returncode == 0 and empty.stdout == b""


def test_output_permissions_follow_the_umask_and_subtype_is_checked(tmp_path):
    write_noise(tmp_path / "in.wav")
    old = os.umask(0o022)
    try:
        assert run("process", tmp_path / "in.wav", tmp_path / "o.wav", "-p", "clean",
                   "-q").exit_code == 0
    finally:
        os.umask(old)
    assert (tmp_path / "o.wav").stat().st_mode & 0o777 == 0o644
    result = run("process", tmp_path / "in.wav", tmp_path / "o.flac", "-p", "clean",
                 "--subtype", "FLOAT")
    assert_one_line_error(result, "subtype FLOAT is not available for FLAC")
    result = run("process", tmp_path / "in.wav", tmp_path / "o.raw", "-p", "clean")
    assert_one_line_error(result, "cannot tell the audio format", "pipe")


def test_quiet_keeps_warnings(tmp_path):
    write_noise(tmp_path / "in.wav")
    result = CliRunner().invoke(main, ["process", str(tmp_path / "in.wav"),
                                       str(tmp_path / "o.wav"), "-p", "robot blorf", "-q"])
    assert result.exit_code == 0
    assert "not understood: blorf" in result.output


def test_process_gives_a_mono_voice_a_stereo_room(tmp_path):
    x = write_noise(tmp_path / "in.wav", seconds=1.0)
    out = tmp_path / "out.wav"
    result = run("process", tmp_path / "in.wav", out, "-p", "a 2 second reverb, 100% wet",
                 "--output-channels", 2, "-q")
    assert result.exit_code == 0, result.output
    y, _ = sf.read(out, dtype="float64")
    assert y.shape[1] == 2 and len(y) > len(x) + SR  # the decay rings on
    # two sides of one room: same level, uncorrelated
    late = y[len(x) // 2 :]
    assert abs(10 * np.log10(np.mean(late[:, 0] ** 2) / np.mean(late[:, 1] ** 2))) < 1.0
    assert abs(np.corrcoef(late[:, 0], late[:, 1])[0, 1]) < 0.1
    # without a reverb both sides carry the same voice
    result = run("process", tmp_path / "in.wav", out, "-p", "clean", "--output-channels", 2)
    assert result.exit_code == 0, result.output
    y, _ = sf.read(out, dtype="float32")
    np.testing.assert_allclose(y, np.repeat(x, 2, axis=1), atol=1e-6)
    assert "2 channel(s)" in result.output


def test_output_channels_other_than_the_input_need_a_mono_input(tmp_path):
    write_noise(tmp_path / "in.wav", channels=2)
    result = run("process", tmp_path / "in.wav", tmp_path / "o.wav", "-p", "clean",
                 "--output-channels", 3)
    assert_one_line_error(result, "output_channels", "channels=2", "output_channels=3")
    assert not (tmp_path / "o.wav").exists()


def test_pipe_output_channels_spreads_a_mono_input():
    x = (0.2 * np.random.default_rng(3).standard_normal(5000)).astype("<f4")
    proc = pipe_run(x.tobytes(), "-r", 48000, "-p", "clean", "--trim-latency",
                    "--output-channels", 2)
    assert proc.returncode == 0, proc.stderr
    y = np.frombuffer(proc.stdout, "<f4").reshape(-1, 2)
    np.testing.assert_allclose(y, np.stack([x, x], axis=1), atol=1e-6)
