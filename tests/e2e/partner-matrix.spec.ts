import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { checkPage, expectAccessible, signedIn, snap, uniqueEmail } from './helpers';

/** A screenshot of one part of the page, to judge the chart and table by eye. */
async function snapPart(page: Page, project: string, name: string, selector: string) {
  const file = path.resolve(__dirname, '../../var/screenshots', `${project}-${name}.png`);
  await page.locator(selector).first().screenshot({ path: file });
}

const SCHOOL = 'Scholengroep Binnenstad';
const LIBRARY = 'Bibliotheek Zuidhaven';
const WELFARE = 'Stichting Welzijn Regio Zuidhaven-Oost voor Ouderen';

async function addPartner(page: Page, name: string, target?: { influence: string; dependency: string }) {
  const form = page.getByRole('region', { name: 'Partner toevoegen' });
  await form.getByLabel('Naam van de partner').fill(name);
  if (target) {
    await form.getByRole('textbox', { name: 'Doel: invloed' }).fill(target.influence);
    await form.getByRole('textbox', { name: 'Doel: afhankelijkheid' }).fill(target.dependency);
  }
  await form.getByRole('button', { name: 'Partner toevoegen' }).click();
  await expect(form.getByText(`${name} is toegevoegd.`)).toBeVisible();
}

async function fillAssessment(page: Page, influence: string, dependency: string, rationale: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Invloed', exact: true }).fill(influence);
  await dialog.getByRole('textbox', { name: 'Afhankelijkheid', exact: true }).fill(dependency);
  await dialog.getByLabel('Toelichting (optioneel)').fill(rationale);
}

