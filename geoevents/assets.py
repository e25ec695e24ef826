"""Local copies of the scripts and stylesheets a map loads from CDNs, for offline maps.

``geoevents assets`` fills a cache folder (default ``$GEOEVENTS_CACHE/assets``) with one
file per CDN URL the map uses, plus the images and fonts their stylesheets reference, and
records each file's source and SHA-256 in ``manifest.json``. Files come from the CDN
itself, from a mirror (``--mirror URL``: ``URL/<host>/<path>``), from a folder laid out
the same way (``--from-dir``), or from an npm ``node_modules`` folder (``--from-npm``) of
the exact versions folium pins (``npm ci --prefix tests/browser``).

:meth:`AssetCache.inline` then replaces every ``<script src>`` and stylesheet ``<link>`` of
a rendered map with the cached file (CSS ``url()`` references become ``data:`` URIs), after
checking each file against its recorded SHA-256, so the page needs no network at all.
"""

from __future__ import annotations

import base64
import hashlib
import json
import mimetypes
import posixpath
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from geoevents.exceptions import ConfigurationError, GeoeventsError

if TYPE_CHECKING:
    import folium

MANIFEST = "manifest.json"
MAX_BYTES = 20 * 1024 * 1024
FETCH_COMMAND = "geoevents assets"

#: Licence of each library, by npm package name (what docs/maps.md lists).
LICENCES: dict[str, str] = {
    "leaflet": "BSD-2-Clause",
    "leaflet.fullscreen": "MIT",
    "leaflet-minimap": "BSD-2-Clause",
    "leaflet.markercluster": "MIT",
    "leaflet-search": "MIT",
    "leaflet-groupedlayercontrol": "MIT",
    "jquery": "MIT",
    "bootstrap": "MIT",
    "@fortawesome/fontawesome-free": "Font Awesome Free: icons CC BY 4.0, fonts OFL-1.1, code MIT",
    "Leaflet.awesome-markers": "MIT",
    "bootstrap-glyphicons": "MIT (Bootstrap 3.0.0; Glyphicons Halflings)",
    "folium": "MIT",
}

#: cdnjs library -> (npm package, folder of the package that cdnjs publishes).
CDNJS_NPM: dict[str, tuple[str, str]] = {
    "leaflet-minimap": ("leaflet-minimap", "src"),
    "leaflet.markercluster": ("leaflet.markercluster", "dist"),
    "leaflet-groupedlayercontrol": ("leaflet-groupedlayercontrol", "dist"),
    "leaflet": ("leaflet", "dist"),
}

_JSDELIVR = re.compile(
    r"^https://cdn\.jsdelivr\.net/npm/(?P<pkg>(?:@[^/@]+/)?[^/@]+)@(?P<ver>[^/]+)/(?P<path>.+)$"
)
_CDNJS = re.compile(
    r"^https://cdnjs\.cloudflare\.com/ajax/libs/(?P<lib>[^/]+)/(?P<ver>[^/]+)/(?P<path>.+)$"
)
_JQUERY = re.compile(
    r"^https://code\.jquery\.com/jquery-(?P<ver>\d+\.\d+\.\d+)(?P<min>\.min)?\.js$"
)
_CSS_URL = re.compile(r"""url\(\s*(?P<q>['"]?)(?P<url>[^'")]+)(?P=q)\s*\)""")
_SCRIPT_TAG = re.compile(r'<script\s+src="(?P<url>https?://[^"]+)"\s*>\s*</script>')
_LINK_TAG = re.compile(r'<link\s+rel="stylesheet"\s+href="(?P<url>https?://[^"]+)"\s*/?>')


class AssetMissingError(GeoeventsError, FileNotFoundError):
    """An asset needed for a self-contained map is not in the cache (or is corrupt)."""


@dataclass(frozen=True)
class NpmFile:
    """Where a CDN URL's file sits in an npm package."""

    package: str
    version: str
    path: str


def npm_file(url: str) -> NpmFile | None:
    """The npm package, version and file behind a CDN URL (``None`` when not on npm).

    Examples
    --------
    >>> npm_file("https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js")
    NpmFile(package='leaflet', version='1.9.3', path='dist/leaflet.js')
    >>> npm_file("https://cdnjs.cloudflare.com/ajax/libs/leaflet-minimap/3.6.1/Control.MiniMap.js").path
    'src/Control.MiniMap.js'
    """
    match = _JSDELIVR.match(url)
    if match:
        return NpmFile(match["pkg"], match["ver"], match["path"])
    match = _CDNJS.match(url)
    if match and match["lib"] in CDNJS_NPM:
        package, folder = CDNJS_NPM[match["lib"]]
        return NpmFile(package, match["ver"], posixpath.join(folder, match["path"]))
    match = _JQUERY.match(url)
    if match:
        return NpmFile("jquery", match["ver"], f"dist/jquery{match['min'] or ''}.js")
    return None


