import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAddAgendaItem, useRemoveAgendaItem, useReorderAgenda, useUpdateAgendaItem } from '../../api/meetings';
import type { MeetingAgendaItemRead, AgendaPart, MeetingRead } from '../../client/types.gen';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { NumberInput, SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';
import { AGENDA_PARTS, durationParts, moveItem } from './meetings';

const FIELDS = ['title', 'part', 'duration_minutes', 'description'] as const;

interface Props {
  coalitionId: string;
  meeting: MeetingRead;
  canManage: boolean;
}

export function Duration({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  const parts = durationParts(minutes);
  return <>{parts.hours > 0 ? t('meetings.hoursMinutes', parts) : t('meetings.minutes', { count: parts.minutes })}</>;
}

/** The programme: vision, central part, conclusion, closing — reorderable with big buttons. */
export function AgendaPanel({ coalitionId, meeting, canManage }: Props) {
  const { t } = useTranslation();
  const reorder = useReorderAgenda(coalitionId, meeting.id);
  const remove = useRemoveAgendaItem(coalitionId, meeting.id);
  const [editing, setEditing] = useState<string | null>(null);
  const ids = meeting.agenda.map((item) => item.id);

  return (
    <section className="panel" aria-labelledby="agenda-heading" id="agenda">
      <div className="panel__header">
        <h2 id="agenda-heading">{t('meetings.agendaHeading')}</h2>
        <span className="muted">
          {t('meetings.agendaTotal')} <Duration minutes={meeting.agenda_minutes} />
        </span>
      </div>
      {meeting.agenda.length === 0 ? <p className="empty">{t('meetings.agendaEmpty')}</p> : null}
      <ol className="agenda">
        {meeting.agenda.map((item, index) => (
          <li key={item.id} className="agenda__item" data-agenda-item={item.title}>
            {editing === item.id ? (
              <AgendaItemForm coalitionId={coalitionId} meetingId={meeting.id} item={item} onDone={() => setEditing(null)} />
            ) : (
              <>
                <div className="agenda__main">
                  {item.part ? <span className={`badge agenda__part agenda__part--${item.part}`}>{t(`meetings.parts.${item.part}`)}</span> : null}
                  <h3 className="agenda__title">{item.title}</h3>
                  {item.duration_minutes !== null && item.duration_minutes !== undefined ? (
                    <span className="agenda__duration">
                      <Duration minutes={item.duration_minutes} />
                    </span>
                  ) : null}
                  {item.description ? <p className="agenda__description">{item.description}</p> : null}
                </div>
                {canManage ? (
                  <div className="agenda__controls touch-row">
                    <Button
                      className="button button--secondary touch"
                      aria-label={t('meetings.moveUp', { title: item.title })}
                      isDisabled={index === 0 || reorder.isPending}
                      onPress={() => reorder.mutate(moveItem(ids, index, -1))}
                    >
                      ↑
                    </Button>
                    <Button
                      className="button button--secondary touch"
                      aria-label={t('meetings.moveDown', { title: item.title })}
                      isDisabled={index === ids.length - 1 || reorder.isPending}
                      onPress={() => reorder.mutate(moveItem(ids, index, 1))}
                    >
                      ↓
                    </Button>
                    <Button className="button button--secondary touch" aria-label={t('meetings.editItem', { title: item.title })} onPress={() => setEditing(item.id)}>
                      {t('meetings.edit')}
                    </Button>
                    <Button
                      className="button button--quiet touch"
                      aria-label={t('meetings.removeItem', { title: item.title })}
                      isDisabled={remove.isPending}
                      onPress={() => remove.mutate(item.id)}
                    >
                      {t('meetings.remove')}
                    </Button>
                  </div>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ol>
      {canManage ? (
        <details className="disclosure">
          <summary className="disclosure__summary">{t('meetings.addItem')}</summary>
          <AgendaItemForm coalitionId={coalitionId} meetingId={meeting.id} item={null} onDone={() => undefined} />
        </details>
      ) : null}
    </section>
  );
}

interface FormProps {
  coalitionId: string;
  meetingId: string;
  /** null: a new item at the end. */
  item: MeetingAgendaItemRead | null;
  onDone: () => void;
}

function AgendaItemForm({ coalitionId, meetingId, item, onDone }: FormProps) {
  const { t } = useTranslation();
  const add = useAddAgendaItem(coalitionId, meetingId);
  const update = useUpdateAgendaItem(coalitionId, meetingId);
  const mutation = item ? update : add;
  const errors = useFormErrors(mutation.error, FIELDS);
  const checks = useMemo(() => ({ title: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  const prefix = item ? `agenda-${item.id}` : 'agenda-new';

  function submit(values: Record<string, string>, element: HTMLFormElement) {
    const duration = values.duration_minutes ? Number(values.duration_minutes.replace(',', '.')) : null;
    const body = {
      title: values.title ?? '',
      part: (values.part && values.part !== 'none' ? values.part : null) as AgendaPart | null,
      duration_minutes: duration !== null && Number.isFinite(duration) ? Math.round(duration) : null,
      description: values.description ?? '',
    };
    if (item) {
      update.mutate({ id: item.id, body }, { onSuccess: onDone });
    } else {
      add.mutate(body, {
        onSuccess: () => {
          element.reset();
          onDone();
        },
      });
    }
  }

  return (
    <ValidatedForm form={form} onValid={submit}>
      <FormAlert message={errors.general} />
      <TextInput name="title" label={t('meetings.itemTitle')} defaultValue={item?.title} required autoFocus={item !== null} />
      <div className="form__row">
        <SelectInput
          name="part"
          label={t('meetings.part')}
          defaultSelectedKey={item?.part ?? 'none'}
          options={[{ id: 'none', label: t('meetings.noPart') }, ...AGENDA_PARTS.map((id) => ({ id, label: t(`meetings.parts.${id}`) }))]}
        />
        <NumberInput name="duration_minutes" label={t('meetings.durationField')} minValue={0} maxValue={1440} step={5} defaultValue={item?.duration_minutes ?? undefined} />
      </div>
      <TextAreaInput name="description" label={`${t('meetings.itemDescription')} ${t('common.optional')}`} rows={2} defaultValue={item?.description} />
      <div className="form__actions" id={`${prefix}-actions`}>
        <SubmitButton isPending={mutation.isPending}>{item ? t('meetings.saveItem') : t('meetings.addItemSubmit')}</SubmitButton>
        {item ? (
          <Button className="button button--secondary" onPress={onDone}>
            {t('meetings.cancel')}
          </Button>
        ) : null}
      </div>
    </ValidatedForm>
  );
}
