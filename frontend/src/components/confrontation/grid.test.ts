import { describe, expect, it } from 'vitest';
import type { MatrixRead } from '../../client/types.gen';
import { buildGrid, itemsOfKind, quadrantCode, quadrantOf } from './grid';

function item(id: string, kind: MatrixRead['items'][number]['kind'], position: number) {
  return { id, kind, label: id.toUpperCase(), note: '', position };
}

const matrix: MatrixRead = {
  id: 'm',
  title: 'Binnenstad',
  description: '',
  issue_id: null,
  created_at: '2026-11-29T10:00:00Z',
  updated_at: '2026-11-29T10:00:00Z',
  // Deliberately out of order: the grid orders by kind, then position.
  items: [item('t1', 'threat', 0), item('s2', 'strength', 1), item('o1', 'opportunity', 0), item('s1', 'strength', 0), item('w1', 'weakness', 0)],
  scores: [
    { internal_item_id: 's1', external_item_id: 'o1', score: 3 },
    { internal_item_id: 'w1', external_item_id: 't1', score: 2 },
  ],
  analysis: {
    rows: [
      { item_id: 's1', kind: 'strength', total: 3, rank: 1 },
      { item_id: 's2', kind: 'strength', total: 0, rank: 2 },
      { item_id: 'w1', kind: 'weakness', total: 2, rank: 1 },
    ],
    columns: [
      { item_id: 'o1', kind: 'opportunity', total: 3, rank: 1 },
      { item_id: 't1', kind: 'threat', total: 2, rank: 1 },
    ],
    quadrants: [],
    options: [],
    total: 5,
  },
};

describe('the confrontation grid', () => {
  it('puts strengths then weaknesses in the rows, opportunities then threats in the columns', () => {
    const grid = buildGrid(matrix);
    expect(grid.rows.map((r) => r.code)).toEqual(['S1', 'S2', 'W1']);
    expect(grid.rows.map((r) => r.id)).toEqual(['s1', 's2', 'w1']);
    expect(grid.columns.map((c) => c.code)).toEqual(['O1', 'T1']);
  });

  it('reads scores and totals, 0 for an empty cell', () => {
    const grid = buildGrid(matrix);
    expect(grid.score('s1', 'o1')).toBe(3);
    expect(grid.score('s2', 't1')).toBe(0);
    expect(grid.rowTotal('w1')).toBe(2);
    expect(grid.columnTotal('o1')).toBe(3);
    expect(grid.byId.get('t1')?.code).toBe('T1');
  });

  it('lists the items of one kind in order', () => {
    expect(itemsOfKind(buildGrid(matrix), 'strength').map((i) => i.code)).toEqual(['S1', 'S2']);
  });

  it('names the quadrant of each cell', () => {
    expect(quadrantOf('strength', 'opportunity')).toBe('offensive');
    expect(quadrantOf('strength', 'threat')).toBe('defensive');
    expect(quadrantOf('weakness', 'opportunity')).toBe('improve');
    expect(quadrantOf('weakness', 'threat')).toBe('avoid');
    expect(quadrantCode('avoid')).toBe('WT');
  });
});