def licence_of(url: str) -> str:
    """Licence of the library an asset URL belongs to (``"unknown"`` when not listed)."""
    found = npm_file(url)
    if found:
        return LICENCES.get(found.package, "unknown")
    if "Leaflet.awesome-markers" in url:
        return LICENCES["Leaflet.awesome-markers"]
    if "bootstrap-glyphicons" in url:
        return LICENCES["bootstrap-glyphicons"]
    if "python-visualization/folium" in url:
        return LICENCES["folium"]
    return "unknown"


def map_asset_urls(m: folium.Map) -> list[str]:
    """Every script and stylesheet URL the map's elements will link (in order, no repeats)."""
    urls: list[str] = []
    stack: list[Any] = [m]
    while stack:
        element = stack.pop(0)
        for _name, url in [
            *getattr(element, "default_js", []),
            *getattr(element, "default_css", []),
        ]:
            if url not in urls:
                urls.append(url)
        stack.extend(getattr(element, "_children", {}).values())
    return urls


def default_asset_urls(*, folium_defaults: bool = False) -> list[str]:
    """The URLs a :func:`geoevents.webmap.make_map` map links (Leaflet, fullscreen, minimap).

    With ``folium_defaults``, also the assets of a plain ``folium.Map`` (jQuery,
    Bootstrap, Font Awesome, awesome-markers...), for maps passed in with ``m=``.
    """
    import folium
    from folium.plugins import Fullscreen, MiniMap

    from geoevents.webmap_element import lean_map_class

    lean = lean_map_class()
    pairs = [
        *lean.default_js,
        *lean.default_css,
        *Fullscreen.default_js,
        *Fullscreen.default_css,
        *MiniMap.default_js,
        *MiniMap.default_css,
    ]
    if folium_defaults:
        pairs += [*folium.Map.default_js, *folium.Map.default_css]
    return list(dict.fromkeys(url for _name, url in pairs))


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _suffix(url: str) -> str:
    suffix = posixpath.splitext(urlsplit(url).path)[1].lower()
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,6}", suffix) else ".bin"


def _css_refs(css: str, base: str) -> list[str]:
    """Absolute URLs of the files a stylesheet references (not ``data:`` or ``#fragment``)."""
    refs = []
    for match in _CSS_URL.finditer(css):
        ref = match["url"].strip()
        if ref.startswith(("data:", "#")):
            continue
        refs.append(urljoin(base, ref).split("#")[0].split("?")[0])
    return list(dict.fromkeys(refs))


Fetcher = Callable[[str], tuple[bytes, str]]


