import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreatePartner } from '../../api/hooks';
import {
  COMMITMENTS,
  CONTACT_INTENSITIES,
  FINANCINGS,
  PARTNER_STATUSES,
  RELATIONSHIP_TYPES,
  type Commitment,
  type ContactIntensity,
  type Financing,
  type NewPartner,
  type PartnerStatus,
  type RelationshipType,
} from '../../api/types';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { bothOrNeither, required } from '../../lib/validation';
import { NumberInput, SelectInput, TextInput } from '../ui/fields';
import { FormAlert, Notice, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';
import { SCORE_MAX, SCORE_MIN } from './matrix';

const FIELDS = [
  'name',
  'status',
  'relationship_type',
  'contact_intensity',
  'commitment',
  'financing',
  'target.influence',
  'target.dependency',
] as const;

const UNKNOWN = 'unknown';

/** Adds a current or potential partner with the form of the relationship and, optionally, a target. */
export function AddPartnerForm({ coalitionId }: { coalitionId: string }) {
  const { t } = useTranslation();
  const mutation = useCreatePartner(coalitionId);
  const errors = useFormErrors(mutation.error, FIELDS);
  const [added, setAdded] = useState<string | null>(null);
  const checks = useMemo(
    () => ({
      name: required(t('errors.required')),
      'target.influence': bothOrNeither('target.dependency', t('partners.targetBoth')),
      'target.dependency': bothOrNeither('target.influence', t('partners.targetBoth')),
    }),
    [t],
  );
  const form = useValidatedForm(checks, errors);
  const optional = (value: string | undefined) => (value && value !== UNKNOWN ? value : null);

  function submit(values: Record<string, string>, element: HTMLFormElement) {
    setAdded(null);
    const targetInfluence = values['target.influence'] ?? '';
    const targetDependency = values['target.dependency'] ?? '';
    const body: NewPartner = {
      name: (values.name ?? '').trim(),
      status: (values.status || 'current') as PartnerStatus,
      relationship_type: (values.relationship_type || 'partnership') as RelationshipType,
      contact_intensity: optional(values.contact_intensity) as ContactIntensity | null,
      commitment: optional(values.commitment) as Commitment | null,
      financing: optional(values.financing) as Financing | null,
      target: targetInfluence !== '' && targetDependency !== '' ? { influence: Number(targetInfluence), dependency: Number(targetDependency) } : null,
    };
    mutation.mutate(body, {
      onSuccess: (partner) => {
        element.reset();
        setAdded(partner.name);
      },
    });
  }

  const withUnknown = (ids: readonly string[], group: string) => [
    { id: UNKNOWN, label: t('partners.unknown') },
    ...ids.map((id) => ({ id, label: t(`partners.${group}.${id}`) })),
  ];

  return (
    <section className="panel" aria-labelledby="add-partner-heading">
      <h2 id="add-partner-heading">{t('partners.addHeading')}</h2>
      <p>{t('partners.addIntro')}</p>
      <ValidatedForm form={form} onValid={submit}>
        <FormAlert message={errors.general} />
        <TextInput name="name" label={t('partners.name')} required />
        <div className="form__row">
          <SelectInput
            name="status"
            label={t('partners.status')}
            defaultSelectedKey="current"
            options={PARTNER_STATUSES.map((id) => ({ id, label: t(`partners.statuses.${id}`) }))}
          />
          <SelectInput
            name="relationship_type"
            label={t('partners.relationshipType')}
            defaultSelectedKey="partnership"
            options={RELATIONSHIP_TYPES.map((id) => ({ id, label: t(`partners.relationshipTypes.${id}`) }))}
          />
        </div>
        <div className="form__row form__row--three">
          <SelectInput
            name="contact_intensity"
            label={t('partners.contactIntensity')}
            defaultSelectedKey={UNKNOWN}
            options={withUnknown(CONTACT_INTENSITIES, 'contactIntensities')}
          />
          <SelectInput name="commitment" label={t('partners.commitment')} defaultSelectedKey={UNKNOWN} options={withUnknown(COMMITMENTS, 'commitments')} />
          <SelectInput name="financing" label={t('partners.financing')} defaultSelectedKey={UNKNOWN} options={withUnknown(FINANCINGS, 'financings')} />
        </div>
        <fieldset className="fieldset">
          <legend className="field__label">
            {t('partners.target')} {t('common.optional')}
          </legend>
          <p className="field__description">{t('partners.targetHint')}</p>
          <div className="form__row">
            <NumberInput name="target.influence" label={t('partners.targetInfluence')} minValue={SCORE_MIN} maxValue={SCORE_MAX} step={0.5} />
            <NumberInput name="target.dependency" label={t('partners.targetDependency')} minValue={SCORE_MIN} maxValue={SCORE_MAX} step={0.5} />
          </div>
        </fieldset>
        <div className="form__actions">
          <SubmitButton isPending={mutation.isPending}>{t('partners.addSubmit')}</SubmitButton>
        </div>
      </ValidatedForm>
      {added ? <Notice tone="success">{t('partners.added', { name: added })}</Notice> : null}
    </section>
  );
}
