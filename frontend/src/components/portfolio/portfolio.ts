// The questions a portfolio review asks of a collaboration in a changed situation (a crisis),
// after seeds/collaboration-during-crisis.txt, and the length of a relationship in months.
import type { Translate } from '../../api/problem';
import type { ReviewAnswer, ReviewCreate, ReviewRead } from '../../client/types.gen';

export const REVIEW_ANSWERS: readonly ReviewAnswer[] = ['yes', 'partly', 'no'];

export type AnswerField = 'purpose_changed' | 'agreements_hold' | 'strategy_fit' | 'return_lapsed';
type NoteField = 'purpose_note' | 'agreements_note' | 'impact_contribution' | 'strategy_note' | 'loyalty_note' | 'return_note';

export interface ReviewQuestion {
  /** The key of its texts under `portfolio.questions`. */
  id: 'purpose' | 'agreements' | 'impact' | 'strategy' | 'loyalty' | 'return';
  /** The yes / partly / no answer, for the questions that have one. */
  answer: AnswerField | null;
  note: NoteField;
}

/** In the order a review asks them. */
export const REVIEW_QUESTIONS: readonly ReviewQuestion[] = [
  { id: 'purpose', answer: 'purpose_changed', note: 'purpose_note' },
  { id: 'agreements', answer: 'agreements_hold', note: 'agreements_note' },
  { id: 'impact', answer: null, note: 'impact_contribution' },
  { id: 'strategy', answer: 'strategy_fit', note: 'strategy_note' },
  { id: 'loyalty', answer: null, note: 'loyalty_note' },
  { id: 'return', answer: 'return_lapsed', note: 'return_note' },
];

/** The answers chosen so far; a question left open or cleared again is missing or null. */
export type ReviewAnswers = Partial<Record<AnswerField, ReviewAnswer | null>>;
type ReviewQuestionsBody = Pick<ReviewCreate, AnswerField | NoteField>;

/** The answers for the request: the chosen answers (unchosen ones null) and the notes trimmed. */
export function reviewAnswersBody(values: Record<string, string>, answers: ReviewAnswers): ReviewQuestionsBody {
  const body: ReviewQuestionsBody = {};
  for (const question of REVIEW_QUESTIONS) {
    if (question.answer) body[question.answer] = answers[question.answer] ?? null;
    body[question.note] = (values[question.note] ?? '').trim();
  }
  return body;
}

/** The questions a review answered: an answer chosen or a note written. */
export function answeredQuestions(review: ReviewRead): ReviewQuestion[] {
  return REVIEW_QUESTIONS.filter((question) => (question.answer !== null && review[question.answer] !== null) || review[question.note] !== '');
}

/** Whole months from `start` to `end` (ISO dates), as the server counts them; null when the
 * start is later. */
export function monthsBetween(start: string, end: string): number | null {
  const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = end.split('-').map(Number) as [number, number, number];
  if (start > end) return null;
  return (ey - sy) * 12 + em - sm - (ed < sd ? 1 : 0);
}

/** 27 → { years: 2, months: 3 }. */
export function yearsAndMonths(total: number): { years: number; months: number } {
  return { years: Math.floor(total / 12), months: total % 12 };
}

/** "2 jaar en 3 maanden", "5 jaar", "7 maanden" or "minder dan een maand". */
export function durationText(total: number, t: Translate): string {
  const { years, months } = yearsAndMonths(total);
  if (total < 1) return t('portfolio.duration.lessThanMonth');
  const yearText = t('portfolio.duration.years', { count: years });
  const monthText = t('portfolio.duration.months', { count: months });
  if (years === 0) return monthText;
  if (months === 0) return yearText;
  return t('portfolio.duration.both', { years: yearText, months: monthText });
}
