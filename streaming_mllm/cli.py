"""The ``streaming-mllm`` command line.

Every user error (a missing file, an unknown prompt, a bad option) ends in
one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import signal
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Any

import click

from ._version import __version__
from .cli_batch import batch_command
from .cli_live import devices_command, live_command
from .cli_options import prompt_options
from .errors import StreamingMLLMError
from .models import MODEL_NAMES

_MODEL = click.option(
    "--model",
    type=click.Choice(MODEL_NAMES),
    default="effects",
    show_default=True,
    help="'effects' does what the prompt says; 'seed' is the notebook's random-weight model.",
)


def _user_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the package's errors into one-line click errors.

    Only the package's own family: any other exception is a bug, and
    :class:`_OneLineErrors` shows its traceback.
    """

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except StreamingMLLMError as exc:
            raise click.ClickException(str(exc)) from None

    return wrapper


class _Terminated(BaseException):
    """SIGTERM or SIGHUP arrived: unwind like Ctrl-C, so that ``finally``
    blocks remove temporary files, then exit with 128 + the signal number."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextmanager
def _terminate_cleanly() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into :class:`_Terminated` while the block runs."""

    def handler(signum: int, frame: Any) -> None:
        raise _Terminated(signum)

    sigs = [signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])
    try:
        previous = {sig: signal.signal(sig, handler) for sig in sigs}
    except ValueError:  # not the main thread (an embedding application): leave them be
        yield
        return
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def _rate(factor: float) -> str:
    return f"{factor:.0f}" if factor >= 10 else f"{factor:.2g}"


def _warn_nonfinite(count: int) -> None:
    if count:
        click.echo(
            f"warning: {count} NaN, Inf or out-of-range (|x| > 1e6) input samples were "
            "replaced by silence", err=True,
        )


def _warn_plan(plan: Any) -> None:
    for line in plan.warnings() if plan is not None else ():
        click.echo(line, err=True)


