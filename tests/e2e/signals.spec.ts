import { expect, test, type Locator, type Page } from '@playwright/test';
import path from 'node:path';
import { checkPage, expectAccessible, signedIn, uniqueEmail } from './helpers';

const ATOM = path.resolve(__dirname, '../backend/signals/fixtures/atom.xml');

/** Picks an option of a react-aria Select inside `scope`, found by its label. */
async function choose(page: Page, scope: Locator | Page, label: string, option: string) {
  await scope.getByRole('button', { name: new RegExp(label) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function headers(page: Page): Promise<Record<string, string>> {
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('vitaal.auth') ?? '{}').accessToken as string);
  return { Authorization: `Bearer ${token}` };
}

/** An association of which the signed-in user is the owner, with one issue in its register. */
async function association(page: Page): Promise<string> {
  const auth = await headers(page);
  const created = await page.request.post('/api/v1/organisations', {
    data: { name: 'Ondernemersvereniging Rivierstad', kind: 'trade_association' },
    headers: auth,
  });
  expect(created.status()).toBe(201);
  const organisationId = (await created.json()).id as string;
  const issue = await page.request.post(`/api/v1/organisations/${organisationId}/issues`, {
    data: { title: 'Leegstand in de winkelstraten' },
    headers: auth,
  });
  expect(issue.status()).toBe(201);
  return organisationId;
}

test('signals: add a signal, triage it (dismiss, attach, new issue) and import a feed file', async ({ page }, testInfo) => {
  await signedIn(page, uniqueEmail('signals', testInfo), 'Sanne Signaal');
  const organisationId = await association(page);

  await page.goto(`/organisations/${organisationId}`);
  await page.getByRole('link', { name: 'Signalen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Signalen' })).toBeVisible();
  await expect(page.getByText('Geen signalen die aan de filters voldoen.')).toBeVisible();
  await checkPage(page, testInfo, '70-signals-empty');

  // Add a signal: the title is required.
  const add = page.getByRole('region', { name: 'Signaal toevoegen' });
  await add.getByRole('button', { name: 'Signaal toevoegen' }).click();
  await expect(add.getByText('Vul dit veld in.')).toBeVisible();
  await add.getByLabel('Wat viel op?').fill('Twee winkeliers vroegen naar de opzegtermijn');
  await choose(page, add, 'Bron', 'Zwak signaal');
  await add.getByLabel('Toelichting').fill('Bij het spreekuur, zonder te klagen.');
  await add.getByLabel('Labels').fill('leegstand, ledenbinding');
  await add.getByRole('button', { name: 'Signaal toevoegen' }).click();
  await expect(add.getByText("Signaal 'Twee winkeliers vroegen naar de opzegtermijn' toegevoegd.")).toBeVisible();

  const inbox = page.getByRole('region', { name: 'Inbox' });
  const card = inbox.locator('[data-signal="Twee winkeliers vroegen naar de opzegtermijn"]');
  await expect(card).toBeVisible();
  await expect(card.getByText('Binnen', { exact: true })).toBeVisible();
  await checkPage(page, testInfo, '71-signals-inbox');

  // Attach it to the issue in the register.
  await card.getByRole('button', { name: 'Koppelen aan issue' }).click();
  await choose(page, card, 'Issue', 'Leegstand in de winkelstraten');
  await card.getByRole('button', { name: 'Koppelen', exact: true }).click();
  await expect(card).toHaveCount(0);

  // A second signal is dismissed: the reason is required.
  await add.getByLabel('Wat viel op?').fill('Filmpje over fietsendiefstal');
  await choose(page, add, 'Bron', 'Sociale media');
  await add.getByRole('button', { name: 'Signaal toevoegen' }).click();
  const video = inbox.locator('[data-signal="Filmpje over fietsendiefstal"]');
  await video.getByRole('button', { name: 'Terzijde leggen' }).click();
  await expectAccessible(page, 'dismiss form');
  await video.getByRole('button', { name: 'Terzijde leggen' }).last().click();
  await expect(video.getByText('Vul dit veld in.')).toBeVisible();
  await video.getByLabel('Waarom is dit geen issue?').fill('Eenmalig, buiten het centrum.');
  await video.getByRole('button', { name: 'Terzijde leggen' }).last().click();
  await expect(video).toHaveCount(0);

  // A third becomes a new issue.
  await add.getByLabel('Wat viel op?').fill('Raadsvragen over parkeertarieven');
  await choose(page, add, 'Bron', 'Politiek');
  await add.getByRole('button', { name: 'Signaal toevoegen' }).click();
  const parking = inbox.locator('[data-signal="Raadsvragen over parkeertarieven"]');
  await parking.getByRole('button', { name: 'Nieuw issue maken' }).click();
  await expect(parking.getByLabel('Titel van het issue')).toHaveValue('Raadsvragen over parkeertarieven');
  await parking.getByLabel('Titel van het issue').fill('Bereikbaarheid en parkeertarieven');
  await parking.getByRole('button', { name: 'Issue maken', exact: true }).click();
  await expect(parking).toHaveCount(0);

  // All statuses: each triage is shown with its outcome.
  await choose(page, inbox, 'Status', 'Alle statussen');
  const list = inbox.locator('ul.signal-list');
  await expect(list.getByText('Gekoppeld aan issue')).toBeVisible();
  await expect(list.getByText('Terzijde gelegd')).toBeVisible();
  await expect(list.getByText('Reden: Eenmalig, buiten het centrum.')).toBeVisible();
  await expect(list.getByText('Nieuw issue gemaakt')).toBeVisible();

  // Import a feed file: two new signals from outside.
  const feeds = page.getByRole('region', { name: 'Feeds' });
  await feeds.getByLabel('RSS- of Atom-bestand').setInputFiles(ATOM);
  await choose(page, feeds.locator('form').last(), 'Soort bron', 'Vakmedia');
  await feeds.getByRole('button', { name: 'Importeren' }).click();
  await expect(feeds.getByText('atom.xml: 2 nieuw, 0 al bekend')).toBeVisible();
  await feeds.getByLabel('RSS- of Atom-bestand').setInputFiles(ATOM);
  await feeds.getByRole('button', { name: 'Importeren' }).click();
  await expect(feeds.getByText('atom.xml: 0 nieuw, 2 al bekend')).toBeVisible();
  await choose(page, inbox, 'Binnen of buiten', 'Buiten');
  await expect(inbox.locator('[data-signal="Kabinet: winkeltijdenwet wordt herzien"]')).toBeVisible();
  await checkPage(page, testInfo, '72-signals-triaged');

  // The issue made from the signal is in the register.
  await page.goto(`/organisations/${organisationId}/issues`);
  await expect(page.getByRole('link', { name: 'Bereikbaarheid en parkeertarieven' }).first()).toBeVisible();
});

