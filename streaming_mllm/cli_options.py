"""Options shared by several commands: what to do to the sound, in words or as a preset file.

``@prompt_options`` gives a command ``--prompt/-p TEXT`` and ``--plan FILE``
(exactly one of them) and hands the command one ``prompt`` argument: the text,
or the :class:`~streaming_mllm.effects.plan.EffectPlan` read from the file.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

import click

from .errors import StreamingMLLMError

__all__ = ["prompt_options", "resolve_prompt"]


def resolve_prompt(prompt: str | None, plan: str | None, model: str = "effects") -> Any:
    """The prompt text, or the plan of the preset file ``plan``.

    Raises
    ------
    click.UsageError
        Neither or both given, or a preset with a model other than ``effects``.
    click.ClickException
        The preset cannot be read or a field is wrong (one line naming it).
    """
    if prompt is not None and plan is not None:
        raise click.UsageError("give --prompt TEXT or --plan FILE, not both")
    if plan is None:
        if prompt is None:
            raise click.UsageError(
                "missing --prompt TEXT (or --plan FILE, a preset from 'explain PROMPT --json')"
            )
        return prompt
    if model != "effects":
        raise click.UsageError(f"--plan needs --model effects, not {model!r}")
    from .effects.preset import load_preset

    try:
        return load_preset(plan)
    except StreamingMLLMError as exc:
        raise click.ClickException(str(exc)) from None


def prompt_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add ``--prompt`` and ``--plan`` to a command that takes ``prompt`` and ``model``."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        plan = kwargs.pop("plan")
        kwargs["prompt"] = resolve_prompt(kwargs["prompt"], plan, kwargs.get("model", "effects"))
        return func(*args, **kwargs)

    wrapper = click.option(
        "--plan",
        type=click.Path(dir_okay=False, path_type=str),
        default=None,
        help="A preset file instead of --prompt (write one with 'explain PROMPT --json').",
    )(wrapper)
    return click.option(
        "-p", "--prompt", default=None, help="What to do to the sound, in words."
    )(wrapper)
