"""``geoevents ingest``, ``export``, ``stats`` and ``import``: the store commands."""

from __future__ import annotations

from geoevents.cli import cli  # noqa: F401
