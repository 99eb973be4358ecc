"""Pass 2: read numbers and units.

A number followed by a unit becomes one :class:`Qty`, in the base unit of
its kind: ``time`` in seconds, ``freq`` in Hz, ``db``, ``semi`` (semitones), ``count``
(repeats of an echo)
and ``pct`` (a fraction).  Numbers are read as people write them:

- digits, with a decimal point or a French decimal comma (``1.5``,
  ``1,5``) and thousands separators (``1,000`` in English, ``1 000`` in
  both languages, ``1.000`` in French); a comma followed by exactly three
  digits is a thousands separator in an English prompt and a decimal comma
  in a French one;
- signs, written or said: ``-3``, ``+6``, "minus 3", "moins 3";
- number words, compound included: "two hundred and fifty", "twenty-five",
  "deux cent cinquante", "trois cents", "quatre-vingt-dix", "mille",
  "a half", "une demi-seconde", "one and a half", "deux et demi";
- suffixes: ``2k`` (2 kHz), ``1.5kHz``, ``800hz``, ``at800hz``;
- musical intervals: "a fifth", "a perfect fifth", "a major third", "une
  quinte", "une tierce mineure", "an octave and a half" (18 semitones),
  "an octave and a fifth" (19);
- ranges: "300 to 3400 Hz", "300-3400 Hz", "between 300 and 3000 Hz" (the
  first number takes the unit of the second).

A number with no unit is kept as a bare quantity (``kind == ""``): a later
pass gives it to the main parameter of the effect it is said with.

>>> [(q.value, q.kind) for q in read_numbers(tokenize("deux cent cinquante ms"))]
[(0.25, 'time')]
>>> [(q.value, q.kind) for q in read_numbers(tokenize("an octave and a half up"))[:1]]
[(18.0, 'semi')]
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .normalize import Tok, tokenize, words_of


@dataclass(frozen=True)
class Qty:
    """A number, with its unit's kind and the value in the kind's base unit."""

    value: float
    kind: str
    """``time``, ``freq``, ``db``, ``semi``, ``pct``, ``bits``, ``count`` (repeats), ``age``
    (of a speaker, in years), ``ratio`` ("4:1"), or ``""`` for a bare number."""
    text: str
    signed: bool = False
    """The prompt gave the sign ("-3 dB", "minus 3"): no direction word changes it."""
    written: bool = False
    """Said in words ("two"): silently dropped when it belongs to no effect."""


def _units() -> dict[tuple[str, ...], tuple[str, float]]:
    table: dict[tuple[str, ...], tuple[str, float]] = {}
    for phrases, kind, mult in [
        ("ms|msec|msecs|millisecond|milliseconds|milliseconde|millisecondes|milli", "time",
         0.001),
        ("s|sec|secs|second|seconds|seconde|secondes", "time", 1.0),
        ("min|mins|minute|minutes", "time", 60.0),
        ("hz|hertz|cycles per second|cycles par seconde|cps", "freq", 1.0),
        ("khz|kilohertz|k|k hz|kilo", "freq", 1000.0),
        ("bpm|beats per minute|battements par minute", "freq", 1.0 / 60.0),
        ("db|dbs|decibel|decibels|dbfs", "db", 1.0),
        ("semitone|semitones|semi tone|semi tones|st|semi|semis|halftone|halftones|half tone"
         "|half tones"
         "|half step|half steps|demiton|demitons|demi ton|demi tons|step|steps", "semi", 1.0),
        ("tone|tones|ton|tons|whole tone|whole tones|whole step|whole steps", "semi", 2.0),
        ("cent|cents", "semi", 0.01),
        ("% |percent|pourcent|per cent|pour cent|pourcents", "pct", 0.01),
        ("bit|bits", "bits", 1.0),
        ("repeat|repeats|repetition|repetitions|echoes|rebond|rebonds|repetes|returns|times|fois",
         "count", 1.0),
        # a speaker's age ("a 5 year old", "un enfant de 6 ans"): a body, not a parameter
        ("years old|year old|yrs old|yr old|years|year|yrs|yo|y o|ans|an", "age", 1.0),
        ("months old|month old|months|month|mois", "age", 1.0 / 12.0),
        # a time of day ("at 3am", "à 3h du matin"): when it is said, no sound
        ("am|pm|a m|p m|h|heure|heures|o clock|oclock", "clock", 1.0),
    ]:
        for phrase in phrases.split("|"):
            table[words_of(phrase) or ("%",)] = (kind, mult)
    return table


#: unit phrase -> (kind, multiplier to the kind's base unit)
UNITS = _units()

#: Musical intervals, in semitones.  They count as units ("two octaves") and
#: stand for one of themselves without a number ("up a fifth", "une quinte").
INTERVALS: dict[tuple[str, ...], float] = {}
for _phrases, _semis in [
    ("octave|octaves|oct|8ve", 12.0),
    ("minor second|seconde mineure", 1.0),
    ("major second|seconde majeure", 2.0),
    ("minor third|tierce mineure|minor 3rd", 3.0),
    ("major third|tierce majeure|third|tierce|tierces|major 3rd|thirds", 4.0),
    ("fourth|perfect fourth|quarte|quarte juste|fourths|quartes", 5.0),
    ("tritone|triton|augmented fourth|quarte augmentee", 6.0),
    ("fifth|perfect fifth|quinte|quinte juste|fifths|quintes", 7.0),
    ("minor sixth|sixte mineure", 8.0),
    ("sixth|major sixth|sixte|sixte majeure", 9.0),
    ("seventh|minor seventh|septieme|septieme mineure", 10.0),
    ("major seventh|septieme majeure", 11.0),
]:
    for _p in _phrases.split("|"):
        INTERVALS[words_of(_p)] = _semis
for _k, _v in INTERVALS.items():
    UNITS[_k] = ("semi", _v)
_UNIT_MAXLEN = max(len(k) for k in UNITS)

#: Words of a number.  English and French; hyphens are already spaces.
_SMALL: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "septante": 70, "octante": 80, "huitante": 80,
    "nonante": 90,
}
_HUNDRED = frozenset({"hundred", "hundreds", "cent", "cents"})
_THOUSAND = frozenset({"thousand", "thousands", "mille", "milles"})
_QUARTER = frozenset({"quarter", "quarters", "quart", "quarts"})
_OF = frozenset({"of", "de", "d"})
_ARTICLE = frozenset({"a", "an", "un", "une", "one"})
_HALF = frozenset({"half", "demi", "demie"})
_AND = frozenset({"and", "et", "&"})
_MINUS = frozenset({"minus", "moins", "negative", "negatif"})
_PLUS = frozenset({"plus", "positive", "positif"})
_RANGE = frozenset({"to", "a", "and", "et", "au", "through", "thru", "-", "jusqu", "till"})
_NUMBER_WORDS = frozenset(_SMALL) | _HUNDRED | _THOUSAND | _QUARTER


def _word(toks: list[Tok], i: int) -> str:
    return toks[i].key if i < len(toks) and toks[i].kind == "word" else ""


def match_unit(toks: list[Tok], i: int) -> tuple[tuple[str, float], int] | None:
    """The unit phrase starting at token ``i`` and its length in tokens."""
    for n in range(min(_UNIT_MAXLEN, len(toks) - i), 0, -1):
        window = toks[i : i + n]
        if all(t.kind == "word" for t in window):
            unit = UNITS.get(tuple(t.key for t in window))
            if unit is not None:
                return unit, n
    return None


def parse_digits(text: str, french: bool) -> float:
    """``text`` of digits with ``.`` or ``,`` in it, as a number (see the module doc)."""
    sign = -1.0 if text.startswith("-") else 1.0
    body = text.lstrip("+-").split(":")[0].split(" to ")[0].strip()  # "4:1", "4 to 1": 4
    if "," in body and "." in body:  # the last one is the decimal mark
        dec = "," if body.rfind(",") > body.rfind(".") else "."
        grp = "." if dec == "," else ","
        return sign * float(body.replace(grp, "").replace(dec, "."))
    for mark in ",.":
        if mark in body:
            parts = body.split(mark)
            thousands_mark = "." if french else ","
            if len(parts) > 2 or (
                mark == thousands_mark and len(parts[1]) == 3 and parts[0] not in ("", "0")
            ):
                return sign * float("".join(parts))
            return sign * float(body.replace(mark, "."))
    return sign * float(body)


def _digits(toks: list[Tok], i: int, french: bool) -> tuple[float, int]:
    """The number of digits at ``i`` (with "1 000" thousands groups) and its length."""
    value = parse_digits(toks[i].text, french)
    j = i + 1
    # "1 000", "12 500": groups of three digits after one space
    while (j < len(toks) and toks[j].kind == "num" and len(toks[j].text) == 3
           and toks[j].text.isdigit() and toks[j].start == toks[j - 1].end + 1
           and toks[j - 1].text.lstrip("+-").isdigit() and len(toks[j - 1].text) <= 3
           and abs(value) < 1e15):
        value = value * 1000 + math.copysign(float(toks[j].text), value or 1.0)
        j += 1
    return value, j - i


def _written(toks: list[Tok], i: int) -> tuple[float, int] | None:
    """A compound number in words at ``i`` ("two hundred and fifty") and its length."""
    total, cur, j, last, any_ = 0.0, 0.0, i, "", False
    while j < len(toks):
        w = _word(toks, j)
        if w in _SMALL:
            if w in ("vingt", "vingts") and last == "quatre":
                cur += 80 - 4  # quatre-vingt(s)
            elif last in _SMALL and _SMALL[last] >= 20 and _SMALL[w] >= 20:
                break  # "twenty thirty": two numbers
            else:
                cur += _SMALL[w]
        elif w in _HUNDRED:
            cur = (cur or 1.0) * 100
        elif w in _QUARTER:
            cur = (cur or 1.0) * 0.25  # "a quarter", "three quarters", "trois quarts"
        elif w in _THOUSAND:
            total += (cur or 1.0) * 1000
            cur = 0.0
        elif w in _AND and any_ and _word(toks, j + 1) in _SMALL and last not in _ARTICLE:
            j += 1
            continue
        elif w in ("a", "an") and not any_ and _word(toks, j + 1) in (_HUNDRED | _THOUSAND
                                                                       | _QUARTER):
            cur = 1.0
        else:
            break
        any_ = True
        last = w
        j += 1
    if not any_:
        return None
    return total + cur, j - i


def _is_decade(toks: list[Tok], i: int) -> bool:
    tok = toks[i]
    if tok.kind != "num" or not tok.text.isdigit():
        return False
    glued_s = (_word(toks, i + 1) == "s" and toks[i + 1].start == tok.end)
    year = len(tok.text) == 4 and 1800 <= int(tok.text) <= 2099
    if glued_s and (year or len(tok.text) == 2):
        return True  # "1920s", "80s"
    if year and i > 0 and _word(toks, i - 1) in _YEAR_BEFORE and match_unit(toks, i + 1) is None:
        return True  # "a video from 2008", "un film de 1930", "en 1985"
    return i > 0 and _word(toks, i - 1) in ("annees", "years") and len(tok.text) in (2, 4)


_YEAR_BEFORE = frozenset({"from", "in", "since", "circa", "de", "en", "depuis", "vers", "of"})


#: Eras by the last year they cover, as the words the tables know them by:
#: up to the 1930s a gramophone's sound ("decadegramophone"), the 1940s and
#: 1950s an old AM radio's ("decaderadio"), the 1960s to 1980s a tape's
#: ("decadecassette"); later decades name no sound.
ERAS: tuple[tuple[int, str], ...] = ((1939, "decadegramophone"), (1959, "decaderadio"),
                                     (1989, "decadecassette"))


def _era(digits: str) -> str:
    year = int(digits)
    if len(digits) == 2:
        year += 1900 if year >= 10 else 2000  # "the 40s", "les années 80"
    return next((word for last, word in ERAS if year <= last), "decade")


def _half_after(toks: list[Tok], i: int) -> int:
    """Length of "and a half" / "et demi(e)" / "and half" at ``i`` (0 if none)."""
    if _word(toks, i) in _AND:
        if _word(toks, i + 1) in _HALF:
            return 2
        if _word(toks, i + 1) in ("a", "an") and _word(toks, i + 2) == "half":
            return 3
    if _word(toks, i) == "½":
        return 1
    return 0


def _range_unit(toks: list[Tok], i: int) -> tuple[str, float] | None:
    """The unit of a range's second number at ``i`` ("to 3400 Hz", "3400 Hz")."""
    j = i + 1 if _word(toks, i) in _RANGE else i
    if j < len(toks) and toks[j].kind == "num":
        unit = match_unit(toks, j + 1)
        if unit is not None:
            return unit[0]
    return None


