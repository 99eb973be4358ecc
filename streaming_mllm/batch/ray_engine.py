"""The Ray engine: one Ray task per file on a Ray cluster (or a local Ray).

Only paths travel: workers read and write the files on storage they all see.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections import deque
from collections.abc import Callable
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
        task = ray.remote(num_cpus=1, max_retries=1)(process_job)
        pending = deque(jobs)
        inflight: dict[Any, Job] = {}
        try:
            while pending or inflight:
                while pending and len(inflight) < n_workers:
                    job = pending.popleft()
                    inflight[task.remote(job, options)] = job
                ready, _ = ray.wait(list(inflight), num_returns=1)
                for ref in ready:
                    job = inflight.pop(ref)
                    try:
                        record = ray.get(ref)
                    except ray.exceptions.RayError as exc:
                        _remove_partial(job.output)
                        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                        record = _failed(job, options, f"ray task failed: {first}")
                    on_record(job.index, record)
        except BaseException:
            # cancel() raises KeyboardInterrupt inside each task, which
            # unwinds process_file and removes its temporary output.
            for ref in inflight:
                ray.cancel(ref)
            if inflight:
                ready, _ = ray.wait(list(inflight), num_returns=len(inflight), timeout=30)
                for ref in ready:  # a file finished as the interrupt came is logged
                    try:
                        record = ray.get(ref)
                    except Exception:
                        continue
                    if record.status == "done":
                        on_record(inflight[ref].index, record)
            for job in inflight.values():
                _remove_partial(job.output)
            raise
    finally:
        if started:
            ray.shutdown()
