import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import * as sdk from '../client/sdk.gen';
import type { PageStakeholderRead, PageTimelineEntry, StakeholderKind, StakeholderType } from '../client/types.gen';
import type { InteractionChange, InteractionType, NewInteraction, NewStakeholder, StakeholderChange } from './types';

// The stakeholder register of one organisation, with each stakeholder's
// interactions, timeline and follow-ups. Every key starts with the register's key.

/** What the register's list and export ask the server for; absent keys are not sent. */
export interface StakeholderQuery {
  q?: string;
  type?: StakeholderType;
  kind?: StakeholderKind;
  archived: boolean;
}

export const stakeholderKeys = {
  all: (organisationId: string) => ['organisations', organisationId, 'stakeholders'] as const,
  list: (organisationId: string, query: StakeholderQuery) => ['organisations', organisationId, 'stakeholders', 'list', query] as const,
  one: (organisationId: string, id: string) => ['organisations', organisationId, 'stakeholders', 'one', id] as const,
  interactions: (organisationId: string, id: string) => ['organisations', organisationId, 'stakeholders', 'one', id, 'interactions'] as const,
  timeline: (organisationId: string, id: string) => ['organisations', organisationId, 'stakeholders', 'one', id, 'timeline'] as const,
  openFollowUps: (organisationId: string) => ['organisations', organisationId, 'stakeholders', 'follow-ups', 'open'] as const,
  pick: (organisationId: string, q: string) => ['organisations', organisationId, 'stakeholders', 'pick', q] as const,
};

/** Stakeholders of the register whose name matches, to pick one (not archived). */
export function useStakeholderPick(organisationId: string | null, q: string) {
  return useQuery({
    queryKey: stakeholderKeys.pick(organisationId ?? '', q),
    enabled: organisationId !== null,
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      (
        await sdk.stakeholdersListStakeholders({
          path: { organisation_id: organisationId ?? '' },
          query: { ...(q.trim() ? { q: q.trim() } : {}), archived: false, limit: 20 },
          signal,
        })
      ).data,
  });
}

const STAKEHOLDER_PAGE = 25;

/** One page of stakeholders after another ("Meer laden"), for the filters given. */
export function useStakeholders(organisationId: string, query: StakeholderQuery) {
  return useInfiniteQuery({
    queryKey: stakeholderKeys.list(organisationId, query),
    // While a new search loads, the last result stays on screen.
    placeholderData: keepPreviousData,
    initialPageParam: null as string | null,
    getNextPageParam: (last: PageStakeholderRead) => last.next_cursor ?? null,
    queryFn: async ({ pageParam, signal }): Promise<PageStakeholderRead> =>
      (
        await sdk.stakeholdersListStakeholders({
          path: { organisation_id: organisationId },
          query: { ...query, limit: STAKEHOLDER_PAGE, cursor: pageParam },
          signal,
        })
      ).data,
  });
}

export function useStakeholder(organisationId: string, id: string) {
  return useQuery({
    queryKey: stakeholderKeys.one(organisationId, id),
    queryFn: async ({ signal }) =>
      (await sdk.stakeholdersGetStakeholder({ path: { organisation_id: organisationId, stakeholder_id: id }, signal })).data,
  });
}

/** The CSV of the stakeholders that match the filters, fetched with the bearer token. */
export async function exportStakeholders(organisationId: string, query: StakeholderQuery): Promise<Blob> {
  const { data } = await sdk.stakeholdersExportStakeholders({
    path: { organisation_id: organisationId },
    query: { ...query, delimiter: 'semicolon' },
    parseAs: 'blob',
  });
  const body: unknown = data;
  return body instanceof Blob ? body : new Blob([String(body)], { type: 'text/csv;charset=utf-8' });
}

export function useCreateStakeholder(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewStakeholder) =>
      (await sdk.stakeholdersCreateStakeholder({ path: { organisation_id: organisationId }, body })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: stakeholderKeys.all(organisationId) }),
  });
}

export function useUpdateStakeholder(organisationId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: StakeholderChange) =>
      (await sdk.stakeholdersUpdateStakeholder({ path: { organisation_id: organisationId, stakeholder_id: id }, body })).data,
    onSuccess: (stakeholder) => {
      queryClient.setQueryData(stakeholderKeys.one(organisationId, id), stakeholder);
      return queryClient.invalidateQueries({ queryKey: stakeholderKeys.all(organisationId) });
    },
  });
}

