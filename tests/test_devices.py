"""The ``devices`` table, from device descriptions (no audio hardware needed)."""

from __future__ import annotations

from streaming_mllm.live import DeviceInfo, feedback_risk, format_devices


def dev(index: int, name: str, api: str, ins: int, outs: int, **kw: bool) -> DeviceInfo:
    return DeviceInfo(index, name, api, ins, outs, 48000.0, **kw)


DEVICES = [
    dev(0, "HDA Intel PCH: ALC3246 Analog", "ALSA", 2, 2, is_default_input=True),
    dev(1, "USB Headset", "ALSA", 1, 2, is_default_output=True),
    dev(2, "Monitor of streaming-mllm", "PulseAudio", 2, 0),
    dev(3, "BlackHole 2ch", "Core Audio", 2, 2),
    dev(4, "CABLE Input (VB-Audio Virtual Cable)", "MME", 0, 2),
    dev(5, "system", "JACK Audio Connection Kit", 2, 2),
]


def test_devices_table_says_what_each_device_is_for() -> None:
    lines = format_devices(DEVICES).splitlines()
    rows = {int(line.split()[1] if line.split()[0] in "*<>" else line.split()[0]): line
            for line in lines[1:7]}
    use = {i: row.rsplit("48000", 1)[1].split() for i, row in rows.items()}
    assert use == {
        0: ["mic", "out"],
        1: ["mic", "out"],
        2: ["mic", "virtual"],
        3: ["mic", "out", "virtual"],
        4: ["out", "virtual"],
        5: ["mic", "out", "virtual"],
    }
    assert rows[0].lstrip().startswith(">") and rows[1].lstrip().startswith("<")
    assert "Virtual microphone" in lines[-1]


def test_feedback_warning_only_for_real_microphone_and_speakers() -> None:
    assert feedback_risk(DEVICES[0], DEVICES[0])  # laptop mic and speakers
    assert not feedback_risk(DEVICES[0], DEVICES[1])  # headset
    assert not feedback_risk(DEVICES[0], DEVICES[4])  # into a virtual cable
    assert not feedback_risk(DEVICES[5], DEVICES[5])  # JACK routes elsewhere
