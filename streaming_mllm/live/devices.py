"""Audio devices: import :mod:`sounddevice`, list, choose and check them.

Devices are chosen with the semantics of :mod:`sounddevice`: an integer
index, or space-separated, case-insensitive substrings of
``"<device name>, <host API name>"``.  :mod:`sounddevice` is imported here
and nowhere else in the package, so that ``import streaming_mllm`` works on a
machine without PortAudio; when it is missing, the error says what to install.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Literal

from ..errors import DeviceError

__all__ = [
    "COMMON_SAMPLERATES",
    "DeviceInfo",
    "check_samplerate",
    "feedback_risk",
    "find_device",
    "format_devices",
    "import_sounddevice",
    "is_virtual",
    "list_devices",
    "rescan_devices",
]

COMMON_SAMPLERATES = (8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000, 88200, 96000, 192000)

PORTAUDIO_HELP = (
    "PortAudio library not found: install it with 'apt-get install libportaudio2' "
    "(Debian/Ubuntu), 'brew install portaudio' (macOS) or "
    "'conda install -c conda-forge portaudio'"
)

_VIRTUAL_WORDS = (
    "jack",
    "loopback",
    "virtual",
    "null",
    "dummy",
    "blackhole",
    "soundflower",
    "vb-audio",
    "cable",
    "monitor",
)
"""Words of a device or host API name that mean it is not a physical microphone
or speaker: JACK, a virtual cable, a loopback, a null sink's monitor."""

_HEADPHONE_WORDS = ("headphone", "headset", "earphone", "earbud", "airpods", "buds", "in-ear")


def import_sounddevice() -> ModuleType:
    """Import :mod:`sounddevice`, turning a missing PortAudio into a :class:`DeviceError`.

    Returns
    -------
    module
        The :mod:`sounddevice` module.

    Raises
    ------
    DeviceError
        If the PortAudio library or the :mod:`sounddevice` package is missing;
        the message says how to install it.
    """
    try:
        import sounddevice as sd
    except OSError as exc:  # "PortAudio library not found"
        raise DeviceError(PORTAUDIO_HELP) from exc
    except ImportError as exc:
        raise DeviceError(
            "the Python package 'sounddevice' is missing: pip install sounddevice"
        ) from exc
    return sd


def rescan_devices() -> None:
    """Re-initialize PortAudio so that it lists host APIs started since it was loaded.

    PortAudio sees a JACK server only if the server runs when PortAudio
    initializes.  Call this with no stream open.
    """
    sd = import_sounddevice()
    sd._terminate()
    sd._initialize()


@dataclass(frozen=True)
class DeviceInfo:
    """One audio device as PortAudio lists it."""

    index: int
    name: str
    hostapi: str
    max_input_channels: int
    max_output_channels: int
    default_samplerate: float
    default_low_input_latency: float = 0.0
    default_low_output_latency: float = 0.0
    is_default_input: bool = False
    is_default_output: bool = False

    @property
    def label(self) -> str:
        """``"[index] name (host API)"``."""
        return f"[{self.index}] {self.name} ({self.hostapi})"


def list_devices() -> list[DeviceInfo]:
    """List the audio devices PortAudio knows.

    Returns
    -------
    list of DeviceInfo
        In PortAudio's order; the index is what ``--input-device`` accepts.
    """
    sd = import_sounddevice()
    try:
        hostapis = sd.query_hostapis()
        devices = sd.query_devices()
        default_in, default_out = sd.default.device
    except sd.PortAudioError as exc:
        raise DeviceError(f"cannot list audio devices: {exc}") from exc
    if default_in is None or default_in < 0:
        default_in = _hostapi_default(hostapis, "input")
    if default_out is None or default_out < 0:
        default_out = _hostapi_default(hostapis, "output")
    out = []
    for i, d in enumerate(devices):
        out.append(
            DeviceInfo(
                index=i,
                name=str(d["name"]),
                hostapi=str(hostapis[d["hostapi"]]["name"]),
                max_input_channels=int(d["max_input_channels"]),
                max_output_channels=int(d["max_output_channels"]),
                default_samplerate=float(d["default_samplerate"]),
                default_low_input_latency=float(d["default_low_input_latency"]),
                default_low_output_latency=float(d["default_low_output_latency"]),
                is_default_input=i == default_in,
                is_default_output=i == default_out,
            )
        )
    return out


def _hostapi_default(hostapis: Sequence[dict[str, Any]], kind: str) -> int:
    """First host API default device of the given kind, or -1."""
    for api in hostapis:
        dev = api.get(f"default_{kind}_device", -1)
        if dev is not None and dev >= 0:
            return int(dev)
    return -1


def is_virtual(dev: DeviceInfo) -> bool:
    """Whether the device is JACK, a virtual cable or a loopback (BlackHole,
    VB-CABLE, a null sink's monitor): where a virtual microphone is made."""
    text = f"{dev.name} {dev.hostapi}".lower()
    return any(w in text for w in _VIRTUAL_WORDS)


