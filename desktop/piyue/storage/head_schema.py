"""The SQLite schema of revision 0004, as the migrations build it (issue 17: start-up and memory).

A new library is created from these statements with plain ``sqlite3``: Alembic (~11 MB, ~0.2 s to
import) is only needed to upgrade an older database. ``tests/storage/test_head_schema.py`` checks that they
build exactly what the migrations build; ``scripts/head_schema.py`` rewrites this file.
"""

REVISION = "0004"

#: In order; the tables an FTS5 table keeps its data in are made by its CREATE VIRTUAL TABLE.
STATEMENTS: tuple[str, ...] = (
    (
        "CREATE TABLE alembic_version (\n"
        "\tversion_num VARCHAR(32) NOT NULL, \n"
        "\tCONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n"
        ")"
    ),
    (
        "CREATE TABLE documents (\n"
        "\tid INTEGER NOT NULL, \n"
        "\ttitle VARCHAR(500) NOT NULL, \n"
        "\tsource_path TEXT, \n"
        "\tcreated DATETIME NOT NULL, \n"
        "\tPRIMARY KEY (id)\n"
        ")"
    ),
    "CREATE INDEX ix_documents_source_path ON documents (source_path)",
    (
        "CREATE TABLE texts (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tsha256 VARCHAR(64) NOT NULL, \n"
        "\tlength INTEGER NOT NULL, \n"
        "\tbody TEXT NOT NULL, \n"
        "\tPRIMARY KEY (id), \n"
        "\tUNIQUE (sha256)\n"
        ")"
    ),
    (
        "CREATE TABLE versions (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tdocument_id INTEGER NOT NULL, \n"
        "\tnumber INTEGER NOT NULL, \n"
        "\ttext_id INTEGER NOT NULL, \n"
        "\ttitle VARCHAR(500) NOT NULL, \n"
        "\tformat VARCHAR(16) NOT NULL, \n"
        "\tencoding VARCHAR(32) NOT NULL, \n"
        "\tsource_path TEXT, \n"
        "\toutline JSON NOT NULL, \n"
        "\timported DATETIME NOT NULL, \n"
        "\tPRIMARY KEY (id), \n"
        "\tCONSTRAINT uq_versions_document_number UNIQUE (document_id, number), \n"
        "\tFOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE, \n"
        "\tFOREIGN KEY(text_id) REFERENCES texts (id)\n"
        ")"
    ),
    "CREATE INDEX ix_versions_document_id ON versions (document_id)",
    (
        "CREATE TABLE notes (\n"
        "\tid VARCHAR(36) NOT NULL, \n"
        "\tdocument_id INTEGER NOT NULL, \n"
        "\tversion_id INTEGER NOT NULL, \n"
        "\tkind VARCHAR(16) NOT NULL, \n"
        "\texact TEXT NOT NULL, \n"
        "\tprefix TEXT NOT NULL, \n"
        "\tsuffix TEXT NOT NULL, \n"
        "\tstart_offset INTEGER NOT NULL, \n"
        "\tend_offset INTEGER NOT NULL, \n"
        "\tsection_path JSON NOT NULL, \n"
        "\tstate VARCHAR(16) NOT NULL, \n"
        "\tprior_quote TEXT, \n"
        "\tbody TEXT NOT NULL, \n"
        "\tcolor VARCHAR(32) NOT NULL, \n"
        "\tstatus VARCHAR(16) NOT NULL, \n"
        "\tauthor VARCHAR(200) NOT NULL, \n"
        "\tcreated DATETIME NOT NULL, \n"
        "\tupdated DATETIME NOT NULL, version INTEGER DEFAULT '1' NOT NULL, \n"
        "\tPRIMARY KEY (id), \n"
        "\tFOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE, \n"
        "\tFOREIGN KEY(version_id) REFERENCES versions (id)\n"
        ")"
    ),
    "CREATE INDEX ix_notes_document_state ON notes (document_id, state)",
    (
        "CREATE TABLE tags (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tname VARCHAR(200) NOT NULL, \n"
        "\tPRIMARY KEY (id), \n"
        "\tUNIQUE (name)\n"
        ")"
    ),
    (
        "CREATE TABLE note_tags (\n"
        "\tnote_id VARCHAR(36) NOT NULL, \n"
        "\ttag_id INTEGER NOT NULL, \n"
        "\tPRIMARY KEY (note_id, tag_id), \n"
        "\tFOREIGN KEY(note_id) REFERENCES notes (id) ON DELETE CASCADE, \n"
        "\tFOREIGN KEY(tag_id) REFERENCES tags (id) ON DELETE CASCADE\n"
        ")"
    ),
    "CREATE INDEX ix_note_tags_tag_id ON note_tags (tag_id)",
    (
        "CREATE TABLE search_sources (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tdocument_id INTEGER NOT NULL, \n"
        "\tversion_id INTEGER, \n"
        "\tnote_id VARCHAR(36), \n"
        "\tstamp DATETIME, \n"
        "\tPRIMARY KEY (id), \n"
        "\tCONSTRAINT uq_search_sources_version UNIQUE (version_id), \n"
        "\tCONSTRAINT uq_search_sources_note UNIQUE (note_id), \n"
        "\tFOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE, \n"
        "\tFOREIGN KEY(version_id) REFERENCES versions (id) ON DELETE CASCADE, \n"
        "\tFOREIGN KEY(note_id) REFERENCES notes (id) ON DELETE CASCADE\n"
        ")"
    ),
    "CREATE INDEX ix_search_sources_document_id ON search_sources (document_id)",
    (
        "CREATE TABLE search_segments (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tsource_id INTEGER NOT NULL, \n"
        "\tstart_offset INTEGER NOT NULL, \n"
        "\tend_offset INTEGER NOT NULL, \n"
        "\tsection TEXT, \n"
        "\tPRIMARY KEY (id), \n"
        "\tFOREIGN KEY(source_id) REFERENCES search_sources (id) ON DELETE CASCADE\n"
        ")"
    ),
    "CREATE INDEX ix_search_segments_source_id ON search_segments (source_id)",
    (
        "CREATE VIRTUAL TABLE search_fts USING fts5(words, chars, "
        "tokenize = \"unicode61 remove_diacritics 0 tokenchars '._-'\")"
    ),
    (
        "CREATE TRIGGER search_segments_delete AFTER DELETE ON search_segments BEGIN "
        "DELETE FROM search_fts WHERE rowid = old.id; END"
    ),
)
