"""Reading reports: every supported format, metadata, and clear errors for bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from geoevents.exceptions import ReportFormatError
from geoevents.reports import html_to_text, read_reports

TEXT = "Russian drones attacked Kharkiv overnight. Two people were injured."


def test_text_with_sidecar_uses_stem_and_metadata(tmp_path: Path) -> None:
    (tmp_path / "017.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "017.meta.json").write_text(
        json.dumps({"url": "https://example.org/a", "published": "2025-04-24", "outlet": "X", "title": "T"}),
        encoding="utf-8",
    )
    [report] = read_reports(tmp_path)
    assert report.source_id == "017"
    assert report.published == "2025-04-24"
    assert report.url == "https://example.org/a"
    assert report.outlet == "X" and report.title == "T"
    assert report.text == TEXT


def test_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(
        "---\nid: my-id\npublished: 2025-07-04T09:00:00+03:00\nurl: https://e.org/x\noutlet: O\n---\n" + TEXT,
        encoding="utf-8",
    )
    [report] = read_reports(path)
    assert (report.source_id, report.published, report.outlet) == ("my-id", "2025-07-04T09:00:00+03:00", "O")
    assert report.text == TEXT


def test_json_list_and_jsonl(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps([{"id": "a1", "text": TEXT}, {"text": TEXT}]), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "b1", "text": TEXT, "published": "2025-01-02"}) + "\n\n" + json.dumps({"text": TEXT}) + "\n",
        encoding="utf-8",
    )
    reports = read_reports(tmp_path)
    assert [r.source_id for r in reports] == ["a1", "a-1", "b1", "b-3"]
    assert reports[2].published == "2025-01-02"


def test_html_drops_scripts_and_reads_meta(tmp_path: Path) -> None:
    page = (
        '<html><head><title>Title here</title><meta property="article:published_time" content="2025-04-10T19:05:00+03:00">'
        '<meta property="og:url" content="https://e.org/p"><script>var x = "Kharkiv";</script></head>'
        "<body><p>First &amp; foremost.</p><p>Second <b>line</b>.</p><style>p{}</style></body></html>"
    )
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    [report] = read_reports(tmp_path / "p.html")
    assert report.text == "First & foremost.\nSecond line."
    assert report.published == "2025-04-10T19:05:00+03:00"
    assert report.url == "https://e.org/p"
    assert report.title == "Title here"
    assert "Kharkiv" not in report.text


def test_stdin_is_sniffed() -> None:
    data = json.dumps({"id": "s", "text": TEXT}).encode()
    [report] = read_reports("-", stdin=io.BytesIO(data))
    assert report.source_id == "s"
    [plain] = read_reports("-", stdin=io.BytesIO(TEXT.encode()), published="2025-01-01")
    assert plain.source_id == "stdin" and plain.published == "2025-01-01"


def test_published_option_fills_missing_metadata_only(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"text": TEXT, "published": "2024-01-01"}), encoding="utf-8")
    reports = {r.source_id: r for r in read_reports(tmp_path, published="2025-07-04T10:00:00+03:00")}
    assert reports["a"].published == "2025-07-04T10:00:00+03:00"
    assert reports["b"].published == "2024-01-01"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\t\n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        ("latin1.txt", "Kharkiv caf\xe9 attack".encode("latin-1"), "not valid UTF-8 (byte 0xe9 at offset 11)"),
        ("bad.json", b'{"text": "x",', "invalid JSON at line 1"),
        ("notext.json", b'{"id": "x"}', "missing or empty 'text' string"),
        ("list.json", b"[1, 2]", "item 0: expected a JSON object"),
        ("bad.jsonl", b'{"text": "ok"}\n{oops}\n', "invalid JSON on line 2"),
        ("fm.txt", b"---\nno colon here\n---\nbody", "front matter line 2 is not 'key: value'"),
        ("date.json", b'{"text": "x", "published": "yesterday"}', "published 'yesterday' is not an ISO 8601"),
    ],
)
def test_bad_input_names_file_and_reason(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReportFormatError) as info:
        read_reports(path)
    assert info.value.path == str(path)
    assert reason in info.value.reason
    assert str(path) in str(info.value)


def test_bad_sidecar_is_reported(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "r.meta.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ReportFormatError) as info:
        read_reports(tmp_path / "r.txt")
    assert info.value.path.endswith("r.meta.json")


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("a" * 2000, encoding="utf-8")
    with pytest.raises(ReportFormatError, match="too large"):
        read_reports(path, max_bytes=1000)


def test_single_report_too_long(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Drones hit Kyiv. " * 130_000, encoding="utf-8")
    with pytest.raises(ReportFormatError, match="report text too long"):
        read_reports(path)


def test_errors_go_to_callback_and_others_are_read(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00")
    (tmp_path / "missing-dir-file.json").write_text("[", encoding="utf-8")
    errors: list[ReportFormatError] = []
    reports = read_reports([tmp_path, tmp_path / "nope.txt"], on_error=errors.append)
    assert [r.source_id for r in reports] == ["good"]
    assert sorted(Path(e.path).name for e in errors) == ["bad.txt", "missing-dir-file.json", "nope.txt"]


def test_directory_skips_readmes_and_sidecars(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# not a report", encoding="utf-8")
    (tmp_path / "x.meta.json").write_text("{}", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text(TEXT, encoding="utf-8")
    assert [r.source_id for r in read_reports(tmp_path)] == ["x"]


def test_html_to_text_is_pure_and_drops_hostile_markup() -> None:
    text, meta, title = html_to_text('<p onclick="alert(1)">Hi<img src=x onerror=alert(1)></p><script>alert(2)</script>')
    assert text == "Hi"
    assert meta == {} and title == ""


def test_bundled_samples_read_cleanly() -> None:
    root = Path(__file__).resolve().parents[1] / "data" / "reports"
    reports = read_reports(root)
    assert len(reports) >= 7
    for report in reports:
        assert report.published and report.url and report.outlet, report.source_id
        assert report.published[10:11] == "T" and ("+" in report.published[10:] or report.published.endswith("Z"))
