import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import * as sdk from '../client/sdk.gen';
import { tokenStore } from './setup';
import { useAuth } from '../auth/AuthContext';
import type { StakeholderQuery } from '../components/stakeholders/stakeholders';
import type { InteractionChange, NewInteraction, NewStakeholder, PartnerChange, PartnerStrategyChange, StakeholderChange } from './types';
import type { AssessmentRead, PageAssessmentRead, PageStakeholderRead, PageTimelineEntry, PartnersListAmbitionLineChangesResponse as PageAmbitionLineRead } from '../client/types.gen';

// All server state goes through these hooks: the generated SDK does the HTTP,
// TanStack Query does caching. Every call uses throwOnError so failures are
// ApiError values (see setup.ts).

export const keys = {
  me: ['me'] as const,
  organisation: (id: string) => ['organisations', id] as const,
  organisationMembers: (id: string) => ['organisations', id, 'members'] as const,
  organisationInvitations: (id: string) => ['organisations', id, 'invitations'] as const,
  invitation: (token: string) => ['invitations', token] as const,
  coalitions: ['coalitions'] as const,
  coalition: (id: string) => ['coalitions', id] as const,
  coalitionMembers: (id: string) => ['coalitions', id, 'members'] as const,
  coalitionInvitations: (id: string) => ['coalitions', id, 'invitations'] as const,
  coalitionInvitation: (token: string) => ['coalition-invitations', token] as const,
  partnerMatrix: (id: string) => ['coalitions', id, 'partner-matrix'] as const,
  stakeholders: (organisationId: string) => ['organisations', organisationId, 'stakeholders'] as const,
  stakeholderList: (organisationId: string, query: StakeholderQuery) => ['organisations', organisationId, 'stakeholders', 'list', query] as const,
  stakeholder: (organisationId: string, id: string) => ['organisations', organisationId, 'stakeholders', 'one', id] as const,
  stakeholderInteractions: (organisationId: string, id: string) => ['organisations', organisationId, 'stakeholders', 'one', id, 'interactions'] as const,
  stakeholderTimeline: (organisationId: string, id: string) => ['organisations', organisationId, 'stakeholders', 'one', id, 'timeline'] as const,
  openFollowUps: (organisationId: string) => ['organisations', organisationId, 'stakeholders', 'follow-ups', 'open'] as const,
  partnerStrategies: (coalitionId: string) => ['coalitions', coalitionId, 'partner-strategy'] as const,
  partnerStrategy: (coalitionId: string, partnerId: string) => ['coalitions', coalitionId, 'partner-strategy', partnerId] as const,
  strategyReviews: (coalitionId: string, dueBefore: string) => ['coalitions', coalitionId, 'partner-strategy', 'reviews', dueBefore] as const,
  ambitionLineHistory: (coalitionId: string) => ['coalitions', coalitionId, 'ambition-line-history'] as const,
  stakeholderPick: (organisationId: string, q: string) => ['organisations', organisationId, 'stakeholders', 'pick', q] as const,
};

export function useMe() {
  const { isAuthenticated } = useAuth();
  return useQuery({
    queryKey: keys.me,
    enabled: isAuthenticated,
    queryFn: async ({ signal }) => (await sdk.meReadMe({ signal, throwOnError: true })).data,
  });
}

export function useOrganisation(id: string) {
  return useQuery({
    queryKey: keys.organisation(id),
    queryFn: async ({ signal }) =>
      (await sdk.organisationsGetOrganisation({ path: { organisation_id: id }, signal, throwOnError: true })).data,
  });
}

export function useOrganisationMembers(id: string) {
  return useQuery({
    queryKey: keys.organisationMembers(id),
    queryFn: async ({ signal }) =>
      (await sdk.organisationsListMembers({ path: { organisation_id: id }, query: { limit: 200 }, signal, throwOnError: true })).data,
  });
}

export function useOrganisationInvitations(id: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.organisationInvitations(id),
    enabled,
    queryFn: async ({ signal }) =>
      (await sdk.organisationsListInvitations({ path: { organisation_id: id }, query: { limit: 200 }, signal, throwOnError: true })).data,
  });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { name: string; kind: import('./types').OrganisationKind }) =>
      (await sdk.organisationsCreateOrganisation({ body, throwOnError: true })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.me }),
  });
}

