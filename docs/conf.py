"""Sphinx configuration for socialcite's documentation."""

from __future__ import annotations

from importlib.metadata import version as _version

project = "socialcite"
author = "socialcite developers"
copyright = "2026, socialcite developers"
release = _version("socialcite")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
]
myst_enable_extensions = ["colon_fence", "deflist"]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "_generated", "conftest.py"]  # _generated: included by pages

autodoc_typehints = "description"
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "show-inheritance": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True
nitpicky = False

intersphinx_mapping = {
    "python": ("https://docs.python.org/3", None),
}
intersphinx_disabled_reftypes = ["*"]
# No network where the docs build: intersphinx must not fetch inventories.
intersphinx_mapping = {}

html_theme = "furo"
html_title = "socialcite"
html_static_path: list[str] = []
