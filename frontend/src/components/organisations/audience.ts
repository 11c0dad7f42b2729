import type { OrganisationKind } from '../../api/types';
import { useOrganisationWorkspace } from './OrganisationLayout';

/**
 * Whom the organisation's texts speak of, as an i18next context. The method's issue and crisis
 * texts come from an association and speak of its members and the sector; they are the plain keys.
 * A municipality or province speaks of residents, partners and the city or region instead: the
 * `…_government` keys. Other kinds keep the plain keys.
 */
export type Audience = 'association' | 'government';

export function audienceOf(kind: OrganisationKind): Audience {
  return kind === 'municipality' || kind === 'province' ? 'government' : 'association';
}

/** The audience of the organisation whose workspace this page is in, for `t(key, { context })`. */
export function useAudience(): Audience {
  return audienceOf(useOrganisationWorkspace().organisation.kind);
}
