import { expect, test, type Locator, type Page } from '@playwright/test';
import { checkPage, expectAccessible, signedIn, snap, uniqueEmail } from './helpers';

const TITLE = 'Leegstand in de winkelstraten';

/** Picks an option of a react-aria Select inside `scope`, found by its label. */
async function choose(page: Page, scope: Locator | Page, label: string, option: string) {
  await scope.getByRole('button', { name: new RegExp(label) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The text field of the n-th objective in the issue form. */
function objective(scope: Locator, n: number): Locator {
  return scope.getByRole('textbox', { name: `Doelstelling ${n}`, exact: true });
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

test('issues: register an issue with its frame, move its phase with a reason, link a stakeholder, plan an activity, see the budget, and reach the goal once it is written down', async ({ page }, testInfo) => {
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
  // The workable frame: objectives added, one taken out, one moved up; the goal left for later.
  const frameFields = form.getByRole('group', { name: 'Werkbaar kader' });
  await frameFields.getByRole('button', { name: 'Doelstelling toevoegen' }).click();
  await expect(objective(frameFields, 1)).toBeFocused();
  await objective(frameFields, 1).fill('Gevelfonds met de vastgoedeigenaren');
  await frameFields.getByRole('button', { name: 'Doelstelling toevoegen' }).click();
  await objective(frameFields, 2).fill('Een tijdelijke leegstandsheffing');
  await frameFields.getByRole('button', { name: 'Doelstelling toevoegen' }).click();
  await objective(frameFields, 3).fill('Drie pop-upwinkels in 2027');
  await frameFields.getByRole('button', { name: 'Doelstelling 2 weghalen' }).click();
  await expect(objective(frameFields, 2)).toHaveValue('Drie pop-upwinkels in 2027');
  await frameFields.getByRole('button', { name: 'Doelstelling 2 omhoog' }).click();
  await expect(objective(frameFields, 1)).toHaveValue('Drie pop-upwinkels in 2027');
  await expect(objective(frameFields, 2)).toHaveValue('Gevelfonds met de vastgoedeigenaren');
  // At the top its "up" is disabled, so the cursor moved to its "down".
  await expect(frameFields.getByRole('button', { name: 'Doelstelling 1 omlaag' })).toBeFocused();
  await frameFields.getByLabel('Meerwaarde').fill('Winkeliers krijgen meer passanten; eigenaren houden hun panden verhuurd.');
  await form.getByRole('button', { name: 'Issue registreren' }).click();

  // The detail page, overview tab.
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByText('Kritiek · 20').first()).toBeVisible();
  // Whoever registers an issue owns it, unless they chose someone else.
  await expect(page.getByRole('region', { name: 'Samenvatting' }).getByText('Iris Issue')).toBeVisible();
  await expect(page.getByText('Geregistreerd in de fase Ontstaan')).toBeVisible();
  // The frame, prominently: no goal yet, the objectives in their order, the added value.
  const frame = page.getByRole('region', { name: 'Werkbaar kader' });
  await expect(frame.getByText('Nog geen doel opgeschreven.')).toBeVisible();
  await expect(frame.getByRole('listitem')).toHaveText(['Drie pop-upwinkels in 2027', 'Gevelfonds met de vastgoedeigenaren']);
  await expect(frame.getByText('Winkeliers krijgen meer passanten')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Geschiedenis' }).getByText('Doelstellingen opgeschreven')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Geschiedenis' }).getByText('Meerwaarde opgeschreven')).toBeVisible();
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
  // Without a goal, "goal reached" cannot be recorded: the form says why and leads to the goal.
  await expect(evaluation.getByText('Doel bereikt sluit het issue af, en dat kan pas als het doel is opgeschreven.')).toBeVisible();
  await evaluation.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
  await expect(evaluation.getByText('Dit issue heeft nog geen doel. Schrijf eerst het doel op')).toBeVisible();
  await expectAccessible(page, 'evaluation without a goal');
  await snap(page, testInfo, '98-issue-evaluation-no-goal');
  await evaluation.getByRole('link', { name: 'Doel opschrijven' }).click();
  await expect(page.getByRole('tab', { name: 'Overzicht' })).toHaveAttribute('aria-selected', 'true');
  const edit = page.getByRole('region', { name: 'Issue bewerken' });
  const goal = edit.getByLabel('Doel', { exact: true });
  await expect(goal).toBeFocused();
  await goal.fill('De leegstand in de Hoogstraat is eind 2028 onder de 5%.');
  // The objectives come back in their order and can be reordered again.
  await expect(objective(edit, 1)).toHaveValue('Drie pop-upwinkels in 2027');
  await edit.getByRole('button', { name: 'Doelstelling 2 omhoog' }).click();
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(edit.getByText('De wijzigingen zijn opgeslagen.')).toBeVisible();
  await expect(frame.getByText('De leegstand in de Hoogstraat is eind 2028 onder de 5%.')).toBeVisible();
  await expect(frame.getByRole('listitem')).toHaveText(['Gevelfonds met de vastgoedeigenaren', 'Drie pop-upwinkels in 2027']);
  const frameHistory = page.getByRole('region', { name: 'Geschiedenis' });
  await expect(frameHistory.locator('[data-change="goal"]')).toContainText('Doel opgeschreven');
  await expect(frameHistory.locator('[data-change="objectives"]').first()).toContainText('Doelstellingen gewijzigd');
  await expect(frameHistory.locator('[data-change="objectives"]').first()).toContainText('De volgorde is gewijzigd.');
  await checkPage(page, testInfo, '98-issue-frame');

  await page.getByRole('tab', { name: 'Evaluaties' }).click();
  await expect(evaluation.getByText('De leegstand in de Hoogstraat is eind 2028 onder de 5%.')).toBeVisible();
  await choose(page, evaluation, 'Uitkomst$', 'Doel bereikt');
  await expect(evaluation.getByText('Doel bereikt sluit het issue af')).toBeVisible();
  await evaluation.getByLabel(/Toelichting/).fill('Leegstand onder de 5%.');
  await evaluation.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
  await expect(evaluation.getByText(/Vastgelegd door Iris Issue/)).toBeVisible();
  await expect(evaluation.getByText('Beoordeeld tegen het doel:')).toBeVisible();
  await checkPage(page, testInfo, '99-issue-evaluation-goal');
  await expect(page.locator('.issue-header-meta').getByText('Afgesloten')).toBeVisible();
  await page.getByRole('tab', { name: 'Overzicht' }).click();
  await expect(page.getByRole('region', { name: 'Geschiedenis' }).getByText('Status: Monitoren → Afgesloten')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Geschiedenis' }).getByText('na een evaluatie', { exact: false })).toBeVisible();
});
