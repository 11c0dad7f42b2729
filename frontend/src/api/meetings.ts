import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as sdk from '../client/sdk.gen';
import type {
  MeetingAgendaItemCreate,
  MeetingAgendaItemUpdate,
  CommitmentCreate,
  CommitmentScaleUpdate,
  MeetingDocumentCreate,
  InviteeCreate,
  InviteeUpdate,
  MeetingCreate,
  MeetingUpdate,
  MeetingOutcomeCreate,
  MeetingOutcomeUpdate,
  PageMeetingSummary,
} from '../client/types.gen';

// Meetings of one coalition. Every key starts with the coalition's meetings key, so a change
// to a meeting refreshes the list, the meeting and the commitment summary together.

export const meetingKeys = {
  all: (coalitionId: string) => ['coalitions', coalitionId, 'meetings'] as const,
  list: (coalitionId: string) => ['coalitions', coalitionId, 'meetings', 'list'] as const,
  one: (coalitionId: string, meetingId: string) => ['coalitions', coalitionId, 'meetings', 'one', meetingId] as const,
  commitments: (coalitionId: string) => ['coalitions', coalitionId, 'meetings', 'commitments'] as const,
};

export function useMeetings(coalitionId: string) {
  return useInfiniteQuery({
    queryKey: meetingKeys.list(coalitionId),
    initialPageParam: null as string | null,
    getNextPageParam: (last: PageMeetingSummary) => last.next_cursor ?? null,
    queryFn: async ({ pageParam, signal }): Promise<PageMeetingSummary> =>
      (
        await sdk.meetingsListMeetings({
          path: { coalition_id: coalitionId },
          query: { limit: 50, cursor: pageParam },
          signal,
        })
      ).data,
  });
}

export function useMeeting(coalitionId: string, meetingId: string) {
  return useQuery({
    queryKey: meetingKeys.one(coalitionId, meetingId),
    queryFn: async ({ signal }) =>
      (await sdk.meetingsGetMeeting({ path: { coalition_id: coalitionId, meeting_id: meetingId }, signal })).data,
  });
}

export function useCommitmentSummary(coalitionId: string) {
  return useQuery({
    queryKey: meetingKeys.commitments(coalitionId),
    queryFn: async ({ signal }) =>
      (await sdk.meetingsGetCommitmentSummary({ path: { coalition_id: coalitionId }, signal })).data,
  });
}

export function useCreateMeeting(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: MeetingCreate) =>
      (await sdk.meetingsCreateMeeting({ path: { coalition_id: coalitionId }, body })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.all(coalitionId) }),
  });
}

/** Every change inside one meeting; afterwards the coalition's meeting data is fetched again. */
function useMeetingChange<T, R>(coalitionId: string, meetingId: string, call: (path: { coalition_id: string; meeting_id: string }, value: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (value: T) => call({ coalition_id: coalitionId, meeting_id: meetingId }, value),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.all(coalitionId) }),
  });
}

export function useUpdateMeeting(coalitionId: string, meetingId: string) {
  return useMeetingChange(coalitionId, meetingId, async (path, body: MeetingUpdate) =>
    (await sdk.meetingsUpdateMeeting({ path, body })).data,
  );
}

export function useAddInvitee(coalitionId: string, meetingId: string) {
  return useMeetingChange(coalitionId, meetingId, async (path, body: InviteeCreate) =>
    (await sdk.meetingsCreateInvitee({ path, body })).data,
  );
}

export function useUpdateInvitee(coalitionId: string, meetingId: string) {
  return useMeetingChange(coalitionId, meetingId, async (path, { id, body }: { id: string; body: InviteeUpdate }) =>
    (await sdk.meetingsUpdateInvitee({ path: { ...path, invitee_id: id }, body })).data,
  );
}

export function useRemoveInvitee(coalitionId: string, meetingId: string) {
  return useMeetingChange(coalitionId, meetingId, async (path, id: string) => {
    await sdk.meetingsDeleteInvitee({ path: { ...path, invitee_id: id } });
  });
}

