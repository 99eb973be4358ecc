"""The streaming engine: :class:`StreamingMLLM`, the class to embed.

Samples arrive in chunks of any size.  An input :class:`RingBuffer` collects
them and, every ``hop_length`` samples, hands a frame of ``frame_length``
samples to the model; the model turns each frame into one block of
``hop_length`` output samples, which wait in an output ring buffer until the
caller takes them.  ``process`` always returns as many samples as it was
given, so it fits inside an audio callback.

Latency
-------
A model that needs no frame (an ``effects`` chain of time-domain effects
only: gain, echo, reverb, filters, modulation...; its ``needs_frame`` is
False) gets each chunk straight through: output sample ``n`` is made from
input samples up to ``n`` as soon as they arrive, so::

    latency_samples = 0

For a model that needs frames (a spectral effect, the seed), output block
``i`` covers the ``hop_length`` samples that start where frame ``i`` starts,
and it depends on every sample of frame ``i``.  The first sample of the
block is therefore known only once the frame's last sample,
``frame_length - 1`` samples later, has arrived.  A stream that accepts
chunks as small as one sample must delay everything by that much::

    latency_samples = frame_length - 1

and no smaller delay works for the first sample of each block.  The stream
reaches it by starting the output queue with ``latency_samples`` samples of
silence (less the ``padding`` of frame-overlapping models: the ``effects``
model starts its first frame ``frame_length - hop_length`` samples before
the signal, so its output queue starts with ``hop_length - 1`` samples).
At 48 kHz with the ``effects`` model's 1024-sample frame that is 1023
samples, 21.3 ms; with the seed's 1024-sample frame it is 1023 samples, or
63.9 ms at 16 kHz.

A stream can be given more latency than its model needs (``latency="frame"``
or a number of samples): the output is then delayed by the difference, so
that a later prompt needing a frame fits in the same latency.
"""

from __future__ import annotations

import copy
import threading
from collections import deque
from collections.abc import Iterator
from typing import Any

import numpy as np

from ._checks import as_float_audio, positive_int
from .encoder import frame_signal
from .errors import AudioInputError, ConfigError
from .models import Model, Prepared, load_model
from .ringbuffer import RingBuffer
from .switch import ALWAYS, DryLane, Lane, Mixer, crossfade_samples

_MAX_BLOCK = 32768
"""Frames moved through the rings per step: bounds memory for any chunk size.

Every step costs some fixed work (each effect's setup, a few allocations):
"a robot with echo in a cathedral" (48 kHz stereo, CPU time) runs about
1.3x faster in file mode in steps of 32768 frames than of 16384, and 65536
gains little more while doubling a step's working memory again.  Small
chunks (live, pipe) are not affected."""

_MAX_BLOCK_VALUES = 1 << 20
"""Values (frames times channels) moved per step: beyond 32 channels a step
takes fewer than ``_MAX_BLOCK`` frames, so that a stream of many channels holds a few
megabytes per buffer, not ``_MAX_BLOCK`` frames of each channel."""

INPUT_BOUND = 1e6
"""Largest input magnitude taken as signal (+120 dBFS).  Beyond it a sample
is a glitch, like NaN or Inf: it becomes silence and is counted.  The bound
keeps every effect's arithmetic (gains up to +48 dB, squares of spectra,
feedback sums) far from float32's 3.4e38."""


