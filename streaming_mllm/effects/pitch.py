"""Pitch shift without a change of duration: a phase vocoder in the frame
domain, with identity phase locking and formant control.

Quality and latency
-------------------
A phase vocoder moves each harmonic's spectral peak; it can only do that
cleanly when neighbouring harmonics are resolved, i.e. several bins apart.
With 21 ms frames (47 Hz bins at 48 kHz) the harmonics of a 100 Hz voice are
two bins apart and leak into each other: a ghost of the old pitch, 11 dB
under the new one.  Pitch plans therefore get frames of up to
:data:`~streaming_mllm.effects.stft.HARMONIC_FRAME_SECONDS` (2048 samples at
48 kHz: 23 Hz bins, harmonics of 100 Hz four bins apart) and a hop of an
eighth of the frame, for 42.7 ms of latency instead of 21.3 ms.

The vocoder itself runs on spectra zero-padded to twice the frame
(:data:`PAD`; an inverse and a forward transform around it): a partial moves
by whole *half*-bins, so the part of its move that rounding leaves to the
phase rotation is half as large, and so is the level it loses (a steady
tone: 0.6 dB per pass before, 0.3 dB after).  Cost: four more transforms per
frame, two of them twice as long, and the bin arithmetic on twice the bins.

Noise and the overlap-add
-------------------------
Frames cut from one signal overlap-add coherently; the vocoder's frames of
a noise-like sound (a fricative, a breath) much less, and their sum comes
out quieter (white noise: 1.4 to 3.8 dB per pass).  Each output frame's
cross terms with the frames before it, against the input's where the
content came from, say how much: :meth:`PitchShift._coherence` gives it
back per 400 Hz band (round trip +-5: 3.52 -> 3.11 dB log-spectral
distance; +-12: 6.42 -> 5.32 dB).  Cost: the last seven input and output
spectra kept, seven complex products per frame and bin each.

Transients
----------
A 43 ms frame spreads a click over 43 ms: the part of it before the click
is pre-echo (-21 dB of the click's energy more than 1 ms early, without a
remedy).  The input frame shows where the sound is, so each output frame
is gated against the input frame's envelope (:meth:`PitchShift._gate`):
nothing is added where the input was silent, and a steady sound, whose
envelope never drops 20 dB within a pitch period, is not touched.

Formants
--------
Moving the peaks moves the spectral envelope with them: a voice shifted
down sounds like a larger person, not the same person lower.  ``formants``
says how far the envelope follows the pitch: 0 keeps it where it was (a
deeper or higher voice, the same speaker), 1 moves it with the harmonics (a
giant, a chipmunk).  The output envelope, ``E(b / ratio)`` after the move, is
brought to ``E(b / ratio**formants)`` by the gains of
:class:`~streaming_mllm.effects.formant.EnvelopeWarp`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import scipy.fft
import scipy.ndimage

from .base import TWO_PI, EffectContext, SpectralProcessor, phasor, wrap_phase
from .formant import EnvelopeWarp

__all__ = ["PitchShift"]

SHIFT_HYSTERESIS = 0.75
"""How far, in (padded) bins, a partial's whole-bin move may lag its exact move."""

PAD = 2
"""Zero-padding of the vocoder's transforms: bins of half the frame's spacing."""

PEAK_REACH = 3
"""Half-width, in padded bins (1.5 frame bins), of the neighbourhood a
spectral peak must dominate below :data:`PEAK_SPLIT_HZ`: the harmonics that
carry the pitch.  One frame bin (2 padded) there gave 2.6 % gross f0 errors
at +-12 (peaks between harmonics moved on their own)."""

PEAK_REACH_HIGH = 2
"""The same above :data:`PEAK_SPLIT_HZ`, where speech is partly noise and
smaller regions keep more of its detail: round trip +-5 3.75 -> 3.52 dB
against 3 everywhere; 1 padded bin cost 4 dB of harmonic-to-artefact."""

