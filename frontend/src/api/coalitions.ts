import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../auth/AuthContext';
import * as sdk from '../client/sdk.gen';
import type { CoalitionStatus } from '../client/types.gen';
import type { CoalitionRole } from './types';

// Coalitions, their member organisations and the invitations to join one.

export const coalitionKeys = {
  all: ['coalitions'] as const,
  one: (id: string) => ['coalitions', id] as const,
  members: (id: string) => ['coalitions', id, 'members'] as const,
  invitations: (id: string) => ['coalitions', id, 'invitations'] as const,
  invitation: (token: string) => ['coalition-invitations', token] as const,
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
    mutationFn: async (body: {
      name: string;
      societal_goal: string;
      description: string;
      status: CoalitionStatus;
    }) => (await sdk.coalitionsUpdateCoalition({ path: { coalition_id: coalitionId }, body })).data,
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
