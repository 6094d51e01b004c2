"""The storage service the CLI and the GUI share: documents, versions, notes and re-anchoring."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from sqlalchemy import Engine, delete, select, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from piyue.authorship import note_author
from piyue.core.anchoring import Anchor, AnchorState, Note, NoteStatus, reanchor
from piyue.core.anchoring.lifecycle import acknowledged, reanchored
from piyue.core.anchoring.note import DEFAULT_COLOR, now
from piyue.core.model import Document
from piyue.storage import server
from piyue.storage.backup import Backups
from piyue.storage.diagnose import describe_os_error, describe_sqlite_error, one_line
from piyue.storage.documents_repo import DocumentRepository, content_hash
from piyue.storage.engine import MEMORY, WRITE
from piyue.storage.errors import EditConflictError, NotFoundError, StorageError
from piyue.storage.integrity import precheck
from piyue.storage.notes_repo import NoteRepository
from piyue.storage.opening import prepare, prepare_readonly
from piyue.storage.orm import DocumentRow, NoteRow
from piyue.storage.records import DocumentRecord, ImportResult, ListingRecord
from piyue.storage.search_freshness import IndexFreshness, index_behind
from piyue.storage.search_index import Analyzer, SearchHit, SearchIndex, search_index_for
from piyue.storage.watch import CHANNEL, ChangeWatcher, PostgresWatcher, SqliteWatcher

MAX_ID = 2**63 - 1  # SQLite's largest integer


def normalise_path(path: Path | str) -> str:
    """The form a source path is stored and looked up in (absolute, resolved)."""
    return str(Path(path).expanduser().resolve())


class Library:
    """An open database of documents and notes. Use :meth:`open`; close it (or use ``with``).

    Every method runs in its own transaction and commits before returning, so a change is
    durable the moment the call returns (WAL, ``synchronous=FULL``).

    ``analyzer`` (``piyue.segment.search_analyzer()``, set at open or later, e.g. once jieba has loaded in
    the background) keeps the search index up to date in the same transaction as each change; without it
    changes are indexed on the next :meth:`search` or :meth:`update_search_index`.
    """

    def __init__(
        self, engine: Engine, path: Path | None, analyzer: Analyzer | None = None, url: str | None = None
    ) -> None:
        self.analyzer = analyzer
        self.engine = engine
        self.path = path
        self.url = url  # a postgresql:// URL (None for SQLite); shown only through server.mask
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writers = sessionmaker(engine.execution_options(**WRITE), expire_on_commit=False)
        self._watcher: ChangeWatcher | None = None
        self._closed = False
        self._active = 0  # sessions running now (worker threads); close() waits for them
        self._idle = threading.Condition()
        self.backups = Backups(path) if path is not None else None
        self._freshness = IndexFreshness(path if url is None else None)  # skips needless index refreshes

    @classmethod
    def open(
        cls,
        path: Path | str = MEMORY,
        *,
        readonly: bool = False,
        backups: bool = True,
        analyzer: Analyzer | None = None,
    ) -> Library:
        """Open (creating and upgrading as needed) the database at ``path``.

        Any number of processes may have one database open at once (see :mod:`piyue.storage.lock`);
        ``readonly`` skips backup and migration and needs an existing, up-to-date database.
        ``analyzer`` see the class docstring.
        """
        if str(path) == MEMORY:
            return cls(prepare(MEMORY, backups=False), None, analyzer)
        if server.is_server_url(path):
            return cls(server.prepare_server(str(path)), None, analyzer, url=str(path).strip())
        path = Path(path)
        precheck(path)
        if readonly:
            return cls(prepare_readonly(path), path, analyzer)
        return cls(prepare(path, backups=backups), path, analyzer)

    def close(self, wait: float = 10.0) -> None:
        """Release the connections, after the transactions still running on other threads ended (up to
        ``wait`` seconds); later calls are refused with :class:`StorageError`."""
        with self._idle:
            self._closed = True
            self._idle.wait_for(lambda: self._active == 0, timeout=wait)
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None
        self._freshness.close()
        self.engine.dispose()

    @property
    def location(self) -> str:
        """Where the library is, for messages: the file, or the server URL with its password masked."""
        if self.url is not None:
            return server.mask(self.url)
        return str(self.path) if self.path is not None else MEMORY

    def _watch(self) -> ChangeWatcher | None:
        if self._watcher is None and not self._closed:
            if self.url is not None:
                url = self.url
                self._watcher = PostgresWatcher(lambda: server.connect_raw(url))
            elif self.path is not None:
                self._watcher = SqliteWatcher(self.path)
        return self._watcher

    def server_problem(self) -> str:
        """Why the shared server cannot be reached right now, as one line with the password masked ('' while it
        can, and always for a SQLite file). Known once :meth:`changed_elsewhere` has been polled."""
        problem = getattr(self._watcher, "problem", "") if self._watcher is not None else ""
        return server.mask(f"the shared library {self.location} cannot be reached: {problem}") if problem else ""

    def changed_elsewhere(self) -> bool:
        """True when another process (or another :class:`Library` on the same database) changed it since the
        last call; this library's own changes do not count. Cheap enough for a timer in the window
        (PostgreSQL: notifications already received; SQLite: ``PRAGMA data_version``)."""
        started = self._watcher is not None
        watcher = self._watch()
        return watcher.poll() if watcher is not None and started else False

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _session(self, *, write: bool = False) -> Iterator[Session]:
        """A transaction, committed when the block ends; ``write`` takes the write lock at its start
        (SQLite ``BEGIN IMMEDIATE``) so that it never fails half-way because another process wrote."""
        with self._idle:
            if self._closed:
                raise StorageError("the library was closed")
            self._active += 1
        try:
            with (self._writers if write else self._sessions)() as session, session.begin():
                yield session
                if write and self.url is not None:  # delivered on commit, to every listening window
                    token = self._watcher.token if self._watcher is not None else ""
                    session.execute(text("SELECT pg_notify(:channel, :token)"), {"channel": CHANNEL, "token": token})
                if write and self._watcher is not None:
                    self._watcher.before_commit()
            if write:
                self._freshness.mark_dirty()
            if write and self._watcher is not None:
                self._watcher.absorb()
        except SQLAlchemyError as err:
            raise self._storage_error(err) from None
        except OSError as err:
            raise StorageError(describe_os_error(err, self.path or "the database")) from None
        finally:
            with self._idle:
                self._active -= 1
                self._idle.notify_all()

    def _storage_error(self, err: SQLAlchemyError) -> StorageError:
        """A one-line error for the user; a lost or refusing server is a :class:`ServerUnavailableError`."""
        if self.url is not None:
            if server.is_connection_error(err):
                return server.ServerUnavailableError(server.describe(err, self.url))
            return StorageError(server.mask(f"database error: {one_line(str(getattr(err, 'orig', None) or err))}"))
        if isinstance(err, DBAPIError):
            return StorageError(describe_sqlite_error(err.orig or err, self.path), details=str(err))
        return StorageError(f"database error: {one_line(str(err))}", details=str(err))

    # --- documents -----------------------------------------------------------------------

    def documents(self) -> list[DocumentRecord]:
        """Every stored document."""
        with self._session() as session:
            return DocumentRepository(session).all()

    def listing(self, head: int = 0) -> list[ListingRecord]:
        """Every stored document as a listing shows it (title, length, version and note counts, the first
        ``head`` characters of its latest text), oldest first, read in one query."""
        with self._session() as session:
            return DocumentRepository(session).listing(head)

    def heads(self, document_ids: list[int], head: int) -> dict[int, str]:
        """The first ``head`` characters of the latest text of each of ``document_ids`` (one query)."""
        with self._session() as session:
            return DocumentRepository(session).heads(document_ids, head)

    def latest_texts(self, document_ids: list[int]) -> dict[int, tuple[str, str | None, str]]:
        """(title, source path, text) of the latest version of each of ``document_ids`` (those that exist), read
        in one query: what comparing reports needs of them, without their outlines."""
        with self._session() as session:
            return DocumentRepository(session).latest_texts(document_ids)

    def document(self, document_id: int) -> DocumentRecord:
        """One document by id (raises :class:`NotFoundError`)."""
        if not 0 < document_id <= MAX_ID:
            raise NotFoundError(f"no document with id {document_id}")
        with self._session() as session:
            record = DocumentRepository(session).get(document_id)
        if record is None:
            raise NotFoundError(f"no document with id {document_id}")
        return record

    def resolve(self, ref: str | int) -> DocumentRecord:
        """The document ``ref`` names: an id, or the path it was imported from."""
        text = str(ref).strip()
        is_id = text.isascii() and text.isdigit()
        if is_id and not Path(text).exists():
            return self.document(int(text))
        try:
            path = normalise_path(text)
            path.encode("utf-8")
        except (OSError, ValueError, RuntimeError):  # NUL, a lone surrogate, a symlink loop, ...
            raise NotFoundError(f"{text!r} names no imported document") from None
        with self._session() as session:
            record = DocumentRepository(session).find_by_path(path)
        if record is None:
            if is_id:
                return self.document(int(text))
            raise NotFoundError(f"{text} is not imported; run 'piyue import {text}' first")
        return record

    def document_at(self, source_path: str | Path) -> DocumentRecord | None:
        """The document imported from ``source_path`` (by it or by one of its versions), or None."""
        with self._session() as session:
            return DocumentRepository(session).find_by_path(normalise_path(source_path))

    def load(self, document_id: int, version_id: int | None = None) -> Document:
        """A version (the latest by default) of a document as a core :class:`Document`."""
        record = self.document(document_id)
        with self._session() as session:
            document = DocumentRepository(session).load(version_id or record.latest.id)
        if record.source_path:
            return replace(document, path=Path(record.source_path))
        return document

    def delete_document(self, document_id: int) -> Path | None:
        """Remove a document with its versions and notes, after a backup of the database (returned;
        None for an in-memory library). Texts shared with other documents stay."""
        self.document(document_id)  # raises NotFoundError
        backup = self.backups.make("before-delete") if self.backups is not None else None
        with self._session(write=True) as session:
            session.execute(delete(NoteRow).where(NoteRow.document_id == document_id))
            session.execute(delete(DocumentRow).where(DocumentRow.id == document_id))
        return backup

    def import_document(
        self, document: Document, source_path: str | None, replaces: str | int | None = None
    ) -> ImportResult:
        """Store ``document``: as a new document, or as a new version of the one imported from the same
        path (or of ``replaces``) when its content changed, re-anchoring that document's notes.

        The same content twice is one version. Returns the note counts per anchor state.
        """
        target = self.resolve(replaces) if replaces is not None else None
        with self._session(write=True) as session:
            documents = DocumentRepository(session)
            if target is None and source_path is not None:
                target = documents.find_by_path(source_path)
            if target is not None and target.latest.sha256 == content_hash(document.text):
                return ImportResult(target, target.latest, False, False, NoteRepository(session).counts(target.id))
            created = target is None
            document_id = documents.create(document.title, source_path) if target is None else target.id
            old_text = documents.text(target.latest.id) if target is not None else None
            version = documents.add_version(document_id, document, source_path)
            if (index := self._index(session)) is not None:
                index.index_version(document_id, version.id, document)
            counts = self._reanchor_all(session, document_id, document, version.id, old_text)
            record = documents.get(document_id)
        assert record is not None
        return ImportResult(record, version, created, True, counts)

    def _reanchor_all(
        self, session: Session, document_id: int, document: Document, version_id: int, old_text: str | None
    ) -> dict[str, int]:
        notes = NoteRepository(session)
        documents = DocumentRepository(session)
        texts: dict[int, str] = {}
        for note in notes.list(document_id):
            anchor_version = notes.version_of(note.id)
            if anchor_version is not None and anchor_version not in texts:
                texts[anchor_version] = documents.text(anchor_version)
            result = reanchor(note.anchor, document, texts.get(anchor_version) if anchor_version else old_text)
            placed = reanchored(note, result)
            # an orphaned note keeps its anchor, so the version its offsets refer to stays too
            notes.update(placed, None if placed.state is AnchorState.ORPHANED else version_id)
        return notes.counts(document_id)

    # --- notes ---------------------------------------------------------------------------

    def add_note(
        self,
        document_id: int,
        anchor: Anchor,
        body: str,
        *,
        color: str = DEFAULT_COLOR,
        tags: Sequence[str] = (),
        status: NoteStatus = NoteStatus.TO_CHECK,
        author: str | None = None,
    ) -> Note:
        """Store a new note on the latest version of a document; durable when this returns."""
        stamp = now()
        note = Note(
            id=str(uuid.uuid4()),
            document_id=document_id,
            body=body,
            anchor=anchor,
            color=color,
            tags=tuple(sorted({t.strip() for t in tags if t.strip()})),
            status=status,
            author=author or note_author(),
            created=stamp,
            updated=stamp,
        )
        with self._session(write=True) as session:
            NoteRepository(session).add(note, _latest_version(session, document_id, anchor))
            if (index := self._index(session)) is not None:
                index.index_note(note)
        return note

    def restore_note(self, note: Note) -> Note:
        """Put back a deleted note exactly as it was (undo of delete)."""
        with self._session(write=True) as session:
            NoteRepository(session).add(note, _latest_version(session, note.document_id))
            if (index := self._index(session)) is not None:
                index.index_note(note)
        return note

    def note(self, note_id: str) -> Note:
        """One note by id (raises :class:`NotFoundError`)."""
        with self._session() as session:
            note = NoteRepository(session).get(note_id)
        if note is None:
            raise NotFoundError(f"no note with id {note_id}")
        return note

    def edit_note(
        self,
        note_id: str,
        *,
        body: str | None = None,
        color: str | None = None,
        tags: Iterable[str] | None = None,
        status: NoteStatus | None = None,
        expected_version: int | None = None,
    ) -> Note:
        """Change a note's body, colour, tags or status; returns the note as stored (its version bumped).

        With ``expected_version`` (the version the user edited) the edit is refused with
        :class:`EditConflictError`, writing nothing, when someone else stored a newer version meanwhile.
        """
        with self._session(write=True) as session:
            repo = NoteRepository(session)
            note = repo.get(note_id, for_update=True)
            if note is None:
                raise NotFoundError(f"no note with id {note_id}")
            if expected_version is not None and note.version != expected_version:
                raise EditConflictError(
                    f"the note was changed by {note.author or 'someone else'} meanwhile; nothing was overwritten",
                    note,
                )
            changes: dict[str, object] = {"updated": now(), "version": note.version + 1}
            if body is not None:
                changes["body"] = body
            if color is not None:
                changes["color"] = color
            if tags is not None:
                changes["tags"] = tuple(sorted({t.strip() for t in tags if t.strip()}))
            if status is not None:
                changes["status"] = status
            edited = note.with_changes(**changes)
            repo.update(edited)
            if (index := self._index(session)) is not None:
                index.index_note(edited)
        return edited

    def acknowledge(self, note_id: str) -> Note:
        """Mark a ``changed`` note as reviewed: it becomes ``anchored`` (orphaned notes stay orphaned);
        the text it was made on stays in its history (``prior_quote``)."""
        with self._session(write=True) as session:
            repo = NoteRepository(session)
            note = repo.get(note_id)
            if note is None:
                raise NotFoundError(f"no note with id {note_id}")
            reviewed = acknowledged(note, now())
            if reviewed is not note:
                repo.update(reviewed)
        return reviewed

    def place_note(
        self,
        note_id: str,
        anchor: Anchor,
        state: AnchorState,
        prior_quote: str | None,
        version_id: int | None = None,
    ) -> tuple[Note, int | None]:
        """Put a note on ``anchor`` with ``state`` and ``prior_quote``: re-attaching an orphaned note to a
        new passage, marking a changed one reviewed, and their undo. ``anchor`` refers to ``version_id``
        (None: the latest version of the note's document). Returns the note as stored and the version
        its anchor referred to before."""
        with self._session(write=True) as session:
            repo = NoteRepository(session)
            note = repo.get(note_id)
            if note is None:
                raise NotFoundError(f"no note with id {note_id}")
            before = repo.version_of(note_id)
            if version_id is None:
                version_id = _latest_version(session, note.document_id, anchor)
            placed = note.with_changes(anchor=anchor, state=state, prior_quote=prior_quote, updated=now())
            repo.update(placed, version_id)
        return placed, before

    def delete_note(self, note_id: str) -> Note:
        """Delete a note; returns it so that it can be restored (undo)."""
        with self._session(write=True) as session:
            repo = NoteRepository(session)
            note = repo.get(note_id)
            if note is None:
                raise NotFoundError(f"no note with id {note_id}")
            if (index := self._index(session)) is not None:
                index.remove_note(note_id)
            repo.delete(note_id)  # without an analyzer its index rows go by ON DELETE CASCADE
        return note

    def notes(
        self,
        document_id: int,
        *,
        states: Iterable[AnchorState] | None = None,
        status: NoteStatus | None = None,
        color: str | None = None,
        tag: str | None = None,
        text: str | None = None,
    ) -> list[Note]:
        """The notes of a document in text order, optionally filtered."""
        with self._session() as session:
            return NoteRepository(session).list(
                document_id, states=states, status=status, color=color, tag=tag, text=text
            )

    def all_notes(self) -> list[Note]:
        """Every note of the library, document by document (oldest first), each in text order (two queries)."""
        with self._session() as session:
            return NoteRepository(session).list_all()

    def titles(self) -> dict[int, str]:
        """Every document's title by id."""
        with self._session() as session:
            return {row[0]: row[1] for row in session.execute(select(DocumentRow.id, DocumentRow.title))}

    def note_counts(self, document_id: int) -> dict[str, int]:
        """How many notes of a document are anchored, changed, orphaned."""
        with self._session() as session:
            return NoteRepository(session).counts(document_id)

    # --- merging notes made elsewhere (JSON-LD import) ----------------------------------------

    def find_text(self, sha256: str) -> tuple[int, int] | None:
        """(document id, version id) of the most recent stored version whose text has this SHA-256, or None."""
        from piyue.storage.orm import TextRow, VersionRow

        query = (
            select(VersionRow.document_id, VersionRow.id)
            .join(TextRow, TextRow.id == VersionRow.text_id)
            .where(TextRow.sha256 == sha256)
            .order_by(VersionRow.id.desc())
            .limit(1)
        )
        with self._session() as session:
            row = session.execute(query).first()
        return (row[0], row[1]) if row else None

    def version_text(self, version_id: int) -> str:
        """The text of one stored version."""
        with self._session() as session:
            return DocumentRepository(session).text(version_id)

    def merge_notes(self, document_id: int, notes: Sequence[Note], made_on: str | None = None) -> dict[str, int]:
        """Merge notes made elsewhere into a document, re-anchored on its latest version.

        A note is known by its id, so merging the same notes twice changes nothing: a new id is
        added (re-anchored; never dropped, an unplaceable note is stored as orphaned); a stored one
        takes the incoming body, colour, tags and status only if the incoming copy was modified
        later; a note of another document with the same id is skipped. ``made_on`` is the text the
        incoming offsets refer to (None: unknown; quotes and their context are searched). Returns
        the counts ``added``, ``updated``, ``unchanged``, ``skipped`` and the document's anchor states.
        """
        record = self.document(document_id)
        document = self.load(document_id)
        merged = {"added": 0, "updated": 0, "unchanged": 0, "skipped": 0}
        with self._session(write=True) as session:
            repo, index = NoteRepository(session), self._index(session)
            for incoming in notes:
                existing = repo.get(incoming.id)
                stored: Note | None = None
                if existing is not None and existing.document_id != document_id:
                    merged["skipped"] += 1
                elif existing is not None and incoming.updated > existing.updated:
                    fields = ("body", "color", "tags", "status", "updated")
                    stored = existing.with_changes(
                        version=existing.version + 1, **{f: getattr(incoming, f) for f in fields}
                    )
                    repo.update(stored)
                    merged["updated"] += 1
                elif existing is not None:
                    merged["unchanged"] += 1
                else:
                    stored = _placed(incoming.with_changes(document_id=document_id), document, made_on)
                    repo.add(stored, record.latest.id)
                    merged["added"] += 1
                if index is not None and stored is not None:
                    index.index_note(stored)
            counts = repo.counts(document_id)
        return {**merged, **counts}

    # --- search ----------------------------------------------------------------------------

    def _index(self, session: Session) -> SearchIndex | None:
        return search_index_for(session, self.analyzer) if self.analyzer is not None else None

    def _require_index(self, session: Session) -> SearchIndex:
        index = self._index(session)
        if index is None:
            raise StorageError("search needs the word segmenter (open the library with an analyzer)")
        return index

    def update_search_index(self) -> int:
        """Index what changed without the index (other processes, older databases); returns how many
        versions and notes were indexed. Safe to call on a worker thread."""
        with self._session(write=True) as session:
            return self._require_index(session).refresh()

    def _bring_index_up_to_date(self) -> None:
        """Refresh the index only when something may have changed it since the last time (any process, see
        :mod:`piyue.storage.search_freshness`): nothing committed since, or a read-only check finding nothing
        behind, costs no write transaction (and, on PostgreSQL, no notification to the other windows)."""
        if self._freshness.current():
            return
        stamp = self._freshness.stamp()  # read before checking: a commit after it is caught next time
        with self._session() as session:
            behind = index_behind(session)
        if behind:
            self.update_search_index()
        self._freshness.refreshed(stamp)

    def search(self, query: str, limit: int = 20, *, refresh: bool = True) -> list[SearchHit]:
        """The best ``limit`` passages and notes for ``query`` across the library (syntax: see
        :mod:`piyue.storage.search_index`); brings the index up to date first unless ``refresh`` is False
        (cheaply when nothing changed, see :meth:`_bring_index_up_to_date`)."""
        if refresh:
            self._bring_index_up_to_date()
        with self._session() as session:
            return self._require_index(session).search(query, limit)

    # --- backups -------------------------------------------------------------------------

    def backup_if_due(self) -> Path | None:
        """Make a rolling backup if the database changed and the last one is old enough (call on a timer)."""
        return self.backups.maybe_make() if self.backups is not None else None


def _latest_version(session: Session, document_id: int, anchor: Anchor | None = None) -> int:
    """The id of a document's latest version (raises :class:`NotFoundError`); with ``anchor``, refuses an
    anchor past the end of its text."""
    latest = DocumentRepository(session).latest_version(document_id) if 0 < document_id <= MAX_ID else None
    if latest is None:
        raise NotFoundError(f"no document with id {document_id}")
    version_id, length = latest
    if anchor is not None and anchor.end > length:
        raise StorageError(f"the anchor {anchor.start}..{anchor.end} is past the end of the text")
    return version_id


def _placed(note: Note, document: Document, made_on: str | None) -> Note:
    """``note`` re-anchored on ``document`` (its offsets refer to ``made_on``), with its state updated."""
    return reanchored(note, reanchor(note.anchor, document, made_on))
