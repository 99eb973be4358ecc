"""The streaming contract: any chunking gives the offline output; causality."""

from __future__ import annotations

import numpy as np
import pytest

from streaming_mllm import (
    DEFAULT_CONFIG,
    AudioInputError,
    AudioTextToAudioMLLM,
    AudioTypeError,
    ConfigError,
    RingBuffer,
    StreamError,
    StreamingMLLM,
)
from streaming_mllm.effects.model import EffectsModel
from streaming_mllm.effects.plan import EffectPlan, EffectSpec
from streaming_mllm.effects.registry import EFFECTS

PROMPT = "make it sound like a robot"
N = 12_345


@pytest.fixture(scope="module")
def model() -> AudioTextToAudioMLLM:
    return AudioTextToAudioMLLM(DEFAULT_CONFIG)


def limited(y: np.ndarray, sr: int = 16000) -> np.ndarray:
    """The engine's -1 dBFS output limiter over a whole signal: what the
    stream does to the seed's raw ``generate`` output."""
    from streaming_mllm.effects.base import EffectContext
    from streaming_mllm.effects.limiter import Limiter

    lim = Limiter(EffectContext(sr, 1024, 256))
    y2 = y.reshape(len(y), -1)
    return lim.process(y2, lim.new_state(y2.shape[1])).reshape(y.shape)


def signal(n: int = N, channels: int = 0, seed: int = 0) -> np.ndarray:
    shape = (n,) if not channels else (n, channels)
    return (0.3 * np.random.default_rng(seed).standard_normal(shape)).astype(np.float32)


