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

from .inputs import (
           AUDIO_SUFFIXES,
           ManifestRow,
           Source,
           choose_prompt,
           discover,
           output_for,
           read_manifest,
           read_prompts,
)
from .jobs import BatchError, BatchInterrupted, BatchProgress, FileRecord, Job, Options, process_job
from .local import usable_cores
from .log import read_log
from .run import ENGINES, plan_jobs, process_many

__all__ = ["AUDIO_SUFFIXES", "ENGINES", "BatchError", "BatchInterrupted", "BatchProgress",
           "FileRecord", "Job", "ManifestRow", "Options", "Source", "choose_prompt", "discover",
           "output_for", "plan_jobs", "process_job", "process_many", "read_log", "read_manifest",
           "read_prompts", "usable_cores"]
