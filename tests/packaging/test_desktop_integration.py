"""The Linux desktop entry and AppStream metainfo: valid for the freedesktop tools, and consistent with the app."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from packaging_support import APP_ID, DESKTOP_FILE, LINUX, METAINFO, REPO_ROOT, pyproject, require_tool

from piyue.app import DESKTOP_FILE_NAME
from piyue.core.readers import SUPPORTED_SUFFIXES

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _desktop_entry(path: Path = DESKTOP_FILE) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def _validate_metainfo(*args: str) -> subprocess.CompletedProcess:
    tool = require_tool("appstreamcli")
    return subprocess.run([tool, "validate", "--no-net", *args], capture_output=True, text=True, timeout=120)


def test_desktop_file_validates() -> None:
    tool = require_tool("desktop-file-validate")
    done = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_metainfo_validates() -> None:
    done = _validate_metainfo(str(METAINFO))
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    # No errors, warnings or infos; only pedantic hints (the ID's capitals, fixed by the desktop file's name).
    issues = [line for line in output.splitlines() if line[:2] in ("E:", "W:", "I:")]
    assert not issues, output


def test_installed_tree_validates(tmp_path: Path) -> None:
    """packaging/linux/install.sh lays out a tree (menu entry, metainfo, icons) that appstreamcli accepts as a whole,
    and the installed desktop file still validates."""
    tool = require_tool("appstreamcli")
    prefix = tmp_path / "usr"
    done = subprocess.run(
        ["bash", str(LINUX / "install.sh"), "--prefix", str(prefix), "--no-bundle"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    share = prefix / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    tree = subprocess.run([tool, "validate-tree", "--no-net", str(tmp_path)], capture_output=True, text=True)
    assert tree.returncode == 0, tree.stdout + tree.stderr
    if shutil.which("desktop-file-validate"):
        installed = share / "applications" / f"{APP_ID}.desktop"
        check = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout


def test_desktop_file_matches_the_app() -> None:
    entry = _desktop_entry()
    assert DESKTOP_FILE.stem == DESKTOP_FILE_NAME == APP_ID  # QGuiApplication.setDesktopFileName
    assert entry["Icon"] == APP_ID
    command = next(iter(pyproject()["project"]["scripts"]))
    assert entry["Exec"].split()[0] == command == "piyue"
    assert entry["Exec"].split()[1] == "%f"  # piyue takes one FILE; a second start hands it to the open window
    assert entry["Name[zh_CN]"] == "批阅"
    mime = set(filter(None, entry["MimeType"].split(";")))
    assert {"text/markdown", "text/plain"} <= mime
    if ".docx" in SUPPORTED_SUFFIXES:
        assert "application/vnd.openxmlformats-officedocument.wordprocessingml.document" in mime


def test_metainfo_matches_the_app() -> None:
    root = _metainfo()
    project = pyproject()["project"]
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == project["license"]["text"] == "GPL-3.0-or-later"
    names = {name.get(XML_LANG): name.text for name in root.findall("name")}
    assert names == {None: "Piyue", "zh_CN": "批阅"}
    assert root.find("launchable[@type='desktop-id']").text == DESKTOP_FILE.name
    assert [b.text for b in root.findall("provides/binary")] == ["piyue"]
    assert root.findtext("developer_name") or root.find("developer/name") is not None
    assert root.find("content_rating[@type='oars-1.1']") is not None
    for image in root.findall("screenshots/screenshot/image"):
        assert image.text.startswith("https://"), image.text
    assert root.findall("screenshots/screenshot[@type='default']")


def test_latest_release_is_this_version() -> None:
    """A new version in pyproject.toml needs its <release> (newest first) in the metainfo."""
    releases = _metainfo().findall("releases/release")
    assert releases, "no <release> in the metainfo"
    assert releases[0].get("version") == pyproject()["project"]["version"]
    assert releases[0].get("date") == "2026-11-25" or releases[0].get("version") != "0.1.0"


def test_screenshot_size_matches_the_repository_screenshot() -> None:
    """The published screenshot is docs/screenshot.png; the metainfo states its size."""
    screenshot = REPO_ROOT / "docs" / "screenshot.png"
    if not screenshot.is_file():
        pytest.skip("docs/screenshot.png is absent")
    data = screenshot.read_bytes()[:24]
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    image = _metainfo().find("screenshots/screenshot[@type='default']/image[@type='source']")
    assert (int(image.get("width")), int(image.get("height"))) == (width, height)
