"""Long tails come out in bounded blocks (issue 7, defect 5)."""

from __future__ import annotations

import tracemalloc

import numpy as np

from streaming_mllm import StreamingMLLM
from streaming_mllm.effects.plan import EffectPlan, EffectSpec

LONG_ECHO = EffectPlan((EffectSpec("echo", {"delay_ms": 1000.0, "feedback": 0.95}),))


def test_flush_blocks_equal_flush_in_bounded_blocks():
    x = (0.1 * np.random.default_rng(0).standard_normal((9000, 3))).astype(np.float32)
    a = StreamingMLLM("effects", LONG_ECHO, samplerate=16000, channels=3)
    b = StreamingMLLM("effects", LONG_ECHO, samplerate=16000, channels=3)
    a.process(x)
    b.process(x)
    whole = a.flush()
    blocks = list(b.flush_blocks(5000))
    assert max(len(blk) for blk in blocks) <= 5000 and all(blk.shape[1] == 3 for blk in blocks)
    np.testing.assert_array_equal(np.concatenate(blocks), whole)
    # a zero-latency stream gave every input sample from process: the rest is
    # the echo ringing until the tail cap, 20 s
    assert a.latency_samples == 0 and len(whole) == 20 * 16000
    # and the stream was reset: the next flush of nothing is empty
    assert len(b.flush()) == 0


def test_tail_cut_at_the_cap_is_warned():
    stream = StreamingMLLM("effects", LONG_ECHO, samplerate=16000)
    lines = [w for w in stream.warnings() if "tail" in w]
    assert len(lines) == 1 and "capped at 20 s" in lines[0], stream.warnings()
    short = StreamingMLLM("effects", "with a bit of echo", samplerate=16000)
    assert not [w for w in short.warnings() if "tail" in w]


def test_tail_of_many_channels_takes_one_block_of_memory():
    channels = 32
    stream = StreamingMLLM("effects", LONG_ECHO, samplerate=48000, channels=channels)
    stream.process(np.full((4800, channels), 0.1, np.float32))
    tracemalloc.start()
    frames = 0
    for block in stream.flush_blocks(16384):
        frames += len(block)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    whole_tail = frames * channels * 4
    assert frames >= 20 * 48000
    # flush() would hold the whole 20 s tail (123 MB); blocks hold a few copies
    # of one 16384-frame block (4 MB in float64)
    assert peak < whole_tail / 4, (peak, whole_tail)


def test_many_channels_take_a_bounded_step_not_a_full_block_of_each():
    """A stream of 4,000 channels (the engine's step is a budget of values,
    not of frames): one block in and the tail out hold a few megabytes, where
    a full step of every channel (32,768 frames) would be 524 MB in float32 alone."""
    channels = 4000
    plan = EffectPlan((EffectSpec("reverb", {"decay_s": 0.3}),))
    x = np.full((256, channels), 0.1, np.float32)
    tracemalloc.start()
    stream = StreamingMLLM("effects", plan, samplerate=16000, channels=channels)
    first = stream.process(x)
    frames = sum(len(block) for block in stream.flush_blocks())
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert first.shape == (256, channels) and frames >= 0.3 * 16000
    assert peak < 100e6, peak  # measured 67 MB; with 16384-frame steps 3.2 GB
