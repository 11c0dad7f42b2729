import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { checkPage, expectAccessible, snap, uniqueEmail } from './helpers';

const PASSWORD = 'correct-horse-battery';
const LIBRARY = 'Bibliotheek Zuidhaven';
const CAFE = 'Taalcafé met de bibliotheek';
const CLUB = 'Huiswerkclub Oost';

async function setUp(request: APIRequestContext, email: string) {
  expect((await request.post('/api/v1/auth/signup', { data: { email, password: PASSWORD, name: 'Paula Portfolio' } })).status()).toBe(201);
  const tokens = await (await request.post('/api/v1/auth/token', { form: { username: email, password: PASSWORD } })).json();
  const headers = { Authorization: `Bearer ${tokens.access_token}` };
  const organisation = await (await request.post('/api/v1/organisations', { headers, data: { name: 'Gemeente Zuidhaven', kind: 'municipality' } })).json();
  await request.post(`/api/v1/organisations/${organisation.id}/stakeholders`, { headers, data: { name: LIBRARY, type: 'civil_society' } });
  await request.post('/api/v1/coalitions', {
    headers,
    data: { name: 'Kansrijk opgroeien', societal_goal: 'Gelijke kansen voor alle kinderen.', description: '', organisation_id: organisation.id },
  });
  return { tokens, organisation };
}

async function logIn(page: Page, tokens: { access_token: string; refresh_token: string }) {
  await page.goto('/login');
  await page.evaluate(
    (t) => localStorage.setItem('vitaal.auth', JSON.stringify({ accessToken: t.access_token, refreshToken: t.refresh_token })),
    tokens,
  );
}

