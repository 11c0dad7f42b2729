import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useCreateInteraction, useUpdateInteraction } from '../../api/stakeholders';
import { INTERACTION_TYPES, type Interaction, type InteractionType } from '../../api/types';
import { useValidatedForm } from '../../lib/useFormErrors';
import { required, type Check } from '../../lib/validation';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, Notice, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';
import { followUpsFrom, isoDay, joinList, parseList } from './stakeholders';
import { useRepeatRows } from './useRepeatRows';

const BASE_FIELDS = ['occurred_on', 'type', 'our_people', 'their_people', 'summary', 'follow_ups'];
const FOLLOW_UP_FIELDS = ['description', 'owner_name', 'due_on'] as const;

interface Props {
  organisationId: string;
  stakeholderId: string;
  /** The interaction to change; none to record a new one. */
  interaction?: Interaction;
  /** After a change was saved (edit mode). */
  onSaved?: () => void;
  onCancel?: () => void;
}

/** "Interactie vastleggen": when, how, who, what was said, and what follows; or change one. */
export function InteractionForm({ organisationId, stakeholderId, interaction, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const create = useCreateInteraction(organisationId, stakeholderId);
  const update = useUpdateInteraction(organisationId, stakeholderId);
  const mutation = interaction ? update : create;
  const { rows, add, remove, reset, markSent, errors } = useRepeatRows(
    'follow_ups',
    FOLLOW_UP_FIELDS,
    BASE_FIELDS,
    mutation.error,
    Math.max(1, interaction?.follow_ups.length ?? 1),
  );
  const [saved, setSaved] = useState(false);
  const checks = useMemo(() => {
    const result: Record<string, Check> = { occurred_on: required(t('errors.required')) };
    for (const id of rows) {
      // A follow-up with a who or a when needs a what.
      result[`follow_ups.${id}.description`] = (value, values) =>
        value.trim() === '' && ((values?.[`follow_ups.${id}.owner_name`] ?? '').trim() !== '' || (values?.[`follow_ups.${id}.due_on`] ?? '') !== '')
          ? t('stakeholders.followUpNeedsText')
          : null;
    }
    return result;
  }, [t, rows]);
  const form = useValidatedForm(checks, errors);

  function submit(values: Record<string, string>, element: HTMLFormElement) {
    setSaved(false);
    markSent(values);
    const body = {
      occurred_on: values.occurred_on ?? '',
      type: (values.type || 'meeting') as InteractionType,
      our_people: parseList(values.our_people ?? ''),
      their_people: parseList(values.their_people ?? ''),
      summary: (values.summary ?? '').trim(),
      follow_ups: followUpsFrom(values, rows),
    };
    if (interaction) {
      update.mutate({ interactionId: interaction.id, ...body }, { onSuccess: () => onSaved?.() });
      return;
    }
    create.mutate(body, {
      onSuccess: () => {
        element.reset();
        reset();
        setSaved(true);
      },
    });
  }

  const formBody = (
      <ValidatedForm form={form} onValid={submit}>
        <FormAlert message={errors.general} />
        <div className="form__row">
          <TextInput
            name="occurred_on"
            type="date"
            label={t('stakeholders.occurredOn')}
            defaultValue={interaction?.occurred_on ?? isoDay(new Date())}
            required
          />
          <SelectInput
            name="type"
            label={t('stakeholders.interactionType')}
            defaultSelectedKey={interaction?.type ?? 'meeting'}
            options={INTERACTION_TYPES.map((id) => ({ id, label: t(`stakeholders.interactionTypes.${id}`) }))}
          />
        </div>
        <TextInput
          name="our_people"
          label={t('stakeholders.ourPeople')}
          description={t('stakeholders.peopleHint')}
          defaultValue={interaction ? joinList(interaction.our_people) : undefined}
        />
        <TextInput
          name="their_people"
          label={t('stakeholders.theirPeople')}
          description={t('stakeholders.peopleHint')}
          defaultValue={interaction ? joinList(interaction.their_people) : undefined}
        />
        <TextAreaInput name="summary" label={t('stakeholders.summary')} rows={4} defaultValue={interaction?.summary} />
        <fieldset className="fieldset">
          <legend className="field__label">
            {t('stakeholders.followUps')} {t('common.optional')}
          </legend>
          {rows.map((id, index) => {
            const n = index + 1;
            const followUp = interaction?.follow_ups[id];
            return (
              <fieldset key={id} className="fieldset repeat-row">
                <legend className="repeat-row__legend">{t('stakeholders.followUp', { n })}</legend>
                <TextInput name={`follow_ups.${id}.description`} label={t('stakeholders.followUpDescription')} defaultValue={followUp?.description} />
                <div className="form__row">
                  <TextInput name={`follow_ups.${id}.owner_name`} label={t('stakeholders.followUpOwner')} defaultValue={followUp?.owner_name} />
                  <TextInput
                    name={`follow_ups.${id}.due_on`}
                    type="date"
                    label={t('stakeholders.followUpDue')}
                    defaultValue={followUp?.due_on ?? undefined}
                  />
                </div>
                {interaction ? (
                  <label className="checkbox">
                    <input type="checkbox" name={`follow_ups.${id}.done`} defaultChecked={followUp?.done ?? false} />
                    <span>{t('stakeholders.done')}</span>
                  </label>
                ) : null}
                {rows.length > 1 ? (
                  <Button className="button button--quiet button--small" onPress={() => remove(id)}>
                    {t('stakeholders.removeFollowUp', { n })}
                  </Button>
                ) : null}
              </fieldset>
            );
          })}
          <div>
            <Button
              className="button button--secondary button--small"
              onPress={add}
            >
              {t('stakeholders.addFollowUp')}
            </Button>
          </div>
        </fieldset>
        <div className="form__actions">
          <SubmitButton isPending={mutation.isPending}>
            {interaction ? t('stakeholders.interactionSave') : t('stakeholders.interactionSubmit')}
          </SubmitButton>
          {onCancel ? (
            <Button className="button button--secondary" onPress={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </div>
      </ValidatedForm>
  );

  if (interaction) return formBody;
  return (
    <section className="panel" aria-labelledby="interaction-heading">
      <h2 id="interaction-heading">{t('stakeholders.interactionHeading')}</h2>
      {formBody}
      {saved ? <Notice tone="success">{t('stakeholders.interactionSaved')}</Notice> : null}
    </section>
  );
}
