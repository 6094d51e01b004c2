"""UI state kept between runs (QSettings): window geometry and layout, recent files, zoom."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10


class UiState:
    """Typed access to the QSettings keys the window uses."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        """Saved window geometry."""
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        """Saved dock and toolbar layout."""
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._settings.setValue("window/state", value)

    @property
    def zoom(self) -> int:
        """Reading pane zoom step."""
        try:
            return int(str(self._settings.value("reading/zoom", 0)))
        except (TypeError, ValueError):
            return 0

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._settings.setValue("reading/zoom", int(value))

    @property
    def topic_sentences(self) -> bool:
        """Whether the outline shows the topic sentences of paragraphs as its lowest level."""
        return str(self._settings.value("outline/topicSentences", "false")).lower() == "true"

    @topic_sentences.setter
    def topic_sentences(self, value: bool) -> None:
        self._settings.setValue("outline/topicSentences", "true" if value else "false")

    @property
    def recent_files(self) -> list[Path]:
        """Recently opened files, newest first."""
        value = self._settings.value("files/recent", [])
        items: list[object] = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        return [Path(p) for p in items if isinstance(p, str) and p]

    def add_recent(self, path: Path) -> None:
        """Put ``path`` at the top of the recent files."""
        resolved = path.resolve()
        items = [p for p in self.recent_files if p != resolved]
        items.insert(0, resolved)
        self._settings.setValue("files/recent", [str(p) for p in items[:MAX_RECENT]])

    def remove_recent(self, path: Path) -> None:
        """Drop ``path`` from the recent files (it could not be opened)."""
        resolved = path.resolve()
        self._settings.setValue("files/recent", [str(p) for p in self.recent_files if p != resolved])

    def clear_recent(self) -> None:
        """Forget all recent files."""
        self._settings.setValue("files/recent", [])

    @property
    def last_file(self) -> Path | None:
        """The document open when the app last closed."""
        value = self._settings.value("files/last")
        return Path(value) if isinstance(value, str) and value else None

    @last_file.setter
    def last_file(self, path: Path | None) -> None:
        self._settings.setValue("files/last", str(path) if path else "")

    def sync(self) -> None:
        """Write to disk now."""
        self._settings.sync()
