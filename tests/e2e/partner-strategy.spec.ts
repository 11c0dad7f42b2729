import path from 'node:path';
import { expect, test, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import { checkPage, choose, expectAccessible, snap, uniqueEmail } from './helpers';

const PASSWORD = 'correct-horse-battery';
const SCHOOL = 'Scholengroep Binnenstad';
const WELFARE = 'Welzijn Zuidhaven';
const LIBRARY = 'Bibliotheek Zuidhaven';

type Headers = Record<string, string>;

async function account(request: APIRequestContext, email: string, name: string) {
  expect((await request.post('/api/v1/auth/signup', { data: { email, password: PASSWORD, name } })).status()).toBe(201);
  const tokens = await (await request.post('/api/v1/auth/token', { form: { username: email, password: PASSWORD } })).json();
  const headers: Headers = { Authorization: `Bearer ${tokens.access_token}` };
  return { headers, tokens };
}

async function post(request: APIRequestContext, url: string, headers: Headers, data: unknown) {
  const response = await request.post(url, { headers, data });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return response.json();
}

/** Puts the account's tokens where the app keeps them. */
async function logIn(page: Page, tokens: { access_token: string; refresh_token: string }) {
  await page.goto('/login');
  await page.evaluate(
    (t) => localStorage.setItem('vitaal.auth', JSON.stringify({ accessToken: t.access_token, refreshToken: t.refresh_token })),
    tokens,
  );
}

/** A coordinator with a coalition, two assessed partners and a stakeholder in the register. */
async function coalitionWithPartners(request: APIRequestContext, email: string) {
  const { headers, tokens } = await account(request, email, 'Carla Coördinator');
  const organisation = await post(request, '/api/v1/organisations', headers, { name: 'Gemeente Zuidhaven', kind: 'municipality' });
  const coalition = await post(request, '/api/v1/coalitions', headers, {
    name: 'Kansrijk opgroeien',
    societal_goal: 'Alle kinderen in Zuidhaven krijgen gelijke kansen.',
    description: '',
    organisation_id: organisation.id,
  });
  const stakeholder = await post(request, `/api/v1/organisations/${organisation.id}/stakeholders`, headers, { name: LIBRARY, type: 'civil_society' });
  const base = `/api/v1/coalitions/${coalition.id}/partners`;
  const school = await post(request, base, headers, { name: SCHOOL, status: 'current' });
  await post(request, `${base}/${school.id}/assessments`, headers, { influence: 4, dependency: 8, rationale: 'Weinig middelen.' });
  const welfare = await post(request, base, headers, { name: WELFARE, status: 'current' });
  await post(request, `${base}/${welfare.id}/assessments`, headers, { influence: 6, dependency: 2 });
  return { headers, tokens, organisation, coalition, stakeholder };
}

/** What the screen shows (a dialog over the page), not the whole long page. */
async function snapViewport(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: path.resolve(__dirname, '../../var/screenshots', `${testInfo.project.name}-${name}.png`) });
}

function row(page: Page, name: string) {
  return page.locator(`tr[data-partner="${name}"]`);
}

