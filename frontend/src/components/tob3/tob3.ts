import { ApiError, fieldNameOf, type FormErrors, type Translate } from '../../api/problem';
import type { AnswerIn, AnswerRead, LinkRead, PublicAnswerIn, Tob3LinkKind, WorryIn } from '../../client/types.gen';
import type { KeyValueStorage } from '../../lib/storage';

export const RANKS = [1, 2, 3] as const;

/** Form field names follow the request body, so the server's field errors land beside them. */
export const textField = (rank: number) => `worries.${rank - 1}.text`;
export const topicField = (rank: number) => `worries.${rank - 1}.topic`;

/** The worries filled in, ranked in the order of the fields (the form forbids gaps). */
export function worriesFrom(values: Record<string, string>): WorryIn[] {
  const worries: WorryIn[] = [];
  for (const rank of RANKS) {
    const text = (values[textField(rank)] ?? '').trim();
    if (!text) continue;
    worries.push({ rank, text, topic: (values[topicField(rank)] ?? '').trim() });
  }
  return worries;
}

export function answerFrom(values: Record<string, string>): AnswerIn {
  return { on_behalf_of: (values.on_behalf_of ?? '').trim(), worries: worriesFrom(values) };
}

/** What the page behind a link sends: an open link also names the member (and the code). */
export function publicAnswerFrom(values: Record<string, string>, kind: Tob3LinkKind): PublicAnswerIn {
  const worries = worriesFrom(values);
  if (kind === 'member') return { worries };
  return { member_name: (values.member_name ?? '').trim(), code: (values.code ?? '').trim(), worries };
}

/** Rank 2 or 3 filled while an earlier one is empty. */
export function gapBefore(rank: number, values: Record<string, string>): boolean {
  const filled = (r: number) => (values[textField(r)] ?? '').trim() !== '';
  return !filled(rank) && RANKS.some((later) => later > rank && filled(later));
}

/** The form's fields filled from worries given before. */
export function worryDefaults(worries: readonly WorryIn[]): Record<string, string> {
  const defaults: Record<string, string> = {};
  for (const worry of worries) {
    defaults[textField(worry.rank)] = worry.text;
    defaults[topicField(worry.rank)] = worry.topic ?? '';
  }
  return defaults;
}

export function defaultsFrom(answer: AnswerRead | null): Record<string, string> {
  return { on_behalf_of: answer?.on_behalf_of ?? '', ...worryDefaults(answer?.worries ?? []) };
}

/** The end of the chosen day in the user's time zone, as the API wants it. */
export function endOfDay(day: string): string {
  return new Date(`${day}T23:59:00`).toISOString();
}

export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

// Sending an answer through a link from a phone on a poor network.

/** A request on its way: retried with the same Idempotency-Key, so it is stored once. */
export interface PendingSend {
  key: string;
  body: PublicAnswerIn;
}

/** 128 random bits as hex; crypto.randomUUID needs a secure context, getRandomValues does not. */
export function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The request for `body`: the one still pending when the same answer is sent again (a retry
 * after a failure, which the server answers once), else a new one with a new key.
 */
export function sendFor(pending: PendingSend | null, body: PublicAnswerIn, fresh: () => string = newKey): PendingSend {
  if (pending && JSON.stringify(pending.body) === JSON.stringify(body)) return pending;
  return { key: fresh(), body };
}

/** No answer, or trouble on the server's side: worth sending the same request again. */
export function isTransient(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}

export const SEND_ATTEMPTS = 4;

/** 1, 2, 4 … seconds between attempts, at most 8. */
export function retryDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 8000);
}

/**
 * An open link shows no one's answer, so the phone keeps what it sent (member, code,
 * worries) to fill the form when the member comes back to change it. The key holds only the
 * start of the token: enough to tell links apart, not enough to answer with.
 */
const rememberedKey = (token: string) => `vitaal.tob3.sent.${token.slice(0, 12)}`;

export function rememberSent(storage: KeyValueStorage, token: string, body: PublicAnswerIn): void {
  storage.setItem(rememberedKey(token), JSON.stringify(body));
}

export function rememberedSent(storage: KeyValueStorage, token: string): PublicAnswerIn | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(rememberedKey(token)) ?? 'null');
    if (typeof value !== 'object' || value === null || !Array.isArray((value as PublicAnswerIn).worries)) return null;
    return value as PublicAnswerIn;
  } catch {
    return null;
  }
}

// Links for members without an account (admins).

/** Member names typed one a line: trimmed, without empty lines or the same name twice. */
export function memberNames(text: string): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const name = line.split(/\s+/).filter(Boolean).join(' ');
    const key = name.toLocaleLowerCase();
    if (name && !seen.has(key)) {
      seen.add(key);
      names.push(name);
    }
  }
  return names;
}

export interface LinkCounts {
  memberLinks: number;
  /** Member links through which the member answered. */
  membersAnswered: number;
  openLinks: number;
  /** Members that answered through an open link. */
  openAnswers: number;
}

/** How many answered per group while the round runs: the admins' view of the links. */
export function linkCounts(links: readonly LinkRead[]): LinkCounts {
  const members = links.filter((l) => l.kind === 'member');
  const open = links.filter((l) => l.kind === 'open');
  return {
    memberLinks: members.length,
    membersAnswered: members.filter((l) => l.answer_count > 0).length,
    openLinks: open.length,
    openAnswers: open.reduce((sum, l) => sum + l.answer_count, 0),
  };
}

// The page behind a link speaks the member's language, also for the server's refusals.

const LINK_CODES: Record<string, string> = {
  wrong_code: 'tob3.public.wrongCode',
  has_own_link: 'tob3.public.hasOwnLink',
};

/** The form's messages for a failed send, with the link's own refusals translated. */
export function sendMessages(error: unknown, errors: FormErrors, t: Translate): FormErrors {
  if (!(error instanceof ApiError)) return errors;
  if (isTransient(error)) return { fields: errors.fields, general: t('tob3.public.notSent') };
  if (error.status === 409) return { fields: {}, general: t('tob3.closedNotice') };
  if (error.status === 410) return { fields: {}, general: t('tob3.public.withdrawn') };
  const fields = { ...errors.fields };
  for (const item of error.problem?.errors ?? []) {
    const name = fieldNameOf(item.field);
    const key = item.code ? LINK_CODES[item.code] : undefined;
    if (name && key && name in fields) fields[name] = t(key);
  }
  return { fields, general: errors.general };
}
