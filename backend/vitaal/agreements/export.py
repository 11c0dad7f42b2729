"""The printable page of an agreement: its markdown rendered safely, the chosen options and the
sign-off list (no I/O; the router feeds it what the service read)."""

from __future__ import annotations

from datetime import datetime
from html import escape

from vitaal.agreements.markdown import EXPORT_HEADING_SHIFT, render_markdown
from vitaal.agreements.models import AgreementType, GovernanceModel, OptionKind
from vitaal.agreements.schemas import (
    AgreementOptionRead,
    AgreementRead,
    ChoiceRead,
    SignatureStatus,
    VersionRead,
)
from vitaal.agreements.signatures import signature_status

# The page runs no script and loads nothing from anywhere: only its own inline style.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'self'"
)


LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "version": "Versie",
        "of": "van",
        "by": "door",
        "status": "Status",
        "content_options": "Inhoudelijke opties",
        "governance_options": "Opties voor de samenwerking",
        "chosen": "Gekozen",
        "reason": "Motivering",
        "pros": "Voordelen",
        "cons": "Nadelen",
        "sign_offs": "Ondertekening",
        "party": "Partij",
        "signed_by": "Ondertekend door",
        "signed_at": "Datum",
        "not_signed": "Nog niet ondertekend",
        "on_paper": "Ondertekent buiten Vitaal (op papier)",
        "printed": "Afgedrukt op",
        "older_version": "Dit is niet de huidige versie; de huidige versie is",
        SignatureStatus.draft: "Concept",
        SignatureStatus.out_for_signature: "Ter ondertekening",
        SignatureStatus.signed: "Ondertekend door alle partnerorganisaties",
        AgreementType.intent_declaration: "Intentieverklaring",
        AgreementType.covenant: "Convenant",
        AgreementType.contract: "Contract",
        AgreementType.initiative_proposal: "Initiatiefvoorstel",
        AgreementType.plan_of_approach: "Plan van aanpak",
        AgreementType.programme_plan: "Programmaplan",
        GovernanceModel.steering_group: "Bestuurlijke stuurgroep",
        GovernanceModel.lead_organisation: "Opdrachten vanuit één leidende organisatie",
        GovernanceModel.programme_team: "Gezamenlijk programmateam",
        GovernanceModel.other: "Ander model",
    },
    "en": {
        "version": "Version",
        "of": "of",
        "by": "by",
        "status": "Status",
        "content_options": "Content options",
        "governance_options": "Governance options",
        "chosen": "Chosen",
        "reason": "Reason",
        "pros": "Pros",
        "cons": "Cons",
        "sign_offs": "Sign-off",
        "party": "Party",
        "signed_by": "Signed by",
        "signed_at": "Date",
        "not_signed": "Not signed yet",
        "on_paper": "Signs outside Vitaal (on paper)",
        "printed": "Printed on",
        "older_version": "This is not the current version; the current version is",
        SignatureStatus.draft: "Draft",
        SignatureStatus.out_for_signature: "Out for signature",
        SignatureStatus.signed: "Signed by all partner organisations",
        AgreementType.intent_declaration: "Intent declaration",
        AgreementType.covenant: "Covenant",
        AgreementType.contract: "Contract",
        AgreementType.initiative_proposal: "Initiative proposal",
        AgreementType.plan_of_approach: "Plan of approach",
        AgreementType.programme_plan: "Programme plan",
        GovernanceModel.steering_group: "Administrative steering group",
        GovernanceModel.lead_organisation: "Assignments from one lead organisation",
        GovernanceModel.programme_team: "Joint programme team",
        GovernanceModel.other: "Another model",
    },
}

_STYLE = """
:root { color-scheme: light; }
body { font: 11pt/1.5 Georgia, 'Times New Roman', serif; color: #111; margin: 0 auto;
  max-width: 46rem; padding: 2rem 1.5rem; }
header { border-bottom: 2px solid #111; margin-bottom: 1.5rem; }
header p { margin: 0.2rem 0; font-family: system-ui, sans-serif; font-size: 9.5pt; }
h1, h2, h3 { font-family: system-ui, sans-serif; line-height: 1.25; }
h1 { font-size: 20pt; margin: 0 0 0.4rem; }
.kind { text-transform: uppercase; letter-spacing: 0.08em; font-size: 9pt; color: #444; }
.notice { border: 1px solid #111; padding: 0.5rem 0.75rem; }
article { margin-bottom: 2rem; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0; }
th, td { border: 1px solid #999; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
section { break-inside: avoid-page; margin-top: 1.5rem; }
.option { border-left: 3px solid #bbb; padding-left: 0.75rem; margin: 0.75rem 0; }
.option.chosen { border-left-color: #111; }
.badge { font-family: system-ui, sans-serif; font-size: 8.5pt; border: 1px solid #111;
  padding: 0 0.35rem; margin-left: 0.4rem; }
.signature-line { display: inline-block; min-width: 12rem; border-bottom: 1px solid #111; }
footer { margin-top: 2rem; font-family: system-ui, sans-serif; font-size: 8.5pt; color: #444; }
a { color: inherit; }
@page { size: A4; margin: 20mm 18mm; }
@media print {
  body { padding: 0; max-width: none; }
  a[href]::after { content: " (" attr(href) ")"; font-size: 8pt; }
  h1, h2, h3 { break-after: avoid-page; }
  tr { break-inside: avoid; }
}
"""


