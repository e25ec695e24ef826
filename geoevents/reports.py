"""Reading reports from files, directories and stdin.

Supported inputs (see README, "Input formats"):

* ``NAME.txt`` (or ``.md``) with an optional sidecar ``NAME.meta.json`` holding
  ``url``, ``title``, ``published``, ``outlet`` (and optionally ``id``); ``source_id`` is
  the file stem unless the sidecar gives ``id``;
* ``NAME.txt`` starting with front matter: a ``---`` line, ``key: value`` lines, ``---``;
* ``.json`` (one object or a list of objects) and ``.jsonl``/``.ndjson`` (one object per
  line), each object with ``text`` and optionally ``id``, ``published``, ``url``,
  ``outlet``, ``title``;
* ``.html``/``.htm``: the visible text of the page (scripts, styles and markup dropped),
  with metadata from ``<meta>`` tags (``article:published_time``, ``og:url``,
  ``og:site_name``, ``og:title``) and ``<title>``;
* ``-``: stdin, sniffed as JSON, JSONL, HTML or plain text.

Every problem with one input raises :class:`ReportFormatError` naming the file and the
reason; :func:`read_reports` can hand those to a callback and go on with the others.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO

from geoevents.exceptions import ReportFormatError
from geoevents.models import Report, parse_published

#: Largest input file read, in bytes (a report is a few kB; a 20 MB JSONL is a corpus).
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
#: Longest single report text, in characters (a news article is ~10k; longer is not a report).
MAX_REPORT_CHARS = 2_000_000

TEXT_SUFFIXES = (".txt", ".md", ".text")
JSON_SUFFIXES = (".json",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
SIDECAR_SUFFIX = ".meta.json"
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + JSON_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES

ErrorCallback = Callable[[ReportFormatError], None]


def read_reports(
    inputs: str | Path | Iterable[str | Path],
    *,
    published: str | None = None,
    on_error: ErrorCallback | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> list[Report]:
    """Read every report from files, directories (recursively) and ``"-"`` (stdin).

    Parameters
    ----------
    inputs
        One path or several. Directories are walked recursively and every supported
        file in them is read (sidecars and READMEs are skipped).
    published
        Publication date-time (ISO 8601) for reports whose metadata has none.
    on_error
        Called with each :class:`ReportFormatError`; reading goes on with the next
        input. Without it the first error is raised.
    max_bytes
        Inputs larger than this are rejected.
    stdin
        Binary stream used for ``"-"`` (defaults to ``sys.stdin.buffer``).

    Examples
    --------
    >>> reports = read_reports("data/reports")  # doctest: +SKIP
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    if published is not None:
        _check_published(published, "--published")
    reports: list[Report] = []
    for path in _expand(inputs):
        try:
            reports.extend(_read_one(path, published=published, max_bytes=max_bytes, stdin=stdin))
        except ReportFormatError as err:
            if on_error is None:
                raise
            on_error(err)
    return reports


def report_from_text(
    text: str,
    *,
    source_id: str = "text",
    published: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
) -> Report:
    """Wrap a string as a :class:`Report` (no I/O)."""
    return Report(
        source_id=source_id, text=text, published=published, url=url, outlet=outlet, title=title
    )


def _expand(inputs: Iterable[str | Path]) -> Iterator[str]:
    for item in inputs:
        name = str(item)
        if name == "-":
            yield name
            continue
        path = Path(name)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and _is_report_file(child):
                    yield str(child)
        else:
            yield name


def _is_report_file(path: Path) -> bool:
    name = path.name.lower()
    if name.startswith((".", "readme")) or name.endswith(SIDECAR_SUFFIX):
        return False
    return name.endswith(SUPPORTED_SUFFIXES)


def _read_bytes(path: str, max_bytes: int, stdin: BinaryIO | None) -> bytes:
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_bytes + 1)
    else:
        p = Path(path)
        if not p.exists():
            raise ReportFormatError(path, "no such file or directory")
        if not p.is_file():
            raise ReportFormatError(path, "not a regular file")
        size = p.stat().st_size
        if size > max_bytes:
            raise ReportFormatError(path, f"file too large ({size:,} bytes > {max_bytes:,} limit)")
        try:
            data = p.read_bytes()
        except OSError as err:
            raise ReportFormatError(path, f"cannot read: {err.strerror or err}") from err
    if len(data) > max_bytes:
        raise ReportFormatError(path, f"input too large (> {max_bytes:,} bytes limit)")
    return data


