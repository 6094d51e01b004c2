"""W3C Web Annotation JSON-LD: a document's notes as an ``AnnotationCollection``, and parsing one back.

Each note is an ``Annotation`` (id ``urn:uuid:<note id>``, stable across machines) with a
``TextualBody`` (the Markdown text, purpose ``commenting``), one ``TextualBody`` per tag (purpose
``tagging``), and a target naming the report (``source``: a ``file:`` URI of its path, or
``urn:sha256:`` of its text) with a ``TextQuoteSelector`` and, unless the note is orphaned, a
``TextPositionSelector`` (code points, end exclusive, as in DESIGN.md §3). What the Web Annotation
vocabulary has no word for (colour, review status, anchor state, section path, content hash) is in
the ``piyue:`` namespace declared in the context.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from piyue import __version__
from piyue.core.anchoring import Anchor, AnchorKind, AnchorState, Note, NoteStatus
from piyue.core.anchoring.colors import parse_color
from piyue.core.anchoring.note import DEFAULT_COLOR, MAX_BODY_CHARS
from piyue.core.metrics import Metric
from piyue.core.model import Document
from piyue.export.grouping import group_notes
from piyue.export.options import ExportError, ExportOptions

MAX_OFFSET = 2**63 - 1  # SQLite's largest integer

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
PIYUE_NS = "urn:piyue:ns:"  # no web domain of our own; a URN names the extension terms
CONTEXT: list[Any] = [ANNO_CONTEXT, {"piyue": PIYUE_NS}]
MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'


def _text(value: object) -> str:
    """``value`` when it is a string, else the empty string."""
    return value if isinstance(value, str) else ""


def _time(moment: datetime) -> str:
    """An xsd:dateTime in UTC with a ``Z``; microseconds kept when there are any (a lossless round trip)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    spec = "microseconds" if moment.microsecond else "seconds"
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec=spec) + "Z"


def source_iri(source: str | None, content_hash: str) -> str:
    """The IRI of the annotated report: a ``file:`` URI of its absolute path, else ``urn:sha256:``."""
    if source:
        path = Path(source)
        if path.is_absolute():
            return path.as_uri()
    return f"urn:sha256:{content_hash}"


def _annotation(note: Note, source: str, content_hash: str) -> dict[str, Any]:
    anchor = note.anchor
    selectors: list[dict[str, Any]] = [
        {"type": "TextQuoteSelector", "exact": anchor.exact, "prefix": anchor.prefix, "suffix": anchor.suffix}
    ]
    if note.state is not AnchorState.ORPHANED:
        selectors.append({"type": "TextPositionSelector", "start": anchor.start, "end": anchor.end})
    body: list[dict[str, Any]] = [
        {
            "type": "TextualBody",
            "value": note.body,
            "format": "text/markdown",
            "language": "zh",
            "purpose": "commenting",
        }
    ]
    body += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in note.tags]
    target: dict[str, Any] = {
        "type": "SpecificResource",
        "source": source,
        "selector": selectors,
        "piyue:sha256": content_hash,
        "piyue:anchorKind": anchor.kind.value,
        "piyue:sectionPath": list(anchor.section_path),
    }
    result: dict[str, Any] = {
        "id": f"urn:uuid:{note.id}",
        "type": "Annotation",
        "motivation": "commenting",
        "created": _time(note.created),
        "modified": _time(note.updated),
        "creator": {"type": "Person", "name": note.author},
        "body": body,
        "target": target,
        "piyue:color": note.color,
        "piyue:status": note.status.value,
        "piyue:anchorState": note.state.value,
    }
    if note.prior_quote:
        result["piyue:priorQuote"] = note.prior_quote
    return result


