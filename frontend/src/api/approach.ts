import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as sdk from '../client/sdk.gen';
import type {
  AgendaItemCreate,
  AgendaItemUpdate,
  CommunicationCreate,
  CommunicationUpdate,
  PolicyLinkCreate,
  PolicyLinkUpdate,
  PositionPaperSave,
  ReputationActionCreate,
  ReputationActionUpdate,
  StartCoalition,
} from '../client/types.gen';
import { issueKeys } from './issues';

// The approach of one issue: inside (agenda items, policy links) and outside (reputation
// actions, position paper, communication plan, coalitions). Keys hang under the issue's key,
// so everything of the issue refreshes together when the issue changes.

type Path = { organisation_id: string; issue_id: string };

export const approachKeys = {
  all: (organisationId: string, issueId: string) => [...issueKeys.one(organisationId, issueId), 'approach'] as const,
  part: (organisationId: string, issueId: string, part: string, extra?: string | null) =>
    [...issueKeys.one(organisationId, issueId), 'approach', part, extra ?? null] as const,
};

const LIMIT = 200;

function usePart<T>(organisationId: string, issueId: string, part: string, fetch: (path: Path, signal: AbortSignal) => Promise<T>, extra?: string | null) {
  return useQuery({
    queryKey: approachKeys.part(organisationId, issueId, part, extra),
    queryFn: ({ signal }) => fetch({ organisation_id: organisationId, issue_id: issueId }, signal),
  });
}

/** A change in the approach: refresh every part of the issue's approach (and its crisis view). */
function useChange<V, R>(organisationId: string, issueId: string, run: (path: Path, variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => run({ organisation_id: organisationId, issue_id: issueId }, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: issueKeys.one(organisationId, issueId) }),
  });
}

// --- agenda items ---------------------------------------------------------------------------

export function useAgendaItems(organisationId: string, issueId: string) {
  return usePart(organisationId, issueId, 'agenda', async (path, signal) =>
    (await sdk.approachListAgendaItems({ path, query: { limit: LIMIT }, signal })).data,
  );
}

export function useCreateAgendaItem(organisationId: string, issueId: string) {
  return useChange(organisationId, issueId, async (path, body: AgendaItemCreate) =>
    (await sdk.approachCreateAgendaItem({ path, body })).data,
  );
}

export function useUpdateAgendaItem(organisationId: string, issueId: string) {
  return useChange(organisationId, issueId, async (path, { id, body }: { id: string; body: AgendaItemUpdate }) =>
    (await sdk.approachUpdateAgendaItem({ path: { ...path, item_id: id }, body })).data,
  );
}

export function useDeleteAgendaItem(organisationId: string, issueId: string) {
  return useChange(organisationId, issueId, async (path, id: string) => {
    await sdk.approachDeleteAgendaItem({ path: { ...path, item_id: id } });
  });
}

// --- policy links ---------------------------------------------------------------------------

export function usePolicyLinks(organisationId: string, issueId: string) {
  return usePart(organisationId, issueId, 'policy', async (path, signal) =>
    (await sdk.approachListPolicyLinks({ path, query: { limit: LIMIT }, signal })).data,
  );
}

export function useCreatePolicyLink(organisationId: string, issueId: string) {
  return useChange(organisationId, issueId, async (path, body: PolicyLinkCreate) =>
    (await sdk.approachCreatePolicyLink({ path, body })).data,
  );
}

export function useUpdatePolicyLink(organisationId: string, issueId: string) {
  return useChange(organisationId, issueId, async (path, { id, body }: { id: string; body: PolicyLinkUpdate }) =>
    (await sdk.approachUpdatePolicyLink({ path: { ...path, policy_link_id: id }, body })).data,
  );
}

export function useDeletePolicyLink(organisationId: string, issueId: string) {
  return useChange(organisationId, issueId, async (path, id: string) => {
    await sdk.approachDeletePolicyLink({ path: { ...path, policy_link_id: id } });
  });
}

// --- reputation actions ---------------------------------------------------------------------

export function useReputationActions(organisationId: string, issueId: string) {
  return usePart(organisationId, issueId, 'reputation', async (path, signal) =>
    (await sdk.approachListReputationActions({ path, query: { limit: LIMIT }, signal })).data,
  );
}

export function useCreateReputationAction(organisationId: string, issueId: string) {
  return useChange(organisationId, issueId, async (path, body: ReputationActionCreate) =>
    (await sdk.approachCreateReputationAction({ path, body })).data,
  );
}

