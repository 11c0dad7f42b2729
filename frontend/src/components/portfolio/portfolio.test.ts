import { describe, expect, it } from 'vitest';
import type { ReviewRead } from '../../client/types.gen';
import { answeredQuestions, durationText, monthsBetween, reviewAnswersBody, yearsAndMonths } from './portfolio';

describe('monthsBetween', () => {
  it('counts whole months as the server does', () => {
    expect(monthsBetween('2019-09-01', '2026-11-20')).toBe(86);
    expect(monthsBetween('2026-01-31', '2026-02-28')).toBe(0);
    expect(monthsBetween('2026-01-15', '2026-02-15')).toBe(1);
    expect(monthsBetween('2026-03-01', '2026-03-01')).toBe(0);
  });
  it('is null for a start after the end', () => {
    expect(monthsBetween('2027-01-01', '2026-12-31')).toBeNull();
  });
});

describe('durationText', () => {
  const t = (key: string, options?: Record<string, unknown>) => `${key}${options ? JSON.stringify(options) : ''}`;
  it('says years, months, or both', () => {
    expect(yearsAndMonths(27)).toEqual({ years: 2, months: 3 });
    expect(durationText(0, t)).toBe('portfolio.duration.lessThanMonth');
    expect(durationText(7, t)).toBe('portfolio.duration.months{"count":7}');
    expect(durationText(24, t)).toBe('portfolio.duration.years{"count":2}');
    expect(durationText(27, t)).toBe(
      'portfolio.duration.both{"years":"portfolio.duration.years{\\"count\\":2}","months":"portfolio.duration.months{\\"count\\":3}"}',
    );
  });
});

describe('review answers', () => {
  it('sends the chosen answers, null for the open ones, and the notes trimmed', () => {
    const body = reviewAnswersBody({ purpose_note: '  Meer online. ', impact_contribution: '' }, { purpose_changed: 'partly', strategy_fit: null });
    expect(body).toEqual({
      purpose_changed: 'partly',
      purpose_note: 'Meer online.',
      agreements_hold: null,
      agreements_note: '',
      impact_contribution: '',
      strategy_fit: null,
      strategy_note: '',
      loyalty_note: '',
      return_lapsed: null,
      return_note: '',
    });
  });
  it('shows the questions a review answered, not the length it kept on its own', () => {
    const review = {
      purpose_changed: null,
      purpose_note: '',
      agreements_hold: 'yes',
      agreements_note: '',
      impact_contribution: '',
      strategy_fit: null,
      strategy_note: 'Past bij de nieuwe koers.',
      loyalty_note: '',
      relationship_months: 14,
      return_lapsed: null,
      return_note: '',
    } as ReviewRead;
    expect(answeredQuestions(review).map((q) => q.id)).toEqual(['agreements', 'strategy']);
    expect(answeredQuestions({ ...review, loyalty_note: 'Trouw.' }).map((q) => q.id)).toEqual(['agreements', 'strategy', 'loyalty']);
  });
});
