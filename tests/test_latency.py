"""Latency is what the chain needs: none without a spectral effect, one frame with one.

An impulse at input sample ``n`` comes out at output sample ``n`` through
every time-domain effect and any chain of them, for every chunk size, 1
included; with a spectral effect, exactly ``frame_length - 1`` samples later.
A stream can be given more latency at construction (``latency=``) and then
refuses nothing that fits.
"""

from __future__ import annotations

import numpy as np
import pytest
import scipy.signal as ss
from signals import impulse

from streaming_mllm import StreamingMLLM
from streaming_mllm.effects import iir
from streaming_mllm.effects.plan import EffectPlan, EffectSpec
from streaming_mllm.effects.registry import EFFECTS, default_params
from streaming_mllm.errors import ConfigError

TIME_EFFECTS = sorted(n for n, e in EFFECTS.items()
                      if not e.needs_frame and n not in ("vibrato", "noise", "bitcrush"))
"""Time-domain effects whose response starts at the input sample.  Vibrato is
apart: reading the input through a swinging delay *is* the effect, and its
few milliseconds of mean delay are not latency (no look-ahead either).  Noise
sounds before any input and bitcrush holds a sample for a period by design:
their zero latency is tested in test_new_effects.py (a click changes the
output from its own sample on)."""
SPECTRAL_EFFECTS = sorted(n for n, e in EFFECTS.items() if e.needs_frame)
DRY_PATH = [n for n in ("echo", "reverb", "chorus", "flanger") if n in EFFECTS]
"""Effects that keep the dry signal beside a delayed copy (flanger once it exists)."""


def stream_for(names, sr=48000, channels=1, latency="auto", **params) -> StreamingMLLM:
    plan = EffectPlan(tuple(EffectSpec(n, {**default_params(n), **params.get(n, {})})
                            for n in names))
    return StreamingMLLM("effects", plan, samplerate=sr, channels=channels, latency=latency)


def through(stream: StreamingMLLM, x: np.ndarray, chunk: int) -> np.ndarray:
    return np.concatenate([stream.process(x[i : i + chunk]) for i in range(0, len(x), chunk)])


@pytest.mark.parametrize("name", TIME_EFFECTS)
@pytest.mark.parametrize("chunk", [1, 7, 509, 4096])
def test_a_time_effect_adds_no_latency(name: str, chunk: int) -> None:
    at = 300
    s = stream_for([name])
    assert s.latency_samples == 0
    y = through(s, impulse(2048, at=at, level=0.25), chunk)
    # causal and not late: nothing before the impulse, its response starts at it
    assert np.all(y[:at] == 0), f"{name}: output before the impulse"
    assert y[at] != 0, f"{name}: nothing at the impulse's own index"


def test_vibrato_is_causal_and_only_as_late_as_its_swing() -> None:
    at = 300
    s = stream_for(["vibrato"])
    assert s.latency_samples == 0
    y = through(s, impulse(4096, at=at, level=0.25), 7)
    vib = s.prepared.before[0]
    first = int(np.flatnonzero(y)[0])
    assert at < first <= at + int(np.ceil(vib.centre + vib.swing)) + 2


def dry_gain(name: str, mix: float) -> float:
    """The dry path's gain: echo adds the dry at full level; reverb and chorus
    crossfade at equal power (``cos(pi mix / 2)``); the flanger blends by
    ``1 - mix``."""
    if name == "echo":
        return 1.0
    if name in ("reverb", "chorus"):
        return float(np.cos(0.5 * np.pi * mix))
    return 1.0 - mix


@pytest.mark.parametrize("name", DRY_PATH)
def test_the_dry_impulse_of_a_delay_effect_is_at_index_0(name: str) -> None:
    x = impulse(4096, at=0, level=0.25)
    y = stream_for([name]).process(x)
    mix = default_params(name).get("mix", 0.0)
    dry = 0.25 * dry_gain(name, mix)
    assert y[0] == pytest.approx(dry, rel=1e-6, abs=1e-7)


