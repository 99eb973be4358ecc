"""Pass 3: match words and presets.

Filler words are dropped, then the remaining words are matched against the
:data:`~.lexicon.TABLE`, longest phrase first ("low pass" before "low",
"remove the bass" before "remove").  A word that matches nothing is tried,
in order, as a Spanish or Italian cognate ("eco"), as a typo of an effect
or preset word ("robto", "ecco", "cathedarl": one edit, two when both
words have eight letters or more, a swap of neighbours counting as one),
and as two words glued together ("pitchdown").  What is left is reported as
not understood, except the few words of :data:`~.lexicon.IGNORABLE`; the
people and speech acts of :data:`~.lexicon.NEUTRAL` ("teacher", "crying") are
reported as having no sound of their own.

Each phrase costs at most :data:`~.lexicon.MAXLEN` dictionary look-ups and
each typo check a bounded number of comparisons, so the pass is linear in
the length of the prompt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon as lx
from .lexicon import Meaning
from .normalize import Tok, words_of
from .numbers import _NUMBER_WORDS, UNITS, Qty


@dataclass
class Item:
    """One unit of meaning: a phrase with its meaning, a quantity, a
    separator, a filler word or a word not understood."""

    kind: str
    """``phrase``, ``param`` (a parameter word), ``qty``, ``sep``, ``filler`` or
    ``unknown``."""
    text: str
    words: tuple[str, ...] = ()
    meaning: Meaning | None = None
    qty: Qty | None = None
    pos: int = 0
    clause: int = 0
    fixed: str = ""
    """The word a typo or cognate was read as."""
    extra: dict = field(default_factory=dict)

    @property
    def mkind(self) -> str:
        """The meaning's kind, or "" for items that are not phrases."""
        return self.meaning.kind if self.meaning is not None else ""

    def after(self, phrases: Iterable[tuple[str, ...]], opening: bool = False) -> bool:
        """Whether the filler words right before this item hold one of
        ``phrases`` ("it's clipping": ``("it", "s")``), or start with one when
        ``opening``."""
        said = tuple(self.extra.get("after_filler", ()))
        starts = range(1) if opening else range(len(said))
        return any(said[i:i + len(p)] == p for p in tuple(phrases) for i in starts)


def osa_distance(a: str, b: str, limit: int) -> int:
    """Edit distance counting a swap of two neighbouring letters as one edit
    (stops early and returns ``limit + 1`` once it is certainly above ``limit``)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[len(b)]


def _deletes(word: str, depth: int) -> set[str]:
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:k] + w[k + 1:] for w in frontier for k in range(len(w))}
        out |= frontier
    return out


@lru_cache(maxsize=1)
def _typo_index() -> dict[str, tuple[str, ...]]:
    """Deletion neighbourhoods of the typo targets (built on first use)."""
    index: dict[str, set[str]] = {}
    for target in lx.TYPO_TARGETS:
        for d in _deletes(target, 2 if len(target) >= 7 else 1):
            index.setdefault(d, set()).add(target)
    return {k: tuple(sorted(v)) for k, v in index.items()}


def correct_typo(word: str) -> str | None:
    """The effect or preset word ``word`` is a typo of, if exactly one is nearest."""
    if len(word) < 4 or word in lx.NOT_TYPOS or not word.isalpha():
        return None
    limit = 2 if len(word) >= 8 else 1
    index = _typo_index()
    best: tuple[int, str] | None = None
    tie = False
    for d in _deletes(word, limit):
        for target in index.get(d, ()):
            if len(word) <= 4 and target[0] != word[0]:
                continue  # short words: keep the first letter ("ecco" -> "echo")
            allowed = limit if len(target) >= 8 else 1
            dist = osa_distance(word, target, allowed)
            if dist <= allowed:
                if best is None or dist < best[0]:
                    best, tie = (dist, target), False
                elif dist == best[0] and target != best[1]:
                    tie = tie or lx.TABLE[(target,)] != lx.TABLE[(best[1],)]
    if best is None or tie:
        return None
    return best[1]


def _unstretched(word: str) -> str | None:
    """A word stretched for emphasis ("reverbbb", "echoooo", "écooo"): letters
    said three times or more are read once, then twice, as a word of the
    tables or a typo of one."""
    if not re.search(r"(.)\1\1", word):
        return None
    for repeat in (r"\1", r"\1\1"):
        squeezed = re.sub(r"(.)\1{2,}", repeat, word)
        if (squeezed,) in lx.TABLE and lx.TABLE[(squeezed,)].kind in ("effect", "preset"):
            return squeezed
        fixed = correct_typo(squeezed)
        if fixed is not None:
            return fixed
    return None


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Every single word the passes read: words of the phrase tables, filler,
    separators, people, parameter words, units, number words and the
    everyday words of :mod:`.common_words` (built on first use)."""
    words: set[str] = set()
    for table in (lx.TABLE, lx.EXACT, lx.PARAM_WORD, UNITS):
        for key in table:
            words.update(key)
    return frozenset(words | lx.STOP | lx.IGNORABLE | lx.NEUTRAL | lx.SEPARATORS
                     | lx.COMMON_WORDS | _NUMBER_WORDS)


