import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useUpdatePartner } from '../../api/partners';
import type { Partner } from '../../api/types';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { TextInput } from '../ui/fields';
import { FormAlert, Notice, SubmitButton } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { ValidatedForm } from '../ui/ValidatedForm';
import { RELATIONSHIP_FIELDS, RelationshipFields, relationshipChecks, relationshipFrom } from './RelationshipFields';

const FIELDS = ['name', ...RELATIONSHIP_FIELDS] as const;

/** Removing is done by the page: this form is gone as soon as the partner is. */
export interface Removal {
  remove: (partner: Partner) => void;
  isPending: boolean;
  error: unknown;
}

interface Props {
  coalitionId: string;
  partner: Partner;
  removal: Removal;
}

/** Change a partner's name, status, relationship form and target; or remove it (coordinator). */
export function PartnerEditForm({ coalitionId, partner, removal }: Props) {
  const { t } = useTranslation();
  const update = useUpdatePartner(coalitionId, partner.id);
  const errors = useFormErrors(update.error, FIELDS);
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const checks = useMemo(() => ({ name: required(t('errors.required')), ...relationshipChecks(t) }), [t]);
  const form = useValidatedForm(checks, errors);

  function submit(values: Record<string, string>) {
    setSaved(false);
    // Every field is sent, so "unknown" and an empty target clear what was there.
    update.mutate({ name: (values.name ?? '').trim(), ...relationshipFrom(values) }, { onSuccess: () => setSaved(true) });
  }

  return (
    <>
      <ValidatedForm form={form} onValid={submit}>
        <FormAlert message={errors.general} />
        <TextInput name="name" label={t('partners.name')} defaultValue={partner.name} required />
        <RelationshipFields partner={partner} />
        <div className="form__actions">
          <SubmitButton isPending={update.isPending}>{t('partners.savePartner')}</SubmitButton>
        </div>
        {saved ? <Notice tone="success">{t('partners.partnerSaved')}</Notice> : null}
      </ValidatedForm>
      <section className="danger-zone" aria-labelledby={`remove-${partner.id}`}>
        <h3 id={`remove-${partner.id}`} className="danger-zone__title">
          {t('partners.removeHeading')}
        </h3>
        <p className="field__description">{t('partners.removeIntro')}</p>
        {confirming ? (
          <div className="button-row">
            <Button
              className="button button--danger"
              isPending={removal.isPending}
              onPress={() => removal.remove(partner)}
            >
              {t('partners.removeConfirm', { name: partner.name })}
            </Button>
            <Button className="button button--secondary" onPress={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        ) : (
          <Button className="button button--secondary" onPress={() => setConfirming(true)}>
            {t('partners.remove')}
          </Button>
        )}
        {removal.error ? <QueryError error={removal.error} /> : null}
      </section>
    </>
  );
}
