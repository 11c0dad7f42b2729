import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../auth/AuthContext';
import * as sdk from '../client/sdk.gen';
import type { CoalitionUpdate, WorkPiece, WorkSharingUpdate } from '../client/types.gen';
import type { CoalitionRole } from './types';

// Coalitions, their member organisations and the invitations to join one; who sees what in a
// coalition (the work it shares, the core team) and every change of that.

export const coalitionKeys = {
  all: ['coalitions'] as const,
  one: (id: string) => ['coalitions', id] as const,
  members: (id: string) => ['coalitions', id, 'members'] as const,
  invitations: (id: string) => ['coalitions', id, 'invitations'] as const,
  invitation: (token: string) => ['coalition-invitations', token] as const,
  visibility: (id: string) => ['coalitions', id, 'visibility'] as const,
  visibilityChanges: (id: string) => ['coalitions', id, 'visibility', 'changes'] as const,
};

export function useCoalitions() {
  const { isAuthenticated } = useAuth();
  return useQuery({
    queryKey: coalitionKeys.all,
    enabled: isAuthenticated,
    queryFn: async ({ signal }) =>
      (await sdk.coalitionsListCoalitions({ query: { limit: 200 }, signal })).data,
  });
}

export function useCoalition(id: string) {
  return useQuery({
    queryKey: coalitionKeys.one(id),
    queryFn: async ({ signal }) =>
      (await sdk.coalitionsGetCoalition({ path: { coalition_id: id }, signal })).data,
  });
}

export function useCoalitionMembers(id: string) {
  return useQuery({
    queryKey: coalitionKeys.members(id),
    queryFn: async ({ signal }) =>
      (await sdk.coalitionsListCoalitionMembers({ path: { coalition_id: id }, query: { limit: 200 }, signal })).data,
  });
}

export function useCoalitionInvitations(id: string, enabled: boolean) {
  return useQuery({
    queryKey: coalitionKeys.invitations(id),
    enabled,
    queryFn: async ({ signal }) =>
      (await sdk.coalitionsListCoalitionInvitations({ path: { coalition_id: id }, query: { limit: 200 }, signal })).data,
  });
}

export function useCreateCoalition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { name: string; societal_goal: string; description: string; organisation_id: string }) =>
      (await sdk.coalitionsCreateCoalition({ body })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coalitionKeys.all }),
  });
}

export function useUpdateCoalition(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CoalitionUpdate) =>
      (await sdk.coalitionsUpdateCoalition({ path: { coalition_id: coalitionId }, body })).data,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: coalitionKeys.one(coalitionId) });
      await queryClient.invalidateQueries({ queryKey: coalitionKeys.all });
    },
  });
}

export function useInvitePartner(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { role: CoalitionRole; note?: string; organisation_name_hint?: string }) =>
      (await sdk.coalitionsCreateCoalitionInvitation({ path: { coalition_id: coalitionId }, body })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coalitionKeys.invitations(coalitionId) }),
  });
}

export function useRevokeCoalitionInvitation(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (invitationId: string) =>
      sdk.coalitionsRevokeCoalitionInvitation({ path: { coalition_id: coalitionId, invitation_id: invitationId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coalitionKeys.invitations(coalitionId) }),
  });
}

export function useCoalitionInvitation(token: string) {
  return useQuery({
    queryKey: coalitionKeys.invitation(token),
    retry: false,
    queryFn: async ({ signal }) =>
      (await sdk.coalitionInvitationsPreviewCoalitionInvitation({ path: { token }, signal })).data,
  });
}

export function useAcceptCoalitionInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (organisationId: string) =>
      (await sdk.coalitionInvitationsAcceptCoalitionInvitation({ path: { token }, body: { organisation_id: organisationId } })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coalitionKeys.all }),
  });
}

/** Which work the coalition shares with all its member organisations, and its core team. */
export function useCoalitionVisibility(id: string) {
  return useQuery({
    queryKey: coalitionKeys.visibility(id),
    queryFn: async ({ signal }) =>
      (await sdk.coalitionsGetCoalitionVisibility({ path: { coalition_id: id }, signal })).data,
  });
}

/** Every change of what is shared and of the core team, newest first (the core team reads it). */
export function useVisibilityChanges(id: string) {
  return useQuery({
    queryKey: coalitionKeys.visibilityChanges(id),
    queryFn: async ({ signal }) =>
      (await sdk.coalitionsListVisibilityChanges({ path: { coalition_id: id }, query: { limit: 200 }, signal })).data,
  });
}

/**
 * What the coalition's members see follows from what it shares and who is in the core team:
 * after a change every query of the coalition is stale (the matrix, the strategies, the own plan…).
 */
function useInvalidateCoalition(id: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: coalitionKeys.one(id) });
}

export function useSetWorkSharing(coalitionId: string) {
  const invalidate = useInvalidateCoalition(coalitionId);
  return useMutation({
    mutationFn: async ({ piece, body }: { piece: WorkPiece; body: WorkSharingUpdate }) =>
      (await sdk.coalitionsSetCoalitionWorkSharing({ path: { coalition_id: coalitionId, piece }, body })).data,
    onSuccess: invalidate,
  });
}

/** Puts a partner organisation in the core team or takes it out (observers cannot be in it). */
export function useSetCoreTeam(coalitionId: string) {
  const invalidate = useInvalidateCoalition(coalitionId);
  return useMutation({
    mutationFn: async ({ organisationId, coreTeam }: { organisationId: string; coreTeam: boolean }) =>
      (
        await sdk.coalitionsUpdateCoalitionMember({
          path: { coalition_id: coalitionId, organisation_id: organisationId },
          body: { core_team: coreTeam },
        })
      ).data,
    onSuccess: invalidate,
  });
}
