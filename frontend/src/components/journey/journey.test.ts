import { describe, expect, it } from 'vitest';
import type { DomainRead, JourneyRead, JourneyStepRead } from '../../client/types.gen';
import { actionsFor, domainRows, initialStep, localised, tickedKeys, toggled, workPlaces } from './journey';

function step(number: number, status: JourneyStepRead['status'] = 'not_started'): JourneyStepRead {
  return {
    number,
    round: number <= 4 ? 1 : number <= 8 ? 2 : 3,
    question: 'zij',
    title: { nl: `Stap ${number}`, en: `Step ${number}` },
    purpose: { nl: '', en: '' },
    checklist: [
      { key: 'a', label: { nl: 'A', en: 'A' }, ticked: false },
      { key: 'b', label: { nl: 'B', en: 'B' }, ticked: true },
      { key: 'c', label: { nl: 'C', en: 'C' }, ticked: false },
    ],
    status,
    skip_reason: '',
    notes: '',
    started_on: null,
    done_on: null,
    updated_by_name: null,
    updated_at: null,
  };
}

const journey = (current: number | null): JourneyRead => ({
  coalition_id: 'c',
  position: { current_step: current, current_round: 1, next_step: null, next_round: null, left_behind: [], finished: 0, total: 3, complete: current === null },
  rounds: [],
  questions: [],
  steps: [step(1), step(2), step(3)],
});

describe('journey helpers', () => {
  it('points later steps to where their work is done', () => {
    expect(workPlaces(1)).toEqual([]);
    expect(workPlaces(4)).toEqual(['meetings']);
    expect(workPlaces(8)).toEqual(['plan']);
    expect(workPlaces(9)).toEqual(['meetings', 'agreements', 'plan']);
  });

  it('picks the language', () => {
    expect(localised({ nl: 'Stap', en: 'Step' }, 'en')).toBe('Step');
    expect(localised({ nl: 'Stap', en: 'Step' }, 'nl')).toBe('Stap');
  });

  it('offers what a step allows', () => {
    expect(actionsFor('not_started')).toEqual(['start', 'skip']);
    expect(actionsFor('in_progress')).toEqual(['finish', 'skip']);
    expect(actionsFor('done')).toEqual(['reopen']);
    expect(actionsFor('skipped')).toEqual(['reopen']);
  });

  it('opens on the requested step, else the current one, else the last', () => {
    expect(initialStep(journey(2), '3')).toBe(3);
    expect(initialStep(journey(2), '11')).toBe(2);
    expect(initialStep(journey(2), null)).toBe(2);
    expect(initialStep(journey(null), null)).toBe(3);
  });

  it('ticks and unticks in the order of the checklist', () => {
    expect(toggled(step(1), ['b'], 'c', true)).toEqual(['b', 'c']);
    expect(toggled(step(1), ['c', 'b'], 'a', true)).toEqual(['a', 'b', 'c']);
    expect(toggled(step(1), ['b'], 'b', false)).toEqual([]);
    expect(tickedKeys(step(1))).toEqual(['b']);
  });

  it('lays out the domain as topic rows and partner columns', () => {
    const domain: DomainRead = {
      partners: [
        { id: 'x', name: 'X', status: 'current' },
        { id: 'y', name: 'Y', status: 'current' },
      ],
      topics: [
        { key: 'groen', label: 'Groen', sharing: 'all', total_weight: 5, holders: [{ partner_id: 'y', weight: 2, reason_to_join: false }, { partner_id: 'x', weight: 3, reason_to_join: true }] },
        { key: 'water', label: 'Water', sharing: 'one', total_weight: 1, holders: [{ partner_id: 'y', weight: 1, reason_to_join: false }] },
      ],
      summary: { shared_by_all: ['groen'], shared_by_several: [], single_partner: ['water'], warnings: [], without_interests: [] },
    };
    const rows = domainRows(domain);
    expect(rows[0]?.cells).toEqual([{ weight: 3, reasonToJoin: true }, { weight: 2, reasonToJoin: false }]);
    expect(rows[1]?.cells).toEqual([null, { weight: 1, reasonToJoin: false }]);
  });
});
