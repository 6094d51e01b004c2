"""Re-anchoring: finding a note's passage again in a new version of its document (DESIGN.md §5).

Steps, first success wins:

1. **exact** — the quote occurs in the new text. Several occurrences are told apart by their
   prefix/suffix context, the section path and, given the old text, by matching each occurrence
   to the occurrence of the old text it corresponds to (so the note on the second of two
   identical paragraphs stays on the second); never by taking the first match. An occurrence
   with no shared context, outside the old section, of a short quote is not trusted.
2. **fuzzy in the old section**, then 3. **fuzzy in the document** — the quote with its context
   is searched approximately (rapidfuzz); a match is accepted only with a score of at least
   :data:`MIN_SCORE`, a lead of :data:`MIN_MARGIN` over the runner-up and a new quote at least
   :data:`MIN_QUOTE_SIMILARITY` similar to the old one. The note moves to it, flagged ``changed``
   when the quote's text differs.
4. otherwise the note is **orphaned**: its anchor is kept as it was, never attached elsewhere.
"""

from __future__ import annotations

from piyue.core.anchoring import fuzzy
from piyue.core.anchoring.build import anchor_span, occurrences, path_to, section_titles_at
from piyue.core.anchoring.context import quote_prefix, quote_suffix
from piyue.core.anchoring.model import Anchor, AnchorKind, AnchorState, Reanchored
from piyue.core.model import Document, Section

MIN_SCORE = 75.0  # fuzzy: minimum similarity of quote-with-context to its match (0-100)
MIN_MARGIN = 8.0  # fuzzy: minimum lead of the best match over the runner-up
MIN_QUOTE_SIMILARITY = 50.0  # fuzzy: the new quote must still resemble the old one
MIN_CONTEXT_SHARE = 0.25  # exact: share of prefix+suffix that must still surround a lone match
TRUSTED_QUOTE_LENGTH = 16  # exact: a quote this long is trusted without context
SECTION_TITLE_SCORE = 80.0  # section notes: minimum similarity of a renamed section's title
WIDE_CONTEXT = 80  # exact: characters each side compared when pairing old and new occurrences


def reanchor(anchor: Anchor, document: Document, old_text: str | None = None) -> Reanchored:
    """Find ``anchor`` in ``document`` (a new version); ``old_text`` is the text the anchor was made on."""
    if anchor.kind is AnchorKind.SECTION:
        return _reanchor_section(anchor, document)
    exact, claimed = _exact(anchor, document, old_text)
    if exact is not None:
        return exact
    # occurrences of the quote that belong to other passages are hidden from the fuzzy search
    masks = [(c - len(anchor.prefix), c + len(anchor.exact) + len(anchor.suffix)) for c in claimed]
    for method, spans in (
        ("fuzzy-section", _old_section_spans(anchor, document)),
        ("fuzzy-document", [(0, len(document.text))]),
    ):
        if not spans:
            continue
        found = _fuzzy(anchor, document, spans, method, masks, old_text)
        if found is not None:
            return found
    return Reanchored(AnchorState.ORPHANED, anchor, "orphaned", 0.0)


# --- exact ---------------------------------------------------------------------------------


def _context_share(anchor: Anchor, text: str, start: int, end: int | None = None) -> float:
    """Share of the anchor's prefix and suffix still found right around ``start``–``end``
    (``end`` defaults to the end of an unchanged quote)."""
    total = len(anchor.prefix) + len(anchor.suffix)
    if total == 0:
        return 1.0
    before = text[max(0, start - len(anchor.prefix)) : start]
    after_start = start + len(anchor.exact) if end is None else end
    after = text[after_start : after_start + len(anchor.suffix)]
    matched = 0
    for a, b in zip(reversed(anchor.prefix), reversed(before), strict=False):
        if a != b:
            break
        matched += 1
    for a, b in zip(anchor.suffix, after, strict=False):
        if a != b:
            break
        matched += 1
    return matched / total


