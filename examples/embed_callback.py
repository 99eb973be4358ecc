"""Embed StreamingMLLM in your own sounddevice callback: microphone to speakers.

    python examples/embed_callback.py "make it sound like a robot"

Use headphones: speakers next to the microphone make a feedback loop.
The callback only calls ``process`` on the block and copies the result out;
``streaming-mllm live`` does the same with xrun counting, a status line and
recording.
"""

from __future__ import annotations

import sys

import sounddevice as sd

from streaming_mllm import StreamingMLLM

prompt = sys.argv[1] if len(sys.argv) > 1 else "make it sound like a robot"
samplerate = int(sd.query_devices(kind="input")["default_samplerate"])
stream = StreamingMLLM("effects", prompt, samplerate=samplerate, channels=1)


def callback(indata, outdata, frames, time, status):
    outdata[:] = stream.process(indata)  # (frames, 1) in, (frames, 1) out


with sd.Stream(samplerate=samplerate, blocksize=stream.hop_length, channels=1,
               dtype="float32", callback=callback):
    print(f"{prompt!r}: latency {1000 * stream.latency_seconds:.1f} ms + the device's; "
          "Enter stops")
    input()