def format_devices(devices: Sequence[DeviceInfo]) -> str:
    """Format devices as a table a user can pick from.

    Marks the defaults (``>`` input, ``<`` output, ``*`` both) and says what
    each device can be used for with ``live``: ``mic`` (it has inputs),
    ``out`` (it has outputs), and ``virtual`` for JACK, virtual cables and
    loopbacks (:func:`is_virtual`), where a virtual microphone for other programs is
    made (README, "Virtual microphone").

    Parameters
    ----------
    devices : sequence of DeviceInfo
        As returned by :func:`list_devices`.

    Returns
    -------
    str
        One line per device after a header, then a legend; no trailing newline.
    """
    if not devices:
        return "no audio devices found"
    wname = max(4, *(len(d.name) for d in devices))
    wapi = max(8, *(len(d.hostapi) for d in devices))
    lines = [
        f"    {'idx':>3}  {'name':<{wname}}  {'host API':<{wapi}}  {'in':>3}  {'out':>3}  "
        f"{'rate':>6}  use"
    ]
    for d in devices:
        mark = (
            "*"
            if d.is_default_input and d.is_default_output
            else ">"
            if d.is_default_input
            else "<"
            if d.is_default_output
            else " "
        )
        use = [
            word
            for word, ok in (
                ("mic", d.max_input_channels > 0),
                ("out", d.max_output_channels > 0),
                ("virtual", is_virtual(d)),
            )
            if ok
        ]
        lines.append(
            f"  {mark} {d.index:>3}  {d.name:<{wname}}  {d.hostapi:<{wapi}}  "
            f"{d.max_input_channels:>3}  {d.max_output_channels:>3}  "
            f"{d.default_samplerate:>6g}  {' '.join(use)}"
        )
    lines.append("  (> default input, < default output, * both)")
    lines.append(
        "  use the index or a part of the name: live -i 3 -o 'USB'; to feed another program "
        "as a microphone, choose a 'virtual' output (README: Virtual microphone)"
    )
    return "\n".join(lines)


def devices_one_line(devices: Sequence[DeviceInfo]) -> str:
    """All devices on one line, for error messages."""
    if not devices:
        return "no audio devices found"
    return "devices: " + "; ".join(
        f"{d.label} {d.max_input_channels} in/{d.max_output_channels} out" for d in devices
    )


def find_device(spec: int | str | None, kind: Literal["input", "output"]) -> DeviceInfo:
    """Choose a device by index or by name, as :mod:`sounddevice` does.

    Parameters
    ----------
    spec : int, str or None
        An index (``3`` or ``"3"``), space-separated case-insensitive
        substrings of ``"<name>, <host API>"``, or ``None`` for the default.
    kind : {"input", "output"}
        Which direction the device must support.

    Returns
    -------
    DeviceInfo

    Raises
    ------
    DeviceError
        No such device, an ambiguous name, a device without channels in that
        direction, or no device at all; the message is one line and lists the
        devices.
    """
    sd = import_sounddevice()
    devices = list_devices()
    if not devices:
        raise DeviceError(
            "no audio devices found (is a sound card connected, or a JACK server running?)"
        )
    channels_of = (
        (lambda d: d.max_input_channels) if kind == "input" else (lambda d: d.max_output_channels)
    )
    if spec is None or (isinstance(spec, str) and not spec.strip()):
        chosen = [
            d
            for d in devices
            if (d.is_default_input if kind == "input" else d.is_default_output)
            and channels_of(d) > 0
        ]
        if not chosen:
            chosen = [d for d in devices if channels_of(d) > 0]
        if not chosen:
            raise DeviceError(f"no {kind} device found; {devices_one_line(devices)}")
        return chosen[0]
    query: int | str = spec
    if isinstance(spec, str) and spec.strip().lstrip("-").isdigit():
        query = int(spec.strip())
    if isinstance(query, int):
        if not 0 <= query < len(devices):
            raise DeviceError(f"no {kind} device with index {query}; {devices_one_line(devices)}")
        index = query
    else:
        try:
            index = int(sd.query_devices(query, kind)["index"])
        except (ValueError, sd.PortAudioError) as exc:
            first = str(exc).splitlines()[0].rstrip(":")
            raise DeviceError(f"{first}; {devices_one_line(devices)}") from exc
    dev = devices[index]
    if channels_of(dev) <= 0:
        raise DeviceError(f"device {dev.label} has no {kind} channels; {devices_one_line(devices)}")
    return dev


def check_samplerate(dev: DeviceInfo, kind: str, samplerate: int, channels: int) -> None:
    """Raise a :class:`DeviceError` listing the supported rates if the device
    refuses ``samplerate`` with ``channels`` channels in direction ``kind``."""
    sd = import_sounddevice()
    check = sd.check_input_settings if kind == "input" else sd.check_output_settings
    try:
        check(device=dev.index, channels=channels, dtype="float32", samplerate=samplerate)
        return
    except (ValueError, sd.PortAudioError):
        pass
    ok = []
    for rate in sorted({*COMMON_SAMPLERATES, int(dev.default_samplerate)}):
        try:
            check(device=dev.index, channels=channels, dtype="float32", samplerate=rate)
            ok.append(rate)
        except (ValueError, sd.PortAudioError):
            continue
    supported = ", ".join(str(r) for r in ok) if ok else "none of the common rates"
    raise DeviceError(
        f"{kind} device {dev.label} does not support {samplerate} Hz with {channels} channel(s); "
        f"it supports: {supported}"
    )


def feedback_risk(input_device: DeviceInfo, output_device: DeviceInfo) -> bool:
    """Whether a real microphone may hear real speakers (a howling feedback loop).

    Parameters
    ----------
    input_device, output_device : DeviceInfo

    Returns
    -------
    bool
        ``False`` when either device is JACK, virtual or a loopback
        (:func:`is_virtual`), or when the output's name says headphones;
        ``True`` otherwise.
    """
    if is_virtual(input_device) or is_virtual(output_device):
        return False
    return not any(w in output_device.name.lower() for w in _HEADPHONE_WORDS)
