"""Pass 1: normalize and tokenize.

The text is lower-cased and cut into words, numbers and separators in one
left-to-right scan (a regular expression without backtracking, so the time
is linear in the length).  Each word is also *folded*: accents removed and
ligatures spelled out (``cathédrale`` -> ``cathedrale``, ``chœur`` ->
``choeur``), so prompts with or without accents read the same.  Hyphens and
apostrophes split words (``walkie-talkie``, ``l'eau``); letters and digits
split too (``at800hz`` is ``at 800 hz``), except in the names of spatial
audio (``8d``, ``3d``).

>>> [t.key for t in tokenize("Écho de 1,5 s; at800hz")]
['echo', 'de', '1,5', 's', ';', 'at', '800', 'hz']
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ...errors import PromptError, PromptTypeError

MAX_PROMPT_CHARS = 2000
"""Longest prompt accepted, in characters: a prompt is a sentence or two."""

_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l"})

_TOKEN_RE = re.compile(
    r"""
    (?P<dim>(?<!\w)[238]d(?!\w))                                  # 8D audio, 3D: a word
    | (?P<num>(?:(?<![\w.,])[+-])?(?:\d+(?:[.,]\d+)*|(?<!\w)[.,]\d+)  # 300, -3, 1.5, 1,5, 1,000
        (?:(?:\ ?:\ ?|\ to\ )1(?![\d:])(?![.,]\d)(?!\ \d)        # a ratio: 4:1, 4 to 1
           (?!\ (?:s|ms|hz|khz|db|sec|secs|seconds?|semitones?|octaves?|percent)\b))?)
    | (?P<word>[^\W\d_]+|%|½)                                        # letters, or % or ½
    | (?P<sep>[,;+/&.!?:()\[\]]|(?<=\s)[-\u2013\u2014](?=\s))        # separators
    """,
    re.VERBOSE,
)

#: Scripts that are neither Latin nor digits: a prompt in them is in
#: another language (checked on the folded text).
_NON_LATIN_RE = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff"
                           r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class Tok:
    """One token: ``kind`` is ``"num"``, ``"word"`` or ``"sep"``."""

    kind: str
    text: str
    """As written (lower-cased)."""
    key: str
    """Folded: no accents, ligatures spelled out."""
    start: int
    end: int


def fold(text: str) -> str:
    """Lower-case ``text`` and remove its accents (``Cathédrale`` -> ``cathedrale``)."""
    text = text.lower().translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def check_prompt(text: object) -> str:
    """The prompt as a ``str``, or a clear error: wrong type, empty, too long."""
    if not isinstance(text, str):
        raise PromptTypeError(f"expected the prompt as a str, got {type(text).__name__}")
    if not text.strip():
        raise PromptError("empty prompt: name an effect, e.g. 'robot' or 'in a cathedral'")
    if len(text) > MAX_PROMPT_CHARS:
        raise PromptError(
            f"prompt too long: {len(text)} characters, at most {MAX_PROMPT_CHARS}; "
            "describe the sound in a sentence or two"
        )
    return text


def tokenize(text: str) -> list[Tok]:
    """Tokens of ``text`` in order; anything else (spaces, quotes, symbols) is dropped."""
    text = unicodedata.normalize("NFC", text.lower())
    text = text.replace("\u2212", "-").replace("\u2019", "'").replace("\u00a0", " ")
    text = text.replace("\u202f", " ")
    return [
        Tok("word" if m.lastgroup == "dim" else m.lastgroup or "word", m.group(),
            fold(m.group()), m.start(), m.end())
        for m in _TOKEN_RE.finditer(text)
    ]


def has_non_latin(text: str) -> bool:
    """Whether ``text`` has letters of a script other than Latin."""
    return _NON_LATIN_RE.search(text) is not None


def words_of(phrase: str) -> tuple[str, ...]:
    """Folded words of ``phrase`` (used to build the word tables)."""
    return tuple(t.key for t in tokenize(phrase) if t.kind == "word")