export function useInviteColleague(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { email: string; role: import('./types').OrganisationRole }) =>
      (await sdk.organisationsCreateInvitation({ path: { organisation_id: organisationId }, body, throwOnError: true })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.organisationInvitations(organisationId) }),
  });
}

export function useRevokeOrganisationInvitation(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (invitationId: string) =>
      sdk.organisationsRevokeInvitation({ path: { organisation_id: organisationId, invitation_id: invitationId }, throwOnError: true }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.organisationInvitations(organisationId) }),
  });
}

export function usePublicInvitation(token: string) {
  return useQuery({
    queryKey: keys.invitation(token),
    retry: false,
    queryFn: async ({ signal }) => (await sdk.invitationsPreviewInvitation({ path: { token }, signal, throwOnError: true })).data,
  });
}

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await sdk.invitationsAcceptInvitation({ path: { token }, throwOnError: true })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.me }),
  });
}

export function useCoalitions() {
  const { isAuthenticated } = useAuth();
  return useQuery({
    queryKey: keys.coalitions,
    enabled: isAuthenticated,
    queryFn: async ({ signal }) =>
      (await sdk.coalitionsListCoalitions({ query: { limit: 200 }, signal, throwOnError: true })).data,
  });
}

export function useCoalition(id: string) {
  return useQuery({
    queryKey: keys.coalition(id),
    queryFn: async ({ signal }) =>
      (await sdk.coalitionsGetCoalition({ path: { coalition_id: id }, signal, throwOnError: true })).data,
  });
}

export function useCoalitionMembers(id: string) {
  return useQuery({
    queryKey: keys.coalitionMembers(id),
    queryFn: async ({ signal }) =>
      (await sdk.coalitionsListCoalitionMembers({ path: { coalition_id: id }, query: { limit: 200 }, signal, throwOnError: true })).data,
  });
}

export function useCoalitionInvitations(id: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.coalitionInvitations(id),
    enabled,
    queryFn: async ({ signal }) =>
      (await sdk.coalitionsListCoalitionInvitations({ path: { coalition_id: id }, query: { limit: 200 }, signal, throwOnError: true })).data,
  });
}

export function useCreateCoalition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { name: string; societal_goal: string; description: string; organisation_id: string }) =>
      (await sdk.coalitionsCreateCoalition({ body, throwOnError: true })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.coalitions }),
  });
}

export function useInvitePartner(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { role: import('./types').CoalitionRole; note?: string; organisation_name_hint?: string }) =>
      (await sdk.coalitionsCreateCoalitionInvitation({ path: { coalition_id: coalitionId }, body, throwOnError: true })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.coalitionInvitations(coalitionId) }),
  });
}

export function useRevokeCoalitionInvitation(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (invitationId: string) =>
      sdk.coalitionsRevokeCoalitionInvitation({ path: { coalition_id: coalitionId, invitation_id: invitationId }, throwOnError: true }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.coalitionInvitations(coalitionId) }),
  });
}

export function useCoalitionInvitation(token: string) {
  return useQuery({
    queryKey: keys.coalitionInvitation(token),
    retry: false,
    queryFn: async ({ signal }) =>
      (await sdk.coalitionInvitationsPreviewCoalitionInvitation({ path: { token }, signal, throwOnError: true })).data,
  });
}

export function useAcceptCoalitionInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (organisationId: string) =>
      (await sdk.coalitionInvitationsAcceptCoalitionInvitation({ path: { token }, body: { organisation_id: organisationId }, throwOnError: true })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.coalitions }),
  });
}

export function usePartnerMatrix(coalitionId: string) {
  return useQuery({
    queryKey: keys.partnerMatrix(coalitionId),
    queryFn: async ({ signal }) =>
      (await sdk.partnersGetCoalitionPartnerMatrix({ path: { coalition_id: coalitionId }, signal, throwOnError: true })).data,
  });
}

/**
 * Every assessment of a partner, newest first. The endpoint pages oldest first, so all pages
 * are read (200 at a time; a partner has a handful of assessors) and turned round. Under the
 * matrix's key, so a new assessment refreshes it.
 */
