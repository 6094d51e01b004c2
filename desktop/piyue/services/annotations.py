"""Merge W3C Web Annotations (JSON-LD) into the notes of the documents they target.

The document is found by the content hash the annotations carry (any stored version; the offsets
then refer to that version's text), else by the path of their ``file:`` source, else by
``replaces``. Notes keep their annotation ids, so merging a file twice adds nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from piyue.export.jsonld import Imported
from piyue.services.library import NotFoundError
from piyue.services.ports import LibraryPort


class AnnotationsError(Exception):
    """The annotations cannot be read or matched to a stored document; ``str(err)`` is one line."""


def read_annotations(path: str | Path) -> list[Imported]:
    """The annotations of a JSON-LD file; raises :class:`AnnotationsError`."""
    from piyue.core.errors import ReaderError
    from piyue.core.readers.limits import read_limited
    from piyue.export import ExportError
    from piyue.export.jsonld import parse

    try:
        data = read_limited(Path(path))
    except ReaderError as err:
        raise AnnotationsError(str(err)) from None
    try:
        return parse(data)
    except ExportError as err:
        raise AnnotationsError(f"{path}: {err}") from None


def _target(library: LibraryPort, item: Imported, replaces: str | None) -> tuple[int, int | None]:
    """The document an annotation belongs to, and the version its offsets refer to (None: unknown)."""
    by_hash = library.find_text(item.sha256) if item.sha256 else None
    if replaces is not None:
        document_id = library.resolve(replaces).id
    elif by_hash is not None:
        document_id = by_hash[0]
    elif item.source_path:
        try:
            document_id = library.resolve(item.source_path).id
        except NotFoundError:
            raise AnnotationsError(
                f"no imported document matches {item.source_path}; import the report first"
            ) from None
    else:
        raise AnnotationsError(
            f"no imported document matches {item.source or 'the annotations'}; import the report first"
        )
    return document_id, (by_hash[1] if by_hash is not None and by_hash[0] == document_id else None)


def merge(library: LibraryPort, items: Sequence[Imported], replaces: str | None = None) -> dict[int, dict[str, int]]:
    """Merge ``items`` into their documents; the counts per document id."""
    batches: dict[tuple[int, int | None], list[Imported]] = {}
    for item in items:
        batches.setdefault(_target(library, item, replaces), []).append(item)
    results: dict[int, dict[str, int]] = {}
    for (document_id, version_id), batch in batches.items():
        made_on = library.version_text(version_id) if version_id is not None else None
        counts = library.merge_notes(document_id, [i.note for i in batch], made_on)
        for key in ("added", "updated", "unchanged", "skipped"):
            counts[key] += results.get(document_id, {}).get(key, 0)
        results[document_id] = counts
    return results
