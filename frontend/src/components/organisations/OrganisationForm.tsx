import { useMemo } from 'react';
import { ValidatedForm } from '../ui/ValidatedForm';
import { useTranslation } from 'react-i18next';
import { useCreateOrganisation } from '../../api/organisations';
import { ORGANISATION_KINDS, type Organisation, type OrganisationKind } from '../../api/types';
import { SelectInput, TextInput } from '../ui/fields';
import { FormAlert, SubmitButton } from '../ui/misc';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';

export function OrganisationForm({ onCreated }: { onCreated: (organisation: Organisation) => void }) {
  const { t } = useTranslation();
  const mutation = useCreateOrganisation();
  const errors = useFormErrors(mutation.error, ['name', 'kind']);
  const checks = useMemo(
    () => ({ name: required(t('errors.required')) }),
    [t],
  );
  const form = useValidatedForm(checks, errors);
  function submit(values: Record<string, string>) {
    mutation.mutate(
      { name: (values.name ?? '').trim(), kind: (values.kind || 'other') as OrganisationKind },
      { onSuccess: onCreated },
    );
  }
  return (
    <ValidatedForm form={form} onValid={submit}>
      <FormAlert message={errors.general} />
      <TextInput name="name" label={t('organisation.name')} required autoComplete="organization" />
      <SelectInput
        name="kind"
        label={t('organisation.kind')}
        defaultSelectedKey="municipality"
        options={ORGANISATION_KINDS.map((kind) => ({ id: kind, label: t(`organisation.kinds.${kind}`) }))}
      />
      <div className="form__actions">
        <SubmitButton isPending={mutation.isPending}>{t('organisation.create')}</SubmitButton>
      </div>
    </ValidatedForm>
  );
}
