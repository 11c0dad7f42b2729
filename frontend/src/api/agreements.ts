import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import * as sdk from '../client/sdk.gen';
import type {
  AgreementCreate,
  AgreementRead,
  AgreementUpdate,
  ChoiceIn,
  FoundingCreate,
  AgreementOptionIn,
  OptionKind,
  AgreementOptionUpdate,
  PageAgreementSummary,
  PageVersionSummary,
} from '../client/types.gen';

// Agreements of one coalition (intent declaration, covenant, plan of approach…),
// their versions and sign-offs, and the founding. Every change to an agreement
// answers with the whole agreement, which replaces the cached one.

export const agreementKeys = {
  all: (coalitionId: string) => ['coalitions', coalitionId, 'agreements'] as const,
  list: (coalitionId: string) => ['coalitions', coalitionId, 'agreements', 'list'] as const,
  one: (coalitionId: string, id: string) => ['coalitions', coalitionId, 'agreements', 'one', id] as const,
  versions: (coalitionId: string, id: string) => ['coalitions', coalitionId, 'agreements', 'versions', id] as const,
  version: (coalitionId: string, id: string, number: number) =>
    ['coalitions', coalitionId, 'agreements', 'versions', id, number] as const,
  diff: (coalitionId: string, id: string, from: number, to: number) =>
    ['coalitions', coalitionId, 'agreements', 'diff', id, from, to] as const,
  founding: (coalitionId: string) => ['coalitions', coalitionId, 'founding'] as const,
};

export function useAgreements(coalitionId: string) {
  return useInfiniteQuery({
    queryKey: agreementKeys.list(coalitionId),
    initialPageParam: null as string | null,
    getNextPageParam: (last: PageAgreementSummary) => last.next_cursor ?? null,
    queryFn: async ({ pageParam, signal }): Promise<PageAgreementSummary> =>
      (
        await sdk.agreementsListAgreements({
          path: { coalition_id: coalitionId },
          query: { limit: 50, cursor: pageParam },
          signal,
        })
      ).data,
  });
}

export function useAgreement(coalitionId: string, agreementId: string) {
  return useQuery({
    queryKey: agreementKeys.one(coalitionId, agreementId),
    queryFn: async ({ signal }) =>
      (
        await sdk.agreementsGetAgreement({
          path: { coalition_id: coalitionId, agreement_id: agreementId },
          signal,
        })
      ).data,
  });
}

export function useAgreementVersions(coalitionId: string, agreementId: string) {
  return useInfiniteQuery({
    queryKey: agreementKeys.versions(coalitionId, agreementId),
    initialPageParam: null as string | null,
    getNextPageParam: (last: PageVersionSummary) => last.next_cursor ?? null,
    queryFn: async ({ pageParam, signal }): Promise<PageVersionSummary> =>
      (
        await sdk.agreementsListVersions({
          path: { coalition_id: coalitionId, agreement_id: agreementId },
          query: { limit: 200, cursor: pageParam },
          signal,
        })
      ).data,
  });
}

export function useAgreementVersion(coalitionId: string, agreementId: string, number: number | null) {
  return useQuery({
    queryKey: agreementKeys.version(coalitionId, agreementId, number ?? 0),
    enabled: number !== null,
    queryFn: async ({ signal }) =>
      (
        await sdk.agreementsGetVersion({
          path: { coalition_id: coalitionId, agreement_id: agreementId, number: number ?? 1 },
          signal,
        })
      ).data,
  });
}

export function useVersionDiff(coalitionId: string, agreementId: string, from: number, to: number) {
  return useQuery({
    queryKey: agreementKeys.diff(coalitionId, agreementId, from, to),
    enabled: from !== to,
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      (
        await sdk.agreementsDiffVersions({
          path: { coalition_id: coalitionId, agreement_id: agreementId },
          query: { from, to },
          signal,
        })
      ).data,
  });
}

/** The markdown rendered by the server, as the page and the printout show it. */
export function usePreview(coalitionId: string, content: string, enabled: boolean) {
  return useQuery({
    queryKey: ['coalitions', coalitionId, 'agreements', 'preview', content],
    enabled,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    queryFn: async ({ signal }) =>
      (
        await sdk.agreementsPreviewAgreementText({
          path: { coalition_id: coalitionId },
          body: { content },
          signal,
        })
      ).data.html,
  });
}

export function useCreateAgreement(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: AgreementCreate) =>
      (await sdk.agreementsCreateAgreement({ path: { coalition_id: coalitionId }, body })).data,
    onSuccess: (agreement) => {
      queryClient.setQueryData(agreementKeys.one(coalitionId, agreement.id), agreement);
      return queryClient.invalidateQueries({ queryKey: agreementKeys.list(coalitionId) });
    },
  });
}