def read_numbers(toks: list[Tok], french: bool = False) -> list[Tok | Qty]:
    """Merge numbers and their units into :class:`Qty`; other tokens pass through.

    ``french`` says how to read "1,500" (1.5 in French, 1500 in English).
    """
    out: list[Tok | Qty] = []
    i = 0
    n = len(toks)
    while i < n:
        start = i
        sign = 0.0
        tok = toks[i]
        if tok.kind == "word" and (tok.key in _MINUS or tok.key in _PLUS) and i + 1 < n and not (
            i >= 2 and _word(toks, i - 1) in ("or", "ou")  # "plus ou moins 400 ms": about
        ) and (
            (toks[i + 1].kind == "num" and toks[i + 1].text[0] not in "+-")
            or (toks[i + 1].kind == "word" and toks[i + 1].key in _NUMBER_WORDS)
        ):
            sign = -1.0 if tok.key in _MINUS else 1.0
            i += 1
            tok = toks[i]
        value: float | None = None
        written = fraction = False
        if _is_decade(toks, i):
            # "the 1920s", "les années 30": an era, not a quantity; the early
            # ones name the media of their time (see ERAS)
            out.append(Tok("word", tok.text, _era(tok.text), tok.start, tok.end))
            i += 2 if _word(toks, i + 1) == "s" else 1
            continue
        if tok.kind == "num":
            value, used = _digits(toks, i, french)
            explicit = tok.text[0] in "+-" or sign != 0.0
            i += used
            if (i + 1 < n and toks[i].text == "/" and toks[i + 1].text.isdigit()
                    and toks[i - 1].text.isdigit() and 0 < int(toks[i + 1].text) <= 16
                    and 0 < value <= 16
                    and toks[i - 1].end == toks[i].start and toks[i].end == toks[i + 1].start):
                value /= int(toks[i + 1].text)  # "1/4 second", "3/4": a fraction
                i += 2
                fraction = True
        elif tok.kind == "word":
            explicit = False
            unit_here = match_unit(toks, i)
            if unit_here is not None and words_of(" ".join(
                    t.key for t in toks[i:i + unit_here[1]])) in INTERVALS:
                value = 1.0  # "up a fifth", "une quinte": one of the interval
            elif unit_here is not None and unit_here[1] > 1 and tok.key in _HALF:
                value, written = 1.0, True  # "half step", "demi-ton": one of the unit
            elif tok.key in _HALF and (match_unit(toks, i + 1)
                                       or _word(toks, i + 1) in ("a", "an")):
                value, written = 0.5, True  # "half a second", "demi-seconde"
                i += 1
                if _word(toks, i) in ("a", "an"):
                    i += 1
            elif tok.key in _ARTICLE and tok.key not in ("one",):
                after = i + 1
                unit = match_unit(toks, after)
                if unit is not None and unit[0][0] == "bits":
                    pass  # "a bit of echo" is a little echo, not one bit
                elif unit is not None:
                    value, written = 1.0, True
                    i = after
                elif _word(toks, after) in _HALF and match_unit(toks, after + 1):
                    value, written = 0.5, True  # "une demi-seconde", "a half second"
                    i = after + 1
                elif _word(toks, after) in (_HUNDRED | _THOUSAND | _QUARTER):
                    found = _written(toks, i)
                    if found is not None:
                        value, used = found
                        written = True
                        i += used
            elif tok.key in _NUMBER_WORDS:
                found = _written(toks, i)
                if found is not None:
                    value, used = found
                    written = True
                    i += used
        if value is None:
            if sign:
                i = start  # "plus" not before a number: leave it to the words
            out.append(toks[i])
            i += 1
            continue
        if sign:
            value = sign * abs(value)
        # "one and a half seconds", "deux et demi"
        half = _half_after(toks, i)
        if half:
            value += 0.5
            i += half
        if (written or fraction) and value < 1.0 and _word(toks, i) in _OF:
            # "three quarters of a second", "trois quarts de seconde"
            j = i + 1 + (_word(toks, i + 1) in _ARTICLE)
            if match_unit(toks, j) is not None:
                i = j
        elif fraction and _word(toks, i) in ("a", "an") and match_unit(toks, i + 1):
            i += 1  # "1/2 a second"
        unit = match_unit(toks, i)
        if unit is None and _word(toks, i) in _HALF and match_unit(toks, i + 1):
            value *= 0.5  # "deux demi-secondes"
            i += 1
            unit = match_unit(toks, i)
        kind, mult = "", 1.0
        ranged = False
        if unit is not None:
            (kind, mult), used = unit
            if kind == "semi" and mult == 0.01 and written:
                unit = None  # "trois cents" is a number, read above
                kind, mult = "", 1.0
            else:
                i += used
        else:
            second = _range_unit(toks, i)
            if second is not None:
                kind, mult = second  # the first number of "300 to 3400 Hz"
                ranged = True
        value *= mult
        if kind:
            half = _half_after(toks, i)  # "an octave and a half", "deux secondes et demie"
            if half:
                value += 0.5 * mult
                i += half
            elif kind == "semi" and _word(toks, i) in _AND:
                j = i + 1
                if _word(toks, j) in _ARTICLE:
                    j += 1
                more = match_unit(toks, j)
                if more is not None and more[0][0] == "semi" and more[0][1] >= 1.0:
                    value += math.copysign(more[0][1], value or 1.0)  # "an octave and a fifth"
                    i = j + more[1]
        text = " ".join(t.text for t in toks[start:i])
        if not kind and (":" in text or " to " in text):
            kind = "ratio"  # "a 4:1 ratio": said as a ratio, it is one
        out.append(Qty(value, kind, text, signed=explicit or sign != 0.0, written=written))
        if ranged and _word(toks, i) in _RANGE:
            i += 1  # "300 to 3400 Hz": skip "to"
    return times_as(per_second(note_values(out)))


