"""What a batch reads: inputs found on disk, output paths, prompts and manifests.

:func:`discover` expands files, folders (searched recursively) and glob
patterns; :func:`output_for` mirrors the input tree under the output folder;
:func:`choose_prompt` draws a file's prompt from ``(seed, path)``;
:func:`read_manifest` reads one row per input (CSV or JSON Lines).
"""

from __future__ import annotations

import csv
import glob
import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from .jobs import BatchError

AUDIO_SUFFIXES = frozenset(
    s for s in (".wav", ".wave", ".flac", ".ogg", ".oga", ".opus", ".mp3", ".aif", ".aiff",
                ".aifc", ".au", ".snd", ".caf", ".w64", ".rf64")
)
"""File name endings that folders and glob patterns are searched for (files
named on the command line are taken whatever their name)."""


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
    from ..effects.preset import load_preset, plan_from_dict, plan_to_dict

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