/**
 * Changes to one agreement run one after the other (one scope): each answer is
 * the whole agreement, and an older answer must not overwrite a newer one.
 */
function useAgreementMutation<T>(
  coalitionId: string,
  agreementId: string,
  run: (path: { coalition_id: string; agreement_id: string }, body: T) => Promise<AgreementRead>,
  /** Further queries the change makes stale. */
  stale: readonly QueryKey[] = [],
) {
  const queryClient = useQueryClient();
  return useMutation({
    scope: { id: `agreement-${agreementId}` },
    mutationFn: (body: T) => run({ coalition_id: coalitionId, agreement_id: agreementId }, body),
    onSuccess: (agreement) => {
      queryClient.setQueryData(agreementKeys.one(coalitionId, agreementId), agreement);
      for (const queryKey of [agreementKeys.versions(coalitionId, agreementId), ...stale]) void queryClient.invalidateQueries({ queryKey });
      return queryClient.invalidateQueries({ queryKey: agreementKeys.list(coalitionId) });
    },
  });
}

export function useUpdateAgreement(coalitionId: string, agreementId: string) {
  return useAgreementMutation(coalitionId, agreementId, async (path, body: AgreementUpdate) =>
    (await sdk.agreementsUpdateAgreement({ path, body })).data,
  );
}

export function useSaveVersion(coalitionId: string, agreementId: string) {
  return useAgreementMutation(
    coalitionId,
    agreementId,
    async (path, body: { content: string; note: string; based_on: number }) =>
      (await sdk.agreementsSaveVersion({ path, body })).data,
  );
}

export function useSendForSignature(coalitionId: string, agreementId: string) {
  return useAgreementMutation(coalitionId, agreementId, async (path, version: number) =>
    (await sdk.agreementsSendForSignature({ path, body: { version } })).data,
  );
}

export function useSignAgreement(coalitionId: string, agreementId: string) {
  return useAgreementMutation(
    coalitionId,
    agreementId,
    async (path, body: { partner_id: string; version: number }) => (await sdk.agreementsSignAgreement({ path, body })).data,
    // A potential partner that signs after the founding shows with the founding.
    [agreementKeys.founding(coalitionId)],
  );
}

export function useAddOption(coalitionId: string, agreementId: string) {
  return useAgreementMutation(coalitionId, agreementId, async (path, body: AgreementOptionIn) =>
    (await sdk.agreementsAddOption({ path, body })).data,
  );
}

export function useUpdateOption(coalitionId: string, agreementId: string) {
  return useAgreementMutation(coalitionId, agreementId, async (path, { optionId, ...body }: AgreementOptionUpdate & { optionId: string }) =>
    (await sdk.agreementsUpdateOption({ path: { ...path, option_id: optionId }, body })).data,
  );
}

export function useDeleteOption(coalitionId: string, agreementId: string) {
  return useAgreementMutation(coalitionId, agreementId, async (path, optionId: string) =>
    (await sdk.agreementsDeleteOption({ path: { ...path, option_id: optionId } })).data,
  );
}

export function useChooseOption(coalitionId: string, agreementId: string) {
  return useAgreementMutation(coalitionId, agreementId, async (path, { kind, ...body }: ChoiceIn & { kind: OptionKind }) =>
    (await sdk.agreementsChooseOption({ path: { ...path, kind }, body })).data,
  );
}

/** The printable page as text, to open in a new tab for print / save as PDF. */
export async function fetchExport(coalitionId: string, agreementId: string, version: number, lang: 'nl' | 'en'): Promise<string> {
  const { data } = await sdk.agreementsExportAgreement({
    path: { coalition_id: coalitionId, agreement_id: agreementId },
    query: { version, lang },
    parseAs: 'text',
  });
  return data;
}

export function useFounding(coalitionId: string) {
  return useQuery({
    queryKey: agreementKeys.founding(coalitionId),
    queryFn: async ({ signal }) =>
      (await sdk.agreementsGetFounding({ path: { coalition_id: coalitionId }, signal })).data,
  });
}

export function useFoundCoalition(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: FoundingCreate) =>
      (await sdk.agreementsFoundCoalition({ path: { coalition_id: coalitionId }, body })).data,
    onSuccess: (state) => {
      queryClient.setQueryData(agreementKeys.founding(coalitionId), state);
      // The coalition's status changed, and the agreement is now the founding one.
      return queryClient.invalidateQueries({ queryKey: ['coalitions'] });
    },
  });
}