def times_as(out: list[Tok | Qty]) -> list[Tok | Qty]:
    """"deux fois plus grave", "3 times deeper", "two times as much echo": a count
    followed by "fois"/"times" is a factor (kind ``times``), not a value."""
    result: list[Tok | Qty] = []
    for k, t in enumerate(out):
        nxt = out[k + 1] if k + 1 < len(out) else None
        compares = isinstance(nxt, Tok) and nxt.kind == "word" and (
            nxt.key in ("plus", "moins", "more", "less", "as", "aussi") or nxt.key.endswith("er"))
        if (isinstance(t, Qty) and t.kind == "count" and compares and 1.0 < t.value <= 10.0
                and t.text.split()[-1] in ("fois", "times")):
            less = isinstance(nxt, Tok) and nxt.key in ("moins", "less")
            result.append(Qty(1.0 / t.value if less else t.value, "times", t.text))
            continue
        result.append(t)
    return result


_PER = frozenset({"per", "par", "every", "each", "chaque", "a"})
_SECOND = frozenset({"second", "seconde", "sec", "s"})
_TIMES = frozenset({"times", "fois"})
_ONCE = {"un": 1.0, "une": 1.0, "one": 1.0, "a": 1.0, "an": 1.0, "once": 1.0, "twice": 2.0}


