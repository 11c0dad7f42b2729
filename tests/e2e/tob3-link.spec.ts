import { expect, test, type Page } from '@playwright/test';
import { checkPage, logIn, signedIn, uniqueEmail } from './helpers';

async function headers(page: Page): Promise<Record<string, string>> {
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('vitaal.auth') ?? '{}').accessToken as string);
  return { Authorization: `Bearer ${token}` };
}

/** An association owned by the signed-in user, with an open Tob-3 round: `[organisation, round]`. */
async function roundOfAnAssociation(page: Page): Promise<[string, string]> {
  const auth = await headers(page);
  const organisation = await page.request.post('/api/v1/organisations', {
    data: { name: 'Ondernemersvereniging Rivierstad', kind: 'trade_association' },
    headers: auth,
  });
  expect(organisation.status()).toBe(201);
  const organisationId = (await organisation.json()).id as string;
  const closes = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
  const round = await page.request.post(`/api/v1/organisations/${organisationId}/tob3-rounds`, {
    data: { title: 'Tob-3 van de leden', question: 'Waar liggen uw klanten en medewerkers wakker van?', closes_at: closes },
    headers: auth,
  });
  expect(round.status()).toBe(201);
  return [organisationId, (await round.json()).id as string];
}

test('tob3 links: members without an account answer on their phone, once however often it is sent; the owner sees the counts', async ({ page }, testInfo) => {
  const email = uniqueEmail('tob3-link', testInfo);
  await signedIn(page, email, 'Lotte Link');
  const [organisationId, roundId] = await roundOfAnAssociation(page);
  const roundPage = `/organisations/${organisationId}/tob3/${roundId}`;

  // The owner makes a link for two members and one open link with a code.
  await page.goto(roundPage);
  const links = page.getByRole('region', { name: 'Links voor leden zonder account' });
  await expect(links.getByText('Nog geen links.')).toBeVisible();
  await links.getByRole('button', { name: 'Links maken' }).click();
  await expect(links.getByText('Vul minstens één naam in of kies een lid uit het relatieregister.')).toBeVisible();
  await links.getByLabel('Namen van leden').fill('Bakkerij De Korenschoof\nKapsalon Knip\n');
  await links.getByRole('button', { name: 'Links maken' }).click();
  const fresh = links.getByRole('region', { name: 'Nieuwe links' });
  await expect(fresh.getByLabel('Kapsalon Knip')).toHaveValue(/\/t\//);
  const memberUrl = await fresh.getByLabel('Bakkerij De Korenschoof').inputValue();
  await links.getByText('Eén open link voor alle leden').click();
  await links.getByLabel('Code (optioneel)').fill('Rivierstad');
  await links.getByRole('button', { name: 'Links maken' }).click();
  await expect(fresh.getByLabel('Open link')).toHaveValue(/\/t\//);
  const openUrl = await fresh.getByLabel('Open link').inputValue();
  await expect(links.getByTestId('link-counts')).toHaveText('0 van 2 leden met een eigen link hebben geantwoord · 0 leden via een open link');
  await checkPage(page, testInfo, '78-tob3-links');

  // The member, signed out, on bad Wi-Fi: its first answer reaches the server but the
  // response is lost; the page sends it again with the same key and it is stored once.
  await page.evaluate(() => localStorage.removeItem('vitaal.auth'));
  const keys: string[] = [];
  await page.route('**/api/v1/public/tob3/*/answers', async (route) => {
    keys.push(route.request().headers()['idempotency-key'] ?? '');
    if (keys.length === 1) {
      await route.fetch();
      await route.abort('connectionreset');
    } else {
      await route.continue();
    }
  });
  await page.goto(memberUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Tob-3 van de leden' })).toBeVisible();
  await expect(page.getByText('Een vraag van Ondernemersvereniging Rivierstad')).toBeVisible();
  await expect(page.getByText('U antwoordt namens Bakkerij De Korenschoof.')).toBeVisible();
  await page.getByRole('button', { name: 'Versturen' }).click();
  await expect(page.getByText('Vul minstens één zorg in.')).toBeVisible();
  await page.getByLabel('Zorg 1', { exact: true }).fill('Lege panden in de Hoogstraat');
  await page.getByLabel('Thema bij zorg 1').fill('Leegstand');
  await page.getByRole('button', { name: 'Versturen' }).click();
  await expect(page.getByText('Dank u! Uw antwoord is opgeslagen.')).toBeVisible();
  expect(keys).toHaveLength(2);
  expect(keys[1]).toBe(keys[0]);
  await checkPage(page, testInfo, '79-tob3-link-answered');

  // Later the member changes its answer: the link shows what it gave.
  await page.unroute('**/api/v1/public/tob3/*/answers');
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Uw top-3 zorgen wijzigen' })).toBeVisible();
  await expect(page.getByLabel('Zorg 1', { exact: true })).toHaveValue('Lege panden in de Hoogstraat');
  await page.getByLabel('Zorg 2', { exact: true }).fill('Parkeren is te duur');
  await page.getByRole('button', { name: 'Versturen' }).click();
  await expect(page.getByText('Dank u! Uw antwoord is opgeslagen.')).toBeVisible();

  // The page speaks English on request.
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByText('You answer on behalf of Bakkerij De Korenschoof.')).toBeVisible();
  await page.getByRole('button', { name: /Nederlands/ }).click();

  // Through the open link another member names itself and gives the code.
  await page.goto(openUrl);
  await page.getByLabel('Namens welk lid antwoordt u?').fill('Fietsenmaker Spaak');
  await page.getByLabel('Code', { exact: true }).fill('rivier');
  await page.getByLabel('Zorg 1', { exact: true }).fill('Geen personeel voor de zaterdag');
  await page.getByRole('button', { name: 'Versturen' }).click();
  await expect(page.getByText('Deze code klopt niet.')).toBeVisible();
  await page.getByLabel('Code', { exact: true }).fill('rivierstad');
  await page.getByRole('button', { name: 'Versturen' }).click();
  await expect(page.getByText('Dank u! Uw antwoord is opgeslagen.')).toBeVisible();
  await checkPage(page, testInfo, '80-tob3-open-link');

  // The owner sees who answered per group while the round runs, not what.
  await logIn(page, email);
  await page.goto(roundPage);
  await expect(links.getByTestId('link-counts')).toHaveText('1 van 2 leden met een eigen link hebben geantwoord · 1 lid via een open link');
  await expect(links.locator('[data-link="Bakkerij De Korenschoof"]').getByText('1 antwoord', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Tob-3 van de leden' })).toBeVisible();
  await expect(page.getByText('2 antwoorden').first()).toBeVisible();
  await checkPage(page, testInfo, '81-tob3-link-counts');

  // A revoked link stops working.
  await links.getByRole('button', { name: 'Link van Kapsalon Knip intrekken' }).click();
  await expect(links.locator('[data-link="Kapsalon Knip"]').getByText('Ingetrokken')).toBeVisible();
});
