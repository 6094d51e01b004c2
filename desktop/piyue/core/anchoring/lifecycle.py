"""What happens to a note's anchor state when its document is revised or the note is reviewed.

The rules (DESIGN.md §5), pure so that every store applies them alike:

- a note whose passage is found again takes the new anchor; if the quote's text differs it is
  ``changed`` and ``prior_quote`` keeps the text before the change;
- a ``changed`` note stays ``changed`` (still to be reviewed) and keeps its ``prior_quote`` — the
  text before the *first* change not yet reviewed — however many revisions follow;
- a note that cannot be placed is ``orphaned`` and keeps its anchor as it was;
- reviewing (acknowledging) turns ``changed`` into ``anchored``; ``prior_quote`` stays as history;
- a note re-attached by hand keeps the quote it had as its ``prior_quote``.
"""

from __future__ import annotations

from datetime import datetime

from piyue.core.anchoring.model import Anchor, AnchorState, Reanchored
from piyue.core.anchoring.note import Note


def reanchored(note: Note, result: Reanchored) -> Note:
    """``note`` after re-anchoring gave ``result`` (see the module's rules); ``updated`` is unchanged."""
    if result.state is AnchorState.ORPHANED:
        return note.with_changes(state=AnchorState.ORPHANED)  # the anchor is kept as it was
    state, prior = result.state, note.prior_quote
    if state is AnchorState.CHANGED:  # the text before the first change not yet reviewed
        prior = prior if note.state is AnchorState.CHANGED and prior else note.anchor.exact
    elif note.state is AnchorState.CHANGED:
        state = AnchorState.CHANGED  # still to be reviewed, its prior quote kept
    return note.with_changes(anchor=result.anchor, state=state, prior_quote=prior)


def acknowledged(note: Note, when: datetime) -> Note:
    """``note`` marked as reviewed at ``when``: a ``changed`` note becomes ``anchored`` (its
    ``prior_quote`` stays as history); any other note is returned as it is."""
    if note.state is not AnchorState.CHANGED:
        return note
    return note.with_changes(state=AnchorState.ANCHORED, updated=when)


def reattached_prior(note: Note, anchor: Anchor) -> str | None:
    """The ``prior_quote`` of ``note`` once it is re-attached by hand to ``anchor``: the quote it had
    stays in its history (an earlier prior quote wins; none when the quote is the same)."""
    return note.prior_quote or (note.anchor.exact if note.anchor.exact != anchor.exact else None)
