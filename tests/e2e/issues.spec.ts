import { expect, test, type Locator, type Page } from '@playwright/test';
import { checkPage, expectAccessible, signedIn, uniqueEmail } from './helpers';

const TITLE = 'Leegstand in de winkelstraten';

/** Picks an option of a react-aria Select inside `scope`, found by its label. */
async function choose(page: Page, scope: Locator | Page, label: string, option: string) {
  await scope.getByRole('button', { name: new RegExp(label) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** An organisation and one stakeholder in its register, through the API as the signed-in user. */
async function organisationWithStakeholder(page: Page): Promise<string> {
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('vitaal.auth') ?? '{}').accessToken as string);
  const headers = { Authorization: `Bearer ${token}` };
  const created = await page.request.post('/api/v1/organisations', {
    data: { name: 'Ondernemersvereniging Rivierstad', kind: 'trade_association' },
    headers,
  });
  expect(created.status()).toBe(201);
  const organisationId = (await created.json()).id as string;
  const stakeholder = await page.request.post(`/api/v1/organisations/${organisationId}/stakeholders`, {
    data: { name: 'Vereniging Vastgoedeigenaren', type: 'business' },
    headers,
  });
  expect(stakeholder.status()).toBe(201);
  return organisationId;
}

test('issues: register an issue, move its phase with a reason, link a stakeholder, plan an activity and see the budget', async ({ page }, testInfo) => {
  await signedIn(page, uniqueEmail('issues', testInfo), 'Iris Issue');
  const organisationId = await organisationWithStakeholder(page);

  // The organisation page links to the register.
  await page.goto(`/organisations/${organisationId}`);
  await page.getByRole('link', { name: /Issueregister/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Issues' })).toBeVisible();
  await expect(page.getByText('Geen issues gevonden.')).toBeVisible();
  await checkPage(page, testInfo, '90-issues-empty');

  // Register an issue: required title first, then a full one.
  const form = page.getByRole('region', { name: 'Nieuw issue' });
  await form.getByRole('button', { name: 'Issue registreren' }).click();
  await expect(form.getByText('Vul dit veld in.').first()).toBeVisible();
  await form.getByLabel('Titel').fill(TITLE);
  await form.getByLabel('Omschrijving').fill('In de Hoogstraat staat 14% van de panden leeg.');
  await choose(page, form, 'Reikwijdte', 'Ledengroep');
  await form.getByLabel('Tags').fill('leegstand, binnenstad');
  await choose(page, form, 'Impact', '5 – zeer groot');
  await choose(page, form, 'Urgentie', '4 – deze maand');
  await form.getByRole('button', { name: 'Issue registreren' }).click();

  // The detail page, overview tab.
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByText('Kritiek · 20').first()).toBeVisible();
  // Whoever registers an issue owns it, unless they chose someone else.
  await expect(page.getByRole('region', { name: 'Samenvatting' }).getByText('Iris Issue')).toBeVisible();
  await expect(page.getByText('Geregistreerd in de fase Ontstaan')).toBeVisible();
  await checkPage(page, testInfo, '91-issue-overview');

  // Move the phase: the reason is required, then kept in the history.
  await page.getByRole('button', { name: 'Fase wijzigen', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: `Fase wijzigen: ${TITLE}` })).toBeVisible();
  await dialog.getByRole('button', { name: 'Fase wijzigen' }).click();
  await expect(dialog.getByText('Geef de reden van de wijziging.')).toBeVisible();
  await choose(page, dialog, 'Nieuwe fase', 'Meningsvorming');
  await dialog.getByLabel('Reden').fill('Raadsinformatieavond over een leegstandsheffing.');
  await expectAccessible(page, 'phase dialog');
  await dialog.getByRole('button', { name: 'Fase wijzigen' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText(`${TITLE} staat nu in de fase Meningsvorming.`)).toBeVisible();
  const history = page.getByRole('region', { name: 'Geschiedenis' });
  await expect(history.getByText('Fase: Ontstaan → Meningsvorming')).toBeVisible();
  await expect(history.getByText('Raadsinformatieavond over een leegstandsheffing.')).toBeVisible();

  // Stakeholder analysis: link one from the register, opposed.
  await page.getByRole('tab', { name: 'Stakeholders' }).click();
  await expect(page.getByText('Nog geen stakeholders gekoppeld.')).toBeVisible();
  const linkForm = page.getByRole('region', { name: 'Stakeholder koppelen' });
  await choose(page, linkForm, 'Stakeholder uit het register', 'Vereniging Vastgoedeigenaren');
  await choose(page, linkForm, 'Positie', 'Tegen');
  await choose(page, linkForm, 'Invloed', '5 – doorslaggevend');
  await linkForm.getByRole('button', { name: 'Koppelen' }).click();
  await expect(linkForm.getByText('Vereniging Vastgoedeigenaren is gekoppeld.')).toBeVisible();
  const row = page.locator('tr[data-stakeholder="Vereniging Vastgoedeigenaren"]');
  await expect(row.getByText('Tegen')).toBeVisible();
  await checkPage(page, testInfo, '92-issue-stakeholders');

  // Planning: an activity with a subsidy that is not secured yet, then secured.
  await page.getByRole('tab', { name: 'Planning en budget' }).click();
  const activityForm = page.getByRole('region', { name: 'Activiteit toevoegen' });
  await activityForm.getByLabel('Naam van de activiteit').fill('Pop-upwinkels in leegstaande panden');
  await activityForm.getByLabel('Geschatte kosten (euro)').fill('18.000');
  await choose(page, activityForm, 'Financieringsbron', 'Subsidie');
  await activityForm.getByRole('button', { name: 'Activiteit toevoegen' }).click();
  await expect(activityForm.getByText('Pop-upwinkels in leegstaande panden is toegevoegd.')).toBeVisible();
  await expect(page.getByTestId('issue-planned')).toHaveText(/€\s18\.000/);
  await expect(page.getByTestId('issue-unfunded')).toHaveText(/€\s18\.000/);
  await page.getByRole('button', { name: 'Markeer als gedekt' }).click();
  await expect(page.getByTestId('issue-funded')).toHaveText(/€\s18\.000/);
  await expect(page.getByTestId('issue-unfunded')).toHaveText(/€\s0/);
  await checkPage(page, testInfo, '93-issue-planning');

  // Evaluations: plan one.
  await page.getByRole('tab', { name: 'Evaluaties' }).click();
  const planForm = page.getByRole('region', { name: 'Evaluatie plannen' });
  await planForm.getByLabel('Datum').fill('2027-06-30');
  await planForm.getByLabel(/Waarover/).fill('Is de leegstand gedaald?');
  await planForm.getByRole('button', { name: 'Evaluatie plannen' }).click();
  await expect(planForm.getByText('De evaluatie is gepland.')).toBeVisible();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '30 juni 2027' }) });
  await expect(card.getByText('Is de leegstand gedaald?')).toBeVisible();
  await expect(card.getByRole('button', { name: 'Uitkomst vastleggen' })).toBeVisible();
  await checkPage(page, testInfo, '94-issue-evaluations');

  // Back to the register: the budget across issues, the heat map and the board.
  await page.getByRole('link', { name: 'Issues' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Issues' })).toBeVisible();
  await expect(page.getByTestId('budget-planned')).toHaveText(/€\s18\.000/);
  await expect(page.getByTestId('budget-funded')).toHaveText(/€\s18\.000/);
  await expect(page.locator(`tr[data-issue="${TITLE}"]`)).toBeVisible();
  await checkPage(page, testInfo, '95-issues-list');

  await page.getByRole('tab', { name: 'Heatmap' }).click();
  const cell = page.getByRole('button', { name: /1 issue met impact 5 en urgentie 4/ });
  await expect(cell).toBeVisible();
  await checkPage(page, testInfo, '96-issues-heat-map');
  await cell.click();
  await expect(page.getByText('Alleen impact 5 × urgentie 4')).toBeVisible();
  await expect(page.locator(`tr[data-issue="${TITLE}"]`)).toBeVisible();
  await page.getByRole('button', { name: 'Filter wissen' }).click();

  await page.getByRole('tab', { name: 'Bord per fase' }).click();
  const column = page.getByRole('region', { name: /Meningsvorming/ });
  await expect(column.getByRole('link', { name: TITLE })).toBeVisible();
  await checkPage(page, testInfo, '97-issues-board');
  await page.getByRole('button', { name: `Fase wijzigen van ${TITLE}` }).click();
  const boardDialog = page.getByRole('dialog');
  // Skip a phase: the order is not enforced.
  await choose(page, boardDialog, 'Nieuwe fase', 'Handhaving');
  await boardDialog.getByLabel('Reden').fill('De verordening is al van kracht; controles zijn begonnen.');
  await boardDialog.getByRole('button', { name: 'Fase wijzigen' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('region', { name: /Handhaving/ }).getByRole('link', { name: TITLE })).toBeVisible();
  await expect(page.getByRole('region', { name: /Meningsvorming/ }).getByRole('link', { name: TITLE })).toHaveCount(0);

  // The evaluation: goal reached closes the issue, and the closing is in its history.
  await page.getByRole('region', { name: /Handhaving/ }).getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await page.getByRole('tab', { name: 'Evaluaties' }).click();
  const evaluation = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '30 juni 2027' }) });
  await choose(page, evaluation, 'Uitkomst$', 'Doel bereikt');
  await expect(evaluation.getByText('Doel bereikt sluit het issue af')).toBeVisible();
  await evaluation.getByLabel(/Toelichting/).fill('Leegstand onder de 5%.');
  await evaluation.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
  await expect(evaluation.getByText(/Vastgelegd door Iris Issue/)).toBeVisible();
  await expect(page.locator('.issue-header-meta').getByText('Afgesloten')).toBeVisible();
  await page.getByRole('tab', { name: 'Overzicht' }).click();
  await expect(page.getByRole('region', { name: 'Geschiedenis' }).getByText('Status: Monitoren → Afgesloten')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Geschiedenis' }).getByText('na een evaluatie', { exact: false })).toBeVisible();
});
