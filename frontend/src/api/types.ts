// Names for the shapes the app uses, taken from the generated client so that
// they follow the OpenAPI document.
import type {
  CoalitionInvitationsPreviewCoalitionInvitationResponse,
  CoalitionsCreateCoalitionInvitationResponse,
  CoalitionsGetCoalitionResponse,
  CoalitionsListCoalitionInvitationsResponse,
  CoalitionsListCoalitionMembersResponse,
  InvitationsPreviewInvitationResponse,
  OrganisationsCreateInvitationResponse,
  OrganisationsGetOrganisationResponse,
  OrganisationsListInvitationsResponse,
  OrganisationsListMembersResponse,
  MeReadMeResponse,
} from '../client/types.gen';

export type Me = MeReadMeResponse;
export type MyOrganisation = Me['organisations'][number];
export type Organisation = OrganisationsGetOrganisationResponse;
export type OrganisationKind = Organisation['kind'];
export type OrganisationRole = MyOrganisation['role'];
export type OrganisationMember = OrganisationsListMembersResponse['items'][number];
export type OrganisationInvitation = OrganisationsListInvitationsResponse['items'][number];
export type CreatedOrganisationInvitation = OrganisationsCreateInvitationResponse;
export type PublicInvitation = InvitationsPreviewInvitationResponse;
export type Coalition = CoalitionsGetCoalitionResponse;
export type CoalitionRole = Coalition['my_role'];
export type CoalitionStatus = Coalition['status'];
export type CoalitionMember = CoalitionsListCoalitionMembersResponse['items'][number];
export type CoalitionInvitation = CoalitionsListCoalitionInvitationsResponse['items'][number];
export type CreatedCoalitionInvitation = CoalitionsCreateCoalitionInvitationResponse;
export type PublicCoalitionInvitation = CoalitionInvitationsPreviewCoalitionInvitationResponse;

export const ORGANISATION_KINDS: readonly OrganisationKind[] = [
  'municipality',
  'province',
  'trade_association',
  'school',
  'housing_corporation',
  'charity',
  'company',
  'cultural_institution',
  'residents_association',
  'other',
];
export const ORGANISATION_ROLES: readonly OrganisationRole[] = ['member', 'admin', 'owner'];
export const COALITION_ROLES: readonly CoalitionRole[] = ['partner', 'observer', 'coordinator'];