def test_gain_is_exact_at_the_same_index() -> None:
    x = impulse(1000, at=123, level=0.25)
    y = stream_for(["gain"], gain={"db": -6.0}).process(x)
    expected = np.zeros(1000, np.float32)
    expected[123] = np.float32(0.25 * 10 ** (-6 / 20))
    np.testing.assert_array_equal(y, expected)


@pytest.mark.parametrize("name, sos", [
    ("lowpass", lambda sr: iir.linkwitz_riley("lowpass", 1000, sr)),
    ("highpass", lambda sr: iir.linkwitz_riley("highpass", 500, sr)),
    ("telephone", lambda sr: iir.bandpass(300, 3400, sr)),
])
@pytest.mark.parametrize("sr", [16000, 44100, 48000])
def test_a_filter_is_its_own_causal_impulse_response_from_index_0(name, sos, sr) -> None:
    """The stream's response is the filter's own response started at the impulse:
    not a sample late (a look-ahead or a frame would shift it)."""
    x = impulse(3000, at=77, level=0.25)
    y = through(stream_for([name], sr=sr), x, 13)
    ref = ss.sosfilt(sos(sr), x.astype(np.float64))
    np.testing.assert_allclose(y, ref, atol=1e-7)


@pytest.mark.parametrize("seed", range(6))
def test_random_time_chains_add_no_latency(seed: int) -> None:
    """A chain's output is each effect's own output in turn, at the same
    indices (each starts at its input sample, tested above), for any chunking:
    the chain adds no delay of its own.  (A steep filter's first output
    samples can be below float32's range, so "non-zero at the index" is
    checked per effect, not on a cascade.)"""
    rng = np.random.default_rng(seed)
    names = list(rng.choice(TIME_EFFECTS, size=int(rng.integers(2, 5)), replace=False))
    s = stream_for(names, channels=2)
    assert s.latency_samples == 0
    at = int(rng.integers(0, 500))
    x = np.zeros((3000, 2), np.float32)
    x[at] = (0.2, -0.1)
    x[1000:] = 0.1 * rng.standard_normal((2000, 2))
    chunk = int(rng.integers(1, 700))
    y = through(s, x, chunk)
    assert np.all(y[:at] == 0), f"{names}: output before the impulse"
    ref = x
    for name in names:
        ref = stream_for([name], channels=2).process(ref)
    np.testing.assert_allclose(y, ref, atol=1e-5, err_msg=f"{names} chunk {chunk}")


@pytest.mark.parametrize("sr", [8000, 16000, 44100, 48000, 96000])
@pytest.mark.parametrize("chain", [["whisper"], ["gain", "whisper", "echo"],
                                   ["eq", "whisper", "reverb"]])
def test_a_spectral_chain_is_exactly_one_frame_late(sr: int, chain: list) -> None:
    """A whisper of amount 0 is the identity through the STFT: the impulse comes
    out exactly ``frame_length - 1`` samples late, with the time effects around
    it (gain of 0 dB, echo and reverb dry at index 0) unchanged in timing."""
    params = {"whisper": {"amount": 0.0}, "gain": {"db": 0.0},
              "eq": {"low_db": 0.0, "mid_db": 0.0, "high_db": 0.0}}
    s = stream_for(chain, sr=sr, **params)
    assert s.latency_samples == s.frame_length - 1
    at = 50
    x = impulse(6 * s.frame_length, at=at, level=0.25)
    y = through(s, x, 97)
    lat = s.latency_samples
    assert np.abs(y[: at + lat]).max() < 1e-6
    expected = 0.25
    if "reverb" in chain:
        expected *= dry_gain("reverb", default_params("reverb")["mix"])
    assert y[at + lat] == pytest.approx(expected, abs=1e-5)


def test_time_effects_before_the_spectral_stage_run_on_the_input() -> None:
    """distortion, then pitch: the drive shapes the input before analysis, so the
    result equals the drive applied offline, then the pitch stream."""
    x = (0.3 * np.sin(2 * np.pi * 220 * np.arange(24000) / 48000)).astype(np.float32)
    both = stream_for(["distortion", "pitch"]).process_all(x)
    driven = stream_for(["distortion"]).process_all(x)
    np.testing.assert_allclose(both, stream_for(["pitch"]).process_all(driven), atol=1e-5)