def chunk_sizes(kind, n: int) -> list[int]:
    if kind == "random":
        rng = np.random.default_rng(42)
        sizes = []
        while sum(sizes) < n:
            sizes.append(int(rng.integers(0, 3000)))
        return sizes
    return [kind] * (n // kind + 1)


def stream_in_chunks(stream: StreamingMLLM, x: np.ndarray, sizes: list[int]) -> np.ndarray:
    outs, pos = [], 0
    for size in sizes:
        chunk = x[pos : pos + size]
        y = stream.process(chunk)
        assert y.shape == chunk.shape
        outs.append(y)
        pos += size
    assert pos >= len(x)
    return np.concatenate(outs)


CHUNKINGS = [1, 2, 7, 97, 512, 513, 1024, 4099, 100_000, "random"]


@pytest.mark.parametrize("sizes", CHUNKINGS)
def test_stream_equals_generate(model, sizes):
    x = signal()
    stream = StreamingMLLM(model, PROMPT, samplerate=16000)
    y = stream_in_chunks(stream, x, chunk_sizes(sizes, len(x)))
    L = stream.latency_samples
    np.testing.assert_array_equal(y[:L], 0)  # silence before the first output
    streamed = np.concatenate([y[L:], stream.flush()])
    ref = limited(model.generate(x, PROMPT))
    assert streamed.shape == ref.shape
    np.testing.assert_allclose(streamed, ref, rtol=1e-5, atol=1e-5 * np.abs(ref).max())


def test_latency_is_frame_minus_one_and_minimal(model):
    stream = StreamingMLLM(model, PROMPT, samplerate=16000)
    assert stream.latency_samples == model.frame_length - 1 == 1023
    # The first output sample depends on input sample frame_length - 1:
    # one sample less of delay and it would be needed before it arrives.
    x = signal(4096)
    y = StreamingMLLM(model, PROMPT).process(x)
    x2 = x.copy()
    x2[model.frame_length - 1] += 1.0
    y2 = StreamingMLLM(model, PROMPT).process(x2)
    changed = np.flatnonzero(np.abs(y2 - y) > 1e-6)
    assert changed[0] == stream.latency_samples


def test_appending_input_never_changes_earlier_output(model):
    x = signal(9000)
    a = StreamingMLLM(model, PROMPT).process(x[:5000])
    longer = x.copy()
    longer[5000:] = signal(4000, seed=9)  # different future
    b = StreamingMLLM(model, PROMPT).process(longer)
    np.testing.assert_array_equal(b[:5000], a)


def test_channels_are_independent_streams(model):
    a, b = signal(6000, seed=1), signal(6000, seed=2)
    stereo = StreamingMLLM(model, PROMPT, channels=2)
    both = stream_in_chunks(stereo, np.stack([a, b], axis=1), [333] * 19)
    tail = stereo.flush()
    for ch, x in enumerate((a, b)):
        mono = StreamingMLLM(model, PROMPT)
        y = stream_in_chunks(mono, x, [333] * 19)
        np.testing.assert_allclose(both[:, ch], y, atol=1e-5)
        np.testing.assert_allclose(tail[:, ch], mono.flush(), atol=1e-5)


def test_reset_starts_fresh_without_reencoding_the_prompt(model, monkeypatch):
    stream = StreamingMLLM(model, PROMPT)
    x = signal(5000)
    first = stream.process(x)
    calls = []
    monkeypatch.setattr(model, "encode_prompt", lambda text: calls.append(text))
    stream.reset()
    np.testing.assert_array_equal(stream.process(x), first)
    assert calls == []


def test_prompt_is_encoded_once(model, monkeypatch):
    calls = []
    original = model.encode_prompt
    monkeypatch.setattr(model, "encode_prompt", lambda t: calls.append(t) or original(t))
    stream = StreamingMLLM(model, PROMPT)
    for _ in range(50):
        stream.process(signal(512))
    assert calls == [PROMPT]


def test_flush_ends_the_stream_and_empty_chunks_are_fine(model):
    stream = StreamingMLLM(model, PROMPT)
    assert stream.process(np.zeros(0, np.float32)).shape == (0,)
    x = signal(3000)
    ref = limited(model.generate(x, PROMPT), 48000)
    y = stream.process(x)
    out = np.concatenate([y[stream.latency_samples :], stream.flush()])
    np.testing.assert_allclose(out, ref, rtol=1e-5, atol=1e-5)
    # after flush, a fresh stream
    y2 = stream.process(x)
    np.testing.assert_array_equal(y2, y)


def test_short_stream_flush_gives_the_prompt_blocks_only(model):
    stream = StreamingMLLM(model, PROMPT)
    stream.process(signal(100))
    assert stream.flush().shape == (len(PROMPT) * 512,)


def test_nonfinite_samples_become_silence_and_are_counted(model):
    x = signal(6000)
    bad = x.copy()
    bad[[10, 2000, 2001]] = [np.nan, np.inf, -np.inf]
    clean = x.copy()
    clean[[10, 2000, 2001]] = 0
    stream = StreamingMLLM(model, PROMPT)
    y = stream.process(bad)
    assert stream.nonfinite_samples == 3
    assert np.isfinite(y).all()
    np.testing.assert_array_equal(y, StreamingMLLM(model, PROMPT).process(clean))


def test_output_frame_length_other_than_hop_is_refused_with_reason():
    model = AudioTextToAudioMLLM({**DEFAULT_CONFIG, "output_frame_length": 300})
    with pytest.raises(StreamError, match=r"output_frame_length \(300\) must equal hop_length"):
        StreamingMLLM(model, PROMPT)


@pytest.mark.parametrize(
    ("chunk", "exc", "words"),
    [
        (np.zeros((10, 3), np.float32), AudioInputError, "expected a chunk of shape (n, 2)"),
        (np.zeros(10, np.float32), AudioInputError, "for 2 channels, got shape (10,)"),
        (np.zeros((2, 2, 2), np.float32), AudioInputError, "got shape (2, 2, 2)"),
        (np.zeros((10, 2), np.int32), AudioTypeError, "int32"),
    ],
)
def test_bad_chunks_are_named(model, chunk, exc, words):
    stream = StreamingMLLM(model, PROMPT, channels=2)
    with pytest.raises(exc) as info:
        stream.process(chunk)
    assert words in str(info.value)


def test_unknown_model_name():
    with pytest.raises(ConfigError, match="unknown model 'banana': expected one of effects, seed"):
        StreamingMLLM("banana", "robot")


def test_ring_buffer_wraps_and_never_overwrites():
    rb = RingBuffer(5, channels=2)
    data = np.arange(14, dtype=np.float32).reshape(7, 2)
    rb.write(data[:4])
    np.testing.assert_array_equal(rb.read(3), data[:3])
    rb.write(data[4:7])  # wraps
    assert len(rb) == 4 and rb.space == 1
    with pytest.raises(BufferError, match="overflow: 2 samples written with 1 free"):
        rb.write(data[:2])
    assert len(rb) == 4  # the refused write changed nothing
    np.testing.assert_array_equal(rb.read(4), data[3:7])
    with pytest.raises(BufferError, match="underflow"):
        rb.read(1)


def test_a_huge_chunk_takes_no_memory_beyond_its_output(model):
    # 1.5 M samples in one call: what is allocated besides the returned array
    # (6 MB) and the input's validity mask (1.5 MB) stays under 1.5 MB, so
    # no buffer grows with the chunk (rings sized to it would add 6 MB or more)
    import tracemalloc

    stream = StreamingMLLM(model, PROMPT)
    x = signal(1_500_000)
    stream.process(x[:5000])
    tracemalloc.start()
    y = stream.process(x)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < y.nbytes + len(x) + 1_500_000, peak


@pytest.mark.parametrize("sr", [16000, 44100, 48000])
def test_a_mono_input_spread_to_two_channels_gets_a_decorrelated_reverb(sr):
    from reverb_metrics import iacc_late

    stream = StreamingMLLM("effects", "a 2 second reverb, 100% wet, predelay 0", samplerate=sr,
                           channels=1, output_channels=2)
    assert (stream.channels, stream.output_channels) == (1, 2)
    x = np.zeros(int(2.5 * sr), np.float32)
    x[0] = 0.5
    y = stream.process_all(x).astype(np.float64)
    assert y.ndim == 2 and y.shape[1] == 2 and len(y) >= len(x)
    assert iacc_late(y[:, 0], y[:, 1], sr) <= 0.1


def test_output_channels_stream_in_any_chunks_and_keep_the_dry_on_both_sides():
    sr = 48000
    x = (0.1 * np.random.default_rng(4).standard_normal(3 * 4096)).astype(np.float32)
    whole = StreamingMLLM("effects", "reverb", samplerate=sr, output_channels=2).process(x)
    stream = StreamingMLLM("effects", "reverb", samplerate=sr, output_channels=2)
    rng = np.random.default_rng(5)
    pieces, i = [], 0
    while i < len(x):
        n = int(rng.integers(1, 3000))
        pieces.append(stream.process(x[i : i + n]))
        i += n
    assert all(p.shape[1:] == (2,) for p in pieces)
    np.testing.assert_allclose(np.concatenate(pieces), whole, atol=1e-5)
    clean = StreamingMLLM("effects", "clean", samplerate=sr, output_channels=2)
    y = clean.process_all(x)
    np.testing.assert_array_equal(y, np.stack([x, x], axis=1))


def test_output_channels_must_match_a_multichannel_input():
    with pytest.raises(ConfigError, match=r"channels=2, output_channels=1"):
        StreamingMLLM("effects", "reverb", channels=2, output_channels=1)
    assert StreamingMLLM("effects", "reverb", channels=2, output_channels=2).output_channels == 2


def test_a_spread_mono_stream_switches_prompts_and_bypass():
    # the lanes of a switch get the input already spread to the output's channels
    sr = 48000
    s = StreamingMLLM("effects", "clean", samplerate=sr, channels=1, output_channels=2,
                      latency="frame")
    x = (0.1 * np.random.default_rng(6).standard_normal(512)).astype(np.float32)
    assert s.process(x).shape == (512, 2)
    s.set_prompt("like an old telephone")
    for _ in range(20):
        y = s.process(x)
    assert y.shape == (512, 2)
    np.testing.assert_array_equal(y[:, 0], y[:, 1])  # telephone treats both sides alike
    s.bypass = True
    for _ in range(20):
        y = s.process(x[:, None])
    s.bypass = False
    assert s.process(x).shape == (512, 2) and s.channels == 1
    assert s.flush().shape[1] == 2


SPREAD_PROMPTS = [
    "a deeper voice in a cathedral",  # pitch (once), then a stereo reverb
    "robot with a chorus",  # spectral once, the chorus's voices per side
    "distortion, then pan left with an echo",  # time effects only; pan spreads
    "add some hiss, a telephone and an echo",  # telephone and echo once, noise per side
    "pitch up 3 semitones with an echo",  # every effect alike: spread at the limiter
]


@pytest.mark.parametrize("prompt", SPREAD_PROMPTS)
@pytest.mark.parametrize("sr", [16000, 44100, 48000])
def test_a_spread_mono_input_gives_what_two_identical_channels_give(prompt, sr):
    """A mono input spread to two channels runs the effects before the first
    channel-dependent one once; the output is the stereo stream's, for any
    chunking."""
    x = (0.1 * np.random.default_rng(8).standard_normal(sr // 2)).astype(np.float32)
    want = StreamingMLLM("effects", prompt, samplerate=sr, channels=2).process_all(
        np.stack([x, x], axis=1))
    spread = StreamingMLLM("effects", prompt, samplerate=sr, channels=1, output_channels=2)
    got = spread.process_all(x)
    np.testing.assert_allclose(got, want, atol=2e-6, rtol=0)
    # in chunks of any size, as the stereo stream in the same chunks
    chunked = StreamingMLLM("effects", prompt, samplerate=sr, channels=1, output_channels=2)
    stereo = StreamingMLLM("effects", prompt, samplerate=sr, channels=2)
    rng = np.random.default_rng(9)
    pieces, twos, i = [], [], 0
    while i < len(x):
        n = int(rng.integers(1, 4000))
        pieces.append(chunked.process(x[i : i + n]))
        twos.append(stereo.process(np.stack([x[i : i + n]] * 2, axis=1)))
        i += n
    pieces.append(chunked.flush())
    twos.append(stereo.flush())
    np.testing.assert_allclose(np.concatenate(pieces), np.concatenate(twos), atol=2e-6, rtol=0)


def test_a_spread_mono_input_runs_the_alike_effects_once():
    """The pitch shift of "a deeper voice in a cathedral" holds one channel's
    state, the reverb after it two: the pitch is computed once."""
    s = StreamingMLLM("effects", "a deeper voice in a cathedral", channels=1, output_channels=2)
    names = [e.name for e in s.plan.effects]
    assert names == ["pitch", "reverb"]
    assert s._state.mono == 1
    assert s._state.ola.blocks.shape[1] == 1
    assert s._state.spectral and all(st is not None for st in s._state.spectral)
    # a stream given two channels computes both
    two = StreamingMLLM("effects", "a deeper voice in a cathedral", channels=2)
    assert two._state.mono == 0 and two._state.ola.blocks.shape[1] == 2


def test_per_channel_in_the_registry_is_what_each_effect_does():
    """``per_channel`` effects keep identical channels identical (so a spread
    input may run them once); the others do not, with settings that show it."""
    from streaming_mllm.effects.registry import EFFECTS

    x = (0.1 * np.random.default_rng(10).standard_normal(24000)).astype(np.float32)
    shown = {"pan": "pan left", "width": "pan left, then width 0.2", "autopan": "auto-pan 3 Hz"}
    for name, e in EFFECTS.items():
        if name == "width":
            continue  # identical channels have no side to scale: nothing to show
        y = StreamingMLLM("effects", shown.get(name, name), samplerate=24000,
                          channels=2).process_all(np.stack([x, x], axis=1))
        same = np.array_equal(y[:, 0], y[:, 1])
        assert same is e.per_channel, name


@pytest.mark.parametrize("name", sorted(EFFECTS))
def test_every_effect_on_a_spread_mono_input_is_what_two_identical_channels_give(name):
    """An effect run once on the mono signal must give what it gives each of
    two identical channels processed together (a level detector summing the
    channels would not); placed first, then after a per-channel effect."""
    sr = 24000
    x = (0.2 * np.random.default_rng(11).standard_normal(sr // 2)).astype(np.float32)
    for plan in (EffectPlan((EffectSpec(name),)),
                 EffectPlan((EffectSpec("distortion"), EffectSpec(name)))):
        want = StreamingMLLM(EffectsModel(), plan, samplerate=sr, channels=2).process_all(
            np.stack([x, x], axis=1))
        got = StreamingMLLM(EffectsModel(), plan, samplerate=sr, channels=1,
                            output_channels=2).process_all(x)
        np.testing.assert_allclose(got, want, atol=2e-6, rtol=0, err_msg=str(plan))
