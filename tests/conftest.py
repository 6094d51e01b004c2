"""Test-wide setup: Qt renders offscreen and settings and data never touch the user's own."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="piyue-tests-"))
os.environ["PIYUE_DATA_DIR"] = str(_SANDBOX / "data")
os.environ["PIYUE_CACHE_DIR"] = str(_SANDBOX / "cache")
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["PIYUE_CONFIG_DIR"] = str(_SANDBOX / "config" / "piyue")

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SAMPLE = REPO_ROOT / "resources" / "samples" / "chaoyang-2026.md"


def pytest_configure(config: pytest.Config) -> None:
    """Point QSettings at a throwaway folder before any test creates one."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(_SANDBOX / "settings"))


@pytest.fixture
def sample_path() -> Path:
    """The bundled sample report."""
    return SAMPLE


@pytest.fixture
def corpus_dir() -> Path:
    """The shared corpus of real reports (skips when it is absent)."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not available")
    return CORPUS


@pytest.fixture(scope="session")
def postgres_cluster():
    """A throw-away PostgreSQL cluster for the whole session (skips only when PostgreSQL is not installed)."""
    import postgres_cluster as pg

    bin_dir = pg.binaries()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed (scripts/bootstrap installs Debian's postgresql)")
    cluster = pg.create(bin_dir)
    yield cluster
    cluster.destroy()


@pytest.fixture
def postgres_url(postgres_cluster) -> str:
    """The URL (with its password) of a fresh, empty database on the test cluster."""
    return postgres_cluster.new_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_target(request, tmp_path: Path) -> str:
    """Where a test's library lives: a SQLite file, then a database on the PostgreSQL test cluster."""
    if request.param == "sqlite":
        return str(tmp_path / "piyue.sqlite3")
    return request.getfixturevalue("postgres_url")