export function usePartnerAssessments(coalitionId: string, partnerId: string) {
  return useQuery({
    queryKey: [...keys.partnerMatrix(coalitionId), 'assessments', partnerId] as const,
    queryFn: async ({ signal }) => {
      const items: AssessmentRead[] = [];
      let cursor: string | null = null;
      do {
        const page: PageAssessmentRead = (
          await sdk.partnersListAssessments({
            path: { coalition_id: coalitionId, partner_id: partnerId },
            query: { limit: 200, cursor },
            signal,
            throwOnError: true,
          })
        ).data;
        items.push(...page.items);
        cursor = page.next_cursor ?? null;
      } while (cursor);
      return items.reverse();
    },
  });
}

export function useCreatePartner(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: import('./types').NewPartner) =>
      (await sdk.partnersCreatePartner({ path: { coalition_id: coalitionId }, body, throwOnError: true })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.partnerMatrix(coalitionId) }),
  });
}

export function useAssessPartner(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ partnerId, ...body }: import('./types').NewAssessment & { partnerId: string }) =>
      (await sdk.partnersCreateAssessment({ path: { coalition_id: coalitionId, partner_id: partnerId }, body, throwOnError: true })).data,
    onSuccess: () => invalidatePartners(queryClient, coalitionId),
  });
}

export function useSetAmbitionLine(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: import('./types').AmbitionLineChange) =>
      (await sdk.partnersSetAmbitionLine({ path: { coalition_id: coalitionId }, body, throwOnError: true })).data,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.partnerMatrix(coalitionId) }),
        queryClient.invalidateQueries({ queryKey: keys.ambitionLineHistory(coalitionId) }),
        // The suggestions follow the line.
        queryClient.invalidateQueries({ queryKey: keys.partnerStrategies(coalitionId) }),
      ]),
  });
}

/** Every change of the ambition line, newest first (the API gives them oldest first). */
export function useAmbitionLineHistory(coalitionId: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: keys.ambitionLineHistory(coalitionId),
    enabled,
    initialPageParam: null as string | null,
    getNextPageParam: (last: PageAmbitionLineRead) => last.next_cursor ?? null,
    queryFn: async ({ pageParam, signal }): Promise<PageAmbitionLineRead> =>
      (
        await sdk.partnersListAmbitionLineChanges({
          path: { coalition_id: coalitionId },
          query: { limit: 100, cursor: pageParam },
          signal,
          throwOnError: true,
        })
      ).data,
  });
}

/** After a partner or its strategy changed: the matrix, the strategies and the reviews due. */
function invalidatePartners(queryClient: QueryClient, coalitionId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: keys.partnerMatrix(coalitionId) }),
    queryClient.invalidateQueries({ queryKey: keys.partnerStrategies(coalitionId) }),
  ]);
}

export function useUpdatePartner(coalitionId: string, partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: PartnerChange) =>
      (await sdk.partnersUpdatePartner({ path: { coalition_id: coalitionId, partner_id: partnerId }, body, throwOnError: true })).data,
    onSuccess: () => invalidatePartners(queryClient, coalitionId),
  });
}

export function useDeletePartner(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (partnerId: string) =>
      sdk.partnersDeletePartner({ path: { coalition_id: coalitionId, partner_id: partnerId }, throwOnError: true }),
    onSuccess: () => invalidatePartners(queryClient, coalitionId),
  });
}

export function usePartnerStrategy(coalitionId: string, partnerId: string) {
  return useQuery({
    queryKey: keys.partnerStrategy(coalitionId, partnerId),
    queryFn: async ({ signal }) =>
      (await sdk.partnersGetPartnerStrategy({ path: { coalition_id: coalitionId, partner_id: partnerId }, signal, throwOnError: true })).data,
  });
}

export function useSetPartnerStrategy(coalitionId: string, partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: PartnerStrategyChange) =>
      (await sdk.partnersSetPartnerStrategy({ path: { coalition_id: coalitionId, partner_id: partnerId }, body, throwOnError: true })).data,
    onSuccess: (strategy) => {
      queryClient.setQueryData(keys.partnerStrategy(coalitionId, partnerId), strategy);
      return invalidatePartners(queryClient, coalitionId);
    },
  });
}

