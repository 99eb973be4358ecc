"""Live effect: microphone in, processed audio out, through one full-duplex stream.

The engine behind ``streaming-mllm live`` and ``streaming-mllm devices``.

Device selection
    Devices are chosen with the semantics of :mod:`sounddevice`: an integer
    index, or space-separated, case-insensitive substrings of
    ``"<device name>, <host API name>"``.  The stream runs at the input
    device's default sample rate unless one is asked for.

The audio callback
    It only moves samples: the input block is handed to
    :meth:`StreamingMLLM.process`, the result is copied into the output
    buffer, the status flags are counted as xruns, and, when recording, both
    blocks are copied into a preallocated ring whose slot numbers go through a
    queue to a writer thread.  Nothing is printed and no file is touched in the
    callback.  The block size defaults to the model's ``hop_length`` so that
    one input hop gives exactly one output block.

In the callback or in a worker thread
    Before the stream opens, :func:`measure_processing` times ``process`` on
    blocks of noise.  When the 99th percentile stays below
    :data:`IN_CALLBACK_FRACTION` (half) of the block period, ``process`` runs
    in the callback: no added latency.  Otherwise it runs in a worker thread
    between two bounded block rings; the output ring starts with ``prefill``
    blocks of silence, which the latency budget reports as ``buffering``.
    Measured on the 2-vCPU development machine at 48 kHz, as ``live``
    prints it before starting: the 99th percentile of ``process`` was
    0.10-0.15 ms per 10.67 ms block (512-sample hop) for ``clean``, and
    0.51 ms per 5.33 ms block (256-sample hop, which pitch prompts use) for
    ``up 3 semitones``; ``robot`` at 512 samples took about 0.34 ms.  That
    fits, so processing runs in the callback and the worker thread (tested,
    adds ``prefill * blocksize`` of latency) is used only for models measured
    too slow, or when forced.

Latency accounting
    ``algorithmic``
        ``StreamingMLLM.latency_samples``: the output is the input delayed by
        this many samples for the identity prompt ``clean``.
    ``device input`` / ``device output``
        ``Stream.latency`` of the stream as actually opened, which PortAudio
        derives from the host's own buffering and the ports' latencies.
    ``buffering``
        the worker thread's prefill (zero when processing in the callback).
    ``total``
        the sum of the four: the delay from sound at the microphone to sound
        at the speaker.

    Loopback check (see ``tests/test_live.py``): with a JACK server on the
    dummy driver at a period of 256, PortAudio reports an input latency of 0
    and an output latency of 512 samples (its own block of buffering plus the
    256-sample playback latency of the JACK ports).  Connecting the stream's
    own output port to its input port closes the loop in JACK, which breaks
    the cycle with one period of delay, standing in for the playback to
    capture path.  A sample written to the output comes back on the input
    512 samples later, which is exactly ``device input + device output``, so
    a click going round the loop through the identity prompt reappears every
    ``total`` samples.  That was measured for block sizes 128, 256, 512 and
    1024 (output latency 384, 512, 768 and 1280) on this machine.
"""

from __future__ import annotations

import math
import queue
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Literal, TextIO

import numpy as np

from .errors import DeviceError, StreamingMLLMError

__all__ = [
    "IN_CALLBACK_FRACTION",
    "DeviceInfo",
    "LatencyBudget",
    "LiveSummary",
    "ProcessingTiming",
    "RecordError",
    "feedback_risk",
    "find_device",
    "format_devices",
    "import_sounddevice",
    "list_devices",
    "measure_processing",
    "parse_latency",
    "rescan_devices",
    "run_live",
]

IN_CALLBACK_FRACTION = 0.5
"""Share of a block period that ``process`` may take (99th percentile) to run
inside the audio callback; above it, processing moves to a worker thread."""

SWITCH_INTERVAL = 0.0005
"""GIL switch interval in seconds while the stream runs (Python's default is 5 ms)."""

COMMON_SAMPLERATES = (8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000, 88200, 96000, 192000)

# paInputUnderflow | paInputOverflow | paOutputUnderflow | paOutputOverflow (not priming)
_XRUN_FLAGS = 0x1 | 0x2 | 0x4 | 0x8

PORTAUDIO_HELP = (
    "PortAudio library not found: install it with 'apt-get install libportaudio2' "
    "(Debian/Ubuntu), 'brew install portaudio' (macOS) or "
    "'conda install -c conda-forge portaudio'"
)

