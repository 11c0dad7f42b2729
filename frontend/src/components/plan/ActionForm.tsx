import { useMemo } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useCoalitionPartners } from '../../api/partners';
import { useCreateAction, useUpdateAction } from '../../api/plan';
import type { PlanActionCreate, ActionFinancing, PlanActionRead, PlanActionStatus } from '../../client/types.gen';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required, type Check } from '../../lib/validation';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';
import { ACTION_STATUSES, FINANCING, parseWhole } from './plan';

const FIELDS = ['title', 'description', 'owner_partner_id', 'hours', 'money', 'money_financed', 'financing', 'starts_on', 'due_on', 'status'] as const;

interface Props {
  coalitionId: string;
  /** null: a new action. */
  action: PlanActionRead | null;
  onDone: (title: string) => void;
  onCancel?: () => void;
}

function orNull(value: string | undefined): string | null {
  return value && value !== 'none' ? value : null;
}

/** An action of the plan of approach: who does it, with what capacity and money, from where. */
export function ActionForm({ coalitionId, action, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const create = useCreateAction(coalitionId);
  const update = useUpdateAction(coalitionId);
  const mutation = action ? update : create;
  const partners = useCoalitionPartners(coalitionId);
  const errors = useFormErrors(mutation.error, FIELDS);
  const checks = useMemo(() => {
    const whole: Check = (value) => (parseWhole(value) === undefined ? t('plan.wholeNumber') : null);
    return { title: required(t('errors.required')), hours: whole, money: whole, money_financed: whole };
  }, [t]);
  const form = useValidatedForm(checks, errors);

  function submit(values: Record<string, string>, element: HTMLFormElement) {
    const body: PlanActionCreate = {
      title: values.title ?? '',
      description: values.description ?? '',
      owner_partner_id: orNull(values.owner_partner_id),
      hours: parseWhole(values.hours ?? '') ?? null,
      money: parseWhole(values.money ?? '') ?? 0,
      money_financed: parseWhole(values.money_financed ?? '') ?? 0,
      financing: orNull(values.financing) as ActionFinancing | null,
      starts_on: values.starts_on || null,
      due_on: values.due_on || null,
      status: (values.status || 'planned') as PlanActionStatus,
    };
    const done = () => {
      if (!action) element.reset();
      onDone(body.title);
    };
    if (action) update.mutate({ id: action.id, body }, { onSuccess: done });
    else create.mutate(body, { onSuccess: done });
  }

  const none = (label: string) => ({ id: 'none', label });
  return (
    <ValidatedForm form={form} onValid={submit}>
      <FormAlert message={errors.general} />
      <TextInput name="title" label={t('plan.actionTitle')} defaultValue={action?.title} required />
      <TextAreaInput name="description" label={`${t('plan.description')} ${t('common.optional')}`} rows={2} defaultValue={action?.description} />
      <div className="form__row">
        <SelectInput
          name="owner_partner_id"
          label={t('plan.owner')}
          description={t('plan.ownerHint')}
          defaultSelectedKey={action?.owner_partner_id ?? 'none'}
          options={[none(t('plan.noOwner')), ...(partners.data ?? []).map((p) => ({ id: p.id, label: p.name }))]}
        />
        <SelectInput
          name="status"
          label={t('plan.status')}
          defaultSelectedKey={action?.status ?? 'planned'}
          options={ACTION_STATUSES.map((id) => ({ id, label: t(`plan.statuses.${id}`) }))}
        />
      </div>
      <div className="form__row form__row--three">
        <TextInput name="hours" label={t('plan.hoursField')} defaultValue={action?.hours?.toString()} />
        <TextInput name="money" label={t('plan.moneyField')} defaultValue={action ? String(action.money) : undefined} />
        <TextInput name="money_financed" label={t('plan.financedField')} defaultValue={action ? String(action.money_financed) : undefined} />
      </div>
      <SelectInput
        name="financing"
        label={t('plan.financingField')}
        description={t('plan.financingHint')}
        defaultSelectedKey={action?.financing ?? 'none'}
        options={[none(t('plan.financingNone')), ...FINANCING.map((id) => ({ id, label: t(`plan.financing.${id}`) }))]}
      />
      <div className="form__row">
        <TextInput name="starts_on" type="date" label={`${t('plan.startsOn')} ${t('common.optional')}`} defaultValue={action?.starts_on ?? undefined} />
        <TextInput name="due_on" type="date" label={`${t('plan.dueOn')} ${t('common.optional')}`} defaultValue={action?.due_on ?? undefined} />
      </div>
      <div className="form__actions">
        <SubmitButton isPending={mutation.isPending}>{action ? t('plan.saveAction') : t('plan.addAction')}</SubmitButton>
        {onCancel ? (
          <Button className="button button--secondary" onPress={onCancel}>
            {t('plan.cancel')}
          </Button>
        ) : null}
      </div>
    </ValidatedForm>
  );
}
