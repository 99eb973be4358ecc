"""Stage 2, the text side: a character tokenizer and an embedding table.

As in the seed notebook, :class:`SimpleTokenizer` maps characters to ids and
:class:`TextEncoder` looks the ids up in a table.  A stream encodes its fixed
prompt once, when it is created.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ._checks import positive_int
from .errors import ConfigError, PromptError, PromptTypeError


class SimpleTokenizer:
    """Characters to ids.

    A character missing from the vocabulary is looked up in lower case
    before it is dropped, so "Robot" keeps its "R" when the vocabulary is
    lower-case.

    >>> SimpleTokenizer(list("ab ")).tokenize("Ab ba!")
    [0, 1, 2, 1, 0]
    """

    def __init__(self, vocab: Sequence[str]) -> None:
        vocab = list(vocab)
        if not vocab:
            raise ConfigError("vocab must hold at least one character, got an empty vocabulary")
        for ch in vocab:
            if not isinstance(ch, str) or len(ch) != 1:
                raise ConfigError(f"vocab must hold single characters, got {ch!r}")
        if len(set(vocab)) != len(vocab):
            dupes = sorted({ch for ch in vocab if vocab.count(ch) > 1})
            raise ConfigError(f"vocab must not repeat characters, got {dupes} more than once")
        self.vocab = vocab
        self.char_to_id = {ch: i for i, ch in enumerate(vocab)}

    def tokenize(self, text: str) -> list[int]:
        """Ids of the characters of ``text`` that the vocabulary knows."""
        if not isinstance(text, str):
            raise PromptTypeError(f"expected the prompt as a str, got {type(text).__name__}")
        ids = []
        for ch in text:
            i = self.char_to_id.get(ch)
            if i is None:
                i = self.char_to_id.get(ch.lower())
            if i is not None:
                ids.append(i)
        return ids

    def tokenize_strict(self, text: str) -> list[int]:
        """Like :meth:`tokenize`, but a prompt of which no character is known
        raises :class:`PromptError` instead of giving an empty list."""
        ids = self.tokenize(text)
        if not ids:
            shown = "".join(self.vocab)
            raise PromptError(
                f"expected a prompt with at least one character of the vocabulary {shown!r}, "
                f"got {text!r}"
            )
        return ids


class TextEncoder:
    """Ids to embedding vectors.

    Shape: ``len(token_ids)`` ids in, ``(text_length, embedding_dim)`` out.
    """

    def __init__(
        self, vocab_size: int, embedding_dim: int, *, seed: int | np.random.Generator = 0
    ) -> None:
        self.vocab_size = positive_int(vocab_size, "vocab_size")
        self.embedding_dim = positive_int(embedding_dim, "embedding_dim")
        rng = np.random.default_rng(seed)
        self.embedding_table = rng.standard_normal((vocab_size, embedding_dim)).astype(
            np.float32
        )

    def encode(self, token_ids: Sequence[int]) -> np.ndarray:
        """Look up each id; an empty list gives a ``(0, embedding_dim)`` array."""
        ids = np.asarray(token_ids, dtype=np.int64).reshape(-1)
        if ids.size and (ids.min() < 0 or ids.max() >= self.vocab_size):
            raise PromptError(
                f"expected token ids in [0, {self.vocab_size}), got {ids.min()}..{ids.max()}"
            )
        return self.embedding_table[ids]
