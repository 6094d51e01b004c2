"""What the CLI's commands share: exit codes, messages, output helpers."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from typing import Any, NoReturn

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """Bad usage the user can fix; reported as one line with exit code 2."""


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line (``piyue: …``) with exit code 2."""

    def error(self, message: str) -> NoReturn:
        """Report bad usage as :class:`UsageError` instead of printing the usage block."""
        raise UsageError(f"{message} (see '{self.prog} --help')")


def one_line(message: str) -> str:
    """``message`` on one line: line breaks and other control characters (which user input may carry into
    a message) written as escapes, such as ``\\n``."""
    return "".join(_escape(ch) if unicodedata.category(ch) in _BREAKING else ch for ch in message)


_BREAKING = frozenset({"Cc", "Zl", "Zp"})


def _escape(char: str) -> str:
    return repr(char)[1:-1] if char != "\t" else " "


def fail(message: str, code: int = EXIT_USAGE) -> int:
    """Print ``piyue: message`` to stderr, on one line, and return ``code``."""
    print(f"piyue: {one_line(message)}", file=sys.stderr)
    return code


def print_json(value: Any) -> None:
    """Write ``value`` as UTF-8 JSON (CJK unescaped) to stdout."""
    out = sys.stdout
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")


def ensure_utf8_stdout() -> None:
    """Make stdout UTF-8 whatever the locale, so CJK output never fails."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower().replace("-", "") != "utf8":
            reconfigure(encoding="utf-8")
