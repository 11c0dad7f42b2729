"""The printable page of a position paper (no I/O): the markdown rendered with raw HTML
escaped, a header with the issue, organisation, version, author and date."""

from __future__ import annotations

from datetime import datetime
from html import escape

from vitaal.agreements.markdown import render_markdown
from vitaal.approach.schemas import PaperVersionRead

# Nothing runs and nothing loads from elsewhere: only the inline style.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'self'"
)

LABELS = {
    "nl": {
        "kind": "Position paper",
        "version": "Versie",
        "by": "door",
        "issue": "Issue",
        "older": "Dit is niet de laatste versie; de laatste is versie",
        "printed": "Afgedrukt op",
    },
    "en": {
        "kind": "Position paper",
        "version": "Version",
        "by": "by",
        "issue": "Issue",
        "older": "This is not the latest version; the latest is version",
        "printed": "Printed on",
    },
}

STYLE = """
body { font: 11pt/1.55 Georgia, serif; color: #111; max-width: 44rem; margin: 0 auto;
  padding: 2rem 1.25rem; }
header { border-bottom: 2px solid #111; margin-bottom: 1.5rem; }
header p, footer { font: 9.5pt/1.4 system-ui, sans-serif; color: #333; margin: 0.2rem 0; }
h1, h2, h3 { font-family: system-ui, sans-serif; line-height: 1.25; break-after: avoid-page; }
.notice { border: 1px solid #111; padding: 0.4rem 0.7rem; }
table { border-collapse: collapse; } th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; }
blockquote { border-left: 3px solid #999; margin-left: 0; padding-left: 1rem; }
footer { margin-top: 2.5rem; }
@page { size: A4; margin: 20mm; }
@media print { body { padding: 0; max-width: none; } }
"""


def _day(value: datetime, lang: str) -> str:
    return f"{value.day}-{value.month}-{value.year}" if lang == "nl" else value.date().isoformat()


def render_page(
    version: PaperVersionRead,
    latest_number: int,
    issue_title: str,
    organisation_name: str,
    lang: str,
    printed_at: datetime,
) -> str:
    lang = "en" if lang == "en" else "nl"
    labels = LABELS[lang]
    older = (
        f'<p class="notice">{escape(labels["older"])} {latest_number}.</p>'
        if version.number != latest_number
        else ""
    )
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(version.title)}</title><style>{STYLE}</style></head><body>"
        f"<header><p>{escape(labels['kind'])} · {escape(organisation_name)}</p>"
        f"<h1>{escape(version.title)}</h1>"
        f"<p>{escape(labels['issue'])}: {escape(issue_title)}</p>"
        f"<p>{escape(labels['version'])} {version.number} · "
        f"{escape(_day(version.created_at, lang))}"
        f" {escape(labels['by'])} {escape(version.author_name)}</p></header>{older}"
        f"<main>{render_markdown(version.content)}</main>"
        f"<footer>{escape(labels['printed'])} {escape(_day(printed_at, lang))} · Vitaal</footer>"
        "</body></html>"
    )
