"""Load the shared scorer (``shared/tools/score.py``), the one the project is judged by."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType


def load_scorer(shared: Path) -> ModuleType:
    """The scorer module from the ``shared/`` folder beside the clone."""
    path = shared / "tools" / "score.py"
    spec = importlib.util.spec_from_file_location("socialcite_shared_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer from {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
