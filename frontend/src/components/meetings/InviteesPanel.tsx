import { useMemo } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAddDocument, useAddInvitee, useRemoveDocument, useRemoveInvitee, useUpdateInvitee } from '../../api/meetings';
import { useCoalitionPartners } from '../../api/partners';
import type { InviteeAttendance, MeetingRead } from '../../client/types.gen';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { SelectInput, TextInput } from '../ui/fields';
import { FormAlert, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';
import { ATTENDANCE } from './meetings';

interface Props {
  coalitionId: string;
  meeting: MeetingRead;
  canManage: boolean;
}

/** Whom was invited, by whom and why (step 4), their attendance, and the documents sent. */
export function InviteesPanel({ coalitionId, meeting, canManage }: Props) {
  const { t } = useTranslation();
  const update = useUpdateInvitee(coalitionId, meeting.id);
  const remove = useRemoveInvitee(coalitionId, meeting.id);
  const removeDocument = useRemoveDocument(coalitionId, meeting.id);
  return (
    <section className="panel" aria-labelledby="invitees-heading" id="invitees">
      <h2 id="invitees-heading">{t('meetings.inviteesHeading')}</h2>
      <dl className="facts facts--compact">
        <div>
          <dt>{t('meetings.scope')}</dt>
          <dd>{meeting.invitee_scope ? t(`meetings.scopes.${meeting.invitee_scope}`) : t('meetings.notChosen')}</dd>
        </div>
        <div>
          <dt>{t('meetings.invitedBy')}</dt>
          <dd>{meeting.invited_by ? t(`meetings.inviters.${meeting.invited_by}`) : t('meetings.notChosen')}</dd>
        </div>
      </dl>
      {meeting.invitation_note ? <p>{meeting.invitation_note}</p> : null}
      {meeting.invitees.length === 0 ? <p className="empty">{t('meetings.inviteesEmpty')}</p> : null}
      <ul className="item-list">
        {meeting.invitees.map((invitee) => {
          const name = [invitee.person_name, invitee.partner_name].filter(Boolean).join(' — ');
          return (
            <li key={invitee.id} className="item-list__item">
              <div className="item-list__main">
                <span className="item-list__title">{name}</span>
                <span className="item-list__meta">
                  {invitee.has_execution_power === true ? t('meetings.withPower') : invitee.has_execution_power === false ? t('meetings.withoutPower') : ''}
                  {invitee.email ? ` · ${invitee.email}` : ''}
                </span>
              </div>
              {canManage ? (
                <div className="touch-row invitee-controls">
                  <SelectInput
                    name={`attendance-${invitee.id}`}
                    label={t('meetings.attendanceOf', { name })}
                    className="invitee-controls__select"
                    placeholder={t('meetings.attendanceUnknown')}
                    selectedKey={invitee.attendance ?? null}
                    onSelectionChange={(key) => update.mutate({ id: invitee.id, body: { attendance: key as InviteeAttendance } })}
                    options={ATTENDANCE.map((id) => ({ id, label: t(`meetings.attendance.${id}`) }))}
                  />
                  <Button className="button button--quiet touch" aria-label={t('meetings.removeInvitee', { name })} onPress={() => remove.mutate(invitee.id)}>
                    {t('meetings.remove')}
                  </Button>
                </div>
              ) : invitee.attendance ? (
                <span className="badge badge--muted">{t(`meetings.attendance.${invitee.attendance}`)}</span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {canManage ? <InviteeForm coalitionId={coalitionId} meetingId={meeting.id} /> : null}
      <h3>{t('meetings.documentsHeading')}</h3>
      {meeting.documents.length === 0 ? <p className="empty">{t('meetings.documentsEmpty')}</p> : null}
      <ul className="item-list">
        {meeting.documents.map((document) => (
          <li key={document.id} className="item-list__item">
            <a href={document.url} className="item-list__title" target="_blank" rel="noreferrer">
              {document.title}
            </a>
            {canManage ? (
              <Button
                className="button button--quiet touch"
                aria-label={t('meetings.removeDocument', { title: document.title })}
                onPress={() => removeDocument.mutate(document.id)}
              >
                {t('meetings.remove')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {canManage ? <DocumentForm coalitionId={coalitionId} meetingId={meeting.id} /> : null}
    </section>
  );
}

const INVITEE_FIELDS = ['partner_id', 'person_name', 'email', 'has_execution_power', 'note'] as const;

function InviteeForm({ coalitionId, meetingId }: { coalitionId: string; meetingId: string }) {
  const { t } = useTranslation();
  const add = useAddInvitee(coalitionId, meetingId);
  const partners = useCoalitionPartners(coalitionId);
  const errors = useFormErrors(add.error, INVITEE_FIELDS);
  const checks = useMemo(
    () => ({
      person_name: (value: string, values?: Record<string, string>) =>
        !value.trim() && (!values?.partner_id || values.partner_id === 'none') ? t('meetings.inviteeNeedsSomeone') : null,
    }),
    [t],
  );
  const form = useValidatedForm(checks, errors);

  function submit(values: Record<string, string>, element: HTMLFormElement) {
    const power = values.has_execution_power;
    add.mutate(
      {
        partner_id: values.partner_id && values.partner_id !== 'none' ? values.partner_id : null,
        person_name: values.person_name ?? '',
        email: values.email ?? '',
        has_execution_power: power === 'yes' ? true : power === 'no' ? false : null,
      },
      { onSuccess: () => element.reset() },
    );
  }

  return (
    <details className="disclosure">
      <summary className="disclosure__summary">{t('meetings.addInvitee')}</summary>
      <ValidatedForm form={form} onValid={submit}>
        <FormAlert message={errors.general} />
        <div className="form__row">
          <SelectInput
            name="partner_id"
            label={t('meetings.inviteePartner')}
            defaultSelectedKey="none"
            options={[{ id: 'none', label: t('meetings.noPartner') }, ...(partners.data ?? []).map((p) => ({ id: p.id, label: p.name }))]}
          />
          <TextInput name="person_name" label={t('meetings.personName')} />
        </div>
        <div className="form__row">
          <TextInput name="email" type="email" label={`${t('meetings.email')} ${t('common.optional')}`} />
          <SelectInput
            name="has_execution_power"
            label={t('meetings.executionPower')}
            defaultSelectedKey="unknown"
            options={[
              { id: 'unknown', label: t('meetings.powerUnknown') },
              { id: 'yes', label: t('meetings.withPower') },
              { id: 'no', label: t('meetings.withoutPower') },
            ]}
          />
        </div>
        <div className="form__actions">
          <SubmitButton isPending={add.isPending}>{t('meetings.addInviteeSubmit')}</SubmitButton>
        </div>
      </ValidatedForm>
    </details>
  );
}

function DocumentForm({ coalitionId, meetingId }: { coalitionId: string; meetingId: string }) {
  const { t } = useTranslation();
  const add = useAddDocument(coalitionId, meetingId);
  const errors = useFormErrors(add.error, ['title', 'url']);
  const checks = useMemo(() => ({ title: required(t('errors.required')), url: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  return (
    <details className="disclosure">
      <summary className="disclosure__summary">{t('meetings.addDocument')}</summary>
      <ValidatedForm
        form={form}
        onValid={(values, element) => add.mutate({ title: values.title ?? '', url: values.url ?? '' }, { onSuccess: () => element.reset() })}
      >
        <FormAlert message={errors.general} />
        <div className="form__row">
          <TextInput name="title" label={t('meetings.documentTitle')} required />
          <TextInput name="url" type="url" label={t('meetings.documentUrl')} description={t('meetings.documentUrlHint')} required />
        </div>
        <div className="form__actions">
          <SubmitButton isPending={add.isPending}>{t('meetings.addDocumentSubmit')}</SubmitButton>
        </div>
      </ValidatedForm>
    </details>
  );
}
