import { describe, expect, it } from 'vitest';
import type { DomainRead, DomainTopic, JourneyRead, JourneyStepRead } from '../../client/types.gen';
import { actionsFor, decisionRows, domainRows, initialStep, localised, needsDecisionReason, tickedKeys, toggled, workPlaces } from './journey';

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
      topics: [topic('groen', 'all', [{ partner_id: 'y', weight: 2, reason_to_join: false }, { partner_id: 'x', weight: 3, reason_to_join: true }]), topic('water', 'one', [{ partner_id: 'y', weight: 1, reason_to_join: false }])],
      summary: summary(),
    };
    const rows = domainRows(domain);
    expect(rows[0]?.cells).toEqual([{ weight: 3, reasonToJoin: true }, { weight: 2, reasonToJoin: false }]);
    expect(rows[1]?.cells).toEqual([null, { weight: 1, reasonToJoin: false }]);
  });

  it('lists per candidate topic the decision, its reason, and whose reason to join it is', () => {
    const domain: DomainRead = {
      partners: [
        { id: 'x', name: 'Vastgoed', status: 'current' },
        { id: 'y', name: 'Ondernemers', status: 'current' },
      ],
      topics: [
        { ...topic('huur', 'one', [{ partner_id: 'x', weight: 5, reason_to_join: true }]), legitimate_reason_to_join: true, decision: 'in_domain', decided_by_name: 'Anne', decided_at: '2026-11-01T10:00:00Z' },
        { ...topic('parkeren', 'one', [{ partner_id: 'y', weight: 2, reason_to_join: false }]), decision: 'not_in_domain', decision_reason: 'Gemeentebeleid', decided_by_name: 'Anne', decided_at: '2026-11-02T10:00:00Z' },
      ],
      summary: summary(),
    };
    expect(decisionRows(domain)).toEqual([
      { key: 'huur', label: 'huur', decision: 'in_domain', reason: '', decidedBy: 'Anne', decidedAt: '2026-11-01T10:00:00Z', reasonToJoinOf: 'Vastgoed' },
      { key: 'parkeren', label: 'parkeren', decision: 'not_in_domain', reason: 'Gemeentebeleid', decidedBy: 'Anne', decidedAt: '2026-11-02T10:00:00Z', reasonToJoinOf: null },
    ]);
  });

  it('asks a reason only to leave a topic out', () => {
    expect(needsDecisionReason('not_in_domain')).toBe(true);
    expect(needsDecisionReason('in_domain')).toBe(false);
    expect(needsDecisionReason('undecided')).toBe(false);
  });
});

function topic(key: string, sharing: DomainTopic['sharing'], holders: DomainTopic['holders']): DomainTopic {
  return {
    key,
    label: key,
    sharing,
    total_weight: holders.reduce((sum, h) => sum + h.weight, 0),
    holders,
    legitimate_reason_to_join: false,
    decision: 'undecided',
    decision_reason: '',
    decided_by_name: null,
    decided_at: null,
  };
}

function summary(): DomainRead['summary'] {
  return { shared_by_all: [], shared_by_several: [], single_partner: [], in_domain: [], not_in_domain: [], undecided: [], reasons_to_join: [], without_interests: [] };
}