export function useAddDocument(coalitionId: string, meetingId: string) {
  return useMeetingChange(coalitionId, meetingId, async (path, body: MeetingDocumentCreate) =>
    (await sdk.meetingsCreateDocument({ path, body })).data,
  );
}

export function useRemoveDocument(coalitionId: string, meetingId: string) {
  return useMeetingChange(coalitionId, meetingId, async (path, id: string) => {
    await sdk.meetingsDeleteDocument({ path: { ...path, document_id: id } });
  });
}

export function useAddAgendaItem(coalitionId: string, meetingId: string) {
  return useMeetingChange(coalitionId, meetingId, async (path, body: MeetingAgendaItemCreate) =>
    (await sdk.meetingsCreateAgendaItem({ path, body })).data,
  );
}

export function useUpdateAgendaItem(coalitionId: string, meetingId: string) {
  return useMeetingChange(coalitionId, meetingId, async (path, { id, body }: { id: string; body: MeetingAgendaItemUpdate }) =>
    (await sdk.meetingsUpdateAgendaItem({ path: { ...path, item_id: id }, body })).data,
  );
}

export function useRemoveAgendaItem(coalitionId: string, meetingId: string) {
  return useMeetingChange(coalitionId, meetingId, async (path, id: string) => {
    await sdk.meetingsDeleteAgendaItem({ path: { ...path, item_id: id } });
  });
}

export function useReorderAgenda(coalitionId: string, meetingId: string) {
  return useMeetingChange(coalitionId, meetingId, async (path, itemIds: string[]) =>
    (await sdk.meetingsReorderAgenda({ path, body: { item_ids: itemIds } })).data,
  );
}

export function useAddOutcome(coalitionId: string, meetingId: string) {
  return useMeetingChange(coalitionId, meetingId, async (path, body: MeetingOutcomeCreate) =>
    (await sdk.meetingsCreateOutcome({ path, body })).data,
  );
}

export function useUpdateOutcome(coalitionId: string, meetingId: string) {
  return useMeetingChange(coalitionId, meetingId, async (path, { id, body }: { id: string; body: MeetingOutcomeUpdate }) =>
    (await sdk.meetingsUpdateOutcome({ path: { ...path, outcome_id: id }, body })).data,
  );
}

export function useRemoveOutcome(coalitionId: string, meetingId: string) {
  return useMeetingChange(coalitionId, meetingId, async (path, id: string) => {
    await sdk.meetingsDeleteOutcome({ path: { ...path, outcome_id: id } });
  });
}

export function useRecordCommitment(coalitionId: string, meetingId: string) {
  return useMeetingChange(coalitionId, meetingId, async (path, body: CommitmentCreate) =>
    (await sdk.meetingsCreateCommitment({ path, body })).data,
  );
}

// An organisation's commitment scale: the words in which the coalitions it coordinates record
// commitment. A change shows in every coalition's commitment summary.

export const commitmentScaleKeys = {
  one: (organisationId: string) => ['organisations', organisationId, 'commitment-levels'] as const,
};

export function useCommitmentLevels(organisationId: string) {
  return useQuery({
    queryKey: commitmentScaleKeys.one(organisationId),
    queryFn: async ({ signal }) =>
      (await sdk.meetingsGetCommitmentLevels({ path: { organisation_id: organisationId }, signal })).data,
  });
}

function useScaleChange<V>(organisationId: string, run: (path: { organisation_id: string }, variables: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => run({ organisation_id: organisationId }, variables),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: commitmentScaleKeys.one(organisationId) }),
        queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] === 'coalitions' && query.queryKey[3] === 'commitments' }),
      ]),
  });
}

export function useReplaceCommitmentLevels(organisationId: string) {
  return useScaleChange(organisationId, async (path, body: CommitmentScaleUpdate) => (await sdk.meetingsReplaceCommitmentLevels({ path, body })).data);
}

export function useResetCommitmentLevels(organisationId: string) {
  return useScaleChange(organisationId, async (path, _: void) => {
    await sdk.meetingsResetCommitmentLevels({ path });
  });
}
