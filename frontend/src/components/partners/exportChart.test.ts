import { describe, expect, it } from 'vitest';
import { exportFileName, resolveCssVariables, standaloneSvg } from './exportChart';

const vars: Record<string, string> = {
  '--vt-color-accent': '#0b5563',
  '--vt-chart-line': 'var(--vt-color-accent)',
  '--vt-font-family': 'system-ui, "Segoe UI", sans-serif',
};
const lookup = (name: string) => vars[name];

describe('resolveCssVariables', () => {
  it('replaces variables, nested ones and fallbacks', () => {
    expect(resolveCssVariables('fill: var(--vt-color-accent);', lookup)).toBe('fill: #0b5563;');
    expect(resolveCssVariables('stroke: var(--vt-chart-line)', lookup)).toBe('stroke: #0b5563');
    expect(resolveCssVariables('fill: var(--missing, #fff)', lookup)).toBe('fill: #fff');
    expect(resolveCssVariables('fill: var(--missing, rgb(1, 2, 3))', lookup)).toBe('fill: rgb(1, 2, 3)');
    expect(resolveCssVariables('fill: var(--missing)', lookup)).toBe('fill: currentColor');
  });
});

describe('standaloneSvg', () => {
  it('makes a file with namespace, size and no theme variables', () => {
    const markup =
      '<svg class="matrix-chart" viewBox="0 0 640 560" role="img" width="100%"><title>Partners</title>' +
      '<text style="font-family: var(--vt-font-family); fill: var(--vt-chart-line);">Gemeente</text></svg>';
    const file = standaloneSvg(markup, { width: 640, height: 560 }, lookup);
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(file).toContain('width="640" height="560"');
    expect(file).not.toContain('width="100%"');
    expect(file).not.toContain('class="matrix-chart"');
    expect(file).not.toContain('var(');
    // Quotes inside a value do not break the style attribute.
    expect(file).toContain("font-family: system-ui, 'Segoe UI', sans-serif;");
    expect(file).toContain('<title>Partners</title>');
  });
  it('keeps a namespace the serialiser already wrote', () => {
    const file = standaloneSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"></svg>', { width: 1, height: 1 }, lookup);
    expect(file.match(/xmlns=/g)).toHaveLength(1);
  });
});

describe('exportFileName', () => {
  it('makes a safe name from the coalition name', () => {
    expect(exportFileName('Samen tegen eenzaamheid', 'svg')).toBe('samen-tegen-eenzaamheid-partners.svg');
    expect(exportFileName('Café “De Brug” – Zuidhaven', 'png')).toBe('cafe-de-brug-zuidhaven-partners.png');
    expect(exportFileName('???', 'png')).toBe('partnermatrix-partners.png');
  });
});