# ----------------------------------------------------------------- fixed latency


@pytest.mark.parametrize("chunk", [1, 64, 1000])
def test_latency_frame_delays_a_time_chain_by_one_frame(chunk: int) -> None:
    x = impulse(3000, at=10, level=0.25)
    s = stream_for(["gain"], latency="frame", gain={"db": 0.0})
    assert s.latency_samples == s.frame_length - 1 == 1023
    y = through(s, x, chunk)
    assert np.flatnonzero(y).tolist() == [10 + 1023]
    np.testing.assert_array_equal(s.process_all(x), x)


@pytest.mark.parametrize("names", [["echo"], ["whisper"]])
def test_a_number_of_samples_fixes_the_latency(names: list) -> None:
    s = stream_for(names, latency=2000, whisper={"amount": 0.0}, echo={"mix": 0.0})
    assert s.latency_samples == 2000
    y = through(s, impulse(5000, at=5, level=0.25), 300)
    assert int(np.argmax(np.abs(y))) == 2005
    with pytest.raises(ConfigError, match="needs 1023 samples of latency.*got latency=10"):
        stream_for(["robot"], latency=10)
    with pytest.raises(ConfigError, match='expected latency "auto", "frame" or a number'):
        stream_for(["echo"], latency="low")


def test_auto_latency_refuses_a_prompt_that_needs_a_frame() -> None:
    s = StreamingMLLM("effects", "louder")
    robot = s.model.prepare("robot", s.samplerate)
    with pytest.raises(ConfigError, match='construct the stream with latency="frame"'):
        s.check_latency(robot)
    s.check_latency(s.model.prepare("in a cathedral", s.samplerate))
    framed = StreamingMLLM("effects", "louder", latency="frame")
    framed.check_latency(robot)
    assert framed.required_latency(robot) == 1023 and framed.required_latency() == 0


def test_the_seed_keeps_its_frame() -> None:
    s = StreamingMLLM("seed", "robot", samplerate=16000)
    assert s.latency_samples == s.frame_length - 1
    with pytest.raises(ConfigError):
        StreamingMLLM("seed", "robot", samplerate=16000, latency=0)


def test_flush_returns_the_tail_of_a_zero_latency_chain() -> None:
    s = stream_for(["echo"], echo={"delay_ms": 10.0, "feedback": 0.0, "mix": 0.5})
    x = impulse(100, at=0, level=0.25)
    y = s.process(x)
    tail = s.flush()
    whole = np.concatenate([y, tail])
    assert whole[0] == pytest.approx(0.25) and whole[480] == pytest.approx(0.125)
    assert len(tail) == s.prepared.tail_samples


def test_set_prompt_keeps_the_fixed_latency() -> None:
    """An "auto" stream of a time-domain prompt refuses a switch to a prompt
    that needs a frame (one line, says what to do); a "frame" stream takes
    it, and a time-domain prompt switched into it runs at the frame latency."""
    x = (0.1 * np.random.default_rng(3).standard_normal(20000)).astype(np.float32)
    s = StreamingMLLM("effects", "louder")
    with pytest.raises(ConfigError, match='construct the stream with latency="frame"'):
        s.set_prompt("robot")
    s.set_prompt("in a cathedral")  # fits: no frame either
    assert s.latency_samples == 0
    framed = StreamingMLLM("effects", "robot", latency="frame", frame_length=1024,
                           hop_length=256)
    framed.process(x[:5000])
    framed.set_prompt("louder", crossfade_ms=0)
    y = framed.process(x[5000:])
    assert framed.latency_samples == 1023
    ref = StreamingMLLM("effects", "louder").process(x[5000:])
    # after the cut, "louder" one frame late
    np.testing.assert_allclose(y[1023 + 2000 :], ref[2000 : len(y) - 1023], atol=1e-6)
