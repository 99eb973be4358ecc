"""Many files: discovery, output paths, per-file records, local and Ray engines.

:func:`process_many` is the whole of ``streaming-mllm batch`` as a Python
call.  It finds the inputs (files, folders searched recursively, glob
patterns, or the rows of a manifest), maps each to an output path that
mirrors the input tree under ``out_dir``, chooses each file's prompt, and
runs every file through :func:`~streaming_mllm.fileio.process_file`, the
very function ``streaming-mllm process`` uses, so that a batch output is
bit-identical to ``process`` on that file.

Engines:

* ``"local"``: a pool of worker processes on this machine, one file at a
  time each.  A file that fails is recorded and skipped; a worker that dies
  fails only the file it held and is replaced.
* ``"ray"``: one Ray task per file on a Ray cluster (or a local Ray).  Only
  paths travel: workers read and write the files on storage they all see.

Each file yields one :class:`FileRecord`; with ``log`` the records are
appended to a JSON Lines file as they complete, which is what ``resume``
reads to skip the files already done.  An interrupt (Ctrl-C, SIGTERM) stops
the workers; each removes its temporary output, so no partial output is
left behind.
"""

from __future__ import annotations

import csv
import glob
import hashlib
import json
import logging
import multiprocessing as mp
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from multiprocessing.connection import Connection, wait
from pathlib import Path, PurePosixPath
from typing import Any

import soundfile as sf

from .errors import StreamingMLLMError
from .fileio import FileReport, process_file

AUDIO_SUFFIXES = frozenset(
    s for s in (".wav", ".wave", ".flac", ".ogg", ".oga", ".opus", ".mp3", ".aif", ".aiff",
                ".aifc", ".au", ".snd", ".caf", ".w64", ".rf64")
)
"""File name endings that folders and glob patterns are searched for (files
named on the command line are taken whatever their name)."""

ENGINES = ("local", "ray")


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


# -- inputs and outputs -------------------------------------------------------

