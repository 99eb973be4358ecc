"""The Ray engine: one Ray task per file on a Ray cluster (or a local Ray).

Only paths travel: workers read and write the files on storage they all see.
"""

from __future__ import annotations

import logging
import os
import secrets
import signal
import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .jobs import (
    BatchError,
    FileRecord,
    Job,
    Options,
    _failed,
    _interrupt_on_sigterm,
    _remove_partial,
    process_job,
)

# -- Ray engine ------------------------------------------------------------------

def _run_ray(jobs: list[Job], options: Options, n_workers: int | None, address: str | None,
             on_record: Callable[[int, FileRecord], None]) -> None:
    try:
        import ray
    except ImportError:
        raise BatchError(
            "the ray engine needs Ray: pip install 'streaming_mllm[ray]'"
        ) from None
    started = False
    if not ray.is_initialized():
        address = address or os.environ.get("RAY_ADDRESS") or None
        quiet = {"log_to_driver": False, "logging_level": logging.WARNING}
        # Ray's core replaces the SIGTERM handler with one that aborts the
        # process (no cleanup, exit by SIGABRT): put the Python ones back.
        main = threading.current_thread() is threading.main_thread()
        handlers = {s: signal.getsignal(s) for s in _interrupt_on_sigterm.SIGNALS} if main else {}
        handlers[signal.SIGINT] = signal.getsignal(signal.SIGINT)
        if address:
            ray.init(address=address, **quiet)
        else:
            ray.init(num_cpus=n_workers, include_dashboard=False, **quiet)
            started = True
        for s, h in handlers.items() if main else ():
            if h is not None:
                signal.signal(s, h)
    try:
        if n_workers is None:
            n_workers = max(1, int(ray.cluster_resources().get("CPU", 1)))
        # A crashed worker process is retried once (a node lost mid-file);
        # an error inside process_job is a failed record, never retried.
        task = ray.remote(num_cpus=1, max_retries=1)(_stoppable_job)
        # An interrupt is passed to the tasks through a file beside the
        # outputs (storage every worker sees): each looks for it after every
        # chunk and stops by itself, its temporary output removed.
        # ray.cancel is only the last resort: cancelling a task that is
        # finishing races with its completion inside Ray and can abort the
        # driver ("Tried to complete task that was not pending").
        stop_file = _stop_file(jobs) if jobs else os.devnull
        pending = deque(jobs)
        inflight: dict[Any, Job] = {}
        try:
            while pending or inflight:
                while pending and len(inflight) < n_workers:
                    job = pending.popleft()
                    inflight[task.remote(job, options, stop_file)] = job
                ready, _ = ray.wait(list(inflight), num_returns=1)
                for ref in ready:
                    job = inflight.pop(ref)
                    try:
                        record = ray.get(ref)
                    except ray.exceptions.RayError as exc:
                        _remove_partial(job.output)
                        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                        record = _failed(job, options, f"ray task failed: {first}")
                    if record is not None:
                        on_record(job.index, record)
        except BaseException:
            if inflight:
                Path(stop_file).touch()
                ready, rest = ray.wait(list(inflight), num_returns=len(inflight), timeout=60)
                for ref in rest:
                    ray.cancel(ref)
                for ref in ready:  # a file finished as the interrupt came is logged
                    try:
                        record = ray.get(ref)
                    except Exception:
                        continue
                    if record is not None and record.status == "done":
                        on_record(inflight[ref].index, record)
            for job in inflight.values():
                _remove_partial(job.output)
            raise
        finally:
            if jobs:
                Path(stop_file).unlink(missing_ok=True)
    finally:
        if started:
            ray.shutdown()


class _StopRequested(BaseException):
    """Raised in a Ray task when the batch was interrupted (see :func:`_run_ray`)."""


def _stop_file(jobs: list[Job]) -> str:
    """A path beside the outputs, unique to this run, that no output can be."""
    folder = os.path.dirname(os.path.commonpath([job.output for job in jobs]))
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, f".streaming-mllm-stop-{secrets.token_hex(8)}")


def _stoppable_job(job: Job, options: Options, stop_file: str) -> FileRecord | None:
    """:func:`process_job` in a Ray task: None when the batch stopped it."""

    def progress(done: int, samplerate: int) -> None:
        if os.path.exists(stop_file):
            raise _StopRequested

    try:
        return process_job(job, options, progress)
    except _StopRequested:  # process_file removed its temporary output
        return None
