"""File chunk mode and pipe mode: whole files and raw PCM through a stream.

:func:`process_file` reads a file block by block with soundfile, pushes each
block through a :class:`~streaming_mllm.stream.StreamingMLLM`, drops the
stream's leading latency so that the output lines up with the input, and
writes the result block by block: memory stays flat whatever the file's
length.  The output is written to a temporary file beside it and renamed
into place only when complete, so an error or an interrupt never leaves a
truncated file behind.

:func:`process_pipe` does the same to raw interleaved PCM on binary streams
(stdin and stdout), block by block, flushing each block.
"""

from __future__ import annotations

import contextlib
import math
import numbers
import os
import re
import secrets
import stat
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import numpy as np
import soundfile as sf

from ._heap import keep_freed_memory
from .effects.limiter import CEILING
from .effects.plan import EffectPlan
from .errors import AudioInputError, FileError
from .models import Model
from .stream import StreamingMLLM

EXAMPLE = Path(__file__).with_name("data") / "example.flac"
"""A short speech recording shipped with the package (English, then French)."""


@dataclass
class FileReport:
    """What :func:`process_file` did."""

    input: str
    output: str
    samplerate: int
    channels: int
    frames_in: int
    frames_out: int = 0
    latency_samples: int = 0
    nonfinite_samples: int = 0
    seconds: float = 0.0
    plan: EffectPlan | None = None
    """How the ``effects`` model understood the prompt (None for ``seed``)."""
    warnings: list[str] = field(default_factory=list)
    """Lines to show the user about the input (a header that promises more)."""
    output_channels: int = 0
    """Channels written: the input's, or more for a mono input spread."""

    @property
    def realtime_factor(self) -> float:
        """Seconds of audio processed per second of wall time."""
        return self.frames_in / self.samplerate / self.seconds if self.seconds else float("inf")


STDIN = "-"
"""The INPUT name that reads standard input."""

_CUT_HEADER = re.compile(r"^data\s*:\s*(\d+)\s*\(should be (\d+)\)", re.MULTILINE)


def _open_input(path: str | os.PathLike) -> sf.SoundFile:
    """Open INPUT once: a file, a FIFO, a device such as /dev/stdin, or
    ``-`` for standard input (pipes and FIFOs cannot be opened twice)."""
    if os.fspath(path) == STDIN:
        try:
            return sf.SoundFile(sys.stdin.buffer.fileno(), closefd=False)
        except (sf.LibsndfileError, RuntimeError) as exc:
            raise FileError(f"cannot read standard input as audio: {exc}") from None
    p = Path(path)
    if not p.exists():
        raise FileError(f"input file not found: {p}")
    if p.is_dir():
        raise FileError(f"expected an audio file, got a directory: {p}")
    try:
        # by descriptor: libsndfile then takes any path, whatever its encoding
        fd = os.open(p, os.O_RDONLY)
    except OSError as exc:
        raise FileError(f"cannot read {p}: {exc.strerror}") from None
    try:
        f = sf.SoundFile(fd, closefd=True)
    except (sf.LibsndfileError, RuntimeError) as exc:
        with contextlib.suppress(OSError):  # libsndfile may have closed it already
            os.close(fd)
        # libsndfile's own words: str(exc) would name the descriptor ("Error
        # opening 38: ..."), a number that differs from run to run
        reason = getattr(exc, "error_string", None) or exc
        raise FileError(f"cannot read {p} as audio: {reason}") from None
    if f.seekable() and f.frames == 0:
        f.close()
        raise FileError(f"expected audio samples in {p}, got an empty file")
    return f


def input_frames(src: sf.SoundFile) -> int | None:
    """Frames the input holds, or None when it cannot tell (a pipe)."""
    return src.frames if src.seekable() else None


def _header_shortfall(src: sf.SoundFile) -> tuple[int, int] | None:
    """(frames the header promises, frames held) of a cut WAV file, else None."""
    try:
        m = _CUT_HEADER.search(src.extra_info)
    except (sf.LibsndfileError, RuntimeError):  # pragma: no cover - format without a log
        return None
    if m is None:
        return None
    frame_bytes = max(1, src.channels * _bytes_per_sample(src.subtype))
    promised, held = int(m.group(1)) // frame_bytes, int(m.group(2)) // frame_bytes
    return (promised, held) if promised > held else None


def _bytes_per_sample(subtype: str) -> int:
    return {"PCM_S8": 1, "PCM_U8": 1, "PCM_16": 2, "PCM_24": 3, "PCM_32": 4, "FLOAT": 4,
            "DOUBLE": 8, "ULAW": 1, "ALAW": 1}.get(subtype, 2)


