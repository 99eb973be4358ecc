"""Switching the prompt of a running stream, and bypass: the contract of issue 10.

Every expectation is measured against streams built independently: the old
prompt's stream fed the whole input, and a fresh stream of the new prompt fed
the input from the switch on.
"""

from __future__ import annotations

import threading

import numpy as np
import pytest

from streaming_mllm import ConfigError, PromptError, StreamingMLLM
from streaming_mllm.effects.model import default_framing

ATOL = 1e-5


def noise(sr: int, seconds: float, seed: int = 0, level: float = 0.1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return (level * rng.standard_normal(int(sr * seconds))).astype(np.float32)


def sine(sr: int, seconds: float, hz: float = 440.0, level: float = 0.5) -> np.ndarray:
    return (level * np.sin(2 * np.pi * hz * np.arange(int(sr * seconds)) / sr)).astype(np.float32)


def stream(prompt: str, sr: int) -> StreamingMLLM:
    """Every stream here shares the framing that serves every prompt (the fine
    hop) and a frame of latency, which any prompt fits in."""
    frame, hop = default_framing(sr)
    return StreamingMLLM(
        "effects", prompt, samplerate=sr, frame_length=frame, hop_length=hop, latency="frame"
    )


def chunks(n: int, sizes: list[int] | str, rng: np.random.Generator) -> list[int]:
    if isinstance(sizes, str):  # "random"
        out, total = [], 0
        while total < n:
            out.append(int(rng.integers(1, 3000)))
            total += out[-1]
        return out
    return sizes


def feed(s: StreamingMLLM, x: np.ndarray, size: int | str, rng: np.random.Generator) -> np.ndarray:
    out, pos = [], 0
    while pos < len(x):
        m = int(rng.integers(1, 3000)) if size == "random" else int(size)
        out.append(s.process(x[pos : pos + m]))
        pos += m
    return np.concatenate(out) if out else np.zeros(0, np.float32)


def switched(
    old: str, new: str, x: np.ndarray, n: int, sr: int, size: int | str = 4096, **kw
) -> tuple[StreamingMLLM, np.ndarray]:
    rng = np.random.default_rng(7)
    s = stream(old, sr)
    a = feed(s, x[:n], size, rng)
    s.set_prompt(new, **kw)
    return s, np.concatenate([a, feed(s, x[n:], size, rng)])


PAIRS = [
    ("clean", "like an old telephone"),
    ("robot", "up 5 semitones"),  # a switch into the pitch shifter, which keeps phases
    ("a 300 ms echo", "in a huge cathedral"),  # memory on both sides
    ("like an old telephone", "clean"),
]


@pytest.mark.parametrize("sr", [16000, 48000])
@pytest.mark.parametrize("old,new", PAIRS)
def test_any_chunking_gives_the_same_switch(sr: int, old: str, new: str) -> None:
    x = noise(sr, 0.6)
    n = int(0.23 * sr) + 3
    _, ref = switched(old, new, x, n, sr, size=len(x))
    hop = default_framing(sr)[1]
    for size in (1 if sr == 16000 else 97, 487, hop, hop + 1, "random"):
        _, y = switched(old, new, x, n, sr, size=size)
        np.testing.assert_allclose(y, ref, atol=ATOL, rtol=0, err_msg=f"chunk size {size}")


@pytest.mark.parametrize("sr", [16000, 44100, 48000])
@pytest.mark.parametrize("old,new", PAIRS)
def test_before_the_switch_old_stream_after_the_fade_new_chain(sr: int, old: str, new: str):
    x = noise(sr, 1.0, seed=sr)
    n = int(0.4 * sr) + 11
    s, y = switched(old, new, x, n, sr)
    lat = s.latency_samples
    fade = round(0.030 * sr)
    old_alone = stream(old, sr).process(x)
    # every output sample that stands for input before the switch is the old stream's
    np.testing.assert_allclose(y[: n + lat], old_alone[: n + lat], atol=ATOL, rtol=0)
    # after the fade: a fresh stream of the new prompt fed the input from the switch on
    fresh = stream(new, sr).process(x[n:])
    np.testing.assert_allclose(y[n + lat + fade :], fresh[lat + fade :], atol=ATOL, rtol=0)
    # and in between, something of both (the fade is not a cut at either end)
    mid = n + lat + fade // 2
    assert np.abs(y[mid - 8 : mid + 8] - old_alone[mid - 8 : mid + 8]).max() > 1e-4
    assert np.abs(y[mid - 8 : mid + 8] - fresh[mid - n - 8 : mid - n + 8]).max() > 1e-4
    assert s.latency_samples == lat and s.prompt == new


@pytest.mark.parametrize("prompt", ["clean", "louder"])
def test_time_invariant_prompt_after_the_fade_equals_the_whole_input_stream(prompt: str):
    sr = 48000
    x = noise(sr, 0.5, level=0.05)
    n = 9001
    s, y = switched("robot", prompt, x, n, sr)
    lat, fade = s.latency_samples, round(0.030 * sr)
    whole = stream(prompt, sr).process(x)
    np.testing.assert_allclose(y[n + lat + fade :], whole[n + lat + fade :], atol=ATOL, rtol=0)


def largest_step(y: np.ndarray) -> float:
    return float(np.abs(np.diff(y)).max())


@pytest.mark.parametrize("sr", [16000, 44100, 48000])
def test_sine_through_a_switch_has_no_jump(sr: int) -> None:
    """``vibrato`` and ``clean`` have equal gain but their sines are out of
    phase (the vibrato's delay line): a cut between them jumps."""
    x = sine(sr, 1.0, hz=1000.0)
    own = largest_step(x[: sr // 2])
    n = sr // 2 + 5
    for old, new in [("clean", "vibrato"), ("vibrato", "clean"), ("clean", "lowpass at 6 kHz")]:
        s, y = switched(old, new, x, n, sr)
        lat = s.latency_samples
        steady = y[lat + sr // 10 :]  # past the stream's own start
        assert largest_step(steady) <= 1.5 * own, (old, new)
    # the same switch cut hard does jump: the measure sees a missing fade
    s, y = switched("clean", "vibrato", x, n, sr, crossfade_ms=0.0)
    assert largest_step(y[s.latency_samples + sr // 10 :]) > 1.5 * own


def test_switch_during_a_fade_and_flush() -> None:
    sr = 16000
    x = noise(sr, 1.5)
    n1, n2 = 8000, 8200  # the second switch 12.5 ms into a 30 ms fade
    rng = np.random.default_rng(0)
    s = stream("robot", sr)
    a = feed(s, x[:n1], 333, rng)
    s.set_prompt("telephone")
    b = feed(s, x[n1:n2], 333, rng)
    s.set_prompt("a 200 ms echo")
    c = feed(s, x[n2:], 333, rng)
    tail = s.flush()
    y = np.concatenate([a, b, c])
    lat, fade = s.latency_samples, round(0.030 * sr)
    fresh = stream("a 200 ms echo", sr)
    ref = fresh.process(x[n2:])
    np.testing.assert_allclose(y[n2 + lat + fade :], ref[lat + fade :], atol=ATOL, rtol=0)
    # flush: every input sample, then the echo's tail, exactly as the fresh stream's
    np.testing.assert_allclose(tail, fresh.flush(), atol=ATOL, rtol=0)
    assert len(y) - lat + len(tail) == len(x) + fresh.prepared.tail_samples
    # after flush the stream is a fresh stream of the last prompt
    np.testing.assert_allclose(s.process(x), stream("a 200 ms echo", sr).process(x), atol=ATOL)


def test_invalid_prompt_raises_and_the_stream_goes_on_unchanged() -> None:
    sr = 16000
    x = noise(sr, 1.0)
    r = stream("robot", sr)
    ref = np.concatenate([r.process(x[:5000]), r.process(x[5000:])])
    s = stream("robot", sr)
    a = s.process(x[:5000])
    with pytest.raises(PromptError):
        s.set_prompt("xyzzy frobnitz")
    with pytest.raises(ConfigError, match="crossfade_ms"):
        s.set_prompt("telephone", crossfade_ms=float("nan"))
    b = s.process(x[5000:])
    np.testing.assert_array_equal(np.concatenate([a, b]), ref)
    assert s.prompt == "robot"


def test_a_switch_never_changes_framing_or_latency() -> None:
    sr = 48000
    s = StreamingMLLM("effects", "robot", samplerate=sr)  # 50 % overlap for robot
    before = (s.frame_length, s.hop_length, s.latency_samples)
    s.set_prompt("up 3 semitones")  # runs at the stream's framing
    s.process(noise(sr, 0.2))
    assert (s.frame_length, s.hop_length, s.latency_samples) == before
    seed = StreamingMLLM("seed", "robot", samplerate=16000)
    seed.set_prompt("a cat")
    assert seed.process(noise(16000, 0.2)).shape == (3200,)


@pytest.mark.parametrize("sr", [16000, 48000])
def test_bypass_is_the_dry_input_delayed_and_back(sr: int) -> None:
    x = noise(sr, 1.2, level=0.2)
    n1, n2 = int(0.3 * sr), int(0.7 * sr)
    fade = round(0.030 * sr)
    rng = np.random.default_rng(1)
    s = stream("robot", sr)
    a = feed(s, x[:n1], 500, rng)
    s.bypass = True
    assert s.bypass
    b = feed(s, x[n1:n2], 500, rng)
    s.bypass = False
    c = feed(s, x[n2:], 500, rng)
    y = np.concatenate([a, b, c])
    lat = s.latency_samples
    np.testing.assert_allclose(y[: n1 + lat], stream("robot", sr).process(x)[: n1 + lat], atol=ATOL)
    # bypassed: exactly the input, latency_samples later
    np.testing.assert_array_equal(y[n1 + lat + fade : n2 + lat], x[n1 + fade : n2])
    # back: a fresh robot from the toggle on
    fresh = stream("robot", sr).process(x[n2:])
    np.testing.assert_allclose(y[n2 + lat + fade :], fresh[lat + fade :], atol=ATOL, rtol=0)


def test_prompt_set_while_bypassed_is_heard_when_bypass_ends() -> None:
    sr = 16000
    x = noise(sr, 1.0)
    s = stream("robot", sr)
    s.bypass = True
    a = s.process(x[:4000])
    s.set_prompt("telephone")
    b = s.process(x[4000:8000])
    s.bypass = False
    c = s.process(x[8000:])
    lat, fade = s.latency_samples, round(0.030 * sr)
    y = np.concatenate([a, b, c])
    np.testing.assert_array_equal(y[lat + fade : 8000 + lat], x[fade:8000])
    fresh = stream("telephone", sr).process(x[8000:])
    np.testing.assert_allclose(y[8000 + lat + fade :], fresh[lat + fade :], atol=ATOL, rtol=0)


def test_trails_let_the_old_echo_ring_out() -> None:
    sr = 16000
    x = np.zeros(sr * 2, np.float32)
    x[1000] = 0.5  # a click before the switch; its echoes come 400 ms apart
    n = 4000
    delay = int(0.4 * sr)
    outs = {}
    for trails in (False, True):
        s, y = switched("a 400 ms echo", "clean", x, n, sr, trails=trails)
        outs[trails] = y
        lat = s.latency_samples
    echo_alone = stream("a 400 ms echo", sr).process(x)
    after = n + lat + round(0.03 * sr)
    first = 1000 + delay + lat  # the first repeat comes after the switch and its fade
    assert first > after and np.abs(echo_alone[first - 50 : first + 50]).max() > 0.1
    # with trails the old chain's repeats ring on exactly (the new prompt adds silence)...
    np.testing.assert_allclose(outs[True][after:], echo_alone[after:], atol=ATOL, rtol=0)
    # ...without, they are cut with the fade
    assert np.abs(outs[False][after:]).max() == 0.0


def test_set_prompt_from_another_thread_while_processing() -> None:
    sr = 16000
    s = stream("robot", sr)
    x = noise(sr, 0.02)
    stop = threading.Event()
    errors: list[BaseException] = []

    def audio() -> None:
        try:
            while not stop.is_set():
                y = s.process(x)
                assert np.isfinite(y).all() and np.abs(y).max() <= 1.0
        except BaseException as exc:  # reported below
            errors.append(exc)

    t = threading.Thread(target=audio)
    t.start()
    try:
        for prompt in ["telephone", "up 3 semitones", "in a cathedral", "clean"] * 5:
            s.set_prompt(prompt, crossfade_ms=5)
            s.bypass = not s.bypass
    finally:
        stop.set()
        t.join()
    assert not errors
    s.process(x)  # the last switch starts at the next input sample
    assert s.prompt == "clean" and not s.bypass


def test_zero_latency_stream_switches_among_time_domain_prompts() -> None:
    """A stream whose prompt needs no frame runs with no latency; it switches
    to another such prompt, and refuses one that needs a frame (it would have
    to change ``latency_samples``) without disturbing the sound."""
    sr = 48000
    x = noise(sr, 1.0)
    s = StreamingMLLM("effects", "louder", samplerate=sr)
    assert s.latency_samples == 0
    a = s.process(x[:20000])
    with pytest.raises(ConfigError, match='latency="frame"'):
        s.set_prompt("make it sound like a robot")
    s.set_prompt("a 300 ms echo")
    b = s.process(x[20000:])
    assert s.latency_samples == 0
    y = np.concatenate([a, b])
    fade = round(0.030 * sr)
    np.testing.assert_allclose(
        y[:20000], StreamingMLLM("effects", "louder", samplerate=sr).process(x)[:20000],
        atol=ATOL, rtol=0,
    )
    fresh = StreamingMLLM("effects", "a 300 ms echo", samplerate=sr).process(x[20000:])
    np.testing.assert_allclose(y[20000 + fade :], fresh[fade:], atol=ATOL, rtol=0)


def test_a_stream_fixed_for_switching_has_imported_every_effect_s_dsp() -> None:
    """A first switch to a filter once imported scipy.signal in set_prompt,
    about a second: live played the new prompt that late.  A stream built
    with latency="frame" imports every effect's module at construction; an
    "auto" stream does not pay for it (checked in a fresh interpreter)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from streaming_mllm import StreamingMLLM\n"
        "from streaming_mllm.effects.registry import EFFECTS\n"
        "StreamingMLLM('effects', 'clean', samplerate=48000, latency=sys.argv[1])\n"
        "mods = {'streaming_mllm.effects.' + e.builder.split(':')[0] for e in EFFECTS.values()}\n"
        "print(sum(m in sys.modules for m in mods), len(mods), 'scipy.signal' in sys.modules)\n"
    )
    out = {
        latency: subprocess.run([sys.executable, "-c", code, latency], capture_output=True,
                                text=True, check=True).stdout.split()
        for latency in ("frame", "auto")
    }
    loaded, total, scipy_signal = out["frame"]
    assert loaded == total and scipy_signal == "True", out
    assert int(out["auto"][0]) < int(out["auto"][1]), out


@pytest.mark.parametrize("channels, output_channels", [(1, 1), (2, 2), (1, 2)])
def test_a_bypassed_stream_flushes_empty_and_twice(channels: int, output_channels: int) -> None:
    """Flushing a bypassed stream returns its remaining samples, then nothing,
    in the output's shape (an empty flush crashed the mixer's reshape)."""
    s = StreamingMLLM("effects", "robot", channels=channels, output_channels=output_channels,
                      latency="frame")
    x = np.full((1000, channels), 0.1, np.float32)
    s.process(x if channels > 1 else x[:, 0])
    s.bypass = True
    s.process(x if channels > 1 else x[:, 0])
    first = s.flush()
    again = s.flush()
    width = () if output_channels == 1 else (output_channels,)
    assert first.shape[1:] == width and len(first) > 0
    assert again.shape == (0, *width)
    # a 2-D input gets a 2-D output
    assert s.process_all(np.zeros((0, channels), np.float32)).shape[1:] == (output_channels,)
