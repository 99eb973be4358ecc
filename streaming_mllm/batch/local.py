"""The local engine: a pool of worker processes on this machine.

Each worker runs one file at a time through :func:`.jobs.process_job`.  A
file that fails is recorded and skipped; a worker that dies fails only the
file it held and is replaced; an interrupt stops every worker, and each
removes its temporary output.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from .jobs import FileRecord, Job, Options, _failed, _remove_partial, process_job

# -- local engine ----------------------------------------------------------------

class _Stop(BaseException):
    """Raised in a worker by SIGTERM so that process_file cleans up."""


def _worker_stop(signum: int, frame: Any) -> None:
    raise _Stop()


def _worker_main(conn: Connection, options: Options) -> None:
    # Ctrl-C reaches the whole process group: the parent decides, and stops
    # the workers with SIGTERM, which unwinds process_file (its temporary
    # output is removed on the way).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _worker_stop)
    try:
        while True:
            job = conn.recv()
            if job is None:
                return
            last = 0.0

            def progress(done: int, sr: int, index: int = job.index) -> None:
                nonlocal last
                now = time.monotonic()
                if now - last >= 0.1:
                    last = now
                    conn.send(("progress", index, done / sr))

            conn.send(("done", job.index, process_job(job, options, progress)))
    except (_Stop, KeyboardInterrupt, SystemExit, EOFError, OSError):
        return


def _context() -> Any:
    methods = mp.get_all_start_methods()
    if "forkserver" in methods:
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["streaming_mllm.batch"])
        return ctx
    return mp.get_context("spawn")


@dataclass
class _Worker:
    process: Any
    conn: Connection
    job: Job | None = None


def _run_local(jobs: list[Job], options: Options, n_workers: int,
               on_record: Callable[[int, FileRecord], None],
               on_partial: Callable[[int, float], None]) -> None:
    ctx = _context()
    pending = deque(jobs)
    workers: list[_Worker] = []

    def start() -> _Worker:
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_worker_main, args=(child, options), daemon=True,
                           name="streaming-mllm-batch")
        proc.start()
        child.close()
        w = _Worker(proc, parent)
        workers.append(w)
        return w

    def feed(w: _Worker) -> None:
        w.job = pending.popleft() if pending else None
        try:
            w.conn.send(w.job)
        except (BrokenPipeError, OSError):
            pass  # its death is seen through the sentinel
        if w.job is None:
            w.conn.close()
            w.process.join()
            workers.remove(w)

    try:
        for _ in range(min(n_workers, len(pending))):
            feed(start())
        while workers:
            by_handle: dict[Any, _Worker] = {}
            for w in workers:
                by_handle[w.conn] = w
                by_handle[w.process.sentinel] = w
            for ready in wait(list(by_handle)):
                w = by_handle[ready]
                if w not in workers:
                    continue
                if ready is w.conn:
                    try:
                        kind, index, payload = w.conn.recv()
                    except (EOFError, OSError):
                        continue  # the sentinel tells what happened
                    if kind == "progress":
                        on_partial(index, payload)
                    else:
                        w.job = None
                        on_record(index, payload)
                        feed(w)
                elif not w.process.is_alive():
                    # Drain a result sent just before the worker exited.
                    while w.job is not None and w.conn.poll():
                        try:
                            kind, index, payload = w.conn.recv()
                        except (EOFError, OSError):
                            break
                        if kind == "done":
                            w.job = None
                            on_record(index, payload)
                    workers.remove(w)
                    w.conn.close()
                    if w.job is not None:
                        _remove_partial(w.job.output)
                        code = w.process.exitcode
                        how = f"signal {-code}" if code is not None and code < 0 else f"code {code}"
                        on_record(w.job.index,
                                  _failed(w.job, options, f"worker process died ({how})"))
                    if pending:
                        feed(start())
    finally:
        _stop_workers(workers, on_record)


def _stop_workers(workers: list[_Worker],
                  on_record: Callable[[int, FileRecord], None]) -> None:
    """Stop every worker and wait for each to remove its temporary output;
    a file finished as the interrupt came is still recorded."""
    for w in workers:
        if w.process.is_alive():
            w.process.terminate()
    for w in workers:
        w.process.join(10)
        if w.process.is_alive():
            w.process.kill()
            w.process.join()
        while w.job is not None and w.conn.poll():
            try:
                kind, index, payload = w.conn.recv()
            except (EOFError, OSError):
                break
            if kind == "done" and payload.status == "done":
                on_record(index, payload)
                w.job = None
        if w.job is not None:
            _remove_partial(w.job.output)
        w.conn.close()


# -- the batch ------------------------------------------------------------------

def usable_cores() -> int:
    """Cores this process may run on (its CPU affinity), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)
