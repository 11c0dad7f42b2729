import { expect, test, type Page } from '@playwright/test';
import { checkPage, signedIn, uniqueEmail } from './helpers';

const ISSUE = 'Onveilige e-bikes';

/** An organisation, an active issue and two stakeholders linked to it, through the API. */
async function issueWithStakeholders(page: Page): Promise<{ organisationId: string; issueId: string }> {
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('vitaal.auth') ?? '{}').accessToken as string);
  const headers = { Authorization: `Bearer ${token}` };
  const organisation = await page.request.post('/api/v1/organisations', {
    data: { name: 'Branchevereniging Fietsmakers', kind: 'trade_association' },
    headers,
  });
  expect(organisation.status()).toBe(201);
  const organisationId = (await organisation.json()).id as string;
  const issue = await page.request.post(`/api/v1/organisations/${organisationId}/issues`, {
    data: { title: ISSUE, status: 'active', impact: 5, urgency: 5 },
    headers,
  });
  expect(issue.status()).toBe(201);
  const issueId = (await issue.json()).id as string;
  for (const name of ['Consumentenbond', 'Brandweer Nederland']) {
    const stakeholder = await page.request.post(`/api/v1/organisations/${organisationId}/stakeholders`, {
      data: { name, type: 'civil_society' },
      headers,
    });
    expect(stakeholder.status()).toBe(201);
    const linked = await page.request.post(`/api/v1/organisations/${organisationId}/issues/${issueId}/stakeholders`, {
      data: { stakeholder_id: (await stakeholder.json()).id, stance: 'neutral' },
      headers,
    });
    expect(linked.status()).toBe(201);
  }
  return { organisationId, issueId };
}

test('crisis: assess (no crisis, then a crisis), escalate, tick a task, de-escalate', async ({ page }, testInfo) => {
  await signedIn(page, uniqueEmail('crisis', testInfo), 'Carla Crisis');
  const { organisationId, issueId } = await issueWithStakeholders(page);
  await page.goto(`/organisations/${organisationId}/issues/${issueId}/crisis`);
  await expect(page.getByRole('heading', { level: 1, name: `Crisis: ${ISSUE}` })).toBeVisible();

  // A real threat to the reputation, one member: an issue, not a crisis — and why.
  const reputation = page.getByRole('radiogroup', { name: 'Dreiging voor de reputatie' });
  await reputation.getByText('Reëel', { exact: true }).click();
  const outcome = page.getByTestId('crisis-live-outcome');
  await expect(outcome.getByText('Geen crisis: een issue')).toBeVisible();
  await expect(outcome.getByText('Reële dreiging voor de reputatie')).toBeVisible();
  await expect(outcome.getByText(/Niet meerdere leden betrokken/)).toBeVisible();
  await page.getByRole('button', { name: 'Beoordeling vastleggen' }).click();
  const assessments = page.getByRole('region', { name: 'Beoordelingen' });
  await expect(assessments.getByText('Geen crisis: een issue')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Escaleren naar crisis' })).toHaveCount(0);
  await checkPage(page, testInfo, '95-crisis-assessment');

  // Several members involved: now it is a crisis.
  await page.getByText('Er zijn meerdere leden betrokken').click();
  await expect(outcome.getByText('Dit is een crisis')).toBeVisible();
  await expect(outcome.getByText('✓ Meerdere leden betrokken')).toBeVisible();
  await expect(outcome.getByText(/Niet meerdere leden/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Beoordeling vastleggen' }).click();
  await expect(assessments.getByText('Dit is een crisis')).toBeVisible();
  await page.getByRole('button', { name: 'Escaleren naar crisis' }).click();

  // The protocol from the template: scenarios with tasks, the team, the communication plan.
  await expect(page.getByText('Dit issue is een crisis. Crisisprotocol 1 loopt.')).toBeVisible();
  await expect(page.getByText('Crisis', { exact: true }).first()).toBeVisible();
  const signalling = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Signalering/ }) });
  await expect(signalling.getByText('0 van 3 taken klaar')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Crisisteam' }).getByRole('listitem').filter({ hasText: 'Carla Crisis' }).getByText('Voorzitter')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Crisiscommunicatieplan' }).getByText('Holdingstatement via de woordvoerder')).toBeVisible();
  // The scenarios and tasks are Vitaal's filling of the method, and say so.
  await expect(page.getByRole('region', { name: 'Crisisprotocol 1' }).getByText('Vitaal-regel, niet uit de methode')).toBeVisible();

  // Tick a task off.
  await signalling.getByText(/Feiten verzamelen/).click();
  await expect(signalling.getByText('1 van 3 taken klaar')).toBeVisible();
  await expect(signalling.getByText('afgevinkt door Carla Crisis')).toBeVisible();
  await checkPage(page, testInfo, '96-crisis-protocol');

  // De-escalate: a reason is needed; the protocol stays as history.
  const deEscalate = page.getByRole('region', { name: 'De-escaleren' });
  await deEscalate.getByRole('button', { name: 'De-escaleren' }).click();
  await expect(deEscalate.getByText('Vul dit veld in.')).toBeVisible();
  await deEscalate.getByLabel('Reden').fill('Terugroepactie loopt; leden zijn geïnformeerd.');
  await deEscalate.getByRole('button', { name: 'De-escaleren' }).click();
  await expect(page.getByRole('heading', { name: 'Issue of crisis?' })).toBeVisible();
  const past = page.getByRole('region', { name: 'Eerdere crises' });
  await expect(past.getByText(/Terugroepactie loopt/)).toBeVisible();
  await expect(past.getByText('1 van 17 taken klaar')).toBeVisible();
  await past.getByRole('button', { name: 'Protocol bekijken' }).click();
  await expect(past.getByText('afgevinkt door Carla Crisis')).toBeVisible();
  await checkPage(page, testInfo, '97-crisis-de-escalated');
});

