import { useMemo, useState } from 'react';
import { Switch } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateMeeting } from '../../api/meetings';
import type { InvitedBy, InviteeScope, MeetingCreate, MeetingType } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';
import { DateTimeFields } from './DateTimeFields';
import { INVITED_BY, INVITEE_SCOPES, MEETING_TYPES, toInstant } from './meetings';

const FIELDS = ['type', 'title', 'starts_at', 'place', 'link', 'chair_name', 'invitee_scope', 'invited_by', 'invitation_note'] as const;

/** Plans a meeting; the agenda starts from the step plan's programme unless switched off. */
export function NewMeetingForm({ coalitionId }: { coalitionId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mutation = useCreateMeeting(coalitionId);
  const errors = useFormErrors(mutation.error, FIELDS);
  const [template, setTemplate] = useState(true);
  const checks = useMemo(
    () => ({
      title: required(t('errors.required')),
      day: required(t('errors.required')),
      time: required(t('errors.required')),
    }),
    [t],
  );
  const form = useValidatedForm(checks, errors);

  function submit(values: Record<string, string>) {
    const startsAt = toInstant(values.day ?? '', values.time ?? '');
    if (!startsAt) return;
    const body: MeetingCreate = {
      type: (values.type || 'exploration') as MeetingType,
      title: values.title ?? '',
      starts_at: startsAt,
      place: values.place ?? '',
      link: values.link ?? '',
      chair_name: values.chair_name ?? '',
      invitee_scope: (values.invitee_scope || null) as InviteeScope | null,
      invited_by: (values.invited_by || null) as InvitedBy | null,
      invitation_note: values.invitation_note ?? '',
      agenda_template: template ? currentLocale() : null,
    };
    mutation.mutate(body, { onSuccess: (meeting) => navigate(`/coalitions/${coalitionId}/meetings/${meeting.id}`) });
  }

  return (
    <section className="panel" aria-labelledby="new-meeting-heading">
      <h2 id="new-meeting-heading">{t('meetings.newHeading')}</h2>
      <p>{t('meetings.newIntro')}</p>
      <ValidatedForm form={form} onValid={submit}>
        <FormAlert message={errors.general} />
        <SelectInput
          name="type"
          label={t('meetings.type')}
          defaultSelectedKey="exploration"
          options={MEETING_TYPES.map((id) => ({ id, label: t(`meetings.types.${id}`) }))}
        />
        <TextInput name="title" label={t('meetings.titleField')} required />
        <DateTimeFields dayName="day" timeName="time" errorName="starts_at" dayLabel={t('meetings.day')} timeLabel={t('meetings.time')} />
        <div className="form__row">
          <TextInput name="place" label={`${t('meetings.place')} ${t('common.optional')}`} />
          <TextInput name="link" type="url" label={`${t('meetings.link')} ${t('common.optional')}`} />
        </div>
        <TextInput name="chair_name" label={`${t('meetings.chair')} ${t('common.optional')}`} description={t('meetings.chairHint')} />
        <fieldset className="fieldset">
          <legend className="field__label">{t('meetings.invitationHeading')}</legend>
          <div className="form__row">
            <SelectInput
              name="invitee_scope"
              label={t('meetings.scope')}
              placeholder={t('meetings.notChosen')}
              options={INVITEE_SCOPES.map((id) => ({ id, label: t(`meetings.scopes.${id}`) }))}
            />
            <SelectInput
              name="invited_by"
              label={t('meetings.invitedBy')}
              placeholder={t('meetings.notChosen')}
              options={INVITED_BY.map((id) => ({ id, label: t(`meetings.inviters.${id}`) }))}
            />
          </div>
          <TextAreaInput name="invitation_note" label={`${t('meetings.invitationNote')} ${t('common.optional')}`} rows={2} />
        </fieldset>
        <Switch className="switch" isSelected={template} onChange={setTemplate}>
          <span className="switch__track" aria-hidden="true">
            <span className="switch__thumb" />
          </span>
          {t('meetings.useTemplate')}
        </Switch>
        <div className="form__actions">
          <SubmitButton isPending={mutation.isPending}>{t('meetings.create')}</SubmitButton>
        </div>
      </ValidatedForm>
    </section>
  );
}
