"""The table of everyday prompts (tests/prompt_cases.py): every case, and the
understanding rate printed by ``benchmarks/bench_prompt.py``."""

from __future__ import annotations

import pytest
from prompt_cases import ALL, EN, FR

from streaming_mllm.effects.prompt import parse_prompt
from streaming_mllm.errors import PromptError


def check(prompt: str, expectation: str) -> list[str]:
    """What is wrong with how ``prompt`` is understood (empty: as expected)."""
    checks = expectation.split()
    if checks and checks[0].startswith("!error"):
        try:
            plan = parse_prompt(prompt)
        except PromptError as exc:
            msg = str(exc)
            want = checks[0].partition("=")[2].replace("_", " ")
            problems = [] if "\n" not in msg else ["error on several lines"]
            if want and want not in msg:
                problems.append(f"error {msg!r} does not say {want!r}")
            return problems
        return [f"expected an error, got {[e.name for e in plan.effects]}"]
    try:
        plan = parse_prompt(prompt)
    except PromptError as exc:
        return [f"error: {exc}"]
    got = {e.name: e.params for e in plan.effects}
    presets = {e.preset for e in plan.effects}
    names: set[str] = set()
    unknown: set[str] = set()
    problems = []
    for c in checks:
        if c.startswith("@"):
            if c[1:] not in presets:
                problems.append(f"no effect from preset {c[1:]} (presets {sorted(presets - {''})})")
        elif c == "+note":
            if not plan.notes:
                problems.append("no note")
        elif c == "+adjusted":
            if not plan.adjusted:
                problems.append("no adjusted note (what a vague word was read as)")
        elif c.startswith("?"):
            unknown.add(c[1:])
        else:
            for op in "=<>":
                if op in c:
                    lhs, _, rhs = c.partition(op)
                    name, _, param = lhs.partition(".")
                    names.add(name)
                    value = got.get(name, {}).get(param)
                    if value is None:
                        problems.append(f"no {lhs}")
                    elif op == "=" and abs(value - float(rhs)) > 1e-6:
                        problems.append(f"{lhs}={value:g}, expected {rhs}")
                    elif op == "<" and not value < float(rhs):
                        problems.append(f"{lhs}={value:g}, expected < {rhs}")
                    elif op == ">" and not value > float(rhs):
                        problems.append(f"{lhs}={value:g}, expected > {rhs}")
                    break
            else:
                names.add(c)
    if set(got) != names:
        problems.append(f"effects {sorted(got)}, expected {sorted(names)}")
    if set(plan.unrecognized) != unknown:
        problems.append(f"not understood {list(plan.unrecognized)}, expected {sorted(unknown)}")
    return problems


def test_the_table_is_big_enough() -> None:
    assert len(ALL) >= 300 and len(FR) >= 120
    assert len({p for p, _ in ALL}) == len(ALL), "a prompt is listed twice"


@pytest.mark.parametrize(("prompt", "expectation"), EN, ids=[p for p, _ in EN])
def test_english(prompt: str, expectation: str) -> None:
    assert check(prompt, expectation) == []


@pytest.mark.parametrize(("prompt", "expectation"), FR, ids=[p for p, _ in FR])
def test_french(prompt: str, expectation: str) -> None:
    assert check(prompt, expectation) == []
