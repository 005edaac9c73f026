"""Errors a user can read.

A message is an English template plus parameters; the presentation layers
translate the template through the shared catalogue (``desktop_app.i18n``) so
the domain itself stays free of anything of ours.
"""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """An error caused by input or environment that the user can act on."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


class DomainError(UserError):
    """An edit or value that breaks a rule of the model (bad rating, self-tie...)."""
