"""Pure-Python domain model: no Qt, no SQLite, no networkx, nothing else of ours."""