class AssetCache:
    """A folder of cached assets with a manifest of URL -> file, SHA-256, source, licence.

    Parameters
    ----------
    folder
        The cache folder (default ``$GEOEVENTS_CACHE/assets``, see
        :func:`geoevents.gazetteer.cache_dir`).
    """

    def __init__(self, folder: str | Path | None = None) -> None:
        if folder is None:
            from geoevents.gazetteer import cache_dir

            folder = cache_dir() / "assets"
        self.folder = Path(folder)

    # ------------------------------------------------------------------ manifest

    def manifest(self) -> dict[str, dict[str, Any]]:
        """URL -> record (``file``, ``sha256``, ``bytes``, ``source``, ``licence``, ``deps``)."""
        path = self.folder / MANIFEST
        if not path.exists():
            return {}
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            msg = f"asset manifest {str(path)!r} is unreadable ({err}); run `{FETCH_COMMAND}` again"
            raise AssetMissingError(msg) from err
        return dict(data.get("assets", {}))

    def _write_manifest(self, records: dict[str, dict[str, Any]]) -> None:
        from geoevents.exports import atomic_path

        with atomic_path(self.folder / MANIFEST) as tmp:
            tmp.write_text(
                json.dumps({"version": 1, "assets": records}, indent=1, sort_keys=True),
                encoding="utf-8",
            )

    def read(self, url: str) -> bytes | None:
        """The cached bytes of ``url`` (``None`` when absent); raises if the hash differs."""
        record = self.manifest().get(url)
        return None if record is None else self._read(url, record)

    def _read(self, url: str, record: dict[str, Any]) -> bytes | None:
        path = self.folder / record["file"]
        if not path.exists():
            return None
        data = path.read_bytes()
        if _sha256(data) != record["sha256"]:
            msg = (
                f"cached asset for {url} ({path}) does not match its recorded SHA-256; "
                f"run `{FETCH_COMMAND}` again"
            )
            raise AssetMissingError(msg)
        return data

    def missing(self, urls: Iterable[str]) -> list[str]:
        """The URLs (and stylesheet dependencies) that are not usable from the cache."""
        records = self.manifest()
        out: list[str] = []
        todo = list(urls)
        seen: set[str] = set()
        while todo:
            url = todo.pop(0)
            if url in seen:
                continue
            seen.add(url)
            record = records.get(url)
            if record is None or not (self.folder / record["file"]).exists():
                out.append(url)
                continue
            todo.extend(record.get("deps", []))
        return out

    def require(self, urls: Iterable[str]) -> None:
        """Raise :class:`AssetMissingError` naming every missing asset and the fix."""
        missing = self.missing(urls)
        if missing:
            listing = "\n".join(f"  - {u}" for u in missing)
            msg = (
                f"self-contained map: {len(missing)} asset(s) missing from the cache "
                f"{self.folder}:\n"
                f"{listing}\nFetch them with `{FETCH_COMMAND}` (online), or offline with "
                f"`{FETCH_COMMAND} --from-npm tests/browser/node_modules` after "
                "`npm ci --prefix tests/browser`."
            )
            raise AssetMissingError(msg)

    # ------------------------------------------------------------------ filling

    def fetch(
        self,
        urls: Sequence[str],
        *,
        from_npm: str | Path | None = None,
        from_dir: str | Path | None = None,
        mirror: str | None = None,
        fetcher: Fetcher | None = None,
    ) -> list[tuple[str, dict[str, Any]]]:
        """Store ``urls`` (and what their stylesheets reference) in the cache.

        Exactly one source is used: ``from_npm`` (a ``node_modules`` folder), ``from_dir``
        (files at ``DIR/<host>/<path>``), ``mirror`` (an HTTP(S) base URL laid out the same
        way) or, by default, the URLs themselves. Returns ``(url, record)`` pairs.
        """
        if sum(x is not None for x in (from_npm, from_dir, mirror, fetcher)) > 1:
            msg = "give at most one of --from-npm, --from-dir, --mirror"
            raise ConfigurationError(msg)
        if fetcher is None:
            if from_npm is not None:
                fetcher = _npm_fetcher(Path(from_npm))
            elif from_dir is not None:
                fetcher = _dir_fetcher(Path(from_dir))
            else:
                fetcher = _http_fetcher(mirror)
        self.folder.mkdir(parents=True, exist_ok=True)
        records = self.manifest()
        done: list[tuple[str, dict[str, Any]]] = []
        todo = list(dict.fromkeys(urls))
        while todo:
            url = todo.pop(0)
            if any(u == url for u, _ in done):
                continue
            data, source = fetcher(url)
            digest = _sha256(data)
            name = f"{digest[:24]}{_suffix(url)}"
            (self.folder / name).write_bytes(data)
            record: dict[str, Any] = {
                "file": name,
                "sha256": digest,
                "bytes": len(data),
                "source": source,
                "licence": licence_of(url),
            }
            if _suffix(url) == ".css":
                record["deps"] = _css_refs(data.decode("utf-8", errors="replace"), url)
                todo.extend(record["deps"])
            records[url] = record
            done.append((url, record))
        self._write_manifest(records)
        return done

    # ------------------------------------------------------------------ inlining

    def inline(self, html_text: str) -> str:
        """Replace every CDN ``<script src>``/stylesheet ``<link>`` of ``html_text`` by its file."""
        urls = [m["url"] for m in _SCRIPT_TAG.finditer(html_text)] + [
            m["url"] for m in _LINK_TAG.finditer(html_text)
        ]
        self.require(urls)
        records = self.manifest()
        used: list[str] = []

        def script(match: re.Match[str]) -> str:
            url = match["url"]
            used.append(url)
            code = self._text(url, records)
            if re.search(r"</script|<!--|<script", code, flags=re.IGNORECASE):
                encoded = base64.b64encode(code.encode("utf-8")).decode("ascii")
                return f'<script src="data:text/javascript;base64,{encoded}"></script>'
            return f"<script>\n{code}\n</script>"

        def style(match: re.Match[str]) -> str:
            url = match["url"]
            used.append(url)
            css = self._css_inlined(url, records)
            if re.search(r"</style", css, flags=re.IGNORECASE):
                encoded = base64.b64encode(css.encode("utf-8")).decode("ascii")
                return f'<link rel="stylesheet" href="data:text/css;base64,{encoded}"/>'
            return f"<style>\n{css}\n</style>"

        out = _SCRIPT_TAG.sub(script, html_text)
        out = _LINK_TAG.sub(style, out)
        left = re.findall(r'<(?:script|link)\b[^>]*(?:src|href)="(https?://[^"]+)"', out)
        if left:
            msg = f"self-contained map still links {left}: these are not folium script/style links"
            raise AssetMissingError(msg)
        notice = "\n".join(
            f"  {u.replace('--', '- -')}  "
            f"({records[u]['licence']}; sha256 {records[u]['sha256'][:16]})"
            for u in dict.fromkeys(used)
        )
        return out.replace(
            "<head>", f"<head>\n<!-- Inlined by geoevents (self-contained):\n{notice}\n-->", 1
        )

    def _text(self, url: str, records: dict[str, dict[str, Any]]) -> str:
        data = self._read(url, records[url]) if url in records else None
        if data is None:
            msg = f"asset {url} vanished from the cache {self.folder}; run `{FETCH_COMMAND}` again"
            raise AssetMissingError(msg)
        return data.decode("utf-8")

    def _css_inlined(self, url: str, records: dict[str, dict[str, Any]]) -> str:
        css = self._text(url, records)

        def replace(match: re.Match[str]) -> str:
            ref = match["url"].strip()
            if ref.startswith(("data:", "#")):
                return match.group(0)
            absolute = urljoin(url, ref).split("#")[0].split("?")[0]
            record = records.get(absolute)
            data = self._read(absolute, record) if record else None
            if data is None:
                self.require([absolute])
                return match.group(0)
            mime = mimetypes.guess_type(absolute)[0] or "application/octet-stream"
            return f'url("data:{mime};base64,{base64.b64encode(data).decode("ascii")}")'

        return _CSS_URL.sub(replace, css)


