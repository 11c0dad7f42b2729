import { expect, test, type Page } from '@playwright/test';
import { checkPage, signedIn, uniqueEmail } from './helpers';

/** Posts as the signed-in user, the way an integration would. */
async function post(page: Page, url: string, data: object): Promise<string> {
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('vitaal.auth') ?? '{}').accessToken as string);
  const response = await page.request.post(url, { data, headers: { Authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(201);
  return (await response.json()).id as string;
}

function organisation(page: Page, name: string): Promise<string> {
  return post(page, '/api/v1/organisations', { name, kind: 'trade_association' });
}

async function addItem(page: Page, panel: string, field: string, label: string) {
  const region = page.getByRole('region', { name: panel, exact: true });
  await region.getByLabel(field).fill(label);
  await region.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(region.getByText(label)).toBeVisible();
}

function cell(page: Page, row: string, column: string) {
  return page.getByRole('combobox', { name: `Score van ${row} tegen ${column}` });
}

test('confrontation matrix: add strengths, weaknesses, opportunities and threats, score them, read the strategy', async ({ page }, testInfo) => {
  await signedIn(page, uniqueEmail('confrontation', testInfo), 'Carla Confrontatie');
  const organisationId = await organisation(page, 'Ondernemersvereniging Rivierstad');

  await page.goto(`/organisations/${organisationId}/confrontation`);
  await expect(page.getByRole('heading', { level: 1, name: 'Confrontatiematrix' })).toBeVisible();
  await expect(page.getByText('Er is nog geen confrontatiematrix.')).toBeVisible();
  await checkPage(page, testInfo, '70-confrontation-empty');

  // A title is required; the message stands next to the field.
  await page.getByRole('button', { name: 'Matrix maken' }).click();
  await expect(page.getByText('Vul dit veld in.')).toBeVisible();
  await page.getByLabel('Titel').fill('Leegstand binnenstad');
  await page.getByLabel('Toelichting').fill('Voor de ledenvergadering van maart');
  await page.getByRole('button', { name: 'Matrix maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Leegstand binnenstad' })).toBeVisible();
  await expect(page.getByText('Voeg minstens één sterkte of zwakte en één kans of bedreiging toe om te scoren.')).toBeVisible();

  await addItem(page, 'Sterktes', 'Sterkte toevoegen', 'Sterk netwerk van ondernemers');
  await addItem(page, 'Sterktes', 'Sterkte toevoegen', 'Goede band met de gemeente');
  await addItem(page, 'Zwaktes', 'Zwakte toevoegen', 'Weinig eigen budget');
  await addItem(page, 'Kansen', 'Kans toevoegen', 'Provinciale subsidie binnenstad');
  await addItem(page, 'Bedreigingen', 'Bedreiging toevoegen', 'Online winkelen groeit');

  // Before any score the quadrants keep their fixed order.
  const outcome = page.getByRole('region', { name: 'Uitkomst' });
  await expect(outcome.getByText('Nog geen scores')).toBeVisible();

  await cell(page, 'S2 Goede band met de gemeente', 'O1 Provinciale subsidie binnenstad').selectOption('3');
  await expect(page.getByRole('row', { name: /S2 Goede band met de gemeente/ }).getByRole('cell').last()).toHaveText('3');
  await cell(page, 'W1 Weinig eigen budget', 'T1 Online winkelen groeit').selectOption('3');
  await cell(page, 'S1 Sterk netwerk van ondernemers', 'T1 Online winkelen groeit').selectOption('1');

  // WT: 3 over 1 cell ranks first; SO: 3 over 2 cells second.
  const quadrants = outcome.getByRole('listitem').filter({ hasText: /^[1-4]/ });
  await expect(quadrants.first()).toContainText('WT · Vermijden');
  await expect(quadrants.nth(1)).toContainText('SO · Offensief');
  await expect(outcome.getByText('Voorkom dat T1 Online winkelen groeit W1 Weinig eigen budget raakt')).toBeVisible();
  const footer = page.locator('.confrontation-grid tfoot');
  await expect(footer.getByRole('cell').last()).toHaveText('7');

  // Reordering renames the codes, scores follow their item.
  await page.getByRole('button', { name: 'S2 Goede band met de gemeente omhoog' }).click();
  await expect(cell(page, 'S1 Goede band met de gemeente', 'O1 Provinciale subsidie binnenstad')).toHaveValue('3');

  await checkPage(page, testInfo, '71-confrontation-scored');
  await page.locator('.confrontation-grid').screenshot({ path: `var/screenshots/${testInfo.project.name}-72-confrontation-grid.png` });

  // Removing an item removes its scores from the totals.
  await page.getByRole('button', { name: 'W1 Weinig eigen budget verwijderen' }).click();
  await expect(footer.getByRole('cell').last()).toHaveText('4');
  await expect(quadrants.first()).toContainText('SO · Offensief');

  // The list shows the matrix; opening it again shows the same state.
  await page.getByRole('link', { name: 'Confrontatiematrix' }).click();
  await page.getByRole('link', { name: 'Leegstand binnenstad' }).click();
  await expect(cell(page, 'S1 Goede band met de gemeente', 'O1 Provinciale subsidie binnenstad')).toHaveValue('3');
});

test('confrontation matrix for an issue: reached from the issue, listed with it', async ({ page }, testInfo) => {
  await signedIn(page, uniqueEmail('confrontation-issue', testInfo), 'Ivo Issue');
  const organisationId = await organisation(page, 'Horecavereniging Rivierstad');
  const issueId = await post(page, `/api/v1/organisations/${organisationId}/issues`, { title: 'Overlast uitgaansgebied', impact: 4, urgency: 3 });

  // The organisation page lists the workspace; the issue page links to its matrices.
  await page.goto(`/organisations/${organisationId}`);
  await expect(page.getByRole('navigation', { name: 'Werkruimte' }).getByRole('link', { name: 'Confrontatiematrix' })).toBeVisible();
  await checkPage(page, testInfo, '74-organisation-workspace');
  await page.goto(`/organisations/${organisationId}/issues/${issueId}`);
  await page.getByRole('navigation', { name: 'Werken aan dit issue' }).getByRole('link', { name: 'Confrontatiematrix' }).click();
  await expect(page.getByRole('link', { name: 'Overlast uitgaansgebied' })).toBeVisible();
  await page.getByLabel('Titel').fill('Uitgaansgebied 2027');
  await page.getByRole('button', { name: 'Matrix maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uitgaansgebied 2027' })).toBeVisible();

  await page.goto(`/organisations/${organisationId}/confrontation?issue=${issueId}`);
  await expect(page.getByRole('link', { name: 'Uitgaansgebied 2027' })).toBeVisible();
  await expect(page.getByText('bij een issue')).toBeVisible();
  await checkPage(page, testInfo, '73-confrontation-for-issue');
});
