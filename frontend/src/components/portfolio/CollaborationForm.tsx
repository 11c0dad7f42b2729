import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisationCoalitions } from '../../api/portfolio';
import { RELEVANCES, type Collaboration, type NewCollaboration, type Relevance } from '../../api/types';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { StakeholderPicker, type PickedStakeholder } from '../partners/StakeholderPicker';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';

const FIELDS = ['title', 'stakeholder_id', 'coalition_id', 'started_on', 'contribution', 'we_give', 'we_get', 'flexibility', 'relevance'] as const;
const NONE = 'none';

interface Props {
  organisationId: string;
  /** The collaboration to edit; none for a new one. */
  collaboration?: Collaboration;
  error: unknown;
  isPending: boolean;
  submitLabel: string;
  onSubmit: (body: NewCollaboration, reset: () => void) => void;
}

/** Title, the stakeholder and coalition it concerns, since when, its contribution, reciprocity and flexibility. */
export function CollaborationForm({ organisationId, collaboration, error, isPending, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation();
  const errors = useFormErrors(error, FIELDS);
  const checks = useMemo(() => ({ title: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  const coalitions = useOrganisationCoalitions(organisationId);
  const [stakeholder, setStakeholder] = useState<PickedStakeholder | null>(collaboration?.stakeholder ?? null);
  const [round, setRound] = useState(0);
  const coalitionOptions = [
    { id: NONE, label: t('portfolio.noCoalition') },
    ...(coalitions.data?.items ?? []).map((c) => ({ id: c.id, label: c.name })),
  ];
  // A linked coalition stays choosable while the list loads.
  if (collaboration?.coalition && !coalitionOptions.some((o) => o.id === collaboration.coalition?.id)) {
    coalitionOptions.push({ id: collaboration.coalition.id, label: collaboration.coalition.name });
  }

  function submit(values: Record<string, string>, element: HTMLFormElement) {
    const coalition = values.coalition_id && values.coalition_id !== NONE ? values.coalition_id : null;
    const body: NewCollaboration = {
      title: (values.title ?? '').trim(),
      stakeholder_id: stakeholder?.id ?? null,
      coalition_id: coalition,
      started_on: values.started_on || null,
      contribution: (values.contribution ?? '').trim(),
      we_give: (values.we_give ?? '').trim(),
      we_get: (values.we_get ?? '').trim(),
      flexibility: (values.flexibility ?? '').trim(),
    };
    if (!collaboration) body.relevance = (values.relevance || 'medium') as Relevance;
    onSubmit(body, () => {
      element.reset();
      setStakeholder(null);
      setRound((r) => r + 1);
    });
  }

  const id = collaboration?.id ?? 'new';
  return (
    <ValidatedForm form={form} onValid={submit}>
      <FormAlert message={errors.general} />
      <TextInput name="title" label={t('portfolio.titleField')} description={t('portfolio.titleHint')} defaultValue={collaboration?.title} required />
      <StakeholderPicker
        key={`${id}-${round}`}
        organisationId={organisationId}
        label={`${t('portfolio.stakeholder')} ${t('common.optional')}`}
        description={t('portfolio.stakeholderHint')}
        selected={stakeholder}
        onSelect={setStakeholder}
      />
      <div className="form__row">
        <SelectInput
          name="coalition_id"
          label={`${t('portfolio.coalition')} ${t('common.optional')}`}
          defaultSelectedKey={collaboration?.coalition?.id ?? NONE}
          options={coalitionOptions}
        />
        <TextInput
          name="started_on"
          type="date"
          label={`${t('portfolio.startedOn')} ${t('common.optional')}`}
          description={t('portfolio.startedOnHint')}
          defaultValue={collaboration?.started_on ?? undefined}
        />
      </div>
      <TextAreaInput
        name="contribution"
        label={t('portfolio.contribution')}
        description={t('portfolio.contributionHint')}
        rows={3}
        defaultValue={collaboration?.contribution}
      />
      <fieldset className="fieldset">
        <legend className="field__label">{t('portfolio.reciprocity')}</legend>
        <p className="field__description">{t('portfolio.reciprocityHint')}</p>
        <div className="form__row">
          <TextAreaInput name="we_give" label={t('portfolio.weGive')} rows={3} defaultValue={collaboration?.we_give} />
          <TextAreaInput name="we_get" label={t('portfolio.weGet')} rows={3} defaultValue={collaboration?.we_get} />
        </div>
      </fieldset>
      <TextAreaInput
        name="flexibility"
        label={t('portfolio.flexibility')}
        description={t('portfolio.flexibilityHint')}
        rows={2}
        defaultValue={collaboration?.flexibility}
      />
      {collaboration ? null : (
        <SelectInput
          name="relevance"
          label={t('portfolio.startRelevance')}
          description={t('portfolio.startRelevanceHint')}
          defaultSelectedKey="medium"
          options={RELEVANCES.map((r) => ({ id: r, label: t(`portfolio.relevances.${r}`) }))}
        />
      )}
      <div className="form__actions">
        <SubmitButton isPending={isPending}>{submitLabel}</SubmitButton>
      </div>
    </ValidatedForm>
  );
}
