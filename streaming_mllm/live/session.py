"""A live run: the devices, the model, the stream and its threads, opened and closed together.

:class:`LiveSession` is what ``streaming-mllm live`` drives::

    with LiveSession(LiveOptions(prompt="robot")) as session:   # open()
        print("\\n".join(session.budget.lines()))
        summary = session.run()                                  # until Ctrl-C
    print(summary.line())

``open()`` chooses the devices, builds the :class:`~streaming_mllm.StreamingMLLM`,
times it (:func:`~streaming_mllm.live.budget.measure_processing`), opens the
recorder and starts the full-duplex stream; ``run()`` waits until the
duration, a stop event or Ctrl-C, calling ``on_tick`` now and then (the
CLI's status line); ``close()`` stops the stream, the worker and the
recorder, then reports an error of any of them.  Nothing here prints.
"""

from __future__ import annotations

import gc
import math
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..errors import DeviceError, RecordError, StreamingMLLMError
from .budget import LatencyBudget, ProcessingTiming, measure_processing, parse_latency
from .devices import DeviceInfo, check_samplerate, feedback_risk, find_device, import_sounddevice
from .duplex import DuplexCallback
from .recorder import Recorder

__all__ = ["LiveOptions", "LiveSession", "LiveStatus", "LiveSummary"]

SWITCH_INTERVAL = 0.0005
"""GIL switch interval in seconds while the stream runs (Python's default is 5 ms)."""


@dataclass(frozen=True)
class LiveOptions:
    """What a live run uses.

    Parameters
    ----------
    prompt : str or EffectPlan, default "clean"
        The text that chooses the effect, or a plan (a preset).
    model : {"effects", "seed"}, default "effects"
    input_device, output_device : int, str or None
        Index or name substrings (see :func:`~streaming_mllm.live.devices.find_device`).
    samplerate : int, optional
        Defaults to the input device's default rate.
    channels : int, default 1
        Channels in and out (a mono effect plays on both sides of a stereo output).
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
        (``False``); ``None`` decides from the measured processing time.
    prefill : int, optional
        Blocks of silence ahead of the worker thread; default from the
        measured processing time (at least 2).
    crossfade_ms : float, default 30.0
        Fade length of a prompt switch or of bypass (:meth:`LiveSession.set_prompt`).
    fixed_prompt : bool, default False
        The prompt will not change during the run: the stream takes the
        prompt's own framing and latency (none for a chain of time-domain
        effects) instead of the frame of latency and the fine hop that let
        any later prompt in.
    """

    prompt: Any = "clean"
    model: str = "effects"
    input_device: int | str | None = None
    output_device: int | str | None = None
    samplerate: int | None = None
    channels: int = 1
    blocksize: int | None = None
    latency: str | float | None = "low"
    duration: float | None = None
    record: str | None = None
    record_input: str | None = None
    worker: bool | None = None
    prefill: int | None = None
    crossfade_ms: float = 30.0
    fixed_prompt: bool = False