def _closeness(anchor: Anchor, document: Document, span: tuple[int, int], shift: int) -> tuple[float, bool, int]:
    """How well an occurrence fits the note's old place: context kept, same section, nearest to the
    old offset (also counting the text's change in length). Both stages rank ties with it."""
    start, end = span
    in_section = bool(anchor.section_path) and section_titles_at(document, start) == anchor.section_path
    distance = min(abs(start - anchor.start), abs(start - anchor.start - shift))
    return (round(_context_share(anchor, document.text, start, end), 3), in_section, -distance)


def _nearest(anchor: Anchor, document: Document, spans: list[tuple[int, int]], old_text: str | None) -> tuple[int, int]:
    """The one of several equally good occurrences that the note follows: the occurrence paired
    with the note's own occurrence in the old text when that can be told, else the closest."""
    if old_text is not None and len(spans) > 1:
        paired = _paired_with_old(anchor, document.text, [a for a, _ in spans], old_text)
        if paired is not None and len(paired) == 1:
            return next(span for span in spans if span[0] == paired[0])
    return _closest(anchor, document, spans, old_text)


def _closest(anchor: Anchor, document: Document, spans: list[tuple[int, int]], old_text: str | None) -> tuple[int, int]:
    """The span that best fits the note's old place (see :func:`_closeness`)."""
    shift = len(document.text) - len(old_text) if old_text is not None else 0
    return max(spans, key=lambda span: _closeness(anchor, document, span, shift))


def _wide(text: str, start: int, length: int) -> str:
    return text[max(0, start - WIDE_CONTEXT) : start] + "\x00" + text[start + length : start + length + WIDE_CONTEXT]


def _paired_with_old(anchor: Anchor, new_text: str, candidates: list[int], old_text: str) -> list[int] | None:
    """The candidates that correspond to the anchor's own occurrence in ``old_text`` (None: cannot tell)."""
    old = occurrences(old_text, anchor.exact)
    if anchor.start not in old or (len(old) == 1 and len(candidates) == 1):
        return None
    if len(old) == len(candidates):  # same number of occurrences: keep their order
        return [candidates[old.index(anchor.start)]]
    length = len(anchor.exact)
    old_wide = [_wide(old_text, o, length) for o in old]
    shift = len(new_text) - len(old_text)
    ours: list[int] = []
    for c in candidates:
        wide = _wide(new_text, c, length)
        best = max(
            range(len(old)),
            key=lambda i: (fuzzy.similarity(wide, old_wide[i]), -min(abs(c - old[i]), abs(c - old[i] - shift))),
        )
        if old[best] == anchor.start:
            ours.append(c)
    return ours


def _exact(anchor: Anchor, document: Document, old_text: str | None) -> tuple[Reanchored | None, list[int]]:
    """The exact step; also returns the occurrences known to belong to other passages."""
    text = document.text
    candidates = occurrences(text, anchor.exact)
    if not candidates:
        return None, []
    if old_text is not None:
        paired = _paired_with_old(anchor, text, candidates, old_text)
        if paired is not None:
            claimed = [c for c in candidates if c not in paired]
            if not paired:
                return None, claimed  # our occurrence vanished; the others belong to other passages
            candidates = paired
    length = len(anchor.exact)
    best, _ = _closest(anchor, document, [(c, c + length) for c in candidates], old_text)  # already paired
    shift = len(text) - len(old_text) if old_text is not None else 0
    share, in_section, _ = _closeness(anchor, document, (best, best + length), shift)
    trusted = share >= MIN_CONTEXT_SHARE or in_section or length >= TRUSTED_QUOTE_LENGTH
    if not trusted:
        return None, []
    method = "exact" if best == anchor.start else "exact-moved"
    moved = anchor_span(document, best, best + len(anchor.exact))
    return Reanchored(AnchorState.ANCHORED, moved, method, 100.0, None, len(candidates)), []


# --- fuzzy ---------------------------------------------------------------------------------


