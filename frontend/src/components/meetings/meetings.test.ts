import { describe, expect, it } from 'vitest';
import type { CommitmentRead, CommitmentScaleRead } from '../../client/types.gen';
import { durationParts, latestPerPartner, levelText, moveItem, setCounting, toInstant, toLocalParts } from './meetings';

describe('moveItem', () => {
  it('swaps with the neighbour', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
  });
  it('leaves the order alone at the ends', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});

function record(partner: string, level: CommitmentRead['level'], at: string): CommitmentRead {
  return {
    id: `${partner}-${at}`,
    meeting_id: 'm',
    partner_id: partner,
    partner_name: partner,
    level,
    points_to_discuss: '',
    recorded_by_name: 'Anne',
    recorded_at: at,
  };
}

describe('latestPerPartner', () => {
  it('keeps the newest determination of each partner', () => {
    const latest = latestPerPartner([
      record('x', 'exploring', '2026-12-10T15:00:00Z'),
      record('y', 'committed', '2026-12-10T15:01:00Z'),
      record('x', 'committed', '2026-12-10T15:05:00Z'),
    ]);
    expect(latest.get('x')?.level).toBe('committed');
    expect(latest.get('y')?.level).toBe('committed');
    expect(latest.size).toBe(2);
  });
});

describe('dates and times', () => {
  it('turns local fields into an instant and back', () => {
    const instant = toInstant('2026-12-10', '15:30');
    expect(instant).not.toBeNull();
    expect(toLocalParts(instant as string)).toEqual({ day: '2026-12-10', time: '15:30' });
  });
  it('refuses what it cannot read', () => {
    expect(toInstant('10-12-2026', '15:30')).toBeNull();
    expect(toInstant('2026-12-10', '')).toBeNull();
  });
  it('splits minutes', () => {
    expect(durationParts(105)).toEqual({ hours: 1, minutes: 45 });
    expect(durationParts(0)).toEqual({ hours: 0, minutes: 0 });
  });
});

describe('levelText', () => {
  const t = (key: string) => `t:${key}`;
  const scale: CommitmentScaleRead = {
    organisation_id: 'o',
    organisation_name: 'Gemeente',
    own: true,
    saved_at: null,
    levels: [
      { level: 'not_interested', label: null, description: null, counts_as_commitment: false },
      { level: 'exploring', label: 'Denkt mee', description: '', counts_as_commitment: false },
      { level: 'intends_to_join', label: 'Tekent', description: 'Intentie', counts_as_commitment: true },
      { level: 'committed', label: 'Levert', description: 'Geld', counts_as_commitment: true },
    ],
  };
  it('uses the organisation’s own words, even an empty description', () => {
    expect(levelText(scale, 'intends_to_join', t)).toEqual({ name: 'Tekent', hint: 'Intentie' });
    expect(levelText(scale, 'exploring', t)).toEqual({ name: 'Denkt mee', hint: '' });
  });
  it('falls back to Vitaal’s texts', () => {
    expect(levelText(scale, 'not_interested', t)).toEqual({ name: 't:meetings.levels.not_interested', hint: 't:meetings.levelHints.not_interested' });
    expect(levelText(undefined, 'committed', t).name).toBe('t:meetings.levels.committed');
  });
});

describe('setCounting', () => {
  const vitaal = [false, false, false, true];
  it('turning a level on turns the stronger ones on', () => {
    expect(setCounting(vitaal, 1, true)).toEqual([false, true, true, true]);
  });
  it('turning a level off turns the weaker ones off', () => {
    expect(setCounting([true, true, true, true], 2, false)).toEqual([false, false, false, true]);
  });
  it('keeps the strongest level counting', () => {
    expect(setCounting(vitaal, 3, false)).toEqual(vitaal);
  });
});
