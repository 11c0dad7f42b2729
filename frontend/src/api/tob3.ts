import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as sdk from '../client/sdk.gen';
import type { AnswerIn, IssueCreate, LinkCreate, LinkCreated, PublicRound, RoundCreate } from '../client/types.gen';
import { isTransient, retryDelay, SEND_ATTEMPTS, type PendingSend } from '../components/tob3/tob3';
import { issueKeys } from './issues';
import { ApiError } from './problem';

// Tob-3 rounds of one organisation: the rounds, the caller's own answer, the results and the
// links for members without an account; and the page behind such a link.

export const tob3Keys = {
  all: (organisationId: string) => ['organisations', organisationId, 'tob3'] as const,
  rounds: (organisationId: string) => ['organisations', organisationId, 'tob3', 'rounds'] as const,
  round: (organisationId: string, roundId: string) => ['organisations', organisationId, 'tob3', 'round', roundId] as const,
  myAnswer: (organisationId: string, roundId: string) => ['organisations', organisationId, 'tob3', 'round', roundId, 'mine'] as const,
  results: (organisationId: string, roundId: string) => ['organisations', organisationId, 'tob3', 'round', roundId, 'results'] as const,
  links: (organisationId: string, roundId: string) => ['organisations', organisationId, 'tob3', 'round', roundId, 'links'] as const,
  /** The page behind a link: no organisation, the token is all there is. */
  link: (token: string) => ['tob3-link', token] as const,
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

// Links for members without an account (admins).

export function useLinks(organisationId: string, roundId: string) {
  return useQuery({
    queryKey: tob3Keys.links(organisationId, roundId),
    queryFn: async ({ signal }) =>
      (await sdk.tob3ListLinks({ path: roundPath(organisationId, roundId), query: { limit: 200 }, signal })).data,
  });
}

export interface LinkRequest {
  /** Who the link is for, to name it in a message. */
  label: string;
  body: LinkCreate;
}

export interface LinksMade {
  made: LinkCreated[];
  failed: { label: string; error: unknown }[];
}

/** Several links at once (a list of members): a name already in the round fails alone. */
export function useCreateLinks(organisationId: string, roundId: string) {
  return useTob3Mutation(organisationId, async (requests: LinkRequest[]) => {
    const result: LinksMade = { made: [], failed: [] };
    for (const { label, body } of requests) {
      try {
        result.made.push((await sdk.tob3CreateLink({ path: roundPath(organisationId, roundId), body })).data);
      } catch (error) {
        result.failed.push({ label, error });
      }
    }
    return result;
  });
}

export function useRenewLink(organisationId: string, roundId: string) {
  return useTob3Mutation(organisationId, async (linkId: string) =>
    (await sdk.tob3RenewLink({ path: { ...roundPath(organisationId, roundId), link_id: linkId } })).data,
  );
}

export function useRevokeLink(organisationId: string, roundId: string) {
  return useTob3Mutation(organisationId, async (linkId: string) =>
    (await sdk.tob3RevokeLink({ path: { ...roundPath(organisationId, roundId), link_id: linkId } })).data,
  );
}

// The page behind a link (no account).

export function usePublicRound(token: string) {
  return useQuery({
    queryKey: tob3Keys.link(token),
    queryFn: async ({ signal }) => (await sdk.tob3PublicGetRound({ path: { token }, signal })).data,
  });
}

/**
 * Sends an answer through a link. A lost connection or a server error is retried with the
 * same Idempotency-Key (the key travels with the request), so the answer is stored once
 * however often it is sent; while the phone is offline the request waits for the network.
 */
export function useSendAnswer(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ key, body }: PendingSend) =>
      (await sdk.tob3PublicAnswer({ path: { token }, body, headers: { 'Idempotency-Key': key } })).data,
    retry: (failures, error) => isTransient(error) && failures < SEND_ATTEMPTS - 1,
    retryDelay,
    onSuccess: (answer) => {
      queryClient.setQueryData<PublicRound>(tob3Keys.link(token), (round) =>
        round && round.kind === 'member' ? { ...round, answer } : round,
      );
    },
    // The round closed or the link was withdrawn meanwhile: show the page as it is now.
    onError: async (error) => {
      if (error instanceof ApiError && (error.status === 409 || error.status === 410)) {
        await queryClient.invalidateQueries({ queryKey: tob3Keys.link(token) });
      }
    },
  });
}
