import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const SCREENSHOTS = path.resolve(__dirname, '../../var/screenshots');

/** Runs axe-core (WCAG 2.1 A/AA) on the page as it is and expects no violations. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // react-aria's live announcer keeps, for a few seconds, a message that points
    // (aria-labelledby) at the button that was pending on the previous page; it is
    // hidden, transient and not our markup.
    .exclude('[data-live-announcer]')
    .analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** The page must not scroll sideways (360 px phones included); the message names what sticks out. */
export async function expectNoHorizontalScroll(page: Page, label: string): Promise<void> {
  const { overflow, culprits } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // The innermost elements past the right edge: those are the ones to fix.
    const past = [...document.body.querySelectorAll<HTMLElement>('*')].filter((el) => el.getBoundingClientRect().right > width + 0.5);
    const innermost = past.filter((el) => !past.some((other) => other !== el && el.contains(other)));
    return {
      overflow: document.documentElement.scrollWidth - width,
      culprits: innermost.slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${(el.textContent ?? '').trim().slice(0, 40)}”`),
    };
  });
  expect(overflow, `horizontal overflow on ${label}: ${culprits.join('; ')}`).toBeLessThanOrEqual(0);
}

/** Saves a full-page screenshot as var/screenshots/<project>-<name>.png. */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${testInfo.project.name}-${name}.png`), fullPage: true });
}

/** The checks every page visited gets: one h1, a main landmark, axe, no sideways scroll, a screenshot. */
export async function checkPage(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('main')).toHaveCount(1);
  await expectAccessible(page, name);
  await expectNoHorizontalScroll(page, name);
  await snap(page, testInfo, name);
}

export function uniqueEmail(prefix: string, testInfo: TestInfo): string {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  return `${prefix}-${testInfo.project.name}-${stamp}@example.org`;
}

const PASSWORD = 'correct-horse-battery';

/** Signs up and logs in through the API, and puts the tokens where the app keeps them. */
export async function signedIn(page: Page, email: string, name = 'Test Gebruiker'): Promise<void> {
  expect((await page.request.post('/api/v1/auth/signup', { data: { email, password: PASSWORD, name } })).status()).toBe(201);
  await logIn(page, email);
}

/** The tokens of an account made by `signedIn`, for calling the API as that user. */
export async function tokensOf(page: Page, email: string): Promise<{ access_token: string; refresh_token: string }> {
  const response = await page.request.post('/api/v1/auth/token', { form: { username: email, password: PASSWORD } });
  expect(response.status()).toBe(200);
  return response.json();
}

/** Logs in an account made by `signedIn` (another user in the same test, for instance). */
export async function logIn(page: Page, email: string): Promise<void> {
  const tokens = await tokensOf(page, email);
  await page.goto('/login');
  await page.evaluate(
    (t) => localStorage.setItem('vitaal.auth', JSON.stringify({ accessToken: t.access_token, refreshToken: t.refresh_token })),
    tokens,
  );
}

/** Picks an option of a react-aria Select inside `scope`, found by its label. */
export async function choose(page: Page, scope: Locator, label: string | RegExp, option: string): Promise<void> {
  await scope.getByRole('button', { name: label }).click();
  // The selected option carries a check mark before its name.
  const name = option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.getByRole('option', { name: new RegExp(`^(✓ )?${name}$`) }).click();
}
