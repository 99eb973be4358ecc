"""The effects model as a whole: chains, safety, rates, the CLI's prompt commands."""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner
from signals import band_energy, db, harmonic_tone, impulse, noise

from streaming_mllm import PromptError, StreamingMLLM
from streaming_mllm.cli import main
from streaming_mllm.effects.plan import EffectPlan, EffectSpec
from streaming_mllm.effects.registry import ORDER, default_params

CEILING = 10 ** (-1 / 20)


def stream_chunks(stream, x, sizes):
    outs, pos, i = [], 0, 0
    while pos < len(x):
        n = sizes[i % len(sizes)]
        outs.append(stream.process(x[pos : pos + n]))
        pos += n
        i += 1
    return np.concatenate(outs + [stream.flush()])


def random_plan(seed: int) -> EffectPlan:
    rng = np.random.default_rng(seed)
    names = sorted(rng.choice(ORDER, size=4, replace=False), key=ORDER.index)
    return EffectPlan(tuple(EffectSpec(n, default_params(n)) for n in names))


@pytest.mark.parametrize("seed", range(4))
def test_random_chain_streams_like_one_chunk(seed):
    plan = random_plan(seed)
    x = noise(1.0, 48000, level=0.2, seed=seed, channels=2)
    one = StreamingMLLM("effects", plan, channels=2)
    ref = np.concatenate([one.process(x), one.flush()])
    sizes = list(np.random.default_rng(seed).integers(1, 3000, 50))
    for chunking in ([1, 255, 256, 257], [7], sizes):
        s = StreamingMLLM("effects", plan, channels=2)
        got = stream_chunks(s, x, chunking)
        np.testing.assert_allclose(got, ref, atol=1e-5, err_msg=str(plan))


@pytest.mark.parametrize(
    "prompt",
    ["+24 dB", "robot, +24 dB, lots of echo", "megaphone very loud", "distortion +24 dB",
     "in a huge cathedral, much louder", "chipmunk +24 dB", "whisper +24 dB"],
)
def test_output_never_exceeds_minus_one_dbfs(prompt):
    x = np.random.default_rng(0).uniform(-1, 1, (48000, 2)).astype(np.float32)
    s = StreamingMLLM("effects", prompt, channels=2)
    y = np.concatenate([s.process(x), s.flush()])
    assert np.isfinite(y).all()
    assert np.abs(y).max() <= CEILING + 1e-7


def test_nonfinite_input_becomes_silence_and_the_stream_recovers():
    s = StreamingMLLM("effects", "robot with echo and reverb")
    ref = StreamingMLLM("effects", "robot with echo and reverb")
    x = harmonic_tone(150, 1.0, 48000)
    bad = x.copy()
    bad[1000:1256] = np.nan
    bad[5000] = np.inf
    clean = x.copy()
    clean[1000:1256] = 0
    clean[5000] = 0
    y = s.process(bad)
    assert s.nonfinite_samples == 257
    assert np.isfinite(y).all()
    np.testing.assert_allclose(y, ref.process(clean), atol=1e-6)
    # every state is clean: the next good block processes normally
    more = harmonic_tone(150, 0.2, 48000)
    assert np.isfinite(s.process(more)).all()


