import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as sdk from '../client/sdk.gen';
import { meKeys } from './me';
import type { OrganisationKind, OrganisationRole } from './types';

// Organisations, their members and the invitations to join one.

export const organisationKeys = {
  one: (id: string) => ['organisations', id] as const,
  members: (id: string) => ['organisations', id, 'members'] as const,
  invitations: (id: string) => ['organisations', id, 'invitations'] as const,
  invitation: (token: string) => ['invitations', token] as const,
};

export function useOrganisation(id: string) {
  return useQuery({
    queryKey: organisationKeys.one(id),
    queryFn: async ({ signal }) =>
      (await sdk.organisationsGetOrganisation({ path: { organisation_id: id }, signal })).data,
  });
}

export function useOrganisationMembers(id: string) {
  return useQuery({
    queryKey: organisationKeys.members(id),
    queryFn: async ({ signal }) =>
      (await sdk.organisationsListMembers({ path: { organisation_id: id }, query: { limit: 200 }, signal })).data,
  });
}

export function useOrganisationInvitations(id: string, enabled: boolean) {
  return useQuery({
    queryKey: organisationKeys.invitations(id),
    enabled,
    queryFn: async ({ signal }) =>
      (await sdk.organisationsListInvitations({ path: { organisation_id: id }, query: { limit: 200 }, signal })).data,
  });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { name: string; kind: OrganisationKind }) =>
      (await sdk.organisationsCreateOrganisation({ body })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meKeys.me }),
  });
}

export function useUpdateOrganisation(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { name: string; kind: OrganisationKind }) =>
      (await sdk.organisationsUpdateOrganisation({ path: { organisation_id: organisationId }, body })).data,
    onSuccess: async () => {
      // The name shows in the switcher (/me) and in the lists as well.
      await queryClient.invalidateQueries({ queryKey: organisationKeys.one(organisationId) });
      await queryClient.invalidateQueries({ queryKey: meKeys.me });
    },
  });
}

export function useInviteColleague(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { email: string; role: OrganisationRole }) =>
      (await sdk.organisationsCreateInvitation({ path: { organisation_id: organisationId }, body })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.invitations(organisationId) }),
  });
}

export function useRevokeOrganisationInvitation(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (invitationId: string) =>
      sdk.organisationsRevokeInvitation({ path: { organisation_id: organisationId, invitation_id: invitationId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.invitations(organisationId) }),
  });
}

export function useUpdateOrganisationMember(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ userId, role }: { userId: string; role: OrganisationRole }) =>
      (
        await sdk.organisationsUpdateMember({
          path: { organisation_id: organisationId, user_id: userId },
          body: { role },
        })
      ).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.one(organisationId) }),
  });
}

export function useRemoveOrganisationMember(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (userId: string) =>
      sdk.organisationsRemoveMember({ path: { organisation_id: organisationId, user_id: userId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.one(organisationId) }),
  });
}

export function usePublicInvitation(token: string) {
  return useQuery({
    queryKey: organisationKeys.invitation(token),
    retry: false,
    queryFn: async ({ signal }) => (await sdk.invitationsPreviewInvitation({ path: { token }, signal })).data,
  });
}

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await sdk.invitationsAcceptInvitation({ path: { token } })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meKeys.me }),
  });
}