def _read_blocks(src: sf.SoundFile, frames: int) -> Iterator[np.ndarray]:
    """Blocks of ``frames`` frames (the last one shorter) until the input ends;
    works on inputs that cannot seek."""
    while True:
        block = src.read(frames, dtype="float32", always_2d=True)
        if not len(block):
            return
        yield block


def _output_format(out: Path, src: sf.SoundFile, subtype: str | None) -> tuple[str, str]:
    ext = out.suffix.lstrip(".").upper()
    # RAW has no header to carry the rate and channels: that is pipe mode's job
    formats = {f for f in sf.available_formats() if f != "RAW"}
    if ext not in formats:
        raise FileError(
            f"cannot tell the audio format of {out} from its extension "
            f"(expected one of .{', .'.join(sorted(f.lower() for f in formats))}; "
            "for headerless PCM use 'streaming-mllm pipe')"
        )
    if subtype is not None:
        subtype = subtype.upper()
        if not sf.check_format(ext, subtype):
            raise FileError(
                f"subtype {subtype} is not available for {ext} files (available: "
                f"{', '.join(sf.available_subtypes(ext))})"
            )
        return ext, subtype
    subtype = src.subtype if ext == src.format else sf.default_subtype(ext)
    if not sf.check_format(ext, subtype):
        subtype = sf.default_subtype(ext)
    return ext, subtype


_PCM_BITS = {"PCM_S8": 8, "PCM_U8": 8, "PCM_16": 16, "PCM_24": 24, "PCM_32": 32}


def _sample_limit(subtype: str) -> float | None:
    """Largest magnitude to hand soundfile for ``subtype`` (None: no clip).

    The output is at most -1 dBFS; an integer format rounds to its step
    (libsndfile scales by ``2**(bits - 1)`` and rounds to nearest), which
    could land one step above.  So integer output is clipped at the largest
    step not above the ceiling.  Float formats keep the limiter's output as
    it is; other formats (lossy, companded) are clipped at full scale only.
    """
    if subtype.startswith(("FLOAT", "DOUBLE")):
        return None
    bits = _PCM_BITS.get(subtype)
    if bits is None:
        return 1.0
    full = 2 ** (bits - 1)
    steps = math.floor(CEILING * full)
    q = np.float32(steps / full)
    while float(q) * full > steps:  # float32 cannot hold every 32-bit step
        q = np.nextafter(q, np.float32(0))
    return float(q)


