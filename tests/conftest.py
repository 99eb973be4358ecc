"""Test session set-up: the real-time tests run first.

The live tests (``test_live.py``) run a JACK client inside pytest's own
process.  After two thousand other tests that process carries their
leftovers (Ray's client threads, caches, a large heap), and on a 2-vCPU
machine the audio callback then misses the dummy driver's deadlines in
every try, while the same tests pass run alone.  Run first, they see the
process as a user's ``live`` sees its own: fresh.
"""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    live = [item for item in items if item.path.name == "test_live.py"]
    if live:
        rest = [item for item in items if item.path.name != "test_live.py"]
        items[:] = live + rest
