import { expect, test, type APIRequestContext } from '@playwright/test';
import { checkPage, uniqueEmail } from './helpers';

const PASSWORD = 'correct-horse-battery';

/** A coordinator with an organisation and a coalition, set up through the API. */
async function coordinator(request: APIRequestContext, email: string) {
  expect((await request.post('/api/v1/auth/signup', { data: { email, password: PASSWORD, name: 'Kees Kwartier' } })).status()).toBe(201);
  const tokens = await (await request.post('/api/v1/auth/token', { form: { username: email, password: PASSWORD } })).json();
  const headers = { Authorization: `Bearer ${tokens.access_token}` };
  const organisation = await (
    await request.post('/api/v1/organisations', { headers, data: { name: 'Gemeente Noorderveld', kind: 'municipality' } })
  ).json();
  const coalition = await (
    await request.post('/api/v1/coalitions', {
      headers,
      data: {
        name: 'Warme wijken',
        societal_goal: 'Alle huizen in Noorderveld van het gas af in 2035, betaalbaar voor iedereen.',
        description: 'Gemeente, corporaties en bewoners.',
        organisation_id: organisation.id,
      },
    })
  ).json();
  return { headers, organisation, coalition };
}

test('a colleague accepts an organisation invitation and joins a coalition with their own organisation', async ({ page, request }, testInfo) => {
  const a = await coordinator(request, uniqueEmail('coordinator', testInfo));
  const colleagueEmail = uniqueEmail('colleague', testInfo);
  const orgInvitation = await (
    await request.post(`/api/v1/organisations/${a.organisation.id}/invitations`, {
      headers: a.headers,
      data: { email: colleagueEmail, role: 'member' },
    })
  ).json();
  const coalitionInvitation = await (
    await request.post(`/api/v1/coalitions/${a.coalition.id}/invitations`, {
      headers: a.headers,
      data: { role: 'partner', organisation_name_hint: 'Woonstichting Haven' },
    })
  ).json();

  // The organisation invitation can be read without an account.
  await page.goto(new URL(orgInvitation.link).pathname);
  await expect(page.getByRole('heading', { level: 1, name: 'Uitnodiging' })).toBeVisible();
  await expect(page.getByText('Gemeente Noorderveld')).toBeVisible();
  await checkPage(page, testInfo, '20-invitation');

  // Sign up from the invitation, log in, and come back to it.
  await page.getByRole('link', { name: 'Registreren' }).click();
  await page.getByLabel('Uw naam').fill('Cor Collega');
  await page.getByLabel('E-mailadres').fill(colleagueEmail);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  await expect(page.getByLabel('E-mailadres')).toHaveValue(colleagueEmail);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uitnodiging' })).toBeVisible();
  await page.getByRole('button', { name: 'Uitnodiging accepteren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gemeente Noorderveld' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Leden' }).getByText('Cor Collega')).toBeVisible();
  await expect(page.getByText('Alleen eigenaren en beheerders kunnen collega')).toBeVisible();

  // A plain member cannot let the municipality join; they add their own organisation.
  await page.getByRole('button', { name: /Gebruikersmenu/ }).click();
  await page.getByRole('menuitem', { name: 'Nieuwe organisatie' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe organisatie' })).toBeVisible();
  await page.getByLabel('Naam van de organisatie').fill('Woonstichting Haven');
  await page.getByRole('button', { name: 'Soort organisatie' }).click();
  await page.getByRole('option', { name: 'Woningcorporatie' }).click();
  await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Woonstichting Haven' })).toBeVisible();

  // Join the coalition with it.
  await page.goto(new URL(coalitionInvitation.link).pathname);
  await expect(page.getByRole('heading', { level: 1, name: 'Deelnemen aan een coalitie' })).toBeVisible();
  await expect(page.getByText('Alle huizen in Noorderveld van het gas af')).toBeVisible();
  const choice = page.getByRole('radiogroup', { name: 'Met welke organisatie neemt u deel?' });
  await expect(choice.getByRole('radio')).toHaveCount(1);
  await expect(choice.getByRole('radio', { name: 'Woonstichting Haven' })).toBeChecked();
  await checkPage(page, testInfo, '21-join');
  await page.getByRole('button', { name: 'Deelnemen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Warme wijken' })).toBeVisible();
  const members = page.getByRole('region', { name: 'Deelnemende organisaties' });
  await expect(members.getByRole('listitem')).toHaveCount(2);
  await expect(members.getByRole('listitem').filter({ hasText: 'Woonstichting Haven' }).getByText('Partner')).toBeVisible();
  await expect(members.getByRole('listitem').filter({ hasText: 'Gemeente Noorderveld' }).getByText('Kwartiermaker')).toBeVisible();
  await expect(page.getByText('Alleen de kwartiermaker kan organisaties uitnodigen.')).toBeVisible();
  await checkPage(page, testInfo, '22-coalition-partner');

  // An expired access token is refreshed without the user noticing.
  const before = await page.evaluate(() => JSON.parse(localStorage.getItem('vitaal.auth') ?? 'null'));
  await page.evaluate(() => {
    const tokens = JSON.parse(localStorage.getItem('vitaal.auth') ?? '{}');
    localStorage.setItem('vitaal.auth', JSON.stringify({ ...tokens, accessToken: 'expired' }));
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Warme wijken' })).toBeVisible();
  const after = await page.evaluate(() => JSON.parse(localStorage.getItem('vitaal.auth') ?? 'null'));
  expect(after.accessToken).not.toBe('expired');
  expect(after.refreshToken).not.toBe(before.refreshToken);

  // When the refresh token is refused too, the session ends and the user is told why.
  await page.evaluate(() => localStorage.setItem('vitaal.auth', JSON.stringify({ accessToken: 'expired', refreshToken: 'revoked' })));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  await expect(page.getByText('Uw sessie is verlopen. Log opnieuw in.')).toBeVisible();
});
