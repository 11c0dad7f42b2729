import { expect, test, type Page } from '@playwright/test';
import { checkPage, expectAccessible, signedIn, snap, uniqueEmail } from './helpers';

const MUNICIPALITY = 'Gemeente Rivierstad';
const SCHOOL = 'Scholengroep Binnenstad';
const TITLE = 'Intentieverklaring Levendige binnenstad';

/**
 * A coordinator who is also a member of a partner organisation: a municipality and a school
 * board in one coalition, both partners, and a welfare institution outside Vitaal.
 */
async function coalitionWithPartners(page: Page): Promise<string> {
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('vitaal.auth') ?? '{}').accessToken as string);
  const headers = { Authorization: `Bearer ${token}` };
  const post = async (url: string, data: unknown) => {
    const response = await page.request.post(url, { data, headers });
    expect(response.ok(), await response.text()).toBeTruthy();
    return response.json();
  };
  const municipality = await post('/api/v1/organisations', { name: MUNICIPALITY, kind: 'municipality' });
  const school = await post('/api/v1/organisations', { name: SCHOOL, kind: 'school' });
  const coalition = await post('/api/v1/coalitions', {
    name: 'Levendige binnenstad',
    societal_goal: 'Een aantrekkelijke, veilige en levendige binnenstad.',
    organisation_id: municipality.id,
  });
  const invitation = await post(`/api/v1/coalitions/${coalition.id}/invitations`, { role: 'partner' });
  await post(`/api/v1/coalition-invitations/${invitation.token}/accept`, { organisation_id: school.id });
  const partners = `/api/v1/coalitions/${coalition.id}/partners`;
  await post(partners, { organisation_id: municipality.id, status: 'current' });
  await post(partners, { organisation_id: school.id, status: 'current' });
  await post(partners, { name: 'Welzijn Rivierland' });
  return coalition.id as string;
}

function party(page: Page, name: string) {
  return page.locator(`li[data-party="${name}"]`);
}

async function signAll(page: Page, version: number) {
  const panel = page.getByRole('region', { name: 'Ondertekening' });
  for (const name of [MUNICIPALITY, SCHOOL]) {
    await panel.getByRole('button', { name: `Versie ${version} ondertekenen voor ${name}` }).click();
    await expect(panel.getByText(`${name} heeft versie ${version} ondertekend.`)).toBeVisible();
    await expect(party(page, name).locator('.party-list__state--signed')).toBeVisible();
  }
  await expect(panel.getByText(`Alle partnerorganisaties hebben versie ${version} ondertekend.`)).toBeVisible();
}

