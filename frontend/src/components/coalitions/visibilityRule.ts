import { ApiError } from '../../api/problem';
import type { CoalitionRead, WorkPiece } from '../../client/types.gen';

// Who sees what in a coalition (the back end's vitaal/visibility.py holds the rule): the core
// team sees everything; every other member organisation sees the coalition's common work and
// whatever the coordinators shared of the preparation. `coalition.preparation` lists the pieces
// that are preparation now.

/** The pieces that are preparation unless the coordinators share them, in the order the settings list them. */
export const PREPARATION_PIECES = [
  'conversations',
  'own_plan',
  'partner_positions',
  'assessment_rationales',
  'target_positions',
  'partner_strategies',
] as const satisfies readonly WorkPiece[];

export type PreparationPiece = (typeof PREPARATION_PIECES)[number];

interface Viewer {
  in_core_team: CoalitionRead['in_core_team'];
  preparation: readonly WorkPiece[];
}

export function isPreparation(coalition: Viewer, piece: WorkPiece): boolean {
  return coalition.preparation.includes(piece);
}

/** Whether the caller sees the piece: shared work, or preparation seen by the core team. */
export function sees(coalition: Viewer, piece: WorkPiece): boolean {
  return coalition.in_core_team || !isPreparation(coalition, piece);
}

/**
 * Whether a query of preparation failed because the caller does not see it: the API answers 404,
 * also when the coordinator stopped sharing it after the coalition was loaded.
 */
export function hiddenBy(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** How a screen that shows `pieces` stands: all shared, all preparation, or a mix of both. */
export type Standing = 'shared' | 'preparation' | 'mixed';

export function standingOf(coalition: Viewer, pieces: readonly WorkPiece[]): Standing {
  const preparation = pieces.filter((piece) => isPreparation(coalition, piece)).length;
  if (preparation === 0) return 'shared';
  return preparation === pieces.length ? 'preparation' : 'mixed';
}

// Sharing the rationales or the targets only makes sense with the positions they are shown on:
// the API shares those too, and stops sharing them when the positions stop (visibility.REQUIRES).
const REQUIRES: Partial<Record<WorkPiece, WorkPiece>> = {
  assessment_rationales: 'partner_positions',
  target_positions: 'partner_positions',
};

/**
 * The other pieces that change with sharing `piece` (share = true) or unsharing it, given what is
 * shared now: what it needs, or what needs it.
 */
export function carriedAlong(piece: WorkPiece, share: boolean, shared: ReadonlySet<WorkPiece>): WorkPiece[] {
  if (share) {
    const needed = REQUIRES[piece];
    return needed !== undefined && !shared.has(needed) ? [needed] : [];
  }
  return PREPARATION_PIECES.filter((other) => REQUIRES[other] === piece && shared.has(other));
}
