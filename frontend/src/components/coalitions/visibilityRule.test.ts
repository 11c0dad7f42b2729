import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem';
import { carriedAlong, hiddenBy, isPreparation, sees, standingOf } from './visibilityRule';

const partner = { in_core_team: false, preparation: ['conversations', 'own_plan', 'partner_strategies'] as const };
const coreTeam = { ...partner, in_core_team: true };

describe('who sees what', () => {
  it('shows the core team its preparation and everyone the shared work', () => {
    expect(sees(coreTeam, 'own_plan')).toBe(true);
    expect(sees(partner, 'own_plan')).toBe(false);
    expect(sees(partner, 'meetings')).toBe(true);
    // Shared explicitly: no longer preparation.
    expect(sees(partner, 'partner_positions')).toBe(true);
    expect(isPreparation(partner, 'partner_positions')).toBe(false);
  });

  it('says how a screen stands from the pieces on it', () => {
    expect(standingOf(partner, [])).toBe('shared');
    expect(standingOf(partner, ['meetings'])).toBe('shared');
    expect(standingOf(partner, ['own_plan'])).toBe('preparation');
    expect(standingOf(partner, ['journey', 'conversations'])).toBe('mixed');
    expect(standingOf(coreTeam, ['partner_positions', 'partner_strategies'])).toBe('mixed');
  });
});

describe('preparation that is not there', () => {
  it('is a 404 from the API, not any error', () => {
    expect(hiddenBy(new ApiError(404, null))).toBe(true);
    expect(hiddenBy(new ApiError(500, null))).toBe(false);
    expect(hiddenBy(null)).toBe(false);
  });
});

describe('what sharing carries along', () => {
  it('shares the positions with the rationales or targets shown on them', () => {
    expect(carriedAlong('assessment_rationales', true, new Set())).toEqual(['partner_positions']);
    expect(carriedAlong('target_positions', true, new Set(['partner_positions']))).toEqual([]);
    expect(carriedAlong('partner_strategies', true, new Set())).toEqual([]);
  });

  it('stops sharing what needs the positions when they stop', () => {
    const shared = new Set(['partner_positions', 'target_positions', 'conversations'] as const);
    expect(carriedAlong('partner_positions', false, shared)).toEqual(['target_positions']);
    expect(carriedAlong('target_positions', false, shared)).toEqual([]);
  });
});
