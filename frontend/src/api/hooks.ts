import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as sdk from '../client/sdk.gen';
import { tokenStore } from './setup';
import { useAuth } from '../auth/AuthContext';

// All server state goes through these hooks: the generated SDK does the HTTP,
// TanStack Query does caching. Every call uses throwOnError so failures are
// ApiError values (see setup.ts).

export const keys = {
  me: ['me'] as const,
  organisation: (id: string) => ['organisations', id] as const,
  organisationMembers: (id: string) => ['organisations', id, 'members'] as const,
  organisationInvitations: (id: string) => ['organisations', id, 'invitations'] as const,
  invitation: (token: string) => ['invitations', token] as const,
  coalitions: ['coalitions'] as const,
  coalition: (id: string) => ['coalitions', id] as const,
  coalitionMembers: (id: string) => ['coalitions', id, 'members'] as const,
  coalitionInvitations: (id: string) => ['coalitions', id, 'invitations'] as const,
  coalitionInvitation: (token: string) => ['coalition-invitations', token] as const,
  partnerMatrix: (id: string) => ['coalitions', id, 'partner-matrix'] as const,
};

export function useMe() {
  const { isAuthenticated } = useAuth();
  return useQuery({
    queryKey: keys.me,
    enabled: isAuthenticated,
    queryFn: async ({ signal }) => (await sdk.meReadMe({ signal, throwOnError: true })).data,
  });
}

export function useOrganisation(id: string) {
  return useQuery({
    queryKey: keys.organisation(id),
    queryFn: async ({ signal }) =>
      (await sdk.organisationsGetOrganisation({ path: { organisation_id: id }, signal, throwOnError: true })).data,
  });
}

export function useOrganisationMembers(id: string) {
  return useQuery({
    queryKey: keys.organisationMembers(id),
    queryFn: async ({ signal }) =>
      (await sdk.organisationsListMembers({ path: { organisation_id: id }, query: { limit: 200 }, signal, throwOnError: true })).data,
  });
}

export function useOrganisationInvitations(id: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.organisationInvitations(id),
    enabled,
    queryFn: async ({ signal }) =>
      (await sdk.organisationsListInvitations({ path: { organisation_id: id }, query: { limit: 200 }, signal, throwOnError: true })).data,
  });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { name: string; kind: import('./types').OrganisationKind }) =>
      (await sdk.organisationsCreateOrganisation({ body, throwOnError: true })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.me }),
  });
}

export function useInviteColleague(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { email: string; role: import('./types').OrganisationRole }) =>
      (await sdk.organisationsCreateInvitation({ path: { organisation_id: organisationId }, body, throwOnError: true })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.organisationInvitations(organisationId) }),
  });
}

export function useRevokeOrganisationInvitation(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (invitationId: string) =>
      sdk.organisationsRevokeInvitation({ path: { organisation_id: organisationId, invitation_id: invitationId }, throwOnError: true }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.organisationInvitations(organisationId) }),
  });
}

export function usePublicInvitation(token: string) {
  return useQuery({
    queryKey: keys.invitation(token),
    retry: false,
    queryFn: async ({ signal }) => (await sdk.invitationsPreviewInvitation({ path: { token }, signal, throwOnError: true })).data,
  });
}

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await sdk.invitationsAcceptInvitation({ path: { token }, throwOnError: true })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.me }),
  });
}

export function useCoalitions() {
  const { isAuthenticated } = useAuth();
  return useQuery({
    queryKey: keys.coalitions,
    enabled: isAuthenticated,
    queryFn: async ({ signal }) =>
      (await sdk.coalitionsListCoalitions({ query: { limit: 200 }, signal, throwOnError: true })).data,
  });
}

export function useCoalition(id: string) {
  return useQuery({
    queryKey: keys.coalition(id),
    queryFn: async ({ signal }) =>
      (await sdk.coalitionsGetCoalition({ path: { coalition_id: id }, signal, throwOnError: true })).data,
  });
}

export function useCoalitionMembers(id: string) {
  return useQuery({
    queryKey: keys.coalitionMembers(id),
    queryFn: async ({ signal }) =>
      (await sdk.coalitionsListCoalitionMembers({ path: { coalition_id: id }, query: { limit: 200 }, signal, throwOnError: true })).data,
  });
}

export function useCoalitionInvitations(id: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.coalitionInvitations(id),
    enabled,
    queryFn: async ({ signal }) =>
      (await sdk.coalitionsListCoalitionInvitations({ path: { coalition_id: id }, query: { limit: 200 }, signal, throwOnError: true })).data,
  });
}

export function useCreateCoalition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { name: string; societal_goal: string; description: string; organisation_id: string }) =>
      (await sdk.coalitionsCreateCoalition({ body, throwOnError: true })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.coalitions }),
  });
}

export function useInvitePartner(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { role: import('./types').CoalitionRole; note?: string; organisation_name_hint?: string }) =>
      (await sdk.coalitionsCreateCoalitionInvitation({ path: { coalition_id: coalitionId }, body, throwOnError: true })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.coalitionInvitations(coalitionId) }),
  });
}

export function useRevokeCoalitionInvitation(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (invitationId: string) =>
      sdk.coalitionsRevokeCoalitionInvitation({ path: { coalition_id: coalitionId, invitation_id: invitationId }, throwOnError: true }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.coalitionInvitations(coalitionId) }),
  });
}

export function useCoalitionInvitation(token: string) {
  return useQuery({
    queryKey: keys.coalitionInvitation(token),
    retry: false,
    queryFn: async ({ signal }) =>
      (await sdk.coalitionInvitationsPreviewCoalitionInvitation({ path: { token }, signal, throwOnError: true })).data,
  });
}

export function useAcceptCoalitionInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (organisationId: string) =>
      (await sdk.coalitionInvitationsAcceptCoalitionInvitation({ path: { token }, body: { organisation_id: organisationId }, throwOnError: true })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.coalitions }),
  });
}

export function usePartnerMatrix(coalitionId: string) {
  return useQuery({
    queryKey: keys.partnerMatrix(coalitionId),
    queryFn: async ({ signal }) =>
      (await sdk.partnersGetCoalitionPartnerMatrix({ path: { coalition_id: coalitionId }, signal, throwOnError: true })).data,
  });
}

export function useCreatePartner(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: import('./types').NewPartner) =>
      (await sdk.partnersCreatePartner({ path: { coalition_id: coalitionId }, body, throwOnError: true })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.partnerMatrix(coalitionId) }),
  });
}

export function useAssessPartner(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ partnerId, ...body }: import('./types').NewAssessment & { partnerId: string }) =>
      (await sdk.partnersCreateAssessment({ path: { coalition_id: coalitionId, partner_id: partnerId }, body, throwOnError: true })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.partnerMatrix(coalitionId) }),
  });
}

export function useSetAmbitionLine(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: import('./types').AmbitionLineChange) =>
      (await sdk.partnersSetAmbitionLine({ path: { coalition_id: coalitionId }, body, throwOnError: true })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.partnerMatrix(coalitionId) }),
  });
}

export { tokenStore };