export function useUpdateReputationAction(organisationId: string, issueId: string) {
  return useChange(organisationId, issueId, async (path, { id, body }: { id: string; body: ReputationActionUpdate }) =>
    (await sdk.approachUpdateReputationAction({ path: { ...path, action_id: id }, body })).data,
  );
}

export function useDeleteReputationAction(organisationId: string, issueId: string) {
  return useChange(organisationId, issueId, async (path, id: string) => {
    await sdk.approachDeleteReputationAction({ path: { ...path, action_id: id } });
  });
}

// --- communication plan (external, or of a crisis protocol) ---------------------------------

export function useCommunications(organisationId: string, issueId: string, protocolId: string | null) {
  return usePart(
    organisationId,
    issueId,
    'communications',
    async (path, signal) =>
      (await sdk.approachListCommunications({ path, query: { limit: LIMIT, protocol_id: protocolId }, signal })).data,
    protocolId,
  );
}

export function useCreateCommunication(organisationId: string, issueId: string) {
  return useChange(organisationId, issueId, async (path, body: CommunicationCreate) =>
    (await sdk.approachCreateCommunication({ path, body })).data,
  );
}

export function useUpdateCommunication(organisationId: string, issueId: string) {
  return useChange(organisationId, issueId, async (path, { id, body }: { id: string; body: CommunicationUpdate }) =>
    (await sdk.approachUpdateCommunication({ path: { ...path, communication_id: id }, body })).data,
  );
}

export function useDeleteCommunication(organisationId: string, issueId: string) {
  return useChange(organisationId, issueId, async (path, id: string) => {
    await sdk.approachDeleteCommunication({ path: { ...path, communication_id: id } });
  });
}

// --- position paper -------------------------------------------------------------------------

export function usePositionPaper(organisationId: string, issueId: string) {
  return usePart(organisationId, issueId, 'paper', async (path, signal) =>
    (await sdk.approachGetPositionPaper({ path, signal })).data,
  );
}

export function usePaperVersions(organisationId: string, issueId: string) {
  return usePart(organisationId, issueId, 'paper-versions', async (path, signal) =>
    (await sdk.approachListPaperVersions({ path, query: { limit: LIMIT }, signal })).data,
  );
}

export function usePaperVersion(organisationId: string, issueId: string, number: number | null) {
  return useQuery({
    queryKey: approachKeys.part(organisationId, issueId, 'paper-version', String(number)),
    enabled: number !== null,
    queryFn: async ({ signal }) =>
      (
        await sdk.approachGetPaperVersion({
          path: { organisation_id: organisationId, issue_id: issueId, number: number ?? 0 },
          signal,
        })
      ).data,
  });
}

export function useSavePositionPaper(organisationId: string, issueId: string) {
  return useChange(organisationId, issueId, async (path, body: PositionPaperSave) =>
    (await sdk.approachSavePositionPaper({ path, body })).data,
  );
}

export function usePaperPreview(organisationId: string, issueId: string) {
  return useMutation({
    mutationFn: async (content: string) =>
      (
        await sdk.approachPreviewPositionPaper({
          path: { organisation_id: organisationId, issue_id: issueId },
          body: { content },
        })
      ).data,
  });
}

/** The printable page, fetched with the bearer token (a plain link would carry none). */
export async function fetchPaperExport(organisationId: string, issueId: string, version: number, lang: 'nl' | 'en'): Promise<string> {
  const { data } = await sdk.approachExportPositionPaper({
    path: { organisation_id: organisationId, issue_id: issueId },
    query: { version, lang },
    parseAs: 'text',
  });
  return String(data);
}

// --- coalitions -----------------------------------------------------------------------------

export function useIssueCoalitions(organisationId: string, issueId: string) {
  return usePart(organisationId, issueId, 'coalitions', async (path, signal) =>
    (await sdk.approachListIssueCoalitions({ path, query: { limit: LIMIT }, signal })).data,
  );
}

/** The coalitions the organisation is a member of, to link one. */
export function useOrganisationCoalitions(organisationId: string) {
  return useQuery({
    queryKey: ['coalitions', 'of-organisation', organisationId],
    queryFn: async ({ signal }) =>
      (await sdk.coalitionsListCoalitions({ query: { organisation_id: organisationId, limit: LIMIT }, signal })).data,
  });
}

export function useStartCoalition(organisationId: string, issueId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: StartCoalition) =>
      (await sdk.approachStartCoalition({ path: { organisation_id: organisationId, issue_id: issueId }, body })).data,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: issueKeys.one(organisationId, issueId) }),
        queryClient.invalidateQueries({ queryKey: ['coalitions'] }),
      ]),
  });
}
