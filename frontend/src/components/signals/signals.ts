import type { FeedFetchRead, FeedRead, SignalSide, SignalSource, SignalStatus } from '../../client/types.gen';
import type { SignalQuery } from '../../api/signals';

export const INSIDE_SOURCES: readonly SignalSource[] = ['member_conversation', 'working_group', 'community', 'survey', 'weak_signal'];
export const OUTSIDE_SOURCES: readonly SignalSource[] = [
  'newspaper',
  'social_media',
  'trade_media',
  'politics',
  'policy',
  'election_programme',
  'future_table',
];
export const SOURCES: readonly SignalSource[] = [...INSIDE_SOURCES, ...OUTSIDE_SOURCES];
export const STATUSES: readonly SignalStatus[] = ['new', 'dismissed', 'attached', 'converted'];
export const SIDES: readonly SignalSide[] = ['inside', 'outside'];

export interface SignalFilters {
  q: string;
  status: SignalStatus | null;
  source: SignalSource | null;
  side: SignalSide | null;
}

/** The inbox opens on what still needs a decision. */
export const INBOX: SignalFilters = { q: '', status: 'new', source: null, side: null };

export function signalQuery(filters: SignalFilters): SignalQuery {
  const query: SignalQuery = {};
  const q = filters.q.trim();
  if (q) query.q = q;
  if (filters.status) query.status = filters.status;
  if (filters.source) query.source_type = filters.source;
  if (filters.side) query.side = filters.side;
  return query;
}

/** Comma-separated tags to a list: trimmed, lower case, without empties or repeats. */
export function parseTags(text: string): string[] {
  const tags: string[] = [];
  for (const part of text.split(',')) {
    const tag = part.trim().toLowerCase();
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One line for the outcome of a fetch or import: counts when it worked, else the reason. */
export function outcomeText(
  outcome: Pick<FeedFetchRead, 'outcome' | 'items_new' | 'items_duplicate' | 'http_status'> | null,
  t: Translate,
): string {
  if (!outcome) return t('signals.neverFetched');
  if (outcome.outcome === 'ok') {
    return t('signals.outcomes.ok', { new: outcome.items_new, duplicate: outcome.items_duplicate });
  }
  const base = t(`signals.outcomes.${outcome.outcome}`);
  return outcome.outcome === 'http_error' && outcome.http_status ? `${base} (HTTP ${outcome.http_status})` : base;
}

export function lastOutcome(feed: FeedRead): Pick<FeedFetchRead, 'outcome' | 'items_new' | 'items_duplicate' | 'http_status'> | null {
  if (!feed.last_outcome) return null;
  return {
    outcome: feed.last_outcome,
    items_new: feed.last_items_new ?? 0,
    items_duplicate: feed.last_items_duplicate ?? 0,
    http_status: null,
  };
}
