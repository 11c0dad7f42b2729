import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  COMMITMENTS,
  CONTACT_INTENSITIES,
  FINANCINGS,
  PARTNER_STATUSES,
  RELATIONSHIP_TYPES,
  type Commitment,
  type ContactIntensity,
  type Financing,
  type Partner,
  type PartnerStatus,
  type RelationshipType,
} from '../../api/types';
import { bothOrNeither, type Check } from '../../lib/validation';
import { NumberInput, SelectInput } from '../ui/fields';
import { SCORE_MAX, SCORE_MIN } from './matrix';

/** The form fields of a partner's relationship, as the server names them (without `body.`). */
export const RELATIONSHIP_FIELDS = [
  'status',
  'relationship_type',
  'contact_intensity',
  'commitment',
  'financing',
  'target',
  'target.influence',
  'target.dependency',
] as const;

const UNKNOWN = 'unknown';

export interface Relationship {
  status: PartnerStatus;
  relationship_type: RelationshipType;
  contact_intensity: ContactIntensity | null;
  commitment: Commitment | null;
  financing: Financing | null;
  target: { influence: number; dependency: number } | null;
}

/** The client checks: a target needs both of its numbers. */
export function relationshipChecks(t: TFunction): Record<string, Check> {
  return {
    'target.influence': bothOrNeither('target.dependency', t('partners.targetBoth')),
    'target.dependency': bothOrNeither('target.influence', t('partners.targetBoth')),
  };
}

/** The relationship from the form's values; "unknown" is null, an empty target is none. */
export function relationshipFrom(values: Record<string, string>): Relationship {
  const optional = (value: string | undefined) => (value && value !== UNKNOWN ? value : null);
  const influence = values['target.influence'] ?? '';
  const dependency = values['target.dependency'] ?? '';
  return {
    status: (values.status || 'current') as PartnerStatus,
    relationship_type: (values.relationship_type || 'partnership') as RelationshipType,
    contact_intensity: optional(values.contact_intensity) as ContactIntensity | null,
    commitment: optional(values.commitment) as Commitment | null,
    financing: optional(values.financing) as Financing | null,
    target: influence !== '' && dependency !== '' ? { influence: Number(influence), dependency: Number(dependency) } : null,
  };
}

/**
 * Status, kind of relationship, its form (contact intensity, commitment, financing) and the
 * target position; filled with the partner's values when one is given.
 */
export function RelationshipFields({ partner }: { partner?: Partner }) {
  const { t } = useTranslation();
  const withUnknown = (ids: readonly string[], group: string) => [
    { id: UNKNOWN, label: t('partners.unknown') },
    ...ids.map((id) => ({ id, label: t(`partners.${group}.${id}`) })),
  ];
  return (
    <>
      <div className="form__row">
        <SelectInput
          name="status"
          label={t('partners.status')}
          defaultSelectedKey={partner?.status ?? 'current'}
          options={PARTNER_STATUSES.map((id) => ({ id, label: t(`partners.statuses.${id}`) }))}
        />
        <SelectInput
          name="relationship_type"
          label={t('partners.relationshipType')}
          defaultSelectedKey={partner?.relationship_type ?? 'partnership'}
          options={RELATIONSHIP_TYPES.map((id) => ({ id, label: t(`partners.relationshipTypes.${id}`) }))}
        />
      </div>
      <div className="form__row form__row--three">
        <SelectInput
          name="contact_intensity"
          label={t('partners.contactIntensity')}
          defaultSelectedKey={partner?.contact_intensity ?? UNKNOWN}
          options={withUnknown(CONTACT_INTENSITIES, 'contactIntensities')}
        />
        <SelectInput
          name="commitment"
          label={t('partners.commitment')}
          defaultSelectedKey={partner?.commitment ?? UNKNOWN}
          options={withUnknown(COMMITMENTS, 'commitments')}
        />
        <SelectInput
          name="financing"
          label={t('partners.financing')}
          defaultSelectedKey={partner?.financing ?? UNKNOWN}
          options={withUnknown(FINANCINGS, 'financings')}
        />
      </div>
      <fieldset className="fieldset">
        <legend className="field__label">
          {t('partners.target')} {t('common.optional')}
        </legend>
        <p className="field__description">{t('partners.targetHint')}</p>
        <div className="form__row">
          <NumberInput
            name="target.influence"
            label={t('partners.targetInfluence')}
            minValue={SCORE_MIN}
            maxValue={SCORE_MAX}
            step={0.5}
            defaultValue={partner?.target?.influence}
          />
          <NumberInput
            name="target.dependency"
            label={t('partners.targetDependency')}
            minValue={SCORE_MIN}
            maxValue={SCORE_MAX}
            step={0.5}
            defaultValue={partner?.target?.dependency}
          />
        </div>
      </fieldset>
    </>
  );
}
