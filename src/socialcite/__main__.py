"""``python -m socialcite``: the command line."""

from socialcite._cli import main

raise SystemExit(main())