class _OneLineErrors(click.Group):
    """Usage errors (a missing option, a bad value) in one line, like every
    other error of the command, instead of click's usage block."""

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            rv = super().main(*args, standalone_mode=False, **kwargs)
        except click.UsageError as exc:
            hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
            if isinstance(exc, click.NoSuchOption) and exc.option_name[1:2].isdigit():
                # "-3 dB" read as an option: say how to pass a prompt starting with "-"
                hint = (f" (a prompt starting with '-' goes after '--', e.g. "
                        f"streaming-mllm explain -- \"{exc.option_name} dB\", or in --prompt "
                        f"\"{exc.option_name} dB\")")
            click.echo(f"Error: {exc.format_message()}{hint}", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except click.exceptions.Abort as exc:
            # click turns Ctrl-C anywhere in a command into Abort
            if isinstance(exc.__context__, KeyboardInterrupt):
                click.echo("interrupted", err=True)
                sys.exit(130)
            click.echo("Aborted!", err=True)
            sys.exit(1)
        except KeyboardInterrupt:  # before click took over
            click.echo("interrupted", err=True)
            sys.exit(130)
        except _Terminated as exc:
            click.echo(f"terminated by signal {exc.signum}", err=True)
            sys.exit(128 + exc.signum)
        except MemoryError:
            click.echo("Error: out of memory (try fewer channels or a smaller block)", err=True)
            sys.exit(1)
        except Exception:
            traceback.print_exc()
            click.echo(
                "This is a bug in streaming-mllm, not a problem with your input or files: "
                "please report it with the command line and the traceback above.",
                err=True,
            )
            sys.exit(1)
        sys.exit(rv if isinstance(rv, int) else 0)


@click.group(
    cls=_OneLineErrors,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, "-V", "--version", prog_name="streaming-mllm")
def main() -> None:
    """A streaming, text-guided audio processor.

    Type what you want to hear ("make it sound like a robot", "like an old
    telephone", "dans une cathédrale") and process a file, a pipe or your
    microphone with it, at a small, known latency.

    \b
    Start here:
      streaming-mllm process "$(streaming-mllm example)" robot.wav --prompt "robot"
      streaming-mllm explain "a robot in a cathedral with a bit of echo"
      streaming-mllm effects
    """


@main.command()
def example() -> None:
    """Print the path of the example recording shipped with the package."""
    from .fileio import EXAMPLE

    click.echo(str(EXAMPLE))


_OUTPUT_CHANNELS = click.option(
    "--output-channels", type=click.IntRange(min=1), default=None,
    help="Channels of the output (default: the input's). A mono input may ask for 2: the "
    "voice on both sides, in a stereo room if the prompt has a reverb.",
)


@main.command()
@click.argument("input", type=click.Path(dir_okay=False, path_type=str))
@click.argument("output", type=click.Path(dir_okay=False, path_type=str))
@prompt_options
@_MODEL
@click.option(
    "--chunk-size", type=click.IntRange(min=1), default=65536, show_default=True,
    help="Frames read and written per block (memory stays flat whatever the file's length).",
)
@click.option("--subtype", default=None, help="Output sample format, e.g. PCM_16, FLOAT.")
@_OUTPUT_CHANNELS
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no summary (warnings stay).")
@_user_errors
def process(
    input: str, output: str, prompt: Any, model: str, chunk_size: int, subtype: str | None,
    output_channels: int | None, quiet: bool,
) -> None:
    """Process the audio file INPUT into OUTPUT, block by block.

    The output keeps the input's sample rate and channels (a mono input may
    ask for --output-channels 2: a stereo room for a mono voice), lines up with it
    (the stream's latency is removed) and carries any tail the effect rings
    on with (echo, reverb).  OUTPUT is written to a temporary file and
    renamed when complete: an error, Ctrl-C, SIGTERM or SIGHUP never leaves
    half a file.  A symlink OUTPUT is written through (its target is
    replaced).  INPUT may be a FIFO, or - for standard input.

    \b
    Examples:
      streaming-mllm process voice.wav robot.wav -p "make it sound like a robot"
      streaming-mllm process song.flac hall.flac -p "in a huge cathedral"
      sox song.mp3 -t wav - | streaming-mllm process - out.wav -p "telephone"
    """
    from .fileio import FileReport, process_file

    bar = None
    done = 0
    total: int | None = None

    def opened(report: FileReport) -> None:
        nonlocal total
        total = report.frames_in or None

    def progress(n: int) -> None:
        nonlocal bar, done
        if quiet or total is None:  # a pipe cannot tell its length: no bar
            return
        if bar is None:  # only once the work has started: errors stay one line
            bar = click.progressbar(length=total, label="processing", file=sys.stderr)
            bar.__enter__()
        bar.update(n - done)
        done = n

    try:
        with _terminate_cleanly():
            report = process_file(
                input, output, prompt=prompt, model=model, chunk_size=chunk_size,
                subtype=subtype, progress=progress, on_open=opened,
                output_channels=output_channels,
            )
    except (KeyboardInterrupt, _Terminated) as exc:
        how = "terminated" if isinstance(exc, _Terminated) else "interrupted"
        click.echo(f"\n{how}: {output} was not written", err=True)
        sys.exit(128 + exc.signum if isinstance(exc, _Terminated) else 130)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    for line in report.warnings:
        click.echo(line, err=True)
    _warn_plan(report.plan)
    _warn_nonfinite(report.nonfinite_samples)
    if quiet:
        return
    click.echo(
        f"wrote {output}: {report.frames_out} frames at {report.samplerate} Hz, "
        f"{report.output_channels} channel(s), {_rate(report.realtime_factor)}x real time",
        err=True,
    )


@main.command()
@click.option("-r", "--samplerate", type=click.IntRange(min=1), required=True, help="Hz.")
@click.option("-c", "--channels", type=click.IntRange(min=1), default=1, show_default=True)
@click.option(
    "-f", "--format", "fmt", type=click.Choice(["f32le", "s16le"]), default="f32le",
    show_default=True, help="Raw PCM sample format, interleaved, on stdin and stdout.",
)
@prompt_options
@_MODEL
@click.option(
    "--block", type=click.IntRange(min=1, max=1 << 20), default=None,
    help="Frames per block read and written (default: the model's hop).",
)
@click.option(
    "--trim-latency", is_flag=True,
    help="Drop the first latency_samples frames so the output lines up with the input.",
)
@_OUTPUT_CHANNELS
@_user_errors
def pipe(
    samplerate: int, channels: int, fmt: str, prompt: Any, model: str, block: int | None,
    trim_latency: bool, output_channels: int | None,
) -> None:
    """Raw PCM on stdin, processed raw PCM on stdout, block by block.

    Each block is written and flushed as soon as it is processed, so any
    program can use the processor through a pipe.  End of input flushes the
    tail.

    \b
    Example (sox decodes and encodes):
      sox in.wav -t f32 -c 1 -r 48000 - \\
        | streaming-mllm pipe -r 48000 -p "telephone" \\
        | sox -t f32 -c 1 -r 48000 - out.wav
    """
    from .fileio import process_pipe

    try:
        with _terminate_cleanly():
            report = process_pipe(
                sys.stdin.buffer, sys.stdout.buffer, samplerate=samplerate, channels=channels,
                fmt=fmt, prompt=prompt, model=model, block_frames=block,
                trim_latency=trim_latency, warn=lambda line: click.echo(line, err=True),
                output_channels=output_channels,
            )
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except _Terminated as exc:
        sys.exit(128 + exc.signum)
    _warn_nonfinite(report.nonfinite_samples)


@main.command()
@_MODEL
@click.option("-r", "--samplerate", type=click.IntRange(min=1), default=48000, show_default=True)
@click.option("-p", "--prompt", default=None, help="Also show how this prompt is understood.")
@_user_errors
def info(model: str, samplerate: int, prompt: str | None) -> None:
    """Show a model's framing and latency at a sample rate."""
    from .stream import StreamingMLLM

    stream = StreamingMLLM(model, prompt if prompt is not None else _neutral(model),
                           samplerate=samplerate)
    ms = 1000 * stream.latency_seconds
    click.echo(f"model:        {model}")
    click.echo(f"samplerate:   {samplerate} Hz")
    click.echo(f"frame_length: {stream.frame_length} samples "
               f"({1000 * stream.frame_length / samplerate:.1f} ms)")
    click.echo(f"hop_length:   {stream.hop_length} samples "
               f"({1000 * stream.hop_length / samplerate:.1f} ms)")
    click.echo(f"latency:      {stream.latency_samples} samples ({ms:.1f} ms)"
               + _latency_reason(stream))
    plan = stream.plan
    if prompt is not None and plan is not None:
        from .effects.prompt import describe_plan

        click.echo("prompt:")
        for line in describe_plan(plan).splitlines():
            click.echo(f"  {line}")


def _latency_reason(stream: Any) -> str:
    if stream.latency_samples == 0:
        return ": no effect needs a frame, every sample comes straight through"
    if stream.plan is not None:
        return " = frame_length - 1: an effect needs a frame (a spectrum)"
    return " = frame_length - 1"


def _neutral(model: str) -> str:
    return "clean" if model == "effects" else "robot"


@main.command()
@click.argument("prompt", required=False)
@click.option("-p", "--prompt", "prompt_option", default=None,
              help="The prompt, as an option (for a prompt starting with '-').")
@click.option(
    "--json", "as_json", is_flag=True,
    help="Print the plan as JSON: a preset file for --plan (process, pipe, live), with the "
    "plan's latency_samples at the rate.",
)
@click.option("-r", "--samplerate", type=click.IntRange(min=1), default=48000, show_default=True,
              help="Rate at which to report the plan's latency.")
@_user_errors
def explain(prompt: str | None, prompt_option: str | None, as_json: bool,
            samplerate: int) -> None:
    """Show how the effects model understands PROMPT.

    A prompt that starts with '-' goes after '--' or in --prompt.

    \b
    Examples:
      streaming-mllm explain "a robot in a cathedral with a bit of echo"
      streaming-mllm explain "voix grave, un peu d'écho" --json > grave.json
      streaming-mllm process in.wav out.wav --plan grave.json
      streaming-mllm explain "a giant in a cave, 2 second reverb"
      streaming-mllm explain -- "-3 dB, a bit of echo"
      streaming-mllm explain -p "-3 dB"
    """
    from .effects.prompt import describe_plan, parse_prompt
    from .stream import StreamingMLLM

    if (prompt is None) == (prompt_option is None):
        raise click.UsageError("expected the prompt either as PROMPT or in --prompt, "
                               + ("got both" if prompt is not None else "got neither"))
    text = prompt if prompt is not None else prompt_option
    assert text is not None
    plan = parse_prompt(text)
    latency = StreamingMLLM("effects", plan, samplerate=samplerate).latency_samples
    if as_json:
        import json

        from .effects.preset import plan_to_dict

        # informative keys beside the preset's (a preset reader ignores them)
        info = {**plan_to_dict(plan, text), "samplerate": samplerate,
                "latency_samples": latency}
        click.echo(json.dumps(info, ensure_ascii=False))
    else:
        click.echo(describe_plan(plan))
        ms = 1000 * latency / samplerate
        click.echo(f"latency: {latency} samples ({ms:.1f} ms) at {samplerate} Hz"
                   + (": one STFT frame" if latency else ": none, no effect needs a frame"))
        _warn_plan(plan)


@main.command()
def effects() -> None:
    """List the effects, their parameters, defaults and example prompts, then
    the scenes and characters (presets) and the words that call them up."""
    from .effects.presets import CATEGORIES, PRESETS
    from .effects.registry import EFFECTS

    for info in EFFECTS.values():
        click.secho(info.name, bold=True, nl=False)
        click.echo(f"  {info.doc}")
        for pname, p in info.params.items():
            span = "|".join(p.choices) if p.choices else f"{p.low:g}..{p.high:g}"
            click.echo(f"    {info.name}.{pname} = {p.format(p.default)}  ({span}) {p.doc}")
        if info.examples:
            click.echo("    e.g. " + "; ".join(f'"{e}"' for e in info.examples))
    click.echo('\n"clean", "bypass" or "no effect" give the input unchanged.')
    click.secho("\nscenes and characters", bold=True, nl=False)
    click.echo(" (presets; they combine with effects and numbers: "
               '"a giant in a cave, 2 second reverb")')
    for category, title in CATEGORIES.items():
        click.echo(f"  {title}:")
        for preset in (p for p in PRESETS.values() if p.category == category):
            chain = "; ".join(
                e + (" " + ", ".join(f"{k}={v:g}" for k, v in params.items()) if params else "")
                for e, params in preset.chain.items()
            )
            click.secho(f"    {preset.name}", bold=True, nl=False)
            click.echo(f"  {preset.doc}: {chain}")
            words = [w for w in preset.words.split("|") if w][:10]
            click.echo("      " + ", ".join(words) + ", ...")


main.add_command(live_command, "live")
main.add_command(devices_command, "devices")
main.add_command(batch_command, "batch")

if __name__ == "__main__":  # pragma: no cover
    main()
