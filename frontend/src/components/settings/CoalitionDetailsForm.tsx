import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateCoalition } from '../../api/coalitions';
import type { CoalitionRead, CoalitionStatus } from '../../client/types.gen';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, Notice, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';

const STATUSES: readonly CoalitionStatus[] = ['forming', 'active', 'closed'];

/** Name, societal goal, description and status of a coalition (the coordinator). */
export function CoalitionDetailsForm({ coalition }: { coalition: CoalitionRead }) {
  const { t } = useTranslation();
  const mutation = useUpdateCoalition(coalition.id);
  const errors = useFormErrors(mutation.error, ['name', 'societal_goal', 'description', 'status']);
  const checks = useMemo(
    () => ({ name: required(t('errors.required')), societal_goal: required(t('errors.required')) }),
    [t],
  );
  const form = useValidatedForm(checks, errors);
  function submit(values: Record<string, string>) {
    mutation.mutate({
      name: (values.name ?? '').trim(),
      societal_goal: (values.societal_goal ?? '').trim(),
      description: (values.description ?? '').trim(),
      status: (values.status || coalition.status) as CoalitionStatus,
    });
  }
  return (
    <section className="panel" aria-labelledby="coalition-details-heading">
      <h2 id="coalition-details-heading">{t('settings.coalitionTitle')}</h2>
      <ValidatedForm form={form} onValid={submit}>
        <FormAlert message={errors.general} />
        <TextInput name="name" label={t('coalition.name')} defaultValue={coalition.name} required />
        <TextAreaInput name="societal_goal" label={t('coalition.goal')} defaultValue={coalition.societal_goal} rows={3} required />
        <TextAreaInput name="description" label={t('coalition.description')} defaultValue={coalition.description} rows={4} />
        <SelectInput
          name="status"
          label={t('settings.coalitionStatus')}
          defaultSelectedKey={coalition.status}
          options={STATUSES.map((status) => ({ id: status, label: t(`coalition.statuses.${status}`) }))}
        />
        <div className="form__actions">
          <SubmitButton isPending={mutation.isPending}>{t('settings.save')}</SubmitButton>
        </div>
      </ValidatedForm>
      {mutation.isSuccess ? <Notice tone="success">{t('settings.saved')}</Notice> : null}
    </section>
  );
}
