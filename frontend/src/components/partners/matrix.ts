// The partner matrix of DOMAIN.md §2, mirrored from the back end's pure rule
// (backend/vitaal/partners/matrix.py) so the ambition-line controls can show
// the effect of a change at once, before it is saved. The server stays the
// judge: the page shows its outcomes whenever the line is the saved one.
import type { Movement, Quadrant, Strategy } from '../../api/types';

export interface Line {
  base: number;
  slope: number;
  midpoint: number;
}

export interface Point {
  influence: number;
  dependency: number;
}

export interface Outcome {
  required_influence: number;
  gap: number;
  sufficient: boolean;
  quadrant: Quadrant;
  strategy: Strategy;
  movement: Movement | null;
}

export interface AttentionItem {
  id: string;
  gap: number;
  dependency: number;
  score: number;
}

export interface Summary {
  count: number;
  sufficient: number;
  share_sufficient: number;
  by_quadrant: Record<Quadrant, number>;
  by_strategy: Record<Strategy, number>;
  attention: AttentionItem[];
}

export const DEFAULT_LINE: Line = { base: 3, slope: 0.5, midpoint: 5 };
export const SCORE_MIN = 0;
export const SCORE_MAX = 10;
export const MOVEMENT_THRESHOLD = 0.5;
export const QUADRANTS: readonly Quadrant[] = [
  'high_dependency_high_influence',
  'high_dependency_low_influence',
  'low_dependency_high_influence',
  'low_dependency_low_influence',
];
export const STRATEGIES: readonly Strategy[] = ['secure', 'maintain', 'invest', 'reconsider'];

const PRECISION = 1e9;

/** Rounds to 9 decimals like the server, so float noise never flips an outcome. */
export function roundPrecise(value: number): number {
  const rounded = Math.sign(value) * (Math.round(Math.abs(value) * PRECISION) / PRECISION);
  return rounded === 0 ? 0 : rounded; // no -0
}

export function requiredInfluence(line: Line, dependency: number): number {
  return roundPrecise(line.base + line.slope * dependency);
}

/** "High" on either axis means at or above the midpoint. */
export function quadrantOf(point: Point, midpoint: number): Quadrant {
  const highDependency = point.dependency >= midpoint;
  const highInfluence = point.influence >= midpoint;
  if (highDependency) return highInfluence ? 'high_dependency_high_influence' : 'high_dependency_low_influence';
  return highInfluence ? 'low_dependency_high_influence' : 'low_dependency_low_influence';
}

export function strategyOf(sufficient: boolean, dependency: number, midpoint: number): Strategy {
  const hardToReplace = dependency >= midpoint;
  if (sufficient) return hardToReplace ? 'secure' : 'maintain';
  return hardToReplace ? 'invest' : 'reconsider';
}

function step(change: number): -1 | 0 | 1 {
  if (change >= MOVEMENT_THRESHOLD) return 1;
  if (change <= -MOVEMENT_THRESHOLD) return -1;
  return 0;
}

/** The direction from where a partner is to its target (up = more influence, right = more dependency). */
export function movementOf(current: Point, target: Point | null | undefined): Movement | null {
  if (!target) return null;
  const vertical = step(target.influence - current.influence);
  const horizontal = step(target.dependency - current.dependency);
  const v = vertical === 1 ? 'up' : vertical === -1 ? 'down' : '';
  const h = horizontal === 1 ? 'right' : horizontal === -1 ? 'left' : '';
  if (!v && !h) return 'stay';
  return (v && h ? `${v}_${h}` : v || h) as Movement;
}

export function assess(line: Line, point: Point, target?: Point | null): Outcome {
  const required = requiredInfluence(line, point.dependency);
  const gap = roundPrecise(required - point.influence);
  const sufficient = gap <= 0;
  return {
    required_influence: required,
    gap,
    sufficient,
    quadrant: quadrantOf(point, line.midpoint),
    strategy: strategyOf(sufficient, point.dependency, line.midpoint),
    movement: movementOf(point, target),
  };
}

/** Counts per quadrant and strategy, and the short partners that hurt most first. */
export function summarise(items: readonly { id: string; dependency: number; outcome: Outcome }[]): Summary {
  const by_quadrant = Object.fromEntries(QUADRANTS.map((q) => [q, 0])) as Record<Quadrant, number>;
  const by_strategy = Object.fromEntries(STRATEGIES.map((s) => [s, 0])) as Record<Strategy, number>;
  let sufficient = 0;
  const short: AttentionItem[] = [];
  for (const { id, dependency, outcome } of items) {
    by_quadrant[outcome.quadrant] += 1;
    by_strategy[outcome.strategy] += 1;
    if (outcome.sufficient) sufficient += 1;
    else short.push({ id, gap: outcome.gap, dependency, score: roundPrecise(outcome.gap * dependency) });
  }
  // Array.prototype.sort is stable: equal scores keep the order given.
  const attention = short.sort((a, b) => b.score - a.score || b.gap - a.gap);
  const count = items.length;
  return {
    count,
    sufficient,
    share_sufficient: count ? Math.round((sufficient / count) * 10_000) / 10_000 : 0,
    by_quadrant,
    by_strategy,
    attention,
  };
}

export function sameLine(a: Line, b: Line): boolean {
  return a.base === b.base && a.slope === b.slope && a.midpoint === b.midpoint;
}
