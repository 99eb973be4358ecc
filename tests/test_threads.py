"""One stream, two threads (issue 7, defect 7): calls are serialized, the
stream is never corrupted."""

from __future__ import annotations

import threading

import numpy as np

from streaming_mllm import StreamingMLLM


def test_process_from_two_threads_is_serialized_and_keeps_alignment():
    stream = StreamingMLLM("effects", "robot", samplerate=48000, channels=2)
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def hammer(seed: int) -> None:
        rng = np.random.default_rng(seed)
        start.wait()
        try:
            for _ in range(300):
                n = int(rng.integers(1, 3000))
                y = stream.process((0.1 * rng.standard_normal((n, 2))).astype(np.float32))
                assert y.shape == (n, 2)
        except BaseException as exc:  # noqa: BLE001 - reported below, never swallowed
            errors.append(exc)

    threads = [threading.Thread(target=hammer, args=(s,)) for s in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert stream.samples_in == stream.samples_out
    # the rings are whole: after a reset the stream gives exactly what a fresh one gives
    stream.reset()
    x = np.zeros((4096, 2), np.float32)
    x[0] = 0.5
    fresh = StreamingMLLM("effects", "robot", samplerate=48000, channels=2)
    np.testing.assert_array_equal(stream.process(x), fresh.process(x))