_VIRTUAL_WORDS = (
    "jack",
    "loopback",
    "virtual",
    "null",
    "dummy",
    "blackhole",
    "soundflower",
    "vb-audio",
    "cable",
    "monitor",
)
_HEADPHONE_WORDS = ("headphone", "headset", "earphone", "earbud", "airpods", "buds", "in-ear")


class RecordError(StreamingMLLMError, OSError):
    """A recording file cannot be opened or written."""


def import_sounddevice() -> ModuleType:
    """Import :mod:`sounddevice`, turning a missing PortAudio into a :class:`DeviceError`.

    Returns
    -------
    module
        The :mod:`sounddevice` module.

    Raises
    ------
    DeviceError
        If the PortAudio library or the :mod:`sounddevice` package is missing;
        the message says how to install it.
    """
    try:
        import sounddevice as sd
    except OSError as exc:  # "PortAudio library not found"
        raise DeviceError(PORTAUDIO_HELP) from exc
    except ImportError as exc:
        raise DeviceError(
            "the Python package 'sounddevice' is missing: pip install sounddevice"
        ) from exc
    return sd


def rescan_devices() -> None:
    """Re-initialize PortAudio so that it lists host APIs started since it was loaded.

    PortAudio sees a JACK server only if the server runs when PortAudio
    initializes.  Call this with no stream open.
    """
    sd = import_sounddevice()
    sd._terminate()
    sd._initialize()


@dataclass(frozen=True)
class DeviceInfo:
    """One audio device as PortAudio lists it."""

    index: int
    name: str
    hostapi: str
    max_input_channels: int
    max_output_channels: int
    default_samplerate: float
    default_low_input_latency: float = 0.0
    default_low_output_latency: float = 0.0
    is_default_input: bool = False
    is_default_output: bool = False

    @property
    def label(self) -> str:
        """``"[index] name (host API)"``."""
        return f"[{self.index}] {self.name} ({self.hostapi})"


def list_devices() -> list[DeviceInfo]:
    """List the audio devices PortAudio knows.

    Returns
    -------
    list of DeviceInfo
        In PortAudio's order; the index is what ``--input-device`` accepts.
    """
    sd = import_sounddevice()
    try:
        hostapis = sd.query_hostapis()
        devices = sd.query_devices()
        default_in, default_out = sd.default.device
    except sd.PortAudioError as exc:
        raise DeviceError(f"cannot list audio devices: {exc}") from exc
    if default_in is None or default_in < 0:
        default_in = _hostapi_default(hostapis, "input")
    if default_out is None or default_out < 0:
        default_out = _hostapi_default(hostapis, "output")
    out = []
    for i, d in enumerate(devices):
        out.append(
            DeviceInfo(
                index=i,
                name=str(d["name"]),
                hostapi=str(hostapis[d["hostapi"]]["name"]),
                max_input_channels=int(d["max_input_channels"]),
                max_output_channels=int(d["max_output_channels"]),
                default_samplerate=float(d["default_samplerate"]),
                default_low_input_latency=float(d["default_low_input_latency"]),
                default_low_output_latency=float(d["default_low_output_latency"]),
                is_default_input=i == default_in,
                is_default_output=i == default_out,
            )
        )
    return out


def _hostapi_default(hostapis: Sequence[dict[str, Any]], kind: str) -> int:
    """First host API default device of the given kind, or -1."""
    for api in hostapis:
        dev = api.get(f"default_{kind}_device", -1)
        if dev is not None and dev >= 0:
            return int(dev)
    return -1


def format_devices(devices: Sequence[DeviceInfo]) -> str:
    """Format devices as a table, marking the defaults (``>`` input, ``<`` output, ``*`` both).

    Parameters
    ----------
    devices : sequence of DeviceInfo
        As returned by :func:`list_devices`.

    Returns
    -------
    str
        One line per device after a header, no trailing newline.
    """
    if not devices:
        return "no audio devices found"
    wname = max(4, *(len(d.name) for d in devices))
    wapi = max(8, *(len(d.hostapi) for d in devices))
    lines = [
        f"    {'idx':>3}  {'name':<{wname}}  {'host API':<{wapi}}  {'in':>3}  {'out':>3}  rate"
    ]
    for d in devices:
        mark = (
            "*"
            if d.is_default_input and d.is_default_output
            else ">"
            if d.is_default_input
            else "<"
            if d.is_default_output
            else " "
        )
        lines.append(
            f"  {mark} {d.index:>3}  {d.name:<{wname}}  {d.hostapi:<{wapi}}  "
            f"{d.max_input_channels:>3}  {d.max_output_channels:>3}  {d.default_samplerate:g}"
        )
    lines.append("  (> default input, < default output, * both)")
    return "\n".join(lines)