function inAWeek(): string {
  const d = new Date();
  d.setDate(d.getDate() + 7);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

test('partner strategy: follow or override the suggestion, reviews due, edit and remove a partner, link a stakeholder, line history', async ({ page, request }, testInfo) => {
  const setup = await coalitionWithPartners(request, uniqueEmail('strategy', testInfo));
  await logIn(page, setup.tokens);
  await page.goto(`/coalitions/${setup.coalition.id}/partners`);
  await expect(page.getByRole('heading', { level: 1, name: 'Partners en invloed' })).toBeVisible();
  await expect(row(page, SCHOOL)).toContainText('Investeren');
  await expect(page.getByRole('region', { name: 'Te herzien' })).toContainText('Er hoeft de komende tijd geen strategie herzien te worden.');

  // The school: invest as suggested, to the left this time, with an action and a review date.
  await page.getByRole('button', { name: `Strategie en relatie van ${SCHOOL}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: SCHOOL })).toBeVisible();
  await expect(dialog.getByTestId('suggested-strategy')).toHaveText('Investeren');
  await expect(dialog.getByText('Vereiste invloed 7, tekort 3')).toBeVisible();
  await dialog.getByRole('button', { name: /Richting/ }).click();
  await page.getByRole('option', { name: 'naar links: alternatieven toelaten' }).click();
  await dialog.getByLabel('Wat').fill('Tweede aanbieder van huiswerkbegeleiding uitnodigen');
  await dialog.getByLabel('Wie pakt het op').fill('Carla');
  await dialog.getByLabel('Herzien op (optioneel)').fill(inAWeek());
  await expectAccessible(page, 'strategy dialog');
  await snap(page, testInfo, '60-strategy-dialog');
  await snapViewport(page, testInfo, '60a-strategy-dialog-viewport');
  await dialog.getByRole('button', { name: 'Strategie opslaan' }).click();
  await expect(dialog.getByText('De strategie is opgeslagen.')).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'Geschiedenis van de strategie' })).toContainText('volgens het voorstel van de matrix');
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(row(page, SCHOOL).getByTestId('chosen-strategy')).toHaveText('gekozen: Investeren (naar links)');
  const reviews = page.getByRole('region', { name: 'Te herzien' });
  await expect(reviews.getByRole('button', { name: SCHOOL })).toBeVisible();
  await expect(reviews).toContainText('1 open actie');

  // The welfare foundation: the matrix says maintain; reconsidering needs a reason.
  await page.getByRole('button', { name: `Strategie en relatie van ${WELFARE}` }).click();
  await expect(dialog.getByTestId('suggested-strategy')).toHaveText('Onderhouden');
  await dialog.getByRole('button', { name: /Gekozen strategie/ }).click();
  await page.getByRole('option', { name: 'Heroverwegen' }).click();
  await dialog.getByRole('button', { name: 'Strategie opslaan' }).click();
  await expect(dialog.getByText('Geef een reden: deze strategie wijkt af van het voorstel.')).toBeVisible();
  await dialog.getByLabel('Toelichting', { exact: true }).fill('Sinds de fusie onbetrouwbaar; we zoeken een opdrachtgeversrelatie.');
  await dialog.getByRole('button', { name: 'Strategie opslaan' }).click();
  await expect(dialog.getByText('De strategie is opgeslagen.')).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'Geschiedenis van de strategie' })).toContainText('afwijkend van het voorstel (Onderhouden)');

  // Its relationship: multi-year now, and a target; then remove it altogether.
  await dialog.getByRole('tab', { name: 'Relatie' }).click();
  await dialog.getByRole('button', { name: /Commitment/ }).click();
  await page.getByRole('option', { name: 'Meerjarig', exact: true }).click();
  await dialog.getByRole('textbox', { name: 'Doel: invloed' }).fill('6');
  await dialog.getByRole('textbox', { name: 'Doel: afhankelijkheid' }).fill('0');
  await dialog.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(dialog.getByText('De partner is bijgewerkt.')).toBeVisible();
  await expectAccessible(page, 'relationship tab');
  await snapViewport(page, testInfo, '61-relationship-tab');
  await expect(row(page, WELFARE)).toContainText('naar links');
  await dialog.getByRole('button', { name: 'Partner verwijderen…' }).click();
  await dialog.getByRole('button', { name: `Ja, ${WELFARE} verwijderen` }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(`${WELFARE} is verwijderd.`)).toBeVisible();
  await expect(row(page, WELFARE)).toHaveCount(0);

  // A partner from the register: search, pick, add.
  const add = page.getByRole('region', { name: 'Partner toevoegen' });
  // Wait for the search itself, so the pick does not race the list being redrawn.
  await Promise.all([page.waitForResponse((r) => r.url().includes('q=biblio')), add.getByRole('combobox', { name: /Stakeholder uit het register/ }).fill('biblio')]);
  await page.getByRole('option', { name: new RegExp(LIBRARY) }).click();
  await expect(add.getByText(`Leeg laten om de naam uit het register te gebruiken: ${LIBRARY}.`)).toBeVisible();
  await add.getByRole('button', { name: 'Partner toevoegen' }).click();
  await expect(add.getByText(`${LIBRARY} is toegevoegd.`)).toBeVisible();
  await expect(row(page, LIBRARY)).toBeVisible();
  // The same stakeholder twice is refused on the field.
  // The search is answered from the cache and then again from the server: pick until it holds.
  await add.getByRole('combobox', { name: /Stakeholder uit het register/ }).fill('biblio');
  await expect(async () => {
    await page.getByRole('option', { name: new RegExp(LIBRARY) }).click({ timeout: 2000 });
    await expect(add.getByText(`Leeg laten om de naam uit het register te gebruiken: ${LIBRARY}.`)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15000 });
  await add.getByRole('button', { name: 'Partner toevoegen' }).click();
  await expect(add.locator('.field__error')).toBeVisible();

  // The ambition line's history.
  await page.getByRole('slider', { name: 'Basis' }).focus();
  await page.getByRole('slider', { name: 'Basis' }).press('ArrowRight');
  await page.getByLabel('Waarom deze wijziging? (optioneel)').fill('Iets hogere lat.');
  await page.getByRole('button', { name: 'Ambitielijn opslaan' }).click();
  await expect(page.getByText('De ambitielijn is opgeslagen.')).toBeVisible();
  await page.getByRole('button', { name: 'Geschiedenis tonen' }).click();
  const history = page.locator('#line-history');
  await expect(history).toContainText('Basis 3,5, helling 0,5, middenpunt 5');
  await expect(history).toContainText('Iets hogere lat.');
  await checkPage(page, testInfo, '62-partners-strategy');

  // The library's assessment shows on its stakeholder timeline, linked to this matrix.
  const partners = (await (await request.get(`/api/v1/coalitions/${setup.coalition.id}/partners`, { headers: setup.headers })).json()).items;
  const library = partners.find((p: { name: string }) => p.name === LIBRARY);
  await post(request, `/api/v1/coalitions/${setup.coalition.id}/partners/${library.id}/assessments`, setup.headers, { influence: 9, dependency: 8 });
  await page.goto(`/organisations/${setup.organisation.id}/stakeholders/${setup.stakeholder.id}`);
  const timeline = page.getByRole('region', { name: 'Tijdlijn' });
  await expect(timeline.getByRole('link', { name: 'Beoordeeld in Kansrijk opgroeien door Carla Coördinator: invloed 9, afhankelijkheid 8' })).toBeVisible();
  await timeline.getByRole('link', { name: /Kansrijk opgroeien/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partners en invloed' })).toBeVisible();
  await expect(row(page, LIBRARY)).toContainText('Borgen');
});

test('an observer finds the matrix explained as preparation; once shared, sees it and the strategies without controls', async ({ page, request }, testInfo) => {
  const setup = await coalitionWithPartners(request, uniqueEmail('coord', testInfo));
  const observer = await account(request, uniqueEmail('observer', testInfo), 'Olaf Observer');
  const theirs = await post(request, '/api/v1/organisations', observer.headers, { name: 'Rekenkamer Zuidhaven', kind: 'other' });
  const invitation = await post(request, `/api/v1/coalitions/${setup.coalition.id}/invitations`, setup.headers, { role: 'observer' });
  await post(request, `/api/v1/coalition-invitations/${invitation.token}/accept`, observer.headers, { organisation_id: theirs.id });

  // The matrix and the strategies are the core team's preparation: explained, not an error.
  await logIn(page, observer.tokens);
  await page.goto(`/coalitions/${setup.coalition.id}/partners`);
  await expect(page.getByRole('heading', { level: 1, name: 'Partners en invloed' })).toBeVisible();
  await expect(page.getByTestId('visibility')).toContainText('Voorbereiding van het kernteam.');
  await expect(page.getByTestId('preparation-partner_positions')).toContainText('Dit is voorbereiding van het kernteam');
  await expect(page.getByTestId('preparation-partner_strategies')).toBeVisible();
  await expect(page.locator('.matrix-chart__point')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Who the partners are is shared.
  await expect(page.getByRole('region', { name: 'De partners van de coalitie' }).locator(`li[data-partner="${SCHOOL}"]`)).toBeVisible();
  await checkPage(page, testInfo, '63a-partners-observer-preparation');

  // The coordinator shares the positions and the strategies (not the assessments).
  const share = async (piece: string) => {
    const response = await request.put(`/api/v1/coalitions/${setup.coalition.id}/visibility/${piece}`, {
      headers: setup.headers,
      data: { shared: true, reason: 'Voor de verkenning.' },
    });
    expect(response.status(), await response.text()).toBe(200);
  };
  await share('partner_positions');
  await share('partner_strategies');
  await page.reload();
  await expect(page.getByText('Alleen het kernteam beoordeelt partners; u kunt de matrix bekijken.')).toBeVisible();
  await expect(page.locator('.matrix-chart__point')).toHaveCount(2);
  await expect(page.getByTestId('mark-partner_positions').first()).toHaveText('Gedeeld met alle partners');
  await expect(page.getByRole('button', { name: `Beoordeel ${SCHOOL}` })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Partner toevoegen' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ambitielijn opslaan' })).toHaveCount(0);
  // Clicking a row or a point opens nothing to assess.
  await row(page, SCHOOL).locator('td').first().click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The strategy can be read, not changed.
  await page.getByRole('button', { name: `Strategie van ${SCHOOL}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('suggested-strategy')).toHaveText('Investeren');
  await expect(dialog.getByText('De coördinator heeft nog geen strategie gekozen.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Strategie opslaan' })).toHaveCount(0);
  // Strategy and assessments; the relationship is the coordinator's, and each assessor's
  // scores and rationale are still preparation.
  await expect(dialog.getByRole('tab')).toHaveCount(2);
  await expect(dialog.getByRole('tab', { name: 'Relatie' })).toHaveCount(0);
  await dialog.getByRole('tab', { name: 'Beoordelingen' }).click();
  await expect(dialog.getByTestId('preparation-assessment_rationales')).toBeVisible();
  await expect(dialog.getByRole('list', { name: `Beoordelingen van ${SCHOOL}, nieuwste eerst` })).toHaveCount(0);
  await dialog.getByRole('tab', { name: 'Strategie' }).click();
  await expectAccessible(page, 'observer strategy');
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await checkPage(page, testInfo, '63-partners-observer');
});

test('each assessor\'s assessments of a partner, newest first; a member organisation linked as a partner', async ({ page, request }, testInfo) => {
  const setup = await coalitionWithPartners(request, uniqueEmail('history', testInfo));
  const member = await account(request, uniqueEmail('member', testInfo), 'Bram Brug');
  const brug = await post(request, '/api/v1/organisations', member.headers, { name: 'Welzijnsstichting De Brug', kind: 'other' });
  const invitation = await post(request, `/api/v1/coalitions/${setup.coalition.id}/invitations`, setup.headers, { role: 'partner' });
  await post(request, `/api/v1/coalition-invitations/${invitation.token}/accept`, member.headers, { organisation_id: brug.id });
  // Assessing partners is the core team's work: the coordinator adds De Brug to it.
  const core = await request.patch(`/api/v1/coalitions/${setup.coalition.id}/members/${brug.id}`, { headers: setup.headers, data: { core_team: true } });
  expect(core.status(), await core.text()).toBe(200);
  const base = `/api/v1/coalitions/${setup.coalition.id}/partners`;
  const partners = (await (await request.get(base, { headers: setup.headers })).json()).items;
  const school = partners.find((p: { name: string }) => p.name === SCHOOL);
  // Bram assesses the school twice (he changed his mind), Carla once more.
  await post(request, `${base}/${school.id}/assessments`, member.headers, { influence: 3, dependency: 7, rationale: 'Eerste indruk na de startbijeenkomst.' });
  await post(request, `${base}/${school.id}/assessments`, member.headers, { influence: 5, dependency: 7, rationale: 'Nieuwe directeur denkt mee.' });
  await post(request, `${base}/${school.id}/assessments`, setup.headers, { influence: 6, dependency: 9, rationale: 'Na het bestuurlijk overleg.' });

  await logIn(page, setup.tokens);
  await page.goto(`/coalitions/${setup.coalition.id}/partners`);
  await page.getByRole('button', { name: `Strategie en relatie van ${SCHOOL}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('tab', { name: 'Beoordelingen' }).click();
  const history = dialog.getByRole('list', { name: `Beoordelingen van ${SCHOOL}, nieuwste eerst` }).getByRole('listitem');
  await expect(history).toHaveCount(4);
  await expect(history.nth(0)).toContainText('Carla Coördinator');
  await expect(history.nth(0)).toContainText('Invloed 6 · Afhankelijkheid 9');
  await expect(history.nth(0)).toContainText('Na het bestuurlijk overleg.');
  await expect(history.nth(1)).toContainText('Bram Brug');
  await expect(history.nth(1)).toContainText('Nieuwe directeur denkt mee.');
  await expect(history.nth(2)).toContainText('Eerste indruk na de startbijeenkomst.');
  await expect(history.nth(3)).toContainText('Weinig middelen.');
  // The matrix counts each assessor's latest: Carla's newest and Bram's newest.
  await expect(history.nth(0)).toContainText('laatste');
  await expect(history.nth(1)).toContainText('laatste');
  await expect(history.nth(2)).not.toContainText('laatste');
  await expect(history.nth(3)).not.toContainText('laatste');
  await expectAccessible(page, 'assessment history');
  await snapViewport(page, testInfo, '64-assessment-history');
  await dialog.getByRole('button', { name: 'Sluiten' }).click();

  // A member organisation as a partner: both members are offered until linked.
  const add = page.getByRole('region', { name: 'Partner toevoegen' });
  await add.getByRole('button', { name: /Lidorganisatie van de coalitie/ }).click();
  await expect(page.getByRole('option', { name: 'Gemeente Zuidhaven' })).toBeVisible();
  await page.getByRole('option', { name: 'Welzijnsstichting De Brug' }).click();
  await expect(add.getByText('Leeg laten om de naam van de lidorganisatie te gebruiken: Welzijnsstichting De Brug.')).toBeVisible();
  // The register and a member organisation are one or the other.
  await expect(add.getByRole('combobox', { name: /Stakeholder uit het register/ })).toHaveCount(0);
  await expectAccessible(page, 'add member partner');
  await add.getByRole('button', { name: 'Partner toevoegen' }).click();
  await expect(add.getByText('Welzijnsstichting De Brug is toegevoegd.')).toBeVisible();
  await expect(row(page, 'Welzijnsstichting De Brug')).toBeVisible();
  const linked = (await (await request.get(base, { headers: setup.headers })).json()).items.find((p: { name: string }) => p.name === 'Welzijnsstichting De Brug');
  expect(linked.member_organisation_id).toBe(brug.id);
  await add.getByRole('button', { name: /Lidorganisatie van de coalitie/ }).click();
  await expect(page.getByRole('option', { name: 'Gemeente Zuidhaven' })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Welzijnsstichting De Brug' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await checkPage(page, testInfo, '65-partners-member-linked');
});

test('moving a partner left, the warning for a partner to keep, and an ambassador action', async ({ page, request }, testInfo) => {
  const setup = await coalitionWithPartners(request, uniqueEmail('left', testInfo));
  const base = `/api/v1/coalitions/${setup.coalition.id}/partners`;
  const library = await post(request, base, setup.headers, { name: LIBRARY, status: 'current' });
  await post(request, `${base}/${library.id}/assessments`, setup.headers, { influence: 9, dependency: 8 });
  await logIn(page, setup.tokens);
  await page.goto(`/coalitions/${setup.coalition.id}/partners`);

  // A replaceable partner cannot be moved left: no direction is offered.
  await page.getByRole('button', { name: `Strategie en relatie van ${WELFARE}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('suggested-strategy')).toHaveText('Onderhouden');
  await expect(dialog.getByRole('button', { name: /Richting/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Sluiten' }).click();

  // The library is to be kept (secure), yet it can be moved left: allowed, with the seed's warning.
  await page.getByRole('button', { name: `Strategie en relatie van ${LIBRARY}` }).click();
  await expect(dialog.getByTestId('suggested-strategy')).toHaveText('Borgen');
  await expect(dialog.getByTestId('strategy-warning')).toHaveCount(0);
  await dialog.getByRole('button', { name: /Richting/ }).click();
  await page.getByRole('option', { name: 'naar links: alternatieven toelaten' }).click();
  await dialog.getByLabel('Wat').fill('De bibliotheek vragen als ambassadeur voor de andere culturele instellingen');
  await dialog.getByRole('button', { name: /Soort actie/ }).click();
  // A strong partner at Z: an ambassador, not enforcement.
  await expect(page.getByRole('option', { name: 'Handhaving en dwangsommen' })).toHaveCount(0);
  await page.getByRole('option', { name: 'Ambassadeur voor anderen' }).click();
  await dialog.getByRole('button', { name: 'Strategie opslaan' }).click();
  await expect(dialog.getByText('De strategie is opgeslagen.')).toBeVisible();
  const warning = dialog.getByTestId('strategy-warning');
  await expect(warning).toContainText('Let op: concurrentie bevorderen is hier niet verstandig');
  await expect(warning).toContainText('Volgens het voorstel van de matrix en de gekozen strategie wilt u deze partner borgen, maar met de richting naar links laat u alternatieven toe.');
  await expectAccessible(page, 'strategy warning');
  await warning.scrollIntoViewIfNeeded();
  await snapViewport(page, testInfo, '66-strategy-left-warning');
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(row(page, LIBRARY).getByTestId('chosen-strategy')).toHaveText('gekozen: Borgen (naar links)');

  // Kept as a plain choice without moving left, the warning is gone and the ambassador stays.
  await page.getByRole('button', { name: `Strategie en relatie van ${LIBRARY}` }).click();
  await choose(page, dialog, /Richting/, 'geen richting');
  await dialog.getByRole('button', { name: 'Strategie opslaan' }).click();
  await expect(dialog.getByText('De strategie is opgeslagen.')).toBeVisible();
  await expect(dialog.getByTestId('strategy-warning')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: /Soort actie/ })).toContainText('Ambassadeur voor anderen');
  await checkPage(page, testInfo, '66a-strategy-ambassador');
});