/** Partners whose strategy is to be reviewed on or before `dueBefore` (yyyy-mm-dd), soonest first. */
export function useStrategyReviews(coalitionId: string, dueBefore: string) {
  return useQuery({
    queryKey: keys.strategyReviews(coalitionId, dueBefore),
    queryFn: async ({ signal }) =>
      (
        await sdk.partnersListStrategyReviews({
          path: { coalition_id: coalitionId },
          query: { due_before: dueBefore, limit: 200 },
          signal,
          throwOnError: true,
        })
      ).data,
  });
}

/** Stakeholders of the register whose name matches, to pick one (not archived). */
export function useStakeholderPick(organisationId: string | null, q: string) {
  return useQuery({
    queryKey: keys.stakeholderPick(organisationId ?? '', q),
    enabled: organisationId !== null,
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      (
        await sdk.stakeholdersListStakeholders({
          path: { organisation_id: organisationId ?? '' },
          query: { ...(q.trim() ? { q: q.trim() } : {}), archived: false, limit: 20 },
          signal,
          throwOnError: true,
        })
      ).data,
  });
}

const STAKEHOLDER_PAGE = 25;

/** One page of stakeholders after another ("Meer laden"), for the filters given. */
export function useStakeholders(organisationId: string, query: StakeholderQuery) {
  return useInfiniteQuery({
    queryKey: keys.stakeholderList(organisationId, query),
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
          throwOnError: true,
        })
      ).data,
  });
}

export function useStakeholder(organisationId: string, id: string) {
  return useQuery({
    queryKey: keys.stakeholder(organisationId, id),
    queryFn: async ({ signal }) =>
      (await sdk.stakeholdersGetStakeholder({ path: { organisation_id: organisationId, stakeholder_id: id }, signal, throwOnError: true })).data,
  });
}

/** The CSV of the stakeholders that match the filters, fetched with the bearer token. */
export async function exportStakeholders(organisationId: string, query: StakeholderQuery): Promise<Blob> {
  const { data } = await sdk.stakeholdersExportStakeholders({
    path: { organisation_id: organisationId },
    query: { ...query, delimiter: 'semicolon' },
    parseAs: 'blob',
    throwOnError: true,
  });
  const body: unknown = data;
  return body instanceof Blob ? body : new Blob([String(body)], { type: 'text/csv;charset=utf-8' });
}

export function useCreateStakeholder(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewStakeholder) =>
      (await sdk.stakeholdersCreateStakeholder({ path: { organisation_id: organisationId }, body, throwOnError: true })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.stakeholders(organisationId) }),
  });
}

export function useUpdateStakeholder(organisationId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: StakeholderChange) =>
      (await sdk.stakeholdersUpdateStakeholder({ path: { organisation_id: organisationId, stakeholder_id: id }, body, throwOnError: true })).data,
    onSuccess: (stakeholder) => {
      queryClient.setQueryData(keys.stakeholder(organisationId, id), stakeholder);
      return queryClient.invalidateQueries({ queryKey: keys.stakeholders(organisationId) });
    },
  });
}

/** Archives (true) or brings back (false) a stakeholder. */
export function useArchiveStakeholder(organisationId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (archive: boolean) => {
      const options = { path: { organisation_id: organisationId, stakeholder_id: id }, throwOnError: true as const };
      return (archive ? await sdk.stakeholdersArchiveStakeholder(options) : await sdk.stakeholdersUnarchiveStakeholder(options)).data;
    },
    onSuccess: (stakeholder) => {
      queryClient.setQueryData(keys.stakeholder(organisationId, id), stakeholder);
      return queryClient.invalidateQueries({ queryKey: keys.stakeholders(organisationId) });
    },
  });
}

export function useStakeholderInteractions(organisationId: string, id: string) {
  return useQuery({
    queryKey: keys.stakeholderInteractions(organisationId, id),
    queryFn: async ({ signal }) =>
      (
        await sdk.stakeholdersListInteractions({
          path: { organisation_id: organisationId, stakeholder_id: id },
          query: { limit: 200 },
          signal,
          throwOnError: true,
        })
      ).data,
  });
}

/** What the interaction log can be narrowed to; empty strings / null mean "any". */
export interface InteractionFilter {
  type: import('./types').InteractionType | null;
  from: string;
  to: string;
}