def _devices_one_line(devices: Sequence[DeviceInfo]) -> str:
    if not devices:
        return "no audio devices found"
    return "devices: " + "; ".join(
        f"{d.label} {d.max_input_channels} in/{d.max_output_channels} out" for d in devices
    )


def find_device(spec: int | str | None, kind: Literal["input", "output"]) -> DeviceInfo:
    """Choose a device by index or by name, as :mod:`sounddevice` does.

    Parameters
    ----------
    spec : int, str or None
        An index (``3`` or ``"3"``), space-separated case-insensitive
        substrings of ``"<name>, <host API>"``, or ``None`` for the default.
    kind : {"input", "output"}
        Which direction the device must support.

    Returns
    -------
    DeviceInfo

    Raises
    ------
    DeviceError
        No such device, an ambiguous name, a device without channels in that
        direction, or no device at all; the message is one line and lists the
        devices.
    """
    sd = import_sounddevice()
    devices = list_devices()
    if not devices:
        raise DeviceError(
            "no audio devices found (is a sound card connected, or a JACK server running?)"
        )
    channels_of = (
        (lambda d: d.max_input_channels) if kind == "input" else (lambda d: d.max_output_channels)
    )
    if spec is None or (isinstance(spec, str) and not spec.strip()):
        chosen = [
            d
            for d in devices
            if (d.is_default_input if kind == "input" else d.is_default_output)
            and channels_of(d) > 0
        ]
        if not chosen:
            chosen = [d for d in devices if channels_of(d) > 0]
        if not chosen:
            raise DeviceError(f"no {kind} device found; {_devices_one_line(devices)}")
        return chosen[0]
    query: int | str = spec
    if isinstance(spec, str) and spec.strip().lstrip("-").isdigit():
        query = int(spec.strip())
    if isinstance(query, int):
        if not 0 <= query < len(devices):
            raise DeviceError(f"no {kind} device with index {query}; {_devices_one_line(devices)}")
        index = query
    else:
        try:
            index = int(sd.query_devices(query, kind)["index"])
        except (ValueError, sd.PortAudioError) as exc:
            first = str(exc).splitlines()[0].rstrip(":")
            raise DeviceError(f"{first}; {_devices_one_line(devices)}") from exc
    dev = devices[index]
    if channels_of(dev) <= 0:
        raise DeviceError(
            f"device {dev.label} has no {kind} channels; {_devices_one_line(devices)}"
        )
    return dev


def parse_latency(value: str | float | None) -> str | float:
    """Parse ``--latency``: ``"low"``, ``"high"`` or a number of seconds.

    Parameters
    ----------
    value : str, float or None
        ``None`` means ``"low"``.

    Returns
    -------
    str or float
        What :class:`sounddevice.Stream` accepts as ``latency``.

    Raises
    ------
    ValueError
        For anything else, or a negative number.
    """
    if value is None:
        return "low"
    if isinstance(value, str):
        v = value.strip().lower()
        if v in ("low", "high"):
            return v
        try:
            seconds = float(v)
        except ValueError:
            raise ValueError(
                f"latency must be 'low', 'high' or a number of seconds, not {value!r}"
            ) from None
    else:
        seconds = float(value)
    if not math.isfinite(seconds) or seconds < 0:
        raise ValueError(f"latency must be a non-negative number of seconds, not {value!r}")
    return seconds


def _is_virtual(dev: DeviceInfo) -> bool:
    text = f"{dev.name} {dev.hostapi}".lower()
    return any(w in text for w in _VIRTUAL_WORDS)


def feedback_risk(input_device: DeviceInfo, output_device: DeviceInfo) -> bool:
    """Whether a real microphone may hear real speakers (a howling feedback loop).

    Parameters
    ----------
    input_device, output_device : DeviceInfo

    Returns
    -------
    bool
        ``False`` when either device is JACK, virtual or a loopback, or when
        the output's name says headphones; ``True`` otherwise.
    """
    if _is_virtual(input_device) or _is_virtual(output_device):
        return False
    return not any(w in output_device.name.lower() for w in _HEADPHONE_WORDS)


