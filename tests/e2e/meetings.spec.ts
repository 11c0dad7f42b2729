import { expect, test, type Page } from '@playwright/test';
import { checkPage, choose, expectAccessible, expectNoHorizontalScroll, signedIn, snap, uniqueEmail } from './helpers';

const SCHOOL = 'Scholengroep Binnenstad';
const WELFARE = 'Welzijn Rivierland';
const THEATRE = 'Stadstheater & Bibliotheek';
const MEETING = 'Verkenningsbijeenkomst binnenstad';

/** An organisation, a coalition and three partners, through the API as the signed-in user. */
async function coalitionWithPartners(page: Page): Promise<string> {
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('vitaal.auth') ?? '{}').accessToken as string);
  const headers = { Authorization: `Bearer ${token}` };
  const organisation = await page.request.post('/api/v1/organisations', {
    data: { name: 'Gemeente Rivierstad', kind: 'municipality' },
    headers,
  });
  expect(organisation.status()).toBe(201);
  const coalition = await page.request.post('/api/v1/coalitions', {
    data: {
      name: 'Levendige binnenstad',
      societal_goal: 'Een aantrekkelijke, veilige en levendige binnenstad.',
      organisation_id: (await organisation.json()).id,
    },
    headers,
  });
  expect(coalition.status()).toBe(201);
  const coalitionId = (await coalition.json()).id as string;
  for (const name of [SCHOOL, WELFARE, THEATRE]) {
    const partner = await page.request.post(`/api/v1/coalitions/${coalitionId}/partners`, { data: { name }, headers });
    expect(partner.status()).toBe(201);
  }
  return coalitionId;
}

async function recordCommitment(page: Page, partner: string, level: string, points: string) {
  const card = page.locator(`li[data-partner="${partner}"]`);
  await card.locator('label', { hasText: level }).click();
  await expect(card.getByRole('radio', { name: level })).toBeChecked();
  await card.getByLabel('Punten voor nader gesprek').fill(points);
  await card.getByRole('button', { name: `Vastleggen voor ${partner}` }).click();
  await expect(card.getByText(`Vastgelegd: ${partner} — ${level}.`)).toBeVisible();
}

async function addAction(page: Page, title: string, options: { owner?: string; money: string; financed?: string; financing: string }) {
  const form = page.getByRole('region', { name: 'Actie toevoegen' });
  await form.getByLabel('Actie', { exact: true }).fill(title);
  if (options.owner) await choose(page, form, 'Eigenaar', options.owner);
  await form.getByLabel('Capaciteit in uren').fill('120');
  await form.getByLabel('Benodigd geld (€)').fill(options.money);
  if (options.financed) await form.getByLabel('Waarvan gefinancierd (€)').fill(options.financed);
  await choose(page, form, 'Financiering', options.financing);
  await form.getByRole('button', { name: 'Actie toevoegen' }).click();
  await expect(page.getByText(`De actie ‘${title}’ is toegevoegd.`)).toBeVisible();
  await expect(page.locator(`tr[data-action="${title}"]`)).toBeVisible();
}

