"""Command-line command ``streaming-mllm batch``: many files at once.

The main group in :mod:`streaming_mllm.cli` adds it with
``main.add_command(batch_command, "batch")``; the work is
:func:`streaming_mllm.batch.process_many`.
"""

from __future__ import annotations

import signal
import sys
import time

import click

from .errors import StreamingMLLMError
from .models import MODEL_NAMES

__all__ = ["batch_command"]


def _hours(seconds: float) -> str:
    return f"{seconds / 3600:.2f} h" if seconds >= 360 else f"{seconds:.1f} s"


class _Bar:
    """A progress bar over files whose text also counts audio seconds;
    created on the first progress, so that errors before it stay one line."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.bar = None
        self.files = 0

    def __call__(self, state: object) -> None:
        if self.quiet:
            return
        if self.bar is None:
            self.bar = click.progressbar(
                length=state.files_total, label="batch", file=sys.stderr,
                item_show_func=lambda s: (
                    None if s is None
                    else f"{_hours(s.audio_seconds)} of audio, {s.failed} failed"
                ),
            )
            self.bar.__enter__()
        self.bar.update(state.files_done - self.files, state)
        self.files = state.files_done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


@click.command("batch")
@click.argument("inputs", nargs=-1, type=click.Path(path_type=str))
@click.option("-o", "--out-dir", required=True, type=click.Path(file_okay=False, path_type=str),
              help="Folder of the outputs; they mirror the inputs' paths under it.")
@click.option("-p", "--prompt", default=None,
              help="What to do to every file, in words (with --manifest: rows without one).")
@click.option("--plan", type=click.Path(dir_okay=False, exists=True, path_type=str), default=None,
              help="A preset file instead of --prompt (write one with 'explain PROMPT --json').")
@click.option("--prompts-file", type=click.Path(dir_okay=False, exists=True, path_type=str),
              default=None,
              help="One prompt a line; each file gets one, chosen from --seed and its path.")
@click.option("--manifest", type=click.Path(dir_okay=False, exists=True, path_type=str),
              default=None,
              help="CSV or JSON Lines: one row per file with input, prompt (or plan), output.")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed of the choice among --prompts-file's prompts.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Files processed at once [default: the usable cores; on Ray, the cluster's "
                   "CPUs].")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="'local': worker processes here; 'ray': tasks on a Ray cluster.")
@click.option("--ray-address", default=None, metavar="ADDR",
              help="Ray cluster to use [default: $RAY_ADDRESS, else a local Ray].")
@click.option("--format", "fmt", default=None, metavar="EXT",
              help="Output format by its ending, e.g. wav, flac [default: the input's].")
@click.option("--suffix", default="", help="Added to each output's name, e.g. _robot.")
@click.option("--resume", is_flag=True,
              help="Skip the files --log records as done whose output is complete.")
@click.option("--log", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="JSON Lines record per file: input, output, prompt, plan, seed, status...")
@click.option("--model", type=click.Choice(MODEL_NAMES), default="effects", show_default=True,
              help="'effects' does what the prompt says; 'seed' is the notebook's model.")
@click.option("--chunk-size", type=click.IntRange(min=1), default=65536, show_default=True,
              help="Frames read and written per block.")
@click.option("--subtype", default=None, help="Output sample format, e.g. PCM_16, FLOAT.")
@click.option("-q", "--quiet", is_flag=True,
              help="No progress bar, no summary (failures and warnings stay).")
def batch_command(
    inputs: tuple[str, ...], out_dir: str, prompt: str | None, plan: str | None,
    prompts_file: str | None,
    manifest: str | None, seed: int, jobs: int | None, engine: str, ray_address: str | None,
    fmt: str | None, suffix: str, resume: bool, log: str | None, model: str, chunk_size: int,
    subtype: str | None, quiet: bool,
) -> None:
    """Process many files: INPUTS are files, folders (searched recursively
    for audio files) and glob patterns.

    Each file goes through exactly what 'process' does (the output is
    bit-identical), on all usable cores.  A file that fails is reported and
    skipped; the run ends with a summary and exits with 1 if any failed.
    Ctrl-C leaves no partial output: run again with --resume and the same
    --log to go on where it stopped.

    \b
    Examples:
      streaming-mllm batch podcasts/ -o radio/ -p "old radio"
      streaming-mllm batch voices/ -o orc/ --plan orc.json --format flac
      streaming-mllm batch 'corpus/**/*.flac' -o aug/ --prompts-file prompts.txt \\
          --seed 7 --log aug/log.jsonl
      streaming-mllm batch --manifest jobs.csv -o out/ --engine ray --ray-address auto
    """
    from .batch import BatchInterrupted, process_many, read_prompts

    t0 = time.perf_counter()
    bar = _Bar(quiet)
    try:
        prompts = read_prompts(prompts_file) if prompts_file is not None else None
        preset = None
        if plan is not None:
            from .effects.preset import load_preset

            preset = load_preset(plan)
        records = process_many(
            inputs, out_dir, prompt=prompt, plan=preset, prompts=prompts, manifest=manifest,
            seed=seed, jobs=jobs, engine=engine, ray_address=ray_address, format=fmt, suffix=suffix,
            resume=resume, log=log, model=model, chunk_size=chunk_size, subtype=subtype,
            progress=bar, warn=lambda line: click.echo(line, err=True),
        )
    except BatchInterrupted as exc:
        bar.close()
        done = sum(r.status == "done" for r in exc.records)
        click.echo(f"\ninterrupted: {done} file(s) done, no partial output left"
                   + (f"; go on with --resume --log {log}" if log else ""), err=True)
        sys.exit(128 + int(exc.signum) if exc.signum != signal.SIGINT else 130)
    except StreamingMLLMError as exc:
        bar.close()
        raise click.ClickException(str(exc)) from None
    bar.close()
    for r in records:
        for line in r.warnings if r.status == "done" else ():
            click.echo(line if r.input in line else f"{line} ({r.input})", err=True)
    failed = [r for r in records if r.status == "failed"]
    for r in failed:
        click.echo(f"failed: {r.input}: {r.error}", err=True)
    wall = time.perf_counter() - t0
    audio = sum(r.duration or 0.0 for r in records if r.status == "done")
    if not quiet:
        done = sum(r.status == "done" for r in records)
        skipped = sum(r.status == "skipped" for r in records)
        rtf = f"{audio / wall:.0f}x real time" if wall > 0 else "real time factor n/a"
        click.echo(
            f"batch: {done} done, {len(failed)} failed, {skipped} skipped of {len(records)} "
            f"file(s); {_hours(audio)} of audio in {wall:.1f} s ({rtf})",
            err=True,
        )
    if failed:
        sys.exit(1)
