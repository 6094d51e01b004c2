"""The :class:`Finding` record of a review check and its JSON shape (DESIGN.md §6)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Severities from the most to the least serious.
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in a report.

    ``start``/``end`` are code-point offsets into ``Document.text`` (end
    exclusive) of the place the finding is about — for a heading the heading,
    for a section or paragraph its span — or ``None`` for the whole document.
    ``related`` holds the start offsets of the other places involved (the
    earlier copy of a duplicate, the heading out of order with this one).
    """

    code: str
    severity: str  # "error" | "warning" | "info"
    message_zh: str
    message_en: str
    start: int | None
    end: int | None
    related: tuple[int, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.severity not in SEVERITY_RANK:
            raise ValueError(f"unknown severity {self.severity!r}")

    @property
    def message(self) -> str:
        """The message of ``check --json``: the English one (see :meth:`to_json`)."""
        return self.message_en

    @property
    def is_problem(self) -> bool:
        """Whether the finding makes ``piyue check`` exit with 1 (warning or error)."""
        return self.severity in ("error", "warning")

    def sort_key(self) -> tuple[int, int, str]:
        """Document order; findings about the whole document first; errors before warnings."""
        return (-1 if self.start is None else self.start, SEVERITY_RANK[self.severity], self.code)

    def to_json(self) -> dict[str, Any]:
        """The ``check --json`` object of DESIGN.md §6.

        ``message`` is the English message: the JSON is for scripts and tools, and
        one stable language there is easier to match and diff than a mixed
        ``zh / en`` string (the titles quoted in it stay in Chinese). The Chinese
        message is kept on the object for the GUI and the readable CLI output.
        """
        return {
            "code": self.code,
            "severity": self.severity,
            "message": self.message_en,
            "start": self.start,
            "end": self.end,
            "related": list(self.related),
        }