# ---------------------------------------------------------------------- sources


def _npm_fetcher(root: Path) -> Fetcher:
    if not root.is_dir():
        msg = f"--from-npm: {str(root)!r} is not a folder (expected a node_modules folder)"
        raise ConfigurationError(msg)

    def fetch(url: str) -> tuple[bytes, str]:
        found = npm_file(url)
        if found is None:
            msg = (
                f"{url} is not published on npm at that version; fetch it online "
                f"(`{FETCH_COMMAND}`) or put a copy under --from-dir"
            )
            raise AssetMissingError(msg)
        package_dir = root / found.package
        try:
            version = json.loads((package_dir / "package.json").read_text(encoding="utf-8"))[
                "version"
            ]
        except (OSError, ValueError, KeyError) as err:
            msg = f"npm package {found.package} is not installed in {root} (needed for {url})"
            raise AssetMissingError(msg) from err
        if version != found.version:
            msg = (
                f"npm package {found.package} is {version} in {root}, "
                f"but {url} needs {found.version}"
            )
            raise AssetMissingError(msg)
        path = package_dir / found.path
        note = ""
        if not path.exists() and re.search(r"\.min\.(js|css)$", found.path):
            # jsDelivr builds ``.min`` files on the fly from the published unminified file.
            path = package_dir / re.sub(r"\.min\.(js|css)$", r".\1", found.path)
            note = " (unminified; the CDN serves a minified build of it)"
        if not path.is_file():
            msg = f"{found.package}@{found.version} has no file {found.path} (needed for {url})"
            raise AssetMissingError(msg)
        relative = path.relative_to(package_dir).as_posix()
        return path.read_bytes(), f"npm:{found.package}@{found.version}/{relative}{note}"

    return fetch


def _dir_fetcher(root: Path) -> Fetcher:
    def fetch(url: str) -> tuple[bytes, str]:
        parts = urlsplit(url)
        path = root / parts.netloc / parts.path.lstrip("/")
        if not path.is_file():
            msg = f"{url} is not in {root} (expected {path})"
            raise AssetMissingError(msg)
        return path.read_bytes(), f"dir:{path}"

    return fetch


def _http_fetcher(mirror: str | None) -> Fetcher:
    import urllib.error
    import urllib.request

    def fetch(url: str) -> tuple[bytes, str]:
        parts = urlsplit(url)
        target = url if mirror is None else f"{mirror.rstrip('/')}/{parts.netloc}{parts.path}"
        if not target.startswith(("https://", "http://")):
            msg = f"refusing to fetch {target!r}: only http(s) URLs"
            raise ConfigurationError(msg)
        request = urllib.request.Request(target, headers={"User-Agent": "geoevents-assets"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                data = response.read(MAX_BYTES + 1)
        except (urllib.error.URLError, OSError) as err:
            msg = f"cannot download {target}: {getattr(err, 'reason', err)}"
            raise AssetMissingError(msg) from err
        if len(data) > MAX_BYTES:
            msg = f"{target} is larger than {MAX_BYTES} bytes"
            raise AssetMissingError(msg)
        return data, target

    return fetch
