import { useMemo } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useUpdateMeeting } from '../../api/meetings';
import type { InvitedBy, InviteeScope, MeetingRead, MeetingStatus, MeetingType } from '../../client/types.gen';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';
import { DateTimeFields } from './DateTimeFields';
import { INVITED_BY, INVITEE_SCOPES, MEETING_STATUSES, MEETING_TYPES, toInstant, toLocalParts } from './meetings';

const FIELDS = ['type', 'status', 'title', 'starts_at', 'place', 'link', 'chair_name', 'invitee_scope', 'invited_by', 'invitation_note'] as const;

interface Props {
  coalitionId: string;
  meeting: MeetingRead;
  onDone: () => void;
}

function orNull<T extends string>(value: string | undefined): T | null {
  return value && value !== 'none' ? (value as T) : null;
}

/** The meeting's particulars and the choices behind the invitation. */
export function MeetingDetailsForm({ coalitionId, meeting, onDone }: Props) {
  const { t } = useTranslation();
  const update = useUpdateMeeting(coalitionId, meeting.id);
  const errors = useFormErrors(update.error, FIELDS);
  const checks = useMemo(
    () => ({ title: required(t('errors.required')), day: required(t('errors.required')), time: required(t('errors.required')) }),
    [t],
  );
  const form = useValidatedForm(checks, errors);
  const start = toLocalParts(meeting.starts_at);
  const notChosen = { id: 'none', label: t('meetings.notChosen') };

  function submit(values: Record<string, string>) {
    const startsAt = toInstant(values.day ?? '', values.time ?? '');
    if (!startsAt) return;
    update.mutate(
      {
        type: values.type as MeetingType,
        status: values.status as MeetingStatus,
        title: values.title ?? '',
        starts_at: startsAt,
        place: values.place ?? '',
        link: values.link ?? '',
        chair_name: values.chair_name ?? '',
        invitee_scope: orNull<InviteeScope>(values.invitee_scope),
        invited_by: orNull<InvitedBy>(values.invited_by),
        invitation_note: values.invitation_note ?? '',
      },
      { onSuccess: onDone },
    );
  }

  return (
    <section className="panel" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('meetings.detailsHeading')}</h2>
      <ValidatedForm form={form} onValid={submit}>
        <FormAlert message={errors.general} />
        <div className="form__row">
          <SelectInput
            name="status"
            label={t('meetings.status')}
            defaultSelectedKey={meeting.status}
            options={MEETING_STATUSES.map((id) => ({ id, label: t(`meetings.statuses.${id}`) }))}
          />
          <SelectInput
            name="type"
            label={t('meetings.type')}
            defaultSelectedKey={meeting.type}
            options={MEETING_TYPES.map((id) => ({ id, label: t(`meetings.types.${id}`) }))}
          />
        </div>
        <TextInput name="title" label={t('meetings.titleField')} defaultValue={meeting.title} required />
        <DateTimeFields
          dayName="day"
          timeName="time"
          errorName="starts_at"
          dayLabel={t('meetings.day')}
          timeLabel={t('meetings.time')}
          defaultDay={start.day}
          defaultTime={start.time}
        />
        <div className="form__row">
          <TextInput name="place" label={`${t('meetings.place')} ${t('common.optional')}`} defaultValue={meeting.place} />
          <TextInput name="link" type="url" label={`${t('meetings.link')} ${t('common.optional')}`} defaultValue={meeting.link} />
        </div>
        <TextInput name="chair_name" label={`${t('meetings.chair')} ${t('common.optional')}`} defaultValue={meeting.chair_name} />
        <div className="form__row">
          <SelectInput
            name="invitee_scope"
            label={t('meetings.scope')}
            defaultSelectedKey={meeting.invitee_scope ?? 'none'}
            options={[notChosen, ...INVITEE_SCOPES.map((id) => ({ id, label: t(`meetings.scopes.${id}`) }))]}
          />
          <SelectInput
            name="invited_by"
            label={t('meetings.invitedBy')}
            defaultSelectedKey={meeting.invited_by ?? 'none'}
            options={[notChosen, ...INVITED_BY.map((id) => ({ id, label: t(`meetings.inviters.${id}`) }))]}
          />
        </div>
        <TextAreaInput name="invitation_note" label={`${t('meetings.invitationNote')} ${t('common.optional')}`} rows={2} defaultValue={meeting.invitation_note} />
        <div className="form__actions">
          <SubmitButton isPending={update.isPending}>{t('meetings.saveDetails')}</SubmitButton>
          <Button className="button button--secondary" onPress={onDone}>
            {t('meetings.cancel')}
          </Button>
        </div>
      </ValidatedForm>
    </section>
  );
}