test('meetings and plan: an exploration meeting from the step plan, commitment per partner, actions with and without owner and their coverage', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const desktop = testInfo.project.name === 'desktop';
  await signedIn(page, uniqueEmail('meetings', testInfo), 'Anne de Vries');
  const coalitionId = await coalitionWithPartners(page);

  // The meetings tab of the coalition, empty.
  await page.goto(`/coalitions/${coalitionId}`);
  await page.getByRole('navigation', { name: 'Onderdelen van de coalitie' }).getByRole('link', { name: 'Bijeenkomsten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();
  await expect(page.getByText('Er zijn nog geen bijeenkomsten. Plan hieronder de verkenningsbijeenkomst.')).toBeVisible();
  await checkPage(page, testInfo, 'm0-meetings-empty');

  // Plan the exploration meeting with the seed's programme; the title is required.
  const form = page.getByRole('region', { name: 'Bijeenkomst plannen' });
  await form.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
  await expect(form.getByText('Vul dit veld in.').first()).toBeVisible();
  await form.getByLabel('Titel').fill(MEETING);
  await form.getByLabel('Datum').fill('2026-12-10');
  await form.getByLabel('Begintijd').fill('15:00');
  await form.getByLabel('Plaats (optioneel)').fill('Stadstheater, foyer');
  await choose(page, form, 'Wie nodigt u uit', 'Ook belanghebbenden zonder eigen uitvoeringskracht');
  await choose(page, form, 'Van wie gaat de uitnodiging uit', 'Een groepje koplopers');
  await expect(form.getByRole('switch', { name: 'Agenda vullen met het programma uit het stappenplan' })).toBeChecked();
  await form.getByRole('button', { name: 'Bijeenkomst plannen' }).click();

  // The meeting page: the agenda follows the programme (vision, central part, conclusion, closing).
  await expect(page.getByRole('heading', { level: 1, name: MEETING })).toBeVisible();
  const agenda = page.getByRole('region', { name: 'Agenda' });
  const items = agenda.locator('li[data-agenda-item]');
  await expect(items).toHaveCount(7);
  await expect(items.first()).toHaveAttribute('data-agenda-item', 'Presentatie van de visie');
  await expect(agenda.getByRole('heading', { name: 'Vaststellen commitment' })).toBeVisible();
  await expect(agenda.getByText('Totaal 2 u 40 min')).toBeVisible();
  await expect(page.getByText('Een groepje koplopers')).toBeVisible();

  // The agenda is editable: move the first item down, shorten another, add one.
  await agenda.getByRole('button', { name: 'Presentatie van de visie omlaag' }).click();
  await expect(items.first()).toHaveAttribute('data-agenda-item', 'Stand van zaken, kansen en bedreigingen');
  await agenda.locator('summary', { hasText: 'Agendapunt toevoegen' }).click();
  await agenda.getByLabel('Agendapunt', { exact: true }).fill('Welkom door de wethouder');
  await agenda.getByRole('textbox', { name: 'Duur in minuten' }).fill('5');
  await agenda.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
  await expect(items).toHaveCount(8);
  await expect(agenda.getByText('Totaal 2 u 45 min')).toBeVisible();

  // The chair records commitment for two partners, on Vitaal's scale (and it says so).
  await expect(page.getByRole('region', { name: 'Vaststellen commitment' }).getByText('Vitaal-regel, niet uit de methode')).toBeVisible();
  await recordCommitment(page, SCHOOL, 'Wil aansluiten', 'Inzet van docenten buiten lestijd');
  await recordCommitment(page, WELFARE, 'Verkennend', 'Meerjarige subsidierelatie');

  // A next step with an owner and a date.
  const outcomes = page.getByRole('region', { name: 'Besluiten en vervolgstappen' });
  await outcomes.locator('summary', { hasText: 'Besluit of vervolgstap toevoegen' }).click();
  await outcomes.getByLabel('Omschrijving').fill('Concept-intentieverklaring rondsturen');
  await outcomes.getByLabel('Naam van de eigenaar (optioneel)').fill('Anne de Vries');
  await outcomes.getByLabel('Uiterlijk op (optioneel)').fill('2027-01-15');
  await outcomes.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(outcomes.locator('li[data-outcome="Concept-intentieverklaring rondsturen"]')).toBeVisible();
  await outcomes.locator('li[data-outcome="Concept-intentieverklaring rondsturen"]').locator('label', { hasText: 'Afgerond' }).click();
  await expect(outcomes.getByRole('checkbox', { name: 'Afgerond: Concept-intentieverklaring rondsturen' })).toBeChecked();

  // Minutes in Markdown.
  const minutes = page.getByRole('region', { name: 'Verslag' });
  await minutes.getByLabel('Verslag (Markdown)').fill('## Verslag\n\nEr is draagvlak om de opgave samen aan te pakken.');
  await minutes.getByRole('button', { name: 'Verslag opslaan' }).click();
  await expect(minutes.getByText('Het verslag is opgeslagen.')).toBeVisible();
  await checkPage(page, testInfo, 'm1-meeting');

  if (desktop) {
    // A chair's tablet: big touch targets, nothing wider than the screen, still accessible.
    await page.setViewportSize({ width: 800, height: 1280 });
    const option = page.locator(`li[data-partner="${THEATRE}"]`).locator('label', { hasText: 'Gecommitteerd' });
    const box = await option.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(48);
    await expectNoHorizontalScroll(page, 'meeting on a tablet');
    await expectAccessible(page, 'meeting on a tablet');
    await snap(page, testInfo, 'm2-meeting-tablet');
    await page.setViewportSize({ width: 1280, height: 800 });
  }

  // The meetings list and where each partner stands.
  await page.getByRole('link', { name: 'Bijeenkomsten van Levendige binnenstad' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();
  const summary = page.getByRole('region', { name: 'Commitment per partner' });
  await expect(summary.locator(`li[data-partner="${SCHOOL}"]`)).toContainText('Wil aansluiten');
  await expect(summary.locator(`li[data-partner="${WELFARE}"]`)).toContainText('Verkennend');
  await expect(summary.locator(`li[data-partner="${THEATRE}"]`)).toContainText('Nog niet vastgesteld');
  await expect(page.getByRole('link', { name: MEETING })).toBeVisible();
  await checkPage(page, testInfo, 'm3-meetings');

  // The plan of approach: actions with and without an owner, and the coverage moving.
  await page.getByRole('navigation', { name: 'Onderdelen van de coalitie' }).getByRole('link', { name: 'Plan van aanpak' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan van aanpak' })).toBeVisible();
  await expect(page.getByText('Het plan heeft nog geen acties. Voeg ze hieronder toe, met of zonder eigenaar.')).toBeVisible();
  await checkPage(page, testInfo, 'm4-plan-empty');

  await addAction(page, 'Binnenstad in de voorlichting', { owner: SCHOOL, money: '2.500', financing: 'Binnen het eigen werkpakket' });
  const owned = page.getByTestId('coverage-owned');
  await expect(owned).toContainText('1 van 1 actie (100%)');
  await addAction(page, 'Jongerenwerk in de avonduren', { money: '120.000', financed: '20.000', financing: 'Subsidie' });
  await expect(owned).toContainText('1 van 2 acties (50%)');
  await expect(page.getByTestId('coverage-financed')).toContainText('22.500');
  await expect(page.getByTestId('coverage-financing-subsidy')).toContainText('20.000');
  await expect(page.getByTestId('unowned-actions')).toContainText('Jongerenwerk in de avonduren');
  await expect(page.locator('tr[data-action="Jongerenwerk in de avonduren"]')).toContainText('Nog niet belegd');

  // A partner takes the unowned action on: everything is owned.
  await page.getByRole('button', { name: 'Wijzigen: Jongerenwerk in de avonduren' }).click();
  const dialog = page.getByRole('dialog');
  await choose(page, dialog, 'Eigenaar', WELFARE);
  await dialog.getByRole('button', { name: 'Actie opslaan' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(owned).toContainText('2 van 2 acties (100%)');
  await expect(page.getByTestId('unowned-actions')).toHaveCount(0);

  // A working group with a member from a partner organisation.
  const structures = page.getByRole('region', { name: 'Werkstructuren' });
  await structures.locator('summary', { hasText: 'Werkstructuur toevoegen' }).click();
  await structures.getByLabel('Naam', { exact: true }).fill('Werkgroep evenementen');
  await structures.getByRole('button', { name: 'Werkstructuur toevoegen' }).click();
  const group = structures.locator('li[data-structure="Werkgroep evenementen"]');
  await expect(group).toBeVisible();
  await group.locator('summary', { hasText: 'Lid toevoegen aan Werkgroep evenementen' }).click();
  await group.getByLabel('Naam', { exact: true }).fill('Ingrid Smit');
  await choose(page, group, 'Namens partner', THEATRE);
  await group.getByRole('button', { name: 'Lid toevoegen' }).click();
  await expect(group.locator('.item-list__item', { hasText: 'Ingrid Smit' })).toContainText(THEATRE);
  await checkPage(page, testInfo, 'm5-plan');
});

test('commitment scale: the coordinating organisation names the levels; recorded determinations read with the new names', async ({ page }, testInfo) => {
  await signedIn(page, uniqueEmail('scale', testInfo), 'Sanne Schaal');
  const coalitionId = await coalitionWithPartners(page);
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('vitaal.auth') ?? '{}').accessToken as string);
  const headers = { Authorization: `Bearer ${token}` };
  const coalition = await (await page.request.get(`/api/v1/coalitions/${coalitionId}`, { headers })).json();
  const partners = await (await page.request.get(`/api/v1/coalitions/${coalitionId}/partners`, { headers })).json();
  const school = partners.items.find((p: { name: string }) => p.name === SCHOOL);
  const meeting = await page.request.post(`/api/v1/coalitions/${coalitionId}/meetings`, {
    data: { type: 'exploration', title: MEETING, starts_at: '2026-12-10T15:00:00+01:00' },
    headers,
  });
  expect(meeting.status()).toBe(201);
  const recorded = await page.request.post(`/api/v1/coalitions/${coalitionId}/meetings/${(await meeting.json()).id}/commitments`, {
    data: { partner_id: school.id, level: 'intends_to_join' },
    headers,
  });
  expect(recorded.status()).toBe(201);

  // In the organisation's own rules: rename "Wil aansluiten" and let it count as commitment.
  await page.goto(`/organisations/${coalition.founding_organisation_id}/method`);
  const scale = page.getByRole('region', { name: 'Commitmentschaal' });
  await expect(scale.getByText('Vitaal-regel, niet uit de methode')).toBeVisible();
  const third = scale.getByRole('group', { name: 'Niveau 3 (van zwak naar sterk)' });
  await expect(third.getByRole('textbox', { name: 'Naam' })).toHaveValue('Wil aansluiten');
  await third.getByRole('textbox', { name: 'Naam' }).fill('Tekent de intentieverklaring');
  await third.getByText('Telt als commitment').click();
  await expect(third.getByRole('switch', { name: 'Telt als commitment' })).toBeChecked();
  await expect(scale.getByRole('group', { name: 'Niveau 4 (van zwak naar sterk)' }).getByRole('switch', { name: 'Telt als commitment' })).toBeDisabled();
  await scale.getByRole('button', { name: 'Schaal opslaan' }).click();
  await expect(scale.getByText('De schaal is opgeslagen.')).toBeVisible();
  await expect(scale.getByText('Regel van Gemeente Rivierstad, niet uit de methode')).toBeVisible();
  await checkPage(page, testInfo, 'm6-commitment-scale');

  // The coalition reads the determination in the new words.
  await page.goto(`/coalitions/${coalitionId}/meetings`);
  const summary = page.getByRole('region', { name: 'Commitment per partner' });
  await expect(summary.locator(`li[data-partner="${SCHOOL}"]`)).toContainText('Tekent de intentieverklaring');
  await expect(summary.getByText('Telt als commitment: 1 van 3 partners')).toBeVisible();
  await expect(summary.getByText('Regel van Gemeente Rivierstad, niet uit de methode')).toBeVisible();
  await checkPage(page, testInfo, 'm7-commitment-own-scale');
});