async function saveAssessment(page: Page, name: string) {
  await page.getByRole('dialog').getByRole('button', { name: 'Beoordeling opslaan' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText(`De beoordeling van ${name} is opgeslagen.`)).toBeVisible();
}

function row(page: Page, name: string) {
  return page.locator(`tr[data-partner="${name}"]`);
}

test('partner matrix: add partners, assess them in the table and the chart, move the ambition line, export', async ({ page }, testInfo) => {
  const phone = testInfo.project.name === 'phone';
  await signedIn(page, uniqueEmail('partners', testInfo), 'Petra Partner');

  // An organisation and a coalition, through the app.
  await page.goto('/welcome');
  await page.getByLabel('Naam van de organisatie').fill('Gemeente Zuidhaven');
  await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Coalities' })).toBeVisible();
  await page.getByLabel('Naam van de coalitie').fill('Kansrijk opgroeien');
  await page.getByLabel('Maatschappelijk doel').fill('Alle kinderen in Zuidhaven krijgen gelijke kansen op school en daarbuiten.');
  await page.getByRole('button', { name: 'Coalitie aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kansrijk opgroeien' })).toBeVisible();

  // The partner matrix is a section of the coalition.
  await page.getByRole('navigation', { name: 'Onderdelen van de coalitie' }).getByRole('link', { name: 'Partners en invloed' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partners en invloed' })).toBeVisible();
  await expect(page.getByText('Deze coalitie heeft nog geen partners.').first()).toBeVisible();
  await checkPage(page, testInfo, '40-partners-empty');

  // Three partners; one with a target position.
  await addPartner(page, SCHOOL, { influence: '7', dependency: '8' });
  await addPartner(page, LIBRARY);
  await addPartner(page, WELFARE);
  await expect(page.locator('tbody tr')).toHaveCount(3);
  await expect(page.getByTestId('summary-unassessed')).toHaveText('3');
  await expect(page.getByText('Nog niemand heeft een partner beoordeeld.')).toBeVisible();
  await expect(page.locator('.matrix-chart__point')).toHaveCount(0);

  // Assess the school by clicking its row: the dialog, accessible while open.
  await row(page, SCHOOL).locator('td').first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: `Beoordeel ${SCHOOL}` })).toBeVisible();
  await fillAssessment(page, '4', '8', 'Bepalend voor gelijke kansen, maar weinig middelen en motivatie.');
  await expect(dialog.getByText('tekort 3 — Investeren')).toBeVisible();
  await expectAccessible(page, 'assessment dialog');
  await snap(page, testInfo, '41-partners-dialog');
  await page.screenshot({ path: path.resolve(__dirname, '../../var/screenshots', `${testInfo.project.name}-41a-dialog-viewport.png`) });
  await saveAssessment(page, SCHOOL);
  await expect(page.locator('.matrix-chart__point')).toHaveCount(1);
  await expect(row(page, SCHOOL)).toContainText('Investeren');
  await expect(row(page, SCHOOL)).toContainText('omhoog');

  // The library through the name in its row (the keyboard way), the welfare foundation too.
  await page.getByRole('button', { name: `Beoordeel ${LIBRARY}` }).click();
  await fillAssessment(page, '9', '8', 'Sterke partner, moeilijk te vervangen.');
  await saveAssessment(page, LIBRARY);
  await page.getByRole('button', { name: `Beoordeel ${WELFARE}` }).click();
  await fillAssessment(page, '6', '2', 'Er zijn alternatieven.');
  await saveAssessment(page, WELFARE);

  // Three points, three rows with outcomes, and the summary.
  await expect(page.locator('.matrix-chart__point')).toHaveCount(3);
  await expect(page.locator('.matrix-chart__point[data-sufficient="true"]')).toHaveCount(2);
  await expect(row(page, LIBRARY)).toContainText('Borgen');
  await expect(row(page, WELFARE)).toContainText('Onderhouden');
  await expect(page.getByTestId('summary-count')).toHaveText('3');
  await expect(page.getByTestId('summary-sufficient')).toHaveText('2 van 3 (67%)');
  await expect(page.getByTestId('summary-unassessed')).toHaveText('0');
  const attention = page.locator('.attention-list li');
  await expect(attention).toHaveCount(1);
  await expect(attention.first()).toContainText(SCHOOL);
  await checkPage(page, testInfo, '42-partners-assessed');
  await snapPart(page, testInfo.project.name, '42a-chart', '.chart-scroll');
  await snapPart(page, testInfo.project.name, '42b-table', '.table-wrap');
  await snapPart(page, testInfo.project.name, '42c-summary', '.matrix-summary');

  // On a phone the table and the summary come before the chart.
  if (phone) {
    const tableTop = (await page.getByRole('table').boundingBox())!.y;
    const summaryTop = (await page.getByRole('region', { name: 'Samenvatting' }).boundingBox())!.y;
    const chartTop = (await page.getByRole('region', { name: 'Partnermatrix (schuif horizontaal)' }).boundingBox())!.y;
    expect(summaryTop).toBeLessThan(tableTop);
    expect(tableTop).toBeLessThan(chartTop);
  }

  // Raise the ambition line: the outcome changes at once, before saving.
  const base = page.getByRole('slider', { name: 'Basis' });
  await base.focus();
  for (let k = 0; k < 5; k++) await base.press('ArrowRight'); // 3 → 5.5
  await expect(page.getByText('Vereiste invloed = 5,5 + 0,5 × afhankelijkheid')).toBeVisible();
  await expect(page.getByText('Voorbeeld met de aangepaste ambitielijn; nog niet opgeslagen.').first()).toBeVisible();
  await expect(page.getByTestId('summary-sufficient')).toHaveText('0 van 3 (0%)');
  await expect(row(page, LIBRARY)).toContainText('Investeren');
  await expect(row(page, WELFARE)).toContainText('Heroverwegen');
  await expect(page.locator('.matrix-chart__point[data-sufficient="true"]')).toHaveCount(0);
  await checkPage(page, testInfo, '43-partners-line-preview');
  await snapPart(page, testInfo.project.name, '43a-chart', '.chart-scroll');
  await snapPart(page, testInfo.project.name, '43b-controls', '.line-controls');

  // Save it: the server agrees with what the page showed.
  await page.getByLabel('Waarom deze wijziging? (optioneel)').fill('Hogere lat: de coalitie wil meer slagkracht.');
  await page.getByRole('button', { name: 'Ambitielijn opslaan' }).click();
  await expect(page.getByText('De ambitielijn is opgeslagen.')).toBeVisible();
  await expect(page.getByText('Voorbeeld met de aangepaste ambitielijn; nog niet opgeslagen.')).toHaveCount(0);
  await expect(page.getByTestId('summary-sufficient')).toHaveText('0 van 3 (0%)');
  await page.reload();
  await expect(page.getByText('Vereiste invloed = 5,5 + 0,5 × afhankelijkheid')).toBeVisible();
  await expect(page.getByTestId('summary-sufficient')).toHaveText('0 van 3 (0%)');

  // Assess the library again by clicking its point in the chart.
  await page.locator(`.matrix-chart__point[data-partner="${LIBRARY}"]`).click();
  await expect(dialog.getByRole('heading', { name: `Beoordeel ${LIBRARY}` })).toBeVisible();
  await fillAssessment(page, '10', '8', 'Nieuwe directeur, veel draagvlak.');
  await saveAssessment(page, LIBRARY);
  await expect(page.getByTestId('summary-sufficient')).toHaveText('1 van 3 (33%)');
  await expect(row(page, LIBRARY)).toContainText('Borgen');

  // Export the chart as SVG and as PNG.
  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download SVG' }).click();
  const svgFile = await svgDownload;
  expect(svgFile.suggestedFilename()).toBe('kansrijk-opgroeien-partners.svg');
  const svg = readFileSync((await svgFile.path())!, 'utf8');
  expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toContain(LIBRARY);
  expect(svg).not.toContain('var(--');
  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PNG' }).click();
  const pngFile = await pngDownload;
  expect(pngFile.suggestedFilename()).toBe('kansrijk-opgroeien-partners.png');
  const png = readFileSync((await pngFile.path())!);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(png.length).toBeGreaterThan(5_000);

  // In English, too.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partners and influence' })).toBeVisible();
  await expect(row(page, LIBRARY)).toContainText('Secure');
  await expect(page.getByTestId('summary-sufficient')).toHaveText('1 of 3 (33%)');
  await checkPage(page, testInfo, '44-partners-en');
});
