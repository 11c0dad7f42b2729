// Geometry of the partner-matrix chart: scales, the ambition line clipped to
// the plot, the region above it, and where the labels go. Pure functions, so
// the picture can be tested without a browser.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { SCORE_MAX, SCORE_MIN, type Line } from './matrix';

export interface ChartSize {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** The drawing's own coordinate system (the SVG viewBox); CSS scales it. */
export const CHART_SIZE: ChartSize = {
  width: 640,
  height: 560,
  margin: { top: 16, right: 24, bottom: 96, left: 64 },
};

export interface Scales {
  /** Dependency (afhankelijkheid) to x. */
  x: ScaleLinear<number, number>;
  /** Influence (invloed) to y; up is more. */
  y: ScaleLinear<number, number>;
  plot: { left: number; right: number; top: number; bottom: number };
}

export function makeScales(size: ChartSize = CHART_SIZE): Scales {
  const plot = {
    left: size.margin.left,
    right: size.width - size.margin.right,
    top: size.margin.top,
    bottom: size.height - size.margin.bottom,
  };
  return {
    x: scaleLinear().domain([SCORE_MIN, SCORE_MAX]).range([plot.left, plot.right]),
    y: scaleLinear().domain([SCORE_MIN, SCORE_MAX]).range([plot.bottom, plot.top]),
    plot,
  };
}

/** A point in data space: d = dependency (x), i = influence (y). */
export interface DataPoint {
  d: number;
  i: number;
}

/**
 * The part of `influence = base + slope·dependency` inside the 0–10 square,
 * or null when the line misses the plot (e.g. base above 10).
 */
export function clipAmbitionLine(line: Pick<Line, 'base' | 'slope'>): [DataPoint, DataPoint] | null {
  const { base, slope } = line;
  const at = (d: number) => base + slope * d;
  let from = SCORE_MIN;
  let to = SCORE_MAX;
  if (slope === 0) {
    if (base < SCORE_MIN || base > SCORE_MAX) return null;
  } else {
    // Where the line crosses the bottom and top edges.
    const a = (SCORE_MIN - base) / slope;
    const b = (SCORE_MAX - base) / slope;
    from = Math.max(from, Math.min(a, b));
    to = Math.min(to, Math.max(a, b));
    if (from > to) return null;
  }
  const clamp = (v: number) => Math.min(SCORE_MAX, Math.max(SCORE_MIN, v));
  return [
    { d: from, i: clamp(at(from)) },
    { d: to, i: clamp(at(to)) },
  ];
}

/**
 * The polygon of the plot where a partner is sufficiently effective
 * (influence ≥ required): the square cut by the half-plane above the line
 * (Sutherland–Hodgman against one edge). Empty when nothing qualifies.
 */
export function regionAbove(line: Pick<Line, 'base' | 'slope'>): DataPoint[] {
  const square: DataPoint[] = [
    { d: SCORE_MIN, i: SCORE_MIN },
    { d: SCORE_MAX, i: SCORE_MIN },
    { d: SCORE_MAX, i: SCORE_MAX },
    { d: SCORE_MIN, i: SCORE_MAX },
  ];
  const side = (p: DataPoint) => p.i - (line.base + line.slope * p.d); // ≥ 0 is inside
  const out: DataPoint[] = [];
  for (let k = 0; k < square.length; k++) {
    const current = square[k]!;
    const previous = square[(k + square.length - 1) % square.length]!;
    const sc = side(current);
    const sp = side(previous);
    if (sc >= 0) {
      if (sp < 0) out.push(crossing(previous, current, sp, sc));
      out.push(current);
    } else if (sp >= 0) {
      out.push(crossing(previous, current, sp, sc));
    }
  }
  // A region with no area (the line touching a corner) is no region.
  return polygonArea(out) > 1e-9 ? out : [];
}

function crossing(p: DataPoint, q: DataPoint, sp: number, sq: number): DataPoint {
  const t = sp / (sp - sq);
  return { d: p.d + (q.d - p.d) * t, i: p.i + (q.i - p.i) * t };
}

export function polygonArea(points: readonly DataPoint[]): number {
  let sum = 0;
  for (let k = 0; k < points.length; k++) {
    const a = points[k]!;
    const b = points[(k + 1) % points.length]!;
    sum += a.d * b.i - b.d * a.i;
  }
  return Math.abs(sum) / 2;
}

/** An SVG path through data points in screen space. */
export function pathOf(points: readonly DataPoint[], scales: Scales, close = false): string {
  if (points.length === 0) return '';
  const parts = points.map((p, k) => `${k === 0 ? 'M' : 'L'}${round2(scales.x(p.d))},${round2(scales.y(p.i))}`);
  return parts.join(' ') + (close ? ' Z' : '');
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

// ---------------------------------------------------------------- labels

export interface LabelInput {
  id: string;
  /** Screen position of the point. */
  x: number;
  y: number;
  text: string;
}

export interface PlacedLabel {
  id: string;
  /** Text anchor position (baseline). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  text: string;
  /** The text was shortened; the full name goes in a <title>. */
  truncated: boolean;
  /** The label sits away from its point; draw a thin line to it. */
  leader: boolean;
  box: Box;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelOptions {
  fontSize: number;
  /** Average glyph width as a share of the font size (bold sans-serif runs wide: DejaVu Sans Bold ≈ 0.68). */
  charWidth: number;
  /** Radius around each point that labels keep clear of. */
  pointRadius: number;
  /** Longest label before it is shortened with an ellipsis. */
  maxChars: number;
  /** Shorter form tried when a label cannot be placed without overlap. */
  minChars: number;
  bounds: Box;
}

export const LABEL_OPTIONS: Omit<LabelOptions, 'bounds'> = {
  fontSize: 13,
  charWidth: 0.7,
  pointRadius: 9,
  maxChars: 26,
  minChars: 10,
};

/** Shortens a label to `max` characters (counting code points) with an ellipsis. */
export function truncateLabel(text: string, max: number): { text: string; truncated: boolean } {
  const chars = [...text.trim()];
  if (chars.length <= max) return { text: chars.join(''), truncated: false };
  return { text: `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`, truncated: true };
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

function outside(box: Box, bounds: Box): number {
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  const inside = overlap(box, bounds);
  return w * h - inside;
}

type Side = [dx: number, dy: number, anchor: PlacedLabel['anchor']];

// Directions tried around a point, nearest first, then the same further out.
const SIDES: Side[] = [
  [1, 0, 'start'],
  [-1, 0, 'end'],
  [0, -1, 'middle'],
  [0, 1, 'middle'],
  [1, -1, 'start'],
  [1, 1, 'start'],
  [-1, -1, 'end'],
  [-1, 1, 'end'],
];

function candidate(input: LabelInput, text: string, side: Side, ring: number, o: LabelOptions): PlacedLabel {
  const [dx, dy, anchor] = side;
  const width = [...text].length * o.fontSize * o.charWidth;
  const height = o.fontSize;
  const gap = o.pointRadius + 3 + (ring - 1) * (o.fontSize + 6);
  const cx = input.x + dx * gap;
  // Vertically: centre on the point for left/right, sit above/below otherwise.
  const baseline = dy === 0 ? input.y + height * 0.35 : dy < 0 ? input.y - gap : input.y + gap + height * 0.75;
  const x0 = anchor === 'start' ? cx : anchor === 'end' ? cx - width : cx - width / 2;
  const box = { x0, y0: baseline - height * 0.8, x1: x0 + width, y1: baseline + height * 0.25 };
  return {
    id: input.id,
    x: cx,
    y: baseline,
    anchor,
    text,
    truncated: false,
    leader: ring > 1,
    box,
  };
}

/**
 * Puts each label next to its point where it hits no other label, no point
 * and stays inside the plot; greedily, in the order given (callers put the
 * most important first). When every place collides the label is shortened
 * and put where it overlaps least.
 */
export function placeLabels(inputs: readonly LabelInput[], options: LabelOptions): PlacedLabel[] {
  const r = options.pointRadius;
  const pointBoxes: { id: string; box: Box }[] = inputs.map((p) => ({
    id: p.id,
    box: { x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r },
  }));
  const placed: PlacedLabel[] = [];
  for (const input of inputs) {
    const full = truncateLabel(input.text, options.maxChars);
    const short = truncateLabel(input.text, options.minChars);
    let best: { label: PlacedLabel; cost: number } | null = null;
    const texts = short.text === full.text ? [full] : [full, short];
    search: for (const form of texts) {
      for (const ring of [1, 2, 3]) {
        for (const side of SIDES) {
          const label = { ...candidate(input, form.text, side, ring, options), truncated: form.truncated };
          let cost = outside(label.box, options.bounds) * 4;
          for (const other of placed) cost += overlap(label.box, other.box);
          for (const point of pointBoxes) if (point.id !== input.id) cost += overlap(label.box, point.box);
          // Prefer the full name and the nearest ring when costs tie.
          if (best === null || cost < best.cost) best = { label, cost };
          if (cost === 0) break search;
        }
      }
    }
    placed.push(best!.label);
  }
  return placed;
}
