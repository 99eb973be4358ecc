"""The chain's assembly and the STFT it runs on (effects/chain.py, effects/stft.py)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from signals import noise

from streaming_mllm import StreamingMLLM
from streaming_mllm.effects.base import EffectContext
from streaming_mllm.effects.chain import build_chain, factory
from streaming_mllm.effects.plan import EffectPlan, EffectSpec
from streaming_mllm.effects.registry import EFFECTS, EffectInfo
from streaming_mllm.effects.stft import Stft, sqrt_hann
from streaming_mllm.errors import ConfigError

CTX = EffectContext(48000, 1024, 256)


@pytest.mark.parametrize("name", sorted(EFFECTS))
def test_every_registered_effect_builds_where_its_needs_frame_says(name: str) -> None:
    chain = build_chain(EffectPlan((EffectSpec(name),)), CTX)
    needs_frame, make = factory(name)
    assert needs_frame is EFFECTS[name].needs_frame
    assert callable(make)
    assert chain.needs_frame is needs_frame
    assert len(chain.spectral) == int(needs_frame) and len(chain.before) == int(not needs_frame)


def test_the_registry_names_each_builder_once_and_it_is_the_one_used() -> None:
    """The registry is the one place an effect's DSP is named: the chain
    builds exactly the factory its entry names."""
    from streaming_mllm.effects import echo, reverb

    assert factory("echo")[1] is echo.Echo and factory("reverb")[1] is reverb.Reverb
    assert all(EFFECTS[n].builder for n in EFFECTS)
    chain = build_chain(EffectPlan((EffectSpec("reverb"),)), CTX)
    assert isinstance(chain.before[0], reverb.Reverb)


def test_only_pitch_robot_whisper_need_a_frame_among_the_original_effects() -> None:
    framed = {n for n, e in EFFECTS.items() if e.needs_frame}
    assert {"pitch", "robot", "whisper"} <= framed
    for name in ("gain", "echo", "reverb", "lowpass", "highpass", "eq", "telephone", "radio",
                 "megaphone", "underwater", "distortion", "chorus", "vibrato", "tremolo",
                 "ringmod"):
        assert not EFFECTS[name].needs_frame, name


def test_an_effect_without_a_builder_is_an_error_not_a_skip(monkeypatch) -> None:
    monkeypatch.setitem(EFFECTS, "nosuch", EffectInfo("nosuch", "", {}, builder="reverb:NoSuch"))
    with pytest.raises(ConfigError, match="'nosuch' has no builder: its registry entry names "
                       "'reverb:NoSuch'"):
        build_chain(EffectPlan((EffectSpec("nosuch"),)), CTX)
    # an effect the registry does not declare cannot even be named in a plan
    with pytest.raises(ConfigError, match="unknown effect 'other': expected one of"):
        build_chain(EffectPlan((EffectSpec("other"),)), CTX)


def test_a_builder_that_contradicts_needs_frame_is_an_error(monkeypatch) -> None:
    """An entry whose ``needs_frame`` does not match what its builder makes
    fails when the chain is built, naming both, not later inside the DSP."""
    monkeypatch.setitem(EFFECTS, "echo", replace(EFFECTS["echo"], needs_frame=True))
    with pytest.raises(ConfigError, match="'echo'.*needs_frame=True.*'echo:Echo' did not "
                       "make a spectral processor"):
        build_chain(EffectPlan((EffectSpec("echo"),)), CTX)
    monkeypatch.setitem(EFFECTS, "robot", replace(EFFECTS["robot"], needs_frame=False))
    with pytest.raises(ConfigError, match="'robot'.*did not make a time-domain processor"):
        build_chain(EffectPlan((EffectSpec("robot"),)), CTX)


def test_the_registry_refuses_an_entry_without_a_builder(monkeypatch) -> None:
    from streaming_mllm.effects import registry

    monkeypatch.setitem(EFFECTS, "nosuch", EffectInfo("nosuch", "", {}))
    with pytest.raises(RuntimeError, match="nosuch.builder must be 'module:name', got ''"):
        registry._check()


def test_the_registry_refuses_a_harmonic_effect_that_needs_no_frame(monkeypatch) -> None:
    from streaming_mllm.effects import registry

    monkeypatch.setitem(EFFECTS, "echo", replace(EFFECTS["echo"], harmonic=True))
    with pytest.raises(RuntimeError, match="echo is harmonic but does not need a frame"):
        registry._check()


def test_framing_and_stereo_warnings_follow_the_registry_flags() -> None:
    """The long frame with an eighth hop goes to exactly the ``harmonic``
    effects, the mono warning to exactly the ``stereo`` ones: no list of
    effect names outside the registry."""
    from streaming_mllm.effects.stereo import mono_warning
    from streaming_mllm.effects.stft import default_hop

    for name, e in EFFECTS.items():
        assert default_hop(1024, [name]) == (128 if e.harmonic else 512), name
        assert bool(mono_warning([name], 1)) is e.stereo, name
    assert {n for n, e in EFFECTS.items() if e.harmonic} == {"pitch", "formant"}
    assert {n for n, e in EFFECTS.items() if e.stereo} == {"pan", "autopan", "width"}


def test_time_effects_keep_the_plan_order_around_the_spectral_stage() -> None:
    plan = EffectPlan(
        (EffectSpec("distortion"), EffectSpec("pitch"), EffectSpec("telephone"),
         EffectSpec("echo"))
    )
    chain = build_chain(plan, CTX)
    assert [type(p).__name__ for p in chain.before] == ["TanhShaper"]
    assert [type(p).__name__ for p in chain.spectral] == ["PitchShift"]
    assert [type(p).__name__ for p in chain.after] == ["SosFilter", "Echo"]


def test_a_bad_framing_is_refused_at_build() -> None:
    with pytest.raises(ConfigError, match="frame_length=1000, hop_length=300"):
        build_chain(EffectPlan(), EffectContext(48000, 1000, 300))


@pytest.mark.parametrize("frame, hop", [(1024, 256), (1024, 512), (256, 64), (512, 128)])
def test_stft_analysis_then_synthesis_is_the_identity(frame: int, hop: int) -> None:
    """Windows squared overlap-add to R/2, divided out: frames in, signal out
    (block j is the hop that starts where frame j starts, complete once the
    R - 1 later frames have been added)."""
    stft = Stft.for_framing(frame, hop)
    r = frame // hop
    x = np.random.default_rng(1).standard_normal((2, 20 * hop)).astype(np.float32)
    frames = np.lib.stride_tricks.sliding_window_view(x, frame, axis=-1)[:, ::hop]
    frames = frames.transpose(1, 0, 2)  # (k, channels, frame)
    st = stft.new_state(2)
    blocks = [
        stft.synthesize(stft.analyze(frames[j : j + 3]), st) for j in range(0, len(frames), 3)
    ]
    y = np.concatenate(blocks).transpose(0, 2, 1).reshape(-1, 2)
    # output block j holds frame j's first hop overlap-added with the r - 1
    # frames before it: complete from block r - 1 on, equal to x there
    start = (r - 1) * hop
    ref = x.T[start : len(y)]
    np.testing.assert_allclose(y[start:], ref, atol=2e-6)
    assert np.allclose(sqrt_hann(frame) ** 2 + np.roll(sqrt_hann(frame) ** 2, frame // 2), 1.0)


@pytest.mark.parametrize("prompt", ["with a bit of echo", "robot in a cathedral"])
def test_process_all_takes_an_n_by_1_mono_array(prompt: str) -> None:
    x = noise(0.125, 48000)
    a = StreamingMLLM("effects", prompt).process_all(x)
    b = StreamingMLLM("effects", prompt).process_all(x[:, None])
    assert b.shape == (len(a), 1)
    np.testing.assert_array_equal(b[:, 0], a)
