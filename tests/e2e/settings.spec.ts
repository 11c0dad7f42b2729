import { expect, test } from '@playwright/test';
import { checkPage, signedIn, uniqueEmail } from './helpers';

test('an owner renames the organisation, changes a member role and edits the coalition', async ({ page }, testInfo) => {
  const owner = uniqueEmail('eigenaar', testInfo);
  await signedIn(page, owner, 'Olga Eigenaar');
  // The organisation and a colleague are set up through the API; the changes go through the app.
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('vitaal.auth') ?? '{}').accessToken as string);
  const headers = { Authorization: `Bearer ${token}` };
  const organisation = await (
    await page.request.post('/api/v1/organisations', { data: { name: 'Gemeente Oudnaam', kind: 'municipality' }, headers })
  ).json();
  const colleague = uniqueEmail('collega', testInfo);
  const invitation = await (
    await page.request.post(`/api/v1/organisations/${organisation.id}/invitations`, { data: { email: colleague }, headers })
  ).json();
  const password = 'correct-horse-battery';
  await page.request.post('/api/v1/auth/signup', { data: { email: colleague, password, name: 'Cees Collega' } });
  const colleagueTokens = await (
    await page.request.post('/api/v1/auth/token', { form: { username: colleague, password } })
  ).json();
  expect(
    (
      await page.request.post(`/api/v1/invitations/${invitation.token}/accept`, {
        headers: { Authorization: `Bearer ${colleagueTokens.access_token}` },
      })
    ).status(),
  ).toBe(200);

  await page.goto(`/organisations/${organisation.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Gemeente Oudnaam' })).toBeVisible();
  const details = page.getByRole('region', { name: 'Gegevens van de organisatie' });
  await details.getByLabel('Naam', { exact: true }).fill('Gemeente Nieuwnaam');
  await details.getByRole('button', { name: 'Opslaan' }).click();
  await expect(details.getByText('De wijzigingen zijn opgeslagen.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Gemeente Nieuwnaam' })).toBeVisible();

  // Make the colleague an admin.
  const members = page.getByRole('region', { name: 'Leden' });
  const roleOfColleague = members.getByRole('button', { name: /Rol van Cees Collega/ });
  await roleOfColleague.click();
  await page.getByRole('option', { name: 'Beheerder' }).click();
  await members.locator('li', { hasText: 'Cees Collega' }).getByRole('button', { name: 'Rol wijzigen' }).click();
  await expect(members.locator('li', { hasText: 'Cees Collega' }).locator('.badge', { hasText: 'Beheerder' })).toBeVisible();
  // The last owner cannot be removed: the server says why.
  await members.getByRole('button', { name: 'Olga Eigenaar uit de organisatie verwijderen' }).click();
  await expect(members.getByText('minstens één eigenaar')).toBeVisible();
  await checkPage(page, testInfo, '60-organisation-settings');

  // A coalition: change its status to active.
  const coalition = await (
    await page.request.post('/api/v1/coalitions', {
      data: { name: 'Groene wijken', societal_goal: 'Meer groen in elke wijk', organisation_id: organisation.id },
      headers,
    })
  ).json();
  await page.goto(`/coalitions/${coalition.id}`);
  const coalitionDetails = page.getByRole('region', { name: 'Gegevens van de coalitie' });
  await coalitionDetails.getByRole('button', { name: /Status/ }).click();
  await page.getByRole('option', { name: 'Actief' }).click();
  await coalitionDetails.getByRole('button', { name: 'Opslaan' }).click();
  await expect(coalitionDetails.getByText('De wijzigingen zijn opgeslagen.')).toBeVisible();
  await expect(page.locator('.card__badges').getByText('Actief')).toBeVisible();
  await checkPage(page, testInfo, '61-coalition-settings');
});
