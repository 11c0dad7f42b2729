import { expect, test, type Page } from '@playwright/test';
import { checkPage, choose, signedIn, uniqueEmail } from './helpers';

/** Calls the API as the signed-in user, as an integration would. */
async function api(page: Page, path: string, data: unknown): Promise<{ id: string }> {
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('vitaal.auth') ?? '{}').accessToken as string);
  const response = await page.request.post(`/api/v1${path}`, { data, headers: { Authorization: `Bearer ${token}` } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string };
}

const SCHOOL = 'Scholengroep Binnenstad';
const SHOPS = 'Ondernemersvereniging Centrum';
const WELFARE = 'Welzijn Rivierland';

async function addInterest(page: Page, partner: string, topic: string, weight: string, reason = false) {
  const form = page.getByRole('region', { name: 'Belang toevoegen' });
  await choose(page, form, 'Partner', partner);
  await form.getByLabel('Onderwerp').fill(topic);
  await form.getByRole('textbox', { name: 'Gewicht' }).fill(weight);
  if (reason) await form.getByLabel('Reden om mee te doen').check();
  await form.getByRole('button', { name: 'Belang toevoegen' }).click();
  await expect(form.getByText(`‘${topic}’ is toegevoegd bij ${partner}.`)).toBeVisible();
}

