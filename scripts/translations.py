#!/usr/bin/env python3
"""Refresh Piyue's translations: lupdate the sources into the .ts files, lrelease them into .qm.

    .venv/bin/python scripts/translations.py          # update .ts from the sources, rebuild the .qm
    .venv/bin/python scripts/translations.py --check  # change nothing; exit 1 if anything is stale

The ``.ts`` files in ``resources/translations/`` are the sources of the translations
(edit them with Qt Linguist, ``pyside6-linguist``, or by hand). The ``.qm`` files next
to them are generated from them but committed, so that a checkout, an editable install,
a wheel and the bundle all have them without a build step; ``--check`` (and
``tests/ui/test_translations.py``) make sure they are current: lrelease is
deterministic, so rebuilding a ``.qm`` from its ``.ts`` must give the same bytes.

English is the source language: ``piyue_en.ts`` is filled with the source texts
(every entry finished; lrelease leaves such identical entries out of the .qm), so
it only needs attention when an English wording should differ from the source.
New strings in ``piyue_zh_CN.ts`` arrive unfinished and are listed (exit 1);
translate them, then run the script again.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "desktop" / "piyue"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")
SOURCE_LANGUAGE = "en"


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    """The .ts file of ``language``."""
    return folder / f"piyue_{language}.ts"


def qm_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    """The .qm file of ``language``."""
    return folder / f"piyue_{language}.qm"


def tool(name: str) -> str:
    """``pyside6-<name>`` next to this Python (the venv), else on PATH."""
    for suffix in ("", ".exe"):
        candidate = Path(sys.executable).parent / f"pyside6-{name}{suffix}"
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"translations: pyside6-{name} not found (install PySide6 in the venv)")
    return found


def source_files() -> list[Path]:
    """The Python sources lupdate reads (sorted, so the .ts order is stable)."""
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


@dataclass(frozen=True, slots=True)
class Message:
    """One entry of a .ts file."""

    context: str
    source: str
    translation: str
    kind: str  # "" (finished), "unfinished", "obsolete" or "vanished"


def read_ts(path: Path) -> list[Message]:
    """The messages of a .ts file."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    (translation.text or "") if translation is not None else "",
                    (translation.get("type") or "") if translation is not None else "unfinished",
                )
            )
    return messages


def lupdate(ts_files: list[Path]) -> None:
    """Merge the sources' strings into ``ts_files`` (dropping strings no longer in the sources)."""
    for ts in ts_files:
        language = ts.stem.removeprefix("piyue_")
        command = [tool("lupdate"), "-silent", "-no-obsolete", "-locations", "relative"]
        command += ["-source-language", SOURCE_LANGUAGE, "-target-language", language]
        command += [os.path.relpath(p, ts.parent) for p in source_files()]
        command += ["-ts", ts.name]
        subprocess.run(command, check=True, cwd=ts.parent)


def tidy(ts: Path, identity: bool = False) -> int:
    """Drop lupdate's extracted comments (our ``#:`` comments document attributes, they are not notes
    for translators) and, with ``identity``, finish every unfinished entry with its source text (the
    source language's file). Returns how many entries were filled."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        for comment in message.findall("extracomment"):
            message.remove(comment)
        translation = message.find("translation")
        if identity and translation is not None and translation.get("type") == "unfinished":
            translation.text = message.findtext("source") or ""
            del translation.attrib["type"]
            filled += 1
    write_ts(tree, ts)
    return filled


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write a .ts file the way Linguist does (declaration, doctype, 4-space indent)."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    subprocess.run([tool("lrelease"), "-silent", "-removeidentical", str(ts), "-qm", str(qm)], check=True)


def problems(folder: Path = TRANSLATIONS) -> list[str]:
    """What is stale or missing, checked on copies (nothing in ``folder`` changes)."""
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        copies = []
        for language in LANGUAGES:
            if not ts_path(language, folder).exists():
                found.append(f"{ts_path(language, folder).name} is missing")
                continue
            copy = ts_path(language, scratch)
            shutil.copyfile(ts_path(language, folder), copy)
            copies.append(copy)
            qm = qm_path(language, scratch)
            lrelease(ts_path(language, folder), qm)
            committed = qm_path(language, folder)
            if not committed.exists() or committed.read_bytes() != qm.read_bytes():
                found.append(f"{committed.name} is not built from the current {ts_path(language).name}")
        lupdate(copies)
        for copy in copies:
            for message in read_ts(copy):
                if message.kind:
                    found.append(f"{copy.name}: {message.kind}: [{message.context}] {message.source!r}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when anything is stale")
    options = parser.parse_args(argv)
    if options.check:
        found = problems()
        for line in found:
            print(f"translations: {line}", file=sys.stderr)
        print(f"translations: {'stale' if found else 'current'}", file=sys.stderr)
        return 1 if found else 0
    files = [ts_path(language) for language in LANGUAGES]
    lupdate(files)
    for language in LANGUAGES:
        tidy(ts_path(language), identity=language == SOURCE_LANGUAGE)
    status = 0
    for language in LANGUAGES:
        messages = read_ts(ts_path(language))
        unfinished = [m for m in messages if m.kind]
        lrelease(ts_path(language), qm_path(language))
        print(f"translations: {language}: {len(messages)} strings, {len(unfinished)} unfinished", file=sys.stderr)
        for message in unfinished:
            print(f"  [{message.context}] {message.source!r}", file=sys.stderr)
        status = status or (1 if unfinished else 0)
    return status


if __name__ == "__main__":
    sys.exit(main())
