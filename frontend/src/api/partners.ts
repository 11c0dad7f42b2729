import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import * as sdk from '../client/sdk.gen';
import type { AssessmentRead, PageAssessmentRead, PartnersListAmbitionLineChangesResponse as PageAmbitionLineRead } from '../client/types.gen';
import type { AmbitionLineChange, NewAssessment, NewPartner, PartnerChange, PartnerStrategyChange } from './types';

// A coalition's partners: the partner matrix with its ambition line, the
// assessments, and each partner's strategy with its reviews.

export const partnerKeys = {
  matrix: (coalitionId: string) => ['coalitions', coalitionId, 'partner-matrix'] as const,
  strategies: (coalitionId: string) => ['coalitions', coalitionId, 'partner-strategy'] as const,
  strategy: (coalitionId: string, partnerId: string) => ['coalitions', coalitionId, 'partner-strategy', partnerId] as const,
  reviews: (coalitionId: string, dueBefore: string) => ['coalitions', coalitionId, 'partner-strategy', 'reviews', dueBefore] as const,
  ambitionLineHistory: (coalitionId: string) => ['coalitions', coalitionId, 'ambition-line-history'] as const,
  list: (coalitionId: string) => ['coalitions', coalitionId, 'partners'] as const,
};

/**
 * The coalition's partners (one page of 200), shared with every member organisation: to choose
 * invitees, owners, parties and commitment from, and for those who do not see the matrix.
 */
export function useCoalitionPartners(coalitionId: string) {
  return useQuery({
    queryKey: partnerKeys.list(coalitionId),
    queryFn: async ({ signal }) =>
      (await sdk.partnersListPartners({ path: { coalition_id: coalitionId }, query: { limit: 200 }, signal })).data.items,
  });
}

/** `enabled` false for a caller who does not see the matrix (the API answers 404). */
export function usePartnerMatrix(coalitionId: string, enabled: boolean) {
  return useQuery({
    queryKey: partnerKeys.matrix(coalitionId),
    enabled,
    queryFn: async ({ signal }) =>
      (await sdk.partnersGetCoalitionPartnerMatrix({ path: { coalition_id: coalitionId }, signal })).data,
  });
}

/**
 * Every assessment of a partner, newest first. The endpoint pages oldest first, so all pages
 * are read (200 at a time; a partner has a handful of assessors) and turned round. Under the
 * matrix's key, so a new assessment refreshes it.
 */
export function usePartnerAssessments(coalitionId: string, partnerId: string) {
  return useQuery({
    queryKey: [...partnerKeys.matrix(coalitionId), 'assessments', partnerId] as const,
    queryFn: async ({ signal }) => {
      const items: AssessmentRead[] = [];
      let cursor: string | null = null;
      do {
        const page: PageAssessmentRead = (
          await sdk.partnersListAssessments({
            path: { coalition_id: coalitionId, partner_id: partnerId },
            query: { limit: 200, cursor },
            signal,
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
    mutationFn: async (body: NewPartner) =>
      (await sdk.partnersCreatePartner({ path: { coalition_id: coalitionId }, body })).data,
    onSuccess: () => invalidatePartners(queryClient, coalitionId),
  });
}

export function useAssessPartner(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ partnerId, ...body }: NewAssessment & { partnerId: string }) =>
      (await sdk.partnersCreateAssessment({ path: { coalition_id: coalitionId, partner_id: partnerId }, body })).data,
    onSuccess: () => invalidatePartners(queryClient, coalitionId),
  });
}

export function useSetAmbitionLine(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: AmbitionLineChange) =>
      (await sdk.partnersSetAmbitionLine({ path: { coalition_id: coalitionId }, body })).data,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: partnerKeys.matrix(coalitionId) }),
        queryClient.invalidateQueries({ queryKey: partnerKeys.ambitionLineHistory(coalitionId) }),
        // The suggestions follow the line.
        queryClient.invalidateQueries({ queryKey: partnerKeys.strategies(coalitionId) }),
      ]),
  });
}

/** Every change of the ambition line, newest first (the API gives them oldest first). */
export function useAmbitionLineHistory(coalitionId: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: partnerKeys.ambitionLineHistory(coalitionId),
    enabled,
    initialPageParam: null as string | null,
    getNextPageParam: (last: PageAmbitionLineRead) => last.next_cursor ?? null,
    queryFn: async ({ pageParam, signal }): Promise<PageAmbitionLineRead> =>
      (
        await sdk.partnersListAmbitionLineChanges({
          path: { coalition_id: coalitionId },
          query: { limit: 100, cursor: pageParam },
          signal,
        })
      ).data,
  });
}

/** After a partner or its strategy changed: the matrix, the list, the strategies and the reviews due. */
function invalidatePartners(queryClient: QueryClient, coalitionId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: partnerKeys.matrix(coalitionId) }),
    queryClient.invalidateQueries({ queryKey: partnerKeys.list(coalitionId) }),
    queryClient.invalidateQueries({ queryKey: partnerKeys.strategies(coalitionId) }),
  ]);
}

export function useUpdatePartner(coalitionId: string, partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: PartnerChange) =>
      (await sdk.partnersUpdatePartner({ path: { coalition_id: coalitionId, partner_id: partnerId }, body })).data,
    onSuccess: () => invalidatePartners(queryClient, coalitionId),
  });
}

export function useDeletePartner(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (partnerId: string) =>
      sdk.partnersDeletePartner({ path: { coalition_id: coalitionId, partner_id: partnerId } }),
    onSuccess: () => invalidatePartners(queryClient, coalitionId),
  });
}

export function usePartnerStrategy(coalitionId: string, partnerId: string) {
  return useQuery({
    queryKey: partnerKeys.strategy(coalitionId, partnerId),
    queryFn: async ({ signal }) =>
      (await sdk.partnersGetPartnerStrategy({ path: { coalition_id: coalitionId, partner_id: partnerId }, signal })).data,
  });
}

export function useSetPartnerStrategy(coalitionId: string, partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: PartnerStrategyChange) =>
      (await sdk.partnersSetPartnerStrategy({ path: { coalition_id: coalitionId, partner_id: partnerId }, body })).data,
    onSuccess: (strategy) => {
      queryClient.setQueryData(partnerKeys.strategy(coalitionId, partnerId), strategy);
      return invalidatePartners(queryClient, coalitionId);
    },
  });
}

/** Partners whose strategy is to be reviewed on or before `dueBefore` (yyyy-mm-dd), soonest first. */
export function useStrategyReviews(coalitionId: string, dueBefore: string) {
  return useQuery({
    queryKey: partnerKeys.reviews(coalitionId, dueBefore),
    queryFn: async ({ signal }) =>
      (
        await sdk.partnersListStrategyReviews({
          path: { coalition_id: coalitionId },
          query: { due_before: dueBefore, limit: 200 },
          signal,
        })
      ).data,
  });
}