PEAK_SPLIT_HZ = 1500.0
"""Where the peak reach narrows from :data:`PEAK_REACH` to :data:`PEAK_REACH_HIGH`."""

TRUE_FREQUENCY_REACH = 0.7
"""How far, in padded bins, a bin's true frequency (from its phase advance)
may lie from the bin itself.  A resolved partial lies within half a padded
bin of its peak; a peak of noise, or of two partials beating, can read up to
eight away (the advance wraps at +-pi per hop of an eighth of the frame) and
would move its region by that much more, a different amount each frame.
Clamped to 0.7 bins (0.35 frame bins), the round trip +-5 with the formants
following went from STOI 0.960 to 0.968 (+-3: 0.973 to 0.975; +-12: 0.857 to
0.859), log-spectral distance unchanged within 0.03 dB."""

COHERENCE = True
"""Whether to correct the overlap-add's coherence loss (see :meth:`PitchShift._coherence`)."""

COHERENCE_BAND_HZ = 200.0
"""Half-width of the bands over which the coherence is measured: 100 Hz
took the 220 Hz tone's harmonic-to-artefact from 64 to 58 dB."""

COHERENCE_MAX_GAIN = 2.0
"""Largest level given back (6 dB; incoherent frames at a hop of 1/8 lose 7)."""

GATE_BACK_S = 0.010
"""How far back the input frame's envelope reaches: a pitch period of a
100 Hz voice, so that the gaps between glottal pulses are not gated."""

GATE_AHEAD_S = 0.001
"""How far ahead the input frame's envelope reaches: what the vocoder lets
through in the last millisecond before an onset stays (the onset's 2 ms
envelope then rises as early as the input's; 0.5 ms made it 0.4 ms later).
Pre-masking hides far more than a millisecond."""

GATE_HEADROOM = 10.0
"""How far (20 dB) an output frame may rise above its input frame's
envelope before the excess is gated away (pre-echo)."""


@dataclass
class _PitchState:
    phase: np.ndarray  # (channels, n_bins): analysis phases of the previous frame
    turn: np.ndarray  # (channels, n_bins): each bin's phase rotation in the previous frame
    shift: np.ndarray  # (channels, n_bins): each bin's move in the previous frame, in bins
    owner: np.ndarray  # (channels, n_bins): the previous frame's peak owning each bin
    past_in: np.ndarray  # (R - 1, channels, frame bins): the last input spectra, demodulated
    past_out: np.ndarray  # (R - 1, channels, frame bins): the last output spectra, demodulated
    count: int = 0  # frames seen, modulo R


