"""A plan built in code is checked in one place, the EffectSpec (issue 7,
defect 9): every parameter against the registry's range."""

from __future__ import annotations

import math

import pytest

from streaming_mllm import StreamingMLLM
from streaming_mllm.effects.plan import EffectPlan, EffectSpec
from streaming_mllm.effects.registry import EFFECTS
from streaming_mllm.errors import ConfigError


@pytest.mark.parametrize(
    ("name", "params", "words"),
    [
        ("gain", {"db": math.nan}, ["gain", "db", "-60 to 24", "nan"]),
        ("reverb", {"decay_s": math.inf}, ["reverb", "decay_s", "0.1 to 20", "inf"]),
        ("echo", {"delay_ms": 1e9}, ["echo", "delay_ms", "1 to 5000", "1e+09"]),
        ("pitch", {"semitones": "high"}, ["pitch", "semitones", "'high'"]),
        ("pitch", {"semitones": True}, ["pitch", "semitones", "True"]),
        ("echo", {"dealy_ms": 10}, ["echo", "dealy_ms", "delay_ms", "feedback"]),
        ("banana", {}, ["banana", "unknown effect", "reverb"]),
    ],
)
def test_bad_spec_is_a_config_error_naming_effect_parameter_range_and_value(name, params, words):
    with pytest.raises(ConfigError) as err:
        EffectSpec(name, params)
    msg = str(err.value)
    assert "\n" not in msg
    for w in words:
        assert w in msg, msg


def test_every_range_edge_is_accepted_and_values_become_floats():
    for name, info in EFFECTS.items():
        for pname, p in info.params.items():
            for v in (p.low, p.high, p.default):
                spec = EffectSpec(name, {pname: v})
                assert type(spec.params[pname]) is float
        # and the whole range end to end builds a stream that runs
    spec = EffectSpec("echo", {"delay_ms": 5000, "feedback": 0.95})
    stream = StreamingMLLM("effects", EffectPlan((spec,)), samplerate=48000)
    assert stream.process([0.1] * 100).shape == (100,)
