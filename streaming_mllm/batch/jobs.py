"""One file of a batch: the job, its options, its record, and the function that runs it.

:func:`process_job` runs one input through
:func:`~streaming_mllm.fileio.process_file` (the very function ``streaming-mllm
process`` uses) and returns its :class:`FileRecord`; every engine calls it.
"""

from __future__ import annotations

import glob
import json
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import StreamingMLLMError
from ..fileio import FileReport, process_file


class BatchError(StreamingMLLMError, ValueError):
    """A batch that cannot start: no inputs, clashing outputs, a bad manifest."""


class BatchInterrupted(KeyboardInterrupt):
    """The batch was stopped by Ctrl-C or a signal; no partial output is left.

    ``records`` holds the files finished before the interrupt, ``signum``
    the signal that stopped it.
    """

    def __init__(self, records: list[FileRecord], signum: int) -> None:
        super().__init__(f"interrupted by signal {signum}")
        self.records = records
        self.signum = signum


@dataclass
class FileRecord:
    """What happened to one file: one line of the ``--log`` file."""

    input: str
    output: str
    prompt: str | None
    plan: dict | None
    """The plan actually applied, as ``streaming-mllm explain --json`` prints
    it: a preset that ``--plan`` or a manifest's ``plan`` takes back."""
    seed: int | None
    duration: float | None
    """Seconds of input audio."""
    samplerate: int | None
    channels: int | None
    frames: int | None
    """Frames written to the output (how ``resume`` knows it is complete)."""
    seconds: float
    """Wall time spent on the file."""
    status: str
    """``"done"``, ``"failed"`` or ``"skipped"`` (already done, with ``resume``)."""
    error: str | None = None
    model: str = "effects"
    warnings: list[str] = field(default_factory=list)
    """What ``process`` would have warned about this file (a cut header,
    NaN/Inf input samples silenced)."""

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)


@dataclass(frozen=True)
class Job:
    """One file to process: absolute paths and the prompt chosen for it."""

    index: int
    input: str
    output: str
    prompt: str | None = None
    plan: dict | None = None
    """A preset (as ``explain --json`` prints it), used instead of ``prompt``."""


@dataclass(frozen=True)
class Options:
    """What every file of a batch shares, as for ``streaming-mllm process``."""

    model: str = "effects"
    chunk_size: int = 65536
    subtype: str | None = None
    seed: int | None = None


@dataclass
class BatchProgress:
    """Where a batch stands, for a progress display."""

    files_total: int
    files_done: int = 0
    failed: int = 0
    skipped: int = 0
    audio_seconds: float = 0.0
    """Seconds of input audio processed so far, the files in progress included."""
    _partial: dict[int, float] = field(default_factory=dict, repr=False)


def _plan_object(plan: dict) -> Any:
    """The :class:`~streaming_mllm.effects.plan.EffectPlan` of a preset dict."""
    from ..effects.preset import plan_from_dict

    return plan_from_dict(plan)


def _applied(plan: Any, prompt: str | None, report: FileReport | None = None) -> dict | None:
    """A plan as ``explain --json`` prints it (with the file's rate and the
    stream's latency when a report gives them)."""
    if plan is None:
        return None
    from ..effects.preset import plan_to_dict

    preset = plan_to_dict(plan, prompt)
    if report is not None:
        preset.update(samplerate=report.samplerate, latency_samples=report.latency_samples)
    return preset


# -- one file ------------------------------------------------------------------

def _failed(job: Job, options: Options, error: str, seconds: float = 0.0) -> FileRecord:
    return FileRecord(job.input, job.output, job.prompt, None, options.seed, None, None, None,
                      None, seconds, "failed", error, options.model)


def process_job(job: Job, options: Options,
                progress: Callable[[int, int], None] | None = None) -> FileRecord:
    """Process one file of a batch; every error becomes a failed record.

    ``progress`` is called with ``(frames_done, samplerate)``.
    """
    t0 = time.perf_counter()
    try:
        prompt: Any = _plan_object(job.plan) if job.plan is not None else job.prompt
        samplerate = 0

        def opened(report: FileReport) -> None:
            nonlocal samplerate
            samplerate = report.samplerate

        def callback(done: int) -> None:
            if progress is not None:
                progress(done, samplerate)

        report = process_file(
            job.input, job.output, prompt=prompt, model=options.model,
            chunk_size=options.chunk_size, subtype=options.subtype, progress=callback,
            on_open=opened,
        )
    except Exception as exc:  # one bad file must not stop the batch
        message = str(exc) or type(exc).__name__
        return _failed(job, options, message, time.perf_counter() - t0)
    return FileRecord(
        job.input, job.output, job.prompt,
        _applied(report.plan, job.prompt, report), options.seed,
        report.frames_in / report.samplerate, report.samplerate, report.channels,
        report.frames_out, time.perf_counter() - t0, "done", None, options.model,
        list(report.warnings) + (
            [f"warning: {report.nonfinite_samples} NaN/Inf input samples were replaced by "
             "silence"] if report.nonfinite_samples else []
        ),
    )


def _remove_partial(output: str) -> None:
    """Remove what a worker killed mid-file left: process_file's temporary
    ``.NAME.*.part`` beside the output."""
    out = Path(output)
    for leftover in out.parent.glob("." + glob.escape(out.name) + ".*.part"):
        try:
            leftover.unlink()
        except OSError:
            pass


class _interrupt_on_sigterm:
    """SIGTERM (and SIGHUP) raise KeyboardInterrupt in the main thread while
    the batch runs, so that it stops like on Ctrl-C; the signal is kept."""

    SIGNALS = tuple(getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n))

    def __enter__(self) -> list[int | None]:
        self.stopped: list[int | None] = [None]
        self.saved: dict[int, Any] = {}
        if threading.current_thread() is threading.main_thread():
            for s in self.SIGNALS:
                self.saved[s] = signal.signal(s, self._handler)
        return self.stopped

    def _handler(self, signum: int, frame: Any) -> None:
        if self.stopped[0] is None:
            self.stopped[0] = signum
            raise KeyboardInterrupt

    def __exit__(self, *exc: object) -> None:
        for s, h in self.saved.items():
            signal.signal(s, h)
