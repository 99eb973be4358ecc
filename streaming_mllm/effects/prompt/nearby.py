"""Where a word stands: the small position and sign helpers the attach passes share
(a word of some kinds near a position, the effect a modifier is said of, a sign)."""

from __future__ import annotations

import bisect

from ..registry import EFFECTS
from .lexicon import Meaning
from .resolve import Mention
from .words import Item

SCALE_WINDOW = 3  # words between a modifier and its effect

CLAUSE_REACH = 2  # parts of the prompt, either side, a number may reach

BAND_EFFECTS = frozenset({"telephone", "radio", "megaphone"})

ONTO = frozenset({"to", "on", "onto", "sur", "de", "of", "in", "dans"})

DEEP = frozenset({("deep",), ("profond",), ("profonde",), ("deeper",), ("plus", "profond")})

VOICE = frozenset({("voice",), ("voix",), ("voices",), ("vocal",), ("vocals",)})


def has_group(m: Mention, group: str) -> bool:
    return any(EFFECTS[e].scales.get(group) for e in m.chain)


def walls_only(m: Mention) -> bool:
    """A material word ("wooden", "en pierre"): it says what the walls of the
    space are made of, so a size or intensity word before it is said of the
    space after it ("a small wooden cabin")."""
    return bool(m.item.extra.get("material")) or (
        not m.preset and list(m.chain) == ["reverb"] and set(m.chain["reverb"]) == {"hf_decay"})


def modifier_target(item: Item, group: str, live: list[Mention],
                     positions: list[int], items: list[Item] | None = None) -> Mention | None:
    k = bisect.bisect_right(positions, item.pos)
    for m in live[k:]:
        if m.pos > item.pos + SCALE_WINDOW or m.clause != item.clause:
            break
        if walls_only(m):
            continue
        if has_group(m, group):
            return m
    for m in reversed(live[:k]):
        if m.pos < item.pos - SCALE_WINDOW:
            break
        if has_group(m, group):
            return m
    if not any(m.clause == item.clause for m in live[max(0, k - 1):k + 1]):
        # alone in its part: "reverb 3 s, but keep it subtle" is said of the reverb
        for m in reversed(live[:k]):
            if m.clause < item.clause - 2:
                break
            if has_group(m, group):
                return m
        # "a fast, shallow vibrato": adjectives in a row, the effect right after
        # (not after a verb's particle: "slow it down a bit, add a cave")
        for m in live[k:]:
            if m.pos > item.pos + SCALE_WINDOW + 1 or m.clause > item.clause + 1:
                break
            if item.words[-1:] in (("down",), ("up",)) or items is not None and any(
                    x.mkind == "direction" for x in items[item.pos + 1:m.pos]):
                break
            if has_group(m, group):
                return m
    return None


def word_near(items: list[Item], pos: int, window: int, kinds: tuple[str, ...],
          before_only: bool = False) -> Item | None:
    """The nearest item of a meaning kind within ``window`` words in the same part."""
    clause = items[pos].clause
    for d in range(1, window + 1):
        for q in ((pos - d,) if before_only else (pos - d, pos + d)):
            if 0 <= q < len(items) and items[q].clause == clause and items[q].mkind in kinds:
                return items[q]
    return None


def direction_over_a_modifier(items: list[Item], pos: int) -> Item | None:
    """"baisse un peu le volume", "turn the reverb down a bit": a direction
    word with an intensity word between it and the effect."""
    for d in (-2, 2):
        q, mid = pos + d, pos + d // 2
        if (0 <= q < len(items) and items[q].mkind == "direction"
                and items[mid].mkind == "scale" and items[q].clause == items[pos].clause):
            return items[q]
    return None


def sign_of(x: float) -> int:
    return (x > 0) - (x < 0)

NONE = Meaning("")

TOO = frozenset({("too",), ("trop",), ("too", "much"), ("way", "too"), ("far", "too"),
                  ("beaucoup", "trop"), ("bien", "trop"),
                  # "less boom", "moins de boum": less of a band is a cut of it
                  ("less",), ("moins",), ("fewer",), ("reduced",), ("reduce",)})

#: "not too deep" beside a voice: that voice, a little less so.
NOT_TOO = frozenset({("pas", "trop"), ("not", "too"), ("not", "so"), ("pas", "si"),
                      ("not", "that"), ("pas", "tres"), ("pas", "aussi")})