test('crisis template: the organisation’s own tasks, for the protocols escalated afterwards', async ({ page }, testInfo) => {
  await signedIn(page, uniqueEmail('template', testInfo), 'Tim Template');
  const { organisationId, issueId } = await issueWithStakeholders(page);
  await page.goto(`/organisations/${organisationId}`);
  await page.getByRole('link', { name: 'Eigen regels: commitmentschaal en crisissjabloon' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Eigen regels' })).toBeVisible();
  const template = page.getByRole('region', { name: 'Sjabloon voor het crisisprotocol' });
  await expect(template.getByText('Vitaal-regel, niet uit de methode')).toBeVisible();

  // Signalling gets one task of its own; closure one more; a blank task is refused first.
  const signalling = template.getByRole('group', { name: 'Taken bij Signalering' });
  await signalling.getByRole('textbox', { name: 'Taak 1' }).fill('Crisisteam bellen');
  await signalling.getByRole('button', { name: /^Verwijderen: Betrokken leden/ }).click();
  await signalling.getByRole('button', { name: /^Verwijderen: Crisisteam bijeenroepen/ }).click();
  const closure = template.getByRole('group', { name: 'Taken bij Afronding' });
  await closure.getByRole('button', { name: 'Taak toevoegen bij Afronding' }).click();
  await template.getByRole('button', { name: 'Sjabloon opslaan' }).click();
  await expect(closure.getByText('Vul dit veld in.')).toBeVisible();
  await closure.getByRole('textbox', { name: 'Taak 4' }).fill('Lessen delen met alle leden');
  await template.getByRole('button', { name: 'Sjabloon opslaan' }).click();
  await expect(template.getByText('Het sjabloon is opgeslagen; het geldt voor crises die u hierna escaleert.')).toBeVisible();
  await expect(template.getByText('Regel van Branchevereniging Fietsmakers, niet uit de methode')).toBeVisible();
  await expect(signalling.getByRole('textbox', { name: /^Taak / })).toHaveCount(1);
  await checkPage(page, testInfo, '97b-crisis-template');

  // The next crisis starts with these tasks, and says whose they are.
  await page.goto(`/organisations/${organisationId}/issues/${issueId}/crisis`);
  await page.getByText('Toch als crisis behandelen?').click();
  await page.getByLabel('Waarom is dit toch een crisis?').fill('Landelijke berichtgeving over accubranden.');
  await page.getByRole('button', { name: 'Toch escaleren' }).click();
  const protocol = page.getByRole('region', { name: 'Crisisprotocol 1' });
  await expect(protocol.getByText('Regel van Branchevereniging Fietsmakers, niet uit de methode')).toBeVisible();
  const firstScenario = protocol.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Signalering/ }) });
  await expect(firstScenario.getByText('0 van 1 taken klaar')).toBeVisible();
  await expect(firstScenario.getByText('Crisisteam bellen')).toBeVisible();
  await expect(protocol.getByText('Lessen delen met alle leden')).toBeVisible();
  await expect(protocol.getByText('0 van 16 taken klaar')).toBeVisible();
  await checkPage(page, testInfo, '97c-crisis-own-template');
});

