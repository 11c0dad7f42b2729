"""The plan tests use the same two coalitions as the meeting tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "vitaal_tests_meetings_world", Path(__file__).parent.parent / "meetings" / "conftest.py"
)
assert _spec is not None
assert _spec.loader is not None
_module = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = _module
_spec.loader.exec_module(_module)

Coalitions = _module.Coalitions
world = _module.world

__all__ = ["Coalitions", "world"]