/** The interaction log narrowed by type and days (inclusive), newest first, a page at a time. */
export function useFilteredInteractions(organisationId: string, id: string, filter: InteractionFilter, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: [...keys.stakeholderInteractions(organisationId, id), 'filtered', filter] as const,
    enabled,
    initialPageParam: null as string | null,
    getNextPageParam: (last: { next_cursor?: string | null }) => last.next_cursor ?? null,
    queryFn: async ({ pageParam, signal }) =>
      (
        await sdk.stakeholdersListInteractions({
          path: { organisation_id: organisationId, stakeholder_id: id },
          query: { limit: 25, cursor: pageParam, type: filter.type ?? undefined, from: filter.from || undefined, to: filter.to || undefined },
          signal,
          throwOnError: true,
        })
      ).data,
  });
}

/** Interactions and assessments, newest first, a page at a time. */
export function useStakeholderTimeline(organisationId: string, id: string) {
  return useInfiniteQuery({
    queryKey: keys.stakeholderTimeline(organisationId, id),
    initialPageParam: null as string | null,
    getNextPageParam: (last: PageTimelineEntry) => last.next_cursor ?? null,
    queryFn: async ({ pageParam, signal }): Promise<PageTimelineEntry> =>
      (
        await sdk.stakeholdersGetTimeline({
          path: { organisation_id: organisationId, stakeholder_id: id },
          query: { limit: 50, cursor: pageParam },
          signal,
          throwOnError: true,
        })
      ).data,
  });
}

/** After an interaction changed: the stakeholder's timeline, log and the open follow-ups. */
function invalidateInteractions(queryClient: QueryClient, organisationId: string, id: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: keys.stakeholder(organisationId, id) }),
    queryClient.invalidateQueries({ queryKey: keys.openFollowUps(organisationId) }),
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
          throwOnError: true,
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
        throwOnError: true,
      }),
    onSuccess: () => invalidateInteractions(queryClient, organisationId, id),
  });
}

export function useCreateInteraction(organisationId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewInteraction) =>
      (await sdk.stakeholdersCreateInteraction({ path: { organisation_id: organisationId, stakeholder_id: id }, body, throwOnError: true })).data,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.stakeholder(organisationId, id) }),
        queryClient.invalidateQueries({ queryKey: keys.openFollowUps(organisationId) }),
      ]),
  });
}

/** The organisation's open follow-ups, with the stakeholder each belongs to. */
export function useOpenFollowUps(organisationId: string) {
  return useQuery({
    queryKey: keys.openFollowUps(organisationId),
    queryFn: async ({ signal }) =>
      (
        await sdk.stakeholdersListFollowUps({
          path: { organisation_id: organisationId },
          query: { open: true, limit: 100 },
          signal,
          throwOnError: true,
        })
      ).data,
  });
}

export { tokenStore };

// --- changing organisations, their members and coalitions -------------------------------

export function useUpdateOrganisation(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { name: string; kind: import('./types').OrganisationKind }) =>
      (await sdk.organisationsUpdateOrganisation({ path: { organisation_id: organisationId }, body, throwOnError: true })).data,
    onSuccess: async () => {
      // The name shows in the switcher (/me) and in the lists as well.
      await queryClient.invalidateQueries({ queryKey: keys.organisation(organisationId) });
      await queryClient.invalidateQueries({ queryKey: keys.me });
    },
  });
}

export function useUpdateOrganisationMember(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ userId, role }: { userId: string; role: import('./types').OrganisationRole }) =>
      (
        await sdk.organisationsUpdateMember({
          path: { organisation_id: organisationId, user_id: userId },
          body: { role },
          throwOnError: true,
        })
      ).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.organisation(organisationId) }),
  });
}

export function useRemoveOrganisationMember(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (userId: string) =>
      sdk.organisationsRemoveMember({ path: { organisation_id: organisationId, user_id: userId }, throwOnError: true }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.organisation(organisationId) }),
  });
}

export function useUpdateCoalition(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: {
      name: string;
      societal_goal: string;
      description: string;
      status: import('../client/types.gen').CoalitionStatus;
    }) => (await sdk.coalitionsUpdateCoalition({ path: { coalition_id: coalitionId }, body, throwOnError: true })).data,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.coalition(coalitionId) });
      await queryClient.invalidateQueries({ queryKey: keys.coalitions });
    },
  });
}
