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


def parse_markdown(text: str) -> list:
    """The block tokens of a note body (markdown-it, CommonMark; raw HTML stays text, no images)."""
    return _parser().parse(text)


def markdown_to_safe_html(text: str) -> str:
    """HTML for a note body written in Markdown, with every user-written tag escaped."""
    return _parser().render(text)


def markdown_to_plain(text: str) -> str:
    """A note body written in Markdown as plain text: markers dropped (``**bold**`` → ``bold``).

    A line per paragraph, heading or list item (items start with ``• `` or their number), the writer's
    line breaks kept, link targets in brackets when they differ from the link text.
    """
    lines: list[str] = []
    numbers: list[int | None] = []  # one per open list: the next number, or None for bullets
    prefix = ""
    for token in parse_markdown(text):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            numbers.append(int(token.attrGet("start") or 1) if token.type == "ordered_list_open" else None)
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            numbers.pop()
        elif token.type == "list_item_open":
            number = numbers[-1]
            prefix = "  " * (len(numbers) - 1) + ("• " if number is None else f"{number}. ")
            if number is not None:
                numbers[-1] = number + 1
        elif token.type == "inline":
            lines.append(prefix + _inline_plain(token.children or []))
            prefix = ""
        elif token.type in ("fence", "code_block"):
            lines.extend(token.content.rstrip("\n").split("\n"))
    return "\n".join(lines)


def _inline_plain(children: list) -> str:
    parts: list[str] = []
    href = ""
    start = 0
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")  # the writer's own line break
        elif child.type == "link_open":
            href, start = str(child.attrGet("href") or ""), len(parts)
        elif child.type == "link_close" and href and href not in "".join(parts[start:]):
            parts.append(f" ({href})")
    return "".join(parts)
