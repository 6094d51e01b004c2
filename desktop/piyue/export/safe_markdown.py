"""Note bodies (Markdown) to HTML that cannot run anything: raw HTML escaped, no images, safe links only."""

from __future__ import annotations

from html import escape

from piyue.core.markup import markdown_to_safe_html

#: A note body rendered as HTML (one implementation for the window's preview and the exports).
body_html = markdown_to_safe_html


def text_html(text: str) -> str:
    """Plain user text escaped for HTML (quotes included), line breaks kept."""
    return escape(text, quote=True).replace("\n", "<br>\n")
