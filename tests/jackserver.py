"""A private JACK server on the dummy driver, for end-to-end tests of the live effect.

``JackServer`` starts ``jackd --no-realtime -n NAME -p 32 -d dummy -r RATE -p PERIOD``
under a unique name, points ``JACK_DEFAULT_SERVER`` at it and sets
``JACK_NO_START_SERVER=1`` so that no client starts or reaches another
server, waits until a client can connect, and stops it with SIGTERM, then
SIGKILL after a timeout.  Server option ``-p 32`` (before ``-d``) limits the
number of ports, which keeps the shared memory small; after ``-d`` the options
belong to the dummy driver.

PortAudio lists the JACK host API only if the server runs when PortAudio
initializes, so start the server first, then call
:func:`streaming_mllm.live.rescan_devices`.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = ["JackServer", "JackServerError", "SignalSource", "jack_server", "jackd_path"]


class JackServerError(RuntimeError):
    """The JACK server did not come up."""


def jackd_path() -> str | None:
    """Path of the ``jackd`` executable, or ``None``."""
    return shutil.which("jackd")


class JackServer:
    """A JACK server with the dummy driver, private to one test run.

    Parameters
    ----------
    samplerate : int, default 48000
        The dummy driver's rate.
    period : int, default 256
        Frames per JACK period.
    name : str, optional
        Server name; unique by default.
    log_dir : path, optional
        Where ``jackd``'s output goes (a log file named after the server).
    realtime : bool, default False
        Run ``jackd`` (and so its clients' process threads) with real-time
        scheduling (``-R``) instead of ``--no-realtime``.
    """

    def __init__(
        self,
        samplerate: int = 48000,
        period: int = 256,
        name: str | None = None,
        log_dir: str | os.PathLike[str] | None = None,
        realtime: bool = False,
    ) -> None:
        self.realtime = realtime
        self.samplerate = samplerate
        self.period = period
        self.name = name or f"smllm-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.log_path = Path(log_dir or "/tmp") / f"jackd-{self.name}.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self._saved_env: dict[str, str | None] = {}

    @property
    def env(self) -> dict[str, str]:
        """Environment variables that point clients at this server only."""
        return {"JACK_DEFAULT_SERVER": self.name, "JACK_NO_START_SERVER": "1"}

    def command(self) -> list[str]:
        """The ``jackd`` command line."""
        jackd = jackd_path()
        if jackd is None:
            raise JackServerError("jackd not found (Debian: apt-get install jackd2)")
        return [
            jackd,
            *(["-R"] if self.realtime else ["--no-realtime"]),
            "-n",
            self.name,
            "-p",
            "32",
            "-d",
            "dummy",
            "-r",
            str(self.samplerate),
            "-p",
            str(self.period),
        ]

    def start(self, timeout: float = 10.0) -> None:
        """Start ``jackd`` and wait until a client can connect.

        Parameters
        ----------
        timeout : float, default 10
            Seconds to wait for the server.

        Raises
        ------
        JackServerError
            If ``jackd`` exits or does not answer in time (the log is quoted).
        """
        for key, value in self.env.items():
            self._saved_env[key] = os.environ.get(key)
            os.environ[key] = value
        env = {**os.environ, **self.env}
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(
                self.command(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=True,
            )
        import jack

        jack.set_error_function(lambda _msg: None)  # "cannot connect" while it starts
        try:
            self._wait(timeout)
        finally:
            jack.set_error_function(None)

    def _wait(self, timeout: float) -> None:
        import jack

        assert self.proc is not None
        deadline = time.monotonic() + timeout
        last_error = ""
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.stop()
                raise JackServerError(
                    f"jackd exited with {self.proc.returncode}: {self.log_tail()}"
                )
            try:
                client = jack.Client("probe", no_start_server=True, servername=self.name)
                try:
                    if client.get_ports("system:"):
                        return
                finally:
                    client.close()
            except Exception as exc:  # server not up yet
                last_error = str(exc)
            time.sleep(0.05)
        self.stop()
        raise JackServerError(
            f"jackd did not come up in {timeout} s ({last_error}): {self.log_tail()}"
        )

    def log_tail(self, lines: int = 5) -> str:
        """The last lines of the server's log, joined on one line."""
        try:
            text = self.log_path.read_text(errors="replace").strip().splitlines()
        except OSError:
            return ""
        return " | ".join(text[-lines:])

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the server: SIGTERM, then SIGKILL after ``timeout`` seconds."""
        proc, self.proc = self.proc, None
        try:
            if proc is not None and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=timeout)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=timeout)
        finally:
            for key, value in self._saved_env.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
            self._saved_env.clear()

    def __enter__(self) -> JackServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextmanager
def jack_server(samplerate: int = 48000, period: int = 256) -> Iterator[JackServer]:
    """Run a private :class:`JackServer` for the duration of a ``with`` block."""
    server = JackServer(samplerate=samplerate, period=period)
    try:
        server.start()
        yield server
    finally:
        server.stop()


class SignalSource:
    """Plays a signal into JACK from a separate process.

    The player is a tiny JACK client in its own Python process, so its process
    callback never waits for the test process's GIL (a JACK client in the
    same process as the engine under test made the server report xruns).  It
    registers ``<client>:out``, plays silence until :meth:`start`, then the
    signal after ``lead`` samples, then silence.

    Parameters
    ----------
    server : JackServer
        The server to join.
    signal : numpy.ndarray
        Mono samples, float32.
    lead : int, default 0
        Samples of silence between :meth:`start` and the signal.
    """

    def __init__(self, server: JackServer, signal: Any, lead: int = 0) -> None:
        import numpy as np

        self._tmp = tempfile.NamedTemporaryFile(suffix=".npy", delete=False)
        with self._tmp:
            np.save(self._tmp, np.ascontiguousarray(signal, dtype=np.float32))
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "source", server.name, self._tmp.name, str(int(lead))],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env={**os.environ, **server.env},
            text=True,
        )
        watchdog = threading.Timer(20.0, self.proc.kill)
        watchdog.start()
        try:
            assert self.proc.stdout is not None
            line = self.proc.stdout.readline().split()
        finally:
            watchdog.cancel()
        if len(line) != 2 or line[0] != "ready":
            self.close()
            raise JackServerError(f"the signal source did not start ({line})")
        self.port = line[1]

    def start(self) -> None:
        """Start playing (after ``lead`` samples)."""
        assert self.proc.stdin is not None
        self.proc.stdin.write("go\n")
        self.proc.stdin.flush()

    def close(self, timeout: float = 5.0) -> None:
        """Stop the player process and remove its temporary file."""
        try:
            if self.proc.stdin is not None and not self.proc.stdin.closed:
                try:
                    self.proc.stdin.close()
                except OSError:
                    pass
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=timeout)
        finally:
            Path(self._tmp.name).unlink(missing_ok=True)


def _source_main(server_name: str, path: str, lead: int) -> None:
    """Body of the :class:`SignalSource` player process."""
    import jack
    import numpy as np

    signal = np.load(path)
    client = jack.Client(
        f"smllm-src-{uuid.uuid4().hex[:6]}", no_start_server=True, servername=server_name
    )
    port = client.outports.register("out")
    state = {"pos": -lead, "go": False}

    @client.set_process_callback
    def _process(frames: int) -> None:
        buf = port.get_array()
        buf.fill(0)
        if not state["go"]:
            return
        start = state["pos"]
        state["pos"] = start + frames
        lo, hi = max(start, 0), min(start + frames, len(signal))
        if hi > lo:
            buf[lo - start : hi - start] = signal[lo:hi]

    client.activate()
    print("ready", port.name, flush=True)
    for line in sys.stdin:
        if line.strip() == "go":
            state["go"] = True
    client.deactivate()
    client.close()


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "source":
        _source_main(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        sys.exit(f"usage: {sys.argv[0]} source SERVER SIGNAL.npy LEAD")
