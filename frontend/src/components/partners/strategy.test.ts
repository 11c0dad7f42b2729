import { describe, expect, it } from 'vitest';
import type { MatrixOutcome } from '../../client/types.gen';
import { actionsFrom, allowedByPlace, dayAfter, directionsFor, kindsFor, needsReason } from './strategy';

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
      'actions.5.kind': 'ambassador',
    };
    expect(actionsFrom(values, [0, 3, 5])).toEqual([
      { description: 'Convenant voorleggen', owner_name: 'Anouk', due_on: '2027-01-15', done: true, kind: 'free' },
      { description: 'Tweede aanbieder uitnodigen', owner_name: '', due_on: null, done: false, kind: 'ambassador' },
    ]);
  });
  it('keeps a row with only an owner, so the server can say the description is missing', () => {
    expect(actionsFrom({ 'actions.0.owner_name': 'Bram' }, [0])).toEqual([{ description: '', owner_name: 'Bram', due_on: null, done: false, kind: 'free' }]);
    expect(actionsFrom({ 'actions.0.kind': 'enforcement' }, [0])).toEqual([{ description: '', owner_name: '', due_on: null, done: false, kind: 'enforcement' }]);
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

function outcome(quadrant: MatrixOutcome['quadrant'], sufficient: boolean): MatrixOutcome {
  return { required_influence: 7, gap: sufficient ? -1 : 1, sufficient, quadrant, strategy: 'secure', movement: null };
}

describe('allowedByPlace', () => {
  it('follows the seed: left for Y, an ambassador at Z, enforcement or joint agreements at X', () => {
    // Z: strong and hard to replace.
    expect(allowedByPlace(outcome('high_dependency_high_influence', true))).toEqual({ left: true, kinds: ['free', 'ambassador'] });
    // X: hard to replace, short of the line.
    expect(allowedByPlace(outcome('high_dependency_low_influence', false))).toEqual({ left: true, kinds: ['free', 'enforcement', 'joint_agreements'] });
    // Replaceable: no left.
    expect(allowedByPlace(outcome('low_dependency_high_influence', false))).toEqual({
      left: false,
      kinds: ['free', 'ambassador', 'enforcement', 'joint_agreements'],
    });
    expect(allowedByPlace(outcome('low_dependency_low_influence', true))).toEqual({ left: false, kinds: ['free'] });
  });
  it('allows only free actions and no left for a partner nobody assessed', () => {
    expect(allowedByPlace(null)).toEqual({ left: false, kinds: ['free'] });
  });
});

describe('directionsFor', () => {
  it('offers up only for invest, left where allowed, and keeps what was chosen before', () => {
    expect(directionsFor('invest', true, null)).toEqual(['up', 'left']);
    expect(directionsFor('invest', false, null)).toEqual(['up']);
    expect(directionsFor('secure', true, null)).toEqual([null, 'left']);
    expect(directionsFor('maintain', false, null)).toEqual([]);
    expect(directionsFor('maintain', false, 'left')).toEqual([null, 'left']);
  });
});

describe('kindsFor', () => {
  it('offers the allowed kinds and the row’s own, in one order', () => {
    expect(kindsFor(['free', 'ambassador'], undefined)).toEqual(['free', 'ambassador']);
    expect(kindsFor(['free'], 'joint_agreements')).toEqual(['free', 'joint_agreements']);
  });
});

describe('dayAfter', () => {
  it('counts calendar days in local time, across months and years', () => {
    expect(dayAfter(new Date(2026, 11, 20, 23, 30), 28)).toBe('2027-01-17');
    expect(dayAfter(new Date(2026, 1, 28), 1)).toBe('2026-03-01');
    expect(dayAfter(new Date(2026, 10, 29), 0)).toBe('2026-11-29');
  });
});
