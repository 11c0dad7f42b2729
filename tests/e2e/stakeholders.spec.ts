import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { checkPage, expectAccessible, signedIn, tokensOf, uniqueEmail } from './helpers';

const SCHOOL = 'Scholengroep Binnenstad';
const CLUB = 'Voetbalvereniging Zuidhaven';

/** A screenshot of one part of the page, to judge it by eye at phone size too. */
async function snapPart(page: Page, project: string, name: string, selector: string) {
  const file = path.resolve(__dirname, '../../var/screenshots', `${project}-${name}.png`);
  await page.locator(selector).first().screenshot({ path: file });
}

function rows(page: Page) {
  return page.locator('tbody tr[data-stakeholder]');
}

async function choose(page: Page, scope: ReturnType<Page['getByRole']>, label: string, option: string) {
  await scope.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function addStakeholder(
  page: Page,
  details: { name: string; type: string; sector: string; tags: string; contact?: string; externalId?: { system: string; id: string } },
) {
  const form = page.getByRole('region', { name: 'Stakeholder toevoegen' });
  await choose(page, form, 'Type', details.type);
  await form.getByLabel('Naam van de stakeholder').fill(details.name);
  await form.getByLabel('Sector').fill(details.sector);
  await form.getByLabel('Regio').fill('Zuidhaven');
  await form.getByLabel('Tags').fill(details.tags);
  if (details.contact) {
    const first = form.getByRole('group', { name: 'Contactpersoon 1' });
    await first.getByLabel('Naam').fill(details.contact);
    await first.getByLabel('Functie').fill('Directeur');
    await first.getByLabel('E-mailadres').fill('anna@example.org');
    await form.getByRole('button', { name: 'Nog een contactpersoon' }).click();
    const second = form.getByRole('group', { name: 'Contactpersoon 2' });
    await second.getByLabel('Naam').fill('Bram Bakker');
    await second.getByLabel('Telefoon').fill('010 123 45 67');
  }
  if (details.externalId) {
    const external = form.getByRole('group', { name: 'Extern id 1' });
    await external.getByLabel('Systeem', { exact: true }).fill(details.externalId.system);
    await external.getByLabel('Id in dat systeem').fill(details.externalId.id);
  }
  await form.getByRole('button', { name: 'Stakeholder toevoegen' }).click();
  await expect(form.getByText(`${details.name} is toegevoegd.`)).toBeVisible();
}

test('stakeholders: add, search, record an interaction with a follow-up, edit, archive, export', async ({ page }, testInfo) => {
  await signedIn(page, uniqueEmail('stakeholders', testInfo), 'Petra Partner');
  await page.goto('/welcome');
  await page.getByLabel('Naam van de organisatie').fill('Gemeente Zuidhaven');
  await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Coalities' })).toBeVisible();

  // The register is in the main navigation, next to the organisation.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Stakeholders' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stakeholders' })).toBeVisible();
  await expect(page.getByText('Er staan nog geen stakeholders in het register.')).toBeVisible();
  await checkPage(page, testInfo, '50-stakeholders-empty');

  await addStakeholder(page, { name: SCHOOL, type: 'Onderwijs', sector: 'Primair onderwijs', tags: 'jeugd, onderwijs', contact: 'Anna de Vries' });
  await addStakeholder(page, {
    name: CLUB,
    type: 'Maatschappelijke organisatie',
    sector: 'Sport',
    tags: 'sport, jeugd',
    externalId: { system: 'hubspot', id: '48213' },
  });
  await expect(rows(page)).toHaveCount(2);
  await expect(page.locator(`tr[data-stakeholder="${SCHOOL}"]`)).toContainText('Onderwijs');
  await expect(page.locator(`tr[data-stakeholder="${CLUB}"]`)).toContainText('Maatschappelijke organisatie');
  await checkPage(page, testInfo, '51-stakeholders-list');
  await snapPart(page, testInfo.project.name, '51a-stakeholders-register', 'section[aria-labelledby="register-heading"]');

  // Search (debounced) finds one; the type filter another.
  const search = page.getByRole('searchbox', { name: 'Zoeken' });
  await search.fill('onderwijs');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute('data-stakeholder', SCHOOL);
  await search.fill('');
  await expect(rows(page)).toHaveCount(2);
  const filters = page.getByRole('group', { name: 'Filters' });
  await choose(page, filters, 'Type', 'Maatschappelijke organisatie');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute('data-stakeholder', CLUB);
  await choose(page, filters, 'Type', 'Alle types');
  await expect(rows(page)).toHaveCount(2);

  // The CSV export is fetched with the token and saved as a file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren (CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^stakeholders-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), 'utf-8');
  expect(csv).toContain(SCHOOL);
  expect(csv).toContain(CLUB);

  // Open the school: details and contact people.
  await page.getByRole('link', { name: SCHOOL }).click();
  await expect(page.getByRole('heading', { level: 1, name: SCHOOL })).toBeVisible();
  const details = page.getByRole('region', { name: 'Gegevens' });
  await expect(details.getByText('Anna de Vries')).toBeVisible();
  await expect(details.getByText('Bram Bakker')).toBeVisible();
  await expect(page.getByText('Er is nog niets vastgelegd.')).toBeVisible();
  await checkPage(page, testInfo, '52-stakeholder');

  // Record a visit with a follow-up; it shows on the timeline.
  const record = page.getByRole('region', { name: 'Interactie vastleggen' });
  await record.getByLabel('Datum').fill('2026-11-20');
  await choose(page, record, 'Soort contact', 'Bezoek');
  await record.getByLabel('Onze mensen').fill('Petra Partner');
  await record.getByLabel('Hun mensen').fill('Anna de Vries');
  await record.getByLabel('Samenvatting').fill('Kennismaking op school; interesse in naschoolse opvang met de bibliotheek.');
  const followUp = record.getByRole('group', { name: 'Vervolgactie 1' });
  await followUp.getByLabel('Wat').fill('Offerte naschoolse opvang sturen');
  await followUp.getByLabel('Wie').fill('Petra');
  await followUp.getByLabel('Uiterlijk').fill('2026-12-01');
  await record.getByRole('button', { name: 'Interactie vastleggen' }).click();
  await expect(record.getByText('De interactie is vastgelegd.')).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Tijdlijn' });
  await expect(timeline.getByRole('heading', { name: 'Bezoek' })).toBeVisible();
  await expect(timeline.getByText('20 november 2026')).toBeVisible();
  await expect(timeline.getByText('Met: Anna de Vries')).toBeVisible();
  await expect(timeline.getByText('Kennismaking op school')).toBeVisible();
  await expect(timeline.getByText(/Offerte naschoolse opvang sturen — Petra · uiterlijk 1 december 2026/)).toBeVisible();
  await checkPage(page, testInfo, '53-stakeholder-timeline');
  await snapPart(page, testInfo.project.name, '53a-stakeholder-timeline-part', 'section[aria-labelledby="timeline-heading"]');
  await snapPart(page, testInfo.project.name, '53b-stakeholder-header', '.page-header');
  await snapPart(page, testInfo.project.name, '53c-stakeholder-details', 'section[aria-labelledby="details-heading"]');

  // Change the interaction: a sharper summary and a second follow-up.
  await timeline.getByRole('button', { name: 'Bezoek van 20 november 2026 bewerken' }).click();
  await timeline.getByLabel('Samenvatting').fill('Kennismaking op school; wil naschoolse opvang met de bibliotheek.');
  await timeline.getByRole('button', { name: 'Nog een vervolgactie' }).click();
  await timeline.getByRole('group', { name: 'Vervolgactie 2' }).getByLabel('Wat').fill('Bibliotheek bellen');
  await timeline.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(timeline.getByText('De interactie is bijgewerkt.')).toBeVisible();
  await expect(timeline.getByText('wil naschoolse opvang met de bibliotheek')).toBeVisible();
  // Tick the first follow-up off on the timeline.
  const offer = timeline.getByRole('checkbox', { name: 'Gedaan: Offerte naschoolse opvang sturen' });
  await expect(offer).not.toBeChecked();
  await offer.check();
  await expect(offer).toBeChecked();
  await expect(timeline.getByRole('checkbox', { name: 'Gedaan: Bibliotheek bellen' })).not.toBeChecked();
  await page.reload();
  await expect(timeline.getByRole('checkbox', { name: 'Gedaan: Offerte naschoolse opvang sturen' })).toBeChecked();
  await checkPage(page, testInfo, '55-stakeholder-follow-up-done');

  // A call logged by mistake is deleted again.
  await record.getByLabel('Datum').fill('2026-11-25');
  await choose(page, record, 'Soort contact', 'Telefoongesprek');
  await record.getByLabel('Samenvatting').fill('Verkeerd nummer gebeld.');
  await record.getByRole('button', { name: 'Interactie vastleggen' }).click();
  await expect(timeline.getByText('Verkeerd nummer gebeld.')).toBeVisible();
  await timeline.getByRole('button', { name: 'Telefoongesprek van 25 november 2026 verwijderen' }).click();
  await timeline.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(timeline.getByText('De interactie is verwijderd.')).toBeVisible();
  await expect(timeline.getByText('Verkeerd nummer gebeld.')).toHaveCount(0);

  // Edit the details; an external id another stakeholder has is refused on its row.
  await details.getByRole('button', { name: 'Gegevens bewerken' }).click();
  await details.getByLabel('Regio').fill('Zuidhaven-Oost');
  const external = details.getByRole('group', { name: 'Extern id 1' });
  await external.getByLabel('Systeem', { exact: true }).fill('HubSpot');
  await external.getByLabel('Id in dat systeem').fill('48213');
  await details.getByRole('button', { name: 'Opslaan' }).click();
  await expect(external.getByText('Deze waarde komt al voor; kies een andere.')).toBeVisible();
  await checkPage(page, testInfo, '56-stakeholder-external-id-taken');
  await external.getByLabel('Id in dat systeem').fill('48214');
  await details.getByRole('button', { name: 'Opslaan' }).click();
  await expect(details.getByText('De gegevens zijn opgeslagen.')).toBeVisible();
  await expect(details.getByText('Zuidhaven-Oost')).toBeVisible();
  await expect(details.getByText('hubspot: 48214')).toBeVisible();

  // Archive: it leaves the list, and is found under "Gearchiveerd".
  await page.getByRole('button', { name: 'Archiveren' }).click();
  await expect(page.getByText(`${SCHOOL} is gearchiveerd.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Terugzetten uit archief' })).toBeVisible();
  await page.getByRole('link', { name: 'Alle stakeholders' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stakeholders' })).toBeVisible();
  // The follow-up is in the organisation's open follow-ups, with a link to its stakeholder.
  const open = page.getByRole('region', { name: 'Open vervolgacties' });
  await expect(open.getByText('Bibliotheek bellen')).toBeVisible();
  await expect(open.getByText('Offerte naschoolse opvang sturen')).toHaveCount(0);
  await expect(open.getByRole('link', { name: SCHOOL })).toBeVisible();
  await expect(rows(page)).toHaveCount(1);
  await expect(page.locator(`tr[data-stakeholder="${SCHOOL}"]`)).toHaveCount(0);
  // The switch's input is visually hidden; people click its label.
  await page.locator('label.switch', { hasText: 'Gearchiveerd' }).click();
  await expect(page.getByRole('switch', { name: 'Gearchiveerd' })).toBeChecked();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute('data-stakeholder', SCHOOL);
  await checkPage(page, testInfo, '54-stakeholders-archived');
});

test('the interaction log filtered by kind of contact and period', async ({ page }, testInfo) => {
  const email = uniqueEmail('interaction-filters', testInfo);
  await signedIn(page, email, 'Petra Partner');
  const headers = { Authorization: `Bearer ${(await tokensOf(page, email)).access_token}` };
  const post = async (url: string, data: unknown) => {
    const response = await page.request.post(url, { headers, data });
    expect(response.status(), await response.text()).toBe(201);
    return response.json();
  };
  const organisation = await post('/api/v1/organisations', { name: 'Gemeente Zuidhaven', kind: 'municipality' });
  const school = await post(`/api/v1/organisations/${organisation.id}/stakeholders`, { name: SCHOOL, type: 'education' });
  const log = `/api/v1/organisations/${organisation.id}/stakeholders/${school.id}/interactions`;
  await post(log, { occurred_on: '2026-09-10', type: 'meeting', summary: 'Startoverleg taalachterstand.' });
  await post(log, { occurred_on: '2026-10-05', type: 'call', summary: 'Afspraak gemaakt voor schoolbezoek.' });
  await post(log, { occurred_on: '2026-11-02', type: 'visit', summary: 'Rondleiding door de brugklas.' });
  await post(log, { occurred_on: '2026-11-20', type: 'meeting', summary: 'Vervolgoverleg over naschoolse opvang.' });

  await page.goto(`/organisations/${organisation.id}/stakeholders/${school.id}`);
  const timeline = page.getByRole('region', { name: 'Tijdlijn' });
  const entries = timeline.locator('.timeline__item');
  await expect(entries).toHaveCount(4);
  const filters = timeline.getByRole('group', { name: 'Contactmomenten filteren' });

  // Only meetings: two, newest first.
  await choose(page, filters, 'Soort contact', 'Overleg');
  await expect(timeline.getByText('2 contactmomenten voldoen, nieuwste eerst.')).toBeVisible();
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText('Vervolgoverleg over naschoolse opvang.');
  await expect(entries.nth(1)).toContainText('Startoverleg taalachterstand.');

  // Meetings from November on: one.
  await filters.getByLabel('Vanaf').fill('2026-11-01');
  await expect(timeline.getByText('1 contactmoment voldoet, nieuwste eerst.')).toBeVisible();
  await expect(entries).toHaveCount(1);
  await expect(entries.nth(0)).toContainText('20 november 2026');

  // Any kind in October and November up to the 2nd: the call and the visit.
  await choose(page, filters, 'Soort contact', 'Alle soorten contact');
  await filters.getByLabel('Vanaf').fill('2026-10-01');
  await filters.getByLabel('Tot en met').fill('2026-11-02');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0).getByRole('heading', { name: 'Bezoek' })).toBeVisible();
  await expect(entries.nth(1).getByRole('heading', { name: 'Telefoongesprek' })).toBeVisible();
  await expectAccessible(page, 'interaction filters');
  await snapPart(page, testInfo.project.name, '57-interaction-filters', 'section[aria-labelledby="timeline-heading"]');

  // A period that ends before it starts is pointed out; nothing matches an empty period.
  await filters.getByLabel('Tot en met').fill('2026-09-01');
  await expect(filters.getByText('De einddatum mag niet voor de begindatum liggen.')).toBeVisible();
  await filters.getByLabel('Vanaf').fill('2026-08-01');
  await filters.getByLabel('Tot en met').fill('2026-08-31');
  await expect(timeline.getByText('Geen contactmomenten die aan deze filters voldoen.')).toBeVisible();

  // Cleared: the whole timeline again.
  await filters.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(entries).toHaveCount(4);
  await checkPage(page, testInfo, '58-interaction-filters-cleared');
});
