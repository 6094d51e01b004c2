"""The anchor-state rules of a note across revisions and review (core, no storage)."""

from __future__ import annotations

from datetime import UTC, datetime

from piyue.core.anchoring import Anchor, AnchorState, Note, Reanchored
from piyue.core.anchoring.lifecycle import acknowledged, reanchored, reattached_prior
from piyue.core.readers import parse_text

OLD = Anchor("增长14.3%", 10, 17, prefix="增加值", suffix="，增速")
WHEN = datetime(2026, 3, 1, tzinfo=UTC)


def note(state: AnchorState = AnchorState.ANCHORED, prior: str | None = None) -> Note:
    return Note(id="n1", document_id=1, body="核实", anchor=OLD, state=state, prior_quote=prior, updated=WHEN)


def found(state: AnchorState, exact: str = "增长14.3%") -> Reanchored:
    return Reanchored(state, Anchor(exact, 40, 40 + len(exact), prefix="增加值"), "exact")


def test_found_unchanged_takes_the_new_anchor() -> None:
    after = reanchored(note(), found(AnchorState.ANCHORED))
    assert (after.state, after.anchor.start, after.prior_quote) == (AnchorState.ANCHORED, 40, None)
    assert after.updated == WHEN  # re-anchoring is not an edit


def test_a_first_change_keeps_the_text_before_it() -> None:
    after = reanchored(note(), found(AnchorState.CHANGED, "增长14.5%"))
    assert (after.state, after.anchor.exact, after.prior_quote) == (AnchorState.CHANGED, "增长14.5%", "增长14.3%")


def test_a_changed_note_stays_changed_and_keeps_its_prior_quote() -> None:
    changed = note(AnchorState.CHANGED, prior="增长12%")
    again = reanchored(changed, found(AnchorState.CHANGED, "增长14.6%"))
    assert (again.state, again.prior_quote) == (AnchorState.CHANGED, "增长12%")
    back = reanchored(changed, found(AnchorState.ANCHORED))  # found unchanged in the next version
    assert (back.state, back.prior_quote, back.anchor.start) == (AnchorState.CHANGED, "增长12%", 40)


def test_a_changed_note_without_prior_quote_gets_its_quote() -> None:
    after = reanchored(note(AnchorState.CHANGED), found(AnchorState.CHANGED, "增长14.5%"))
    assert after.prior_quote == "增长14.3%"


def test_a_new_change_after_review_starts_a_new_history() -> None:
    reviewed = note(AnchorState.ANCHORED, prior="增长12%")  # an earlier change, already reviewed
    after = reanchored(reviewed, found(AnchorState.CHANGED, "增长14.5%"))
    assert (after.state, after.prior_quote) == (AnchorState.CHANGED, "增长14.3%")


def test_an_orphaned_note_keeps_its_anchor_and_prior_quote() -> None:
    changed = note(AnchorState.CHANGED, prior="增长12%")
    after = reanchored(changed, Reanchored(AnchorState.ORPHANED, OLD, "orphaned", 0.0))
    assert (after.state, after.anchor, after.prior_quote) == (AnchorState.ORPHANED, OLD, "增长12%")


def test_reanchored_on_a_real_revision() -> None:
    from piyue.core.anchoring import find_quote, reanchor

    old = parse_text("# 报告\n\n金融业增加值增长14.3%，增速高于全市。\n", markdown=True)
    new = parse_text("# 报告\n\n金融业增加值增长14.5%，增速高于全市。\n", markdown=True)
    start = note().with_changes(anchor=find_quote(old, "增长14.3%"))
    first = reanchored(start, reanchor(start.anchor, new, old.text))
    assert (first.state, first.anchor.exact, first.prior_quote) == (AnchorState.CHANGED, "增长14.5%", "增长14.3%")
    second = reanchored(first, reanchor(first.anchor, new, new.text))  # re-imported unchanged
    assert (second.state, second.prior_quote) == (AnchorState.CHANGED, "增长14.3%")


def test_acknowledged_turns_changed_into_anchored_only() -> None:
    later = datetime(2026, 4, 1, tzinfo=UTC)
    reviewed = acknowledged(note(AnchorState.CHANGED, prior="增长12%"), later)
    assert (reviewed.state, reviewed.prior_quote, reviewed.updated) == (AnchorState.ANCHORED, "增长12%", later)
    orphan = note(AnchorState.ORPHANED)
    assert acknowledged(orphan, later) is orphan
    plain = note()
    assert acknowledged(plain, later) is plain


def test_reattached_prior_keeps_the_old_quote() -> None:
    elsewhere = Anchor("增长9%", 80, 84)
    assert reattached_prior(note(), elsewhere) == "增长14.3%"
    assert reattached_prior(note(), OLD) is None
    assert reattached_prior(note(prior="增长12%"), elsewhere) == "增长12%"
