import { describe, expect, it } from 'vitest';
import type { AgreementSummary, PartyRead, SignOffRead } from '../../client/types.gen';
import { canFoundOn, founderCandidates } from './founding';

function agreement(status: AgreementSummary['status'], signed: number): AgreementSummary {
  return {
    id: 'a',
    coalition_id: 'c',
    type: 'intent_declaration',
    title: 'Intentieverklaring',
    status,
    current_version: 1,
    signing_parties: 3,
    signed,
    updated_at: '2026-12-01T10:00:00Z',
  } as AgreementSummary;
}

const signOff = { id: 's', version_number: 1 } as SignOffRead;

function party(name: string, signsInVitaal: boolean, signed: boolean): PartyRead {
  return {
    partner_id: name,
    name,
    organisation_id: signsInVitaal ? `org-${name}` : null,
    signs_in_vitaal: signsInVitaal,
    you_may_sign: false,
    current_sign_off: signed ? signOff : null,
    earlier_sign_offs: [],
  };
}

describe('the founding rule', () => {
  it('founds on a fully signed agreement under either rule', () => {
    expect(canFoundOn(agreement('signed', 3), 'all_parties')).toBe(true);
    expect(canFoundOn(agreement('signed', 3), 'signed_parties')).toBe(true);
  });

  it('founds on a partly signed one only when the signed parties found the coalition', () => {
    expect(canFoundOn(agreement('out_for_signature', 2), 'all_parties')).toBe(false);
    expect(canFoundOn(agreement('out_for_signature', 2), 'signed_parties')).toBe(true);
    expect(canFoundOn(agreement('out_for_signature', 0), 'signed_parties')).toBe(false);
    expect(canFoundOn(agreement('draft', 0), 'signed_parties')).toBe(false);
  });

  it('keeps those who have not signed as potential partners; paper signers can found', () => {
    const { founders, potential } = founderCandidates([
      party('Gemeente', true, true),
      party('School', true, false),
      party('Welzijn', false, false),
    ]);
    expect(founders.map((p) => p.name)).toEqual(['Gemeente', 'Welzijn']);
    expect(potential.map((p) => p.name)).toEqual(['School']);
  });
});
