import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import * as sdk from '../client/sdk.gen';
import type { PortfolioListCollaborationsResponse as PageCollaborationRead } from '../client/types.gen';
import type { CollaborationChange, NewCollaboration, NewCollaborationReview, Relevance } from './types';

// The collaboration portfolio of an organisation (DOMAIN.md §3), through the generated SDK.

export interface PortfolioQuery {
  paused?: boolean;
  relevance?: Relevance;
}

export const portfolioKeys = {
  all: (organisationId: string) => ['organisations', organisationId, 'portfolio'] as const,
  list: (organisationId: string, query: PortfolioQuery) => ['organisations', organisationId, 'portfolio', 'list', query] as const,
};

const PAGE = 25;

/** The collaborations, oldest first, a page at a time ("Meer laden"). */
export function usePortfolio(organisationId: string, query: PortfolioQuery) {
  return useInfiniteQuery({
    queryKey: portfolioKeys.list(organisationId, query),
    placeholderData: keepPreviousData,
    initialPageParam: null as string | null,
    getNextPageParam: (last: PageCollaborationRead) => last.next_cursor ?? null,
    queryFn: async ({ pageParam, signal }): Promise<PageCollaborationRead> =>
      (
        await sdk.portfolioListCollaborations({
          path: { organisation_id: organisationId },
          query: { ...query, limit: PAGE, cursor: pageParam },
          signal,
        })
      ).data,
  });
}

function invalidate(queryClient: QueryClient, organisationId: string) {
  return queryClient.invalidateQueries({ queryKey: portfolioKeys.all(organisationId) });
}

export function useCreateCollaboration(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewCollaboration) =>
      (await sdk.portfolioCreateCollaboration({ path: { organisation_id: organisationId }, body })).data,
    onSuccess: () => invalidate(queryClient, organisationId),
  });
}

export function useUpdateCollaboration(organisationId: string, collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CollaborationChange) =>
      (
        await sdk.portfolioUpdateCollaboration({
          path: { organisation_id: organisationId, collaboration_id: collaborationId },
          body,
        })
      ).data,
    onSuccess: () => invalidate(queryClient, organisationId),
  });
}

export function useDeleteCollaboration(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (collaborationId: string) =>
      sdk.portfolioDeleteCollaboration({ path: { organisation_id: organisationId, collaboration_id: collaborationId } }),
    onSuccess: () => invalidate(queryClient, organisationId),
  });
}

export function useReviewCollaboration(organisationId: string, collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewCollaborationReview) =>
      (
        await sdk.portfolioCreateReview({
          path: { organisation_id: organisationId, collaboration_id: collaborationId },
          body,
        })
      ).data,
    onSuccess: () => invalidate(queryClient, organisationId),
  });
}

/** Pauses with a reason, or (reason null) resumes. */
export function usePauseCollaboration(organisationId: string, collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (reason: string | null) => {
      const path = { organisation_id: organisationId, collaboration_id: collaborationId };
      return reason === null
        ? (await sdk.portfolioResumeCollaboration({ path })).data
        : (await sdk.portfolioPauseCollaboration({ path, body: { reason } })).data;
    },
    onSuccess: () => invalidate(queryClient, organisationId),
  });
}

/** The coalitions this organisation takes part in, to link a collaboration to one. */
export function useOrganisationCoalitions(organisationId: string) {
  return useQuery({
    queryKey: ['organisations', organisationId, 'coalitions'] as const,
    queryFn: async ({ signal }) =>
      (await sdk.coalitionsListCoalitions({ query: { organisation_id: organisationId, limit: 200 }, signal })).data,
  });
}
