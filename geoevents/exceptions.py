"""Exceptions raised by geoevents.

Every error derives from :class:`GeoeventsError`; most also derive from the matching
builtin so callers can catch either.
"""

from __future__ import annotations


class GeoeventsError(Exception):
    """Root of every error geoevents raises on purpose."""


class ConfigurationError(GeoeventsError, ValueError):
    """A setting or argument is invalid (e.g. Nominatim without a user agent)."""


class ReportFormatError(GeoeventsError, ValueError):
    """An input report cannot be read: empty, binary, not UTF-8, too large or malformed.

    ``path`` names the offending file (``"-"`` for stdin) and ``reason`` says why.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class GazetteerError(GeoeventsError):
    """The gazetteer cannot be used."""


class GazetteerLoadError(GazetteerError, OSError):
    """A gazetteer file is missing or corrupt."""


class GeocodingError(GeoeventsError):
    """An online geocoder failed (wraps geopy's errors)."""


class SchemaError(GeoeventsError, ValueError):
    """A GeoDataFrame or file does not follow the event schema."""


class BoundariesError(GeoeventsError, OSError):
    """Boundary polygons cannot be loaded or fetched."""


class StoreError(GeoeventsError, OSError):
    """The event store cannot be opened or written."""


class OutputError(GeoeventsError, OSError):
    """An output file cannot be written (unknown format, unwritable path)."""


class MissingDependencyError(GeoeventsError, ImportError):
    """An optional dependency is not installed."""
