import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommunications, useCreateCommunication, useDeleteCommunication, useUpdateCommunication } from '../../api/approach';
import type { CommunicationChannel, CommunicationRead, CommunicationStatus } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, SubmitButton } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { Badge } from '../ui/RoleBadge';
import { ValidatedForm } from '../ui/ValidatedForm';
import { AddDisclosure, ListPanel, RemoveButton } from './parts';

export const CHANNELS: CommunicationChannel[] = [
  'email',
  'newsletter',
  'website',
  'social_media',
  'press',
  'meeting',
  'letter',
  'phone',
  'video',
  'factsheet',
  'other',
];
export const COMMUNICATION_STATUSES: CommunicationStatus[] = ['planned', 'sent', 'done'];

interface Props {
  organisationId: string;
  issueId: string;
  /** A crisis protocol's plan; null: the issue's external communication plan. */
  protocolId: string | null;
  readOnly?: boolean;
}

/** A communication plan: to whom, what, through which channel, when, by whom, and how far. */
export function CommunicationPlan({ organisationId, issueId, protocolId, readOnly = false }: Props) {
  const { t } = useTranslation();
  const plan = useCommunications(organisationId, issueId, protocolId);
  const id = protocolId ? `crisis-communication-${protocolId}` : 'communication';
  return (
    <ListPanel
      id={id}
      title={protocolId ? t('crisis.communicationHeading') : t('approach.communicationHeading')}
      intro={protocolId ? t('crisis.communicationIntro') : t('approach.communicationIntro')}
      query={plan}
      empty={t('approach.noCommunications')}
      form={readOnly ? null : <AddCommunication organisationId={organisationId} issueId={issueId} protocolId={protocolId} />}
    >
      <ul className="item-list">
        {(plan.data?.items ?? []).map((line) => (
          <CommunicationLine key={line.id} organisationId={organisationId} issueId={issueId} line={line} readOnly={readOnly} />
        ))}
      </ul>
    </ListPanel>
  );
}

function CommunicationLine({ organisationId, issueId, line, readOnly }: { organisationId: string; issueId: string; line: CommunicationRead; readOnly: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const update = useUpdateCommunication(organisationId, issueId);
  const remove = useDeleteCommunication(organisationId, issueId);
  const meta = [
    t(`approach.channels.${line.channel}`),
    line.planned_on ? formatDate(line.planned_on, locale) : null,
    line.owner ? t('approach.ownedBy', { owner: line.owner }) : null,
  ].filter(Boolean);
  return (
    <li className="item-list__item">
      <div className="item-list__main">
        <span className="item-list__title">{line.audience}</span>
        <span>{line.message}</span>
        <span className="item-list__meta">{meta.join(' · ')}</span>
      </div>
      {readOnly ? (
        <Badge tone={line.status === 'planned' ? 'muted' : 'success'}>{t(`approach.communicationStatuses.${line.status}`)}</Badge>
      ) : (
        <div className="approach-row-actions">
          <SelectInput
            name={`status-${line.id}`}
            label={t('approach.statusFor', { name: line.audience })}
            className="approach-row-actions__select"
            selectedKey={line.status}
            onSelectionChange={(status) => update.mutate({ id: line.id, body: { status: status as CommunicationStatus } })}
            options={COMMUNICATION_STATUSES.map((s) => ({ id: s, label: t(`approach.communicationStatuses.${s}`) }))}
          />
          <RemoveButton label={t('approach.removeNamed', { name: line.audience })} isPending={remove.isPending} onPress={() => remove.mutate(line.id)} />
        </div>
      )}
      {update.isError ? <QueryError error={update.error} /> : null}
      {remove.isError ? <QueryError error={remove.error} /> : null}
    </li>
  );
}

function AddCommunication({ organisationId, issueId, protocolId }: { organisationId: string; issueId: string; protocolId: string | null }) {
  const { t } = useTranslation();
  const create = useCreateCommunication(organisationId, issueId);
  const errors = useFormErrors(create.error, ['audience', 'message', 'channel', 'planned_on', 'owner']);
  const checks = useMemo(() => ({ audience: required(t('errors.required')), message: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  return (
    <AddDisclosure summary={t('approach.addCommunication')}>
      <ValidatedForm
        form={form}
        onValid={(values, element) =>
          create.mutate(
            {
              audience: values.audience ?? '',
              message: values.message ?? '',
              channel: (values.channel || 'email') as CommunicationChannel,
              planned_on: values.planned_on || null,
              owner: values.owner ?? '',
              protocol_id: protocolId,
            },
            { onSuccess: () => element.reset() },
          )
        }
      >
        <FormAlert message={errors.general} />
        <TextInput name="audience" label={t('approach.audience')} required />
        <TextAreaInput name="message" label={t('approach.message')} rows={2} required />
        <div className="approach-form-row">
          <SelectInput name="channel" label={t('approach.channel')} defaultSelectedKey="email" options={CHANNELS.map((c) => ({ id: c, label: t(`approach.channels.${c}`) }))} />
          <TextInput name="planned_on" type="date" label={t('approach.plannedOn')} />
          <TextInput name="owner" label={`${t('approach.owner')} ${t('common.optional')}`} />
        </div>
        <div className="form__actions">
          <SubmitButton isPending={create.isPending}>{t('approach.addCommunicationSubmit')}</SubmitButton>
        </div>
      </ValidatedForm>
    </AddDisclosure>
  );
}
