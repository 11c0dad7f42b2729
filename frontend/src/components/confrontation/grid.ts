import type { ItemKind, ItemRead, MatrixRead, StrategyQuadrant } from '../../client/types.gen';

// Pure helpers that turn the matrix from the API into what the grid shows.

export const INTERNAL_KINDS: readonly ItemKind[] = ['strength', 'weakness'];
export const EXTERNAL_KINDS: readonly ItemKind[] = ['opportunity', 'threat'];
export const KINDS: readonly ItemKind[] = [...INTERNAL_KINDS, ...EXTERNAL_KINDS];
export const SCORES = [0, 1, 2, 3] as const;

const LETTER: Record<ItemKind, string> = { strength: 'S', weakness: 'W', opportunity: 'O', threat: 'T' };

/** The quadrant a cell belongs to, as the API names it. */
export function quadrantOf(internal: ItemKind, external: ItemKind): StrategyQuadrant {
  if (internal === 'strength') return external === 'opportunity' ? 'offensive' : 'defensive';
  return external === 'opportunity' ? 'improve' : 'avoid';
}

/** SO, ST, WO or WT. */
export function quadrantCode(quadrant: StrategyQuadrant): string {
  return { offensive: 'SO', defensive: 'ST', improve: 'WO', avoid: 'WT' }[quadrant];
}

export interface LabelledItem extends ItemRead {
  /** S1, W2, O1 …: short names used in the grid's headers and the options. */
  code: string;
}

export interface Grid {
  rows: LabelledItem[];
  columns: LabelledItem[];
  byId: Map<string, LabelledItem>;
  score: (internalId: string, externalId: string) => number;
  rowTotal: (id: string) => number;
  columnTotal: (id: string) => number;
}

export function buildGrid(matrix: MatrixRead): Grid {
  const counters = new Map<ItemKind, number>();
  const labelled: LabelledItem[] = KINDS.flatMap((kind) =>
    matrix.items
      .filter((item) => item.kind === kind)
      .sort((a, b) => a.position - b.position)
      .map((item) => {
        const n = (counters.get(kind) ?? 0) + 1;
        counters.set(kind, n);
        return { ...item, code: `${LETTER[kind]}${n}` };
      }),
  );
  const scores = new Map(matrix.scores.map((s) => [`${s.internal_item_id}|${s.external_item_id}`, s.score]));
  const totals = new Map([...matrix.analysis.rows, ...matrix.analysis.columns].map((t) => [t.item_id, t.total]));
  return {
    rows: labelled.filter((item) => INTERNAL_KINDS.includes(item.kind)),
    columns: labelled.filter((item) => EXTERNAL_KINDS.includes(item.kind)),
    byId: new Map(labelled.map((item) => [item.id, item])),
    score: (internalId, externalId) => scores.get(`${internalId}|${externalId}`) ?? 0,
    rowTotal: (id) => totals.get(id) ?? 0,
    columnTotal: (id) => totals.get(id) ?? 0,
  };
}

/** The items of one kind in their order: for the lists beside the grid. */
export function itemsOfKind(grid: Grid, kind: ItemKind): LabelledItem[] {
  return [...grid.rows, ...grid.columns].filter((item) => item.kind === kind);
}
