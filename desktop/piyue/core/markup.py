"""Note bodies (Markdown) to HTML that is safe to show: no raw HTML, no images, only web and mail links.

Used by the note preview in the window and by exporters. Raw HTML in the
Markdown is shown as text, images are dropped (``![x](file:///etc/passwd)``
would otherwise make the viewer load a local file), and links other than
``http:``, ``https:`` and ``mailto:`` are rendered as plain text.
"""

from __future__ import annotations

from functools import lru_cache

SAFE_SCHEMES = ("http://", "https://", "mailto:")


def is_safe_link(url: str) -> bool:
    """Whether ``url`` may be a clickable link (web or mail only)."""
    return url.strip().lower().startswith(SAFE_SCHEMES)


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.disable("image")
    md.validateLink = is_safe_link  # unsafe links stay literal text
    return md


def markdown_to_safe_html(text: str) -> str:
    """HTML for a note body written in Markdown, with every user-written tag escaped."""
    return _parser().render(text)


def markdown_tokens(text: str) -> list:
    """The markdown-it tokens of a note body, parsed with the same safe rules (for exporters that
    turn Markdown into another format's formatting: raw HTML stays text, unsafe links stay text)."""
    return _parser().parse(text)