def per_second(out: list[Tok | Qty]) -> list[Tok | Qty]:
    """"one repeat per second", "un écho par seconde", "twice a second", "3 fois
    par seconde": a count said per second is a rate in Hz (an echo's delay is
    its period)."""
    result: list[Tok | Qty] = []
    k = 0
    while k < len(out):
        t = out[k]
        nxt = out[k + 1] if k + 1 < len(out) else None
        if (isinstance(t, Tok) and t.kind == "word" and t.key in _PER and isinstance(nxt, Tok)
                and nxt.kind == "word" and nxt.key in _SECOND):
            if result and isinstance(result[-1], Tok) and result[-1].key in _TIMES:
                result.pop()  # "3 times per second", "deux fois par seconde"
            for back in range(len(result) - 1, max(-1, len(result) - 5), -1):
                q = result[back]
                if isinstance(q, Qty) and q.kind in ("", "count", "freq") and 0.0 < q.value <= 50.0:
                    result[back] = Qty(q.value, "freq", q.text)
                    k += 2
                    break
                if isinstance(q, Tok) and q.key in _ONCE:
                    result[back] = Qty(_ONCE[q.key], "freq", q.text)  # "un écho par seconde"
                    k += 2
                    break
            else:
                result.append(t)
                k += 1
            continue
        result.append(t)
        k += 1
    return result


