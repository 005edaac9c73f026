"""``python -m desktop_app [FILE]``: the same entry point as the ``knute`` command."""

from .cli import main

raise SystemExit(main())
