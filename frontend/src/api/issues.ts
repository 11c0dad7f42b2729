import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as sdk from '../client/sdk.gen';
import type {
  ActivityCreate,
  ActivityUpdate,
  EvaluationCreate,
  EvaluationOutcomeIn,
  IssueCreate,
  IssuePhase,
  IssueRead,
  IssueStakeholderCreate,
  IssueStakeholderUpdate,
  IssueStatus,
  IssueUpdate,
  PageIssueRead,
  PhaseChange,
  StatusChange,
} from '../client/types.gen';

// The issue register of one organisation. Every key starts with the organisation's
// issues key, so a change invalidates the list, heat map and budget at once.

/** What the list, heat map and board ask the server for; absent keys are not sent. */
export interface IssueQuery {
  q?: string;
  status?: IssueStatus;
  phase?: IssuePhase;
  tag?: string;
  owner?: string;
  open?: boolean;
  impact?: number;
  urgency?: number;
}

export const issueKeys = {
  all: (organisationId: string) => ['organisations', organisationId, 'issues'] as const,
  list: (organisationId: string, query: IssueQuery) => ['organisations', organisationId, 'issues', 'list', query] as const,
  heatMap: (organisationId: string, query: IssueQuery) => ['organisations', organisationId, 'issues', 'heat-map', query] as const,
  budget: (organisationId: string) => ['organisations', organisationId, 'issues', 'budget'] as const,
  one: (organisationId: string, issueId: string) => ['organisations', organisationId, 'issues', 'one', issueId] as const,
  part: (organisationId: string, issueId: string, part: 'history' | 'stakeholders' | 'activities' | 'evaluations') =>
    ['organisations', organisationId, 'issues', 'one', issueId, part] as const,
};

export function useIssues(organisationId: string, query: IssueQuery, pageSize = 50) {
  return useInfiniteQuery({
    queryKey: [...issueKeys.list(organisationId, query), pageSize],
    initialPageParam: null as string | null,
    getNextPageParam: (last: PageIssueRead) => last.next_cursor ?? null,
    placeholderData: keepPreviousData,
    queryFn: async ({ pageParam, signal }): Promise<PageIssueRead> =>
      (
        await sdk.issuesListIssues({
          path: { organisation_id: organisationId },
          query: { ...query, limit: pageSize, cursor: pageParam },
          signal,
        })
      ).data,
  });
}

export function useHeatMap(organisationId: string, query: IssueQuery) {
  return useQuery({
    queryKey: issueKeys.heatMap(organisationId, query),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      (await sdk.issuesGetHeatMap({ path: { organisation_id: organisationId }, query, signal })).data,
  });
}

export function useBudget(organisationId: string) {
  return useQuery({
    queryKey: issueKeys.budget(organisationId),
    queryFn: async ({ signal }) =>
      (await sdk.issuesGetBudget({ path: { organisation_id: organisationId }, signal })).data,
  });
}

export function useIssue(organisationId: string, issueId: string) {
  return useQuery({
    queryKey: issueKeys.one(organisationId, issueId),
    queryFn: async ({ signal }) =>
      (await sdk.issuesGetIssue({ path: { organisation_id: organisationId, issue_id: issueId }, signal })).data,
  });
}

export function useCreateIssue(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: IssueCreate) =>
      (await sdk.issuesCreateIssue({ path: { organisation_id: organisationId }, body })).data,
    onSuccess: (issue) => {
      queryClient.setQueryData(issueKeys.one(organisationId, issue.id), issue);
      return queryClient.invalidateQueries({ queryKey: issueKeys.all(organisationId) });
    },
  });
}

/** A change to one issue answers with the issue: cache it, refresh lists and its history. */
function useIssueChange<T>(organisationId: string, run: (issueId: string, body: T) => Promise<IssueRead>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ issueId, body }: { issueId: string; body: T }) => run(issueId, body),
    onSuccess: (issue) => {
      queryClient.setQueryData(issueKeys.one(organisationId, issue.id), issue);
      return queryClient.invalidateQueries({ queryKey: issueKeys.all(organisationId) });
    },
  });
}

export function useUpdateIssue(organisationId: string) {
  return useIssueChange(organisationId, async (issueId, body: IssueUpdate) =>
    (await sdk.issuesUpdateIssue({ path: { organisation_id: organisationId, issue_id: issueId }, body })).data,
  );
}

export function useChangePhase(organisationId: string) {
  return useIssueChange(organisationId, async (issueId, body: PhaseChange) =>
    (await sdk.issuesChangePhase({ path: { organisation_id: organisationId, issue_id: issueId }, body })).data,
  );
}

export function useChangeStatus(organisationId: string) {
  return useIssueChange(organisationId, async (issueId, body: StatusChange) =>
    (await sdk.issuesChangeStatus({ path: { organisation_id: organisationId, issue_id: issueId }, body })).data,
  );
}

export function useIssueHistory(organisationId: string, issueId: string) {
  return useQuery({
    queryKey: issueKeys.part(organisationId, issueId, 'history'),
    queryFn: async ({ signal }) =>
      (
        await sdk.issuesGetHistory({
          path: { organisation_id: organisationId, issue_id: issueId },
          query: { limit: 200 },
          signal,
        })
      ).data,
  });
}

// --- the parts of one issue: stakeholders, activities, evaluations ---------------------------

