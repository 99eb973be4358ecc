"""Command-line commands ``streaming-mllm live`` and ``streaming-mllm devices``.

The main group in :mod:`streaming_mllm.cli` adds them with
``main.add_command(live_command, "live")`` and
``main.add_command(devices_command, "devices")``.  Running this module
(``python -m streaming_mllm.cli_live live ...``) gives the same two commands.
"""

from __future__ import annotations

import math
import sys
import threading
from typing import TYPE_CHECKING, Any, TextIO

import click

from .cli_options import prompt_options
from .errors import StreamingMLLMError
from .models import MODEL_NAMES

if TYPE_CHECKING:
    from .live import LiveSession

__all__ = ["devices_command", "live_command"]


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


def _check_latency(_ctx: click.Context, _param: click.Parameter, value: str) -> str | float:
    from .live import parse_latency

    try:
        return parse_latency(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _echo(line: str) -> None:
    click.echo(line, err=line.startswith("warning"))


@click.command("live")
@prompt_options
@click.option(
    "--model",
    type=click.Choice(MODEL_NAMES),
    default="effects",
    show_default=True,
    help="Which model runs the prompt.",
)
@click.option("--input-device", "-i", default=None, help="Index or name substring (see 'devices').")
@click.option("--output-device", "-o", default=None, help="Index or name substring.")
@click.option(
    "--samplerate",
    "-r",
    type=click.IntRange(min=1),
    default=None,
    help="Sample rate in Hz [default: the input device's].",
)
@click.option("--channels", "-c", type=click.IntRange(min=1), default=1, show_default=True)
@click.option(
    "--blocksize",
    type=click.IntRange(min=1),
    default=None,
    help="Frames per audio callback [default: the prompt's own hop, 512 at 48 kHz, 256 for pitch].",
)
@click.option(
    "--latency",
    default="low",
    show_default=True,
    callback=_check_latency,
    help="Device latency: low, high or seconds.",
)
@click.option(
    "--duration",
    "-d",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    help="Stop after this many seconds [default: run until Ctrl-C].",
)
@click.option(
    "--record",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write the processed output to this sound file, every channel played (a mono "
    "input heard on two channels is recorded in stereo).",
)
@click.option(
    "--record-input",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write the dry input to this sound file.",
)
@click.option(
    "--processing",
    type=click.Choice(["auto", "callback", "thread"]),
    default="auto",
    show_default=True,
    help="Where the effect runs: in the audio callback (no added latency), in a worker "
    "thread (a few blocks more latency, for slow models), or chosen by timing it at start.",
)
@click.option(
    "--fixed-prompt",
    is_flag=True,
    help="The prompt will not change: no prompts from stdin, and the prompt's own latency "
    "(none for time-domain effects such as echo or reverb) instead of one frame.",
)
@click.option(
    "--crossfade",
    "crossfade_ms",
    type=click.FloatRange(min=0, max=10000),
    default=30.0,
    show_default=True,
    help="Milliseconds of crossfade when the prompt changes or bypass toggles.",
)
def live_command(
    prompt: Any,
    model: str,
    input_device: str | None,
    output_device: str | None,
    samplerate: int | None,
    channels: int,
    blocksize: int | None,
    latency: str | float,
    duration: float | None,
    record: str | None,
    record_input: str | None,
    processing: str,
    fixed_prompt: bool,
    crossfade_ms: float,
) -> None:
    """Run the effect live: microphone in, processed sound out (Ctrl-C stops).

    Use headphones: speakers next to the microphone feed the effect back
    into itself.  At start the latency budget is printed (the model's
    algorithmic latency plus the device's input and output latency); while
    running, one status line shows the time, dropouts, CPU load, the input
    and output peak levels and the prompt playing.

    While it runs, type on standard input (or pipe from another program):
    a line of text switches to that prompt with a crossfade (a prompt that
    cannot be understood is reported and the sound goes on unchanged); an
    empty line toggles bypass (the dry sound); 'quit' stops, like Ctrl-C.
    So that any prompt can come, the stream keeps one frame of latency
    (21.3 ms at 48 kHz) even for prompts that need none; --fixed-prompt
    gives a time-domain prompt (echo, reverb, gain, filters) zero latency.

    \b
    Examples:
      streaming-mllm devices
      streaming-mllm live -p "make it sound like a robot"
      streaming-mllm live -p "telephone" -i usb -o usb --record out.wav
      streaming-mllm live -p "clean" --latency high     # if you hear dropouts
      streaming-mllm live --plan telephone.json         # a preset from 'explain --json'
      streaming-mllm live -p clean    # then type: robot<Enter>, <Enter> (bypass), quit<Enter>
    """
    from .live import LiveOptions, LiveSession

    options = LiveOptions(
        prompt=prompt,
        model=model,
        input_device=input_device,
        output_device=output_device,
        samplerate=samplerate,
        channels=channels,
        blocksize=blocksize,
        latency=latency,
        duration=duration,
        record=record,
        record_input=record_input,
        crossfade_ms=crossfade_ms,
        fixed_prompt=fixed_prompt,
        worker={"auto": None, "callback": False, "thread": True}[processing],
    )
    session = LiveSession(options)
    status = _StatusLine(sys.stderr, prompt)
    stop = threading.Event()
    try:
        session.open()
        _print_start(session)
        if not fixed_prompt:
            threading.Thread(
                target=_read_commands,
                args=(sys.stdin, session, status, stop),
                name="streaming-mllm-stdin",
                daemon=True,
            ).start()
        summary = session.run(
            stop_event=stop, on_tick=status.update, interval=0.1 if sys.stderr.isatty() else 1.0
        )
    except StreamingMLLMError as exc:
        raise click.ClickException(_one_line(exc)) from None
    finally:
        status.end()
    click.echo(summary.line())


QUIT_WORDS = ("quit", "exit")


def _read_commands(
    stdin: TextIO | None, session: LiveSession, status: _StatusLine, stop: threading.Event
) -> None:
    """Each line of stdin: a new prompt, an empty line toggles bypass, 'quit' stops.

    Runs in its own thread, so a prompt is never parsed in the audio
    callback.  At the end of input (a closed or empty stdin) the run goes on.
    """
    if stdin is None:
        return
    try:
        for raw in stdin:
            line = raw.strip()
            if line.lower() in QUIT_WORDS:
                stop.set()
                return
            if not line:
                session.bypass = not session.bypass
                status.say(f"bypass {'on' if session.bypass else 'off'}")
                continue
            try:
                warnings = session.set_prompt(line)
            except StreamingMLLMError as exc:
                status.say(f"error: {_one_line(exc)} (still playing {status.label})")
                continue
            status.prompt = line
            status.say(f"prompt {prompt_label(line)}")
            for warning in warnings:
                status.say(warning)
    except (OSError, ValueError):  # stdin closed under us
        return


def _print_start(session: LiveSession) -> None:
    for line in session.messages:
        _echo(line)
    o, budget, timing = session.options, session.budget, session.timing
    assert budget is not None and timing is not None
    assert session.input_device is not None and session.output_device is not None
    _echo(
        f"{session.input_device.label} -> {session.output_device.label}, "
        f"{o.channels} -> {session.output_channels} ch, block {session.blocksize}, "
        f"prompt {prompt_label(o.prompt)}"
    )
    for line in budget.lines():
        _echo(line)
    _echo(
        f"process: {1000 * timing.p99:.2f} ms (p99) per {1000 * timing.period:.2f} ms "
        f"block -> {'worker thread' if session.worker else 'in the audio callback'}"
    )


def prompt_label(prompt: Any, width: int = 60) -> str:
    """A prompt (quoted, shortened to ``width``) or a preset's effects, for printing."""
    if isinstance(prompt, str):
        text = " ".join(prompt.split())
        return repr(text if len(text) <= width else text[: width - 3] + "...")
    names = [e.name for e in getattr(prompt, "effects", ())]
    return "preset (" + (", ".join(names) or "clean") + ")"


def _dbfs(peak: float) -> str:
    if peak <= 1e-10:
        return " -inf"
    return f"{20 * math.log10(peak):5.1f}"


class _StatusLine:
    """One line on stderr, rewritten in place with ``\\r``; messages go above it."""

    def __init__(self, stream: TextIO, prompt: Any) -> None:
        self.stream = stream
        self.prompt = prompt
        self.used = False
        self.width = 0
        self._lock = threading.Lock()

    @property
    def label(self) -> str:
        return prompt_label(self.prompt, width=32)

    def update(self, session: LiveSession) -> None:
        s = session.status()
        text = (
            f"{s.seconds:7.1f} s  xruns {s.xruns}"
            + (f" (worker {s.underruns}+{s.overruns})" if session.worker else "")
            + f"  cpu {100 * s.cpu_load:5.1f}%  in {_dbfs(s.peak_in)} dBFS  "
            f"out {_dbfs(s.peak_out)} dBFS  " + ("bypass" if session.bypass else self.label)
        )
        with self._lock:
            self.stream.write("\r" + text.ljust(self.width))
            self.stream.flush()
            self.width = len(text)
            self.used = True

    def say(self, message: str) -> None:
        """A line of its own (the status line is redrawn at the next update)."""
        with self._lock:
            if self.used:
                self.stream.write("\r" + " " * self.width + "\r")
            self.stream.write(message + "\n")
            self.stream.flush()
            self.width = 0

    def end(self) -> None:
        if self.used:
            self.stream.write("\n")
            self.stream.flush()


@click.command("devices")
def devices_command() -> None:
    """List audio devices: index, name, host API, channels, default rate, use.

    The "use" column says what a device is good for with 'live': mic (it
    has inputs), out (it has outputs), virtual (JACK, a virtual cable or a
    loopback: how to make 'live' a microphone for Zoom, Discord or OBS is
    in the README's "Virtual microphone").
    """
    from .live import format_devices, list_devices

    try:
        devices = list_devices()
    except StreamingMLLMError as exc:
        raise click.ClickException(_one_line(exc)) from None
    click.echo(format_devices(devices))


@click.group()
def _standalone() -> None:
    """Live audio commands of streaming-mllm."""


_standalone.add_command(live_command, "live")
_standalone.add_command(devices_command, "devices")

if __name__ == "__main__":  # pragma: no cover
    _standalone()
