import { useState } from 'react';
import { Button, Label, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useUpdateMeeting } from '../../api/meetings';
import type { MeetingRead } from '../../client/types.gen';
import { useFormErrors } from '../../lib/useFormErrors';

interface Props {
  coalitionId: string;
  meeting: MeetingRead;
  canManage: boolean;
}

/** The minutes, in Markdown; kept as typed, shown as text. */
export function MinutesPanel({ coalitionId, meeting, canManage }: Props) {
  const { t } = useTranslation();
  const update = useUpdateMeeting(coalitionId, meeting.id);
  const errors = useFormErrors(update.error, ['minutes']);
  const [text, setText] = useState(meeting.minutes);
  const [saved, setSaved] = useState(false);
  const changed = text !== meeting.minutes;

  return (
    <section className="panel" aria-labelledby="minutes-heading" id="minutes">
      <h2 id="minutes-heading">{t('meetings.minutesHeading')}</h2>
      {canManage ? (
        <>
          <TextField
            className="field"
            value={text}
            onChange={(value) => {
              setSaved(false);
              setText(value);
            }}
            isInvalid={errors.fields.minutes !== undefined}
          >
            <Label className="field__label">{t('meetings.minutesField')}</Label>
            <TextArea className="field__input field__input--area minutes__input" rows={12} />
          </TextField>
          {errors.fields.minutes || errors.general ? (
            <p role="alert" className="field__error">
              {errors.fields.minutes ?? errors.general}
            </p>
          ) : null}
          <div className="touch-row">
            <Button
              className="button button--primary touch"
              isDisabled={!changed}
              isPending={update.isPending}
              onPress={() => update.mutate({ minutes: text }, { onSuccess: () => setSaved(true) })}
            >
              {t('meetings.saveMinutes')}
            </Button>
            <p role="status" className="muted">
              {saved && !changed ? t('meetings.minutesSaved') : ''}
            </p>
          </div>
        </>
      ) : meeting.minutes ? (
        <div className="minutes">{meeting.minutes}</div>
      ) : (
        <p className="empty">{t('meetings.minutesEmpty')}</p>
      )}
    </section>
  );
}
