"""HTML export: one self-contained, styled, printable page; every piece of user text escaped.

Note bodies are Markdown rendered with raw HTML shown as text, no images and only http(s)/mailto
links (:mod:`piyue.export.safe_markdown`); a Content-Security-Policy forbids scripts and remote
loads as a second line of defence. Colours are accepted only as hex (``#rrggbb``).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from piyue import __version__
from piyue.core.anchoring import Note
from piyue.core.metrics import Metric
from piyue.core.model import Document
from piyue.export.grouping import group_notes, grouped_html
from piyue.export.labels import (
    METRICS_HEADING,
    SECTION_NOTE,
    page_of,
    place,
    safe_color,
    state_label,
)
from piyue.export.metrics_table import METRIC_HEADERS, metric_rows
from piyue.export.options import ExportOptions
from piyue.export.safe_markdown import body_html, text_html

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

STYLE = """
:root { color-scheme: light; }
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
  max-width: 48rem; margin: 2rem auto; padding: 0 1.25rem; line-height: 1.7; color: #1f2328; background: #fff; }
header { border-bottom: 2px solid #c0392b; margin-bottom: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .4rem; }
h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1.15rem; } h4, h5, h6 { font-size: 1rem; }
.meta { color: #57606a; font-size: .85rem; }
.note { border-left: 4px solid #f5c542; padding: .2rem 0 .2rem .9rem; margin: 1rem 0; break-inside: avoid; }
.note blockquote { margin: 0 0 .4rem; padding: .3rem .6rem; background: #f6f8fa; color: #24292f; }
.note .prior { color: #8250df; font-size: .9rem; }
.note .body p { margin: .3rem 0; }
.state-changed .state { color: #9a6700; font-weight: bold; }
.state-orphaned .state { color: #cf222e; font-weight: bold; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; vertical-align: -.05em; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; }
th, td { border: 1px solid #d0d7de; padding: .25rem .45rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
@media print {
  body { margin: 0; max-width: none; }
  a { color: inherit; text-decoration: none; }
  h2, h3, h4 { break-after: avoid; }
}
""".strip()


def _note(note: Note, title: str, page: int | None = None) -> str:
    color = safe_color(note.color)
    if note.is_section_note:
        quote = f"<blockquote><strong>{SECTION_NOTE}</strong>：{text_html(note.anchor.exact)}</blockquote>"
    else:
        quote = f"<blockquote>{text_html(note.anchor.exact)}</blockquote>"
    prior = ""
    if note.prior_quote and note.prior_quote != note.anchor.exact:
        prior = f'<p class="prior">原为：{text_html(note.prior_quote)}</p>'
    tags = " ".join(f'<span class="tag">#{escape(t)}</span>' for t in note.tags)
    meta = [
        f'<span class="swatch" style="background:{color}"></span> {escape(note.status.value)}',
        f'<span class="state">{escape(state_label(note))}</span>',
        *([tags] if tags else []),
        f"位置：{escape(place(note, title, page))}",
    ]
    return (
        f'<article class="note state-{note.state.value}" id="note-{escape(note.id, quote=True)}" '
        f'style="border-left-color:{color}">\n{quote}\n{prior}'
        f'<div class="body">{body_html(note.body)}</div>\n'
        f'<p class="meta">{" · ".join(meta)}</p>\n</article>'
    )


def metrics_html(metrics: Sequence[Metric]) -> str:
    """The metrics appendix as an HTML table (every cell escaped)."""
    head = "".join(f"<th>{escape(h)}</th>" for h in METRIC_HEADERS)
    rows = "\n".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in metric_rows(metrics))
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>"


def render(
    document: Document,
    notes: Sequence[Note],
    metrics: Sequence[Metric] | None = None,
    options: ExportOptions | None = None,
) -> bytes:
    """The notes of ``document`` as one HTML page (UTF-8); ``metrics`` given: with the metrics appendix."""
    options = options or ExportOptions()
    grouped = group_notes(document, notes)
    title = document.title or "批注"
    source = options.source_of(document)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="Piyue {escape(__version__)}">',
        f"<title>{escape(title)} — 批注</title>",
        f"<style>\n{STYLE}\n</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="meta">来源：{escape(source or "—")} · 导出时间：{escape(options.stamp())} · '
        f"批注 {grouped.count} 条</p>",
        "</header>",
        "<main>",
    ]
    parts += grouped_html(
        grouped,
        lambda note: _note(note, document.title, page_of(document, note)),
        '<section class="orphans">\n',
        "</section>",
    )
    if metrics is not None:
        parts += [f'<section class="appendix">\n<h2>{METRICS_HEADING}</h2>', metrics_html(metrics), "</section>"]
    parts += ["</main>", "</body>", "</html>"]
    return ("\n".join(parts) + "\n").encode("utf-8")
