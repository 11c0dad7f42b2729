// Pure helpers for a partner's strategy form: the planned actions read back from the
// form's rows, and whether the chosen strategy needs a reason.
import type { PlannedAction, Strategy } from '../../api/types';
import { rowsOf } from '../stakeholders/stakeholders';

/** Planned actions from the form's rows `actions.<id>.*`; rows without any text are dropped. */
export function actionsFrom(values: Record<string, string>, rowIds: readonly number[]): PlannedAction[] {
  return rowsOf(values, 'actions', rowIds)
    .filter((row) => (row.description ?? '') !== '' || (row.owner_name ?? '') !== '' || (row.due_on ?? '') !== '')
    .map((row) => ({
      description: row.description ?? '',
      owner_name: row.owner_name ?? '',
      due_on: row.due_on ? row.due_on : null,
      done: row.done === 'on',
    }));
}

/** Going against the matrix needs a reason; without a suggestion (not assessed yet) it does not. */
export function needsReason(chosen: Strategy, suggested: Strategy | null | undefined): boolean {
  return suggested != null && chosen !== suggested;
}

/** yyyy-mm-dd of the day `days` after `from`, in local time. */
export function dayAfter(from: Date, days: number): string {
  const day = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}
