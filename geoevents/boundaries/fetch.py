"""Downloading openly licensed boundary files into the cache, with checksums and licences.

``geoevents boundaries fetch`` is the only part of geoevents that downloads polygons, and
it is optional: everything works with points alone, or with files the user gives.

A fetch writes into the boundaries folder (default ``cache_dir()/boundaries``):

* the boundary files, each downloaded to a temporary file, hashed (SHA-256) while it
  streams, checked against an expected checksum when one is known, then moved in place;
* the source's licence/metadata files, hashed and recorded the same way;
* ``LICENCE.txt``: the licence and the attribution the data requires;
* ``manifest.json``: source, base URL, UTC time, and per file its URL, ``sha256`` and
  size. :func:`verify_boundaries` re-hashes the files against it.

Expected checksums come from ``expected`` (CLI ``--sha256 NAME=HEX``), else from the
source definition, else from the manifest of an earlier fetch of the same URL (trust on
first use: a file that changed upstream is refused until ``update=True``).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin

from geoevents.boundaries.layers import boundaries_dir
from geoevents.exceptions import BoundariesError

MANIFEST = "manifest.json"
LICENCE_FILE = "LICENCE.txt"
USER_AGENT = "geoevents-boundaries-fetch/0.1 (+https://pypi.org/project/geoevents/)"
MAX_BYTES = 512 * 1024 * 1024
_CHUNK = 1 << 16

ODBL_LICENCE = """\
Boundary data in this folder: geoBoundaries gbOpen (https://www.geoboundaries.org/),
derived from OpenStreetMap.

Licence: Open Data Commons Open Database License 1.0 (ODbL 1.0),
https://opendatacommons.org/licenses/odbl/1-0/
Attribution required: "© OpenStreetMap contributors, ODbL 1.0" and
Runfola D. et al. (2020) geoBoundaries: A global database of political administrative
boundaries. PLoS ONE 15(4): e0231866. https://doi.org/10.1371/journal.pone.0231866
ODbL is share-alike: a derived database that is published keeps the same licence.
The per-file metadata (*.metadata.json) records each file's upstream source and licence.
"""


@dataclass(frozen=True)
class BoundarySource:
    """Where boundary files come from and under which licence.

    ``files`` and ``licence_files`` map the local file name to a path relative to
    ``base_url`` (a folder URL, ending in ``/``).
    """

    name: str
    base_url: str
    files: Mapping[str, str]
    licence: str
    licence_files: Mapping[str, str] = field(default_factory=dict)
    sha256: Mapping[str, str] = field(default_factory=dict)


#: The default: geoBoundaries gbOpen ADM1 of Ukraine and Russia (simplified editions).
#: Kyiv's city districts are not in geoBoundaries; give an OSM-derived file instead.
GEOBOUNDARIES = BoundarySource(
    name="geoboundaries",
    base_url="https://github.com/wmgeolab/geoBoundaries/raw/main/releaseData/gbOpen/",
    files={
        "ukraine_adm1.geojson": "UKR/ADM1/geoBoundaries-UKR-ADM1_simplified.geojson",
        "russia_adm1.geojson": "RUS/ADM1/geoBoundaries-RUS-ADM1_simplified.geojson",
    },
    licence=ODBL_LICENCE,
    licence_files={
        "ukraine_adm1.metadata.json": "UKR/ADM1/geoBoundaries-UKR-ADM1-metaData.json",
        "russia_adm1.metadata.json": "RUS/ADM1/geoBoundaries-RUS-ADM1-metaData.json",
    },
)

SOURCES = {GEOBOUNDARIES.name: GEOBOUNDARIES}


def custom_source(
    base_url: str,
    files: Mapping[str, str],
    *,
    licence: str | None = None,
    licence_files: Mapping[str, str] | None = None,
) -> BoundarySource:
    """A source for any server: ``files`` maps local names to paths under ``base_url``."""
    text = licence or (
        f"Boundary files fetched from {base_url}.\n"
        "No licence text was given with this fetch: check the licence of the source "
        "before redistributing these files (see the licence files recorded in manifest.json).\n"
    )
    return BoundarySource(
        name="custom",
        base_url=_folder_url(base_url),
        files=dict(files),
        licence=text,
        licence_files=dict(licence_files or {}),
    )


def _folder_url(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def sha256_file(path: str | Path) -> str:
    """SHA-256 hex digest of a file."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_manifest(folder: str | Path | None = None) -> dict[str, Any]:
    """The manifest of a boundaries folder (empty when there is none)."""
    path = Path(folder or boundaries_dir()) / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as err:
        msg = f"unreadable boundaries manifest {str(path)!r}: {err}"
        raise BoundariesError(msg) from err
    return data if isinstance(data, dict) else {}


def fetch_boundaries(
    source: BoundarySource = GEOBOUNDARIES,
    dest: str | Path | None = None,
    *,
    expected: Mapping[str, str] | None = None,
    update: bool = False,
    timeout: float = 60.0,
    max_bytes: int = MAX_BYTES,
) -> dict[str, Any]:
    """Download a source's files into ``dest``; verify and record their checksums.

    Parameters
    ----------
    source
        What to fetch (default: geoBoundaries, :data:`GEOBOUNDARIES`).
    dest
        The boundaries folder (default ``cache_dir()/boundaries``).
    expected
        ``{local name: sha256}`` that must match; overrides the source's pins.
    update
        Accept files whose checksum changed since the last fetch recorded in the manifest.
    timeout, max_bytes
        Per-request timeout (s) and the largest file accepted.

    Returns
    -------
    dict
        The manifest written to ``dest/manifest.json``.

    Raises
    ------
    BoundariesError
        A download failed, a file is too large, or a checksum does not match (nothing is
        left behind for that file).
    """
    folder = Path(dest) if dest is not None else boundaries_dir()
    folder.mkdir(parents=True, exist_ok=True)
    previous = read_manifest(folder).get("files", {})
    pins = {**source.sha256, **(expected or {})}
    entries: dict[str, dict[str, Any]] = {}
    for role, mapping in (("boundaries", source.files), ("licence", source.licence_files)):
        for name, remote in mapping.items():
            _check_name(name)
            url = urljoin(_folder_url(source.base_url), quote(remote, safe="/:@-._~"))
            want = pins.get(name)
            old = previous.get(name, {})
            if want is None and not update and old.get("url") == url and role == "boundaries":
                want = old.get("sha256")
            digest, size = _download(url, folder / name, want, timeout=timeout, max_bytes=max_bytes)
            entries[name] = {"url": url, "sha256": digest, "bytes": size, "role": role}
    (folder / LICENCE_FILE).write_text(source.licence, encoding="utf-8")
    manifest = {
        "source": source.name,
        "base_url": source.base_url,
        "fetched_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "licence_file": LICENCE_FILE,
        "files": entries,
    }
    _write_json(folder / MANIFEST, manifest)
    return manifest


def _check_name(name: str) -> None:
    if not name or Path(name).name != name or name in (MANIFEST, LICENCE_FILE):
        msg = (
            f"bad local file name {name!r}: a plain file name other than {MANIFEST}/{LICENCE_FILE}"
        )
        raise BoundariesError(msg)


def _download(
    url: str, target: Path, want: str | None, *, timeout: float, max_bytes: int
) -> tuple[str, int]:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".part")
    tmp = Path(tmp_name)
    digest = hashlib.sha256()
    size = 0
    try:
        with (
            os.fdopen(fd, "wb") as handle,
            urllib.request.urlopen(request, timeout=timeout) as response,
        ):
            for chunk in iter(lambda: response.read(_CHUNK), b""):
                size += len(chunk)
                if size > max_bytes:
                    msg = f"{url}: larger than {max_bytes} bytes; refused"
                    raise BoundariesError(msg)
                digest.update(chunk)
                handle.write(chunk)
        got = digest.hexdigest()
        if want is not None and got != want.lower():
            msg = f"{url}: sha256 {got} does not match the expected {want.lower()}; file not saved"
            raise BoundariesError(msg)
        os.replace(tmp, target)
        return got, size
    except (urllib.error.URLError, OSError, TimeoutError) as err:
        if isinstance(err, BoundariesError):
            raise
        reason = getattr(err, "reason", None) or err
        msg = f"cannot download {url}: {reason}"
        raise BoundariesError(msg) from err
    finally:
        tmp.unlink(missing_ok=True)


def verify_boundaries(folder: str | Path | None = None) -> list[str]:
    """Problems with a fetched folder (empty when every file matches its manifest)."""
    base = Path(folder) if folder is not None else boundaries_dir()
    manifest = read_manifest(base)
    if not manifest:
        return [f"no {MANIFEST} in {base}"]
    problems = []
    for name, entry in sorted(manifest.get("files", {}).items()):
        path = base / name
        if not path.is_file():
            problems.append(f"{name}: missing")
            continue
        got = sha256_file(path)
        if got != entry.get("sha256"):
            problems.append(f"{name}: sha256 {got} != manifest {entry.get('sha256')}")
    if not (base / manifest.get("licence_file", LICENCE_FILE)).is_file():
        problems.append(f"{LICENCE_FILE}: missing")
    return problems


def _write_json(path: Path, data: Any) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=2, ensure_ascii=False)
        handle.write("\n")
    os.replace(tmp, path)