def _decode(path: str, data: bytes) -> str:
    if not data.strip():
        raise ReportFormatError(path, "empty file")
    if b"\x00" in data[:8192]:
        raise ReportFormatError(path, "binary file (contains NUL bytes), not a text report")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        bad = data[err.start : err.start + 1].hex()
        raise ReportFormatError(
            path, f"not valid UTF-8 (byte 0x{bad} at offset {err.start}); convert it to UTF-8"
        ) from err
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def _read_one(
    path: str, *, published: str | None, max_bytes: int, stdin: BinaryIO | None
) -> list[Report]:
    text = _decode(path, _read_bytes(path, max_bytes, stdin))
    lower = path.lower()
    if path == "-":
        kind = _sniff(text)
    elif lower.endswith(JSONL_SUFFIXES):
        kind = "jsonl"
    elif lower.endswith(JSON_SUFFIXES):
        kind = "json"
    elif lower.endswith(HTML_SUFFIXES):
        kind = "html"
    else:
        kind = "text"
    stem = "stdin" if path == "-" else _stem(Path(path))
    if kind == "json":
        return _from_json(path, text, stem, published)
    if kind == "jsonl":
        return _from_jsonl(path, text, stem, published)
    if kind == "html":
        return [_from_html(path, text, stem, published)]
    return [_from_text(path, text, stem, published)]


def _stem(path: Path) -> str:
    name = path.name
    for suffix in SUPPORTED_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def _sniff(text: str) -> str:
    head = text.lstrip()[:200].lower()
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        first_line = text.strip().splitlines()[0]
        try:
            json.loads(first_line)
        except json.JSONDecodeError:
            return "json"
        return "jsonl" if len(text.strip().splitlines()) > 1 else "json"
    if head.startswith(("<!doctype html", "<html", "<head", "<body", "<article", "<p")):
        return "html"
    return "text"


# ---------------------------------------------------------------- plain text


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)
_META_KEYS = ("id", "published", "url", "outlet", "title")


def _from_text(path: str, text: str, stem: str, published: str | None) -> Report:
    meta: dict[str, Any] = {}
    match = _FRONT_MATTER.match(text)
    body_offset = 0
    if match:
        for line_no, line in enumerate(match.group(1).splitlines(), start=2):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            key, sep, value = line.partition(":")
            if not sep:
                raise ReportFormatError(path, f"front matter line {line_no} is not 'key: value'")
            meta[key.strip().lower()] = value.strip().strip("\"'")
        body_offset = match.end()
    if path != "-":
        sidecar = Path(path).with_name(stem + SIDECAR_SUFFIX)
        if sidecar.is_file():
            meta = {**_read_sidecar(str(sidecar)), **meta}
    body = text[body_offset:]
    if not body.strip():
        raise ReportFormatError(path, "no report text after the front matter")
    return _make_report(path, body, meta, stem, published)


def _read_sidecar(path: str) -> dict[str, Any]:
    data = _decode(path, _read_bytes(path, 1024 * 1024, None))
    try:
        meta = json.loads(data)
    except json.JSONDecodeError as err:
        raise ReportFormatError(
            path, f"invalid JSON at line {err.lineno} column {err.colno}: {err.msg}"
        ) from err
    if not isinstance(meta, dict):
        raise ReportFormatError(path, "metadata sidecar must hold a JSON object")
    return meta


# ---------------------------------------------------------------- JSON


def _from_json(path: str, text: str, stem: str, published: str | None) -> list[Report]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise ReportFormatError(
            path, f"invalid JSON at line {err.lineno} column {err.colno}: {err.msg}"
        ) from err
    items = data if isinstance(data, list) else [data]
    if not items:
        raise ReportFormatError(path, "JSON list holds no reports")
    reports = []
    for index, item in enumerate(items):
        where = f"item {index}" if isinstance(data, list) else "object"
        default_id = f"{stem}-{index}" if isinstance(data, list) else stem
        reports.append(_from_record(path, item, where, default_id, published))
    return reports


