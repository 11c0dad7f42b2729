import type { AgreementSummary, FoundingSignatories, PartyRead } from '../../client/types.gen';

/**
 * Whether the coalition can be founded on this agreement under its founding rule (the server has
 * the last word: under `signed_parties` one of the signatures must be a partner's besides the
 * coordinators').
 */
export function canFoundOn(agreement: AgreementSummary, rule: FoundingSignatories): boolean {
  if (agreement.status === 'signed') return true;
  return rule === 'signed_parties' && agreement.status === 'out_for_signature' && agreement.signed > 0;
}

/**
 * The agreement's parties split for the founding: those that can be founders (they signed the
 * current version, or sign on paper outside Vitaal) and those that stay potential partners.
 */
export function founderCandidates(parties: readonly PartyRead[]): { founders: PartyRead[]; potential: PartyRead[] } {
  const founders = parties.filter((p) => p.current_sign_off !== null || !p.signs_in_vitaal);
  const potential = parties.filter((p) => p.current_sign_off === null && p.signs_in_vitaal);
  return { founders, potential };
}
