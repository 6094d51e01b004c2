"""Snapshot ``piyue metrics --json`` for every corpus file, or compare with a snapshot.

usage: python bench/metrics_snapshot.py save DIR [--corpus DIR]
       python bench/metrics_snapshot.py compare DIR [--corpus DIR] [--show N]

Used to prove that a speed change leaves the extractor's output byte-identical
(issue 17): ``save`` right after a behaviour change, then ``compare`` after every
optimisation. The command runs in-process through the real CLI entry point
(:func:`piyue.cli.main`), so the bytes are exactly what ``piyue metrics --json FILE``
prints. Every ``.txt``, ``.md``, ``.docx`` and ``.pdf`` under the corpus is covered.
``compare`` exits 1 when any file differs and lists the spans that changed.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import sys
from pathlib import Path

from piyue.cli import main as piyue_main

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
SUFFIXES = (".txt", ".md", ".docx", ".pdf")


def corpus_files(corpus: Path) -> list[Path]:
    """The corpus files the snapshot covers, in a stable order."""
    return sorted(p for p in corpus.rglob("*") if p.suffix in SUFFIXES and p.is_file())


def metrics_json(path: Path) -> bytes:
    """What ``piyue metrics --json PATH`` writes to stdout (UTF-8 bytes)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = piyue_main(["metrics", "--json", str(path)])
    if code:
        raise SystemExit(f"piyue metrics --json {path} exited {code}")
    return out.getvalue().encode("utf-8")


def snapshot_name(corpus: Path, path: Path) -> str:
    """A flat file name for ``path`` inside the snapshot folder."""
    rel = path.relative_to(corpus).as_posix()
    return hashlib.sha1(rel.encode("utf-8")).hexdigest()[:16] + ".json"


def _spans(data: bytes) -> set[tuple]:
    return {tuple((k, json.dumps(v, ensure_ascii=False)) for k, v in item.items()) for item in json.loads(data)}


def describe_difference(old: bytes, new: bytes, show: int) -> list[str]:
    """Up to ``show`` lines naming the metrics that were removed (-) or added (+)."""
    before, after = _spans(old), _spans(new)
    lines = [f"  - {dict(item)}" for item in sorted(before - after)]
    lines += [f"  + {dict(item)}" for item in sorted(after - before)]
    return lines[:show] + ([f"  … {len(lines) - show} more"] if len(lines) > show else [])


def save(corpus: Path, folder: Path) -> int:
    """Write one snapshot file per corpus file and an index."""
    folder.mkdir(parents=True, exist_ok=True)
    index = {}
    for path in corpus_files(corpus):
        name = snapshot_name(corpus, path)
        (folder / name).write_bytes(metrics_json(path))
        index[path.relative_to(corpus).as_posix()] = name
    (folder / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"saved {len(index)} files to {folder}")
    return 0


def compare(corpus: Path, folder: Path, show: int) -> int:
    """Compare every corpus file's output with the snapshot; 0 when all are byte-identical."""
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    files = corpus_files(corpus)
    missing = sorted(set(index) - {p.relative_to(corpus).as_posix() for p in files})
    differ = 0
    for path in files:
        rel = path.relative_to(corpus).as_posix()
        if rel not in index:
            print(f"new file, not in the snapshot: {rel}")
            differ += 1
            continue
        old = (folder / index[rel]).read_bytes()
        new = metrics_json(path)
        if old != new:
            differ += 1
            print(f"DIFFERS: {rel}")
            for line in describe_difference(old, new, show):
                print(line)
    for rel in missing:
        print(f"missing from the corpus: {rel}")
    print(f"{len(files)} files compared, {differ} differ" + (", byte-identical" if not differ else ""))
    return 1 if differ or missing else 0


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and save or compare."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=("save", "compare"))
    ap.add_argument("folder", type=Path)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--show", type=int, default=20, help="compare: changed metrics listed per file")
    args = ap.parse_args(argv)
    if args.action == "save":
        return save(args.corpus, args.folder)
    return compare(args.corpus, args.folder, args.show)


if __name__ == "__main__":
    sys.exit(main())
