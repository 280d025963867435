"""Run every check socialcite's CI runs: ruff, mypy --strict, pytest (with the
README, docs and docstring examples as doctests) and the Sphinx build with
warnings as errors.

Usage: python scripts/check.py          (from any folder; uses this Python)
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
CHECKS: list[tuple[str, list[str]]] = [
    ("ruff lint", [PY, "-m", "ruff", "check", "."]),
    ("ruff format", [PY, "-m", "ruff", "format", "--check", "."]),
    ("mypy --strict", [PY, "-m", "mypy"]),
    ("pytest", [PY, "-m", "pytest", "-q"]),
    (
        "sphinx -W",
        [PY, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html", "docs", "docs/_build/html"],
    ),
]


def main() -> int:
    failed = []
    for name, cmd in CHECKS:
        print(f"== {name}: {' '.join(cmd[1:])}", flush=True)
        start = time.perf_counter()
        code = subprocess.call(cmd, cwd=ROOT)
        print(
            f"== {name}: {'ok' if code == 0 else f'FAILED ({code})'} in {time.perf_counter() - start:.1f} s",
            flush=True,
        )
        if code:
            failed.append(name)
    if failed:
        print(f"checks failed: {', '.join(failed)}")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
