import type { AnswerIn, AnswerRead, WorryIn } from '../../client/types.gen';

export const RANKS = [1, 2, 3] as const;

/** Form field names follow the request body, so the server's field errors land beside them. */
export const textField = (rank: number) => `worries.${rank - 1}.text`;
export const topicField = (rank: number) => `worries.${rank - 1}.topic`;

/** The worries filled in, ranked in the order of the fields (the form forbids gaps). */
export function answerFrom(values: Record<string, string>): AnswerIn {
  const worries: WorryIn[] = [];
  for (const rank of RANKS) {
    const text = (values[textField(rank)] ?? '').trim();
    if (!text) continue;
    worries.push({ rank, text, topic: (values[topicField(rank)] ?? '').trim() });
  }
  return { on_behalf_of: (values.on_behalf_of ?? '').trim(), worries };
}

/** Rank 2 or 3 filled while an earlier one is empty. */
export function gapBefore(rank: number, values: Record<string, string>): boolean {
  const filled = (r: number) => (values[textField(r)] ?? '').trim() !== '';
  return !filled(rank) && RANKS.some((later) => later > rank && filled(later));
}

export function defaultsFrom(answer: AnswerRead | null): Record<string, string> {
  const defaults: Record<string, string> = { on_behalf_of: answer?.on_behalf_of ?? '' };
  for (const worry of answer?.worries ?? []) {
    defaults[textField(worry.rank)] = worry.text;
    defaults[topicField(worry.rank)] = worry.topic;
  }
  return defaults;
}

/** The end of the chosen day in the user's time zone, as the API wants it. */
export function endOfDay(day: string): string {
  return new Date(`${day}T23:59:00`).toISOString();
}

export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
