import { describe, expect, it } from 'vitest';
import {
  CHART_SIZE,
  clipAmbitionLine,
  LABEL_OPTIONS,
  makeScales,
  pathOf,
  placeLabels,
  polygonArea,
  regionAbove,
  truncateLabel,
  type Box,
} from './chart';

describe('scales', () => {
  it('put dependency 0–10 left to right and influence 0–10 bottom to top', () => {
    const { x, y, plot } = makeScales();
    expect(x(0)).toBe(plot.left);
    expect(x(10)).toBe(plot.right);
    expect(y(0)).toBe(plot.bottom);
    expect(y(10)).toBe(plot.top);
    expect(plot.right).toBe(CHART_SIZE.width - CHART_SIZE.margin.right);
  });
});

describe('clipAmbitionLine', () => {
  it('keeps the default line whole: from (0, 3) to (10, 8)', () => {
    expect(clipAmbitionLine({ base: 3, slope: 0.5 })).toEqual([
      { d: 0, i: 3 },
      { d: 10, i: 8 },
    ]);
  });
  it('stops a steep line at the top edge', () => {
    const [from, to] = clipAmbitionLine({ base: 3, slope: 1 })!;
    expect(from).toEqual({ d: 0, i: 3 });
    expect(to).toEqual({ d: 7, i: 10 });
  });
  it('handles a flat line, and lines that miss the plot', () => {
    expect(clipAmbitionLine({ base: 10, slope: 0 })).toEqual([
      { d: 0, i: 10 },
      { d: 10, i: 10 },
    ]);
    expect(clipAmbitionLine({ base: 10.5, slope: 0 })).toBeNull();
    expect(clipAmbitionLine({ base: 11, slope: 0.5 })).toBeNull();
  });
});

describe('regionAbove', () => {
  it('is the part of the square above the default line', () => {
    const region = regionAbove({ base: 3, slope: 0.5 });
    // 100 − the trapezoid below the line (3 + 8) / 2 · 10 = 55 → 45.
    expect(polygonArea(region)).toBeCloseTo(45, 9);
    expect(region).toContainEqual({ d: 0, i: 3 });
    expect(region).toContainEqual({ d: 10, i: 8 });
  });
  it('is a triangle when the line leaves through the top', () => {
    expect(polygonArea(regionAbove({ base: 3, slope: 1 }))).toBeCloseTo((7 * 7) / 2, 9);
  });
  it('is the whole square for a line at 0 and nothing for a line above the plot', () => {
    expect(polygonArea(regionAbove({ base: 0, slope: 0 }))).toBeCloseTo(100, 9);
    expect(regionAbove({ base: 10.5, slope: 0 })).toEqual([]);
    expect(regionAbove({ base: 10, slope: 0.5 })).toEqual([]);
  });
  it('becomes an SVG path in screen space', () => {
    const scales = makeScales();
    const path = pathOf(regionAbove({ base: 0, slope: 0 }), scales, true);
    expect(path.startsWith(`M${scales.x(0)},${scales.y(0)}`)).toBe(true);
    expect(path.endsWith('Z')).toBe(true);
    expect(pathOf([], scales)).toBe('');
  });
});

describe('labels', () => {
  const bounds: Box = { x0: 0, y0: 0, x1: 600, y1: 500 };
  const options = { ...LABEL_OPTIONS, bounds };
  const overlaps = (a: Box, b: Box) => Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0) && Math.min(a.y1, b.y1) > Math.max(a.y0, b.y0);

  it('truncates long names with an ellipsis, counting characters', () => {
    expect(truncateLabel('Bibliotheek', 22)).toEqual({ text: 'Bibliotheek', truncated: false });
    expect(truncateLabel('Stichting Welzijn Regio Zuidhaven-Oost', 12)).toEqual({ text: 'Stichting W…', truncated: true });
    expect([...truncateLabel('😀😀😀😀😀', 3).text]).toHaveLength(3);
  });

  it('puts a lone label to the right of its point', () => {
    const [label] = placeLabels([{ id: 'a', x: 100, y: 100, text: 'Bibliotheek' }], options);
    expect(label!.anchor).toBe('start');
    expect(label!.x).toBeGreaterThan(100);
    expect(label!.leader).toBe(false);
  });

  it('keeps labels of points at the right edge inside the plot', () => {
    const [label] = placeLabels([{ id: 'a', x: 595, y: 100, text: 'Woningcorporatie' }], options);
    expect(label!.anchor).toBe('end');
    expect(label!.box.x0).toBeGreaterThanOrEqual(0);
  });

  it('gives labels of points on the same spot their own places', () => {
    const inputs = ['Gemeente', 'Bibliotheek', 'Scholengroep', 'Welzijn'].map((text, k) => ({ id: String(k), x: 300, y: 250, text }));
    const placed = placeLabels(inputs, options);
    for (let a = 0; a < placed.length; a++) {
      for (let b = a + 1; b < placed.length; b++) {
        expect(overlaps(placed[a]!.box, placed[b]!.box), `${placed[a]!.text} / ${placed[b]!.text}`).toBe(false);
      }
    }
  });

  it('keeps labels off neighbouring points', () => {
    const placed = placeLabels(
      [
        { id: 'a', x: 300, y: 250, text: 'Gemeente' },
        { id: 'b', x: 320, y: 250, text: 'Bibliotheek' },
      ],
      options,
    );
    const pointB = { x0: 311, y0: 241, x1: 329, y1: 259 };
    expect(overlaps(placed[0]!.box, pointB)).toBe(false);
  });

  it('shortens a label when there is no room for the whole name', () => {
    // A crowd in a small plot: some labels must give way.
    const small = { ...options, bounds: { x0: 0, y0: 0, x1: 200, y1: 120 } };
    const inputs = Array.from({ length: 8 }, (_, k) => ({ id: String(k), x: 100, y: 60, text: `Een heel lange partnernaam ${k}` }));
    const placed = placeLabels(inputs, small);
    expect(placed).toHaveLength(8);
    expect(placed.every((label) => [...label.text].length <= LABEL_OPTIONS.maxChars)).toBe(true);
    expect(placed.some((label) => label.truncated)).toBe(true);
  });
});
