import type { AgreementType, GovernanceModel, SignatureStatus } from '../../client/types.gen';

export const AGREEMENT_TYPES: readonly AgreementType[] = [
  'intent_declaration',
  'covenant',
  'contract',
  'initiative_proposal',
  'plan_of_approach',
  'programme_plan',
];

export const GOVERNANCE_MODELS: readonly GovernanceModel[] = ['steering_group', 'lead_organisation', 'programme_team', 'other'];

/** The seed: "2 of (maximaal) 3 opties"; the server refuses a choice outside this range. */
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 3;

export function statusTone(status: SignatureStatus): 'neutral' | 'accent' | 'success' {
  if (status === 'signed') return 'success';
  if (status === 'out_for_signature') return 'accent';
  return 'neutral';
}

/** Lines of a textarea as a list of points: trimmed, empty lines dropped. */
export function pointsOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