@dataclass(frozen=True)
class LatencyBudget:
    """Where the delay from microphone to speaker comes from, in samples."""

    samplerate: int
    algorithmic: int
    device_input: int
    device_output: int
    buffering: int = 0

    @property
    def total(self) -> int:
        """Sum of all parts, in samples."""
        return self.algorithmic + self.device_input + self.device_output + self.buffering

    def ms(self, samples: int) -> float:
        """Convert samples to milliseconds at this budget's rate."""
        return 1000.0 * samples / self.samplerate

    def lines(self) -> list[str]:
        """The budget as printable lines."""
        parts = [
            ("algorithmic", self.algorithmic),
            ("device input", self.device_input),
            ("device output", self.device_output),
        ]
        if self.buffering:
            parts.append(("worker buffering", self.buffering))
        parts.append(("total", self.total))
        out = [f"latency budget at {self.samplerate} Hz:"]
        out += [f"  {name:<16} {n:>6} samples  {self.ms(n):7.2f} ms" for name, n in parts]
        return out


@dataclass(frozen=True)
class ProcessingTiming:
    """Time ``process`` takes per block, in seconds, against the block period."""

    blocksize: int
    period: float
    mean: float
    p99: float
    max: float

    @property
    def fits_in_callback(self) -> bool:
        """Whether the 99th percentile fits in :data:`IN_CALLBACK_FRACTION` of a period."""
        return self.p99 <= IN_CALLBACK_FRACTION * self.period


def measure_processing(processor: Any, blocksize: int, blocks: int = 60) -> ProcessingTiming:
    """Time ``processor.process`` on blocks of noise, then reset the processor.

    Parameters
    ----------
    processor : StreamingMLLM
        Anything with ``process``, ``reset``, ``samplerate`` and ``channels``.
    blocksize : int
        Samples per block.
    blocks : int, default 60
        How many blocks to time (after a few warm-up blocks).

    Returns
    -------
    ProcessingTiming
    """
    rng = np.random.default_rng(0)
    x = (0.1 * rng.standard_normal((blocksize, processor.channels))).astype(np.float32)
    for _ in range(5):
        processor.process(x)
    times = np.empty(blocks)
    for i in range(blocks):
        t0 = time.perf_counter()
        processor.process(x)
        times[i] = time.perf_counter() - t0
    processor.reset()
    return ProcessingTiming(
        blocksize=blocksize,
        period=blocksize / processor.samplerate,
        mean=float(times.mean()),
        p99=float(np.percentile(times, 99)),
        max=float(times.max()),
    )


@dataclass
class LiveSummary:
    """What a live run did."""

    budget: LatencyBudget
    blocksize: int
    channels: int
    input_device: DeviceInfo
    output_device: DeviceInfo
    worker: bool
    timing: ProcessingTiming
    frames: int = 0
    elapsed: float = 0.0
    xruns: int = 0
    underruns: int = 0
    overruns: int = 0
    record_dropped: int = 0
    nonfinite_samples: int = 0
    callback_mean: float = 0.0
    callback_max: float = 0.0
    interrupted: bool = False
    xrun_log: list[tuple[int, int]] = field(default_factory=list)
    recorded: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        """One-line summary."""
        rate = self.budget.samplerate
        text = (
            f"stopped after {self.frames / rate:.2f} s ({self.frames} frames): "
            f"{self.xruns} xruns, latency {self.budget.total} samples "
            f"({self.budget.ms(self.budget.total):.1f} ms), "
            f"process {1000 * self.callback_mean:.2f}/{1000 * self.callback_max:.2f} ms "
            f"mean/max per {1000 * self.timing.period:.2f} ms block"
        )
        if self.worker:
            text += f", worker thread ({self.underruns} underruns, {self.overruns} overruns)"
        if self.record_dropped:
            text += f", {self.record_dropped} blocks not recorded"
        if self.nonfinite_samples:
            text += f", {self.nonfinite_samples} NaN/Inf input samples silenced"
        for path, n in self.recorded.items():
            text += f", wrote {path} ({n / rate:.2f} s)"
        return text


