"""Importers for structured datasets: rows -> events (with provenance) or alert tables.

One module per dataset:

* :mod:`~geoevents.importers.missile_attacks`: "Massive Missile Attacks on Ukraine"
  nightly tallies (``massive-missile-attacks``, alias ``mma``);
* :mod:`~geoevents.importers.ucdp`: UCDP GED CSV (``ucdp-ged``, alias ``ucdp``);
* :mod:`~geoevents.importers.sirens`: air-raid alert histories (``air-raid-sirens``,
  alias ``sirens``): alert minutes per night and admin1, joined to events.

Every importer returns an :class:`ImportResult` and reports the file's oddities as
warnings instead of failing; a file that is not the dataset at all raises
:class:`~geoevents.exceptions.ReportFormatError` naming the file and the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from geoevents.exceptions import ConfigurationError
from geoevents.importers._common import ADMIN1_ALIASES as ADMIN1_ALIASES
from geoevents.importers._common import ImportResult as ImportResult
from geoevents.importers._common import resolve_admin1 as resolve_admin1


def _mma(path: str, **kwargs: Any) -> ImportResult:
    from geoevents.importers.missile_attacks import read_missile_attacks

    return read_missile_attacks(path, **kwargs)


def _ucdp(path: str, **kwargs: Any) -> ImportResult:
    from geoevents.importers.ucdp import read_ucdp

    kwargs.pop("replace", None)
    return read_ucdp(path, **kwargs)


def _sirens(path: str, **kwargs: Any) -> ImportResult:
    from geoevents.importers.sirens import read_sirens

    kwargs.pop("replace", None)
    return read_sirens(path, **kwargs)


#: Dataset name -> importer (``geoevents import DATASET FILE``).
IMPORTERS: dict[str, Callable[..., ImportResult]] = {
    "massive-missile-attacks": _mma,
    "ucdp-ged": _ucdp,
    "air-raid-sirens": _sirens,
}
ALIASES = {"mma": "massive-missile-attacks", "ucdp": "ucdp-ged", "sirens": "air-raid-sirens"}


def get_importer(name: str) -> Callable[..., ImportResult]:
    """The importer of a dataset name or alias (case-insensitive)."""
    key = ALIASES.get(name.casefold(), name.casefold())
    if key not in IMPORTERS:
        names = sorted([*IMPORTERS, *ALIASES])
        msg = f"unknown dataset {name!r}; use one of {names}"
        raise ConfigurationError(msg)
    return IMPORTERS[key]


def import_file(dataset: str, path: str, **kwargs: Any) -> ImportResult:
    """Run the importer of ``dataset`` on ``path``."""
    return get_importer(dataset)(path, **kwargs)


__all__ = [
    "ADMIN1_ALIASES",
    "ALIASES",
    "IMPORTERS",
    "ImportResult",
    "get_importer",
    "import_file",
    "resolve_admin1",
]
