"""``python -m desktop_app [FILE]``: the same entry point as the ``knute`` command.

Also the script PyInstaller freezes (``installers/knute.spec``), where it runs
as a plain script, not as a module of the package: hence the absolute import.
"""

from desktop_app.cli import main

raise SystemExit(main())