class _BlockRing:
    """Single-producer single-consumer ring of fixed-size blocks (preallocated)."""

    def __init__(self, capacity: int, blocksize: int, channels: int) -> None:
        self.data = np.zeros((capacity, blocksize, channels), dtype=np.float32)
        self.frames = np.zeros(capacity, dtype=np.int64)
        self.capacity = capacity
        self.head = 0  # blocks written (producer only)
        self.tail = 0  # blocks read (consumer only)

    def available(self) -> int:
        return self.head - self.tail

    def push(self, block: np.ndarray) -> bool:
        if self.head - self.tail >= self.capacity:
            return False
        slot = self.head % self.capacity
        n = min(len(block), self.data.shape[1])
        self.data[slot, :n] = block[:n]
        self.frames[slot] = n
        self.head += 1
        return True

    def peek(self) -> np.ndarray:
        slot = self.tail % self.capacity
        return self.data[slot, : self.frames[slot]]

    def pop_into(self, out: np.ndarray) -> bool:
        if self.head == self.tail:
            return False
        slot = self.tail % self.capacity
        n = min(len(out), int(self.frames[slot]))
        out[:n] = self.data[slot, :n]
        out[n:] = 0
        self.tail += 1
        return True

    def drop(self) -> None:
        self.tail += 1


class _Recorder:
    """Writes blocks to sound files from a non-real-time thread.

    The callback copies a block into a preallocated slot and puts the slot
    number into a queue; the writer thread writes it and frees the slot.
    """

    def __init__(
        self,
        out_path: str | None,
        in_path: str | None,
        samplerate: int,
        channels: int,
        blocksize: int,
        seconds: float = 4.0,
    ) -> None:
        import soundfile as sf

        self.capacity = max(8, int(seconds * samplerate / blocksize))
        self.blocksize = blocksize
        self.files: list[tuple[str, Any, np.ndarray | None, bool]] = []
        self.written_frames: dict[str, int] = {}
        self.out_slots = self.in_slots = None
        shape = (self.capacity, blocksize, channels)
        try:
            for path, is_out in ((out_path, True), (in_path, False)):
                if path is None:
                    continue
                subtype = "FLOAT" if str(path).lower().endswith((".wav", ".w64", ".caf")) else None
                f = sf.SoundFile(str(path), "w", samplerate, channels, subtype=subtype)
                slots = np.zeros(shape, dtype=np.float32)
                if is_out:
                    self.out_slots = slots
                else:
                    self.in_slots = slots
                self.files.append((str(path), f, slots, is_out))
                self.written_frames[str(path)] = 0
        except (OSError, RuntimeError, TypeError, ValueError) as exc:
            self.close()
            raise RecordError(f"cannot write {path}: {str(exc).splitlines()[0]}") from exc
        self.frames = np.zeros(self.capacity, dtype=np.int64)
        self.queue: queue.SimpleQueue[int | None] = queue.SimpleQueue()
        self.pushed = 0
        self.done = 0
        self.dropped = 0
        self.error: BaseException | None = None
        self.thread = threading.Thread(
            target=self._run, name="streaming-mllm-recorder", daemon=True
        )

    def start(self) -> None:
        self.thread.start()

    def push(self, indata: np.ndarray, outdata: np.ndarray) -> None:
        """Called from the audio callback: copy, enqueue, never block."""
        if self.pushed - self.done >= self.capacity:
            self.dropped += 1
            return
        slot = self.pushed % self.capacity
        n = min(len(indata), self.blocksize)
        if self.in_slots is not None:
            self.in_slots[slot, :n] = indata[:n]
        if self.out_slots is not None:
            # the processed channels (a mono effect is played on two)
            self.out_slots[slot, :n] = outdata[:n, : self.out_slots.shape[2]]
        self.frames[slot] = n
        self.pushed += 1
        self.queue.put_nowait(slot)

    def _run(self) -> None:
        try:
            while True:
                slot = self.queue.get()
                if slot is None:
                    break
                n = int(self.frames[slot])
                for path, f, slots, _ in self.files:
                    f.write(slots[slot, :n])
                    self.written_frames[path] += n
                self.done += 1
        except BaseException as exc:  # reported after the run
            self.error = exc

    def stop(self) -> None:
        """Drain everything queued, then close the files."""
        try:
            if self.thread.is_alive():
                self.queue.put(None)
                self.thread.join()
        finally:
            self.close()

    def close(self) -> None:
        for _, f, _, _ in self.files:
            try:
                f.close()
            except Exception:  # closing is best effort
                pass