_STRETCHED = re.compile(r"(.)\1\1")


def unstretch(toks: list[Tok]) -> list[Tok]:
    """Words stretched for emphasis ("deeeep", "tréééés", "loooong",
    "pleaseeee"): a word with a letter said three times or more in a row
    that is not a word itself is read with that letter once, else twice,
    when that is a word the passes know (:func:`_known_words`).  Other
    stretched words are left for the typo pass (:func:`_unstretched`)."""
    out = toks
    known = None
    for k, tok in enumerate(toks):
        if tok.kind != "word" or not _STRETCHED.search(tok.key):
            continue
        known = known or _known_words()
        if tok.key in known:
            continue
        for repeat in (r"\1", r"\1\1"):
            squeezed = re.sub(r"(.)\1{2,}", repeat, tok.key)
            if squeezed in known:
                if out is toks:
                    out = list(toks)
                out[k] = Tok(tok.kind, tok.text, squeezed, tok.start, tok.end)
                break
    return out


def _split_glued(word: str) -> tuple[str, str] | None:
    """Two known words glued together ("pitchdown" -> "pitch", "down")."""
    if len(word) < 6:
        return None
    for k in range(3, len(word) - 1):
        a, b = word[:k], word[k:]
        if (a,) in lx.TABLE and ((b,) in lx.TABLE or (a, b) in lx.TABLE) and len(b) >= 2:
            return a, b
    return None


#: Filler words a phrase that starts with a generic word ("voice", "voix",
#: "sound") may span between two of its words ("voix d'un robot": two); more
#: and the words are said of different things.
MAX_GAP = 2


def match_words(stream: list[Tok | Qty]) -> list[Item]:
    """Tokens and quantities -> items, with positions and clause numbers."""
    toks: list[Tok | Qty] = []
    after_filler: dict[int, tuple[str, ...]] = {}  # toks index -> filler words before it
    for t in _exact_phrases(stream):
        if isinstance(t, Tok) and t.kind == "word" and t.key in lx.STOP:
            after_filler[len(toks)] = after_filler.get(len(toks), ()) + (t.key,)
        else:
            toks.append(t)
    items: list[Item] = []
    gaps: dict[int, tuple[str, ...]] = {}  # positions of items said right after filler
    i = 0
    n = len(toks)
    while i < n:
        if i in after_filler:
            gaps[len(items)] = after_filler[i]
        tok = toks[i]
        if isinstance(tok, Qty):
            items.append(Item("qty", tok.text, qty=tok))
            i += 1
            continue
        if tok.kind == "sep" or tok.kind == "num":
            items.append(Item("sep", tok.text))
            i += 1
            continue
        # "1 semitone deep", "30 ms long": a parameter word right after a number
        if items and items[-1].kind == "qty":
            for length in range(min(lx.MAXLEN, n - i), 0, -1):
                window = toks[i : i + length]
                if all(isinstance(t, Tok) and t.kind == "word" for t in window):
                    key = tuple(t.key for t in window)  # type: ignore[union-attr]
                    if key in lx.PARAM_WORD and (key not in lx.TABLE
                                                 or key in lx.AFTER_NUMBER_PARAMS):
                        items.append(Item("param", " ".join(t.text for t in window), key))
                        i += length
                        break
            else:
                key = ()
            if items[-1].kind == "param":
                continue
        # longest phrase first
        matched = False
        for length in range(min(lx.MAXLEN, n - i), 0, -1):
            window = toks[i : i + length]
            if not all(isinstance(t, Tok) and t.kind == "word" for t in window):
                continue
            if window[0].key in lx.IGNORABLE and any(  # type: ignore[union-attr]
                    len(after_filler.get(i + k, ())) > MAX_GAP for k in range(1, length)):
                continue  # "une voix qui sort d'un ordinateur": not "voix d'ordinateur"
            key = tuple(t.key for t in window)  # type: ignore[union-attr]
            meaning = lx.TABLE.get(key)
            text = " ".join(t.text for t in window)  # type: ignore[union-attr]
            if meaning is not None:
                items.append(Item("phrase", text, key, meaning))
            elif key in lx.PARAM_WORD:
                items.append(Item("param", text, key))
            else:
                continue
            i += length
            matched = True
            break
        if matched:
            continue
        items.extend(_unmatched(tok))
        i += 1
    for pos, item in enumerate(items):
        item.pos = pos
        if pos in gaps:
            item.extra["after_filler"] = gaps[pos]  # the filler words said before it
    clause = 0
    for k, item in enumerate(items):
        if item.kind == "sep" and (k == 0 or items[k - 1].kind != "sep"):
            clause += 1  # "but only", ", maybe": separators in a row part once
        item.clause = clause
    return items


