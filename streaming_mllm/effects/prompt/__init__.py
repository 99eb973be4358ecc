"""Prompt understanding of the ``effects`` model (its tokenizer and text encoder).

A prompt in English or French ("a robot in a cathedral with a bit of echo",
"un géant dans une grotte, réverb de 2 secondes") becomes an
:class:`~..plan.EffectPlan`: the effects it names, in processing order,
with every parameter filled in.

The parser knows no effect by itself: effects, their words, parameters,
units and ranges come from :mod:`..registry`; scenes, characters and
devices from :mod:`..presets`.  It runs in six named passes, each a module
that can be tested alone:

1. :mod:`.normalize` -- check the prompt (a ``str``, not empty, at most
   :data:`MAX_PROMPT_CHARS` characters), lower-case, fold accents, tokenize;
2. :mod:`.numbers` -- read numbers and units ("1,5 s", "2k", "two hundred
   and fifty ms", "an octave and a half", "une quinte");
3. :mod:`.words` -- match phrases, longest first, against the word tables
   (:mod:`.lexicon`), forgiving typos and a few Spanish/Italian cognates;
4. :mod:`.resolve` -- effect and preset mentions, negation and removal;
5. :mod:`.scenes` -- adjust scenes and presets by the words around them
   (a tape's speed, eras, sizes, the head of a scene); :mod:`.attach` --
   give modifiers and direction words to the effects they are said with;
   :mod:`.quantities` -- give numbers to them (shared position helpers in
   :mod:`.nearby`); :mod:`.scope` -- what a stream cannot do;
6. :mod:`.plan` -- merge, clamp, and make the plan (or a one-line error).

Every pass is linear in the prompt's length (up to the dictionary look-ups
of a bounded phrase length), and the length is capped.
"""

from __future__ import annotations

from ..plan import EffectPlan
from .attach import attach_modifiers, demote_param_words, mention_signs
from .normalize import MAX_PROMPT_CHARS, check_prompt, tokenize
from .numbers import is_french, read_numbers
from .plan import describe_plan, make_plan
from .quantities import attach_numbers
from .resolve import mentions_of, negate, vague_words
from .scenes import echoey_spaces, fold_drive, tape_percents
from .scope import tempo_requests
from .words import match_words, unstretch

__all__ = ["MAX_PROMPT_CHARS", "describe_plan", "parse_prompt"]


def parse_prompt(text: str) -> EffectPlan:
    """Understand a prompt in English or French as an effect plan.

    Parameters
    ----------
    text : str
        The prompt, for example ``"a robot in a cathedral with a bit of echo"``
        or ``"fais-le sonner comme un robot"``.  Case, accents and punctuation
        do not matter; at most :data:`MAX_PROMPT_CHARS` characters.

    Returns
    -------
    EffectPlan
        The effects named, sorted by :data:`~..registry.ORDER`, each with every
        parameter filled in (registry defaults, then presets and words, then
        numbers, clamped to the parameter's range), the preset each came from,
        the content words that were not understood and notes on requests not
        done.  Bypass words ("clean", "no effect", "sans effet") give a plan
        with no effects.

    Raises
    ------
    TypeError
        If ``text`` is not a ``str``.
    PromptError
        If the prompt is empty, too long, in another language, only asks to
        remove or not to add something, or names no effect; the message is one
        line that says which and suggests what was probably meant.

    Examples
    --------
    >>> plan = parse_prompt("a 300 ms echo")
    >>> plan.effects[0].name, plan.effects[0].params["delay_ms"]
    ('echo', 300.0)
    >>> [e.name for e in parse_prompt("a robot in a cathedral with a bit of echo").effects]
    ['robot', 'echo', 'reverb']
    >>> [(e.name, e.preset) for e in parse_prompt("a giant in a cave").effects]
    [('pitch', 'giant'), ('eq', 'giant'), ('echo', 'cave'), ('reverb', 'cave')]
    >>> parse_prompt("robot banana").unrecognized
    ('banana',)
    """
    text = check_prompt(text)
    toks = unstretch(tokenize(text))
    stream = read_numbers(toks, french=is_french(toks))
    items = match_words(stream)
    mentions = mentions_of(items)
    tape_percents(items, mentions)
    neg = negate(items, mentions)
    vague_words(items, mentions)
    mention_signs(items, mentions)
    demote_param_words(items, mentions)
    lost = attach_modifiers(items, mentions)
    tempo_requests(items, mentions, neg)
    fold_drive(mentions)
    echoey_spaces(mentions)
    lost = attach_numbers(items, mentions, neg) + lost
    return make_plan(text, items, mentions, neg, lost)
