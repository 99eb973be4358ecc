"""The batch log: one JSON Lines record per file, and what ``--resume`` reads from it."""

from __future__ import annotations

import json
import os
from typing import Any

import soundfile as sf


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
