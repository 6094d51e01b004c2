#!/usr/bin/env python3
"""Build Piyue's one-folder bundle with PyInstaller and smoke-test it.

    .venv/bin/python packaging/build.py                 # build dist/piyue/ and smoke-test it
    .venv/bin/python packaging/build.py --smoke-only    # smoke-test an existing dist/piyue/
    .venv/bin/python packaging/build.py --dist DIR --work DIR

Run it with the Python of the environment Piyue is installed in (``.venv``): PyInstaller freezes that
interpreter and its packages. PyInstaller is installed into it when missing (the ``packaging`` extra).
Translations: each ``resources/translations/*.ts`` without a committed ``.qm`` is compiled with Qt's
``lrelease`` into the work folder and bundled as ``piyue/resources/translations/NAME.qm``.

The smoke test runs the bundled executable from a scratch folder, offscreen, with its data, cache, settings
and database in that folder: ``--version``, ``--screenshot out.png`` (the sample report), ``outline SAMPLE
--json``, then ``import`` (Alembic migrations), ``search`` (jieba and its dictionary), ``export --format
docx`` (python-docx's template) and ``export --format pdf`` (the bundled CJK font). Exit 0 when all pass.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
SPEC = PACKAGING / "piyue.spec"
SAMPLE = ROOT / "resources" / "samples" / "chaoyang-2026.md"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def project() -> dict:
    """The [project] table of pyproject.toml."""
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def log(message: str) -> None:
    print(f"build: {message}", file=sys.stderr, flush=True)


def ensure_pyinstaller() -> None:
    """Install PyInstaller (pyproject.toml's ``packaging`` extra) into this interpreter's environment if missing."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        requirements = project()["optional-dependencies"]["packaging"]
        log(f"installing {' '.join(requirements)} into {sys.prefix}")
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", *requirements], check=True)


def check_build_tools() -> None:
    """PyInstaller on Linux reads and strips shared libraries with binutils (objdump, strip)."""
    if sys.platform.startswith("linux"):
        missing = [tool for tool in ("objdump", "strip") if shutil.which(tool) is None]
        if missing:
            raise SystemExit(f"build: {' and '.join(missing)} missing: install binutils (apt-get install binutils)")


def lrelease_command() -> list[str] | None:
    """Qt's lrelease as shipped with PySide6 (pyside6-lrelease next to python, or PySide6/lrelease)."""
    scripts = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (scripts / name).is_file():
            return [str(scripts / name)]
    try:
        import PySide6
    except ImportError:
        return None
    base = Path(PySide6.__file__).parent
    for candidate in (base / "lrelease", base / "lrelease.exe", base / "Qt" / "libexec" / "lrelease"):
        if candidate.is_file():
            return [str(candidate)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def compile_translations(out_dir: Path, source_dir: Path = ROOT / "resources" / "translations") -> list[Path]:
    """Compile the .ts files that have no committed .qm into ``out_dir``; returns the .qm written."""
    sources = sorted(source_dir.glob("*.ts"))
    pending = [ts for ts in sources if not ts.with_suffix(".qm").is_file()]
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    if not pending:
        return []
    command = lrelease_command()
    if command is None:
        raise SystemExit("build: lrelease not found (it comes with PySide6); cannot compile the translations")
    written = []
    for ts in pending:
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def run_pyinstaller(dist: Path, work: Path, qm_dir: Path) -> float:
    """Run PyInstaller on the spec; returns the seconds it took."""
    env = dict(os.environ, PIYUE_QM_DIR=str(qm_dir))
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work / "pyinstaller"),
        str(SPEC),
    ]
    log(" ".join(command))
    started = time.monotonic()
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    return time.monotonic() - started


def executable(dist: Path, name: str) -> Path:
    """The bundled executable in the one-folder bundle."""
    suffix = ".exe" if sys.platform == "win32" else ""
    return dist / name / f"{name}{suffix}"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    if not data.startswith(PNG_MAGIC):
        raise AssertionError(f"{path} is not a PNG")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


