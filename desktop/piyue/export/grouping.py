"""Notes arranged by the report's hierarchy: a heading per section that holds notes, orphans apart."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from piyue.core.anchoring import AnchorKind, AnchorState, Note
from piyue.core.model import Document, Section


@dataclass(slots=True)
class NoteGroup:
    """The notes of one section (``section`` None: text outside every section, before the first heading).

    ``depth`` is the section's depth in the outline (1 for a top-level section, 0 for no section or
    for a top-level section that merely repeats the document's title, whose heading is not shown);
    ``path`` the headings (numbering + title) from the outermost shown section down to this one. A
    group may have no notes of its own when only its subsections have some: it carries the heading.
    """

    section: Section | None
    depth: int
    path: tuple[str, ...]
    notes: list[Note] = field(default_factory=list)

    @property
    def heading(self) -> str:
        """The section's heading as written (numbering + title), or an empty string."""
        return self.path[-1] if self.path else ""


@dataclass(slots=True)
class Grouped:
    """All notes of a document: groups in outline order, then the orphaned notes."""

    groups: list[NoteGroup]
    orphans: list[Note]

    @property
    def count(self) -> int:
        """How many notes in all."""
        return sum(len(g.notes) for g in self.groups) + len(self.orphans)


def heading_text(section: Section) -> str:
    """A section's heading as written: numbering then title (``一、`` + ``总体要求``)."""
    return f"{section.numbering or ''}{section.title}"


def _home(document: Document, note: Note) -> list[Section]:
    """The chain of sections (outermost first) a note belongs to."""
    chain = document.section_path_at(note.anchor.start)
    if note.anchor.kind is AnchorKind.SECTION:
        for i, section in enumerate(chain):
            if section.start == note.anchor.start and section.title == note.anchor.exact:
                return chain[: i + 1]
    return chain


def _order(note: Note) -> tuple[int, int, str, str]:
    return (note.anchor.start, note.anchor.end, note.created.isoformat(), note.id)


def group_notes(document: Document, notes: Sequence[Note]) -> Grouped:
    """Arrange ``notes`` by the sections of ``document`` (its latest version), in text order.

    Orphaned notes (whose passage was not found in this version) go to :attr:`Grouped.orphans`;
    changed notes sit at the passage they moved to.
    """
    orphans = sorted((n for n in notes if n.state is AnchorState.ORPHANED), key=_order)
    placed: dict[int, list[Note]] = {}
    wanted: set[int] = set()
    loose: list[Note] = []
    for note in sorted((n for n in notes if n.state is not AnchorState.ORPHANED), key=_order):
        chain = _home(document, note)
        if not chain:
            loose.append(note)
            continue
        placed.setdefault(id(chain[-1]), []).append(note)
        wanted.update(id(s) for s in chain)
    groups: list[NoteGroup] = []
    if loose:
        groups.append(NoteGroup(None, 0, (), loose))

    def visit(sections: list[Section], path: tuple[str, ...], depth: int) -> None:
        for section in sections:
            if id(section) not in wanted:
                continue
            if depth == 1 and section.title == document.title:  # the title as a heading: the document itself
                if placed.get(id(section)):
                    groups.append(NoteGroup(section, 0, (), placed[id(section)]))
                visit(section.children, (), 1)
                continue
            here = (*path, heading_text(section))
            groups.append(NoteGroup(section, depth, here, placed.get(id(section), [])))
            visit(section.children, here, depth + 1)

    visit(document.sections, (), 1)
    return Grouped(groups, orphans)


def grouped_html(
    grouped: Grouped,
    note_html: Callable[[Note], str],
    orphans_open: str = "",
    orphans_close: str = "",
) -> list[str]:
    """HTML parts of grouped notes: a heading per section (by depth), the notes, then the orphans.

    ``note_html`` renders one note; ``orphans_open``/``orphans_close`` wrap the orphans' part
    (e.g. in a ``<section>``). Shared by the HTML and PDF exporters.
    """
    from html import escape

    from piyue.export.labels import LOOSE_HEADING, ORPHANS_EXPLAINED, ORPHANS_HEADING

    parts: list[str] = []
    for group in grouped.groups:
        if group.section is None:
            parts.append(f"<h2>{LOOSE_HEADING}</h2>")
        elif group.depth > 0:
            level = min(group.depth + 1, 6)
            parts.append(f"<h{level}>{escape(group.heading)}</h{level}>")
        parts.extend(note_html(note) for note in group.notes)
    if grouped.orphans:
        parts += [f"{orphans_open}<h2>{ORPHANS_HEADING}</h2>", f'<p class="meta">{ORPHANS_EXPLAINED}</p>']
        parts.extend(note_html(note) for note in grouped.orphans)
        if orphans_close:
            parts.append(orphans_close)
    return parts