class StreamingMLLM:
    """A text-guided audio processor that works on a stream, chunk by chunk.

    Parameters
    ----------
    model : str or model object
        ``"effects"`` (prompts such as "robot" or "in a cathedral" change the
        sound) or ``"seed"`` (the notebook's random-weight model), or an
        object with a ``prepare(prompt, samplerate)`` method.
    prompt : str
        Encoded once, here; never per frame.  The ``effects`` model also
        takes an :class:`~streaming_mllm.effects.plan.EffectPlan`.
    samplerate : int
        Samples per second of the stream.
    channels : int
        Channels of the input.  The model sees every channel of a frame at
        once and may mix them: the ``effects`` model's reverb gives every
        output channel some of every input channel (a stereo room).
    output_channels : int, optional
        Channels of the output, by default ``channels``.  A mono input
        (``channels=1``) may ask for more: it is fed to every output channel
        before the model, so that a mono voice gets, for instance, a stereo
        reverb.  Otherwise it must equal ``channels``.
    frame_length, hop_length : int, optional
        Override the model's framing (``effects`` and ``seed`` by name only).
    latency : "auto", "frame" or int
        Fixed for the life of the stream.  ``"auto"`` (default): what the
        prompt needs, 0 for a chain of time-domain effects, ``frame_length -
        1`` with a spectral effect or the seed.  ``"frame"``: ``frame_length
        - 1`` whatever the prompt, so that any later prompt fits (a live
        stream whose prompt may change).  An int: that many samples, at
        least what the prompt needs.  A prompt that needs more than the
        stream's latency is refused by :meth:`check_latency`.  A stream
        constructed with ``"frame"`` or a number also imports every effect's
        DSP now (about a second, once per process), so that a later
        :meth:`set_prompt` takes milliseconds.

    Attributes
    ----------
    latency_samples : int
        Output is the processed input delayed by this many samples: 0 for a
        prompt that needs no frame, ``frame_length - 1`` for one that does
        (the smallest delay that works for chunks of any size, see the module
        docstring), or what ``latency`` fixed.
    nonfinite_samples : int
        NaN, Inf or out-of-range (beyond :data:`INPUT_BOUND`) input samples
        seen so far; each became silence.

    Examples
    --------
    >>> stream = StreamingMLLM("seed", "robot", samplerate=16000)
    >>> stream.latency_samples
    1023
    >>> x = np.zeros(300, dtype=np.float32)
    >>> stream.process(x).shape
    (300,)
    >>> StreamingMLLM("effects", "louder, in a cathedral").latency_samples
    0
    >>> StreamingMLLM("effects", "louder", latency="frame").latency_samples
    1023
    """

    def __init__(
        self,
        model: str | Model = "effects",
        prompt: str | Any = "clean",
        *,
        samplerate: int = 48000,
        channels: int = 1,
        output_channels: int | None = None,
        frame_length: int | None = None,
        hop_length: int | None = None,
        latency: str | int = "auto",
    ) -> None:
        self.samplerate = positive_int(samplerate, "samplerate")
        self.channels = positive_int(channels, "channels")
        self.output_channels = (
            self.channels if output_channels is None
            else positive_int(output_channels, "output_channels")
        )
        if self.output_channels != self.channels and self.channels != 1:
            raise ConfigError(
                f"expected output_channels equal to channels ({self.channels}), or a mono "
                f"input (channels=1) spread to output_channels, got channels={self.channels}, "
                f"output_channels={self.output_channels}"
            )
        # a mono input spread to several output channels: a model may compute
        # what is the same on every channel once (Prepared.new_spread_state)
        self._spread = self.channels == 1 < self.output_channels
        self._model_arg = model
        self._mixer: Mixer | None = None
        self._pending: deque[tuple[str, Any, int, bool]] = deque()
        # process, flush and reset run one at a time: two threads calling
        # process on one stream would otherwise tear its rings apart
        self._lock = threading.RLock()
        self._bypass = False  # as asked
        self._bypassed = False  # as applied, in the thread that calls process
        self._waiting: StreamingMLLM | None = None
        self._asked = prompt  # the newest prompt asked for, in the caller's thread
        self.crossfade_ms = 30.0
        if isinstance(model, str):
            model = load_model(model, frame_length=frame_length, hop_length=hop_length)
        elif frame_length is not None or hop_length is not None:
            raise ConfigError("frame_length and hop_length apply to a model given by name only")
        self.model = model
        self.prompt = prompt
        self.prepared: Prepared = model.prepare(prompt, self.samplerate)
        p = self.prepared
        self.frame_length = int(p.frame_length)
        self.hop_length = int(p.hop_length)
        self.latency_samples = self._fixed_latency(latency, self.required_latency(p))
        if latency != "auto" and self.model.name == "effects":
            # a stream fixed for switching: a later set_prompt must not pay for
            # importing a DSP module (scipy.signal: about a second)
            from .effects.chain import import_builders

            import_builders()
        self._bind()
        self.reset()

    def _fixed_latency(self, latency: object, needed: int) -> int:
        frame = self.frame_length - 1
        if latency == "auto":
            return needed
        if latency == "frame":
            return max(frame, needed)
        if isinstance(latency, bool) or not isinstance(latency, (int, np.integer)):
            raise ConfigError(
                f'expected latency "auto", "frame" or a number of samples, got {latency!r}'
            )
        if latency < needed:
            raise ConfigError(
                f"the prompt needs {needed} samples of latency (one STFT frame), got "
                f"latency={int(latency)}: use latency=\"auto\" or at least {needed}"
            )
        return int(latency)

    def required_latency(self, prepared: Prepared | None = None) -> int:
        """Latency a prepared prompt needs at this stream's rate: 0 when it
        needs no frame, else its ``frame_length - 1``."""
        p = self.prepared if prepared is None else prepared
        return 0 if not getattr(p, "needs_frame", True) else int(p.frame_length) - 1

    def check_latency(self, prepared: Prepared) -> None:
        """Raise :class:`ConfigError` unless ``prepared`` (a prompt prepared
        at this stream's rate, e.g. for a prompt switch) fits this stream's
        fixed latency."""
        needed = self.required_latency(prepared)
        if needed > self.latency_samples:
            raise ConfigError(
                f"the prompt needs {needed} samples of latency (one STFT frame) but "
                f"this stream's latency is fixed at {self.latency_samples}: construct the "
                'stream with latency="frame" to switch to prompts that need a frame'
            )

    def _bind(self) -> None:
        """Rings and buffers for the prepared model and the fixed latency."""
        p = self.prepared
        # Every model's output is held under the same -1 dBFS ceiling; a model
        # whose output is limited already (the effects chain) says so.
        self._limiter: Any = None
        if not getattr(p, "output_limited", False):
            from .effects.base import EffectContext
            from .effects.limiter import Limiter

            self._limiter = Limiter(
                EffectContext(self.samplerate, self.frame_length, self.hop_length)
            )
        own = self.required_latency(p)
        self._passthrough = not getattr(p, "needs_frame", True)
        self._process_input = getattr(p, "process_input", None)
        # output delay beyond what the model itself needs
        self._delay = self.latency_samples - own
        self._block = max(1, min(_MAX_BLOCK, _MAX_BLOCK_VALUES // self.output_channels))
        if self._passthrough:
            self._padding = 0
            self._in = None
            self._out = RingBuffer(self._delay + self._block, self.output_channels)
            return
        self._padding = int(p.padding)
        assert 0 <= self._padding <= own
        batch = max(1, self._block // self.hop_length)
        self._max_frames = batch
        # the engine runs on the output's channels (a mono input is spread first)
        width = self.output_channels
        self._in = RingBuffer(self.frame_length + batch * self.hop_length, width)
        self._out = RingBuffer(
            self.latency_samples + (batch + 2) * self.hop_length + self._in.capacity, width
        )
        span = (batch - 1) * self.hop_length + self.frame_length
        # Frames are read channel-first, so that each frame's samples are
        # contiguous; the view of every frame of a full span is made once.
        self._span_t = np.empty((self.output_channels, span), np.float32)
        self._frames = frame_signal(self._span_t, self.frame_length, self.hop_length).transpose(
            1, 0, 2
        )

    @property
    def latency_seconds(self) -> float:
        return self.latency_samples / self.samplerate

    @property
    def plan(self) -> Any:
        """How the ``effects`` model understood the prompt (an
        :class:`~streaming_mllm.effects.plan.EffectPlan`), or None for a
        model without one."""
        return getattr(self.prepared, "plan", None)

    def warnings(self) -> list[str]:
        """Lines to show the user about the prompt: words not understood,
        values brought into range, a tail cut at the cap, effects this stream's
        channels cannot carry."""
        lines = self.plan.warnings() if self.plan is not None else []
        lines += list(getattr(self.prepared, "tail_warnings", []))
        more = getattr(self.prepared, "warnings", None)
        return lines + (more(self.output_channels) if more is not None else [])

    def reset(self) -> None:
        """Start a fresh stream: clear every state, keep the encoded prompt
        (the newest one given to :meth:`set_prompt`) and :attr:`bypass`."""
        with self._lock:
            self._reset_locked()

    def _reset_locked(self) -> None:
        self._apply_pending()
        if self._mixer is not None:
            chains = [
                lane.stream
                for lane in self._mixer.lanes
                if not lane.is_dry and lane.stream.prepared is self.prepared
            ]
            if self._waiting is not None:
                chains = [self._waiting]
            self._adopt(chains[-1] if chains else self._new_lane(self.prompt))
            self._mixer = None
            self._waiting = None
        if self._bypassed:
            self._mixer = self._dry_mixer()
        self._reset_chain()

    def _reset_chain(self) -> None:
        spread = getattr(self.prepared, "new_spread_state", None) if self._spread else None
        self._state = (spread or self.prepared.new_state)(self.output_channels)
        self._limiter_state = (
            self._limiter.new_state(self.output_channels) if self._limiter is not None else None
        )
        if self._in is not None:
            self._in.clear()
            self._in.write_zeros(self._padding)
        self._out.clear()
        self._out.write_zeros(self.latency_samples - self._padding)
        self.samples_in = 0
        self.samples_out = 0
        self.nonfinite_samples = 0

    def _check(self, chunk: object) -> tuple[np.ndarray, bool]:
        x = as_float_audio(chunk, name="chunk")
        if x.ndim == 1:
            if self.channels != 1:
                raise AudioInputError(
                    f"expected a chunk of shape (n, {self.channels}) for {self.channels} channels,"
                    f" got shape {x.shape}"
                )
            return x[:, None], True
        if x.shape[1] != self.channels:
            raise AudioInputError(
                f"expected a chunk of shape (n, {self.channels}), got shape {x.shape}"
            )
        return x, False

    def _space(self) -> int:
        """Samples :meth:`_push` takes at most in one step."""
        return self._block if self._in is None else self._in.space

    def _push(self, x: np.ndarray) -> None:
        """Write at most ``self._space()`` samples and run every full frame
        (or, with no frame, the whole model) on them."""
        self.samples_in += len(x)
        if self._in is None:
            y = self.prepared.process_samples(x, self._state)
            if self._limiter is not None:
                y = self._limiter.process(y, self._limiter_state)
            self._out.write(y)
            return
        if self._process_input is not None:
            x = self._process_input(x, self._state)
        self._in.write(x)
        fl, hop = self.frame_length, self.hop_length
        while len(self._in) >= fl:
            k = min(self._max_frames, 1 + (len(self._in) - fl) // hop)
            self._in.peek((k - 1) * hop + fl, self._span_t[:, : (k - 1) * hop + fl].T)
            out = self.prepared.process_frames(self._frames[:k], self._state)
            if self._limiter is not None:
                out = self._limiter.process(out, self._limiter_state)
            self._out.write(out)
            self._in.skip(k * hop)

    def process(self, chunk: np.ndarray) -> np.ndarray:
        """Process a chunk; return as many samples, delayed by ``latency_samples``.

        Shape: ``(n,)`` (mono) or ``(n, channels)`` in, the same shape out,
        float32.  ``n`` may be anything, 0 included.  NaN and Inf samples,
        and samples larger than :data:`INPUT_BOUND`, become silence and are
        counted in :attr:`nonfinite_samples`.  The output is always finite
        and at most -1 dBFS.

        Thread use: calls to ``process``, ``flush`` and ``reset`` on one
        stream are serialized by a lock (uncontended, it costs well under a
        microsecond), so two threads never corrupt the stream; the order in
        which their chunks enter it is theirs to arrange.
        """
        with self._lock:
            return self._process_locked(chunk)

    def _process_locked(self, chunk: object) -> np.ndarray:
        x, mono = self._check(chunk)
        ok = np.abs(x) <= INPUT_BOUND  # False for NaN too
        if not ok.all():
            self.nonfinite_samples += int(ok.size - np.count_nonzero(ok))
            x = np.where(ok, x, np.float32(0))
        if self.output_channels != self.channels:
            # a mono input spread: the engine runs on the output's channels
            x = np.repeat(x, self.output_channels, axis=1)
            mono = False
        if self._pending or self._mixer is not None:
            out = self._process_mixed(x)
            return out[:, 0] if mono else out
        n = len(x)
        out = np.empty((n, self.output_channels), np.float32)
        pos = 0
        direct = self._passthrough and self._delay == 0
        while pos < n:
            m = min(n - pos, self._space())
            if direct:
                # no frame, no added delay: the block goes straight through
                y = self.prepared.process_samples(x[pos : pos + m], self._state)
                if self._limiter is not None:
                    y = self._limiter.process(y, self._limiter_state)
                out[pos : pos + m] = y
                self.samples_in += m
            else:
                self._push(x[pos : pos + m])
                self._out.read(m, out[pos : pos + m])
            pos += m
        self.samples_out += n
        return out[:, 0] if mono else out

    def flush(self) -> np.ndarray:
        """Return what is still inside the stream, then reset it.

        Together, what ``process`` returned after its first
        ``latency_samples`` samples and what ``flush`` returns are the whole
        processed signal: every input sample, then the model's tail (an
        echo's repeats, a reverb's decay, the seed's prompt blocks).

        Shape: ``(m, output_channels)``, or ``(m,)`` for a mono stream.
        """
        pieces = list(self.flush_blocks())
        if not pieces:
            width = self.output_channels
            return np.zeros((0,) if width == 1 else (0, width), np.float32)
        return np.concatenate(pieces)

    def flush_blocks(self, block_frames: int = _MAX_BLOCK) -> Iterator[np.ndarray]:
        """:meth:`flush` as blocks of at most ``block_frames`` frames.

        Memory stays one block times the channels however long the tail (a
        reverb's decay, an echo's repeats), so file and pipe modes write it
        as it comes.  The stream is reset after the last block; stopping
        early leaves the rest unread (call :meth:`reset`).

        Shape: each block ``(m, output_channels)``, or ``(m,)`` for a mono stream.
        """
        block_frames = positive_int(block_frames, "block_frames")
        mono = self.output_channels == 1

        def shaped(y: np.ndarray) -> Iterator[np.ndarray]:
            for i in range(0, len(y), block_frames):
                piece = y[i : i + block_frames]
                yield piece[:, 0] if mono else piece

        with self._lock:
            self._apply_pending()
            if self._mixer is not None:
                out = self._mixer.flush()
                self._reset_locked()
                yield from shaped(out)
                return
            p = self.prepared
            # The first latency_samples of the output are not signal: silence and,
            # for frame-overlapping models, the outputs of the padding before the
            # first sample.  Whatever of them was not emitted yet is dropped here,
            # even where the first frame has not been processed yet.
            to_drop = max(0, self.latency_samples - self.samples_out)
            emitted_signal = max(0, self.samples_out - self.latency_samples)
            first = self._out.read(len(self._out))
            if not p.flush_with_zeros:
                last = np.asarray(p.finish(self._state, self.output_channels), np.float32)
                if self._limiter is not None:
                    last = self._limiter.process(last, self._limiter_state)
                out = np.concatenate([first, last])[to_drop:]
                self._reset_locked()
                yield from shaped(out)
                return
            # every input sample, then the tail; no input, no tail
            tail = int(p.tail_samples) if self.samples_in else 0
            wanted = self.samples_in - emitted_signal + tail
        piece = first
        while True:
            drop = min(to_drop, len(piece))
            to_drop -= drop
            piece = piece[drop : drop + wanted]
            wanted -= len(piece)
            yield from shaped(piece)
            if wanted <= 0:
                break
            with self._lock:
                zeros = np.zeros(
                    (min(block_frames, self._space()), self.output_channels), np.float32
                )
                self._push(zeros)
                piece = self._out.read(len(self._out))
        self.reset()

    def process_all(self, signal: np.ndarray) -> np.ndarray:
        """Offline convenience: the whole signal in, the aligned result out.

        Equals ``process(signal)[latency_samples:]`` followed by ``flush()``
        (then the stream is reset).  Shape: ``(n,)`` or ``(n, channels)`` in
        (a mono stream takes ``(n, 1)`` too), ``(n + tail, ...)`` of the same
        kind out.
        """
        y = self.process(signal)
        # flush() gives a mono stream's tail as (m,): match the input's shape
        tail = self.flush().reshape((-1,) + y.shape[1:])
        return np.concatenate([y[self.latency_samples :], tail])

    # -- switching ---------------------------------------------------------------
    def set_prompt(
        self, prompt: str | Any, *, crossfade_ms: float = 30.0, trails: bool = False
    ) -> list[str]:
        """Switch to another prompt at the next input sample given to :meth:`process`.

        The prompt is parsed and prepared here, in the caller's thread (never
        in an audio callback that calls ``process``); an invalid prompt raises
        and the stream goes on unchanged.  From the switch, the old and the new
        chain both get the input, and over ``crossfade_ms`` the output moves
        from the old to the new (raised-cosine, amplitude-complementary: see
        :mod:`streaming_mllm.switch`); then the old chain is released.  The
        framing and ``latency_samples`` do not change.  While :attr:`bypass`
        is on, the new prompt waits for bypass to be turned off.

        Parameters
        ----------
        prompt : str or EffectPlan
            As for the constructor.
        crossfade_ms : float, default 30.0
            Fade length, 0 to 10000 ms (0 is a hard cut).
        trails : bool, default False
            Let the old chain's echo and reverb ring out under the new one
            instead of fading them with it.

        Returns
        -------
        list of str
            What to tell the user about the new prompt (words not understood,
            values brought into range), as :meth:`warnings`.

        Raises
        ------
        StreamingMLLMError
            The prompt cannot be used (:class:`PromptError`), or needs another
            framing or latency than this stream's (:class:`ConfigError`).
        """
        fade = crossfade_samples(crossfade_ms, self.samplerate)
        lane = self._new_lane(prompt)
        self.crossfade_ms = float(crossfade_ms)
        self._asked = lane.prompt
        self._pending.append(("prompt", lane, fade, bool(trails)))
        return lane.warnings()

    @property
    def bypass(self) -> bool:
        """When True, the output is the dry input delayed by ``latency_samples``.

        Setting it crossfades to the dry signal, or back to the prompt (a fresh
        chain of it), over :attr:`crossfade_ms` from the next input sample.
        """
        return self._bypass

    @bypass.setter
    def bypass(self, value: bool) -> None:
        value = bool(value)
        if value == self._bypass:
            return
        fade = crossfade_samples(self.crossfade_ms, self.samplerate)
        self._bypass = value
        if value:
            dry = DryLane(self.latency_samples, self.output_channels)
            self._pending.append(("bypass", dry, fade, False))
        else:
            # a fresh chain of the prompt, unless a prompt given while bypassed is waiting
            self._pending.append(("unbypass", self._new_lane(self._asked), fade, False))

    def _new_lane(self, prompt: Any) -> StreamingMLLM:
        """A fresh stream of ``prompt`` with this stream's framing and latency."""
        model = self._model_arg
        kwargs: dict[str, Any] = {
            "samplerate": self.samplerate,
            "channels": self.output_channels,
            "latency": self.latency_samples,
        }
        if model == "effects":
            kwargs.update(frame_length=self.frame_length, hop_length=self.hop_length)
        elif isinstance(model, str):
            model = self.model  # the same model object: the same framing
        try:
            lane = StreamingMLLM(model, prompt, **kwargs)
            if self._spread:
                # its input is this stream's mono input, spread
                lane._spread = True
                lane._reset_chain()
        except ConfigError:
            alone = StreamingMLLM(model, prompt, **{**kwargs, "latency": "auto"})
            self.check_latency(alone.prepared)  # names the way out: latency="frame"
            raise
        if (lane.frame_length, lane.hop_length, lane.latency_samples) != (
            self.frame_length,
            self.hop_length,
            self.latency_samples,
        ):
            raise ConfigError(
                f"the prompt {prompt!r} needs frame_length={lane.frame_length}, "
                f"hop_length={lane.hop_length} (latency {lane.latency_samples}) but this stream "
                f"runs frame_length={self.frame_length}, hop_length={self.hop_length} "
                f"(latency {self.latency_samples}); a switch cannot change them"
            )
        return lane

    def _dry_mixer(self) -> Mixer:
        from .effects.base import EffectContext
        from .effects.limiter import Limiter

        limiter = Limiter(EffectContext(self.samplerate, self.frame_length, self.hop_length))
        return Mixer(
            Lane(DryLane(self.latency_samples, self.output_channels), ALWAYS, 0),
            self.latency_samples,
            self.output_channels,
            limiter,
        )

    def _apply_pending(self) -> None:
        """Start the queued switches at the current input sample.

        Runs in the thread that calls ``process``: everything the running
        chain uses changes here, never in the thread that asked for it.
        """
        while self._pending:
            kind, lane, fade, trails = self._pending.popleft()
            if kind == "prompt" and self._bypassed:
                # heard when bypass ends
                self._waiting = lane
                self.prompt, self.prepared = lane.prompt, lane.prepared
                continue
            if kind == "bypass":
                if self._bypassed:
                    continue
                self._bypassed = True
            elif kind == "unbypass":
                if not self._bypassed:
                    continue
                self._bypassed = False
                if self._waiting is not None:
                    lane, self._waiting = self._waiting, None
            if self._mixer is None:
                mixer = self._dry_mixer()
                mixer.lanes = [Lane(self._detach(), ALWAYS, 0)]
                self._mixer = mixer
            self._mixer.switch(lane, fade, trails)
            if not isinstance(lane, DryLane):
                self.prompt, self.prepared = lane.prompt, lane.prepared

    def _detach(self) -> StreamingMLLM:
        """A stream object that takes over this one's running chain."""
        lane = copy.copy(self)
        # a lane gets the input already spread to the output's channels
        lane.channels = lane.output_channels
        lane._mixer = None
        lane._pending = deque()
        lane._bypass = lane._bypassed = False
        lane._waiting = None
        return lane

    def _adopt(self, lane: StreamingMLLM) -> None:
        """Run ``lane``'s chain as this stream's own (its state, rings, prompt)."""
        keep = {
            "_mixer",
            "_pending",
            "_bypass",
            "_bypassed",
            "_waiting",
            "_asked",
            "_lock",  # callers may be waiting on this stream's own lock
            "channels",  # a lane's input is this stream's, spread to its output channels
            "crossfade_ms",
            "nonfinite_samples",
        }
        for key, value in vars(lane).items():
            if key not in keep:
                setattr(self, key, value)

    def _process_mixed(self, x: np.ndarray) -> np.ndarray:
        self._apply_pending()
        assert self._mixer is not None
        out = self._mixer.process(x)
        settled = self._mixer.settled()
        if settled is not None and not settled.is_dry:
            self._adopt(settled.stream)
            self._mixer = None
        return out

    def __repr__(self) -> str:
        return (
            f"StreamingMLLM(model={getattr(self.model, 'name', self.model)!r}, "
            f"prompt={self.prompt!r}, samplerate={self.samplerate}, channels={self.channels}, "
            f"output_channels={self.output_channels}, "
            f"frame_length={self.frame_length}, hop_length={self.hop_length}, "
            f"latency_samples={self.latency_samples})"
        )

