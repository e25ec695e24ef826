"""Where the bundled data files live.

In a wheel, ``data/gazetteer`` and ``data/lexicon.toml`` are installed inside the package
as ``geoevents/_data/...``; in a source checkout (or an editable install) they are read
from the repository's ``data/`` folder.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_path(*parts: str) -> Path:
    """Path of a bundled data file, e.g. ``data_path("gazetteer", "places.csv")``."""
    installed = _PACKAGE_DIR.joinpath("_data", *parts)
    if installed.exists():
        return installed
    return _PACKAGE_DIR.parent.joinpath("data", *parts)
