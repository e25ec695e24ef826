"""The command line: extract, map, geocode; exit codes and one-line errors for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pytest
from click.testing import CliRunner

from geoevents.cli import cli
from tests.conftest import ROOT

SAMPLES = ROOT / "data" / "reports"
SEED_LIKE = (
    "Russia launched 550 drones and 11 missiles at Ukraine overnight. At least 72 drones breached "
    "air defences. In Kyiv, 23 people were wounded and railway lines, houses and cars were damaged."
)


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".csv"])
def test_extract_writes_format_from_extension(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"events{suffix}"
    code, _, err = run("extract", str(SAMPLES), "-o", str(out))
    assert code == 0, err
    assert "events written" in err
    if suffix == ".csv":
        text = out.read_text(encoding="utf-8")
        assert text.splitlines()[0].startswith("event_id,night,")
        assert "Rostov Oblast" in text
    else:
        gdf = gpd.read_file(out)
        assert len(gdf) >= 10
        assert gdf.crs.to_epsg() == 4326
        assert {"Kyiv", "Ukraine", "Rostov Oblast"} <= set(gdf["place"])


def test_extract_from_stdin_with_published(tmp_path: Path) -> None:
    out = tmp_path / "e.geojson"
    code, _, err = run("extract", "-", "-o", str(out), "--published", "2025-07-04T09:00:00+03:00", stdin=SEED_LIKE)
    assert code == 0, err
    data = json.loads(out.read_text(encoding="utf-8"))
    props = {f["properties"]["place"]: f["properties"] for f in data["features"]}
    assert props["Ukraine"]["drones_launched"] == 550
    assert props["Kyiv"]["wounded"] == 23
    assert {p["night"] for p in props.values()} == {"2025-07-03"}
    assert props["Kyiv"]["source_id"] == "stdin"


def test_bad_inputs_give_one_line_errors_and_others_still_processed(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SEED_LIKE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (tmp_path / "latin.txt").write_bytes("Odesa caf\xe9".encode("latin-1"))
    (tmp_path / "bad.json").write_text('{"text": ', encoding="utf-8")
    out = tmp_path / "out" / "events.geojson"
    code, _, err = run("extract", str(tmp_path), "-o", str(out))
    assert code == 1
    lines = [line for line in err.splitlines() if line.startswith("geoevents: error:")]
    assert len(lines) == 4
    for name, reason in [("empty.txt", "empty file"), ("binary.txt", "binary file"),
                         ("latin.txt", "not valid UTF-8"), ("bad.json", "invalid JSON")]:
        assert any(name in line and reason in line for line in lines), (name, lines)
    assert "Traceback" not in err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {f["properties"]["source_id"] for f in data["features"]} == {"good"}


def test_unknown_output_format_fails_cleanly(tmp_path: Path) -> None:
    code, _, err = run("extract", str(SAMPLES), "-o", str(tmp_path / "events.xyz"))
    assert code == 3
    assert "unknown output format" in err and "Traceback" not in err


def test_bad_published_option_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("extract", str(SAMPLES), "-o", str(tmp_path / "e.geojson"), "--published", "soon")
    assert code == 2
    assert "not an ISO 8601" in err


def test_map_writes_html_and_geojson(tmp_path: Path) -> None:
    html_path, geojson_path = tmp_path / "maps" / "attacks.html", tmp_path / "maps" / "events.geojson"
    code, _, err = run("map", str(SAMPLES), "-o", str(html_path), "--geojson", str(geojson_path))
    assert code == 0, err
    page = html_path.read_text(encoding="utf-8")
    assert "Night of 3–4 Jul 2025" in page
    data = json.loads(geojson_path.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and "crs" not in data
    assert len(data["features"]) >= 10


def test_map_accepts_events_files(tmp_path: Path) -> None:
    events = tmp_path / "events.gpkg"
    assert run("extract", str(SAMPLES), "-o", str(events))[0] == 0
    html_path = tmp_path / "m.html"
    code, _, err = run("map", str(events), "-o", str(html_path))
    assert code == 0, err
    assert "Night of 3–4 Jul 2025" in html_path.read_text(encoding="utf-8")


def test_python_dash_m_and_console_script(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "geoevents", "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "extract" in result.stdout
    result = subprocess.run(
        [sys.executable, "-m", "geoevents", "extract", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "e.geojson")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == f"geoevents: error: {tmp_path / 'missing.txt'}: no such file or directory"
    assert "Traceback" not in result.stderr


def test_every_option_is_in_the_readme() -> None:
    import click

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = []

    def walk(command: click.Command, path: list[str]) -> None:
        if isinstance(command, click.Group):
            for name, child in command.commands.items():
                walk(child, [*path, name])
            return
        for param in command.params:
            if isinstance(param, click.Option):
                missing.extend(f"{' '.join(path)} {o}" for o in param.opts if o.startswith("--") and o not in readme)

    walk(cli, [])
    assert not missing, missing


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in cli.commands.items():
        assert command.help, name
        assert f"geoevents {name}" in readme, name
