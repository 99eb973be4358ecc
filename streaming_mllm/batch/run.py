"""A whole batch: plan the jobs (resume included), run them on an engine, report.

:func:`process_many` is the whole of ``streaming-mllm batch`` as a Python call.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable, Sequence
from dataclasses import fields
from pathlib import Path, PurePosixPath
from typing import Any

import soundfile as sf

from .inputs import AUDIO_SUFFIXES, choose_prompt, discover, output_for, read_manifest
from .jobs import (
    BatchError,
    BatchInterrupted,
    BatchProgress,
    FileRecord,
    Job,
    Options,
    _applied,
    _interrupt_on_sigterm,
)
from .local import _run_local, usable_cores
from .log import _complete, _same_effects, read_log
from .ray_engine import _run_ray

ENGINES = ("local", "ray")


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
    from ..effects.prompt import parse_prompt

    for text in dict.fromkeys(j.prompt for j in jobs if j.plan is None and j.prompt is not None):
        plan = parse_prompt(text)
        for line in plan.warnings() if warn is not None else ():
            warn(f"{line} (prompt {text!r})")
