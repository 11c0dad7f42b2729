"""Agreement texts are markdown; one renderer for the page, the preview and the export."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

# Where the text is shown, the page already has its h1 (and the app a section h2), so the
# text's own headings move down: `# Intentieverklaring` becomes an h3 in the app.
APP_HEADING_SHIFT = 2
EXPORT_HEADING_SHIFT = 1


def _parser(shift: int) -> MarkdownIt:
    # CommonMark with tables and strikethrough; raw HTML in the text is escaped, not passed on,
    # and markdown-it refuses javascript:, vbscript: and data: links (except images) by itself.
    parser = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    parser.enable(["table", "strikethrough"])

    def shift_headings(state: StateCore) -> None:
        for token in state.tokens:
            if token.type in ("heading_open", "heading_close"):
                token.tag = f"h{min(6, int(token.tag[1:]) + shift)}"

    if shift:
        parser.core.ruler.push("shift_headings", shift_headings)
    return parser


_parsers = {shift: _parser(shift) for shift in (0, APP_HEADING_SHIFT, EXPORT_HEADING_SHIFT)}


def render_markdown(text: str, heading_shift: int = 0) -> str:
    parser = _parsers.get(heading_shift) or _parser(heading_shift)
    html: str = parser.render(text)
    return html