/** Archives (true) or brings back (false) a stakeholder. */
export function useArchiveStakeholder(organisationId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (archive: boolean) => {
      const options = { path: { organisation_id: organisationId, stakeholder_id: id } };
      return (archive ? await sdk.stakeholdersArchiveStakeholder(options) : await sdk.stakeholdersUnarchiveStakeholder(options)).data;
    },
    onSuccess: (stakeholder) => {
      queryClient.setQueryData(stakeholderKeys.one(organisationId, id), stakeholder);
      return queryClient.invalidateQueries({ queryKey: stakeholderKeys.all(organisationId) });
    },
  });
}

export function useStakeholderInteractions(organisationId: string, id: string) {
  return useQuery({
    queryKey: stakeholderKeys.interactions(organisationId, id),
    queryFn: async ({ signal }) =>
      (
        await sdk.stakeholdersListInteractions({
          path: { organisation_id: organisationId, stakeholder_id: id },
          query: { limit: 200 },
          signal,
        })
      ).data,
  });
}

/** What the interaction log can be narrowed to; empty strings / null mean "any". */
export interface InteractionFilter {
  type: InteractionType | null;
  from: string;
  to: string;
}

/** The interaction log narrowed by type and days (inclusive), newest first, a page at a time. */
export function useFilteredInteractions(organisationId: string, id: string, filter: InteractionFilter, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: [...stakeholderKeys.interactions(organisationId, id), 'filtered', filter] as const,
    enabled,
    initialPageParam: null as string | null,
    getNextPageParam: (last: { next_cursor?: string | null }) => last.next_cursor ?? null,
    queryFn: async ({ pageParam, signal }) =>
      (
        await sdk.stakeholdersListInteractions({
          path: { organisation_id: organisationId, stakeholder_id: id },
          query: { limit: 25, cursor: pageParam, type: filter.type ?? undefined, from: filter.from || undefined, to: filter.to || undefined },
          signal,
        })
      ).data,
  });
}

/** Interactions and assessments, newest first, a page at a time. */
export function useStakeholderTimeline(organisationId: string, id: string) {
  return useInfiniteQuery({
    queryKey: stakeholderKeys.timeline(organisationId, id),
    initialPageParam: null as string | null,
    getNextPageParam: (last: PageTimelineEntry) => last.next_cursor ?? null,
    queryFn: async ({ pageParam, signal }): Promise<PageTimelineEntry> =>
      (
        await sdk.stakeholdersGetTimeline({
          path: { organisation_id: organisationId, stakeholder_id: id },
          query: { limit: 50, cursor: pageParam },
          signal,
        })
      ).data,
  });
}

/** After an interaction changed: the stakeholder's timeline, log and the open follow-ups. */
function invalidateInteractions(queryClient: QueryClient, organisationId: string, id: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: stakeholderKeys.one(organisationId, id) }),
    queryClient.invalidateQueries({ queryKey: stakeholderKeys.openFollowUps(organisationId) }),
  ]);
}

export function useUpdateInteraction(organisationId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ interactionId, ...body }: InteractionChange & { interactionId: string }) =>
      (
        await sdk.stakeholdersUpdateInteraction({
          path: { organisation_id: organisationId, stakeholder_id: id, interaction_id: interactionId },
          body,
        })
      ).data,
    onSuccess: () => invalidateInteractions(queryClient, organisationId, id),
  });
}

export function useDeleteInteraction(organisationId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (interactionId: string) =>
      sdk.stakeholdersDeleteInteraction({
        path: { organisation_id: organisationId, stakeholder_id: id, interaction_id: interactionId },
      }),
    onSuccess: () => invalidateInteractions(queryClient, organisationId, id),
  });
}

export function useCreateInteraction(organisationId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewInteraction) =>
      (await sdk.stakeholdersCreateInteraction({ path: { organisation_id: organisationId, stakeholder_id: id }, body })).data,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: stakeholderKeys.one(organisationId, id) }),
        queryClient.invalidateQueries({ queryKey: stakeholderKeys.openFollowUps(organisationId) }),
      ]),
  });
}

/** The organisation's open follow-ups, with the stakeholder each belongs to. */
export function useOpenFollowUps(organisationId: string) {
  return useQuery({
    queryKey: stakeholderKeys.openFollowUps(organisationId),
    queryFn: async ({ signal }) =>
      (
        await sdk.stakeholdersListFollowUps({
          path: { organisation_id: organisationId },
          query: { open: true, limit: 100 },
          signal,
        })
      ).data,
  });
}
