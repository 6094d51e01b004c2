"""The ``piyue`` command: the GUI (``piyue [FILE]``) and the subcommands of DESIGN.md §6.

Output contract: JSON and tables go to stdout, messages to stderr. Exit codes:
0 success, 1 ``check`` found problems, 2 bad usage or unreadable input (one
line, no traceback).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence

from piyue import __version__
from piyue.cli.common import EXIT_USAGE, Parser, UsageError, fail
from piyue.core.errors import ReaderError
from piyue.crash_log import write_crash_log

# name → (module path, help); modules are imported only when their command runs.
COMMANDS: dict[str, tuple[str, str]] = {
    "outline": ("piyue.cli.outline_cmd", "print a report's hierarchy"),
    "metrics": ("piyue.cli.metrics_cmd", "list the figures of a report"),
    "import": ("piyue.cli.import_cmd", "store a report in the database (a new version re-anchors its notes)"),
    "note": ("piyue.cli.note_cmd", "add a note on a passage or a section"),
    "notes": ("piyue.cli.notes_cmd", "list a document's notes with their anchor state"),
    "check": ("piyue.cli.check_cmd", "review findings of a report"),
    "search": ("piyue.cli.search_cmd", "find words across the imported reports and their notes"),
    "export": ("piyue.cli.export_cmd", "export a report's notes (md, html, csv, jsonld, docx, pdf)"),
    "indicators": ("piyue.cli.indicators_cmd", "key indicators (targets and results) of reports"),
    "compare": ("piyue.cli.compare_cmd", "reports side by side, with last year's targets against results"),
    "text": ("piyue.cli.text_cmd", "print a report's text exactly as all offsets count it"),
    "db": ("piyue.cli.db_cmd", "check the database, or restore its newest backup"),
}


def _gui_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="piyue",
        description="Piyue 批阅: read, review and annotate Chinese reports. Without a command, starts the desktop app.",
        epilog="commands: "
        + ", ".join(f"{name} ({help_})" for name, (_, help_) in COMMANDS.items())
        + ". Run 'piyue COMMAND --help' for a command's options.",
    )
    parser.add_argument("file", nargs="?", help="report to open (default: the last one, or the sample)")
    parser.add_argument("--version", action="version", version=f"piyue {__version__}")
    parser.add_argument(
        "--screenshot", metavar="OUT.png", help="render the window offscreen with FILE, save it as PNG, exit"
    )
    parser.add_argument("--size", default="1400x900", help="window size for --screenshot (default 1400x900)")
    parser.add_argument(
        "--show",
        action="append",
        choices=("outline", "notes", "metrics", "charts", "review"),
        help="with --screenshot: show and raise this panel (repeatable)",
    )
    parser.add_argument(
        "--db", metavar="DB", help="database file or postgresql://user@host:port/dbname URL (overrides PIYUE_DB)"
    )
    parser.add_argument(
        "--theme", choices=("system", "light", "dark"), help="colours for this run (the preference is not changed)"
    )
    parser.add_argument(
        "--lang",
        choices=("system", "zh_CN", "en"),
        help="interface language for this run (the preference is not changed)",
    )
    parser.add_argument(
        "--new-instance", action="store_true", help="open a new window even if Piyue is already running"
    )
    parser.add_argument(
        "--trace",
        action="store_true",
        help='print start-up events as JSON lines on stderr: {"event": "first-paint"|"highlights"|"ready", "t": …}',
    )
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="exit (0) once all start-up work is done; a report that cannot be opened exits 2",
    )
    return parser


def _command_parser(name: str) -> tuple[argparse.ArgumentParser, Callable[[argparse.Namespace], int]]:
    import importlib

    module_name, help_ = COMMANDS[name]
    module = importlib.import_module(module_name)
    parser = Parser(prog=f"piyue {name}", description=help_)
    module.configure(parser)
    return parser, module.run


class _OneLineWarnings(logging.Handler):
    """Warnings of the library (e.g. a backup that did not fit) as ``piyue: warning: …`` lines on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        print(f"piyue: warning: {' '.join(record.getMessage().split())}", file=sys.stderr)


def _warnings_to_stderr() -> None:
    logger = logging.getLogger("piyue")
    if not any(isinstance(h, _OneLineWarnings) for h in logger.handlers):
        handler = _OneLineWarnings(logging.WARNING)
        logger.addHandler(handler)
        logger.propagate = False


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``piyue`` command; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in COMMANDS:
            _warnings_to_stderr()
            parser, run = _command_parser(args[0])
            return run(parser.parse_args(args[1:]))
        options = _gui_parser().parse_args(args)
        from piyue.app import run_gui

        return run_gui(options)
    except ReaderError as err:
        return fail(str(err))
    except UsageError as err:
        return fail(str(err), EXIT_USAGE)
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    except BrokenPipeError:
        return 0
    except Exception as err:  # a bug: one line for the user, the traceback in the log (or with PIYUE_DEBUG=1)
        if os.environ.get("PIYUE_DEBUG"):
            raise
        log = write_crash_log()
        where = f"; details in {log}" if log else ""
        return fail(f"internal error ({err.__class__.__name__}: {err}){where}", EXIT_USAGE)
