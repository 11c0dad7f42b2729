import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { checkPage } from './helpers';

// Who sees what in the demo coalition (scripts/e2e-server.sh loads the demo): the municipality
// coordinates and sees its preparation marked as such; the school board is a partner that sees the
// shared work and, where the preparation would be, why it is not there. The coordinator shares the
// matrix positions in the coalition's settings; the school board then sees them, and still not the
// strategies or each assessor's rationale.

const COORDINATOR = { email: 'demo@vitaal.example', password: 'vitaal-demo-2026' };
const PARTNER = { email: 'school@vitaal.example', password: 'vitaal-partner-2026' };
const COALITION = 'Levendige binnenstad';

type Login = typeof COORDINATOR;

async function tokens(request: APIRequestContext, login: Login) {
  const response = await request.post('/api/v1/auth/token', { form: { username: login.email, password: login.password } });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as { access_token: string; refresh_token: string };
}

async function logIn(page: Page, login: Login) {
  const t = await tokens(page.request, login);
  await page.goto('/login');
  await page.evaluate((t) => localStorage.setItem('vitaal.auth', JSON.stringify({ accessToken: t.access_token, refreshToken: t.refresh_token })), t);
}

/** The demo coalition, with the matrix positions back to preparation (the other project may have shared them). */
async function demoCoalition(request: APIRequestContext): Promise<string> {
  const headers = { Authorization: `Bearer ${(await tokens(request, COORDINATOR)).access_token}` };
  const list = await (await request.get('/api/v1/coalitions', { headers })).json();
  const coalition = list.items.find((c: { name: string }) => c.name === COALITION);
  expect(coalition, 'the demo coalition (scripts/e2e-server.sh seeds it)').toBeTruthy();
  const reset = await request.put(`/api/v1/coalitions/${coalition.id}/visibility/partner_positions`, {
    headers,
    data: { shared: false, reason: 'Terug naar de beginstand van de test.' },
  });
  expect(reset.status(), await reset.text()).toBe(200);
  return coalition.id as string;
}

function tab(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Onderdelen van de coalitie' }).getByRole('link', { name, exact: true });
}

test('the partner sees the shared work and why the preparation is not there; the coordinator shares the matrix positions', async ({ page, request }, testInfo) => {
  test.setTimeout(120_000);
  const id = await demoCoalition(request);
  const line = page.getByTestId('visibility');

  // The coordinator: the preparation is there, marked as the core team's.
  await logIn(page, COORDINATOR);
  await page.goto(`/coalitions/${id}/partners`);
  await expect(page.getByRole('heading', { level: 1, name: 'Partners en invloed' })).toBeVisible();
  await expect(line).toContainText('Voorbereiding — alleen het kernteam ziet dit.');
  await expect(page.locator('.matrix-chart__point').first()).toBeVisible();
  await expect(page.getByTestId('mark-partner_positions').first()).toHaveText('Voorbereiding · alleen kernteam');
  await expect(page.getByTestId('mark-partner_strategies')).toHaveText('Voorbereiding · alleen kernteam');
  await checkPage(page, testInfo, 'v1-matrix-coordinator');
  await tab(page, 'Stappenplan').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stappenplan' })).toBeVisible();
  await expect(line).toContainText('Deels gedeeld, deels voorbereiding.');
  await page.goto(`/coalitions/${id}/journey?step=3`);
  await expect(page.getByTestId('mark-own_plan')).toHaveText('Voorbereiding · alleen kernteam');
  await expect(page.getByRole('textbox', { name: 'Hoe organiseren we de samenwerking?' })).toBeVisible();
  await checkPage(page, testInfo, 'v2-journey-coordinator');

  // The school board: shared work as it is, the preparation explained instead of an error.
  await logIn(page, PARTNER);
  await page.goto(`/coalitions/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: COALITION })).toBeVisible();
  await expect(line).toContainText('Gedeeld met alle partners.');
  const settings = page.getByRole('region', { name: 'Wie ziet wat?' });
  await expect(settings).toContainText('Uw organisatie hoort niet bij het kernteam.');
  await expect(settings.getByRole('button', { name: /delen met alle partners/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Geschiedenis van wat gedeeld is' })).toHaveCount(0);
  await checkPage(page, testInfo, 'v3-overview-partner');
  await tab(page, 'Bijeenkomsten').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();
  await expect(line).toContainText('Gedeeld met alle partners.');
  await expect(page.getByRole('region', { name: 'Alle bijeenkomsten' }).getByRole('link').first()).toBeVisible();
  await tab(page, 'Partners en invloed').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partners en invloed' })).toBeVisible();
  await expect(line).toContainText('Voorbereiding van het kernteam.');
  await expect(page.getByTestId('preparation-partner_positions')).toContainText('Dit is voorbereiding van het kernteam');
  await expect(page.locator('.matrix-chart__point')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'De partners van de coalitie' }).locator('li[data-partner="Scholengroep Binnenstad"]')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await checkPage(page, testInfo, 'v4-matrix-partner-preparation');
  await page.goto(`/coalitions/${id}/journey?step=3`);
  await expect(page.getByTestId('preparation-own_plan')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Hoe organiseren we de samenwerking?' })).toHaveCount(0);
  await checkPage(page, testInfo, 'v5-journey-partner');

  // The coordinator shares the matrix positions, with a reason for the history.
  await logIn(page, COORDINATOR);
  await page.goto(`/coalitions/${id}`);
  const sharing = page.getByRole('region', { name: 'Wie ziet wat?' });
  await sharing.getByRole('button', { name: 'Posities in de partnermatrix delen met alle partners' }).click();
  const positions = sharing.locator('li[data-piece="partner_positions"]');
  await positions.getByLabel('Waarom? (optioneel)').fill('De posities bespreken we in de verkenning.');
  await positions.getByRole('button', { name: 'Delen', exact: true }).click();
  await expect(sharing.getByText('Posities in de partnermatrix: nu gedeeld met alle partners.')).toBeVisible();
  await expect(positions).toContainText('Gedeeld');
  const history = page.getByRole('region', { name: 'Geschiedenis van wat gedeeld is' });
  await expect(history).toContainText('Posities in de partnermatrix gedeeld met alle partners');
  await expect(history).toContainText('De posities bespreken we in de verkenning.');
  await checkPage(page, testInfo, 'v6-overview-shared');

  // The school board now sees the positions, marked as shared; the strategies and each
  // assessor's rationale stay the core team's.
  await logIn(page, PARTNER);
  await page.goto(`/coalitions/${id}/partners`);
  await expect(page.getByRole('heading', { level: 1, name: 'Partners en invloed' })).toBeVisible();
  await expect(line).toContainText('Gedeeld met alle partners.');
  await expect(page.locator('.matrix-chart__point[data-partner="Scholengroep Binnenstad"]')).toBeVisible();
  await expect(page.getByTestId('mark-partner_positions').first()).toHaveText('Gedeeld met alle partners');
  await expect(page.getByText('Alleen het kernteam beoordeelt partners; u kunt de matrix bekijken.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Beoordeel Scholengroep Binnenstad' })).toHaveCount(0);
  await expect(page.getByTestId('preparation-partner_strategies')).toBeVisible();
  await checkPage(page, testInfo, 'v7-matrix-partner-shared');
});