function usePartInvalidation(organisationId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: issueKeys.all(organisationId) });
}

export function useIssueStakeholders(organisationId: string, issueId: string) {
  return useQuery({
    queryKey: issueKeys.part(organisationId, issueId, 'stakeholders'),
    queryFn: async ({ signal }) =>
      (
        await sdk.issuesListIssueStakeholders({
          path: { organisation_id: organisationId, issue_id: issueId },
          query: { limit: 200 },
          signal,
        })
      ).data,
  });
}

export function useLinkStakeholder(organisationId: string, issueId: string) {
  const onSuccess = usePartInvalidation(organisationId);
  return useMutation({
    mutationFn: async (body: IssueStakeholderCreate) =>
      (await sdk.issuesLinkIssueStakeholder({ path: { organisation_id: organisationId, issue_id: issueId }, body })).data,
    onSuccess,
  });
}

export function useUpdateIssueStakeholder(organisationId: string, issueId: string) {
  const onSuccess = usePartInvalidation(organisationId);
  return useMutation({
    mutationFn: async ({ linkId, body }: { linkId: string; body: IssueStakeholderUpdate }) =>
      (
        await sdk.issuesUpdateIssueStakeholder({
          path: { organisation_id: organisationId, issue_id: issueId, link_id: linkId },
          body,
        })
      ).data,
    onSuccess,
  });
}

export function useUnlinkStakeholder(organisationId: string, issueId: string) {
  const onSuccess = usePartInvalidation(organisationId);
  return useMutation({
    mutationFn: async (linkId: string) =>
      sdk.issuesUnlinkIssueStakeholder({ path: { organisation_id: organisationId, issue_id: issueId, link_id: linkId } }),
    onSuccess,
  });
}

export function useActivities(organisationId: string, issueId: string) {
  return useQuery({
    queryKey: issueKeys.part(organisationId, issueId, 'activities'),
    queryFn: async ({ signal }) =>
      (
        await sdk.issuesListActivities({
          path: { organisation_id: organisationId, issue_id: issueId },
          query: { limit: 200 },
          signal,
        })
      ).data,
  });
}

export function useCreateActivity(organisationId: string, issueId: string) {
  const onSuccess = usePartInvalidation(organisationId);
  return useMutation({
    mutationFn: async (body: ActivityCreate) =>
      (await sdk.issuesCreateActivity({ path: { organisation_id: organisationId, issue_id: issueId }, body })).data,
    onSuccess,
  });
}

export function useUpdateActivity(organisationId: string, issueId: string) {
  const onSuccess = usePartInvalidation(organisationId);
  return useMutation({
    mutationFn: async ({ activityId, body }: { activityId: string; body: ActivityUpdate }) =>
      (
        await sdk.issuesUpdateActivity({
          path: { organisation_id: organisationId, issue_id: issueId, activity_id: activityId },
          body,
        })
      ).data,
    onSuccess,
  });
}

export function useDeleteActivity(organisationId: string, issueId: string) {
  const onSuccess = usePartInvalidation(organisationId);
  return useMutation({
    mutationFn: async (activityId: string) =>
      sdk.issuesDeleteActivity({ path: { organisation_id: organisationId, issue_id: issueId, activity_id: activityId } }),
    onSuccess,
  });
}

export function useEvaluations(organisationId: string, issueId: string) {
  return useQuery({
    queryKey: issueKeys.part(organisationId, issueId, 'evaluations'),
    queryFn: async ({ signal }) =>
      (
        await sdk.issuesListEvaluations({
          path: { organisation_id: organisationId, issue_id: issueId },
          query: { limit: 200 },
          signal,
        })
      ).data,
  });
}

export function usePlanEvaluation(organisationId: string, issueId: string) {
  const onSuccess = usePartInvalidation(organisationId);
  return useMutation({
    mutationFn: async (body: EvaluationCreate) =>
      (await sdk.issuesPlanEvaluation({ path: { organisation_id: organisationId, issue_id: issueId }, body })).data,
    onSuccess,
  });
}

export function useDeleteEvaluation(organisationId: string, issueId: string) {
  const onSuccess = usePartInvalidation(organisationId);
  return useMutation({
    mutationFn: async (evaluationId: string) =>
      sdk.issuesDeleteEvaluation({
        path: { organisation_id: organisationId, issue_id: issueId, evaluation_id: evaluationId },
      }),
    onSuccess,
  });
}

export function useRecordOutcome(organisationId: string, issueId: string) {
  const onSuccess = usePartInvalidation(organisationId);
  return useMutation({
    mutationFn: async ({ evaluationId, body }: { evaluationId: string; body: EvaluationOutcomeIn }) =>
      (
        await sdk.issuesRecordOutcome({
          path: { organisation_id: organisationId, issue_id: issueId, evaluation_id: evaluationId },
          body,
        })
      ).data,
    onSuccess,
  });
}

/** The organisation's active stakeholders to choose from (first 200, by the register's order). */
export function useStakeholderOptions(organisationId: string) {
  return useQuery({
    queryKey: ['organisations', organisationId, 'stakeholders', 'options'],
    queryFn: async ({ signal }) =>
      (
        await sdk.stakeholdersListStakeholders({
          path: { organisation_id: organisationId },
          query: { limit: 200 },
          signal,
        })
      ).data.items,
  });
}