class _Engine:
    """State shared between the audio callback and the other threads."""

    def __init__(
        self,
        sd: ModuleType,
        processor: Any,
        blocksize: int,
        channels: int,
        worker: bool,
        prefill: int,
        recorder: _Recorder | None,
        target_frames: int | None,
    ) -> None:
        self.sd = sd
        self.processor = processor
        self.blocksize = blocksize
        self.channels = channels
        self.worker = worker
        self.recorder = recorder
        self.target_frames = target_frames
        self.frames = 0
        self.xruns = 0
        self.xrun_log = [(0, 0)] * 16  # (frame, PortAudio status flags) of the first xruns
        self.underruns = 0
        self.overruns = 0
        self.owed = 0
        self.peak_in = 0.0
        self.peak_out = 0.0
        self.cb_total = 0.0
        self.cb_max = 0.0
        self.cb_count = 0
        self.error: BaseException | None = None
        self.finished = threading.Event()
        self.stopping = threading.Event()
        if worker:
            capacity = max(8, 4 * prefill)
            self.in_ring = _BlockRing(capacity, blocksize, channels)
            self.out_ring = _BlockRing(capacity, blocksize, channels)
            silence = np.zeros((blocksize, channels), dtype=np.float32)
            for _ in range(prefill):
                self.out_ring.push(silence)
            self.wake = threading.Event()
            self.thread = threading.Thread(
                target=self._work, name="streaming-mllm-worker", daemon=True
            )

    # -- real-time side -------------------------------------------------
    def callback(
        self, indata: np.ndarray, outdata: np.ndarray, frames: int, time_info: Any, status: Any
    ) -> None:
        t0 = time.perf_counter()
        flags = status._flags & _XRUN_FLAGS
        if flags:
            if self.xruns < len(self.xrun_log):
                self.xrun_log[self.xruns] = (self.frames, flags)
            self.xruns += 1
        try:
            if self.worker:
                if not self.in_ring.push(indata):
                    self.overruns += 1
                self.wake.set()
                ring = self.out_ring
                while self.owed and ring.available():
                    ring.drop()
                    self.owed -= 1
                if not ring.pop_into(outdata):
                    outdata.fill(0)
                    self.underruns += 1
                    self.owed += 1
            else:
                outdata[:] = self.processor.process(indata)
        except BaseException as exc:
            self.error = exc
            outdata.fill(0)
            raise self.sd.CallbackAbort from exc
        peak = float(np.abs(indata).max()) if frames else 0.0
        if peak > self.peak_in:
            self.peak_in = peak
        peak = float(np.abs(outdata).max()) if frames else 0.0
        if peak > self.peak_out:
            self.peak_out = peak
        if self.recorder is not None:
            self.recorder.push(indata, outdata)
        self.frames += frames
        dt = time.perf_counter() - t0
        self.cb_total += dt
        self.cb_count += 1
        if dt > self.cb_max:
            self.cb_max = dt
        if self.target_frames is not None and self.frames >= self.target_frames:
            raise self.sd.CallbackStop

    def on_finished(self) -> None:
        self.finished.set()

    # -- worker side ------------------------------------------------------
    def _work(self) -> None:
        inr, outr = self.in_ring, self.out_ring
        buf = np.zeros((self.blocksize, self.channels), dtype=np.float32)
        try:
            while not self.stopping.is_set():
                self.wake.wait(0.1)
                self.wake.clear()
                while inr.available():
                    x = inr.peek()
                    n = len(x)
                    buf[:n] = x
                    inr.drop()
                    y = self.processor.process(buf[:n])
                    while not outr.push(y):
                        if self.stopping.is_set():
                            return
                        time.sleep(0.0005)
        except BaseException as exc:
            self.error = exc
            self.finished.set()

    def start_worker(self) -> None:
        if self.worker:
            self.thread.start()

    def stop_worker(self) -> None:
        self.stopping.set()
        if self.worker:
            self.wake.set()
            self.thread.join(timeout=5)


def _dbfs(peak: float) -> str:
    if peak <= 1e-10:
        return " -inf"
    return f"{20 * math.log10(peak):5.1f}"


def _check_samplerate(
    sd: ModuleType, dev: DeviceInfo, kind: str, samplerate: int, channels: int
) -> None:
    check = sd.check_input_settings if kind == "input" else sd.check_output_settings
    try:
        check(device=dev.index, channels=channels, dtype="float32", samplerate=samplerate)
        return
    except (ValueError, sd.PortAudioError):
        pass
    ok = []
    for rate in sorted({*COMMON_SAMPLERATES, int(dev.default_samplerate)}):
        try:
            check(device=dev.index, channels=channels, dtype="float32", samplerate=rate)
            ok.append(rate)
        except (ValueError, sd.PortAudioError):
            continue
    supported = ", ".join(str(r) for r in ok) if ok else "none of the common rates"
    raise DeviceError(
        f"{kind} device {dev.label} does not support {samplerate} Hz with {channels} channel(s); "
        f"it supports: {supported}"
    )