@pytest.mark.parametrize("sr", [8000, 16000, 22050, 44100, 48000, 96000])
def test_identity_latency_equals_measured_impulse_delay(sr):
    s = StreamingMLLM("effects", "clean", samplerate=sr)
    y = s.process(impulse(4 * s.frame_length, at=100))
    assert int(np.argmax(np.abs(y))) == 100 + s.latency_samples
    assert s.frame_length <= 1024 * max(1, sr // 48000)


@pytest.mark.parametrize("sr", [8000, 44100, 96000])
def test_telephone_band_at_any_rate(sr):
    x = noise(2.0, sr, level=0.1)
    y = StreamingMLLM("effects", "like an old telephone", samplerate=sr).process_all(x)
    def ratio(z):
        inside = band_energy(z, sr, 300, 3400)
        outside = band_energy(z, sr, 0, 300) + band_energy(z, sr, 3400, sr / 2)
        return outside / inside
    assert db(ratio(x)) - db(ratio(y)) >= 20


def test_unknown_prompt_is_a_clear_error():
    with pytest.raises(PromptError, match="no effect recognized"):
        StreamingMLLM("effects", "banana smoothie")


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_explain_json_lists_effects_in_processing_order():
    result = run("explain", "a robot in a cathedral with a 300 ms echo", "--json")
    assert result.exit_code == 0, result.output
    plan = json.loads(result.output)
    assert [e["name"] for e in plan["effects"]] == ["robot", "echo", "reverb"]
    assert plan["effects"][1]["params"]["delay_ms"] == 300.0
    assert plan["unrecognized"] == []


def test_explain_unknown_prompt_is_one_line():
    result = run("explain", "banana smoothie")
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "banana" in result.output and "robot" in result.output


def test_unrecognized_words_are_warned_about():
    result = run("explain", "robot banana")
    assert result.exit_code == 0
    assert "banana" in result.output


def test_effects_command_lists_every_effect_and_parameter():
    out = run("effects").output
    for name in ORDER:
        assert name in out
    for param in ("pitch.semitones", "echo.delay_ms", "reverb.decay_s", "robot.pitch_hz",
                  "tremolo.rate_hz", "gain.db", "lowpass.cutoff_hz", "highpass.cutoff_hz"):
        assert param in out


def test_info_with_prompt_shows_the_plan():
    result = run("info", "-r", "44100", "-p", "robot")
    assert result.exit_code == 0, result.output
    assert "latency:      1023 samples (23.2 ms)" in result.output
    assert "robot" in result.output


@pytest.mark.parametrize("n", [1, 10, 100, 511, 512, 1023, 1024, 3000])
@pytest.mark.parametrize("sr", [16000, 48000])
def test_streams_shorter_than_a_hop_or_the_latency_come_back_whole(n, sr):
    x = (0.5 * np.arange(1, n + 1) / (n + 1)).astype(np.float32)
    s = StreamingMLLM("effects", "clean", samplerate=sr)
    y = np.concatenate([s.process(x[i : i + 7]) for i in range(0, n, 7)])
    out = np.concatenate([y[s.latency_samples :], s.flush()])
    np.testing.assert_allclose(out, x, atol=1e-6)


def test_echo_of_a_very_short_stream_starts_at_sample_zero():
    s = StreamingMLLM("effects", "a 300 ms echo")
    y = s.process_all(impulse(100))
    assert int(np.argmax(np.abs(y))) == 0
    assert int(np.argmax(np.abs(y[100:]))) + 100 == 14400  # the first repeat, 300 ms later


def test_flush_without_input_returns_nothing():
    s = StreamingMLLM("effects", "in a huge cathedral")
    assert s.flush().shape == (0,)
    s.process_all(noise(0.1, 48000))
    assert s.flush().shape == (0,)  # flushed streams start fresh


def test_a_plan_may_leave_parameters_to_their_defaults():
    plan = EffectPlan(tuple(EffectSpec(name) for name in ORDER))
    s = StreamingMLLM("effects", plan, channels=2)
    y = s.process_all(noise(0.3, 48000, level=0.1, channels=2))
    assert np.isfinite(y).all() and np.abs(y).max() <= CEILING + 1e-7


def test_a_given_frame_keeps_the_plans_hop():
    from streaming_mllm.effects.model import EffectsModel

    robot = StreamingMLLM(EffectsModel(frame_length=2048), "robot")
    pitch = StreamingMLLM(EffectsModel(frame_length=2048), "up 3 semitones")
    assert (robot.frame_length, robot.hop_length) == (2048, 1024)
    assert (pitch.frame_length, pitch.hop_length) == (2048, 256)
    assert robot.latency_samples == pitch.latency_samples == 2047
