import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as sdk from '../client/sdk.gen';
import type { ItemCreate, ItemUpdate, MatrixCreate, MatrixRead, MatrixUpdate, PageMatrixSummary, ScoreWrite } from '../client/types.gen';

// Confrontation matrices of one organisation. Every change answers with the
// matrix's new state (or the item), so the cache is updated from the answer
// where it can and refetched where it cannot.

const matrixKeys = {
  all: (organisationId: string) => ['organisations', organisationId, 'confrontation'] as const,
  list: (organisationId: string, issueId: string | null) => ['organisations', organisationId, 'confrontation', 'list', issueId] as const,
  one: (organisationId: string, matrixId: string) => ['organisations', organisationId, 'confrontation', 'one', matrixId] as const,
};

export function useConfrontationMatrices(organisationId: string, issueId: string | null) {
  return useInfiniteQuery({
    queryKey: matrixKeys.list(organisationId, issueId),
    initialPageParam: null as string | null,
    getNextPageParam: (last: PageMatrixSummary) => last.next_cursor ?? null,
    queryFn: async ({ pageParam, signal }): Promise<PageMatrixSummary> =>
      (
        await sdk.confrontationListMatrices({
          path: { organisation_id: organisationId },
          query: { limit: 50, cursor: pageParam, issue_id: issueId },
          signal,
        })
      ).data,
  });
}

export function useConfrontationMatrix(organisationId: string, matrixId: string) {
  return useQuery({
    queryKey: matrixKeys.one(organisationId, matrixId),
    queryFn: async ({ signal }) =>
      (await sdk.confrontationGetMatrix({ path: { organisation_id: organisationId, matrix_id: matrixId }, signal })).data,
  });
}

export function useCreateMatrix(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: MatrixCreate) =>
      (await sdk.confrontationCreateMatrix({ path: { organisation_id: organisationId }, body })).data,
    onSuccess: (matrix) => {
      queryClient.setQueryData(matrixKeys.one(organisationId, matrix.id), matrix);
      return queryClient.invalidateQueries({ queryKey: [...matrixKeys.all(organisationId), 'list'] });
    },
  });
}

/**
 * Mutations on one matrix: they keep its cached state and the list in step.
 * They share a scope, so they run one after the other: each answer is the whole
 * matrix, and two quick scores sent side by side could otherwise come back in
 * the wrong order and the older state would overwrite the newer one.
 */
function useMatrixMutation<T>(organisationId: string, matrixId: string, run: (path: { organisation_id: string; matrix_id: string }, body: T) => Promise<MatrixRead | null>) {
  const queryClient = useQueryClient();
  return useMutation({
    scope: { id: `confrontation-matrix-${matrixId}` },
    mutationFn: (body: T) => run({ organisation_id: organisationId, matrix_id: matrixId }, body),
    onSuccess: (matrix) => {
      if (matrix) queryClient.setQueryData(matrixKeys.one(organisationId, matrixId), matrix);
      else void queryClient.invalidateQueries({ queryKey: matrixKeys.one(organisationId, matrixId) });
      return queryClient.invalidateQueries({ queryKey: [...matrixKeys.all(organisationId), 'list'] });
    },
  });
}

export function useUpdateMatrix(organisationId: string, matrixId: string) {
  return useMatrixMutation(organisationId, matrixId, async (path, body: MatrixUpdate) =>
    (await sdk.confrontationUpdateMatrix({ path, body })).data,
  );
}

export function useDeleteMatrix(organisationId: string, matrixId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      sdk.confrontationDeleteMatrix({ path: { organisation_id: organisationId, matrix_id: matrixId } }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: matrixKeys.one(organisationId, matrixId) });
      return queryClient.invalidateQueries({ queryKey: [...matrixKeys.all(organisationId), 'list'] });
    },
  });
}

export function useSetScores(organisationId: string, matrixId: string) {
  return useMatrixMutation(organisationId, matrixId, async (path, scores: ScoreWrite[]) =>
    (await sdk.confrontationSetScores({ path, body: { scores } })).data,
  );
}

export function useAddItem(organisationId: string, matrixId: string) {
  return useMatrixMutation(organisationId, matrixId, async (path, body: ItemCreate) => {
    await sdk.confrontationCreateItem({ path, body });
    return null;
  });
}

export function useUpdateItem(organisationId: string, matrixId: string) {
  return useMatrixMutation(organisationId, matrixId, async (path, { itemId, ...body }: ItemUpdate & { itemId: string }) => {
    await sdk.confrontationUpdateItem({ path: { ...path, item_id: itemId }, body });
    return null;
  });
}

export function useDeleteItem(organisationId: string, matrixId: string) {
  return useMatrixMutation(organisationId, matrixId, async (path, itemId: string) => {
    await sdk.confrontationDeleteItem({ path: { ...path, item_id: itemId } });
    return null;
  });
}