@dataclass
class LiveSummary:
    """What a live run did.

    ``xruns`` are the driver's dropouts (PortAudio's callback flags);
    ``underruns`` and ``overruns`` are the worker thread's rings (zero when
    processing in the callback).  ``callback_max`` is the longest callback,
    in seconds.
    """

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
    xrun_log: list[tuple[int, str]] = field(default_factory=list)
    recorded: dict[str, int] = field(default_factory=dict)

    @property
    def dropouts(self) -> int:
        """Every block that was not played as processed: xruns, underruns, overruns."""
        return self.xruns + self.underruns + self.overruns

    def line(self) -> str:
        """One-line summary."""
        rate = self.budget.samplerate
        text = (
            f"stopped after {self.frames / rate:.2f} s ({self.frames} frames): "
            f"{self.xruns} xruns, latency {self.budget.total} samples "
            f"({self.budget.ms(self.budget.total):.1f} ms), "
            f"callback {1000 * self.callback_mean:.2f}/{1000 * self.callback_max:.2f} ms "
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


@dataclass(frozen=True)
class LiveStatus:
    """A snapshot of a running session, for a status line."""

    seconds: float
    xruns: int
    underruns: int
    overruns: int
    cpu_load: float
    peak_in: float
    peak_out: float


class LiveSession:
    """One live run; see the module docstring.

    Parameters
    ----------
    options : LiveOptions

    Attributes
    ----------
    processor : StreamingMLLM
        The running effect (after :meth:`open`).
    budget : LatencyBudget
        The latency of the stream as opened.
    timing : ProcessingTiming
        How long ``process`` took before the start.
    messages : list of str
        Warnings to show (prompt words not understood, feedback risk).
    """

    def __init__(self, options: LiveOptions) -> None:
        self.options = options
        self.processor: Any = None
        self.budget: LatencyBudget | None = None
        self.timing: ProcessingTiming | None = None
        self.input_device: DeviceInfo | None = None
        self.output_device: DeviceInfo | None = None
        self.output_channels = 0
        self.messages: list[str] = []
        self.interrupted = False
        self._sd: Any = None
        self._stream: Any = None
        self._duplex: DuplexCallback | None = None
        self._recorder: Recorder | None = None
        self._switch_interval = sys.getswitchinterval()
        self._froze = False  # whether this session froze the garbage collector
        self._t_start = 0.0
        self._summary: LiveSummary | None = None

    # -- opening ----------------------------------------------------------------
    def open(self) -> None:
        """Choose the devices, build and time the model, start the stream.

        Raises
        ------
        DeviceError
            PortAudio missing, unknown device, unsupported rate, stream failure.
        RecordError
            A recording file cannot be opened.
        StreamingMLLMError
            Any error of the model (prompt, configuration).
        """
        try:
            self._open()
        except BaseException:
            self._shutdown()
            raise

    def _open(self) -> None:
        from ..stream import StreamingMLLM

        o = self.options
        sd = self._sd = import_sounddevice()
        if o.channels < 1:
            raise DeviceError(f"channels must be at least 1, not {o.channels}")
        in_dev = self.input_device = find_device(o.input_device, "input")
        out_dev = self.output_device = find_device(o.output_device, "output")
        for dev, kind, have in (
            (in_dev, "input", in_dev.max_input_channels),
            (out_dev, "output", out_dev.max_output_channels),
        ):
            if have < o.channels:
                raise DeviceError(
                    f"{kind} device {dev.label} has {have} {kind} channel(s), {o.channels} asked"
                )
        # A mono input plays on both sides of a stereo output (headphones), not
        # in one ear: the stream spreads it to two channels before the effects,
        # so a reverb gives it a decorrelated stereo room.
        self.output_channels = (
            2 if o.channels == 1 and out_dev.max_output_channels >= 2 else o.channels
        )
        rate = int(o.samplerate) if o.samplerate else int(round(in_dev.default_samplerate))
        if o.samplerate or out_dev.default_samplerate != in_dev.default_samplerate:
            check_samplerate(in_dev, "input", rate, o.channels)
            check_samplerate(out_dev, "output", rate, o.channels)
        lat = parse_latency(o.latency)

        framing: dict[str, Any] = {"latency": "auto"}
        own_hop = None
        if not o.fixed_prompt:
            # latency="frame": a prompt that needs a frame fits later even when
            # this one needs none (a time-domain chain alone runs with none).
            framing["latency"] = "frame"
        if o.model == "effects" and not o.fixed_prompt:
            # The framing that serves every prompt (a pitch shift's 75 % overlap),
            # so that a prompt typed later switches without a change of framing or
            # latency.  The callback keeps the block the prompt alone would use
            # (its own hop: 512 samples at 48 kHz unless it shifts pitch), so the
            # callback rate and the device latency stay those of a fixed prompt;
            # the cost is twice the transforms for prompts that would run at 50 %.
            from ..effects.model import default_framing

            frame, hop = default_framing(rate)
            framing.update(frame_length=frame, hop_length=hop)
            plan = o.prompt if not isinstance(o.prompt, str) else None
            if plan is None:
                from ..effects.prompt import parse_prompt

                plan = parse_prompt(o.prompt)
            own_hop = default_framing(rate, [e.name for e in plan.effects])[1]
        processor = self.processor = StreamingMLLM(
            model=o.model, prompt=o.prompt, samplerate=rate, channels=o.channels,
            output_channels=self.output_channels, **framing
        )
        processor.crossfade_ms = float(o.crossfade_ms)
        self.messages += processor.warnings()
        block = int(o.blocksize or own_hop or processor.hop_length)
        if block < 1:
            raise DeviceError(f"blocksize must be at least 1, not {block}")
        timing = self.timing = measure_processing(processor, block)
        use_worker = (not timing.fits_in_callback) if o.worker is None else bool(o.worker)
        prefill = o.prefill
        if prefill is None:
            prefill = max(2, math.ceil(timing.p99 / timing.period) + 1)
        if feedback_risk(in_dev, out_dev):
            self.messages.append(
                f"warning: {in_dev.name} -> {out_dev.name} looks like a microphone and speakers; "
                "use headphones to prevent a howling feedback loop"
            )
        if o.record or o.record_input:
            self._recorder = Recorder(
                o.record, o.record_input, rate, o.channels, block,
                output_channels=self.output_channels,
            )
        target = None if o.duration is None else max(1, int(round(o.duration * rate)))
        duplex = self._duplex = DuplexCallback(
            sd, processor, block, o.channels, use_worker, prefill, self._recorder, target
        )
        # The callback is Python: a thread that holds the GIL may keep it for the whole
        # switch interval (5 ms by default, about one block); ask for it back sooner.
        sys.setswitchinterval(min(self._switch_interval, SWITCH_INTERVAL))
        if self._recorder is not None:
            self._recorder.start()
        duplex.start_worker()
        # Everything built so far (the prompt tables, the chain) lives as long as the
        # session, and a full collection of it takes 60-80 ms, several blocks, in
        # whichever thread allocates: the audio callback too.  Frozen, the collector
        # only walks what is made from now on.  (Left alone if the host froze some.)
        self._froze = gc.get_freeze_count() == 0
        if self._froze:
            gc.collect()
            gc.freeze()
        try:
            self._stream = sd.Stream(
                samplerate=rate,
                blocksize=block,
                device=(in_dev.index, out_dev.index),
                channels=(o.channels, self.output_channels),
                dtype="float32",
                latency=lat,
                callback=duplex.callback,
                finished_callback=duplex.on_finished,
            )
        except (sd.PortAudioError, ValueError) as exc:
            raise DeviceError(
                f"cannot open {in_dev.label} -> {out_dev.label} at {rate} Hz: "
                f"{str(exc).splitlines()[0]}"
            ) from exc
        self._stream.start()
        lat_in, lat_out = self._stream.latency
        self.budget = LatencyBudget(
            samplerate=rate,
            algorithmic=int(processor.latency_samples),
            device_input=int(round(lat_in * rate)),
            device_output=int(round(lat_out * rate)),
            buffering=prefill * block if use_worker else 0,
        )
        self._t_start = time.monotonic()

    @property
    def samplerate(self) -> int:
        return int(self.processor.samplerate)

    @property
    def blocksize(self) -> int:
        assert self._duplex is not None
        return self._duplex.blocksize

    @property
    def worker(self) -> bool:
        return self._duplex is not None and self._duplex.worker

    # -- control, from any thread but the audio callback ----------------------------
    def set_prompt(self, prompt: Any) -> list[str]:
        """Switch to ``prompt`` (text or plan) with the session's crossfade.

        Parsed here, in the caller's thread; the audio callback only starts
        the fade.  An invalid prompt raises and the stream goes on unchanged.

        Returns
        -------
        list of str
            Warnings about the prompt (words not understood, values clamped).
        """
        return self.processor.set_prompt(prompt, crossfade_ms=self.options.crossfade_ms)

    @property
    def bypass(self) -> bool:
        """Whether the dry input plays (settable; crossfades)."""
        return bool(self.processor.bypass)

    @bypass.setter
    def bypass(self, value: bool) -> None:
        self.processor.bypass = value

    # -- running ------------------------------------------------------------------
    def status(self) -> LiveStatus:
        """Counters now; the peaks are those since the previous call."""
        d = self._duplex
        assert d is not None and self._stream is not None
        pin, pout = d.take_peaks()
        return LiveStatus(
            seconds=d.frames / self.samplerate,
            xruns=d.xruns,
            underruns=d.underruns,
            overruns=d.overruns,
            cpu_load=float(self._stream.cpu_load),
            peak_in=pin,
            peak_out=pout,
        )

    def run(
        self,
        stop_event: threading.Event | None = None,
        on_tick: Callable[[LiveSession], None] | None = None,
        interval: float = 0.2,
    ) -> LiveSummary:
        """Wait until the duration has played, ``stop_event`` is set or Ctrl-C; then close.

        Parameters
        ----------
        stop_event : threading.Event, optional
            Set it to stop the run as Ctrl-C would.
        on_tick : callable, optional
            ``on_tick(session)`` every ``interval`` seconds (a status line).
        interval : float, default 0.2

        Returns
        -------
        LiveSummary
        """
        d = self._duplex
        assert d is not None and self._stream is not None, "open() the session first"
        duration = self.options.duration
        deadline = None if duration is None else time.monotonic() + duration + max(2.0, duration)
        try:
            while not d.finished.is_set():
                if stop_event is not None and stop_event.is_set():
                    break
                if deadline is not None and time.monotonic() > deadline:
                    break
                d.finished.wait(interval)
                if on_tick is not None:
                    on_tick(self)
        except KeyboardInterrupt:
            self.interrupted = True
        return self.close()

    # -- closing ------------------------------------------------------------------
    def _shutdown(self) -> None:
        try:
            if self._stream is not None:
                self._stream.close()
        finally:
            sys.setswitchinterval(self._switch_interval)
            if self._froze:
                gc.unfreeze()
                self._froze = False
            if self._duplex is not None:
                self._duplex.stop_worker()
            if self._recorder is not None:
                self._recorder.stop()

    def close(self) -> LiveSummary:
        """Stop and close everything, then raise any error of the run.

        Returns
        -------
        LiveSummary
            Also kept as :attr:`summary`.
        """
        if self._summary is not None:
            return self._summary
        d, rec = self._duplex, self._recorder
        assert d is not None and self.budget is not None and self.timing is not None
        self._shutdown()
        elapsed = time.monotonic() - self._t_start
        if d.error is not None:
            err = d.error
            if isinstance(err, StreamingMLLMError):
                raise err
            raise DeviceError(f"audio processing failed: {type(err).__name__}: {err}") from err
        if rec is not None and rec.error is not None:
            raise RecordError(f"recording failed: {rec.error}") from rec.error
        assert self.input_device is not None and self.output_device is not None
        self._summary = LiveSummary(
            budget=self.budget,
            blocksize=d.blocksize,
            channels=self.options.channels,
            input_device=self.input_device,
            output_device=self.output_device,
            worker=d.worker,
            timing=self.timing,
            frames=d.frames,
            elapsed=elapsed,
            xruns=d.xruns,
            underruns=d.underruns,
            overruns=d.overruns,
            record_dropped=rec.dropped if rec is not None else 0,
            nonfinite_samples=int(getattr(self.processor, "nonfinite_samples", 0)),
            callback_mean=d.callback_mean,
            callback_max=d.callback_max,
            interrupted=self.interrupted,
            xrun_log=list(d.xrun_log),
            recorded=dict(rec.written_frames) if rec is not None else {},
        )
        return self._summary

    @property
    def summary(self) -> LiveSummary | None:
        """The summary, once the session is closed."""
        return self._summary

    def __enter__(self) -> LiveSession:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._summary is None:
            if exc[0] is None:
                self.close()
            else:
                self._shutdown()
