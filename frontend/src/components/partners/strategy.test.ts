import { describe, expect, it } from 'vitest';
import { actionsFrom, dayAfter, needsReason } from './strategy';

describe('actionsFrom', () => {
  it('reads the rows in order, drops empty ones, ticks done and nulls a missing date', () => {
    const values = {
      'actions.0.description': ' Convenant voorleggen ',
      'actions.0.owner_name': 'Anouk',
      'actions.0.due_on': '2027-01-15',
      'actions.0.done': 'on',
      'actions.3.description': '',
      'actions.3.owner_name': '',
      'actions.3.due_on': '',
      'actions.5.description': 'Tweede aanbieder uitnodigen',
      'actions.5.owner_name': '',
      'actions.5.due_on': '',
    };
    expect(actionsFrom(values, [0, 3, 5])).toEqual([
      { description: 'Convenant voorleggen', owner_name: 'Anouk', due_on: '2027-01-15', done: true },
      { description: 'Tweede aanbieder uitnodigen', owner_name: '', due_on: null, done: false },
    ]);
  });
  it('keeps a row with only an owner, so the server can say the description is missing', () => {
    expect(actionsFrom({ 'actions.0.owner_name': 'Bram' }, [0])).toEqual([{ description: '', owner_name: 'Bram', due_on: null, done: false }]);
  });
});

describe('needsReason', () => {
  it('asks a reason only when the choice differs from a suggestion', () => {
    expect(needsReason('invest', 'invest')).toBe(false);
    expect(needsReason('maintain', 'invest')).toBe(true);
    expect(needsReason('maintain', null)).toBe(false);
    expect(needsReason('maintain', undefined)).toBe(false);
  });
});

describe('dayAfter', () => {
  it('counts calendar days in local time, across months and years', () => {
    expect(dayAfter(new Date(2026, 11, 20, 23, 30), 28)).toBe('2027-01-17');
    expect(dayAfter(new Date(2026, 1, 28), 1)).toBe('2026-03-01');
    expect(dayAfter(new Date(2026, 10, 29), 0)).toBe('2026-11-29');
  });
});
