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
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["JackServer", "JackServerError", "jack_server", "jackd_path"]


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