test('agreements: write an intent declaration, sign it, edit it (sign-offs reset), sign again, found the coalition', async ({ page }, testInfo) => {
  await signedIn(page, uniqueEmail('afspraken', testInfo), 'Anne Kwartiermaker');
  const coalitionId = await coalitionWithPartners(page);

  await page.goto(`/coalitions/${coalitionId}`);
  await page.getByRole('navigation', { name: 'Onderdelen van de coalitie' }).getByRole('link', { name: 'Afspraken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Afspraken' })).toBeVisible();
  await expect(page.getByText('Er zijn nog geen afspraken vastgelegd.')).toBeVisible();
  await expect(page.getByText('De coalitie is nog niet opgericht.')).toBeVisible();
  await checkPage(page, testInfo, '70-agreements-empty');

  // Write the intent declaration: the form starts from an outline.
  const form = page.getByRole('region', { name: 'Nieuw document' });
  await form.getByLabel('Titel').fill(TITLE);
  const text = form.getByLabel('Eerste tekst (markdown)');
  await expect(text).toHaveValue(/## Aanleiding/);
  await text.fill('# Intentieverklaring\n\n## Gezamenlijke visie\n\nWij werken samen aan een levendige binnenstad.\n\n<script>alert(1)</script>');
  // Partner organisations are parties by default; the welfare institution is ticked to sign on paper.
  await expect(form.getByRole('checkbox', { name: MUNICIPALITY })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: SCHOOL })).toBeChecked();
  await form.getByRole('checkbox', { name: /Welzijn Rivierland/ }).check();
  await form.getByRole('button', { name: 'Document aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const textPanel = page.getByRole('region', { name: 'Tekst' });
  await expect(textPanel.getByRole('heading', { name: 'Gezamenlijke visie' })).toBeVisible();
  // Raw HTML in the text is shown as text, never run.
  await expect(textPanel.getByText('<script>alert(1)</script>')).toBeVisible();

  // Two governance options from the seed, and the choice with its reason.
  const options = page.getByRole('region', { name: 'Opties en keuzes' });
  const governance = options.getByRole('group', { name: 'Opties voor de samenwerking' });
  for (const [title, model] of [
    ['Bestuurlijke stuurgroep', 'Bestuurlijke stuurgroep'],
    ['Gezamenlijk programmateam', 'Gezamenlijk programmateam'],
  ]) {
    await governance.getByRole('button', { name: 'Optie toevoegen' }).click();
    await governance.getByLabel('Titel van de optie').fill(title);
    await governance.getByRole('button', { name: /Besturingsmodel/ }).click();
    await page.getByRole('option', { name: model }).click();
    await governance.getByLabel('Voordelen (één per regel)').fill('Korte lijnen\nDraagvlak');
    await governance.getByRole('button', { name: 'Optie toevoegen' }).click();
    await expect(governance.locator(`li[data-option="${title}"]`)).toBeVisible();
  }
  await governance.locator('li[data-option="Gezamenlijk programmateam"]').getByRole('button', { name: 'Deze optie kiezen' }).click();
  await governance.getByLabel('Kies “Gezamenlijk programmateam”').fill('De partners willen eigenaar blijven van hun acties.');
  await governance.getByRole('button', { name: 'Keuze vastleggen' }).click();
  await expect(governance.getByText('Keuze: Gezamenlijk programmateam')).toBeVisible();

  // Send version 1 and sign it for both partner organisations; the welfare institution signs on paper.
  const sign = page.getByRole('region', { name: 'Ondertekening' });
  await expect(party(page, 'Welzijn Rivierland')).toContainText('Ondertekent buiten Vitaal');
  await sign.getByRole('button', { name: 'Versie 1 versturen ter ondertekening' }).click();
  await expect(sign.locator('.badge', { hasText: 'Ter ondertekening' })).toBeVisible();
  await signAll(page, 1);
  await checkPage(page, testInfo, '71-agreement-signed');

  // Editing makes version 2: the sign-offs start again, those on version 1 stay recorded.
  await textPanel.getByRole('button', { name: 'Tekst bewerken' }).click();
  await expect(textPanel.getByText('Versie 1 is al verstuurd ter ondertekening.')).toBeVisible();
  const editor = textPanel.getByLabel('Tekst (markdown)');
  await editor.fill('# Intentieverklaring\n\n## Gezamenlijke visie\n\nWij werken samen aan een levendige en veilige binnenstad.\n\n## Looptijd\n\nEén jaar.');
  await textPanel.getByRole('button', { name: 'Voorbeeld' }).click();
  await expect(textPanel.locator('.agreement-editor__preview').getByRole('heading', { name: 'Looptijd' })).toBeVisible();
  await expectAccessible(page, 'editor preview');
  await textPanel.getByLabel('Wat is er veranderd?').fill('Veiligheid en looptijd toegevoegd.');
  await textPanel.getByRole('button', { name: 'Opslaan als versie 2' }).click();
  await expect(textPanel.getByText('Opgeslagen als versie 2.')).toBeVisible();
  await expect(sign.getByText('Versie 2 is een concept.')).toBeVisible();
  for (const name of [MUNICIPALITY, SCHOOL]) {
    await expect(party(page, name)).toContainText('Nog niet ondertekend');
    await expect(party(page, name)).toContainText('Eerder: versie 1 door Anne Kwartiermaker');
  }

  // What changed between the versions.
  const versions = page.getByRole('region', { name: 'Versies' });
  await expect(versions.getByText('Veiligheid en looptijd toegevoegd.')).toBeVisible();
  await expect(versions.getByText(/regels toegevoegd/)).toBeVisible();
  await expect(versions.locator('.diff__line--added', { hasText: 'Looptijd' })).toBeVisible();
  await expect(versions.locator('.diff__line--removed', { hasText: 'levendige binnenstad.' })).toBeVisible();
  await checkPage(page, testInfo, '72-agreement-version-2');

  await sign.getByRole('button', { name: 'Versie 2 versturen ter ondertekening' }).click();
  await signAll(page, 2);

  // The printable page: text, chosen option and sign-off list, in a new tab.
  const popupPromise = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Afdrukken / opslaan als pdf' }).click();
  const popup = await popupPromise;
  await expect(popup.locator('h1')).toHaveText(TITLE);
  await expect(popup.getByText('Versie 2', { exact: false }).first()).toBeVisible();
  await expect(popup.getByText('Gezamenlijk programmateam').first()).toBeVisible();
  await expect(popup.locator('td', { hasText: 'Anne Kwartiermaker (Scholengroep Binnenstad)' })).toBeVisible();
  await popup.screenshot({ path: `var/screenshots/${testInfo.project.name}-73-agreement-print.png`, fullPage: true });
  await popup.close();

  // Found the coalition on the signed declaration.
  await page.getByRole('link', { name: 'Alle afspraken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Afspraken' })).toBeVisible();
  const list = page.locator(`li[data-agreement="${TITLE}"]`);
  await expect(list).toContainText('Ondertekend door alle partnerorganisaties');
  await expect(list).toContainText('2 van 2 ondertekend');
  const founding = page.getByRole('region', { name: 'Oprichting' });
  await expect(founding.getByRole('checkbox', { name: 'Welzijn Rivierland' })).toBeChecked();
  await founding.getByLabel('Toelichting').fill('Startbijeenkomst in het stadhuis.');
  await checkPage(page, testInfo, '74-agreements-founding');
  await founding.getByRole('button', { name: 'Coalitie oprichten' }).click();
  await expect(founding.getByText('De coalitie is opgericht en is nu actief.')).toBeVisible();
  await expect(founding.getByText(/^Opgericht op /)).toBeVisible();
  await expect(founding.getByRole('link', { name: `Op basis van ${TITLE}, versie 2` })).toBeVisible();
  await snap(page, testInfo, '75-agreements-founded');

  await page.getByRole('navigation', { name: 'Onderdelen van de coalitie' }).getByRole('link', { name: 'Overzicht' }).click();
  await expect(page.locator('.card__badges .badge', { hasText: 'Actief' })).toBeVisible();
});