def run_live(
    prompt: str,
    *,
    model: str = "effects",
    input_device: int | str | None = None,
    output_device: int | str | None = None,
    samplerate: int | None = None,
    channels: int = 1,
    blocksize: int | None = None,
    latency: str | float | None = "low",
    duration: float | None = None,
    record: str | None = None,
    record_input: str | None = None,
    worker: bool | None = None,
    prefill: int | None = None,
    on_start: Callable[[Any, LatencyBudget], None] | None = None,
    stop_event: threading.Event | None = None,
    echo: Callable[[str], None] | None = None,
    status_stream: TextIO | None = None,
    status_interval: float = 0.2,
) -> LiveSummary:
    """Run the live effect until ``duration``, ``stop_event`` or Ctrl-C.

    Parameters
    ----------
    prompt : str
        The text that chooses the effect (``"clean"`` is the identity).
    model : {"effects", "seed"}, default "effects"
        Which :class:`~streaming_mllm.StreamingMLLM` model to run.
    input_device, output_device : int, str or None
        Index or name substrings (see :func:`find_device`); ``None`` is the default.
    samplerate : int, optional
        Defaults to the input device's default rate.
    channels : int, default 1
        Channels in and out.
    blocksize : int, optional
        Frames per callback; defaults to the model's ``hop_length``.
    latency : {"low", "high"} or float, default "low"
        Device latency asked of PortAudio (seconds if a number).
    duration : float, optional
        Seconds of audio after which the run stops by itself.
    record, record_input : str, optional
        Files for the processed output and the dry input.
    worker : bool, optional
        Force processing in a worker thread (``True``) or in the callback
        (``False``); ``None`` decides by :func:`measure_processing`.
    prefill : int, optional
        Blocks of silence buffered ahead of the worker thread; default from
        the measured processing time (at least 2).
    on_start : callable, optional
        ``on_start(stream, budget)`` is called once the stream runs (tests
        wire JACK ports there).
    stop_event : threading.Event, optional
        Set it to stop the run as Ctrl-C would.
    echo : callable, optional
        Receives the latency budget and warnings, one line per call.
    status_stream : text file, optional
        Where the status line is updated in place with ``\\r``.
    status_interval : float, default 0.2
        Seconds between status updates.

    Returns
    -------
    LiveSummary

    Raises
    ------
    DeviceError
        PortAudio missing, unknown device, unsupported rate, stream failure.
    RecordError
        A recording file cannot be written.
    StreamingMLLMError
        Any error of the model (prompt, configuration).
    """
    from . import StreamingMLLM

    sd = import_sounddevice()
    say = echo or (lambda _line: None)
    if channels < 1:
        raise DeviceError(f"channels must be at least 1, not {channels}")
    in_dev = find_device(input_device, "input")
    out_dev = find_device(output_device, "output")
    for dev, kind, have in (
        (in_dev, "input", in_dev.max_input_channels),
        (out_dev, "output", out_dev.max_output_channels),
    ):
        if have < channels:
            raise DeviceError(
                f"{kind} device {dev.label} has {have} {kind} channel(s), {channels} asked"
            )
    # A mono effect plays on both sides of a stereo output (headphones), not
    # in one ear: the callback's copy broadcasts the one channel to two.
    out_channels = 2 if channels == 1 and out_dev.max_output_channels >= 2 else channels
    rate = int(samplerate) if samplerate else int(round(in_dev.default_samplerate))
    if samplerate or out_dev.default_samplerate != in_dev.default_samplerate:
        _check_samplerate(sd, in_dev, "input", rate, channels)
        _check_samplerate(sd, out_dev, "output", rate, channels)
    lat = parse_latency(latency)

    processor = StreamingMLLM(model=model, prompt=prompt, samplerate=rate, channels=channels)
    for line in processor.warnings():
        say(line)
    block = int(blocksize) if blocksize else int(processor.hop_length)
    if block < 1:
        raise DeviceError(f"blocksize must be at least 1, not {block}")
    timing = measure_processing(processor, block)
    use_worker = (not timing.fits_in_callback) if worker is None else bool(worker)
    if prefill is None:
        prefill = max(2, math.ceil(timing.p99 / timing.period) + 1)
    buffering = prefill * block if use_worker else 0

    if feedback_risk(in_dev, out_dev):
        say(
            f"warning: {in_dev.name} -> {out_dev.name} looks like a microphone and speakers; "
            "use headphones to prevent a howling feedback loop"
        )

    recorder = None
    if record or record_input:
        recorder = _Recorder(record, record_input, rate, channels, block)
    target = None if duration is None else max(1, int(round(duration * rate)))
    engine = _Engine(sd, processor, block, channels, use_worker, prefill, recorder, target)
    summary: LiveSummary | None = None
    t_start = time.monotonic()
    switch_interval = sys.getswitchinterval()
    # The callback is Python: a thread that holds the GIL may keep it for the whole
    # switch interval (5 ms by default, about one block); ask for it back sooner.
    sys.setswitchinterval(min(switch_interval, SWITCH_INTERVAL))
    try:
        if recorder is not None:
            recorder.start()
        engine.start_worker()
        try:
            stream = sd.Stream(
                samplerate=rate,
                blocksize=block,
                device=(in_dev.index, out_dev.index),
                channels=(channels, out_channels),
                dtype="float32",
                latency=lat,
                callback=engine.callback,
                finished_callback=engine.on_finished,
            )
        except (sd.PortAudioError, ValueError) as exc:
            raise DeviceError(
                f"cannot open {in_dev.label} -> {out_dev.label} at {rate} Hz: "
                f"{str(exc).splitlines()[0]}"
            ) from exc
        with stream:
            lat_in, lat_out = stream.latency
            budget = LatencyBudget(
                samplerate=rate,
                algorithmic=int(processor.latency_samples),
                device_input=int(round(lat_in * rate)),
                device_output=int(round(lat_out * rate)),
                buffering=buffering,
            )
            summary = LiveSummary(
                budget=budget,
                blocksize=block,
                channels=channels,
                input_device=in_dev,
                output_device=out_dev,
                worker=use_worker,
                timing=timing,
            )
            say(
                f"{in_dev.label} -> {out_dev.label}, {channels} -> {out_channels} ch, "
                f"block {block}, prompt {prompt!r}"
            )
            for line in budget.lines():
                say(line)
            say(
                f"process: {1000 * timing.p99:.2f} ms (p99) per {1000 * timing.period:.2f} ms "
                f"block -> {'worker thread' if use_worker else 'in the audio callback'}"
            )
            if on_start is not None:
                on_start(stream, budget)
            t_start = time.monotonic()
            deadline = None if duration is None else t_start + duration + max(2.0, duration)
            try:
                while not engine.finished.is_set():
                    if stop_event is not None and stop_event.is_set():
                        break
                    if deadline is not None and time.monotonic() > deadline:
                        break
                    engine.finished.wait(status_interval)
                    if status_stream is not None:
                        pin, engine.peak_in = engine.peak_in, 0.0
                        pout, engine.peak_out = engine.peak_out, 0.0
                        xr = engine.xruns + engine.underruns + engine.overruns
                        status_stream.write(
                            f"\r{engine.frames / rate:7.1f} s  xruns {xr}  "
                            f"cpu {100 * stream.cpu_load:5.1f}%  in {_dbfs(pin)} dBFS  "
                            f"out {_dbfs(pout)} dBFS "
                        )
                        status_stream.flush()
            except KeyboardInterrupt:
                summary.interrupted = True
    finally:
        sys.setswitchinterval(switch_interval)
        engine.stop_worker()
        if status_stream is not None:
            status_stream.write("\n")
            status_stream.flush()
        if recorder is not None:
            recorder.stop()
    if engine.error is not None:
        err = engine.error
        if isinstance(err, StreamingMLLMError):
            raise err
        raise DeviceError(f"audio processing failed: {type(err).__name__}: {err}") from err
    if recorder is not None and recorder.error is not None:
        raise RecordError(f"recording failed: {recorder.error}") from recorder.error
    assert summary is not None
    summary.elapsed = time.monotonic() - t_start
    summary.frames = engine.frames
    summary.xruns = engine.xruns + engine.underruns + engine.overruns
    summary.underruns = engine.underruns
    summary.xrun_log = engine.xrun_log[: min(engine.xruns, len(engine.xrun_log))]
    summary.overruns = engine.overruns
    summary.nonfinite_samples = int(getattr(processor, "nonfinite_samples", 0))
    summary.callback_mean = engine.cb_total / max(1, engine.cb_count)
    summary.callback_max = engine.cb_max
    if recorder is not None:
        summary.record_dropped = recorder.dropped
        summary.recorded = dict(recorder.written_frames)
    return summary