test('tob3: open a round, answer it (also on a phone), change the answer, close it and see the results', async ({ page }, testInfo) => {
  await signedIn(page, uniqueEmail('tob3', testInfo), 'Tom Tobber');
  const organisationId = await association(page);

  await page.goto(`/organisations/${organisationId}`);
  await page.getByRole('link', { name: 'Tob-3-rondes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tob-3' })).toBeVisible();
  await expect(page.getByText('Nog geen rondes.')).toBeVisible();

  const create = page.getByRole('region', { name: 'Nieuwe ronde' });
  await create.getByLabel('Titel').fill('Tob-3 najaar');
  await create.getByRole('button', { name: 'Ronde openen' }).click();

  // The answer form.
  await expect(page.getByRole('heading', { level: 1, name: 'Tob-3 najaar' })).toBeVisible();
  const form = page.getByRole('region', { name: 'Uw top-3 zorgen' });
  await form.getByRole('button', { name: 'Antwoord opslaan' }).click();
  await expect(form.getByText('Vul minstens één zorg in.')).toBeVisible();
  await form.getByLabel('Zorg 2', { exact: true }).fill('Parkeren is te duur');
  await form.getByRole('button', { name: 'Antwoord opslaan' }).click();
  await expect(form.getByText('Vul de zorgen op volgorde in, zonder gat.')).toBeVisible();
  await form.getByLabel('Zorg 1', { exact: true }).fill('Lege panden in de Hoogstraat');
  await form.getByLabel('Thema bij zorg 1').fill('Leegstand');
  await form.getByLabel('Thema bij zorg 2').fill('Bereikbaarheid');
  await form.getByLabel('Namens (lidorganisatie)').fill('Bakkerij De Korenschoof');
  await form.getByRole('button', { name: 'Antwoord opslaan' }).click();
  await expect(form.getByText('Uw antwoord is opgeslagen.')).toBeVisible();
  await checkPage(page, testInfo, '75-tob3-answer');

  // Change it after a reload: the saved answer is filled in.
  await page.reload();
  await expect(form.getByLabel('Zorg 1', { exact: true })).toHaveValue('Lege panden in de Hoogstraat');
  await form.getByLabel('Zorg 3', { exact: true }).fill('Winkels sluiten vroeg');
  await form.getByLabel('Thema bij zorg 3').fill('leegstand');
  await form.getByRole('button', { name: 'Antwoord opslaan' }).click();
  await expect(form.getByText('Uw antwoord is opgeslagen.')).toBeVisible();

  // Close the round: the answer is fixed and the results are ranked 3/2/1.
  await page.getByRole('button', { name: 'Ronde nu sluiten' }).click();
  await expect(page.getByText('Deze ronde is gesloten; antwoorden kunnen niet meer worden gewijzigd.')).toBeVisible();
  const results = page.getByRole('region', { name: 'Uitkomst' });
  const groups = results.locator('[data-group]');
  await expect(groups).toHaveCount(2);
  await expect(groups.first()).toHaveAttribute('data-group', 'Leegstand');
  await expect(groups.first().getByText('Score: 4')).toBeVisible();
  await expect(groups.nth(1).getByText('Score: 2')).toBeVisible();
  await checkPage(page, testInfo, '76-tob3-results');

  // One worry becomes an issue of its own; then the rest of the topic becomes one issue.
  const vacancy = groups.first();
  await vacancy.getByRole('button', { name: 'Maak een issue van: Winkels sluiten vroeg' }).click();
  await expect(vacancy.getByRole('link', { name: 'Naar issue' })).toHaveCount(1);
  await vacancy.getByRole('button', { name: 'Maak issue van dit thema' }).click();
  await expect(vacancy.getByRole('link', { name: 'Naar issue' })).toHaveCount(2);
  await expect(vacancy.getByRole('button', { name: 'Maak issue van dit thema' })).toHaveCount(0);
  await groups.nth(1).getByRole('button', { name: 'Maak issue van dit thema' }).click();
  await expect(groups.nth(1).getByRole('link', { name: 'Naar issue' })).toBeVisible();

  await page.getByRole('link', { name: 'Alle rondes' }).click();
  await expect(page.locator('[data-round="Tob-3 najaar"]').getByText('Gesloten', { exact: true })).toBeVisible();
  await checkPage(page, testInfo, '77-tob3-rounds');
});
