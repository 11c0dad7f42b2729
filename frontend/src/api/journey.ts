import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as sdk from '../client/sdk.gen';
import type {
  CollaborationDraftUpdate,
  ConversationCreate,
  DomainDecisionUpdate,
  InterestCreate,
  InterestUpdate,
  JourneyRead,
  PartnerPlanUpdate,
  RoundRepeat,
  StepUpdate,
} from '../client/types.gen';

// The step plan of one coalition (steps 1–10 over three rounds), and the work of
// round 1: bilateral conversations (step 1), interests and the domain (step 2),
// the own plan for the collaboration (step 3).

export const journeyKeys = {
  journey: (coalitionId: string) => ['coalitions', coalitionId, 'journey'] as const,
  history: (coalitionId: string, step: number) => ['coalitions', coalitionId, 'journey', 'history', step] as const,
  conversations: (coalitionId: string) => ['coalitions', coalitionId, 'conversations'] as const,
  domain: (coalitionId: string) => ['coalitions', coalitionId, 'domain'] as const,
  interests: (coalitionId: string) => ['coalitions', coalitionId, 'interests'] as const,
  ownPlan: (coalitionId: string) => ['coalitions', coalitionId, 'own-plan'] as const,
};

export function useJourney(coalitionId: string) {
  return useQuery({
    queryKey: journeyKeys.journey(coalitionId),
    queryFn: async ({ signal }) =>
      (await sdk.journeyGetJourney({ path: { coalition_id: coalitionId }, signal })).data,
  });
}

export function useStepHistory(coalitionId: string, step: number) {
  return useQuery({
    queryKey: journeyKeys.history(coalitionId, step),
    queryFn: async ({ signal }) =>
      (
        await sdk.journeyListJourneyHistory({
          path: { coalition_id: coalitionId },
          query: { step, limit: 200 },
          signal,
        })
      ).data,
  });
}

/** Every change answers with the whole journey, which replaces the cached one. */
function useJourneyChange<T>(coalitionId: string, send: (body: T) => Promise<JourneyRead>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (journey) => {
      queryClient.setQueryData(journeyKeys.journey(coalitionId), journey);
      void queryClient.invalidateQueries({ queryKey: [...journeyKeys.journey(coalitionId), 'history'] });
    },
  });
}

export function useUpdateStep(coalitionId: string, step: number) {
  return useJourneyChange(coalitionId, async (body: StepUpdate) =>
    (await sdk.journeyUpdateJourneyStep({ path: { coalition_id: coalitionId, step }, body })).data,
  );
}

export function useRepeatRound(coalitionId: string, round: number) {
  return useJourneyChange(coalitionId, async (body: RoundRepeat) =>
    (await sdk.journeyRepeatJourneyRound({ path: { coalition_id: coalitionId, round }, body })).data,
  );
}

export function useConversationSummary(coalitionId: string) {
  return useQuery({
    queryKey: journeyKeys.conversations(coalitionId),
    queryFn: async ({ signal }) =>
      (await sdk.formationGetConversationSummary({ path: { coalition_id: coalitionId }, signal })).data,
  });
}

export function useCreateConversation(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ partnerId, body }: { partnerId: string; body: ConversationCreate }) =>
      (
        await sdk.formationCreateConversation({
          path: { coalition_id: coalitionId, partner_id: partnerId },
          body,
        })
      ).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: journeyKeys.conversations(coalitionId) }),
  });
}

export function useConversations(coalitionId: string) {
  return useQuery({
    queryKey: [...journeyKeys.conversations(coalitionId), 'list'],
    queryFn: async ({ signal }) =>
      (
        await sdk.formationListConversations({
          path: { coalition_id: coalitionId },
          query: { limit: 200 },
          signal,
        })
      ).data,
  });
}

export function useDeleteConversation(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (conversationId: string) => {
      await sdk.formationDeleteConversation({
        path: { coalition_id: coalitionId, conversation_id: conversationId },
      });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: journeyKeys.conversations(coalitionId) }),
  });
}

export function useDomain(coalitionId: string) {
  return useQuery({
    queryKey: journeyKeys.domain(coalitionId),
    queryFn: async ({ signal }) =>
      (await sdk.formationGetDomain({ path: { coalition_id: coalitionId }, signal })).data,
  });
}

export function useInterests(coalitionId: string) {
  return useQuery({
    queryKey: journeyKeys.interests(coalitionId),
    queryFn: async ({ signal }) =>
      (
        await sdk.formationListInterests({
          path: { coalition_id: coalitionId },
          query: { limit: 200 },
          signal,
        })
      ).data,
  });
}

function useInvalidateInterests(coalitionId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [journeyKeys.domain(coalitionId), journeyKeys.interests(coalitionId), journeyKeys.ownPlan(coalitionId)].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

export function useCreateInterest(coalitionId: string) {
  const invalidate = useInvalidateInterests(coalitionId);
  return useMutation({
    mutationFn: async ({ partnerId, body }: { partnerId: string; body: InterestCreate }) =>
      (
        await sdk.formationCreateInterest({
          path: { coalition_id: coalitionId, partner_id: partnerId },
          body,
        })
      ).data,
    onSuccess: invalidate,
  });
}

export function useUpdateInterest(coalitionId: string) {
  const invalidate = useInvalidateInterests(coalitionId);
  return useMutation({
    mutationFn: async ({ interestId, body }: { interestId: string; body: InterestUpdate }) =>
      (
        await sdk.formationUpdateInterest({
          path: { coalition_id: coalitionId, interest_id: interestId },
          body,
        })
      ).data,
    onSuccess: invalidate,
  });
}

export function useDeleteInterest(coalitionId: string) {
  const invalidate = useInvalidateInterests(coalitionId);
  return useMutation({
    mutationFn: async (interestId: string) => {
      await sdk.formationDeleteInterest({ path: { coalition_id: coalitionId, interest_id: interestId } });
    },
    onSuccess: invalidate,
  });
}

/** `enabled` false for a caller who does not see the own plan (the API answers 404). */
/** What the coalition decided about a candidate topic; the domain follows. */
export function useDecideDomainTopic(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: DomainDecisionUpdate) =>
      (await sdk.formationDecideDomainTopic({ path: { coalition_id: coalitionId }, body })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: journeyKeys.domain(coalitionId) }),
  });
}

export function useOwnPlan(coalitionId: string, enabled: boolean) {
  return useQuery({
    queryKey: journeyKeys.ownPlan(coalitionId),
    enabled,
    queryFn: async ({ signal }) =>
      (await sdk.formationGetOwnPlan({ path: { coalition_id: coalitionId }, signal })).data,
  });
}

export function useSetPartnerPlan(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ partnerId, body }: { partnerId: string; body: PartnerPlanUpdate }) =>
      (
        await sdk.formationSetPartnerOwnPlan({
          path: { coalition_id: coalitionId, partner_id: partnerId },
          body,
        })
      ).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: journeyKeys.ownPlan(coalitionId) }),
  });
}

export function useSetDraft(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CollaborationDraftUpdate) =>
      (await sdk.formationSetOwnPlanDraft({ path: { coalition_id: coalitionId }, body })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: journeyKeys.ownPlan(coalitionId) }),
  });
}
