import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateSignal } from '../../api/signals';
import type { SignalSource } from '../../client/types.gen';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, Notice, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';
import { parseTags, SOURCES } from './signals';

const FIELDS = ['source_type', 'title', 'summary', 'link', 'observed_on', 'tags'];

export function AddSignalForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const mutation = useCreateSignal(organisationId);
  const errors = useFormErrors(mutation.error, FIELDS);
  const checks = useMemo(() => ({ title: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  const [added, setAdded] = useState<string | null>(null);
  const sourceOptions = SOURCES.map((id) => ({ id, label: t(`signals.sources.${id}`) }));

  return (
    <section className="panel panel--form" aria-labelledby="add-signal-heading">
      <h2 id="add-signal-heading">{t('signals.addHeading')}</h2>
      <ValidatedForm
        form={form}
        onValid={(values, element) => {
          setAdded(null);
          mutation.mutate(
            {
              source_type: (values.source_type || 'member_conversation') as SignalSource,
              title: (values.title ?? '').trim(),
              summary: (values.summary ?? '').trim(),
              link: (values.link ?? '').trim(),
              observed_on: values.observed_on || null,
              tags: parseTags(values.tags ?? ''),
            },
            {
              onSuccess: (signal) => {
                element.reset();
                setAdded(signal.title);
              },
            },
          );
        }}
      >
        <FormAlert message={errors.general} />
        <TextInput name="title" label={t('signals.titleField')} required />
        <div className="form__row">
          <SelectInput name="source_type" label={t('signals.source')} defaultSelectedKey="member_conversation" options={sourceOptions} />
          <TextInput name="observed_on" type="date" label={`${t('signals.observedOn')} ${t('common.optional')}`} />
        </div>
        <TextAreaInput name="summary" label={t('signals.summary')} rows={3} />
        <div className="form__row">
          <TextInput name="link" type="url" label={`${t('signals.link')} ${t('common.optional')}`} />
          <TextInput name="tags" label={t('signals.tags')} description={t('signals.tagsHint')} />
        </div>
        <div className="form__actions">
          <SubmitButton isPending={mutation.isPending}>{t('signals.addSubmit')}</SubmitButton>
        </div>
      </ValidatedForm>
      {added ? <Notice tone="success">{t('signals.added', { title: added })}</Notice> : null}
    </section>
  );
}
