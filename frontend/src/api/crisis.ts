import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as sdk from '../client/sdk.gen';
import type {
  CrisisAssessmentCreate,
  CrisisAnswers,
  CrisisTemplateUpdate,
  DeEscalate,
  Escalate,
  TaskCreate,
  TaskUpdate,
  TeamMemberCreate,
  TeamMemberUpdate,
} from '../client/types.gen';
import type { Locale } from '../i18n/locale';
import { issueKeys } from './issues';

// The crisis view of one issue. Escalating and de-escalating change the issue's status, so
// they refresh the whole issue register; other changes refresh the issue's own parts.

type Path = { organisation_id: string; issue_id: string };

export const crisisKeys = {
  all: (organisationId: string, issueId: string) => [...issueKeys.one(organisationId, issueId), 'crisis'] as const,
  overview: (organisationId: string, issueId: string) => [...issueKeys.one(organisationId, issueId), 'crisis', 'overview'] as const,
  rule: (organisationId: string, issueId: string, answers: CrisisAnswers) => [...issueKeys.one(organisationId, issueId), 'crisis', 'rule', answers] as const,
  part: (organisationId: string, issueId: string, part: string, id?: string) => [...issueKeys.one(organisationId, issueId), 'crisis', part, id ?? null] as const,
};

export function useCrisis(organisationId: string, issueId: string) {
  return useQuery({
    queryKey: crisisKeys.overview(organisationId, issueId),
    queryFn: async ({ signal }) =>
      (await sdk.crisisGetCrisis({ path: { organisation_id: organisationId, issue_id: issueId }, signal })).data,
  });
}

/** The rule's outcome for the answers on screen, from the server (nothing is stored). */
export function useCrisisRule(organisationId: string, issueId: string, answers: CrisisAnswers) {
  return useQuery({
    queryKey: crisisKeys.rule(organisationId, issueId, answers),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    queryFn: async ({ signal }) =>
      (
        await sdk.crisisCheckRule({
          path: { organisation_id: organisationId, issue_id: issueId },
          body: answers,
          signal,
        })
      ).data,
  });
}

export function useAssessments(organisationId: string, issueId: string) {
  return useQuery({
    queryKey: crisisKeys.part(organisationId, issueId, 'assessments'),
    queryFn: async ({ signal }) =>
      (
        await sdk.crisisListAssessments({
          path: { organisation_id: organisationId, issue_id: issueId },
          query: { limit: 200 },
          signal,
        })
      ).data,
  });
}

export function useProtocols(organisationId: string, issueId: string) {
  return useQuery({
    queryKey: crisisKeys.part(organisationId, issueId, 'protocols'),
    queryFn: async ({ signal }) =>
      (
        await sdk.crisisListProtocols({
          path: { organisation_id: organisationId, issue_id: issueId },
          query: { limit: 200 },
          signal,
        })
      ).data,
  });
}

export function useProtocol(organisationId: string, issueId: string, protocolId: string | null) {
  return useQuery({
    queryKey: crisisKeys.part(organisationId, issueId, 'protocol', protocolId ?? ''),
    enabled: protocolId !== null,
    queryFn: async ({ signal }) =>
      (
        await sdk.crisisGetProtocol({
          path: { organisation_id: organisationId, issue_id: issueId, protocol_id: protocolId ?? '' },
          signal,
        })
      ).data,
  });
}

function useCrisisChange<V, R>(organisationId: string, issueId: string, run: (path: Path, variables: V) => Promise<R>, statusChanges = false) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => run({ organisation_id: organisationId, issue_id: issueId }, variables),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: statusChanges ? issueKeys.all(organisationId) : issueKeys.one(organisationId, issueId) }),
  });
}

export function useCreateAssessment(organisationId: string, issueId: string) {
  return useCrisisChange(organisationId, issueId, async (path, body: CrisisAssessmentCreate) =>
    (await sdk.crisisCreateAssessment({ path, body })).data,
  );
}