def _umask() -> int:
    """The process's umask, read without changing it (``os.umask`` sets it
    for every thread, and a library may run beside other threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022  # the common default; errs towards files others cannot write


def _new_file_mode(path: Path) -> int:
    """Permissions for the output: an existing file's own, else what the
    umask gives a new file (mkstemp's temporary file is private)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _temporary_name(directory: Path, name: str) -> str:
    return os.fspath(directory / f".{name}.{secrets.token_hex(6)}.part")


def _create_private(path: str) -> int:
    """Create ``path``, which must not exist, readable by its owner only:
    what :func:`tempfile.mkstemp` does, with the name chosen by the caller."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    return os.open(path, flags | getattr(os, "O_CLOEXEC", 0), 0o600)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return b.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def process_file(
    input_path: str | os.PathLike,
    output_path: str | os.PathLike,
    *,
    prompt: str = "clean",
    model: str | Model = "effects",
    chunk_size: int = 65536,
    subtype: str | None = None,
    progress: Callable[[int], None] | None = None,
    on_open: Callable[[FileReport], None] | None = None,
    output_channels: int | None = None,
) -> FileReport:
    """Process an audio file of any length in constant memory.

    Parameters
    ----------
    input_path, output_path
        Any format soundfile reads; the output's format follows its extension
        and keeps the input's sample rate and (unless ``output_channels``
        asks for more from a mono input) its channels.
    prompt, model
        As for :class:`~streaming_mllm.stream.StreamingMLLM`.
    chunk_size : int
        Frames read per block.
    subtype : str, optional
        soundfile subtype of the output (default: the input's when the format
        is the same, else the format's default).
    progress : callable, optional
        Called with the number of input frames done after each block.
    on_open : callable, optional
        Called with the report once the input is open and the output
        created (``report.frames_in`` is 0 when the input cannot tell its
        length: a pipe).
    output_channels : int, optional
        Channels of the output; a mono input may ask for more (see
        :class:`~streaming_mllm.stream.StreamingMLLM`).

    Notes
    -----
    ``input_path`` may be ``"-"`` (standard input), a FIFO or a device: it
    is opened once.  The output is written to a private temporary file
    beside it, through the descriptor that created it, and renamed into
    place when complete, so readers see the old file or the whole new one.
    A symlink output is written through: the file it points to is replaced.

    Returns
    -------
    FileReport
    """
    src_path, out_path = Path(input_path), Path(output_path)
    keep_freed_memory()  # each block reuses the last one's memory: no page faults
    if os.fspath(input_path) != STDIN and _same_file(src_path, out_path):
        raise FileError(f"refusing to write over the input file {src_path}")
    if not isinstance(chunk_size, numbers.Integral) or chunk_size <= 0:
        raise AudioInputError(f"expected a positive chunk size, got {chunk_size!r}")
    # A symlink OUTPUT is written through, as a shell's ">" or sox would: the
    # file it points to is replaced, the link stays.
    target = Path(os.path.realpath(out_path)) if out_path.is_symlink() else out_path
    if target.is_dir():
        raise FileError(f"cannot write {out_path}: it is a directory")
    if target.exists() and not os.access(target, os.W_OK):
        raise FileError(f"cannot write {out_path}: permission denied (the file is read-only)")
    src_name = "standard input" if os.fspath(input_path) == STDIN else str(src_path)
    with _open_input(input_path) as src:
        fmt, sub = _output_format(out_path, src, subtype)
        stream = StreamingMLLM(
            model, prompt, samplerate=src.samplerate, channels=src.channels,
            output_channels=output_channels,
        )
        width = stream.output_channels
        plan = stream.plan
        report = FileReport(
            src_name, str(out_path), src.samplerate, src.channels, input_frames(src) or 0,
            latency_samples=stream.latency_samples,
            plan=plan,
            output_channels=width,
        )
        report.warnings.extend(getattr(stream.prepared, "tail_warnings", []))
        channel_notes = getattr(stream.prepared, "warnings", None)
        if channel_notes is not None:  # a stereo effect asked of a mono output
            report.warnings.extend(channel_notes(stream.output_channels))
        shortfall = _header_shortfall(src) if src.seekable() else None
        if shortfall is not None:
            report.warnings.append(
                f"warning: {src_name}: the header promises {shortfall[0]} frames, "
                f"the file holds {shortfall[1]} (a cut or damaged file?)"
            )
        limit = _sample_limit(sub)
        directory = target.parent if str(target.parent) else Path(".")
        if not directory.is_dir():
            raise FileError(f"cannot write {out_path}: directory {directory} does not exist")
        # Everything goes through the descriptor that created the file: the name
        # is never opened again, so swapping it for a symlink redirects
        # nothing (in a world-writable directory another user could).
        chunk_size = int(chunk_size)
        t0 = time.perf_counter()
        fd, tmp_name = -1, ""
        try:
            # The name is known before the file exists, so that an interrupt
            # landing anywhere after its creation still finds it to remove.
            for _ in range(100):
                tmp_name = _temporary_name(directory, target.name)
                try:
                    fd = _create_private(tmp_name)
                    break
                except FileExistsError:
                    tmp_name = ""
            else:  # pragma: no cover - 100 collisions of 48 random bits
                raise FileError(f"cannot write in {directory}: no free temporary name")
            os.fchmod(fd, _new_file_mode(target))
            if on_open is not None:
                on_open(report)
            with sf.SoundFile(
                fd, "w", samplerate=src.samplerate, channels=width,
                format=fmt, subtype=sub, closefd=False,
            ) as dst:

                def write(y: np.ndarray) -> None:
                    if limit is not None:
                        np.clip(y, -limit, limit, out=y)
                    dst.write(y)
                    report.frames_out += len(y)

                to_skip = stream.latency_samples
                done = 0
                for block in _read_blocks(src, chunk_size):
                    y = stream.process(block)
                    drop = min(to_skip, len(y))
                    to_skip -= drop
                    if drop < len(y):
                        write(y[drop:])
                    done += len(block)
                    if progress is not None:
                        progress(done)
                if not done:
                    raise FileError(f"expected audio samples in {src_name}, got none")
                report.frames_in = done
                report.nonfinite_samples = stream.nonfinite_samples
                # a long tail (a reverb, an echo) in bounded blocks
                for tail in stream.flush_blocks(max(chunk_size, 4096)):
                    write(tail.reshape(len(tail), width))
            os.fsync(fd)
            mine, there = os.fstat(fd), os.lstat(tmp_name)
            if (mine.st_dev, mine.st_ino) != (there.st_dev, there.st_ino):
                raise FileError(
                    f"the temporary file {tmp_name} was replaced while {out_path} was written "
                    "(another user in the directory?): not renaming it"
                )
            os.replace(tmp_name, target)
        except sf.LibsndfileError as exc:
            raise FileError(f"cannot write {out_path}: {exc}") from None
        except FileError:
            raise
        except OSError as exc:
            where = directory if fd < 0 else out_path
            raise FileError(f"cannot write {where}: {exc.strerror or exc}") from None
        finally:
            if fd >= 0:
                os.close(fd)
            if tmp_name and os.path.lexists(tmp_name):
                os.unlink(tmp_name)
        report.seconds = time.perf_counter() - t0
    return report


MAX_PIPE_BLOCK = 1 << 20
"""Largest block ``pipe`` reads at once, in frames."""

PCM_FORMATS = {"f32le": np.dtype("<f4"), "s16le": np.dtype("<i2")}


@dataclass
class PipeReport:
    frames_in: int = 0
    frames_out: int = 0
    nonfinite_samples: int = 0


def _read_full(src: BinaryIO, n: int) -> bytes:
    """Read ``n`` bytes, fewer only at end of input."""
    parts, got = [], 0
    while got < n:
        chunk = src.read(n - got)
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def process_pipe(
    src: BinaryIO,
    dst: BinaryIO,
    *,
    samplerate: int,
    channels: int,
    fmt: str = "f32le",
    prompt: str = "clean",
    model: str | Model = "effects",
    block_frames: int | None = None,
    trim_latency: bool = False,
    warn: Callable[[str], None] | None = None,
    output_channels: int | None = None,
) -> PipeReport:
    """Raw interleaved PCM from ``src`` to ``dst``, block by block.

    Each block of ``block_frames`` frames (default: the stream's hop) read
    from ``src`` is processed and written to ``dst`` at once, then ``dst`` is
    flushed, so the other end hears it with only the stream's latency.  At
    end of input the stream's tail follows.  With ``trim_latency`` the first
    ``latency_samples`` output frames are dropped, so that the output lines up
    with the input (for offline use).  The output has ``output_channels``
    channels, by default ``channels`` (a mono input may ask for more).

    Raises
    ------
    AudioInputError
        If the input ends inside a frame; everything before it is processed
        and written first.
    """
    if fmt not in PCM_FORMATS:
        raise AudioInputError(f"expected a PCM format among {', '.join(PCM_FORMATS)}, got {fmt!r}")
    dtype = PCM_FORMATS[fmt]
    keep_freed_memory()
    stream = StreamingMLLM(
        model, prompt, samplerate=samplerate, channels=channels, output_channels=output_channels
    )
    width = stream.output_channels
    for line in stream.warnings() if warn is not None else ():
        warn(line)
    block = stream.hop_length if block_frames is None else block_frames
    if not isinstance(block, numbers.Integral) or not 1 <= block <= MAX_PIPE_BLOCK:
        raise AudioInputError(
            f"expected a block of 1 to {MAX_PIPE_BLOCK} frames, got {block_frames!r}"
        )
    frame_bytes = channels * dtype.itemsize
    to_skip = stream.latency_samples if trim_latency else 0
    report = PipeReport()

    def emit(y: np.ndarray) -> None:
        nonlocal to_skip
        y = y.reshape(len(y), width)
        drop = min(to_skip, len(y))
        to_skip -= drop
        y = y[drop:]
        if dtype.kind == "i":
            # the inverse of the input's scaling, so that "clean" is bit-exact
            y = np.clip(np.round(y * 32768.0), -32768, 32767)
        dst.write(np.ascontiguousarray(y, dtype=dtype).tobytes())
        dst.flush()
        report.frames_out += len(y)

    leftover = 0
    while True:
        data = _read_full(src, block * frame_bytes)
        whole = len(data) // frame_bytes
        leftover = len(data) - whole * frame_bytes
        if whole:
            x = np.frombuffer(data[: whole * frame_bytes], dtype=dtype).reshape(whole, channels)
            x = x.astype(np.float32) / 32768.0 if dtype.kind == "i" else x.astype(np.float32)
            report.frames_in += whole
            emit(stream.process(x))
        if len(data) < block * frame_bytes:
            break
    report.nonfinite_samples = stream.nonfinite_samples
    if 0 < stream.samples_out < stream.latency_samples:
        # A stream shorter than the latency: keep the output delayed by exactly
        # latency_samples (flush() leaves out the silence not yet emitted).
        emit(np.zeros((stream.latency_samples - stream.samples_out, width), np.float32))
    for tail in stream.flush_blocks(block):
        emit(tail)
    if leftover:
        raise AudioInputError(
            f"input ended inside a sample frame: {leftover} trailing bytes, expected a multiple "
            f"of {frame_bytes} bytes ({channels} channel(s) of {fmt})"
        )
    return report
