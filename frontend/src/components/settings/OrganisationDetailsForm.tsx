import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateOrganisation } from '../../api/organisations';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../api/types';
import type { OrganisationRead } from '../../client/types.gen';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { SelectInput, TextInput } from '../ui/fields';
import { FormAlert, Notice, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';

/** Rename an organisation or change its kind (owners and admins). */
export function OrganisationDetailsForm({ organisation }: { organisation: OrganisationRead }) {
  const { t } = useTranslation();
  const mutation = useUpdateOrganisation(organisation.id);
  const errors = useFormErrors(mutation.error, ['name', 'kind']);
  const checks = useMemo(() => ({ name: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  function submit(values: Record<string, string>) {
    mutation.mutate({
      name: (values.name ?? '').trim(),
      kind: (values.kind || organisation.kind) as OrganisationKind,
    });
  }
  return (
    <section className="panel" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('settings.organisationTitle')}</h2>
      <ValidatedForm form={form} onValid={submit}>
        <FormAlert message={errors.general} />
        <TextInput name="name" label={t('settings.organisationName')} defaultValue={organisation.name} required />
        <SelectInput
          name="kind"
          label={t('settings.organisationKind')}
          defaultSelectedKey={organisation.kind}
          options={ORGANISATION_KINDS.map((kind) => ({ id: kind, label: t(`organisation.kinds.${kind}`) }))}
        />
        <div className="form__actions">
          <SubmitButton isPending={mutation.isPending}>{t('settings.save')}</SubmitButton>
        </div>
      </ValidatedForm>
      {mutation.isSuccess ? <Notice tone="success">{t('settings.saved')}</Notice> : null}
    </section>
  );
}
