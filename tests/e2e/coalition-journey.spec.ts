import { expect, test, type Page } from '@playwright/test';
import { checkPage, choose, logIn, signedIn, snap, tokensOf, uniqueEmail } from './helpers';

// One coordinator walks a new coalition through the step plan, from the first bilateral
// conversation (step 1) to the founding (step 9); the school board's own user signs in between.

const MUNICIPALITY = 'Gemeente Rivierstad';
const SCHOOL = 'Scholengroep Binnenstad';
const WELFARE = 'Welzijn Rivierland';
const THEATRE = 'Stadstheater & Bibliotheek';
const COALITION = 'Levendige binnenstad';
const MEETING = 'Verkenningsbijeenkomst binnenstad';
const DECLARATION = 'Intentieverklaring Levendige binnenstad';

/** Calls the API as the user with this e-mail address, as an integration would. */
async function post(page: Page, email: string, path: string, data: unknown): Promise<{ id: string; token?: string }> {
  const { access_token } = await tokensOf(page, email);
  const response = await page.request.post(`/api/v1${path}`, { data, headers: { Authorization: `Bearer ${access_token}` } });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return response.json();
}

function tab(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Onderdelen van de coalitie' }).getByRole('link', { name, exact: true });
}

/** On the journey page: open step `n`, start it if needed, and mark it done. */
async function finishStep(page: Page, n: number) {
  await page.locator(`button[data-step="${n}"]`).click();
  const step = page.getByRole('region', { name: new RegExp(`^Stap ${n}: `) });
  const status = step.getByTestId('step-status');
  if ((await status.textContent()) === 'Niet gestart') {
    await step.getByRole('button', { name: 'Stap starten' }).click();
    await expect(status).toHaveText('Bezig');
  }
  await step.getByRole('button', { name: 'Stap afronden' }).click();
  await expect(status).toHaveText('Afgerond');
  await expect(step.getByText(/^Stap afgerond\./)).toBeVisible();
}

async function openJourney(page: Page) {
  await tab(page, 'Stappenplan').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stappenplan' })).toBeVisible();
}

