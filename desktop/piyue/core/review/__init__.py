"""Review checks: structural slips of a draft report, as :class:`Finding` records.

Pure Python (no Qt, database or jieba). :func:`run_checks` runs every check on a
parsed :class:`~piyue.core.model.Document` and returns the findings in document
order. Codes and their severities:

==================== ============== ==================================================
code                 severity       what
==================== ============== ==================================================
duplicate-heading    error/warning  same numbering and title (error), or same title or
                                    same numbering (warning), among siblings
duplicate-section    error/warning  a body ≥95% (error) or ≥60% (warning) the same as
                                    an earlier section's; the share is in the message
duplicate-paragraph  warning        the same paragraph twice (outside copied sections)
numbering-order      error          （四） before （三） among siblings
numbering-gap        warning        （二） then （四）, （三） nowhere
level-skip           warning/info   一、 then （1） with no （一） (warning); Markdown
                                    ``##`` then ``####`` (info)
empty-section        warning        a heading with no text and no subsections
metric-conflict      warning        the same indicator with two different values
mixed-brackets       warning/info   (一) among （一） (warning); (一) throughout (info)
==================== ============== ==================================================
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from piyue.core.review.finding import SEVERITIES, Finding

if TYPE_CHECKING:
    from piyue.core.review.run import CODES, run_checks

__all__ = ["CODES", "SEVERITIES", "Finding", "run_checks"]


def __getattr__(name: str) -> Any:
    """Load the checks on first use, so that importing :class:`Finding` stays cheap."""
    if name in ("CODES", "run_checks"):
        from piyue.core.review import run

        return getattr(run, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