def _from_jsonl(path: str, text: str, stem: str, published: str | None) -> list[Report]:
    reports = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            raise ReportFormatError(
                path, f"invalid JSON on line {line_no} column {err.colno}: {err.msg}"
            ) from err
        reports.append(_from_record(path, item, f"line {line_no}", f"{stem}-{line_no}", published))
    if not reports:
        raise ReportFormatError(path, "no JSON lines")
    return reports


def _from_record(
    path: str, item: Any, where: str, default_id: str, published: str | None
) -> Report:
    if not isinstance(item, dict):
        raise ReportFormatError(path, f"{where}: expected a JSON object, got {type(item).__name__}")
    body = item.get("text")
    if not isinstance(body, str) or not body.strip():
        raise ReportFormatError(path, f"{where}: missing or empty 'text' string")
    return _make_report(path, body, item, default_id, published, where=where)


# ---------------------------------------------------------------- HTML


class _TextAndMeta(HTMLParser):
    """Collects visible text (block elements become line breaks) and ``<meta>`` values."""

    _SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "object", "head"}
    _BLOCK = {
        "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
        "article", "header", "footer", "blockquote", "pre", "ul", "ol", "table", "figcaption",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.title = ""
        self._skip_depth = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (attr.get("property") or attr.get("name") or attr.get("itemprop") or "").lower()
            if key and "content" in attr:
                self.meta.setdefault(key, attr["content"])
            return
        if tag == "link" and attr.get("rel", "").lower() == "canonical":
            self.meta.setdefault("canonical", attr.get("href", ""))
            return
        if tag == "title":
            self._in_title = True
        if tag in self._SKIP:
            self._skip_depth += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self._SKIP and self._skip_depth:
            self._skip_depth -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if not self._skip_depth:
            self.parts.append(data)


def html_to_text(markup: str) -> tuple[str, dict[str, str], str]:
    """Visible text, ``<meta>`` values and ``<title>`` of an HTML page (pure)."""
    parser = _TextAndMeta()
    parser.feed(markup)
    parser.close()
    raw = "".join(parser.parts)
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in raw.splitlines()]
    text = "\n".join(line for line in lines if line)
    return text, parser.meta, html.unescape(parser.title).strip()


def _from_html(path: str, markup: str, stem: str, published: str | None) -> Report:
    text, meta, title = html_to_text(markup)
    if not text.strip():
        raise ReportFormatError(path, "HTML page has no visible text")
    record = {
        "published": meta.get("article:published_time") or meta.get("datepublished")
        or meta.get("date") or meta.get("pubdate"),
        "url": meta.get("og:url") or meta.get("canonical"),
        "outlet": meta.get("og:site_name"),
        "title": meta.get("og:title") or title or None,
    }
    return _make_report(path, text, record, stem, published)


# ---------------------------------------------------------------- common


def _check_published(value: str, where: str) -> None:
    try:
        parse_published(value)
    except (TypeError, ValueError) as err:
        msg = f"{where}: published {value!r} is not an ISO 8601 date or date-time"
        raise ReportFormatError(where, msg) from err


def _make_report(
    path: str,
    body: str,
    meta: dict[str, Any],
    default_id: str,
    published: str | None,
    *,
    where: str = "",
) -> Report:
    prefix = f"{where}: " if where else ""
    values: dict[str, str | None] = {}
    for key in _META_KEYS:
        value = meta.get(key)
        if value is not None and not isinstance(value, (str, int, float)):
            raise ReportFormatError(path, f"{prefix}metadata {key!r} must be a string")
        values[key] = str(value).strip() if value not in (None, "") else None
    if len(body) > MAX_REPORT_CHARS:
        raise ReportFormatError(
            path, f"{prefix}report text too long ({len(body):,} characters > {MAX_REPORT_CHARS:,}); split it"
        )
    stamp = values["published"] or published
    if stamp is not None:
        try:
            parse_published(stamp)
        except (TypeError, ValueError) as err:
            raise ReportFormatError(
                path, f"{prefix}published {stamp!r} is not an ISO 8601 date or date-time"
            ) from err
    return Report(
        source_id=values["id"] or default_id,
        text=body.replace("\r\n", "\n").replace("\r", "\n"),
        published=stamp,
        url=values["url"],
        outlet=values["outlet"],
        title=values["title"],
        path=None if path == "-" else path,
    )
