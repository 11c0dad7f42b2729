import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as sdk from '../client/sdk.gen';
import type {
  FeedCreate,
  IssueCreate,
  PageSignalRead,
  SignalCreate,
  SignalSide,
  SignalSource,
  SignalStatus,
} from '../client/types.gen';
import { issueKeys } from './issues';

// The signal inbox and the feeds of one organisation. Every key starts with the
// organisation's signals key, so a triage or an import refreshes the inbox and the feeds.

export interface SignalQuery {
  status?: SignalStatus;
  source_type?: SignalSource;
  side?: SignalSide;
  q?: string;
}

export const signalKeys = {
  all: (organisationId: string) => ['organisations', organisationId, 'signals'] as const,
  list: (organisationId: string, query: SignalQuery) => ['organisations', organisationId, 'signals', 'list', query] as const,
  feeds: (organisationId: string) => ['organisations', organisationId, 'signals', 'feeds'] as const,
};

export function useSignals(organisationId: string, query: SignalQuery, pageSize = 25) {
  return useInfiniteQuery({
    queryKey: [...signalKeys.list(organisationId, query), pageSize],
    initialPageParam: null as string | null,
    getNextPageParam: (last: PageSignalRead) => last.next_cursor ?? null,
    placeholderData: keepPreviousData,
    queryFn: async ({ pageParam, signal }): Promise<PageSignalRead> =>
      (
        await sdk.signalsListSignals({
          path: { organisation_id: organisationId },
          query: { ...query, limit: pageSize, cursor: pageParam },
          signal,
        })
      ).data,
  });
}

function useSignalMutation<T, R>(organisationId: string, run: (body: T) => Promise<R>, alsoIssues = false) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: signalKeys.all(organisationId) });
      if (alsoIssues) await queryClient.invalidateQueries({ queryKey: issueKeys.all(organisationId) });
    },
  });
}

export function useCreateSignal(organisationId: string) {
  return useSignalMutation(organisationId, async (body: SignalCreate) =>
    (await sdk.signalsCreateSignal({ path: { organisation_id: organisationId }, body })).data,
  );
}

const path = (organisationId: string, signalId: string) => ({ organisation_id: organisationId, signal_id: signalId });

export function useDismissSignal(organisationId: string) {
  return useSignalMutation(organisationId, async ({ signalId, reason }: { signalId: string; reason: string }) =>
    (await sdk.signalsDismissSignal({ path: path(organisationId, signalId), body: { reason } })).data,
  );
}

export function useAttachSignal(organisationId: string) {
  return useSignalMutation(organisationId, async ({ signalId, issueId }: { signalId: string; issueId: string }) =>
    (await sdk.signalsAttachSignal({ path: path(organisationId, signalId), body: { issue_id: issueId } })).data,
  );
}

export function useConvertSignal(organisationId: string) {
  return useSignalMutation(
    organisationId,
    async ({ signalId, body }: { signalId: string; body: IssueCreate }) =>
      (await sdk.signalsConvertSignal({ path: path(organisationId, signalId), body })).data,
    true,
  );
}

export function useReopenSignal(organisationId: string) {
  return useSignalMutation(organisationId, async (signalId: string) =>
    (await sdk.signalsReopenSignal({ path: path(organisationId, signalId) })).data,
  );
}

// Feeds

export function useFeeds(organisationId: string) {
  return useQuery({
    queryKey: signalKeys.feeds(organisationId),
    queryFn: async ({ signal }) =>
      (await sdk.signalsListFeeds({ path: { organisation_id: organisationId }, query: { limit: 200 }, signal })).data,
  });
}

export function useCreateFeed(organisationId: string) {
  return useSignalMutation(organisationId, async (body: FeedCreate) =>
    (await sdk.signalsCreateFeed({ path: { organisation_id: organisationId }, body })).data,
  );
}

export function useDeleteFeed(organisationId: string) {
  return useSignalMutation(organisationId, async (feedId: string) => {
    await sdk.signalsDeleteFeed({ path: { organisation_id: organisationId, feed_id: feedId } });
  });
}

export function useFetchFeed(organisationId: string) {
  return useSignalMutation(organisationId, async (feedId: string) =>
    (await sdk.signalsFetchFeed({ path: { organisation_id: organisationId, feed_id: feedId } })).data,
  );
}

export function useImportFeedFile(organisationId: string) {
  return useSignalMutation(organisationId, async ({ file, sourceType, tags }: { file: File; sourceType: SignalSource; tags: string }) =>
    (
      await sdk.signalsImportFeedFile({
        path: { organisation_id: organisationId },
        body: { file, source_type: sourceType, tags },
      })
    ).data,
  );
}
