"""Errors of importers: every problem found in a file, each saying where it is.

An import checks the whole file before it changes anything, so the user gets
all the problems at once (fix the file once, not once per problem). Each
problem is a UserError of its own; the message that lists them renders them
when it is shown, so it reads in the language of that moment.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..domain.errors import UserError
from ..i18n import describe, translate

MAX_LISTED = 20
"""Problems listed in one message; the rest are counted ("... and 7 more")."""


class InteropError(UserError):
    """A file to import or export that Knute cannot use as it is."""


class Rendered:
    """A user error used as a message parameter: described when the message is shown."""

    __slots__ = ("error",)

    def __init__(self, error: UserError) -> None:
        self.error = error

    def __format__(self, spec: str) -> str:
        return format(describe(self.error), spec)

    def __str__(self) -> str:
        return describe(self.error)


class _ProblemLines:
    """The listed problems, one per line, rendered when the message is shown."""

    __slots__ = ("problems",)

    def __init__(self, problems: Sequence[UserError]) -> None:
        self.problems = problems

    def __format__(self, spec: str) -> str:
        lines = [f"  {describe(p)}" for p in self.problems[:MAX_LISTED]]
        more = len(self.problems) - MAX_LISTED
        if more > 0:
            lines.append("  " + translate("... and {count} more.", count=more))
        return format("\n".join(lines), spec)

    def __str__(self) -> str:
        return format(self)


def located(where: str, problem: UserError, **params: Any) -> UserError:
    """``problem`` prefixed with where it is (``where`` is a template ending before the colon)."""
    return InteropError(where + ": {problem}", problem=Rendered(problem), **params)


class ImportProblemsError(InteropError):
    """Nothing was imported: ``problems`` lists everything wrong with the file."""

    def __init__(self, source: str, problems: Sequence[UserError]) -> None:
        self.source = source
        self.problems = list(problems)
        if len(self.problems) == 1:
            super().__init__("{source} was not imported. {problem}", source=source, problem=Rendered(self.problems[0]))
        else:
            super().__init__(
                "{source} was not imported because of {count} problems:\n{problems}",
                source=source, count=len(self.problems), problems=_ProblemLines(self.problems),
            )


class GraphMLImportError(ImportProblemsError):
    """A GraphML file that cannot be imported as it is."""
