"""``piyue export`` and ``piyue import NOTES.jsonld``: formats, exit codes, --force, path safety, no duplicates —
on SQLite and PostgreSQL (the module runs once per backend)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from piyue.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "chaoyang-2026.md"


def _new_db(request: pytest.FixtureRequest, folder: Path, backend: str, name: str) -> str:
    """A new, empty library on ``backend``: a SQLite file in ``folder`` or a fresh database on the test cluster."""
    if backend == "sqlite":
        return str(folder / f"{name}.sqlite3")
    return request.getfixturevalue("postgres_cluster").new_database()


def _make(folder: Path, db: str) -> tuple[Path, str]:
    report = folder / "report.md"
    report.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["import", str(report), "--db", db]) == 0
    for quote, extra in (
        ("世界第六", []),
        ("增长14.3%", ["--nth", "2", "--tag", "金融"]),
        ("信息服务业", ["--nth", "1"]),
    ):
        assert main(["note", "add", str(report), "--quote", quote, "--body", f"关于{quote}", *extra, "--db", db]) == 0
    return report, db


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    """The database engine every test of this module runs on."""
    return request.param


@pytest.fixture(scope="module")
def template(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, str]:
    """A report (never modified) with three notes in a database, made once per backend."""
    folder = tmp_path_factory.mktemp("export-cli")
    return _make(folder, _new_db(request, folder, backend, "notes"))


@pytest.fixture
def setup(
    template: tuple[Path, str], backend: str, request: pytest.FixtureRequest, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> tuple[Path, str]:  # fmt: skip
    """The template's report and a copy of its database for this test; returns (report, db)."""
    if backend == "sqlite":
        db = str(tmp_path / "notes.sqlite3")
        shutil.copyfile(template[1], db)
    else:  # CREATE DATABASE … TEMPLATE: a copy in milliseconds
        db = request.getfixturevalue("postgres_cluster").copy_database(template[1])
    capsys.readouterr()
    return template[0], db