def collection(document: Document, notes: Sequence[Note], options: ExportOptions | None = None) -> dict[str, Any]:
    """The notes as a W3C ``AnnotationCollection`` (one embedded page), in outline order."""
    options = options or ExportOptions()
    content_hash = options.hash_of(document)
    source = source_iri(options.source_of(document), content_hash)
    grouped = group_notes(document, notes)
    ordered = [n for g in grouped.groups for n in g.notes] + grouped.orphans
    items = [_annotation(n, source, content_hash) for n in ordered]
    collection_id = f"urn:piyue:notes:{content_hash}"
    return {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": f"{document.title} — 批注",
        "total": len(items),
        "generated": options.stamp(),
        "generator": {"type": "Software", "name": f"Piyue {__version__}"},
        "first": {"id": f"{collection_id}:page1", "type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def render(
    document: Document,
    notes: Sequence[Note],
    metrics: Sequence[Metric] | None = None,
    options: ExportOptions | None = None,
) -> bytes:
    """The collection as UTF-8 JSON-LD (CJK unescaped, indented); ``metrics`` are not used."""
    data = collection(document, notes, options)
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# --- reading back --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Imported:
    """An annotation read from JSON-LD: the note (``document_id`` 0 until placed) and what it targets.

    ``note.anchor`` holds the offsets on the text the annotation was made on (``start`` = ``end`` = 0
    when it had no ``TextPositionSelector``); ``source`` is the target's IRI and ``sha256`` the
    content hash of that text when the file gives one.
    """

    note: Note
    source: str | None
    sha256: str | None

    @property
    def source_path(self) -> str | None:
        """The local path of a ``file:`` source, else None."""
        if self.source and self.source.startswith("file:"):
            path = unquote(urlparse(self.source).path)
            return path if path.startswith("/") or re.match(r"^/?[A-Za-z]:[/\\]", path) else None  # file:1 is none
        return None


def note_id(annotation_id: str | None) -> str:
    """The note id for an annotation id: the UUID of ``urn:uuid:…``, else a UUID derived from the IRI (stable)."""
    if not annotation_id:
        raise ExportError("an annotation has no id")
    text = annotation_id.strip()
    candidate = text[len("urn:uuid:") :] if text.lower().startswith("urn:uuid:") else text
    try:
        return str(uuid.UUID(candidate))
    except ValueError:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, text))


