// Pure helpers for a partner's strategy form: the planned actions read back from the
// form's rows, whether the chosen strategy needs a reason, and what the partner's place in
// the matrix allows (the rules of backend/vitaal/partners/strategy.py).
import type { PlannedAction, Strategy, StrategyDirection } from '../../api/types';
import type { ActionKind, MatrixOutcome } from '../../client/types.gen';
import { rowsOf } from '../stakeholders/stakeholders';

export const ACTION_KINDS: readonly ActionKind[] = ['free', 'ambassador', 'enforcement', 'joint_agreements'];

/**
 * Planned actions from the form's rows `actions.<id>.*`; rows without any text or kind are
 * dropped. A row without a kind chosen is a free action.
 */
export function actionsFrom(values: Record<string, string>, rowIds: readonly number[]): PlannedAction[] {
  return rowsOf(values, 'actions', rowIds)
    .filter((row) => ['description', 'owner_name', 'due_on', 'kind'].some((field) => (row[field] ?? '') !== ''))
    .map((row) => ({
      description: row.description ?? '',
      owner_name: row.owner_name ?? '',
      due_on: row.due_on ? row.due_on : null,
      done: row.done === 'on',
      kind: (row.kind || 'free') as ActionKind,
    }));
}

/**
 * What the partner's place in the matrix allows, as the server checks it: moving left for a high
 * dependency, an ambassador for a high influence ("high": at or above the midpoint, the
 * quadrant rule), enforcement or joint agreements below the ambition line. Unassessed (no
 * suggestion): free actions only, and no left.
 */
export function allowedByPlace(suggestion: MatrixOutcome | null | undefined): { left: boolean; kinds: ActionKind[] } {
  if (!suggestion) return { left: false, kinds: ['free'] };
  const highDependency = suggestion.quadrant.startsWith('high_dependency');
  const highInfluence = suggestion.quadrant.endsWith('high_influence');
  return {
    left: highDependency,
    kinds: ACTION_KINDS.filter((kind) => {
      if (kind === 'ambassador') return highInfluence;
      if (kind === 'enforcement' || kind === 'joint_agreements') return !suggestion.sufficient;
      return true;
    }),
  };
}

/**
 * The directions to offer: up only for invest, left where the place allows it, and the direction
 * chosen before (the server keeps what was chosen when the place has moved since). `null` is
 * "no direction", which invest does not have.
 */
export function directionsFor(strategy: Strategy, left: boolean, chosenBefore: StrategyDirection | null | undefined): (StrategyDirection | null)[] {
  const leftToo = left || chosenBefore === 'left';
  if (strategy === 'invest') return leftToo ? ['up', 'left'] : ['up'];
  return leftToo ? [null, 'left'] : [];
}

/** The kinds to offer for one action row: those the place allows, and the row's own kind. */
export function kindsFor(allowed: readonly ActionKind[], own: ActionKind | undefined): ActionKind[] {
  return ACTION_KINDS.filter((kind) => allowed.includes(kind) || kind === own);
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
