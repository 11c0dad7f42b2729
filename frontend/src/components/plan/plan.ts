import type { ActionFinancing, PlanActionStatus, WorkingStructureKind } from '../../client/types.gen';

export const FINANCING: readonly ActionFinancing[] = ['own_work_package', 'subsidy', 'assignment', 'joint_fund'];
export const ACTION_STATUSES: readonly PlanActionStatus[] = ['planned', 'in_progress', 'done', 'dropped'];
export const STRUCTURE_KINDS: readonly WorkingStructureKind[] = ['working_group', 'project_team', 'programme_team', 'steering_group', 'sounding_board'];

/** A share between 0 and 1 as a whole percentage for bars; 0 when there is nothing to share. */
export function percent(part: number, whole: number): number {
  if (!(whole > 0)) return 0;
  return Math.max(0, Math.min(100, Math.round((part / whole) * 100)));
}

/**
 * Whole euros or hours as typed in Dutch or English ("1.500", "1,500", "1500", "€ 2.000");
 * null for empty, undefined for text that is no amount.
 */
export function parseWhole(text: string): number | null | undefined {
  const cleaned = text.replace(/[€\s]/g, '');
  if (cleaned === '') return null;
  // Thousands separators only: plans of approach budget in whole euros.
  if (!/^\d{1,3}([.,]\d{3})*$|^\d+$/.test(cleaned)) return undefined;
  return Number(cleaned.replace(/[.,]/g, ''));
}

export function formatEuros(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount);
}
