import { useMemo } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAddOutcome, useRemoveOutcome, useUpdateOutcome } from '../../api/meetings';
import { useCoalitionPartners } from '../../api/partners';
import type { MeetingRead, MeetingOutcomeKind } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';

const FIELDS = ['kind', 'description', 'owner_partner_id', 'owner_name', 'due_on'] as const;

interface Props {
  coalitionId: string;
  meeting: MeetingRead;
  canManage: boolean;
}

/** Decisions taken and next steps agreed, each next step with an owner and a date. */
export function OutcomesPanel({ coalitionId, meeting, canManage }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const update = useUpdateOutcome(coalitionId, meeting.id);
  const remove = useRemoveOutcome(coalitionId, meeting.id);
  return (
    <section className="panel" aria-labelledby="outcomes-heading" id="outcomes">
      <h2 id="outcomes-heading">{t('meetings.outcomesHeading')}</h2>
      {meeting.outcomes.length === 0 ? <p className="empty">{t('meetings.outcomesEmpty')}</p> : null}
      <ul className="item-list">
        {meeting.outcomes.map((outcome) => {
          const owner = [outcome.owner_name, outcome.owner_partner_name].filter(Boolean).join(', ');
          return (
            <li key={outcome.id} className="item-list__item" data-outcome={outcome.description}>
              <div className="item-list__main">
                <span>
                  <span className={`badge ${outcome.kind === 'decision' ? 'badge--accent' : 'badge--neutral'}`}>{t(`meetings.kinds.${outcome.kind}`)}</span>{' '}
                  <span className={outcome.done && outcome.kind === 'next_step' ? 'outcome--done' : undefined}>{outcome.description}</span>
                </span>
                {owner || outcome.due_on ? (
                  <span className="item-list__meta">
                    {owner ? t('meetings.owner', { owner }) : ''}
                    {owner && outcome.due_on ? ' · ' : ''}
                    {outcome.due_on ? t('meetings.due', { date: formatDate(outcome.due_on, locale) }) : ''}
                  </span>
                ) : null}
              </div>
              {canManage ? (
                <div className="touch-row">
                  {outcome.kind === 'next_step' ? (
                    <Checkbox
                      className="checkbox touch"
                      isSelected={outcome.done}
                      onChange={(done) => update.mutate({ id: outcome.id, body: { done } })}
                      aria-label={t('meetings.doneFor', { description: outcome.description })}
                    >
                      <span className="checkbox__box" aria-hidden="true">
                        {outcome.done ? '✓' : ''}
                      </span>
                      {t('meetings.done')}
                    </Checkbox>
                  ) : null}
                  <Button
                    className="button button--quiet touch"
                    aria-label={t('meetings.removeOutcome', { description: outcome.description })}
                    onPress={() => remove.mutate(outcome.id)}
                  >
                    {t('meetings.remove')}
                  </Button>
                </div>
              ) : outcome.kind === 'next_step' && outcome.done ? (
                <span className="badge badge--success">{t('meetings.done')}</span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {canManage ? <OutcomeForm coalitionId={coalitionId} meetingId={meeting.id} /> : null}
    </section>
  );
}

function OutcomeForm({ coalitionId, meetingId }: { coalitionId: string; meetingId: string }) {
  const { t } = useTranslation();
  const add = useAddOutcome(coalitionId, meetingId);
  const partners = useCoalitionPartners(coalitionId);
  const errors = useFormErrors(add.error, FIELDS);
  const checks = useMemo(() => ({ description: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);

  function submit(values: Record<string, string>, element: HTMLFormElement) {
    add.mutate(
      {
        kind: (values.kind || 'next_step') as MeetingOutcomeKind,
        description: values.description ?? '',
        owner_partner_id: values.owner_partner_id && values.owner_partner_id !== 'none' ? values.owner_partner_id : null,
        owner_name: values.owner_name ?? '',
        due_on: values.due_on || null,
      },
      { onSuccess: () => element.reset() },
    );
  }

  return (
    <details className="disclosure">
      <summary className="disclosure__summary">{t('meetings.addOutcome')}</summary>
      <ValidatedForm form={form} onValid={submit}>
        <FormAlert message={errors.general} />
        <SelectInput
          name="kind"
          label={t('meetings.kind')}
          defaultSelectedKey="next_step"
          options={(['decision', 'next_step'] as const).map((id) => ({ id, label: t(`meetings.kinds.${id}`) }))}
        />
        <TextAreaInput name="description" label={t('meetings.outcomeDescription')} rows={2} required />
        <div className="form__row form__row--three">
          <SelectInput
            name="owner_partner_id"
            label={t('meetings.ownerPartner')}
            defaultSelectedKey="none"
            options={[{ id: 'none', label: t('meetings.noPartner') }, ...(partners.data ?? []).map((p) => ({ id: p.id, label: p.name }))]}
          />
          <TextInput name="owner_name" label={`${t('meetings.ownerName')} ${t('common.optional')}`} />
          <TextInput name="due_on" type="date" label={`${t('meetings.dueOn')} ${t('common.optional')}`} />
        </div>
        <div className="form__actions">
          <SubmitButton isPending={add.isPending}>{t('meetings.addOutcomeSubmit')}</SubmitButton>
        </div>
      </ValidatedForm>
    </details>
  );
}
