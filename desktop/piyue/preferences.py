"""The user's preferences: one typed object, stored as JSON in the config folder.

Window geometry, dock layout, recent files and view toggles are UI state and live
in QSettings (``piyue.ui.settings``); everything a user chooses in the
Preferences dialog lives here, validated on load so that a hand-edited or old
file never breaks the start.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from platformdirs import user_config_dir

from piyue.core.metrics.model import KINDS

LANGUAGES = ("system", "zh_CN", "en")
THEMES = ("system", "light", "dark")


def config_dir() -> Path:
    """The user configuration folder (``PIYUE_CONFIG_DIR`` overrides)."""
    override = os.environ.get("PIYUE_CONFIG_DIR")
    return Path(override) if override else Path(user_config_dir("piyue", appauthor=False))


@dataclass(slots=True)
class Preferences:
    """What the Preferences dialog sets."""

    language: str = "system"
    theme: str = "system"
    reading_font_family: str = ""  # empty: the best Chinese face installed
    reading_font_size: float = 12.5
    highlighted_kinds: list[str] = field(default_factory=lambda: list(KINDS))
    backup_interval_minutes: int = 30
    author_name: str = ""  # "Your name": signs notes and Word comments ('' = the OS user's full name)
    shared_library: str = ""  # "Shared library": a postgresql:// URL ('' = the SQLite file in the data folder)

    def validated(self) -> Preferences:
        """A copy with every field within its allowed values (bad values fall back to defaults)."""
        default = Preferences()
        return Preferences(
            language=self.language if self.language in LANGUAGES else default.language,
            theme=self.theme if self.theme in THEMES else default.theme,
            reading_font_family=self.reading_font_family if isinstance(self.reading_font_family, str) else "",
            reading_font_size=(
                float(self.reading_font_size)
                if isinstance(self.reading_font_size, int | float) and 6 <= self.reading_font_size <= 48
                else default.reading_font_size
            ),
            highlighted_kinds=[k for k in KINDS if k in (self.highlighted_kinds or [])]
            if isinstance(self.highlighted_kinds, list)
            else default.highlighted_kinds,
            backup_interval_minutes=(
                int(self.backup_interval_minutes)
                if isinstance(self.backup_interval_minutes, int) and 0 <= self.backup_interval_minutes <= 24 * 60
                else default.backup_interval_minutes
            ),
            author_name=" ".join(self.author_name.split())[:200] if isinstance(self.author_name, str) else "",
            shared_library=(
                self.shared_library.strip()
                if isinstance(self.shared_library, str)
                and self.shared_library.strip().lower().startswith(("postgresql://", "postgres://"))
                else ""
            ),
        )


def preferences_path() -> Path:
    """Where the preferences are stored."""
    return config_dir() / "preferences.json"


def load_preferences(path: Path | None = None) -> Preferences:
    """The stored preferences, or the defaults when there are none or the file is unreadable."""
    path = path or preferences_path()
    try:
        raw = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    known = {f.name for f in fields(Preferences)}
    return Preferences(**{k: v for k, v in raw.items() if k in known}).validated()


def save_preferences(preferences: Preferences, path: Path | None = None) -> None:
    """Store ``preferences`` atomically (write a temporary file, then rename); readable by the user only,
    since a shared library's URL may hold a password."""
    path = path or preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(asdict(preferences.validated()), ensure_ascii=False, indent=2), "utf-8")
    with contextlib.suppress(OSError):
        tmp.chmod(0o600)
    os.replace(tmp, path)