#: Note values, in beats (a quarter note is one beat), English and French.
NOTE_BEATS: dict[tuple[str, ...], float] = {}
for _phrases, _beats in [
    ("whole note|whole notes|semibreve|ronde|rondes", 4.0),
    ("half note|half notes|minim|blanche|blanches", 2.0),
    ("quarter note|quarter notes|quarter|crotchet|crotchets|noire|noires|4th note", 1.0),
    ("eighth note|eighth notes|eighth|eighths|8th note|8th notes|8th|quaver|quavers|croche"
     "|croches", 0.5),
    ("sixteenth note|sixteenth notes|sixteenth|sixteenths|16th note|16th notes|16th"
     "|semiquaver|semiquavers|double croche|doubles croches|double croches", 0.25),
    ("thirty second note|32nd note|32nd|triple croche|triples croches", 0.125),
]:
    for _p in _phrases.split("|"):
        NOTE_BEATS[words_of(_p)] = _beats
_NOTE_MAXLEN = max(len(k) for k in NOTE_BEATS)
_DOTTED = frozenset({"dotted", "pointee", "pointe", "pointees", "pointes"})
_TRIPLET = frozenset({"triplet", "triplets", "triolet", "triolets"})
_NOTE = frozenset({"note", "notes"})
_BEAT_WORDS = frozenset({"bpm", "beats", "battements", "beat", "tempo"})


