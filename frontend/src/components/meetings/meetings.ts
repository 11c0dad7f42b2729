import type { CommitmentLevel, CommitmentRead, CommitmentScaleRead } from '../../client/types.gen';

export const MEETING_TYPES = ['exploration', 'start', 'regular'] as const;
export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export const AGENDA_PARTS = ['vision', 'central', 'conclusion', 'closing'] as const;
/** Weakest first, as the chair reads them out. */
export const COMMITMENT_LEVELS: readonly CommitmentLevel[] = ['not_interested', 'exploring', 'intends_to_join', 'committed'];
export const INVITEE_SCOPES = ['execution_power_only', 'with_stakeholders'] as const;
export const INVITED_BY = ['lead_partner', 'front_runners'] as const;
export const ATTENDANCE = ['present', 'absent', 'excused'] as const;

/**
 * A level's name on the scale in force: the coordinating organisation's own word, or Vitaal's
 * in the user's language (`meetings.levels.*`); its description likewise (`meetings.levelHints.*`).
 */
export function levelText(
  scale: CommitmentScaleRead | undefined,
  level: CommitmentLevel,
  t: (key: string) => string,
): { name: string; hint: string } {
  const own = scale?.levels.find((item) => item.level === level);
  return {
    name: own?.label ?? t(`meetings.levels.${level}`),
    hint: own?.description ?? t(`meetings.levelHints.${level}`),
  };
}

/**
 * Which levels count as commitment after turning level `index` on or off (weakest first). Only
 * the strongest levels can count: on turns the stronger ones on too, off turns the weaker ones
 * off too, and the strongest level always counts.
 */
export function setCounting(counts: readonly boolean[], index: number, on: boolean): boolean[] {
  const last = counts.length - 1;
  return counts.map((count, i) => i === last || (on ? count || i >= index : count && i > index));
}

/** The ids in a new order with the item at `index` moved one place up (-1) or down (+1). */
export function moveItem(ids: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (index < 0 || index >= ids.length || target < 0 || target >= ids.length) return [...ids];
  const next = [...ids];
  [next[index], next[target]] = [next[target] as string, next[index] as string];
  return next;
}

/** The latest determination per partner among those recorded at one meeting. */
export function latestPerPartner(records: readonly CommitmentRead[]): Map<string, CommitmentRead> {
  const latest = new Map<string, CommitmentRead>();
  for (const record of records) {
    const seen = latest.get(record.partner_id);
    if (!seen || seen.recorded_at <= record.recorded_at) latest.set(record.partner_id, record);
  }
  return latest;
}

/** A local day (yyyy-mm-dd) and time (hh:mm) as an ISO instant the API accepts; null if unreadable. */
export function toInstant(day: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const date = new Date(`${day}T${time}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An instant as the local day and time fields show it. */
export function toLocalParts(iso: string): { day: string; time: string } {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    day: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
    time: `${pad(date.getHours())}:${pad(date.getMinutes())}`,
  };
}

/** Minutes as "1 u 45 min" / "1 h 45 min" parts. */
export function durationParts(minutes: number): { hours: number; minutes: number } {
  const whole = Math.max(0, Math.round(minutes));
  return { hours: Math.floor(whole / 60), minutes: whole % 60 };
}
