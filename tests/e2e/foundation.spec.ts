import { expect, test } from '@playwright/test';
import { checkPage, uniqueEmail } from './helpers';

const PASSWORD = 'correct-horse-battery';

test('sign up, log in, create an organisation and a coalition, switch language, log out', async ({ page }, testInfo) => {
  const email = uniqueEmail('kwartiermaker', testInfo);

  // Not signed in: the app sends us to the login page, in Dutch.
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  await checkPage(page, testInfo, '01-login');

  // Sign up.
  await page.getByRole('link', { name: 'Registreren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registreren' })).toBeVisible();
  // Client-side checks show next to the fields.
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(page.getByText('Vul dit veld in.').first()).toBeVisible();
  await checkPage(page, testInfo, '02-signup-errors');
  await page.getByLabel('Uw naam').fill('Fatima de Vries');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Account aanmaken' }).click();

  // Log in (the e-mail address is filled in for us).
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  await expect(page.getByText('Uw account is aangemaakt.')).toBeVisible();
  await expect(page.getByLabel('E-mailadres')).toHaveValue(email);
  await page.getByLabel('Wachtwoord').fill('wrong-password-123');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'klopt niet' })).toBeVisible();
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();

  // Onboarding: create the first organisation.
  await expect(page.getByRole('heading', { level: 1, name: 'Maak uw eerste organisatie aan' })).toBeVisible();
  await checkPage(page, testInfo, '03-onboarding');
  await page.getByLabel('Naam van de organisatie').fill('Gemeente Zuidhaven');
  await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();

  // Coalitions: none yet; create one.
  await expect(page.getByRole('heading', { level: 1, name: 'Coalities' })).toBeVisible();
  await expect(page.getByText('nog niet deel aan een coalitie')).toBeVisible();
  await checkPage(page, testInfo, '04-coalitions-empty');
  await page.getByLabel('Naam van de coalitie').fill('Samen tegen eenzaamheid');
  await page.getByLabel('Maatschappelijk doel').fill('Minder eenzaamheid onder ouderen in Zuidhaven vóór 2030.');
  await page.getByLabel('Omschrijving').fill('Gemeente, woningcorporatie en welzijnswerk werken samen aan ontmoeting in de wijk.');
  await page.getByRole('button', { name: 'Coalitie aanmaken' }).click();

  // The coalition overview page.
  await expect(page).toHaveURL(/\/coalitions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Samen tegen eenzaamheid' })).toBeVisible();
  await expect(page.locator('.goal', { hasText: 'Minder eenzaamheid onder ouderen in Zuidhaven vóór 2030.' })).toBeVisible();
  const members = page.getByRole('region', { name: 'Deelnemende organisaties' });
  await expect(members.getByText('Gemeente Zuidhaven')).toBeVisible();
  await expect(members.getByText('Kwartiermaker')).toBeVisible();
  await checkPage(page, testInfo, '05-coalition');

  // Invite a partner organisation: a link to copy appears, and a pending invitation.
  await page.getByLabel('Naam van de organisatie (optioneel)').fill('Woonstichting Haven');
  await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
  const link = page.getByLabel('Uitnodigingslink');
  await expect(link).toHaveValue(/\/join\/.+/);
  await expect(page.getByRole('region', { name: 'Openstaande uitnodigingen' }).getByText('Woonstichting Haven')).toBeVisible();
  await checkPage(page, testInfo, '06-coalition-invited');

  // The coalition is on the list.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Coalities' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Coalities' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Samen tegen eenzaamheid' })).toBeVisible();
  await checkPage(page, testInfo, '07-coalitions');

  // Organisation page: members and colleague invitation.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisatie' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gemeente Zuidhaven' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Leden' }).getByText(email)).toBeVisible();
  await page.getByLabel('E-mailadres van uw collega').fill(uniqueEmail('collega', testInfo));
  await page.getByRole('button', { name: 'Uitnodigen', exact: true }).click();
  await expect(page.getByLabel('Uitnodigingslink')).toHaveValue(/\/invite\/.+/);
  await checkPage(page, testInfo, '08-organisation');

  // Switch to English: the choice is remembered across a reload.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 2, name: 'Members' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Members' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Coalitions' }).click();
  await page.getByRole('link', { name: 'Samen tegen eenzaamheid' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Societal goal' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Member organisations' }).getByText('Coordinator')).toBeVisible();
  await checkPage(page, testInfo, '09-coalition-en');

  // Log out through the user menu.
  await page.getByRole('button', { name: /User menu/ }).click();
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await expect(page.getByText('You have been logged out.')).toBeVisible();
  await checkPage(page, testInfo, '10-logged-out');

  // Signed out means signed out.
  await page.goto('/coalitions');
  await expect(page).toHaveURL(/\/login\?next=/);
});