@pytest.mark.parametrize("fmt", ["md", "html", "csv", "jsonld", "docx"])
def test_every_format_is_written(
    fmt: str, setup: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report, db = setup
    out = tmp_path / f"out.{fmt}"
    assert main(["export", str(report), "--format", fmt, "-o", str(out), "--db", db]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert out.stat().st_size > 0


@pytest.mark.usefixtures("qapp")
def test_pdf_and_metrics(setup: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _report, db = setup
    assert main(["export", "1", "-f", "pdf", "--metrics", "-o", str(tmp_path / "n.pdf"), "--db", db]) == 0
    assert (tmp_path / "n.pdf").read_bytes().startswith(b"%PDF")
    assert main(["export", "1", "-f", "html", "--metrics", "-o", str(tmp_path / "n.html"), "--db", db]) == 0
    assert "附录：指标" in (tmp_path / "n.html").read_text(encoding="utf-8")
    assert main(["export", "1", "-f", "docx", "--comments", "-o", str(tmp_path / "r.docx"), "--db", db]) == 0
    capsys.readouterr()


def test_default_name_in_the_folder_and_force(
    setup: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report, db = setup
    folder = tmp_path / "exports"
    folder.mkdir()
    assert main(["export", str(report), "-f", "md", "-o", str(folder), "--db", db]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written.parent == folder and written.name.endswith("-批注.md") and "/" not in written.name
    before = written.read_bytes()
    assert main(["export", str(report), "-f", "md", "-o", str(folder), "--db", db]) == 2
    err = capsys.readouterr().err
    assert "exists" in err and "--force" in err and err.count("\n") == 1
    assert written.read_bytes() == before
    assert main(["export", str(report), "-f", "md", "-o", str(folder), "--force", "--db", db]) == 0
    assert sorted(p.name for p in folder.iterdir()) == [written.name]


def test_titles_cannot_lead_outside_the_folder(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "evil.md"
    report.write_text("# ../../../tmp/evil\n\n## 一、总体\n\n正文一句话。\n", encoding="utf-8")
    db = _new_db(request, tmp_path, backend, "db")
    assert main(["import", str(report), "--db", db]) == 0
    folder = tmp_path / "deep" / "out"
    folder.mkdir(parents=True)
    assert main(["export", str(report), "-f", "csv", "-o", str(folder), "--db", db]) == 0
    written = Path(capsys.readouterr().out.strip().splitlines()[-1])
    assert written.parent == folder and list(folder.iterdir()) == [written]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "REPORT", "-f", "md", "--comments"], "--comments is for --format docx"),
        (["export", "REPORT", "-f", "csv", "--metrics"], "--metrics is for"),
        (["export", "REPORT", "-f", "rtf"], "invalid choice"),
        (["export", "REPORT"], "--format"),
        (["export", "/no/such/report.md", "-f", "md"], "not imported"),
        (["export", "99", "-f", "md"], "no document with id 99"),
        (["export", "REPORT", "-f", "md", "-o", "/no/such/folder/x.md"], "no such folder"),
    ],
)
def test_usage_errors_are_one_line(
    argv: list[str], message: str, setup: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    report, db = setup
    argv = [str(report) if a == "REPORT" else a for a in argv]
    assert main([*argv, "--db", db]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_jsonld_round_trip_into_a_fresh_database(
    setup: tuple[Path, str], backend: str, request: pytest.FixtureRequest, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    report, db = setup
    out = tmp_path / "notes.jsonld"
    assert main(["export", str(report), "-f", "jsonld", "-o", str(out), "--db", db]) == 0
    assert main(["notes", str(report), "--json", "--db", db]) == 0
    capsys.readouterr()
    assert main(["notes", str(report), "--json", "--db", db]) == 0
    original = json.loads(capsys.readouterr().out)

    fresh = _new_db(request, tmp_path, backend, "fresh")
    assert main(["import", str(report), "--db", fresh]) == 0
    assert main(["import", str(out), "--db", fresh, "--json"]) == 0
    capsys.readouterr()
    assert main(["import", str(out), "--db", fresh]) == 0  # twice: nothing added
    assert "0 added, 0 updated, 3 unchanged" in capsys.readouterr().out
    assert main(["notes", str(report), "--json", "--db", fresh]) == 0
    assert json.loads(capsys.readouterr().out) == original


def test_jsonld_import_follows_a_revised_report(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report, db = _make(tmp_path, _new_db(request, tmp_path, backend, "notes"))
    out = tmp_path / "notes.jsonld"
    assert main(["export", str(report), "-f", "jsonld", "-o", str(out), "--db", db]) == 0
    report.write_text("新增的开头。\n\n" + report.read_text(encoding="utf-8"), encoding="utf-8")
    fresh = _new_db(request, tmp_path, backend, "fresh")
    assert main(["import", str(report), "--db", fresh]) == 0
    capsys.readouterr()
    assert main(["import", str(out), "--db", fresh, "--json"]) == 0  # matched by source path, re-anchored
    (result,) = json.loads(capsys.readouterr().out)
    assert result["added"] == 3 and result["anchored"] == 3
    assert main(["notes", str(report), "--json", "--db", fresh]) == 0
    text = report.read_text(encoding="utf-8")
    for note in json.loads(capsys.readouterr().out):
        assert text[note["start"] : note["end"]] == note["quote"]


def test_jsonld_import_errors(setup: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _report, db = setup
    bad = tmp_path / "bad.jsonld"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["import", str(bad), "--db", db]) == 2
    assert "not valid JSON" in capsys.readouterr().err
    stranger = tmp_path / "stranger.jsonld"
    stranger.write_text(
        json.dumps(
            {
                "@context": "http://www.w3.org/ns/anno.jsonld",
                "id": "https://example.org/a/1",
                "type": "Annotation",
                "body": {"type": "TextualBody", "value": "x"},
                "target": {
                    "source": "https://example.org/other.html",
                    "selector": {"type": "TextQuoteSelector", "exact": "世界第六"},
                },
            }
        ),
        encoding="utf-8",
    )
    assert main(["import", str(stranger), "--db", db]) == 2
    assert "import the report first" in capsys.readouterr().err
    assert main(["import", str(stranger), "--replaces", "1", "--db", db]) == 0  # told which document
    assert "1 added" in capsys.readouterr().out