test('journey: start step 1, record a conversation, add interests, decide the domain, finish a step and see what is next', async ({ page }, testInfo) => {
  await signedIn(page, uniqueEmail('journey', testInfo), 'Anne Kwartiermaker');
  const organisation = await api(page, '/organisations', { name: 'Gemeente Rivierstad', kind: 'municipality' });
  const coalition = await api(page, '/coalitions', {
    name: 'Levendige binnenstad',
    societal_goal: 'Een aantrekkelijke binnenstad waar bewoners graag wonen.',
    organisation_id: organisation.id,
  });
  for (const name of [SCHOOL, SHOPS, WELFARE]) {
    await api(page, `/coalitions/${coalition.id}/partners`, { name, status: 'potential' });
  }

  // The step plan is a section of the coalition.
  await page.goto(`/coalitions/${coalition.id}`);
  await page.getByRole('navigation', { name: 'Onderdelen van de coalitie' }).getByRole('link', { name: 'Stappenplan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stappenplan' })).toBeVisible();
  const where = page.getByRole('region', { name: 'Waar staat de coalitie?' });
  await expect(where.getByTestId('current-step')).toHaveText('Stap 1: Eigen intentie en verkenning van belangen van partners');
  await expect(where.getByTestId('next-step')).toContainText('Stap 2: Een beeld vormen van het domein');
  await expect(page.locator('[aria-current="step"]')).toHaveAttribute('data-step', '1');
  await checkPage(page, testInfo, '70-journey-new');

  // Step 1 in progress, with the first checklist item ticked.
  const step = page.getByRole('region', { name: /^Stap 1: Eigen intentie/ });
  await step.getByRole('button', { name: 'Stap starten' }).click();
  await expect(step.getByTestId('step-status')).toHaveText('Bezig');
  await step.getByLabel('Eigen intentie vastgelegd: wat wil je (organisatie) bereiken?').check();
  await expect(step.getByLabel('Eigen intentie vastgelegd: wat wil je (organisatie) bereiken?')).toBeChecked();
  await expect(step.getByLabel('Eigen intentie vastgelegd: wat wil je (organisatie) bereiken?')).toBeEnabled();

  // A bilateral conversation with the school board.
  const form = page.getByRole('region', { name: 'Gesprek vastleggen' });
  await choose(page, form, 'Partner', SCHOOL);
  await form.getByLabel('Gesproken met').fill('Fatima Amrani, bestuurder');
  await form.getByLabel('1. Wat is hun drijfveer om (eventueel) mee te doen?').fill('Meer leerlingen uit de binnenstad.');
  await form.getByLabel('6. Hebben ze zorgen over of vragen bij een of meer andere (beoogde) partners?').fill('Of de ondernemers jongeren willen betrekken.');
  await form.getByRole('button', { name: 'Gesprek opslaan' }).click();
  await expect(form.getByText(`Het gesprek met ${SCHOOL} is opgeslagen.`)).toBeVisible();
  const answers = page.getByRole('region', { name: 'Antwoorden per vraag' });
  await expect(answers.getByText('Meer leerlingen uit de binnenstad.')).toBeVisible();
  await expect(page.locator(`tr[data-partner="${SCHOOL}"] td`).first()).toHaveText('1');
  await checkPage(page, testInfo, '71-journey-conversation');

  // Step 2: interests of two partners, and the domain they make.
  await page.locator('button[data-step="2"]').click();
  await expect(page.getByRole('heading', { level: 2, name: /^Stap 2: Een beeld vormen/ })).toBeVisible();
  await addInterest(page, SCHOOL, 'Levendige binnenstad', '3');
  await addInterest(page, SCHOOL, 'Veilige schoolroutes', '5', true);
  await addInterest(page, SHOPS, 'levendige  BINNENSTAD', '5');
  await addInterest(page, SHOPS, 'Evenementen', '4');
  const matrix = page.getByRole('region', { name: /Het domein: onderwerpen in de rijen/ });
  await expect(matrix.locator('tbody tr')).toHaveCount(3);
  const shared = matrix.locator('tr[data-topic="Levendige binnenstad"]');
  await expect(shared).toContainText('Alle partners');
  await expect(matrix.locator('tr[data-topic="Veilige schoolroutes"]')).toContainText('Eén partner');
  await expect(page.getByTestId('domain-all')).toContainText('Levendige binnenstad');
  // A topic only the school holds, as its reason to join: a legitimate reason, not a problem.
  await expect(page.getByTestId('domain-reasons-to-join')).toContainText(`${SCHOOL} doet mee voor Veilige schoolroutes.`);
  await expect(page.getByText(`Nog geen belangen vastgelegd voor: ${WELFARE}.`)).toBeVisible();
  await expect(matrix.locator('tr[data-topic="Evenementen"]')).toContainText('Nog niet besloten');

  // The candidates are not the domain yet: the coalition decides per topic, with a reason.
  const decisions = page.getByRole('region', { name: 'Hoort het bij het domein?' });
  const routes = decisions.locator('li[data-topic="Veilige schoolroutes"]');
  await expect(routes).toContainText(`De reden van ${SCHOOL} om mee te doen: een legitieme reden`);
  await routes.getByText('Besluiten over ‘Veilige schoolroutes’').click();
  await choose(page, routes, /Besluit$/, 'In het domein');
  await routes.getByRole('button', { name: 'Besluit opslaan' }).click();
  await expect(routes.getByText('Het besluit over ‘Veilige schoolroutes’ is opgeslagen.')).toBeVisible();
  await expect(routes.getByTestId('topic-decision')).toHaveText('In het domein');
  const events = decisions.locator('li[data-topic="Evenementen"]');
  await events.getByText('Besluiten over ‘Evenementen’').click();
  await choose(page, events, /Besluit$/, 'Buiten het domein');
  await events.getByRole('button', { name: 'Besluit opslaan' }).click();
  await expect(events.getByText('Geef een reden: waarom valt dit onderwerp buiten het domein?')).toBeVisible();
  await events.getByLabel('Reden').fill('De ondernemers organiseren hun evenementen zelf.');
  await events.getByRole('button', { name: 'Besluit opslaan' }).click();
  await expect(events.getByTestId('topic-decision')).toHaveText('Buiten het domein');
  await expect(events).toContainText('De ondernemers organiseren hun evenementen zelf.');
  await expect(events).toContainText('Besloten door Anne Kwartiermaker op');
  await expect(matrix.locator('tr[data-topic="Evenementen"]')).toContainText('Buiten het domein');
  await expect(page.getByTestId('domain-in_domain')).toContainText('Veilige schoolroutes');
  await expect(page.getByTestId('domain-not_in_domain')).toContainText('Evenementen');
  await expect(page.getByTestId('domain-undecided')).toContainText('Levendige binnenstad');
  await checkPage(page, testInfo, '72-journey-domain');

  // A mistake is removed again; the domain follows.
  await page.getByText(/^Belangen beheren/).click();
  await page.getByRole('button', { name: `‘Evenementen’ van ${SHOPS} verwijderen` }).click();
  await expect(matrix.locator('tbody tr')).toHaveCount(2);

  // Step 3: the own plan shows what the matrix and the interests say; give the school its role.
  await page.locator('button[data-step="3"]').click();
  const plan = page.locator(`li[data-partner="${SCHOOL}"]`);
  await expect(plan).toContainText('2 onderwerpen, gewicht 8');
  await expect(plan).toContainText('Nog niet beoordeeld in de partnermatrix.');
  await plan.getByRole('textbox', { name: 'Rol' }).fill('Trekker deelthema jongeren en onderwijs');
  await choose(page, plan, 'Uitvoeringskracht', 'Met extra middelen');
  await plan.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(plan.getByText(`Het plan voor ${SCHOOL} is opgeslagen.`)).toBeVisible();
  await page.getByLabel('Hoe organiseren we de samenwerking?').fill('Een bestuurlijke stuurgroep en een klein programmateam.');
  await page.getByRole('button', { name: 'Schets opslaan' }).click();
  await expect(page.getByText('De schets is opgeslagen.')).toBeVisible();
  await checkPage(page, testInfo, '74-journey-own-plan');

  // Back to step 1: mark it done and see what comes next.
  await page.locator('button[data-step="1"]').click();
  const first = page.getByRole('region', { name: /^Stap 1: Eigen intentie/ });
  await first.getByRole('button', { name: 'Stap afronden' }).click();
  await expect(first.getByTestId('step-status')).toHaveText('Afgerond');
  await expect(first.getByText('Stap afgerond. Hierna: stap 2, Een beeld vormen van het domein van de vitale coalitie.')).toBeVisible();
  await expect(where.getByTestId('current-step')).toHaveText('Stap 2: Een beeld vormen van het domein van de vitale coalitie');
  await expect(where.getByTestId('next-step')).toContainText('Stap 3: Een eigen plan ontwikkelen voor de samenwerking');
  await expect(page.locator('[aria-current="step"]')).toHaveAttribute('data-step', '2');

  // Going back needs a reason and is recorded.
  await first.getByRole('button', { name: 'Stap heropenen…' }).click();
  await first.getByRole('button', { name: 'Heropenen', exact: true }).click();
  await expect(first.getByText('Geef een reden op.')).toBeVisible();
  await first.getByLabel('Waarom gaat de coalitie terug naar deze stap?').fill('Woonstichting sluit aan: nog een gesprek.');
  await first.getByRole('button', { name: 'Heropenen', exact: true }).click();
  await expect(first.getByTestId('step-status')).toHaveText('Bezig');
  await first.getByText(/^Geschiedenis/).click();
  await expect(first.getByText('Woonstichting sluit aan: nog een gesprek.')).toBeVisible();
  await checkPage(page, testInfo, '73-journey-reopened');
});