class PitchShift:
    """Phase-vocoder pitch shift in the frame domain, with identity phase locking.

    Per frame: each bin's true frequency comes from its phase advance since
    the previous frame.  Each spectral peak, with the bins nearest to it
    (its region), moves as a block by ``(ratio - 1) * f`` (``f`` the peak's
    true frequency) rounded to whole bins,
    so that the peak keeps its shape (no holes, no smearing), and the whole
    region turns by the peak's rotation: the phase its partial needs at
    ``ratio`` times its frequency minus the phase it has at its own (identity
    phase locking, Laroche and Dolson 1999, which keeps the frame's time
    envelope where it was).  A partial's rotation grows each hop by
    ``(ratio - 1)`` times its phase advance, starting from the rotation of
    the previous frame's peak whose region held it: a harmonic halfway
    between two bins, whose peak tips from one bin to the other as its
    neighbours' leakage comes and goes, keeps one continuous phase.

    Parameters
    ----------
    semitones : float
        The shift; 12 is an octave.
    formants : float
        How far the spectral envelope follows: 0 keeps it, 1 moves it with
        the pitch.
    """

    def __init__(self, ctx: EffectContext, semitones: float, formants: float = 1.0) -> None:
        self.frame_length = ctx.frame_length
        self.padded = PAD * ctx.frame_length
        nb = self.padded // 2 + 1
        self.ratio = float(2.0 ** (semitones / 12.0))
        follow = float(np.clip(formants, 0.0, 1.0))
        self.warp = (
            None
            if self.ratio == 1.0 or follow == 1.0
            else EnvelopeWarp(ctx, self.ratio, self.ratio**follow)
        )
        bins = np.arange(nb)
        self.bins = bins
        self.bins32 = bins.astype(np.int32)
        self.padded_bin_hz = ctx.samplerate / self.padded
        self.expected = TWO_PI * bins * ctx.hop_length / self.padded  # rad per hop
        # a bin's deviation from its expected advance, at most that of a
        # partial TRUE_FREQUENCY_REACH bins away
        self.reach_rad = TRUE_FREQUENCY_REACH * TWO_PI * ctx.hop_length / self.padded
        # a partial advancing a radians per hop sits at a / (2 pi hop / N)
        # bins; it moves by ratio - 1 times that
        self.bins_per_radian = (self.ratio - 1.0) * self.padded / (TWO_PI * ctx.hop_length)
        # coherence of the overlap-add (see _coherence)
        self.frame_bins = ctx.n_bins
        self.overlaps = ctx.frame_length // ctx.hop_length - 1
        h = 0.5 - 0.5 * np.cos(TWO_PI * np.arange(ctx.frame_length) / ctx.frame_length)
        fb = np.arange(ctx.n_bins)
        self.ola_weights = [
            2.0 * float(np.dot(h[m * ctx.hop_length:], h[: ctx.frame_length - m * ctx.hop_length])
                        / np.dot(h, h))
            for m in range(1, self.overlaps + 1)]
        # frame j's bin b, times exp(-2 pi i b j hop / N), is its phase
        # against the stream's time origin: period R in j
        self.demod = phasor(-TWO_PI * np.outer(np.arange(self.overlaps + 1), fb)
                            * ctx.hop_length / ctx.frame_length)
        src = fb / self.ratio
        self.coh_src = np.minimum(np.rint(src).astype(np.int64), ctx.n_bins - 1)
        self.coh_valid = src <= ctx.n_bins - 1
        self.coh_smooth = max(1, int(round(COHERENCE_BAND_HZ / ctx.bin_hz)))
        back = max(1, int(round(GATE_BACK_S * ctx.samplerate)))
        ahead = max(0, int(round(GATE_AHEAD_S * ctx.samplerate)))
        # a window of back + ahead + 1 samples ending `ahead` after each sample
        self.gate_size = back + ahead + 1
        self.gate_origin = (back - ahead) // 2
        self.gate_out_size = 2 * ahead + 1
        # blocks for _may_gate: GATE_AHEAD_S long; a window reaching `back`
        # samples before a block's last sample holds gate_lag whole blocks
        # before it
        self.gate_block = ahead
        self.gate_lag = (back - ahead + 1) // ahead if ahead else 0

    def new_state(self, channels: int) -> _PitchState:
        nb = self.bins.size
        return _PitchState(
            # float32 like np.angle of the complex64 spectra that replace it:
            # a float64 start computed the first call's frames more precisely
            # than later ones, so the output depended on the chunking
            np.zeros((channels, nb), np.float32),
            np.zeros((channels, nb)),
            np.rint(self.bins * (self.ratio - 1.0)).astype(np.int64)[None].repeat(channels, 0),
            np.broadcast_to(self.bins32, (channels, nb)).copy(),
            np.zeros((self.overlaps, channels, self.frame_bins), np.complex64),
            np.zeros((self.overlaps, channels, self.frame_bins), np.complex64),
        )

    def _owners(self, mag: np.ndarray) -> np.ndarray:
        """For each bin, the nearest peak (itself when there is none).

        Shape: ``(k, channels, n_bins)`` in, int32 of that shape out.
        """
        nb = mag.shape[-1]
        # a peak is the loudest bin within PEAK_REACH bins each side
        # (PEAK_REACH_HIGH above the split), beyond the ends mirrored as by
        # scipy.ndimage's "reflect": a few comparisons with shifted copies,
        # both reaches at once (two running-max filters took twice as long)
        split = int(PEAK_SPLIT_HZ / self.padded_bin_hz)
        reach = max(PEAK_REACH, PEAK_REACH_HIGH)
        padded = np.pad(mag, [(0, 0)] * (mag.ndim - 1) + [(reach, reach)], mode="symmetric")
        is_peak = np.ones(mag.shape, bool)
        for d in range(1, reach + 1):
            near = slice(None) if d <= min(PEAK_REACH, PEAK_REACH_HIGH) else (
                slice(None, split) if d <= PEAK_REACH else slice(split, None))
            view = is_peak[..., near]
            view &= mag[..., near] >= padded[..., reach - d: reach - d + nb][..., near]
            view &= mag[..., near] >= padded[..., reach + d: reach + d + nb][..., near]
        is_peak[..., 0] = is_peak[..., -1] = False
        # int32 and contiguous running max/min: several times faster than
        # int64 on reversed views
        far = np.int32(4 * nb)
        idx = self.bins32
        left = np.where(is_peak, idx, -far)
        np.maximum.accumulate(left, axis=-1, out=left)
        right = np.where(is_peak[..., ::-1], idx[::-1], far)
        np.minimum.accumulate(right, axis=-1, out=right)
        right = right[..., ::-1]
        owner = np.where(idx - left <= right - idx, left, right)
        return np.where((owner < 0) | (owner >= nb), idx, owner)

    def process(self, spec: np.ndarray, state: _PitchState) -> np.ndarray:
        """Shape: ``(k, channels, n_bins)`` in and out."""
        if self.ratio == 1.0:
            return spec
        n = self.frame_length
        frames = scipy.fft.irfft(spec, n=n, axis=-1)
        power_in = spec.real**2 + spec.imag**2
        spec_in = spec
        spec = scipy.fft.rfft(frames, n=self.padded, axis=-1).astype(np.complex64)
        k, ch, nb = spec.shape
        power = spec.real**2 + spec.imag**2
        phase = np.angle(spec)
        previous = np.concatenate([state.phase[None], phase[:-1]], axis=0)
        state.phase = phase[-1].copy()
        advance = self.expected + np.clip(
            wrap_phase(phase - previous - self.expected), -self.reach_rad, self.reach_rad)
        owner = self._owners(power)

        # each bin's rotation: its previous owner's, plus (ratio - 1) times
        # its own advance; a region then turns by its peak's rotation.  Its
        # move, in whole bins, is (ratio - 1) times its peak's true frequency,
        # kept from the previous frame's owner while that stays within
        # SHIFT_HYSTERESIS bins of it: a move that flipped between two
        # roundings from frame to frame would jump the partial by a bin.
        growth = advance * (self.ratio - 1.0)
        ideal = advance * self.bins_per_radian
        # the frames of one call are chained: flat indices into a frame's
        # (channels, n_bins) instead of take_along_axis (its per-call
        # overhead was a tenth of the effect's time); the rotations are
        # wrapped once per call (phasor wraps them again), not per frame
        owner_flat = owner + (np.arange(ch, dtype=np.int32) * nb)[:, None]
        turn = np.empty((k, ch, nb))
        shift = np.empty((k, ch, nb), np.int64)
        prev_turn, prev_shift = state.turn, state.shift
        prev_owner = state.owner + (np.arange(ch) * nb)[:, None]
        for j in range(k):
            t = turn[j]
            np.take(prev_turn, prev_owner, out=t)
            t += growth[j]
            kept = np.take(prev_shift, prev_owner)
            shift[j] = np.where(np.abs(ideal[j] - kept) <= SHIFT_HYSTERESIS, kept,
                                np.rint(ideal[j]))
            prev_turn, prev_shift, prev_owner = t, shift[j], owner_flat[j]
        state.turn = wrap_phase(turn[-1])
        state.shift, state.owner = shift[-1].copy(), owner[-1].copy()

        frame_base = (np.arange(k) * (ch * nb))[:, None, None]
        turn = np.take(turn, owner_flat + frame_base)
        moved = spec * phasor(turn)
        base = (np.arange(k * ch) * nb).reshape(k, ch, 1)
        dest = self.bins + np.take(shift, owner_flat + frame_base)
        valid = (dest >= 0) & (dest < nb)
        flat = (base + dest)[valid]
        vals = moved[valid]
        size = k * ch * nb
        out = np.empty(size, np.complex64)
        out.real = np.bincount(flat, weights=vals.real, minlength=size)
        out.imag = np.bincount(flat, weights=vals.imag, minlength=size)
        out = out.reshape(k, ch, nb)
        out = scipy.fft.rfft(scipy.fft.irfft(out, n=self.padded, axis=-1)[..., :n],
                             axis=-1).astype(np.complex64)
        power = power_in
        if self.warp is not None:
            out *= self.warp.gains(power.astype(np.float32))
            # Harmonics sampled from a kept envelope are fewer per hertz up
            # (an octave up with a 1/k spectrum: 6 dB quieter) and more down:
            # each frame keeps the input frame's energy instead, within 12 dB.
            e_in = power.sum(axis=-1, keepdims=True)
            e_out = (out.real**2 + out.imag**2).sum(axis=-1, keepdims=True)
            gain = np.sqrt((e_in + 1e-20) / (e_out + 1e-20))
            out *= np.clip(gain, 0.25, 4.0).astype(np.float32)
        if COHERENCE:
            out = self._coherence(spec_in, out, state)
        return self._gate(spec_in, out)

    def _ola_power(self, spec: np.ndarray, past: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each frame's power, and its power plus its overlap-add cross terms
        with the frames before it (twice, for those after it), band-smoothed.

        ``spec`` and ``past`` demodulated (phases against the stream's time
        origin), so that frame ``j``'s cross term with frame ``j - m`` is
        ``Re(Z_j conj(Z_{j-m}))``.  Shape: ``(k, channels, n_bins)`` in, two
        of that shape out.
        """
        k = spec.shape[0]
        allf = np.concatenate([past, spec], axis=0)
        r = self.overlaps
        acc = np.zeros(spec.shape, np.complex64)
        for m in range(1, r + 1):
            acc += np.float32(self.ola_weights[m - 1]) * allf[r - m : r - m + k]
        power = (spec.real**2 + spec.imag**2).astype(np.float64)
        total = power + (spec.real * acc.real + spec.imag * acc.imag)
        size = 2 * self.coh_smooth + 1
        power = scipy.ndimage.uniform_filter1d(power, size, axis=-1, mode="nearest")
        total = scipy.ndimage.uniform_filter1d(total, size, axis=-1, mode="nearest")
        return power, total

    def _coherence(self, spec: np.ndarray, out: np.ndarray, state: _PitchState) -> np.ndarray:
        """Give back the level that the output frames' lost coherence costs.

        Overlap-added frames add up in power as their cross terms say: the
        input's, whose frames are cut from one signal, add coherently; a
        vocoder's frames of noise-like sound much less, and the sum is up to
        7 dB quieter.  Per band, the ratio of (power + cross terms) / power
        of the input (where the content came from, at ``bin / ratio``) over
        the output's is the power lost; the output gets it back, within
        :data:`COHERENCE_MAX_GAIN`.

        Shape: ``(k, channels, n_bins)`` in and out.
        """
        r = self.overlaps
        demod = self.demod[(state.count + np.arange(spec.shape[0])) % (r + 1)][:, None, :]
        state.count = (state.count + spec.shape[0]) % (r + 1)
        z_in, z_out = spec * demod, out * demod
        p_in, t_in = self._ola_power(z_in, state.past_in)
        p_out, t_out = self._ola_power(z_out, state.past_out)
        state.past_in = np.concatenate([state.past_in, z_in], axis=0)[-r:].copy()
        state.past_out = np.concatenate([state.past_out, z_out], axis=0)[-r:].copy()
        tiny = 1e-30
        k_in = np.maximum(t_in, 0.0) / (p_in + tiny)
        k_out = np.maximum(t_out, 0.0) / (p_out + tiny)
        want = k_in[..., self.coh_src]
        g2 = np.where(self.coh_valid & (p_out > tiny), want / np.maximum(k_out, tiny), 1.0)
        g = np.sqrt(np.clip(g2, 1.0, COHERENCE_MAX_GAIN**2))
        return (out * g).astype(np.complex64)

    def _gate(self, spec: np.ndarray, out: np.ndarray) -> np.ndarray:
        """Remove what each output frame holds where its input frame was silent.

        A phase vocoder spreads a click or an onset over the whole frame
        (43 ms): its output frame sounds before the onset (pre-echo).  The
        input frame says where the sound is: the output frame is scaled down
        wherever it rises more than :data:`GATE_HEADROOM` above the input's
        envelope (its peak over the last :data:`GATE_BACK_S`, up to
        :data:`GATE_AHEAD_S` ahead).  Steady sounds are never gated.

        Shape: ``(k, channels, n_bins)`` in (input and output spectra) and out.
        """
        n = self.frame_length
        x = np.abs(scipy.fft.irfft(spec, n=n, axis=-1))
        y = scipy.fft.irfft(out, n=n, axis=-1)
        # The exact envelopes (running maxima over 10 ms) only for frames
        # that may need the gate: per block of GATE_AHEAD_S, the input's
        # peak over the blocks wholly inside every sample's window is a
        # lower bound of its envelope, the output's over the block and its
        # neighbours an upper bound of its own; a frame whose bounds keep
        # within the headroom everywhere is never gated (most frames: the
        # running maxima were a tenth of the effect's time).
        maybe = self._may_gate(x, np.abs(y))
        if not maybe.any():
            return out
        x, y = x[maybe], y[maybe]
        env_in = scipy.ndimage.maximum_filter1d(
            x, self.gate_size, axis=-1, mode="constant", origin=self.gate_origin)
        env_out = scipy.ndimage.maximum_filter1d(
            np.abs(y), self.gate_out_size, axis=-1, mode="constant")
        limit = env_in * np.float32(GATE_HEADROOM)
        over = env_out > limit
        if not over.any():
            return out
        y *= np.where(over, limit / np.maximum(env_out, 1e-30), 1.0)
        out = out.copy()
        out[maybe] = scipy.fft.rfft(y, axis=-1).astype(np.complex64)
        return out

    def _may_gate(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Which frames :meth:`_gate` may change (a superset of them).

        ``x`` and ``y`` the magnitudes of the input and output frames.
        Shape: ``(k, channels, frame_length)`` in, ``(k, channels)`` bool out.
        """
        b = self.gate_block
        if b < 1:
            return np.ones(x.shape[:-1], bool)
        n = x.shape[-1]
        blocks = -(-n // b)
        pad = [(0, 0)] * (x.ndim - 1) + [(0, blocks * b - n)]
        bx = np.pad(x, pad).reshape(*x.shape[:-1], blocks, b).max(axis=-1)
        by = np.pad(y, pad).reshape(*y.shape[:-1], blocks, b).max(axis=-1)
        # block i: samples' input windows [t - back, t + b] all hold blocks
        # i - gate_lag .. i; their output windows [t - b, t + b] lie in
        # blocks i - 1 .. i + 1
        lo = bx.copy()
        for d in range(1, self.gate_lag + 1):
            np.maximum(lo[..., d:], bx[..., :-d], out=lo[..., d:])
        hi = by.copy()
        np.maximum(hi[..., 1:], by[..., :-1], out=hi[..., 1:])
        np.maximum(hi[..., :-1], by[..., 1:], out=hi[..., :-1])
        return (hi > lo * np.float32(GATE_HEADROOM)).any(axis=-1)


def pitch_factory(params: Mapping[str, float], ctx: EffectContext) -> SpectralProcessor:
    return PitchShift(ctx, params["semitones"], params["formants"])