def _old_section_spans(anchor: Anchor, document: Document) -> list[tuple[int, int]]:
    if not anchor.section_path:
        return []
    same_path = [s for s in document.walk() if path_to(document, s) == anchor.section_path]
    if not same_path:
        same_path = [s for s in document.walk() if s.title == anchor.section_path[-1]]
    return [(s.start, s.end) for s in same_path]


def _fuzzy(
    anchor: Anchor,
    document: Document,
    spans: list[tuple[int, int]],
    method: str,
    masks: list[tuple[int, int]],
    old_text: str | None,
) -> Reanchored | None:
    """The fuzzy step in ``spans``. Matches within :data:`MIN_MARGIN` of the best are a tie: when they
    all read the same (the passage occurs several times and every copy changed the same way), the
    note follows the one nearest its old place, as in the exact step; otherwise nothing is trusted."""
    text = document.text
    for lo, hi in masks:
        lo, hi = max(0, lo), min(len(text), hi)
        text = text[:lo] + fuzzy.MASK * (hi - lo) + text[hi:]
    needle = anchor.prefix + anchor.exact + anchor.suffix
    q_start = len(anchor.prefix)
    hits = fuzzy.locate(needle, q_start, q_start + len(anchor.exact), text, spans, margin=MIN_MARGIN)
    if not hits or hits[0].score < MIN_SCORE or hits[0].score - hits[0].runner_up < MIN_MARGIN:
        return None
    found = [_trim(text, hit.start, hit.end) for hit in hits]
    text = document.text
    if any(end <= start for start, end in found) or len({text[a:b] for a, b in found}) > 1:
        return None  # different passages fit about equally well
    start, end = _nearest(anchor, document, found, old_text)
    new_exact = text[start:end]
    if fuzzy.similarity(anchor.exact, new_exact) < MIN_QUOTE_SIMILARITY:
        return None
    moved = Anchor(
        exact=new_exact,
        start=start,
        end=end,
        prefix=quote_prefix(text, start),
        suffix=quote_suffix(text, end),
        section_path=section_titles_at(document, start),
    )
    state = AnchorState.ANCHORED if new_exact == anchor.exact else AnchorState.CHANGED
    hit = hits[found.index((start, end))]
    return Reanchored(state, moved, method, hit.score, hits[1].score if len(hits) > 1 else hit.runner_up)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --- sections ------------------------------------------------------------------------------


def _section_result(document: Document, section: Section, state: AnchorState, method: str, score: float) -> Reanchored:
    from piyue.core.anchoring.build import anchor_section

    return Reanchored(state, anchor_section(document, section), method, score)


def _reanchor_section(anchor: Anchor, document: Document) -> Reanchored:
    sections = list(document.walk())
    same_path = [s for s in sections if path_to(document, s) == anchor.section_path]
    same_title = [s for s in sections if s.title == anchor.exact]
    for method, found in (("section", same_path), ("section-moved", same_title)):
        if found:
            best = min(found, key=lambda s: abs(s.start - anchor.start))
            return _section_result(document, best, AnchorState.ANCHORED, method, 100.0)
    titles = [s.title for s in sections]
    ranked = fuzzy_titles(anchor.exact, titles)
    if ranked:
        (score, index), runner_up = ranked[0], (ranked[1][0] if len(ranked) > 1 else 0.0)
        if score >= SECTION_TITLE_SCORE and score - runner_up >= MIN_MARGIN:
            return _section_result(document, sections[index], AnchorState.CHANGED, "section-fuzzy", score)
    return Reanchored(AnchorState.ORPHANED, anchor, "orphaned", 0.0)


def fuzzy_titles(title: str, titles: list[str]) -> list[tuple[float, int]]:
    """(score, index) of the titles most similar to ``title``, best first."""
    from rapidfuzz import fuzz, process

    return [(score, index) for _, score, index in process.extract(title, titles, scorer=fuzz.ratio, limit=2)]
