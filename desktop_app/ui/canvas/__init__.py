"""The map canvas: a scene that mirrors the Document, its items, and the view."""
