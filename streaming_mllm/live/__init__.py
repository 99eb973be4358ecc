"""Live effect: microphone in, processed audio out, through one full-duplex stream.

The engine behind ``streaming-mllm live`` and ``streaming-mllm devices``, one
concept a module:

* :mod:`~streaming_mllm.live.devices` — import :mod:`sounddevice` (with the
  install hint), list devices, find one by index or name, check a rate;
* :mod:`~streaming_mllm.live.budget` — time ``process``, parse
  ``--latency``, the latency budget from microphone to speaker;
* :mod:`~streaming_mllm.live.rings` — :class:`BlockRing`, the lock-free
  block queue between the audio callback and another thread;
* :mod:`~streaming_mllm.live.duplex` — the audio callback, its worker
  thread, and the dropout counters;
* :mod:`~streaming_mllm.live.recorder` — input and output to sound files
  from a writer thread;
* :mod:`~streaming_mllm.live.session` — :class:`LiveSession` (``open``,
  ``run``, ``summary``) and its :class:`LiveOptions`; the CLI drives it and
  does all the printing.

:mod:`sounddevice` is imported only when a function here needs it.
"""

from ..errors import RecordError
from .budget import (
    IN_CALLBACK_FRACTION,
    LatencyBudget,
    ProcessingTiming,
    measure_processing,
    parse_latency,
)
from .devices import (
    DeviceInfo,
    feedback_risk,
    find_device,
    format_devices,
    import_sounddevice,
    list_devices,
    rescan_devices,
)
from .rings import BlockRing
from .session import LiveOptions, LiveSession, LiveStatus, LiveSummary

__all__ = [
    "IN_CALLBACK_FRACTION",
    "BlockRing",
    "DeviceInfo",
    "LatencyBudget",
    "LiveOptions",
    "LiveSession",
    "LiveStatus",
    "LiveSummary",
    "ProcessingTiming",
    "RecordError",
    "feedback_risk",
    "find_device",
    "format_devices",
    "import_sounddevice",
    "list_devices",
    "measure_processing",
    "parse_latency",
    "rescan_devices",
]
