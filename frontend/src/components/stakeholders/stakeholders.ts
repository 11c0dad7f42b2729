// Pure helpers for the stakeholder register: lists typed as text, the list
// filters as query parameters, and the repeated rows of a form (contact
// people, follow-ups) read back from the form's flat values.
import type { ContactPerson, FollowUpIn, StakeholderKind, StakeholderType } from '../../client/types.gen';
import type { StakeholderQuery } from '../../api/stakeholders';
import type { ExternalId } from '../../api/types';
import { ApiError } from '../../api/problem';

/** "zorg, Onderwijs ,, zorg" → ["zorg", "Onderwijs"]: trimmed, no empties, no repeats (any case). */
export function parseList(text: string): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const raw of text.split(',')) {
    const item = raw.trim().replace(/\s+/g, ' ');
    const key = item.toLocaleLowerCase('nl');
    if (item === '' || seen.has(key)) continue;
    seen.add(key);
    items.push(item);
  }
  return items;
}

/** The opposite of `parseList`, to fill a text field. */
export function joinList(items: readonly string[]): string {
  return items.join(', ');
}

export interface StakeholderFilters {
  q: string;
  type: StakeholderType | null;
  kind: StakeholderKind | null;
  archived: boolean;
}

export const NO_FILTERS: StakeholderFilters = { q: '', type: null, kind: null, archived: false };

/** The filters as the API's query: empty ones left out, the search trimmed. */
export function stakeholderQuery(filters: StakeholderFilters): StakeholderQuery {
  const query: StakeholderQuery = { archived: filters.archived };
  const q = filters.q.trim();
  if (q !== '') query.q = q;
  if (filters.type) query.type = filters.type;
  if (filters.kind) query.kind = filters.kind;
  return query;
}

/** The values of rows `prefix.0.field`, `prefix.1.field`, … in row order. */
export function rowsOf(values: Record<string, string>, prefix: string, rowIds: readonly number[]): Record<string, string>[] {
  return rowIds.map((id) => {
    const row: Record<string, string> = {};
    const start = `${prefix}.${id}.`;
    for (const [name, value] of Object.entries(values)) {
      if (name.startsWith(start)) row[name.slice(start.length)] = value.trim();
    }
    return row;
  });
}

/** The ids of the rows with any text, in order: the rows that are sent. */
export function filledRowIds(values: Record<string, string>, prefix: string, rowIds: readonly number[]): number[] {
  const rows = rowsOf(values, prefix, rowIds);
  return rowIds.filter((_, index) => Object.values(rows[index] ?? {}).some((value) => value !== ''));
}

/**
 * The server names a row by its place in the list it got (`body.contacts.1.email`); the
 * form names it by its row id (`contacts.4.email`), which differs once rows were removed
 * or left empty. Renames the server's fields to the form's, so each message lands at its field.
 */
export function renumberRows(error: unknown, prefix: string, sentIds: readonly number[]): unknown {
  if (!(error instanceof ApiError) || !error.problem?.errors) return error;
  const pattern = new RegExp(`^((?:body\\.)?${prefix}\\.)(\\d+)(\\.|$)`);
  const errors = error.problem.errors.map((item) => {
    const match = pattern.exec(item.field);
    if (!match) return item;
    const id = sentIds[Number(match[2])];
    return id === undefined ? item : { ...item, field: item.field.replace(pattern, `$1${id}$3`) };
  });
  return new ApiError(error.status, { ...error.problem, errors }, error.retryAfterSeconds);
}

/** Contact people from the form's rows; rows left empty are dropped. */
export function contactsFrom(values: Record<string, string>, rowIds: readonly number[]): ContactPerson[] {
  return rowsOf(values, 'contacts', rowIds)
    .filter((row) => Object.values(row).some((value) => value !== ''))
    .map((row) => ({ name: row.name ?? '', role: row.role ?? '', email: row.email ?? '', phone: row.phone ?? '' }));
}

/** Follow-ups from the form's rows; rows without any text are dropped, no date is null, a ticked box is done. */
export function followUpsFrom(values: Record<string, string>, rowIds: readonly number[]): FollowUpIn[] {
  return rowsOf(values, 'follow_ups', rowIds)
    .filter((row) => (row.description ?? '') !== '' || (row.owner_name ?? '') !== '' || (row.due_on ?? '') !== '')
    .map((row) => ({
      description: row.description ?? '',
      owner_name: row.owner_name ?? '',
      due_on: row.due_on ? row.due_on : null,
      done: row.done === 'on',
    }));
}

/** The same follow-ups with one of them (by position) ticked off or opened again. */
export function withFollowUpDone(followUps: readonly FollowUpIn[], index: number, done: boolean): FollowUpIn[] {
  return followUps.map((f, i) => ({
    description: f.description,
    owner_name: f.owner_name ?? '',
    due_on: f.due_on ?? null,
    done: i === index ? done : (f.done ?? false),
  }));
}

/** External ids `(system, id)` from the form's rows; rows left empty are dropped. */
export function externalIdsFrom(values: Record<string, string>, rowIds: readonly number[]): ExternalId[] {
  return rowsOf(values, 'external_ids', rowIds)
    .filter((row) => (row.system ?? '') !== '' || (row.id ?? '') !== '')
    .map((row) => ({ system: row.system ?? '', id: row.id ?? '' }));
}

/** A file name for the CSV export, with the day: `stakeholders-2026-11-24.csv`. */
export function exportFileName(today: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `stakeholders-${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}.csv`;
}

/** Today as yyyy-mm-dd in local time (the default day of an interaction). */
export function isoDay(today: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}
