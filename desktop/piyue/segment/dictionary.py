"""The user dictionary of policy terms shipped in ``resources/dictionaries/policy_terms.txt``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from piyue.paths import resource_path


@dataclass(frozen=True, slots=True)
class Entry:
    """One term of a user dictionary: the word, its jieba frequency and part-of-speech tag."""

    word: str
    freq: int | None
    tag: str | None


def policy_terms_path() -> Path:
    """Where the shipped dictionary of policy terms lives."""
    return resource_path("dictionaries", "policy_terms.txt")


def read_dictionary(path: Path) -> list[Entry]:
    """The entries of a jieba user dictionary (``WORD [FREQ] [TAG]`` a line; ``#`` starts a comment line)."""
    entries: list[Entry] = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        fields = line.split()
        if not fields or fields[0].startswith("#"):
            continue
        freq = int(fields[1]) if len(fields) > 1 and fields[1].isdigit() else None
        tag = fields[-1] if len(fields) > 1 and not fields[-1].isdigit() else None
        entries.append(Entry(fields[0], freq, tag))
    return entries