@dataclass(frozen=True)
class Source:
    """An input file and its path relative to the folder it was found in:
    the output mirrors ``rel`` under the output folder, and the prompt
    choice hashes it."""

    path: Path
    rel: PurePosixPath


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(root: Path, exclude: Path | None) -> Iterable[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        dirnames[:] = sorted(
            d for d in dirnames
            if not _is_hidden(d) and (exclude is None or not _same_place(here / d, exclude))
        )
        for name in sorted(filenames):
            if not _is_hidden(name) and Path(name).suffix.lower() in AUDIO_SUFFIXES:
                yield here / name


def _same_place(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _glob_base(pattern: str) -> Path:
    """The folder a pattern's matches are relative to: its part before the
    first wildcard."""
    parts = Path(pattern).parts
    base = []
    for part in parts:
        if glob.has_magic(part):
            break
        base.append(part)
    return Path(*base) if base else Path(".")


def discover(
    inputs: Sequence[str | os.PathLike], *, exclude: str | os.PathLike | None = None
) -> list[Source]:
    """Find the audio files that ``inputs`` name.

    A file is taken as it is; a folder is searched recursively for files
    with an audio ending (:data:`AUDIO_SUFFIXES`), hidden files and folders
    and the folder ``exclude`` (the output folder) left out; a glob pattern
    (``**`` included) is expanded and its matches taken like files and
    folders, relative to the pattern's part before its first wildcard.

    Raises
    ------
    BatchError
        If an input is neither a file, a folder nor a pattern that matches.
    """
    excl = Path(exclude) if exclude is not None else None
    found: list[Source] = []
    seen: set[str] = set()

    def add(path: Path, rel: PurePosixPath) -> None:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            found.append(Source(path, rel))

    def add_tree(root: Path, base: Path) -> None:
        for f in _walk(root, excl):
            add(f, PurePosixPath(f.relative_to(base).as_posix()))

    for item in inputs:
        p = Path(item)
        if p.is_file():
            add(p, PurePosixPath(p.name))
        elif p.is_dir():
            add_tree(p, p)
        elif glob.has_magic(str(item)):
            base = _glob_base(str(item))
            matches = sorted(glob.glob(str(item), recursive=True))
            if not matches:
                raise BatchError(f"no file matches the pattern {item}")
            for m in map(Path, matches):
                if m.is_dir():
                    add_tree(m, base)
                elif m.suffix.lower() in AUDIO_SUFFIXES and not _is_hidden(m.name):
                    if excl is None or not _inside(m, excl):
                        add(m, PurePosixPath(m.relative_to(base).as_posix()))
        else:
            raise BatchError(f"expected an audio file, a folder or a glob pattern, got {item}"
                             " (no such file or folder)")
    return found


def _inside(path: Path, folder: Path) -> bool:
    try:
        Path(os.path.realpath(path)).relative_to(os.path.realpath(folder))
        return True
    except ValueError:
        return False


def output_for(rel: PurePosixPath, out_dir: str | os.PathLike, *, format: str | None = None,
               suffix: str = "") -> Path:
    """Where the output of the input found at ``rel`` goes: the same path
    under ``out_dir``, with ``suffix`` added to the name and the ending
    changed to ``format`` if given.

    >>> output_for(PurePosixPath("a/b.flac"), "out", format="wav", suffix="_robot").as_posix()
    'out/a/b_robot.wav'
    """
    ext = "." + format.lstrip(".").lower() if format else rel.suffix
    return Path(out_dir, *rel.parent.parts, rel.stem + suffix + ext)


def choose_prompt(prompts: Sequence[str], seed: int, key: str) -> str:
    """One of ``prompts``, chosen by ``(seed, key)`` alone: the same on every
    run, machine and Python version (a SHA-256, not Python's salted ``hash``).

    >>> choose_prompt(["robot", "telephone", "cathedral"], 0, "a/b.wav")
    'telephone'
    """
    if not prompts:
        raise BatchError("expected at least one prompt, got an empty list")
    digest = hashlib.sha256(f"{int(seed)}\0{key}".encode()).digest()
    return prompts[int.from_bytes(digest[:8], "big") % len(prompts)]


def read_prompts(path: str | os.PathLike) -> list[str]:
    """The prompts of a prompts file: one a line; blank lines and lines
    starting with ``#`` are left out."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise BatchError(f"cannot read the prompts file {path}: {exc.strerror or exc}") from None
    prompts = [s.strip() for s in lines if s.strip() and not s.lstrip().startswith("#")]
    if not prompts:
        raise BatchError(f"expected one prompt a line in {path}, got none")
    return prompts


@dataclass(frozen=True)
class ManifestRow:
    input: Path
    rel: PurePosixPath
    output: Path | None
    prompt: str | None
    plan: dict | None


def read_manifest(path: str | os.PathLike) -> list[ManifestRow]:
    """Rows of a CSV (with a header) or JSON Lines manifest.

    Each row has an ``input`` path and optionally ``prompt``, ``plan`` and
    ``output``.  A ``plan`` is a preset (as ``explain --json`` prints it):
    inline as a JSON object, or the path of a preset file.  A relative
    ``input`` or preset path is relative to the manifest's folder; a relative
    ``output`` is relative to the output folder; without one, the output
    mirrors the input's path under the manifest's folder.
    """
    mpath = Path(path)
    try:
        text = mpath.read_text(encoding="utf-8")
    except OSError as exc:
        raise BatchError(f"cannot read the manifest {path}: {exc.strerror or exc}") from None
    raw: list[tuple[int, dict]] = []
    if mpath.suffix.lower() == ".csv":
        reader = csv.DictReader(text.splitlines())
        if reader.fieldnames is None or "input" not in reader.fieldnames:
            raise BatchError(f"expected a CSV header with an 'input' column in {path}, got "
                             f"{', '.join(reader.fieldnames or ['nothing'])}")
        raw = [(reader.line_num, dict(r)) for r in reader]
    elif mpath.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise BatchError(f"{path}:{n}: expected one JSON object a line ({exc.msg})") \
                    from None
            if not isinstance(row, dict):
                raise BatchError(f"{path}:{n}: expected a JSON object, got {type(row).__name__}")
            raw.append((n, row))
    else:
        raise BatchError(f"expected a manifest ending in .csv or .jsonl, got {mpath.name}")
    rows = []
    for n, row in raw:
        if not row.get("input"):
            raise BatchError(f"{path}:{n}: expected an 'input' path, got none")
        plan = _read_plan(row.get("plan") or None, mpath, n)
        inp = Path(str(row["input"]))
        full = inp if inp.is_absolute() else mpath.parent / inp
        rel = (PurePosixPath(full.relative_to(mpath.parent).as_posix())
               if not inp.is_absolute() and ".." not in inp.parts else PurePosixPath(inp.name))
        out = row.get("output") or None
        rows.append(ManifestRow(full, rel, Path(out) if out else None,
                                row.get("prompt") or None, plan))
    if not rows:
        raise BatchError(f"expected at least one row in the manifest {path}, got none")
    return rows


def _read_plan(value: Any, manifest: Path, line: int) -> dict | None:
    """A manifest row's preset, checked, as a JSON-ready dict."""
    from .effects.preset import load_preset, plan_from_dict, plan_to_dict

    where = f"{manifest}:{line}"
    if value is None:
        return None
    if isinstance(value, str) and value.lstrip().startswith("{"):
        try:
            value = json.loads(value)
        except json.JSONDecodeError as exc:
            raise BatchError(f"{where}: expected the plan as JSON ({exc.msg})") from None
    if isinstance(value, str):
        file = Path(value)
        plan = load_preset(file if file.is_absolute() else manifest.parent / file)
    else:
        plan = plan_from_dict(value, where)
    return plan_to_dict(plan)


def _plan_object(plan: dict) -> Any:
    """The :class:`~streaming_mllm.effects.plan.EffectPlan` of a preset dict."""
    from .effects.preset import plan_from_dict

    return plan_from_dict(plan)


def _applied(plan: Any, prompt: str | None, report: FileReport | None = None) -> dict | None:
    """A plan as ``explain --json`` prints it (with the file's rate and the
    stream's latency when a report gives them)."""
    if plan is None:
        return None
    from .effects.preset import plan_to_dict

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


# -- the batch ------------------------------------------------------------------

def usable_cores() -> int:
    """Cores this process may run on (its CPU affinity), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def read_log(path: str | os.PathLike) -> list[dict]:
    """The records of a ``--log`` file (lines that do not parse, such as a
    line cut by a crash, are left out)."""
    records = []
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(rec, dict):
                    records.append(rec)
    except FileNotFoundError:
        return []
    return records


def _same_effects(applied: Any, preset: dict | None) -> bool:
    """Whether a logged plan is the preset a job asks for (always, for a
    prompt: the prompt itself is compared)."""
    if preset is None:
        return True
    return isinstance(applied, dict) and applied.get("effects") == preset["effects"]


def _complete(rec: dict) -> bool:
    try:
        info = sf.info(rec["output"])
    except Exception:
        return False
    return info.frames == rec.get("frames") and info.samplerate == rec.get("samplerate")


def plan_jobs(
    inputs: Sequence[str | os.PathLike],
    out_dir: str | os.PathLike,
    *,
    prompt: str | None = None,
    plan: Any = None,
    prompts: Sequence[str] | None = None,
    manifest: str | os.PathLike | None = None,
    seed: int = 0,
    format: str | None = None,
    suffix: str = "",
) -> list[Job]:
    """The files of a batch, each with its output path and prompt or plan
    (see :func:`process_many`)."""
    if manifest is not None and inputs:
        raise BatchError("expected INPUTS or a manifest, got both")
    if sum(x is not None for x in (prompt, plan, prompts)) > 1:
        raise BatchError("expected one of a prompt, a plan and prompts (--prompt, --plan, "
                         "--prompts-file), got several")
    out_dir = Path(out_dir)
    preset = _applied(plan, None) if plan is not None else None
    if format is not None:
        writable = sorted(f.lower() for f in sf.available_formats() if f != "RAW")
        if format.lstrip(".").lower() not in writable:
            raise BatchError(f"expected an output format among {', '.join(writable)}, "
                             f"got {format!r}")

    def default(rel: PurePosixPath) -> tuple[str | None, dict | None]:
        if prompts is not None:
            return choose_prompt(prompts, seed, rel.as_posix()), None
        return prompt, preset

    entries: list[tuple[Path, Path, str | None, dict | None]] = []
    if manifest is not None:
        for row in read_manifest(manifest):
            out = (out_dir / row.output if row.output is not None
                   else output_for(row.rel, out_dir, format=format, suffix=suffix))
            what = (row.prompt, row.plan) if row.prompt is not None or row.plan is not None \
                else default(row.rel)
            if what == (None, None):
                raise BatchError(f"expected a prompt or a plan for {row.input} in {manifest} "
                                 "(or give --prompt)")
            entries.append((row.input, out, *what))
    else:
        if prompt is None and plan is None and prompts is None:
            raise BatchError("expected a prompt, a plan, a prompts file or a manifest, got none")
        if not inputs:
            raise BatchError("expected at least one input file, folder or pattern, got none")
        for src in discover(inputs, exclude=out_dir):
            entries.append((src.path, output_for(src.rel, out_dir, format=format, suffix=suffix),
                            *default(src.rel)))
    if not entries:
        raise BatchError(f"no audio files found in {', '.join(map(str, inputs))} "
                         f"(looked for {', '.join(sorted(AUDIO_SUFFIXES))})")
    inputs_real = {os.path.realpath(e[0]): e[0] for e in entries}
    outputs: dict[str, Path] = {}
    jobs = []
    for i, (inp, out, p, plan) in enumerate(entries):
        real = os.path.realpath(out)
        if real in inputs_real:
            raise BatchError(f"output {out} would overwrite the input {inputs_real[real]} "
                             "(choose another output folder or a suffix)")
        if real in outputs:
            raise BatchError(f"two inputs would write the same output {out}: {outputs[real]} "
                             f"and {inp}")
        outputs[real] = inp
        jobs.append(Job(i, os.path.abspath(inp), os.path.abspath(out), p, plan))
    return jobs


def process_many(
    inputs: Sequence[str | os.PathLike] = (),
    out_dir: str | os.PathLike = ".",
    *,
    prompt: str | None = None,
    plan: Any = None,
    prompts: Sequence[str] | None = None,
    manifest: str | os.PathLike | None = None,
    seed: int = 0,
    jobs: int | None = None,
    engine: str = "local",
    ray_address: str | None = None,
    format: str | None = None,
    suffix: str = "",
    resume: bool = False,
    log: str | os.PathLike | None = None,
    model: str = "effects",
    chunk_size: int = 65536,
    subtype: str | None = None,
    progress: Callable[[BatchProgress], None] | None = None,
    warn: Callable[[str], None] | None = None,
) -> list[FileRecord]:
    """Process many files, each exactly as ``streaming-mllm process`` would.

    Parameters
    ----------
    inputs
        Files, folders (searched recursively) and glob patterns; see
        :func:`discover`.  Not with ``manifest``.
    out_dir
        Outputs mirror the inputs' paths under it (created as needed).
    prompt, plan, prompts, manifest
        One prompt for all; or one :class:`~streaming_mllm.effects.plan.EffectPlan`
        (a preset); or a list of prompts to choose from per file with
        :func:`choose_prompt` from ``(seed, path)``; or a manifest
        (:func:`read_manifest`) whose rows may fall back on one of the others.
    jobs
        Files processed at once (default: the usable cores; on Ray, the
        cluster's CPUs).
    engine : {"local", "ray"}
    ray_address
        Ray cluster to connect to (default: ``RAY_ADDRESS``, else a local Ray
        is started and stopped).
    format, suffix
        Output ending (default: the input's) and text added to output names.
    resume
        Skip the files that ``log`` records as done whose output is complete.
    log
        JSON Lines file that gets one :class:`FileRecord` per file as it
        completes (appended to with ``resume``, else started afresh).
    model, chunk_size, subtype
        As for :func:`~streaming_mllm.fileio.process_file`.
    progress
        Called with a :class:`BatchProgress` as work advances.
    warn
        Called with each line about a prompt (words not understood, values
        brought into range), once per prompt.

    Returns
    -------
    list of FileRecord
        One per input file, in input order.

    Raises
    ------
    BatchError
        If the batch cannot start (no inputs, bad options, outputs clashing).
    BatchInterrupted
        On Ctrl-C or SIGTERM, after the workers stopped and removed their
        temporary outputs.
    """
    if engine not in ENGINES:
        raise BatchError(f"expected an engine among {', '.join(ENGINES)}, got {engine!r}")
    if jobs is not None and (not isinstance(jobs, int) or jobs < 1):
        raise BatchError(f"expected a positive number of jobs, got {jobs!r}")
    if resume and log is None:
        raise BatchError("resume needs the log of the run to resume")
    if plan is not None and model != "effects":
        raise BatchError(f"a plan needs the effects model, not {model!r}")
    all_jobs = plan_jobs(inputs, out_dir, prompt=prompt, plan=plan, prompts=prompts,
                         manifest=manifest, seed=seed, format=format, suffix=suffix)
    options = Options(model=model, chunk_size=chunk_size, subtype=subtype, seed=seed)
    _check_prompts(all_jobs, model, warn)

    records: dict[int, FileRecord] = {}
    todo = all_jobs
    done_before: dict[tuple[str, str], dict] = {}
    if resume:
        for rec in read_log(log):
            if rec.get("status") in ("done", "skipped"):
                done_before[(rec.get("input"), rec.get("output"))] = rec
    state = BatchProgress(len(all_jobs))
    log_file = None
    if log is not None:
        Path(log).parent.mkdir(parents=True, exist_ok=True)
        log_file = open(log, "a" if resume else "w", encoding="utf-8")  # noqa: SIM115
    lock = threading.Lock()

    def on_record(index: int, rec: FileRecord) -> None:
        with lock:
            records[index] = rec
            state.files_done += 1
            state.failed += rec.status == "failed"
            state.skipped += rec.status == "skipped"
            state._partial.pop(index, None)
            if rec.duration is not None:
                state.audio_seconds += rec.duration
            if log_file is not None:
                log_file.write(rec.to_json() + "\n")
                log_file.flush()
        if progress is not None:
            progress(state)

    def on_partial(index: int, seconds: float) -> None:
        state.audio_seconds += seconds - state._partial.get(index, 0.0)
        state._partial[index] = seconds
        if progress is not None:
            progress(state)

    try:
        if resume:
            todo = []
            for job in all_jobs:
                rec = done_before.get((job.input, job.output))
                if (rec is not None and rec.get("prompt") == job.prompt
                        and _same_effects(rec.get("plan"), job.plan)
                        and rec.get("model", "effects") == model and _complete(rec)):
                    kept = {f.name: rec.get(f.name) for f in fields(FileRecord)}
                    kept.update(status="skipped", seconds=0.0, error=None,
                                warnings=rec.get("warnings") or [])
                    on_record(job.index, FileRecord(**kept))
                else:
                    todo.append(job)
        for job in todo:
            Path(job.output).parent.mkdir(parents=True, exist_ok=True)
        with _interrupt_on_sigterm() as stopped:
            try:
                if todo and engine == "local":
                    _run_local(todo, options, min(jobs or usable_cores(), len(todo)),
                               on_record, on_partial)
                elif todo:
                    _run_ray(todo, options, jobs, ray_address, on_record)
            except KeyboardInterrupt:
                ordered = [records[i] for i in sorted(records)]
                raise BatchInterrupted(ordered, stopped[0] or signal.SIGINT) from None
    finally:
        if log_file is not None:
            log_file.close()
    return [records[i] for i in sorted(records)]


def _check_prompts(jobs: list[Job], model: str, warn: Callable[[str], None] | None) -> None:
    """Parse each distinct prompt once, before any work: a prompt the model
    cannot use stops the batch at once; warnings are said once."""
    if model != "effects":
        return
    from .effects.prompt import parse_prompt

    for text in dict.fromkeys(j.prompt for j in jobs if j.plan is None and j.prompt is not None):
        plan = parse_prompt(text)
        for line in plan.warnings() if warn is not None else ():
            warn(f"{line} (prompt {text!r})")


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
