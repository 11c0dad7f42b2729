import { expect, test } from '@playwright/test';
import { checkPage, signedIn, uniqueEmail } from './helpers';

test('keyboard: the skip link is the first stop and leads to the content', async ({ page }) => {
  await page.goto('/login');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Direct naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('E-mailadres')).toBeFocused();
});

test('a coalition that does not exist (or is not yours) shows a proper page', async ({ page }, testInfo) => {
  await signedIn(page, uniqueEmail('lost', testInfo));
  await page.goto('/coalitions/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible();
  await checkPage(page, testInfo, '30-not-found');
  await page.goto('/does-not-exist');
  await expect(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible();
});

test('a user without organisation is sent to onboarding', async ({ page }, testInfo) => {
  await signedIn(page, uniqueEmail('new', testInfo));
  await page.goto('/');
  await expect(page).toHaveURL(/\/welcome$/);
  await page.goto('/coalitions');
  await expect(page).toHaveURL(/\/welcome$/);
  // The server's limit comes back as a code with the limit, shown in Dutch next to the field.
  await page.getByLabel('Naam van de organisatie').fill('x'.repeat(201));
  await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();
  await expect(page.getByLabel('Naam van de organisatie')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Gebruik maximaal 200 tekens.')).toBeVisible();
  await checkPage(page, testInfo, '31-onboarding-error');
});

test('signing up with an e-mail address that exists shows the error at the field', async ({ page }, testInfo) => {
  const email = uniqueEmail('twice', testInfo);
  expect((await page.request.post('/api/v1/auth/signup', { data: { email, password: 'correct-horse-battery', name: 'Eerste' } })).status()).toBe(201);
  await page.goto('/signup');
  await page.getByLabel('Uw naam').fill('Tweede');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill('correct-horse-battery');
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(page.getByText('Er bestaat al een account met dit e-mailadres.')).toBeVisible();
  await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, testInfo, '32-signup-conflict');
  // Editing the field clears its message.
  await page.getByLabel('E-mailadres').fill(uniqueEmail('other', testInfo));
  await expect(page.getByText('Er bestaat al een account met dit e-mailadres.')).toHaveCount(0);
});
