import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as sdk from '../client/sdk.gen';
import type { AnswerIn, IssueCreate, RoundCreate } from '../client/types.gen';
import { issueKeys } from './issues';

// Tob-3 rounds of one organisation: the rounds, the caller's own answer and the results.

export const tob3Keys = {
  all: (organisationId: string) => ['organisations', organisationId, 'tob3'] as const,
  rounds: (organisationId: string) => ['organisations', organisationId, 'tob3', 'rounds'] as const,
  round: (organisationId: string, roundId: string) => ['organisations', organisationId, 'tob3', 'round', roundId] as const,
  myAnswer: (organisationId: string, roundId: string) => ['organisations', organisationId, 'tob3', 'round', roundId, 'mine'] as const,
  results: (organisationId: string, roundId: string) => ['organisations', organisationId, 'tob3', 'round', roundId, 'results'] as const,
};

const roundPath = (organisationId: string, roundId: string) => ({ organisation_id: organisationId, round_id: roundId });

export function useRounds(organisationId: string) {
  return useQuery({
    queryKey: tob3Keys.rounds(organisationId),
    queryFn: async ({ signal }) =>
      (await sdk.tob3ListRounds({ path: { organisation_id: organisationId }, query: { limit: 200 }, signal })).data,
  });
}

export function useRound(organisationId: string, roundId: string) {
  return useQuery({
    queryKey: tob3Keys.round(organisationId, roundId),
    queryFn: async ({ signal }) => (await sdk.tob3GetRound({ path: roundPath(organisationId, roundId), signal })).data,
  });
}

export function useMyAnswer(organisationId: string, roundId: string) {
  return useQuery({
    queryKey: tob3Keys.myAnswer(organisationId, roundId),
    queryFn: async ({ signal }) =>
      (await sdk.tob3GetMyAnswer({ path: roundPath(organisationId, roundId), signal })).data ?? null,
  });
}

export function useResults(organisationId: string, roundId: string, enabled: boolean) {
  return useQuery({
    queryKey: tob3Keys.results(organisationId, roundId),
    enabled,
    queryFn: async ({ signal }) => (await sdk.tob3GetResults({ path: roundPath(organisationId, roundId), signal })).data,
  });
}

function useTob3Mutation<T, R>(organisationId: string, run: (body: T) => Promise<R>, alsoIssues = false) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: tob3Keys.all(organisationId) });
      if (alsoIssues) await queryClient.invalidateQueries({ queryKey: issueKeys.all(organisationId) });
    },
  });
}

export function useCreateRound(organisationId: string) {
  return useTob3Mutation(organisationId, async (body: RoundCreate) =>
    (await sdk.tob3CreateRound({ path: { organisation_id: organisationId }, body })).data,
  );
}

export function useCloseRound(organisationId: string) {
  return useTob3Mutation(organisationId, async (roundId: string) =>
    (await sdk.tob3CloseRound({ path: roundPath(organisationId, roundId) })).data,
  );
}

export function useSaveAnswer(organisationId: string, roundId: string) {
  return useTob3Mutation(organisationId, async (body: AnswerIn) =>
    (await sdk.tob3PutMyAnswer({ path: roundPath(organisationId, roundId), body })).data,
  );
}

export function useGroupToIssue(organisationId: string, roundId: string) {
  return useTob3Mutation(
    organisationId,
    async ({ group, issue }: { group: string; issue: IssueCreate }) =>
      (await sdk.tob3GroupToIssue({ path: roundPath(organisationId, roundId), body: { group, issue } })).data,
    true,
  );
}

export function useWorryToIssue(organisationId: string, roundId: string) {
  return useTob3Mutation(
    organisationId,
    async ({ worryId, issue }: { worryId: string; issue: IssueCreate }) =>
      (await sdk.tob3WorryToIssue({ path: { ...roundPath(organisationId, roundId), worry_id: worryId }, body: issue }))
        .data,
    true,
  );
}