def _date(value: datetime, lang: str) -> str:
    months_nl = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ]
    if lang == "nl":
        return f"{value.day} {months_nl[value.month - 1]} {value.year}"
    return value.strftime("%d %B %Y").lstrip("0")


def _options(
    all_options: list[AgreementOptionRead],
    choices: list[ChoiceRead],
    kind: OptionKind,
    labels: dict[str, str],
) -> str:
    options = [o for o in all_options if o.kind is kind]
    if not options:
        return ""
    choice = next((c for c in choices if c.kind is kind), None)
    title = labels["content_options" if kind is OptionKind.content else "governance_options"]
    parts = [f"<section><h2>{escape(title)}</h2>"]
    for option in options:
        model = (
            f" <small>({escape(labels[option.governance_model])})</small>"
            if option.governance_model
            else ""
        )
        badge = f'<span class="badge">{escape(labels["chosen"])}</span>' if option.chosen else ""
        parts.append(
            f'<div class="option{" chosen" if option.chosen else ""}">'
            f"<h3>{escape(option.title)}{model}{badge}</h3>"
        )
        if option.description:
            parts.append(f"<p>{escape(option.description)}</p>")
        for key, points in (("pros", option.pros), ("cons", option.cons)):
            if points:
                items = "".join(f"<li>{escape(p)}</li>" for p in points)
                parts.append(f"<p><strong>{escape(labels[key])}</strong></p><ul>{items}</ul>")
        parts.append("</div>")
    if choice:
        parts.append(
            f"<p><strong>{escape(labels['chosen'])}:</strong> {escape(choice.option_title)}. "
            f"<strong>{escape(labels['reason'])}:</strong> {escape(choice.reason)}</p>"
        )
    parts.append("</section>")
    return "".join(parts)


def _sign_offs(
    agreement: AgreementRead, version: VersionRead, labels: dict[str, str], lang: str
) -> str:
    by_partner = {s.partner_id: s for s in version.sign_off_list}
    rows = []
    for party in agreement.parties:
        sign_off = by_partner.pop(party.partner_id, None)
        if sign_off:
            who = f"{escape(sign_off.user_name)} ({escape(sign_off.organisation_name)})"
            when = escape(_date(sign_off.signed_at, lang))
        elif party.signs_in_vitaal:
            who = f'<span class="signature-line"></span> {escape(labels["not_signed"])}'
            when = ""
        else:
            who = f'<span class="signature-line"></span> {escape(labels["on_paper"])}'
            when = ""
        rows.append(f"<tr><td>{escape(party.name)}</td><td>{who}</td><td>{when}</td></tr>")
    # Sign-offs by partners that are no longer parties stay on record.
    for sign_off in by_partner.values():
        rows.append(
            f"<tr><td>{escape(sign_off.partner_name)}</td>"
            f"<td>{escape(sign_off.user_name)} ({escape(sign_off.organisation_name)})</td>"
            f"<td>{escape(_date(sign_off.signed_at, lang))}</td></tr>"
        )
    return (
        f"<section><h2>{escape(labels['sign_offs'])} — {escape(labels['version'])} "
        f'{version.number}</h2><table><thead><tr><th scope="col">{escape(labels["party"])}</th>'
        f'<th scope="col">{escape(labels["signed_by"])}</th>'
        f'<th scope="col">{escape(labels["signed_at"])}</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def _version_status(agreement: AgreementRead, version: VersionRead) -> SignatureStatus:
    """The printed version's own standing: an older version may have been signed by all."""
    if version.number == agreement.current_version:
        return agreement.status
    signing = {party.partner_id for party in agreement.parties if party.signs_in_vitaal}
    signed = {s.partner_id for s in version.sign_off_list if s.partner_id in signing}
    return signature_status(version.sent_for_signature_at is not None, len(signing), len(signed))


def render_page(
    agreement: AgreementRead,
    version: VersionRead,
    coalition_name: str,
    lang: str,
    printed_at: datetime,
) -> str:
    labels = LABELS["en" if lang == "en" else "nl"]
    lang = "en" if lang == "en" else "nl"
    status = labels[_version_status(agreement, version)]
    older = (
        f'<p class="notice">{escape(labels["older_version"])} {agreement.current_version}.</p>'
        if version.number != agreement.current_version
        else ""
    )
    text = render_markdown(version.content, EXPORT_HEADING_SHIFT)
    # A version sent for signature is printed with the options it was sent with.
    options = version.options if version.options is not None else agreement.options
    choices = version.choices if version.choices is not None else agreement.choices
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(agreement.title)} — {escape(labels['version'])} {version.number}</title>"
        f"<style>{_STYLE}</style></head><body>"
        f'<header><p class="kind">{escape(labels[agreement.type])} · {escape(coalition_name)}</p>'
        f"<h1>{escape(agreement.title)}</h1>"
        f"<p>{escape(labels['version'])} {version.number} {escape(labels['of'])} "
        f"{escape(_date(version.created_at, lang))} {escape(labels['by'])} "
        f"{escape(version.author_name)} · {escape(labels['status'])}: {escape(status)}</p>"
        f"</header>{older}<main><article>{text}</article>"
        f"{_options(options, choices, OptionKind.content, labels)}"
        f"{_options(options, choices, OptionKind.governance, labels)}"
        f"{_sign_offs(agreement, version, labels, lang)}</main>"
        f"<footer>{escape(labels['printed'])} {escape(_date(printed_at, lang))} · Vitaal</footer>"
        "</body></html>"
    )