test('coalition journey: from the first conversation to the founding, in the app', async ({ page }, testInfo) => {
  test.setTimeout(150_000);
  const coordinator = uniqueEmail('kwartiermaker', testInfo);
  const schoolUser = uniqueEmail('bestuurder', testInfo);

  // Set-up through the API: the school board's user and organisation, the coordinator's
  // municipality, the coalition, the school joining it, and a stakeholder in the register.
  await signedIn(page, schoolUser, 'Fatima Amrani');
  const school = await post(page, schoolUser, '/organisations', { name: SCHOOL, kind: 'school' });
  await signedIn(page, coordinator, 'Anne Kwartiermaker');
  const municipality = await post(page, coordinator, '/organisations', { name: MUNICIPALITY, kind: 'municipality' });
  const coalition = await post(page, coordinator, '/coalitions', {
    name: COALITION,
    societal_goal: 'Een aantrekkelijke, veilige en levendige binnenstad.',
    organisation_id: municipality.id,
  });
  const invitation = await post(page, coordinator, `/coalitions/${coalition.id}/invitations`, { role: 'partner' });
  await post(page, schoolUser, `/coalition-invitations/${invitation.token}/accept`, { organisation_id: school.id });
  await post(page, coordinator, `/organisations/${municipality.id}/stakeholders`, { name: WELFARE, type: 'civil_society' });
  const partners = `/coalitions/${coalition.id}/partners`;
  await post(page, coordinator, partners, { organisation_id: municipality.id, status: 'current' });
  await post(page, coordinator, partners, { organisation_id: school.id, status: 'potential' });

  // Partners: one from the stakeholder register, one by name.
  await page.goto(`/coalitions/${coalition.id}`);
  await tab(page, 'Partners en invloed').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partners en invloed' })).toBeVisible();
  const add = page.getByRole('region', { name: 'Partner toevoegen' });
  const register = add.getByRole('combobox', { name: /Stakeholder uit het register/ });
  // Wait for the search itself, so the pick does not race the list being redrawn.
  await Promise.all([page.waitForResponse((r) => r.url().includes('q=welzijn')), register.fill('welzijn')]);
  await page.getByRole('option', { name: new RegExp(WELFARE) }).click();
  await add.getByRole('button', { name: 'Partner toevoegen' }).click();
  await expect(add.getByText(`${WELFARE} is toegevoegd.`)).toBeVisible();
  await add.getByLabel('Naam van de partner').fill(THEATRE);
  await add.getByRole('button', { name: 'Partner toevoegen' }).click();
  await expect(add.getByText(`${THEATRE} is toegevoegd.`)).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(4);
  await checkPage(page, testInfo, 'j0-partners');

  // Step 1: a bilateral conversation with the school board.
  await openJourney(page);
  const where = page.getByRole('region', { name: 'Waar staat de coalitie?' });
  await expect(where.getByTestId('current-round')).toContainText('Ronde 1');
  await expect(where.getByTestId('current-step')).toHaveText(/^Stap 1: /);
  const conversation = page.getByRole('region', { name: 'Gesprek vastleggen' });
  await choose(page, conversation, 'Partner', SCHOOL);
  await conversation.getByLabel('Gesproken met').fill('Fatima Amrani, bestuurder');
  await conversation.getByLabel('1. Wat is hun drijfveer om (eventueel) mee te doen?').fill('Meer leerlingen uit de binnenstad.');
  await conversation.getByRole('button', { name: 'Gesprek opslaan' }).click();
  await expect(conversation.getByText(`Het gesprek met ${SCHOOL} is opgeslagen.`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Antwoorden per vraag' }).getByText('Meer leerlingen uit de binnenstad.')).toBeVisible();
  // The conversations are the core team's preparation, and marked so.
  await expect(page.getByTestId('mark-conversations')).toHaveText('Voorbereiding · alleen kernteam');
  await finishStep(page, 1);
  await expect(where.getByTestId('current-step')).toHaveText(/^Stap 2: /);
  await checkPage(page, testInfo, 'j1-journey-conversation');

  // Step 2: interests, and the domain they make.
  await page.locator('button[data-step="2"]').click();
  const interest = page.getByRole('region', { name: 'Belang toevoegen' });
  for (const [partner, topic, weight] of [
    [SCHOOL, 'Levendige binnenstad', '3'],
    [WELFARE, 'Levendige binnenstad', '4'],
    [WELFARE, 'Eenzaamheid onder ouderen', '5'],
  ] as const) {
    await choose(page, interest, 'Partner', partner);
    await interest.getByLabel('Onderwerp').fill(topic);
    await interest.getByRole('textbox', { name: 'Gewicht' }).fill(weight);
    await interest.getByRole('button', { name: 'Belang toevoegen' }).click();
    await expect(interest.getByText(`‘${topic}’ is toegevoegd bij ${partner}.`)).toBeVisible();
  }
  const domain = page.getByRole('region', { name: /Het domein: onderwerpen in de rijen/ });
  await expect(domain.locator('tbody tr')).toHaveCount(2);
  await expect(domain.locator('tr[data-topic="Levendige binnenstad"]')).toContainText('Alle partners');
  await expect(domain.locator('tr[data-topic="Eenzaamheid onder ouderen"]')).toContainText('Eén partner');
  // Partners without interests are named, not counted in the domain.
  await expect(page.getByText(`Nog geen belangen vastgelegd voor: ${MUNICIPALITY}, ${THEATRE}.`)).toBeVisible();
  await finishStep(page, 2);
  await checkPage(page, testInfo, 'j2-journey-domain');

  // Step 3: the own plan — the school's role and execution power, and a first sketch.
  await page.locator('button[data-step="3"]').click();
  const plan = page.locator(`li[data-partner="${SCHOOL}"]`);
  await plan.getByRole('textbox', { name: 'Rol' }).fill('Trekker deelthema jongeren en onderwijs');
  await choose(page, plan, 'Uitvoeringskracht', 'Met extra middelen');
  await plan.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(plan.getByText(`Het plan voor ${SCHOOL} is opgeslagen.`)).toBeVisible();
  await page.getByLabel('Hoe organiseren we de samenwerking?').fill('Een bestuurlijke stuurgroep en een klein programmateam.');
  await page.getByRole('button', { name: 'Schets opslaan' }).click();
  await expect(page.getByText('De schets is opgeslagen.')).toBeVisible();
  await finishStep(page, 3);
  await expect(where.getByTestId('current-step')).toHaveText(/^Stap 4: /);

  // Steps 4 and 5: the exploration meeting from the template, with commitment recorded.
  await tab(page, 'Bijeenkomsten').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();
  const meeting = page.getByRole('region', { name: 'Bijeenkomst plannen' });
  await meeting.getByLabel('Titel').fill(MEETING);
  await meeting.getByLabel('Datum').fill('2026-12-10');
  await meeting.getByLabel('Begintijd').fill('15:00');
  await expect(meeting.getByRole('switch', { name: 'Agenda vullen met het programma uit het stappenplan' })).toBeChecked();
  await meeting.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: MEETING })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Agenda' }).getByRole('heading', { name: 'Vaststellen commitment' })).toBeVisible();
  for (const [partner, level] of [
    [SCHOOL, 'Gecommitteerd'],
    [WELFARE, 'Wil aansluiten'],
  ] as const) {
    const card = page.locator(`li[data-partner="${partner}"]`);
    await card.locator('label', { hasText: level }).click();
    await expect(card.getByRole('radio', { name: level })).toBeChecked();
    await card.getByRole('button', { name: `Vastleggen voor ${partner}` }).click();
    await expect(card.getByText(`Vastgelegd: ${partner} — ${level}.`)).toBeVisible();
  }
  await checkPage(page, testInfo, 'j3-meeting');
  await page.getByRole('link', { name: `Bijeenkomsten van ${COALITION}` }).click();
  await expect(page.getByRole('region', { name: 'Commitment per partner' }).locator(`li[data-partner="${SCHOOL}"]`)).toContainText('Gecommitteerd');
  await openJourney(page);
  await finishStep(page, 4);
  await finishStep(page, 5);

  // Steps 6 and 7: the intent declaration, with two governance options and the choice.
  await tab(page, 'Afspraken').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Afspraken' })).toBeVisible();
  const draft = page.getByRole('region', { name: 'Nieuw document' });
  await draft.getByLabel('Titel').fill(DECLARATION);
  await draft.getByLabel('Eerste tekst (markdown)').fill('# Intentieverklaring\n\n## Gezamenlijke visie\n\nWij werken samen aan een levendige binnenstad.');
  await expect(draft.getByRole('checkbox', { name: MUNICIPALITY })).toBeChecked();
  await expect(draft.getByRole('checkbox', { name: SCHOOL })).toBeChecked();
  await draft.getByRole('button', { name: 'Document aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: DECLARATION })).toBeVisible();
  const governance = page.getByRole('region', { name: 'Opties en keuzes' }).getByRole('group', { name: 'Opties voor de samenwerking' });
  for (const model of ['Bestuurlijke stuurgroep', 'Gezamenlijk programmateam']) {
    await governance.getByRole('button', { name: 'Optie toevoegen' }).click();
    await governance.getByLabel('Titel van de optie').fill(model);
    await choose(page, governance, /Besturingsmodel/, model);
    await governance.getByRole('button', { name: 'Optie toevoegen' }).click();
    await expect(governance.locator(`li[data-option="${model}"]`)).toBeVisible();
  }
  await governance.locator('li[data-option="Gezamenlijk programmateam"]').getByRole('button', { name: 'Deze optie kiezen' }).click();
  await governance.getByLabel('Kies “Gezamenlijk programmateam”').fill('De partners willen eigenaar blijven van hun acties.');
  await governance.getByRole('button', { name: 'Keuze vastleggen' }).click();
  await expect(governance.getByText('Keuze: Gezamenlijk programmateam')).toBeVisible();
  const signing = page.getByRole('region', { name: 'Ondertekening' });
  await signing.getByRole('button', { name: 'Versie 1 versturen ter ondertekening' }).click();
  await signing.getByRole('button', { name: `Versie 1 ondertekenen voor ${MUNICIPALITY}` }).click();
  await expect(signing.getByText(`${MUNICIPALITY} heeft versie 1 ondertekend.`)).toBeVisible();
  // The coordinator is no member of the school board: only its own user can sign for it.
  await expect(signing.getByRole('button', { name: `Versie 1 ondertekenen voor ${SCHOOL}` })).toHaveCount(0);
  await checkPage(page, testInfo, 'j4-agreement');

  // Step 8: the plan of approach, one action owned and one not yet, and its coverage.
  await tab(page, 'Plan van aanpak').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan van aanpak' })).toBeVisible();
  const action = page.getByRole('region', { name: 'Actie toevoegen' });
  for (const [title, owner, money] of [
    ['Binnenstad in de voorlichting', SCHOOL, '2.500'],
    ['Jongerenwerk in de avonduren', null, '120.000'],
  ] as const) {
    await action.getByLabel('Actie', { exact: true }).fill(title);
    if (owner) await choose(page, action, /Eigenaar/, owner);
    await action.getByLabel('Benodigd geld (€)').fill(money);
    await choose(page, action, /Financiering/, owner ? 'Binnen het eigen werkpakket' : 'Subsidie');
    await action.getByRole('button', { name: 'Actie toevoegen' }).click();
    await expect(page.locator(`tr[data-action="${title}"]`)).toBeVisible();
  }
  await expect(page.getByTestId('coverage-owned')).toContainText('1 van 2 acties (50%)');
  await expect(page.getByTestId('unowned-actions')).toContainText('Jongerenwerk in de avonduren');
  await checkPage(page, testInfo, 'j5-plan');
  await openJourney(page);
  for (const n of [6, 7, 8]) await finishStep(page, n);
  await expect(where.getByTestId('current-round')).toContainText('Ronde 3');
  await expect(where.getByTestId('current-step')).toHaveText(/^Stap 9: /);

  // The school board's user sees the shared step plan; of the preparation only the conversation
  // held with the school board itself, and where the own plan would be, why it is not there.
  await logIn(page, schoolUser);
  await page.goto(`/coalitions/${coalition.id}/journey?step=1`);
  await expect(page.getByTestId('preparation-conversations')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Antwoorden per vraag' }).getByText('Meer leerlingen uit de binnenstad.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Gesprek vastleggen' })).toHaveCount(0);
  await page.locator('button[data-step="3"]').click();
  await expect(page.getByTestId('preparation-own_plan')).toBeVisible();
  await expect(page.locator(`li[data-partner="${SCHOOL}"]`)).toHaveCount(0);
  await checkPage(page, testInfo, 'j5b-journey-as-partner');

  // Step 9: the school board's user signs the declaration for the school board…
  await page.goto(`/coalitions/${coalition.id}/agreements`);
  await page.getByRole('link', { name: DECLARATION }).click();
  await expect(page.getByRole('heading', { level: 1, name: DECLARATION })).toBeVisible();
  await expect(signing.getByRole('button', { name: `Versie 1 ondertekenen voor ${MUNICIPALITY}` })).toHaveCount(0);
  await signing.getByRole('button', { name: `Versie 1 ondertekenen voor ${SCHOOL}` }).click();
  await expect(signing.getByText('Alle partnerorganisaties hebben versie 1 ondertekend.')).toBeVisible();
  await snap(page, testInfo, 'j6-agreement-signed-by-school');

  // …and the coordinator founds the coalition on it.
  await logIn(page, coordinator);
  await page.goto(`/coalitions/${coalition.id}/agreements`);
  await expect(page.locator(`li[data-agreement="${DECLARATION}"]`)).toContainText('2 van 2 ondertekend');
  const founding = page.getByRole('region', { name: 'Oprichting' });
  await founding.getByLabel('Toelichting').fill('Startbijeenkomst in het stadhuis.');
  await founding.getByRole('button', { name: 'Coalitie oprichten' }).click();
  await expect(founding.getByText('De coalitie is opgericht en is nu actief.')).toBeVisible();
  await checkPage(page, testInfo, 'j7-founded');
  await tab(page, 'Overzicht').click();
  await expect(page.locator('.card__badges .badge', { hasText: 'Actief' })).toBeVisible();

  // The journey stands in round 3; the founding step is done.
  await openJourney(page);
  await expect(where.getByTestId('current-round')).toContainText('Ronde 3');
  await finishStep(page, 9);
  await expect(where.getByTestId('current-step')).toHaveText(/^Stap 10: /);
  await expect(page.getByText('9 van 10 stappen afgerond of overgeslagen')).toBeVisible();
  await checkPage(page, testInfo, 'j8-journey-round-3');
});
