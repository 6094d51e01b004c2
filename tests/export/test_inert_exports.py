"""Issue 18: a Markdown export never carries raw HTML a renderer would run; no export carries control characters."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from piyue.cli import main
from piyue.core.anchoring import Note
from piyue.core.model import Document
from piyue.export import ExportOptions, render

PAYLOADS = (
    "<svg onload=alert(1)>",
    "<script>alert(1)</script>",
    "\\<img src=x onerror=alert(1)>",
    "`code` <iframe src=javascript:alert(1)>",
    "<!-- x --><a href='javascript:alert(1)'>点</a>",
    "<div>\n<img src=x onerror=alert(2)>\n</div>",
    "[点我](javascript:alert(1)) [再点](jav&#97;script:alert(1))",
    "[ref]\n\n[ref]: javascript:alert(1)",
)
CONTROLS = "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\x9f"
TAG = re.compile(r"<(svg|script|img|iframe|a|div)\b", re.IGNORECASE)


def _rendered(markdown: str) -> str:
    return MarkdownIt("commonmark", {"html": True}).render(markdown)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markdown_export_is_inert(
    payload: str, sample_document: Document, sample_notes: list[Note], export_options: ExportOptions
) -> None:
    notes = [sample_notes[0].with_changes(body=f"正文 {payload} 结束"), *sample_notes[1:]]
    markdown = render("md", sample_document, notes, None, export_options).decode("utf-8")
    html = _rendered(markdown)
    assert not TAG.search(html), html
    assert not re.search(r"<a [^>]*href", html), html
    assert "正文" in html and "结束" in html  # the body is still there, as text


def test_safe_links_stay_links() -> None:
    from piyue.export.markdown import inert_body

    html = _rendered(inert_body("见[公报](https://www.stats.gov.cn/) 与 <https://a.example>"))
    assert 'href="https://www.stats.gov.cn/"' in html


def test_control_characters_reach_no_export(
    sample_document: Document, sample_notes: list[Note], export_options: ExportOptions
) -> None:
    notes = [
        sample_notes[0].with_changes(body=f"控{CONTROLS}制\ud800", tags=(f"标{CONTROLS}签",), color="#f5c542"),
        *sample_notes[1:],
    ]
    for fmt in ("md", "html", "csv", "jsonld"):
        data = render(fmt, sample_document, notes, None, export_options).decode("utf-8")
        text = json.loads(data) if fmt == "jsonld" else data
        flat = json.dumps(text, ensure_ascii=False) if fmt == "jsonld" else text
        assert not any(c in flat for c in CONTROLS if c not in "\t\n"), fmt
        assert "控制" in flat.replace("\\u0000", "") and "\\u0000" not in flat, fmt


def test_html_arriving_by_json_ld_import_exports_inert(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sample = Path(__file__).resolve().parents[2] / "resources" / "samples" / "chaoyang-2026.md"
    report = tmp_path / "r.md"
    report.write_bytes(sample.read_bytes())
    db = str(tmp_path / "db.sqlite3")
    assert main(["import", str(report), "--db", db]) == 0
    assert main(["note", "add", "1", "--quote", "收官之年", "--body", "plain", "--db", db]) == 0
    assert main(["export", "1", "--format", "jsonld", "--db", db, "-o", str(tmp_path / "n.jsonld")]) == 0
    data = json.loads((tmp_path / "n.jsonld").read_text(encoding="utf-8"))
    item = data["first"]["items"][0] if "first" in data else data["items"][0]
    item["id"] = "urn:uuid:11111111-1111-4111-8111-111111111111"
    bodies = item["body"] if isinstance(item["body"], list) else [item["body"]]
    for body in bodies:
        if body.get("purpose", "commenting") == "commenting" and "value" in body:
            body["value"] = "<svg onload=alert(document.domain)>\x00"
    (tmp_path / "evil.jsonld").write_text(json.dumps(data), encoding="utf-8")
    assert main(["import", str(tmp_path / "evil.jsonld"), "--db", db]) == 0, capsys.readouterr().err
    out = tmp_path / "out.md"
    assert main(["export", "1", "--format", "md", "--db", db, "-o", str(out)]) == 0
    markdown = out.read_text(encoding="utf-8")
    assert "svg" in markdown and "\x00" not in markdown
    assert not TAG.search(_rendered(markdown))