#: Words after which "right" is an intensifier, not a side: "right up close",
#: "right next to me", "right in my ear", "right now", "the right amount".
_RIGHT_AS_INTENSIFIER = frozenset(words_of(
    "up next in into behind here there now away by beside besides in front at on onto over"
    " under below above outside inside close near against before after off down back"
    " amount level balance kind sort mix enough"))
_BEFORE_RIGHT = frozenset({"all", "just", "exactly", "thats", "alright", "sounds", "that"})


def _idiom_word(stream: list[Tok | Qty], i: int) -> bool:
    """Whether the word at ``i`` is a side word inside an idiom ("right up close")."""
    t = stream[i]
    if not isinstance(t, Tok) or t.kind != "word" or t.key != "right":
        return False
    nxt = stream[i + 1] if i + 1 < len(stream) else None
    prev = stream[i - 1] if i > 0 else None
    return bool((isinstance(nxt, Tok) and nxt.key in _RIGHT_AS_INTENSIFIER)
                or (isinstance(prev, Tok) and prev.key in _BEFORE_RIGHT))


def _exact_phrases(stream: list[Tok | Qty]) -> list[Tok | Qty]:
    """Exact phrases (:data:`~.lexicon.EXACT`, filler included: "in a well",
    "en boîte") become one token; exact filler ("as well") is dropped, and so
    is "right" as an intensifier ("right up close")."""
    out: list[Tok | Qty] = []
    i, n = 0, len(stream)
    while i < n:
        if _idiom_word(stream, i):
            i += 1
            continue
        for length in range(min(lx.EXACT_MAXLEN, n - i), 1, -1):
            window = stream[i:i + length]
            if not all(isinstance(t, Tok) and t.kind == "word" for t in window):
                continue
            key = tuple(t.key for t in window)  # type: ignore[union-attr]
            if key in lx.EXACT_FILLER:
                i += length
                break
            if key in lx.EXACT:
                first, last = window[0], window[-1]
                text = " ".join(t.text for t in window)  # type: ignore[union-attr]
                out.append(Tok("word", text, lx.EXACT[key], first.start, last.end))
                i += length
                break
        else:
            out.append(stream[i])
            i += 1
    return out


def _unmatched(tok: Tok) -> list[Item]:
    word = tok.key
    cognate = lx.COGNATES.get(word)
    if cognate is not None:
        if cognate in lx.STOP or cognate in lx.IGNORABLE:
            return [Item("filler", tok.text, (word,))]
        if cognate in lx.SEPARATORS:
            return [Item("sep", tok.text, (word,))]
        meaning = lx.TABLE.get((cognate,))
        if meaning is not None:
            return [Item("phrase", tok.text, (cognate,), meaning, fixed=cognate)]
    if word in lx.SEPARATORS:
        return [Item("sep", tok.text, (word,))]
    if word in lx.IGNORABLE:
        return [Item("filler", tok.text, (word,))]
    if word in lx.NEUTRAL:
        return [Item("neutral", tok.text, (word,))]
    fixed = correct_typo(word) or _unstretched(word)
    if fixed is not None:
        return [Item("phrase", tok.text, (fixed,), lx.TABLE[(fixed,)], fixed=fixed)]
    glued = _split_glued(word)
    if glued is not None:
        a, b = glued
        if (a, b) in lx.TABLE:
            return [Item("phrase", tok.text, (a, b), lx.TABLE[(a, b)], fixed=f"{a} {b}")]
        return [Item("phrase", a, (a,), lx.TABLE[(a,)], fixed=a),
                Item("phrase", b, (b,), lx.TABLE[(b,)], fixed=b)]
    return [Item("unknown", tok.text, (word,))]
