import type {
  EvaluationOutcome,
  FundingSource,
  HeatMapCell,
  IssuePhase,
  IssueRead,
  IssueScope,
  IssueStatus,
  PriorityBand,
  StakeholderStance,
} from '../../client/types.gen';
import type { IssueQuery } from '../../api/issues';
import { intlLocale, type Locale } from '../../i18n/locale';

export const PHASES: readonly IssuePhase[] = ['emergence', 'societal_pressure', 'opinion_forming', 'political_consequences', 'enforcement'];
export const STATUSES: readonly IssueStatus[] = ['monitoring', 'active', 'crisis', 'closed'];
export const SCOPES: readonly IssueScope[] = ['member', 'member_group', 'association', 'integral'];
export const STANCES: readonly StakeholderStance[] = ['supportive', 'neutral', 'opposed'];
export const FUNDING_SOURCES: readonly FundingSource[] = ['own_budget', 'members_contribution', 'subsidy', 'sponsor', 'joint_fund', 'other'];
export const OUTCOMES: readonly EvaluationOutcome[] = ['continue', 'adjust', 'goal_reached'];
export const SCORES = [1, 2, 3, 4, 5] as const;
/** The server's limits on the workable frame (issues/schemas.py). */
export const MAX_OBJECTIVES = 20;
export const OBJECTIVE_LIMIT = 500;
export const GOAL_LIMIT = 2000;

export interface IssueFilters {
  q: string;
  status: IssueStatus | null;
  phase: IssuePhase | null;
  tag: string;
  showClosed: boolean;
  cell: { impact: number; urgency: number } | null;
}

export const NO_FILTERS: IssueFilters = { q: '', status: null, phase: null, tag: '', showClosed: false, cell: null };

export function issueQuery(filters: IssueFilters): IssueQuery {
  const query: IssueQuery = {};
  const q = filters.q.trim();
  if (q) query.q = q;
  if (filters.status) query.status = filters.status;
  // Closed issues are hidden unless asked for, or unless the closed status itself is chosen.
  else if (!filters.showClosed) query.open = true;
  if (filters.phase) query.phase = filters.phase;
  const tag = filters.tag.trim().toLowerCase();
  if (tag) query.tag = tag;
  if (filters.cell) {
    query.impact = filters.cell.impact;
    query.urgency = filters.cell.urgency;
  }
  return query;
}

/** The heat map as rows of cells: impact 5 at the top down to 1, urgency 1 → 5 left to right. */
export function heatRows(cells: readonly HeatMapCell[]): HeatMapCell[][] {
  const byKey = new Map(cells.map((cell) => [`${cell.impact}:${cell.urgency}`, cell]));
  return [5, 4, 3, 2, 1].map((impact) =>
    SCORES.map(
      (urgency) =>
        byKey.get(`${impact}:${urgency}`) ?? {
          impact,
          urgency,
          count: 0,
          priority: { score: impact * urgency, band: bandFor(impact * urgency) },
        },
    ),
  );
}

/** The band rule of the server (issues/priority.py), for cells the server did not send. */
export function bandFor(score: number): PriorityBand {
  if (score <= 4) return 'low';
  if (score <= 9) return 'medium';
  if (score <= 14) return 'high';
  return 'critical';
}

/** Issues per phase, each column in the order given (the server's priority order). */
export function byPhase(issues: readonly IssueRead[]): Record<IssuePhase, IssueRead[]> {
  const columns = Object.fromEntries(PHASES.map((phase) => [phase, [] as IssueRead[]])) as Record<IssuePhase, IssueRead[]>;
  for (const issue of issues) columns[issue.phase].push(issue);
  return columns;
}

export function formatEuro(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount);
}

/** A whole number of euros typed by a person: "12.500", "12,500", "€ 12 500", "7500,00" → a number; else null. */
export function parseEuro(text: string): number | null {
  const digits = text
    .replace(/[€\s]/g, '')
    .replace(/[.,]00$/, '')
    .replace(/[.,](?=\d{3}(?:[.,]|$))/g, '');
  if (!/^\d+$/.test(digits)) return null;
  return Number(digits);
}

/** What a change of the objectives did, for the history: the list after it, which of those are
 * new, which were taken out, and whether only the order changed. */
export interface ObjectivesChange {
  after: { text: string; added: boolean }[];
  removed: string[];
  reordered: boolean;
}

export function objectivesChange(before: readonly string[] | null | undefined, after: readonly string[]): ObjectivesChange {
  const old = before ?? [];
  const removed = old.filter((text) => !after.includes(text));
  const added = after.filter((text) => !old.includes(text));
  // The kept ones in a different order than before: a reordering, even with additions around them.
  const keptBefore = old.filter((text) => after.includes(text));
  const keptAfter = after.filter((text) => old.includes(text));
  return {
    after: after.map((text) => ({ text, added: added.includes(text) })),
    removed,
    reordered: keptBefore.some((text, index) => keptAfter[index] !== text),
  };
}

