import { describe, expect, it } from 'vitest';
import type { IssueRead } from '../../client/types.gen';
import { bandFor, byPhase, formatEuro, heatRows, issueQuery, NO_FILTERS, objectivesChange, parseEuro, PHASES } from './issues';

describe('issueQuery', () => {
  it('hides closed issues unless asked', () => {
    expect(issueQuery(NO_FILTERS)).toEqual({ open: true });
    expect(issueQuery({ ...NO_FILTERS, showClosed: true })).toEqual({});
    expect(issueQuery({ ...NO_FILTERS, status: 'closed' })).toEqual({ status: 'closed' });
  });
  it('sends only what is set, tags in lower case, and the chosen cell', () => {
    expect(issueQuery({ ...NO_FILTERS, q: ' leeg ', tag: ' Binnenstad ', phase: 'enforcement', cell: { impact: 5, urgency: 3 } })).toEqual({
      q: 'leeg',
      tag: 'binnenstad',
      phase: 'enforcement',
      open: true,
      impact: 5,
      urgency: 3,
    });
  });
});

describe('heatRows', () => {
  it('gives 5 rows of 5, impact 5 first and urgency 1 first, filling missing cells', () => {
    const rows = heatRows([{ impact: 5, urgency: 1, count: 2, priority: { score: 5, band: 'medium' } }]);
    expect(rows).toHaveLength(5);
    expect(rows.every((row) => row.length === 5)).toBe(true);
    expect(rows[0]![0]).toMatchObject({ impact: 5, urgency: 1, count: 2 });
    expect(rows[4]![4]).toMatchObject({ impact: 1, urgency: 5, count: 0, priority: { score: 5, band: 'medium' } });
    expect(rows[0]![4]!.priority.band).toBe('critical');
  });
});

describe('bandFor', () => {
  it('follows the server rule', () => {
    expect([1, 4, 5, 9, 10, 14, 15, 25].map(bandFor)).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high', 'critical', 'critical']);
  });
});

describe('byPhase', () => {
  it('puts every issue in its phase column, keeping the order', () => {
    const issue = (id: string, phase: IssueRead['phase']) => ({ id, phase }) as IssueRead;
    const columns = byPhase([issue('a', 'enforcement'), issue('b', 'emergence'), issue('c', 'enforcement')]);
    expect(Object.keys(columns)).toEqual([...PHASES]);
    expect(columns.enforcement.map((i) => i.id)).toEqual(['a', 'c']);
    expect(columns.emergence.map((i) => i.id)).toEqual(['b']);
    expect(columns.opinion_forming).toEqual([]);
  });
});

describe('euros', () => {
  it('parses and formats whole euros', () => {
    expect(parseEuro('12.500')).toBe(12500);
    expect(parseEuro('€ 18 000')).toBe(18000);
    expect(parseEuro('7500,00')).toBe(7500);
    expect(parseEuro('12,500')).toBe(12500);
    expect(parseEuro('1.250.000')).toBe(1250000);
    expect(parseEuro('12,50')).toBeNull();
    expect(parseEuro('-5')).toBeNull();
    expect(parseEuro('twaalf')).toBeNull();
    expect(formatEuro(12500, 'nl').replace(/\s/g, ' ')).toBe('€ 12.500');
    expect(formatEuro(12500, 'en')).toBe('€12,500');
  });
});

describe('objectivesChange', () => {
  it('marks the new ones and lists the ones taken out', () => {
    expect(objectivesChange(['a', 'b', 'c'], ['a', 'c', 'd'])).toEqual({
      after: [
        { text: 'a', added: false },
        { text: 'c', added: false },
        { text: 'd', added: true },
      ],
      removed: ['b'],
      reordered: false,
    });
  });
  it('sees a change of order among the kept ones', () => {
    expect(objectivesChange(['a', 'b'], ['b', 'a']).reordered).toBe(true);
    expect(objectivesChange(['a', 'b'], ['x', 'a', 'b']).reordered).toBe(false);
  });
  it('treats the first objectives as all new, and clearing as all taken out', () => {
    expect(objectivesChange(null, ['a']).after).toEqual([{ text: 'a', added: true }]);
    expect(objectivesChange(['a', 'b'], [])).toEqual({ after: [], removed: ['a', 'b'], reordered: false });
  });
});