class SmokeTest:
    """Runs the bundled executable in a scratch folder with its own data, cache, settings and database."""

    def __init__(self, exe: Path, scratch: Path) -> None:
        self.exe = exe
        self.scratch = scratch
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PIYUE_", "VIRTUAL_ENV"))}
        self.env.update(
            QT_QPA_PLATFORM="offscreen",
            PIYUE_DATA_DIR=str(scratch / "data"),
            PIYUE_CACHE_DIR=str(scratch / "cache"),
            PIYUE_CONFIG_DIR=str(scratch / "config" / "piyue"),
            XDG_CONFIG_HOME=str(scratch / "config"),
            PIYUE_DB=str(scratch / "data" / "piyue.sqlite3"),
            HOME=str(scratch / "home"),
        )
        (scratch / "home").mkdir(parents=True, exist_ok=True)
        self.results: list[tuple[str, float]] = []

    def run(self, *args: str, expect: int = 0, timeout: float = 180) -> subprocess.CompletedProcess:
        started = time.monotonic()
        done = subprocess.run(
            [str(self.exe), *args],
            cwd=self.scratch,
            env=self.env,
            capture_output=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
        )
        elapsed = time.monotonic() - started
        label = " ".join(args)
        if done.returncode != expect:
            raise AssertionError(
                f"`piyue {label}` exited {done.returncode}, expected {expect}\n"
                f"--- stdout\n{done.stdout.decode(errors='replace')[-3000:]}\n"
                f"--- stderr\n{done.stderr.decode(errors='replace')[-3000:]}"
            )
        self.results.append((label, elapsed))
        log(f"ok {elapsed:5.1f}s  piyue {label}")
        return done

    def all(self, version: str) -> None:
        sample = str(SAMPLE)
        out = self.run("--version").stdout.decode()
        assert version in out, f"--version printed {out!r}, expected {version}"

        png = self.scratch / "out.png"
        self.run("--screenshot", str(png), "--new-instance")
        width, height = _png_size(png)
        assert (width, height) >= (640, 480) and png.stat().st_size > 10_000, f"screenshot {width}x{height}"

        outline = json.loads(self.run("outline", sample, "--json").stdout)
        assert outline, "outline --json printed nothing"

        self.run("import", sample)
        hits = json.loads(self.run("search", "京津冀协同发展", "--json").stdout)
        assert hits, "search found nothing in the imported sample"
        for fmt in ("docx", "pdf"):
            target = self.scratch / f"notes.{fmt}"
            self.run("export", sample, "--format", fmt, "--metrics", "-o", str(target))
            assert target.is_file() and target.stat().st_size > 1000, f"export {fmt} wrote nothing"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (build/)")
    parser.add_argument("--smoke-only", action="store_true", help="only smoke-test an existing bundle")
    parser.add_argument("--keep-scratch", action="store_true", help="keep the smoke test's scratch folder")
    options = parser.parse_args(argv)

    meta = project()
    name, version = meta["name"], meta["version"]
    seconds = None
    if not options.smoke_only:
        check_build_tools()
        ensure_pyinstaller()
        compiled = compile_translations(options.work / "translations")
        if compiled:
            log(f"compiled {len(compiled)} translation(s): {', '.join(p.name for p in compiled)}")
        seconds = run_pyinstaller(options.dist, options.work, options.work / "translations")

    exe = executable(options.dist, name)
    if not exe.is_file():
        raise SystemExit(f"build: no bundle at {exe}")
    scratch = Path(tempfile.mkdtemp(prefix="piyue-smoke-"))
    try:
        SmokeTest(exe, scratch).all(version)
    finally:
        if options.keep_scratch:
            log(f"scratch folder kept: {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)

    size = folder_size(options.dist / name)
    summary = {"name": name, "version": version, "bundle": str(options.dist / name), "size_bytes": size}
    if seconds is not None:
        summary["build_seconds"] = round(seconds, 1)
    log(f"bundle {options.dist / name}: {size / 2**20:.1f} MiB" + (f", built in {seconds:.0f} s" if seconds else ""))
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