test('approach: a position paper in two versions, and a coalition started from the issue with its stakeholders', async ({ page }, testInfo) => {
  await signedIn(page, uniqueEmail('approach', testInfo), 'Alex Aanpak');
  const { organisationId, issueId } = await issueWithStakeholders(page);
  await page.goto(`/organisations/${organisationId}/issues/${issueId}/approach`);
  await expect(page.getByRole('heading', { level: 1, name: `Aanpak: ${ISSUE}` })).toBeVisible();
  await checkPage(page, testInfo, '98-approach-empty');

  // The position paper: preview, then version 1 and version 2.
  const paper = page.getByRole('region', { name: 'Position paper' });
  await expect(paper.getByText('Er is nog geen position paper.')).toBeVisible();
  await paper.getByLabel('Tekst').fill('## Ons standpunt\n\nVeilige **accu’s** voor iedereen.');
  await paper.getByRole('button', { name: 'Voorbeeld' }).click();
  await expect(paper.getByRole('region', { name: 'Voorbeeld' }).getByRole('heading', { name: 'Ons standpunt' })).toBeVisible();
  await paper.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
  await expect(paper.getByText(/^Versie 1 · \d/)).toBeVisible();
  await paper.getByLabel('Tekst').fill('## Ons standpunt\n\nVeilige accu’s, met een keurmerk voor fietsmakers.');
  await paper.getByLabel('Wat is er veranderd?').fill('Keurmerk toegevoegd');
  await paper.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
  await expect(paper.getByText(/^Versie 2 · \d/)).toBeVisible();
  await expect(paper.getByText('Opgeslagen als versie 2.')).toBeVisible();
  const versions = paper.getByRole('region', { name: 'Versies' });
  await expect(versions.getByText('Keurmerk toegevoegd')).toBeVisible();
  await versions.getByRole('button', { name: 'Versie 1 bekijken' }).click();
  await expect(paper.getByText('Veilige accu’s voor iedereen.')).toBeVisible();
  await checkPage(page, testInfo, '99-approach-paper');

  // The printable page opens in a new tab.
  const [printed] = await Promise.all([page.context().waitForEvent('page'), paper.getByRole('button', { name: 'Afdrukken' }).first().click()]);
  await printed.waitForLoadState();
  await expect(printed.getByRole('heading', { level: 1 })).toHaveText(ISSUE);
  await expect(printed.getByText('met een keurmerk voor fietsmakers')).toBeVisible();
  await printed.close();

  // Seek partners: a new coalition, with the issue's stakeholders as potential partners.
  const coalition = page.getByRole('region', { name: 'Partners zoeken' });
  await coalition.getByLabel('Maatschappelijk doel').fill('Geen e-bikebranden meer door ondeugdelijke accu’s.');
  await coalition.getByRole('button', { name: 'Coalitie starten' }).click();
  await expect(coalition.getByText(/2 potentiële partners toegevoegd aan Onveilige e-bikes: Brandweer Nederland, Consumentenbond/)).toBeVisible();
  await checkPage(page, testInfo, '99b-approach-coalition');
  await coalition.getByRole('link', { name: 'Partners bekijken' }).click();
  await expect(page.getByText('Consumentenbond').first()).toBeVisible();
  await expect(page.getByText('Brandweer Nederland').first()).toBeVisible();
});