async function choose(page: Page, scope: Locator, label: RegExp, option: string) {
  await scope.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

function card(page: Page, title: string) {
  return page.locator(`article[data-collaboration="${title}"]`);
}

test('collaboration portfolio: add with its start, review quickly and with the seed\'s questions, pause and resume with a reason, filter, edit, delete', async ({ page, request }, testInfo) => {
  const { tokens, organisation } = await setUp(request, uniqueEmail('portfolio', testInfo));
  await logIn(page, tokens);
  await page.goto(`/organisations/${organisation.id}`);
  await page.getByRole('link', { name: 'Portfolio van samenwerkingen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio van samenwerkingen' })).toBeVisible();
  await expect(page.getByText('Nog geen samenwerkingen in het portfolio.')).toBeVisible();

  // A collaboration with a stakeholder from the register and a coalition, contribution and reciprocity.
  const add = page.getByRole('region', { name: 'Samenwerking toevoegen' });
  await add.getByLabel('Naam van de samenwerking').fill(CAFE);
  // Wait for the search itself, so the pick does not race the list being redrawn.
  await Promise.all([page.waitForResponse((r) => r.url().includes('q=biblio')), add.getByRole('combobox', { name: /Partner uit het stakeholderregister/ }).fill('biblio')]);
  await page.getByRole('option', { name: new RegExp(LIBRARY) }).click();
  await choose(page, add, /Coalitie/, 'Kansrijk opgroeien');
  await add.getByLabel(/Samen sinds/).fill('2019-09-01');
  await add.getByLabel('Bijdrage aan de maatschappelijke impact').fill('Minder laaggeletterdheid in Oost; 40 deelnemers per jaar.');
  await add.getByLabel('Wat wij geven').fill('Ruimte en vrijwilligers');
  await add.getByLabel('Wat wij krijgen').fill('Bereik onder laaggeletterden');
  await add.getByLabel('Vorm en flexibiliteit').fill('Sinds de crisis ook online.');
  await choose(page, add, /Relevantie nu/, 'hoog');
  await add.getByRole('button', { name: 'Samenwerking toevoegen' }).click();
  await expect(add.getByText(`${CAFE} is toegevoegd.`)).toBeVisible();
  const cafe = card(page, CAFE);
  await expect(cafe).toContainText('Relevantie: hoog');
  await expect(cafe.getByRole('link', { name: LIBRARY })).toBeVisible();
  await expect(cafe.getByRole('link', { name: 'Kansrijk opgroeien' })).toBeVisible();
  await expect(cafe).toContainText('Ruimte en vrijwilligers');
  await expect(cafe).toContainText(/1 september 2019 \(\d+ jaar/);
  await add.getByLabel('Naam van de samenwerking').fill(CLUB);
  await add.getByRole('button', { name: 'Samenwerking toevoegen' }).click();
  await expect(add.getByText(`${CLUB} is toegevoegd.`)).toBeVisible();
  await expect(card(page, CLUB)).toContainText('Relevantie: gemiddeld');

  // A review: less relevant than before moves it a step down.
  await cafe.getByRole('button', { name: 'Beoordelen' }).click();
  await choose(page, cafe, /Is de samenwerking nu/, 'minder relevant');
  await cafe.getByLabel('Toelichting (optioneel)').fill('Online bereikt het minder mensen.');
  await expectAccessible(page, 'review form');
  await cafe.getByRole('button', { name: 'Beoordeling opslaan' }).click();
  await expect(cafe.getByText('Beoordeling opgeslagen; de relevantie is nu gemiddeld.')).toBeVisible();
  await expect(cafe).toContainText('Relevantie: gemiddeld');
  await expect(cafe).toContainText('1 beoordeling');
  await expect(cafe).toContainText('Online bereikt het minder mensen.');

  // A second review answers the seed's questions, folded away until asked for.
  await cafe.getByRole('button', { name: 'Beoordelen' }).click();
  await expect(cafe.getByRole('radiogroup', { name: /waarom, waarin en hoe/ })).toBeHidden();
  await cafe.getByText('Vragen bij een veranderde situatie').click();
  const purpose = cafe.getByRole('radiogroup', { name: 'Is het waarom, waarin en hoe van de samenwerking veranderd?' });
  await purpose.getByText('Deels', { exact: true }).click();
  await cafe.getByLabel(/Wat is er veranderd\?/).fill('Minder fysieke bijeenkomsten, meer online.');
  await cafe.getByRole('radiogroup', { name: 'Houden de bestaande afspraken nog stand?' }).getByText('Ja', { exact: true }).click();
  await cafe.getByLabel(/Wat draagt de samenwerking bij/).fill('40 deelnemers per jaar; een kwart volgt daarna een cursus.');
  // An answer can be taken back: the question is then open again.
  const strategy = cafe.getByRole('radiogroup', { name: /Past de samenwerking nog/ });
  await strategy.getByText('Nee', { exact: true }).click();
  await cafe.getByRole('button', { name: 'Antwoord wissen: Past bij de strategie' }).click();
  await expect(strategy.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(cafe.getByText(/De relatie bestaat nu \d+ jaar/)).toBeVisible();
  await cafe.getByLabel(/Hoe staat het met de loyaliteit/).fill('De bibliotheek bleef ook in de crisis meedoen.');
  await cafe.getByRole('radiogroup', { name: /tegenprestatie/ }).getByText('Nee', { exact: true }).click();
  await expectAccessible(page, 'review questions');
  await snap(page, testInfo, '72-portfolio-review-questions');
  await cafe.getByRole('button', { name: 'Beoordeling opslaan' }).click();
  await expect(cafe.getByText('Beoordeling opgeslagen; de relevantie is nu gemiddeld.')).toBeVisible();
  await expect(cafe).toContainText('2 beoordelingen');
  const latest = cafe.locator('.review').first();
  await expect(latest).toContainText('Waarom, waarin en hoe veranderd');
  await expect(latest).toContainText('Deels — Minder fysieke bijeenkomsten, meer online.');
  await expect(latest).toContainText('Afspraken houden stand');
  await expect(latest).toContainText('40 deelnemers per jaar');
  await expect(latest).toContainText(/Relatie van \d+ jaar.* — De bibliotheek bleef ook in de crisis meedoen\./);
  await expect(latest).toContainText('Tegenprestatie weggevallen');
  await expect(latest).not.toContainText('Past bij de strategie');
  // The quick review before it shows no answers, only on request.
  await expect(cafe.locator('.review')).toHaveCount(1);
  await cafe.getByRole('button', { name: 'Alle beoordelingen tonen' }).click();
  await expect(cafe.locator('.review')).toHaveCount(2);
  await expect(cafe.locator('.review').nth(1).locator('.review__answers')).toHaveCount(0);

  // A pause needs a reason; it shows and can be filtered on, then the collaboration resumes.
  const club = card(page, CLUB);
  await club.getByRole('button', { name: 'Pauzeren' }).click();
  await club.getByRole('button', { name: 'Samenwerking pauzeren' }).click();
  await expect(club.getByText('Geef een reden voor de pauze.')).toBeVisible();
  await club.getByLabel('Waarom pauzeren?').fill('De partner zit zelf in een crisis.');
  await club.getByRole('button', { name: 'Samenwerking pauzeren' }).click();
  await expect(club.getByText(`${CLUB} is gepauzeerd.`)).toBeVisible();
  await expect(club).toContainText('Gepauzeerd sinds');
  await expect(club).toContainText('De partner zit zelf in een crisis.');
  await choose(page, page.getByRole('group', { name: 'Filters' }), /Toon/, 'Gepauzeerd');
  await expect(page.locator('article[data-collaboration]')).toHaveCount(1);
  await expect(card(page, CAFE)).toHaveCount(0);
  await checkPage(page, testInfo, '70-portfolio-paused');
  await choose(page, page.getByRole('group', { name: 'Filters' }), /Toon/, 'Alle');
  await expect(page.locator('article[data-collaboration]')).toHaveCount(2);
  await card(page, CLUB).getByRole('button', { name: 'Hervatten' }).click();
  await expect(card(page, CLUB).getByText(`${CLUB} loopt weer.`)).toBeVisible();
  await expect(card(page, CLUB)).not.toContainText('Gepauzeerd sinds');

  // Edit what we get; delete the other one.
  await cafe.getByRole('button', { name: 'Bewerken' }).click();
  await expect(cafe.getByLabel(/Samen sinds/)).toHaveValue('2019-09-01');
  await cafe.getByLabel('Wat wij krijgen').fill('Bereik en lesmateriaal');
  await cafe.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(cafe.getByText('De samenwerking is bijgewerkt.')).toBeVisible();
  await expect(cafe).toContainText('Bereik en lesmateriaal');
  await card(page, CLUB).getByRole('button', { name: 'Verwijderen' }).click();
  await card(page, CLUB).getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.getByText(`${CLUB} is verwijderd.`)).toBeVisible();
  await expect(card(page, CLUB)).toHaveCount(0);
  await checkPage(page, testInfo, '71-portfolio');
});