def _items(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [a for a in data if isinstance(a, dict)]
    if not isinstance(data, dict):
        raise ExportError("not a Web Annotation document")
    kinds = data.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "AnnotationCollection" in kinds:
        items: list[dict[str, Any]] = []
        page = data.get("first")
        while isinstance(page, dict):
            items += [a for a in page.get("items", []) if isinstance(a, dict)]
            page = page.get("next") if isinstance(page.get("next"), dict) else None
        return items
    if "AnnotationPage" in kinds:
        return [a for a in data.get("items", []) if isinstance(a, dict)]
    if "Annotation" in kinds:
        return [data]
    raise ExportError("not a Web Annotation document (no Annotation, AnnotationPage or AnnotationCollection)")


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _parse_time(value: Any, fallback: datetime) -> datetime:
    if not isinstance(value, str):
        return fallback
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return fallback
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _bodies(annotation: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    text: list[str] = []
    tags: list[str] = []
    if isinstance(annotation.get("bodyValue"), str):
        text.append(annotation["bodyValue"])
    for body in _as_list(annotation.get("body")):
        if isinstance(body, str):
            continue  # an external resource (an IRI) carries no text
        if not isinstance(body, dict) or not isinstance(body.get("value"), str):
            continue
        purposes = _as_list(body.get("purpose"))
        (tags if "tagging" in purposes else text).append(body["value"])
    return "\n\n".join(text), tuple(sorted({t.strip() for t in tags if t.strip()}))


def _target(annotation: dict[str, Any]) -> dict[str, Any]:
    for target in _as_list(annotation.get("target")):
        if isinstance(target, dict) and target.get("selector") is not None:
            return target
    raise ExportError(f"annotation {annotation.get('id')} has no text selector to anchor on")


def _anchor(target: dict[str, Any]) -> Anchor:
    quote: dict[str, Any] | None = None
    position: dict[str, Any] | None = None
    for selector in _as_list(target.get("selector")):
        if not isinstance(selector, dict):
            continue
        if selector.get("type") == "TextQuoteSelector" and quote is None:
            quote = selector
        elif selector.get("type") == "TextPositionSelector" and position is None:
            position = selector
    if quote is None or not isinstance(quote.get("exact"), str) or not quote["exact"]:
        raise ExportError("an annotation has no TextQuoteSelector to anchor on")
    start = end = 0  # no TextPositionSelector: found again by quote and context
    if position is not None and _offset(position.get("start")) and _offset(position.get("end")):
        if max(position["start"], position["end"]) > MAX_OFFSET:
            raise ExportError("a TextPositionSelector offset is out of range")
        if position["start"] <= position["end"]:
            start, end = position["start"], position["end"]
    path = target.get("piyue:sectionPath")
    kind = AnchorKind.SECTION if target.get("piyue:anchorKind") == "section" else AnchorKind.PASSAGE
    return Anchor(
        exact=quote["exact"],
        start=start,
        end=end,
        prefix=_text(quote.get("prefix")),
        suffix=_text(quote.get("suffix")),
        section_path=tuple(str(p) for p in path) if isinstance(path, list) else (),
        kind=kind,
    )


def _offset(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _status(annotation: dict[str, Any]) -> NoteStatus:
    if "piyue:status" not in annotation:
        return NoteStatus.TO_CHECK
    value = annotation["piyue:status"]
    try:
        return NoteStatus.parse(value if isinstance(value, str) else "")
    except ValueError:
        raise ExportError(f"piyue:status {str(value)[:40]!r} is not 待核实, 已核实 or 有疑问") from None


def _state(annotation: dict[str, Any]) -> AnchorState:
    value = annotation.get("piyue:anchorState", AnchorState.ANCHORED.value)
    if not isinstance(value, str) or value not in {s.value for s in AnchorState}:
        raise ExportError(f"piyue:anchorState {str(value)[:40]!r} is not anchored, changed or orphaned")
    return AnchorState(value)


def _color(annotation: dict[str, Any]) -> str:
    value = annotation.get("piyue:color")
    if value is None or value == "":
        return DEFAULT_COLOR
    try:
        return parse_color(value)
    except ValueError as err:
        raise ExportError(f"piyue:color: {err}") from None


def _creator(annotation: dict[str, Any]) -> str:
    for creator in _as_list(annotation.get("creator")):
        if isinstance(creator, dict):
            name = creator.get("name") or creator.get("nickname")
            if isinstance(name, str) and name:
                return name
        elif isinstance(creator, str) and creator:
            return creator
    return "unknown"


def read_annotation(annotation: dict[str, Any], now: datetime) -> Imported:
    """One annotation as an :class:`Imported` note (raises :class:`ExportError` if it cannot be anchored)."""
    target = _target(annotation)
    anchor = _anchor(target)
    body, tags = _bodies(annotation)
    if len(body) > MAX_BODY_CHARS:
        raise ExportError(f"an annotation body is too long ({len(body)} characters; at most {MAX_BODY_CHARS})")
    created = _parse_time(annotation.get("created"), now)
    prior = annotation.get("piyue:priorQuote")
    raw_id = annotation.get("id")
    if raw_id is not None and not isinstance(raw_id, str):
        raise ExportError(f"an annotation id must be a string, not {type(raw_id).__name__}")
    note = Note(
        id=note_id(raw_id),
        document_id=0,
        body=body,
        anchor=anchor,
        state=_state(annotation),
        color=_color(annotation),
        tags=tags,
        status=_status(annotation),
        author=_creator(annotation),
        created=created,
        updated=_parse_time(annotation.get("modified"), created),
        prior_quote=prior if isinstance(prior, str) else None,
    )
    source = target.get("source")
    if isinstance(source, dict):
        source = source.get("id")
    sha = target.get("piyue:sha256")
    if not isinstance(sha, str) and isinstance(source, str) and source.startswith("urn:sha256:"):
        sha = source[len("urn:sha256:") :]
    return Imported(note, source if isinstance(source, str) else None, sha if isinstance(sha, str) else None)


def parse(data: bytes | str) -> list[Imported]:
    """The annotations of a JSON-LD file (a collection, a page, a list or one annotation)."""
    try:
        loaded = json.loads(data)
    except (ValueError, UnicodeDecodeError) as err:
        raise ExportError(f"not valid JSON: {err}") from None
    try:
        json.dumps(loaded, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise ExportError("invalid Unicode in the file (a lone surrogate)") from None
    now = datetime.now(UTC)
    return [read_annotation(a, now) for a in _items(loaded)]