def note_values(out: list[Tok | Qty]) -> list[Tok | Qty]:
    """"an echo on the 1/8 note at 120 bpm" (250 ms), "a dotted eighth at 100
    bpm" (450 ms), "écho à la croche à 120 bpm", "une noire à 90 bpm": a note
    value said with a tempo is that many beats at it, a time.  Without a note
    value a tempo stays one beat."""
    bpm = next((k for k, t in enumerate(out) if isinstance(t, Qty) and t.kind == "freq"
                and set(t.text.split()) & _BEAT_WORDS), None)
    if bpm is None:
        return out
    lo, hi = max(0, bpm - 8), min(len(out), bpm + 6)
    beats: float | None = None
    used: set[int] = set()
    factor = 1.0
    k = lo
    while k < hi:
        t = out[k]
        if isinstance(t, Qty):
            words = t.text.replace("/", " / ").split()
            nxt = out[k + 1] if k + 1 < len(out) else None
            noted = isinstance(nxt, Tok) and nxt.kind == "word" and nxt.key in _NOTE
            if (beats is None and t.kind == "" and 0.0 < t.value <= 1.0
                    and ("/" in words or (t.written and noted))):
                beats = 4.0 * t.value  # "1/8 note", "a quarter note"
                used.add(k)
                if noted:
                    used.add(k + 1)
            k += 1
            continue
        if t.kind != "word":
            k += 1
            continue
        if t.key in _DOTTED:
            factor *= 1.5
            used.add(k)
        elif t.key in _TRIPLET:
            factor *= 2.0 / 3.0
            used.add(k)
        elif beats is None:
            for length in range(min(_NOTE_MAXLEN, hi - k), 0, -1):
                window = out[k:k + length]
                if not all(isinstance(w, Tok) and w.kind == "word" for w in window):
                    continue
                key = tuple(w.key for w in window)  # type: ignore[union-attr]
                if key in NOTE_BEATS:
                    beats = NOTE_BEATS[key]
                    used.update(range(k, k + length))
                    k += length - 1
                    break
        k += 1
    if beats is None:
        return out
    tempo = out[bpm]
    assert isinstance(tempo, Qty)
    seconds = beats * factor / max(tempo.value, 1e-6)
    result: list[Tok | Qty] = []
    for k, t in enumerate(out):
        if k == bpm:
            result.append(Qty(seconds, "time", tempo.text))
        elif k not in used:
            result.append(t)
    return result


def is_french(toks: list[Tok]) -> bool:
    """Whether the prompt reads as French (for "1,500"): more French than English words."""
    fr = sum(1 for t in toks if t.kind == "word" and t.key in _FRENCH_HINTS)
    en = sum(1 for t in toks if t.kind == "word" and t.key in _ENGLISH_HINTS)
    return fr > en


_ENGLISH_HINTS = frozenset(words_of(
    "the a an with and of in on at to make sound like please some more less up down by"
    " seconds second semitones it my voice"
))
_FRENCH_HINTS = frozenset(words_of(
    "le la les de du des un une avec dans et pour sur fais voix son plus moins tres peu"
    " demi secondes seconde ma mon au aux d l en comme"
))

__all__ = ["INTERVALS", "Qty", "UNITS", "is_french", "match_unit", "parse_digits",
           "read_numbers", "tokenize"]
