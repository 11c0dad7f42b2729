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
  PartnersGetCoalitionPartnerMatrixResponse,
  PartnersCreatePartnerData,
  PartnersSetAmbitionLineData,
  PartnersCreateAssessmentData,
  Movement as MovementGen,
  Quadrant as QuadrantGen,
  Strategy as StrategyGen,
  StakeholderRead,
  StakeholderCreate,
  StakeholderUpdate,
  StakeholderType as StakeholderTypeGen,
  StakeholderKind as StakeholderKindGen,
  ContactPerson as ContactPersonGen,
  InteractionCreate,
  InteractionRead,
  InteractionType as InteractionTypeGen,
  TimelineEntry as TimelineEntryGen,
  StakeholdersUpdateInteractionData,
  PartnersUpdatePartnerData,
  PartnersGetPartnerStrategyResponse,
  PartnersSetPartnerStrategyData,
  PartnersListStrategyReviewsResponse,
  PartnersListAmbitionLineChangesResponse,
  PortfolioGetCollaborationResponse,
  PortfolioCreateCollaborationData,
  PortfolioUpdateCollaborationData,
  PortfolioCreateReviewData,
} from '../client/types.gen';

// Shapes are named through their operation (unique by operation id), not by schema name:
// two domains with a schema of the same name make the generator rename both.

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

export type PartnerMatrix = PartnersGetCoalitionPartnerMatrixResponse;
export type PartnerMatrixEntry = PartnerMatrix['partners'][number];
export type Partner = PartnerMatrixEntry['partner'];
export type AmbitionLine = PartnerMatrix['ambition_line'];
export type MatrixSummary = PartnerMatrix['summary'];
export type NewPartner = NonNullable<PartnersCreatePartnerData['body']>;
export type AmbitionLineChange = NonNullable<PartnersSetAmbitionLineData['body']>;
export type NewAssessment = NonNullable<PartnersCreateAssessmentData['body']>;
export type PartnerStatus = Partner['status'];
export type ContactIntensity = NonNullable<Partner['contact_intensity']>;
export type Commitment = NonNullable<Partner['commitment']>;
export type Financing = NonNullable<Partner['financing']>;
export type RelationshipType = Partner['relationship_type'];
export type Movement = MovementGen;
export type Quadrant = QuadrantGen;
export type Strategy = StrategyGen;

export const PARTNER_STATUSES: readonly PartnerStatus[] = ['current', 'potential'];
export const CONTACT_INTENSITIES: readonly ContactIntensity[] = ['daily', 'regular', 'occasional'];
export const COMMITMENTS: readonly Commitment[] = ['multi_year', 'none'];
export const FINANCINGS: readonly Financing[] = ['contract', 'subsidy', 'own_means'];
export const RELATIONSHIP_TYPES: readonly RelationshipType[] = ['partnership', 'business_client'];

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

export type Stakeholder = StakeholderRead;
export type NewStakeholder = StakeholderCreate;
export type StakeholderChange = StakeholderUpdate;
export type StakeholderType = StakeholderTypeGen;
export type StakeholderKind = StakeholderKindGen;
export type ContactPerson = ContactPersonGen;
export type Interaction = InteractionRead;
export type NewInteraction = InteractionCreate;
export type InteractionType = InteractionTypeGen;
export type TimelineEntry = TimelineEntryGen;

export const STAKEHOLDER_TYPES: readonly StakeholderType[] = [
  'government',
  'education',
  'business',
  'civil_society',
  'residents',
  'knowledge_institution',
  'financier',
  'other',
];
export const STAKEHOLDER_KINDS: readonly StakeholderKind[] = ['organisation', 'person'];
export const INTERACTION_TYPES: readonly InteractionType[] = ['meeting', 'call', 'email', 'visit', 'event'];

export type InteractionChange = NonNullable<StakeholdersUpdateInteractionData['body']>;
export type ExternalId = StakeholderRead['external_ids'][number];

export type PartnerChange = NonNullable<PartnersUpdatePartnerData['body']>;
export type PartnerStrategy = PartnersGetPartnerStrategyResponse;
export type PartnerStrategyChange = NonNullable<PartnersSetPartnerStrategyData['body']>;
export type PlannedAction = PartnerStrategy['actions'][number];
export type StrategyDirection = NonNullable<PartnerStrategy['direction']>;
export type StrategyReviewItem = PartnersListStrategyReviewsResponse['items'][number];
export type AmbitionLineChangeRead = PartnersListAmbitionLineChangesResponse['items'][number];
export const STRATEGIES: readonly Strategy[] = ['secure', 'maintain', 'invest', 'reconsider'];

export type Collaboration = PortfolioGetCollaborationResponse;
export type NewCollaboration = NonNullable<PortfolioCreateCollaborationData['body']>;
export type CollaborationChange = NonNullable<PortfolioUpdateCollaborationData['body']>;
export type NewCollaborationReview = NonNullable<PortfolioCreateReviewData['body']>;
export type Relevance = Collaboration['relevance'];
export type RelevanceChange = NewCollaborationReview['relevance'];
export const RELEVANCES: readonly Relevance[] = ['low', 'medium', 'high'];
export const RELEVANCE_CHANGES: readonly RelevanceChange[] = ['more', 'same', 'less'];
