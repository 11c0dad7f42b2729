from __future__ import annotations

from vitaal.agreements.markdown import render_markdown

from .conftest import Setting

HOSTILE = (
    "# Intentieverklaring\n\n"
    "<script>alert('x')</script>\n\n"
    '<img src=x onerror="alert(1)">\n\n'
    "[klik](javascript:alert(1)) en **vet** en ~~weg~~\n\n"
    "| Partner | Bijdrage |\n|---|---|\n| School | Voorlichting |\n"
)


def test_markdown_is_rendered_and_raw_html_escaped() -> None:
    html = render_markdown(HOSTILE)
    assert "<h1>Intentieverklaring</h1>" in html
    assert "<strong>vet</strong>" in html
    assert "<s>weg</s>" in html
    assert "<table>" in html
    assert "<h6>" in render_markdown("##### vijf", heading_shift=2)
    assert "<td>Voorlichting</td>" in html
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "<img" not in html
    assert 'href="javascript:' not in html


async def test_export_is_a_printable_page(setting: Setting) -> None:
    aid = (await setting.agreement(HOSTILE))["id"]
    await setting.post(
        setting.coordinator,
        f"/agreements/{aid}/options",
        {
            "kind": "governance",
            "governance_model": "programme_team",
            "title": "Programmateam <b>samen</b>",
            "pros": ["Slagvaardig"],
        },
    )
    await setting.send(aid, 1)
    await setting.sign(setting.partner_user, aid, setting.school_partner, 1)
    await setting.save(aid, "# Versie twee")
    response = await setting.get(setting.partner_user, f"/agreements/{aid}/export?version=1")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in response.headers["content-security-policy"]
    page = response.text
    assert "@media print" in page
    assert "<h1>Intentieverklaring binnenstad</h1>" in page
    assert "<h2>Intentieverklaring</h2>" in page  # the text's own h1, under the title
    assert "Versie 1" in page
    assert "de huidige versie is 2" in page
    assert "<script>" not in page
    assert "Programmateam &lt;b&gt;samen&lt;/b&gt;" in page
    assert "Gezamenlijk programmateam" in page
    assert "Fatima Amrani (Scholengroep)" in page
    assert "Nog niet ondertekend" in page  # the municipality
    assert "Ondertekent buiten Vitaal" in page  # the partner on paper
    current = await setting.get(setting.coordinator, f"/agreements/{aid}/export?lang=en")
    assert "Version 2" in current.text
    assert "Fatima Amrani" not in current.text  # the sign-off belongs to version 1
    assert "Not signed yet" in current.text
    bad = await setting.get(setting.coordinator, f"/agreements/{aid}/export?lang=fr")
    assert bad.status_code == 422
    missing = await setting.get(setting.coordinator, f"/agreements/{aid}/export?version=7")
    assert missing.status_code == 404


async def test_preview_renders_as_the_page_does(setting: Setting) -> None:
    response = await setting.post(setting.partner_user, "/agreements/preview", {"content": HOSTILE})
    assert response.status_code == 200
    html = response.json()["html"]
    # The page has its h1 and the text section its h2: the text's own headings move down.
    assert "<h3>Intentieverklaring</h3>" in html
    assert "<h1>" not in html
    aid = (await setting.agreement(HOSTILE))["id"]
    read = (await setting.get(setting.partner_user, f"/agreements/{aid}")).json()
    assert read["content_html"] == html
    version = (await setting.get(setting.partner_user, f"/agreements/{aid}/versions/1")).json()
    assert "&lt;script&gt;" in version["html"]


async def test_an_older_version_prints_with_its_own_standing(setting: Setting) -> None:
    aid = (await setting.agreement())["id"]
    await setting.send(aid, 1)
    await setting.sign(setting.coordinator, aid, setting.municipality_partner, 1)
    await setting.sign(setting.partner_user, aid, setting.school_partner, 1)
    await setting.save(aid, "# Versie twee")  # version 2, not yet sent
    old = (await setting.get(setting.coordinator, f"/agreements/{aid}/export?version=1")).text
    assert "Ondertekend door alle partnerorganisaties" in old
    current = (await setting.get(setting.coordinator, f"/agreements/{aid}/export")).text
    assert "Ondertekend door alle partnerorganisaties" not in current
    assert "Concept" in current