export function useEscalate(organisationId: string, issueId: string) {
  return useCrisisChange(
    organisationId,
    issueId,
    async (path, body: Escalate) => (await sdk.crisisEscalate({ path, body })).data,
    true,
  );
}

export function useDeEscalate(organisationId: string, issueId: string) {
  return useCrisisChange(
    organisationId,
    issueId,
    async (path, body: DeEscalate) => (await sdk.crisisDeEscalate({ path, body })).data,
    true,
  );
}

type ProtocolPath = { protocolId: string };

export function useCreateTask(organisationId: string, issueId: string) {
  return useCrisisChange(organisationId, issueId, async (path, { protocolId, body }: ProtocolPath & { body: TaskCreate }) =>
    (await sdk.crisisCreateTask({ path: { ...path, protocol_id: protocolId }, body })).data,
  );
}

export function useUpdateTask(organisationId: string, issueId: string) {
  return useCrisisChange(organisationId, issueId, async (path, { protocolId, id, body }: ProtocolPath & { id: string; body: TaskUpdate }) =>
    (await sdk.crisisUpdateTask({ path: { ...path, protocol_id: protocolId, task_id: id }, body })).data,
  );
}

export function useDeleteTask(organisationId: string, issueId: string) {
  return useCrisisChange(organisationId, issueId, async (path, { protocolId, id }: ProtocolPath & { id: string }) => {
    await sdk.crisisDeleteTask({ path: { ...path, protocol_id: protocolId, task_id: id } });
  });
}

export function useCreateTeamMember(organisationId: string, issueId: string) {
  return useCrisisChange(organisationId, issueId, async (path, { protocolId, body }: ProtocolPath & { body: TeamMemberCreate }) =>
    (await sdk.crisisCreateTeamMember({ path: { ...path, protocol_id: protocolId }, body })).data,
  );
}

export function useUpdateTeamMember(organisationId: string, issueId: string) {
  return useCrisisChange(organisationId, issueId, async (path, { protocolId, id, body }: ProtocolPath & { id: string; body: TeamMemberUpdate }) =>
    (await sdk.crisisUpdateTeamMember({ path: { ...path, protocol_id: protocolId, member_id: id }, body })).data,
  );
}

export function useDeleteTeamMember(organisationId: string, issueId: string) {
  return useCrisisChange(organisationId, issueId, async (path, { protocolId, id }: ProtocolPath & { id: string }) => {
    await sdk.crisisDeleteTeamMember({ path: { ...path, protocol_id: protocolId, member_id: id } });
  });
}

// The organisation's crisis protocol template; a change applies to protocols escalated
// afterwards, so no issue's crisis view needs refreshing.

export const crisisTemplateKeys = {
  all: (organisationId: string) => ['organisations', organisationId, 'crisis-template'] as const,
  one: (organisationId: string, lang: Locale) => ['organisations', organisationId, 'crisis-template', lang] as const,
};

export function useCrisisTemplate(organisationId: string, lang: Locale) {
  return useQuery({
    queryKey: crisisTemplateKeys.one(organisationId, lang),
    queryFn: async ({ signal }) =>
      (await sdk.crisisGetCrisisTemplate({ path: { organisation_id: organisationId }, query: { lang }, signal })).data,
  });
}

function useTemplateChange<V>(organisationId: string, run: (path: { organisation_id: string }, variables: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => run({ organisation_id: organisationId }, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: crisisTemplateKeys.all(organisationId) }),
  });
}

export function useReplaceCrisisTemplate(organisationId: string) {
  return useTemplateChange(organisationId, async (path, body: CrisisTemplateUpdate) => (await sdk.crisisReplaceCrisisTemplate({ path, body })).data);
}

export function useResetCrisisTemplate(organisationId: string) {
  return useTemplateChange(organisationId, async (path, _: void) => {
    await sdk.crisisResetCrisisTemplate({ path });
  });
}
